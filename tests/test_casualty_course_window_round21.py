"""A window opened by a cue that ends in "of", twenty-first round: "over the course of three
hours" names the span of one incident, as "over the last 48 hours" does; the window check read
every cue ending in "of" as one closed by its unit ("three days of fighting") and took "course"
for the unit, so the figure became a tally (a plain bug; the GVA gold's "Three shootings left
six people wounded over the course of three hours" is an incident row). A long window ("over the
course of two months", "the year") stays a tally, and a cue closed by its unit reads as before.

Each case gives the text and (type, count text, time scope, counts toward total) of every row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2016-08-10"


#: "over the course of" a few hours or days: one incident's span
COURSE_OF_A_SHORT_WINDOW = [
    (
        "A gunman opened fire on Sunday. Six people were wounded over the course of three "
        "hours, police said.",
        [("injured", "Six", "incident", True)],
    ),
    (
        "Two shootings left five people wounded over the course of four hours on Saturday.",
        [("injured", "five", "incident", True)],
    ),
    (
        "Over the course of two days, the storm killed 14 people in the county.",
        [("killed", "14", "incident", True)],
    ),
    # Near forms: a long window is a tally; a cue closed by its unit reads as before.
    (
        "Gunmen have killed 40 villagers over the course of two months, officials said.",
        [("killed", "40 villagers", "cumulative", False)],
    ),
    (
        "Militants have killed 30 people over the course of the year, officials said.",
        [("killed", "30", "cumulative", False)],
    ),
    (
        "At least 20 people died in three days of fighting, officials said.",
        [("killed", "At least 20", "incident", True)],
    ),
]

test_rows, test_tables = table_tests(
    {"course_of_a_short_window": COURSE_OF_A_SHORT_WINDOW}, scoped_rows, PUBLISHED
)
