"""A request for anonymity ('Both officials requested anonymity', 'asked for anonymity
because they feared reprisals') asks that the speaker go unnamed; it reports nothing
(`non_report_objects` in models/lexicons/cues.json; the fitted gold marks none of its nine
anonymity phrases). Near forms keep their rows: a request for something said or done
('requested more troops', 'asked for patience', 'requested that his name be withheld').

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

ANONYMITY_CASES = [
    ("Both officials requested anonymity.", []),
    ("The two witnesses asked for anonymity because they feared reprisals.", []),
    ("A nurse at the hospital requested anonymity.", []),
    ("Several residents asked for anonymity.", []),
    # near forms: a request for something said or done
    (
        "The minister requested more troops for the capital.",
        [("The minister", "requested", "more troops for the capital")],
    ),
    ("He asked for patience.", [("He", "asked for", "patience")]),
    (
        "The officer requested that his name be withheld.",
        [("The officer", "requested", "his name be withheld")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), ANONYMITY_CASES, ids=[c[0][:40] for c in ANONYMITY_CASES]
)
def test_a_request_for_anonymity_reports_nothing(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(ANONYMITY_CASES)
