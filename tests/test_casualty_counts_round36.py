"""Counting of casualty rows, round 36: hand-made paragraphs for a figure told as added right
after a tally ("Nearly 1,300 died during the offensive. Thirteen soldiers were also killed"):
it is added to that tally, not to the incident's toll. Each table holds four or more wordings
and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "also" with nothing of its own (no day, no event) goes on with the tally before it; a day or
#: an event of its own, a figure without "also", or an incident before, is the incident again.
ADDED_TO_TALLY = [
    (
        "Nearly 900 villagers died and about 2,000 were hurt during the two-month siege. "
        "Twenty soldiers were also killed.",
        [
            ("killed", "Nearly 900 villagers", None, False),
            ("injured", "about 2,000", None, False),
            ("killed", "Twenty soldiers", None, False),
        ],
    ),
    (
        "More than 4,000 people died during the five-year civil war, a monitoring group said. "
        "Dozens of aid workers were also killed.",
        [
            ("killed", "More than 4,000", None, False),
            ("killed", "Dozens of aid workers", None, False),
        ],
    ),
    (
        "Since January, 230 migrants have drowned in the strait. Forty fishermen also went "
        "missing.",
        [("killed", "230 migrants", None, False), ("missing", "Forty fishermen", None, False)],
    ),
    (
        "Some 3,500 protesters were arrested during the year of unrest. Sixty journalists were "
        "also detained.",
        [
            ("detained", "Some 3,500 protesters", None, False),
            ("detained", "Sixty journalists", None, False),
        ],
    ),
    # Near forms: a day or an event of its own, no "also", or an incident before.
    (
        "Nearly 900 villagers died during the two-month siege. Twenty soldiers were also "
        "killed on Tuesday.",
        [
            ("killed", "Nearly 900 villagers", None, False),
            ("killed", "Twenty soldiers", None, True),
        ],
    ),
    (
        "Nearly 900 villagers died during the two-month siege. Twenty soldiers were also "
        "killed in the ambush.",
        [
            ("killed", "Nearly 900 villagers", None, False),
            ("killed", "Twenty soldiers", None, True),
        ],
    ),
    (
        "Nearly 900 villagers died during the two-month siege. Twenty soldiers were killed.",
        [
            ("killed", "Nearly 900 villagers", None, False),
            ("killed", "Twenty soldiers", None, True),
        ],
    ),
    (
        "A car bomb killed five people in the market on Tuesday. Two police officers were also "
        "wounded.",
        [("killed", "five", None, True), ("injured", "Two police officers", None, True)],
    ),
]

test_rows, test_tables = table_tests({"ADDED_TO_TALLY": ADDED_TO_TALLY}, linked_rows, PUBLISHED)
