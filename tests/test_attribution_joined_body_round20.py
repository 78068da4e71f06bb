"""`source_resolved` of a joined source whose first part is a bare body noun, round 20: 'The
police and prosecutors said' resolves as 'The police said' would, to the police body the
article names later ('a spokesman for the Newark Police Department'), as the contract
resolves a joined source to its first part. A body noun set apart by a clause is still no
such body, and nothing resolves where the article names no body. Each case is the text and
the (source as written, `source_resolved`) pair of every row in order (the helpers of
`test_attribution_resolution_probes`)."""

from __future__ import annotations

import pytest

from tests.test_attribution_resolution_probes import _check

JOINED_BODY_NAMED_LATER = [
    (
        "A task force began work in Toledo. The police and prosecutors said they had a suspect. "
        "Lt. Ann Baker, a spokeswoman for the Toledo Police Department, said an arrest was "
        "near.",
        [
            ("The police and prosecutors", "Toledo Police Department"),
            ("Lt. Ann Baker, a spokeswoman for the Toledo Police Department", "Ann Baker"),
        ],
    ),
    (
        "Three men were shot in a parking lot. Police and prosecutors said the attack was "
        "planned. Officer Dan Ruiz of the Fresno Police Department said no arrests had been "
        "made.",
        [
            ("Police and prosecutors", "Fresno Police Department"),
            ("Officer Dan Ruiz of the Fresno Police Department", "Dan Ruiz"),
        ],
    ),
]

JOINED_BODY_NEAR = [
    # the bare noun alone already resolves so
    (
        "Three men were shot in a parking lot. Police said the attack was planned. Officer Dan "
        "Ruiz of the Fresno Police Department said no arrests had been made.",
        [
            ("Police", "Fresno Police Department"),
            ("Officer Dan Ruiz of the Fresno Police Department", "Dan Ruiz"),
        ],
    ),
    # no police body named: nothing to resolve to
    (
        "Three men were shot in a parking lot. Police and prosecutors said the attack was "
        "planned. Officer Dan Ruiz said no arrests had been made.",
        [("Police and prosecutors", None), ("Officer Dan Ruiz", "Dan Ruiz")],
    ),
    (
        "A task force began work in Toledo. The police and prosecutors said they had a suspect.",
        [("The police and prosecutors", None)],
    ),
]


@pytest.mark.parametrize("text, expected", JOINED_BODY_NAMED_LATER + JOINED_BODY_NEAR)
def test_joined_source_resolves_its_first_body_noun(nlp, text, expected):
    _check(nlp, text, expected)
