"""Attribution constructions left by the earlier rounds, generalised from the fitted misses of
the Wikinews corpus and the GVA crime pages. Each table gives wordings written for this round
that the pipeline got wrong and near forms beside them that must keep their reading.

Each case gives the text and what every row must hold, in the order of the rows, as tuples of
the fields the table is about (see `tests.test_attribution_probes._fields`).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

# -- 'killed in the 900 block of North Rockton Ave. as Jamario Crawford' -----------------------
# spaCy splits 'Ave.', 'Rd.', 'Blvd.' into the word and a stop, and the parser ended the
# sentence at the stop: the report lost the words after the address and the cue with them. A
# stop written on a capitalised word and followed by a lower-case word is an abbreviation's
# point (news_abbreviations). Near forms: an address that ends its sentence before a capital
# keeps the boundary.
ABBREVIATED_STREET_CASES = [
    (
        "The coroner's office identified the teenager killed near Division Ave. as Marcus Bell.",
        [
            (
                "The coroner's office",
                "identified",
                "the teenager killed near Division Ave. as Marcus Bell",
            )
        ],
    ),
    (
        "The boy was hit by a stray bullet while playing on Mercer Ave. with his cousins, his "
        "mother said.",
        [
            (
                "his mother",
                "said",
                "The boy was hit by a stray bullet while playing on Mercer Ave. with his cousins",
            )
        ],
    ),
    (
        "The woman was walking her dog along Foster Rd. when she was struck, police said.",
        [("police", "said", "The woman was walking her dog along Foster Rd. when she was struck")],
    ),
    (
        "A man opened fire on a crowd in the 300 block of Ridge Rd. around midnight, officers "
        "said.",
        [
            (
                "officers",
                "said",
                "A man opened fire on a crowd in the 300 block of Ridge Rd. around midnight",
            )
        ],
    ),
    # near forms
    (
        "The victim was found on Linden Ave. He had been shot twice, police said.",
        [("police", "said", "He had been shot twice")],
    ),
    (
        "Two men were shot on Kelton Ave. Officers said one of them died.",
        [("Officers", "said", "one of them died")],
    ),
    (
        "The body was found on Kings Hwy. Investigators said the man had been stabbed.",
        [("Investigators", "said", "the man had been stabbed")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), ABBREVIATED_STREET_CASES, ids=[c[0][:40] for c in ABBREVIATED_STREET_CASES]
)
def test_an_abbreviated_street_ends_no_sentence_before_lower_case(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_abbreviated_street_table():
    assert_wordings_and_near_forms(ABBREVIATED_STREET_CASES)
