"""Casualty mentions on local TV-station and city-paper report pages, twelfth round.

Constructions of gun-violence report pages that lost a person, doubled one, or read an age or
a rank as a count: a gapped "and his passenger injured" (tagged a finite past) and "and another
in the leg"; "She died" taken for the last ungendered victim instead of the woman the sentence
before named; surnames that name things ("Church", "Wall"); "the city's 41st of the year" read
as a toll of 41; a bare passive "were hit" after gunfire; "another is in critical condition"
not counted; "one in critical condition" in a headline; headline bare plurals ("Teens fatally
shot"); "a customer was hit in the leg" after a death taken for the dead; "The other, 29" read
as 29 people; headlines with two harms read as one; a headline's second figure counted again
by "another" in the story; "A 19-year-old sustained ... injuries" parsed as one noun phrase;
and "all four were stable" read as no harm. Each table holds four or more wordings of one
construction and near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: A clause joined to a passive harm that drops its "was" ("A driver was killed and his
#: passenger injured when ..."), its participle tagged a finite past with the person as
#: subject: that person is harmed. Near forms: an object of its own ("his brother injured two
#: deputies") or another subject's verb ("police arrested his neighbor").
GAPPED_PASSIVE_CONJUNCT = [
    (
        "A driver was killed and his passenger injured when someone fired into their car.",
        [("killed", "A driver", None, True), ("injured", "his passenger", None, True)],
    ),
    (
        "A teen was killed and his friend wounded when shots rang out.",
        [("killed", "A teen", None, True), ("injured", "his friend", None, True)],
    ),
    (
        "A man was killed and his passenger hurt when a truck struck their car.",
        [("killed", "A man", None, True), ("injured", "his passenger", None, True)],
    ),
    (
        "A man was killed and his girlfriend wounded when someone opened fire on their car.",
        [("killed", "A man", None, True), ("injured", "his girlfriend", None, True)],
    ),
    (
        "Two officers were wounded and a suspect killed in the exchange of gunfire.",
        [("injured", "Two officers", None, True), ("killed", "a suspect", None, True)],
    ),
    (
        "A man was arrested and his brother injured two deputies during the struggle.",
        [("detained", "A man", None, True), ("injured", "two deputies", None, True)],
    ),
    (
        "A man was killed and police arrested his neighbor.",
        [("killed", "A man", None, True), ("detained", "his neighbor", None, True)],
    ),
]

#: A gapped second victim with no number ("and another in the leg", "and a second in the hip",
#: "and the other in the foot"): one more person of the same harm. Near forms: a second body
#: part or a second date is no second person.
GAPPED_SECOND_VICTIM = [
    (
        "One man was shot in the arm and another in the leg after an argument.",
        [("injured", "One man", None, True), ("injured", "another", None, True)],
    ),
    (
        "A teenager was struck in the shoulder and a second in the hip.",
        [("injured", "A teenager", None, True), ("injured", "a second", None, True)],
    ),
    (
        "A man was shot in the chest, and another in the back.",
        [("injured", "A man", None, True), ("injured", "another", None, True)],
    ),
    (
        "One woman was wounded in the neck and the other in the foot, police said.",
        [("injured", "One woman", None, True), ("injured", "the other", None, True)],
    ),
    (
        "A woman was grazed on the arm and another on the hip.",
        [("injured", "A woman", None, True), ("injured", "another", None, True)],
    ),
    (
        "A man was shot in the arm and in the leg.",
        [("injured", "A man", None, True)],
    ),
    (
        "He was shot in 2019 and again in 2021.",
        [("injured", "He", None, True)],
    ),
]

#: A gendered pronoun after a sentence that names a person of its gender ("Officers found the
#: woman ... She died") is that person, not an ungendered one harmed since ("a 2-year-old").
#: Near forms: with no such noun before, the pronoun takes the last person harmed.
PRONOUN_OF_THE_NOUN_BEFORE = [
    # Kinship nouns say a gender too ("mom", "dad": genders.json): "him" is not "his mom".
    (
        "Police said the boy beat his mom with a bat. Neighbors then beat him.",
        [("injured", "his mom", None, True), ("injured", "him", None, True)],
    ),
    (
        "Police said the girl beat her dad with a bat. Neighbors then beat her.",
        [("injured", "her dad", None, True), ("injured", "her", None, True)],
    ),
    # a trade noun of one sex ("fisherman") says it too: "her" is not the fisherman
    (
        "Police said the girl beat a fisherman with a bat. Neighbors then beat her.",
        [("injured", "a fisherman", None, True), ("injured", "her", None, True)],
    ),
    (
        "A woman was shot and killed and a 2-year-old was injured Sunday night. Officers found "
        "the woman lying in a driveway. She died at the scene.",
        [
            ("killed", "A woman", None, True),
            ("injured", "a 2-year-old", None, True),
            ("killed", "She", "same_as", False),
        ],
    ),
    (
        "A man was killed and a teenager was wounded early Thursday. Officers found the man "
        "lying in a parking lot. He was pronounced dead at the scene.",
        [
            ("killed", "A man", None, True),
            ("injured", "a teenager", None, True),
            ("killed", "He", "same_as", False),
        ],
    ),
    (
        "A man was shot dead and a child was hurt on Friday. Deputies found the man inside a "
        "car. He died at the scene.",
        [
            ("killed", "A man", None, True),
            ("injured", "a child", None, True),
            ("killed", "He", "same_as", False),
        ],
    ),
    (
        "A woman was killed and a 4-year-old was injured in the crash. Troopers found the "
        "woman near the car. She died at a hospital.",
        [
            ("killed", "A woman", None, True),
            ("injured", "a 4-year-old", None, True),
            ("killed", "She", "same_as", False),
        ],
    ),
    (
        "A woman was wounded and a teenager was shot in the chest on Friday. He died at the "
        "hospital.",
        [
            ("injured", "A woman", None, True),
            ("injured", "a teenager", None, False),
            ("killed", "He", "update_of", True),
        ],
    ),
    (
        "A man killed his wife and their 3-year-old son on Saturday. Troopers found a young "
        "child in the car with a bullet wound to the head. He died at a hospital.",
        [
            ("killed", "his wife", None, True),
            ("killed", "their 3-year-old son", None, True),
            ("injured", "a young child", None, False),
            ("killed", "He", "same_as", False),
        ],
    ),
]

#: A surname that is also a thing's name ("Kevin Church", "Jordan Wall"), in a person's
#: name: one person. Near forms: the thing itself is no victim.
SURNAME_THAT_NAMES_A_THING = [
    (
        "Kevin Church, 54, was shot in the hip outside his home.",
        [("injured", "Kevin Church", None, True)],
    ),
    (
        "Jordan Wall, 19, died at the scene.",
        [("killed", "Jordan Wall", None, True)],
    ),
    (
        "Angela Street, 41, was wounded in the shooting.",
        [("injured", "Angela Street", None, True)],
    ),
    (
        "Sheila Road, 33, died at the hospital.",
        [("killed", "Sheila Road", None, True)],
    ),
    (
        "Lamar Shop, 28, was killed.",
        [("killed", "Lamar Shop", None, True)],
    ),
    (
        "Gunfire damaged St. Mark's Church and three houses.",
        [],
    ),
    (
        "Bullets struck a church and a house on Elm Street.",
        [],
    ),
]

#: An ordinal with a period ("the city's 41st of the year"): the victim's place in a tally, no
#: toll revising the incident's figure. Near forms: "A third man died" after two deaths is a
#: third death; an age ("a 17-year-old boy") is no period.
RANK_IN_A_PERIOD_TALLY = [
    (
        "A woman was shot Saturday and has died. The homicide is the city's 41st of the year.",
        [("killed", "A woman", None, True), ("killed", "the city's 41st of the year", None, False)],
    ),
    (
        "A man was shot dead Friday. The killing was the county's 12th of the year.",
        [("killed", "A man", None, True), ("killed", "the county's 12th of the year", None, False)],
    ),
    (
        "A woman was shot Saturday and has died. Police said her death is the city's 9th of "
        "the month.",
        [("killed", "A woman", None, True), ("killed", "the city's 9th of the month", None, False)],
    ),
    (
        "A man was shot dead on Monday. The shooting death is the county's 3rd this week.",
        [("killed", "A man", None, True), ("killed", "the county's 3rd", None, False)],
    ),
    (
        "Two men were shot dead on Friday. A third man died later at the hospital.",
        [("killed", "Two men", None, True), ("killed", "A third man", None, True)],
    ),
    (
        "A 23-year-old man was arrested after two people were stabbed to death. Both were "
        "pronounced dead at the scene. A third person, a 17-year-old boy, was taken to "
        "hospital with injuries.",
        [
            ("detained", "A 23-year-old man", None, True),
            ("killed", "two", None, True),
            ("killed", "Both", "same_as", False),
            ("injured", "A third person", None, True),
        ],
    ),
]

#: A bare passive "were hit", "was struck" after gunfire: wounded. Near forms: hit with
#: charges, hit hard, struck in a storm.
PASSIVE_HIT_IN_GUNFIRE = [
    (
        "Gunfire erupted outside the club around 2 a.m. Four people were hit.",
        [("injured", "Four", None, True)],
    ),
    (
        "A man was shot on Elm Street on Friday. A woman standing nearby was also struck.",
        [("injured", "A man", None, True), ("injured", "A woman", None, True)],
    ),
    (
        "Shots rang out at the party. Three guests were struck.",
        [("injured", "Three guests", None, True)],
    ),
    (
        "Bullets flew across the lot. A 12-year-old boy was struck.",
        [("injured", "A 12-year-old boy", None, True)],
    ),
    (
        "Several rounds were fired into the crowd. Two women were hit.",
        [("injured", "Two women", None, True)],
    ),
    (
        "Three people were hit with charges after the shooting.",
        [],
    ),
    (
        "The neighborhood was hit hard by the shooting. Two families were hit hard.",
        [],
    ),
    (
        "Two men were struck during the storm, which toppled trees.",
        [],
    ),
]

#: "and another is in critical condition": "another" is one more person, counted, not a pronoun
#: that only repeats someone. Near forms: "he drove her to a hospital"; a negated harm.
ANOTHER_IN_A_CONDITION = [
    (
        "One person was killed and another is in critical condition after a shooting Friday.",
        [("killed", "One person", None, True), ("injured", "another", None, True)],
    ),
    (
        "A man died and another remains in serious condition, police said.",
        [("killed", "A man", None, True), ("injured", "another", None, True)],
    ),
    (
        "One teen was killed and another is in stable condition after the shooting.",
        [("killed", "One teen", None, True), ("injured", "another", None, True)],
    ),
    (
        "A woman was shot dead and another was listed in fair condition.",
        [("killed", "A woman", None, True), ("injured", "another", None, True)],
    ),
    (
        "A man was shot. Police said he drove her to a hospital.",
        [("injured", "A man", None, True), ("injured", "her", None, False)],
    ),
    (
        "Two people were shot. The other victims were not hurt.",
        [("injured", "Two", None, True)],
    ),
]

#: A bare number in a hospital condition ("One dead, one in critical condition"): wounded.
#: Near forms: "one in five residents"; a subject of a clause, read as before.
NUMBER_IN_A_CONDITION = [
    (
        "One dead, one in critical condition after overnight shooting",
        [("killed", "One dead", None, True), ("injured", "one", None, True)],
    ),
    (
        "Two dead, three in serious condition after shooting at party",
        [("killed", "Two dead", None, True), ("injured", "three", None, True)],
    ),
    (
        "1 killed, 2 in stable condition after shooting near bar",
        [("killed", "1 killed", None, True), ("injured", "2", None, True)],
    ),
    (
        "One dead, another in critical condition after crash on I-40",
        [("killed", "One dead", None, True), ("injured", "another", None, True)],
    ),
    (
        "Police said one in five residents owns a gun.",
        [],
    ),
    (
        "Police said the two men were in stable condition.",
        [("injured", "the two men", None, True)],
    ),
]

#: A headline's bare plural subject of a harm participle after an adverb ("Teens fatally shot
#: near park"): the harmed. Near forms: a sentence ending in a stop tells who acted
#: ("Deputies shot and killed a woman."), and "shot at" hits no one.
HEADLINE_BARE_PLURAL = [
    (
        "Teens fatally shot near park identified",
        [("killed", "Teens", None, True)],
    ),
    (
        "Roommates fatally stabbed in dispute over rent",
        [("killed", "Roommates", None, True)],
    ),
    (
        "Brothers fatally shot near gas station",
        [("killed", "Brothers", None, True)],
    ),
    (
        "Teens critically wounded outside mall",
        [("injured", "Teens", None, True)],
    ),
    (
        "Neighbors fatally shot in dispute over fence",
        [("killed", "Neighbors", None, True)],
    ),
    (
        "Troops arrested and held three journalists overnight.",
        [("detained", "three journalists", None, True)],
    ),
    (
        "Deputies shot and killed a woman on Friday.",
        [("killed", "a woman", None, True)],
    ),
    (
        "Teenagers shot at officers during a chase, police said.",
        [],
    ),
]

#: After the only death, "A customer was hit in the leg" in a sentence of its own is someone
#: new, not the dead. Near forms: a clause set under another ("after a man was shot") and a
#: noun phrase ("shooting of a teen") tell the death again.
WOUNDED_NEWCOMER = [
    (
        "A gas station clerk was shot and killed during a robbery. A customer who was pumping "
        "gas was hit in the leg.",
        [("killed", "A gas station clerk", None, True), ("injured", "A customer", None, True)],
    ),
    (
        "A man was killed Friday. A customer was shot in the leg.",
        [("killed", "A man", None, True), ("injured", "A customer", None, True)],
    ),
    (
        "A man was killed on Friday. A passerby was struck in the foot.",
        [("killed", "A man", None, True), ("injured", "A passerby", None, True)],
    ),
    (
        "A clerk was killed Monday. A 20-year-old customer was shot in the hand.",
        [("killed", "A clerk", None, True), ("injured", "A 20-year-old customer", None, True)],
    ),
    (
        "A man was shot dead Friday. Police are investigating after a man was shot on Elm Street.",
        [("killed", "A man", None, True), ("killed", "a man", "same_as", False)],
    ),
    (
        "A teen was killed on Tuesday. Police said an unjustified shooting of a teen had "
        "angered residents.",
        [("killed", "A teen", None, True), ("killed", "a teen", "same_as", False)],
    ),
]

#: "The other, 29, was shot": the age the parser made the head is no count of 29; "the other"
#: is one of the group. Near forms: "The victim, 29"; "29 were hurt".
THE_OTHER_WITH_AN_AGE = [
    (
        "Two men were hospitalized after a shooting. One man, 34, was shot in the chest. The "
        "other, 29, was shot in the thigh.",
        [
            ("injured", "Two men", None, True),
            ("injured", "One man", "subset_of", False),
            ("injured", "The other", "subset_of", False),
        ],
    ),
    (
        "Two women were shot. One, 40, was hit in the arm. The other, 35, was hit in the leg.",
        [
            ("injured", "Two women", None, True),
            ("injured", "One", "subset_of", False),
            ("injured", "The other", "subset_of", False),
        ],
    ),
    (
        "Two men were shot. One, 22, was hit in the hand. The other, 30, was hit in the hip.",
        [
            ("injured", "Two men", None, True),
            ("injured", "One", "subset_of", False),
            ("injured", "The other", "subset_of", False),
        ],
    ),
    (
        "Two men were shot. One was hit in the arm. The other was shot in the leg.",
        [
            ("injured", "Two men", None, True),
            ("injured", "One", "subset_of", False),
            ("injured", "The other", "subset_of", False),
        ],
    ),
    (
        "The victim, 29, was shot in the thigh.",
        [("injured", "The victim", None, True)],
    ),
    (
        "Police said 29 were hurt.",
        [("injured", "29", None, True)],
    ),
]

#: A headline with two harms ("Driver killed, passenger hurt"; "...; customer wounded"): each
#: clause its own row. Near forms: "Boy, 3, killed" is one clause; "shot, killed" one harm.
HEADLINE_CLAUSES = [
    (
        "Driver killed, passenger hurt after shots fired into car\n\nPHILADELPHIA -- Police "
        "are investigating.",
        [("killed", "Driver", None, True), ("injured", "passenger", None, True)],
    ),
    (
        "Clerk killed in robbery; customer wounded\n\nHOUSTON -- Police are investigating.",
        [("killed", "Clerk", None, True), ("injured", "customer", None, True)],
    ),
    (
        "Man killed, woman wounded in Southside shooting\n\nPEORIA -- Police are investigating.",
        [("killed", "Man", None, True), ("injured", "woman", None, True)],
    ),
    (
        "Officer shot during traffic stop; bystander hurt\n\nCHARLOTTE -- Police are "
        "investigating.",
        [("injured", "Officer", None, True), ("injured", "bystander", None, True)],
    ),
    (
        "Boy, 3, killed by father\n\nDALLAS -- Police are investigating.",
        [("killed", "Boy", None, True)],
    ),
    (
        "Driver shot, killed on Southside\n\nPEORIA -- Police are investigating.",
        [("killed", "Driver", None, True)],
    ),
]

#: "One dead, one hurt ... One man was killed and another was wounded": "another" restates the
#: headline's other figure. Near forms: a headline without that figure.
HEADLINE_PAIR_RESTATED = [
    (
        "One dead, one in critical condition after shootings\n\nMILWAUKEE -- One person died "
        "and another sustained a serious gunshot wound in two shootings.",
        [
            ("killed", "One dead", None, True),
            ("injured", "one", None, True),
            ("killed", "One person", "same_as", False),
            ("injured", "another", "same_as", False),
        ],
    ),
    (
        "One dead, one hurt in Eastside shooting\n\nOne man was killed and another was wounded "
        "in a shooting on Friday.",
        [
            ("killed", "One dead", None, True),
            ("injured", "one hurt", None, True),
            ("killed", "One man", "same_as", False),
            ("injured", "another", "same_as", False),
        ],
    ),
    (
        "One killed, one wounded near park\n\nOne teen was killed and another was wounded Sunday.",
        [
            ("killed", "One killed", None, True),
            ("injured", "one wounded", None, True),
            ("killed", "One teen", "same_as", False),
            ("injured", "another", "same_as", False),
        ],
    ),
    (
        "One dead, one injured after crash\n\nOne driver died and another was injured in the "
        "crash.",
        [
            ("killed", "One dead", None, True),
            ("injured", "one injured", None, True),
            ("killed", "One driver", "same_as", False),
            ("injured", "another", "same_as", False),
        ],
    ),
    (
        "Man killed in Eastside shooting\n\nOne man was killed and another was wounded in a "
        "shooting on Friday.",
        [
            ("killed", "Man", None, True),
            ("killed", "One man", "same_as", False),
            ("injured", "another", None, True),
        ],
    ),
    (
        "One dead in Eastside shooting\n\nOne man was killed and another was wounded in a "
        "shooting on Friday.",
        [
            ("killed", "One dead", None, True),
            ("killed", "One man", "same_as", False),
            ("injured", "another", None, True),
        ],
    ),
]

#: "A 19-year-old sustained non-life-threatening injuries", parsed as one noun phrase with the
#: verb a modifier of the injury: the age (or a person word, "the juvenile") is the person
#: injured; "the injuries he suffered": the subject of the relative clause on the injury.
#: Near forms: no age before the verb ("said sustained injuries were common"); "left a
#: 16-year-old dead"; a relative clause on a thing that is no injury ("the damage he caused").
AGE_SUSTAINED = [
    (
        "A 19-year-old sustained non-life-threatening injuries in the crash.",
        [("injured", "A 19-year-old", None, True)],
    ),
    (
        "Police said the 33-year-old suffered bruises during the struggle.",
        [("injured", "the 33-year-old", None, True)],
    ),
    (
        "The 19-year-old sustained non-life-threatening injuries.",
        [("injured", "The 19-year-old", None, True)],
    ),
    (
        "Police said a 40-year-old sustained a graze wound.",
        [("injured", "a 40-year-old", None, True)],
    ),
    (
        "Deputies said the juvenile sustained minor injuries in the fall.",
        [("injured", "the juvenile", None, True)],
    ),
    (
        "The judge said the injuries he suffered in the assault were severe.",
        [("injured", "he", None, False)],
    ),
    (
        "Officials said sustained injuries were common.",
        [],
    ),
    (
        "The report described the damage he caused in the crash.",
        [],
    ),
    (
        "The shooting left a 16-year-old dead.",
        [("killed", "a 16-year-old", None, True)],
    ),
]

#: A person said to be or remain "stable" is wounded (a hospital state, like "in stable
#: condition"). Near forms: a thing that is stable.
STABLE_STATE = [
    (
        "Police could not give their conditions but said all four were stable.",
        [("injured", "four", None, True)],
    ),
    (
        "The boy is stable, police said.",
        [("injured", "The boy", None, True)],
    ),
    (
        "Two men were shot Friday. Both are stable.",
        [("injured", "Two men", None, True), ("injured", "Both", "same_as", False)],
    ),
    (
        "A woman was shot in the arm. She remains stable at a local hospital.",
        # a person already counted, told only to be recovering: no row (round 16,
        # `_recovery_restated`)
        [("injured", "A woman", None, True)],
    ),
    (
        "The situation remains stable.",
        [],
    ),
    (
        "Prices were stable last year.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GAPPED_PASSIVE_CONJUNCT
    + GAPPED_SECOND_VICTIM
    + PRONOUN_OF_THE_NOUN_BEFORE
    + SURNAME_THAT_NAMES_A_THING
    + RANK_IN_A_PERIOD_TALLY
    + PASSIVE_HIT_IN_GUNFIRE
    + ANOTHER_IN_A_CONDITION
    + NUMBER_IN_A_CONDITION
    + HEADLINE_BARE_PLURAL
    + WOUNDED_NEWCOMER
    + THE_OTHER_WITH_AN_AGE
    + HEADLINE_CLAUSES
    + HEADLINE_PAIR_RESTATED
    + AGE_SUSTAINED
    + STABLE_STATE,
)
def test_round12_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
