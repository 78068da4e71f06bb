"""Casualty recall, nineteenth round: wordings of war and crime reports the stage missed (a
bare "was taken" after an abduction, an "including" list the parser hangs deep in the harm
clause or on "those of", a "most of them" part after a relative clause or before a joined
verb). Each table holds four or more wordings of one construction and at least two near forms
that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "My husband was taken": a taking with nothing on the verb that says where to or as what is
#: one more capture of the abduction the article told before it; a captor word decides the
#: type ("by police officers": detained). Near forms: taken to hospital, taken ill, a thing
#: taken, taken into custody, and a bare taking with no abduction told before.
BARE_TAKING_AFTER_AN_ABDUCTION = [
    (
        'Bandits kidnapped 17 passengers from a bus in Kaduna on Friday. "My husband was taken,"'
        " one woman said.",
        [
            ("abducted", "17 passengers", None, True),
            ("abducted", "My husband", "subset_of", False),
        ],
    ),
    (
        "Militants abducted dozens of farmers near the border. Villagers said 14 of their"
        " neighbours had been taken, including a pregnant woman.",
        [
            ("abducted", "dozens of farmers", None, True),
            ("abducted", "14 of their neighbours", "subset_of", False),
            ("abducted", "a pregnant woman", "subset_of", False),
        ],
    ),
    (
        'Gunmen seized 30 students from a boarding school. "They took my two sons," a father said.',
        [("abducted", "30 students", None, True), ("abducted", "my two sons", None, True)],
    ),
    (
        "Kidnappers abducted six aid workers last week. A seventh worker was also taken from"
        " his car on Monday.",
        [("abducted", "six aid workers", None, True), ("abducted", "A seventh worker", None, True)],
    ),
    (
        "Security forces detained three activists on Sunday. A fourth activist was taken from"
        " her home by police officers.",
        [
            ("detained", "three activists", None, True),
            ("detained", "A fourth activist", None, True),
        ],
    ),
    # Near forms: a destination, a state, a thing taken, custody, no abduction told before.
    (
        "Gunmen abducted 20 villagers. The three wounded men were taken to hospital.",
        [
            ("abducted", "20 villagers", None, True),
            ("injured", "The three wounded men", None, True),
        ],
    ),
    (
        "Gunmen abducted 20 villagers. A nurse was taken ill at the scene.",
        [("abducted", "20 villagers", None, True)],
    ),
    (
        "Gunmen abducted 20 villagers. Photos of the attack were taken on Monday.",
        [("abducted", "20 villagers", None, True)],
    ),
    (
        "Gunmen abducted 20 villagers. Two of the cars were taken on Monday.",
        [("abducted", "20 villagers", None, True)],
    ),
    (
        "Gunmen abducted 20 villagers. Two suspects were later taken into custody.",
        [("abducted", "20 villagers", None, True), ("detained", "Two suspects", None, True)],
    ),
    ('"My husband was taken," one woman said.', []),
]

#: A comma-set "including" the parser hangs on a word deep in the harm clause (a clause of
#: time, an agent) or on the verb of a counted harm noun, and "those of" standing for the
#: harm noun: the people listed are part of the harmed group. Near forms: a list on people
#: of the clause ("homes of farmers" keeps its own), a list after a second harm with its own
#: figure, and "those" with no people named.
DEEP_INCLUDING_LISTS = [
    (
        "The ministry said 41 people have drowned in flash floods since the rains started in"
        " early May, including nine children.",
        [("killed", "41", None, False), ("killed", "nine children", "subset_of", False)],
    ),
    (
        "Five people were wounded by shrapnel, including 52-year-old Maria Lopez.",
        [
            ("injured", "Five", None, True),
            ("injured", "52-year-old Maria Lopez", "subset_of", False),
        ],
    ),
    (
        "Rescuers pulled 16 bodies from the river, including those of two toddlers.",
        [("killed", "16 bodies", None, True), ("killed", "two toddlers", "subset_of", False)],
    ),
    (
        "Divers recovered eight bodies from the wreck, including that of the captain.",
        [("killed", "eight bodies", None, True), ("killed", "the captain", "subset_of", False)],
    ),
    (
        "Nine people have died in floods since the rains started in May, including three in"
        " the capital.",
        [("killed", "Nine", None, False), ("killed", "three", "subset_of", False)],
    ),
    # Near forms: a second harm owns its list; "those" with no people; no people listed.
    (
        "The storm killed four, including a farmer, and injured eleven, including a boy.",
        [
            ("killed", "four", None, True),
            ("killed", "a farmer", "subset_of", False),
            ("injured", "eleven", None, True),
            ("injured", "a boy", "subset_of", False),
        ],
    ),
    (
        "Rescuers pulled 16 bodies from the river, including those found near the dam.",
        [("killed", "16 bodies", None, True)],
    ),
    (
        "The ministry said 41 people have drowned since the rains started in early May,"
        " including in the north.",
        [("killed", "41", None, False)],
    ),
]

#: "most of them by gunfire", "most of them young men, and set fire", "most of them on
#: foot": the part word after the comma is part of the harmed group even after a relative
#: clause that counts nobody, before a verb the parser gives it as subject across the comma,
#: or with the way they went. Near forms: a place, and a part with a verb of its own.
MOST_OF_THEM_PARTS = [
    (
        "At least 18 demonstrators were killed in the clashes that followed the verdict, most"
        " of them by live fire.",
        [
            ("killed", "At least 18 demonstrators", None, True),
            ("killed", "most of them", "subset_of", False),
        ],
    ),
    (
        "Gunmen kidnapped about 40 travellers, most of them traders, and burned their vehicles.",
        [
            ("abducted", "about 40 travellers", None, True),
            ("abducted", "most of them", "subset_of", False),
        ],
    ),
    (
        "Troops detained 60 people, most of them students, and closed the campus.",
        [("detained", "60", None, True), ("detained", "most of them", "subset_of", False)],
    ),
    (
        "Hundreds of families fled the town after the shelling, most of them on foot.",
        [
            ("displaced", "Hundreds of families", None, True),
            ("displaced", "most of them", "subset_of", False),
        ],
    ),
    # Near forms: where, not who; a part told in a clause of its own.
    (
        "Hundreds of families fled the town after the shelling, most of them in the north.",
        [("displaced", "Hundreds of families", None, True)],
    ),
    (
        "Gunmen kidnapped about 40 travellers, and most of them were traders.",
        [("abducted", "about 40 travellers", None, True)],
    ),
]

#: "recaptured 29 of the escapees ... two of them were shot dead. Another five were detained":
#: a part of the group told that was harmed otherwise adds no one, so "another", "an
#: additional", "a further" go on from the group itself and name people besides it. Near
#: forms: a part of the same harm in between, and "another ... of them" (a part again).
MORE_DETAINED_AFTER_A_PART_HARMED_OTHERWISE = [
    (
        "Troops recaptured 40 of the fugitives on Sunday, and three of them were killed in a"
        " shootout. Another six were detained on Sunday.",
        [
            ("detained", "40 of the fugitives", None, True),
            ("killed", "three of them", None, True),
            ("detained", "Another six", None, True),
        ],
    ),
    (
        "Police arrested 12 of the protesters, and two of them were injured in the scuffle."
        " Another four were detained.",
        [
            ("detained", "12 of the protesters", None, True),
            ("injured", "two of them", None, True),
            ("detained", "Another four", None, True),
        ],
    ),
    (
        "Soldiers captured 25 of the fighters, two of whom were wounded. An additional seven"
        " were detained at a checkpoint.",
        [
            ("detained", "25 of the fighters", None, True),
            ("injured", "two of whom", None, True),
            ("detained", "An additional seven", None, True),
        ],
    ),
    (
        "Police detained 20 of the migrants on Monday, three of whom were hurt. A further six"
        " were arrested later on Monday.",
        [
            ("detained", "20 of the migrants", None, True),
            ("injured", "three of whom", None, True),
            ("detained", "A further six", None, True),
        ],
    ),
    # Near forms: a part of the same harm; "another ... of them" is a part of the group.
    (
        "Police arrested 12 of the protesters, two of them minors. Another four were detained.",
        [
            ("detained", "12 of the protesters", None, True),
            ("detained", "two of them", "subset_of", False),
            ("detained", "Another four", None, True),
        ],
    ),
    (
        "Police arrested 12 of the protesters. Another four of them were detained on Saturday.",
        [
            ("detained", "12 of the protesters", None, True),
            ("detained", "Another four of them", "subset_of", False),
        ],
    ),
]

#: "the driver was arrested at the scene ... Police said they had detained 17 people in
#: overnight raids": arrests go on in steps, and a group rounded up in raids, a crackdown or an
#: operation holds no one arrested before whose clause does not place him in them. Near forms:
#: a person arrested in a raid too, and a later group told with no round-up (it may hold him).
ARRESTED_BEFORE_A_ROUND_UP = [
    (
        "A bomber struck a market, and the driver who brought him there was arrested at the"
        " scene, police said. Officers later detained 14 people in overnight raids.",
        [("detained", "the driver", None, True), ("detained", "14", None, True)],
    ),
    (
        "The driver of the car was arrested at the scene. Security forces detained 30 people"
        " during an operation in the district.",
        [("detained", "The driver of the car", None, True), ("detained", "30", None, True)],
    ),
    (
        "A woman was arrested at the scene. Police detained 11 people in a sweep of the area.",
        [("detained", "A woman", None, True), ("detained", "11", None, True)],
    ),
    (
        "Officers arrested a teenager outside the stadium. They later detained eight people in"
        " a crackdown on the gang.",
        [("detained", "a teenager", None, True), ("detained", "eight", None, True)],
    ),
    # Near forms: arrested in a raid as well; a later group with no round-up.
    (
        "The driver was arrested in a raid on Monday. Police said they detained 14 people in"
        " raids across the city.",
        [("detained", "The driver", "subset_of", False), ("detained", "14", None, True)],
    ),
    (
        "The driver was arrested at the scene. Police said they had detained two people.",
        [("detained", "The driver", "subset_of", False), ("detained", "two", None, True)],
    ),
]

TABLES = {
    "bare taking after an abduction": BARE_TAKING_AFTER_AN_ABDUCTION,
    "deep including lists": DEEP_INCLUDING_LISTS,
    "most of them parts": MOST_OF_THEM_PARTS,
    "more detained after a part harmed otherwise": MORE_DETAINED_AFTER_A_PART_HARMED_OTHERWISE,
    "arrested before a round-up": ARRESTED_BEFORE_A_ROUND_UP,
}


test_war_report_wordings_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
