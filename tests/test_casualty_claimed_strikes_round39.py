"""A force's claim of its own strike, thirty-ninth round: "a drone strike killed a man ... The
Israeli army said it had eliminated a Hezbollah commander". When the reported harm's subject is
the speaker again ("it", "its forces", "they"), the force tells whom its strike hit and names
the target by role: the one person the strike was told to have killed, described again (same_as,
not counted twice). Before, a force member ("a commander", "an officer") after a person not so
described was always someone new. Found on war round-ups (set O). Near forms: the same force's
words with the harm not claimed as its own ("a commander was killed in a separate raid"), or
another side's ("Ukraine's army said Russian troops had killed an officer"), stay a new person.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2025-06-19"

CLAIMED_OWN_STRIKE = [
    (
        "An Israeli drone strike on a car in Bint Jbeil killed a man, the health ministry said. "
        "The Israeli army said it had eliminated a Hezbollah commander.",
        [("killed", "a man", None, True), ("killed", "a Hezbollah commander", "same_as", False)],
    ),
    (
        "A Russian drone hit a car near Kupiansk, killing a man, officials said. The Russian "
        "defence ministry said its forces had killed a Ukrainian officer.",
        [("killed", "a man", None, True), ("killed", "a Ukrainian officer", "same_as", False)],
    ),
    (
        "A Turkish air strike on a vehicle near Qamishli killed a man on Monday, a monitor said. "
        "The Turkish military said it had neutralised a PKK commander.",
        [("killed", "a man", None, True), ("killed", "a PKK commander", "same_as", False)],
    ),
    (
        "A US strike on a compound in Idlib killed a man, activists said. The US military said "
        "its forces killed a senior al-Qaeda leader.",
        [
            ("killed", "a man", None, True),
            ("killed", "a senior al-Qaeda leader", "same_as", False),
        ],
    ),
    # Near forms: not claimed as the speaker's own deed: someone new.
    (
        "An Israeli drone strike on a car in Bint Jbeil killed a man, the health ministry said. "
        "The Israeli army said a Hezbollah commander was killed in a separate raid.",
        [("killed", "a man", None, True), ("killed", "a Hezbollah commander", None, True)],
    ),
    (
        "A Russian drone hit a car near Kupiansk, killing a man, officials said. Ukraine's army "
        "said Russian troops had killed a Ukrainian officer.",
        [("killed", "a man", None, True), ("killed", "a Ukrainian officer", None, True)],
    ),
]

TABLES = {"CLAIMED_OWN_STRIKE": CLAIMED_OWN_STRIKE}

test_claimed_strikes_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
