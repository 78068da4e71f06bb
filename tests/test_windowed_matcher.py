"""The speed-ups of the stages give the same results as the plain code they replace.

`WindowedMatcher` runs the date Matcher only where a pattern can match: its matches must be
exactly those of spaCy's Matcher over the whole Doc, for the project's patterns and for
patterns it cannot bound (which fall back to the whole Doc).
"""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

import pipeline
from pipeline.extract.dates import WindowedMatcher
from tests.conftest import process

TEXTS = [
    # durations with optional words between the number and the unit
    "The siege lasted 3 more days and then two full weeks before a 10-day truce.",
    # clock times with zones, a number at the very end of the text
    "Shelling began at 4 a.m. GMT and again at 11.30 local, then at 0117 GMT on 5",
    "It happens 3 times a week, twice in the 1990 period and overnight.",
    # a meridiem written onto the figure, and a look-alike of its shape that is no time
    "By 8:00am local time and again at 11.15PM GMT the 1.25mm wire had melted.",
    "In the year two thousand and five - one of them said so.",
    # no pattern can match
    "Officials said nothing about the attack on Tuesday.",
    "",
    "7",
]


def _both(nlp, patterns: list[list[dict]], text: str) -> tuple[list, list]:
    matcher = Matcher(nlp.vocab)
    for i, pattern in enumerate(patterns):
        matcher.add(f"P{i}", [pattern])
    doc = nlp(text)
    return sorted(matcher(doc)), sorted(WindowedMatcher(matcher, patterns)(doc))


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_matcher_equals_the_matcher_on_the_date_patterns(nlp, text):
    patterns = [
        entry["pattern"] for entry in nlp.get_pipe("news_dates").data["patterns/dates.jsonl"]
    ]
    full, windowed = _both(nlp, patterns, text)
    assert windowed == full


def test_windowed_matcher_finds_the_expected_spans(nlp):
    patterns = [[{"LIKE_NUM": True}, {"LOWER": "more", "OP": "?"}, {"LOWER": {"IN": ["days"]}}]]
    full, windowed = _both(nlp, patterns, "It took 3 more days, then 4 days.")
    doc = nlp.make_doc("It took 3 more days, then 4 days.")
    assert [doc[s:e].text for _, s, e in windowed] == ["3 more days", "4 days"]
    assert windowed == full


@pytest.mark.parametrize(
    "patterns",
    [
        [[{"LOWER": "the", "OP": "?"}, {"LIKE_NUM": True}]],  # optional first token
        [[{"LIKE_NUM": True}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "days"}]],  # unbounded
        [[{"TEXT": {"REGEX": "^[0-9]+$"}}, {"LOWER": "days"}]],  # a test it cannot read
    ],
)
def test_windowed_matcher_falls_back_to_the_whole_doc(nlp, patterns):
    text = "The 3 days and 12 long hard days, the 5."
    full, windowed = _both(nlp, patterns, text)
    assert full and windowed == full
    matcher = Matcher(nlp.vocab)
    assert WindowedMatcher(matcher, patterns).tests == []


def test_windowed_matcher_bounds_a_token_it_can_read_in_part(nlp):
    """A first token with a readable test beside a regex still bounds its windows; the regex
    is left to the Matcher, so "1.25mm" (the same shape as "8.00am") is no match."""
    patterns = [[{"SHAPE": {"IN": ["d.ddxx"]}, "TEXT": {"REGEX": "^[0-9.]+[ap]m$"}}]]
    full, windowed = _both(nlp, patterns, "It was 1.25mm at 8.00am.")
    assert WindowedMatcher(Matcher(nlp.vocab), patterns).tests
    doc = nlp.make_doc("It was 1.25mm at 8.00am.")
    assert [doc[s:e].text for _, s, e in windowed] == ["8.00am"]
    assert windowed == full


def test_saved_pipeline_builds_the_same_fast_stages(nlp, tmp_path):
    """The matchers and tables built in `_build` are rebuilt from the saved data files."""
    text = "At 4 a.m. GMT on Monday, 3 more days after the strike, officials said it ended."
    nlp.to_disk(tmp_path / "saved")
    reloaded = pipeline.load(tmp_path / "saved")
    assert reloaded.get_pipe("news_dates").matcher.tests
    before, after = process(nlp, text, "2023-06-04"), process(reloaded, text, "2023-06-04")
    for name in ("news_dates", "news_attributions", "news_entities"):
        assert getattr(after._, name) == getattr(before._, name)
    assert [d["value"] for d in after._.news_dates][:1] == [
        "2023-05-29T04:00"
    ]  # the Monday before, told in the past
