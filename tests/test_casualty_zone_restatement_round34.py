"""Event dates of the thirty-fourth round: a day restated in brackets in another time zone.

"At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck": the bracket gives
the same moment in UTC, whose day is the day before; the harm took the bracket's day, the
nearer one. A day in brackets that name a zone (`restating_zones`: "UTC", "GMT") is left out
when the sentence names another day, which then dates the harm. A bracket with no zone word,
or a bracketed day that is the sentence's only one, still dates it.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-12-26."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-12-26"

#: the local day outside the brackets dates the harm
ZONE_RESTATEMENT = [
    (
        "At 5:10 local time on Tuesday (2110 Monday, UTC), an earthquake struck the island, "
        "injuring at least 12 people.",
        [("injured", "at least 12", "2023-12-26")],
    ),
    (
        "At 3:30 a.m. local time on Sunday (1830 Saturday, GMT), a landslide buried a village, "
        "killing nine people.",
        [("killed", "nine", "2023-12-24")],
    ),
    (
        "A ferry capsized at 6 a.m. on Thursday (2200 Wednesday, UTC), and at least 14 "
        "passengers drowned.",
        [("killed", "at least 14 passengers", "2023-12-21")],
    ),
    (
        "At 7:15 p.m. on Friday (0015 Saturday, UTC), a bomb exploded in a market, wounding 20 "
        "people.",
        [("injured", "20", "2023-12-22")],
    ),
    # Near forms: the bracketed day the only one; a bracket with no zone word.
    (
        "An earthquake struck the island (at 2110 Monday, UTC), injuring at least 12 people.",
        [("injured", "at least 12", "2023-12-25")],
    ),
    (
        "A landslide buried a village on Sunday (a market day), killing nine people.",
        [("killed", "nine", "2023-12-24")],
    ),
]

test_rows, test_tables = table_tests({"zone_restatement": ZONE_RESTATEMENT}, dated_rows, PUBLISHED)
