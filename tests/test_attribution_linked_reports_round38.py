"""Round 38: reports of a member paper the wire credits with a link in brackets.

'The Ledger reports (http://bit.ly/...) a man is charged ...': the link right after the verb
breaks the parse (the verb read as the subject of the clause after it), so the row is read
from the words. The paper before the verb speaks; what it reports runs from after the link
to the end of the sentence, without the link.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
#: each row's fields as the tables give them
READ_CONTENT = _field_reader(("cue", "source", "content"))
READ_RESOLVED = _field_reader(("cue", "source", "source_resolved"))

CASES = [
    (
        "The Ledger reports (http://bit.ly/3xQpLm ) 19-year-old Dana Ruiz of Milford is "
        "charged in the death of a neighbor.",
        [
            (
                "reports",
                "The Ledger",
                "19-year-old Dana Ruiz of Milford is charged in the death of a neighbor",
            )
        ],
    ),
    (
        "The Evening Gazette reported (http://bit.ly/9KtR2a) the girl was in stable "
        "condition on Monday.",
        [("reported", "The Evening Gazette", "the girl was in stable condition on Monday")],
    ),
    (
        "The Ledger reports (http://bit.ly/3xQpLm) that the trial will start in May.",
        [("reports", "The Ledger", "the trial will start in May")],
    ),
    # a link with nothing reported after it credits the paragraph before, not a clause here
    ("The Ledger reports (http://bit.ly/3xQpLm )", []),
    # brackets holding words, not a link, are left to the parse
    (
        "The Ledger reports (in its Sunday edition) that the trial will start in May.",
        [("reports", "The Ledger", "the trial will start in May")],
    ),
    # no speech verb before the link
    ("The Ledger (http://bit.ly/3xQpLm) has covered the trial for months.", []),
]


test_report_credited_with_a_link = cases_test(CASES, READ_CONTENT, PUBLISHED)


# A site's notice of what a writer publishes ('Whenever Dana Miller posts new content, you'll
# get an email'): content posted is a writer's output, not a statement; a post that says
# something stays a row.
POSTED_CASES = [
    (
        "Whenever Dana Miller posts new content, you'll get an email delivered to your inbox.",
        [],
    ),
    ("Whenever the reporter posts content, readers are notified.", []),
    (
        "She posted on Facebook that her son had been shot.",
        [("posted", "She", "her son had been shot")],
    ),
    (
        "He posted content on Facebook saying the school was a target.",
        [("saying", "He", "the school was a target")],
    ),
]


test_content_posted_is_no_report = cases_test(POSTED_CASES, READ_CONTENT, PUBLISHED)


# A demonstrative 'that' opening what was said is its subject, not the complementiser: the
# content keeps it, before the cue ('That's when ..., the report says') or after it ('said
# that was the last time ...'); a complementiser 'that' is still left out.
DEMONSTRATIVE_CASES = [
    (
        "That's when the driver ran off, the report says.",
        [("says", "the report", "That's when the driver ran off")],
    ),
    (
        "That was the first time anyone had seen him, deputies said.",
        [("said", "deputies", "That was the first time anyone had seen him")],
    ),
    (
        "The chief said that was the last call they received.",
        [("said", "The chief", "that was the last call they received")],
    ),
    (
        "The chief said that the caller was a neighbor.",
        [("said", "The chief", "the caller was a neighbor")],
    ),
    (
        "Deputies released a video that they said showed the driver.",
        [("said", "they", "showed the driver")],
    ),
]


test_demonstrative_subject_stays_in_content = cases_test(
    DEMONSTRATIVE_CASES, READ_CONTENT, PUBLISHED
)


# A person the recogniser found only by the surname, whose mention with the given name comes
# after a role word ('Witness Tamara Ellis', 'Undersheriff Kendall Morgan'): a later surname
# resolves to the full name; a title that ends in a word of its own ('Minister of
# Information') still keeps its last word out of the name.
FULL_NAME_CASES = [
    (
        "Witness Tamara Ellis saw the car. Ellis said it was red.",
        [("said", "Ellis", "Tamara Ellis")],
    ),
    (
        "According to Undersheriff Kendall Morgan of the county sheriff's office, the girl was "
        "alone. Morgan said no charges will be filed.",
        [
            (
                "According to",
                "Undersheriff Kendall Morgan of the county sheriff's office",
                "Kendall Morgan",
            ),
            ("said", "Morgan", "Kendall Morgan"),
        ],
    ),
    (
        "Minister of Information Sultan Hamid said the talks failed. Hamid said more would follow.",
        [
            ("said", "Minister of Information Sultan Hamid", "Sultan Hamid"),
            ("said", "Hamid", "Sultan Hamid"),
        ],
    ),
]


test_surname_resolves_to_a_full_name_after_a_role = cases_test(
    FULL_NAME_CASES, READ_RESOLVED, PUBLISHED
)


# 'according to X' closing a sentence with no comma before it: the parser hangs it on the
# infinitive or participle right before it, but it sources the whole clause.
CLOSING_ACCORDING_CASES = [
    (
        "The gun may have gone off by accident and been fired without intent to hurt anyone "
        "according to Lieutenant Dana Price of the county police.",
        [
            (
                "according to",
                "Lieutenant Dana Price of the county police",
                "The gun may have gone off by accident and been fired without intent to hurt "
                "anyone",
            )
        ],
    ),
    (
        "The girl was struck while riding her bike to school according to deputies.",
        [("according to", "deputies", "The girl was struck while riding her bike to school")],
    ),
    (
        "The girl was struck while riding her bike to school, according to deputies.",
        [("according to", "deputies", "The girl was struck while riding her bike to school")],
    ),
]


test_closing_according_to_sources_the_clause = cases_test(
    CLOSING_ACCORDING_CASES, READ_CONTENT, PUBLISHED
)
