"""A one-word qualifier the parser reads as a preposition, fortieth round: in "Over a dozen
people were injured" the parser hangs "Over" on the verb and makes "a dozen" its object, so
"people" lost its figure and the row counted a bare plural (low 2). A numeral right before the
noun, as the object of a qualifier word ("over", "under", "above"), counts that noun with the
qualifier. Near forms: a preposition of time whose object is not a numeral ("Over the
weekend", "Over two days" with its own noun) and a qualifier the parser already reads right
("Over 20 people") keep their readings.

Each case gives the text and (type, count text, qualifier, value, low) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_quantity_words_round26 import qualified_rows

PUBLISHED = "2024-03-12"

STRANDED_QUALIFIERS = [
    (
        "Over a dozen people were injured in the blast.",
        [("injured", "Over a dozen", "more_than", 12, 13)],
    ),
    (
        "Over two dozen civilians were killed when the shell hit the market.",
        [("killed", "Over two dozen civilians", "more_than", 24, 25)],
    ),
    (
        "Over a hundred soldiers died in the fighting for the bridge.",
        [("killed", "Over a hundred soldiers", "more_than", 100, 101)],
    ),
    (
        "Over a dozen protesters were arrested outside the parliament.",
        [("detained", "Over a dozen protesters", "more_than", 12, 13)],
    ),
    # Near forms: the qualifier already read with its numeral; a time phrase before a bare
    # plural, which still counts "people" vaguely.
    ("Over 20 people were killed.", [("killed", "Over 20", "more_than", 20, 21)]),
    ("Over the weekend people were killed.", [("killed", "people", "vague", None, 2)]),
]

TABLES = {"STRANDED_QUALIFIERS": STRANDED_QUALIFIERS}

test_stranded_qualifiers_count_their_noun, test_each_table_has_wordings_and_near_forms = (
    table_tests(TABLES, qualified_rows, PUBLISHED)
)
