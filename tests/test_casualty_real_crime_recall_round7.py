"""Casualty recall, seventh round: wordings of US crime reports the stage missed (a definite
person as the subject of a new harm clause, "shot" told of someone known dead, the shooting of a
counted victim, the second result of "left ... dead and ... wounded", a custody denied for a
named or definite person, holding in a jail facility or on bond, "fighting for his life",
bruises and grazes, "hit in the leg", "a double homicide", a reflexive written with its subject,
"passed away", headline "2 shot dead", "fatally striking", "a report of a boy shot", headline
"Teen wounded", "fatally wounded", "handcuffed", "in lieu of bail", "four shot, one fatally",
"ordered held", "lodged in the county jail", "the 2019 shooting death of"). Each table holds
four or more wordings of one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "the death of Marcus Lee ... Lee was shot": "shot" says how, not how badly; of someone known
#: dead it tells of the death (killed, `same_as`). Shot first and dead later stays a revision.
SHOT_ONCE_DEATH_KNOWN = [
    (
        "The death of Marcus Lee has been ruled a homicide. Lee was shot on Friday on Elm Street.",
        [("killed", "Marcus Lee", None, True), ("killed", "Lee", "same_as", False)],
    ),
    (
        "A man was found shot to death in his car on Monday. An autopsy showed he was shot twice "
        "in the head.",
        [("killed", "A man", None, True), ("killed", "he", "same_as", False)],
    ),
    (
        "A man was killed on Friday. The victim was sitting in a car when a gunman shot him.",
        [("killed", "A man", None, True), ("killed", "him", "same_as", False)],
    ),
    (
        "A shooter killed one person on Main Street. The victim later died. Police said the "
        "suspect shot them from a car.",
        [
            ("killed", "one person", None, True),
            ("killed", "The victim", "same_as", False),
            ("killed", "them", "same_as", False),
        ],
    ),
    # Near forms: shot before the death is told; people shot among the hurt.
    (
        "A man was shot on Friday. He died two days later.",
        [("injured", "A man", None, False), ("killed", "He", "update_of", True)],
    ),
    (
        "Two people were hurt and a man died. Police said a gunman shot them.",
        [
            ("injured", "Two", None, True),
            ("killed", "a man", None, True),
            ("injured", "them", "same_as", False),
        ],
    ),
]

#: "the accidental shooting of a 9-year-old girl": a counted victim in the "of" phrase of an
#: event noun that needs one; bare plurals and no victim leave the event alone.
SHOOTING_OF_COUNTED_VICTIM = [
    (
        "Police are investigating the accidental shooting of a 9-year-old girl in Mesa.",
        [("injured", "a 9-year-old girl", None, True)],
    ),
    (
        "Deputies said the shooting of a 34-year-old man on Friday appeared to be accidental.",
        [("injured", "a 34-year-old man", None, True)],
    ),
    (
        "Detectives are looking into the stabbing of two teenagers outside a school.",
        [("injured", "two teenagers", None, True)],
    ),
    (
        "The beating of a 60-year-old man on a bus was caught on video.",
        [("injured", "a 60-year-old man", None, True)],
    ),
    ("Police said the shooting of protesters was not justified.", []),
    ("Police are investigating the shooting on Elm Street.", []),
]

#: "left a teenager dead and his friend wounded": the second result is a participle even when
#: tagged a finite past, its parsed subject the person it leaves so.
SECOND_RESULT_OF_LEFT = [
    (
        "The blast left a child dead and his mother injured.",
        [("killed", "a child", None, True), ("injured", "his mother", None, True)],
    ),
    (
        "A grand jury indicted a deputy in a shooting that left a teenager dead and his friend "
        "wounded.",
        [("killed", "a teenager", None, True), ("injured", "his friend", None, True)],
    ),
    (
        "A fire that left an elderly man dead and his wife burned is under investigation.",
        [("killed", "an elderly man", None, True), ("injured", "his wife", None, True)],
    ),
    (
        "The crash left two people dead and three others injured.",
        [("killed", "two", None, True), ("injured", "three others", None, True)],
    ),
    # Near forms: a second clause of its own.
    (
        "The gunman left the store and his accomplice wounded a guard.",
        [("injured", "a guard", None, True)],
    ),
    ("The storm left the town dark and the mayor resigned.", []),
]

#: "The homeowner is not being held in custody": a plain "not" on a detention of a definite or
#: named person states that none is held (0, negated), like "No one was in custody"; a modal,
#: a reported wish or a relative clause is no statement.
DENIED_CUSTODY = [
    (
        "The homeowner is not currently being held in custody, police said.",
        [("detained", "The homeowner", None, True)],
    ),
    ("The driver was not arrested.", [("detained", "The driver", None, True)]),
    (
        "Police said the suspect has not been taken into custody.",
        [("detained", "the suspect", None, True)],
    ),
    (
        "The shooter fled and was not in custody on Saturday.",
        [("detained", "The shooter", None, True)],
    ),
    ("The gunman could not be arrested.", []),
    ("He said he would not be arrested.", []),
    ("Smith, who was not arrested, spoke to reporters.", []),
]

#: "held at the county jail", "taken to the detention center", "held without bond": held in a
#: jail facility or on bond is detention; a hospital or a release is not.
HELD_IN_FACILITY_OR_ON_BOND = [
    (
        "Jones was arrested on Friday. She is being held at the county jail on a $500,000 bond.",
        [("detained", "Jones", None, True), ("detained", "She", "same_as", False)],
    ),
    ("He was taken to the Cook County Detention Center.", [("detained", "He", None, True)]),
    ("Davis is being held without bond, the sheriff said.", [("detained", "Davis", None, True)]),
    (
        "The girl was taken to a juvenile detention center.",
        [("detained", "The girl", None, True)],
    ),
    (
        "The suspect is being held at the Hudson County Correctional Facility.",
        [("detained", "The suspect", None, True)],
    ),
    ("The victim was taken to the medical center.", [("injured", "The victim", None, True)]),
    ("Davis was released on bond Friday.", []),
]

#: "is fighting for his life": a person in mortal danger is injured; a team or company is not.
FIGHTING_FOR_LIFE = [
    (
        "A 7-year-old boy is fighting for his life, police said.",
        [("injured", "A 7-year-old boy", None, True)],
    ),
    (
        "Two children were fighting for their lives at a hospital on Sunday.",
        [("injured", "Two children", None, True)],
    ),
    (
        "A woman is fighting for her life after a crash on Route 9.",
        [("injured", "A woman", None, True)],
    ),
    (
        "A man stabbed in the chest was fighting for his life on Monday.",
        [("injured", "A man", None, True)],
    ),
    ("The team is fighting for its life in the playoffs.", []),
    ("The company is fighting for its life after the lawsuit.", []),
]

#: "suffered bruises", "sustained abrasions": light wounds are injuries; losses or a stroke are
#: not.
BRUISES = [
    ("A man suffered bruises to his face in the attack.", [("injured", "A man", None, True)]),
    (
        "Two officers sustained abrasions during the arrest.",
        [("injured", "Two officers", None, True)],
    ),
    (
        "A 30-year-old man received bruises in the scuffle.",
        [("injured", "A 30-year-old man", None, True)],
    ),
    ("Two men suffered graze wounds.", [("injured", "Two men", None, True)]),
    ("The company suffered losses in the quarter.", []),
    ("A man suffered a stroke at home.", []),
]

#: "was hit in the leg": a person struck in a body part is wounded (how, not how badly);
#: figurative hits are not.
HIT_IN_BODY_PART = [
    ("A 17-year-old girl was hit in the leg.", [("injured", "A 17-year-old girl", None, True)]),
    ("Two men were hit in the back as they ran.", [("injured", "Two men", None, True)]),
    ("A boy was grazed in the arm on Sunday.", [("injured", "A boy", None, True)]),
    ("A woman was struck in the head by a stray round.", [("injured", "A woman", None, True)]),
    ("The senator was hit hard in the polls.", []),
    ("The region was hit by storms in the night.", []),
]

#: "a double homicide": the multiplier counts the killed; on "shooting", no harm word, nothing.
MULTIPLIED_HOMICIDE = [
    (
        "Detectives are investigating a double homicide on the east side.",
        [("killed", "double homicide", None, True)],
    ),
    (
        "A man was charged on Friday in a triple homicide that shocked the town.",
        [("killed", "triple homicide", None, True)],
    ),
    (
        "Officers responded to a quadruple homicide at a home on Elm Street.",
        [("killed", "quadruple homicide", None, True)],
    ),
    (
        "Police are investigating a double homicide in Toledo. Two men were found shot to death "
        "in a car.",
        [("killed", "double homicide", None, True), ("killed", "Two men", "same_as", False)],
    ),
    (
        "A double shooting left two men wounded on Friday.",
        [("injured", "two men", None, True)],
    ),
    ("The homicide happened Tuesday.", []),
]

#: "the 15-year-old shot himself": the count is written with the reflexive's subject; with no
#: subject of its own ("and then killed himself") it stays the reflexive.
REFLEXIVE_WRITTEN_WITH_SUBJECT = [
    (
        "Police said the 15-year-old accidentally shot himself in the hand.",
        [("injured", "the 15-year-old", None, True)],
    ),
    ("The suspect stabbed himself in the throat.", [("injured", "The suspect", None, True)]),
    ("A hunter shot himself in the foot on Saturday.", [("injured", "A hunter", None, True)]),
    (
        "Police said she shot herself with her father's pistol.",
        [("injured", "she", None, True)],
    ),
    (
        "A man shot dead two neighbours before killing himself.",
        [("killed", "two neighbours", None, True), ("killed", "himself", None, True)],
    ),
    (
        "A soldier shot dead three comrades at a base and then killed himself.",
        [("killed", "three comrades", None, True), ("killed", "himself", None, True)],
    ),
]

#: "passed away": a death, like "died"; a ball or a storm passing away is none.
PASSED_AWAY = [
    (
        "A man was shot on Friday. He passed away two days later.",
        [("injured", "A man", None, False), ("killed", "He", "update_of", True)],
    ),
    (
        "The teen was taken to a hospital where he passed away on Sunday.",
        # carried to the place of his death: the pronoun's death is his one row
        [("killed", "he", None, True)],
    ),
    (
        "A 70-year-old woman passed away at a hospital after the crash.",
        [("killed", "A 70-year-old woman", None, True)],
    ),
    (
        "Two of the victims passed away overnight, police said.",
        [("killed", "Two of the victims", None, True)],
    ),
    ("The ball passed away from the goal.", []),
    ("The storm passed away to the east.", []),
]

#: "2 shot dead, 2 injured in Minneapolis": the parser reads the headline's "shot" as a noun
#: counted by the figure; "dead" on it still tells of the figure's deaths.
HEADLINE_SHOT_DEAD = [
    (
        "3 shot dead, 4 hurt in Dayton",
        [("killed", "3 shot dead", None, True), ("injured", "4 hurt", None, True)],
    ),
    (
        "2 shot dead, 2 injured in Minneapolis",
        [("killed", "2 shot dead", None, True), ("injured", "2 injured", None, True)],
    ),
    ("Two shot dead in Camden", [("killed", "Two shot dead", None, True)]),
    ("5 stabbed dead in Queens apartment", [("killed", "5", None, True)]),
    ("Man shot dead in Camden", [("killed", "Man", None, True)]),
    ("Police found two shell casings near the dead end of the street.", []),
]

#: "opened fire, fatally striking the boy": a fatal adverb on a verb of being hit says how badly,
#: as on "fatally shot"; without it the hit says only how.
FATAL_ADVERB_ON_HIT = [
    (
        "The deputies opened fire on the truck, fatally striking the boy and injuring his father.",
        [("killed", "the boy", None, True), ("injured", "his father", None, True)],
    ),
    (
        "A stray bullet fatally struck a woman sitting on her porch.",
        [("killed", "a woman", None, True)],
    ),
    ("Gunmen fired into the crowd, fatally hitting two men.", [("killed", "two men", None, True)]),
    ("A round mortally wounded the officer.", [("killed", "the officer", None, True)]),
    (
        "The deputies opened fire on the truck, striking the boy.",
        [("injured", "the boy", None, True)],
    ),
    (
        "A stray bullet struck a woman sitting on her porch.",
        [("injured", "a woman", None, True)],
    ),
]

#: "responded to a report of a boy shot in the head": a participle on the person of an "of"
#: phrase harms that person when the phrase hangs on a noun that names no people (a participle
#: tagged a finite past is still one); a person owner keeps it.
REPORT_OF_PERSON_SHOT = [
    (
        "Officers responded to a report of a man shot on Elm Street.",
        [("injured", "a man", None, True)],
    ),
    (
        "An officer responded to a report of a boy shot in the head with a BB gun.",
        [("injured", "a boy", None, True)],
    ),
    (
        "Police received calls about reports of two teens stabbed near a park.",
        [("injured", "two teens", None, True)],
    ),
    (
        "Video of a protester injured by a rubber bullet spread online.",
        [("injured", "a protester", None, True)],
    ),
    (
        "The driver of the car arrested by police was a teenager.",
        [("detained", "The driver of the car", None, True)],
    ),
    ("The number of people killed rose to 12.", [("killed", "12", None, True)]),
    (
        "Seven people were wounded at a party on Saturday. Her daughter was one of the seven "
        "people shot during the party.",
        # round 14: the copula's subject is part of the group, which restates the seven
        [
            ("injured", "Seven", None, True),
            ("injured", "Her daughter", "subset_of", False),
            ("injured", "the seven", "same_as", False),
        ],
    ),
]

#: "Teen wounded in drive-by shooting": a headline drops "was" and the parser reads a finite
#: past with the victim as its subject; with an object, the subject is the one who harmed.
HEADLINE_PAST = [
    ("Teen wounded in drive-by shooting", [("injured", "Teen", None, True)]),
    (
        "Teen killed, 2 hurt in shooting",
        [("killed", "Teen", None, True), ("injured", "2 hurt", None, True)],
    ),
    ("Gunman killed in shootout with deputies", [("killed", "Gunman", None, True)]),
    ("Teen killed in crash on Route 9", [("killed", "Teen", None, True)]),
    (
        "Teen wounded two classmates in a school shooting",
        [("injured", "two classmates", None, True)],
    ),
    ("Weather delayed flights in Chicago", []),
]

#: "was fatally wounded": a fatal adverb on an injury verb tells a death; other adverbs of
#: degree keep the injury.
FATALLY_WOUNDED = [
    (
        "A teenager was fatally wounded in a drive-by shooting.",
        [("killed", "A teenager", None, True)],
    ),
    ("A deputy was mortally wounded during the standoff.", [("killed", "A deputy", None, True)]),
    ("Gunmen fatally wounded two guards at the gate.", [("killed", "two guards", None, True)]),
    ("A woman was fatally injured in the crash.", [("killed", "A woman", None, True)]),
    ("A man was critically wounded early Saturday.", [("injured", "A man", None, True)]),
    ("A woman was seriously injured in the crash.", [("injured", "A woman", None, True)]),
]

#: "handcuffed", "held in lieu of bail": detention words of the police blotter; handcuffs as
#: things, or bail posted, detain nobody.
HANDCUFFED_OR_HELD_IN_LIEU_OF_BAIL = [
    (
        "Officers handcuffed two suspects after the chase.",
        [("detained", "two suspects", None, True)],
    ),
    (
        "The woman was handcuffed and placed in a patrol car.",
        [("detained", "The woman", None, True)],
    ),
    ("He is being held in lieu of $50,000 bail.", [("detained", "He", None, True)]),
    ("She remains jailed in lieu of a $1 million bond.", [("detained", "She", None, True)]),
    ("A deputy found the handcuffs in the car.", []),
    ("He posted bail in lieu of a cash bond.", []),
]

#: "Four people were shot, one fatally": the share told dead is a death of its own (totals are
#: per type), beside the people shot, now killed or injured; "one critically" is no death.
FATAL_SHARE = [
    (
        "Four people were shot, one fatally, in a drive-by shooting.",
        [("killed_or_injured", "Four", None, True), ("killed", "one", None, True)],
    ),
    (
        "Three men were stabbed, two fatally, outside a bar.",
        [("killed_or_injured", "Three men", None, True), ("killed", "two", None, True)],
    ),
    (
        "Two people were shot, one of them fatally, on the East Side.",
        [("killed_or_injured", "Two", None, True), ("killed", "one of them", None, True)],
    ),
    (
        "Five people were shot, two of them fatally, at a party.",
        [("killed_or_injured", "Five", None, True), ("killed", "two of them", None, True)],
    ),
    (
        # a critical share is no death; since round 39 it is a part of the four
        # (tests/test_casualty_severity_shares_round39.py)
        "Four people were shot, one critically, in a drive-by shooting.",
        [("injured", "Four", None, True), ("injured", "one", "subset_of", False)],
    ),
    ("Two men were shot on Friday, police said.", [("injured", "Two men", None, True)]),
]

#: "was ordered held without bail": a bare participle after a passive order tells what the
#: court's order did; an order to do something ("ordered to kill") is still no harm done.
ORDERED_HELD = [
    (
        "A Hartford man was charged with murder Tuesday and ordered held on $2 million bail.",
        [("detained", "A Hartford man", None, True)],
    ),
    (
        "The teen was ordered held without bail at his arraignment.",
        [("detained", "The teen", None, True)],
    ),
    ("The man was ordered jailed for 30 days.", [("detained", "The man", None, True)]),
    (
        "A woman was arrested and ordered held on a $10,000 bond.",
        [("detained", "A woman", None, True)],
    ),
    ("The soldiers were ordered to kill the prisoners.", []),
    ("The prisoners were ordered to be released.", []),
]

#: "lodged in the county jail", "transported to the county jail": carried into a jail is held;
#: taken to a hospital is the old reading (hurt), a tour of a prison holds nobody.
CARRIED_TO_JAIL = [
    (
        "Both suspects were lodged in the Polk County Jail.",
        [("detained", "Both suspects", None, True)],
    ),
    (
        "The 19-year-old was transported to the Hennepin County Jail.",
        [("detained", "The 19-year-old", None, True)],
    ),
    ("The suspect was taken to jail.", [("detained", "The suspect", None, True)]),
    ("The inmate was transferred to a state prison.", [("detained", "The inmate", None, True)]),
    ("The victim was taken to the hospital.", [("injured", "The victim", None, True)]),
    ("Reporters were taken on a tour of the prison.", []),
]

#: "the 2019 shooting death of a police officer": a year before a singular harm noun dates it and
#: counts nobody; the "of" phrase still names the victim.
YEAR_ON_HARM_NOUN = [
    (
        "A man was sentenced to life in prison for the 2019 shooting death of a Tulsa police "
        "officer.",
        [("detained", "A man", None, True), ("killed", "a Tulsa police officer", None, True)],
    ),
    ("Police reopened the 1996 killing of a teenager.", [("killed", "a teenager", None, True)]),
    (
        "A man was charged in the 2021 death of his neighbor.",
        [("killed", "his neighbor", None, True)],
    ),
    (
        "Detectives solved the 2008 murder of a cab driver.",
        [("killed", "a cab driver", None, True)],
    ),
    ("A 117-104 loss ended the season.", []),
    ("The 2019 deaths were all in Texas.", []),
]

TABLES = {
    "shot once death known": SHOT_ONCE_DEATH_KNOWN,
    "shooting of counted victim": SHOOTING_OF_COUNTED_VICTIM,
    "second result of left": SECOND_RESULT_OF_LEFT,
    "denied custody": DENIED_CUSTODY,
    "held in facility or on bond": HELD_IN_FACILITY_OR_ON_BOND,
    "fighting for life": FIGHTING_FOR_LIFE,
    "bruises": BRUISES,
    "hit in body part": HIT_IN_BODY_PART,
    "multiplied homicide": MULTIPLIED_HOMICIDE,
    "reflexive written with subject": REFLEXIVE_WRITTEN_WITH_SUBJECT,
    "passed away": PASSED_AWAY,
    "headline shot dead": HEADLINE_SHOT_DEAD,
    "fatal adverb on hit": FATAL_ADVERB_ON_HIT,
    "report of person shot": REPORT_OF_PERSON_SHOT,
    "headline past": HEADLINE_PAST,
    "fatally wounded": FATALLY_WOUNDED,
    "handcuffed or held in lieu of bail": HANDCUFFED_OR_HELD_IN_LIEU_OF_BAIL,
    "fatal share": FATAL_SHARE,
    "ordered held": ORDERED_HELD,
    "carried to jail": CARRIED_TO_JAIL,
    "year on harm noun": YEAR_ON_HARM_NOUN,
}


def test_denied_custody_is_zero_and_negated(nlp):
    doc = process(nlp, "The homeowner is not currently being held in custody.", PUBLISHED)
    (row,) = doc._.news_casualties
    bounds = (row["value"], row["low"], row["best"], row["high"])
    assert bounds == (0, 0, 0, 0) and row["negated"]


#: (short crime report, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        (
            "DAYTON, Ohio (AP) - A 27-year-old man was pronounced dead early Saturday after being "
            "shot outside a convenience store, police said. A second man suffered a gunshot "
            "wound to the leg and was taken to a hospital in stable condition. No arrests have "
            "been made."
        ),
        {"killed": 1, "injured": 1, "detained": 0},
    ),
    (
        (
            "Police took a 31-year-old woman into custody Thursday after a man was found shot in "
            "an apartment on Linden Avenue. The man sustained non-life-threatening injuries. The "
            "woman is being held at the county jail on a $250,000 bond."
        ),
        {"detained": 1, "injured": 1},
    ),
    (
        (
            "Homicide detectives are investigating a double homicide in the 4300 block of Park "
            "Avenue. Officers found two men suffering from gunshot wounds shortly after midnight. "
            "Both were pronounced dead at the scene."
        ),
        {"killed": 2},
    ),
    (
        (
            "A shooting outside a Memphis nightclub early Sunday left one man dead and his cousin "
            "wounded, police said. His cousin was taken to a hospital in critical condition."
        ),
        {"killed": 1, "injured": 1},
    ),
    (
        (
            "Sheriff's deputies are investigating the accidental shooting of a 12-year-old boy in "
            "rural Polk County. The boy accidentally shot himself in the hand while cleaning a "
            "rifle, deputies said. The father is not being held in custody."
        ),
        {"injured": 1, "detained": 0},
    ),
    (
        (
            "A 4-year-old girl was critically injured Saturday when a 6-year-old boy found a "
            "loaded handgun and shot her, police said. The boy's mother was arrested and charged "
            "with child endangerment. She remains in the county jail without bond."
        ),
        {"injured": 1, "detained": 1},
    ),
    (
        (
            "A 7-year-old boy is fighting for his life after he was struck by a stray bullet "
            "Sunday evening, police said. His 9-year-old sister suffered bruises."
        ),
        {"injured": 2},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_TOTALS)
def test_article_totals(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    got = {k: v[1] for k, v in totals(doc).items()}
    assert got == expected, linked_rows(doc)


test_crime_report_wordings_give_their_rows, test_each_table_has_wordings_and_near_forms = (
    table_tests(TABLES, linked_rows, PUBLISHED)
)
