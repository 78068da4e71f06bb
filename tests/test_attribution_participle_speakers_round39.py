"""Round 39: a speech participle hung right after a noun of people speaks for that noun.

'GOP primary voters saying they want a ban', 'dozens of residents saying the water was
unsafe': the participle modifies the noun of the people who say it, so that noun (with its
quantity phrase: 'the share of Republicans saying') is the row's source, as the noun of 'with
local press reporting' already was. PolNeAR train had such rows with no source. A party told
('emailed supporters saying'), a noun set off by a comma ('thanked volunteers, saying') and a
noun of no party keep the old reading.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
#: each row's fields as the tables give them
READ_CONTENT = _field_reader(("cue", "source", "content"))

CASES = [
    (
        "The share of teachers saying they plan to quit has doubled since 2019.",
        [("saying", "The share of teachers", "they plan to quit")],
    ),
    (
        "Hundreds of parents saying the school was unsafe signed the petition.",
        [("saying", "Hundreds of parents", "the school was unsafe")],
    ),
    (
        "A group of residents warning that the dam was weak met the mayor on Monday.",
        [("warning", "A group of residents", "the dam was weak")],
    ),
    (
        "There were messages from several employees claiming that the plant was unsafe.",
        [("claiming", "several employees", "the plant was unsafe")],
    ),
    (
        "Critics saying the budget is too small have written to the council.",
        [("saying", "Critics", "the budget is too small")],
    ),
    (
        "Thousands of farmers demanding that the tax be scrapped marched on the capital.",
        [("demanding", "Thousands of farmers", "the tax be scrapped")],
    ),
    (
        "The proportion of Democratic voters saying the economy is improving fell in May.",
        [("saying", "The proportion of Democratic voters", "the economy is improving")],
    ),
    # a party told: the participle goes on with the sender, not with those it was sent to
    (
        "The senator emailed supporters saying the race was close.",
        [("saying", None, "the race was close")],
    ),
    # set off by a comma: the participle goes on with the subject
    (
        "The mayor thanked volunteers, saying they had saved the town.",
        [("saying", "The mayor", "they had saved the town")],
    ),
    # the object of a speech verb is spoken of, not speaking
    (
        "The coach attacked reporters saying they had lied about the team.",
        [("saying", "The coach", "they had lied about the team")],
    ),
    # a noun of no party
    ("The museum opened an exhibit marking the anniversary of the flood.", []),
]


test_participle_after_people = cases_test(CASES, READ_CONTENT, PUBLISHED)
