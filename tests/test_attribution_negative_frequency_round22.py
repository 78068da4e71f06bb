"""An adverb saying that something hardly ever happens ('rarely', 'seldom', 'hardly ever';
`negative_frequency_adverbs` in models/lexicons/cues.json) negates a cue as 'not' does: a
topic verb with only its topic ('rarely comments on losses') reports that nothing is said,
and 'is rarely known' claims nothing. A clause still said ('rarely says that ...') stays a
row. Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

NEGATIVE_FREQUENCY_CASES = [
    (
        "The junta, which rarely comments on losses, said the army had killed dozens of fighters.",
        [
            (
                "The junta, which rarely comments on losses",
                "said",
                "the army had killed dozens of fighters",
            )
        ],
    ),
    ("The authorities rarely disclose such figures.", []),
    ("The company seldom discusses its security arrangements.", []),
    # the parser hangs 'hardly' on 'ever'
    ("The ministry hardly ever mentions the camps in its briefings.", []),
    ("The cause of such fires is rarely known.", []),
    ("The council scarcely ever discusses the budget.", []),
    # near forms: a clause said, 'barely' without 'ever' (a little, not never: a PolNeAR
    # row), and a topic verb with no such adverb
    (
        "In his speech the senator barely mentioned the war.",
        [("the senator", "mentioned", "the war")],
    ),
    (
        "The general rarely says that his troops are tired.",
        [("The general", "says", "his troops are tired")],
    ),
    (
        "The ministry commented on the report on Friday.",
        [("The ministry", "commented on", "the report on Friday")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    NEGATIVE_FREQUENCY_CASES,
    ids=[c[0][:40] for c in NEGATIVE_FREQUENCY_CASES],
)
def test_a_negative_frequency_adverb_negates_the_cue(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(NEGATIVE_FREQUENCY_CASES)
