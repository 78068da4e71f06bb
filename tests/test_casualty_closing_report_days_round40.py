"""A closing report's day read as an adverbial clause, fortieth round: in "Eleven migrants
drowned off the coast of Lampedusa, the coast guard reported on Tuesday." the parse hangs
"reported" on "drowned" as an adverbial clause, so Tuesday, the day the deaths were told, took
the harm (corpus/ANNOTATION.md: the incident's day, else the incident date the article states),
and counted as another clause's day, which kept the article's own ("Their boat capsized on
Saturday night") from the row. A verb of speech after the harm's verb, with a subject of its
own and no conjunction, hung on it as an adverbial clause, now tells the harm like the
parataxis it is: its day dates neither the harm nor another clause. Near forms: with no other
day in the article the report's day stays the article's; a clause a conjunction opens ("after
police said on Tuesday that ...") is no closing report and keeps its day.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2024-05-14."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-14"

CLOSING_REPORT_DAYS = [
    (
        "Eleven migrants drowned off the coast of Lampedusa, the coast guard reported on "
        "Tuesday. Their boat capsized on Saturday night.",
        [("killed", "Eleven migrants", "2024-05-11")],
    ),
    (
        "Four people were killed when a bus overturned in the Andes, police told reporters on "
        "Tuesday. The bus overturned on Sunday.",
        [("killed", "Four", "2024-05-12")],
    ),
    (
        "Seven workers were injured in a gas explosion at a factory, the company announced on "
        "Tuesday. The factory exploded on Monday.",
        [("injured", "Seven workers", "2024-05-13")],
    ),
    (
        "Five fishermen drowned off the coast of Senegal, the navy reported on Tuesday. The "
        "pirogue sank on Saturday.",
        [("killed", "Five fishermen", "2024-05-11")],
    ),
    # Near forms: no other day in the article; a report a conjunction opens.
    (
        "Eleven migrants drowned off the coast of Lampedusa, the coast guard reported on "
        "Tuesday. Rescuers searched the sea for more survivors.",
        [("killed", "Eleven migrants", "2024-05-14")],
    ),
    (
        "Four people were killed when a bus overturned in the Andes after police said on "
        "Tuesday that the road was safe. The bus overturned on Sunday.",
        [("killed", "Four", "2024-05-14")],
    ),
]

TABLES = {"CLOSING_REPORT_DAYS": CLOSING_REPORT_DAYS}

test_closing_report_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
