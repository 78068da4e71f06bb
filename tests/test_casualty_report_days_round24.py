"""Days that tell when a count was read or reported, twenty-fourth round.

"As of late Tuesday, 20 bodies had been recovered", "the number climbed by Tuesday, with
reports stating 107 had died", "By reports on Saturday, two died": a day that a `count_day_cues`
preposition ("as of", "as at", "by") governs, or that hangs on a `report_nouns` noun ("reports
on Saturday"), is the day the figure was known, not the day of the harm. It dates no row; the
row takes the incident's day the article states (fitted: wikinews c, e, f, g, h, i). Near forms:
a day on the harm's own clause ("On Friday, 31 bodies were recovered"), a later harm's own day,
and a possessive day on the event ("killed by Tuesday's blast", "a report on Saturday's
flooding") still date the row.

Each case gives the text and (type, count text, event date) of every row."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

#: a Sunday
PUBLISHED = "2023-06-04"

READING_DAYS = [
    (
        "A ferry capsized on a lake on Wednesday. As of late Friday, 31 bodies had been recovered.",
        [("killed", "31 bodies", "2023-05-31")],
    ),
    (
        "Gunmen opened fire at a wedding on Thursday night. As of Saturday, all six wounded "
        "guests were in stable condition.",
        [("injured", "six wounded guests", "2023-06-01")],
    ),
    (
        "A bomb exploded at a bus stop on Tuesday. The toll rose by Thursday, with hospitals "
        "saying 14 had died.",
        [("killed", "14", "2023-05-30")],
    ),
    (
        "A bridge collapsed on Wednesday. As at Friday evening, 19 people were confirmed dead.",
        [("killed", "19", "2023-05-31")],
    ),
    (
        "A gunman attacked a school on Thursday. By reports on Saturday, two students died and "
        "three others were injured.",
        [("killed", "two students", "2023-06-01"), ("injured", "three others", "2023-06-01")],
    ),
    (
        "A building collapsed in the city on Thursday. By Friday morning, rescuers had pulled "
        "12 bodies from the rubble.",
        [("killed", "12 bodies", "2023-06-01")],
    ),
    (
        "A bus crashed on Thursday. The ministry's statement on Friday said six people were "
        "killed.",
        [("killed", "six", "2023-06-01")],
    ),
    # Near forms: the harm's own day, a later harm's day, a possessive day on the event.
    (
        "A ferry capsized on a lake on Wednesday. On Friday, 31 bodies were recovered from the "
        "water.",
        [("killed", "31 bodies", "2023-06-02")],
    ),
    (
        "A bomb exploded at a bus stop on Tuesday. On Thursday, a second bomb killed 14 people "
        "at a market.",
        [("killed", "14", "2023-06-01")],
    ),
    (
        "Twelve people were killed by Tuesday's blast at the market.",
        [("killed", "Twelve", "2023-05-30")],
    ),
    (
        "A bridge collapsed on Wednesday. Nineteen people died on Friday in a second collapse.",
        [("killed", "Nineteen", "2023-06-02")],
    ),
    (
        "A storm hit the coast on Thursday. A report on Saturday's flooding said nine people "
        "drowned.",
        [("killed", "nine", "2023-06-03")],
    ),
]

TABLES = {"READING_DAYS": READING_DAYS}

test_reading_days_date_no_harm, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
