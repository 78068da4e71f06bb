"""Given names (models/lexicons/given_names.json): a name of two or three title-case words that
opens with a given name is a person, where the model called it an organisation for a surname
that looks plural ("Tyrell Banks", "Ronnie Daniels") or missed it ("Shane Moore"). Near forms:
names whose other words say a kind of body or place, a last word in -s that is no surname, a
first word that is a notable place, and a given name the census finds more often as a surname
keep the model's label."""

from __future__ import annotations

import pytest

from pipeline import load
from tests.conftest import process
from tests.test_entities import entities_over_model_spans

#: (text, the model's spans forced onto the doc, the labels expected)
GIVEN_NAME_FIRST = [
    (
        "Ronnie Daniels had been shot, police said.",
        [("Ronnie Daniels", "ORG")],
        [("Ronnie Daniels", "PERSON")],
    ),
    (
        "Deputies said Tyrell Banks, 24, was found with a gunshot wound.",
        [("Tyrell Banks", "ORG")],
        [("Tyrell Banks", "PERSON")],
    ),
    (
        "Marcus Hodges was arrested on Friday.",
        [("Marcus Hodges", "ORG")],
        [("Marcus Hodges", "PERSON")],
    ),
    (
        "Prosecutors charged Denise Carol Simmons with murder.",
        [("Denise Carol Simmons", "ORG")],
        [("Denise Carol Simmons", "PERSON")],
    ),
    # Near forms: a team in the plural, a church, a place first, a surname-like given name.
    (
        "The Charlotte Hornets won on Friday.",
        [("Charlotte Hornets", "ORG")],
        [("Charlotte Hornets", "ORG")],
    ),
    (
        "Grace Baptist Church held a vigil.",
        [("Grace Baptist Church", "ORG")],
        [("Grace Baptist Church", "ORG")],
    ),
    ("China Eastern cancelled the flight.", [("China Eastern", "ORG")], [("China Eastern", "ORG")]),
    ("Morgan Stanley said profits rose.", [("Morgan Stanley", "ORG")], [("Morgan Stanley", "ORG")]),
]


#: The same names where the model found nothing: a new person mention. Near forms: a last word
#: the article also writes in lower case, and a date in the run.
GIVEN_NAME_MISSED = [
    (
        "Police are investigating the death of Shane Moore.",
        [],
        [("Shane Moore", "PERSON")],
    ),
    ("Witnesses said Darnell Hayes fired twice.", [], [("Darnell Hayes", "PERSON")]),
    (
        "The shooting of Latoya Denise Gibbs drew protests.",
        [],
        [("Latoya Denise Gibbs", "PERSON")],
    ),
    ("Neighbors described Kurt Ellison as quiet.", [], [("Kurt Ellison", "PERSON")]),
    # Near forms: a word written in lower case elsewhere, a weekday after a given name.
    ("Workers left the factory at noon. The Everett Factory closed.", [], []),
    ("Shares in Asia Monday fell sharply.", [("Monday", "DATE")], []),
]


@pytest.mark.parametrize(("text", "model", "expected"), GIVEN_NAME_FIRST + GIVEN_NAME_MISSED)
def test_a_given_name_makes_a_person(nlp, text, model, expected):
    found = [(e["text"], e["label"]) for e in entities_over_model_spans(nlp, text, model)]
    assert [f for f in found if f[1] in ("PERSON", "ORG")] == expected


def test_the_name_lists_are_saved_with_the_pipeline(nlp, tmp_path):
    text = "Police said Tyrell Banks, 24, and Marcus Hodges, 31, were arrested."
    before = process(nlp, text)._.news_entities
    nlp.to_disk(tmp_path / "saved")
    reloaded = load(tmp_path / "saved")
    assert process(reloaded, text)._.news_entities == before
    lexicon = reloaded.get_pipe("news_entities").lexicon
    assert "tyrell" in lexicon.given_names and "banks" in lexicon.surnames_in_s
    assert "morgan" not in lexicon.given_names  # more often a surname in the census
