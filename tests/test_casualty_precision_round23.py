"""Casualty precision, round 23: rows the fitted sets' gold does not have, by construction. A part
of the captives told as freed is the end of a captivity, as the whole freed is. Each table holds
four or more wordings of one construction and at least two near forms that keep the old
reading; the rows give every row's relation and whether it counts."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "police said 18 of the captives had been freed", "Troops rescued 12 of the hostages": a part
#: of the captives as the passive subject or the object of a `release_verbs` verb names people
#: whose captivity ends (the annotation guide: a release is no row), as "released 24 hostages"
#: does. Near forms: a part of the captives killed, or still held, is a row.
FREED_PART_OF_CAPTIVES = [
    (
        "Bandits abducted 25 students last week. On Wednesday, police said 18 of the captives "
        "had been freed after a raid.",
        [("abducted", "25 students", None, True)],
    ),
    (
        "Militants kidnapped 50 workers in March. Twenty of the hostages were handed over to "
        "mediators on Sunday.",
        [("abducted", "50 workers", None, True)],
    ),
    (
        "Gunmen seized 40 passengers. Troops rescued 12 of the hostages on Friday.",
        [("abducted", "40 passengers", None, True)],
    ),
    (
        "Gunmen kidnapped 30 villagers on Sunday. Police said five of the hostages were "
        "released on Monday.",
        [("abducted", "30 villagers", None, True)],
    ),
    # Near forms.
    (
        "Gunmen seized 40 passengers. Two of the hostages were killed on Friday.",
        [("abducted", "40 passengers", None, True), ("killed", "Two of the hostages", None, True)],
    ),
    (
        "Gunmen seized 40 passengers. Police said 18 of the captives were still held on Friday.",
        [
            ("abducted", "40 passengers", None, True),
            ("abducted", "18 of the captives", "subset_of", False),
        ],
    ),
]

test_rows, test_tables = table_tests(
    {"FREED_PART_OF_CAPTIVES": FREED_PART_OF_CAPTIVES},
    linked_rows,
    PUBLISHED,
)
