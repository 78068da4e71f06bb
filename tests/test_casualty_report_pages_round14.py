"""Casualty rows of local-news report pages, fourteenth round: a surname or full name the entity
recognizer does not call a person, in the harmed place of a verb that harms only people ("fatally
striking Mardis and injuring Few", "Spruill has been arrested"); "one of" a counted harmed group
after a copula ("Jaylen Brooks was one of the five people shot": the subject is part of the
group); a "suffering from" participle the parser hangs on the place just before it ("found a
teenager in a car suffering from gunshot wounds"); a bare singular person after a harm noun's
"of" ("shooting death of teen girl"); "the" with a figure told before, in another town or on
another day; a death's own noun told again ("a cousin ... his cousin"), which leaves the death
open to the person found dying after it; a part of a restated toll that begins a breakdown.
Each table holds four or more wordings of one construction and at least two near forms that keep
the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "striking Mardis", "Spruill has been arrested": only people are shot, killed, wounded or
#: arrested, so a bare title-case name there is one person whatever label the recognizer gave
#: it; "strike" and "hit" also take places and groups, so a labelled name needs the article to
#: name that person elsewhere.
UNRECOGNISED_NAME_IN_THE_HARMED_PLACE = [
    (
        "A gunman opened fire on the porch, fatally striking Mardis and injuring Few.",
        [("killed", "Mardis", None, True), ("injured", "Few", None, True)],
    ),
    (
        "Spruill has been arrested and charged with child endangerment.",
        [("detained", "Spruill", None, True)],
    ),
    (
        "Witnesses said the driver shot Kaden Myles twice before fleeing.",
        [("injured", "Kaden Myles", None, True)],
    ),
    (
        "Deputies apprehended Okafor at a motel in Pineville on Tuesday.",
        [("detained", "Okafor", None, True)],
    ),
    (
        "Police said Dorsey wounded Tillman during an argument outside the bar.",
        [("injured", "Tillman", None, True)],
    ),
    (
        "Mother charged in fatal shooting of toddler. Police said 3-year-old Kaden Myles was "
        "killed Sunday. His brother fired the gun, striking Kaden in the chest.",
        [
            ("killed", "toddler", None, True),
            ("killed", "3-year-old Kaden Myles", "same_as", False),
            ("killed", "Kaden", "same_as", False),
        ],
    ),
    # Near forms: "strike" and "hit" on a group or a place the recognizer labelled stay no row.
    ("The strike hit Hezbollah on Tuesday, the army said.", []),
    ("Shelling hit Kramatorsk overnight, officials said.", []),
    ("Jets struck Hamas in Rafah on Monday.", []),
]

#: "X was one of the five people shot": "one of" a counted group after a copula says what
#: "among" says, so X is part of the group and the group counts; the tagger may read the
#: participle as a past tense there.
COPULAR_ONE_OF_A_HARMED_GROUP = [
    (
        "Jaylen Brooks, 16, was one of the five people shot at the party.",
        [("injured", "Jaylen Brooks", "subset_of", False), ("injured", "the five", None, True)],
    ),
    (
        "Her daughter Daisy was one of the seven people shot during a Christmas party.",
        [
            ("injured", "Her daughter Daisy", "subset_of", False),
            ("injured", "the seven", None, True),
        ],
    ),
    (
        "The girl was one of three people wounded in the drive-by, police said.",
        [("injured", "The girl", "subset_of", False), ("injured", "three", None, True)],
    ),
    (
        "He was one of 12 people arrested after the brawl.",
        [("detained", "He", "subset_of", False), ("detained", "12", None, True)],
    ),
    (
        "Marcus Hill was one of four men killed in the crash on Route 9.",
        [("killed", "Marcus Hill", "subset_of", False), ("killed", "four men", None, True)],
    ),
    # Near forms: "one of" as the subject, a place, and "one of" people who harmed someone.
    ("One of the five people shot was a child.", [("injured", "the five", None, True)]),
    ("The city was one of five towns hit by the storm.", []),
    (
        "She was one of the officers who arrested the man.",
        [("detained", "the man", None, True)],
    ),
]

#: "found a teenager in a car suffering from gunshot wounds": the parser hangs the participle
#: on the place before it (or makes it the place's object); the person the place phrase hangs
#: on is the one who suffers.
SUFFERING_AFTER_A_PLACE_PHRASE = [
    (
        "Police found a 17-year-old teenager in a car suffering from multiple gunshot wounds.",
        [("injured", "a 17-year-old teenager", None, True)],
    ),
    (
        "Deputies found a man on the porch suffering from a gunshot wound to the leg.",
        [("injured", "a man", None, True)],
    ),
    (
        "Officers located a 24-year-old man near the park suffering from a gunshot wound.",
        [("injured", "a 24-year-old man", None, True)],
    ),
    (
        "A baby-sitter found the boy in the bedroom suffering from a gunshot wound.",
        [("injured", "the boy", None, True)],
    ),
    (
        "Troopers found a driver on the shoulder suffering from a gunshot wound.",
        [("injured", "a driver", None, True)],
    ),
    (
        "Officers found a woman inside the apartment suffering from stab wounds.",
        [("injured", "a woman", None, True)],
    ),
    # Near forms: the participle right on the person, a harmless state, a thing in a place.
    ("A man was found suffering from gunshot wounds.", [("injured", "A man", None, True)]),
    ("Crews found the town on the coast suffering from flooding.", []),
    ("Residents in the town suffering from the heat were told to stay inside.", []),
    ("Officers found a car in the lot riddled with bullets.", []),
]

#: "shooting death of teen girl", "in teen's death": headlines and hurried copy drop the "a"
#: before the one person a harm noun's "of" phrase or possessor names.
BARE_PERSON_IN_A_HARM_NOUN_OF_PHRASE = [
    (
        "Teen boy charged with shooting death of teen girl in Atlanta",
        [("killed", "teen girl", None, True)],
    ),
    ("Mother charged in fatal shooting of toddler", [("killed", "toddler", None, True)]),
    (
        "Man arrested in shooting death of grandmother",
        [("detained", "Man", None, True), ("killed", "grandmother", None, True)],
    ),
    ("Couple charged in stabbing death of neighbor", [("killed", "neighbor", None, True)]),
    (
        "The trial of a man charged in the 2014 fatal shooting of Larose teenager is to begin "
        "Tuesday.",
        [("killed", "Larose teenager", None, True)],
    ),
    (
        "Man to be tried for manslaughter in teen's death",
        [("killed", "teen", None, True)],
    ),
    ("Charges filed in toddler's shooting death", [("killed", "toddler", None, True)]),
    # Near forms: a plural stays a vague group, a determiner reads as before, an animal is no
    # one, and a definite possessor refers back.
    ("Police said the woman's death was an accident.", []),
    (
        "Police investigate deaths of children at the daycare",
        [("killed", "children", None, True)],
    ),
    (
        "The shooting of a man on Elm Street is under investigation.",
        [("injured", "a man", None, True)],
    ),
    ("Charges dropped in death of dog", []),
]

#: "Seven people were wounded in Rockingham County Saturday ... the seven people shot during a
#: Christmas party in Madison": "the" with the very figure told before points back to its
#: people, whatever town or day the writer now names.
DEFINITE_FIGURE_TOLD_AGAIN_ELSEWHERE = [
    (
        "Seven people were wounded at a private party in Rockingham County Saturday. The seven "
        "people shot during a Christmas party at the Moose Lodge in Madison were taken to "
        "hospitals.",
        [("injured", "Seven", None, True), ("injured", "The seven", "same_as", False)],
    ),
    (
        "Four people were wounded in a shooting in Akron on Friday. Police said the four people "
        "shot outside a bar in Cuyahoga Falls were expected to survive.",
        [("injured", "Four", None, True), ("injured", "the four", "same_as", False)],
    ),
    (
        "Three people were shot Friday in Gary. The three victims shot at the park were treated "
        "at a hospital.",
        [("injured", "Three", None, True), ("injured", "The three victims", "same_as", False)],
    ),
    (
        "Five people were arrested Tuesday in Camden. Police said the five suspects arrested in "
        "a raid in Trenton face drug charges.",
        [("detained", "Five", None, True), ("detained", "the five suspects", "same_as", False)],
    ),
    # Near forms: without "the" another town and day tell another incident.
    (
        "Two men were killed Sunday in Toledo. Two men were killed on Monday in Detroit.",
        [("killed", "Two men", None, True), ("killed", "Two men", None, True)],
    ),
    (
        "Three people were killed in Dallas on Friday. On Saturday, three people were killed in "
        "Houston.",
        [("killed", "Three", None, True), ("killed", "three", None, True)],
    ),
]

#: "fatal shooting of a cousin ... in the death of his cousin ... found a 29-year-old man
#: suffering from gunshot wounds. He was pronounced dead": the death's own noun told again names
#: nobody new, so the person who dies later is still that death, not one more.
ONE_DEATH_RESTATED_BY_ITS_NOUN = [
    (
        "Man arrested in fatal shooting of a cousin. Deputies arrested Kendrick Sill, 31, in the "
        "death of his cousin. Deputies found a 29-year-old man on the porch suffering from "
        "multiple gunshot wounds. He was pronounced dead at the scene.",
        [
            ("detained", "Man", None, True),
            ("killed", "a cousin", None, True),
            ("detained", "Kendrick Sill", "same_as", False),
            ("killed", "his cousin", "same_as", False),
            ("injured", "a 29-year-old man", None, False),
            ("killed", "He", "same_as", False),
        ],
    ),
    (
        "Man arrested in fatal shooting of cousin. GREENVILLE, S.C. (WYFF) — Deputies have "
        "arrested Kendrick Sill, 31, in the death of his cousin. Deputies found a 29-year-old "
        "man on the porch suffering from multiple gunshot wounds late Friday. He was pronounced "
        "dead at the scene.",
        [
            ("detained", "Man", None, True),
            ("killed", "cousin", None, True),
            ("detained", "Kendrick Sill", "same_as", False),
            ("killed", "his cousin", "same_as", False),
            ("injured", "a 29-year-old man", None, False),
            ("killed", "He", "same_as", False),
        ],
    ),
    (
        "Woman charged in stabbing death of a neighbor. Police arrested Tonya Reed, 44, in the "
        "death of her neighbor. Officers found a 61-year-old man in his kitchen suffering from "
        "stab wounds. He died at the hospital.",
        [
            ("killed", "a neighbor", None, True),
            ("detained", "Tonya Reed", None, True),
            ("killed", "her neighbor", "same_as", False),
            ("injured", "a 61-year-old man", None, False),
            ("killed", "He", "same_as", False),
        ],
    ),
    (
        "Teen held in fatal shooting of a classmate. Police detained a 16-year-old in the killing "
        "of his classmate. Officers found a 15-year-old boy with a gunshot wound. He was "
        "pronounced dead at the hospital.",
        [
            ("killed", "a classmate", None, True),
            ("detained", "a 16-year-old", None, True),
            ("killed", "his classmate", "same_as", False),
            ("injured", "a 15-year-old boy", None, False),
            ("killed", "He", "same_as", False),
        ],
    ),
    # Near forms: "a second man" is someone new; a death told once keeps its later victim.
    (
        "Man charged in fatal shooting of a cousin. Deputies arrested Kendrick Sill in the death "
        "of his cousin. A second man was found suffering from a gunshot wound. He died at a "
        "hospital.",
        [
            ("killed", "a cousin", None, True),
            ("detained", "Kendrick Sill", None, True),
            ("killed", "his cousin", "same_as", False),
            ("injured", "A second man", None, False),
            ("killed", "He", "update_of", True),
        ],
    ),
    (
        "A man was killed in a shooting Friday. The victim, Marcus Hill, was 31. Later, a "
        "20-year-old man was found suffering from a gunshot wound. He died at a hospital.",
        [
            ("killed", "A man", None, True),
            ("injured", "a 20-year-old man", "same_as", False),
            ("killed", "He", "same_as", False),
        ],
    ),
]

#: "Five people were shot ... X was one of the five people wounded ... hitting X and four
#: others": a part told with a restatement of the toll ("the five") is a share of the toll, so
#: the later "others" complete the breakdown instead of adding people.
PART_OF_A_RESTATED_TOLL_BEGINS_A_BREAKDOWN = [
    (
        "Five people were shot early Sunday outside a nightclub. Kiara Pugh, 24, was one of the "
        "five people wounded, her sister said. Police said a man fired into a crowd, hitting "
        "Pugh and four others.",
        [
            ("injured", "Five", None, True),
            ("injured", "Kiara Pugh", "subset_of", False),
            ("injured", "the five", "same_as", False),
            ("injured", "Pugh", "same_as", False),
            ("injured", "four others", "subset_of", False),
        ],
    ),
    (
        "Five people were shot early Sunday outside a nightclub. Kiara Pugh, 24, was among the "
        "five people wounded, her sister said. Police said a man fired into a crowd, hitting "
        "Pugh and four others.",
        [
            ("injured", "Five", None, True),
            ("injured", "Kiara Pugh", "subset_of", False),
            ("injured", "the five", "same_as", False),
            ("injured", "Pugh", "same_as", False),
            ("injured", "four others", "subset_of", False),
        ],
    ),
    (
        "Three people were stabbed Saturday at a bus stop. Maria Lopez was one of the three "
        "people injured. Police said the attacker slashed Lopez and two others.",
        [
            ("injured", "Three", None, True),
            ("injured", "Maria Lopez", "subset_of", False),
            ("injured", "the three", "same_as", False),
            ("injured", "Lopez", "same_as", False),
            ("injured", "two others", "subset_of", False),
        ],
    ),
    (
        "Six people were wounded in a shooting at a park on Friday. Dante Ruiz, 19, was one of "
        "the six people shot, police said. Witnesses said a gunman opened fire, striking Ruiz "
        "and five others.",
        [
            ("injured", "Six", None, True),
            ("injured", "Dante Ruiz", "subset_of", False),
            ("injured", "the six", "same_as", False),
            ("injured", "Ruiz", "same_as", False),
            ("injured", "five others", "subset_of", False),
        ],
    ),
    # Near forms: a part told without a restatement (as before), and others that do not fill
    # the toll are people besides it.
    (
        "Five people were shot early Sunday outside a nightclub. Kiara Pugh, 24, was wounded, her "
        "sister said. Police said a man fired into a crowd, hitting Pugh and four others.",
        [
            ("injured", "Five", None, True),
            ("injured", "Kiara Pugh", "subset_of", False),
            ("injured", "Pugh", "same_as", False),
            ("injured", "four others", "subset_of", False),
        ],
    ),
    (
        "Five people were shot Sunday. Kiara Pugh was one of the five people wounded. Police said "
        "three others were also hurt in a second shooting.",
        [
            ("injured", "Five", None, True),
            ("injured", "Kiara Pugh", "subset_of", False),
            ("injured", "the five", "same_as", False),
            ("injured", "three others", None, True),
        ],
    ),
]

TABLES = {
    "UNRECOGNISED_NAME_IN_THE_HARMED_PLACE": UNRECOGNISED_NAME_IN_THE_HARMED_PLACE,
    "COPULAR_ONE_OF_A_HARMED_GROUP": COPULAR_ONE_OF_A_HARMED_GROUP,
    "SUFFERING_AFTER_A_PLACE_PHRASE": SUFFERING_AFTER_A_PLACE_PHRASE,
    "BARE_PERSON_IN_A_HARM_NOUN_OF_PHRASE": BARE_PERSON_IN_A_HARM_NOUN_OF_PHRASE,
    "DEFINITE_FIGURE_TOLD_AGAIN_ELSEWHERE": DEFINITE_FIGURE_TOLD_AGAIN_ELSEWHERE,
    "ONE_DEATH_RESTATED_BY_ITS_NOUN": ONE_DEATH_RESTATED_BY_ITS_NOUN,
    "PART_OF_A_RESTATED_TOLL_BEGINS_A_BREAKDOWN": PART_OF_A_RESTATED_TOLL_BEGINS_A_BREAKDOWN,
}


test_report_page_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
