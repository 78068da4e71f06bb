"""The day of a strike told after the lead, forty-first round: in "Twelve people were killed
..., the governor said on Tuesday. Rescuers worked through the night. The missile hit the
market on Monday evening." Monday is the harm's day (corpus/ANNOTATION.md: the incident's day
when the text gives it). The lead's only day is the one its report was told on, and a day on
"hit", "shelled", "rammed" or "pounded" counted as no event word's, so every undated row took
the report's day. A day on a verb of striking or attack (`attack_verbs`, a narrower class than
the occurrence verbs, which hold "come", "go", "fall") now dates the incident when no event
word's day nor the lead's own does. Near forms: a later day on another verb ("The mayor
visited the site on Monday", "Debris fell on a house") leaves the report's day; a lead that
gives its harm's day keeps it over a later strike's; a strike told with no day changes nothing.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2024-05-14."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-14"

ATTACK_DAYS = [
    (
        "Twelve people were killed and 30 were wounded in Kostiantynivka, the governor said on "
        "Tuesday. Rescuers worked through the night. The missile hit the market on Monday "
        "evening.",
        [("killed", "Twelve", "2024-05-13"), ("injured", "30", "2024-05-13")],
    ),
    (
        "Eight people were killed in the town, the regional administration said on Tuesday. "
        "Residents swept glass from the streets. Russian forces shelled the town on Sunday "
        "night.",
        [("killed", "Eight", "2024-05-12")],
    ),
    (
        "Three people were injured in the market, the police said on Tuesday. Shops stayed "
        "closed. A man rammed his car into the crowd on Monday afternoon.",
        [("injured", "Three", "2024-05-13")],
    ),
    (
        "Five people were killed in the city, the mayor said on Tuesday. Power was cut across "
        "the region. Artillery pounded the city on Monday night.",
        [("killed", "Five", "2024-05-13")],
    ),
    (
        "Two guards were wounded at the checkpoint, the ministry said on Tuesday. The road was "
        "closed. Militants detonated a car bomb at the gate on Monday evening.",
        [("injured", "Two guards", "2024-05-13")],
    ),
    # Near forms: a later day on a verb of no attack; the lead's own day; a strike with no day.
    (
        "Six people were killed in Kherson, officials said on Tuesday. Firefighters put out the "
        "blaze. The mayor visited the site on Monday.",
        [("killed", "Six", "2024-05-14")],
    ),
    (
        "Six people were killed in Kherson, officials said on Tuesday. Firefighters put out the "
        "blaze. Debris fell on a house on Monday night.",
        [("killed", "Six", "2024-05-14")],
    ),
    (
        "Six people were killed in Kherson on Sunday, officials said on Tuesday. Firefighters put "
        "out the blaze. Drones attacked the city again on Monday night.",
        [("killed", "Six", "2024-05-12")],
    ),
    (
        "Six people were killed in Kherson, officials said on Tuesday. Firefighters put out the "
        "blaze. The missile hit a school.",
        [("killed", "Six", "2024-05-14")],
    ),
]

TABLES = {"ATTACK_DAYS": ATTACK_DAYS}

test_attack_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
