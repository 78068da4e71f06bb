"""Ages standing for their persons, twenty-fourth round: an age written without hyphens ("A 17
year old was shot") or with a hyphen left hanging ("a 12- and 16-year-old") is one person (or one
for each number), as "a 16-year-old" is; so is a hyphenated age the parser hangs on "being"
("ended with a 16-year-old being shot"). The parser reads such an age as an adjective and hangs
it on the article, on the clause before ("A 14 year old boy is killed and a 17 year old is
wounded": a conjunct of "killed") or on "being", leaving the harm clause without its subject
(fitted: GVA g2, g4, g10 and g11). The article of such an age is in its count span even when
the recognizer takes it into the age's date ("shot a 17 year old"). Near forms: an age of a
thing ("a 30 year old building"), an age told of someone already named ("was 45 years old"), and
the same constructions without a harm ("being questioned", "was honoured") give no row.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2021-06-14"

UNHYPHENATED_AGES = [
    (
        "A 17 year old was shot in the leg on Tuesday night.",
        [("injured", "A 17 year old", None, True)],
    ),
    (
        "A 15 year old girl was killed and a 19 year old was wounded in the crash.",
        [
            ("killed", "A 15 year old girl", None, True),
            ("injured", "a 19 year old", None, True),
        ],
    ),
    (
        "Two men died and a 12 year old was hurt when the car overturned.",
        [("killed", "Two men", None, True), ("injured", "a 12 year old", None, True)],
    ),
    (
        "A 40 year old man is dead and a 17 year old is in critical condition.",
        [
            ("killed", "A 40 year old man", None, True),
            ("injured", "a 17 year old", None, True),
        ],
    ),
    (
        "An 18 year old was arrested on Friday.",
        [("detained", "An 18 year old", None, True)],
    ),
    (
        # the recognizer takes "a 17 year old" for a date, article and all
        "The man who shot a 17 year old was arrested on Friday.",
        [("detained", "The man", None, True), ("injured", "a 17 year old", None, True)],
    ),
    # Near forms: a thing's age, an age told as a property, no harm.
    ("A 30 year old building was damaged in the fire.", []),
    ("The man was 45 years old and lived nearby.", []),
    ("A 17 year old was honoured at the ceremony.", []),
]

SUSPENDED_AND_STRAY_AGES = [
    (
        "Five people, including a 13- and 15-year-old, were wounded in the shooting.",
        [("injured", "Five", None, True), ("injured", "a 13- and 15-year-old", "subset_of", False)],
    ),
    (
        "A 14- and a 17-year-old were injured when the wall collapsed.",
        [("injured", "A 14- and a 17-year-old", None, True)],
    ),
    (
        "The quarrel ended with a 19-year-old being stabbed outside the bar.",
        [("injured", "a 19-year-old", None, True)],
    ),
    (
        "The chase ended with a 20-year-old being arrested near the river.",
        [("detained", "a 20-year-old", None, True)],
    ),
    # Near forms: the same constructions with no harm, a hanging number of a plural.
    ("The quarrel ended with a 19-year-old being questioned by police.", []),
    ("Police said 12- and 14-year-old students attended the school.", []),
]

TABLES = {
    "UNHYPHENATED_AGES": UNHYPHENATED_AGES,
    "SUSPENDED_AND_STRAY_AGES": SUSPENDED_AND_STRAY_AGES,
}

test_ages_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
