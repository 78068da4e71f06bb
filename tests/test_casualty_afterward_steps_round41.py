"""Flight and arrests told as coming since, forty-first round: in "A strike on a village killed
17 people on Monday. About 3,000 residents of nearby villages have since fled into the forest"
the flight came at an untold time after the strike (the fitted gold leaves such rows null), yet
the row took the article's incident day, as a row whose sentence gives no day does. A
displacement or custody row whose verb takes an `afterward_adverbs` adverb ("since") is now
dated by no day. Near forms: the same flight or arrest told without it, or with "later"
(which the fitted gold dates by the incident), keeps the incident's day.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2024-05-14."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-14"

AFTERWARD_STEPS = [
    (
        "A strike on a village killed 17 people on Monday. About 3,000 residents of nearby "
        "villages have since fled into the forest, officials said.",
        [
            ("killed", "17", "2024-05-13"),
            ("displaced", "About 3,000 residents of nearby villages", None),
        ],
    ),
    (
        "Shelling killed eight people in the town on Monday. Hundreds of families have since "
        "fled the area.",
        [("killed", "eight", "2024-05-13"), ("displaced", "Hundreds of families", None)],
    ),
    (
        "A gunman killed two people at a bar on Sunday. The suspect has since been arrested.",
        [("killed", "two", "2024-05-12"), ("detained", "The suspect", None)],
    ),
    (
        "A bomb killed four people at a market on Monday. Two men have since been detained in "
        "connection with the attack.",
        [("killed", "four", "2024-05-13"), ("detained", "Two men", None)],
    ),
    (
        "A gunman killed two people at a bar on Sunday. Police have since detained his brother.",
        [("killed", "two", "2024-05-12"), ("detained", "his brother", None)],
    ),
    # Near forms: no adverb; "later".
    (
        "A strike on a village killed 17 people on Monday. About 3,000 residents fled into the "
        "forest, officials said.",
        [("killed", "17", "2024-05-13"), ("displaced", "About 3,000 residents", "2024-05-13")],
    ),
    (
        "A gunman killed two people at a bar on Sunday. The suspect was later arrested.",
        [("killed", "two", "2024-05-12"), ("detained", "The suspect", "2024-05-12")],
    ),
]

TABLES = {"AFTERWARD_STEPS": AFTERWARD_STEPS}

test_afterward_steps, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
