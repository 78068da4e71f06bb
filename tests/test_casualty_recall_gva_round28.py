"""Casualty mentions the fitted GVA reports' annotators give rows that the stage missed
(round 28)."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

# Counted victims whose noun names what harmed them ("One of the shooting victims", "two
# victims of gunshot wounds", "four victims from Saturday's shooting") are harmed people even
# before (or without) a group told to hold them; they count only when no other harm of the
# incident is told. Victims of nothing named stay no row.
VICTIMS_OF_NAMED_HARM = [
    (
        "One of the stabbing victims in the bar fight spoke to reporters from her hospital bed "
        "on Tuesday.\n\nFour people were stabbed outside the bar.",
        [
            ("injured", "One of the stabbing victims", None, False),
            ("injured", "Four", None, True),
        ],
    ),
    (
        "Officers learned there were three victims of gunshot wounds, who had been driven to a "
        "hospital by friends.",
        [("killed_or_injured", "three victims of gunshot wounds", None, True)],
    ),
    (
        "Deputies named two victims from Friday's shooting near the park.",
        [("killed_or_injured", "two victims", None, True)],
    ),
    ("Two of the victims asked that their names be withheld.", []),
    ("Three of the victims of the scam lost their savings.", []),
    ("Deputies named two victims from the neighborhood.", []),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS_OF_NAMED_HARM)
def test_victims_of_named_harm(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# A shooting figure whose clause is joined by "and" to a clause of the same incident's dead
# ("Nine people were shot and three were killed") tells the wounded apart from the dead: it
# stays `injured`. A part of those shot ("two of them fatally", "two of them died") leaves the
# shot the dead and the wounded together.
SHOT_BESIDE_DEAD = [
    (
        "Nine people were shot and three people were killed when gunfire broke out at a party "
        "on Saturday.",
        [("injured", "Nine", None, True), ("killed", "three", None, True)],
    ),
    (
        "Seven people were shot on Friday night, and two of them died.",
        [("killed_or_injured", "Seven", None, True), ("killed", "two of them", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHOT_BESIDE_DEAD)
def test_shot_beside_dead(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# A person recovering after a harmful event ("is recovering after a crash") was hurt in it; a
# place or an economy recovering names no one.
RECOVERING_AFTER = [
    (
        "A driver was arrested and a girl is recovering after a crash on the highway.",
        [("detained", "A driver", None, True), ("injured", "a girl", None, True)],
    ),
    (
        "Two teenagers are recovering following a stabbing at a bus stop.",
        [("injured", "Two teenagers", None, True)],
    ),
    ("The economy is recovering after the crash.", []),
    ("The town is still recovering after the attack.", []),
]


@pytest.mark.parametrize(("text", "expected"), RECOVERING_AFTER)
def test_recovering_after(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# A definite back-reference that gives its figure ("the two slain suspects") counts: a row
# `same_as` the group it names again; without a figure ("the injured driver") it names one
# person again and is no row of its own.
COUNTED_BACK_REFERENCE = [
    (
        "Three gunmen were killed in a shootout with deputies. Deputies believe the three "
        "slain gunmen acted alone.",
        [
            ("killed", "Three gunmen", None, True),
            ("killed", "the three slain gunmen", "same_as", False),
        ],
    ),
    (
        "A driver was hurt in the crash. Officers said the injured driver had been drinking.",
        [("injured", "A driver", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_BACK_REFERENCE)
def test_counted_back_reference(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# A pronoun harmed in a report hung on a speech verb of the clause that introduces its person
# ("... after police say a boy shot her") is a row of its own, `same_as` the person, beside the
# person's row; told without a report ("after he was shot"), the pronoun only points back.
REPORTED_PRONOUN = [
    (
        "A Dayton teenager was taken to a hospital after officers say he shot himself in the "
        "leg on Sunday.",
        [("injured", "A Dayton teenager", None, True), ("injured", "he", "same_as", False)],
    ),
    (
        "A Tulsa grandmother is recovering after deputies say a 4-year-old boy found a pistol "
        "in a truck and shot her in the arm.",
        [("injured", "A Tulsa grandmother", None, True), ("injured", "her", "same_as", False)],
    ),
    (
        "A 9-year-old boy is undergoing surgery after he was shot by a cousin.",
        [("injured", "A 9-year-old boy", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_PRONOUN)
def test_reported_pronoun(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected
