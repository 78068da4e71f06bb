"""Part words, twenty-first round: a vague figure that opens with a word naming only part of a
group ("some victims", "several victims", "many wounded", "a few") after a precise figure of the
same harm is some of those people, `subset_of` that figure, not the figure told again (every
such row of the fitted gold: 11 rows in 9 articles). A degree word before it ("so many people
were wounded that ...") makes it a size, and the same part word told again ("several families
... several families") the same group: both stay `same_as`, as does a quantity word that may
restate a toll ("dozens").

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2021-06-14"


def related_rows(doc) -> list[tuple[str, str, str | None, bool]]:
    """(type, count text, relation, counts_toward_total) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["relation"],
            c["counts_toward_total"],
        )
        for c in doc._.news_casualties
    ]


#: a part word after a precise figure of the same harm: part of it
PART_WORDS = [
    (
        "Four people were shot near a gas station on Friday. Some victims drove themselves "
        "to a clinic.",
        [("injured", "Four", None, True), ("injured", "Some victims", "subset_of", False)],
    ),
    (
        "Nine people were wounded when gunfire broke out at a party. Officers found several "
        "victims lying in the yard.",
        [
            ("injured", "Nine", None, True),
            ("injured", "several victims", "subset_of", False),
        ],
    ),
    (
        "At least 30 people died when the ferry capsized. Some bodies washed ashore days later.",
        [
            ("killed", "At least 30", None, True),
            ("killed", "Some bodies", "subset_of", False),
        ],
    ),
    (
        "Twelve passengers were injured in the crash. A few victims were flown to the city.",
        [
            ("injured", "Twelve passengers", None, True),
            ("injured", "A few victims", "subset_of", False),
        ],
    ),
    # Near forms: a degree word makes a size, the same part word tells the group again, and a
    # quantity word that restates a toll stays the toll.
    (
        "Eleven people were wounded in the blasts. So many people were wounded that taxis "
        "carried them away.",
        [("injured", "Eleven", None, True), ("injured", "many people", "same_as", False)],
    ),
    (
        "Several families were displaced by the flood. The council is housing several families "
        "who lost their homes.",
        [
            ("displaced", "Several families", None, True),
            ("displaced", "several families", "same_as", False),
        ],
    ),
]

test_rows, test_tables = table_tests({"part_words": PART_WORDS}, related_rows, PUBLISHED)
