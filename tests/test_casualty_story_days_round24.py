"""The article's day on a crawled page with a list of teasers, twenty-fourth round (fitted: GVA
g4). Some crawled pages print, before the story, a list of teasers of other stories, each
summary twice in a row (a headline's summary, then the same summary with the first lines of its
story). A teaser's day dates only its own figures: a figure of the story that states no day of
its own (the headline's "Girl killed in shooting") takes the story's first stated day, not the
day of a teaser above it.

Near forms keep the first stated day or the figures' own days: a story whose own lead the crawl
printed twice (one pair is no list), lines too short to be summaries ("Watch the video"), a page
of teasers alone, and teasers after the story.

Each case gives the text and (type, count text, event date) of every row; published on
Wednesday 2024-03-13."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2024-03-13"

FIRE = (
    "Firefighters battled a blaze that left three families displaced Saturday morning in the "
    "east end."
)
BUDGET = "The city council approved a new budget for the parks department at its Tuesday meeting."
CRASH = "Two people were hurt in a crash on the interstate on Sunday night, troopers said"
STAB = "A woman was stabbed at a bus stop on Friday night, officers said."
DROWN = "A man drowned in the lake on Sunday afternoon, deputies said."
SCHOOL = "Students at the high school raised money for a new library this spring."
LEAD = "Three people were killed in a house fire on Friday, officials said."


STORY_AFTER_TEASERS = [
    (
        f"Girl killed in shooting\n\n{FIRE}\n\n{FIRE} Crews stayed for hours.\n\n{BUDGET}\n\n"
        f"{BUDGET}\n\nA girl was shot and killed on Monday, police said.\n\n"
        "The girl died at a hospital.",
        [
            ("killed", "Girl", "2024-03-11"),
            ("displaced", "three families", "2024-03-09"),
            ("displaced", "three families", "2024-03-09"),
            ("killed", "A girl", "2024-03-11"),
            ("killed", "The girl", "2024-03-11"),
        ],
    ),
    (
        f"Man wounded in shooting at bar\n\n{CRASH}...\n\n{CRASH}. One driver was cited.\n\n"
        f"{SCHOOL}\n\n{SCHOOL} The drive ends in May.\n\n"
        "A man was shot outside a bar on Tuesday, police said.",
        [
            ("injured", "Man", "2024-03-12"),
            ("injured", "Two", "2024-03-10"),
            ("injured", "Two", "2024-03-10"),
            ("injured", "A man", "2024-03-12"),
        ],
    ),
    (
        f"Boy hurt in shooting\n\n{STAB}\n\n{STAB}\n\n{BUDGET}\n\n{BUDGET}\n\n"
        "A boy was wounded by a stray bullet on Tuesday.\n\nThe boy is expected to recover.",
        [
            ("injured", "Boy", "2024-03-12"),
            ("injured", "A woman", "2024-03-08"),
            ("injured", "A woman", "2024-03-08"),
            ("injured", "A boy", "2024-03-12"),
        ],
    ),
    (
        f"Two officers hurt in crash\n\n{DROWN}\n\n{DROWN}\n\n{SCHOOL}\n\n{SCHOOL}\n\n"
        "Two officers were injured when their cruiser crashed on Monday night.",
        [
            ("injured", "Two officers", "2024-03-11"),
            ("killed", "A man", "2024-03-10"),
            ("killed", "A man", "2024-03-10"),
            ("injured", "Two officers", "2024-03-11"),
        ],
    ),
    # near forms: the first stated day, or each figure's own
    (
        f"Three killed in fire\n\n{LEAD}\n\n{LEAD} The cause is unknown.\n\n"
        "A firefighter was hurt on Saturday while clearing the debris.",
        [
            ("killed", "Three killed", "2024-03-08"),
            ("killed", "Three", "2024-03-08"),
            ("killed", "Three", "2024-03-08"),
            ("injured", "A firefighter", "2024-03-09"),
        ],
    ),
    (
        "A woman was stabbed Friday.\n\nA woman was stabbed Friday.\n\n"
        "Watch the video\n\nWatch the video\n\nA boy was wounded by a stray bullet on Tuesday.",
        [
            ("injured", "A woman", "2024-03-08"),
            ("injured", "A woman", "2024-03-08"),
            ("injured", "A boy", "2024-03-12"),
        ],
    ),
    (
        f"{DROWN}\n\n{DROWN}\n\n{STAB}\n\n{STAB}\n\nThe city will review the case.",
        [
            ("killed", "A man", "2024-03-10"),
            ("killed", "A man", "2024-03-10"),
            ("injured", "A woman", "2024-03-08"),
            ("injured", "A woman", "2024-03-08"),
        ],
    ),
    (
        f"A boy was wounded by a stray bullet on Tuesday.\n\n{STAB}\n\n{STAB}\n\n{DROWN}\n\n"
        f"{DROWN}",
        [
            ("injured", "A boy", "2024-03-12"),
            ("injured", "A woman", "2024-03-08"),
            ("injured", "A woman", "2024-03-08"),
            ("killed", "A man", "2024-03-10"),
            ("killed", "A man", "2024-03-10"),
        ],
    ),
]

test_story_days, test_story_day_tables = table_tests(
    {"STORY_AFTER_TEASERS": STORY_AFTER_TEASERS}, dated_rows, PUBLISHED
)
