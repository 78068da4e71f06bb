"""A count reported by setting a figure, beyond 'put the toll at 11': the figure given as a
range or a scale word after 'in' ('placed the count in the hundreds'), and a value as the
figure ('put the value of the loot in the range of ...'). A thing put somewhere, or a figure
dated by a year, is no such report.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.conftest import process


class Row(NamedTuple):
    source: str | None
    cue: str | None
    content: str


def _rows(doc) -> list[Row]:
    text = doc.text

    def span(item, role):
        start, end = item[f"{role}_start"], item[f"{role}_end"]
        return None if start is None else text[start:end]

    return [
        Row(span(a, "source"), span(a, "cue"), text[a["content_start"] : a["content_end"]])
        for a in doc._.news_attributions
    ]


CASES = [
    (
        "The wire service has placed the number of dead protesters in the hundreds.",
        [Row("The wire service", "placed", "the number of dead protesters in the hundreds")],
    ),
    (
        "The rescue agency put the toll in the dozens.",
        [Row("The rescue agency", "put", "the toll in the dozens")],
    ),
    (
        "The museum director placed the value of the painting in the range of two to three "
        "million euros.",
        [
            Row(
                "The museum director",
                "placed",
                "the value of the painting in the range of two to three million euros",
            )
        ],
    ),
    # unchanged: the figure set with 'at'
    (
        "The ministry put the death toll at 31 on Friday.",
        [Row("The ministry", "put", "the death toll at 31")],
    ),
    # negatives: a thing put somewhere, a figure with no number, a year
    ("He placed the gun in the back of 2 cars.", []),
    ("Officials put the number in context.", []),
    ("The farmer put the value of his land in the hands of a lawyer.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_figure_set_in_a_range_or_scale(nlp, text, expected):
    assert _rows(process(nlp, text)) == expected
