"""Casualty recall, twentieth round: a name closed by a generational suffix ("Printess Winston
IV") is a person's whatever label the recognizer gave it, also when the parser hangs each name
on the next one ("Printess" on "Winston" on "IV") instead of both on the suffix. Each table
holds four or more wordings of one construction and at least two near forms that keep the old
reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "the fatal shooting of Printess Winston IV": the named victim of a harm noun, its given name
#: and surname chained as compounds before the suffix. Near forms: a suffix after one name only
#: ("Winston IV" may be a ship or a king) and a bare plural after "of" (the event, no victim).
CHAINED_GENERATIONAL_NAMES = [
    (
        "Police are investigating the fatal shooting of Printess Winston IV.",
        [("killed", "Printess Winston IV", None, True)],
    ),
    (
        "Relatives mourned the fatal shooting of Printess Dallas IV.",
        [("killed", "Printess Dallas IV", None, True)],
    ),
    (
        "Police are investigating the shooting of Printess Winston IV.",
        [("injured", "Printess Winston IV", None, True)],
    ),
    (
        "A vigil followed the fatal shooting of Tayvion Houston III.",
        [("killed", "Tayvion Houston III", None, True)],
    ),
    # Near forms: one name before the suffix; people after "of" with no name or count.
    ("Police investigated the fatal shooting of Winston IV on Monday.", []),
    ("Protesters gathered after the shooting of protesters in the square.", []),
]

TABLES = {"chained generational names": CHAINED_GENERATIONAL_NAMES}


test_named_victim_wordings_give_their_rows, test_each_table_has_wordings_and_near_forms = (
    table_tests(TABLES, linked_rows, PUBLISHED)
)
