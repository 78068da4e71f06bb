"""A kin or associate noun that owns the harmed person ("The father of a man killed in a
robbery spoke to reporters", a clip's title "Mother of teen shot in Dayton speaks out") names
someone by a tie to the victim: the row is the victim's, the kin only speaks of the harm. A
figure after "of" is the kin's children ("Mother of two killed in crash"): the kin is harmed."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

KIN_OF_VICTIM = [
    (
        "The father of a man killed in a robbery spoke to reporters on Monday.",
        [("killed", "a man", None, True)],
    ),
    (
        "The sister of a woman shot by police last week called for an inquiry.",
        [("injured", "a woman", None, True)],
    ),
    (
        "0:31 Mother of teen shot in Dayton speaks out\n\n1:02 Council approves budget",
        [("injured", "teen", None, True)],
    ),
    (
        "2:10 Friend of boy killed at bus stop remembers him\n\n2:44 Weather for the week",
        [("killed", "boy", None, True)],
    ),
    # Near forms: the kin harmed, a figure of the kin's children, an owner that is no tie.
    ("Mother of two killed in crash", [("killed", "Mother of two", None, True)]),
    (
        "The driver of the car arrested by police was released on bail.",
        [("detained", "The driver of the car", None, True)],
    ),
    ("The father of the victim spoke to reporters on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), KIN_OF_VICTIM)
def test_kin_of_victim(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected
