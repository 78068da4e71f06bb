"""Wire and war-report constructions the parse throws (round 28): a part listed after "among
them" read as the object of "died"; "remains" tagged a noun before "unaccounted for"; the toll's
"to" phrase hung on a "since the war began" clause; a harm verb in scare quotes whose object is
read as an attribute; and words that name harm or people only in some company ("harmed",
"remain evacuated", "losses in its ranks", "opposition figures")."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

WIRE_CONSTRUCTIONS = [
    # the listed part is no object of "died": the subject's group counts, the part is of it
    (
        "Four people died, among them a nurse.",
        [("killed", "Four", None, True), ("killed", "a nurse", "subset_of", False)],
    ),
    (
        "Officials said two men had died, among them a driver who was hit by debris.",
        [("killed", "two men", None, True), ("killed", "a driver", "subset_of", False)],
    ),
    # "remains" read as a noun with a subject and a complement is the verb
    (
        "Two fishermen were killed and a third remains unaccounted for.",
        [("killed", "Two fishermen", None, True), ("missing", "a third", None, True)],
    ),
    # "harm" of people is a casualty of either kind; of a thing or a standing, none
    ("No soldiers were harmed in the raid.", [("killed_or_injured", "No soldiers", None, True)]),
    (
        "Two passengers were harmed when the train derailed.",
        [("killed_or_injured", "Two passengers", None, True)],
    ),
    ("The fire harmed the building.", []),
    ("The scandal harmed her campaign.", []),
    # the toll's figure after a clause of time on its participle
    (
        "Two medics were killed on Sunday, bringing the number of its medics killed since the "
        "fighting began to 40.",
        [("killed", "Two medics", None, True), ("killed", "40", None, False)],
    ),
    # a killing verb in scare quotes, and a bare name as its object
    (
        'The army said it had "neutralised" Haddad in an air strike.',
        [("killed", "Haddad", None, True)],
    ),
    ("The army said it eliminated Haddad, a militant leader.", [("killed", "Haddad", None, True)]),
    ('The army said it had "eliminated" the threat.', []),
    ("The army said it eliminated Hamas positions.", []),
    # losses of a force's ranks are personnel; losses in a market are money
    ("The militia admitted losses in its ranks.", [("losses", "losses", None, True)]),
    ("The firm reported losses in the market.", []),
    # people who remain evacuated are displaced; an evacuated building is no one
    (
        "Thousands of villagers remain evacuated from the frontier.",
        [("displaced", "Thousands of villagers", None, True)],
    ),
    ("The building was evacuated after the threat.", []),
    # "figures" with a modifier that makes them people
    (
        "Agents detained three opposition figures in the capital.",
        [("detained", "three opposition figures", None, True)],
    ),
    ("The figures were released by the ministry.", []),
    ("Two figures stood out in the report.", []),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_CONSTRUCTIONS)
def test_wire_constructions(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# A person joined after "and" to the object of the clause before and set off by an apposition
# is the subject of the passive that follows; the first clause's subject is not.
CONJOINED_SUBJECTS = [
    (
        "The guard died of his injuries and Okafor, a driver, was wounded by gunfire.",
        [("killed", "The guard"), ("injured", "Okafor")],
    ),
    (
        "The guard died of his injuries and the car, a sedan, was damaged by gunfire.",
        [("killed", "The guard")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONJOINED_SUBJECTS)
def test_conjoined_subjects(nlp, text, expected):
    doc = process(nlp, text)
    rows = [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]
    assert rows == expected


# "anyone" as the subject of a finite complement of a negated verb is nobody; under "if" or
# "whether", or in a perception verb's small clause, nothing is said.
DENIED_ANYONE = [
    (
        "Officers said it did not seem that anyone else was wounded.",
        [("injured", "anyone else", 0, True)],
    ),
    ("It was not clear whether anyone was hurt.", []),
    ("It was not immediately known if anybody was injured.", []),
    ("Anyone who was injured was taken to hospital.", []),
    # a small clause after a perception verb is what a witness saw, not a count
    ("The crew did not see anyone injured when they drove past.", []),
    ("Deputies did not find anybody hurt inside the house.", []),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_ANYONE)
def test_denied_anyone(nlp, text, expected):
    doc = process(nlp, text)
    rows = [
        (c["type"], doc.text[c["count_start"] : c["count_end"]], c["value"], c["negated"])
        for c in doc._.news_casualties
    ]
    assert rows == expected


# A reflexive after "who" only stresses the relative pronoun: the noun before it is harmed.
# Two names with one surname and different first names are two people.
EMPHATIC_AND_KIN_NAMES = [
    (
        "Officials met the widow of Colonel Adam Reyes, who had himself been wounded in an ambush.",
        [("injured", "Colonel Adam Reyes", None, True)],
    ),
    (
        "Daniel Okoro was shot dead on Friday. He was the son of Samuel Okoro, who had himself "
        "been killed in 2020.",
        [("killed", "Daniel Okoro", None, True), ("killed", "Samuel Okoro", None, True)],
    ),
    (
        "Daniel Okoro was shot on Friday. Okoro died on Saturday.",
        [("injured", "Daniel Okoro", None, False), ("killed", "Okoro", "update_of", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMPHATIC_AND_KIN_NAMES)
def test_emphatic_and_kin_names(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# People a relative clause tells shot, then taken for care, are the wounded, not the dead and
# the wounded together; a death told after them keeps the joint reading.
CARRIED_FOR_CARE = [
    (
        "Bandits killed two farmers near the market. Four traders who were shot in the arms were "
        "taken to a clinic, police said.",
        [("killed", "two farmers"), ("injured", "Four traders")],
    ),
    (
        "Bandits killed two farmers near the market. Four traders who were shot were taken to a "
        "clinic, where one died.",
        [("killed", "two farmers"), ("killed_or_injured", "Four traders"), ("killed", "one")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_FOR_CARE)
def test_carried_for_care(nlp, text, expected):
    doc = process(nlp, text)
    rows = [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]
    assert rows == expected


# A second part set against the first in the absolute phrase ("most of them X but including
# N Y") is a part of the group too.
CONTRASTED_PARTS = [
    (
        "Air raids have killed more than 300 people in the province, most of them gunmen but "
        "including about 40 civilians.",
        [
            ("killed", "more than 300", None, True),
            ("killed", "most of them", "subset_of", False),
            ("killed", "about 40 civilians", "subset_of", False),
        ],
    ),
    (
        "Air raids have killed more than 300 people in the province, most of them gunmen.",
        [("killed", "more than 300", None, True), ("killed", "most of them", "subset_of", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_PARTS)
def test_contrasted_parts(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected


# "passer-by", split by the tokenizer, throws the parser off its article: the article right
# before the split word is still its own.
SPLIT_WORD_ARTICLES = [
    (
        "A mortar round hit the square. A passer-by was killed.",
        [("killed", "A passer-by", None, True)],
    ),
    (
        "Three guards died. A passer-by was wounded, the police said.",
        [("killed", "Three guards", None, True), ("injured", "A passer-by", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_WORD_ARTICLES)
def test_split_word_articles(nlp, text, expected):
    assert linked_rows(process(nlp, text)) == expected
