"""Article totals on wire live pages and regional reports: which later figures are a part, a
tally or a figure of their own. Each table holds four or more wordings of one construction that
changed the article's total, and the near forms that must keep theirs. A row gives every
casualty row of the text as (type, count text, relation, counts) and the killed total (best,
else low)."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows as rows

PUBLISHED = "2024-05-12"


def total(doc, type_: str) -> int | None:
    found = totals(doc).get(type_)
    if found is None:
        return None
    low, best, _ = found
    return best if best is not None else low


#: A conflict's tally told with the harmed as subject and the conflict in a phrase ("have been
#: killed in the war") is cumulative, as "the war has killed" is; the day's figure then counts.
CONFLICT_IN_A_PHRASE = [
    (
        "The Gaza health ministry said at least 34,971 Palestinians have been killed in the war. "
        "In the past 24 hours, 67 people were killed, it said.",
        [
            ("killed", "at least 34,971 Palestinians", None, False),
            ("killed", "67", None, True),
        ],
        67,
    ),
    (
        "At least 34,971 Palestinians have been killed in Israel's offensive, the ministry said. "
        "Israeli strikes killed 67 people in the past day, it said.",
        [
            ("killed", "At least 34,971 Palestinians", None, False),
            ("killed", "67", None, True),
        ],
        67,
    ),
    (
        "More than 14,000 people have died in Sudan's war, according to the UN. On Friday, RSF "
        "shelling killed 12 people in El Fasher.",
        [("killed", "More than 14,000", None, False), ("killed", "12", None, True)],
        12,
    ),
    (
        "More than 1,000 people have been killed in the fighting, the UN says. On Tuesday, an "
        "air strike on a market killed 30 people.",
        [("killed", "More than 1,000", None, False), ("killed", "30", None, True)],
        30,
    ),
    # Near forms: a small toll of fresh fighting, a past tense with a day, one attack's toll.
    (
        "At least 32 people have been killed in the fighting in Tripoli, the health ministry "
        "said. Two more died on Friday.",
        [("killed", "At least 32", None, True), ("killed", "Two more", None, True)],
        34,
    ),
    (
        "Three soldiers were killed in the war on Tuesday, the army said.",
        [("killed", "Three soldiers", None, True)],
        3,
    ),
    (
        "At least 1,200 people have been killed in the attack, officials said.",
        [("killed", "At least 1,200", None, True)],
        1200,
    ),
]

#: "N of them" takes its people from the group told before it, wherever the part was harmed.
PART_OF_THEM = [
    (
        "Israeli strikes killed 31 Palestinians across Gaza on Saturday, health officials said. "
        "Eleven of them were killed in a strike on a house in Rafah.",
        [
            ("killed", "31 Palestinians", None, True),
            ("killed", "Eleven of them", "subset_of", False),
        ],
        31,
    ),
    (
        "Gunmen killed 30 villagers in Zamfara state on Sunday, police said. Twelve of them were "
        "killed in the village of Kadawa in Plateau.",
        [
            ("killed", "30 villagers", None, True),
            ("killed", "Twelve of them", "subset_of", False),
        ],
        30,
    ),
    (
        "Russian shelling killed 11 people in Donetsk region on Friday, the governor said. Six "
        "of them died in Kharkiv.",
        [("killed", "11", None, True), ("killed", "Six of them", "subset_of", False)],
        11,
    ),
    (
        "Israeli strikes killed 31 Palestinians across Gaza on Saturday, health officials said. "
        "Eleven of them were killed in a strike on a house in Rafah, and eight in Gaza City.",
        [
            ("killed", "31 Palestinians", None, True),
            ("killed", "Eleven of them", "subset_of", False),
            ("killed", "eight", "subset_of", False),
        ],
        31,
    ),
    # Near forms: another place's figure of its own, and a part named by a harm word.
    (
        "Gunmen killed 30 villagers in Zamfara state on Sunday, police said. In Kaduna, bandits "
        "killed 12 people.",
        [("killed", "30 villagers", None, True), ("killed", "12", None, True)],
        42,
    ),
    (
        "Gunmen killed 30 villagers in Zamfara state on Sunday, police said. Twelve of the dead "
        "were children from Kaduna.",
        [
            ("killed", "30 villagers", None, True),
            ("killed", "Twelve of the dead", "subset_of", False),
        ],
        30,
    ),
]

#: The place of the event that did the harm, told in the harm's own phrase ("killed by shelling
#: in Nikopol", "died after an explosion in Maiduguri"), places the figure: another town's
#: figure is one of its own.
PLACE_OF_THE_CAUSE = [
    (
        "A Russian missile hit Odesa on Friday, killing four people. Two people were killed by "
        "shelling in Nikopol, the governor said.",
        [("killed", "four", None, True), ("killed", "Two", None, True)],
        6,
    ),
    (
        "Israeli strikes killed 20 people in Rafah. Three people were killed by shelling in Khan "
        "Younis.",
        [("killed", "20", None, True), ("killed", "Three", None, True)],
        23,
    ),
    (
        "Gunmen killed 12 people in Zamfara. Five people died after an explosion in Maiduguri.",
        [("killed", "12", None, True), ("killed", "Five", None, True)],
        17,
    ),
    (
        "Gunmen killed 12 people in Zamfara. Five people died during clashes in Maiduguri.",
        [("killed", "12", None, True), ("killed", "Five", None, True)],
        17,
    ),
    (
        "Gunmen killed 12 people in Zamfara. Five people died after shelling in Maiduguri.",
        [("killed", "12", None, True), ("killed", "Five", None, True)],
        17,
    ),
    # Near forms: a part in a place inside the first, a part told with "of them", and a place
    # that only names who spoke.
    (
        "Russian attacks killed six people in the Donetsk region. Two were killed by shelling in "
        "Pokrovsk.",
        [("killed", "six", None, True), ("killed", "Two", "subset_of", False)],
        6,
    ),
    (
        "A Russian missile hit Odesa on Friday, killing four people. Two of them were killed by "
        "shelling in Odesa's port.",
        [("killed", "four", None, True), ("killed", "Two of them", "subset_of", False)],
        4,
    ),
    (
        "Gunmen killed 12 people in Zamfara on Monday. Five people died after an attack on the "
        "village, officials in Gusau said.",
        [("killed", "12", None, True), ("killed", "Five", "subset_of", False)],
        12,
    ),
]

#: "The number of people killed this month" is a tally over the month: not a revision of the
#: incident's toll, whatever event raised it.
TALLY_OF_A_PERIOD = [
    (
        "Gunmen killed 11 people in Benue state on Tuesday, police said. The attack raised to 50 "
        "the number of people killed in the state this month.",
        [("killed", "11", None, True), ("killed", "50", None, False)],
        11,
    ),
    (
        "Gunmen killed 11 people in Benue state on Tuesday, police said. The attack brings to 50 "
        "the number of people killed in the state this month.",
        [("killed", "11", None, True), ("killed", "50", None, False)],
        11,
    ),
    (
        "Gunmen killed 11 people in Benue state on Tuesday. The toll of people killed in Benue "
        "this week is now 20.",
        [("killed", "11", None, True), ("killed", "20", None, False)],
        11,
    ),
    (
        "Gunmen killed 11 people in Benue state on Tuesday, police said. The attack brings the "
        "number of people killed in the state this month to 50.",
        [("killed", "11", None, True), ("killed", "50", None, False)],
        11,
    ),
    # Near forms: the sentence's own incident, a month dating one attack, one attack's toll.
    (
        "Russian shelling killed 3 people in Kherson on Friday, bringing the number of civilians "
        "killed in the region this week to 12.",
        [("killed", "3", None, True), ("killed", "12", None, False)],
        3,
    ),
    (
        "Gunmen killed 11 people in Benue state on Tuesday. Last month, gunmen killed 17 people "
        "in the same area.",
        [("killed", "11", None, True), ("killed", "17", None, True)],
        28,
    ),
    (
        "Gunmen killed 11 people in Benue state on Tuesday. The number of people killed in the "
        "attack rose to 14.",
        [("killed", "11", None, False), ("killed", "14", "update_of", True)],
        14,
    ),
]

#: A location of joined places ("in Bangladesh and India") holds a figure of either.
JOINED_PLACES = [
    (
        "Cyclone Remal killed 16 people in Bangladesh and India. In Bangladesh, 10 people died, "
        "officials said, and six were killed in West Bengal.",
        [
            ("killed", "16", None, True),
            ("killed", "10", "subset_of", False),
            ("killed", "six", "subset_of", False),
        ],
        16,
    ),
    (
        "Floods killed 40 people in Kenya and Tanzania. Twelve people died in Tanzania's Arusha "
        "region.",
        [("killed", "40", None, True), ("killed", "Twelve", "subset_of", False)],
        40,
    ),
    (
        "Russian strikes killed 9 people in Kharkiv and Sumy on Friday. In Sumy, two people were "
        "killed.",
        [("killed", "9", None, True), ("killed", "two", "subset_of", False)],
        9,
    ),
    (
        "Floods killed 60 people in Rwanda and Uganda. Twenty people died in Kampala.",
        [("killed", "60", None, True), ("killed", "Twenty", "subset_of", False)],
        60,
    ),
    # Near forms: a place joined to neither.
    (
        "Russian strikes killed 9 people in Kharkiv and Sumy on Friday. In Odesa, two people "
        "were killed.",
        [("killed", "9", None, True), ("killed", "two", None, True)],
        11,
    ),
    (
        "Floods killed 40 people in Kenya and Tanzania. In Somalia, 12 people died.",
        [("killed", "40", None, True), ("killed", "12", None, True)],
        52,
    ),
]

#: A larger figure whose own place holds the places the earlier figures name ("across
#: Ukraine" after "in the Kherson region") holds those figures: they are parts of it.
WIDER_PLACE = [
    (
        "Russian shelling killed 3 people in Kherson region over the past day. Over the past "
        "day, Russian attacks killed 8 people across Ukraine, officials said.",
        [("killed", "3", "subset_of", False), ("killed", "8", None, True)],
        8,
    ),
    (
        "Russian shelling killed three people in Kharkiv on Friday. Russian attacks killed 11 "
        "people across Ukraine on Friday, officials said.",
        [("killed", "three", "subset_of", False), ("killed", "11", None, True)],
        11,
    ),
    (
        "Floods killed 10 people in Nairobi and 6 in Mombasa. Floods have killed 38 people "
        "across Kenya this week, the government said.",
        [
            ("killed", "10", "subset_of", False),
            ("killed", "6", "subset_of", False),
            ("killed", "38", None, True),
        ],
        38,
    ),
    (
        "Bandits killed 12 people in Zamfara state on Sunday. Bandits killed 20 people across "
        "northwest Nigeria on Sunday, police said.",
        [("killed", "12", "subset_of", False), ("killed", "20", None, True)],
        20,
    ),
    # Near forms: the wider figure first, another place, the same place, an earlier figure
    # whose clause names no place.
    (
        "Russian attacks killed 8 people across Ukraine, officials said. In the Kherson region, "
        "3 people were killed.",
        [("killed", "8", None, True), ("killed", "3", "subset_of", False)],
        8,
    ),
    (
        "Russian shelling killed 3 people in Kherson. In Odesa, 8 people were killed.",
        [("killed", "3", None, True), ("killed", "8", None, True)],
        11,
    ),
    (
        "Russian shelling killed 3 people in Kherson. Officials said 8 people were killed in "
        "Kherson.",
        [("killed", "3", None, True), ("killed", "8", "conflicts_with", False)],
        3,
    ),
    (
        "Two teenagers were shot dead outside a nightclub in Fort Myers on Monday. Six weeks "
        "ago, a gunman killed 49 people at a nightclub in Florida.",
        [("killed", "Two teenagers", None, True), ("killed", "49", None, True)],
        51,
    ),
]

#: A harm told inside what "after" or "before" opens with a span of weeks or more is another
#: incident, not a revision of the article's toll.
WEEKS_APART = [
    (
        "Two teenagers were shot dead outside a nightclub on Monday. The shooting came six weeks "
        "after a massacre at a nightclub in Florida, where a gunman killed 49 people.",
        [("killed", "Two teenagers", None, True), ("killed", "49", None, True)],
        51,
    ),
    (
        "Gunmen killed 12 people in a village on Sunday. The attack came two weeks after bandits "
        "killed 30 people in a nearby village.",
        [("killed", "12", None, True), ("killed", "30", None, True)],
        42,
    ),
    (
        "A car bomb killed 9 people in Mogadishu on Friday. The blast came a month after an "
        "attack on a hotel killed 20 people.",
        [("killed", "9", None, True), ("killed", "20", None, True)],
        29,
    ),
    (
        "Gunmen killed 12 people in a village on Sunday. The attack came a year after bandits "
        "killed 12 people in the same village.",
        [("killed", "12", None, True), ("killed", "12", None, True)],
        24,
    ),
    # Near forms: later deaths of the same attack, and the attack itself told again.
    (
        "Five people were killed in a shooting on Monday. Two more died two weeks after the "
        "attack.",
        [("killed", "Five", None, True), ("killed", "Two more", None, True)],
        7,
    ),
    (
        "Five people were killed in a shooting on Monday. Police arrived minutes after the "
        "gunman killed five people.",
        [("killed", "Five", None, True), ("killed", "five", "same_as", False)],
        5,
    ),
]

#: "Twelve of those killed": a whole named with its own harm is the group of that harm, even
#: when a figure of another harm was told last.
PART_OF_THOSE_HARMED = [
    (
        "M23 shelling killed 18 people at a displacement camp near Goma on Friday, the army said. "
        "Another 32 people were wounded. The UN said at least 12 of those killed were children.",
        [
            ("killed", "18", None, True),
            ("injured", "Another 32", None, True),
            ("killed", "at least 12 of those", "subset_of", False),
        ],
        18,
    ),
    (
        "Gunmen killed 20 people in Katsina and wounded 15 others. Eight of those killed were "
        "women.",
        [
            ("killed", "20", None, True),
            ("injured", "15 others", None, True),
            ("killed", "Eight of those", "subset_of", False),
        ],
        20,
    ),
    (
        "A bus crash killed 14 people and injured 30 in Kenya. Five of those killed were children.",
        [
            ("killed", "14", None, True),
            ("injured", "30", None, True),
            ("killed", "Five of those", "subset_of", False),
        ],
        14,
    ),
    (
        "Gunmen abducted 40 people in Kaduna. Police said gunmen also killed 10 people. Fifteen "
        "of those abducted were children.",
        [
            ("abducted", "40", None, True),
            ("killed", "10", None, True),
            ("abducted", "Fifteen of those", "subset_of", False),
        ],
        10,
    ),
    # Near forms: a part of the figure of the same harm told last, and "them" after another
    # harm's people.
    (
        "A bus crash killed 14 people and injured 30 in Kenya. Six of those injured were in "
        "critical condition.",
        [
            ("killed", "14", None, True),
            ("injured", "30", None, True),
            ("injured", "Six of those", "subset_of", False),
        ],
        14,
    ),
    (
        "Police captured 11 of the gunmen and shot dead two others. Four of them died later.",
        [
            ("detained", "11 of the gunmen", None, True),
            ("killed", "two others", None, True),
            ("killed", "Four of them", "subset_of", False),
        ],
        2,
    ),
]

#: A place noun said to be another place ("in a nearby town", "in a neighbouring village") is
#: not the earlier figure's place, even where both inherit the country of the lead.
ANOTHER_PLACE_NOUN = [
    (
        "Haiti: At least 70 people were killed in a gang attack on Pont-Sonde, the UN said. "
        "Police said the attackers killed 20 people in a nearby town on Sunday.",
        [("killed", "At least 70", None, True), ("killed", "20", None, True)],
        90,
    ),
    (
        "Nigeria: Gunmen killed 30 people in an attack on Kadawa, police said. Ten people were "
        "killed in a neighbouring village.",
        [("killed", "30", None, True), ("killed", "Ten", None, True)],
        40,
    ),
    (
        "Sudan: The RSF killed 100 people in an attack on Wad al-Nourah, activists said. Twenty "
        "people were killed in an adjacent village.",
        [("killed", "100", None, True), ("killed", "Twenty", None, True)],
        120,
    ),
    (
        "Burkina Faso: Jihadists killed 50 people in an attack on Barsalogho, security sources "
        "said. Fifteen people were killed in a neighboring town.",
        [("killed", "50", None, True), ("killed", "Fifteen", None, True)],
        65,
    ),
    (
        "Mexico: Gunmen killed 12 people at a bar in Celaya, prosecutors said. Four people were "
        "shot dead in a nearby neighbourhood.",
        [("killed", "12", None, True), ("killed", "Four", None, True)],
        16,
    ),
    # Near forms: the town and the village told before.
    (
        "Haiti: At least 70 people were killed in a gang attack on Pont-Sonde, the UN said. "
        "Police said the attackers killed 20 people in the town on Sunday.",
        [("killed", "At least 70", None, True), ("killed", "20", "subset_of", False)],
        70,
    ),
    (
        "Nigeria: Gunmen killed 30 people in an attack on Kadawa, police said. Ten people were "
        "killed in the village.",
        [("killed", "30", None, True), ("killed", "Ten", "subset_of", False)],
        30,
    ),
]

TABLES = [
    PART_OF_THOSE_HARMED,
    ANOTHER_PLACE_NOUN,
    WIDER_PLACE,
    WEEKS_APART,
    CONFLICT_IN_A_PHRASE,
    PART_OF_THEM,
    PLACE_OF_THE_CAUSE,
    TALLY_OF_A_PERIOD,
    JOINED_PLACES,
]


@pytest.mark.parametrize("text,expected,killed", [row for table in TABLES for row in table])
def test_rows_and_killed_total(nlp, text, expected, killed):
    doc = process(nlp, text, PUBLISHED)
    assert rows(doc) == expected
    assert total(doc, "killed") == killed


def test_each_table_has_wordings_and_near_forms():
    for table in TABLES:
        assert_wordings_and_near_forms(table)
