"""Casualty relations, types and totals of US crime reports (round 7), each construction
generalised: four or more wordings of one construction and at least two near forms that keep
the old reading. The wordings are our own."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import is_non_person_noun
from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "A man was killed ... Hayes was shot in the chest": a shooting verb that gives no outcome,
#: said of a person already told dead, tells how that death happened: the same killed person,
#: not an injury besides it. Near forms: a shot person who dies later revises the injury, and
#: someone else shot beside the dead stays injured.
SHOT_SAID_OF_THE_KNOWN_DEAD = [
    (
        "A man was killed in a shooting on Elm Street on Tuesday night. Darnell Hayes, 31, was "
        "shot several times in the chest.",
        [("killed", "A man", None, True), ("killed", "Darnell Hayes", "same_as", False)],
    ),
    (
        "A woman died after a shooting outside a bar in Dayton. Police said Karen Lowe was shot "
        "in the neck as she left.",
        [("killed", "A woman", None, True), ("killed", "Karen Lowe", "same_as", False)],
    ),
    (
        "A 19-year-old was fatally shot on Friday in Gary. An autopsy found he was shot twice in "
        "the back.",
        [("killed", "A 19-year-old", None, True), ("killed", "he", "same_as", False)],
    ),
    (
        "A clerk was killed during a robbery at a gas station on Monday. Detectives said Omar "
        "Reyes was shot in the stomach.",
        [("killed", "A clerk", None, True), ("killed", "Omar Reyes", "same_as", False)],
    ),
    (
        "A teenager was found dead in a park on Saturday. The coroner said Jalen Brooks had been "
        "stabbed in the chest.",
        [("killed", "A teenager", None, True), ("killed", "Jalen Brooks", "same_as", False)],
    ),
    # Near forms: shot first and dead later; another person shot beside the dead.
    (
        "A man was shot on Sunday in Akron. Darnell Hayes was later pronounced dead at a hospital.",
        [("injured", "A man", None, False), ("killed", "Darnell Hayes", "update_of", True)],
    ),
    (
        "A man was killed on Elm Street on Tuesday. His brother was also shot in the arm.",
        [("killed", "A man", None, True), ("injured", "His brother", None, True)],
    ),
    (
        "A woman was killed and her sister was shot in the leg on Friday.",
        [("killed", "A woman", None, True), ("injured", "her sister", None, True)],
    ),
]

#: "fired at the car, fatally striking the driver": "fatally" or "mortally" on a verb of
#: hitting or wounding gives a death, as it does on "shot". Near forms: the same verbs
#: without the adverb stay injuries.
FATAL_ADVERB_ON_A_HITTING_VERB = [
    (
        "Deputies fired at the car, fatally striking the driver.",
        [("killed", "the driver", None, True)],
    ),
    (
        "The gunman opened fire on the porch, fatally striking a 40-year-old man.",
        [("killed", "a 40-year-old man", None, True)],
    ),
    (
        "Officers returned fire, mortally wounding the suspect.",
        [("killed", "the suspect", None, True)],
    ),
    (
        "A trooper fired twice, fatally hitting the man in the chest.",
        [("killed", "the man", None, True)],
    ),
    # Near forms: no adverb of death.
    (
        "A gunman opened fire in the lobby, striking a security guard in the leg.",
        [("injured", "a security guard", None, True)],
    ),
    (
        "Police fired at the truck, striking the driver in the shoulder.",
        [("injured", "the driver", None, True)],
    ),
]

#: "Police said the boy shot himself in the hand": the reflexive only points back to the
#: subject of its own verb, the words that tell who was harmed. Near forms: a reflexive whose
#: verb borrows its subject from a clause of other victims is the killer beside them.
SUBJECT_WHO_HARMED_HIMSELF = [
    (
        "Police said a 9-year-old boy accidentally shot himself in the hand on Sunday.",
        [("injured", "a 9-year-old boy", None, True)],
    ),
    (
        "A man was hospitalized after he shot himself in the leg while cleaning a rifle, "
        "deputies said.",
        [("injured", "A man", None, True), ("injured", "he", "same_as", False)],
    ),
    (
        "Deputies said the teenager shot herself in the foot with her father's handgun.",
        [("injured", "the teenager", None, True)],
    ),
    (
        "A hunter wounded himself with his own shotgun on Saturday, game wardens said.",
        [("injured", "A hunter", None, True)],
    ),
    # Near forms: the killer who turned the gun on himself after others.
    (
        "A father killed his two children and then killed himself, police said.",
        [("killed", "his two children", None, True), ("killed", "himself", None, True)],
    ),
    (
        "A man shot dead two neighbours before killing himself, police said.",
        [("killed", "two neighbours", None, True), ("killed", "himself", None, True)],
    ),
]

#: "Ortega became the third person taken into custody": a ranked noun said of a subject only
#: numbers that subject among the people taken; the subject is the row, and its rank still
#: tells whether it is one of a group told before. Near forms: a ranked noun that is itself
#: the subject stays the row.
SUBJECT_OF_A_RANKED_NOUN = [
    (
        "Officers detained two men after the robbery. Luis Ortega became the third person "
        "taken into custody in the case on Monday.",
        [("detained", "two men", None, True), ("detained", "Luis Ortega", None, True)],
    ),
    (
        "Marcus Lee was the second person arrested in the robbery, police said.",
        [("detained", "Marcus Lee", None, True)],
    ),
    (
        "One of the suspects in a deadly shooting was arrested on Friday. Tremaine Hill, a "
        "24-year-old from Tyler, was the fourth suspect arrested in connection with the "
        "shootout.",
        [
            ("detained", "One of the suspects", None, True),
            ("detained", "Tremaine Hill", "same_as", False),
        ],
    ),
    (
        "Two people were killed on Saturday. Maria Lopez was the third person killed in the "
        "city this week.",
        [("killed", "Two", None, True), ("killed", "Maria Lopez", None, True)],
    ),
    (
        "Five people were arrested after the brawl. Derek Shaw was the fourth person arrested, "
        "police said.",
        [("detained", "Five", None, True), ("detained", "Derek Shaw", "subset_of", False)],
    ),
    # Near forms: the ranked noun is the subject.
    (
        "Officers detained two men after the robbery. A third man was taken into custody on "
        "Monday.",
        [("detained", "two men", None, True), ("detained", "A third man", None, True)],
    ),
    (
        "Police arrested three men on Friday. The second man arrested was later released.",
        [("detained", "three men", None, True), ("detained", "The second man", "subset_of", False)],
    ),
]

#: "A girl was killed and a boy was wounded when they were shot at": a plural pronoun of a
#: shooting or of care in the sentence that already tells its people's harm, or a pronoun of
#: a relative clause of that telling, names them again: no row. Near forms: a pronoun that
#: revises a harm, one of a harm of its own, and one in a later sentence stay.
PRONOUN_OF_ITS_OWN_SENTENCE = [
    (
        "A 15-year-old girl was killed and a 16-year-old boy was wounded when they were shot at "
        "outside a store.",
        [
            ("killed", "A 15-year-old girl", None, True),
            ("injured", "a 16-year-old boy", None, True),
        ],
    ),
    (
        "A woman and her son were taken to a hospital after her boyfriend shot them, police said.",
        [("injured", "A woman", None, True), ("injured", "her son", None, True)],
    ),
    (
        "A man was critically wounded and another man was killed after someone shot them in an "
        "alley, police said.",
        [("injured", "A man", None, True), ("killed", "another man", None, True)],
    ),
    (
        "A clerk was killed and a customer was injured when a robber shot them inside the store.",
        [("killed", "A clerk", None, True), ("injured", "a customer", None, True)],
    ),
    # Their care, and a relative clause of the telling, name them again too.
    (
        "Rescuers pulled nine people alive from the rubble and took them to a hospital.",
        [("trapped", "nine", None, True)],
    ),
    (
        "Deputies arrested the 17-year-old gunman in a stairwell, where he had surrendered to a "
        "deputy.",
        [("detained", "the 17-year-old gunman", None, True)],
    ),
    # Near forms: a revision, a harm of its own, a singular pronoun outside a relative
    # clause, and a pronoun of a later sentence.
    (
        "A man was shot in the leg on Sunday and he later died at a hospital.",
        [("injured", "A man", None, False), ("killed", "he", "update_of", True)],
    ),
    (
        "Two men were wounded on Sunday. Police said they were shot in the legs.",
        [("injured", "Two men", None, True), ("injured", "they", "same_as", False)],
    ),
    (
        "Gunmen stormed the village, abducted 20 people and shot them.",
        [("abducted", "20", None, True), ("injured", "them", None, True)],
    ),
    (
        "Two men died on Sunday, a day after they were wounded in a shooting.",
        [("killed", "Two men", None, True), ("injured", "they", "same_as", False)],
    ),
    (
        "A journalist was in critical condition after a bullet hit him in the neck.",
        [("injured", "A journalist", None, True), ("injured", "him", "same_as", False)],
    ),
]

#: "A man was killed and six were injured ... police found six people had been shot": a
#: shooting figure equal to the injury figure of its incident told before it counts the
#: wounded again, not the dead and the wounded together. Near forms: a shooting figure that
#: is the sum of both stays the whole group; one told first stays the whole group too.
SHOT_FIGURE_REPEATS_THE_INJURED = [
    (
        "A man was killed outside a nightclub early Sunday. At least six people were injured, "
        "none of them seriously. Officers arrived and found that six people had been shot in a "
        "crowd of about 200 patrons.",
        [
            ("killed", "A man", None, True),
            ("injured", "At least six", None, True),
            ("injured", "six", "same_as", False),
        ],
    ),
    (
        "A woman was killed in a shooting at a party on Saturday. Four other people were "
        "wounded. Police said four people had been shot near the pool.",
        [
            ("killed", "A woman", None, True),
            ("injured", "Four other", None, True),
            ("injured", "four", "same_as", False),
        ],
    ),
    (
        "One man died and three people were hurt in a shooting on Friday. Witnesses said the "
        "gunman shot three people in the parking lot.",
        [
            ("killed", "One man", None, True),
            ("injured", "three", None, True),
            ("injured", "three", "same_as", False),
        ],
    ),
    (
        "A teenager was killed and two others were injured at a park. Investigators said the two "
        "had been shot in the legs.",
        [
            ("killed", "A teenager", None, True),
            ("injured", "two others", None, True),
            ("injured", "the two", "same_as", False),
        ],
    ),
    # Near forms: the whole group told first, and a figure of the dead and wounded together.
    (
        "A gunman shot five people at a bar, police said. Two men died at the scene and three "
        "other men were wounded.",
        [
            ("killed_or_injured", "five", None, True),
            ("killed", "Two men", None, True),
            ("injured", "three other men", None, True),
        ],
    ),
    (
        "Five people were shot in a crowd outside a nightclub, police said. Two of them died. "
        "Officers found that five people had been shot.",
        [
            ("killed_or_injured", "Five", None, True),
            ("killed", "Two of them", None, True),
            ("killed_or_injured", "five", "same_as", False),
        ],
    ),
]

#: "At least three were shot ... a woman and two men were taken to a hospital ... The two men
#: had gunshot wounds": "the" with the figure and the noun of a part told before names that
#: part again. Near forms: without "the", or with another noun, it is other people.
THE_PART_NAMED_AGAIN = [
    (
        "At least three people were shot on Friday night. A woman and two men were taken to a "
        "hospital. The two men suffered gunshot wounds to the legs.",
        [
            ("injured", "At least three", None, True),
            ("injured", "A woman", "subset_of", False),
            ("injured", "two men", "subset_of", False),
            ("injured", "The two men", "same_as", False),
        ],
    ),
    (
        "At least five people were wounded in the shooting. Two women and three teenagers were "
        "hurt. The three teenagers were treated and released.",
        [
            ("injured", "At least five", None, True),
            ("injured", "Two women", "subset_of", False),
            ("injured", "three teenagers", "subset_of", False),
            ("injured", "The three teenagers", "same_as", False),
        ],
    ),
    (
        "Police said 10 people were injured at the festival, including four children and two "
        "officers. The four children were in stable condition.",
        [
            ("injured", "10", None, True),
            ("injured", "four children", "subset_of", False),
            ("injured", "two officers", "subset_of", False),
            ("injured", "The four children", "same_as", False),
        ],
    ),
    (
        "Six people were killed in the attack, among them two police officers. The two officers "
        "were shot at a checkpoint.",
        [
            ("killed", "Six", None, True),
            ("killed", "two police officers", "subset_of", False),
            ("killed", "The two officers", "same_as", False),
        ],
    ),
    # Near forms: no "the", and another noun.
    (
        "At least three people were shot on Friday night. A woman and two men were taken to a "
        "hospital. Two men were also shot in a separate incident.",
        [
            ("injured", "At least three", None, True),
            ("injured", "A woman", "subset_of", False),
            ("injured", "two men", "subset_of", False),
            ("injured", "Two men", None, True),
        ],
    ),
    (
        "At least five people were wounded in the shooting. Two women were hurt. The two men "
        "were treated at the scene.",
        [
            ("injured", "At least five", None, True),
            ("injured", "Two women", "subset_of", False),
            ("injured", "The two men", "subset_of", False),
        ],
    ),
]

#: "no sign that anyone is out there shooting people": a participle whose doer is "someone"
#: or "anyone", told as going on, with a bare plural object harms no one counted. Near forms:
#: a doer that is a person told, or "someone" of a finished act, with the same bare plural,
#: is a vague figure.
NO_ONE_NAMED_SHOOTING_PEOPLE = [
    (
        '"We do not believe there is someone driving around shooting people at random," the '
        "sheriff said.",
        [],
    ),
    (
        '"There is no indication that anyone is out there randomly shooting people," a police '
        "spokesman said.",
        [],
    ),
    ('"We don\'t think someone is going around shooting people," the chief said.', []),
    (
        '"Nothing suggests anybody was roaming the streets attacking people," the detective said.',
        [],
    ),
    (
        '"At this point we do not believe that we have somebody running around with a rifle '
        'just randomly shooting people," the captain said.',
        [],
    ),
    # Near forms: a gunman told, and "someone" who did a finished act.
    (
        "Someone opened fire at a party on Saturday, wounding people in the yard.",
        [("injured", "people", None, True)],
    ),
    (
        "A gunman drove around the city shooting people at random on Tuesday, police said.",
        [("injured", "people", None, True)],
    ),
    (
        "A man opened fire at a bus stop, wounding people waiting for the bus.",
        [("injured", "people", None, True)],
    ),
]

#: "11 people were shot, two of them fatally", "Three people were shot, one fatally": an
#: aside that counts some of the people shot with "fatally" counts deaths, and a figure of one
#: harm inside the group of both counts for its own type beside the group (ANNOTATION.md).
#: Near forms: a death toll told before holds the part; another adverb, or "none fatally",
#: keeps the injuries.
SHOT_SOME_OF_THEM_FATALLY = [
    (
        "Police said 11 people were shot over the weekend, two of them fatally.",
        [("killed_or_injured", "11", None, True), ("killed", "two of them", None, True)],
    ),
    (
        "Three people were shot, one fatally, outside a store on Friday night.",
        [("killed_or_injured", "Three", None, True), ("killed", "one", None, True)],
    ),
    (
        "Five men were stabbed in the brawl, one of them fatally.",
        [("killed_or_injured", "Five men", None, True), ("killed", "one of them", None, True)],
    ),
    (
        "Nine people were shot at a block party in Camden, three of them fatally.",
        [("killed_or_injured", "Nine", None, True), ("killed", "three of them", None, True)],
    ),
    (
        "Two men were shot, one fatally, during a dispute on Monday.",
        [("killed_or_injured", "Two men", None, True), ("killed", "one", None, True)],
    ),
    # Near forms: a toll of deaths told before holds them; another adverb; none.
    (
        "Two people were killed in separate shootings on Sunday. Five people were struck by "
        "bullets at a party, including one who died at the scene.",
        [
            ("killed", "Two", None, True),
            ("killed_or_injured", "Five", None, True),
            ("killed", "one", "subset_of", False),
        ],
    ),
    (
        "Four people were shot on Sunday, one of them critically.",
        [("injured", "Four", None, True), ("injured", "one of them", "subset_of", False)],
    ),
    (
        "Six people were shot, none fatally, police said.",
        [("injured", "Six", None, True)],
    ),
]

#: "A gunman killed two people ... Earlier in the week, a man was shot dead": after a phrase
#: of time before or after the incident, a person brought in with "a" and harmed by others
#: (a passive harm) is the victim of another incident, not one of the people told. Near
#: forms: one described with the words of a person told before is that person; someone who
#: died later may be one of the wounded; the doer told before keeps the incident.
SEQUEL_VICTIM_BROUGHT_IN = [
    (
        "A gunman killed two people on Friday. Earlier in the week, a man was shot dead in the "
        "same neighborhood.",
        [("killed", "two", None, True), ("killed", "a man", None, True)],
    ),
    (
        "Three people were killed at a bar on Saturday. Hours earlier, a woman was fatally "
        "stabbed outside a nearby club.",
        [("killed", "Three", None, True), ("killed", "a woman", None, True)],
    ),
    (
        "Two men were wounded in a drive-by shooting on Sunday. Later that night, a teenager was "
        "shot in the leg a few blocks away.",
        [("injured", "Two men", None, True), ("injured", "a teenager", None, True)],
    ),
    (
        "Four people were killed in a shooting on Monday. A day earlier, a man was found shot to "
        "death in a park.",
        [("killed", "Four", None, True), ("killed", "a man", None, True)],
    ),
    # Near forms: a person described as one told before, a death that may be one of the
    # wounded, and the doer told before.
    (
        "Four people were killed, including a 70-year-old woman, in shootings across the city "
        "over the weekend. Earlier on Friday, a 70-year-old woman was killed in a park.",
        [
            ("killed", "Four", None, True),
            ("killed", "a 70-year-old woman", "subset_of", False),
            ("killed", "a 70-year-old woman", "same_as", False),
        ],
    ),
    (
        "Two people were killed and five wounded at a party on Saturday. Hours later, a woman "
        "died at a hospital.",
        [
            ("killed", "Two", None, True),
            ("injured", "five wounded", None, True),
            ("killed", "a woman", "subset_of", False),
        ],
    ),
    (
        "Three people were killed in a shooting at a mall on Friday. Hours later, the gunman "
        "killed two people at a gas station across town.",
        [("killed", "Three", None, True), ("killed", "two", "subset_of", False)],
    ),
]

#: "A girl was shot ... a neighbor drove her to a hospital": a pronoun that repeats someone
#: harmed, told only as carried somewhere by a verb that harms no one, is no row (a pronoun is
#: a row as the subject of a new harm clause). Near forms: a pronoun of a harm, a detention,
#: or a death stays.
PRONOUN_ONLY_CARRIED_TO_CARE = [
    (
        "A 12-year-old girl was shot in the leg on Sunday. A neighbor ran to the girl, picked "
        "her up and drove her to a hospital.",
        [("injured", "A 12-year-old girl", None, True)],
    ),
    (
        "A man was stabbed outside a bar. A friend drove him to a hospital, police said.",
        [("injured", "A man", None, True)],
    ),
    (
        "A man was shot on Sunday. He was taken to a hospital in critical condition.",
        [("injured", "A man", None, True)],
    ),
    (
        "Two men were wounded in a shooting. A passerby took them to a hospital.",
        [("injured", "Two men", None, True)],
    ),
    (
        "A teenager was stabbed on Friday. Paramedics took him to a trauma center, where he died.",
        [("injured", "A teenager", None, False), ("killed", "he", "update_of", True)],
    ),
    # Near forms: a harm, and a detention.
    (
        "A man was shot on Sunday. Police said a bullet struck him in the chest.",
        [("injured", "A man", None, True), ("injured", "him", "same_as", False)],
    ),
    (
        "A woman was shot in the leg. She was later arrested on a warrant.",
        [("injured", "A woman", None, True), ("detained", "She", None, True)],
    ),
]


#: "was arrested on charges of eluding (by vehicle) ... as well as warrants for parole
#: violation": the parser may join "warrants" to the arrested person as a second subject; the
#: papers a booking lists never name people. (text, the noun, whether it never names people)
LEGAL_PAPERS_NAME_NO_PEOPLE = [
    ("He was booked on two warrants for probation violation.", "warrants", True),
    ("She faces three charges of forgery.", "charges", True),
    ("Deputies issued citations to the drivers.", "citations", True),
    ("He was wanted for several felonies and misdemeanors.", "felonies", True),
    ("He was wanted for several felonies and misdemeanors.", "misdemeanors", True),
    ("She was arrested on a parole violation.", "violation", True),
    # Near forms: the people booked still name people.
    ("Two suspects were booked into the county jail.", "suspects", False),
    ("Three inmates were charged with assault.", "inmates", False),
]


TABLES = {
    "SHOT_SAID_OF_THE_KNOWN_DEAD": SHOT_SAID_OF_THE_KNOWN_DEAD,
    "FATAL_ADVERB_ON_A_HITTING_VERB": FATAL_ADVERB_ON_A_HITTING_VERB,
    "SUBJECT_WHO_HARMED_HIMSELF": SUBJECT_WHO_HARMED_HIMSELF,
    "SUBJECT_OF_A_RANKED_NOUN": SUBJECT_OF_A_RANKED_NOUN,
    "PRONOUN_OF_ITS_OWN_SENTENCE": PRONOUN_OF_ITS_OWN_SENTENCE,
    "SHOT_FIGURE_REPEATS_THE_INJURED": SHOT_FIGURE_REPEATS_THE_INJURED,
    "THE_PART_NAMED_AGAIN": THE_PART_NAMED_AGAIN,
    "NO_ONE_NAMED_SHOOTING_PEOPLE": NO_ONE_NAMED_SHOOTING_PEOPLE,
    "PRONOUN_ONLY_CARRIED_TO_CARE": PRONOUN_ONLY_CARRIED_TO_CARE,
    "SHOT_SOME_OF_THEM_FATALLY": SHOT_SOME_OF_THEM_FATALLY,
    "SEQUEL_VICTIM_BROUGHT_IN": SEQUEL_VICTIM_BROUGHT_IN,
}


@pytest.mark.parametrize(("text", "expected"), [row for table in TABLES.values() for row in table])
def test_construction_gives_its_rows(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    assert linked_rows(doc) == expected


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_has_wordings_and_near_forms(name):
    assert_wordings_and_near_forms(TABLES[name])


@pytest.mark.parametrize(("text", "word", "expected"), LEGAL_PAPERS_NAME_NO_PEOPLE)
def test_legal_papers_name_no_people(nlp, text, word, expected):
    doc = process(nlp, text, PUBLISHED)
    words = nlp.get_pipe("news_casualties").lexicon.words
    token = next(t for t in doc if t.text == word)
    assert is_non_person_noun(token, words) == expected


def test_legal_papers_table_has_wordings_and_near_forms():
    assert_wordings_and_near_forms(LEGAL_PAPERS_NAME_NO_PEOPLE)
