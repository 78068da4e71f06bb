"""A suicide is a death: "the suicide of a student", "committed suicide".

Gun-violence tallies count suicides among the killed, and annotators of the GVA reports gave
"the suicide of a student" a row. Near forms: "suicide" as a modifier of another noun (a
bomber, an attack, a vest, a rate) tells no death of its own."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
SUICIDES = [
    (
        "Police continue to investigate the suicide of a student outside Jefferson High School.",
        [("killed", "a student", None, True)],
    ),
    ("The man later committed suicide.", [("killed", "The man", None, True)]),
    (
        "The gunman committed suicide after killing two people.",
        [("killed", "The gunman", None, True), ("killed", "two", None, True)],
    ),
    (
        "Officials are investigating the apparent suicide of a 34-year-old inmate.",
        [("killed", "a 34-year-old inmate", None, True)],
    ),
    # Near forms: a modifier of another noun.
    ("A suicide bomber killed 12 people at a market.", [("killed", "12", None, True)]),
    ("The suicide rate among veterans rose.", []),
    ("A man wearing a suicide vest was arrested.", [("detained", "A man", None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), SUICIDES)
def test_suicides(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
