"""Casualty recall, round 37: hand-made sentences for person nouns the lexicon lacked ("a clinic
escort"). Each table holds four or more wordings and at least two near forms that keep the old
reading."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2024-05-10"


def typed_rows(doc) -> list[tuple[str, str]]:
    """(type, count text) of every row, in text order."""
    return [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]


#: (text, every row: type, count text)

#: people named by a job or role the person lexicon lacked: harmed like any other person
ROLE_NOUNS = [
    ("A clinic escort was shot outside the building.", [("injured", "A clinic escort")]),
    ("Two escorts were killed when the convoy was ambushed.", [("killed", "Two escorts")]),
    (
        "A man and his companion were wounded in the blast.",
        [
            ("injured", "A man"),
            ("injured", "his companion"),
        ],
    ),
    ("A straphanger was slashed on a subway train on Friday.", [("injured", "A straphanger")]),
    (
        "Gunmen seized a demining expert and his driver near the border.",
        [("abducted", "a demining expert"), ("abducted", "his driver")],
    ),
    # Near forms: the words for things or services, not people, and experts who only speak.
    ("Experts said the collapsed bridge had been unsafe for years.", []),
    ("A police escort led the convoy to the border.", []),
    ("The fire destroyed the clinic and its records.", []),
]

test_rows, test_tables = table_tests({"ROLE_NOUNS": ROLE_NOUNS}, typed_rows, PUBLISHED)
