"""Casualty rows of US crime reports, thirtieth round.

People who take themselves to care ("three others went to a hospital for treatment", "turned
up at a hospital seeking treatment", "One made it to a hospital") were hurt, as people taken
there are (the GVA annotators' rows); the care adds no harm of its own, so "others" there may
be part of the group told, and a group told "as many as" four has room for four parts. A
ranked attacker ("A second robber") whose toll already holds the attackers ("including two
robbers") is one of them. Going to a hospital alone, or to visit, tells no harm."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
SELF_TO_CARE = [
    (
        "As many as four people were shot outside a bar in Albany on Sunday. Police said one"
        " victim was found inside the bar and three others went to a hospital for treatment.",
        [
            ("injured", "As many as four", None, True),
            ("injured", "one victim", "same_as", False),
            ("injured", "three others", "subset_of", False),
        ],
    ),
    (
        "A gunfight at a store left five people wounded, including two robbers. A second robber"
        " showed up at a hospital in Tulsa seeking treatment.",
        [
            ("injured", "five", None, True),
            ("injured", "two robbers", "subset_of", False),
            ("injured", "A second robber", "subset_of", False),
        ],
    ),
    (
        "Seven people were shot at a party in Greensboro. One made it to a hospital 20 miles away.",
        [("injured", "Seven", None, True), ("injured", "One", "subset_of", False)],
    ),
    (
        "A man turned up at a clinic in Fresno seeking treatment for a gunshot wound.",
        [("injured", "A man", None, True)],
    ),
    # Near forms: going to a hospital with no care sought, a visit, and a ranked attacker
    # beyond a toll of victims only, or of another harm.
    ("Family members went to the hospital on Monday night.", []),
    ("The mayor went to the hospital to visit the wounded.", []),
    (
        "Three people were shot at a bar on Friday. A second gunman was shot dead by police.",
        [("killed_or_injured", "Three", None, True), ("killed", "A second gunman", None, True)],
    ),
    (
        "Five people were shot, including two suspects. A third suspect was arrested on Monday.",
        [
            ("injured", "Five", None, True),
            ("injured", "two suspects", "subset_of", False),
            ("detained", "A third suspect", None, True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SELF_TO_CARE)
def test_self_to_care(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
