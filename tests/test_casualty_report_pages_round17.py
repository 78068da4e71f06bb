"""Casualty mentions of US local gun-violence report pages, round 17 (recall): a person taken
somewhere "where he was pronounced dead" (one killed row on the person, not a wounded one revised
by "he"), a wound a person known dead "had", a custody ruled out in the future ("No arrests will
be made"), "took a bullet to the arm", "survived a gunshot wound", a fronted participle with its
place before "were" ("Also injured in the shooting were three men"), "busted" for arrested, and
a gapped count word ("one person was killed and several wounded") and "the pair" arrested.
Each table holds four or more wordings of one construction and at least two near forms that
keep the old reading."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Mike Smith was taken to Magnolia Regional Medical Center, where he was pronounced dead": the
#: pronoun of a "where" clause on the place the sentence's subject was taken names that subject
#: in the sentence that first tells of him, so the death is his one row (the g12 and g13
#: annotators' rows), not a wounded man revised by "he". A subject told before ("The boy",
#: a name written again) is only carried there, and the pronoun keeps the row (the g1-g5
#: annotators' rows). Near forms: the death told in a sentence of its own, a "where" clause
#: that tells no harm, a definite subject, and a bare "the victim" as subject.
DIED_WHERE_TAKEN = [
    (
        "Mike Smith was taken to Magnolia Regional Medical Center, where he was pronounced dead.",
        [("killed", "Mike Smith", None, True)],
    ),
    (
        "A 19-year-old man, Carlos James, was shot in the chest and was taken to Mount Sinai "
        "Hospital, where he was pronounced dead.",
        [("killed", "A 19-year-old man, Carlos James", None, True)],
    ),
    (
        "A man was shot Sunday and taken to a hospital, where he died.",
        [("killed", "A man", None, True)],
    ),
    (
        "Officers said Derrick Moore, 27, was taken to Merit Health Central, where he was "
        "pronounced dead.",
        [("killed", "Derrick Moore", None, True)],
    ),
    (
        "A woman was driven to Merit Health Central, where she died.",
        [("killed", "A woman", None, True)],
    ),
    (
        "A man was shot Sunday and taken to a hospital. He died there.",
        [("injured", "A man", None, False), ("killed", "He", "update_of", True)],
    ),
    (
        "A man was shot Sunday and taken to a hospital, where doctors treated him.",
        [("injured", "A man", None, True)],
    ),
    (
        "Police said Marcus Taylor was shot on Friday. Taylor was taken to the hospital, where "
        "he died.",
        [("injured", "Marcus Taylor", None, False), ("killed", "he", "update_of", True)],
    ),
    (
        "A boy was shot Sunday. The boy was taken to University Hospital, where he was "
        "pronounced dead.",
        [("injured", "A boy", None, False), ("killed", "he", "update_of", True)],
    ),
    (
        "A man was killed in the shooting. The victim was taken to a hospital, where he was "
        "pronounced dead.",
        [("killed", "A man", None, True), ("killed", "he", "same_as", False)],
    ),
]

#: "... where he was pronounced dead. He had a gunshot wound to his chest": a wound a person
#: already known dead had says how he died (the annotators' ruling: killed, `same_as`), as one
#: he "suffered" already did. Near forms: a wound of a person only wounded, and a new person's.
WOUND_THE_DEAD_HAD = [
    (
        "Mike Smith was taken to Magnolia Regional Medical Center, where he was pronounced dead. "
        "He had a gunshot wound to his chest.",
        [("killed", "Mike Smith", None, True), ("killed", "He", "same_as", False)],
    ),
    (
        "A man was found dead in a car on Sunday. He had a gunshot wound to the head.",
        [("killed", "A man", None, True), ("killed", "He", "same_as", False)],
    ),
    (
        "A woman was shot and killed Friday. She had multiple gunshot wounds.",
        [("killed", "A woman", None, True), ("killed", "She", "same_as", False)],
    ),
    (
        "A teen died at the scene. Police said he had a gunshot wound to the back.",
        [("killed", "A teen", None, True), ("killed", "he", "same_as", False)],
    ),
    (
        "A man was shot Sunday. He had a gunshot wound to the leg.",
        [("injured", "A man", None, True), ("injured", "He", "same_as", False)],
    ),
    (
        "A man was killed Sunday. A second man had a gunshot wound to the arm.",
        [("killed", "A man", None, True), ("injured", "A second man", None, True)],
    ),
]

#: "left one man dead ... A third victim, Cordarell Collins, was also shot ... The 22-year-old did
#: not survive": the death the article had already counted is that person's, so "shot" told how
#: a known death happened (the annotators' ruling: known dead, then shot, is killed, `same_as`
#: the toll like the death). Near forms: a harm of its own ("hurt", "burned") stays the
#: superseded injury, and with no earlier toll the shot is an injury the death revises.
SHOT_WITHIN_AN_EARLIER_TOLL = [
    (
        "A shooting at a motel left one man dead on Sunday. Two women were wounded. A third "
        "victim, Luis Ortega, was also shot in the room. The 31-year-old did not survive.",
        [
            ("killed", "one man", None, True),
            ("injured", "Two women", None, True),
            ("killed", "A third victim, Luis Ortega", "same_as", False),
            ("killed", "The 31-year-old", "same_as", False),
        ],
    ),
    (
        "A shooting outside a bar left one woman dead early Saturday. A man was hurt. A second "
        "victim, Tasha Greene, was also shot near the door. The 27-year-old died at a hospital.",
        [
            ("killed", "one woman", None, True),
            ("injured", "A man", None, True),
            ("killed", "A second victim, Tasha Greene", "same_as", False),
            ("killed", "The 27-year-old", "same_as", False),
        ],
    ),
    (
        "Gunfire at a park left one teen dead on Friday. Two boys were wounded. A third victim, "
        "Jalen Moss, was also hit in the chest. The 17-year-old was pronounced dead at a "
        "hospital.",
        [
            ("killed", "one teen", None, True),
            ("injured", "Two boys", None, True),
            ("killed", "A third victim, Jalen Moss", "same_as", False),
            ("killed", "The 17-year-old", "same_as", False),
        ],
    ),
    (
        "A shooting at a gas station left one man dead on Monday. Two clerks were wounded. A "
        "third victim, Ray Dunn, was also shot in the neck. He died at a hospital.",
        [
            ("killed", "one man", None, True),
            ("injured", "Two clerks", None, True),
            ("killed", "A third victim, Ray Dunn", "same_as", False),
            ("killed", "He", "same_as", False),
        ],
    ),
    # Near forms: a harm of its own, and no toll before the shot.
    (
        "A shooting at a motel left one man dead on Sunday. Two women were wounded. A third "
        "victim, Luis Ortega, was also hurt in the room. The 31-year-old did not survive.",
        [
            ("killed", "one man", None, True),
            ("injured", "Two women", None, True),
            ("injured", "A third victim, Luis Ortega", None, False),
            ("killed", "The 31-year-old", "same_as", False),
        ],
    ),
    (
        "A fire at a house left one man dead on Sunday. Two women were hurt. A third victim, "
        "Luis Ortega, was also burned in the room. The 31-year-old did not survive.",
        [
            ("killed", "one man", None, True),
            ("injured", "Two women", None, True),
            ("injured", "A third victim, Luis Ortega", None, False),
            ("killed", "The 31-year-old", "same_as", False),
        ],
    ),
    (
        "A shooting at a motel on Sunday wounded two women. A man, Luis Ortega, was also shot in "
        "the room. The 31-year-old did not survive.",
        [
            ("injured", "two women", None, True),
            ("injured", "A man, Luis Ortega", None, False),
            ("killed", "The 31-year-old", "update_of", True),
        ],
    ),
]

#: "No arrests will be made": police telling that nobody will be held is a decision already
#: taken, so the plain future states a custody of none (detained 0, negated, counted), as "No
#: arrests were made" does. Near forms: a possibility ("could"), a future with no "no", and a
#: denied injury, which stays no row.
NO_ARRESTS_WILL_BE_MADE = [
    (
        "A man was shot Sunday. No arrests will be made and no names will be released, "
        "according to Morgan.",
        [("injured", "A man", None, True), ("detained", "No arrests", None, True)],
    ),
    (
        "A man was shot Sunday. The sheriff said no arrests will be made because the shooting "
        "was accidental.",
        [("injured", "A man", None, True), ("detained", "no arrests", None, True)],
    ),
    (
        "A man was shot Sunday. No one will be arrested, the prosecutor said.",
        [("injured", "A man", None, True), ("detained", "No one", None, True)],
    ),
    (
        "A man was shot Sunday. No arrests will be made in the case, Capt. Lee said.",
        [("injured", "A man", None, True), ("detained", "No arrests", None, True)],
    ),
    (
        "A man was shot Sunday. No arrests could be made until the suspect is identified.",
        [("injured", "A man", None, True)],
    ),
    (
        "A man was shot Sunday. Police said arrests will be made soon.",
        [("injured", "A man", None, True)],
    ),
    ("A man was shot Sunday. No injuries will be reported.", [("injured", "A man", None, True)]),
]

#: "a 39-year-old man took a bullet to the arm": a bullet taken to a part of the body is a
#: wound of the subject. Near forms: a bullet taken for someone under a modal, and one taken out
#: of a magazine (no body part).
TOOK_A_BULLET = [
    (
        "A 28-year-old woman was shot in the leg and a 39-year-old man took a bullet to the "
        "arm, cops said.",
        [
            ("injured", "A 28-year-old woman", None, True),
            ("injured", "a 39-year-old man", None, True),
        ],
    ),
    (
        "A security guard took a bullet in the shoulder during the robbery.",
        [("injured", "A security guard", None, True)],
    ),
    (
        "The teen took a bullet to the hip while walking home, police said.",
        [("injured", "The teen", None, True)],
    ),
    (
        "Her cousin took a bullet in the back as he ran, family members said.",
        [("injured", "Her cousin", None, True)],
    ),
    ('"I would take a bullet for my kids," she said.', []),
    ("He took a bullet out of the magazine and showed it to detectives.", []),
]

#: "His 19-year-old sister survived a gunshot wound in the leg": surviving a wound states the
#: wound, as suffering one does. Near forms: surviving an event (no wound named) and a denied
#: survival, which stays a death.
SURVIVED_A_WOUND = [
    (
        "His 19-year-old sister survived a gunshot wound in the leg, White said.",
        [("injured", "His 19-year-old sister", None, True)],
    ),
    (
        "A 45-year-old man survived gunshot wounds to the chest and abdomen.",
        [("injured", "A 45-year-old man", None, True)],
    ),
    (
        "The clerk survived his injuries and was released on Monday.",
        [("injured", "The clerk", None, True)],
    ),
    (
        "The toddler survived a gunshot wound to the head, doctors said.",
        [("injured", "The toddler", None, True)],
    ),
    (
        "The toddler did not survive his injuries, doctors said.",
        [("killed", "The toddler", None, True)],
    ),
    ("The family survived the shooting unharmed.", []),
    ("She survived the crash.", []),
]

#: "Also injured in the shooting were three men": a fronted participle with its own place or
#: time phrase before "were" tells the harm of the people after it, as "Also injured were" does.
#: Near forms: a fronted participle with no people after "was" and one set off by a comma
#: before its subject, read already.
FRONTED_PARTICIPLE_WITH_ITS_PLACE = [
    (
        "A man was killed Sunday. Also injured in the shooting were three men, ages 19, 21 and "
        "22, who were shot in the hand.",
        [("killed", "A man", None, True), ("injured", "three men", None, True)],
    ),
    ("Killed in the crash were two teenagers.", [("killed", "two teenagers", None, True)]),
    (
        "Also wounded in the attack on Friday were a 15-year-old girl and her mother.",
        [("injured", "a 15-year-old girl", None, True), ("injured", "her mother", None, True)],
    ),
    (
        "Arrested at the scene was a 23-year-old man from Flint.",
        [("detained", "a 23-year-old man", None, True)],
    ),
    ("Killed in the crash was reported by police on Monday.", []),
    (
        "Injured in the fall, the climber waited for rescuers.",
        [("injured", "the climber", None, True)],
    ),
]

#: "Phipps was busted about six hours later": "bust" of a person is an arrest (a person-only
#: verb, so a ring or a pipe busted is no one held).
BUSTED = [
    (
        "Police busted two men in connection with the shooting on Friday.",
        [("detained", "two men", None, True)],
    ),
    (
        "The 19-year-old was busted by deputies at a relative's home in Dothan.",
        [("detained", "The 19-year-old", None, True)],
    ),
    (
        "Officers busted the suspect, Darnell Reed, 22, outside a gas station.",
        [("detained", "the suspect, Darnell Reed", None, True)],
    ),
    (
        "A man was shot Sunday. A 20-year-old man was busted hours later at a motel.",
        [("injured", "A man", None, True), ("detained", "A 20-year-old man", None, True)],
    ),
    ("Detectives busted a drug ring operating out of the home.", []),
    ("The pipe busted during the freeze and flooded the basement.", []),
]

#: "one person was killed and several wounded by gunfire": in a gapped second clause the parser
#: joins a lone count word to the first verb and hangs the participle on it; the count is the
#: participle's people, as "five" of "and five wounded" already was. Near forms: a numeral,
#: read already, and a count noun of things ("several houses damaged").
GAPPED_COUNT_WORD = [
    (
        "One person was killed and several wounded by gunfire at a festival last October.",
        [("killed", "One person", None, True), ("injured", "several wounded", None, True)],
    ),
    (
        "Two people were killed and several injured in the attack.",
        [("killed", "Two", None, True), ("injured", "several injured", None, True)],
    ),
    (
        "Three people died and many injured when the roof fell.",
        [("killed", "Three", None, True), ("injured", "many injured", None, True)],
    ),
    (
        "A teenager was killed and several hurt when a gunman fired into the crowd.",
        [("killed", "A teenager", None, True), ("injured", "several hurt", None, True)],
    ),
    (
        "A man was killed and 12 wounded in the shooting.",
        [("killed", "A man", None, True), ("injured", "12 wounded", None, True)],
    ),
    ("One man was killed and several houses damaged.", [("killed", "One man", None, True)]),
]

#: "Los Banos police arrested the pair in the shooting death": a definite noun of a set number
#: of people ("the pair", "the trio") counts them exactly, as "the two men" does. Near forms: a
#: "pair of" things, with "a" or "the", and a bare "pair".
COUPLE_NOUN = [
    (
        "Two men robbed a store Saturday. Police later arrested the pair.",
        [("detained", "the pair", None, True)],
    ),
    (
        "Two men robbed a store Saturday. The pair was arrested Sunday.",
        [("detained", "The pair", None, True)],
    ),
    (
        "Three teens opened fire on the house. Deputies arrested the trio on Friday.",
        [("detained", "the trio", None, True)],
    ),
    ("The duo was arrested at a motel in Tulsa.", [("detained", "The duo", None, True)]),
    ("Police found a pair of gloves at the scene.", []),
    ("Police seized the pair of rifles found in the trunk.", []),
    ("Deputies say the suspects worked as a pair.", []),
]

TABLES = {
    "couple noun": COUPLE_NOUN,
    "gapped count word": GAPPED_COUNT_WORD,
    "died where taken": DIED_WHERE_TAKEN,
    "wound the dead had": WOUND_THE_DEAD_HAD,
    "shot within an earlier toll": SHOT_WITHIN_AN_EARLIER_TOLL,
    "no arrests will be made": NO_ARRESTS_WILL_BE_MADE,
    "took a bullet": TOOK_A_BULLET,
    "survived a wound": SURVIVED_A_WOUND,
    "fronted participle with its place": FRONTED_PARTICIPLE_WITH_ITS_PLACE,
    "busted": BUSTED,
}


test_report_page_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)


#: Whole report pages in the register of the held-out batches (TV-station and city-paper
#: shootings with police quotes), with their article totals.
ARTICLE_TOTALS = [
    (
        "JACKSON, Miss. (WLBT) - One man is dead after a shooting on "
        "Highway 80 early Saturday, police said. Officers said Derrick Moore, 27, was taken to "
        "Merit Health Central, where he was pronounced dead. He had a gunshot wound to the "
        'chest. A second man took a bullet to the leg and is expected to recover. "We believe '
        'this was a targeted attack," Sgt. Roy Hill said. No arrests will be made until '
        "detectives finish interviewing witnesses, Hill added.",
        {"killed": 1, "injured": 1, "detained": 0},
    ),
    (
        "MOBILE, Ala. (WKRG) - A 19-year-old woman was shot and taken to University Hospital, "
        "where she died Sunday morning, according to Mobile police. Also injured in the "
        "shooting were two men, ages 22 and 24, who were treated and released. Police said a "
        "20-year-old man was busted hours later at a motel on Government Boulevard. \"He didn't "
        'get far," Cpl. Ana Ruiz said.',
        {"killed": 1, "injured": 2, "detained": 1},
    ),
    (
        "GARY, Ind. - Police said a 16-year-old boy survived a gunshot wound to the abdomen "
        "after someone opened fire on a group of teens outside a corner store Friday night. A "
        "15-year-old girl was rushed to Methodist Hospital, where she died. Also wounded in the"
        " attack was a 17-year-old boy. No arrests have been made.",
        {"killed": 1, "injured": 2, "detained": 0},
    ),
    (
        "ST. LOUIS (KSDK) - Two people were shot in north St. Louis on Tuesday night. Police "
        "said a man in his 30s was driven to Barnes-Jewish Hospital, where he was pronounced "
        "dead. A woman survived gunshot wounds to her arms and is in stable condition. The "
        "sheriff said no arrests will be made because the shooting appears to have been "
        'self-defense. "The homeowner fired after the man forced his way in," the sheriff said.',
        {"killed": 1, "injured": 1, "detained": 0},
    ),
    (
        "BIRMINGHAM, Ala. - A man was killed and a teenager wounded in a shooting in Ensley on "
        "Monday. Birmingham police said the man, identified as 41-year-old Curtis Lane, was "
        "found in the street and taken to UAB Hospital, where he later died. The teen, 14, "
        "took a bullet in the shoulder. A 30-year-old suspect was arrested at the scene.",
        {"killed": 1, "injured": 1, "detained": 1},
    ),
]


test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)
