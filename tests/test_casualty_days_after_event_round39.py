"""A toll dated "N days after" its incident, thirty-ninth round: in "Nine bodies were recovered
on Thursday, a day after a magnitude 5.9 earthquake struck the region" the bodies are the
earthquake's dead, and a death told later ("died on Friday, two days after the attack") keeps
its incident's day (corpus/ANNOTATION.md: the incident's day). The day of the clause took the
harm, and every figure of the article inherited it. A day followed by an appositive "N days
after" phrase naming an event (`event_nouns`) or a verb of violence now dates a killed, injured,
missing or trapped figure N days earlier. Found on disaster and war reports (set Q). Near forms:
custody is an act of its own day ("arrested on Thursday, a day after the shooting"), a harm its
own clause gives another event for ("an aftershock killed two on Thursday, a day after the
quake") keeps the clause's day, and an "after" phrase that names no event changes nothing.

Each case gives the text and (type, count text, event date) of every row; published Thursday
2024-10-17."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-10-17"

DAYS_AFTER_THE_EVENT = [
    (
        "Nine bodies were recovered from collapsed buildings on Thursday, a day after a "
        "magnitude 5.9 earthquake struck the region, officials said. The interior minister said "
        "112 people were injured.",
        [("killed", "Nine bodies", "2024-10-16"), ("injured", "112", "2024-10-16")],
    ),
    (
        "Rescuers pulled 14 people alive from the rubble on Wednesday, two days after the quake "
        "struck the province.",
        [("trapped", "14", "2024-10-14")],
    ),
    (
        "Two more people died of their wounds on Wednesday, three days after the attack on the "
        "market, doctors said.",
        [("killed", "Two more", "2024-10-13")],
    ),
    (
        "A 30-year-old woman died in hospital on Tuesday, the day after she was shot outside "
        "her home, police said.",
        [("killed", "A 30-year-old woman", "2024-10-14")],
    ),
    (
        "The death toll rose to 40 on Thursday, a day after the bombing of a bus station in the "
        "city, the ministry said.",
        [("killed", "40", "2024-10-16")],
    ),
    # Near forms: custody, a harm of its own event, an "after" phrase with no event.
    (
        "Police arrested two men on Thursday, a day after the shooting at a bar.",
        [("detained", "two men", "2024-10-17")],
    ),
    (
        "An aftershock killed two people on Thursday, a day after the quake, officials said.",
        [("killed", "two", "2024-10-17")],
    ),
    (
        "Two soldiers were killed on Wednesday, a day after the talks ended in Doha.",
        [("killed", "Two soldiers", "2024-10-16")],
    ),
]

TABLES = {"DAYS_AFTER_THE_EVENT": DAYS_AFTER_THE_EVENT}

test_days_after_event, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
