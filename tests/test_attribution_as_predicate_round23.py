"""A verb that characterises its object through an 'as' phrase ('attacked her rival as a
fraud', 'painted him as an outsider', 'cast himself as a reformer', 'branded the group as
extremists') says what the object is, as 'described X as Y' does: a cue only in that frame
(`as_predicate` in `frames` of models/lexicons/cues.json), PolNeAR's rows. Near forms: the
same verbs as acts ('attacked the convoy', 'painted the walls white', 'cast their ballots'),
an 'as' clause of time ('attacked the post as the guards slept') and the passive of a
casting ('was cast as the villain'). Each case gives the text and, for every row in order,
(source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

AS_PREDICATE_CASES = [
    (
        "The challenger attacked the mayor as a puppet of developers.",
        [("The challenger", "attacked", "the mayor as a puppet of developers")],
    ),
    (
        "Her campaign painted the incumbent as a career politician.",
        [("Her campaign", "painted", "the incumbent as a career politician")],
    ),
    (
        "The governor has cast himself as the defender of small farms.",
        [("The governor", "cast", "himself as the defender of small farms")],
    ),
    (
        "The opposition leader branded the new tax as theft.",
        [("The opposition leader", "branded", "the new tax as theft")],
    ),
    # near forms: acts, an 'as' clause of time, the passive of a casting
    ("Armed men attacked the border post as the guards slept.", []),
    ("Fighters attacked the checkpoint at dawn.", []),
    ("Residents painted the shelter walls blue.", []),
    ("Thousands of voters cast their ballots on Sunday.", []),
    ("The actor was cast as the villain in the series.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"), AS_PREDICATE_CASES, ids=[c[0][:40] for c in AS_PREDICATE_CASES]
)
def test_a_characterisation_with_as_is_a_cue(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(AS_PREDICATE_CASES)
