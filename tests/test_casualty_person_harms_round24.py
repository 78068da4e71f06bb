"""One person's rows across an article, round 24. A figure of one told after one person ("one
person was taken to a hospital") is that person again, not a group holding them, and a ranked
description told again with the
same rank and noun ("A third suspect ... A third suspect who fled") is the one person it
numbers; a figure told as added ("In addition, 73 soldiers were killed") is more people, not a
revision. Each table holds four or more wordings and near forms that keep the other reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Marta Kovac was shot ... one person was taken to a hospital": the figure of one is the person
#: told, again.
A_FIGURE_OF_ONE_AFTER_ONE_PERSON = [
    (
        "Marta Kovac was shot in the leg on Friday. Officials said one person was taken to a "
        "hospital.",
        [("injured", "Marta Kovac", None, True), ("injured", "one person", "same_as", False)],
    ),
    (
        "A man was stabbed on Main Street on Friday. Police said one victim was taken to a "
        "hospital.",
        [("injured", "A man", None, True), ("injured", "one victim", "same_as", False)],
    ),
    (
        "Officers arrested a woman on Friday. One person was taken into custody, police said.",
        [("detained", "a woman", None, True), ("detained", "One person", "same_as", False)],
    ),
    (
        "Man killed in Eastside shooting\n\nOne man was killed and another was wounded in a "
        "shooting on Friday.",
        [
            ("killed", "Man", None, True),
            ("killed", "One man", "same_as", False),
            ("injured", "another", None, True),
        ],
    ),
    # Near forms: a larger figure holds the person; one of a group told first is a part of it.
    (
        "A man was stabbed on Friday. Police said two people were taken to a hospital.",
        [("injured", "A man", "subset_of", False), ("injured", "two", None, True)],
    ),
    (
        "Two men were shot on Friday. Police said one person was taken to a hospital.",
        [("injured", "Two men", None, True), ("injured", "one person", "subset_of", False)],
    ),
]

#: "A third suspect ... was later detained ... A third suspect who fled was later detained": the
#: same rank of the same noun told twice is the one person it numbers.
THE_SAME_RANK_TOLD_AGAIN = [
    (
        "Two suspects were arrested on Friday. A third suspect seen fleeing the shootout was "
        "later detained. Police said a third suspect who fled the scene was later detained.",
        [
            ("detained", "Two suspects", None, True),
            ("detained", "A third suspect", None, True),
            ("detained", "a third suspect", "same_as", False),
        ],
    ),
    (
        "Police arrested a man on Friday. A second suspect was detained on Saturday. A second "
        "suspect was taken into custody after a chase.",
        [
            ("detained", "a man", None, True),
            ("detained", "A second suspect", None, True),
            ("detained", "A second suspect", "same_as", False),
        ],
    ),
    (
        "A man was shot on Friday. A second victim was wounded in the leg. Doctors said a "
        "second victim was in stable condition.",
        [
            ("injured", "A man", None, True),
            ("injured", "A second victim", None, True),
            ("injured", "a second victim", "same_as", False),
        ],
    ),
    (
        "Gunmen kidnapped a teacher on Monday. A second hostage was seized on Tuesday. "
        "Relatives said a second hostage was taken from a farm.",
        [
            ("abducted", "a teacher", None, True),
            ("abducted", "A second hostage", None, True),
            ("abducted", "a second hostage", "same_as", False),
        ],
    ),
    # Near forms: another rank is one more; the same rank of another noun is someone else.
    (
        "Police arrested a man on Friday. A second suspect was detained on Saturday. A third "
        "suspect was arrested on Sunday.",
        [
            ("detained", "a man", None, True),
            ("detained", "A second suspect", None, True),
            ("detained", "A third suspect", None, True),
        ],
    ),
    (
        "A man was shot on Friday. A second victim was wounded in the leg. A second suspect was "
        "arrested.",
        [
            ("injured", "A man", None, True),
            ("injured", "A second victim", None, True),
            ("detained", "A second suspect", None, True),
        ],
    ),
]

#: "three soldiers were killed last week ... In addition, 73 soldiers were killed": a figure told
#: as added ("also", "in addition") is more people, not the toll revised; a revision word
#: still revises.
AN_ADDED_FIGURE = [
    (
        "Last week, rebels killed three soldiers near the border. In addition, 73 soldiers were "
        "killed when two helicopters crashed last February.",
        [("killed", "three soldiers", None, True), ("killed", "73 soldiers", None, True)],
    ),
    (
        "Two miners died in a gas blast on Monday. In addition, nine miners were killed in a "
        "cave-in at another shaft.",
        [("killed", "Two miners", None, True), ("killed", "nine miners", None, True)],
    ),
    (
        "Four people were killed in the storm on Friday. Twelve people also died in floods in "
        "the north.",
        [("killed", "Four", None, True), ("killed", "Twelve", None, True)],
    ),
    (
        "Police arrested five protesters on Sunday. In addition, 40 people were detained at a "
        "second rally.",
        [("detained", "five protesters", None, True), ("detained", "40", None, True)],
    ),
    # Near forms: a later figure with no added word, or a toll that rises, revises the first.
    (
        "At least 12 people were killed in the blast on Monday. Officials later said 20 people "
        "had died.",
        [("killed", "At least 12", None, False), ("killed", "20", "update_of", True)],
    ),
    (
        "Three people were killed on Monday. Later the toll also rose to five.",
        [("killed", "Three", None, False), ("killed", "five", "update_of", True)],
    ),
    (
        "Two people were killed on Monday. In addition, the toll rose to four by Tuesday.",
        [("killed", "Two", None, False), ("killed", "four", "update_of", True)],
    ),
]

TABLES = {
    "an added figure": AN_ADDED_FIGURE,
    "a figure of one after one person": A_FIGURE_OF_ONE_AFTER_ONE_PERSON,
    "the same rank told again": THE_SAME_RANK_TOLD_AGAIN,
}

test_person_harms_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
