"""A citing participle whose object is an example or an instance ('Citing an example, the
minister said ...') gives an illustration of the claim, not where it came from: no
cited_origin row (`cited_grounds` in models/lexicons/cues.json), as 'citing security
concerns' gives none. Near forms keep theirs: a source cited ('Citing police, the newspaper
said ...', 'citing witnesses').

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

CITED_EXAMPLE_CASES = [
    (
        "Citing an example, the minister said three towns had no power.",
        [("the minister", "said", "three towns had no power")],
    ),
    (
        "Citing one instance, the judge said the files were lost.",
        [("the judge", "said", "the files were lost")],
    ),
    (
        "The mayor, citing an example from last winter, said roads were left unsalted.",
        [("The mayor", "said", "roads were left unsalted")],
    ),
    (
        "Citing another example, the inspector said two of the wells were dry.",
        [("the inspector", "said", "two of the wells were dry")],
    ),
    # near forms: a source cited
    (
        "Citing police, the newspaper said three people died.",
        [("police", "Citing", "three people died"), ("the newspaper", "said", "three people died")],
    ),
    (
        "Citing witnesses, the agency said the convoy was hit twice.",
        [
            ("witnesses", "Citing", "the convoy was hit twice"),
            ("the agency", "said", "the convoy was hit twice"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), CITED_EXAMPLE_CASES, ids=[c[0][:40] for c in CITED_EXAMPLE_CASES]
)
def test_an_example_cited_is_no_origin(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(CITED_EXAMPLE_CASES)
