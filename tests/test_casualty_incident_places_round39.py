"""A harm placed in a town the gazetteer does not know, thirty-ninth round: "In southern
Lebanon, a drone strike in the town of Kfar Rumman killed a man" names the harm's place twice,
and the nearest phrase (the unknown town) gave no geocoded place, so the figure took the
places of the article's lead (Gaza City) and became a part of the lead's toll. The clause's
other governed places (the fronted "In southern Lebanon") now locate it, so a figure of another
country is its own incident and counts. Found on war round-ups (set O). Near forms: a fronted
phrase that names no town ("In the camp", "Nearby") leaves the figure where the lead is, and a
street or a block is no unknown town, so nothing past it is read.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2025-06-19"

UNKNOWN_TOWN_IN_A_KNOWN_LAND = [
    (
        "An Israeli air strike on a school in Gaza City killed 18 people on Thursday, health "
        "officials said. In southern Lebanon, an Israeli drone strike on a car in the village of "
        "Kfar Rumman killed a man and wounded three, the health ministry said.",
        [
            ("killed", "18", None, True),
            ("killed", "a man", None, True),
            ("injured", "three", None, True),
        ],
    ),
    (
        "Shelling of a camp in El Fasher killed 31 people and wounded 40 on Sunday. In South "
        "Sudan, gunmen in the village of Pajut killed a woman and wounded two, officials said.",
        [
            ("killed", "31", None, True),
            ("injured", "40", None, True),
            ("killed", "a woman", None, True),
            ("injured", "two", None, True),
        ],
    ),
    (
        "An air strike on a school in Gaza City killed 18 people on Thursday, health officials "
        "said. In northern Syria, a car bomb in the town of Tal Halaf killed a man and wounded "
        "three, a monitor said.",
        [
            ("killed", "18", None, True),
            ("killed", "a man", None, True),
            ("injured", "three", None, True),
        ],
    ),
    (
        "A bomb at a market in Baghdad killed 12 people and wounded 30. In eastern Congo, a "
        "rebel attack in the village of Kibirizi killed a man and wounded three, local "
        "officials said.",
        [
            ("killed", "12", None, True),
            ("injured", "30", None, True),
            ("killed", "a man", None, True),
            ("injured", "three", None, True),
        ],
    ),
    # Near forms: no other place, or one inside the lead's incident: part of the lead's toll.
    (
        "Shelling of a camp in El Fasher killed 31 people and wounded 40 on Sunday. In the "
        "camp, a shell in the block of Pajut killed a woman and wounded two, officials said.",
        [
            ("killed", "31", None, True),
            ("injured", "40", None, True),
            ("killed", "a woman", "subset_of", False),
            ("injured", "two", "subset_of", False),
        ],
    ),
    (
        "An Israeli air strike on a school in Gaza City killed 18 people on Thursday, health "
        "officials said. In the Rimal neighbourhood, a strike on a car killed a man and wounded "
        "three, medics said.",
        [
            ("killed", "18", None, True),
            ("killed", "a man", "subset_of", False),
            ("injured", "three", None, True),
        ],
    ),
]

TABLES = {"UNKNOWN_TOWN_IN_A_KNOWN_LAND": UNKNOWN_TOWN_IN_A_KNOWN_LAND}

test_incident_places_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
