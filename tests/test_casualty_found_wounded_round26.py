"""A counted person found bearing a wound, twenty-sixth round: "found the girl on a playground
with at least one gunshot wound", "found the man with a gunshot wound" (the parser hangs the
wound on the verb or on the person) tell the harm in a clause of the person's own, so the
definite person is a row `same_as` the first mention (ANNOTATION.md; the fitted GVA gold marks
every such clause: g5, g7, g11, g12). Near forms: the wound told inside a subject ("The man
with the gunshot wound was taken to a hospital"), a finding with no wound, and a person met by
a verb that finds nothing ("questioned the man with the leg wound") only name the person again.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2019-05-20"

FOUND_WOUNDED = [
    (
        "A man was shot on Elm Street. Officers found the man with a gunshot wound to the leg.",
        [("injured", "A man", None, True), ("injured", "the man", "same_as", False)],
    ),
    (
        "A gunman shot a 15-year-old girl at a park. Deputies found the girl on a bench with "
        "at least one gunshot wound.",
        [("injured", "a 15-year-old girl", None, True), ("injured", "the girl", "same_as", False)],
    ),
    (
        "A clerk was shot on Elm Street. The robber left the clerk with a gunshot wound to the "
        "arm.",
        [("injured", "A clerk", None, True), ("injured", "the clerk", "same_as", False)],
    ),
    (
        "A woman was stabbed in her home on Friday. Neighbors discovered the woman with stab "
        "wounds to her back.",
        [("injured", "A woman", None, True), ("injured", "the woman", "same_as", False)],
    ),
    # Near forms: a wound told inside the subject, no wound, a verb that finds nothing.
    (
        "A man was shot on Elm Street. The man with the gunshot wound was taken to a hospital.",
        [("injured", "A man", None, True)],
    ),
    (
        "A man was shot on Elm Street. Officers found the man near a parked car.",
        [("injured", "A man", None, True)],
    ),
    (
        "A man was shot on Elm Street. Officers questioned the man with the leg wound.",
        [("injured", "A man", None, True)],
    ),
]

TABLES = {"FOUND_WOUNDED": FOUND_WOUNDED}

test_found_wounded_gives_its_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
