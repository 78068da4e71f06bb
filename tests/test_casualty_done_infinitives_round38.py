"""A harm told as an infinitive that was done, thirty-eighth round: "managed to kill three
guards", "used a rifle to kill two officers", "the knife used to kill the woman", "the gun he
used to kill a teenager" state the harm as much as the verb above it does (records.md: a
casualty is harm that happened; only hypothetical or intended harm is left out). Before, every
"to" infinitive not under a report, aspectual or causative verb read as a purpose and no row
was made. Near forms: the habitual "used to" with no tool ("he used to kill rabbits", "the
man who used to kill"), a negated or modal verb above the infinitive, and an intention above
the verb of using stay unasserted.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2021-03-14"

DONE_INFINITIVES = [
    (
        "The gunman managed to kill three guards before fleeing the compound.",
        [("killed", "three guards", None, True)],
    ),
    (
        "The militants managed to wound four soldiers during the raid on Tuesday.",
        [("injured", "four soldiers", None, True)],
    ),
    (
        "Prosecutors say the attacker used a machete to injure three people at the market.",
        [("injured", "three", None, True)],
    ),
    (
        "Detectives recovered the knife used to kill the woman behind the bakery.",
        [("killed", "the woman", None, True)],
    ),
    (
        "He is trying to sell the pistol he used to kill 19-year-old Darnell Price in 2015.",
        [("killed", "19-year-old Darnell Price", None, True)],
    ),
    # Near forms: a habit with no tool, a negated or modal verb, an intention over the use.
    ("He used to kill rabbits on his uncle's farm as a boy.", []),
    ("The village where the hunter used to kill deer is quiet now.", []),
    ("The sniper did not manage to kill anyone that night.", []),
    ("The cartel could use the drones to kill the two witnesses.", []),
    ("He planned to use a rifle to kill two officers at the station.", []),
]

TABLES = {"DONE_INFINITIVES": DONE_INFINITIVES}

test_done_infinitives_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
