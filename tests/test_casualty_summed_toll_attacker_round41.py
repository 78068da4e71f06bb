""" An attacker who dies in one of the events a summed toll counts, forty-first round: "Four
people were killed in shootings from Friday to Saturday morning ... One man was killed ... during
a robbery ... the robber was shot in the head ... The robber was pronounced dead" tells the
robber as the man killed in the robbery, one of the four; his death, revising his own wound,
used to count on top of the toll, because an attacker's death is kept apart from his victims'
toll ("five people died ... the gunman was shot and later died"). A toll whose cause is a plural
event noun ("in shootings", "in separate attacks") sums several events and counts whoever died
in any of them; the attacker is the death of his event told last before him. Found on a Chicago
weekend round-up (GVA dev, fitted mention gold g13). Near forms: a toll of one event ("in the
shooting at the mall", "in the attack on the church") keeps the attacker's death apart, and so
does a summed toll whose last death told before him is a group ("Two men were killed").

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2024-07-05"

ATTACKER_IN_SUMMED_TOLL = [
    (
        "Four people were killed in shootings across the city over the weekend, police said. "
        "One man was killed and another man was wounded during a robbery on Friday night. The "
        "robber was shot in the chest by the store owner. The robber was pronounced dead at the "
        "scene.",
        [
            ("killed", "Four", None, True),
            ("killed", "One man", "subset_of", False),
            ("injured", "another man", None, True),
            ("killed", "The robber", "same_as", False),
            ("killed", "The robber", "same_as", False),
        ],
    ),
    (
        "Three people died in shootings across the city on Saturday, police said. A man was "
        "killed during an armed robbery at a gas station. The gunman was shot by the clerk. The "
        "gunman died at a hospital.",
        [
            ("killed", "Three", None, True),
            ("killed", "A man", "subset_of", False),
            ("killed", "The gunman", "subset_of", False),
            ("killed", "The gunman", "subset_of", False),
        ],
    ),
    (
        "Two people were killed in separate shootings overnight, police said. A man was killed "
        "during a burglary on Oak Street. The burglar was shot in the head by a neighbor. The "
        "burglar was pronounced dead at a hospital.",
        [
            ("killed", "Two", None, True),
            ("killed", "A man", "subset_of", False),
            ("killed", "The burglar", "same_as", False),
            ("killed", "The burglar", "same_as", False),
        ],
    ),
    (
        "Six people were killed in weekend shootings in the city, police said. One person was "
        "killed in a stickup at a bar on Saturday. The suspect was shot by an off-duty officer. "
        "The suspect died later that night.",
        [
            ("killed", "Six", None, True),
            ("killed", "One person", "subset_of", False),
            ("killed", "The suspect", "same_as", False),
            ("killed", "The suspect", "same_as", False),
        ],
    ),
    (
        "Five people were killed in separate attacks in the county on Sunday. A man died in a "
        "home invasion on Elm Road. The intruder had been shot by the homeowner. The intruder "
        "was pronounced dead at a hospital.",
        [
            ("killed", "Five", None, True),
            ("killed", "A man", "subset_of", False),
            ("killed", "The intruder", "same_as", False),
            ("killed", "The intruder", "same_as", False),
        ],
    ),
    # Near forms: a toll of one event keeps its attacker's death apart from his victims'.
    (
        "Five people died in the shooting at the mall on Saturday, police said. The gunman was "
        "shot by officers. The gunman was pronounced dead at a hospital.",
        [
            ("killed", "Five", None, True),
            ("injured", "The gunman", None, False),
            ("killed", "The gunman", "update_of", True),
        ],
    ),
    (
        "Four people were killed in the attack on the church, police said. The attacker was "
        "shot in the chest by a guard. The attacker was pronounced dead at the scene.",
        [
            ("killed", "Four", None, True),
            ("injured", "The attacker", None, False),
            ("killed", "The attacker", "update_of", True),
        ],
    ),
    # ... and so does a summed toll whose last death told before him is a group, not one man.
    (
        "Four people were killed in shootings across the city over the weekend, police said. "
        "Two men were killed during a robbery on Friday night. The robber was shot in the chest "
        "by the store owner. The robber was pronounced dead at the scene.",
        [
            ("killed", "Four", None, True),
            ("killed", "Two men", "subset_of", False),
            ("injured", "The robber", None, False),
            ("killed", "The robber", "update_of", True),
        ],
    ),
]

TABLES = {"ATTACKER_IN_SUMMED_TOLL": ATTACKER_IN_SUMMED_TOLL}

test_attacker_in_summed_toll, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
