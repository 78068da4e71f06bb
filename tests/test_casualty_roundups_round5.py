"""Article totals of round-ups (several incidents in one report), fifth round: constructions
that tell a figure of another incident after a figure it does not belong to ("killed in two
accidents ... In a third accident", "In an unrelated shooting, a man was killed", one side's
strikes after the other side's). Each table holds four or more wordings of one construction and
at least two near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row of the harm types listed: type, count text, relation, counts)

#: "15 were killed in two road accidents ... In a third accident, two motorcyclists died": an
#: ordinal past the number of events a plural sums is an event besides them.
ORDINAL_PAST_THE_EVENTS_SUMMED = [
    (
        "At least 15 people were killed in two road accidents on Saturday. In a third accident, "
        "two motorcyclists died after being hit by a lorry.",
        [
            ("killed", "At least 15", None, True),
            ("killed", "two motorcyclists", None, True),
        ],
    ),
    (
        "Nine people were killed in two attacks on villages in the north. In a third attack, "
        "gunmen killed four farmers.",
        [("killed", "Nine", None, True), ("killed", "four farmers", None, True)],
    ),
    (
        "Twelve people were killed in three shootings across the city. A fourth shooting "
        "killed two men near the stadium.",
        [("killed", "Twelve", None, True), ("killed", "two men", None, True)],
    ),
    (
        "Ten people were injured in two explosions at the market. In a third explosion, six "
        "shoppers were injured.",
        [("injured", "Ten", None, True), ("injured", "six shoppers", None, True)],
    ),
    # Near forms: an ordinal within the number summed, or "another" after a plural without a
    # number, is one of the events summed.
    (
        "At least 15 people were killed in two road accidents on Saturday. In the second "
        "accident, four people died when a truck hit a rickshaw.",
        [("killed", "At least 15", None, True), ("killed", "four", "subset_of", False)],
    ),
    (
        "Israeli strikes across Gaza killed at least 40 people. Another strike on a car in Khan "
        "Younis killed three men.",
        [
            ("killed", "at least 40", None, True),
            ("killed", "three men", "subset_of", False),
        ],
    ),
]

#: "Three people were killed at a bar ... In an unrelated shooting, a man was killed": "a man"
#: brings in someone; of another incident he is no one told before.
NEW_PERSON_OF_ANOTHER_INCIDENT = [
    (
        "Three people were killed when a gunman opened fire in a bar on Sunday. The dead were "
        "identified as Marcus Allen, 45; Maria Lopez, 31; and Kevin Nguyen, 22. Allen was "
        "pronounced dead at the scene. In an unrelated shooting, a man was killed at a gas "
        "station on Saturday night.",
        [
            ("killed", "Three", None, True),
            # "The dead were identified as ...": each name a part of the three (ANNOTATION.md)
            ("killed", "Marcus Allen", "subset_of", False),
            ("killed", "Maria Lopez", "subset_of", False),
            ("killed", "Kevin Nguyen", "subset_of", False),
            ("killed", "Allen", "same_as", False),
            ("killed", "a man", None, True),
        ],
    ),
    (
        "Police said Maria Lopez was killed in the attack in Dallas. In a separate shooting, a "
        "woman was killed in Houston.",
        [
            ("killed", "Maria Lopez", None, True),
            ("killed", "a woman", None, True),
        ],
    ),
    (
        "John Baker, 31, was shot dead outside his home on Friday. In an unrelated incident, a "
        "man was stabbed to death at a bus stop.",
        [
            ("killed", "John Baker", None, True),
            ("killed", "a man", None, True),
        ],
    ),
    (
        "A teenager was killed in a drive-by shooting in Englewood. Elsewhere, a boy was killed "
        "by a stray bullet in Austin.",
        [
            ("killed", "A teenager", None, True),
            ("killed", "a boy", None, True),
        ],
    ),
    # Near forms: the same incident's person told again by a pronoun or by the same
    # description still points back.
    (
        "John Baker, 31, was shot dead outside his home on Friday. He was killed by a neighbour.",
        [
            ("killed", "John Baker", None, True),
            ("killed", "He", "same_as", False),
        ],
    ),
    (
        "A man was killed in a shooting on Friday night. Police said a man died after being "
        "shot in the chest.",
        [
            ("killed", "A man", None, True),
            ("killed", "a man", "same_as", False),
        ],
    ),
]

#: "Russian attacks killed five ... Moscow-installed officials said Ukrainian shelling killed
#: three in Horlivka": the strikes of one side and those of the other are two incidents.
STRIKES_OF_THE_OTHER_SIDE = [
    (
        "Russian attacks on the Donetsk region killed five civilians, the governor said. "
        "Moscow-installed officials said Ukrainian shelling killed three people in Horlivka.",
        [("killed", "five civilians", None, True), ("killed", "three", None, True)],
    ),
    (
        "Russian shelling of the Kherson region killed four people. Ukrainian shelling killed "
        "two people in Oleshky, Russian-installed officials said.",
        [("killed", "four", None, True), ("killed", "two", None, True)],
    ),
    (
        "Israeli strikes killed 11 people in Gaza on Monday. Palestinian gunmen killed two "
        "people near Gaza City, the army said.",
        [("killed", "11", None, True), ("killed", "two", None, True)],
    ),
    (
        "Indian shelling killed five people in Kashmir on Sunday. Pakistani shelling killed three "
        "villagers in Kashmir, officials said.",
        [("killed", "five", None, True), ("killed", "three villagers", None, True)],
    ),
    (
        "Pakistani airstrikes killed eight people in eastern Afghanistan. Afghan forces killed "
        "three people in Khost province in retaliatory fire, officials said.",
        [("killed", "eight", None, True), ("killed", "three", None, True)],
    ),
    # Near forms: strikes of one side told again, or with no side named, break the toll down.
    (
        "Russian attacks on the Donetsk region killed five civilians, the governor said. Russian "
        "shelling killed three people in Pokrovsk.",
        [("killed", "five civilians", None, True), ("killed", "three", "subset_of", False)],
    ),
    (
        "Israeli strikes across Gaza killed 30 people on Friday. In Rafah, a strike on a house "
        "killed 12 people.",
        [("killed", "30", None, True), ("killed", "12", "subset_of", False)],
    ),
]

#: "killed 40 in an attack on a village ... A day earlier, RSF shelling of El Fasher killed
#: 15": a sentence opened by a time before or after the incident told ("Earlier on Monday,",
#: "Hours later,") whose harm names an event of its own tells another incident.
EVENT_OF_ITS_OWN_EARLIER_OR_LATER = [
    (
        "Gunmen killed 40 people in an attack on a village in El Gezira state, activists said. "
        "A day earlier, RSF shelling of El Fasher killed 15 people, a medical group said.",
        [("killed", "40", None, True), ("killed", "15", None, True)],
    ),
    (
        "A shooting at a nightclub killed four people early Sunday. Later that day, a stabbing "
        "at a park left one man dead.",
        [("killed", "four", None, True), ("killed", "one man", None, True)],
    ),
    (
        "Floods killed 23 people in the north of the country on Wednesday. Hours later, a "
        "landslide killed eight villagers in the south, officials said.",
        [("killed", "23", None, True), ("killed", "eight villagers", None, True)],
    ),
    (
        "Suicide bombers killed 12 people at a market in Maiduguri, police said. Earlier on "
        "Monday, a roadside bomb killed three soldiers on the road to Damboa.",
        [("killed", "12", None, True), ("killed", "three soldiers", None, True)],
    ),
    # Near forms: a part told later and a strike that is one of the strikes summed stay parts
    # of the first figure.
    (
        "Gunmen killed 40 people in an attack on a village in El Gezira state, activists said. "
        "Later, officials said 15 of the victims were children.",
        [("killed", "40", None, True), ("killed", "15 of the victims", "subset_of", False)],
    ),
    (
        "Israeli strikes across Gaza killed 35 people on Friday. Earlier on Friday, a strike on "
        "a house in Rafah killed 12 people.",
        [("killed", "35", None, True), ("killed", "12", "subset_of", False)],
    ),
]

#: "Israeli strikes near Damascus killed eight ... In a separate strike on Aleppo airport, four
#: were killed": "separate" or "unrelated" says the event is none of those a plural sums,
#: where "another" may go on listing them.
APART_FROM_THE_EVENTS_SUMMED = [
    (
        "Israeli strikes near Damascus killed eight fighters, a monitor said. In a separate "
        "strike on Aleppo airport, four members of Hezbollah were killed.",
        [
            ("killed", "eight fighters", None, True),
            ("killed", "four members of Hezbollah", None, True),
        ],
    ),
    (
        "Storms killed at least 18 people across Texas on Sunday. Two people died in Dallas in a "
        "separate storm on Sunday.",
        [("killed", "at least 18", None, True), ("killed", "Two", None, True)],
    ),
    (
        "Airstrikes killed 20 people in northern Yemen on Monday. In a separate airstrike in "
        "Saada, three fishermen were killed.",
        [("killed", "20", None, True), ("killed", "three fishermen", None, True)],
    ),
    (
        "Shootings across Chicago wounded 18 people over the weekend. In an unrelated shooting "
        "in Chicago, four people were wounded.",
        [("injured", "18", None, True), ("injured", "four", None, True)],
    ),
    # Near forms: "another" strike, or a strike with no such word, in a place the strikes
    # summed cover is one of them.
    (
        "Israeli strikes across Gaza killed at least 40 people. Another strike on a car in Khan "
        "Younis killed three men.",
        [("killed", "at least 40", None, True), ("killed", "three men", "subset_of", False)],
    ),
    (
        "Israeli strikes across Gaza killed 30 people on Friday. In Rafah, a strike on a house "
        "killed 12 people.",
        [("killed", "30", None, True), ("killed", "12", "subset_of", False)],
    ),
]

#: "Later on Wednesday, a grenade attack killed six people and wounded 20": a harm verb joined
#: to one of another incident is of that incident too, and of its cause.
JOINED_HARM_SHARES_ITS_INCIDENT = [
    (
        "Two bomb blasts killed at least 28 people and wounded more than 50 on Wednesday. Later "
        "on Wednesday, a grenade attack on a polling station killed six people and wounded 20, "
        "police said.",
        [
            ("killed", "at least 28", None, True),
            ("injured", "more than 50", None, True),
            ("killed", "six", None, True),
            ("injured", "20", None, True),
        ],
    ),
    (
        "Clashes killed 25 people and wounded 60 in Tripoli on Friday. Earlier on Friday, a car "
        "bomb killed four people and wounded nine near the port.",
        [
            ("killed", "25", None, True),
            ("injured", "60", None, True),
            ("killed", "four", None, True),
            ("injured", "nine", None, True),
        ],
    ),
    (
        "Russian missiles killed 11 people and injured 48 in Kyiv on Monday. Hours later, a "
        "drone attack killed two people and injured seven in Kyiv.",
        [
            ("killed", "11", None, True),
            ("injured", "48", None, True),
            ("killed", "two", None, True),
            ("injured", "seven", None, True),
        ],
    ),
    (
        "Floods killed 23 people and injured 40 in the north on Wednesday. Hours later, a "
        "landslide in the south killed eight villagers and injured 11 others.",
        [
            ("killed", "23", None, True),
            ("injured", "40", None, True),
            ("killed", "eight villagers", None, True),
            ("injured", "11 others", None, True),
        ],
    ),
    # Near forms: joined harms of the event told before, or parts of its groups, stay parts.
    (
        "A car bomb killed 12 people in Baghdad on Thursday, police said. The blast killed eight "
        "soldiers and wounded 20 civilians at a checkpoint.",
        [
            ("killed", "12", None, True),
            ("killed", "eight soldiers", "subset_of", False),
            ("injured", "20 civilians", None, True),
        ],
    ),
    (
        "Gunmen killed 30 people and injured 40 in Borno state on Friday. Ten of the dead were "
        "women and six of the injured were children.",
        [
            ("killed", "30", None, True),
            ("injured", "40", None, True),
            ("killed", "Ten of the dead", "subset_of", False),
            ("injured", "six of the injured", "subset_of", False),
        ],
    ),
]

#: "Rebels killed 18 ... The attack came a day after militiamen killed 12": a harm inside what
#: "after" / "before" opens on an event noun's clause is of another event, however soon.
EVENT_SET_AFTER_ANOTHER = [
    (
        "Rebels killed 18 civilians in an attack on a village in Ituri province. The attack came "
        "a day after militiamen killed 12 people at a displacement camp in the same province.",
        [("killed", "18 civilians", None, True), ("killed", "12", None, True)],
    ),
    (
        "A bomb killed 20 people at a market in Kabul on Friday. The bombing came hours after a "
        "suicide bomber killed five soldiers in Kabul.",
        [("killed", "20", None, True), ("killed", "five soldiers", None, True)],
    ),
    (
        "A gunman killed six people at a supermarket in Denver on Monday. The shooting came a "
        "day after a man killed three people at a bar in Denver.",
        [("killed", "six", None, True), ("killed", "three", None, True)],
    ),
    (
        "Israeli strikes killed 30 people in Gaza City on Monday. The strikes came hours after "
        "Israeli forces killed 11 people in Gaza City.",
        [("killed", "30", None, True), ("killed", "11", None, True)],
    ),
    (
        "Suicide bombers killed 25 people in Maiduguri on Sunday. The attack came two days after "
        "gunmen killed eight people in Maiduguri.",
        [("killed", "25", None, True), ("killed", "eight", None, True)],
    ),
    # Near forms: people of the event who died after it are still its people.
    (
        "A bomb killed 20 people at a market in Kabul on Friday. Police said 12 of the victims "
        "died hours after the bombing.",
        [("killed", "20", None, True), ("killed", "12 of the victims", "subset_of", False)],
    ),
    (
        "Gunmen killed 14 worshippers at a mosque in Niger on Friday. Five of them died a day "
        "after the attack, a doctor said.",
        [("killed", "14 worshippers", None, True), ("killed", "Five of them", "subset_of", False)],
    ),
]

#: "killed at least 223 villagers, including 56 children ... 44 in Nondin, and in nearby Soro,
#: 179": the kind of people a toll's own clause includes cuts across its places, so the places
#: still share the whole toll.
PLACES_SHARE_A_TOLL_WITH_ITS_KINDS = [
    (
        "Burkina Faso's military killed at least 223 villagers, including 56 children, in two "
        "villages in February, Human Rights Watch said. In Nondin, soldiers killed 44 people, and "
        "in nearby Soro, 179 people were killed, the group said.",
        [
            ("killed", "at least 223 villagers", None, True),
            ("killed", "56 children", "subset_of", False),
            ("killed", "44", "subset_of", False),
            ("killed", "179", "subset_of", False),
        ],
    ),
    (
        "Gunmen killed 50 people, including 12 women, in attacks on two villages in Zamfara "
        "state. In Kadawa, 30 people were killed, and in nearby Maru, 20 died, police said.",
        [
            ("killed", "50", None, True),
            ("killed", "12 women", "subset_of", False),
            ("killed", "30", "subset_of", False),
            ("killed", "20", "subset_of", False),
        ],
    ),
    (
        "Floods killed 90 people, among them 40 children, in two provinces. In Baghlan, 60 "
        "people died, and in neighbouring Takhar, 30 were killed, officials said.",
        [
            ("killed", "90", None, True),
            ("killed", "40 children", "subset_of", False),
            ("killed", "60", "subset_of", False),
            ("killed", "30", "subset_of", False),
        ],
    ),
    (
        "Storms killed 30 people, including 18 children, in two districts. In Sylhet, 20 people "
        "were killed, and in neighbouring Sunamganj, 10 people died, officials said.",
        [
            ("killed", "30", None, True),
            ("killed", "18 children", "subset_of", False),
            ("killed", "20", "subset_of", False),
            ("killed", "10", "subset_of", False),
        ],
    ),
    # Near forms: without such a kind, or with a kind that leaves the places room, the places
    # were parts already.
    (
        "Gunmen killed 50 people in attacks on two villages in Zamfara state. In Kadawa, 30 "
        "people were killed, and in nearby Maru, 20 died, police said.",
        [
            ("killed", "50", None, True),
            ("killed", "30", "subset_of", False),
            ("killed", "20", "subset_of", False),
        ],
    ),
    (
        "A ferry fire killed 40 passengers, including 15 children, on two boats. On the first "
        "boat 25 people died, and on the second boat 15 people were killed, officials said.",
        [
            ("killed", "40 passengers", None, True),
            ("killed", "15 children", "subset_of", False),
            ("killed", "25", "subset_of", False),
            ("killed", "15", "subset_of", False),
        ],
    ),
]

#: "At least 121 people, most of them women, were killed": "them" is the group the same harm
#: word has just counted, a part of it told inside its own clause.
PART_OF_THEM_IN_THE_SAME_CLAUSE = [
    (
        "At least 121 people, most of them women, were killed in a stampede at a religious "
        "gathering on Tuesday, officials said.",
        [("killed", "At least 121", None, True), ("killed", "most of them", "subset_of", False)],
    ),
    (
        "Some 200 people, most of them students, were arrested during the protest on Monday.",
        [
            ("detained", "Some 200", None, True),
            ("detained", "most of them", "subset_of", False),
        ],
    ),
    (
        "At least 30 migrants, most of them women, drowned when their boat capsized off Libya.",
        [
            ("killed", "At least 30 migrants", None, True),
            ("killed", "most of them", "subset_of", False),
        ],
    ),
    (
        "Hundreds of people, most of them young men, were arrested after the riots.",
        [
            ("detained", "Hundreds of people", None, True),
            ("detained", "most of them", "subset_of", False),
        ],
    ),
    # Near forms: "them" of another harm's people stays with that harm, and a part that dies
    # of the injuries is a death of its own.
    (
        "Gunmen killed 40 people and wounded 60 in the village on Sunday, most of them women.",
        [
            ("killed", "40", None, True),
            ("injured", "60", None, True),
            ("injured", "most of them", "subset_of", False),
        ],
    ),
    (
        "Five people were injured in the blast, and two of them later died in hospital.",
        [("injured", "Five", None, True), ("killed", "two of them", None, True)],
    ),
]

#: "Gunmen killed 40 people, many of them women and children": the nouns after "many of them"
#: say what that part was; they are no group of their own beside the 40.
ABSOLUTE_PART_IS_NO_GROUP_OF_ITS_OWN = [
    (
        "At least 60 people, many of them women and children, died when the boat sank.",
        [("killed", "At least 60", None, True)],
    ),
    (
        "Gunmen killed 40 people, many of them women and children, in the village.",
        [("killed", "40", None, True), ("killed", "many of them", "subset_of", False)],
    ),
    (
        "Police arrested 35 people, most of them students and teachers, at the rally.",
        [("detained", "35", None, True), ("detained", "most of them", "subset_of", False)],
    ),
    (
        "Floods killed 70 people, most of them farmers and herders, in the north.",
        [("killed", "70", None, True), ("killed", "most of them", "subset_of", False)],
    ),
    # Near forms: a list of people beside or after a group, with no part as its subject, is
    # people of their own.
    (
        "Gunmen killed a mother, father, and toddler in the village.",
        [
            ("killed", "a mother", None, True),
            ("killed", "father", None, True),
            ("killed", "toddler", None, True),
        ],
    ),
    (
        "The blast killed two soldiers and a civilian, officials said.",
        [("killed", "two soldiers", None, True), ("killed", "a civilian", None, True)],
    ),
]

#: "DHAKA (AP) — A cyclone slammed into southern Bangladesh, killing 10 ... In Khulna, six
#: died": the dateline names where the report was filed, not where the lead's harm was, so a
#: town of the region the lead names is a part of its toll.
DATELINE_IS_NO_PLACE_OF_THE_HARM = [
    (
        "DHAKA (AP) — A cyclone slammed into southern Bangladesh on Sunday, killing 10 people, "
        "officials said. In the coastal town of Khulna, six people died when trees fell on "
        "their homes.",
        [("killed", "10", None, True), ("killed", "six", "subset_of", False)],
    ),
    (
        "LAGOS (Reuters) - Gunmen stormed villages in northwestern Nigeria on Monday, killing 23 "
        "people, police said. In the town of Gusau, 15 people were killed at a market.",
        [("killed", "23", None, True), ("killed", "15", "subset_of", False)],
    ),
    (
        "NAIROBI (Reuters) - Floods swept through western Kenya on Monday, killing 38 people, "
        "officials said. In the city of Kisumu, 20 people drowned.",
        [("killed", "38", None, True), ("killed", "20", "subset_of", False)],
    ),
    (
        "KYIV (AP) — Russian missiles struck eastern Ukraine on Monday, killing 12 people, "
        "officials said. In the city of Kharkiv, seven people were killed in an apartment block.",
        [("killed", "12", None, True), ("killed", "seven", "subset_of", False)],
    ),
    (
        "ISLAMABAD (AP) — An earthquake shook northwestern Pakistan late Tuesday, killing eight "
        "people, officials said. In the town of Mingora, five members of one family died when "
        "their home caved in.",
        [
            ("killed", "eight", None, True),
            ("killed", "five members of one family", "subset_of", False),
        ],
    ),
    # Near forms: a town the lead itself names as the place of the harm, with or without a
    # dateline, keeps another town's figure apart.
    (
        "ISLAMABAD (AP) — A bomb killed eight people in the capital on Tuesday, police said. In "
        "Mingora, five people died when a bus overturned.",
        [("killed", "eight", None, True), ("killed", "five", None, True)],
    ),
    (
        "An earthquake shook Islamabad late Tuesday, killing eight people, officials said. In "
        "the town of Mingora, five members of one family died when their home caved in.",
        [
            ("killed", "eight", None, True),
            ("killed", "five members of one family", None, True),
        ],
    ),
]

#: "Airstrikes killed at least 40 civilians ... killing 10 students": a group named by its
#: status ("civilians") holds a later figure of any noun of that status.
KINDS_OF_THE_CIVILIANS_TOLD = [
    (
        "Airstrikes killed at least 40 civilians in the Sagaing region this week. On Monday, "
        "jets bombed a school in the region, killing 10 students.",
        [
            ("killed", "at least 40 civilians", None, True),
            ("killed", "10 students", "subset_of", False),
        ],
    ),
    (
        "Shelling killed 25 civilians in the Donetsk region on Friday. In Pokrovsk, eight "
        "children were killed when a shell hit a playground.",
        [
            ("killed", "25 civilians", None, True),
            ("killed", "eight children", "subset_of", False),
        ],
    ),
    (
        "Russian strikes killed 22 civilians in Kharkiv on Friday. At a market in the city "
        "centre, nine shoppers were killed.",
        [
            ("killed", "22 civilians", None, True),
            ("killed", "nine shoppers", "subset_of", False),
        ],
    ),
    (
        "Militants killed 30 civilians in attacks on villages in Borno state on Sunday. In "
        "Gwoza, 12 villagers were killed in their homes.",
        [
            ("killed", "30 civilians", None, True),
            ("killed", "12 villagers", "subset_of", False),
        ],
    ),
    # Near forms: people of another status, or told with "also", are besides the civilians.
    (
        "Airstrikes killed at least 40 civilians in the Sagaing region this week. On Monday, "
        "jets bombed a base in the region, killing 10 soldiers.",
        [
            ("killed", "at least 40 civilians", None, True),
            ("killed", "10 soldiers", None, True),
        ],
    ),
    (
        "Soldiers killed 18 civilians in the village on Sunday. Gunmen also killed five "
        "worshippers at a church nearby.",
        [("killed", "18 civilians", None, True), ("killed", "five worshippers", None, True)],
    ),
]

#: "Two were killed at a block party ... Earlier on Saturday, a man fatally shot his wife and
#: two neighbours": a sentence opened by a time before or after the incident told, whose harm
#: is done by someone it brings in ("a man", "a gunman"), tells another incident; the people
#: it brings in ("his wife") are no one told before.
SEQUEL_WITH_A_DOER_OF_ITS_OWN = [
    (
        "Two people were killed and 14 wounded when gunfire broke out at a block party in "
        "Memphis on Saturday night, police said. Earlier on Saturday, a man fatally shot his "
        "wife and two neighbours before killing himself in a suburb of the city.",
        [
            ("killed", "Two", None, True),
            ("killed", "his wife", None, True),
            ("killed", "two neighbours", None, True),
            ("killed", "himself", None, True),
        ],
    ),
    (
        "Three people were killed in a shooting at a mall on Friday. Hours later, a gunman "
        "killed two people at a gas station across town.",
        [("killed", "Three", None, True), ("killed", "two", None, True)],
    ),
    (
        "Four people were killed when gunmen opened fire at a market on Sunday. Earlier on "
        "Sunday, an attacker killed two people at a bus station in the city.",
        [("killed", "Four", None, True), ("killed", "two", None, True)],
    ),
    (
        "Six people died in a fire at a hostel on Monday. Later on Monday, a gunman shot dead "
        "three people at a cafe in the city.",
        [("killed", "Six", None, True), ("killed", "three", None, True)],
    ),
    # Near forms: the doer told before ("the gunman") or no doer at all keeps the incident.
    (
        "Three people were killed in a shooting at a mall on Friday. Hours later, the gunman "
        "killed two people at a gas station across town.",
        [("killed", "Three", None, True), ("killed", "two", "subset_of", False)],
    ),
    (
        "Five people were killed in a shooting at a bar on Saturday. Later, police said two of "
        "the victims were teenagers.",
        [("killed", "Five", None, True), ("killed", "two of the victims", "subset_of", False)],
    ),
]

#: "A man shot dead two neighbours before killing himself": the reflexive is the killer, who is
#: none of the people he killed.
REFLEXIVE_KILLER_BESIDES_HIS_VICTIMS = [
    (
        "A man shot dead two neighbours before killing himself, police said.",
        [("killed", "two neighbours", None, True), ("killed", "himself", None, True)],
    ),
    (
        "A soldier shot dead three comrades at a base and then killed himself, the army said.",
        [("killed", "three comrades", None, True), ("killed", "himself", None, True)],
    ),
    (
        "A gunman killed three people at a bar and then killed himself. Police said he had shot "
        "himself in the head.",
        # "he had shot himself" tells again, as an act, the death of the man known dead; the
        # count is written with the reflexive's subject.
        [
            ("killed", "three", None, True),
            ("killed", "himself", None, True),
            ("killed", "he", "same_as", False),
        ],
    ),
    (
        "A father killed his two children and then killed himself, police said.",
        [("killed", "his two children", None, True), ("killed", "himself", None, True)],
    ),
    # Near forms: a killer harmed by others, or only wounded, stays as before.
    (
        "A man shot dead two neighbours before he was killed by police.",
        [("killed", "two neighbours", None, True), ("killed", "he", None, True)],
    ),
    (
        "A father killed his two children and wounded himself, police said.",
        [("killed", "his two children", None, True), ("injured", "himself", None, True)],
    ),
]

#: "Bombings killed 14 across Baghdad ... In the deadliest attack, a car bomb killed eight in
#: Sadr City": "the" event ranked with a superlative is one of those summed, a part of the toll.
RANKED_EVENT_OF_THE_TOLL = [
    (
        "Bombings killed 14 people across Baghdad on Thursday. In the deadliest attack, a car "
        "bomb killed eight people in Sadr City.",
        [("killed", "14", None, True), ("killed", "eight", "subset_of", False)],
    ),
    (
        "A series of bombings across Baghdad killed at least 22 people on Thursday. The "
        "deadliest attack struck a crowded market in Sadr City, where a car bomb killed 12 "
        "people.",
        [("killed", "at least 22", None, True), ("killed", "12", "subset_of", False)],
    ),
    (
        "Strikes across Kharkiv killed 11 people on Saturday. In the deadliest strike, a guided "
        "bomb killed seven people at a hardware store in Saltivka.",
        [("killed", "11", None, True), ("killed", "seven", "subset_of", False)],
    ),
    (
        "Shootings across Chicago killed six people over the weekend. In the deadliest "
        "shooting, a gunman killed three people at a party in Englewood.",
        [("killed", "six", None, True), ("killed", "three", "subset_of", False)],
    ),
    # Near forms: a separate event, or a superlative only in another sentence, stays apart.
    (
        "Bombings killed 14 people across Baghdad on Thursday. In a separate attack, a car bomb "
        "killed eight people in Mosul.",
        [("killed", "14", None, True), ("killed", "eight", None, True)],
    ),
    (
        "Bombings killed 14 people across Baghdad on Thursday. It was the deadliest attack in "
        "months. A car bomb killed eight people in Mosul on Friday.",
        [("killed", "14", None, True), ("killed", "eight", None, True)],
    ),
]

TABLES = {
    "ORDINAL_PAST_THE_EVENTS_SUMMED": ORDINAL_PAST_THE_EVENTS_SUMMED,
    "NEW_PERSON_OF_ANOTHER_INCIDENT": NEW_PERSON_OF_ANOTHER_INCIDENT,
    "STRIKES_OF_THE_OTHER_SIDE": STRIKES_OF_THE_OTHER_SIDE,
    "EVENT_OF_ITS_OWN_EARLIER_OR_LATER": EVENT_OF_ITS_OWN_EARLIER_OR_LATER,
    "APART_FROM_THE_EVENTS_SUMMED": APART_FROM_THE_EVENTS_SUMMED,
    "JOINED_HARM_SHARES_ITS_INCIDENT": JOINED_HARM_SHARES_ITS_INCIDENT,
    "EVENT_SET_AFTER_ANOTHER": EVENT_SET_AFTER_ANOTHER,
    "PLACES_SHARE_A_TOLL_WITH_ITS_KINDS": PLACES_SHARE_A_TOLL_WITH_ITS_KINDS,
    "PART_OF_THEM_IN_THE_SAME_CLAUSE": PART_OF_THEM_IN_THE_SAME_CLAUSE,
    "ABSOLUTE_PART_IS_NO_GROUP_OF_ITS_OWN": ABSOLUTE_PART_IS_NO_GROUP_OF_ITS_OWN,
    "DATELINE_IS_NO_PLACE_OF_THE_HARM": DATELINE_IS_NO_PLACE_OF_THE_HARM,
    "KINDS_OF_THE_CIVILIANS_TOLD": KINDS_OF_THE_CIVILIANS_TOLD,
    "SEQUEL_WITH_A_DOER_OF_ITS_OWN": SEQUEL_WITH_A_DOER_OF_ITS_OWN,
    "REFLEXIVE_KILLER_BESIDES_HIS_VICTIMS": REFLEXIVE_KILLER_BESIDES_HIS_VICTIMS,
    "RANKED_EVENT_OF_THE_TOLL": RANKED_EVENT_OF_THE_TOLL,
}

#: (text, {type: (low, best, high)}) for the rows of a table given as None above
ARTICLE_TOTALS = [
    (NEW_PERSON_OF_ANOTHER_INCIDENT[0][0], {"killed": (4, 4, 4)}),
    (STRIKES_OF_THE_OTHER_SIDE[0][0], {"killed": (8, 8, 8)}),
    (ORDINAL_PAST_THE_EVENTS_SUMMED[0][0], {"killed": (17, 17, None)}),
    (PLACES_SHARE_A_TOLL_WITH_ITS_KINDS[0][0], {"killed": (223, 223, None)}),
    (PART_OF_THEM_IN_THE_SAME_CLAUSE[0][0], {"killed": (121, 121, None)}),
    (ABSOLUTE_PART_IS_NO_GROUP_OF_ITS_OWN[1][0], {"killed": (40, 40, 40)}),
    (JOINED_HARM_SHARES_ITS_INCIDENT[0][0], {"killed": (34, 34, None), "injured": (71, 71, None)}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [row for table in TABLES.values() for row in table if row[1] is not None],
)
def test_round_up_figures_give_their_rows(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    harm = {row[0] for row in expected}
    assert [r for r in linked_rows(doc) if r[0] in harm] == expected


@pytest.mark.parametrize(("text", "expected"), ARTICLE_TOTALS)
def test_round_up_totals(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    made = totals(doc)
    assert {k: made[k] for k in expected} == expected


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_has_wordings_and_near_forms(name):
    assert_wordings_and_near_forms(TABLES[name])
