"""Attribution detection left by the earlier rounds, generalised from the fitted false
positives and false negatives of TimeBank/AQUAINT, the GVA crime pages and the Wikinews corpus.
Each table gives wordings written for this round that the pipeline got wrong and near forms
beside them that must keep their reading.

Each case gives the text and what every row must hold, in the order of the rows, as tuples of
the fields the table is about (see `tests.test_attribution_probes._fields`).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

# -- 'All victims are expected to survive' ----------------------------------------------------
# A passive 'expected to' with no agent is a forecast in the narrator's voice, not hearsay as
# 'is believed to have' is: the annotators of the fitted sets left five of six out. Near forms:
# 'believed'/'thought to have' stay sourceless rows, an agent ('by engineers') and the active
# ('Doctors expect') keep theirs, and a speaker's clause around the forecast keeps its row.
EXPECTED_FORECAST_CASES = [
    ("Three of the injured miners are expected to survive.", []),
    ("The new bridge was expected to open in May, but the floods delayed the work.", []),
    ("The casualty figure is expected to climb as rescuers reach the villages.", []),
    # near forms
    (
        "The wounded driver is expected to recover, a hospital spokesman said.",
        [("a hospital spokesman", "said", "The wounded driver is expected to recover")],
    ),
    (
        "The gunmen are believed to have fled across the border.",
        [(None, "believed", "The gunmen are believed to have fled across the border")],
    ),
    (
        "The militia is thought to have planted the mines.",
        [(None, "thought", "The militia is thought to have planted the mines")],
    ),
    (
        "The bridge is expected by engineers to reopen next week.",
        [("engineers", "expected", "The bridge is expected by engineers to reopen next week")],
    ),
    (
        "Doctors expect the wounded driver to recover.",
        [("Doctors", "expect", "the wounded driver to recover")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), EXPECTED_FORECAST_CASES, ids=[c[0][:40] for c in EXPECTED_FORECAST_CASES]
)
def test_an_agentless_expected_to_is_no_report(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_expected_forecast_table():
    assert_wordings_and_near_forms(EXPECTED_FORECAST_CASES)
