"""Rate words on a thing that recurs, thirty-ninth round: "a drone strike on a weekly market
killed nine" was read as nine killed every week. A rate adjective rates the harm only when its
noun is the harm, a toll or people; "a weekly market", "a daily bus service", "the weekly
prayers", "the daily ferry" are things held again and again, hit once. Found on war reports
(set O). Near forms: a rate on the harm noun or the toll, or a rate adverbial, stays periodic.

Each case gives the text and (type, count text, time_scope, counts toward total) of every row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2024-10-20"

RATE_ON_OTHER_NOUN = [
    (
        "A drone strike on a weekly market in the town killed nine civilians on Saturday.",
        [("killed", "nine civilians", "incident", True)],
    ),
    (
        "Gunmen attacked a daily bus service near the border, killing six passengers.",
        [("killed", "six passengers", "incident", True)],
    ),
    (
        "A bomb hit the weekly prayers at the mosque, killing 12 worshippers.",
        [("killed", "12 worshippers", "incident", True)],
    ),
    (
        "A shell struck a monthly food distribution, wounding 20 people.",
        [("injured", "20", "incident", True)],
    ),
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
    # Near forms: the rate on the toll or the harm itself, or a rate adverbial.
    (
        "The daily toll of 30 deaths has held for weeks.",
        [("killed", "30 deaths", "periodic", False)],
    ),
    (
        "Daily killings of 40 people have been reported in the region.",
        [("killed", "40", "periodic", False)],
    ),
    (
        "About 15 people are killed there every day.",
        [("killed", "About 15", "periodic", False)],
    ),
    (
        "Snipers kill three people every day in the city, residents said.",
        [("killed", "three", "periodic", False)],
    ),
    (
        "Near the market, about 40 people are wounded daily by shelling, doctors said.",
        [("injured", "about 40", "periodic", False)],
    ),
]

TABLES = {"RATE_ON_OTHER_NOUN": RATE_ON_OTHER_NOUN}

test_rate_nouns_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)
