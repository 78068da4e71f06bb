"""The date of a harm told in a relative clause on an event noun, twenty-first round.

"Two teens were arrested Wednesday in connection with a November shooting that killed a
15-year-old": the harm the relative clause tells is the shooting's, dated by the date on the
noun ("a November shooting", "a May 20 shooting", "a Friday shooting"), not by the day of the
clause the noun sits in (the arrest's, the identification's). A month or year on the noun leaves
the harm without a day. Without a date on the noun, the clause's day dates the harm as before.

Each case gives the text and (type, count text, event date) of every row."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-04"


#: a date on the event noun whose relative clause tells the harm
EVENT_NOUN_DATE = [
    (
        "Two teens were arrested Wednesday in connection with a November shooting that killed "
        "a 15-year-old.",
        [("detained", "Two teens", "2023-05-31"), ("killed", "a 15-year-old", None)],
    ),
    (
        "Police on Friday identified suspects in a May 20 shooting that left one man dead.",
        [("killed", "one man", "2023-05-20")],
    ),
    (
        "A grand jury on Thursday indicted a man in a 2021 stabbing that wounded three people.",
        [("injured", "three", None)],
    ),
    (
        "Officers on Sunday arrested a suspect in a Friday shooting that wounded two men.",
        [("detained", "a suspect", "2023-06-04"), ("injured", "two men", "2023-06-02")],
    ),
    # Near forms: no date on the noun, the clause's day dates the harm.
    (
        "Police on Friday identified suspects in a shooting that left one man dead.",
        [("killed", "one man", "2023-06-02")],
    ),
    (
        "Officers on Sunday arrested a suspect in a shooting that wounded two men.",
        [("detained", "a suspect", "2023-06-04"), ("injured", "two men", "2023-06-04")],
    ),
]

TABLES = {"EVENT_NOUN_DATE": EVENT_NOUN_DATE}

test_event_noun_dates_date_the_harm, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
