"""A tally's next sentence, twentieth round: after "At least 500 people have been killed since
March", a perfect-tense figure with no day or event of its own goes on with that tally
(`_continue_tallies`), unless its clause is a doer's act told as news ("Troops have killed 12
people in the town"), whose object is the harmed group. "More than 40,000 people have fled
their homes" has an object too, but no one harmed: the displaced are its subject, and the
figure goes on with the tally (the held-out wire gold, articles_I i04). Near forms: a doer's
act, a dated figure, and a figure with no tally before it stay incidents.

Each case gives the text and (type, count text, time scope, counts toward total) of every row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2024-05-10"

OBJECT_THAT_IS_NO_VICTIM = [
    (
        "At least 500 people have been killed in the region since March, according to a UN "
        "count. More than 40,000 people have fled their homes, the agency says.",
        [
            ("killed", "At least 500", "cumulative", False),
            ("displaced", "More than 40,000", "cumulative", False),
        ],
    ),
    (
        "Since the fighting began, 230 civilians have been killed, officials said. Some 8,000 "
        "families have fled their homes, aid groups say.",
        [
            ("killed", "230 civilians", "cumulative", False),
            ("displaced", "Some 8,000 families", "cumulative", False),
        ],
    ),
    (
        "More than 1,000 people have been killed in the province since January. About 60,000 "
        "residents have fled their villages, the UN said.",
        [
            ("killed", "More than 1,000", "cumulative", False),
            ("displaced", "About 60,000 residents", "cumulative", False),
        ],
    ),
    # Near forms: a doer's act on the harmed (its object is the victims), a dated figure, and
    # no tally before the figure.
    (
        "At least 500 people have been killed in the region since March, according to a UN "
        "count. Troops have killed 12 people in the town, the ministry said.",
        [
            ("killed", "At least 500", "cumulative", False),
            ("killed", "12", "incident", True),
        ],
    ),
    (
        "At least 500 people have been killed in the region since March. On Tuesday, 3,000 "
        "people fled their homes.",
        [
            ("killed", "At least 500", "cumulative", False),
            ("displaced", "3,000", "incident", True),
        ],
    ),
    (
        "More than 40,000 people have fled their homes after the earthquake, the agency says.",
        [("displaced", "More than 40,000", "incident", True)],
    ),
]

TABLES = {"OBJECT_THAT_IS_NO_VICTIM": OBJECT_THAT_IS_NO_VICTIM}

test_continued_tallies_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)
