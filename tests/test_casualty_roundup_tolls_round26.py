"""Article totals of round-ups that tell several incidents, twenty-sixth round: a toll that
grew to a figure smaller than the one before it ("An air strike killed 40 in Gaza City ... The
death toll from that strike rose to 12") is another incident's toll, not the first revised; a
figure that sums the tolls of the events told ("That brought the toll for both bombings to 21",
"In all, 23 people were killed in the two attacks") restates them when it is their sum, or
revises them all when it is larger; a second event brought in at a site of its own ("A strike
on a school killed 20") is no other source's count of the first; a round-up's dead in "the
Austin neighborhood" are of the city rounded up; and "Hours later, gunmen stormed a village and
killed 20" is a deed of its own. Each table holds four or more wordings of one construction and
at least two near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "The death toll from that strike rose to 12" after a toll of 40: a rise to 12 cannot revise
#: 40, so the figure is the toll of the incident just brought in, counted beside the first.
RISE_TO_A_SMALLER_FIGURE = [
    (
        "An air strike killed 40 people in Gaza City on Monday. A second strike hit a school in "
        "Khan Younis. The death toll from that strike rose to 12 on Tuesday.",
        [("killed", "40", None, True), ("killed", "12", None, True)],
    ),
    (
        "Russian missiles killed 25 people in Dnipro on Saturday. A drone hit an apartment "
        "block in Sumy overnight. The death toll there has risen to four, the governor said.",
        [("killed", "25", None, True), ("killed", "four", None, True)],
    ),
    (
        "Gunmen killed 30 villagers in Zamfara state on Sunday. Bandits also attacked a market "
        "in Katsina. The number of dead in that attack climbed to nine on Monday.",
        [("killed", "30 villagers", None, True), ("killed", "nine", None, True)],
    ),
    (
        "A car bomb killed 18 soldiers near the border on Friday. A roadside bomb later struck a "
        "bus in the capital. The toll from the bus bombing has increased to seven, police said.",
        [("killed", "18 soldiers", None, True), ("killed", "seven", None, True)],
    ),
    # Near forms: a rise to a larger figure, or a toll revised down, revises the first.
    (
        "An air strike killed 12 people in Gaza City on Monday. The death toll from the strike "
        "rose to 19 on Tuesday.",
        [("killed", "12", None, False), ("killed", "19", "update_of", True)],
    ),
    (
        "An air strike killed 40 people in Gaza City on Monday. The death toll was revised down "
        "to 32 on Tuesday.",
        [("killed", "40", None, False), ("killed", "32", "update_of", True)],
    ),
]

#: "That brought the toll for both bombings to 21": a figure of the events told ("both", "the
#: two attacks") that is the sum of their counted tolls restates them and does not count; a
#: larger one over as many events is their toll since grown.
TOLLS_OF_THE_TOLD_EVENTS = [
    (
        "A suicide bomber killed 14 people at a police station in Kirkuk. Another bomber killed "
        "nine people at a market in Tikrit. In all, 23 people were killed in the two attacks.",
        [
            ("killed", "14", None, True),
            ("killed", "nine", None, True),
            ("killed", "23", None, False),
        ],
    ),
    (
        "Gunmen attacked a church in Owo, killing 20 worshippers. In a separate attack in "
        "Kaduna, bandits killed 11 villagers. The two attacks killed a combined 31 people.",
        [
            ("killed", "20 worshippers", None, True),
            ("killed", "11 villagers", None, True),
            ("killed", "a combined 31", None, False),
        ],
    ),
    (
        "A bomb killed 16 people at a bus station in Quetta. Hours later, a second bomb killed "
        "five people at a mosque in Peshawar. That brought the toll for both bombings to 21.",
        [
            ("killed", "16", None, True),
            ("killed", "five", None, True),
            ("killed", "21", None, False),
        ],
    ),
    (
        "Gunmen killed 20 worshippers at a church in Owo. In a separate attack, bandits killed "
        "11 villagers in Kaduna. The toll from both attacks rose to 35 on Monday.",
        [
            ("killed", "20 worshippers", None, False),
            ("killed", "11 villagers", None, False),
            ("killed", "35", "update_of", True),
        ],
    ),
    # Near forms: events told for the first time, and a sentence about the events that gives
    # another harm, keep every toll.
    (
        "Gunmen killed five people in Kano. Police shot dead three robbers in Lagos. Two "
        "bombings killed 14 people in Maiduguri.",
        [
            ("killed", "five", None, True),
            ("killed", "three robbers", None, True),
            ("killed", "14", None, True),
        ],
    ),
    (
        "A bomb killed 16 people at a bus station in Quetta. Hours later, a second bomb killed "
        "five people at a mosque in Peshawar. The two bombings also wounded 40 people.",
        [
            ("killed", "16", None, True),
            ("killed", "five", None, True),
            ("injured", "40", None, True),
        ],
    ),
]

#: "An Israeli strike on a house killed seven ... A strike on a school killed 20, the civil
#: defence said": one event brought in with "a", then another at a site of its own, is a second
#: incident, not another source's count of the first.
ANOTHER_EVENT_AT_ANOTHER_SITE = [
    (
        "An Israeli strike on a house killed seven people, medics said. A strike on a school "
        "killed 20 people, the civil defence said.",
        [("killed", "seven", None, True), ("killed", "20", None, True)],
    ),
    (
        "A bomb at a market killed seven people, police said. A car bomb outside a mosque killed "
        "20 people, witnesses said.",
        [("killed", "seven", None, True), ("killed", "20", None, True)],
    ),
    (
        "A drone strike on a bus killed six passengers, officials said. A missile strike on a "
        "hospital killed 15 people, the health ministry said.",
        [("killed", "six passengers", None, True), ("killed", "15", None, True)],
    ),
    (
        "A blast at a factory killed four workers, the fire service said. An explosion at a "
        "hotel killed nine people, police said.",
        [("killed", "four workers", None, True), ("killed", "nine", None, True)],
    ),
    # Near forms: the same site again, the strike told again with "the", or a series of strikes
    # a strike may be part of.
    (
        "An Israeli strike on a house killed seven people, medics said. A strike on the house "
        "killed 20 people, the civil defence said.",
        [("killed", "seven", None, True), ("killed", "20", "conflicts_with", False)],
    ),
    (
        "An Israeli strike on a house killed seven people, medics said. The civil defence said "
        "20 people were killed in the strike.",
        [("killed", "seven", None, True), ("killed", "20", "conflicts_with", False)],
    ),
    (
        "Israeli strikes killed 25 people across Gaza, medics said. A strike on a school killed "
        "12 people, the civil defence said.",
        [("killed", "25", None, True), ("killed", "12", "subset_of", False)],
    ),
]

#: "shot ... across Chicago over the weekend ... a man was shot dead in the Austin neighborhood":
#: a place told as a neighbourhood is a part of the city rounded up, whatever town of that name
#: the gazetteer files elsewhere, so its dead are among the round-up's.
NEIGHBOURHOOD_OF_THE_ROUNDED_UP_CITY = [
    (
        "At least 20 people were shot, three of them fatally, across Chicago over the weekend, "
        "police said. On Saturday night, a 24-year-old man was shot dead in the Austin "
        "neighborhood.",
        [
            ("killed_or_injured", "At least 20", None, True),
            ("killed", "three of them", None, True),
            ("killed", "a 24-year-old man", "subset_of", False),
        ],
    ),
    (
        "At least 14 people were shot, two of them fatally, across Philadelphia on Friday, "
        "police said. A 19-year-old man was killed in the Richmond neighborhood.",
        [
            ("killed_or_injured", "At least 14", None, True),
            ("killed", "two of them", None, True),
            ("killed", "A 19-year-old man", "subset_of", False),
        ],
    ),
    (
        "At least 30 people were shot, five of them fatally, across Chicago over the holiday "
        "weekend. A woman was killed in the Washington Park neighborhood on Sunday.",
        [
            ("killed_or_injured", "At least 30", None, True),
            ("killed", "five of them", None, True),
            ("killed", "A woman", "subset_of", False),
        ],
    ),
    (
        "Eleven people were shot, four of them fatally, across Baltimore over the weekend. A "
        "31-year-old man was shot dead in the Harlem Park neighborhood.",
        [
            ("killed_or_injured", "Eleven", None, True),
            ("killed", "four of them", None, True),
            ("killed", "A 31-year-old man", "subset_of", False),
        ],
    ),
    # Near forms: the town named with its state, or a city not rounded up ("in Chicago").
    (
        "At least 20 people were shot, three of them fatally, across Chicago over the weekend, "
        "police said. On Saturday night, a 24-year-old man was shot dead in Austin, Texas.",
        [
            ("killed_or_injured", "At least 20", None, True),
            ("killed", "three of them", None, True),
            ("killed", "a 24-year-old man", None, True),
        ],
    ),
    (
        "At least 20 people were shot, three of them fatally, in Chicago over the weekend, "
        "police said. A 24-year-old man was shot dead in the Austin neighborhood of Houston.",
        [
            ("killed_or_injured", "At least 20", None, True),
            ("killed", "three of them", None, True),
            ("killed", "A 24-year-old man", None, True),
        ],
    ),
]

#: "Hours later, gunmen stormed a village and killed 20 people, residents said": doers brought
#: in as a bare plural in a sentence set after the first incident do a deed of their own, not
#: the first toll grown; a report that the toll grew ("Later, officials said ...") still revises.
BARE_PLURAL_DOERS_AFTER_A_SEQUEL = [
    (
        "Gunmen attacked a bus, killing seven passengers, police said. Hours later, gunmen "
        "stormed a village and killed 20 people, residents said.",
        [("killed", "seven passengers", None, True), ("killed", "20", None, True)],
    ),
    (
        "Insurgents shelled a camp, killing six people, aid workers said. A day later, "
        "insurgents raided a town and killed 14 civilians, the governor said.",
        [("killed", "six", None, True), ("killed", "14 civilians", None, True)],
    ),
    (
        "Militants ambushed a convoy, killing nine soldiers, the army said. Later, militants "
        "attacked a checkpoint and killed 15 policemen, officials said.",
        [("killed", "nine soldiers", None, True), ("killed", "15 policemen", None, True)],
    ),
    (
        "Bandits killed 12 villagers in a raid on Sunday, police said. Hours later, bandits "
        "attacked a market and killed 30 traders, witnesses said.",
        [("killed", "12 villagers", None, True), ("killed", "30 traders", None, True)],
    ),
    # Near forms: the harm told as what officials later said is the toll grown.
    (
        "Gunmen attacked a bus, killing seven passengers, police said. Later, officials said "
        "gunmen had killed 20 people.",
        [("killed", "seven passengers", None, False), ("killed", "20", "update_of", True)],
    ),
    (
        "Gunmen attacked a bus on Monday, killing seven passengers, police said. Later, hospital "
        "officials said 12 passengers had died.",
        [
            ("killed", "seven passengers", None, False),
            ("killed", "12 passengers", "update_of", True),
        ],
    ),
]

TABLES = {
    "RISE_TO_A_SMALLER_FIGURE": RISE_TO_A_SMALLER_FIGURE,
    "TOLLS_OF_THE_TOLD_EVENTS": TOLLS_OF_THE_TOLD_EVENTS,
    "ANOTHER_EVENT_AT_ANOTHER_SITE": ANOTHER_EVENT_AT_ANOTHER_SITE,
    "NEIGHBOURHOOD_OF_THE_ROUNDED_UP_CITY": NEIGHBOURHOOD_OF_THE_ROUNDED_UP_CITY,
    "BARE_PLURAL_DOERS_AFTER_A_SEQUEL": BARE_PLURAL_DOERS_AFTER_A_SEQUEL,
}

#: (text, {type: (low, best, high)}): whole round-ups
ARTICLE_TOTALS = [
    (
        "NAIROBI, Kenya (AP) _ A car bomb went off outside the embassy on Friday, killing 213 "
        "people and wounding more than 4,000 others.\n\nAt almost the same moment an explosion "
        "ripped through the embassy in Tanzania.\n\nThe death toll in the Tanzania blast has "
        "risen to 11, hospital officials said on Wednesday. That brought the toll for both "
        "bombings to 224.",
        {"killed": (224, 224, 224)},
    ),
    (
        "Israeli strikes killed 31 people across Gaza on Tuesday, the health ministry said.\n\n"
        "In southern Lebanon, a drone struck a car near Nabatieh. The death toll from that "
        "strike rose to three on Wednesday, Lebanese officials said.",
        {"killed": (34, 34, 34)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_TOTALS)
def test_roundup_tolls(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    got = {k: v for k, v in totals(doc).items() if k in expected}
    assert got == expected, linked_rows(doc)


test_roundup_figures_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
