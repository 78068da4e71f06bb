"""A bare share told by how badly it was harmed, thirty-ninth round: "Nine people were hurt,
three seriously", "The blast injured 30 people, five severely", "wounded, two gravely, in the
attack" give a part of the harmed group (`severity_adverbs`), as "three of them seriously"
already did, in wire and crime reports alike. Before, the bare numeral with its adverb was
read as nothing. Near forms: a numeral with a place or a day after the comma ("three in Gaza",
"two yesterday") and an adverb with no numeral keep their old reading, and "one fatally" stays
a death of its own.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2015-07-20"

SEVERITY_SHARES = [
    (
        "Nine people were hurt, three seriously.",
        [("injured", "Nine", None, True), ("injured", "three", "subset_of", False)],
    ),
    (
        "Twelve people were wounded, four critically, police said.",
        [("injured", "Twelve", None, True), ("injured", "four", "subset_of", False)],
    ),
    (
        "Police said 14 people were injured, 3 seriously.",
        [("injured", "14", None, True), ("injured", "3", "subset_of", False)],
    ),
    (
        "The blast injured 30 people, five severely.",
        [("injured", "30", None, True), ("injured", "five", "subset_of", False)],
    ),
    (
        "At least 40 were wounded, two gravely, in the attack.",
        [("injured", "At least 40", None, True), ("injured", "two", "subset_of", False)],
    ),
    # Near forms: a place or a day after the numeral, an adverb alone, a fatal share.
    ("Nine people were hurt, three in Gaza.", [("injured", "Nine", None, True)]),
    ("Police arrested six people, two yesterday.", [("detained", "six", None, True)]),
    ("Four were injured, seriously, in the crash.", [("injured", "Four", None, True)]),
    (
        "Five people were shot, one fatally.",
        [("killed_or_injured", "Five", None, True), ("killed", "one", None, True)],
    ),
]

TABLES = {"SEVERITY_SHARES": SEVERITY_SHARES}

test_severity_shares_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
