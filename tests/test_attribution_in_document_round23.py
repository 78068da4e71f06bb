"""A document noun in an 'in' phrase on a verb sources that verb's clause as 'according to'
does (`in_phrase_nouns` in models/lexicons/cues.json): 'In a situational report of NDRRMC,
the tremor damaged ...' is a corpus gold row (cue 'In', source the report), and PolNeAR
marks 'In the latest poll, X led Y' and 'X led Y in a CBS poll' so. A report or a study
only opens its sentence set off by a comma; a poll or a survey may stand anywhere on the
verb. Near forms: a verb that reports itself keeps its own row, taking part in a survey
reports nothing, 'named in the report' tells where names stand, and a place is no document.
Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

IN_DOCUMENT_CASES = [
    (
        "In a bulletin-style report of the disaster agency, the flood cut power to 900 homes.",
        [
            (
                "a bulletin-style report of the disaster agency",
                "In",
                "the flood cut power to 900 homes",
            )
        ],
    ),
    (
        "In the newest regional poll, the governor trailed his rival by four points.",
        [("the newest regional poll", "In", "the governor trailed his rival by four points")],
    ),
    (
        "In a recent survey, most farmers backed the new subsidy.",
        [("a recent survey", "In", "most farmers backed the new subsidy")],
    ),
    (
        "The mayor trailed her challenger by six points in a newspaper poll.",
        [("a newspaper poll", "in", "The mayor trailed her challenger by six points")],
    ),
    # near forms: the clause's own verb reports, taking part, where names stand, a place
    (
        "In the study, doctors concluded that the vaccine had cut infections by half.",
        [("doctors", "concluded", "the vaccine had cut infections by half")],
    ),
    ("Some 1,500 households took part in the survey in March.", []),
    ("Three guards were named in the report.", []),
    ("In the old quarter, two shops burned down overnight.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"), IN_DOCUMENT_CASES, ids=[c[0][:40] for c in IN_DOCUMENT_CASES]
)
def test_a_document_in_phrase_sources_its_clause(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(IN_DOCUMENT_CASES)
