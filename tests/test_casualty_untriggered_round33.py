"""Custody and wounds the parse gave no trigger for, thirty-third round.

Custody told by how a person is held rather than where: held "in solitary confinement" or "in
segregation", held "pending" a step of the case ("pending an investigation", "pending a
court appearance", also when the parser hangs "pending" on the place: "held in isolation pending
investigation"), and years served "of a sentence" (ANNOTATION.md: held or remaining in
custody is `detained`). Near forms: a patient kept in isolation, a meeting held pending a
review and years served in the army hold no one.

A wound told by "cut" (or "bruised", "gashed") in the passive, on a part of the body ("was cut
on her lip and hands in the blast") or by what cuts ("cut by flying glass"), is an injury.
Near forms: people, jobs or money "cut" with neither ("workers were cut from the payroll")."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
HELD_HOW_CASES = [
    (
        "The gunman is being held in solitary confinement at the county jail.",
        [("detained", "The gunman", None, True)],
    ),
    (
        "A 24-year-old man is being held pending an investigation, police said.",
        [("detained", "A 24-year-old man", None, True)],
    ),
    (
        "Deputies said the driver was held pending a court appearance on Monday.",
        [("detained", "the driver", None, True)],
    ),
    (
        "Officers identified the attacker, who was being held in isolation pending investigation.",
        [("detained", "the attacker", None, True)],
    ),
    (
        "Daniel Reyes served six years of a twelve-year sentence for robbery.",
        [("detained", "Daniel Reyes", None, True)],
    ),
    # Near forms: medical isolation, a thing held pending a step, service that is no sentence.
    ("The patient was kept in isolation at the hospital.", []),
    ("The vote was held in the town hall pending a review of the results.", []),
    ("Daniel Reyes served six years in the army before joining the police.", []),
]

CUT_WOUND_CASES = [
    (
        "The consul was cut on her lip and hands in the blast at the embassy.",
        [("injured", "The consul", None, True)],
    ),
    (
        "Two clerks were cut by flying glass when the bomb went off.",
        [("injured", "Two clerks", None, True)],
    ),
    (
        "A guard was badly cut in the face when the windows shattered.",
        [("injured", "A guard", None, True)],
    ),
    (
        "The boy was cut on the forehead by shards of glass.",
        [("injured", "The boy", None, True)],
    ),
    # Near forms: staff and money cut, and a cut with no wound told.
    ("Two hundred workers were cut from the payroll last year.", []),
    ("The players were cut from the team before the season.", []),
    ("Funding for the clinic was cut in half.", []),
]

TABLES = {"HELD_HOW_CASES": HELD_HOW_CASES, "CUT_WOUND_CASES": CUT_WOUND_CASES}

test_rows_without_a_trigger, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
