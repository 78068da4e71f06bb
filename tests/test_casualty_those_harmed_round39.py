"""A fronted "those" with a harm participle, thirty-ninth round: "Those killed were Jamal Reed,
19, and Tanya Brooks, 42" names the dead as "Killed were ..." does, but the parser hangs the
participle on "those" (the subject of "were"), so the names after "were" gave no rows. "Those"
with a participle of harm, as the subject of "be", now tells the harm of the people after the
verb, as the bare fronted participle does. Found on city shooting reports (set Q). Near forms:
"those" with a relative clause that tells no harm ("Those who knew them were shocked") gives no
row, and a fronted bare participle keeps its reading.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2024-07-05"

THOSE_HARMED_WERE = [
    (
        "Two people were killed in a shooting late Thursday, police said. Those killed were "
        "Jamal Reed, 19, and Tanya Brooks, 42, according to the medical examiner.",
        [
            ("killed", "Two", None, True),
            ("killed", "Jamal Reed", "subset_of", False),
            ("killed", "Tanya Brooks", "subset_of", False),
        ],
    ),
    (
        "A gunman opened fire at a party late Thursday, police said. Those killed were a "
        "19-year-old man and his mother.",
        [("killed", "a 19-year-old man", None, True), ("killed", "his mother", None, True)],
    ),
    (
        "A gunman opened fire at a party late Thursday, police said. Those wounded were mostly "
        "teenagers.",
        [("injured", "teenagers", None, True)],
    ),
    (
        "Three men were detained after the brawl on Friday. Those arrested were Mark Lee, 24, "
        "and Ian Cole, 31, police said.",
        [
            ("detained", "Three men", None, True),
            ("detained", "Mark Lee", "subset_of", False),
            ("detained", "Ian Cole", "subset_of", False),
        ],
    ),
    # Near forms: "those" that tells no harm; a bare fronted participle, read as before.
    (
        "Two people were killed in a shooting late Thursday. Those who knew them were shocked.",
        [("killed", "Two", None, True)],
    ),
    (
        "Two people were killed in a shooting late Thursday, police said. Killed were Jamal "
        "Reed, 19, and Tanya Brooks, 42.",
        [
            ("killed", "Two", None, True),
            ("killed", "Jamal Reed", "subset_of", False),
            ("killed", "Tanya Brooks", "subset_of", False),
        ],
    ),
]

TABLES = {"THOSE_HARMED_WERE": THOSE_HARMED_WERE}

test_those_harmed, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
