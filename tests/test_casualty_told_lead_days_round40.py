"""The lead's report day, fortieth round: in "Twelve people were killed ..., the governor said
on Tuesday. The missile hit the market on Monday evening, he said." Tuesday is the day the toll
was told, Monday the harm's (corpus/ANNOTATION.md: the incident's day, else the incident date
the article states). The harm's sentence drops its report day, but the article's incident day
was the lead's first day, the report day, so every undated row took it. A day of the lead that
hangs on a verb of speech or report now comes after every other source of the article's day
(a day on an event word, another day of the lead, a responders' day, the scene's day). Near
forms: a lead whose only day is the report day keeps it, as the fitted gold's "police said on
Monday they had taken three people into custody" does; a harm day in the harm's own sentence
keeps it.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2024-05-14."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-14"

TOLD_LEAD_DAYS = [
    (
        "Twelve people were killed and 30 were wounded in a missile strike on a market in "
        "Kostiantynivka, the governor said on Tuesday. The missile hit the market on Monday "
        "evening, he said.",
        [("killed", "Twelve", "2024-05-13"), ("injured", "30", "2024-05-13")],
    ),
    (
        "Three miners died in the collapse of a shaft, the company announced on Tuesday. The "
        "shaft caved in on Saturday.",
        [("killed", "Three miners", "2024-05-11")],
    ),
    (
        "Six people were injured at a fuel depot in Dnipro, the regional governor wrote on "
        "Telegram on Tuesday. A drone hit the depot on Monday morning.",
        [("injured", "Six", "2024-05-13")],
    ),
    (
        "Nine people were killed in a train crash in the north of the country, the rail "
        "operator confirmed on Tuesday. The train derailed on Sunday evening.",
        [("killed", "Nine", "2024-05-12")],
    ),
    (
        "Two firefighters were hurt at a chemical plant, the company said on Tuesday. A tank "
        "exploded at the plant on Monday.",
        [("injured", "Two firefighters", "2024-05-13")],
    ),
    # Near forms: the report day is the only day; the harm's own sentence gives its day.
    (
        "Four people were killed in a fire at a hostel, the fire brigade said on Tuesday. "
        "Firefighters searched the building for hours.",
        [("killed", "Four", "2024-05-14")],
    ),
    (
        "Police said on Tuesday that they had arrested two men in connection with the robbery "
        "of a jewellery store.",
        [("detained", "two men", "2024-05-14")],
    ),
    (
        "Twelve people were killed in a missile strike on a market on Monday, the governor said "
        "on Tuesday.",
        [("killed", "Twelve", "2024-05-13")],
    ),
]

TABLES = {"TOLD_LEAD_DAYS": TOLD_LEAD_DAYS}

test_told_lead_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
