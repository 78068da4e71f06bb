"""Casualty rows of local-news report pages, thirteenth round: a headline's bare reference noun
("second victim hurt"), a story's ordinal person restating a headline's one-person figure ("Two
dead, one hurt ... A third was injured"), a headline that says only how its one person was harmed
when the story tells only deaths ("Homeowner shoots intruder ... shot and killed a man"), and a
plural nationality before a list of names ("Britons John Hart and Mary Hale": one group), a
name with an age set off in commas ("Marcus, 19,") and the person of that age told before,
people struck by a vehicle, a suffixed name ("Jr.", "IV") inside a harm noun, the "of" phrase
of "shooting death" hung on the gerund. Each table holds four or more wordings of one
construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Clerk killed; second victim hurt": the parser reads "hurt" as an active verb, so "victim"
#: only borrowed the last harm (killed); the headline reading gives it its own harm word.
HEADLINE_REFERENCE_NOUN_KEEPS_ITS_HARM = [
    (
        "Clerk killed; second victim hurt\n\nA store clerk was shot and killed Monday night on "
        "Main Street, police said. A second person was taken to a hospital with minor injuries.",
        [
            ("killed", "Clerk", None, True),
            ("injured", "second victim", None, True),
            ("killed", "A store clerk", "same_as", False),
            ("injured", "A second person", "same_as", False),
        ],
    ),
    (
        "Driver shot dead; second victim wounded\n\nA taxi driver was shot dead early Sunday in "
        "Camden, police said. A second man was wounded in the leg.",
        [
            ("killed", "Driver", None, True),
            ("injured", "second victim", None, True),
            ("killed", "A taxi driver", "same_as", False),
            ("injured", "A second man", "same_as", False),
        ],
    ),
    (
        "Teen killed, second victim injured in park shooting\n\nA 17-year-old was killed "
        "Saturday in Marquette Park, police said.",
        [
            ("killed", "Teen", None, True),
            ("injured", "second victim", None, True),
            ("killed", "A 17-year-old", "same_as", False),
        ],
    ),
    (
        "Gunman kills one; second victim in critical condition\n\nA gunman killed a man Monday "
        "in Tulsa, police said.",
        [
            ("killed", "one", None, True),
            ("injured", "second victim", None, True),
            ("killed", "a man", "same_as", False),
        ],
    ),
    # Near forms: a harm of the victim's own in the headline, and a story with no headline.
    (
        "Man dead, woman hurt in Flint shooting\n\nA man was shot dead Thursday in Flint, police "
        "said. A second victim, a woman, was wounded in the arm.",
        [
            ("killed", "Man", None, True),
            ("injured", "woman", None, True),
            ("killed", "A man", "same_as", False),
            ("injured", "A second victim", "same_as", False),
        ],
    ),
    (
        "Two men were killed in a shooting Saturday, police said. A third was injured and taken "
        "to a hospital.",
        [("killed", "Two men", None, True), ("injured", "A third", None, True)],
    ),
]

#: "Two dead, one hurt ... A third was injured": the story numbers its people as it tells them;
#: its ordinal person is the headline's one-person figure nothing in the story told again.
STORY_ORDINAL_RESTATES_HEADLINE = [
    (
        "Two dead, one hurt in shooting\n\nTwo men were killed early Saturday on the West Side, "
        "police said. A third was injured and taken to a hospital.",
        [
            ("killed", "Two dead", None, True),
            ("injured", "one hurt", None, True),
            ("killed", "Two men", "same_as", False),
            ("injured", "A third", "same_as", False),
        ],
    ),
    (
        "One killed, one wounded at gas station\n\nA man was killed Tuesday at a Citgo station in "
        "Akron, police said. A second man was wounded and is in stable condition.",
        [
            ("killed", "One killed", None, True),
            ("injured", "one wounded", None, True),
            ("killed", "A man", "same_as", False),
            ("injured", "A second man", "same_as", False),
        ],
    ),
    HEADLINE_REFERENCE_NOUN_KEEPS_ITS_HARM[0],
    HEADLINE_REFERENCE_NOUN_KEEPS_ITS_HARM[1],
    # Near forms: the headline's figure already told again, or no untold headline figure.
    (
        "Three dead, two hurt after party shooting\n\nThree people died and two were wounded at a "
        "party early Sunday, police said. A fourth victim was also hurt while running away.",
        [
            ("killed", "Three dead", None, True),
            ("injured", "two hurt", None, True),
            ("killed", "Three", "same_as", False),
            ("injured", "two", "same_as", False),
            ("injured", "A fourth victim", None, True),
        ],
    ),
    (
        "Man killed in Akron shooting\n\nA man was killed Tuesday in Akron, police said. A second "
        "man was wounded and is in stable condition.",
        [
            ("killed", "Man", None, True),
            ("killed", "A man", "same_as", False),
            ("injured", "A second man", None, True),
        ],
    ),
]

#: "Homeowner shoots intruder ... shot and killed a man": a headline that says only how its one
#: person was harmed is one of the dead when every person the story harms died.
HEADLINE_SHOT_PERSON_DIED = [
    (
        "Homeowner shoots intruder\n\nA homeowner shot and killed a man who broke into his house "
        "early Thursday, police said. The man was pronounced dead at the scene.",
        [
            ("killed", "intruder", None, True),
            ("killed", "a man", "same_as", False),
            ("killed", "The man", "same_as", False),
        ],
    ),
    (
        "Clerk shoots robber in Dayton\n\nA store clerk shot and killed a robber who pulled a gun "
        "Monday night in Dayton, police said.",
        [("killed", "a robber", None, True)],
    ),
    (
        "Deputy shoots suspect after chase\n\nA deputy shot and killed a man who pointed a rifle "
        "at him after a chase Friday, the sheriff said.",
        [("killed", "a man", None, True)],
    ),
    (
        "Man stabs neighbor in Reno\n\nA man stabbed his neighbor to death Sunday in Reno, police "
        "said. The neighbor died at the scene.",
        [
            ("killed", "neighbor", None, True),
            ("killed", "his neighbor", "same_as", False),
            # its own "died" clause, as "The man was pronounced dead" above (round 16)
            ("killed", "The neighbor", "same_as", False),
        ],
    ),
    # Near forms: a wounded person in the story, or a story with no death, keeps the wound.
    (
        "Officer shot during traffic stop; suspect dead\n\nA police officer was shot during a "
        "traffic stop Friday and the suspect was killed, authorities said. The officer was hit "
        "in the leg.",
        [
            ("injured", "Officer", None, True),
            ("injured", "A police officer", "same_as", False),
            ("killed", "the suspect", None, True),
            ("injured", "The officer", "same_as", False),
        ],
    ),
    (
        "Homeowner shoots intruder\n\nA homeowner shot a man who broke into his house early "
        "Thursday, police said. The man was taken to a hospital.",
        [("injured", "intruder", None, True), ("injured", "a man", "same_as", False)],
    ),
    (
        "Woman shot in Southside home invasion\n\nA woman was shot during a home invasion "
        "Tuesday, police said. She was struck in the hip.",
        [
            ("injured", "Woman", None, True),
            ("injured", "A woman", "same_as", False),
            ("injured", "She", "same_as", False),
        ],
    ),
]

#: "Britons John Hart and Mary Hale were killed": names listing a plural noun's people stay one
#: row of the group, a nationality the tagger reads as a proper noun included.
NATIONALITY_BEFORE_NAMES = [
    (
        "Britons John Hart and Mary Hale were killed when their bus overturned near Orlando.",
        [("killed", "Britons John Hart and Mary Hale", None, True)],
    ),
    (
        "Germans Klaus Weber and Anna Fischer were injured in the avalanche near Zermatt.",
        [("injured", "Germans Klaus Weber and Anna Fischer", None, True)],
    ),
    (
        "Israelis Avi Cohen and Dana Levi were wounded in the stabbing attack in Jerusalem.",
        [("injured", "Israelis Avi Cohen and Dana Levi", None, True)],
    ),
    (
        "Police said Australians Tom Reid and Kate Walsh were killed in the crash.",
        [("killed", "Australians Tom Reid and Kate Walsh", None, True)],
    ),
    (
        "Tourists Mark Stone and Lisa Grant were injured in the blast.",
        [("injured", "Tourists Mark Stone and Lisa Grant", None, True)],
    ),
    # Near forms: full names with no plural noun before them are a row each.
    (
        "Injured were Taylor McCormick, Sidresha Lamb and Ronald Smith.",
        [
            ("injured", "Taylor McCormick", None, True),
            ("injured", "Sidresha Lamb", None, True),
            ("injured", "Ronald Smith", None, True),
        ],
    ),
    (
        "Police said Mark Stone and Lisa Grant were killed in the crash.",
        [("killed", "Mark Stone", None, True), ("killed", "Lisa Grant", None, True)],
    ),
]

#: "Marcus, 19, suffered a gunshot wound": a name with a bare age set off in commas is a person,
#: whatever the recognizer called it (a place, or nothing).
NAME_WITH_SET_OFF_AGE = [
    (
        "Marcus, 19, suffered a gunshot wound to the leg and was taken to a hospital.",
        [("injured", "Marcus", None, True)],
    ),
    (
        "Police said Dorian, 24, was shot in the chest and died at the scene.",
        [("killed", "Dorian", None, True)],
    ),
    ("Jaylen, 16, was struck in the arm, police said.", [("injured", "Jaylen", None, True)]),
    ("Kenji, 31, was stabbed outside a bar on Fourth Street.", [("injured", "Kenji", None, True)]),
    # Near forms: a number that is no aside of a name (a distance), and no harm told.
    ("The shooting happened in Dallas, 19 miles from Fort Worth, police said.", []),
    ("Dallas, 19, is a city councilman who was not hurt.", []),
]

#: "A 24-year-old man was killed ... Dorian, 24, was pronounced dead": a name with the one age
#: told of one person elsewhere is that person.
NAME_WITH_THE_AGE_OF_A_DESCRIBED_PERSON = [
    (
        "A 24-year-old man was killed in a shooting Saturday, police said. Dorian, 24, was "
        "pronounced dead at the scene.",
        [("killed", "A 24-year-old man", None, True), ("killed", "Dorian", "same_as", False)],
    ),
    (
        "A 19-year-old woman was shot Sunday in Gary, police said. Keisha, 19, was taken to a "
        "hospital in stable condition.",
        [("injured", "A 19-year-old woman", None, True), ("injured", "Keisha", "same_as", False)],
    ),
    (
        "A 45-year-old woman was stabbed Monday in Reno, police said. Maria, 45, was treated for "
        "a wound to the arm.",
        [("injured", "A 45-year-old woman", None, True), ("injured", "Maria", "same_as", False)],
    ),
    (
        "A 17-year-old boy was shot and killed Friday, police said. Tyrese, 17, died at a "
        "hospital.",
        [("killed", "A 17-year-old boy", None, True), ("killed", "Tyrese", "same_as", False)],
    ),
    # Near forms: another age is another person, told before or after.
    (
        "A 30-year-old man was killed Friday, police said. Marcus, 22, was wounded in the same "
        "shooting.",
        [("killed", "A 30-year-old man", None, True), ("injured", "Marcus", None, True)],
    ),
    (
        "Police said Dorian, 24, was shot in the chest and died at the scene. A 30-year-old man "
        "was wounded.",
        [("killed", "Dorian", None, True), ("injured", "A 30-year-old man", None, True)],
    ),
]

#: "Woman dead, man hurt ... Another man was wounded": "another" numbers its person as "a
#: second man" does, so it restates the headline's one-person figure nothing told again.
STORY_ANOTHER_RESTATES_HEADLINE = [
    (
        "Woman dead, man hurt in Gary shooting\n\nA woman was shot dead Sunday in Gary, police "
        "said. Another man was wounded and taken to a hospital.",
        [
            ("killed", "Woman", None, True),
            ("injured", "man", None, True),
            ("killed", "A woman", "same_as", False),
            ("injured", "Another man", "same_as", False),
        ],
    ),
    (
        "Man dead, teen hurt in Gary shooting\n\nA man was shot dead Sunday in Gary, police "
        "said. Another person, a 16-year-old, was wounded.",
        [
            ("killed", "Man", None, True),
            ("injured", "teen", None, True),
            ("killed", "A man", "same_as", False),
            ("injured", "Another person", "same_as", False),
        ],
    ),
    STORY_ORDINAL_RESTATES_HEADLINE[0],
    STORY_ORDINAL_RESTATES_HEADLINE[1],
    # Near forms: no untold headline figure of that harm, or no headline.
    (
        "Man killed in Toledo\n\nA man was killed Friday in Toledo, police said. Another man was "
        "wounded in the arm.",
        [
            ("killed", "Man", None, True),
            ("killed", "A man", "same_as", False),
            ("injured", "Another man", None, True),
        ],
    ),
    STORY_ORDINAL_RESTATES_HEADLINE[5],
]

#: "Two people were hit by a car as they fled": a person struck by a vehicle is hurt (how, not
#: how badly: a death told with it wins).
STRUCK_BY_A_VEHICLE = [
    (
        "Gunfire broke out outside the nightclub early Sunday, and two people were hit by a car "
        "as they ran from the shots, police said.",
        [("injured", "two", None, True)],
    ),
    (
        "Two pedestrians were struck by a car on Main Street on Friday.",
        [("injured", "Two pedestrians", None, True)],
    ),
    (
        "Two bystanders were struck by an SUV that jumped the curb in Queens.",
        [("injured", "Two bystanders", None, True)],
    ),
    (
        "A teenager was hit by a pickup truck while crossing the street in Mesa.",
        [("injured", "A teenager", None, True)],
    ),
    (
        "Police said the man was struck by a car and killed.",
        [("killed", "the man", None, True)],
    ),
    # Near forms: things struck by a vehicle are no people.
    ("The building was hit by a truck overnight.", []),
    ("Two cars were struck by a train at the crossing.", []),
]

#: "the fatal shooting of Tremaine Woodson Jr.": a name closed by a generational suffix is a
#: person's, though a title-case headline makes the recognizer call it a place.
GENERATIONAL_NAME_IN_A_HARM_NOUN = [
    (
        "Police: Arrest made in fatal shooting of Tremaine Woodson Jr.\n\nPolice arrested a man "
        "Tuesday.",
        [("killed", "Tremaine Woodson Jr.", None, True), ("detained", "a man", None, True)],
    ),
    (
        "Police have arrested a man in the fatal shooting of Tremaine Woodson Jr.\n\nPolice "
        "arrested a man Tuesday.",
        [
            ("detained", "a man", None, True),
            ("killed", "Tremaine Woodson Jr.", None, True),
            ("detained", "a man", "same_as", False),
        ],
    ),
    (
        "Family mourns after shooting death of Darnell Price Sr.\n\nRelatives gathered Tuesday.",
        [("killed", "Darnell Price Sr", None, True)],
    ),
    (
        "Detectives investigate killing of Andre Lewis IV\n\nDetectives said Tuesday.",
        [("killed", "Andre Lewis IV", None, True)],
    ),
    # Near forms: no harm noun over the suffixed name, and a suffix that closes no person's name.
    ("Celebration marks birthday of Martin Luther King Jr.\n\nCrowds gathered Monday.", []),
    ("Shooting of Route III sign investigated\n\nDeputies said Tuesday.", []),
]

#: "charged in shooting death of Marquise Hill III": the parser reads "shooting" as a gerund
#: with "death" its object and hangs the "of" phrase, the victim, on the gerund.
GERUND_HARM_NOUN_OF_PHRASE = [
    (
        "Man charged in shooting death of Marquise Hill III\n\nA man was charged Tuesday.",
        [("killed", "Marquise Hill III", None, True)],
    ),
    (
        "Woman arrested in stabbing death of her boyfriend\n\nPolice said Tuesday.",
        [("detained", "Woman", None, True), ("killed", "her boyfriend", None, True)],
    ),
    (
        "Man held in stabbing death of a Gary teen\n\nPolice said Tuesday.",
        [("killed", "a Gary teen", None, True)],
    ),
    (
        "Suspect sought in shooting death of Keisha Long\n\nPolice said Tuesday.",
        [("killed", "Keisha Long", None, True)],
    ),
    # Near forms: no "of" phrase, and an "of" phrase of a thing.
    ("Man charged in shooting death\n\nA man was charged Tuesday.", []),
    ("Residents are fighting the planned closing of the county hospital.", []),
]

#: "Christian was dead": a lone given name the recognizer takes for a faith, a place or nothing
#: is a person when it stands as the subject or object of the harm. Near forms: a determiner
#: makes the faith a noun of its own, a name word after it a compound, a place stays a place.
LONE_GIVEN_NAME_IS_A_PERSON = [
    (
        "Police said Christian was dead when officers reached the house.",
        [("killed", "Christian", None, True)],
    ),
    (
        "Deputies said Christian was shot twice in the chest.",
        [("injured", "Christian", None, True)],
    ),
    ("Officers arrested Christian at his home on Friday.", [("detained", "Christian", None, True)]),
    (
        "Neighbors said Dominic was stabbed during an argument.",
        [("injured", "Dominic", None, True)],
    ),
    ("Police said a Christian was killed in the attack.", [("killed", "a Christian", None, True)]),
    ("Christian groups were attacked in the city.", []),
    ("Police said Georgia was hit hardest by the storm.", []),
]

#: "One of the injured men, Jamie Clayton, was taken to the detention facility": the phrase
#: refers back to the injured (a part of them) and the clause tells a capture of its own, so
#: both rows stand; the capture's count is the name. Near forms: with no harm word in the
#: phrase, or no phrase at all, the capture is the only row.
CAPTURE_OF_A_PERSON_TOLD_AS_HARMED = [
    (
        "Three men were hurt in the shooting. One of the injured men, Andre Miles, 30, was "
        "released from the hospital and booked into the county jail.",
        [
            ("injured", "Three men", None, True),
            ("injured", "One of the injured men, Andre Miles", "subset_of", False),
            ("detained", "Andre Miles", None, True),
        ],
    ),
    (
        "Two men were wounded in the shooting. One of the wounded men, Darnell Price, 27, was "
        "treated at a hospital and taken to the county jail.",
        [
            ("injured", "Two men", None, True),
            ("injured", "One of the wounded men, Darnell Price", "subset_of", False),
            ("detained", "Darnell Price", None, True),
        ],
    ),
    (
        "Three people were injured in the crash. One of the injured, Maria Lopez, was later "
        "arrested for drunk driving.",
        [
            ("injured", "Three", None, True),
            ("injured", "One of the injured, Maria Lopez", "subset_of", False),
            ("detained", "Maria Lopez", None, True),
        ],
    ),
    (
        "Four men were shot at the party. One of the wounded men, Kevin Hale, was discharged and "
        "booked into the county jail on a weapons charge.",
        [
            ("injured", "Four men", None, True),
            ("injured", "One of the wounded men, Kevin Hale", "subset_of", False),
            ("detained", "Kevin Hale", None, True),
        ],
    ),
    (
        "Two men were wounded in the shooting. One of the men, Darnell Price, 27, was arrested "
        "at the scene.",
        [
            ("injured", "Two men", None, True),
            ("detained", "One of the men, Darnell Price", None, True),
        ],
    ),
    (
        "Two men were wounded in the shooting. Darnell Price, 27, was later arrested.",
        [("injured", "Two men", None, True), ("detained", "Darnell Price", None, True)],
    ),
]

#: "al-Megrahi was sentenced ... He died at his residence Sunday. The bombing resulted in 270
#: fatalities": a person the article tells as held by the state (his pronoun going on from the
#: sentence that names him) is no victim of the harm a later group of dead counts. Near forms:
#: a person told harmed, or not told held, is one of that group.
HELD_PERSON_IS_NO_VICTIM_OF_THE_GROUP = [
    (
        "Marco Diaz was sentenced to 30 years in prison for the market bombing. He died at his "
        "home on Sunday. The bombing killed 41 people.",
        [
            ("detained", "Marco Diaz", None, True),
            ("killed", "He", None, True),
            ("killed", "41", None, True),
        ],
    ),
    (
        "Ana Ruiz was jailed for the arson attack. She was the only person convicted. She died "
        "in her sleep on Monday. The fire killed 12 people.",
        [
            ("detained", "Ana Ruiz", None, True),
            ("killed", "She", None, True),
            ("killed", "12", None, True),
        ],
    ),
    (
        "Karl Boone was convicted of the school shooting and jailed for life. He died in his "
        "cell last week. The shooting killed nine students.",
        [
            ("detained", "Karl Boone", None, True),
            ("killed", "He", None, True),
            ("killed", "nine students", None, True),
        ],
    ),
    (
        "Police arrested Dale Mercer after the shooting. Mercer was later shot dead by a guard. "
        "Three people were killed in the attack.",
        [
            ("detained", "Dale Mercer", None, True),
            ("killed", "Mercer", None, True),
            ("killed", "Three", None, True),
        ],
    ),
    (
        "Marco Diaz was wounded in the market bombing. He died at his home on Sunday. The "
        "bombing killed 41 people.",
        [
            ("injured", "Marco Diaz", None, False),
            ("killed", "He", "subset_of", False),
            ("killed", "41", None, True),
        ],
    ),
    (
        "Ana Ruiz lived near the warehouse. She was a nurse. She died in the fire on Monday. The "
        "fire killed 12 people.",
        [("killed", "She", "subset_of", False), ("killed", "12", None, True)],
    ),
]

TABLES = {
    "HEADLINE_REFERENCE_NOUN_KEEPS_ITS_HARM": HEADLINE_REFERENCE_NOUN_KEEPS_ITS_HARM,
    "STORY_ORDINAL_RESTATES_HEADLINE": STORY_ORDINAL_RESTATES_HEADLINE,
    "HEADLINE_SHOT_PERSON_DIED": HEADLINE_SHOT_PERSON_DIED,
    "NATIONALITY_BEFORE_NAMES": NATIONALITY_BEFORE_NAMES,
    "NAME_WITH_SET_OFF_AGE": NAME_WITH_SET_OFF_AGE,
    "NAME_WITH_THE_AGE_OF_A_DESCRIBED_PERSON": NAME_WITH_THE_AGE_OF_A_DESCRIBED_PERSON,
    "STORY_ANOTHER_RESTATES_HEADLINE": STORY_ANOTHER_RESTATES_HEADLINE,
    "STRUCK_BY_A_VEHICLE": STRUCK_BY_A_VEHICLE,
    "GENERATIONAL_NAME_IN_A_HARM_NOUN": GENERATIONAL_NAME_IN_A_HARM_NOUN,
    "GERUND_HARM_NOUN_OF_PHRASE": GERUND_HARM_NOUN_OF_PHRASE,
    "LONE_GIVEN_NAME_IS_A_PERSON": LONE_GIVEN_NAME_IS_A_PERSON,
    "CAPTURE_OF_A_PERSON_TOLD_AS_HARMED": CAPTURE_OF_A_PERSON_TOLD_AS_HARMED,
    "HELD_PERSON_IS_NO_VICTIM_OF_THE_GROUP": HELD_PERSON_IS_NO_VICTIM_OF_THE_GROUP,
}


test_report_page_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
