"""Disaster and accident reports, tenth round: constructions of wire reports on earthquakes,
floods, fires, collapses and crashes that lost or misread a figure (the group after a wire
dateline, a toll participle with long place phrases, people who lost their homes, travellers
evacuated off a vehicle). Each table holds four or more wordings of one construction and at
least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "QUETTA, Pakistan — At least 12 coal miners were killed": the parser makes the filing place
#: the subject and the group after the dash its apposition; the group is who was harmed.
GROUP_AFTER_A_DATELINE = [
    (
        "QUETTA, Pakistan — At least 12 coal miners were killed on Monday in a methane gas "
        "explosion.",
        [("killed", "At least 12 coal miners", None, True)],
    ),
    (
        "KINSHASA (Reuters) - At least 40 people drowned when an overloaded boat capsized on "
        "Lake Kivu.",
        [("killed", "At least 40", None, True)],
    ),
    (
        "MEXICO CITY — Thirty-eight migrants died in a fire at a detention centre on the US "
        "border.",
        [("killed", "Thirty-eight migrants", None, True)],
    ),
    (
        "LIMA, Peru (AP) — Fourteen passengers were injured when a bus overturned on a mountain "
        "road.",
        [("injured", "Fourteen passengers", None, True)],
    ),
    (
        "DHAKA, March 1 (Reuters) - Dozens of workers were trapped after a garment factory "
        "collapsed.",
        [("trapped", "Dozens of workers", None, True)],
    ),
    # Near forms: a dateline before an active clause keeps its object; an apposition without
    # a dateline describes its subject.
    (
        "KATHMANDU, Nepal (AP) — A powerful earthquake killed at least 128 people in western "
        "Nepal.",
        [("killed", "at least 128", None, True)],
    ),
    (
        "BAGHDAD — Police arrested five men on Monday after a fire at a hospital.",
        [("detained", "five men", None, True)],
    ),
    (
        "Ali Hassan, a driver, was injured in the crash near Mosul.",
        [("injured", "Ali Hassan", None, True)],
    ),
    (
        "Two passers-by were injured when the facade of the hotel fell.",
        [("injured", "Two passers-by", None, True)],
    ),
]

#: "The number of people confirmed dead in the collapse of an apartment block in Johannesburg
#: has climbed to 27": however long the participle's place phrases, the change verb after them
#: tells the toll; the participle's harm adjective types it wherever the parser hangs it.
TOLL_PARTICIPLE_WITH_LONG_PHRASES = [
    (
        "The number of people confirmed dead in the collapse of an apartment block in "
        "Johannesburg has climbed to 27.",
        [("killed", "27", None, True)],
    ),
    (
        "The number of people confirmed dead in the fire at a nightclub in Bucharest rose to 32 "
        "on Sunday.",
        [("killed", "32", None, True)],
    ),
    (
        "The number of people reported missing after the landslide in the north of the country "
        "has risen to 48.",
        [("missing", "48", None, True)],
    ),
    (
        "The number of migrants confirmed dead in the sinking of the boat off the coast of "
        "Crotone has risen to 67.",
        [("killed", "67", None, True)],
    ),
    # Near forms: a number of things is no toll; a short phrase reads as before.
    (
        "The number of houses destroyed in the flooding in the north of the province has "
        "climbed to 270.",
        [],
    ),
    (
        "The number of people confirmed dead rose to 27 on Sunday.",
        [("killed", "27", None, True)],
    ),
]

#: "About 3,000 people lost their homes": people left homeless, as "were left homeless".
LOST_THEIR_HOMES = [
    (
        "More than 500 families lost their homes in the floods.",
        [("displaced", "More than 500 families", None, True)],
    ),
    (
        "About 3,000 people lost their homes in the mudslide, officials said.",
        [("displaced", "About 3,000", None, True)],
    ),
    (
        "Hundreds of villagers lost their houses when the river burst its banks.",
        [("displaced", "Hundreds of villagers", None, True)],
    ),
    (
        "A farmer who lost his home in the fire said he had nowhere to go.",
        [("displaced", "A farmer", None, True)],
    ),
    # Near forms: other things lost, or lives.
    ("About 3,000 workers lost their jobs after the factory closed.", []),
    ("The home side lost their home opener on Sunday.", []),
    ("Four people lost their lives in the fire.", [("killed", "Four", None, True)]),
    ("Residents said they fear losing their homes to the rising river.", []),
]

#: "All 162 passengers and six crew members were evacuated safely": travellers taken off a
#: plane, train or ship leave no homes; they are no people displaced.
TRAVELLERS_EVACUATED = [
    (
        "All 162 passengers and six crew members were evacuated safely after the plane skidded "
        "off the runway.",
        [],
    ),
    ("About 300 commuters were evacuated from the train after it stalled in the tunnel.", []),
    ("The crew evacuated all 150 passengers using the emergency slides.", []),
    ("Forty travellers were evacuated from the ferry after it caught fire.", []),
    ("Dozens of motorists were evacuated from the tunnel after the crash.", []),
    # Near forms: residents and families leave their homes; the injured taken to hospital.
    (
        "More than 5,000 residents were evacuated ahead of the storm.",
        [("displaced", "More than 5,000 residents", None, True)],
    ),
    (
        "Police evacuated 40 families from the building.",
        [("displaced", "40 families", None, True)],
    ),
    (
        "Six injured passengers were evacuated to hospital by helicopter.",
        [("injured", "Six injured passengers", None, True)],
    ),
]

#: "Three injured passengers died in hospital": the participle tells the state the people were
#: in, whether the tagger reads it as an adjective or a verb; the death verb tells the harm.
INJURED_PEOPLE_WHO_DIED = [
    (
        "Three injured passengers died in hospital.",
        [("killed", "Three injured passengers", None, True)],
    ),
    (
        "Three injured passengers later died.",
        [("killed", "Three injured passengers", None, True)],
    ),
    (
        "Four wounded soldiers died on the way to hospital.",
        [("killed", "Four wounded soldiers", None, True)],
    ),
    (
        "Two injured miners succumbed to their wounds on Tuesday.",
        [("killed", "Two injured miners", None, True)],
    ),
    # Near forms: no death verb of their own, or a death told of another figure.
    (
        "Two injured climbers were airlifted to hospital.",
        [("injured", "Two injured climbers", None, True)],
    ),
    (
        "Three injured passengers were taken to hospital, where one died.",
        [
            ("injured", "Three injured passengers", None, True),
            ("killed", "one", None, True),
        ],
    ),
]

#: "The quake left 2,000 people homeless and 300 injured": the parser hangs the second figure
#: on the first state; it is whom the second state ("injured") tells of, not the first object.
SECOND_FIGURE_OF_LEFT_STATES = [
    (
        "The quake left 2,000 people homeless and 300 injured.",
        [("displaced", "2,000", None, True), ("injured", "300 injured", None, True)],
    ),
    (
        "The cyclone left 10,000 residents homeless and 45 injured.",
        [
            ("displaced", "10,000 residents", None, True),
            ("injured", "45 injured", None, True),
        ],
    ),
    (
        "The storm left 600 families homeless and 25 wounded.",
        [("displaced", "600 families", None, True), ("injured", "25 wounded", None, True)],
    ),
    (
        "The earthquake left 1,500 people homeless and 87 injured.",
        [("displaced", "1,500", None, True), ("injured", "87 injured", None, True)],
    ),
    # Near forms: each state with its own figure, parsed apart, as before.
    (
        "The storm left 12 people dead and 40 injured.",
        [("killed", "12", None, True), ("injured", "40 injured", None, True)],
    ),
    (
        "The blast left 20 people injured and 3 dead.",
        [("injured", "20", None, True), ("killed", "3 dead", None, True)],
    ),
    (
        "The crash left two people dead, police said.",
        [("killed", "two", None, True)],
    ),
]

#: "The death toll stood at 31 on Wednesday, up from 24 a day earlier": "up from" / "down
#: from" after a toll's verb gives the figure it replaced, a row that no longer counts.
TOLL_UP_FROM_AN_EARLIER_FIGURE = [
    (
        "The death toll stood at 31 on Wednesday, up from 24 a day earlier.",
        [("killed", "31", "update_of", True), ("killed", "24", None, False)],
    ),
    (
        "The death toll rose to 31, up from 24 on Tuesday.",
        [("killed", "31", "update_of", True), ("killed", "24", None, False)],
    ),
    (
        "The number of dead reached 31, up from the 24 reported on Tuesday.",
        [("killed", "31", "update_of", True), ("killed", "the 24", None, False)],
    ),
    (
        "The number of people missing stood at 12, down from 40 on Monday.",
        [("missing", "12", "update_of", True), ("missing", "40", None, False)],
    ),
    # Near forms: no earlier figure after "up from"; a toll without one.
    (
        "The death toll stood at 31, up sharply from the weekend.",
        [("killed", "31", None, True)],
    ),
    ("The death toll reached 31 on Wednesday.", [("killed", "31", None, True)]),
    ("Prices were up from 24 dollars.", []),
]

#: "over 12,000 have taken shelter in 140 relief camps": people sheltering in camps are
#: displaced, as those "moved to relief camps" are.
SHELTERED_IN_CAMPS = [
    (
        "Over 12,000 people have taken shelter in 140 relief camps.",
        [("displaced", "Over 12,000", None, True)],
    ),
    (
        "About 3,000 villagers took refuge in evacuation centres.",
        [("displaced", "About 3,000 villagers", None, True)],
    ),
    (
        "More than 500 families sought shelter in government camps.",
        [("displaced", "More than 500 families", None, True)],
    ),
    (
        "Some 800 people have found shelter in relief camps.",
        [("displaced", "Some 800", None, True)],
    ),
    # Near forms: shelter for a while, not in a camp.
    ("Dozens of residents took shelter in basements during the raid.", []),
    ("The hikers took shelter in a cave.", []),
]

#: "15 people remained trapped ... around 40 people had been pulled from the rubble alive":
#: those brought out are not among those still left in, whoever told either figure.
RESCUED_BESIDE_THOSE_STILL_TRAPPED = [
    (
        "Rescuers said 15 people remained trapped in the debris. A spokesman said around 40 "
        "people had been pulled from the rubble alive overnight.",
        [("trapped", "15", None, True), ("trapped", "around 40", None, True)],
    ),
    (
        "Twenty people remain buried under the rubble, the mayor said. Firefighters said they "
        "had rescued 25 people from the debris.",
        [("trapped", "Twenty", None, True), ("trapped", "25", None, True)],
    ),
    (
        "At least 10 people are still trapped, police said. The fire brigade said 18 people "
        "were pulled out of the wreckage.",
        [("trapped", "At least 10", None, True), ("trapped", "18", None, True)],
    ),
    (
        "Eight workers are still buried under the collapsed hotel, the governor said. The army "
        "said soldiers had freed 11 people from the rubble.",
        [("trapped", "Eight workers", None, True), ("trapped", "11", None, True)],
    ),
    # Near forms: all who were caught, of whom the rescued are a part; a partitive.
    (
        "Fifty people were trapped under the rubble, police said. The fire brigade said 30 "
        "people were pulled from the debris alive.",
        [("trapped", "Fifty", None, True), ("trapped", "30", "subset_of", False)],
    ),
    (
        "Fifty people remain trapped under the rubble. Rescuers pulled 30 of them from the "
        "debris alive.",
        [("trapped", "Fifty", None, True), ("trapped", "30 of them", "subset_of", False)],
    ),
]

#: "bringing the total number of deaths from this year's monsoon to 107": a season's toll sums
#: its many incidents, so the day's deaths count and the season's figure is cumulative.
SEASON_TOLLS = [
    (
        "Eleven people were killed on Monday when a wall collapsed, bringing the total number "
        "of deaths from this year's monsoon to 107.",
        [("killed", "Eleven", None, True), ("killed", "107", None, False)],
    ),
    (
        "Eleven people were killed on Monday when a wall collapsed, bringing this year's "
        "monsoon death toll to 107.",
        [("killed", "Eleven", None, True), ("killed", "107", None, False)],
    ),
    (
        "Eleven people were killed on Monday, bringing the death toll from this season's rains "
        "to 107.",
        [("killed", "Eleven", None, True), ("killed", "107", None, False)],
    ),
    (
        "Heavy rain has killed 107 people since the onset of the monsoon in June, officials said.",
        [("killed", "107", None, False)],
    ),
    # Near forms: one disaster's toll; a superlative of the year ranks one incident.
    (
        "Two more bodies were found on Monday, bringing the death toll from the floods to 23.",
        [("killed", "Two more bodies", None, False), ("killed", "23", "update_of", True)],
    ),
    (
        "A landslide killed 11 people in this year's deadliest monsoon disaster.",
        [("killed", "11", None, True)],
    ),
    (
        "Eleven people were killed when a wall collapsed during the monsoon rains.",
        [("killed", "Eleven", None, True)],
    ),
]


#: "between 30 and 60 passengers could still be missing": a modal with "still" on a missing
#: or trapped state estimates how many are so now; it tells no harm that may yet come.
STILL_MISSING_ESTIMATES = [
    (
        "Between 30 and 60 passengers could still be missing.",
        [("missing", "Between 30 and 60 passengers", None, True)],
    ),
    (
        "As many as 60 passengers may still be missing.",
        [("missing", "As many as 60 passengers", None, True)],
    ),
    (
        "Officials said up to 20 miners might still be trapped underground.",
        [("trapped", "up to 20 miners", None, True)],
    ),
    (
        "The coast guard said 14 fishermen could still be missing.",
        [("missing", "14 fishermen", None, True)],
    ),
    # Near forms: a harm that may come, with or without "still"; a guess with no "still".
    ("The hostages could still be killed.", []),
    ("More people could go missing if the rain continues.", []),
    ("Up to 40 people could be trapped in the mine.", []),
]

#: "A landslide buried 30 people": the burial verb's subject is what fell on them, so they
#: are trapped, as with "buried under the rubble"; people who bury hold a funeral.
BURIED_BY_A_FALLING_SUBJECT = [
    ("A landslide buried 30 people.", [("trapped", "30", None, True)]),
    (
        "The mudslide struck before dawn, burying dozens of people as they slept.",
        [("trapped", "dozens of people", None, True)],
    ),
    (
        "A massive rockslide buried at least 40 workers at the quarry.",
        [("trapped", "at least 40 workers", None, True)],
    ),
    ("An avalanche buried 12 skiers on Sunday.", [("trapped", "12 skiers", None, True)]),
    # Near forms: a funeral, with a person burying or a burial place; a slide burying homes.
    ("Villagers buried the 12 victims on Friday.", []),
    ("The three men were buried in a mass grave.", []),
    ("The landslide buried 30 homes.", []),
]

#: "None of the 53 people aboard survived": as "did not survive", the group after "of" died.
NONE_OF_THEM_SURVIVED = [
    ("None of the 53 people aboard the submarine survived.", [("killed", "the 53", None, True)]),
    (
        "None of the 132 passengers and crew survived the crash.",
        [("killed", "the 132 passengers", None, True)],
    ),
    ("None of the nine climbers survived.", [("killed", "the nine climbers", None, True)]),
    (
        "The fire broke out at night. None of the 14 patients on the ward survived.",
        [("killed", "the 14 patients", None, True)],
    ),
    # Near forms: "none" with another verb, or a survival that is told.
    ("Most of the 53 crew members survived the sinking.", []),
    ("None of the 20 villages was spared by the flood.", []),
    ("All 14 patients survived the fire.", []),
]

#: "A fire tore through a garment factory on Tuesday. Officials have confirmed 12 deaths so
#: far.": after a lead that tells one event as it happened, "so far" is its toll until now.
SO_FAR_AFTER_ONE_EVENT = [
    (
        "A fire tore through a garment factory in Dhaka on Tuesday. Officials have confirmed 12 "
        "deaths so far.",
        [("killed", "12 deaths", None, True)],
    ),
    (
        "A fire tore through a garment factory in Dhaka on Tuesday, killing at least 12 "
        "workers. So far, 40 people have been treated for burns.",
        [("killed", "at least 12 workers", None, True), ("injured", "40", None, True)],
    ),
    (
        "An earthquake struck the region on Monday. So far, 300 people have been killed.",
        [("killed", "300", None, True)],
    ),
    (
        "A landslide hit the village overnight. Rescuers have pulled 14 bodies from the mud so "
        "far.",
        [("killed", "14 bodies", None, True)],
    ),
    # Near forms: no event told before, or a war's tally.
    ("Officials have confirmed 12 deaths so far.", [("killed", "12 deaths", None, False)]),
    (
        "The war began in 2022. So far, 300,000 people have been killed.",
        [("killed", "300,000", None, False)],
    ),
    (
        "Violence has surged in the region. So far, 300 people have been killed this year.",
        [("killed", "300", None, False)],
    ),
]

TABLES = {
    "so_far_after_one_event": SO_FAR_AFTER_ONE_EVENT,
    "none_of_them_survived": NONE_OF_THEM_SURVIVED,
    "buried_by_a_falling_subject": BURIED_BY_A_FALLING_SUBJECT,
    "still_missing_estimates": STILL_MISSING_ESTIMATES,
    "season_tolls": SEASON_TOLLS,
    "rescued_beside_those_still_trapped": RESCUED_BESIDE_THOSE_STILL_TRAPPED,
    "sheltered_in_camps": SHELTERED_IN_CAMPS,
    "toll_up_from_an_earlier_figure": TOLL_UP_FROM_AN_EARLIER_FIGURE,
    "injured_people_who_died": INJURED_PEOPLE_WHO_DIED,
    "second_figure_of_left_states": SECOND_FIGURE_OF_LEFT_STATES,
    "group_after_a_dateline": GROUP_AFTER_A_DATELINE,
    "toll_participle_with_long_phrases": TOLL_PARTICIPLE_WITH_LONG_PHRASES,
    "lost_their_homes": LOST_THEIR_HOMES,
    "travellers_evacuated": TRAVELLERS_EVACUATED,
}


test_disaster_reports_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
