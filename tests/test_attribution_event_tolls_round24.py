"""A participle of a figure verb after a clause of what happened ('Two more victims died
overnight, raising the death toll to 12', 'pulled three more bodies from the rubble, raising
the number of dead to 19') tells that the event raised the figure, not that anyone reported
it: no row (the fitted gold marks none of its three). Near forms keep their rows: the verb
with a speaker for subject ('The ministry raised the toll to 40') and the participle after a
speaker's report or speech ('updated its figures, raising the toll to 40', 'spoke to
reporters, raising the toll to nine').

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

EVENT_TOLL_CASES = [
    ("Two more victims died overnight, raising the death toll to 12.", []),
    ("A wounded woman died in hospital on Friday, lifting the toll to seven.", []),
    ("Rescuers pulled three more bodies from the rubble, raising the number of dead to 19.", []),
    (
        "A man died in hospital on Monday, raising the toll to five, a hospital spokeswoman said.",
        [
            (
                "a hospital spokeswoman",
                "said",
                "A man died in hospital on Monday, raising the toll to five",
            )
        ],
    ),
    # near forms: a speaker's own figure, and the participle after a report or a speech
    (
        "The ministry raised the toll to 40 on Sunday.",
        [("The ministry", "raised", "the toll to 40")],
    ),
    (
        "The health ministry updated its figures on Sunday, raising the toll to 40.",
        [("The health ministry", "raising", "the toll to 40")],
    ),
    (
        "The governor spoke to reporters on Monday, raising the toll to nine.",
        [("The governor", "raising", "the toll to nine")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), EVENT_TOLL_CASES, ids=[c[0][:40] for c in EVENT_TOLL_CASES]
)
def test_a_toll_raised_by_an_event_is_no_report(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(EVENT_TOLL_CASES)
