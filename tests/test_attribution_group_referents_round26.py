"""`source_resolved` of a nominal named again, round 26.

People set apart by their words ('federal prosecutors', 'North Carolina investigators') and
written again after the source by the bare plural ('Prosecutors declined to comment') are one
group: the source resolves to its own words, as 'Atlanta police' ... 'police' does (the
contract: a nominal that nothing else in the article names gives null). A bare mention after
another group of that noun is set apart, or placed by a phrase of its own ('investigators in the
town'), names that other group, and the source stays null; 'district officials' after a bare
'officials' are other functionaries, not the same ones placed. A pronoun 'it' never means a
people's adjective on a noun ('The Venezuelan rights group Foro Penal ... It says'), and a name
the recogniser took for a person is an organisation when a kind noun ('rights group') stands
before it; 'someone' or 'nobody' names no one (null). Each case is the text and the (source as
written, `source_resolved`) pair of every row."""

from __future__ import annotations

import pytest

from tests.test_attribution_resolution_probes import _check

NAMED_BARE_AFTER = [
    (
        "Police arrested four men in raids on Tuesday, federal prosecutors said. Prosecutors "
        "declined to say what the men had planned.",
        [("federal prosecutors", "federal prosecutors")],
    ),
    (
        "Two men were shot outside a bar early Sunday, state investigators said. A witness told "
        "investigators that the gunman fled in a car.",
        [("state investigators", "state investigators"), ("A witness", None)],
    ),
    (
        "The bridge was closed after the crash, county detectives said. Detectives are still "
        "looking for the driver.",
        [("county detectives", "county detectives")],
    ),
]

NOT_NAMED_AGAIN = [
    # another group of the noun set apart between them: the bare one is that group
    (
        "Three people were hurt, state investigators said. Federal investigators arrived on "
        "Monday, and investigators later found the weapon.",
        [("state investigators", None)],
    ),
    # a bare mention placed by a phrase of its own is set apart too
    (
        "The blaze started in a kitchen, local investigators said. No cause has been given by "
        "investigators in the capital.",
        [("local investigators", None)],
    ),
    # the bare mention before the source is not the group named after it
    (
        "Investigators arrived at dawn. Two men were detained, federal prosecutors said.",
        [("federal prosecutors", None)],
    ),
    # functionaries quoted by role ('officials') placed after a bare mention are others; a
    # force placed so is the same force
    (
        "At least 63 people were killed in the landslides, officials said. Some 3,500 people "
        "have been moved to relief camps, district officials said.",
        [("officials", None), ("district officials", None)],
    ),
    (
        "Two men were shot dead on Friday, police said. County police said the gunman fled.",
        [("police", "police"), ("County police", "police")],
    ),
    # a group written once stays null
    (
        "Gunmen killed six villagers overnight, military prosecutors said.",
        [("military prosecutors", None)],
    ),
]


@pytest.mark.parametrize("text, expected", NAMED_BARE_AFTER + NOT_NAMED_AGAIN)
def test_group_written_bare_after_the_source(nlp, text, expected):
    _check(nlp, text, expected)


ORGANISATION_NAMES = [
    (
        "The Venezuelan rights group Foro Penal says at least 1,300 of those detained are "
        "political prisoners, 114 of them adolescents. It says 24 people were killed in the "
        "protests that erupted after the vote.",
        [("The Venezuelan rights group Foro Penal", "Foro Penal"), ("It", "Foro Penal")],
    ),
    (
        "The Israeli rights group B'Tselem says at least 300 homes were demolished. It says the "
        "demolitions continued on Monday.",
        [("The Israeli rights group B'Tselem", "B'Tselem"), ("It", "B'Tselem")],
    ),
    # a person's name with a person's noun before it stays a person: 'she' means her
    (
        "Maria Lopez, a Venezuelan lawyer, said the detainees were beaten. She said they had no "
        "access to lawyers.",
        [("Maria Lopez, a Venezuelan lawyer", "Maria Lopez"), ("She", "Maria Lopez")],
    ),
]


@pytest.mark.parametrize("text, expected", ORGANISATION_NAMES)
def test_it_means_the_organisation_named_with_its_kind(nlp, text, expected):
    _check(nlp, text, expected)


# An indefinite pronoun stands for no one in particular: null, never the last speaker; a
# personal pronoun still takes its antecedent.
INDEFINITE = [
    (
        "The mayor said the road was closed. Somebody told police that a car had been set on fire.",
        [("The mayor", None), ("Somebody", None)],
    ),
    (
        "Maria Lopez said the road was closed. Someone told her that a car had been set on fire.",
        [("Maria Lopez", "Maria Lopez"), ("Someone", None)],
    ),
    (
        "Maria Lopez said the road was closed. She told police that a car had been set on fire.",
        [("Maria Lopez", "Maria Lopez"), ("She", "Maria Lopez")],
    ),
]


@pytest.mark.parametrize("text, expected", INDEFINITE)
def test_indefinite_pronoun_resolves_to_no_one(nlp, text, expected):
    _check(nlp, text, expected)
