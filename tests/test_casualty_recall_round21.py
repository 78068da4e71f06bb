"""Casualty recall, round 21: constructions the fitted sets' annotators counted that were missed.

A list of full names is one row per name (ANNOTATION.md, "Injured were Taylor McCormick, ...").
A name cased with a capital inside it ("McCormick", "DeShawn", "MacLeod") is as much a full name
as "Smith": Python's title case refuses it, which left such a name out of its list and the whole
list one row. Names sharing one surname stay one row of the group, whatever their case.

A counted reference to victims is part of an earlier group large enough to hold it. A ceiling
("Up to 30 people", "As many as four people") holds as many as it names: its low bound of 1 says
only that someone was harmed, and read as its size it had dropped "Four of the victims" as
naming nobody the article harmed. A reference larger than the ceiling still finds no group."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
CASED_NAME_LISTS = [
    (
        "Treated for minor wounds were Andre Fields, 24, Keisha McDowell, 31, and Omar Tate, 18,"
        " all of Dayton.",
        [
            ("injured", "Andre Fields", None, True),
            ("injured", "Keisha McDowell", None, True),
            ("injured", "Omar Tate", None, True),
        ],
    ),
    (
        "Wounded were Brian MacLeod, 40, DeShawn Miller, 22, and Carla Ruiz, 35, police said.",
        [
            ("injured", "Brian MacLeod", None, True),
            ("injured", "DeShawn Miller", None, True),
            ("injured", "Carla Ruiz", None, True),
        ],
    ),
    # near form: one surname shared by both names stays one row of two
    (
        "Police arrested Dwayne and Tonya McKenzie on Tuesday.",
        [("detained", "Dwayne and Tonya McKenzie", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), CASED_NAME_LISTS)
def test_a_name_cased_inside_is_a_full_name_of_its_list(nlp, text, rows):
    assert linked_rows(process(nlp, text, PUBLISHED)) == rows


#: (text, every row: type, count text, relation, counts)
REFERENCES_UNDER_A_CEILING = [
    (
        "Up to 30 people were killed when a bus plunged into a river. Four of the victims were"
        " children.",
        [("killed", "Up to 30", None, True), ("killed", "Four of the victims", "subset_of", False)],
    ),
    # near form: more than the ceiling names is no part of it
    (
        "Up to 30 people were killed when a bus plunged into a river. Forty of the victims were"
        " children.",
        [("killed", "Up to 30", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), REFERENCES_UNDER_A_CEILING)
def test_a_ceiling_holds_the_victims_it_names(nlp, text, rows):
    assert linked_rows(process(nlp, text, PUBLISHED)) == rows
