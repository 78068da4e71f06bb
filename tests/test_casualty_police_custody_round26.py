"""Police custody told without 'arrest' or 'custody', twenty-sixth round: a person taken or
brought to a police station, taken or held for questioning, booked with a charge, or sitting at
a city's Central Booking is held by the police (`detained`), as the fitted GVA gold marks each
(GVA g4, g10, g11, g14). Near forms: a person wanted for questioning (sought, not held), a
performer booked for a show, a police station as a place of something else, and a witness
answering questions at home give no detention.

Each case gives the text and (type, count text) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2019-05-20"


def typed_rows(doc) -> list[tuple[str, str]]:
    """(type, count text) of every row, in text order."""
    return [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]


POLICE_CUSTODY = [
    (
        "The driver fled on foot but was caught by deputies and taken to the police station.",
        [("detained", "The driver")],
    ),
    (
        "Two teenagers were brought to police headquarters after the fight on Elm Street.",
        [("detained", "Two teenagers")],
    ),
    (
        "A woman was taken to the Marion County Sheriff's Office for questioning on Sunday.",
        [("detained", "A woman")],
    ),
    (
        "Three men were brought in for questioning after the robbery, officers said.",
        [("detained", "Three men")],
    ),
    (
        "Marcus Reed, 24, was booked with second-degree murder on Friday.",
        [("detained", "Marcus Reed")],
    ),
    (
        "Police charged Dana Lowe with assault. She is now at Central Booking awaiting a hearing.",
        [("detained", "She")],
    ),
    # Near forms: sought, not held; a booking of a show; a station as a place; a witness.
    ("Police said a second man is wanted for questioning in the case.", []),
    ("The singer was booked for a concert at the county fair next month.", []),
    ("A fire broke out near the police station on Main Street on Friday.", []),
    ("The neighbor answered questioning from detectives at her home for an hour.", []),
]

TABLES = {"POLICE_CUSTODY": POLICE_CUSTODY}

test_police_custody_gives_its_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, typed_rows, PUBLISHED
)
