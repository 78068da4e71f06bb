"""A 'he' or 'she' after 'one of the <people>': one person picked out of a group ('One of the
victims chose to be named. She said ...', 'one of the women who came here told us ... She
said') is whom the pronoun means, not a speaker named before. A thing picked out of things
('One of the buildings') or a person of the other sex is no such antecedent.
"""

from __future__ import annotations

import pytest

from tests.conftest import process

CASES = [
    (
        "Six men were sentenced on Friday. The judge, Mary Olsen, said the crimes were grave.\n\n"
        "One of the victims agreed to be named. She said she hoped others would come forward.",
        [("The judge, Mary Olsen", "Mary Olsen"), ("She", "One of the victims")],
    ),
    (
        '"We do not know the cause. One of the men who walked in told us that his shop '
        'collapsed. He said the ground shook twice," said Dr. Rahimi.',
        [
            ("One of the men who walked in", None),
            ("He", "One of the men who walked in"),
            ("Dr. Rahimi", "Rahimi"),
        ],
    ),
    (
        "Crews dug through the night, the fire chief, Paul Grant, said. One of the survivors "
        "was freed on Monday. He said he had heard the crews for hours.",
        [("the fire chief, Paul Grant", "Paul Grant"), ("He", "One of the survivors")],
    ),
    # a thing picked out of things is not whom 'he' means
    (
        "Crews dug through the night, the fire chief, Paul Grant, said. One of the buildings "
        "was torn down on Monday. He said the site was now safe.",
        [("the fire chief, Paul Grant", "Paul Grant"), ("He", "Paul Grant")],
    ),
    # 'he' does not mean one of the women
    (
        "Crews dug through the night, the fire chief, Paul Grant, said. One of the women "
        "was freed on Monday. He said the site was now safe.",
        [("the fire chief, Paul Grant", "Paul Grant"), ("He", "Paul Grant")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_of_people_antecedent(nlp, text, expected):
    doc = process(nlp, text)
    rows = [
        (text[a["source_start"] : a["source_end"]], a["source_resolved"])
        for a in doc._.news_attributions
        if a["source_start"] is not None
    ]
    assert rows == expected
