"""`source_resolved` of a nominal that only a pronoun refers back to, round 21: a pronoun names
no group again, so the nominal written once resolves to null and the pronoun to the nominal's
words (the contract's "a nominal that nothing else in the article names gives null"; the
annotation guide's "an antecedent nominal named only once gives that nominal's text"). The
pronoun still continues its antecedent's statement: it repeats the channel the nominal named.
A body set apart ('the army', 'Kenyan police') is one body, which 'it' or 'they' names again.
Each case is the text and the (source as written, `source_resolved`) pair of every row."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_attribution_resolution_probes import _check

PRONOUN_ONLY = [
    (
        "At least 40 people died in the flood, officials said on Sunday. They said more rain "
        "was expected.",
        [("officials", None), ("They", "officials")],
    ),
    (
        "Investigators said the fire began in a kitchen. They said no one had been charged.",
        [("Investigators", None), ("They", "investigators")],
    ),
    (
        "A nurse at the district clinic said three children were among the wounded. She said "
        "the clinic had run out of blood.",
        [("A nurse at the district clinic", None), ("She", "A nurse at the district clinic")],
    ),
]

NAMED_AGAIN = [
    # a bare group written twice is one group: its own words, pronoun or not
    (
        "Residents said the water rose within minutes. Later residents said they had lost "
        "everything.",
        [("Residents", "residents"), ("residents", "residents")],
    ),
    # 'it' of one body set apart by 'the' or its nation names that body again
    (
        "The army said two bases were shelled overnight. It said no soldiers were hurt.",
        [("The army", "army"), ("It", "army")],
    ),
    (
        "Nigerian police said the gunmen escaped. They said a search was under way.",
        [("Nigerian police", "Nigerian police"), ("They", "Nigerian police")],
    ),
    # a name the nominal's title points to still resolves it
    (
        "Governor Maria Santos said the roads were closed. The governor said shelters were open.",
        [("Governor Maria Santos", "Maria Santos"), ("The governor", "Maria Santos")],
    ),
]


@pytest.mark.parametrize("text, expected", PRONOUN_ONLY + NAMED_AGAIN)
def test_pronoun_does_not_name_a_nominal_again(nlp, text, expected):
    _check(nlp, text, expected)


def _channels(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = process(nlp, text)
    return [
        (doc.text[item["cue_start"] : item["cue_end"]], item["channel"])
        for item in doc._.news_attributions
        if item["cue_start"] is not None
    ]


CHANNEL_THROUGH_PRONOUN = [
    # the pronoun continues the statement of the nominal it refers back to
    (
        "The ministry said in a statement that two guards were killed. It said the attackers "
        "fled north.",
        [("said", "statement"), ("said", "statement")],
    ),
    (
        "The army said in a statement that ten soldiers died. It added that the base was secured.",
        [("said", "statement"), ("added", "statement")],
    ),
]

CHANNEL_THROUGH_PRONOUN_NEAR = [
    # another speaker in between breaks the chain
    (
        "The ministry said in a statement that two guards were killed. A witness said the "
        "attackers fled north.",
        [("said", "statement"), ("said", None)],
    ),
]


@pytest.mark.parametrize("text, expected", CHANNEL_THROUGH_PRONOUN + CHANNEL_THROUGH_PRONOUN_NEAR)
def test_pronoun_repeats_its_antecedents_channel(nlp, text, expected):
    assert _channels(nlp, text) == expected
