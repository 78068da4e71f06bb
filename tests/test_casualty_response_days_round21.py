"""The incident day from an emergency response, twenty-first round (the GVA gold's local
reports).

A local report often gives its incident's day only in the sentence that tells when responders
were called out ("Emergency crews were called to the house around 2:20 p.m. on Thursday",
"deputies were dispatched on Saturday afternoon"), after a dateline or a lead with no day: that
day dates the figures whose sentences give none, when no event word's day nor the lead's does.
A day on another verb ("Neighbours gathered outside on Tuesday") tells no incident day, and a
day the harm's own sentence gives stays.

Each case gives the text and (type, count text, event date) of every row."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-04"


#: a day only the responders' sentence gives
RESPONSE_DAY = [
    (
        "A toddler died after a shooting at an apartment complex. A man has been charged in "
        "the case. Paramedics were called to the apartment around 5 p.m. on Tuesday.",
        [("killed", "A toddler", "2023-05-30")],
    ),
    (
        "A boy was wounded in an accidental shooting. His father was not charged. Deputies "
        "were dispatched to the home on Saturday afternoon.",
        [("injured", "A boy", "2023-06-03")],
    ),
    (
        "A teenager was hurt in a shooting. The investigation continues. Officers responded "
        "to the house shortly after 9 p.m. Thursday.",
        [("injured", "A teenager", "2023-06-01")],
    ),
    (
        "A woman was shot in the leg at a park. Her condition is stable. Medics rushed to the "
        "park on Wednesday evening.",
        [("injured", "A woman", "2023-05-31")],
    ),
    # Near forms: a day on a verb of no response, and the harm's own day.
    (
        "A toddler died after a shooting at an apartment complex. A man has been charged in "
        "the case. Neighbours gathered outside the apartment on Tuesday.",
        [("killed", "A toddler", None)],
    ),
    (
        "A boy was wounded in an accidental shooting on Friday. His father was not charged. "
        "Deputies were dispatched to the home again on Saturday.",
        [("injured", "A boy", "2023-06-02")],
    ),
]

TABLES = {"RESPONSE_DAY": RESPONSE_DAY}

test_response_days_date_the_incident, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
