"""Names the tagger misreads, twenty-sixth round: a surname opening a passive harm clause that
the tagger reads as an adverb ("Shively was shot in the back", "Early was shot in the leg")
leaves the clause without a subject; when the article gives the word elsewhere as a person's
name ("John Shively, 17"), it is that person, a row of 1 (fitted: GVA g8, g14). Near forms: the
same words used as adverbs ("Early on Sunday, a man was shot", "Hardly anyone was hurt"), and
the word with no name elsewhere in the text, give no row of their own.

Each case gives the text and (type, count text) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2019-05-20"


def typed_rows(doc) -> list[tuple[str, str]]:
    """(type, count text) of every row, in text order."""
    return [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]


MISREAD_NAMES = [
    (
        "Police named the driver as Mark Shively, 31. Shively was shot in the back by a neighbor.",
        [("injured", "Shively")],
    ),
    (
        "Deputies named the man as Carl Early, 38. Early was shot in the leg outside his home.",
        [("injured", "Early")],
    ),
    (
        "Relatives named the woman as Ann Shortly, 61. Shortly was struck by gunfire in her "
        "kitchen.",
        [("injured", "Shortly")],
    ),
    (
        "Police named the suspect as Dan Hardly, 29. Hardly was arrested at his home on Monday.",
        [("detained", "Hardly")],
    ),
    (
        "Two men argued outside the bar with Tom Hardly, 40. Hardly was stabbed in the neck.",
        [("injured", "Hardly")],
    ),
    # Near forms: the words as adverbs, and a word that names nobody elsewhere.
    (
        "Police named the man as Carl Early, 38. Early on Sunday, a man was shot in the leg.",
        [("injured", "a man")],
    ),
    (
        "Relatives named the woman as Ann Shortly, 61. Shortly after noon, two men were shot.",
        [("injured", "two men")],
    ),
    ("Police named the suspect as Dan Hardly, 29. Hardly anyone was hurt in the crash.", []),
    ("Shortly was shot in the leg outside his home.", []),
]

TABLES = {"MISREAD_NAMES": MISREAD_NAMES}

test_misread_names_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, typed_rows, PUBLISHED
)
