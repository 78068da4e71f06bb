"""Casualty recall, ninth round: two parses of US crime reports that lost a stated figure.

A surname ending in -s ("Izaak Bridges", "Tyrone Williams") is tagged a plural noun, so the
named victim read as a bare plural and gave no row; and "Three separate shootings left six
people wounded" is parsed with "left" as a clause on "shootings" and "wounded" as their verb,
so the six were never the ones wounded. Each table holds four or more wordings of one
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


@pytest.mark.parametrize(
    ("text", "expected"),
    SURNAME_IN_S + EVENTS_LEFT_PEOPLE_HARMED,
)
def test_round9_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


def test_each_table_has_near_forms():
    for table in (SURNAME_IN_S, EVENTS_LEFT_PEOPLE_HARMED):
        assert len(table) >= 6
        assert any(rows == [] for _, rows in table)
