"""Casualty recall, ninth round: two parses of US crime reports that lost a stated figure.

A surname ending in -s ("Izaak Bridges", "Tyrone Williams") is tagged a plural noun, so the
named victim read as a bare plural and gave no row; and "Three separate shootings left six
people wounded" is parsed with "left" as a clause on "shootings" and "wounded" as their verb,
so the six were never the ones wounded; "Two gunmen shot at police officers" made the gunmen
the wounded. Each table holds four or more wordings of one
construction and near forms that keep the old reading."""

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
        [("killed", "Tyrone Williams and Marcus Adams", None, True)],
    ),
    (
        "Police said Jerome Davis was wounded in the leg.",
        [("injured", "Jerome Davis", None, True)],
    ),
    ("Kevin Harris, 34, was arrested on Sunday.", [("detained", "Kevin Harris", None, True)]),
    (
        "Twenty-one-year-old Izaak Bridges and 32-year-old Tanishia Graham were shot to death.",
        [
            (
                "killed",
                "Twenty-one-year-old Izaak Bridges and 32-year-old Tanishia Graham",
                None,
                True,
            )
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


@pytest.mark.parametrize(
    ("text", "expected"),
    SURNAME_IN_S + EVENTS_LEFT_PEOPLE_HARMED + AIMED_AT_PEOPLE,
)
def test_round9_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


def test_each_table_has_near_forms():
    for table in (SURNAME_IN_S, EVENTS_LEFT_PEOPLE_HARMED, AIMED_AT_PEOPLE):
        assert len(table) >= 6
        assert any(rows == [] for _, rows in table)
