"""Event dates of the thirty-fourth round: a day in a clause of time on the verb that tells.

"At least 40 were killed, officials said as night fell Saturday": the day is in a clause of
time ("as", "when", "while": `telling_time_marks`) on the verb of speech that tells the harm,
so it is when the harm was told, like "officials said Saturday"; the harm takes the article's
incident day (the lead's "on Friday"), as a harm whose sentence names no day does. A day in a
clause the speaker adds ("adding that rescuers ended their search on Wednesday") or in a clause
of what came after ("after divers reached the wreck on Wednesday") still dates another clause:
the harm's day stays unknown.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-12-26."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-12-26"

#: a day of the telling's time clause leaves the harm the article's day
TELLING_TIME = [
    (
        "A bomb tore through a market on Friday. At least 40 were killed, officials said as "
        "night fell Saturday.",
        [("killed", "At least 40", "2023-12-22")],
    ),
    (
        "A bus plunged into a river on Monday. Twelve passengers drowned, police said when they "
        "briefed reporters on Tuesday.",
        [("killed", "Twelve passengers", "2023-12-25")],
    ),
    (
        "A bus plunged into a river on Monday. Twelve passengers drowned, police said while the "
        "search went on Tuesday.",
        [("killed", "Twelve passengers", "2023-12-25")],
    ),
    (
        "A storm hit the coast on Sunday. Nine people died, the agency said as the rain eased "
        "Monday.",
        [("killed", "Nine", "2023-12-24")],
    ),
    # Near forms: a clause the speaker adds, a clause of what came after.
    (
        "A ferry sank on Monday. Thirty are confirmed dead, officials said, adding that rescuers "
        "ended their search on Wednesday.",
        [("killed", "Thirty", None)],
    ),
    (
        "A ferry sank on Monday. Thirty are confirmed dead, officials said after divers reached "
        "the wreck on Wednesday.",
        [("killed", "Thirty", None)],
    ),
]

test_rows, test_tables = table_tests({"telling_time": TELLING_TIME}, dated_rows, PUBLISHED)
