"""One victim of a harm compound brought in with an indefinite article, thirty-ninth round: "a
report of a shooting victim", "a stabbing victim was found", "a homicide victim" tell one
person harmed, of the compound's harm (`victim_compounds`), as "two shooting victims" already
did. Before, only a counted plural was read, and a compound the parser tags as a participle
("a shooting victim": VBG) was a verb with no one harmed. Near forms: a predicate ("she was a
shooting victim") describes a person told of already, "another shooting victim" is often of
another incident whose harm the compound does not tell, and a definite or bare singular stays
as it was.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2015-07-20"

INDEFINITE_VICTIMS = [
    (
        "Officers were called to the hospital for a shooting victim on Tuesday.",
        [("injured", "a shooting victim", None, True)],
    ),
    (
        "A shooting victim showed up at the emergency room early Sunday.",
        [("injured", "A shooting victim", None, True)],
    ),
    (
        "A stabbing victim was found on Main Street.",
        [("injured", "A stabbing victim", None, True)],
    ),
    (
        "Deputies responded to a report of a gunshot victim near the park.",
        [("injured", "a gunshot victim", None, True)],
    ),
    (
        "Police said a homicide victim was found in the trunk of a car.",
        [("killed", "a homicide victim", None, True)],
    ),
    (
        "Medics treated two stabbing victims at the scene.",
        [("injured", "two stabbing victims", None, True)],
    ),
    # Near forms: a predicate, another incident's victim, no harm compound.
    ("Police are unsure whether she was a shooting victim.", []),
    ("He was a shooting victim in 2012.", []),
    ("They held a memorial for another shooting victim.", []),
    ("A victim advocate spoke at the hearing on Monday.", []),
]

TABLES = {"INDEFINITE_VICTIMS": INDEFINITE_VICTIMS}

test_indefinite_victims_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
