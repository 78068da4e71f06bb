"""Casualties in local crime reports, eleventh round: constructions of TV-station, city-paper
and police-blotter writing that lost or doubled a person.

A list of victims named with their ages ("Tiana Ross, 27, Jerome Ellis, 35, and Andre Watkins,
19") was read as one person, or as the last one when a state followed the ages ("found Angela
Brooks, 36, and Dorothy Simmons, 61, dead"); an age told under a name ("Demetrius Owens, 20")
did not keep "A 17-year-old" apart from that person, nor did a name already given keep another
name apart ("Officer Ryan Mitchell ... The gunman, Dwayne Carter, was killed"); "A fourth
victim" of a series in several places was read as a toll of four; "No officers or residents
were hurt" made the residents a group of their own; "In a separate case" was no other incident;
a person was made part of a group of children or juveniles; the dead and the wounded told again
as one figure ("found three people suffering from gunshot wounds") were a new toll; a man's own
victim was taken for him; beaten, slashed, punched and "suffered a broken jaw" were no harm; a
relative with the surname of a listed victim was that victim; named people told after "his
wife and her mother" counted twice; the shooter named after "turning the gun on himself" was
one more death; a weekend round-up "across Chicago" did not hold the shootings told after it;
"in Brooklyn, two men, 21 and 24, were shot" lost its subject to the place; "Two officers
remain hospitalized" was no harm; "Police have a person of interest in custody" held no one;
"said a man and a woman, both in their 20s, were killed" lost its subject to "said";
"Wounded were a man and a woman" was no harm; people shot after every death was told one
by one were read as the dead and the wounded together; "Jamie clayton, 22 was shot" made 22
people; "killed his wife and then himself" lost the killer; the "2" of a headline "2 dead, 3
hurt" was read as a list marker; "A man wounded in the attack died" stayed wounded; "until
officers arrived and was arrested" arrested the officers; and "her parents were arrested"
was read as a back-reference. Each table holds four or more wordings of one construction and
near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: Names with their ages in commas, joined by "and": a row per named person (see
#: tests/test_casualty_named_lists.py). Near forms: a name beside a description, and a single
#: name in apposition, stay one person.
NAMES_WITH_AGES = [
    (
        "Tiana Ross, 27, Jerome Ellis, 35, and Andre Watkins, 19, were wounded and are expected "
        "to survive.",
        [
            ("injured", "Tiana Ross", None, True),
            ("injured", "Jerome Ellis", None, True),
            ("injured", "Andre Watkins", None, True),
        ],
    ),
    (
        "Mateo Alvarez, 22, Christopher Lane, 19, and Devin Ross, 21, were taken into custody.",
        [
            ("detained", "Mateo Alvarez", None, True),
            ("detained", "Christopher Lane", None, True),
            ("detained", "Devin Ross", None, True),
        ],
    ),
    (
        "Jason Miller, 33, Ashley Dunn, 29, and Brandon Cole, 45, all of Ocala, were booked into "
        "the county jail.",
        [
            ("detained", "Jason Miller", None, True),
            ("detained", "Ashley Dunn", None, True),
            ("detained", "Brandon Cole", None, True),
        ],
    ),
    (
        "Chris Hondros, Guy Martin and Tim Hetherington were wounded.",
        [
            ("injured", "Chris Hondros", None, True),
            ("injured", "Guy Martin", None, True),
            ("injured", "Tim Hetherington", None, True),
        ],
    ),
    (
        "Deputies found Angela Brooks, 36, and Dorothy Simmons, 61, dead in the living room.",
        [
            ("killed", "Angela Brooks", None, True),
            ("killed", "Dorothy Simmons", None, True),
        ],
    ),
    (
        "Officers found Maria Lopez, 22, and Rosa Diaz, 40, dead inside the apartment.",
        [
            ("killed", "Maria Lopez", None, True),
            ("killed", "Rosa Diaz", None, True),
        ],
    ),
    # Near forms: a description beside the name; one name; a list without ages.
    (
        "The victim, Jerome Ellis, 35, was wounded.",
        [("injured", "The victim, Jerome Ellis", None, True)],
    ),
    ("Police found John Smith, 40, dead in his car.", [("killed", "John Smith", None, True)]),
    (
        "Deputies found Angela Brooks and Dorothy Simmons dead in the living room.",
        [
            ("killed", "Angela Brooks", None, True),
            ("killed", "Dorothy Simmons", None, True),
        ],
    ),
]

#: An age the article gave a person under any of their mentions keeps another age apart: "a
#: second suspect ... Demetrius Owens, 20 ... A 17-year-old was arrested" is a second arrest.
#: Near forms: the same age, or no age told, is still that person.
AGE_TOLD_UNDER_ANOTHER_MENTION = [
    (
        "Police arrested a second suspect in the park shooting. Demetrius Owens, 20, was taken "
        "into custody Thursday. A 17-year-old was arrested last week.",
        [
            ("detained", "a second suspect", None, True),
            ("detained", "Demetrius Owens", "same_as", False),
            ("detained", "A 17-year-old", None, True),
        ],
    ),
    (
        "A man was killed in the Bronx. Police said a 28-year-old man was shot in the head and "
        "died at a hospital. In Queens, a 17-year-old was stabbed in the back.",
        [
            ("killed", "A man", None, True),
            ("killed", "a 28-year-old man", "same_as", False),
            ("injured", "a 17-year-old", None, True),
        ],
    ),
    (
        "A woman was arrested on Friday. Keisha Long, 44, was booked into the jail. A 19-year-old "
        "woman was detained on Saturday.",
        [
            ("detained", "A woman", None, True),
            ("detained", "Keisha Long", "same_as", False),
            ("detained", "A 19-year-old woman", None, True),
        ],
    ),
    (
        "A man was injured in the stabbing. Officers said Jose Ruiz, 52, was taken to a hospital. "
        "On Monday, a 29-year-old man was stabbed at a bus stop.",
        [
            ("injured", "A man", None, True),
            ("injured", "Jose Ruiz", "same_as", False),
            ("injured", "a 29-year-old man", None, True),
        ],
    ),
    # Near forms: the same age; no age anywhere.
    (
        "Police arrested a suspect on Friday. Demetrius Owens, 20, was taken into custody. A "
        "20-year-old was held on a $50,000 bond.",
        [
            ("detained", "a suspect", None, True),
            ("detained", "Demetrius Owens", "same_as", False),
            ("detained", "A 20-year-old", "same_as", False),
        ],
    ),
    (
        "A man was shot on Friday. Police said a 30-year-old was taken to a hospital with a "
        "gunshot wound.",
        [("injured", "A man", None, True), ("injured", "a 30-year-old", "same_as", False)],
    ),
]

#: A person the article already named is not someone given another name: "Officer Ryan
#: Mitchell died ... The gunman, Dwayne Carter, was shot and killed". Near forms: the first
#: name given to an unnamed victim, and the same surname again.
NAMED_OTHERWISE = [
    (
        "A police officer was killed on Sunday. Officer Ryan Mitchell, 32, died at a hospital. "
        "The gunman, 41-year-old Dwayne Carter, was shot and killed by other officers.",
        [
            ("killed", "A police officer", None, True),
            ("killed", "Officer Ryan Mitchell", "same_as", False),
            ("killed", "The gunman, 41-year-old Dwayne Carter", None, True),
        ],
    ),
    (
        "A police officer was seriously injured on Friday. Officer Luis Morales suffered head "
        "injuries. The driver, Khalil Brown, was arrested. Brown was treated for minor injuries.",
        [
            ("injured", "A police officer", None, True),
            ("injured", "Officer Luis Morales", "same_as", False),
            ("detained", "The driver, Khalil Brown", None, True),
            ("injured", "Brown", None, True),
        ],
    ),
    (
        "A woman was killed on Elm Street. Tanya Reed, 30, died at the scene. Marcus Hill, 34, "
        "was found dead in a car nearby.",
        [
            ("killed", "A woman", None, True),
            ("killed", "Tanya Reed", "same_as", False),
            ("killed", "Marcus Hill", None, True),
        ],
    ),
    (
        "A deputy was wounded on Thursday. Deputy Sam Ortiz was hit in the leg. Jamal Price was "
        "shot in the arm.",
        [
            ("injured", "A deputy", None, True),
            ("injured", "Deputy Sam Ortiz", "same_as", False),
            ("injured", "Jamal Price", None, True),
        ],
    ),
    # Near forms: the first name given; the same name again.
    (
        "A man was killed on Friday. John Smith died at the scene.",
        [("killed", "A man", None, True), ("killed", "John Smith", "same_as", False)],
    ),
    (
        "A police officer was killed on Sunday. Officer Ryan Mitchell died at a hospital. "
        "Mitchell was shot in the chest.",
        [
            ("killed", "A police officer", None, True),
            ("killed", "Officer Ryan Mitchell", "same_as", False),
            ("killed", "Mitchell", "same_as", False),
        ],
    ),
]

#: "A fourth victim" of people counted in a series across places goes on the series, wherever
#: harmed: one of them, not a toll of four. Near form: with fewer counted, it is the toll.
RANKED_VICTIM_ELSEWHERE = [
    (
        "Four people were stabbed in a series of attacks in Nottingham. A fourth victim, a "
        "teenage boy, was stabbed at a bus stop in Arnold.",
        [("injured", "Four", None, True), ("injured", "A fourth victim", "subset_of", False)],
    ),
    (
        "Three people were shot in a string of shootings in Detroit. A third victim was shot on "
        "a porch in Dearborn.",
        [("injured", "Three", None, True), ("injured", "A third victim", "subset_of", False)],
    ),
    (
        "Five people were stabbed across the city on Saturday. A fifth victim was attacked and "
        "stabbed in Brooklyn.",
        [("injured", "Five", None, True), ("injured", "A fifth victim", "subset_of", False)],
    ),
    (
        "Two people were killed in shootings in Memphis. A second victim died in Germantown.",
        [("killed", "Two", None, True), ("killed", "A second victim", "subset_of", False)],
    ),
    # Near form: fewer counted than the rank; the ranked victim is one more person, no
    # revision of those told (round 34: the annotators count the person, not the rank).
    (
        "A man was killed and a woman was hurt. A fourth victim, a teenage boy, was stabbed at a "
        "bus stop.",
        [
            ("killed", "A man", None, True),
            ("injured", "a woman", None, True),
            ("injured", "A fourth victim", None, True),
        ],
    ),
]

#: "No officers or residents were hurt": "no" on the first of alternatives denies harm to all
#: of them; one zero row. Near forms: "and" joining a figure, and a figure of its own clause.
NO_ONE_OF_ALTERNATIVES = [
    (
        "No other officers or residents were injured.",
        [("injured", "No other officers", None, True)],
    ),
    ("No other students or staff were hurt.", [("injured", "No other students", None, True)]),
    (
        "Police said no passengers or crew members were injured.",
        [("injured", "no passengers", None, True)],
    ),
    ("No deputies or bystanders were wounded.", [("injured", "No deputies", None, True)]),
    # Near forms: a figure joined by "and"; a figure of its own clause.
    (
        "No soldiers and three civilians were killed.",
        [("killed", "No soldiers", None, True), ("killed", "three civilians", None, True)],
    ),
    (
        "No officers were hurt, but two residents were injured.",
        [("injured", "No officers", None, True), ("injured", "two residents", None, True)],
    ),
]

#: "In a separate case", "In an unrelated matter": a blotter's other case is another incident.
#: Near forms: the same case, and "case" as the charges against someone.
SEPARATE_CASE = [
    (
        "Deputies arrested three people Thursday after a traffic stop. In a separate case, a "
        "52-year-old man was arrested on a charge of aggravated battery.",
        [("detained", "three", None, True), ("detained", "a 52-year-old man", None, True)],
    ),
    (
        "Police arrested three people on Friday. In an unrelated case, a woman was arrested.",
        [("detained", "three", None, True), ("detained", "a woman", None, True)],
    ),
    (
        "Police arrested three people on Friday. In a separate matter, a woman was arrested.",
        [("detained", "three", None, True), ("detained", "a woman", None, True)],
    ),
    (
        "Officers arrested four people at the mall. In another case, a man was arrested at a gas "
        "station.",
        [("detained", "four", None, True), ("detained", "a man", None, True)],
    ),
    # Near forms: the same case; the case against someone.
    (
        "Police arrested three people on Friday. In the same case, a woman was arrested.",
        [("detained", "three", None, True), ("detained", "a woman", "subset_of", False)],
    ),
    (
        "Police arrested three people on Friday. A woman was arrested in the case.",
        [("detained", "three", None, True), ("detained", "A woman", "subset_of", False)],
    ),
]

#: A person told before a group is no part of it when the group's noun rules the person out: an
#: adult among juveniles or children, an officer among children, a woman among boys. Near
#: forms: an age or noun the group may hold.
NOT_OF_THE_GROUP = [
    (
        "A 31-year-old man was arrested on charges of assault. Two juveniles were detained after "
        "a fight at the mall.",
        [("detained", "A 31-year-old man", None, True), ("detained", "Two juveniles", None, True)],
    ),
    (
        "A 31-year-old man was arrested on Friday. Two minors were detained after the fight.",
        [("detained", "A 31-year-old man", None, True), ("detained", "Two minors", None, True)],
    ),
    (
        "Two children were injured in the crash. An officer suffered a minor hand injury.",
        [("injured", "Two children", None, True), ("injured", "An officer", None, True)],
    ),
    (
        "A woman was killed and her two children were injured in the crash. An officer who "
        "chased the driver suffered a minor hand injury.",
        [
            ("killed", "A woman", None, True),
            ("injured", "her two children", None, True),
            ("injured", "An officer", None, True),
        ],
    ),
    (
        "Two boys were wounded in the shooting. A woman was hit in the arm.",
        [("injured", "Two boys", None, True), ("injured", "A woman", None, True)],
    ),
    # Near forms: an age the group may hold; a noun any group holds.
    (
        "A 15-year-old was arrested on Friday. Two juveniles were detained after the fight.",
        [
            ("detained", "A 15-year-old", "subset_of", False),
            ("detained", "Two juveniles", None, True),
        ],
    ),
    (
        "Two people were injured in the crash. An officer suffered a minor hand injury.",
        [("injured", "Two", None, True), ("injured", "An officer", "subset_of", False)],
    ),
    (
        "A man was arrested on Friday. Police later said two men had been arrested.",
        [("detained", "A man", "subset_of", False), ("detained", "two men", None, True)],
    ),
]

#: The dead and the wounded told again as one figure ("a boy was killed and two others were
#: injured ... found three people suffering from gunshot wounds"): no new toll. Told with the
#: verb "shot" ("found three people shot", "the three victims were shot"), which says how and
#: not how badly, the figure holds the dead too: `killed_or_injured`, still not counted. Near
#: forms: "other" people, and a figure of another incident.
ALL_VICTIMS_AGAIN = [
    (
        "A 16-year-old boy was killed and two other people were injured in a shooting on "
        "Thursday night, police said. Officers found three people suffering from gunshot wounds.",
        [
            ("killed", "A 16-year-old boy", None, True),
            ("injured", "two other", None, True),
            ("injured", "three", "same_as", False),
        ],
    ),
    (
        "A man was killed and two other people were injured in a shooting on Thursday night. "
        "Officers found three people with gunshot wounds.",
        [
            ("killed", "A man", None, True),
            ("injured", "two other", None, True),
            ("injured", "three", "same_as", False),
        ],
    ),
    (
        "A man was killed and two people were wounded in a shooting on Thursday. Officers "
        "arrived to find three people shot.",
        [
            ("killed", "A man", None, True),
            ("injured", "two", None, True),
            ("killed_or_injured", "three", None, False),
        ],
    ),
    (
        "Police said the gunman killed one woman and injured two men. The three victims were "
        "shot inside a parked car.",
        [
            ("killed", "one woman", None, True),
            ("injured", "two men", None, True),
            ("killed_or_injured", "The three victims", None, False),
        ],
    ),
    (
        "Two teenagers died and two others were hurt early Sunday. Deputies said the four people "
        "were shot while standing outside a gas station.",
        [
            ("killed", "Two teenagers", None, True),
            ("injured", "two others", None, True),
            ("killed_or_injured", "the four", None, False),
        ],
    ),
    # Near form: a wound they were found with tells the wounded.
    (
        "Two teenagers died and two others were hurt early Sunday. Deputies found four people "
        "suffering from gunshot wounds.",
        [
            ("killed", "Two teenagers", None, True),
            ("injured", "two others", None, True),
            ("injured", "four", "same_as", False),
        ],
    ),
    (
        "Two men were killed and three people were wounded at a party on Saturday. Police found "
        "five people with gunshot wounds.",
        [
            ("killed", "Two men", None, True),
            ("injured", "three", None, True),
            ("injured", "five", "same_as", False),
        ],
    ),
    (
        "A shooting left one man dead and another injured early Sunday. Upon arrival, officers "
        "located two adult males suffering from gunshot wounds.",
        [
            ("killed", "one man", None, True),
            ("injured", "another injured", None, True),
            ("injured", "two adult males", "same_as", False),
        ],
    ),
    # Near forms: other people; a noun the dead man is not; another incident.
    (
        "A man was killed and a woman was wounded on Friday. Officers found two women with "
        "gunshot wounds.",
        [
            ("killed", "A man", None, True),
            ("injured", "a woman", "subset_of", False),
            ("injured", "two women", None, True),
        ],
    ),
    (
        "A man was killed and two people were wounded in a shooting on Thursday. Officers found "
        "three other people shot.",
        [
            ("killed", "A man", None, True),
            ("injured", "two", None, True),
            ("injured", "three other", None, True),
        ],
    ),
    (
        "A man was killed and two people were wounded in a shooting on Thursday. Later, five "
        "people were shot at a party.",
        [
            ("killed", "A man", None, True),
            ("injured", "two", None, True),
            ("killed_or_injured", "five", None, True),
        ],
    ),
]

#: "An officer killed a man ... The man had stabbed a neighbor": the one who did a harm is not
#: the one it was done to, though he is the only person harmed so far. Near form: another
#: doer leaves the description the only victim.
HARMED_BY_THE_ONE_HARMED = [
    (
        "An officer shot and killed a man outside an apartment complex late Monday. The man had "
        "stabbed a neighbor in the shoulder minutes earlier.",
        [("killed", "a man", None, True), ("injured", "a neighbor", None, True)],
    ),
    (
        "An officer shot and killed a man late Monday. He had stabbed a neighbor in the shoulder "
        "minutes earlier.",
        [("killed", "a man", None, True), ("injured", "a neighbor", None, True)],
    ),
    (
        "Deputies shot and killed a woman on Friday. The woman had stabbed her husband in the "
        "chest.",
        [("killed", "a woman", None, True), ("injured", "her husband", None, True)],
    ),
    (
        "Troopers shot and killed a man on the highway. The man had shot a clerk at a gas station.",
        [("killed", "a man", None, True), ("injured", "a clerk", None, True)],
    ),
    # Near form: someone else did the harm.
    (
        "A man was found dead on Friday. The suspect stabbed a 40-year-old man, police said.",
        [("killed", "A man", None, True), ("killed", "a 40-year-old man", "same_as", False)],
    ),
]

#: Beaten, slashed and punched people are hurt, as shot and stabbed ones are; "to death" still
#: kills. Near forms: a team beaten, a budget slashed.
BEATEN_SLASHED_PUNCHED = [
    ("A man was beaten with a bat outside a bar.", [("injured", "A man", None, True)]),
    ("A woman was punched in the face on a bus.", [("injured", "A woman", None, True)]),
    (
        "A woman, 45, was slashed in the face on a subway train.",
        [("injured", "A woman", None, True)],
    ),
    (
        "Two men beat a 60-year-old man outside a store.",
        [("injured", "a 60-year-old man", None, True)],
    ),
    ("He was beaten to death.", [("killed", "He", None, True)]),
    # Near forms: things and teams.
    ("The Lakers beat the Celtics on Sunday.", []),
    ("The city slashed its budget.", []),
    ("Firefighters beat back the flames.", []),
]

#: "suffered a broken jaw": a broken, fractured or dislocated part of the body suffered is an
#: injury. Near forms: a broken thing suffered.
BROKEN_BODY_PART = [
    ("A 6-year-old boy suffered a broken arm.", [("injured", "A 6-year-old boy", None, True)]),
    ("A man suffered a broken jaw in the attack.", [("injured", "A man", None, True)]),
    (
        "Two officers sustained fractured wrists during the arrest.",
        [("injured", "Two officers", None, True)],
    ),
    (
        "A man was assaulted outside a bar and suffered a broken jaw.",
        [("injured", "A man", None, True)],
    ),
    # Near forms: things broken.
    ("The company suffered a broken supply chain.", []),
    ("The team suffered a broken streak.", []),
]

#: A relative with the surname of a listed victim ("Angela Brooks and Dorothy Simmons ...
#: Kevin Brooks") is another person; the listed person named again is one of the list.
RELATIVE_OF_A_LISTED_NAME = [
    (
        "Angela Brooks and Dorothy Simmons were found dead. Kevin Brooks, 39, was found with a "
        "self-inflicted gunshot wound and was pronounced dead.",
        [
            ("killed", "Angela Brooks", None, True),
            ("killed", "Dorothy Simmons", None, True),
            ("killed", "Kevin Brooks", None, True),
        ],
    ),
    (
        "Maria Lopez and Ana Ruiz were wounded. Carlos Lopez was also shot in the arm.",
        [
            ("injured", "Maria Lopez", None, True),
            ("injured", "Ana Ruiz", None, True),
            ("injured", "Carlos Lopez", None, True),
        ],
    ),
    (
        "Police arrested Tom Baker and Lisa Grant. Ryan Baker was detained on Sunday.",
        [
            ("detained", "Tom Baker", None, True),
            ("detained", "Lisa Grant", None, True),
            ("detained", "Ryan Baker", None, True),
        ],
    ),
    (
        "James Cole and Eric Ward were killed. Lena Ward died at a hospital on Monday.",
        [
            ("killed", "James Cole", None, True),
            ("killed", "Eric Ward", None, True),
            ("killed", "Lena Ward", None, True),
        ],
    ),
    # Near forms: the surname alone, or the same given name.
    (
        "Photographers Chris Hondros and Guy Martin were wounded. Martin, a British citizen, was "
        "injured by shrapnel.",
        [
            ("injured", "Photographers Chris Hondros and Guy Martin", None, True),
            ("injured", "Martin", "subset_of", False),
        ],
    ),
    (
        "Photographers Chris Hondros and Guy Martin were wounded. Guy Martin was injured by "
        "shrapnel.",
        [
            ("injured", "Photographers Chris Hondros and Guy Martin", None, True),
            ("injured", "Guy Martin", "subset_of", False),
        ],
    ),
]

#: Names told after as many unnamed people joined in one clause of the same harm are those
#: people. Near forms: more names than people, or a harm of another type.
NAMES_OF_THE_PEOPLE_JOINED = [
    (
        "A man fatally shot his estranged wife and her mother on Monday. Deputies found Angela "
        "Brooks, 36, and Dorothy Simmons, 61, dead in the living room.",
        [
            ("killed", "his estranged wife", None, True),
            ("killed", "her mother", None, True),
            ("killed", "Angela Brooks", "same_as", False),
            ("killed", "Dorothy Simmons", "same_as", False),
        ],
    ),
    (
        "A man and a woman were killed in the crash. John Smith and Mary Jones died at the scene.",
        [
            ("killed", "A man", None, True),
            ("killed", "a woman", None, True),
            ("killed", "John Smith", "same_as", False),
            ("killed", "Mary Jones", "same_as", False),
        ],
    ),
    (
        "Police arrested a man and his son on Friday. Omar Said and Ali Said were booked into the "
        "county jail.",
        [
            ("detained", "a man", None, True),
            ("detained", "his son", None, True),
            ("detained", "Omar Said", "same_as", False),
            ("detained", "Ali Said", "same_as", False),
        ],
    ),
    (
        "A woman and her daughter were wounded on Sunday. Police said Rosa Vega and Lina Vega "
        "were shot in the legs.",
        [
            ("injured", "A woman", None, True),
            ("injured", "her daughter", None, True),
            ("injured", "Rosa Vega", "same_as", False),
            ("injured", "Lina Vega", "same_as", False),
        ],
    ),
    # Near forms: another harm type; more names than people.
    (
        "A man and a woman were injured in the crash. John Smith and Mary Jones died at the scene.",
        [
            ("injured", "A man", None, True),
            ("injured", "a woman", None, True),
            ("killed", "John Smith", None, True),
            ("killed", "Mary Jones", None, True),
        ],
    ),
    (
        "A man and a woman were killed in the crash. John Smith, Mary Jones and Ed Lee died at "
        "the scene.",
        [
            ("killed", "A man", "subset_of", False),
            ("killed", "a woman", "subset_of", False),
            ("killed", "John Smith", None, True),
            ("killed", "Mary Jones", None, True),
            ("killed", "Ed Lee", None, True),
        ],
    ),
]


#: "before turning the gun on himself ... The shooter, Kevin Brooks, was pronounced dead": the
#: attacker named after the only reflexive of his harm is the one who harmed himself. Near
#: forms: a victim's name after the toll, another attacker told with "a second".
ATTACKER_WHO_HARMED_HIMSELF = [
    (
        "A man shot and killed his wife before turning the gun on himself. The shooter, Kevin "
        "Brooks, 39, was pronounced dead at the scene.",
        [
            ("killed", "his wife", None, True),
            ("killed", "himself", None, True),
            ("killed", "The shooter, Kevin Brooks", "same_as", False),
        ],
    ),
    (
        "A gunman killed two coworkers before killing himself, police said. The gunman, Eric "
        "Dunn, 45, died at the scene.",
        [
            ("killed", "two coworkers", None, True),
            ("killed", "himself", None, True),
            ("killed", "The gunman, Eric Dunn", "same_as", False),
        ],
    ),
    (
        "A man fatally stabbed his neighbor and then killed himself. The attacker, Paul Stone, "
        "was found dead in his garage.",
        [
            ("killed", "his neighbor", None, True),
            ("killed", "himself", None, True),
            ("killed", "The attacker, Paul Stone", "same_as", False),
        ],
    ),
    (
        "A woman shot her boyfriend before turning the gun on herself. The shooter, Tina Marsh, "
        "29, died at a hospital.",
        [
            ("injured", "her boyfriend", None, True),
            ("killed", "herself", None, True),
            ("killed", "Tina Marsh", "same_as", False),
        ],
    ),
    (
        "A woman and her son were shot to death by her estranged husband, who later died after "
        "shooting himself. The gunman, Jose Morales, 38, died at a hospital.",
        [
            ("killed", "A woman", None, True),
            ("killed", "her son", None, True),
            ("killed", "her estranged husband", None, True),
            ("killed", "himself", "same_as", False),
            ("killed", "The gunman, Jose Morales", "same_as", False),
        ],
    ),
    # Near forms: a victim's name; another attacker.
    (
        "A man killed two people before killing himself. John Smith died at the scene.",
        [
            ("killed", "two", None, True),
            ("killed", "himself", None, True),
            ("killed", "John Smith", "subset_of", False),
        ],
    ),
    (
        "A man shot and killed his wife before turning the gun on himself. Police later shot and "
        "killed a second gunman at a nearby store.",
        [
            ("killed", "his wife", None, True),
            ("killed", "himself", None, True),
            ("killed", "a second gunman", None, True),
        ],
    ),
]


#: "At least 23 people were shot, four of them fatally, across Chicago over the weekend ... On
#: Saturday, two men were killed in a shooting": a figure spread "across" or "throughout" a
#: place rounds up its incidents; one told after it there is among them. Near forms: "in" the
#: place, and "across the street".
ROUND_UP_ACROSS_A_PLACE = [
    (
        "At least 23 people were shot, four of them fatally, across Chicago over the weekend. On "
        "Saturday, two men were killed in a shooting on the South Side.",
        [
            ("killed_or_injured", "At least 23", None, True),
            ("killed", "four of them", None, True),
            ("killed", "two men", "subset_of", False),
        ],
    ),
    (
        "Nine people were shot across the city on Saturday, two of them fatally. Hours later, a "
        "man was killed in a shooting on Elm Street.",
        [
            ("killed_or_injured", "Nine", None, True),
            ("killed", "two of them", None, True),
            ("killed", "a man", "subset_of", False),
        ],
    ),
    (
        "Police said 14 people were wounded throughout Baltimore over the weekend. On Sunday, a "
        "19-year-old was wounded in a shooting in Sandtown.",
        [("injured", "14", None, True), ("injured", "a 19-year-old", "subset_of", False)],
    ),
    (
        "Five people were stabbed throughout the city on Saturday. A woman was stabbed in a "
        "robbery downtown.",
        [("injured", "Five", None, True), ("injured", "A woman", "subset_of", False)],
    ),
    # Near forms: "in" the place; "across the street"; another city.
    (
        "Nine people were shot in the city on Saturday, two of them fatally. Hours later, a man "
        "was killed in a shooting on Elm Street.",
        [
            ("killed_or_injured", "Nine", None, True),
            ("killed", "two of them", None, True),
            ("killed", "a man", None, True),
        ],
    ),
    (
        "A man was shot across the street from the school. Hours later, a woman was killed in a "
        "shooting on Elm Street.",
        [("injured", "A man", None, True), ("killed", "a woman", None, True)],
    ),
    (
        "Six people were killed across Houston on Friday. In a shooting at a bar in Dallas, "
        "three men were killed.",
        [("killed", "Six", None, True), ("killed", "three men", None, True)],
    ),
    (
        "Nine people were shot across the city on Saturday, two of them fatally. Hours later, a "
        "man was killed in a shooting in the nearby town of Chester.",
        [
            ("killed_or_injured", "Nine", None, True),
            ("killed", "two of them", None, True),
            ("killed", "a man", None, True),
        ],
    ),
]


#: "Less than an hour later in Brooklyn, two men, 21 and 24, were shot": after a fronted place
#: and a comma the parser hangs the subject on the place as an apposition; it is still the
#: people harmed. Near forms: a thing in apposition to the place, and the ordinary parse.
SUBJECT_AFTER_A_FRONTED_PLACE = [
    (
        "Less than an hour later in Brooklyn, two men, 21 and 24, were shot in the legs outside "
        "a deli in Brownsville.",
        [("injured", "two men", None, True)],
    ),
    (
        "On Saturday in Manhattan, a woman, 45, was slashed in the face.",
        [("injured", "a woman", None, True)],
    ),
    ("Later in Queens, two men, 30 and 33, were arrested.", [("detained", "two men", None, True)]),
    (
        "Hours later in Newark, a man, 52, was stabbed in the chest.",
        [("injured", "a man", None, True)],
    ),
    # Near forms: a building beside the place; a subject the parser found.
    ("In Brooklyn, the Barclays Center, a large arena, was evacuated.", []),
    ("In Brooklyn, two men were shot.", [("injured", "two men", None, True)]),
]


#: "Two officers remain hospitalized", "Two men remain jailed": the state after "remain", read
#: as an adjective, is the harm or the custody, as "remained hospitalized" read as a verb is.
#: Near forms: things in that state, and the passive.
REMAIN_HOSPITALIZED_OR_JAILED = [
    ("Two officers remain hospitalized.", [("injured", "Two officers", None, True)]),
    (
        "Three people remain hospitalized in stable condition.",
        [("injured", "Three", None, True)],
    ),
    ("Two men remain jailed without bond.", [("detained", "Two men", None, True)]),
    (
        "Four teens remain hospitalized after the shooting.",
        [("injured", "Four teens", None, True)],
    ),
    # Near forms: no people; the passive.
    ("The company remains jailed.", []),
    ("Prices remain hospitalized.", []),
    ("Two officers were hospitalized.", [("injured", "Two officers", None, True)]),
]


#: "Police have a person of interest in custody": the people a force has in custody are held,
#: as those it keeps or holds there. Near forms: custody as a kind of thing, and nobody held.
HAVE_IN_CUSTODY = [
    (
        "Police have a person of interest in custody.",
        [("detained", "a person of interest", None, True)],
    ),
    (
        "Police had the suspect in custody within an hour.",
        [("detained", "the suspect", None, True)],
    ),
    (
        "Troopers have the driver of the truck in custody.",
        [("detained", "the driver of the truck", None, True)],
    ),
    (
        "We have a person of interest in custody, Chief Smith said.",
        [("detained", "a person of interest", None, True)],
    ),
    # Near forms: a custody battle; nobody held.
    ("They have lots of experience in custody battles.", []),
    ("Police have no one in custody.", [("detained", "no one", None, True)]),
]


#: "Authorities said a man and a woman, both in their 20s, were killed": after the aside the
#: parser takes the people for the object of "said", leaving the passive without a subject;
#: they are its subject. Near forms: a thing so placed, and a passive that harms no one.
SUBJECT_READ_AS_OBJECT = [
    (
        "Authorities said a man and a woman, both in their 20s, were killed.",
        [("killed", "a man", None, True), ("killed", "a woman", None, True)],
    ),
    (
        "Police said a man and a woman, both in their 40s, were found dead.",
        [("killed", "a man", None, True), ("killed", "a woman", None, True)],
    ),
    (
        "Police said a man and a woman, both in their 20s, were left injured.",
        [("injured", "a man", None, True), ("injured", "a woman", None, True)],
    ),
    (
        "Deputies said a man and a woman, both in their 30s, were arrested.",
        [("detained", "a man", None, True), ("detained", "a woman", None, True)],
    ),
    # Near forms: a thing; no harm.
    ("Police said the car, a stolen Honda, was recovered.", []),
    ("Police said a man and a woman, both in their 20s, were questioned.", []),
]

#: "Wounded were a 22-year-old man and a 19-year-old woman", "Also injured was a boy": a harm
#: participle fronted before "be" tells the harm of the people after it. Near forms: a
#: participle of no harm, and things after it.
FRONTED_HARM_PARTICIPLE = [
    (
        "Wounded were a 22-year-old man and a 19-year-old woman.",
        [
            ("injured", "a 22-year-old man", None, True),
            ("injured", "a 19-year-old woman", None, True),
        ],
    ),
    (
        "Arrested were a 30-year-old man and his son.",
        [("detained", "a 30-year-old man", None, True), ("detained", "his son", None, True)],
    ),
    ("Also injured was a 12-year-old boy.", [("injured", "a 12-year-old boy", None, True)]),
    (
        "Injured were two firefighters and a police officer.",
        [("injured", "two firefighters", None, True), ("injured", "a police officer", None, True)],
    ),
    (
        "Killed were Marcus Bell, 21, and Tony Diaz, 19.",
        [
            ("killed", "Marcus Bell", None, True),
            ("killed", "Tony Diaz", None, True),
        ],
    ),
    # Near forms: no harm; things.
    ("Tired were the players after the match.", []),
    ("Involved were two cars and a truck.", []),
]


#: "A man was killed and six other people were hurt ... A 28-year-old man was shot in the head
#: and died ... Two men were shot in the legs": once the dead are all told one by one, the
#: people shot after them are of the wounded, not the dead and the wounded together. Near
#: forms: the dead not told yet, and no toll of the wounded.
SHOT_AFTER_THE_DEAD_ARE_TOLD = [
    (
        "A man was killed and six other people were hurt in shootings on Friday. A 28-year-old "
        "man was shot in the head and died at a hospital. Two men were shot in the legs outside "
        "a deli.",
        [
            ("killed", "A man", None, True),
            ("injured", "six other", None, True),
            ("killed", "A 28-year-old man", "same_as", False),
            ("injured", "Two men", "subset_of", False),
        ],
    ),
    (
        "One person was killed and four were wounded at a party. A 19-year-old woman died at the "
        "scene. Three men were shot in the arms and legs.",
        [
            ("killed", "One person", None, True),
            ("injured", "four", None, True),
            ("killed", "A 19-year-old woman", "same_as", False),
            ("injured", "Three men", "subset_of", False),
        ],
    ),
    (
        "A teen was killed and five people were injured in a shooting at a park. The 16-year-old "
        "boy died at the scene. Two women were shot as they ran.",
        [
            ("killed", "A teen", None, True),
            ("injured", "five", None, True),
            # the subject of its own "died" clause: a row, `same_as` (round 16)
            ("killed", "The 16-year-old boy", "same_as", False),
            ("injured", "Two women", "subset_of", False),
        ],
    ),
    (
        "Two people were killed and three were hurt. A man died at the scene and a woman died at "
        "a hospital. Two teenagers were shot in the legs.",
        [
            ("killed", "Two", None, True),
            ("injured", "three", None, True),
            ("killed", "A man", "subset_of", False),
            ("killed", "a woman", "subset_of", False),
            ("injured", "Two teenagers", "subset_of", False),
        ],
    ),
    # Near forms: the dead not told one by one; no toll of the wounded.
    (
        "A man was killed and six other people were hurt in shootings on Friday. Two men were "
        "shot in the legs outside a deli.",
        [
            ("killed", "A man", None, True),
            ("injured", "six other", None, True),
            ("killed_or_injured", "Two men", None, True),
        ],
    ),
    (
        "A man was killed in a shooting on Friday. A 28-year-old man was shot in the head and "
        "died. Two men were shot in the legs outside a deli.",
        [
            ("killed", "A man", None, True),
            ("killed", "A 28-year-old man", "same_as", False),
            ("killed_or_injured", "Two men", None, True),
        ],
    ),
]


#: "Kalone Mcgee, 26 was shot in the left leg and Jamie clayton, 22 was shot in both legs": a
#: bare number right after a name and its comma is the person's age, though the writer left
#: out the closing comma and the parser made it the subject. Near forms: a number after a
#: place, and after a street.
AGE_AFTER_A_NAME = [
    (
        "Three other men were also wounded. Calvin Williams, 24 was shot in the chest, Kalone "
        "Mcgee, 26 was shot in the left leg and Jamie clayton, 22 was shot in both legs.",
        [
            ("injured", "Three other men", None, True),
            ("injured", "Calvin Williams", "subset_of", False),
            ("injured", "Kalone Mcgee", "subset_of", False),
        ],
    ),
    (
        "Three men were hurt. Ray Cole, 31 was shot in the chest, Dion Price, 28 was shot in the "
        "left leg and Tim lane, 19 was shot in both legs.",
        [
            ("injured", "Three men", None, True),
            ("injured", "Ray Cole", "subset_of", False),
            ("injured", "Dion Price", "subset_of", False),
        ],
    ),
    (
        "Three people were wounded. Ana Ruiz, 41 was shot in the chest, Mia Lopez, 33 was shot "
        "in the right arm and Eva diaz, 29 was shot in both feet.",
        [
            ("injured", "Three", None, True),
            ("injured", "Ana Ruiz", "subset_of", False),
            ("injured", "Mia Lopez", "subset_of", False),
        ],
    ),
    (
        "Three others were injured. Ray Cole, 31 was stabbed in the chest, Dion Price, 28 was "
        "stabbed in the left leg and Tim lane, 19 was stabbed in both arms.",
        [
            ("injured", "Three others", None, True),
            ("injured", "Ray Cole", "subset_of", False),
            ("injured", "Dion Price", "subset_of", False),
        ],
    ),
    # Near forms: a number after a place or a street is a figure.
    ("In Camden, 22 were shot over the weekend.", [("injured", "22", None, True)]),
    ("Officers said Main Street, 40 were arrested.", [("detained", "40", None, True)]),
]


#: "killed his wife and then himself": the parser joins the reflexive to the verb, not to the
#: object; it is the verb's second object. Near forms: a verb joined after the object, and a
#: reflexive of no harm.
REFLEXIVE_JOINED_TO_THE_VERB = [
    (
        "A man shot and killed his wife and then himself in their home on Sunday.",
        [("killed", "his wife", None, True), ("killed", "himself", None, True)],
    ),
    (
        "A man shot his wife and then himself.",
        [("injured", "his wife", None, True), ("injured", "himself", None, True)],
    ),
    (
        "She stabbed her husband and then herself.",
        [("injured", "her husband", None, True), ("injured", "herself", None, True)],
    ),
    (
        "The gunman killed three coworkers and then himself.",
        [("killed", "three coworkers", None, True), ("killed", "himself", None, True)],
    ),
    # Near forms: a verb after the object; no harm.
    ("He hurt his wife and then left.", [("injured", "his wife", None, True)]),
    ("He locked the doors and then himself in the basement.", []),
]


#: "2 dead, 3 hurt in Southside shooting": the parser reads a headline's first figure as a list
#: marker ("meta") before its harm word; it is the count. Near forms: a numbered line, and the
#: ordinary parse.
HEADLINE_FIRST_FIGURE = [
    (
        "2 dead, 3 hurt in Southside shooting",
        [("killed", "2 dead", None, True), ("injured", "3 hurt", None, True)],
    ),
    (
        "2 dead, 3 hurt in Northside shooting",
        [("killed", "2 dead", None, True), ("injured", "3 hurt", None, True)],
    ),
    (
        "3 arrested, 2 injured in brawl",
        [("detained", "3 arrested", None, True), ("injured", "2 injured", None, True)],
    ),
    (
        "2 arrested, 4 hurt in mall fight",
        [("detained", "2 arrested", None, True), ("injured", "4 hurt", None, True)],
    ),
    # Near forms: a numbered line of no harm; the ordinary parse.
    ("2. Dead ends were common in the maze.", []),
    (
        "5 dead, 2 hurt in Eastside crash",
        [("killed", "5 dead", None, True), ("injured", "2 hurt", None, True)],
    ),
]


#: "A man wounded in the attack died in hospital": the participle set after the people tells
#: how they were harmed before they died, as a relative clause does ("who were wounded"); they
#: are dead. Near forms: no death after it, and the participle before the noun.
DIED_AFTER_A_REDUCED_RELATIVE = [
    ("A woman injured in a crash died on Tuesday.", [("killed", "A woman", None, True)]),
    ("A man wounded in the attack died in hospital.", [("killed", "A man", None, True)]),
    ("Two people injured in the blast later died.", [("killed", "Two", None, True)]),
    (
        "An officer injured during the chase died at a hospital.",
        [("killed", "An officer", None, True)],
    ),
    # Near forms: no death; the participle before its noun.
    (
        "A man wounded in the attack was treated at a hospital.",
        [("injured", "A man", None, True)],
    ),
    ("A wounded woman later died.", [("killed", "A wounded woman", None, True)]),
]


#: "The driver was detained by bystanders until officers arrived and was arrested": the parser
#: joins "was arrested" to the clause set under the main one; a singular verb does not go on
#: with that clause's plural subject, but with the main clause's. Near forms: a plural verb,
#: which may go on with either, keeps the old reading.
SINGULAR_VERB_AFTER_A_PLURAL_CLAUSE = [
    (
        "The driver was detained by bystanders until officers arrived and was arrested.",
        [("detained", "The driver", None, True)],
    ),
    (
        "A man was held down by neighbors until deputies came and was arrested.",
        [("detained", "A man", None, True)],
    ),
    (
        "The gunman hid in a closet until officers entered and was shot.",
        [("injured", "The gunman", None, True)],
    ),
    (
        "A woman ran from the car after troopers stopped it and was arrested.",
        [("detained", "A woman", None, True)],
    ),
    # Near forms: a plural verb.
    (
        "The men fled before officers arrived and were arrested.",
        [("detained", "officers", None, True)],
    ),
    (
        "Two men ran after officers arrived and were arrested.",
        [("detained", "officers", None, True)],
    ),
]


#: "her parents were arrested", "killed his wife and their children": a plural kin noun with a
#: pronoun possessor brings in the possessor's own people (a bare plural, two or more), not a
#: back-reference as "the victims" or "their casualties" are. Near forms: those back-references.
OWN_KIN_IN_THE_PLURAL = [
    ("Her children were killed.", [("killed", "Her children", None, True)]),
    ("His parents were injured.", [("injured", "His parents", None, True)]),
    (
        "A toddler was hospitalized, and her parents were arrested.",
        [("injured", "A toddler", None, True), ("detained", "her parents", None, True)],
    ),
    (
        "A man killed his wife and their children.",
        [("killed", "his wife", None, True), ("killed", "their children", None, True)],
    ),
    # Near forms: back-references; a speaker's community.
    ("The victims were taken to hospital.", []),
    ("Their casualties were heavy.", []),
    ("“Our children are being murdered in the streets,” said Leticia Figueroa.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NAMES_WITH_AGES
    + AGE_TOLD_UNDER_ANOTHER_MENTION
    + NAMED_OTHERWISE
    + RANKED_VICTIM_ELSEWHERE
    + NO_ONE_OF_ALTERNATIVES
    + SEPARATE_CASE
    + NOT_OF_THE_GROUP
    + ALL_VICTIMS_AGAIN
    + HARMED_BY_THE_ONE_HARMED
    + BEATEN_SLASHED_PUNCHED
    + BROKEN_BODY_PART
    + RELATIVE_OF_A_LISTED_NAME
    + NAMES_OF_THE_PEOPLE_JOINED
    + ATTACKER_WHO_HARMED_HIMSELF
    + ROUND_UP_ACROSS_A_PLACE
    + SUBJECT_AFTER_A_FRONTED_PLACE
    + REMAIN_HOSPITALIZED_OR_JAILED
    + HAVE_IN_CUSTODY
    + SUBJECT_READ_AS_OBJECT
    + FRONTED_HARM_PARTICIPLE
    + SHOT_AFTER_THE_DEAD_ARE_TOLD
    + AGE_AFTER_A_NAME
    + REFLEXIVE_JOINED_TO_THE_VERB
    + HEADLINE_FIRST_FIGURE
    + DIED_AFTER_A_REDUCED_RELATIVE
    + SINGULAR_VERB_AFTER_A_PLURAL_CLAUSE
    + OWN_KIN_IN_THE_PLURAL,
)
def test_round11_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


#: Whole local reports: the article totals by type.
REPORTS = [
    (
        "HOUSTON — A man fatally shot his estranged wife and her mother before turning the gun "
        "on himself inside a home on Monday, the sheriff's office said. Deputies found Angela "
        "Brooks, 36, and Dorothy Simmons, 61, dead in the living room.",
        {"killed": (3, 3, 3)},
    ),
    (
        "LOUISVILLE, Ky. — Police have arrested a second suspect in the park shooting that "
        "killed two people and injured four others on April 20. Demetrius Owens, 20, was taken "
        "into custody Thursday. A 17-year-old was arrested last week.",
        {"detained": (2, 2, 2), "killed": (2, 2, 2), "injured": (4, 4, 4)},
    ),
    (
        "A Fort Wayne police officer was killed and a second officer was wounded Sunday. Officer "
        "Ryan Mitchell, 32, died at a hospital. The gunman, 41-year-old Dwayne Carter, was shot "
        "and killed by other officers.",
        {"killed": (2, 2, 2), "injured": (1, 1, 1)},
    ),
    (
        "Teen killed, 2 hurt in Northeast shooting. WASHINGTON — A 16-year-old boy was killed and "
        "two other people were injured in a shooting on Thursday night, police said. Officers "
        "found three people suffering from gunshot wounds.",
        {"killed": (1, 1, 1), "injured": (2, 2, 2)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_round11_report_totals(nlp, text, expected):
    assert totals(process(nlp, text, PUBLISHED)) == expected
