"""Increments before a revised toll, thirty-ninth round: "Rescuers recovered ten bodies on
Monday. Two more bodies were found on Tuesday, bringing the death toll to 12." An increment told
as more than the first figure ("two more", "another three", "a further two") between that figure
and the toll that revises it is part of the revised toll (`subset_of` it), which sums them; it
cannot be part of the first figure, to which it adds. Before, it was `subset_of` the first
figure. Found on war round-ups (set O). Near forms: a partitive of the first figure ("two of
them", "two of the bodies") stays a part of it.

Each case gives the text and (type, count text, relation, related row's count text, counts
toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_named_lists import related_rows

PUBLISHED = "2025-03-21"


INCREMENTS = [
    (
        "Rescuers recovered ten bodies from the river on Monday. Two more bodies were found on "
        "Tuesday, bringing the death toll to 12.",
        [
            ("killed", "ten bodies", None, None, False),
            ("killed", "Two more bodies", "subset_of", "12", False),
            ("killed", "12", "update_of", "ten bodies", True),
        ],
    ),
    (
        "A gas explosion in a mine killed seven workers on Monday. Two more bodies were pulled "
        "from the shaft on Tuesday, taking the toll to nine, officials said.",
        [
            ("killed", "seven workers", None, None, False),
            ("killed", "Two more bodies", "subset_of", "nine", False),
            ("killed", "nine", "update_of", "seven workers", True),
        ],
    ),
    (
        "A landslide buried a village on Monday, killing 20 people, officials said. Another "
        "three bodies were recovered overnight and the toll now stands at 23.",
        [
            ("killed", "20", None, None, False),
            ("killed", "Another three bodies", "subset_of", "23", False),
            ("killed", "23", "update_of", "20", True),
        ],
    ),
    (
        "A bus crashed into a ravine, killing 14 passengers. A further two died in hospital, "
        "raising the death toll to 16.",
        [
            ("killed", "14 passengers", None, None, False),
            ("killed", "A further two", "subset_of", "16", False),
            ("killed", "16", "update_of", "14 passengers", True),
        ],
    ),
    # Near forms: a partitive of the first figure stays its part.
    (
        "A bus crashed into a ravine, killing 14 passengers. Two of them were children. The "
        "death toll later rose to 16.",
        [
            ("killed", "14 passengers", None, None, False),
            ("killed", "Two of them", "subset_of", "14 passengers", False),
            ("killed", "16", "update_of", "14 passengers", True),
        ],
    ),
    (
        "Rescuers recovered ten bodies from the river on Monday. Two of the bodies were "
        "children. By Tuesday the toll had risen to 12.",
        [
            ("killed", "ten bodies", None, None, False),
            ("killed", "Two of the bodies", "subset_of", "ten bodies", False),
            ("killed", "12", "update_of", "ten bodies", True),
        ],
    ),
]

TABLES = {"INCREMENTS": INCREMENTS}

test_increments_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
