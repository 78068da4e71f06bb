"""Casualty time scope, revised tolls and missed figures in reports followed over days (fifth
round): a placed disaster's toll "so far", toll nouns with a participle, tolls revised down,
another source's smaller count, the earlier toll told after its revision, people named by their
trade, a wounded person who died, and another event "a day after". Each table holds four or
more wordings of one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import scoped_rows

PUBLISHED = "2024-05-10"


#: "Flooding in Borno state has so far killed 52 people and displaced 20,000": a disaster told by
#: a noun without article (a gerund or mass noun) placed in a named place is one event, so
#: "so far" gives that event's toll, an incident figure; the verb joined to the harm verb shares
#: its cause. Near forms: an unplaced disaster, a year's floods and fighting stay cumulative.
PLACED_DISASTER_SO_FAR = [
    (
        "Flooding in Borno state has so far killed 52 people and displaced more than 20,000, "
        "officials said.",
        [
            ("killed", "52", None, True, "incident"),
            ("displaced", "more than 20,000", None, True, "incident"),
        ],
    ),
    (
        "Flooding in southern Brazil has so far killed 78 people, the civil defence agency said.",
        [("killed", "78", None, True, "incident")],
    ),
    (
        "Fire at the Bailey Road mall has so far killed 46 people, police said.",
        [("killed", "46", None, True, "incident")],
    ),
    (
        "A flood in Borno state has so far killed 52 people.",
        [("killed", "52", None, True, "incident")],
    ),
    (
        "Flooding in Nigeria's Borno state has killed 52 people so far and displaced 20,000.",
        [("killed", "52", None, True, "incident"), ("displaced", "20,000", None, True, "incident")],
    ),
    (
        "Flooding has so far killed 300 people across the country, the agency said.",
        [("killed", "300", None, False, "cumulative")],
    ),
    (
        "Floods this year have so far killed 170 people in 19 states, the agency said.",
        [("killed", "170", None, False, "cumulative")],
    ),
    (
        "So far, 300 people have been killed in the fighting, officials said.",
        [("killed", "300", None, False, "cumulative")],
    ),
    (
        "Fighting in Khartoum has so far killed 300 people, the WHO said.",
        [("killed", "300", None, False, "cumulative")],
    ),
]


#: "The number of people confirmed dead rose to 22", "bringing the number of people killed to 22":
#: the toll noun whose harm is a participle (or the harm adjective it takes) after the "of"
#: phrase, however the parser hung the participle and the "to" figure. Near forms: a toll noun
#: without people, a month's tally.
TOLL_NUMBER_WITH_PARTICIPLE = [
    (
        "The number of people confirmed dead rose to 22 on Wednesday.",
        [("killed", "22", None, True, "incident")],
    ),
    (
        "The number of people reported missing has risen to 41.",
        [("missing", "41", None, True, "incident")],
    ),
    (
        "Rescuers found 11 more bodies, bringing the number of people killed to 22.",
        [
            ("killed", "11 more bodies", None, False, "incident"),
            ("killed", "22", "update_of", True, "incident"),
        ],
    ),
    (
        "The number of people reported injured has climbed to 64, officials said.",
        [("injured", "64", None, True, "incident")],
    ),
    (
        "The number of people confirmed dead in the attack climbed to 30.",
        [("killed", "30", None, True, "incident")],
    ),
    (
        "The number of people killed rose to 22.",
        [("killed", "22", None, True, "incident")],
    ),
    (
        "The number of schools reported closed rose to 22.",
        [],
    ),
    (
        "The attack brings the number of people killed in the state this month to 50.",
        [("killed", "50", None, False, "cumulative")],
    ),
]


#: "The death toll was revised down to 116", "lowered the toll to 116": a smaller new toll
#: replaces the old one (`update_of`), it is no part of it. Near forms: a part of the dead, a
#: part inside a larger revision, a number of other things that fell.
TOLL_REVISED_DOWN = [
    (
        "At least 121 people were killed in a stampede on Tuesday. The death toll was revised "
        "down to 116 on Wednesday.",
        [
            ("killed", "At least 121", None, False, "incident"),
            ("killed", "116", "update_of", True, "incident"),
        ],
    ),
    (
        "At least 121 people were killed in a stampede on Tuesday. On Wednesday officials "
        "lowered the death toll to 116.",
        [
            ("killed", "At least 121", None, False, "incident"),
            ("killed", "116", "update_of", True, "incident"),
        ],
    ),
    (
        "At least 121 people were killed in a stampede on Tuesday. Officials later reduced the "
        "toll to 116.",
        [
            ("killed", "At least 121", None, False, "incident"),
            ("killed", "116", "update_of", True, "incident"),
        ],
    ),
    (
        "At least 121 people were killed in a stampede on Tuesday. The toll dropped to 116 "
        "after a recount.",
        [
            ("killed", "At least 121", None, False, "incident"),
            ("killed", "116", "update_of", True, "incident"),
        ],
    ),
    (
        "At least 121 people were killed in a stampede on Tuesday. The death toll fell to 116 "
        "on Wednesday.",
        [
            ("killed", "At least 121", None, False, "incident"),
            ("killed", "116", "update_of", True, "incident"),
        ],
    ),
    (
        "At least 121 people were killed in a stampede on Tuesday. Sixteen children were among "
        "the dead.",
        [
            ("killed", "At least 121", None, True, "incident"),
            ("killed", "Sixteen children", "subset_of", False, "incident"),
        ],
    ),
    (
        "At least 121 people were killed in a stampede on Tuesday. The death toll rose to 130, "
        "including 40 children.",
        [
            ("killed", "At least 121", None, False, "incident"),
            ("killed", "130", "update_of", True, "incident"),
            ("killed", "40 children", "subset_of", False, "incident"),
        ],
    ),
    (
        "The number of attacks fell to 12 last year. Three people were killed in the attack on "
        "Monday.",
        [("killed", "Three", None, True, "incident")],
    ),
]


#: "at least 23 protesters, rights groups said ... Amnesty International put the death toll at
#: 19": another named source's smaller toll, or its count of the same noun, is a conflict, not a
#: part. Near forms: died in hospital (a place within the event), a partitive, another place,
#: another noun with "also".
ANOTHER_SOURCE_SMALLER_COUNT = [
    (
        "Police shot dead at least 23 protesters on Tuesday, rights groups said. Amnesty "
        "International put the death toll at 19.",
        [
            ("killed", "at least 23 protesters", None, True, "incident"),
            ("killed", "19", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "A drone attack killed at least 40 soldiers on Thursday, security sources said. A "
        "health ministry official said 32 soldiers had died.",
        [
            ("killed", "at least 40 soldiers", None, True, "incident"),
            ("killed", "32 soldiers", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "Gunmen killed at least 30 villagers in the raid, local officials said. The army said "
        "22 villagers were killed.",
        [
            ("killed", "at least 30 villagers", None, True, "incident"),
            ("killed", "22 villagers", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "At least 50 people died in the fire, the fire service said. The hospital put the death "
        "toll at 41.",
        [
            ("killed", "At least 50", None, True, "incident"),
            ("killed", "41", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "Jihadists killed 40 soldiers, the army said. The militia put the number of dead "
        "soldiers at 34.",
        [
            ("killed", "40 soldiers", None, True, "incident"),
            ("killed", "34", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "At least 40 soldiers were killed, security sources said. A ministry official said 12 "
        "soldiers had died in hospital.",
        [
            ("killed", "At least 40 soldiers", None, True, "incident"),
            ("killed", "12 soldiers", "subset_of", False, "incident"),
        ],
    ),
    (
        "At least 40 soldiers were killed, security sources said. Officials said 12 of the "
        "soldiers were officers.",
        [("killed", "At least 40 soldiers", None, True, "incident")],
    ),
    (
        "At least 40 soldiers were killed in the province, the army said. Police said 12 "
        "soldiers were killed in the capital.",
        [
            ("killed", "At least 40 soldiers", None, True, "incident"),
            ("killed", "12 soldiers", None, True, "incident"),
        ],
    ),
    (
        "At least 40 soldiers were killed, the army said. Officials said 12 children were also "
        "killed.",
        [
            ("killed", "At least 40 soldiers", None, True, "incident"),
            ("killed", "12 children", None, True, "incident"),
        ],
    ),
]


#: "Police arrested the building's developer", "detained the caterer and two of his assistants",
#: "The stationmaster was arrested": people named by their trade (`person_nouns`). Near forms:
#: ships and trucks held are not people.
NAMED_ROLES_DETAINED = [
    (
        "A building collapsed in Lagos on Sunday, killing 15 people. Police arrested the "
        "building's developer on Monday.",
        [
            ("killed", "15", None, True, "incident"),
            ("detained", "the building's developer", None, True, "incident"),
        ],
    ),
    (
        "Sixty people fell ill at a wedding. Police detained the caterer and two of his "
        "assistants.",
        [
            ("detained", "the caterer", None, True, "incident"),
            ("detained", "two of his assistants", None, True, "incident"),
        ],
    ),
    (
        "A train crash killed 57 people. The stationmaster was arrested and charged with "
        "negligent homicide.",
        [
            ("killed", "57", None, True, "incident"),
            ("detained", "The stationmaster", None, True, "incident"),
        ],
    ),
    (
        "Police arrested six organisers of the concert after the crush.",
        [("detained", "six organisers of the concert", None, True, "incident")],
    ),
    (
        "Police detained a restaurant proprietor and his chef on Friday.",
        [
            ("detained", "a restaurant proprietor", None, True, "incident"),
            ("detained", "his chef", None, True, "incident"),
        ],
    ),
    (
        "Iran detained a tanker in the Gulf.",
        [],
    ),
    (
        "Police seized a truck carrying weapons.",
        [],
    ),
]


#: "A wounded woman later died in hospital", "Two injured men succumbed": like "four of the
#: wounded died", the adjective tells the state the people were in and the death verb what
#: happened: killed, counted as deaths besides the toll told (part of a toll the sentence
#: revises). Near forms: a wounded person taken to hospital stays injured; the partitive form.
WOUNDED_PERSON_DIED = [
    (
        "A gunman killed eight people and wounded 14. A wounded woman later died in hospital.",
        [
            ("killed", "eight", None, True, "incident"),
            ("injured", "14", None, True, "incident"),
            ("killed", "A wounded woman", None, True, "incident"),
        ],
    ),
    (
        "A gunman killed eight people and wounded 14. An injured man died in hospital on Friday.",
        [
            ("killed", "eight", None, True, "incident"),
            ("injured", "14", None, True, "incident"),
            ("killed", "An injured man", None, True, "incident"),
        ],
    ),
    (
        "A gunman killed eight people and wounded 14. Two injured men succumbed to their wounds.",
        [
            ("killed", "eight", None, True, "incident"),
            ("injured", "14", None, True, "incident"),
            ("killed", "Two injured men", None, True, "incident"),
        ],
    ),
    (
        "A bomb killed five soldiers and wounded nine. A wounded soldier died on the way to "
        "hospital.",
        [
            ("killed", "five soldiers", None, True, "incident"),
            ("injured", "nine", None, True, "incident"),
            ("killed", "A wounded soldier", None, True, "incident"),
        ],
    ),
    (
        "A gunman killed eight people and wounded 14. The toll rose to nine when a wounded "
        "woman died in hospital.",
        [
            ("killed", "eight", None, False, "incident"),
            ("injured", "14", None, True, "incident"),
            ("killed", "nine", "update_of", True, "incident"),
            ("killed", "a wounded woman", "subset_of", False, "incident"),
        ],
    ),
    (
        "A gunman killed eight people. A wounded officer was taken to hospital.",
        [
            ("killed", "eight", None, True, "incident"),
            ("injured", "A wounded officer", None, True, "incident"),
        ],
    ),
    (
        "A gunman killed eight people and wounded 14. Four of the wounded later died.",
        [
            ("killed", "eight", None, True, "incident"),
            ("injured", "14", None, True, "incident"),
            ("killed", "Four of the wounded", None, True, "incident"),
        ],
    ),
]


#: "A gunman killed eight people, a day after a boy shot dead nine at his school": a harm with a
#: doer of its own that "after"/"before" opens with a span is another event, even a day or hours
#: away; a larger figure there revises nothing, and a later revised toll revises the report's
#: own event. Near forms: the dead of such a clause told in the next sentence, a death days
#: after the same attack, the injured who later died.
OTHER_EVENT_A_SPAN_AFTER = [
    (
        "A gunman killed eight people, a day after a 13-year-old boy shot dead nine people at "
        "his school.",
        [("killed", "eight", None, True, "incident"), ("killed", "nine", None, True, "incident")],
    ),
    (
        "Gunmen killed 12 villagers on Sunday, two days after bandits killed 20 people in a "
        "nearby town.",
        [
            ("killed", "12 villagers", None, True, "incident"),
            ("killed", "20", None, True, "incident"),
        ],
    ),
    (
        "Gunmen killed five people on Sunday, a day after bandits killed seven people in the "
        "same district.",
        [("killed", "five", None, True, "incident"), ("killed", "seven", None, True, "incident")],
    ),
    (
        "Gunmen killed five people on Sunday, hours after a car bomb killed 30 people in the "
        "capital.",
        [("killed", "five", None, True, "incident"), ("killed", "30", None, True, "incident")],
    ),
    (
        "A gunman killed eight people on Thursday, a day after a boy shot dead nine people at his "
        "school. The toll had risen to nine by Friday.",
        [
            ("killed", "eight", None, False, "incident"),
            ("killed", "nine", None, True, "incident"),
            ("killed", "nine", "update_of", True, "incident"),
        ],
    ),
    (
        "Gunmen killed five people on Sunday, a day after bandits killed seven people nearby. The "
        "death toll later rose to seven.",
        [
            ("killed", "five", None, False, "incident"),
            ("killed", "seven", None, True, "incident"),
            ("killed", "seven", "update_of", True, "incident"),
        ],
    ),
    (
        "Troops detained 30 people on Friday, a day after rebels killed 12 soldiers. Four of "
        "the dead were officers.",
        [
            ("detained", "30", None, True, "incident"),
            ("killed", "12 soldiers", None, True, "incident"),
            ("killed", "Four of the dead", "subset_of", False, "incident"),
        ],
    ),
    (
        "A gunman killed eight people. Two people died two days after the attack.",
        [
            ("killed", "eight", None, True, "incident"),
            ("killed", "Two", "subset_of", False, "incident"),
        ],
    ),
    (
        "Five people died on Monday, two days after they were injured in the blast.",
        [
            ("killed", "Five", None, True, "incident"),
            ("injured", "they", "same_as", False, "incident"),
        ],
    ),
]


#: "police said at least 10 people were still buried": "still" on a burial, like "alive", says
#: people are trapped (`burial.manner`). Near forms: a funeral, a mass grave.
STILL_BURIED = [
    (
        "In Batangas province, 24 bodies were recovered from the landslide-hit town of Talisay, "
        "and police said at least 10 people were still buried.",
        [
            ("killed", "24 bodies", None, True, "incident"),
            ("trapped", "at least 10", None, True, "incident"),
        ],
    ),
    (
        "Five miners are still buried, the company said.",
        [("trapped", "Five miners", None, True, "incident")],
    ),
    (
        "Rescuers said dozens of villagers were still buried.",
        [("trapped", "dozens of villagers", None, True, "incident")],
    ),
    (
        "Two children were still buried hours after the quake struck.",
        [("trapped", "Two children", None, True, "incident")],
    ),
    (
        "He was buried in his home village on Sunday.",
        [],
    ),
    (
        "The victims were buried in a mass grave.",
        [],
    ),
]


#: "Storm Daniel has killed 5,300 people in Libya": a named storm is one event, not an actor
#: whose perfect tells a campaign's tally. Near forms: armed groups named by a proper noun.
NAMED_STORM_TOLL = [
    (
        "Storm Daniel has so far killed 5,300 people in Libya.",
        [("killed", "5,300", None, True, "incident")],
    ),
    (
        "Storm Daniel has killed 5,300 people in Libya, officials said.",
        [("killed", "5,300", None, True, "incident")],
    ),
    (
        "Typhoon Haiyan has killed more than 6,000 people, officials said.",
        [("killed", "more than 6,000", None, True, "incident")],
    ),
    (
        "Cyclone Freddy has so far killed 400 people in Malawi.",
        [("killed", "400", None, True, "incident")],
    ),
    (
        "Boko Haram has killed more than 35,000 people since 2009.",
        [("killed", "more than 35,000", None, False, "cumulative")],
    ),
    (
        "The Islamic State has killed 5,000 people in Iraq.",
        [("killed", "5,000", None, False, "cumulative")],
    ),
]


#: "The floods have so far killed 52 people": a plural disaster noun with "the" is the disaster
#: told before, so "so far" gives that event's toll. Near forms: "the attacks" (a series), and
#: "so far this year" or "this year" (a tally).
THE_DISASTER_SO_FAR = [
    (
        "The floods have so far killed 52 people in the state, officials said.",
        [("killed", "52", None, True, "incident")],
    ),
    (
        "The landslides have so far killed 30 people, officials said.",
        [("killed", "30", None, True, "incident")],
    ),
    (
        "The storms have killed 22 people so far across the region.",
        [("killed", "22", None, True, "incident")],
    ),
    (
        "The earthquakes have so far killed 40 people.",
        [("killed", "40", None, True, "incident")],
    ),
    (
        "The attacks have so far killed 300 people, officials said.",
        [("killed", "300", None, False, "cumulative")],
    ),
    (
        "The storms have killed 22 people so far this year.",
        [("killed", "22", None, False, "cumulative")],
    ),
    (
        "The floods have killed 300 people this year.",
        [("killed", "300", None, False, "cumulative")],
    ),
]

#: "The blast killed 30 people on Monday. A day later, officials said 41 people had died": a
#: larger figure another source gives at a later time ("later", "by Wednesday") is the toll
#: grown, `update_of`. Near forms: another source's figure with no later time conflicts; a bare
#: smaller figure of another source stays a part (the older reading).
A_LATER_SOURCE_REVISES = [
    (
        "The blast killed 30 people on Monday. A day later, officials said 41 people had died.",
        [
            ("killed", "30", None, False, "incident"),
            ("killed", "41", "update_of", True, "incident"),
        ],
    ),
    (
        "The blast killed 30 people on Monday. By Wednesday, hospital officials said 41 people "
        "had died.",
        [
            ("killed", "30", None, False, "incident"),
            ("killed", "41", "update_of", True, "incident"),
        ],
    ),
    (
        "The blast killed 30 people on Monday. Officials later said 41 people had died.",
        [
            ("killed", "30", None, False, "incident"),
            ("killed", "41", "update_of", True, "incident"),
        ],
    ),
    (
        "Floods killed 12 people in the province on Sunday. Two days later, the governor said 20 "
        "people had died.",
        [
            ("killed", "12", None, False, "incident"),
            ("killed", "20", "update_of", True, "incident"),
        ],
    ),
    (
        "Police said 30 people died on Monday. Residents said at least 50 people had been killed.",
        [
            ("killed", "30", None, True, "incident"),
            ("killed", "at least 50", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "The blast killed 30 people, police said. Local media reported that 45 people were killed.",
        [
            ("killed", "30", None, True, "incident"),
            ("killed", "45", "conflicts_with", False, "incident"),
        ],
    ),
]


#: "Earlier reports said 20 people had been killed", "Initial reports put the toll at 20": a
#: source told as earlier (`superseded_words`) gives the toll since replaced, when the article
#: has another figure of that harm. Near forms: no other figure, a partitive, "local reports".
EARLIER_REPORTS_SUPERSEDED = [
    (
        "At least 30 people died in the blast, police said. Earlier reports said 20 people had "
        "been killed.",
        [
            ("killed", "At least 30", "update_of", True, "incident"),
            ("killed", "20", None, False, "incident"),
        ],
    ),
    (
        "At least 30 people died in the blast, police said. Initial reports put the toll at 20.",
        [
            ("killed", "At least 30", "update_of", True, "incident"),
            ("killed", "20", None, False, "incident"),
        ],
    ),
    (
        "Initial reports said 20 people had been killed in the blast. The toll later rose to 30.",
        [
            ("killed", "20", None, False, "incident"),
            ("killed", "30", "update_of", True, "incident"),
        ],
    ),
    (
        "Preliminary reports said 12 people were injured. Officials later said 19 were hurt.",
        [("injured", "12", None, False, "incident"), ("injured", "19", None, True, "incident")],
    ),
    (
        "Initial reports said 20 people had been killed in the blast.",
        [("killed", "20", None, True, "incident")],
    ),
    (
        "At least 30 people died in the blast. Initial reports said 12 of the dead were children.",
        [
            ("killed", "At least 30", None, True, "incident"),
            ("killed", "12 of the dead", "subset_of", False, "incident"),
        ],
    ),
    (
        "At least 30 people died in the blast. Local reports said 20 people had been killed.",
        [
            ("killed", "At least 30", None, True, "incident"),
            ("killed", "20", "subset_of", False, "incident"),
        ],
    ),
]

#: "Two teenagers were among the 19 people who died": "among" a group whose relative clause
#: states the death (an intransitive harm verb) makes the subject a part of that group, as
#: "among the 19 people killed" does. Near forms: a relative clause that harms no one.
AMONG_THOSE_WHO_DIED = [
    (
        "At least 19 people died in the fire. Two teenagers were among the 19 people who died.",
        [
            ("killed", "At least 19", None, True, "incident"),
            ("killed", "Two teenagers", "subset_of", False, "incident"),
            ("killed", "the 19", "same_as", False, "incident"),
        ],
    ),
    (
        "Two teenagers were among the 19 people who died in the fire.",
        [
            ("killed", "Two teenagers", "subset_of", False, "incident"),
            ("killed", "the 19", None, True, "incident"),
        ],
    ),
    (
        "Two police officers were among the people who perished.",
        [("killed", "Two police officers", None, True, "incident")],
    ),
    (
        "Three children were among the 12 people who drowned when the boat capsized.",
        [
            ("killed", "Three children", "subset_of", False, "incident"),
            ("killed", "the 12", None, True, "incident"),
        ],
    ),
    (
        "A child was among those who died in the blast.",
        [("killed", "A child", None, True, "incident")],
    ),
    (
        "Two soldiers were among the people who helped the wounded.",
        [],
    ),
    (
        "Two teenagers were among those who survived the fire.",
        [],
    ),
]

TABLES = {
    "placed disaster so far": PLACED_DISASTER_SO_FAR,
    "toll number with participle": TOLL_NUMBER_WITH_PARTICIPLE,
    "toll revised down": TOLL_REVISED_DOWN,
    "another source smaller count": ANOTHER_SOURCE_SMALLER_COUNT,
    "named roles detained": NAMED_ROLES_DETAINED,
    "wounded person died": WOUNDED_PERSON_DIED,
    "other event a span after": OTHER_EVENT_A_SPAN_AFTER,
    "still buried": STILL_BURIED,
    "named storm toll": NAMED_STORM_TOLL,
    "the disaster so far": THE_DISASTER_SO_FAR,
    "a later source revises": A_LATER_SOURCE_REVISES,
    "earlier reports superseded": EARLIER_REPORTS_SUPERSEDED,
    "among those who died": AMONG_THOSE_WHO_DIED,
}


test_rows_of_reports_followed_over_days, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)
