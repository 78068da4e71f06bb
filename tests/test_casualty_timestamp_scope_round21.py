"""A timestamp, twenty-first round: "as of Monday afternoon" says when a figure was read. On a
perfect-tense verb it tallies up to that moment ("the virus had killed 813 as of yesterday",
cumulative as before); on a state or a simple tense ("three remained hospitalized as of Monday
afternoon", "were taken to a hospital, their conditions are unknown as of Thursday morning")
it counts the incident's people at that time, an incident figure that the totals hold (the GVA
annotators' rows: four in three articles).

Each case gives the text and (type, count text, time scope, counts toward total) of every row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2016-07-27"


#: "as of" on a state or a simple tense: the incident's figure at that time
AS_OF_A_SNAPSHOT = [
    (
        "A gunman fired into a crowd on Sunday. Four patients remained hospitalized at Mercy "
        "Hospital as of Monday evening.",
        [("injured", "Four patients", "incident", True)],
    ),
    (
        "A man opened fire outside a bar on Friday. Two women were taken to a hospital, their "
        "conditions are unknown as of Saturday morning.",
        [("injured", "Two women", "incident", True)],
    ),
    (
        "Shots were fired at a cookout on Saturday. As of Sunday night, five victims were in "
        "stable condition at County General.",
        [("injured", "five victims", "incident", True)],
    ),
    # Near forms: a perfect tense tallies up to the moment, with "as of" or "so far".
    (
        "As of Wednesday, the outbreak has killed 64 people in the region.",
        [("killed", "64", "cumulative", False)],
    ),
    (
        "The fever had killed 27 people across the province as of last week.",
        [("killed", "27", "cumulative", False)],
    ),
    (
        "So far, 150 people have been killed in the fighting, officials said.",
        [("killed", "150", "cumulative", False)],
    ),
]

test_rows, test_tables = table_tests({"as_of_a_snapshot": AS_OF_A_SNAPSHOT}, scoped_rows, PUBLISHED)
