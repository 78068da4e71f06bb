"""Article totals of long wire reports: which later figures are parts, repeats or revisions of
the lead's toll and which are figures of their own (an earlier incident told for context, the
other side's dead, a place of another country) that add to the total. Each table holds four
or more wordings of one construction and at least two near forms that keep their relation."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, count text of the later figure, its relation, whether it counts, total type, best)

#: "the deadliest since 2017, when police killed 37": the when-clause on a year dates an
#: occasion of its own, whatever verb of the clause tells the harm.
OCCASION_ON_A_DATE = [
    (
        "Police fired on protesters in Nairobi on Tuesday, killing at least 13 people. The "
        "protests are the deadliest since 2017, when police killed at least 37 people in the "
        "crackdown that followed the election.",
        "at least 37",
        None,
        True,
        "killed",
        50,
    ),
    (
        "A suicide bomber struck a mosque in Peshawar on Friday, killing at least 57 people. It "
        "was the deadliest attack in Peshawar since December 2014, when Taliban gunmen stormed a "
        "school and killed 150 people.",
        "150",
        None,
        True,
        "killed",
        207,
    ),
    (
        "An earthquake struck central Morocco on Friday, killing at least 632 people. The quake "
        "was the deadliest in Morocco since 2004, when an earthquake near Al Hoceima killed "
        "more than 600 people.",
        "more than 600",
        None,
        True,
        "killed",
        1233,
    ),
    (
        "Floods killed 40 people in Kerala on Monday. They were the worst floods in the state "
        "since 2018, when heavy rains lashed the coast and killed 483 people.",
        "483",
        None,
        True,
        "killed",
        523,
    ),
    # Near forms: a tally since a year with no occasion stays cumulative; a when-clause on the
    # incident's own day tells the lead's toll again.
    (
        "Police fired on protesters in Nairobi on Tuesday, killing at least 13 people. Police "
        "have killed at least 370 people since 2017, rights groups say.",
        "at least 370",
        None,
        False,
        "killed",
        13,
    ),
    (
        "Gunmen killed 12 people at a market in Kaduna on Friday, police said. On Friday, when "
        "the gunmen stormed the market, they killed 12 people, a witness said.",
        "12",
        "same_as",
        False,
        "killed",
        12,
    ),
]

#: "the death toll had risen to five ... In March, three people were killed in a shooting":
#: a revised toll is of its incident's day, so a figure dated only by a month is another one.
MONTH_AGAINST_A_REVISED_TOLL = [
    (
        "A gunman killed six people at a school in Nashville late on Monday. The toll rose to "
        "seven after a teacher died on Tuesday morning. In May, two students were shot dead at "
        "a school in the city.",
        "two students",
        None,
        True,
        "killed",
        9,
    ),
    (
        "A gunman killed six people at a bar in Denver late on Friday. The toll rose to seven "
        "after a woman died in hospital on Saturday morning. In May, two people were shot dead "
        "at a park in the city.",
        "two",
        None,
        True,
        "killed",
        9,
    ),
    (
        "A bomb killed nine people at a bus station in Quetta early on Tuesday. Officials said "
        "the death toll had climbed to 11 after two of the wounded died on Wednesday evening. In "
        "May, four people were killed in a blast at a nearby market.",
        "four",
        None,
        True,
        "killed",
        15,
    ),
    (
        "A bomb killed nine people at a market in Maiduguri early on Monday. The toll rose to 11 "
        "after two of the injured died on Tuesday evening. In April, three people were killed in "
        "a blast at the same market.",
        "three",
        None,
        True,
        "killed",
        14,
    ),
    # Near forms: a part of the revised toll, and a figure with no date of its own.
    (
        "Two gunmen opened fire at a party in Montgomery late on Saturday, killing four people. "
        "Police later said the death toll had risen to five after a man died in hospital on "
        "Sunday afternoon. Three of the dead were teenagers.",
        "Three of the dead",
        "subset_of",
        False,
        "killed",
        5,
    ),
    (
        "A gunman killed six people at a bar in Denver late on Friday. The toll rose to seven "
        "after a woman died in hospital on Saturday morning. Two of the dead were police "
        "officers.",
        "Two of the dead",
        "subset_of",
        False,
        "killed",
        7,
    ),
]

#: "five of the wounded died ... 27 of the wounded were taken to a hospital": the wounded are
#: the injured group, not the part of them that died.
PART_OF_THE_WOUNDED = [
    (
        "A bomber killed 18 people and wounded 45 others at a market in Kirkuk on Thursday. The "
        "toll rose to 23 after five of the wounded died in hospital. Kirkuk General Hospital "
        "received 27 of the wounded, an official said.",
        "27 of the wounded",
        "subset_of",
        False,
        "injured",
        45,
    ),
    (
        "A car bomb killed 10 people and wounded 60 in Mogadishu on Friday. Three of the "
        "wounded later died. Medina Hospital treated 32 of the wounded, a doctor said.",
        "32 of the wounded",
        "subset_of",
        False,
        "injured",
        60,
    ),
    (
        "A suicide bomber killed 30 people and wounded 80 in Peshawar on Monday. Two of the "
        "injured died overnight. Doctors said 20 of the injured were in critical condition.",
        "20 of the injured",
        "subset_of",
        False,
        "injured",
        80,
    ),
    (
        "A blast killed seven people and wounded 50 at a factory in Dhaka on Sunday. Four of the "
        "wounded died on Monday. Thirty of the wounded were sent home, officials said.",
        "Thirty of the wounded",
        "subset_of",
        False,
        "injured",
        50,
    ),
    # Near forms: the whole of a part told with another harm is that group ("recaptured 29 of
    # the escapees ... two of them were shot dead"), and the part that died stays the injured's.
    (
        "Police recaptured 29 of the escapees on Sunday. Two of them were shot dead, police said.",
        "Two of them",
        None,
        True,
        "killed",
        2,
    ),
    (
        "A bomber killed 18 people and wounded 45 others at a market in Kirkuk on Thursday. The "
        "toll rose to 23 after five of the wounded died in hospital.",
        "23",
        "update_of",
        True,
        "killed",
        23,
    ),
]

#: "arrested 17 people ... Eleven of the suspects were detained in Spain": those a state holds
#: are suspects whatever the first figure calls them.
SUSPECTS_HELD = [
    (
        "Police arrested 17 people in raids on Tuesday. Eleven of the suspects were detained in "
        "Barcelona.",
        "Eleven of the suspects",
        "subset_of",
        False,
        "detained",
        17,
    ),
    (
        "Security forces detained 30 people in overnight raids. Twelve of the suspects were "
        "arrested in the capital, officials said.",
        "Twelve of the suspects",
        "subset_of",
        False,
        "detained",
        30,
    ),
    (
        "Police arrested 17 people in raids on Tuesday. Nine of the suspects were arrested in "
        "Lyon.",
        "Nine of the suspects",
        "subset_of",
        False,
        "detained",
        17,
    ),
    (
        "Troops detained 40 people in a sweep of the district. Six of the gunmen were captured "
        "in the hills, the army said.",
        "Six of the gunmen",
        "subset_of",
        False,
        "detained",
        40,
    ),
    # Near forms: the attackers among the dead stay other people than their victims.
    (
        "Gunmen killed 12 people at a market on Monday. Two of the attackers were killed by "
        "police, officials said.",
        "Two of the attackers",
        None,
        True,
        "killed",
        14,
    ),
    (
        "Fourteen people were killed in the attack on Monday. Police said two suspects were "
        "killed in a shootout.",
        "two suspects",
        None,
        True,
        "killed",
        16,
    ),
]

#: "abducted 240 in southern Israel ... 200 hostages are still held in Gaza": where and when a
#: group is still held tells of those taken, not of another incident.
STILL_HELD_ELSEWHERE = [
    (
        "Militants abducted about 240 people in the attack on southern Israel on Oct. 7. About "
        "200 hostages are still held in Gaza.",
        "About 200 hostages",
        "subset_of",
        False,
        "abducted",
        240,
    ),
    (
        "Hamas-led militants seized more than 250 hostages in the Oct. 7 attack on Israel. About "
        "120 hostages remain in Gaza.",
        "About 120 hostages",
        "subset_of",
        False,
        "abducted",
        251,
    ),
    (
        "Gunmen kidnapped 80 villagers in Zamfara state in January. About 30 hostages are still "
        "being held in the Rugu forest.",
        "About 30 hostages",
        "subset_of",
        False,
        "abducted",
        80,
    ),
    (
        "Jihadists abducted 50 women near Arbinda in January. Some 20 hostages remain in Mali, "
        "officials said.",
        "Some 20 hostages",
        "subset_of",
        False,
        "abducted",
        50,
    ),
    # Near forms: a group held in a separate incident, and an arrest (an act, not a state) in
    # another place.
    (
        "Gunmen abducted 40 people in Kaduna state on Monday. In a separate attack, bandits "
        "abducted 15 people in Zamfara, and the 15 hostages are still held there.",
        "15",
        None,
        True,
        "abducted",
        55,
    ),
    (
        "Gunmen abducted 40 people in Kaduna state on Monday. On Friday, police arrested 12 "
        "suspects in Kano.",
        "12 suspects",
        None,
        True,
        "detained",
        12,
    ),
]

#: "290 died in Al Haouz ... Another 100 died in Chichaoua": a figure with "another" and a place
#: of its own, right after a part of the toll by place, goes on breaking the toll down.
ANOTHER_PLACE_OF_THE_TOLL = [
    (
        "The earthquake killed at least 632 people. Most of the deaths were in Al Haouz, where "
        "290 people died, and in Taroudant, where 121 were killed. Another 100 people died in "
        "Chichaoua province and 13 in Marrakech.",
        "Another 100",
        "subset_of",
        False,
        "killed",
        632,
    ),
    (
        "Floods killed 50 people across Pakistan this week. Thirty of the dead were in Swat. "
        "Another 12 people died in Peshawar and eight in Mardan.",
        "Another 12",
        "subset_of",
        False,
        "killed",
        50,
    ),
    (
        "The earthquake killed at least 3,000 people in southern Turkey. Most of the dead were "
        "in Kahramanmaras, where 1,200 people died. Another 800 people died in Hatay province "
        "and 400 in Adana.",
        "Another 800",
        "subset_of",
        False,
        "killed",
        3000,
    ),
    (
        "Russian strikes killed 25 people in eastern Ukraine on Monday. Twelve of the dead were "
        "in Kramatorsk. Another eight people were killed in Sloviansk and five in Bakhmut.",
        "Another eight",
        "subset_of",
        False,
        "killed",
        25,
    ),
    # Near forms: more deaths with no place of their own, and a part told two sentences back.
    (
        "Police fired on protesters, killing at least 13 people. Ten of the dead were shot in "
        "Nairobi. On Wednesday, two more people died in hospital.",
        "two more",
        None,
        True,
        "killed",
        15,
    ),
    (
        "Floods killed 50 people across Pakistan this week. Thirty of the dead were in Swat. "
        "Roads were cut across the province. Another 30 people died in Peshawar.",
        "Another 30",
        None,
        True,
        "killed",
        80,
    ),
]

#: "protesters in Nairobi and several other cities, killing 13": the named town is one of the
#: places, so a part in another town of the country is of the toll.
AND_OTHER_CITIES = [
    (
        "Security forces fired on protesters in Nairobi and several other cities on Tuesday, "
        "killing at least 13 people. Ten of the dead were shot in Nairobi. Two people died in "
        "Nakuru and one in Eldoret.",
        "Two",
        "subset_of",
        False,
        "killed",
        13,
    ),
    (
        "Police clashed with protesters in Tehran and other cities on Friday, killing nine "
        "people. Four people were killed in Mashhad, officials said.",
        "Four",
        "subset_of",
        False,
        "killed",
        9,
    ),
    (
        "Troops opened fire on demonstrators in Khartoum and several other towns on Monday, "
        "killing 15 people. Three people were killed in Omdurman, medics said.",
        "Three",
        "subset_of",
        False,
        "killed",
        15,
    ),
    (
        "Police fired tear gas at protesters in Dhaka and other cities on Thursday, killing 20 "
        "people. Six people were killed in Chittagong, officials said.",
        "Six",
        "subset_of",
        False,
        "killed",
        20,
    ),
    # Near forms: a lead naming one city only, and other cities told without "other".
    (
        "Police fired on protesters in Nairobi on Tuesday, killing at least 13 people. Two "
        "people died in Nakuru, officials said.",
        "Two",
        None,
        True,
        "killed",
        15,
    ),
    (
        "Police fired on protesters in Nairobi and Mombasa on Tuesday, killing at least 13 "
        "people. Two people died in Nakuru, officials said.",
        "Two",
        None,
        True,
        "killed",
        15,
    ),
]

#: "police arrested 17 people, Spain's Interior Ministry said": the speaker's country is not
#: where the harm was, so a part in another country is of the lead's figure.
SPEAKERS_COUNTRY = [
    (
        "Police arrested 17 people in coordinated raids on Tuesday, Spain's Interior Ministry "
        "said. Six were detained in the Moroccan city of Tangier.",
        "Six",
        "subset_of",
        False,
        "detained",
        17,
    ),
    (
        "Security forces killed 12 militants on Sunday, Pakistan's army said. Four were killed "
        "in Afghanistan's Khost province.",
        "Four",
        "subset_of",
        False,
        "killed",
        12,
    ),
    (
        "Police arrested 20 people in an operation against a smuggling ring, Italy's interior "
        "ministry said. Eight were arrested in Tirana, Albania.",
        "Eight",
        "subset_of",
        False,
        "detained",
        20,
    ),
    (
        "Security forces arrested 45 people in raids on Friday, Turkey's interior ministry said. "
        "Twelve were detained in the Syrian town of Azaz.",
        "Twelve",
        "subset_of",
        False,
        "detained",
        45,
    ),
    # Near forms: a lead that names where the harm was keeps its place.
    (
        "Gunmen killed 12 people in Kaduna on Monday, Nigeria's police said. Six people were "
        "killed in Niamey, Niger.",
        "Six",
        None,
        True,
        "killed",
        18,
    ),
    (
        "Police arrested 17 people in Madrid on Tuesday, Spain's Interior Ministry said. Six "
        "were detained in the Moroccan city of Tangier.",
        "Six",
        None,
        True,
        "detained",
        23,
    ),
]

#: "In Rafah alone, 15 people were killed": a place singled out of a wider one is a part.
PLACE_ALONE = [
    (
        "Israeli strikes killed 40 people across Gaza on Thursday. In Rafah alone, 15 people "
        "were killed.",
        "15",
        "subset_of",
        False,
        "killed",
        40,
    ),
    (
        "Israeli strikes killed 40 people in Gaza on Thursday. Thirty of them were killed in the "
        "south and ten in the north. In Rafah alone, 18 people were killed.",
        "18",
        "subset_of",
        False,
        "killed",
        40,
    ),
    (
        "Security forces arrested 300 people on Friday. Two hundred of them were held in the "
        "north and 100 in the south. In Tehran alone, police detained 80 people.",
        "80",
        "subset_of",
        False,
        "detained",
        300,
    ),
    (
        "Storms killed 60 people across the region on Sunday. Forty of them died in the north "
        "and 20 in the south. In Dhaka alone, 25 people were killed.",
        "25",
        "subset_of",
        False,
        "killed",
        60,
    ),
    # Near forms: the same place without "alone", told after the toll was filled, is a figure
    # of its own; a part with "of them" stays a part.
    (
        "Israeli strikes killed 40 people in Gaza on Thursday. Thirty of them were killed in the "
        "south and ten in the north. In Rafah, 18 people were killed on Friday.",
        "18",
        None,
        True,
        "killed",
        58,
    ),
    (
        "Police arrested 30 people in raids on Tuesday. In Barcelona, 12 of them were detained.",
        "12 of them",
        "subset_of",
        False,
        "detained",
        30,
    ),
]

#: "In Russia, officials said drones attacked the Belgorod region, wounding five": the place
#: fronted before the speech verb places the participle's harm too.
REPORTED_ELSEWHERE = [
    (
        "Russian strikes wounded nine people in Kharkiv on Friday. In Russia, officials said "
        "Ukrainian drones attacked the Belgorod region, wounding five people.",
        "five",
        None,
        True,
        "injured",
        14,
    ),
    (
        "Israeli strikes killed 20 people in Gaza on Monday. In Lebanon, officials said an "
        "Israeli drone struck a car near Tyre, killing two people.",
        "two",
        None,
        True,
        "killed",
        22,
    ),
    (
        "Floods killed 30 people in Kenya this week. In Tanzania, officials said heavy rains hit "
        "the Arusha region, killing 12 people.",
        "12",
        None,
        True,
        "killed",
        42,
    ),
    (
        "Bandits killed 15 villagers in Zamfara on Sunday. In Niger, officials said gunmen "
        "attacked a village near Tillaberi, killing eight people.",
        "eight",
        None,
        True,
        "killed",
        23,
    ),
    # Near forms: the same place fronted, and a part told with "of them".
    (
        "Russian strikes wounded nine people in Kharkiv on Friday. In Kharkiv, officials said "
        "drones attacked a market, wounding five people.",
        "five",
        "subset_of",
        False,
        "injured",
        9,
    ),
    (
        "Israeli strikes killed 20 people in Gaza on Monday. In Rafah, medics said a strike hit "
        "a house, killing eight of them.",
        "eight of them",
        "subset_of",
        False,
        "killed",
        20,
    ),
]

#: "The blast came a week after militants attacked a hotel, killing nine": the participle is
#: inside the clause "a week after" opens.
WEEKS_AFTER = [
    (
        "A car bomb exploded in Mogadishu on Friday, killing 19 people. The blast came a week "
        "after militants attacked a hotel in the city, killing nine people.",
        "nine",
        None,
        True,
        "killed",
        28,
    ),
    (
        "A gunman killed five people at a school in Ohio on Monday. The shooting came two weeks "
        "after a gunman opened fire at a mall in Texas, killing eight people.",
        "eight",
        None,
        True,
        "killed",
        13,
    ),
    (
        "A bomb killed 12 people in Quetta on Friday. The attack came a month after militants "
        "stormed a police station in Bannu, killing 10 officers.",
        "10 officers",
        None,
        True,
        "killed",
        22,
    ),
    (
        "Gunmen killed 20 villagers in Plateau state on Sunday. The raid came three weeks after "
        "bandits attacked a nearby village, killing 14 people.",
        "14",
        None,
        True,
        "killed",
        34,
    ),
    # Near forms: a toll revised a week on, and a part of the toll.
    (
        "A car bomb killed 19 people in Mogadishu on Friday. A week after the blast, officials "
        "said the toll had risen to 25.",
        "25",
        "update_of",
        True,
        "killed",
        25,
    ),
    (
        "A car bomb killed 19 people in Mogadishu on Friday. Police said the bomber struck a "
        "week after the city's mayor warned of attacks, killing six of them at a cafe.",
        "six of them",
        "subset_of",
        False,
        "killed",
        19,
    ),
]

#: "a glide bomb hit a store, killing 19 people and wounding more than 40": the second
#: participle's harm has the first one's cause, so an event brought in on another day is one
#: of its own for both harms.
BOTH_PARTICIPLES = [
    (
        "A Russian missile strike on Kharkiv killed seven people and wounded 24 on Sunday. On "
        "Saturday, a Russian glide bomb hit a hardware store in the city, killing 19 people and "
        "wounding more than 40.",
        "more than 40",
        None,
        True,
        "injured",
        65,
    ),
    (
        "A drone strike killed four people and wounded 12 in Odesa on Tuesday. On Monday, a "
        "missile hit a port in the city, killing three people and wounding 30.",
        "30",
        None,
        True,
        "injured",
        42,
    ),
    (
        "A car bomb killed nine people and wounded 20 in Mogadishu on Friday. On Thursday, a "
        "roadside bomb struck a bus in the city, killing five people and wounding 25.",
        "25",
        None,
        True,
        "injured",
        45,
    ),
    (
        "A suicide bomber killed 12 people and wounded 30 in Kabul on Friday. On Wednesday, an "
        "explosion ripped through a mosque in the city, killing six people and wounding 45.",
        "45",
        None,
        True,
        "injured",
        75,
    ),
    # Near forms: the same event told again, and the toll's own participles.
    (
        "A car bomb killed nine people and wounded 20 in Mogadishu on Friday. The bomb hit a "
        "busy market, killing nine people and wounding 20, police said.",
        "20",
        "same_as",
        False,
        "injured",
        20,
    ),
    (
        "A car bomb killed nine people and wounded 20 in Mogadishu on Friday. Later on Friday, "
        "police said the toll had risen, with 12 killed and 31 wounded.",
        "31 wounded",
        "update_of",
        True,
        "injured",
        31,
    ),
]

#: "drones over the Belgorod region, where one person was killed": "over" places the harm of
#: the relative clause on the region as "in" does (`locative_preps`).
OVER_A_REGION = [
    (
        "Russia's defence ministry said its air defences had destroyed 20 Ukrainian drones over "
        "the Belgorod region, where one person was killed, after Russian strikes killed seven "
        "people in Kharkiv.",
        "one person",
        None,
        True,
        "killed",
        8,
    ),
    (
        "Russian strikes killed seven people in Kharkiv on Sunday. Russian officials said air "
        "defences destroyed drones over the Kursk region, where two people were killed.",
        "two",
        None,
        True,
        "killed",
        9,
    ),
    (
        "Russian strikes wounded 11 people in Odesa on Sunday. Russian officials said drones were "
        "shot down over the Bryansk region, where three people were wounded.",
        "three",
        None,
        True,
        "injured",
        14,
    ),
    (
        "Russian shelling killed nine people in Kherson on Monday. Russia said it destroyed 30 "
        "drones over the Rostov region, where two people were killed.",
        "two",
        None,
        True,
        "killed",
        11,
    ),
    # Near forms: the same region's city, and a part of the toll told with "of them".
    (
        "Russian strikes killed seven people in Kharkiv on Sunday. Officials said drones were "
        "shot down over Kharkiv, where two people were killed.",
        "two",
        "subset_of",
        False,
        "killed",
        7,
    ),
    (
        "Russian strikes killed seven people in the Kharkiv region on Sunday. Officials said "
        "drones were shot down over the region, where two of them were killed.",
        "two of them",
        "subset_of",
        False,
        "killed",
        7,
    ),
]

#: "Israeli strikes across Gaza killed 40 ... Another strike on a car killed three men": one of
#: the events the plural toll sums, not another incident.
ONE_OF_THE_STRIKES = [
    (
        "Russian strikes across the Donetsk region killed 11 people on Monday. Another strike on "
        "a bus stop in Kostiantynivka killed two women.",
        "two women",
        "subset_of",
        False,
        "killed",
        11,
    ),
    (
        "Air strikes across Idlib province killed 25 people on Friday, rescuers said. Another air "
        "strike on a market in Ariha killed six people.",
        "six",
        "subset_of",
        False,
        "killed",
        25,
    ),
    (
        "Israeli air strikes across Lebanon killed 30 people on Tuesday. Another air strike on a "
        "house in Tyre killed four people.",
        "four",
        "subset_of",
        False,
        "killed",
        30,
    ),
    (
        "Bandit attacks across Zamfara state killed 30 villagers on Sunday. Another attack on a "
        "village near Gusau killed eight people.",
        "eight",
        "subset_of",
        False,
        "killed",
        30,
    ),
    # Near forms: one strike before "another", and another strike on another day.
    (
        "A strike on a school in Gaza killed 12 people on Thursday. Another strike on a car in "
        "Khan Younis killed three men.",
        "three men",
        None,
        True,
        "killed",
        15,
    ),
    (
        "Israeli strikes across Gaza killed at least 40 people on Thursday. On Friday, another "
        "strike on a car in Khan Younis killed three men.",
        "three men",
        None,
        True,
        "killed",
        43,
    ),
]

#: "A paramedic was killed and two others were wounded on Wednesday": the day of the second
#: harm verb is the first one's too, so the death is of another day than the lead's.
DAY_OF_BOTH_HARMS = [
    (
        "Israeli strikes killed 40 people across Gaza on Thursday. A paramedic was killed and two "
        "others were wounded on Wednesday when their ambulance was hit.",
        "A paramedic",
        None,
        True,
        "killed",
        41,
    ),
    (
        "Russian shelling killed six people in Kherson on Monday. A farmer was killed and his "
        "wife was wounded on Sunday when a shell hit their house.",
        "A farmer",
        None,
        True,
        "killed",
        7,
    ),
    (
        "Gunmen killed 12 villagers in Plateau on Tuesday. A pastor was killed and three "
        "worshippers were wounded on Monday when gunmen attacked a church.",
        "A pastor",
        None,
        True,
        "killed",
        13,
    ),
    (
        "A bomb killed nine people in Quetta on Friday. A policeman was killed and two "
        "passers-by were wounded on Thursday when a grenade hit a checkpoint.",
        "A policeman",
        None,
        True,
        "killed",
        10,
    ),
    # Near forms: the lead's own day, and no day at all.
    (
        "Israeli strikes killed 40 people across Gaza on Thursday. A paramedic was killed and two "
        "others were wounded on Thursday when their ambulance was hit.",
        "A paramedic",
        "subset_of",
        False,
        "killed",
        40,
    ),
    (
        "Gunmen killed 12 villagers in Plateau on Tuesday. A pastor was killed and three "
        "worshippers were wounded when gunmen attacked a church.",
        "A pastor",
        "subset_of",
        False,
        "killed",
        12,
    ),
]

#: "In a separate operation, soldiers arrested five": an operation is an incident of its own.
SEPARATE_OPERATION = [
    (
        "Police detained three suspects on Sunday. In a separate operation, soldiers arrested "
        "five cartel members.",
        "five cartel members",
        None,
        True,
        "detained",
        8,
    ),
    (
        "Police arrested 14 people on Friday. In a separate operation, officers detained 20 "
        "people.",
        "20",
        None,
        True,
        "detained",
        34,
    ),
    (
        "Troops detained 12 people on Monday. In a separate operation, soldiers captured 30 "
        "people.",
        "30",
        None,
        True,
        "detained",
        42,
    ),
    (
        "Police arrested four suspects on Saturday. In a separate sweep, officers detained nine "
        "people.",
        "nine",
        None,
        True,
        "detained",
        13,
    ),
    # Near forms: the operation's arrests told again, and a part of them.
    (
        "Police arrested 14 people on Friday. In the operation, 14 people were detained, police "
        "said.",
        "14",
        "same_as",
        False,
        "detained",
        14,
    ),
    (
        "Police arrested 14 people on Friday. Nine of those arrested were foreigners.",
        "Nine of those",
        "subset_of",
        False,
        "detained",
        14,
    ),
]

#: "Last year, three people were shot dead at a graduation party": one gathering is one event,
#: not a tally over the year.
AT_A_GATHERING = [
    (
        "Gunmen killed five people in Tulsa on Saturday. Last year, three people were shot dead "
        "at a graduation party in Muskogee.",
        "three",
        None,
        True,
        "killed",
        8,
    ),
    (
        "A bomb killed eight people in Kabul on Friday. In 2019, 12 people were killed at a "
        "wedding in the city.",
        "12",
        None,
        True,
        "killed",
        20,
    ),
    (
        "A gunman killed two people in Paris on Monday. Last year, four people were killed at a "
        "concert in the city.",
        "four",
        None,
        True,
        "killed",
        6,
    ),
    (
        "Gunmen killed three people in Chicago on Sunday. Earlier this year, six people were "
        "shot dead at a birthday party in the city.",
        "six",
        None,
        True,
        "killed",
        9,
    ),
    # Near forms: a year's tally in a city, a party that owns the victims, and gatherings in
    # the plural.
    (
        "Gunmen killed three people in Chicago on Sunday. Last year, 600 people were shot dead "
        "in the city.",
        "600",
        None,
        False,
        "killed",
        3,
    ),
    (
        "Gunmen killed three people in Chicago on Sunday. Last year, 40 members of the ruling "
        "party were killed in the state.",
        "40 members of the ruling party",
        None,
        False,
        "killed",
        3,
    ),
    (
        "Gunmen killed three people in Chicago on Sunday. In 2023, 75 people were killed at "
        "parties in the city.",
        "75",
        None,
        False,
        "killed",
        3,
    ),
]

#: "The Israeli military said a soldier had been killed": a force's own spokesman tells of its
#: own people, the other side of the toll its strikes caused.
THE_FORCES_OWN = [
    (
        "Israeli strikes killed 40 people across Gaza on Thursday, medics said. The Israeli "
        "military said a soldier had been killed in fighting in northern Gaza.",
        "a soldier",
        None,
        True,
        "killed",
        41,
    ),
    (
        "Nigerian air strikes killed 20 people in Borno on Monday. The Nigerian army said three "
        "soldiers were killed in the fighting.",
        "three soldiers",
        None,
        True,
        "killed",
        23,
    ),
    (
        "Turkish drones killed 12 people in northern Syria on Sunday. The Turkish military said "
        "a soldier died in the operation.",
        "a soldier",
        None,
        True,
        "killed",
        13,
    ),
    (
        "Pakistani air strikes killed 15 people in Khost on Monday. The Pakistani military said "
        "a soldier was killed in the operation.",
        "a soldier",
        None,
        True,
        "killed",
        16,
    ),
    # Near forms: another side's speaker, and a fighter among the dead.
    (
        "Israeli strikes killed 40 people across Gaza on Thursday. A Palestinian medic said a "
        "soldier had been killed.",
        "a soldier",
        "subset_of",
        False,
        "killed",
        40,
    ),
    (
        "Israeli strikes killed 40 people across Gaza on Thursday, medics said. Among the dead "
        "was a Hamas fighter.",
        "a Hamas fighter",
        "subset_of",
        False,
        "killed",
        40,
    ),
]

#: "arrested 47 activists, the largest single operation since the law was imposed": "since"
#: ranks the operation by a superlative; it opens no period the figure is tallied over.
SUPERLATIVE_SINCE = [
    (
        "Hong Kong police arrested 47 activists on Sunday, the largest single operation since "
        "the law was imposed.",
        "47 activists",
        None,
        True,
        "detained",
        47,
    ),
    (
        "An air strike killed about 170 people in a village in April, in one of the deadliest "
        "attacks since the coup.",
        "about 170",
        None,
        True,
        "killed",
        170,
    ),
    (
        "Police arrested 300 people on Monday, the biggest crackdown since the 2019 protests.",
        "300",
        None,
        True,
        "detained",
        300,
    ),
    (
        "Troops killed 45 militants on Friday, the deadliest raid since the army took power.",
        "45 militants",
        None,
        True,
        "killed",
        45,
    ),
    # Near forms: a tally since an event, with no superlative, stays cumulative.
    (
        "Police arrested 20 people on Monday. Police have arrested 300 people since the protests "
        "began.",
        "300",
        None,
        False,
        "detained",
        20,
    ),
    (
        "Troops killed nine militants on Friday. Soldiers have killed 45 militants since the "
        "army took power in the region.",
        "45 militants",
        None,
        False,
        "killed",
        9,
    ),
]

#: "detained 30 ... Four of the detained were later found dead": a part of a captive group
#: told with another harm counts for that harm, whatever other toll came before.
PART_OF_THE_DETAINED = [
    (
        "Troops detained at least 30 people in Sagaing on Friday, a day after rebels ambushed a "
        "convoy there, killing 12 soldiers. Soldiers arrested men of fighting age. Four of the "
        "detained were later found dead.",
        "Four of the detained",
        None,
        True,
        "killed",
        16,
    ),
    (
        "Police arrested 25 protesters on Saturday, a day after clashes killed 10 officers. "
        "Officers detained students at the university. Two of the detained later died in "
        "custody.",
        "Two of the detained",
        None,
        True,
        "killed",
        12,
    ),
    (
        "Troops detained 50 men in Kachin on Monday, a day after clashes killed eight soldiers. "
        "Soldiers rounded up villagers. Five of the detained were later shot dead.",
        "Five of the detained",
        None,
        True,
        "killed",
        13,
    ),
    (
        "Security forces detained 60 protesters on Sunday, a day after riots killed nine "
        "policemen. Police held youths overnight. Seven of the detained were later found dead.",
        "Seven of the detained",
        None,
        True,
        "killed",
        16,
    ),
    # Near forms: a part of the dead, and a part of the detained told with no other harm.
    (
        "Troops detained 30 people on Friday, a day after rebels killed 12 soldiers. Four of the "
        "dead were officers.",
        "Four of the dead",
        "subset_of",
        False,
        "killed",
        12,
    ),
    (
        "Police arrested 25 protesters on Saturday, a day after clashes killed 10 officers. Ten "
        "of the detained remain in custody.",
        "Ten of the detained",
        "subset_of",
        False,
        "detained",
        25,
    ),
]

#: "In January, a gunman killed six people": one attacker's attack is one event, not a tally
#: over the month or year.
ONE_ATTACKER = [
    (
        "A gunman killed five people in Ohio on Monday. Last year a shooter killed 18 people at "
        "a bowling alley in Lewiston.",
        "18",
        None,
        True,
        "killed",
        23,
    ),
    (
        "A bomb killed 12 people in Quetta on Friday. In 2019, a suicide bomber killed 20 people "
        "in the city.",
        "20",
        None,
        True,
        "killed",
        32,
    ),
    (
        "Gunmen killed eight people in Zamfara on Monday. Last year, a gunman shot dead 14 "
        "worshippers in the state.",
        "14 worshippers",
        None,
        True,
        "killed",
        22,
    ),
    (
        "A bomb killed nine people in Kabul on Friday. In 2022, a suicide bomber killed 53 "
        "students at an education centre in the city.",
        "53 students",
        None,
        True,
        "killed",
        62,
    ),
    # Near forms: attackers in the plural, and a kind of event in the plural, tally a year.
    (
        "Gunmen killed eight people in Zamfara on Monday. Last year, gunmen killed 1,200 people "
        "in the state.",
        "1,200",
        None,
        False,
        "killed",
        8,
    ),
    (
        "A gunman killed five people in Ohio on Monday. In 2023, shootings killed 750 people in "
        "the state.",
        "750",
        None,
        False,
        "killed",
        5,
    ),
]

#: "In May, a similar bombardment of the camp killed 35": a bombardment or barrage is an event
#: word (`event_nouns`), so "a similar" one is another incident.
SIMILAR_BOMBARDMENT = [
    (
        "Rebels shelled a camp near Goma on Monday, killing at least nine people, officials "
        "said. On Tuesday, the toll rose to 11. In May, a similar bombardment of the Mugunga "
        "camp west of the city killed at least 35 people, the UN said.",
        "at least 35",
        None,
        True,
        "killed",
        46,
    ),
    (
        "Russian forces shelled Kherson on Monday, killing at least six people, the governor "
        "said. On Tuesday, the toll rose to eight. In March, a similar bombardment of the port "
        "killed at least 14 people, officials said.",
        "at least 14",
        None,
        True,
        "killed",
        22,
    ),
    (
        "Troops shelled a village near Idlib on Monday, killing at least five people, rescuers "
        "said. On Tuesday, the toll rose to seven. In February, a similar bombardment of a "
        "market in the town killed at least 21 people, monitors said.",
        "at least 21",
        None,
        True,
        "killed",
        28,
    ),
    (
        "Militias shelled a camp near El Fasher on Monday, killing at least 12 people, medics "
        "said. On Tuesday, the toll rose to 15. In April, a similar barrage on the city's main "
        "market killed at least 40 people, the UN said.",
        "at least 40",
        None,
        True,
        "killed",
        55,
    ),
    # Near forms: a bombardment told with no word that sets it apart, and the toll's revision.
    (
        "Rebels shelled a camp near Goma on Monday, killing at least nine people, officials "
        "said. On Tuesday, the toll rose to 11. A later bombardment of the camp killed at least "
        "35 people, the UN said.",
        "at least 35",
        "conflicts_with",
        False,
        "killed",
        11,
    ),
    (
        "Rebels shelled a camp near Goma on Monday, killing at least nine people, officials "
        "said. On Tuesday, the toll rose to 11.",
        "11",
        "update_of",
        True,
        "killed",
        11,
    ),
]

#: "In 2019, a riot at a prison in Morelos left six inmates dead": a riot, brawl, mutiny or
#: shootout is one event (`event_nouns`), so the year dates that event, not a tally.
ONE_RIOT = [
    (
        "A riot killed 17 people at a prison in Ciudad Juarez on Monday. In 2019, a riot at a "
        "prison in Morelos left six inmates dead.",
        "six inmates",
        None,
        True,
        "killed",
        23,
    ),
    (
        "Gunmen killed 11 people at a bar in Celaya on Saturday. Last year, a brawl between "
        "rival gangs at a nightclub in the city left nine people dead.",
        "nine",
        None,
        True,
        "killed",
        20,
    ),
    (
        "Soldiers killed 12 people in Goma on Monday. In 2022, a mutiny at an army base in the "
        "province killed 20 soldiers.",
        "20 soldiers",
        None,
        True,
        "killed",
        32,
    ),
    (
        "Police killed four gang members in Port-au-Prince on Friday. Last year, a shootout "
        "between police and a gang in the city left 14 people dead.",
        "14",
        None,
        True,
        "killed",
        18,
    ),
    # Near forms: brawls in the plural and "fighting" tally a year.
    (
        "Gunmen killed 11 people at a bar in Celaya on Saturday. Last year, brawls between rival "
        "gangs left 90 people dead in the state.",
        "90",
        None,
        False,
        "killed",
        11,
    ),
    (
        "Gunmen killed 11 people at a bar in Celaya on Saturday. Last year, fighting between "
        "rival gangs left 90 people dead in the state.",
        "90",
        None,
        False,
        "killed",
        11,
    ),
]


def _later(doc, count_text: str) -> tuple[str, str, str | None, bool]:
    """The last row with this count text."""
    found = [row for row in linked_rows(doc) if row[1] == count_text]
    assert found, f"no casualty {count_text!r} in {linked_rows(doc)}"
    return found[-1]


TABLES = {
    "occasion on a date": OCCASION_ON_A_DATE,
    "month against a revised toll": MONTH_AGAINST_A_REVISED_TOLL,
    "part of the wounded": PART_OF_THE_WOUNDED,
    "suspects held": SUSPECTS_HELD,
    "still held elsewhere": STILL_HELD_ELSEWHERE,
    "another place of the toll": ANOTHER_PLACE_OF_THE_TOLL,
    "and other cities": AND_OTHER_CITIES,
    "speaker's country": SPEAKERS_COUNTRY,
    "place alone": PLACE_ALONE,
    "reported elsewhere": REPORTED_ELSEWHERE,
    "weeks after": WEEKS_AFTER,
    "both participles": BOTH_PARTICIPLES,
    "over a region": OVER_A_REGION,
    "one of the strikes": ONE_OF_THE_STRIKES,
    "day of both harms": DAY_OF_BOTH_HARMS,
    "separate operation": SEPARATE_OPERATION,
    "at a gathering": AT_A_GATHERING,
    "the forces' own": THE_FORCES_OWN,
    "superlative since": SUPERLATIVE_SINCE,
    "part of the detained": PART_OF_THE_DETAINED,
    "one attacker": ONE_ATTACKER,
    "similar bombardment": SIMILAR_BOMBARDMENT,
    "one riot": ONE_RIOT,
}


@pytest.mark.parametrize(
    ("text", "count_text", "relation", "counts", "type_", "best"),
    [row for table in TABLES.values() for row in table],
)
def test_a_later_figure_adds_to_the_total_or_not(
    nlp, text, count_text, relation, counts, type_, best
):
    doc = process(nlp, text, PUBLISHED)
    _type, _text, got_relation, got_counts = _later(doc, count_text)
    assert (got_relation, got_counts) == (relation, counts), linked_rows(doc)
    assert totals(doc)[type_][1] == best, linked_rows(doc)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_has_wordings_and_near_forms(name):
    assert_wordings_and_near_forms(TABLES[name])
