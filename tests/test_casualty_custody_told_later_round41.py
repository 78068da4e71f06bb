"""Arrests told on a later day, forty-first round: in "Two people were shot dead at a block
party late Thursday. Two men were taken into custody a few blocks away, police said in a
statement on Friday." the arrest has no day: it came at some time between the shooting and the
report (the fitted gold leaves such rows null). The custody row took the article's incident
day, as a row whose sentence gives no day does. A custody row with no day of its own whose
sentence tells it on a day after the incident's (on a verb of speech, or on the report's noun
that verb tells in: "said in a statement on Friday") is now dated by neither. Near forms: an
arrest told on the incident's own day, or told with no day, keeps the incident's day; an arrest
with its own day keeps that day.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2024-05-14."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-14"

CUSTODY_TOLD_LATER = [
    (
        "Two people were shot dead at a block party late Thursday. Two men were taken into "
        "custody a few blocks away, police said in a statement on Friday.",
        [("killed", "Two", "2024-05-09"), ("detained", "Two men", None)],
    ),
    (
        "Two people were stabbed at a train station on Sunday. A man was arrested, police said "
        "on Monday.",
        [("injured", "Two", "2024-05-12"), ("detained", "A man", None)],
    ),
    (
        "A man was killed in a shooting on Saturday night. Officers detained two suspects "
        "nearby, the sheriff's office said Monday.",
        [("killed", "A man", "2024-05-11"), ("detained", "two suspects", None)],
    ),
    (
        "Four people were injured in a shooting on Sunday. Police announced on Monday that two "
        "teenagers had been arrested.",
        [("injured", "Four", "2024-05-12"), ("detained", "two teenagers", None)],
    ),
    # Near forms: told on the incident's day, told with no day, an arrest with its own day.
    (
        "Three people were killed in a shooting at a nightclub early Monday. Police said on "
        "Monday they had taken three people into custody.",
        [("killed", "Three", "2024-05-13"), ("detained", "three", "2024-05-13")],
    ),
    (
        "Two people were stabbed at a train station on Sunday. A man was arrested, police said.",
        [("injured", "Two", "2024-05-12"), ("detained", "A man", "2024-05-12")],
    ),
    (
        "Two people were stabbed at a train station on Sunday. A man was arrested on Monday, "
        "police said on Tuesday.",
        [("injured", "Two", "2024-05-12"), ("detained", "A man", "2024-05-13")],
    ),
]

TABLES = {"CUSTODY_TOLD_LATER": CUSTODY_TOLD_LATER}

test_custody_told_later, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
