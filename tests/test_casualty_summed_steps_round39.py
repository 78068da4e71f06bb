"""Sums told in steps, thirty-ninth round: people harmed one step after another and then
summed ("detained a 19-year-old man ... Two acquaintances were detained later ... In all, three
people are being held", "Two more were detained, bringing the number in custody to five").
The stated sum is the figure that counts: an update of the first step, the later steps its
parts. "In all" alone had made the sum a tally over time, and the bare "number in custody" and
"held under a law" were no figures at all. Found on war and crime reports of arrests (set O).
Near forms: a sum with a period of its own ("since the war began") or one that dwarfs the steps
(a war's tally) stays cumulative; a sum with no step before it is a tally; an event held under
a law is no detention.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2025-06-12"

SUMMED_STEPS = [
    (
        "Police said officers had detained a 19-year-old man who filmed the attack. Two "
        "acquaintances who shared the clip were detained later on Thursday, police said. In "
        "all, three people are being held under a wartime law.",
        [
            ("detained", "a 19-year-old man", None, False),
            ("detained", "Two acquaintances", "subset_of", False),
            ("detained", "three", "update_of", True),
        ],
    ),
    (
        "Officers detained a teenager on Monday. In all, three people were detained.",
        [("detained", "a teenager", None, False), ("detained", "three", "update_of", True)],
    ),
    (
        "Troops arrested five protesters at the square. In all, seven people were arrested in "
        "the city.",
        [("detained", "five protesters", None, False), ("detained", "seven", "update_of", True)],
    ),
    (
        "Gunmen kidnapped two aid workers near the border. In total, four people were taken, "
        "the agency said.",
        [("abducted", "two aid workers", None, False), ("abducted", "four", "update_of", True)],
    ),
    # Near forms: a war's tally that dwarfs the step, a sum with a period of its own, a sum
    # with no step before it.
    (
        "A strike killed five people in Kharkiv. In total, 300 civilians have been killed in the "
        "city.",
        [("killed", "five", None, True), ("killed", "300 civilians", None, False)],
    ),
    (
        "Officers detained a teenager on Monday. In all, more than 200 people have been "
        "detained over similar posts since the start of the year.",
        [("detained", "a teenager", None, True), ("detained", "more than 200", None, False)],
    ),
    (
        "In total, 300 people have died since the war began.",
        [("killed", "300", None, False)],
    ),
]

HELD_UNDER_LAW = [
    (
        "Two men were held under the Terrorism Act after the raid.",
        [("detained", "Two men", None, True)],
    ),
    (
        "Four activists are being held under emergency decrees, their lawyers said.",
        [("detained", "Four activists", None, True)],
    ),
    (
        "Dozens of protesters were kept under a new security law.",
        [("detained", "Dozens of protesters", None, True)],
    ),
    (
        "Three journalists were held under a wartime law that bans filming air defences.",
        [("detained", "Three journalists", None, True)],
    ),
    # Near forms: an event held under a law harms no one.
    ("Elections were held under the new law last year.", []),
    ("Three meetings were held under the act in May.", []),
]

NUMBER_IN_CUSTODY = [
    (
        "Police arrested three suspected gang members at a checkpoint. Two more were detained in "
        "the town itself, bringing the number in custody to five.",
        [
            ("detained", "three suspected gang members", None, False),
            ("detained", "Two more", "subset_of", False),
            ("detained", "five", "update_of", True),
        ],
    ),
    (
        "Police arrested two men on Monday. By Tuesday the number in custody had risen to six.",
        [("detained", "two men", None, False), ("detained", "six", "update_of", True)],
    ),
    (
        "Police said the number in custody had risen to nine.",
        [("detained", "nine", None, True)],
    ),
    (
        "Soldiers detained four fighters on Monday. The army said the number in custody now "
        "stood at 11.",
        [("detained", "four fighters", None, False), ("detained", "11", "update_of", True)],
    ),
    # Near forms: an "in" phrase of a place, not of custody; "the number of" keeps its own
    # reading.
    (
        "A car bomb killed 247 people in Nairobi. The toll in the Tanzania blast has risen to 12.",
        [("killed", "247", None, True), ("killed", "12", None, True)],
    ),
    (
        "The agency put the number of dead at 19 on Sunday.",
        [("killed", "19", None, True)],
    ),
]

TABLES = {
    "SUMMED_STEPS": SUMMED_STEPS,
    "HELD_UNDER_LAW": HELD_UNDER_LAW,
    "NUMBER_IN_CUSTODY": NUMBER_IN_CUSTODY,
}

test_summed_steps_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
