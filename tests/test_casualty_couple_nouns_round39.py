"""A set-number noun with an article and an "of" phrase naming people, thirty-ninth round: "a
pair of teens were shot", "police arrested a pair of suspects", "a trio of men were wounded"
count exactly that many (`couple_nouns`), as "the pair" already did. Before, the "of" phrase
made the noun count nothing and no row was made. Near forms: an "of" phrase of things ("a pair
of gloves", "a pair of shoes") counts no one, and the definite "the pair" keeps its reading.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2015-07-20"

COUPLE_OF_PEOPLE = [
    (
        "A pair of teens were shot near the school.",
        [("injured", "A pair of teens", None, True)],
    ),
    (
        "Police arrested a pair of suspects on Monday.",
        [("detained", "a pair of suspects", None, True)],
    ),
    (
        "A pair of brothers were found dead in their home.",
        [("killed", "A pair of brothers", None, True)],
    ),
    (
        "Police said a trio of men were wounded in the exchange.",
        [("injured", "a trio of men", None, True)],
    ),
    # Near forms: things, not people; the definite noun as before.
    ("A pair of gloves was found near the road.", []),
    (
        "He bought a pair of shoes before he was shot.",
        [("injured", "he", None, True)],
    ),
    ("The pair were shot near the school.", [("injured", "The pair", None, True)]),
]

TABLES = {"COUPLE_OF_PEOPLE": COUPLE_OF_PEOPLE}

test_couples_of_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
