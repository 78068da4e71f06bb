"""Rows for counts that stand for things (round 33): "another", with no noun of its own, says
it is one more of a kind named before, and counts what the object it is parallel to names, so
"hijacked two ships and seized another" seized a ship, not a person. A parallel object that
names people ("shot three police officers and killed another") keeps the row, and a bare
numeral or a pronoun after a thing ("hit a car, killing three", "fired his gun, hitting her")
says nothing of a kind, so it keeps its row too.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: a bare count whose parallel object is a thing, and near forms whose object is people
ELIDED_THINGS = [
    ("Pirates hijacked two ships and seized another off Somalia.", []),
    ("Pirates attacked five ships, seizing another.", []),
    ("Pirates attacked five ships, sinking two of them and seizing another.", []),
    ("The rebels captured three towns and another near the border.", []),
    # the parallel object names people: the bare count is one more of them
    (
        "The gunmen shot three police officers and killed another.",
        [
            ("injured", "three police officers", None, True),
            ("killed", "another", None, True),
        ],
    ),
    (
        "Militants abducted two teachers on Monday and killed another.",
        [("abducted", "two teachers", None, True), ("killed", "another", None, True)],
    ),
    (
        "Gunmen attacked two buses, abducting 30 passengers and killing one.",
        [("abducted", "30 passengers", None, True), ("killed", "one", None, True)],
    ),
    (
        "A drone strike hit a car near the border, killing three.",
        [("killed", "three", None, True)],
    ),
    (
        "Her uncle was cleaning his rifle when it fired, hitting her.",
        [("injured", "her", None, True)],
    ),
]

test_rows, test_tables = table_tests({"elided_things": ELIDED_THINGS}, linked_rows, PUBLISHED)
