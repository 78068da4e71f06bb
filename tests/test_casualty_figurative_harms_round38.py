"""Harm to a standing, thirty-eighth round: "hurt" or "harm" whose active subject (or passive
agent) is a stance, a rating, an inquiry, an agenda, words or a way of doing things harms a
candidate's standing, not a body (records.md: not casualties). Found on unannotated political
news, where each made an injured row. The words join `abstract_subjects` (harm.json). Near
forms: a physical cause keeps the harm, as does "a way" that is no subject of the harm verb.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2016-05-02"

FIGURATIVE_HARMS = [
    ("His positions on trade have hurt him among union voters, analysts said.", []),
    ("Her low approval ratings hurt her husband, aides said.", []),
    ("He boasted of how the inquiry was hurting her in the polls.", []),
    ("No state has been hurt more by the governor's agenda than Ohio.", []),
    ("Critics say the rules were written in a way that hurt him.", []),
    # Near forms: a physical cause; "a way" that is not the harm's subject.
    ("The blast hurt two workers at the plant.", [("injured", "two workers", None, True)]),
    ("Falling glass hurt a woman on the platform.", [("injured", "a woman", None, True)]),
    (
        "A man was hurt in a way that left him unable to walk.",
        [("injured", "A man", None, True)],
    ),
]

TABLES = {"FIGURATIVE_HARMS": FIGURATIVE_HARMS}

test_figurative_harms_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
