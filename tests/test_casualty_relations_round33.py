"""Relations of casualty rows, round 33: hand-made paragraphs for the relations the fitted
sets got wrong in more than one article. Each table holds four or more wordings of one
construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "wounding more than 30 ... a spokesman said 34 injured people had been taken to hospitals":
#: an exact figure just above a "more than N" told before is that figure made precise
#: (`same_as`), whoever tells it; a far larger one is another source's count, "at least N" is
#: open to rise, and a toll told as grown revises it.
MADE_PRECISE = [
    (
        "A car bomb exploded near a checkpoint, wounding more than 40 people, the police said. "
        "Doctors at the city hospital said 43 wounded people had been admitted.",
        [("injured", "more than 40", None, True), ("injured", "43 wounded", "same_as", False)],
    ),
    (
        "Security forces detained more than 200 people after the riots, the army said. A rights "
        "group said 214 people had been detained in the crackdown.",
        [("detained", "more than 200", None, True), ("detained", "214", "same_as", False)],
    ),
    (
        "More than 50 migrants were missing after the boat capsized, the coast guard said. A "
        "charity said 56 people were missing.",
        [("missing", "More than 50 migrants", None, True), ("missing", "56", "same_as", False)],
    ),
    (
        "Flooding displaced more than 1,000 residents, local officials said. The regional "
        "governor said 1,120 people had been displaced.",
        [
            ("displaced", "more than 1,000 residents", None, True),
            ("displaced", "1,120", "same_as", False),
        ],
    ),
    # Near forms: far above the round figure, another count; "at least" is open to rise; a
    # toll told as grown revises the figure.
    (
        "A car bomb exploded near a checkpoint, wounding more than 40 people, the police said. "
        "Doctors at the city hospital said 65 wounded people had been admitted.",
        [
            ("injured", "more than 40", None, True),
            ("injured", "65 wounded", "conflicts_with", False),
        ],
    ),
    (
        "A car bomb exploded near a checkpoint, wounding at least 40 people, the police said. "
        "Doctors at the city hospital said 43 wounded people had been admitted.",
        [
            ("injured", "at least 40", None, True),
            ("injured", "43 wounded", "conflicts_with", False),
        ],
    ),
    (
        "A car bomb exploded near a checkpoint, wounding more than 40 people, the police said. "
        "The number of wounded later rose to 43, the police said.",
        [("injured", "more than 40", None, False), ("injured", "43", "update_of", True)],
    ),
]

TABLES = {"made_precise": MADE_PRECISE}

test_a_reports_rows_relate, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
