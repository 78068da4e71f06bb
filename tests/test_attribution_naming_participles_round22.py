"""A naming participle set off after a noun ('the presidential palace, named Villa Somalia',
'out on license, also called parole') gives the noun its name: nobody says anything, so no
row, also when the parser hangs the participle on a verb further off as an adverbial clause
or a conjunct, or reads the name after it as a speaker ('..., said X'). Each case gives the
text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

SET_OFF_NAME_CASES = [
    ("The parade was held at the presidential palace, named Villa Somalia.", []),
    ("The rebels met in a small village, named Kafr Nabl.", []),
    ("The ship docked at the southern pier, called Pier Nine, on Monday.", []),
    ("The army entered the old quarter, dubbed the Citadel, at dawn.", []),
    (
        "She was freed in 2019 and has been out on license, also called parole, and working in "
        "Bristol.",
        [],
    ),
    # near forms: a naming verb with an object and its predicate reports what was said of it
    (
        "Netanyahu found the strike justified and called the order swift.",
        [
            ("Netanyahu", "found", "the strike justified"),
            ("Netanyahu", "called", "the order swift"),
        ],
    ),
    (
        "The governor toured the camp, calling the conditions a disgrace.",
        [("The governor", "calling", "the conditions a disgrace")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), SET_OFF_NAME_CASES, ids=[c[0][:40] for c in SET_OFF_NAME_CASES]
)
def test_a_set_off_name_is_no_report(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(SET_OFF_NAME_CASES)
