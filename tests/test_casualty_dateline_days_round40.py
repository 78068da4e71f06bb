"""A wire dateline's date, fortieth round: in "KYIV, May 14 (Reuters) - Russian drones killed
three people in Odesa overnight" the dateline tells the day the report was filed, not the day
of the harm (corpus/ANNOTATION.md: the incident's day when the text gives it). The parse hangs
the dateline's date on the harm's verb, so it took the harm before the sentence's own day
("overnight", "last night", "yesterday"), and with no other day it became the article's
incident day. A date that starts in a dateline opening its line (a word in capitals, then a
dash with no verb before it) now dates no harm. Near forms: a harm day of the sentence that is
the dateline's day keeps it, and a date before a dash that opens no dateline ("On May 14 -
the first day of the offensive -") still dates the harm.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2024-05-14."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-14"

DATELINE_DAYS = [
    (
        "KYIV, May 14 (Reuters) - Russian drones killed three people in the southern city of "
        "Odesa overnight, the regional governor said.",
        [("killed", "three", "2024-05-13")],
    ),
    (
        "BEIRUT, May 14 (AFP) - An Israeli drone strike killed a man on a motorbike in southern "
        "Lebanon yesterday, the health ministry said.",
        [("killed", "a man", "2024-05-13")],
    ),
    (
        "KYIV, May 14 - Russian drones wounded five people in Kyiv overnight, officials said.",
        [("injured", "five", "2024-05-13")],
    ),
    (
        "KHERSON, May 14 (Reuters) - Two people were killed by Russian shelling, the regional "
        "governor said.",
        [("killed", "Two", None)],
    ),
    (
        "DNIPRO, Ukraine, Tuesday (AP) - A Russian strike wounded six people, officials said.",
        [("injured", "six", None)],
    ),
    # Near forms: the sentence's own day, the same as the dateline's; a dash that opens no
    # dateline.
    (
        "KYIV, May 14 (Reuters) - Russian drones killed three people in the southern city of "
        "Odesa on Tuesday, the regional governor said.",
        [("killed", "three", "2024-05-14")],
    ),
    (
        "On May 14 - the first day of the offensive - Russian drones killed three people in "
        "Odesa, the governor said.",
        [("killed", "three", "2024-05-14")],
    ),
]

TABLES = {"DATELINE_DAYS": DATELINE_DAYS}

test_dateline_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
