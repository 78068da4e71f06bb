"""Casualty recall, ninth round: two parses of US crime reports that lost a stated figure.

A surname ending in -s ("Izaak Bridges", "Tyrone Williams") is tagged a plural noun, so the
named victim read as a bare plural and gave no row; and "Three separate shootings left six
people wounded" is parsed with "left" as a clause on "shootings" and "wounded" as their verb,
so the six were never the ones wounded; "Two gunmen shot at police officers" made the gunmen
the wounded; a lone "Banks" after "Tyrell Banks" was no person, a gerund subject of a
modal ("executing him would not bring her back") was a killing, and "after the young hunter was
found dead", said of the one victim just named, was a second death (it is that victim's
`same_as` row). Each table holds four or
more wordings of one construction and near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: A given name before a surname the tagger reads as plural: one named person. Near forms: a
#: family name in the plural and a lone surname stay no person of their own.
SURNAME_IN_S = [
    ("Izaak Bridges was killed in the crash.", [("killed", "Izaak Bridges", None, True)]),
    (
        "Tyrone Williams and Marcus Adams were shot to death.",
        [("killed", "Tyrone Williams", None, True), ("killed", "Marcus Adams", None, True)],
    ),
    (
        "Police said Jerome Davis was wounded in the leg.",
        [("injured", "Jerome Davis", None, True)],
    ),
    ("Kevin Harris, 34, was arrested on Sunday.", [("detained", "Kevin Harris", None, True)]),
    (
        "Twenty-one-year-old Izaak Bridges and 32-year-old Tanishia Graham were shot to death.",
        [
            ("killed", "Twenty-one-year-old Izaak Bridges", None, True),
            ("killed", "32-year-old Tanishia Graham", None, True),
        ],
    ),
    # Near forms: a family in the plural, a surname alone.
    ("The Williamses were evacuated from their home.", []),
    ("Bridges was killed in the crash.", []),
]

#: "<events> left N people <state>" parsed with "left" on the events: the state is the
#: people's. Near forms: the same parse without a harm state, and the ordinary parse.
EVENTS_LEFT_PEOPLE_HARMED = [
    (
        "Three separate shootings left six people wounded, police said.",
        [("injured", "six", None, True)],
    ),
    (
        "Three separate shootings left six people wounded, including a 14-year-old boy.",
        [("injured", "six", None, True), ("injured", "a 14-year-old boy", "subset_of", False)],
    ),
    (
        "Four separate crashes left nine people injured across the county.",
        [("injured", "nine", None, True)],
    ),
    ("Two shootings left four people wounded, police said.", [("injured", "four", None, True)]),
    (
        "Two separate shootings left three men dead and a woman wounded.",
        [("killed", "three men", None, True), ("injured", "a woman", None, True)],
    ),
    # Near forms: no harm state, harm to things.
    ("Three separate storms left damage across the state.", []),
    ("Five separate fires left hundreds of homes destroyed.", []),
]


#: An active "shot at" / "fired at" people: the subject shoots, and the people aimed at are not
#: said to be hit. Near forms: a headline "N shot at <place>" and a passive keep their victims.
AIMED_AT_PEOPLE = [
    ("Two gunmen shot at police officers near the station.", []),
    ("Police said three men fired at him from a passing car.", []),
    ("Four masked men shot at the guards before fleeing.", []),
    ("Two suspects shot at Officer Daniel Ruiz during the chase.", []),
    # Near forms: a place after "at", a passive, a result that names the victim.
    ("4 teens shot at birthday party", [("injured", "4 teens", None, True)]),
    ("Five people were shot at a party over the weekend.", [("injured", "Five", None, True)]),
    (
        "Three officers shot at the suspect, killing him.",
        [("killed", "him", None, True)],
    ),
]


#: A surname in -s alone, after the full name (PERSON by the entity clusters, tagged a plural
#: noun): the same person again. Near form: a family in the plural has no row.
SURNAME_IN_S_AGAIN = [
    (
        "Tyrell Banks, 24, was found with a gunshot wound. Banks died at a hospital shortly "
        "after 10 p.m.",
        [("injured", "Tyrell Banks", None, False), ("killed", "Banks", "update_of", True)],
    ),
    (
        "Deputies said Marcus Hodges, 31, was shot in the chest. Hodges was pronounced dead at a "
        "hospital.",
        [("injured", "Marcus Hodges", None, False), ("killed", "Hodges", "update_of", True)],
    ),
    (
        # a name told again only as carried to hospital is no row (the Wikinews gold's
        # "Wiranto was flown to a hospital"; round 16)
        "Marcus Hodges was shot in the leg on Friday. Hodges was taken to a hospital.",
        [("injured", "Marcus Hodges", None, True)],
    ),
    (
        "Police arrested Kevin Simmons, 22, on Friday. Simmons was held on a $50,000 bond.",
        [("detained", "Kevin Simmons", None, True), ("detained", "Simmons", "same_as", False)],
    ),
    # Near forms: a family, and a harm word that is no person's name.
    ("The Williamses were evacuated from their home.", []),
    ("Fields were flooded after the storm.", []),
]

#: A person already known dead, described again by that person's own age as found with a wound
#: ("killed 14-year-old ... found a 14-year-old boy with a gunshot wound"): the wound says how
#: that person died (the GVA annotators' ruling: known dead, then wounded, is killed). Near
#: form: another age is someone new.
AGED_AS_THE_DEAD_FOUND_WOUNDED = [
    (
        "Police said the shooting killed 16-year-old Andre Mills on Friday. Officers had found a "
        "16-year-old boy with a gunshot wound behind a store.",
        [
            ("killed", "16-year-old Andre Mills", None, True),
            ("killed", "a 16-year-old boy", "same_as", False),
        ],
    ),
    (
        "A crash killed 52-year-old Dana Reyes on Monday. Medics found a 52-year-old woman "
        "suffering from head injuries in the car.",
        [
            ("killed", "52-year-old Dana Reyes", None, True),
            ("killed", "a 52-year-old woman", "same_as", False),
        ],
    ),
    # Near form: another age.
    (
        "Police said the shooting killed 16-year-old Andre Mills on Friday. Officers later found "
        "a 19-year-old man with a gunshot wound behind a store.",
        [
            ("killed", "16-year-old Andre Mills", None, True),
            ("injured", "a 19-year-old man", None, True),
        ],
    ),
]

#: An item of a blotter or weekend roundup ("• About 5:30 p.m., a 22-year-old man was shot")
#: tells its own incident: a person it brings in with "a" is someone new, not the dead person
#: of the story before it. Near forms: a pronoun on the item, and the same line with no bullet.
ROUNDUP_ITEM_BRINGS_IN_SOMEONE_NEW = [
    (
        "One man was killed and another man was wounded in a robbery on Friday.\n\n• About "
        "5:30 p.m., a 22-year-old man was shot in the 100 block of North Long Avenue.",
        [
            ("killed", "One man", None, True),
            ("injured", "another man", None, True),
            ("injured", "a 22-year-old man", None, True),
        ],
    ),
    (
        "A woman was killed in a shooting on Saturday, police said.\n\n• About 9 p.m., a "
        "30-year-old woman was shot in the arm on West Polk Street.",
        [("killed", "A woman", None, True), ("injured", "a 30-year-old woman", None, True)],
    ),
    # Near forms: a pronoun continues the person; with no bullet, the line may tell her again.
    (
        "A woman was killed in a shooting on Saturday, police said.\n\n• About 9 p.m., she was "
        "shot in the arm on West Polk Street.",
        [("killed", "A woman", None, True), ("killed", "she", "same_as", False)],
    ),
    (
        "A woman was killed in a shooting on Saturday, police said.\n\nAbout 9 p.m., a "
        "30-year-old woman was shot in the arm on West Polk Street.",
        [("killed", "A woman", None, True), ("killed", "a 30-year-old woman", "same_as", False)],
    ),
]

#: A harm gerund that is the subject of a modal or negated clause is no report of harm
#: ("executing him would not bring her back"). Near forms: a gerund subject of a plain past.
GERUND_SUBJECT_OF_A_MODAL = [
    ("She said executing Fields would not bring her daughter back.", []),
    ("Shooting two protesters could spark wider unrest, the mayor warned.", []),
    ("Killing the hostages would be a crime, the negotiator said.", []),
    ("Sentencing the two men to death would not end the feud.", []),
    # Near forms: the gerund of a clause that happened.
    ("Killing two people left the town shaken.", [("killed", "two", None, True)]),
    (
        "Shooting three officers made him the most wanted man in the state.",
        [("injured", "three officers", None, True)],
    ),
]

#: A definite description harmed in a clause set under the one that named the only victim
#: ("... after the young hunter was found dead") is that victim again: no second death, a
#: `same_as` row (a person in a clause of its own stating the harm, ANNOTATION.md). Near
#: forms: a coordinated clause, a possessed noun, a relative clause on a place.
DESCRIPTION_IN_A_SUBORDINATE_CLAUSE = [
    (
        "The body of Jeremy Walton, age 9, was sent to the crime lab for an autopsy after the "
        "young hunter was found dead on Tuesday.",
        [("killed", "Jeremy Walton", None, True), ("killed", "the young hunter", "same_as", False)],
    ),
    (
        "The remains of Alan Pierce were flown home on Friday after the veteran was killed in a "
        "roadside blast.",
        [("killed", "Alan Pierce", None, True), ("killed", "the veteran", "same_as", False)],
    ),
    (
        "Friends mourned the death of Lucia Ferreira, who was honoured at a vigil after the nurse "
        "was killed in the strike.",
        [("killed", "Lucia Ferreira", None, True), ("killed", "the nurse", "same_as", False)],
    ),
    (
        "The body of Dana Walsh was taken to the medical examiner after the woman was found dead "
        "in her car.",
        [("killed", "Dana Walsh", None, True), ("killed", "the woman", "same_as", False)],
    ),
    # Near forms: someone else in a coordinated clause, a possessed noun, a place's clause.
    (
        "Gunmen killed Jeremy Walton on Monday and shot dead the driver.",
        [("killed", "Jeremy Walton", None, True), ("killed", "the driver", None, True)],
    ),
    (
        "Police said Jeremy Walton was shot before the boy's father was wounded.",
        [("injured", "Jeremy Walton", None, True), ("injured", "the boy's father", None, True)],
    ),
    (
        "Jeremy Walton was killed on Monday after gunmen stormed the house where the guard was "
        "shot dead.",
        [("killed", "Jeremy Walton", None, True), ("killed", "the guard", None, True)],
    ),
]


#: "was found fatally shot": the state of a passive's subject, parsed as a clause of its own
#: with no subject. Near forms: things found in a state, a verdict.
FOUND_IN_A_HARM_STATE = [
    (
        "A man was found fatally shot inside a parked car on Wednesday.",
        [("killed", "A man", None, True)],
    ),
    (
        "Two teenagers were found shot inside a vacant house on Sunday.",
        [("injured", "Two teenagers", None, True)],
    ),
    ("A woman was found stabbed to death in her apartment.", [("killed", "A woman", None, True)]),
    (
        "A 45-year-old man was found fatally wounded near the crash site.",
        [("killed", "A 45-year-old man", None, True)],
    ),
    (
        "Three hikers were found injured at the bottom of the ravine.",
        [("injured", "Three hikers", None, True)],
    ),
    # Near forms: things found in a state, and a verdict.
    ("The gun was found hidden under a mattress.", []),
    ("The car was found abandoned two miles away.", []),
    ("The suspect was found guilty of murder.", []),
]


#: "left a 10-year-old injured" after a dateline: the parser hangs the article on the age's
#: "old" instead of the state word; the person is the same. Near forms: an age of a thing.
AGE_LEFT_IN_STATE_AFTER_A_DATELINE = [
    (
        "NICOMA PARK, Okla. - Authorities are investigating a shooting that left a 10-year-old "
        "injured in Nicoma Park.",
        [("injured", "a 10-year-old", None, True)],
    ),
    (
        "TULSA, Okla. - Police are investigating a crash that left a 7-year-old injured in north "
        "Tulsa.",
        [("injured", "a 7-year-old", None, True)],
    ),
    (
        "Officers said the blast left a 12-year-old dead and his mother wounded.",
        [("killed", "a 12-year-old", None, True), ("injured", "his mother", None, True)],
    ),
    (
        "Investigators said the attack left an 80-year-old injured.",
        [("injured", "an 80-year-old", None, True)],
    ),
    # Near forms: an age of a thing.
    ("The storm left a 10-year-old tree uprooted.", []),
    ("The flood left a 40-year-old bridge damaged.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SURNAME_IN_S
    + EVENTS_LEFT_PEOPLE_HARMED
    + AIMED_AT_PEOPLE
    + SURNAME_IN_S_AGAIN
    + AGED_AS_THE_DEAD_FOUND_WOUNDED
    + ROUNDUP_ITEM_BRINGS_IN_SOMEONE_NEW
    + GERUND_SUBJECT_OF_A_MODAL
    + DESCRIPTION_IN_A_SUBORDINATE_CLAUSE
    + FOUND_IN_A_HARM_STATE
    + AGE_LEFT_IN_STATE_AFTER_A_DATELINE,
)
def test_round9_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
