"""Wire reports of war, crime, protests and disasters, thirteenth round: "Among them" and "N of
them" after arrests and kidnappings, appositive parts ("the majority of them", "at least half
of them", "four children among them"), "the casualties" listing people after one kind of
harm, an order to arrest, "others" set against a part of the victims, an event told hours
before the report's own, a doer's deed in the past perfect set earlier, the days after one
event or since a recent day, a bare figure a source puts at a number, a source's nationality
taken for a side, parts that break no toll down, the people "The hostages, including ..."
lists, an object the parser hangs on "dead", and "also" after a vague group. Each table holds
four or more wordings of one construction and at least two near forms that keep the old
reading."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Police arrested 15 people. Among them were three minors": after a sentence that only
#: arrests or only abducts, "them" stands for those held, and a copula that says who they were
#: picks out part of them.
AMONG_THEM_AFTER_CAPTURES = [
    (
        "Police arrested 15 people. Among them were three minors.",
        [("detained", "15", None, True), ("detained", "three minors", "subset_of", False)],
    ),
    (
        "Gunmen kidnapped 40 passengers on the highway. Among them were six children.",
        [
            ("abducted", "40 passengers", None, True),
            ("abducted", "six children", "subset_of", False),
        ],
    ),
    (
        "Authorities detained 300 protesters on Saturday. Twenty of them were journalists.",
        [
            ("detained", "300 protesters", None, True),
            ("detained", "Twenty of them", "subset_of", False),
        ],
    ),
    (
        "Bandits abducted 87 villagers in Kaduna state on Monday. Among them were 20 women, "
        "residents said.",
        [
            ("abducted", "87 villagers", None, True),
            ("abducted", "20 women", "subset_of", False),
        ],
    ),
    (
        "Turkish police detained 147 suspects in raids across 30 provinces. Among them were 20 "
        "foreign nationals.",
        [
            ("detained", "147 suspects", None, True),
            ("detained", "20 foreign nationals", "subset_of", False),
        ],
    ),
    # Near forms: a clause that tells what became of them since (a release, an escape) holds
    # no part, and after a sentence of arrests and deaths "them" keeps its old reading.
    (
        "Bandits abducted 25 villagers. Five of them were later released.",
        [("abducted", "25 villagers", None, True)],
    ),
    (
        "Police arrested 15 people. Two of them escaped on Sunday.",
        [("detained", "15", None, True)],
    ),
    (
        "Police arrested 15 people after clashes that killed three. Among them were two minors.",
        [("detained", "15", None, True), ("killed", "three", None, True)],
    ),
]

#: "At least 30 of them were minors", "More than 20 of them were women": a qualifier may open
#: the sentence before the figure of "N of them"; "more" of "more than" adds nobody.
QUALIFIED_PART_SENTENCES = [
    (
        "Police arrested 150 people in raids on Monday. At least 30 of them were minors.",
        [("detained", "150", None, True), ("detained", "At least 30 of them", "subset_of", False)],
    ),
    (
        "A bomb killed 12 people. At least three of them were children.",
        [("killed", "12", None, True), ("killed", "At least three of them", "subset_of", False)],
    ),
    (
        "A bomb killed 61 people. More than 20 of them were women.",
        [("killed", "61", None, True), ("killed", "More than 20 of them", "subset_of", False)],
    ),
    (
        "Gunmen kidnapped 61 people. More than 20 of them were women.",
        [("abducted", "61", None, True), ("abducted", "More than 20 of them", "subset_of", False)],
    ),
    (
        "The blast wounded 40 people. About 10 of them were police officers.",
        [("injured", "40", None, True), ("injured", "About 10 of them", "subset_of", False)],
    ),
    (
        "A bomb killed 12 people. Nearly half of them were children.",
        [("killed", "12", None, True), ("killed", "Nearly half of them", "subset_of", False)],
    ),
    # Near forms: after people harmed by no one, and "more" that adds people, keep their
    # reading.
    ("Police questioned 40 witnesses. At least 10 of them were children.", []),
    (
        "Three people were shot. Two more victims arrived at a hospital.",
        [("injured", "Three", None, True), ("injured", "Two more victims", None, True)],
    ),
]

#: "killed 14 people, half of them children", "the majority of them civilians": an absolute
#: phrase whose subject is a part word with "of them" is a part of the group, and what it is
#: made of ("women and children") is no group of its own.
APPOSITIVE_PART_WORDS = [
    (
        "The strike killed 14 people, half of them children.",
        [("killed", "14", None, True), ("killed", "half of them", "subset_of", False)],
    ),
    (
        "The shelling killed 20 people, the majority of them civilians.",
        [("killed", "20", None, True), ("killed", "the majority of them", "subset_of", False)],
    ),
    (
        "Floods in eastern Afghanistan killed at least 68 people, the majority of them women and "
        "children, the Taliban government said on Saturday.",
        [
            ("killed", "at least 68", None, True),
            ("killed", "the majority of them", "subset_of", False),
        ],
    ),
    (
        "Police detained 300 people, the majority of them students.",
        [("detained", "300", None, True), ("detained", "the majority of them", "subset_of", False)],
    ),
    (
        "The quake injured 200 people, half of them seriously.",
        [("injured", "200", None, True), ("injured", "half of them", "subset_of", False)],
    ),
    # Near forms: "most of them" keeps its reading, and "the majority" with no "of them" says
    # where, not who.
    (
        "The boat sank, killing 40 migrants, most of them women.",
        [("killed", "40 migrants", None, True), ("killed", "most of them", "subset_of", False)],
    ),
    (
        "The shelling killed 20 people, the majority in the north.",
        [("killed", "20", None, True)],
    ),
    (
        "The war has displaced half a million people.",
        [("displaced", "half a million", None, False)],
    ),
]

#: "killed 22 people, at least half of them children": a qualifier before the part word of an
#: absolute phrase stays in the part, which is still a part.
QUALIFIED_APPOSITIVE_PARTS = [
    (
        "The strike killed 22 people, at least half of them children.",
        [("killed", "22", None, True), ("killed", "at least half of them", "subset_of", False)],
    ),
    (
        "The strike killed 22 people, nearly half of them women.",
        [("killed", "22", None, True), ("killed", "nearly half of them", "subset_of", False)],
    ),
    (
        "The strike killed 22 people, at least 10 of them children.",
        [("killed", "22", None, True), ("killed", "at least 10 of them", "subset_of", False)],
    ),
    (
        "The strike killed 22 people, at least one of them a child.",
        [("killed", "22", None, True), ("killed", "at least one of them", "subset_of", False)],
    ),
    (
        "Police detained 80 protesters, more than 20 of them students.",
        [
            ("detained", "80 protesters", None, True),
            ("detained", "more than 20 of them", "subset_of", False),
        ],
    ),
    # Near forms: "about 10 of them children" is the same part (its figure's own "of them"
    # closes the count, whichever word the parser hangs "about" on), and a qualified part word
    # with no "of them" says where, not who.
    (
        "The strike killed 22 people, about 10 of them children.",
        [("killed", "22", None, True), ("killed", "about 10 of them", "subset_of", False)],
    ),
    (
        "The strike killed 22 people, at least half in the north.",
        [("killed", "22", None, True)],
    ),
    (
        "It said about 30 people were wounded, some of them seriously.",
        [("injured", "about 30", None, True), ("injured", "some of them", "subset_of", False)],
    ),
]

#: "killed 12 people, four children and two women among them": counted people set off by a
#: comma and closed by "among them" are parts of the group, each of them.
CLOSED_BY_AMONG_THEM = [
    (
        "Shelling killed 12 people in Kherson overnight, four children and two women among "
        "them, the governor said.",
        [
            ("killed", "12", None, True),
            ("killed", "four children", "subset_of", False),
            ("killed", "two women", "subset_of", False),
        ],
    ),
    (
        "Air strikes killed 20 people in Rafah on Monday, eight children among them, medics said.",
        [("killed", "20", None, True), ("killed", "eight children", "subset_of", False)],
    ),
    (
        "Gunmen abducted 30 villagers on Sunday, 11 women among them, residents said.",
        [("abducted", "30 villagers", None, True), ("abducted", "11 women", "subset_of", False)],
    ),
    (
        "Israeli strikes killed 17 Palestinians in Rafah overnight, six children and three women "
        "among them, the civil defence said.",
        [
            ("killed", "17 Palestinians", None, True),
            ("killed", "six children", "subset_of", False),
            ("killed", "three women", "subset_of", False),
        ],
    ),
    # Near forms: an opening "among them" keeps its reading, and a phrase with a verb of its
    # own lists no part.
    (
        "Police detained 60 protesters, five journalists among them.",
        [
            ("detained", "60 protesters", None, True),
            ("detained", "five journalists", "subset_of", False),
        ],
    ),
    (
        "Strikes killed 12 people on Monday, their bodies found among the ruins.",
        [("killed", "12", None, True)],
    ),
]

#: "killed 9 people, among them two fishermen and a police officer": every counted person the
#: "among them" list joins is a part, not the first alone.
LIST_AFTER_AMONG_THEM = [
    (
        "The storm killed 9 people, among them two fishermen and a police officer.",
        [
            ("killed", "9", None, True),
            ("killed", "two fishermen", "subset_of", False),
            ("killed", "a police officer", "subset_of", False),
        ],
    ),
    (
        "The flood killed 14 people, among them three students and a teacher.",
        [
            ("killed", "14", None, True),
            ("killed", "three students", "subset_of", False),
            ("killed", "a teacher", "subset_of", False),
        ],
    ),
    (
        "Shelling killed 11 civilians, among them four children and an elderly woman.",
        [
            ("killed", "11 civilians", None, True),
            ("killed", "four children", "subset_of", False),
            ("killed", "an elderly woman", "subset_of", False),
        ],
    ),
    (
        "The blast killed 8 people, among them a soldier and two nurses.",
        [
            ("killed", "8", None, True),
            ("killed", "a soldier", "subset_of", False),
            ("killed", "two nurses", "subset_of", False),
        ],
    ),
    # Near forms: a list the parser already split keeps its reading, and a bare plural list
    # stays one vague part.
    (
        "Police detained 60 protesters, among them five journalists and a lawyer.",
        [
            ("detained", "60 protesters", None, True),
            ("detained", "five journalists", "subset_of", False),
            ("detained", "a lawyer", "subset_of", False),
        ],
    ),
    (
        "Police detained 60 protesters, among them journalists and lawyers.",
        [
            ("detained", "60 protesters", None, True),
            ("detained", "journalists and lawyers", "subset_of", False),
        ],
    ),
]

#: "wounded 30 people, several of them in critical condition": a phrase of state after the
#: part word keeps the part; a place after it still tells where, not who.
PART_IN_A_STATE = [
    (
        "More than 30 people were being treated for injuries, several of them in critical "
        "condition.",
        [
            ("injured", "More than 30", None, True),
            ("injured", "several of them", "subset_of", False),
        ],
    ),
    (
        "The blast wounded 25 people, many of them in serious condition.",
        [("injured", "25", None, True), ("injured", "many of them", "subset_of", False)],
    ),
    (
        "The fire injured 40 workers, most of them in hospital with burns.",
        [("injured", "40 workers", None, True), ("injured", "most of them", "subset_of", False)],
    ),
    (
        "The crash injured 18 passengers, some of them in intensive care.",
        [("injured", "18 passengers", None, True), ("injured", "some of them", "subset_of", False)],
    ),
    # Near forms: a place after the part word.
    (
        "The strike killed 20 people, most of them in the north.",
        [("killed", "20", None, True)],
    ),
    (
        "Floods displaced 3,000 people, most of them in Sindh province.",
        [("displaced", "3,000", None, True)],
    ),
]

#: "The casualties included three policemen" after deaths only: "the casualties" points back
#: to the people of that one harm, like "the victims".
CASUALTIES_OF_ONE_HARM = [
    (
        "The blast killed six people. The casualties included three policemen.",
        [("killed", "six", None, True), ("killed", "three policemen", "subset_of", False)],
    ),
    (
        "The blast killed six people. Among the casualties were three policemen.",
        [("killed", "six", None, True), ("killed", "three policemen", "subset_of", False)],
    ),
    (
        "The blast killed six people. Three policemen were among the casualties.",
        [("killed", "six", None, True), ("killed", "Three policemen", "subset_of", False)],
    ),
    (
        "The blast wounded 20 people. The casualties included three policemen.",
        [("injured", "20", None, True), ("injured", "three policemen", "subset_of", False)],
    ),
    (
        "Militants killed nine soldiers, and police arrested two suspects. The casualties "
        "included a colonel.",
        [
            ("killed", "nine soldiers", None, True),
            ("detained", "two suspects", None, True),
            ("killed", "a colonel", "subset_of", False),
        ],
    ),
    # Near forms: after deaths and injuries, or with no harm before, "the casualties" keeps
    # its joint reading.
    (
        "The blast killed six people and wounded 20. The casualties included three policemen.",
        [
            ("killed", "six", None, True),
            ("injured", "20", None, True),
            ("killed_or_injured", "three policemen", None, True),
        ],
    ),
    (
        "Gunmen attacked a checkpoint on Monday. The casualties included three policemen.",
        [("killed_or_injured", "three policemen", None, True)],
    ),
]

#: "A court ordered the arrest of X": an order, which police may not have carried out; no
#: row, as "a warrant for the arrest of" is none.
ORDERED_ARREST = [
    ("A court ordered the arrest of the former president.", []),
    ("A court in Dhaka ordered the arrest of five police officers.", []),
    ("The judge ordered the detention of 12 protesters pending trial.", []),
    ("The justice minister ordered the arrest of a former senator accused of financing gangs.", []),
    # Near forms: an arrest made on an order, and an arrest announced, are arrests.
    (
        "Police arrested five men on the orders of the prosecutor.",
        [("detained", "five men", None, True)],
    ),
    (
        "Police announced the arrest of three suspects.",
        [("detained", "three suspects", None, True)],
    ),
]

#: "Most of the victims were burned to death; others were shot": "others" set against a part
#: of the victims in one sentence are the rest of them, told by how they died.
OTHERS_BESIDE_A_PART = [
    (
        "Gunmen killed 30 villagers. Most of the victims were burned to death; others were shot.",
        [
            ("killed", "30 villagers", None, True),
            ("killed", "Most of the victims", "subset_of", False),
            ("killed", "others", "subset_of", False),
        ],
    ),
    (
        "Gunmen killed 30 villagers. Some of the victims were hacked to death and others were "
        "shot.",
        [
            ("killed", "30 villagers", None, True),
            ("killed", "Some of the victims", "subset_of", False),
            ("killed", "others", "subset_of", False),
        ],
    ),
    (
        "Jihadists killed at least 40 civilians on Thursday. Most of the victims were burned to "
        "death in their homes, while others were shot as they fled.",
        [
            ("killed", "at least 40 civilians", None, True),
            ("killed", "Most of the victims", "subset_of", False),
            ("killed", "others", "subset_of", False),
        ],
    ),
    (
        "The militia killed 25 farmers. Many of the dead were burned to death; others were "
        "stabbed.",
        [
            ("killed", "25 farmers", None, True),
            ("killed", "Many of the dead", "subset_of", False),
            ("killed", "others", "subset_of", False),
        ],
    ),
    # Near forms: "others were injured" says how badly, and "Others" in a sentence of its own
    # is no rest of that part.
    (
        "Gunmen killed 30 villagers. Some of the victims were hacked to death and others were "
        "injured.",
        [
            ("killed", "30 villagers", None, True),
            ("killed", "Some of the victims", "subset_of", False),
            ("injured", "others", None, True),
        ],
    ),
    (
        "Gunmen killed 30 villagers. Most of the victims were burned to death. Others were shot "
        "in the legs.",
        [
            ("killed", "30 villagers", None, True),
            ("killed", "Most of the victims", "subset_of", False),
            ("injured", "Others", None, True),
        ],
    ),
]

#: "The attack came hours after a bomb exploded at a checkpoint, killing two soldiers": the
#: participle goes on telling the event set before the report's own, however close in time.
EVENT_SET_HOURS_BEFORE = [
    (
        "Five people were killed on Monday. The attack came hours after a bomb exploded at a "
        "checkpoint, killing two soldiers.",
        [("killed", "Five", None, True), ("killed", "two soldiers", None, True)],
    ),
    (
        "A car bomb killed 10 people on Monday. The attack came hours after a roadside bomb hit a "
        "convoy, killing two soldiers.",
        [("killed", "10", None, True), ("killed", "two soldiers", None, True)],
    ),
    (
        "A bomb killed 13 people at a bus station, police said. The attack came two hours after "
        "a roadside bomb struck a military convoy, killing two soldiers and wounding five.",
        [
            ("killed", "13", None, True),
            ("killed", "two soldiers", None, True),
            ("injured", "five", None, True),
        ],
    ),
    (
        "Five people were killed on Monday. The blast came shortly after gunmen opened fire on a "
        "checkpoint, killing two soldiers.",
        [("killed", "Five", None, True), ("killed", "two soldiers", None, True)],
    ),
    # Near forms: a harm that is the main clause's ("died hours after a bomb exploded") and a
    # span opening the sentence keep their reading as part of the toll.
    (
        "Five people were killed on Monday. Two soldiers died hours after a bomb exploded at a "
        "checkpoint.",
        [("killed", "Five", None, True), ("killed", "Two soldiers", "subset_of", False)],
    ),
    (
        "Five people died in the blast on Monday. Two days after the blast, three more people "
        "died in hospital.",
        [("killed", "Five", None, True), ("killed", "three more", None, True)],
    ),
]

#: "The suspect had killed his brother earlier in the day": a doer's deed in the past perfect
#: with "earlier" is set before the incident told, not part of its toll.
PRIOR_DEED = [
    (
        "A gunman killed seven people at a wedding on Saturday. The suspect had killed his "
        "brother earlier in the day at the family home, prosecutors said.",
        [("killed", "seven", None, True), ("killed", "his brother", None, True)],
    ),
    (
        "A gunman killed seven people at a wedding on Saturday. Earlier in the day, the suspect "
        "had shot dead his brother.",
        [("killed", "seven", None, True), ("killed", "his brother", None, True)],
    ),
    (
        "The attacker shot dead five shoppers. Police said he had killed his wife at home "
        "earlier that morning.",
        [("killed", "five shoppers", None, True), ("killed", "his wife", None, True)],
    ),
    (
        "A man stabbed four people to death at a market. He had previously killed a neighbour, "
        "police said.",
        [("killed", "four", None, True), ("killed", "a neighbour", None, True)],
    ),
    # Near forms: the simple past with no "earlier" may tell one of the toll, and a passive
    # keeps its reading.
    (
        "A gunman killed seven people at a wedding. He killed his brother first, police said.",
        [("killed", "seven", None, True), ("killed", "his brother", "subset_of", False)],
    ),
    (
        "A gunman killed seven people at a wedding. His brother had been killed earlier in the "
        "evening, police said.",
        [("killed", "seven", None, True), ("killed", "His brother", "subset_of", False)],
    ),
]

#: "detained more than 2,000 people in the days after the disputed election": the days after
#: one event are its aftermath, not a period a tally runs over.
DAYS_AFTER_AN_EVENT = [
    (
        "Venezuelan authorities detained more than 2,000 people in the days after the disputed "
        "election, the attorney general said.",
        [("detained", "more than 2,000", None, True)],
    ),
    (
        "Police arrested 300 people in the hours following the match.",
        [("detained", "300", None, True)],
    ),
    (
        "Security forces detained 450 protesters in the days following the vote.",
        [("detained", "450 protesters", None, True)],
    ),
    (
        "In the days after the coup attempt, police arrested 1,200 soldiers.",
        [("detained", "1,200 soldiers", None, True)],
    ),
    # Near forms: weeks after an event, and a period reaching to now, stay a tally.
    (
        "Police arrested 3,000 people in the weeks after the coup.",
        [("detained", "3,000", None, False)],
    ),
    (
        "Police arrested 3,000 people in the past three months.",
        [("detained", "3,000", None, False)],
    ),
]


#: "A tally by AFP put the figure at 174": a bare figure noun a source sets restates or
#: disputes the one harm of the sentence before.
BARE_FIGURE_SET_AT = [
    (
        "At least 120 people were killed in the fighting, the army said. A tally by AFP put the "
        "figure at 174.",
        [("killed", "At least 120", None, True), ("killed", "174", "conflicts_with", False)],
    ),
    (
        "The quake killed 60 people, officials said. Rescue workers put the number at 85.",
        [("killed", "60", None, True), ("killed", "85", "conflicts_with", False)],
    ),
    (
        "Police said 40 people were arrested on Friday. Activists put the number at 100.",
        [("detained", "40", None, True), ("detained", "100", "conflicts_with", False)],
    ),
    (
        "Clashes killed 12 people, police said. A local official put the figure at 15.",
        [("killed", "12", None, True), ("killed", "15", "conflicts_with", False)],
    ),
    # Near forms: two harms before, no harm before, and money keep no figure.
    (
        "The quake killed 60 people and injured 200. Rescue workers put the number at 85.",
        [("killed", "60", None, True), ("injured", "200", None, True)],
    ),
    ("The government spent millions on the project. Analysts put the figure at 174.", []),
    (
        "The storm killed 12 people, police said. Insurers put the figure at $2 billion.",
        [("killed", "12", None, True)],
    ),
]

#: "Palestinian news agency WAFA put the toll at four": whoever sets a toll tells it; its
#: nationality names no side that did the harm.
TOLL_SETTER_NAMES_NO_SIDE = [
    (
        "Israeli forces killed three Palestinians in Jenin on Tuesday, the health ministry said. "
        "Palestinian news agency WAFA put the toll at four.",
        [("killed", "three Palestinians", None, True), ("killed", "four", "conflicts_with", False)],
    ),
    (
        "Israeli forces killed three Palestinians during a raid in Jenin, the health ministry "
        "said. Palestinian news agency WAFA put the death toll at four.",
        [("killed", "three Palestinians", None, True), ("killed", "four", "conflicts_with", False)],
    ),
    (
        "Russian drones killed five people in Kherson, officials said. The Ukrainian emergency "
        "service put the toll at seven.",
        [("killed", "five", None, True), ("killed", "seven", "conflicts_with", False)],
    ),
    (
        "Israeli strikes killed 12 people in Rafah, medics said. Palestinian officials put the "
        "death toll at 15.",
        [("killed", "12", None, True), ("killed", "15", "conflicts_with", False)],
    ),
    (
        "Russian shelling killed four civilians in Donetsk, Kyiv said. Ukrainian prosecutors put "
        "the death toll at six.",
        [("killed", "four civilians", None, True), ("killed", "six", "conflicts_with", False)],
    ),
    # Near forms: a side that did the harm still sets figures apart.
    (
        "Russian strikes killed five people in Kharkiv. Ukrainian shelling killed three in "
        "Horlivka.",
        [("killed", "five", None, True), ("killed", "three", None, True)],
    ),
    (
        "Israeli strikes killed 12 people in Gaza. Palestinian rockets wounded two people in "
        "Sderot.",
        [("killed", "12", None, True), ("injured", "two", None, True)],
    ),
]

#: "killed 8 militants ... Two soldiers were also killed ... A day earlier, a suicide bomber
#: killed five engineers and their driver": figures that add up to a toll break it down only
#: when none adds people ("also") or tells another incident.
NO_BREAKDOWN_ACROSS_ALSO = [
    (
        "Security forces killed 8 militants in a raid, the army said. Two soldiers were also "
        "killed. A day earlier, a suicide bomber killed 5 engineers and their driver.",
        [
            ("killed", "8 militants", None, True),
            ("killed", "Two soldiers", None, True),
            ("killed", "5 engineers", None, True),
            ("killed", "their driver", None, True),
        ],
    ),
    (
        "Troops killed 6 fighters in the hills. Three policemen were also killed. Three "
        "villagers died in the crossfire.",
        [
            ("killed", "6 fighters", None, True),
            ("killed", "Three policemen", None, True),
            ("killed", "Three villagers", None, True),
        ],
    ),
    (
        "Shelling killed 9 people in Kherson on Monday. A day earlier, a drone strike killed 4 "
        "people in Nikopol, and a missile killed 5 in Sumy.",
        [("killed", "9", None, True), ("killed", "4", None, True), ("killed", "5", None, True)],
    ),
    (
        "Troops killed 7 fighters in the hills. Two policemen were also killed. A day earlier, "
        "a gas blast killed 5 workers at a plant.",
        [
            ("killed", "7 fighters", None, True),
            ("killed", "Two policemen", None, True),
            ("killed", "5 workers", None, True),
        ],
    ),
    # Near forms: parts told one after another with no "also" still break the toll down.
    (
        "Attacks killed 32 civilians in central Mali. Soldiers executed 13 men in Ourou, and a "
        "drone strike killed 14 people in Sofara. Another five were shot dead in Djenne.",
        [
            ("killed", "32 civilians", None, True),
            ("killed", "13 men", "subset_of", False),
            ("killed", "14", "subset_of", False),
            ("killed", "Another five", "subset_of", False),
        ],
    ),
    (
        "Strikes killed 20 people across the region. Twelve died in Kherson and eight in Nikopol.",
        [
            ("killed", "20", None, True),
            ("killed", "Twelve", "subset_of", False),
            ("killed", "eight", "subset_of", False),
        ],
    ),
]

#: "The hostages, including 16 women and children, were taken into the forest": a definite
#: plural back-reference is no row, but the people it lists by "including" are part of the
#: group it points to, of that group's harm.
DEFINITE_GROUP_INCLUDING = [
    (
        "Gunmen kidnapped 17 missionaries on Saturday. The hostages, including five children, "
        "were taken from a bus.",
        [
            ("abducted", "17 missionaries", None, True),
            ("abducted", "five children", "subset_of", False),
        ],
    ),
    (
        "Gunmen abducted 30 travellers. The hostages, including 16 women and children, were "
        "taken into the forest.",
        [
            ("abducted", "30 travellers", None, True),
            ("abducted", "16 women and children", "subset_of", False),
        ],
    ),
    (
        "Bandits abducted 40 villagers. The captives, including 12 women, were marched into the "
        "forest.",
        [("abducted", "40 villagers", None, True), ("abducted", "12 women", "subset_of", False)],
    ),
    (
        "Militants killed 20 people. The victims, including six children, were buried on Sunday.",
        [("killed", "20", None, True), ("killed", "six children", "subset_of", False)],
    ),
    (
        "Police arrested 50 protesters. The detainees, including three journalists, were taken "
        "to a police station.",
        [
            ("detained", "50 protesters", None, True),
            ("detained", "three journalists", "subset_of", False),
        ],
    ),
    # Near forms: a bare plural with no article, and things that are no people, list no part.
    (
        "Militants killed 20 people. Victims, including six children, were buried on Sunday.",
        [("killed", "20", None, True)],
    ),
    (
        "Militants killed 20 people. The villages, including six farms, were burned.",
        [("killed", "20", None, True)],
    ),
]

#: "Security forces in Mozambique shot dead three protesters": the parser may hang the object
#: on "dead"; it is still the people killed, not the shooters.
OBJECT_HUNG_ON_DEAD = [
    (
        "Security forces in Mozambique shot dead three men in Maputo on Thursday, a rights "
        "group said.",
        [("killed", "three men", None, True)],
    ),
    (
        "Security forces in Mozambique shot dead three protesters in Beira on Friday, a rights "
        "group said.",
        [("killed", "three protesters", None, True)],
    ),
    (
        "Security forces in Mozambique shot dead four protesters in Maputo on Thursday, a "
        "rights group said.",
        [("killed", "four protesters", None, True)],
    ),
    (
        "Security forces in Angola shot dead three protesters in Luanda on Thursday, a rights "
        "group said.",
        [("killed", "three protesters", None, True)],
    ),
    # Near forms: the object on the verb, before or after "dead", keeps its reading.
    (
        "Security forces in Guinea shot dead two protesters in Conakry on Wednesday, an "
        "opposition group said.",
        [("killed", "two protesters", None, True)],
    ),
    (
        "Gunmen shot two men dead in Kano on Sunday, police said.",
        [("killed", "two men", None, True)],
    ),
]

#: "took several prisoners ... the gunmen also abducted around 30 civilians": a figure told
#: with "also" after a vague group adds people; it does not make that group precise.
ALSO_AFTER_A_VAGUE_GROUP = [
    (
        "The attackers took several soldiers prisoner, a source said. Residents said the gunmen "
        "also abducted around 30 civilians.",
        [
            ("abducted", "several soldiers prisoner", None, True),
            ("abducted", "around 30 civilians", None, True),
        ],
    ),
    (
        "Bandits seized several herders on Monday. They also kidnapped 15 women from a nearby "
        "village.",
        [("abducted", "several herders", None, True), ("abducted", "15 women", None, True)],
    ),
    (
        "Police detained dozens of protesters in the capital. Officers also arrested 14 "
        "students at the university.",
        [
            ("detained", "dozens of protesters", None, True),
            ("detained", "14 students", None, True),
        ],
    ),
    (
        "Several people were wounded in the blast. Police said 12 people were also hurt.",
        [("injured", "Several people", None, True), ("injured", "12", None, True)],
    ),
    # Near forms: with no "also", a precise figure still restates the vague group.
    (
        "Gunmen killed several villagers on Monday. Police said 12 people were killed.",
        [("killed", "several villagers", None, True), ("killed", "12", "same_as", False)],
    ),
    (
        "Dozens of people were killed in the attack, witnesses said. Officials later said 40 "
        "people were killed.",
        [("killed", "Dozens of people", None, True), ("killed", "40", "same_as", False)],
    ),
]

TABLES = {
    "among them after captures": AMONG_THEM_AFTER_CAPTURES,
    "appositive part words": APPOSITIVE_PART_WORDS,
    "qualified appositive parts": QUALIFIED_APPOSITIVE_PARTS,
    "qualified part sentences": QUALIFIED_PART_SENTENCES,
    "part in a state": PART_IN_A_STATE,
    "closed by among them": CLOSED_BY_AMONG_THEM,
    "list after among them": LIST_AFTER_AMONG_THEM,
    "casualties of one harm": CASUALTIES_OF_ONE_HARM,
    "ordered arrest": ORDERED_ARREST,
    "others beside a part": OTHERS_BESIDE_A_PART,
    "event set hours before": EVENT_SET_HOURS_BEFORE,
    "prior deed": PRIOR_DEED,
    "days after an event": DAYS_AFTER_AN_EVENT,
    "bare figure set at": BARE_FIGURE_SET_AT,
    "toll setter names no side": TOLL_SETTER_NAMES_NO_SIDE,
    "no breakdown across also": NO_BREAKDOWN_ACROSS_ALSO,
    "definite group including": DEFINITE_GROUP_INCLUDING,
    "object hung on dead": OBJECT_HUNG_ON_DEAD,
    "also after a vague group": ALSO_AFTER_A_VAGUE_GROUP,
}


#: (short report, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        "Russian missile strikes on Kharkiv killed 14 people on Saturday, half of them children, "
        "the regional governor said. Another 43 people were wounded. The attack came hours after "
        "a drone hit a petrol station in the nearby town of Lozova, killing two workers.",
        {"killed": 16, "injured": 43},
    ),
    (
        "Gang members kidnapped 61 people in an attack on a village, officials said. Among them "
        "were 20 women. Police arrested 22 suspects in a week-long operation. Nine of them were "
        "minors. The justice minister ordered the arrest of a former senator.",
        {"abducted": 61, "detained": 22},
    ),
    (
        "Jihadists killed at least 40 civilians in central Mali on Thursday. Most of the victims "
        "were burned to death in their homes; others were shot as they fled. The casualties "
        "included four children. A separate attack in Burkina Faso killed 18 soldiers.",
        {"killed": 58},
    ),
]


test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)


test_a_reports_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
