"""Detentions told without a figure, twenty-second round (the fitted gold's custody rows).

"Arrests were made", "Police have made arrests", "more arrests had been made": a plural
detention noun with no figure, carried out by a performing verb, states that people were held,
how many untold. Bare, it is a row with qualifier `none`, like "casualties"; with an additive
word it is a bare plural (vague, low 2). An arrest told so came at some time after the crime: no
day is carried to it. One still expected ("are expected to be made", "could be made") is no
row, and "no arrests" stays the negated zero.

A vague group told as more than others ("more arrests had been made", "Many more were feared
trapped") is no whole that a later figure makes precise: the figure is counted on its own, as
it is not after a plain vague group ("Several people were feared trapped ... nine people had
been pulled alive from the debris").

A harm told in a share of many events ("arrests were made in more than 60 percent of murder
cases", "in half of the attacks") is told over all of them: a tally, not one incident.
"""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-04"


def counted_rows(doc) -> list[tuple[str, str, str, int | None, str | None, str | None]]:
    """(type, count text, qualifier, low, relation, event_date) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["qualifier"],
            c["low"],
            c["relation"],
            c["event_date"],
        )
        for c in doc._.news_casualties
    ]


#: a detention noun with no figure, carried out
PERFORMED_CAPTURES = [
    (
        "Two men were shot outside a bar on Friday night. Arrests were made later, police said.",
        [
            ("injured", "Two men", "exact", 2, None, "2023-06-02"),
            ("detained", "Arrests", "none", None, None, None),
        ],
    ),
    (
        "Officers made arrests in three cities during the sweep, the agency said.",
        [("detained", "arrests", "none", None, None, None)],
    ),
    (
        "A bomb exploded outside the embassy on Friday. A spokesman denied reports that more "
        "arrests had been made in the capital.",
        [("detained", "more arrests", "vague", 2, None, None)],
    ),
    (
        "Arrests have been made in Spain and Italy, the ministry said.",
        [("detained", "Arrests", "none", None, None, None)],
    ),
    # Near forms: arrests still expected, a back-reference, and the negated zero.
    ("Arrests are expected to be made this week, the chief said.", []),
    ("Arrests could be made soon, the mayor said.", []),
    ("The arrests came after a month-long investigation.", []),
    (
        "No arrests have been made in the shooting.",
        [("detained", "No arrests", "exact", 0, None, None)],
    ),
]

#: a vague group told as more than others, and a later figure
MORE_THAN_OTHERS = [
    (
        "A spokesman denied a report that more arrests had been made. Officials said last week "
        "that six people were in custody.",
        [
            ("detained", "more arrests", "vague", 2, None, None),
            ("detained", "six", "exact", 6, None, None),
        ],
    ),
    (
        "Many more were feared trapped under the rubble. Rescuers said nine people had been "
        "pulled alive from the debris.",
        [
            ("trapped", "Many more", "vague", 2, None, None),
            ("trapped", "nine", "exact", 9, None, None),
        ],
    ),
    (
        "Dozens more were feared trapped in the mine. Rescuers said 14 miners had been pulled "
        "alive from the rubble.",
        [
            ("trapped", "Dozens more", "vague", 24, None, None),
            ("trapped", "14 miners", "exact", 14, None, None),
        ],
    ),
    (
        "Police said further arrests had been made in the city. Officials said four men were in "
        "custody.",
        [
            ("detained", "further arrests", "vague", 2, None, None),
            ("detained", "four men", "exact", 4, None, None),
        ],
    ),
    # Near forms: a plain vague group, which the later figure makes precise.
    (
        "Dozens were feared trapped in the mine. Rescuers said 14 miners had been pulled alive "
        "from the rubble.",
        [
            ("trapped", "Dozens", "vague", 24, None, None),
            ("trapped", "14 miners", "exact", 14, "same_as", None),
        ],
    ),
    (
        "Several people were feared trapped under the rubble. Rescuers said nine people had been "
        "pulled alive from the debris.",
        [
            ("trapped", "Several people", "vague", 3, None, None),
            ("trapped", "nine", "exact", 9, "same_as", None),
        ],
    ),
]

#: a harm told over a share of many events
SHARES_OF_EVENTS = [
    (
        "Over all, arrests were made in more than 60 percent of murder cases, the chief said.",
        [("detained", "arrests", "cumulative", False)],
    ),
    (
        "Someone was killed in half of the attacks, the report found.",
        [("killed", "Someone", "cumulative", False)],
    ),
    (
        "Police made arrests in 40% of the shootings.",
        [("detained", "arrests", "cumulative", False)],
    ),
    (
        "Two guards were wounded in a quarter of the raids on the depot.",
        [("injured", "Two guards", "cumulative", False)],
    ),
    # Near forms: a half of a time, and an ordinal with "the" that ranks one event.
    (
        "Two people were killed in half an hour of fighting.",
        [("killed", "Two", "incident", True)],
    ),
    (
        "Three people were injured in the third of the attacks.",
        [("injured", "Three", "incident", True)],
    ),
]

test_captures_without_figure, test_capture_tables = table_tests(
    {"PERFORMED_CAPTURES": PERFORMED_CAPTURES, "MORE_THAN_OTHERS": MORE_THAN_OTHERS},
    counted_rows,
    PUBLISHED,
)
test_shares_of_events, test_share_tables = table_tests(
    {"SHARES_OF_EVENTS": SHARES_OF_EVENTS}, scoped_rows, PUBLISHED
)
