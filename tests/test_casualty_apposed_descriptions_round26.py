"""Descriptions joined inside an apposition, twenty-sixth round: "Hamza bin Ladin, the
high-ranking al-Qa'ida member and son of Usama bin Ladin, was killed", "The mayor, a lawyer and
former judge, was wounded": a noun joined by "and" to the apposition of one person still says
who that person is, so no second person is harmed, when the verb agrees with one subject
(fitted: Wikinews, two articles). Near forms: a plural verb ("A soldier and a teacher were
killed", "The father, Peter Otieno, and a neighbour were injured") lists people, and a group
set out in apposition ("Two of the victims, a woman and a boy, died") keeps its parts.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2021-06-14"

#: one person's apposition with a noun joined to it
APPOSED_DESCRIPTIONS = [
    (
        "Trump said Hamza bin Ladin, the high-ranking al-Qaida member and son of Usama bin "
        "Ladin, was killed in a counterterrorism operation.",
        [("killed", "Hamza bin Ladin", None, True)],
    ),
    (
        "The mayor, a lawyer and former judge, was wounded in the attack.",
        [("injured", "The mayor", None, True)],
    ),
    (
        "Ahmed Khan, a father of three and a teacher at the school, was killed in the blast.",
        [("killed", "Ahmed Khan", None, True)],
    ),
    (
        "The gunman, a former soldier and security guard, has died.",
        [("killed", "The gunman", None, True)],
    ),
    (
        "A soldier and a teacher were killed in the blast.",
        [("killed", "A soldier", None, True), ("killed", "a teacher", None, True)],
    ),
    (
        "The father, Peter Otieno, 42, and a neighbour were injured.",
        [
            ("injured", "The father, Peter Otieno", None, True),
            ("injured", "a neighbour", None, True),
        ],
    ),
    (
        "Two of the victims, a 67-year-old woman and a 15-year-old boy, died of their injuries.",
        [
            ("killed", "Two of the victims", None, True),
            ("killed", "a 67-year-old woman", "subset_of", False),
            ("killed", "a 15-year-old boy", "subset_of", False),
        ],
    ),
    (
        "A mother, father, and toddler were found dead on Monday.",
        [
            ("killed", "A mother", None, True),
            ("killed", "father", None, True),
            ("killed", "toddler", None, True),
        ],
    ),
]

TABLES = {"APPOSED_DESCRIPTIONS": APPOSED_DESCRIPTIONS}

test_apposed_descriptions_give_their_rows, test_each_table_has_wordings_and_near_forms = (
    table_tests(TABLES, related_rows, PUBLISHED)
)
