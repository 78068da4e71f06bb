"""A list of full names is one person each: a row per name.

Annotators of real crime reports ("Injured were Taylor McCormick, Sidresha Lamb, Ronald Smith,
and Jamil Bolden"; "Twenty-one-year-old Izaak Bridges and 32-year-old Tanishia Graham were shot
to death") give each named person a row, as they do "a woman and a baby". Near forms stay one
row of the group: names sharing one surname ("David and Louise Turpin") and names that list a
plural noun's people ("His colleagues, photographers Tom Baker and Lisa Grant")."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
NAMED_LISTS = [
    (
        "Injured were Taylor McCormick, Sidresha Lamb, Ronald Smith, and Jamil Bolden.",
        [
            ("injured", "Taylor McCormick", None, True),
            ("injured", "Sidresha Lamb", None, True),
            ("injured", "Ronald Smith", None, True),
            ("injured", "Jamil Bolden", None, True),
        ],
    ),
    (
        "Tyrone Williams and Marcus Adams were shot to death.",
        [("killed", "Tyrone Williams", None, True), ("killed", "Marcus Adams", None, True)],
    ),
    (
        "Police arrested Kevin Harris and Jordan Miles on Sunday.",
        [("detained", "Kevin Harris", None, True), ("detained", "Jordan Miles", None, True)],
    ),
    (
        "The crash killed Anna Kowalski and Piotr Nowak, the regional police said.",
        [("killed", "Anna Kowalski", None, True), ("killed", "Piotr Nowak", None, True)],
    ),
    # Near forms: one surname for both, the people of a plural noun.
    (
        "David and Louise Turpin were arrested in January.",
        [("detained", "David and Louise Turpin", None, True)],
    ),
    (
        "His colleagues, photographers Tom Baker and Lisa Grant were severely wounded.",
        [("injured", "photographers Tom Baker and Lisa Grant", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_LISTS)
def test_named_lists(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
