"""Figures told as known, twenty-second round: after a toll and a part of it, a figure as large
as that part and written as people the reader already knows ("both", "all four", "the three
guards", "this quadruple homicide", "her two sons") restates the part (`same_as` the latest
figure of that harm and size), not one more part of the toll (fitted: wikinews c, GVA g5 and
g7). Near forms: a figure of that size written as new people ("Two women died"), one whose
noun names other people ("the two civilians" after two soldiers), and "the other three" stay
parts of the toll.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2021-06-14"

KNOWN_FIGURES = [
    (
        "Six people were killed in an attack on a market on Sunday. Two men were killed outside "
        "a shop. Both died before help arrived.",
        [
            ("killed", "Six", None, True),
            ("killed", "Two men", "subset_of", False),
            ("killed", "Both", "same_as", False),
        ],
    ),
    (
        "Gunmen wounded seven people at a bar on Friday. Four of them were taken to a hospital "
        "in the city. Police said all four were in stable condition.",
        [
            ("injured", "seven", None, True),
            ("injured", "Four of them", "subset_of", False),
            ("injured", "four", "same_as", False),
        ],
    ),
    (
        "A gunman killed five people at a factory on Monday. Three of the dead were guards. The "
        "three guards died at the gate.",
        [
            ("killed", "five", None, True),
            ("killed", "Three of the dead", "subset_of", False),
            ("killed", "The three guards", "same_as", False),
        ],
    ),
    (
        "Seven people were killed in the city over the weekend. Four men were gunned down at a "
        "barber shop on Friday. This quadruple homicide was the worst of the year.",
        [
            ("killed", "Seven", None, True),
            ("killed", "Four men", "subset_of", False),
            ("killed", "quadruple homicide", "same_as", False),
        ],
    ),
    (
        "Nine people were injured in the blast. Two boys were hurt by flying glass. Their mother "
        "said her two sons were injured as they walked home.",
        [
            ("injured", "Nine", None, True),
            ("injured", "Two boys", "subset_of", False),
            ("injured", "her two sons", "same_as", False),
        ],
    ),
    # Near forms: new people of the part's size, a noun of other people, "the other three".
    (
        "Six people were killed in an attack on a market on Sunday. Two men were killed outside "
        "a shop. Two women died in a car nearby.",
        [
            ("killed", "Six", None, True),
            ("killed", "Two men", "subset_of", False),
            ("killed", "Two women", "subset_of", False),
        ],
    ),
    (
        "Six people were killed in an attack on a market on Sunday. Two soldiers were killed "
        "outside a shop. The two civilians were killed in a car nearby.",
        [
            ("killed", "Six", None, True),
            ("killed", "Two soldiers", "subset_of", False),
            ("killed", "The two civilians", "subset_of", False),
        ],
    ),
    (
        "Seven people were injured at a bar on Friday. Four of them were taken to a hospital. "
        "The other three were treated at the scene.",
        [
            ("injured", "Seven", None, True),
            ("injured", "Four of them", "subset_of", False),
            ("injured", "The other three", "subset_of", False),
        ],
    ),
]

TABLES = {"KNOWN_FIGURES": KNOWN_FIGURES}

test_known_figures_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
