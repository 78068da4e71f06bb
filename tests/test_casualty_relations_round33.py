"""Relations of casualty rows, round 33: hand-made paragraphs for the relations the fitted
sets got wrong in more than one article. Each table holds four or more wordings of one
construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "wounding more than 30 ... a spokesman said 34 injured people had been taken to hospitals":
#: an exact figure just above a "more than N" told before is that figure made precise
#: (`same_as`), whoever tells it; a far larger one is another source's count, "at least N" is
#: open to rise, and a toll told as grown revises it.
MADE_PRECISE = [
    (
        "A car bomb exploded near a checkpoint, wounding more than 40 people, the police said. "
        "Doctors at the city hospital said 43 wounded people had been admitted.",
        [("injured", "more than 40", None, True), ("injured", "43 wounded", "same_as", False)],
    ),
    (
        "Security forces detained more than 200 people after the riots, the army said. A rights "
        "group said 214 people had been detained in the crackdown.",
        [("detained", "more than 200", None, True), ("detained", "214", "same_as", False)],
    ),
    (
        "More than 50 migrants were missing after the boat capsized, the coast guard said. A "
        "charity said 56 people were missing.",
        [("missing", "More than 50 migrants", None, True), ("missing", "56", "same_as", False)],
    ),
    (
        "Flooding displaced more than 1,000 residents, local officials said. The regional "
        "governor said 1,120 people had been displaced.",
        [
            ("displaced", "more than 1,000 residents", None, True),
            ("displaced", "1,120", "same_as", False),
        ],
    ),
    # Near forms: far above the round figure, another count; "at least" is open to rise; a
    # toll told as grown revises the figure.
    (
        "A car bomb exploded near a checkpoint, wounding more than 40 people, the police said. "
        "Doctors at the city hospital said 65 wounded people had been admitted.",
        [
            ("injured", "more than 40", None, True),
            ("injured", "65 wounded", "conflicts_with", False),
        ],
    ),
    (
        "A car bomb exploded near a checkpoint, wounding at least 40 people, the police said. "
        "Doctors at the city hospital said 43 wounded people had been admitted.",
        [
            ("injured", "at least 40", None, True),
            ("injured", "43 wounded", "conflicts_with", False),
        ],
    ),
    (
        "A car bomb exploded near a checkpoint, wounding more than 40 people, the police said. "
        "The number of wounded later rose to 43, the police said.",
        [("injured", "more than 40", None, False), ("injured", "43", "update_of", True)],
    ),
]

LEAD = (
    "Four people were killed in shootings across the city on Friday. A 19-year-old man, Carl "
    "James, was shot dead on Main Street. "
)
TOLD_BEFORE = [
    ("killed", "Four", None, True),
    ("killed", "A 19-year-old man, Carl James", "subset_of", False),
]

#: "a 64-year-old man was killed ... He was identified as Louis Pena ... Pena was shot twice":
#: a surname told after a naming verb gave the unnamed person that name is the person again
#: (`same_as`), though another name was told before; not when the one named is someone else
#: (the gunman, a pronoun of the other gender, a person named in between).
NAMED_NEXT = [
    (
        LEAD + "Later, a 40-year-old man was killed outside a store. He was identified as Tom "
        "Cole. Cole was shot in the chest.",
        [
            *TOLD_BEFORE,
            ("killed", "a 40-year-old man", "subset_of", False),
            ("killed", "Cole", "same_as", False),
        ],
    ),
    (
        LEAD + "Later, a 52-year-old woman was killed outside a bar. The shooting happened about "
        "2 a.m., police said. She was identified as Maria Lopez. Lopez was shot in the neck.",
        [
            *TOLD_BEFORE,
            ("killed", "a 52-year-old woman", "subset_of", False),
            ("killed", "Lopez", "same_as", False),
        ],
    ),
    (
        LEAD + "Later, a 31-year-old man was killed on Elm Street. Police identified him as "
        "Darnell Hayes. Hayes was shot in the head.",
        [
            *TOLD_BEFORE,
            ("killed", "a 31-year-old man", "subset_of", False),
            ("killed", "Hayes", "same_as", False),
        ],
    ),
    (
        LEAD + "Later, a 40-year-old man was killed outside a store. The victim was named as Tom "
        "Cole. Cole was shot in the chest.",
        [
            *TOLD_BEFORE,
            ("killed", "a 40-year-old man", "subset_of", False),
            ("killed", "Cole", "same_as", False),
        ],
    ),
    # Near forms: the name is the gunman's, a pronoun of the other gender's, or told of
    # someone else after another person is named (the gunman shot by officers is one more).
    (
        LEAD + "Later, a 40-year-old man was killed outside a store. The gunman was identified "
        "as Ray Cole. Cole was shot dead by officers.",
        [
            *TOLD_BEFORE,
            ("killed", "a 40-year-old man", "subset_of", False),
            ("killed", "Cole", "subset_of", False),
        ],
    ),
    (
        LEAD + "Later, a 40-year-old man was killed outside a store. She was identified as Ann "
        "Cole. Cole was shot dead in the arm.",
        [
            *TOLD_BEFORE,
            ("killed", "a 40-year-old man", "subset_of", False),
            ("killed", "Cole", "subset_of", False),
        ],
    ),
    (
        LEAD + "Later, a 40-year-old man was killed outside a store. His brother Sam Reed saw the "
        "shooting. He told police the gunman was Tom Cole. Cole was shot in the chest by "
        "officers.",
        [
            *TOLD_BEFORE,
            ("killed", "a 40-year-old man", "subset_of", False),
            ("injured", "Cole", None, True),
        ],
    ),
]

#: The same of a running count ("more than 2,000 people have been arrested since the vote ...
#: 2,229 people had been arrested since the election"): the tally told exactly is `same_as`;
#: a far larger one stays a figure of its own.
TALLY_MADE_PRECISE = [
    (
        "The government says more than 2,000 people have been arrested since the July 28 vote. "
        "The attorney general said on Monday that 2,229 people had been arrested since the "
        "election.",
        [("detained", "more than 2,000", None, False), ("detained", "2,229", "same_as", False)],
    ),
    (
        "Officials say more than 500 people have been displaced since the fighting began. An "
        "aid agency said 540 people had been displaced since the fighting began.",
        [("displaced", "more than 500", None, False), ("displaced", "540", "same_as", False)],
    ),
    (
        "The army says more than 1,000 suspects have been detained since the uprising began. A "
        "rights group said 1,080 people had been detained since the uprising began.",
        [
            ("detained", "more than 1,000 suspects", None, False),
            ("detained", "1,080", "same_as", False),
        ],
    ),
    (
        "More than 40,000 people have been displaced since the floods began, officials say. The "
        "agency said 43,500 people had been displaced since the floods began.",
        [
            ("displaced", "More than 40,000", None, False),
            ("displaced", "43,500", "same_as", False),
        ],
    ),
    # Near forms: far above the round figure, or "at least N".
    (
        "The ministry says more than 30,000 people have been killed since the war began. The "
        "United Nations said 39,000 people had been killed since the war began.",
        [("killed", "more than 30,000", None, False), ("killed", "39,000", None, False)],
    ),
    (
        "The government says at least 2,000 people have been arrested since the July 28 vote. "
        "The attorney general said on Monday that 2,229 people had been arrested since the "
        "election.",
        [("detained", "at least 2,000", None, False), ("detained", "2,229", None, False)],
    ),
]

TABLES = {
    "made_precise": MADE_PRECISE,
    "named_next": NAMED_NEXT,
    "tally_made_precise": TALLY_MADE_PRECISE,
}

test_a_reports_rows_relate, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
