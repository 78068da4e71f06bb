"""A rate on the participles that tell a group's harm, twentieth round: in "losing 1,000
soldiers killed or wounded every day" the parser hangs "every day" on "wounded", the second of
two participles that describe the soldiers, not on the verb of the clause; the rate still
makes the figure periodic, so no total holds it (the twins' gold, cas_12). Near forms: the same
participles with a day, or two clauses each with its own harm, stay incidents.

Each case gives the text and (type, count text, time scope, counts toward total) of every row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-10"

RATE_ON_THE_GROUPS_PARTICIPLE = [
    (
        "The general said the enemy was losing more than 500 troops killed or wounded every "
        "day near the river.",
        [("killed_or_injured", "more than 500 troops", "periodic", False)],
    ),
    (
        "The ministry says the army is losing about 300 soldiers killed or injured each day.",
        [("killed_or_injured", "about 300 soldiers", "periodic", False)],
    ),
    (
        "Officials said the rebels were losing 200 fighters killed or wounded per week in the "
        "offensive.",
        [("killed_or_injured", "200 fighters", "periodic", False)],
    ),
    (
        "Analysts estimate the invaders are losing 900 men killed or wounded every day.",
        [("killed_or_injured", "900 men", "periodic", False)],
    ),
    # Near forms: a day instead of a rate, and harms told in clauses of their own.
    (
        "Two men were shot and wounded on Friday night.",
        [("injured", "Two men", "incident", True)],
    ),
    (
        "The army lost 40 soldiers killed or wounded in the battle on Monday.",
        [("killed_or_injured", "40 soldiers", "incident", True)],
    ),
    (
        "Gunmen killed five villagers and wounded six others on Monday.",
        [
            ("killed", "five villagers", "incident", True),
            ("injured", "six others", "incident", True),
        ],
    ),
]

TABLES = {"RATE_ON_THE_GROUPS_PARTICIPLE": RATE_ON_THE_GROUPS_PARTICIPLE}

test_rated_groups_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)
