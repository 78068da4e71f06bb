"""An absolute report set off after a clause ('..., with officials reporting 40 fighters
killed', '..., with the chairman confirming on Twitter that ...') is a row of its noun phrase,
whose content runs from after the participle (past a time or a medium set next to it: 'at
the time', 'yesterday', 'on Twitter', which is the channel) to the end of the sentence; the
clause before it ends at the comma and holds no nested row. The parser breaks the phrase up
in many ways, so the rule reads the words. Each case gives the text and, for every row in
order, (source, cue, content, relation_to_parent, channel).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content", "relation", "channel")

ABSOLUTE_REPORT_CASES = [
    (
        "Reuters called the raid the deadliest this year, with officials reporting at the time "
        "40 fighters killed.",
        [
            ("Reuters", "called", "the raid the deadliest this year", None, None),
            ("officials", "reporting", "40 fighters killed", None, None),
        ],
    ),
    (
        "The board opened an inquiry, with the chairman yesterday confirming on Twitter that "
        "the files were missing.",
        [("the chairman", "confirming", "the files were missing", None, "x_twitter")],
    ),
    (
        "The toll climbed again on Tuesday, with reports stating 107 had died.",
        [("reports", "stating", "107 had died", None, None)],
    ),
    (
        "The mayor said cranes would move the debris today, with new reports saying sonar "
        "would be used.",
        [
            ("The mayor", "said", "cranes would move the debris today", None, None),
            ("new reports", "saying", "sonar would be used", None, None),
        ],
    ),
    (
        "The storm flooded the valley, with residents saying on Facebook that the water had "
        "reached the rooftops.",
        [("residents", "saying", "the water had reached the rooftops", None, "facebook")],
    ),
    # near forms: no speech participle, and no 'with' phrase
    ("The crowd cheered, with children waving flags.", []),
    ("The town flooded, with water reaching the rooftops.", []),
    (
        "The mayor spoke with reporters, saying the town would recover.",
        [("The mayor", "saying", "the town would recover", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), ABSOLUTE_REPORT_CASES, ids=[c[0][:40] for c in ABSOLUTE_REPORT_CASES]
)
def test_an_absolute_report_is_its_noun_phrase_s_row(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(ABSOLUTE_REPORT_CASES)
