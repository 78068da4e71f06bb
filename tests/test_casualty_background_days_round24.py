"""Days of an older incident an article recalls, twenty-fourth round.

"All 162 passengers died when the plane crashed into the sea a year ago", "All 189 on board
died when the jet came down last October", "rates dropped in 2018 after two children died",
"the scene of another shooting last October when one man was killed": a harm timed by an
occurrence clause (`occurrence_marks`), or told in an `aftermath_marks` / `occasion_marks`
clause, whose month or year is that clause's is a harm of the incident that month or year
dates, not of the one the article reports. It takes the day the article states within that
period ("The jet vanished on December 28"), else no day; a day something was said on ("On May
20, the minister said") dates no incident (fitted: wikinews m, p, GVA g11, TBAQ t1). Near
forms: a harm so timed with no month or year ("died when it overturned on a bridge") and one
whose period holds the article's incident day ("sank this week", "hit the sea last month"
after "crashed on May 28") keep the article's day.

A page stamp's clock time read apart from its date dates the page, not an older harm the
article tells of (`STAMP_TIMES`).

Each case gives the text and (type, count text, event date) of every row."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

#: a Sunday
PUBLISHED = "2023-06-04"

BACKGROUND_DAYS = [
    (
        "A memorial was held for the victims on Saturday. All 162 passengers died when the "
        "plane crashed into the sea a year ago.",
        [("killed", "162 passengers", None)],
    ),
    (
        "Investigators found the second recorder on Monday. All 189 on board died when the jet "
        "came down last October.",
        [("killed", "189", None)],
    ),
    (
        "Investigators blamed the pilots on Tuesday. All 150 passengers died when the plane "
        "crashed into the sea a year ago. The jet vanished on December 28.",
        [("killed", "150 passengers", "2022-12-28")],
    ),
    (
        "The clinic reopened on Friday. Vaccination rates dropped in 2018 after two small "
        "children died from a faulty vaccine.",
        [("killed", "two small children", None)],
    ),
    (
        "The minister spoke on Friday. In addition, 40 soldiers were killed when two "
        "helicopters collided last February.",
        [("killed", "40 soldiers", None)],
    ),
    (
        "The park reopened on Saturday. It was the scene of another shooting last October when "
        "one man was killed.",
        [("killed", "one man", None)],
    ),
    (
        "On May 20, the minister said talks would go on. Twelve sailors died when their ship "
        "sank last May.",
        [("killed", "Twelve sailors", None)],
    ),
    (
        "The trial opened on Monday. Nine miners died after the tunnel collapsed in 2019.",
        [("killed", "Nine miners", None)],
    ),
    # Near forms: no month or year on the timing clause, or a period holding the incident day.
    (
        "A bus crashed on Friday. Six people died when it overturned on a bridge.",
        [("killed", "Six", "2023-06-02")],
    ),
    (
        "Gunmen attacked a bus on Friday. Six people were killed when the gunmen opened fire.",
        [("killed", "Six", "2023-06-02")],
    ),
    (
        "A ferry capsized on Friday. Ten people drowned when the ferry sank this week.",
        [("killed", "Ten", "2023-06-02")],
    ),
    (
        "A plane crashed on May 28. All 80 on board died when the plane hit the sea last month.",
        [("killed", "80", "2023-05-28")],
    ),
    (
        "A fire broke out at a hotel on Thursday. Four guests died after the roof collapsed.",
        [("killed", "Four guests", "2023-06-01")],
    ),
]

#: A page stamp's clock time with its date between it and the label ("Updated: Jun 4, 2023 -
#: 7:34 PM"), in an article on a later step of a case that states no day of the harm: the time
#: dates the page, not the harm, which then has no day (fitted: GVA g1). Near forms: a day the
#: story gives the harm, and a clock time of the story's own.
STAMP_TIMES = [
    (
        "Updated: Jun 4, 2023 - 7:34 PM\n\nA man charged in the fatal shooting of a toddler "
        "pleaded guilty on Sunday.",
        [("killed", "a toddler", None)],
    ),
    (
        "Posted: Jun 4, 2023 - 8:15 AM\n\nA woman accused in the stabbing death of her "
        "neighbor appeared in court Sunday.",
        [("killed", "her neighbor", None)],
    ),
    (
        "Published: Sun, Jun 4 2023 - 10:05 am\n\nA man charged with the killing of his "
        "brother pleaded not guilty on Sunday.",
        [("killed", "his brother", None)],
    ),
    (
        "Updated: Jun 4, 2023 - 7:34 PM\n\nA man was shot and killed in a parking lot on Thursday.",
        [("killed", "A man", "2023-06-01")],
    ),
    (
        "At 7:34 PM on Sunday, a man was shot in a parking lot.",
        [("injured", "a man", "2023-06-04")],
    ),
    (
        "Police said that at 7:34 PM Sunday a man was shot in a parking lot.",
        [("injured", "a man", "2023-06-04")],
    ),
]

#: An event the article first names with an old month or year ("the Lockerbie bombing of
#: 1988", "the 2013 typhoon"): a later harm whose cause is that event noun, with no day of its
#: own, is of that old event, not dated by the article's day (fitted: wikinews m). Near forms:
#: the event first named with no date or with a period holding the article's day, and an old
#: event named after the article's own one ("the deadliest since the bombing of 1988").
RECALLED_EVENTS = [
    (
        "A court freed the last suspect in the bombing of 1988 on Friday. The bombing killed 31 "
        "people at the station.",
        [("killed", "31", None)],
    ),
    (
        "Survivors of the 2013 typhoon gathered in the city on Friday. The typhoon killed more "
        "than 6,000 people.",
        [("killed", "more than 6,000", None)],
    ),
    (
        "Families of the victims of the 2019 earthquake met the minister on Monday. The "
        "earthquake injured about 400 people.",
        [("injured", "about 400", None)],
    ),
    (
        "Relatives of the victims of the 1994 fire marched on Saturday. The fire at the club "
        "killed 60 people.",
        [("killed", "60", None)],
    ),
    (
        "A bombing at the station killed 12 people on Friday. It was the deadliest since the "
        "bombing of 1988. Police said the bombing also wounded 40.",
        [("killed", "12", "2023-06-02"), ("injured", "40", "2023-06-02")],
    ),
    (
        "Survivors of the typhoon gathered in the city on Friday. The typhoon killed 30 people.",
        [("killed", "30", "2023-06-02")],
    ),
    (
        "Survivors of the 2023 typhoon gathered in the city on Friday. The typhoon killed 30 "
        "people.",
        [("killed", "30", "2023-06-02")],
    ),
]

TABLES = {
    "BACKGROUND_DAYS": BACKGROUND_DAYS,
    "STAMP_TIMES": STAMP_TIMES,
    "RECALLED_EVENTS": RECALLED_EVENTS,
}

test_background_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
