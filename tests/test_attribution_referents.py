"""The article-level referents of nominal sources: the mention index and its three lookups,
read on parsed hand-written texts, with their near-negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract.attribution_referents import (
    MentionIndex,
    ReferentWords,
    named_again,
    named_again_by_pronoun,
    narrower_mention,
    phrase_span,
)
from tests.conftest import process

SOURCES = Path(__file__).resolve().parents[1] / "models" / "lexicons" / "sources.json"


@pytest.fixture(scope="module")
def words() -> ReferentWords:
    sources = json.loads(SOURCES.read_text(encoding="utf-8"))
    referents = sources["referents"]
    return ReferentWords(
        bodies=frozenset(referents["bodies"]),
        tails=frozenset(sources["named_bodies"]["tails"]),
        excluded=frozenset(referents["excluded"]),
        new_referent=frozenset(sources["new_referent_words"]),
        collective=frozenset(referents["collective"]),
        titles=frozenset(sources["person_nouns"]),
        ranks=frozenset(sources["rank_modifiers"]),
    )


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_phrase_span_takes_the_words_written_before_the_noun(nlp):
    doc = process(nlp, "Eleven people died, the city's police department said.")
    start, end = phrase_span(_token(doc, "department"))
    assert doc[start:end].text == "the city's police department"


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (
            "Haitian police said 17 people were kidnapped. Police said more were held.",
            "Police",
            0,
            "Haitian police",
        ),
        (
            "Kogi police spokesman William Aya said eight were taken. Police said two escaped.",
            "Police",
            0,
            "Kogi police",
        ),
        (
            "Two died, police said.\n\nOn Monday, Somali police spokesman Ali Aden spoke.",
            "police",
            0,
            "Somali police",
        ),
        (
            "The Italian coast guard found the boat. The coast guard said 20 died.",
            "guard",
            1,
            "Italian coast guard",
        ),
        # near-false: a kind of police, two bodies before, someone new
        ("Undercover police shot him. Police said he was armed.", "Police", 0, None),
        (
            "Kenyan police and Ugandan police met. Police said the border was shut.",
            "Police",
            0,
            None,
        ),
        (
            "Haitian police said 17 people were kidnapped. Other police said more were held.",
            "police",
            1,
            None,
        ),
    ],
)
def test_narrower_mention_finds_the_body_a_bare_noun_stands_for(
    nlp, words, text, word, nth, expected
):
    doc = process(nlp, text)
    mention = narrower_mention(_token(doc, word, nth), MentionIndex(doc, words))
    assert (None if mention is None else doc.text[mention.start : mention.end]) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("According to authorities, 12 died. Authorities are at the scene.", "authorities", True),
        ("Residents hid indoors. The fighting was heavy, claim residents.", "residents", True),
        ("His lawyers posted bond. His lawyers claimed he acted in self-defence.", "lawyers", True),
        # near-false: once; again only with a number or words of its own; a functionary role
        ("Residents said the water was cut.", "Residents", False),
        (
            "Survivors told aid workers 95 had boarded. The crew found 60 survivors.",
            "Survivors",
            False,
        ),
        (
            "Investigators said the rifle was his. The FBI helped local investigators.",
            "Investigators",
            False,
        ),
        ("Officials said the road was closed. Officials later reopened it.", "Officials", False),
    ],
)
def test_named_again_needs_the_same_bare_group_written_twice(nlp, words, text, word, expected):
    doc = process(nlp, text)
    root = _token(doc, word)
    source = (root.idx, root.idx + len(root))
    assert named_again(root, source, MentionIndex(doc, words)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "The Israeli military said it struck a centre. It did not provide evidence.",
            "military",
            True,
        ),
        ("Nine died, the Nigerian police said. They have arrested two suspects.", "police", True),
        # near-false: the pronoun opens another paragraph; no pronoun; no article
        (
            "The Israeli military said it struck a centre.\n\nIt was the third strike.",
            "military",
            False,
        ),
        ("Three died, the army said. The convoy was hit near the border.", "army", False),
        (
            "Seventeen rockets struck, according to Iraqi military. It gave no details.",
            "military",
            False,
        ),
    ],
)
def test_a_body_named_again_by_the_next_sentences_pronoun(nlp, words, text, word, expected):
    doc = process(nlp, text)
    assert named_again_by_pronoun(_token(doc, word), words) is expected
