"""People harmed later are no sum of those before, thirty-ninth round: a figure told after
single people of the same harm took them in as its parts ("detained a 19-year-old man ... Two
acquaintances who shared the clip were detained later": the man made one of the two, and the
article's detentions fell from three to two). A harm verb that says itself it came after
("later", "subsequently", "then", "eventually": `narrative_sequence_adverbs`) tells people
harmed besides those told. Found on war reports of arrests in steps (set O). Near forms: the
figure with no such adverb, or with "later" on the report ("police later said"), still holds
the person told before.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2025-06-12"

HARMED_LATER = [
    (
        "Police said officers had detained a 19-year-old man who filmed the attack. Two "
        "acquaintances who shared the clip were detained later on Thursday, police said.",
        [
            ("detained", "a 19-year-old man", None, True),
            ("detained", "Two acquaintances", None, True),
        ],
    ),
    (
        "Troops captured a rebel commander near the border. Four fighters were later captured "
        "in the hills, the army said.",
        [("detained", "a rebel commander", None, True), ("detained", "Four fighters", None, True)],
    ),
    (
        "Police arrested a woman at the scene on Monday. Three men were subsequently arrested "
        "in a raid on a nearby house.",
        [("detained", "a woman", None, True), ("detained", "Three men", None, True)],
    ),
    (
        "Police arrested a man at the scene on Monday. Three people were subsequently arrested "
        "in a raid on a nearby house.",
        [("detained", "a man", None, True), ("detained", "Three", None, True)],
    ),
    # Near forms: no sequence adverb on the harm: the figure holds the man told before.
    (
        "Police arrested a man at the scene on Monday. Two people were arrested in connection "
        "with the attack, police later said.",
        [("detained", "a man", "subset_of", False), ("detained", "Two", None, True)],
    ),
    (
        "Police arrested a man at the scene on Monday. Two people were arrested in connection "
        "with the attack, police said.",
        [("detained", "a man", "subset_of", False), ("detained", "Two", None, True)],
    ),
]

TABLES = {"HARMED_LATER": HARMED_LATER}

test_later_arrests_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
