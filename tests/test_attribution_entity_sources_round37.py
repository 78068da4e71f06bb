"""Round 37: sources whose resolution depends on the entity stage's names.

A person given with the street or town they live on ("Dana Whitfield of Linden Court") is a
PERSON; the address after "of" is no part of an organisation's name that swallows the person,
so a later surname alone resolves to the full name.
"""

import pytest

from tests.conftest import process

CASES = [
    (
        "Dana Whitfield of Linden Court was charged on Tuesday. Whitfield told officers the "
        "rifle had gone off by accident.",
        [("told", "Whitfield", "Dana Whitfield")],
    ),
    (
        "Nadia Perez of Riverside Center was arrested. Perez said she had done nothing wrong.",
        [("said", "Perez", "Nadia Perez")],
    ),
    # an organisation whose own name holds "of" stays whole
    (
        "The Virginia Museum of Fine Arts said the painting had been stolen.",
        [("said", "The Virginia Museum of Fine Arts", "Virginia Museum of Fine Arts")],
    ),
    (
        "Grace Church of Christ said the pastor was safe.",
        [("said", "Grace Church of Christ", "Grace Church of Christ")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_person_before_an_address_of(nlp, text, expected):
    items = process(nlp, text)._.news_attributions

    def span(item, role):
        start = item[f"{role}_start"]
        return None if start is None else text[start : item[f"{role}_end"]]

    got = [(span(a, "cue"), span(a, "source"), a["source_resolved"]) for a in items]
    assert got == expected
