"""A rate word on a scheduled occasion, thirty-ninth round: "a drone strike on a weekly market
killed nine civilians" tells how often the market is held, not how often people are killed, yet
"weekly" made the figure periodic (no event date, not counted). A rate word that modifies a
gathering, trade or service held on a schedule (`recurring_occasion_nouns`: a market, prayers,
a ferry, a service) now leaves the harm one incident. Found on war round-ups (set O). Near
forms: a rate on the harm itself ("every day", "daily", on the verb or the harm noun) keeps the
figure periodic.

Each case gives the text and (type, count text, time scope, counts toward total) of every
row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2024-10-20"

RATE_ON_AN_OCCASION = [
    (
        "A drone strike on a weekly market in the town of Um Sumeima killed nine civilians on "
        "Saturday, a medical group said.",
        [("killed", "nine civilians", "incident", True)],
    ),
    (
        "Gunmen killed 12 worshippers during weekly prayers at a mosque in the village of "
        "Tillia, officials said.",
        [("killed", "12 worshippers", "incident", True)],
    ),
    (
        "The daily ferry capsized on the lake on Friday, killing 23 passengers, police said.",
        [("killed", "23 passengers", "incident", True)],
    ),
    (
        "A suicide bomber struck a monthly meeting of tribal elders, killing 14 people and "
        "wounding 30.",
        [("killed", "14", "incident", True), ("injured", "30", "incident", True)],
    ),
    (
        "Shells hit the weekly cattle market near the border, wounding eight herders.",
        [("injured", "eight herders", "incident", True)],
    ),
    # Near forms: the rate is the harm's own, on its verb or its noun.
    (
        "Snipers kill three people every day in the city, residents said.",
        [("killed", "three", "periodic", False)],
    ),
    (
        "Near the market, about 40 people are wounded daily by shelling, doctors said.",
        [("injured", "about 40", "periodic", False)],
    ),
]

TABLES = {"RATE_ON_AN_OCCASION": RATE_ON_AN_OCCASION}

test_occasion_rates, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)
