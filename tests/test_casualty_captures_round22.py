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

A demonstrative that the harm's own participle describes ("at least 40 of those detained",
"Ten of those captured") stands for the people held, as "those arrested" did: "detained" and
"captured" also take things, so only the participle on "those" makes them people. Such a part
too large for any figure of its incident is a part of the tally told before it ("2,229 people
had been arrested since the election ... at least 1,300 of those detained are political
prisoners"), and a tally itself: cumulative, counted in the tally, not in the totals.

A tally set beside another period's figure ("killed 871 people in 2023, down from 1,330 the
year before", "168 homicides this year compared to 106 at this point last year", "March 2016
saw 46 homicides, while March 2017 recorded 26") gives that bare number the same harm: a tally
of its own, not counted. A toll revised ("rose to 12, up from 10") and an incident's figure are
no such tally.
"""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

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

#: a part of those held, by a demonstrative the harm's participle describes
PARTS_OF_THOSE_HELD = [
    (
        "Police arrested 312 people. A rights group said at least 40 of those detained were "
        "minors.",
        [("detained", "312", None, True), ("detained", "at least 40 of those", "subset_of", False)],
    ),
    (
        "Police detained 80 protesters on Sunday. Twelve of those detained were students.",
        [
            ("detained", "80 protesters", None, True),
            ("detained", "Twelve of those", "subset_of", False),
        ],
    ),
    (
        "Troops captured 30 fighters. Ten of those captured were foreigners.",
        [("detained", "30 fighters", None, True), ("detained", "Ten of those", "subset_of", False)],
    ),
    (
        "Gunmen killed 30 people. Twelve of those killed were children.",
        [("killed", "30", None, True), ("killed", "Twelve of those", "subset_of", False)],
    ),
    # Near forms: no participle on the demonstrative.
    (
        "Police detained 80 protesters on Sunday. Twelve of those were students.",
        [("detained", "80 protesters", None, True)],
    ),
    (
        "Troops captured 30 fighters. Ten of those were foreigners.",
        [("detained", "30 fighters", None, True)],
    ),
]

#: a part of "those" harmed that only a tally told before can hold
TALLY_PARTS = [
    (
        "Officials said 2,000 people had been arrested since the election. A rights group says "
        "at least 900 of those detained are students.",
        [
            ("detained", "2,000", "cumulative", False),
            ("detained", "at least 900 of those", "cumulative", False),
        ],
    ),
    (
        "Some 1,200 people have been killed since the war began, the ministry said. At least 400 "
        "of those killed were children.",
        [
            ("killed", "Some 1,200", "cumulative", False),
            ("killed", "At least 400 of those", "cumulative", False),
        ],
    ),
    (
        "Troops have captured 600 fighters since the offensive began. Ninety of those captured "
        "were foreigners.",
        [
            ("detained", "600 fighters", "cumulative", False),
            ("detained", "Ninety of those", "cumulative", False),
        ],
    ),
    (
        "Police said 3,000 people had been detained since the protests began. About 500 of "
        "those detained were women.",
        [
            ("detained", "3,000", "cumulative", False),
            ("detained", "About 500 of those", "cumulative", False),
        ],
    ),
    # Near forms: a figure of the incident holds the part.
    (
        "Officials said 2,000 people had been arrested since the election. Police arrested 60 "
        "protesters on Monday, and at least 40 of those detained were minors.",
        [
            ("detained", "2,000", "cumulative", False),
            ("detained", "60 protesters", "incident", True),
            ("detained", "at least 40 of those", "incident", False),
        ],
    ),
    (
        "Troops captured 30 fighters on Monday. Ten of those captured were foreigners.",
        [
            ("detained", "30 fighters", "incident", True),
            ("detained", "Ten of those", "incident", False),
        ],
    ),
]

#: another period's bare number set beside a tally
COMPARED_TALLIES = [
    (
        "Police in the state killed 871 people in 2023, down from 1,330 the year before.",
        [("killed", "871", "cumulative", False), ("killed", "1,330", "cumulative", False)],
    ),
    (
        "There have been 168 homicides in the city this year, compared to 106 at this point "
        "last year.",
        [("killed", "168 homicides", "cumulative", False), ("killed", "106", "cumulative", False)],
    ),
    (
        "The city recorded 300 murders last year, up from 250 in 2022.",
        [("killed", "300 murders", "cumulative", False), ("killed", "250", "cumulative", False)],
    ),
    (
        "March 2016 saw 46 homicides, while March 2017 recorded 26.",
        [("killed", "46 homicides", "cumulative", False), ("killed", "26", "cumulative", False)],
    ),
    # Near forms: a toll revised, and an incident's figure.
    (
        "The death toll rose to 12 on Monday, up from 10 on Sunday.",
        [("killed", "12", "incident", True), ("killed", "10", "incident", False)],
    ),
    (
        "Two people were killed in the crash, down from five in a similar crash last year.",
        [("killed", "Two", "incident", True)],
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
test_parts_of_those_held, test_parts_tables = table_tests(
    {"PARTS_OF_THOSE_HELD": PARTS_OF_THOSE_HELD}, linked_rows, PUBLISHED
)
test_tally_parts, test_tally_tables = table_tests(
    {"TALLY_PARTS": TALLY_PARTS}, scoped_rows, PUBLISHED
)
test_compared_tallies, test_compared_tables = table_tests(
    {"COMPARED_TALLIES": COMPARED_TALLIES}, scoped_rows, PUBLISHED
)
