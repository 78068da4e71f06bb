"""Event dates of the thirtieth round.

A figure whose sentence names no day takes the article's incident day, the first a harm sentence
states (`_carry_dates`). A repeat or part of an earlier figure that has a day of its own ("Four
men were shot on Monday night ... All four men were hospitalized") happened on that figure's
day: the article's day, carried over to it, gives way (`_inherit_dates`), as it would when the
article's first day is another incident's ("A woman was killed in a crash on Saturday").

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-06-06."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-06"


#: a repeat or part of a dated figure, in an article whose first day is another incident's
REPEAT_TAKES_ITS_FIGURES_DAY = [
    (
        "A woman was killed in a crash on Saturday.\n\nFour men were shot on Monday night in a "
        "park. All four men were hospitalized.",
        [
            ("killed", "A woman", "2023-06-03"),
            ("injured", "Four men", "2023-06-05"),
            ("injured", "four men", "2023-06-05"),
        ],
    ),
    (
        "A woman was killed in a crash on Saturday.\n\nFour men were shot on Monday night in a "
        "park. One of them is in critical condition.",
        [
            ("killed", "A woman", "2023-06-03"),
            ("injured", "Four men", "2023-06-05"),
            ("injured", "One of them", "2023-06-05"),
        ],
    ),
    (
        "A woman was stabbed on Saturday near the station.\n\nTwo teenagers were wounded in a "
        "shooting on Monday. Both teenagers were taken to a hospital.",
        [
            ("injured", "A woman", "2023-06-03"),
            ("injured", "Two teenagers", "2023-06-05"),
            ("injured", "Both teenagers", "2023-06-05"),
        ],
    ),
    (
        "A man was found dead in his car on Saturday.\n\nThree people were hurt when a gunman "
        "opened fire on a bus on Monday. Two of the victims were children.",
        [
            ("killed", "A man", "2023-06-03"),
            ("injured", "Three", "2023-06-05"),
            ("injured", "Two of the victims", "2023-06-05"),
        ],
    ),
    # Near forms: a figure with no day of its own, and a figure of no dated group, keep the
    # article's day.
    (
        "A woman was killed in a crash on Saturday.\n\nFour men were wounded in a park. All "
        "four men were hospitalized.",
        [
            ("killed", "A woman", "2023-06-03"),
            ("injured", "Four men", "2023-06-03"),
            ("injured", "four men", "2023-06-03"),
        ],
    ),
    (
        "A woman was killed in a crash on Saturday. Her husband was injured.",
        [("killed", "A woman", "2023-06-03"), ("injured", "Her husband", "2023-06-03")],
    ),
]

TABLES = {"REPEAT_TAKES_ITS_FIGURES_DAY": REPEAT_TAKES_ITS_FIGURES_DAY}

test_event_dates, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
