"""Round 26: a title with a portfolio refers back only to a holder of that portfolio, and an
outlet titled with its own 'The' on a news word is a newspaper.

'The local health minister' after 'Civil Aviation Minister X' holds another office: the
contract's nominal that nothing else names gives null, not X. A holder with no portfolio
written, or with the same one in another spelling ('Defense' / 'defence'), still fits.
'The Buffalo News reported' is a newspaper (the fitted gold's rows); a broadcaster's name on
'News' has no 'The' of its own ('Q13 News'), and keeps the channel 'other'."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_attribution_resolution_probes import _check

PORTFOLIOS = [
    (
        "Civil Aviation Minister Hardeep Singh Puri said 18 people died. The local health "
        "minister said the injured had been taken to hospital.",
        [
            ("Civil Aviation Minister Hardeep Singh Puri", "Hardeep Singh Puri"),
            ("The local health minister", None),
        ],
    ),
    (
        "Interior Minister Nancy Faeser said the suspects were arrested. The foreign minister "
        "said the embassy was closed.",
        [("Interior Minister Nancy Faeser", "Nancy Faeser"), ("The foreign minister", None)],
    ),
    # the same portfolio, however spelt, or a wider title of it: the holder
    (
        "Defense Minister Rustem Umerov said the talks would go on. The defence minister said "
        "more aid was coming.",
        [
            ("Defense Minister Rustem Umerov", "Rustem Umerov"),
            ("The defence minister", "Rustem Umerov"),
        ],
    ),
    (
        "Health Minister Veena George said 40 people were treated. The state health minister "
        "said the hospital was full.",
        [
            ("Health Minister Veena George", "Veena George"),
            ("The state health minister", "Veena George"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", PORTFOLIOS)
def test_title_of_another_portfolio_is_not_its_holder(nlp, text, expected):
    _check(nlp, text, expected)


def _channels(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = process(nlp, text)
    return [
        (doc.text[item["source_start"] : item["source_end"]], item["channel"])
        for item in doc._.news_attributions
        if item["source_start"] is not None
    ]


OUTLETS = [
    (
        "Police said two men were arrested. But The Buffalo News reported Friday that the hair "
        "was found in a packet.",
        [("Police", None), ("The Buffalo News", "newspaper")],
    ),
    (
        "The Mercury News reported that the fire began near a power line.",
        [("The Mercury News", "newspaper")],
    ),
    # a broadcaster's name on 'News' has no 'The': an outlet of no named kind
    (
        "Police said two men were arrested. Q13 News reported that the suspect fled.",
        [("Police", None), ("Q13 News", "other")],
    ),
    (
        "The pro-army Al-Nour News said 12 fighters were killed.",
        [("The pro-army Al-Nour News", "other")],
    ),
    (
        "Two men were arrested, the Al-Qahera News channel reported.",
        [("the Al-Qahera News channel", "tv_radio")],
    ),
]


@pytest.mark.parametrize("text, expected", OUTLETS)
def test_titled_news_outlet_is_a_newspaper(nlp, text, expected):
    assert _channels(nlp, text) == expected
