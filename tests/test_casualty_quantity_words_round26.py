"""Quantity words, twenty-sixth round: "then" written for "than" ("more then 1,640 were wounded",
"less then 10") is the same comparison, so the same qualifier (fitted: TimeBank t1); "multiple"
before a plural is a vague word like "many" (low 2), in a body sentence and in a headline the
parse cannot read ("Raw video: Multiple people shot in North Philadelphia" had been one person
with the headline's singular reading; fitted: GVA g4). Near forms: "then" as a time adverb
before a figure ("and then 30 people were arrested"), "more than" itself, and "multiple" on
things ("fired multiple rounds") keep their readings.

Each case gives the text and (type, count text, qualifier, value, low) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2021-06-14"


def qualified_rows(doc) -> list[tuple[str, str, str, int | None, int | None]]:
    """(type, count text, qualifier, value, low) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["qualifier"],
            c["value"],
            c["low"],
        )
        for c in doc._.news_casualties
    ]


#: "then" for "than" after a comparative
MISSPELT_THAN = [
    (
        "At least 74 people were killed, and more then 1,640 were wounded.",
        [
            ("killed", "At least 74", "at_least", 74, 74),
            ("injured", "more then 1,640", "more_than", 1640, 1641),
        ],
    ),
    (
        "Officials said more then 30 people died in the flood.",
        [("killed", "more then 30", "more_than", 30, 31)],
    ),
    (
        "Less then 10 people were hurt in the blast.",
        [("injured", "Less then 10", "less_than", 10, 1)],
    ),
    (
        "Fewer then five people were injured.",
        [("injured", "Fewer then five", "less_than", 5, 1)],
    ),
    (
        "The soldiers fought on, and then 30 people were arrested.",
        [("detained", "30", "exact", 30, 30)],
    ),
    (
        "He said more than 12 people were wounded, then left.",
        [("injured", "more than 12", "more_than", 12, 13)],
    ),
]

#: "multiple" before a plural of people
MULTIPLE = [
    (
        "Multiple people were shot outside a club on Sunday.",
        [("injured", "Multiple people", "vague", None, 2)],
    ),
    (
        "Raw video: Multiple people shot in North Philadelphia",
        [("injured", "Multiple people", "vague", None, 2)],
    ),
    (
        "Police said multiple victims were taken to hospitals.",
        [("injured", "multiple victims", "vague", None, 2)],
    ),
    (
        "Police fired multiple rounds at the car, but no one was hurt.",
        [("injured", "no one", "exact", 0, 0)],
    ),
    (
        "Several people were shot outside a club on Sunday.",
        [("injured", "Several people", "vague", None, 3)],
    ),
    (
        "Three people were shot outside a club on Sunday.",
        [("injured", "Three", "exact", 3, 3)],
    ),
]

TABLES = {"MISSPELT_THAN": MISSPELT_THAN, "MULTIPLE": MULTIPLE}

test_quantity_words_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, qualified_rows, PUBLISHED
)
