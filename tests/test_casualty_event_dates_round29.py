"""A bare clock time after a background day, twenty-ninth round.

"Two men were shot early Sunday ... (new paragraph) The bar had lost its licence on March 2.
(new paragraph) A third man was wounded at 2:15 p.m.": a day far from publication, told in its
own paragraph of a story that is on days near publication, is background; a later clock time
without a day of its own is on the article's day, not on the background day, so the harm it
dates stays in the story's incident. In its own paragraph ("... on March 2, and at 11 p.m.
that night"), or in a story told on the far day ("On March 2, a gunman ..."), the far day still
dates the clock time.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-06-06."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-06"


#: a clock time in a later paragraph than a far background day
CLOCK_AFTER_BACKGROUND_DAY = [
    (
        "Two men were shot early Sunday outside a bar.\n\nThe bar had lost its licence on "
        "March 2.\n\nA third man was wounded at 2:15 p.m.",
        [("injured", "Two men", "2023-06-04"), ("injured", "A third man", "2023-06-04")],
    ),
    (
        "Two men were shot early Sunday outside a bar.\n\nThe bar had lost its licence on "
        "March 2.\n\nAt a 10 a.m. briefing, doctors said a total of 20 people had been hurt.",
        [("injured", "Two men", "2023-06-04"), ("injured", "a total of 20", "2023-06-04")],
    ),
    (
        "Three people were killed in a crash on Monday.\n\nThe driver had been convicted of "
        "speeding on January 9, 2022.\n\nAt 4 p.m. the police said a fourth person had died.",
        [("killed", "Three", "2023-06-05"), ("killed", "a fourth person", "2023-06-05")],
    ),
    (
        "A woman was stabbed late Saturday in a park.\n\nThe park's gates had been closed "
        "since April 12 after vandalism.\n\nShe died at 6:40 a.m., a police spokesman said.",
        [("killed", "A woman", "2023-06-03"), ("killed", "She", "2023-06-03")],
    ),
    # Near forms: the far day in the clock time's own paragraph, or the story's own day.
    (
        "Two men were shot early Sunday outside a bar.\n\nThe bar had lost its licence on "
        "March 2, and at 11 p.m. that night a guard was stabbed.",
        [("injured", "Two men", "2023-06-04"), ("injured", "a guard", "2023-03-02")],
    ),
    (
        "On March 2, a gunman opened fire in a mall.\n\nAt 3 p.m. police said five people had "
        "been killed.",
        [("killed", "five", "2023-03-02")],
    ),
    (
        "Two men were shot early Sunday outside a bar.\n\nA third man was wounded at 2:15 p.m.",
        [("injured", "Two men", "2023-06-04"), ("injured", "A third man", "2023-06-04")],
    ),
]

TABLES = {"CLOCK_AFTER_BACKGROUND_DAY": CLOCK_AFTER_BACKGROUND_DAY}

test_clock_after_background_day_dates, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
