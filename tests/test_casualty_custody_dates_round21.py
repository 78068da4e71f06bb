"""The days of custody rows, twenty-first round (the GVA gold's custody rows).

A custody told as the state at the time of writing ("He remains in custody", "was being held in
the county jail", "is jailed without bond") has no event date, even when it repeats an arrest
that has one: the arrest's day is not inherited. A day a custody's sentence gives the crime the
arrest is for ("arrested in connection with a double shooting Thursday", "in the May 28
stabbing", "an arrest in a shooting that left three wounded Thursday night") dates that crime,
not the arrest; and an arrest's own day is not the article's incident day, which the crime's
day is ("arrested on Saturday in connection with the shooting on May 14" dates the deaths May
14). An arrest's own day and an arrest told with the incident keep their day.

Each case gives the text and (type, count text, event date) of every row."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-04"


#: a custody told as a present state, after an arrest with a day of its own
CUSTODY_STATE = [
    (
        "Two men were shot outside a bar on Friday night. Police arrested a suspect on "
        "Saturday. He remains in custody at the county jail.",
        [
            ("injured", "Two men", "2023-06-02"),
            ("detained", "a suspect", "2023-06-03"),
            ("detained", "He", None),
        ],
    ),
    (
        "Two men were shot outside a bar on Friday night. Police arrested a suspect on "
        "Saturday. He was being held in the county jail.",
        [
            ("injured", "Two men", "2023-06-02"),
            ("detained", "a suspect", "2023-06-03"),
            ("detained", "He", None),
        ],
    ),
    (
        "Two men were shot outside a bar on Friday night. Police arrested a suspect on "
        "Saturday. He is jailed without bond.",
        [
            ("injured", "Two men", "2023-06-02"),
            ("detained", "a suspect", "2023-06-03"),
            ("detained", "He", None),
        ],
    ),
    (
        "A cashier was wounded in a robbery on Tuesday. Officers arrested a woman on "
        "Wednesday. She has been booked into the county jail.",
        [
            ("injured", "A cashier", "2023-05-30"),
            ("detained", "a woman", "2023-05-31"),
            ("detained", "She", None),
        ],
    ),
    # Near forms: an arrest told in the past keeps its own day, or the incident's.
    (
        "Two men were shot outside a bar on Friday night. A suspect was arrested at the scene.",
        [("injured", "Two men", "2023-06-02"), ("detained", "A suspect", "2023-06-02")],
    ),
    (
        "A cashier was wounded in a robbery on Tuesday. Officers arrested a woman on Wednesday.",
        [("injured", "A cashier", "2023-05-30"), ("detained", "a woman", "2023-05-31")],
    ),
]

#: a day the custody's sentence gives the crime, not the arrest
CRIME_DAY = [
    (
        "A man has been arrested in connection with a double shooting Thursday in the city's "
        "east end.",
        [("detained", "A man", None)],
    ),
    (
        "Police arrested a teenager in the May 28 stabbing of a store clerk.",
        [("detained", "a teenager", None), ("injured", "a store clerk", "2023-05-28")],
    ),
    (
        "An arrest was made in a shooting that left three people wounded Thursday night.",
        [("detained", "An arrest", None), ("injured", "three", "2023-06-01")],
    ),
    (
        "Detectives are still investigating a house party shooting that left two people dead. "
        "A third suspect was arrested on Saturday in connection with the shooting on May 14.",
        [("killed", "two", "2023-05-14"), ("detained", "A third suspect", "2023-06-03")],
    ),
    # Near forms: a day on the arrest itself dates it.
    (
        "A man was arrested Thursday in connection with a shooting in the city's east end.",
        [("detained", "A man", "2023-06-01")],
    ),
    (
        "Two people were killed at a house party on May 14. A third suspect was arrested on "
        "Saturday in connection with the shooting.",
        [("killed", "Two", "2023-05-14"), ("detained", "A third suspect", "2023-06-03")],
    ),
]

TABLES = {"CUSTODY_STATE": CUSTODY_STATE, "CRIME_DAY": CRIME_DAY}

test_custody_rows_give_their_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
