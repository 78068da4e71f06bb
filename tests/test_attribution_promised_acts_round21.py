"""A speech act promised, vowed, pledged, threatened or sworn with an infinitive ('pledged to
ask Congress for funds', 'promised to announce the findings') has not happened: the cue verb
in that infinitive reports nothing, as one after 'planned to' does (`unrealised_heads` in
models/lexicons/cues.json). A promise with a that-clause is still a row of its own. Each case
is the text and the cue of every row, in order."""

from __future__ import annotations

import pytest

from tests.conftest import process


def _cues(nlp, text: str) -> list[str]:
    doc = process(nlp, text)
    return [
        doc.text[item["cue_start"] : item["cue_end"]]
        for item in doc._.news_attributions
        if item["cue_start"] is not None
    ]


PROMISED_ACT = [
    ("The senator pledged to ask the committee for more money.", []),
    ("The mayor promised to announce the results of the inquiry next week.", []),
    ("The rebels threatened to tell the press about the deal.", []),
    ("She swore to report the abuse to the authorities.", []),
]

PROMISED_ACT_NEAR = [
    # a promise with a that-clause is a report of the promise
    ("The mayor promised that the inquiry would be independent.", ["promised"]),
    # a speech act already made, beside the promise
    (
        "The senator said the money would come, and pledged to fight for it.",
        ["said"],
    ),
]


@pytest.mark.parametrize("text, cues", PROMISED_ACT + PROMISED_ACT_NEAR)
def test_a_promised_speech_act_reports_nothing(nlp, text, cues):
    assert _cues(nlp, text) == cues
