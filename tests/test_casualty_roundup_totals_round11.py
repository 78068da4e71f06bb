"""Article totals of long war and crisis round-ups, eleventh round: constructions that decide
whether a second source's figure, another side's people or another campus's arrests count
("a local group said, in the latest of a series of raids ... Activists put the toll higher",
"Three police officers were injured ... dozens of protesters had been hurt", "Human Rights
Watch gave a higher toll, saying more than 50 men", "at Columbia University ... at the
University of Southern California", "Several others were wounded"). Each table holds four or
more wordings of one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "killing at least 40 people, a local group said, in the latest of a series of raids": the
#: parser hangs a reporting clause followed by a phrase under the content; its source still
#: states the figure, so another source's toll set against it conflicts instead of revising.
REPORTING_CLAUSE_BEFORE_A_PHRASE = [
    (
        "Paramilitary fighters stormed a village on Monday, killing at least 40 people, a local "
        "group said, in the latest of a series of deadly raids. Activists in the area put the "
        "death toll much higher, saying more than 100 people had been killed.",
        [
            ("killed", "at least 40", None, True),
            ("killed", "more than 100", "conflicts_with", False),
        ],
    ),
    (
        "Militants raided a police post, killing at least 10 officers, the provincial police "
        "chief said, in an attack near the border. A security source gave a different count, "
        "saying 16 officers had died.",
        [
            ("killed", "at least 10 officers", None, True),
            ("killed", "16 officers", "conflicts_with", False),
        ],
    ),
    (
        "Gunmen attacked a market on Sunday, killing at least 12 traders, residents said, in the "
        "third such attack this month. The army gave a lower toll, saying seven traders had died.",
        [
            ("killed", "at least 12 traders", None, True),
            ("killed", "seven traders", "conflicts_with", False),
        ],
    ),
    (
        "Russian missiles hit the city overnight, killing at least nine people, the governor "
        "said, in one of the deadliest attacks on the region this year. Local volunteers gave a "
        "higher figure, saying 15 people had been killed.",
        [("killed", "at least nine", None, True), ("killed", "15", "conflicts_with", False)],
    ),
    # Near forms: the toll told as grown later, or by the same source again, is revised.
    (
        "Gunmen attacked a market on Sunday, killing at least 12 traders, residents said, in the "
        "third such attack this month. By Monday evening the toll had risen to 19, the governor "
        "said.",
        [("killed", "at least 12 traders", None, False), ("killed", "19", "update_of", True)],
    ),
    (
        "Gunmen attacked a market on Sunday, killing at least 12 people, police said, in the "
        "latest attack on the town. Police later said 19 people had died.",
        [("killed", "at least 12", None, False), ("killed", "19", "update_of", True)],
    ),
]

#: "Three police officers were injured ... dozens of protesters had been hurt": a vague group
#: named by a noun of people who are not the forces is the other side, not the officers again.
PEOPLE_BESIDE_THE_FORCES = [
    (
        "Riot police used tear gas to disperse protesters. Three police officers were injured, "
        "the ministry said, while opposition politicians said dozens of protesters had been hurt.",
        [
            ("injured", "Three police officers", None, True),
            ("injured", "dozens of protesters", None, True),
        ],
    ),
    (
        "Two officers were hurt in the clashes outside parliament. Medics said several "
        "demonstrators were injured by rubber bullets.",
        [
            ("injured", "Two officers", None, True),
            ("injured", "several demonstrators", None, True),
        ],
    ),
    (
        "Four soldiers were killed in the ambush, the army said. Residents said dozens of "
        "villagers were killed in the fighting that followed.",
        [("killed", "Four soldiers", None, True), ("killed", "dozens of villagers", None, True)],
    ),
    (
        "Six policemen were injured by stones, police said. Witnesses said scores of students "
        "were wounded.",
        [("injured", "Six policemen", None, True), ("injured", "scores of students", None, True)],
    ),
    # Near forms: a generic noun, a part of the officers, or more forces keep the old reading.
    (
        "Three police officers were injured in the clashes. Dozens of people were hurt, medics "
        "said.",
        [
            ("injured", "Three police officers", None, True),
            ("injured", "Dozens of people", "same_as", False),
        ],
    ),
    (
        "Three police officers were injured in the clashes. Several of the officers were hurt by "
        "stones.",
        [
            ("injured", "Three police officers", None, True),
            ("injured", "Several of the officers", "subset_of", False),
        ],
    ),
    (
        "Five soldiers were wounded in the clash. Several troops were hurt, the army said.",
        # "several" names part of the five (test_casualty_part_words_round21)
        [
            ("injured", "Five soldiers", None, True),
            ("injured", "Several troops", "subset_of", False),
        ],
    ),
]

#: "Human Rights Watch gave a higher toll, saying more than 50 men had been executed": a source
#: that compares its toll with the first counts the same people, whatever noun it uses.
RIVAL_TOLL_WITH_ANOTHER_NOUN = [
    (
        "Soldiers killed at least 30 civilians in a raid on a village last week, local officials "
        "said. Human Rights Watch gave a higher toll, saying that more than 50 men had been "
        "executed at a market.",
        [
            ("killed", "at least 30 civilians", None, True),
            ("killed", "more than 50 men", "conflicts_with", False),
        ],
    ),
    (
        "Troops killed 14 protesters on Friday, the army said. Medics put the death toll much "
        "higher, saying 31 demonstrators had been shot dead.",
        [
            ("killed", "14 protesters", None, True),
            ("killed", "31 demonstrators", "conflicts_with", False),
        ],
    ),
    (
        "A Russian drone hit a bus near the city, killing at least 14 people, officials said, in "
        "an attack condemned by the United Nations. Witnesses put the death toll higher, saying "
        "22 passengers were killed.",
        [
            ("killed", "at least 14", None, True),
            ("killed", "22 passengers", "conflicts_with", False),
        ],
    ),
    (
        "At least 20 people were killed in the bombing, police said. Hospital officials gave a "
        "different count, saying 26 bodies had been brought in.",
        [("killed", "At least 20", None, True), ("killed", "26 bodies", "conflicts_with", False)],
    ),
    (
        "Shelling killed at least 23 people and wounded dozens, a medical group said. MSF gave a "
        "different figure, saying its teams had received 19 bodies and treated 87 wounded people.",
        [
            ("killed", "at least 23", None, True),
            ("injured", "dozens", None, True),
            ("killed", "19 bodies", "conflicts_with", False),
            ("injured", "87 wounded", "same_as", False),
        ],
    ),
    # Near forms: the same count in the compared sentence restates the first; without a toll
    # compared, a different place or a separate attack is its own.
    (
        "Shelling killed 12 people and wounded 87 at the market, the ministry said. MSF gave a "
        "different figure, saying its teams had received 19 bodies and treated 87 wounded people.",
        [
            ("killed", "12", None, True),
            ("injured", "87", None, True),
            ("killed", "19 bodies", "conflicts_with", False),
            ("injured", "87 wounded", "same_as", False),
        ],
    ),
    (
        "At least 20 people were killed in the bombing, police said. Hospital officials said two "
        "other men were killed in a different town.",
        [("killed", "At least 20", None, True), ("killed", "two other men", None, True)],
    ),
    (
        "At least 20 people were killed in the bombing, police said. The army said 12 soldiers "
        "were killed in a separate attack.",
        [("killed", "At least 20", None, True), ("killed", "12 soldiers", None, True)],
    ),
]

#: "arrested more than 100 at Columbia University ... detained 93 people at the University of
#: Southern California": a campus is a place of its own, so another campus's arrests count.
ANOTHER_CAMPUS = [
    (
        "Police arrested more than 100 protesters at Columbia University on Tuesday night. On "
        "the other side of the country, Los Angeles police said they had detained 93 people at "
        "the University of Southern California.",
        [
            ("detained", "more than 100 protesters", None, True),
            ("detained", "93", None, True),
        ],
    ),
    (
        "Police detained 60 demonstrators at the University of Texas on Monday. Officers "
        "arrested 25 people at Emory University.",
        [("detained", "60 demonstrators", None, True), ("detained", "25", None, True)],
    ),
    (
        "Police arrested 130 people at the University of Michigan on Friday. Officers detained "
        "34 protesters at the University of Wisconsin campus.",
        [("detained", "130", None, True), ("detained", "34 protesters", None, True)],
    ),
    (
        "More than 200 students were arrested at New York University. Police said 45 "
        "protesters were detained on the campus of Northeastern University.",
        [
            ("detained", "More than 200 students", None, True),
            ("detained", "45 protesters", None, True),
        ],
    ),
    # Near forms: "the university" again, or a partitive, are of the first campus's arrests.
    (
        "Police arrested 90 people at the University of Texas on Monday. Police said 30 "
        "students were detained at the university.",
        [("detained", "90", None, True), ("detained", "30 students", "subset_of", False)],
    ),
    (
        "Police arrested 90 people at the University of Texas on Monday. Thirty of them were "
        "detained overnight.",
        [("detained", "90", None, True), ("detained", "Thirty of them", "subset_of", False)],
    ),
]

#: "Israeli fire killed at least 20 Palestinians waiting for aid trucks": the parser makes the
#: counted people the subject of the gerund that tells what they were doing; they are the
#: verb's object.
PEOPLE_DOING_SOMETHING_WHEN_HARMED = [
    (
        "Israeli fire killed at least 20 Palestinians waiting for aid trucks at a roundabout on "
        "Thursday.",
        [("killed", "at least 20 Palestinians", None, True)],
    ),
    ("The strike killed 12 people queuing for bread.", [("killed", "12", None, True)]),
    (
        "Troops killed 14 protesters marching towards the palace.",
        [("killed", "14 protesters", None, True)],
    ),
    (
        "Russian shelling killed at least seven civilians waiting for a bus in Kherson.",
        [("killed", "at least seven civilians", None, True)],
    ),
    (
        "A drone strike killed at least nine civilians queuing for fuel near the market.",
        [("killed", "at least nine civilians", None, True)],
    ),
    (
        "GAZA, May 9 (Reuters) - Israeli fire killed at least 20 Palestinians waiting for aid "
        "trucks at a roundabout in Gaza City on Thursday, health officials said.",
        [("killed", "at least 20 Palestinians", None, True)],
    ),
    # Near forms: a participle parsed on its noun, and a harm whose gerund tells the result.
    (
        "Soldiers shot dead four men trying to cross the border.",
        [("killed", "four men", None, True)],
    ),
    (
        "Two people were killed, witnesses said, leaving the village in ruins.",
        [("killed", "Two", None, True)],
    ),
    (
        "The man killed in the crash was identified as John Smith.",
        [("killed", "The man", None, True)],
    ),
]

#: "killing 12 people, including five children ... shelling killed two people in the village
#: of Glotovo": a kind the toll's own clause includes begins no breakdown of it, so a figure
#: of another place after it is one of its own.
A_KIND_INCLUDED_BEGINS_NO_BREAKDOWN = [
    (
        "Earlier this month, a drone hit an apartment block in the city, killing 12 people, "
        "including five children. In the Belgorod region, shelling killed two people in the "
        "village of Glotovo, the governor said.",
        [
            ("killed", "12", None, True),
            ("killed", "five children", "subset_of", False),
            ("killed", "two", None, True),
        ],
    ),
    (
        "An air strike on a market in Idlib killed 15 people, including four women. Shelling "
        "killed three people in the town of Ariha, the civil defence said.",
        [
            ("killed", "15", None, True),
            ("killed", "four women", "subset_of", False),
            ("killed", "three", None, True),
        ],
    ),
    (
        "A car bomb killed 30 people in Mogadishu, among them six soldiers. Gunmen killed two "
        "people in the town of Baidoa, police said.",
        [
            ("killed", "30", None, True),
            ("killed", "six soldiers", "subset_of", False),
            ("killed", "two", None, True),
        ],
    ),
    (
        "Russian missiles killed 11 people in Kharkiv, including a child. A drone attack killed "
        "four people in the city of Sumy.",
        [
            ("killed", "11", None, True),
            ("killed", "a child", "subset_of", False),
            ("killed", "four", None, True),
        ],
    ),
    # Near forms: a share told in a sentence of its own begins the breakdown; places that
    # fill the toll are its shares.
    (
        "A drone hit the city, killing 12 people. Five of the dead were children. Shelling "
        "killed two people in the village of Glotovo.",
        [
            ("killed", "12", None, True),
            ("killed", "Five of the dead", "subset_of", False),
            ("killed", "two", "subset_of", False),
        ],
    ),
    (
        "Gunmen killed 223 villagers, including 56 children. 44 were killed in Nondin and 179 "
        "in Soro.",
        [
            ("killed", "223 villagers", None, True),
            ("killed", "56 children", "subset_of", False),
            ("killed", "44", "subset_of", False),
            ("killed", "179", "subset_of", False),
        ],
    ),
]

#: "Elsewhere, Israeli forces detained dozens of men during a raid, medical staff said. The
#: military said it had arrested 40 suspected militants": a sentence that turns to another
#: incident sets the scene for its paragraph, so the next figure may restate its figure.
SCENE_GOES_ON_IN_ITS_PARAGRAPH = [
    (
        "Elsewhere, Israeli forces detained dozens of men during a raid on a hospital, medical "
        "staff said. The military said it had arrested 40 suspected militants hiding in the "
        "hospital compound.",
        [
            ("detained", "dozens of men", None, True),
            ("detained", "40 suspected militants", "same_as", False),
        ],
    ),
    (
        "Elsewhere, police arrested dozens of protesters in the capital, witnesses said. The "
        "interior ministry said it had detained 85 people.",
        [("detained", "dozens of protesters", None, True), ("detained", "85", "same_as", False)],
    ),
    (
        "Separately, soldiers detained scores of young men in raids on two villages, residents "
        "said. The army said 60 suspects had been arrested.",
        [
            ("detained", "scores of young men", None, True),
            ("detained", "60 suspects", "same_as", False),
        ],
    ),
    (
        "Elsewhere, gunmen killed at least 15 villagers, officials said. The governor said 15 "
        "villagers had been killed.",
        [
            ("killed", "at least 15 villagers", None, True),
            ("killed", "15 villagers", "same_as", False),
        ],
    ),
    # Near forms: a sentence that brings in an incident of its own, or a new paragraph, is
    # another incident again.
    (
        "Elsewhere, gunmen killed 15 villagers, a local official said. In a separate attack, "
        "eight people were killed.",
        [("killed", "15 villagers", None, True), ("killed", "eight", None, True)],
    ),
    (
        "Elsewhere, gunmen killed 15 villagers, a local official said.\n\nEight people were "
        "killed in the capital on Monday.",
        [("killed", "15 villagers", None, True), ("killed", "Eight", None, True)],
    ),
]

#: "At least 12 were killed on Friday ... Earlier this month, a drone killed 12 ... the number
#: of dead had risen to 21": a revised toll revises the article's own incident, not the figure
#: of an incident told apart just before it.
REVISED_TOLL_SKIPS_AN_INCIDENT_TOLD_APART = [
    (
        "At least 12 people were killed when Russia fired two ballistic missiles at Odesa on "
        "Friday, the governor said.\n\nEarlier this month, a drone hit an apartment block in "
        "the city, killing 12 people.\n\nThe state emergency service said on Saturday that the "
        "number of dead in Odesa had risen to 21.",
        [
            ("killed", "At least 12", None, False),
            ("killed", "12", None, True),
            ("killed", "21", "update_of", True),
        ],
    ),
    (
        "Gunmen killed nine people in a market on Monday, police said.\n\nIn a separate attack, "
        "a bomb killed four soldiers near the border.\n\nBy Tuesday the toll from the market "
        "attack had risen to 14.",
        [
            ("killed", "nine", None, False),
            ("killed", "four soldiers", None, True),
            ("killed", "14", "update_of", True),
        ],
    ),
    (
        "Floods killed 30 people in the north on Sunday, officials said.\n\nSeparately, a "
        "landslide buried a village in the south, killing seven.\n\nOn Monday the death toll "
        "from the floods rose to 41.",
        [
            ("killed", "30", None, False),
            ("killed", "seven", None, True),
            ("killed", "41", "update_of", True),
        ],
    ),
    (
        "Israeli strikes killed at least 18 people in Rafah overnight, medics said.\n\n"
        "Elsewhere, a strike on a car in Gaza City killed three people.\n\nBy morning, the "
        "death toll in Rafah had risen to 26, the health ministry said.",
        [
            ("killed", "at least 18", None, False),
            ("killed", "three", None, True),
            ("killed", "26", "update_of", True),
        ],
    ),
    # Near forms: a toll revised in the paragraph of the incident told apart revises it; when
    # every figure is told apart, the last is revised.
    (
        "Police said eight people died in the crash on Monday. Elsewhere, a bus overturned, "
        "killing five passengers. Later the toll there rose to seven.",
        [
            ("killed", "eight", None, True),
            ("killed", "five passengers", None, False),
            ("killed", "seven", "update_of", True),
        ],
    ),
    (
        "In a separate attack, gunmen killed nine people in a market on Monday. On Tuesday the "
        "toll rose to 14.",
        [("killed", "nine", None, False), ("killed", "14", "update_of", True)],
    ),
]

TABLES = {
    "reporting_clause_before_a_phrase": REPORTING_CLAUSE_BEFORE_A_PHRASE,
    "people_beside_the_forces": PEOPLE_BESIDE_THE_FORCES,
    "rival_toll_with_another_noun": RIVAL_TOLL_WITH_ANOTHER_NOUN,
    "another_campus": ANOTHER_CAMPUS,
    "people_doing_something_when_harmed": PEOPLE_DOING_SOMETHING_WHEN_HARMED,
    "a_kind_included_begins_no_breakdown": A_KIND_INCLUDED_BEGINS_NO_BREAKDOWN,
    "scene_goes_on_in_its_paragraph": SCENE_GOES_ON_IN_ITS_PARAGRAPH,
    "revised_toll_skips_an_incident_told_apart": REVISED_TOLL_SKIPS_AN_INCIDENT_TOLD_APART,
}


#: "Several others were wounded": the quantity word on a bare plural of people says how many.
#: (text, count text of the injured row, low)
QUANTITY_WORD_ON_OTHERS = [
    ("Gunmen killed five people. Several others were wounded.", "Several others", 3),
    ("Gunmen killed five people. A few others were hurt.", "A few others", 2),
    ("Gunmen killed five people. Many others were injured.", "Many others", 2),
    ("Gunmen killed five people. Dozens of others were injured.", "Dozens of others", 24),
    # Near forms: a numeral, a bare plural and a quantity word of its own keep their reading.
    ("Gunmen killed five people. Two others were wounded.", "Two others", 2),
    ("Gunmen killed five people. Others were hurt.", "Others", 2),
    ("Gunmen killed five people. Several people were injured.", "Several people", 3),
]


@pytest.mark.parametrize(("text", "count", "low"), QUANTITY_WORD_ON_OTHERS)
def test_a_quantity_word_on_others_sets_the_low(nlp, text, count, low):
    doc = process(nlp, text, PUBLISHED)
    injured = [c for c in doc._.news_casualties if c["type"] == "injured"]
    assert [(doc.text[c["count_start"] : c["count_end"]], c["low"]) for c in injured] == [
        (count, low)
    ]


#: (round-up, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        "KHARTOUM, May 7 - Paramilitary fighters stormed a village in Al-Jazira state on "
        "Monday, killing at least 40 people and wounding dozens, a local pro-democracy group "
        "said, in the latest of a series of deadly raids on farming communities.\n\nAmong those "
        "killed were five children, it said in a statement posted on Facebook.\n\nActivists in "
        "the area put the death toll much higher, saying more than 100 people had been "
        "killed.\n\nIn North Darfur, shelling on the besieged city of El Fasher killed 12 people "
        "on Sunday, Doctors Without Borders said.\n\nThe fighting in Sudan has killed more than "
        "15,000 people, according to United Nations estimates.",
        {"killed": (52, 52, None)},
    ),
    (
        "TBILISI, May 2 - Georgian police detained 63 people during clashes outside parliament "
        "overnight, the interior ministry said.\n\nOpposition parties said more than 100 people "
        "had been detained.\n\nThree police officers were injured, the ministry said, while "
        "opposition politicians said dozens of protesters had been hurt.\n\nRights groups say "
        "more than 300 people have been detained since the protests began in mid-April.",
        {"detained": (63, 63, 63), "injured": (27, None, None)},
    ),
    (
        "NEW YORK, May 1 - Police arrested more than 100 pro-Palestinian protesters at Columbia "
        "University on Tuesday night.\n\nOn the other side of the country, Los Angeles police "
        "said they had detained 93 people at the University of Southern California.\n\nAt least "
        "2,100 people have been arrested at campus protests nationwide since April 17, "
        "according to a tally by The Associated Press.",
        {"detained": (194, 194, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_TOTALS)
def test_roundup_totals(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    got = {k: v for k, v in totals(doc).items() if k in expected}
    assert got == expected, linked_rows(doc)


test_a_roundups_figures_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
