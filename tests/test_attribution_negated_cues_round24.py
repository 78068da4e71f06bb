"""A negated naming, admission or confirmation with only a noun phrase ('have not named a
cause', 'had not admitted any role', 'never admitted the killing') reports that nothing was
said, as 'did not mention X' does (`negated_topic_verbs` in models/lexicons/cues.json): no
row. The fitted gold marks none of them. Near forms keep their rows: the same verbs said
('confirmed that two soldiers died', 'named the victim as'), the negated verbs with a clause
('did not confirm that ...', the rounds' earlier reading, which the fitted gold questions
twice but this round leaves), a negated belief ('I do not think that ...', which the gold
marks) and a negation inside the content ('said the army had not fired').

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

NEGATED_CUE_CASES = [
    ("Authorities have not named a cause for the blaze.", []),
    ("The detained man had not admitted any role in the killings.", []),
    ("The army did not confirm the figure.", []),
    ("The group never admitted the killing of the two aid workers.", []),
    (
        "The spokesman did not deny that troops fired on the crowd.",
        [("The spokesman", "did not deny", "troops fired on the crowd")],
    ),
    # near forms: the verbs said, a negated belief, a negation inside the content
    (
        "The ministry confirmed that two soldiers died.",
        [("The ministry", "confirmed", "two soldiers died")],
    ),
    (
        "Police have named the victim as a local shopkeeper.",
        [("Police", "named", "the victim as a local shopkeeper")],
    ),
    (
        "The colonel said the army had not fired on the crowd.",
        [("The colonel", "said", "the army had not fired on the crowd")],
    ),
    (
        "I do not think that the talks can succeed.",
        [("I", "do not think", "the talks can succeed")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), NEGATED_CUE_CASES, ids=[c[0][:40] for c in NEGATED_CUE_CASES]
)
def test_what_a_source_did_not_say_is_no_row(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(NEGATED_CUE_CASES)
