"""Parts of a tally, twenty-second round: a figure that names no group of its own ("Three were
shot in the back", "three people shot") after a larger group of its harm that counts for
nothing of its own, with no counted group of that harm before it, is still a part of that group
(`subset_of`, `_tally_whole`): "the six victims" that sum the dead and the wounded, or a tally
over years told in the sentence just before a part its parse tells as one ("Of the 11 victims,
five were shot dead"). Fitted: GVA g2 and TBAQ t1, one row each. Near forms: a part with a day
of its own after a tally over years, and a separate attack, stay counted.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2021-06-14"

UNCOUNTED_WHOLES = [
    (
        "Two people died and four were hurt when a man opened fire at a party. Police said the "
        "six victims were shot in the yard. Three were shot in the back.",
        [
            ("killed", "Two", None, True),
            ("injured", "four", None, True),
            ("killed_or_injured", "the six victims", None, False),
            ("killed_or_injured", "Three", "subset_of", False),
        ],
    ),
    (
        "One woman was killed and two men were wounded in the shooting. The three victims were "
        "shot outside a store. Two were shot in the legs.",
        [
            ("killed", "One woman", None, True),
            ("injured", "two men", None, True),
            ("killed_or_injured", "The three victims", None, False),
            ("killed_or_injured", "Two", "subset_of", False),
        ],
    ),
    (
        "Eleven women have been killed in the county since 2010, police said. Of the 11 "
        "victims, five were shot dead and four were beaten to death.",
        [
            ("killed", "Eleven women", None, False),
            ("killed", "five", "subset_of", False),
            ("killed", "four", "subset_of", False),
        ],
    ),
    (
        "Thirty people have died in the mines since 2015. Of the 30 dead, seven were crushed "
        "in a single collapse.",
        [("killed", "Thirty", None, False), ("killed", "seven", "subset_of", False)],
    ),
    # Near forms: a day of the part's own, a separate attack.
    (
        "Nine people have been murdered in the district since 2019. On Monday, two were shot "
        "dead near the market.",
        [("killed", "Nine", None, False), ("killed", "two", None, True)],
    ),
    (
        "A gunman killed one man and wounded three others at a bar on Friday. The four victims "
        "were shot near the door. In a separate attack, two people were shot in the park.",
        [
            ("killed", "one man", None, True),
            ("injured", "three others", None, True),
            ("killed_or_injured", "The four victims", None, False),
            ("injured", "two", None, True),
        ],
    ),
]

TABLES = {"UNCOUNTED_WHOLES": UNCOUNTED_WHOLES}

test_tally_parts_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
