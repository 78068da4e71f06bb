"""A cue set off by commas inside the clause it reports ("X, he said, Y") takes the whole
clause as content (corpus/ANNOTATION.md), also where the parser took that clause's verb for
a participle or a noun and hung the cue on the sentence's first noun as its root
('The hashtag, Mr. Abboud said, accompanied ...', 'Plans ..., he added, amount to ...';
`_interrupts_misread_clause`). Near forms: the parse the rule was already right on, the
cue closing the sentence, and a verb set off the same way that is no cue ('hoped').

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

INTERRUPTED_CASES = [
    (
        "The hashtag, Mr. Abboud said, accompanied descriptions of missing relatives.",
        [
            (
                "Mr. Abboud",
                "said",
                "The hashtag, Mr. Abboud said, accompanied descriptions of missing relatives",
            )
        ],
    ),
    (
        "Plans so far from the council to raise parking fees, he added, amount to small changes.",
        [
            (
                "he",
                "added",
                "Plans so far from the council to raise parking fees, he added, amount to small "
                "changes",
            )
        ],
    ),
    # near forms: a parse that was right already, the cue at the end, a verb of no report
    (
        "The banner, the organizer said, carried the names of the victims.",
        [
            (
                "the organizer",
                "said",
                "The banner, the organizer said, carried the names of the victims",
            )
        ],
    ),
    (
        "The banner carried the names of the victims, the organizer said.",
        [("the organizer", "said", "The banner carried the names of the victims")],
    ),
    (
        "The memo, Ms. Lopez wrote, listed four options.",
        [("Ms. Lopez", "wrote", "The memo, Ms. Lopez wrote, listed four options")],
    ),
    ("The hashtag, Mr. Abboud hoped, would spread quickly.", []),
    ("The statue, the mayor admired, stood near the gate.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"), INTERRUPTED_CASES, ids=[c[0][:40] for c in INTERRUPTED_CASES]
)
def test_an_interrupting_cue_reports_its_whole_clause(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(INTERRUPTED_CASES)
