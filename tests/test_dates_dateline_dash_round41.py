"""The dates stage, forty-first round: a dateline's date and its dash.

The model's date span can run a wire dateline's date on across the dash that ends the
dateline into the first word of the story ("KYIV, May 14 - Russian drones ..." gave the date
"May 14 - Russian"). A dash standing alone between spaces before a word that carries no time
ends the date. Near forms: a range across a spaced dash ("Monday - Friday", "1994 - 1997") is
still cut into its two dates, and a date before a dash the model does not run across keeps
its span.

Each case gives the text and (span text, value, kind) of every date; published Sunday
2023-06-04."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_dates_overnight_round33 import _found

PUBLISHED = "2023-06-04"

#: a dateline's date run across its dash into the story's first word
DATELINE_DASH = [
    (
        "KYIV, May 14 - Russian drones killed three people.",
        [("May 14", "2023-05-14", "date")],
    ),
    (
        "WASHINGTON, Jan 5 - American officials said two soldiers died.",
        [("Jan 5", "2023-01-05", "date")],
    ),
    (
        "PARIS, March 3 - French police detained four people.",
        [("March 3", "2023-03-03", "date")],
    ),
    (
        "ODESA, Ukraine, May 14 - Russian missiles struck the port.",
        [("May 14", "2023-05-14", "date")],
    ),
    (
        "KYIV, May 14 - Ukraine said the drones killed three people.",
        [("May 14", "2023-05-14", "date")],
    ),
    # Near forms: a range across a spaced dash; a date the model stops before the dash.
    (
        "The office is open Monday - Friday.",
        [("Monday", "2023-05-29", "date"), ("Friday", "2023-06-02", "date")],
    ),
    (
        "The exhibition ran from 1994 - 1997 at the museum.",
        [("1994", "1994", "date"), ("1997", "1997", "date")],
    ),
    (
        "LONDON, June 3 - British police arrested two men.",
        [("June 3", "2023-06-03", "date")],
    ),
]

TABLES = {"DATELINE_DASH": DATELINE_DASH}

test_dateline_dates_end_at_the_dash, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _found, PUBLISHED
)
