"""Event dates of the thirty-third round: harms of an older incident the article recalls.

When no row's sentence states a day and the first harm is dated by a month or year ("was
murdered last March", "was killed in 2019") that the day found for the article ("On Thursday,
the widow spoke to reporters") does not fall in, that day is of the news about the older harm:
no later row takes it. A month that holds the day ("this month") keeps it.

A row that repeats or is part of a figure of an older event the article first names with its
year ("the market bombing of 1998 ... The bombing killed 60 people. Twelve of the dead were
children") is of that event, not of the day carried from the article's news ("died in prison
on Sunday"). An event named with no year keeps the carried day.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-12-26."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-12-26"


#: the first harm dated by an old month or year, against a day that falls in its period
OLDER_FIRST_HARM = [
    (
        "On Thursday, the widow of the journalist spoke to reporters in Geneva. The journalist "
        "was murdered last March in the embassy in Ankara.\n\nInvestigators say he was shot "
        "twice by one of the agents.",
        [("killed", "The journalist", None), ("killed", "he", None)],
    ),
    (
        "On Friday, the mother of the student addressed a rally in the capital. Her son was "
        "shot dead in May by a police officer.\n\nThe officer who shot the student has not "
        "been charged.",
        [("killed", "Her son", None), ("killed", "the student", None)],
    ),
    (
        "On Wednesday, the sister of the activist met the minister. The activist was killed in "
        "2019 during a protest.\n\nWitnesses said the activist was shot by a soldier.",
        [("killed", "The activist", None), ("killed", "the activist", None)],
    ),
    (
        "On Thursday, the family of the driver held a vigil in the town. The driver was killed "
        "in a crash last month.\n\nTwo passengers were also injured in the crash.",
        [("killed", "The driver", None), ("injured", "Two passengers", None)],
    ),
    # Near forms: a month that holds the article's day; a day on the harm itself.
    (
        "On Friday, the mother of the student addressed a rally in the capital. Her son was "
        "shot dead this month by a police officer.\n\nThe officer who shot the student has not "
        "been charged.",
        [("killed", "Her son", None), ("killed", "the student", "2023-12-22")],
    ),
    (
        "On Friday, the mother of the student addressed a rally in the capital. Her son was "
        "shot dead on Monday by a police officer.\n\nThe officer who shot the student has not "
        "been charged.",
        [("killed", "Her son", "2023-12-25"), ("killed", "the student", "2023-12-25")],
    ),
]

#: parts and repeats of a figure of an event recalled with its year, against one with none
RECALLED_EVENT_PARTS = [
    (
        "A man convicted of the market bombing of 1998 died in prison on Sunday, aged 70. The "
        "bombing killed 60 people.\n\nTwelve of the dead were children.",
        [
            ("killed", "A man", "2023-12-24"),
            ("killed", "60", None),
            ("killed", "Twelve of the dead", None),
        ],
    ),
    (
        "A man convicted of the stadium bombing of 2005 died in a hospital on Saturday. The "
        "bombing killed 40 people.\n\nThe families of the 40 people who lost their lives said "
        "justice had been done.",
        [("killed", "A man", "2023-12-23"), ("killed", "40", None), ("killed", "the 40", None)],
    ),
    (
        "The only man jailed for the ferry fire of 2002 was released on Friday. The fire killed "
        "90 passengers.\n\nEight of the dead were crew members.",
        [
            ("detained", "The only man", "2023-12-22"),
            ("killed", "90 passengers", None),
            ("killed", "Eight of the dead", None),
        ],
    ),
    (
        "The only woman convicted over the hotel siege of 2008 died on Monday. The siege left "
        "160 people dead.\n\nTen of the dead were police officers.",
        [
            ("killed", "The only woman", "2023-12-25"),
            ("killed", "160", None),
            ("killed", "Ten of the dead", None),
        ],
    ),
    # Near forms: an event named with no year; the day of the new harm itself.
    (
        "A bomb exploded in the market on Sunday. The bombing killed 60 people.\n\nTwelve of "
        "the dead were children.",
        [("killed", "60", "2023-12-24"), ("killed", "Twelve of the dead", "2023-12-24")],
    ),
    (
        "A man convicted of the market bombing of 1998 died in prison on Sunday. The bombing "
        "killed 60 people.\n\nTwelve of those killed on Sunday in a new attack on the market "
        "were children.",
        [
            ("killed", "A man", "2023-12-24"),
            ("killed", "60", None),
            ("killed", "Twelve of those", "2023-12-24"),
        ],
    ),
]

test_rows, test_tables = table_tests(
    {"older_first_harm": OLDER_FIRST_HARM, "recalled_event_parts": RECALLED_EVENT_PARTS},
    dated_rows,
    PUBLISHED,
)
