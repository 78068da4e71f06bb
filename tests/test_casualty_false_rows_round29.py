"""Rows for people who were not harmed in the clause (round 29): a place named by whom it
shelters ("a school sheltering displaced families", "a camp for displaced people") tells what
the place is, not that anyone was displaced; a figure on those people, or a clause that says
they were displaced, keeps its row."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

SHELTERED_RESIDENTS = [
    # the displaced only describe the place that was hit
    (
        "A drone strike on a school sheltering displaced families killed at least nine people.",
        [("killed", "at least nine", None, True)],
    ),
    ("Shells hit a mosque that was sheltering displaced villagers.", []),
    ("Overnight raids struck a camp for displaced people near the river.", []),
    # a figure of the sheltered people is a count of its own
    (
        "Shells hit a school sheltering 400 displaced people.",
        [("displaced", "400 displaced", None, True)],
    ),
    # displaced people who are the subject of their own clause keep their row
    (
        "Displaced families fled to the coast after the floods.",
        [("displaced", "Displaced families", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHELTERED_RESIDENTS)
def test_sheltered_residents(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected
