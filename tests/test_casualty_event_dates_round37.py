"""Event dates of the thirty-seventh round.

A row that repeats a person (`same_as`) with a later day its own harm verb states ("A
28-year-old woman was shot ... early Saturday" after a woman punched on April 15) keeps that
day: a person is harmed once, so the day tells the harm apart from the root's. A toll that
rises on a later day, a death that updates an earlier wound, and a repeat whose sentence gives
no day still take the root's day.

A row on a crawled page's list of teasers (lines printed twice in a row, `_teaser_lines`)
summarises another story: the article's day does not date it. A day its own line states does,
and so does that of another teaser it repeats (a list of teasers of one story).

A time responders came out on ("At around 10 p.m., deputies responded to reports of several
people who had been shot") is the incident's, not another clause's: a harm in the relative
clause of the report takes the article's day. A day of another verb of that clause (searching,
visiting) still leaves the harm undated.

A relative clause of harm the parser hangs on the last place named after an event noun ("the
Aug. 7 bombings in Nairobi and Dar es Salaam, Tanzania, which left more than 250 people dead")
describes that event: the date on its noun dates the harm, not a day of the clause it sits in.
A clause on a person, or one of a place's own, keeps its own day.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-12-26."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-12-26"


#: a repeat of a person whose own harm verb states a later day than the root's
OWN_LATER_DAY = [
    (
        "A man punched a woman in the face at a subway station on April 15, police said. The "
        "suspect fled.\n\nA 28-year-old woman was shot in the leg in Queens early Saturday, "
        "police said.",
        [("injured", "a woman", "2023-04-15"), ("injured", "A 28-year-old woman", "2023-12-23")],
    ),
    (
        "A woman was robbed and beaten in a park on March 3, police said. She was treated at a "
        "hospital.\n\nA 40-year-old woman was stabbed in the arm in Harlem on Friday, cops said.",
        [("injured", "A woman", "2023-03-03"), ("injured", "A 40-year-old woman", "2023-12-22")],
    ),
    (
        "A man was shot in the hand outside a store on June 4, police said.\n\nA 19-year-old man "
        "was shot in the chest in Midtown on Sunday, police said.",
        [("injured", "A man", "2023-06-04"), ("injured", "A 19-year-old man", "2023-12-24")],
    ),
    (
        "A boy was hit by a stray bullet in a playground on May 20, police said.\n\nA 12-year-old "
        "boy was wounded by gunfire in Newark on Saturday night, police said.",
        [("injured", "A boy", "2023-05-20"), ("injured", "A 12-year-old boy", "2023-12-23")],
    ),
    # Near forms: a toll risen on a later day; a death updating a wound; a repeat with no day.
    (
        "A gunman killed two people at a mall on Saturday. The death toll rose to three on Monday.",
        [("killed", "two", "2023-12-23"), ("killed", "three", "2023-12-23")],
    ),
    (
        "A man was shot at a gas station on Friday, police said. On Sunday, the man died at the "
        "hospital.",
        [("injured", "A man", "2023-12-22"), ("killed", "the man", "2023-12-22")],
    ),
    (
        "A man was shot in the hand outside a store on June 4, police said.\n\nThe man was "
        "shot again in Midtown, police said.",
        [("injured", "A man", "2023-06-04"), ("injured", "The man", "2023-06-04")],
    ),
]


def _teasers(first: str, second: str, story: str) -> str:
    """A page that prints two teaser lines twice each above its story."""
    return f"{first}\n\n{first}\n\n{second}\n\n{second}\n\n{story}"


OTHER_STORY = "School board approves a new budget for the coming year after a long debate"

#: rows of teasers of other stories above a dated story
TEASER_ROWS = [
    (
        _teasers(
            "A woman and her son are taken to the hospital after a crash on the highway",
            "Firefighters battle a barn fire outside town for several hours overnight",
            "Police say a man shot two people outside a bar early Sunday. Both victims were "
            "taken to a hospital.",
        ),
        [
            ("injured", "A woman", None),
            ("injured", "her son", None),
            ("injured", "A woman", None),
            ("injured", "her son", None),
            ("injured", "two", "2023-12-24"),
            ("injured", "Both victims", "2023-12-24"),
        ],
    ),
    (
        _teasers(
            "A teenager is hurt when his bicycle is hit by a pickup truck",
            "City council votes to raise parking fees in the downtown district",
            "A 30-year-old man was stabbed in a fight at a gas station on Friday night, police "
            "said.",
        ),
        [
            ("injured", "A teenager", None),
            ("injured", "A teenager", None),
            ("injured", "A 30-year-old man", "2023-12-22"),
        ],
    ),
    (
        _teasers(
            "An elderly man is injured after a fall at a grocery store",
            OTHER_STORY,
            "Two people were shot outside a nightclub on Saturday, police said.",
        ),
        [
            ("injured", "An elderly man", None),
            ("injured", "An elderly man", None),
            ("injured", "Two", "2023-12-23"),
        ],
    ),
    (
        _teasers(
            "Three people are hurt when a car slams into a bus shelter downtown",
            "Library reopens after a long renovation with a new reading room",
            "A man was shot and killed outside his home late Monday, police said.",
        ),
        [("injured", "Three", None), ("injured", "Three", None), ("killed", "A man", "2023-12-25")],
    ),
    # Near forms: a teaser that states its own day; teasers of the story itself, one dated;
    # the same lines printed once, no list of teasers.
    (
        _teasers(
            "A child was hurt in a rollover crash on Route 9 on Thursday morning",
            OTHER_STORY,
            "Two people were shot outside a nightclub on Saturday, police said.",
        ),
        [
            ("injured", "A child", "2023-12-21"),
            ("injured", "A child", "2023-12-21"),
            ("injured", "Two", "2023-12-23"),
        ],
    ),
    (
        _teasers(
            "Two people were shot outside a nightclub on Saturday, police said in a statement",
            "Police say the two people shot outside the nightclub are expected to survive",
            "Two people were shot outside a nightclub on Saturday, police said.",
        ),
        [
            ("injured", "Two", "2023-12-23"),
            ("injured", "Two", "2023-12-23"),
            ("injured", "the two", "2023-12-23"),
            ("injured", "the two", "2023-12-23"),
            ("injured", "Two", "2023-12-23"),
        ],
    ),
    (
        "A woman and her son are taken to the hospital after a crash on the highway.\n\nPolice "
        "say a man shot two people outside a bar early Sunday. Both victims were taken to a "
        "hospital.",
        [
            ("injured", "A woman", "2023-12-24"),
            ("injured", "her son", "2023-12-24"),
            ("injured", "two", "2023-12-24"),
            ("injured", "Both victims", "2023-12-24"),
        ],
    ),
]

#: a harm in a relative clause on the report that responders came out to at a time
RESPONSE_TIME = [
    (
        "A man was killed in a shooting on Saturday night, police said. At around 10 p.m., "
        "deputies responded to reports of several people who had been shot near a home.",
        [("killed", "A man", "2023-12-23"), ("killed_or_injured", "several people", "2023-12-23")],
    ),
    (
        "A woman was shot outside a bar early Sunday. Officers were dispatched at about 1 a.m. "
        "to a report of two men who had been stabbed nearby.",
        [("injured", "A woman", "2023-12-24"), ("injured", "two men", "2023-12-24")],
    ),
    (
        "A teenager was killed in a drive-by shooting on Friday. Paramedics were called around "
        "9 p.m. for three people who had been wounded by gunfire.",
        [("killed", "A teenager", "2023-12-22"), ("injured", "three", "2023-12-22")],
    ),
    (
        "A man was stabbed at a nightclub on Saturday, police said. Around 2 a.m., officers were "
        "summoned to a report of a woman who had been shot in the street.",
        [("injured", "A man", "2023-12-23"), ("injured", "a woman", "2023-12-23")],
    ),
    # Near forms: a day of searching or of visiting in the clause the harm hangs on.
    (
        "A man was killed in a shooting on Saturday night, police said. On Monday, "
        "investigators searched for a gunman who had shot two people in the same block last "
        "year.",
        [("killed", "A man", "2023-12-23"), ("killed_or_injured", "two", None)],
    ),
    (
        "A woman was shot outside a bar early Sunday. At 3 p.m. Monday, the mayor visited two "
        "men who had been stabbed nearby.",
        [("injured", "A woman", "2023-12-24"), ("injured", "two men", None)],
    ),
]

#: a harm clause hung on a place after the event noun it describes
EVENT_OVER_PLACES = [
    (
        "Tour operators say there have been no cancellations as a result of the Aug. 7 bombings "
        "in Nairobi and Dar es Salaam, Tanzania, which left more than 250 people dead.",
        [("killed", "more than 250", "2023-08-07")],
    ),
    (
        "Officials said on Tuesday that shops have reopened since the Oct. 2 attack in Kabul, "
        "Afghanistan, which killed 20 people.",
        [("killed", "20", "2023-10-02")],
    ),
    (
        "The company said on Friday that insurers have paid most claims after the Sept. 14 "
        "explosion at a factory in Dhaka, Bangladesh, which injured 40 workers.",
        [("injured", "40 workers", "2023-09-14")],
    ),
    (
        "The charity said on Monday that families have received aid since the July 9 crash near "
        "Lyon, France, which killed nine passengers.",
        [("killed", "nine passengers", "2023-07-09")],
    ),
    # Near forms: a clause on a person; a clause of the place's own with its own day.
    (
        "Reporters on Monday followed the trial of Anna Berg, who injured three people on Sept. "
        "14.",
        [("injured", "three", "2023-09-14")],
    ),
    (
        "The mayor said on Tuesday that aid has reached Kherson, Ukraine, where shelling killed "
        "four people on Oct. 2.",
        [("killed", "four", "2023-10-02")],
    ),
]

test_rows, test_tables = table_tests(
    {
        "event_over_places": EVENT_OVER_PLACES,
        "own_later_day": OWN_LATER_DAY,
        "teaser_rows": TEASER_ROWS,
        "response_time": RESPONSE_TIME,
    },
    dated_rows,
    PUBLISHED,
)
