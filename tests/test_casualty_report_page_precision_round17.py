"""Casualty precision on local-news report pages, round 17: in a roundup of a weekend's
shootings, an indefinite person told wounded in a sentence of its own after a death ("A man
was shot to death ... A 35-year-old man was critically wounded") is someone new, one of the
wounded, not the dead man told again; "the mother of one of the victims" names no victim;
shooters who "shot at his car" or "shot into the crowd" are no casualties; a bare "Injured
victims" after a counted group is no row; "does not believe the shot hit the boy" harms no
one. Each table holds four or more wordings of one construction and at least two near forms
that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Three people were killed and five others were wounded ... A man was shot to death ... A
#: 35-year-old man was critically wounded": "a" brings a person in, and a wound told in its own
#: sentence after a death is not that death told again (`_wounded_newcomer`, now also for a
#: description of the same noun, `_dead_before_new_wound`): one of the wounded, and a pronoun
#: after it is wounded too. Near forms: a death told first on the page (a headline's or lead's
#: death that the body restates) and a definite "the man" keep the old reading.
A_WOUNDED_NEWCOMER_AFTER_A_DEATH = [
    (
        "A weekend of gunfire left two people dead and six wounded, according to police. The "
        "first victim, a 50-year-old woman, died at the scene on Maple Street. Officers said "
        "the victim had been shot several times. Sunday morning, a 27-year-old woman was "
        "wounded outside a bar on 5th Street. She was shot in the arm and is in stable "
        "condition.",
        [
            ("killed", "two", None, True),
            ("injured", "six wounded", None, True),
            ("killed", "The first victim", "subset_of", False),
            ("injured", "a 27-year-old woman", "subset_of", False),
            ("injured", "She", "same_as", False),
        ],
    ),
    (
        "Three people were killed and five others were wounded in shootings across the city, "
        "police said. A man was shot to death on Elm Street late Friday. A 35-year-old man was"
        " critically wounded early Saturday on Oak Avenue. He was shot in the head.",
        [
            ("killed", "Three", None, True),
            ("injured", "five others", None, True),
            ("killed", "A man", "subset_of", False),
            ("injured", "A 35-year-old man", "subset_of", False),
            ("injured", "He", "same_as", False),
        ],
    ),
    (
        "Two people died and four were hurt in weekend shootings, police said. A woman was "
        "found dead in a car on Pine Road. Hours later, a woman was wounded at a bus stop on "
        "Grand Avenue. She was hit in the leg.",
        [
            ("killed", "Two", None, True),
            ("injured", "four", None, True),
            ("killed", "A woman", "subset_of", False),
            ("injured", "a woman", "subset_of", False),
            ("injured", "She", "same_as", False),
        ],
    ),
    (
        "Four people were killed and eight others were wounded in shootings from Friday to "
        "Sunday, police said. A man was found dead in an alley on South Bishop Street. A "
        "22-year-old man was shot in the back on Throop Street and his condition was "
        "stabilized.",
        [
            ("killed", "Four", None, True),
            ("injured", "eight others", None, True),
            ("killed", "A man", "subset_of", False),
            ("injured", "A 22-year-old man", "subset_of", False),
        ],
    ),
    (
        "A man was killed on Elm Street on Friday. A 35-year-old man was shot in the head on "
        "Oak Street, police said.",
        [("killed", "A man", None, True), ("killed", "A 35-year-old man", "same_as", False)],
    ),
    (
        "Three people were killed and five others were wounded in shootings across the city, "
        "police said. A man was shot to death on Elm Street late Friday. The man was wounded "
        "in the chest.",
        [
            ("killed", "Three", None, True),
            ("injured", "five others", None, True),
            ("killed", "A man", "subset_of", False),
            ("injured", "The man", "same_as", False),
        ],
    ),
]

#: "The mother of one of the victims spoke to reporters", "Family members of some of the
#: victims gathered": the victims are only whose kin or friend the clause is about, pointed back
#: to with no harm of their own, so no row (ANNOTATION.md; `_associate_of_victims`, heads in
#: `victim_associate_nouns` and `kin_nouns`). Near forms: the kin harmed itself, and a
#: partitive that is the clause's own subject, keep their rows.
AN_ASSOCIATE_OF_THE_VICTIMS = [
    (
        "A man was killed and two women were wounded in a shooting on Elm Street, police said."
        " The mother of one of the victims spoke to reporters Sunday.",
        [("killed", "A man", None, True), ("injured", "two women", None, True)],
    ),
    (
        "Three people were shot Saturday night outside a bar in Dayton, police said. A cousin "
        "of two of the victims said the family is heartbroken.",
        [("injured", "Three", None, True)],
    ),
    (
        "Two teens died and five people were injured when gunfire broke out at a party. Family"
        " members of some of the victims gathered outside the hospital.",
        [("killed", "Two teens", None, True), ("injured", "five", None, True)],
    ),
    (
        "Four people were wounded in a drive-by shooting, officers said. The grandmother of "
        "one of the victims, Jane Doe, said she was devastated.",
        [("injured", "Four", None, True)],
    ),
    (
        "Four people were wounded in a drive-by shooting, officers said. A friend of one of the"
        " victims said he was a good student.",
        [("injured", "Four", None, True)],
    ),
    (
        "Four people were wounded in a drive-by shooting, officers said. The mother of one of "
        "the victims was also shot in the arm.",
        [
            ("injured", "Four", None, True),
            ("injured", "The mother of one of the victims", None, True),
        ],
    ),
    (
        "Four people were wounded in a drive-by shooting, officers said. One of the victims was"
        " shot in the head.",
        [("injured", "Four", None, True), ("injured", "One of the victims", "subset_of", False)],
    ),
]

#: "Witnesses said two men shot at his car", "two men shot into the crowd": an active verb sent
#: "into" anything, or aimed "at" a vehicle, has its subject for the shooters, as one aimed at
#: people does (`_aimed_at_people`, lexicon `fired_into_preps`, `fired_at_vehicle_nouns`); the
#: shooters are no casualties, and the person hit stays counted on their own. Near forms: "shot
#: at" a place ("Two men shot at a party", "at a bus stop") is a headline's or a reduced
#: relative's victims and keeps its row.
SHOOTERS_FIRING_AT_THINGS = [
    (
        "A 20-year-old man was wounded Friday night on Elm Street, police said. Witnesses told "
        "officers two men shot at his car before running off.",
        [("injured", "A 20-year-old man", None, True)],
    ),
    (
        "Three people were hurt outside a nightclub early Sunday. Police said two men shot into"
        " the crowd from a passing SUV.",
        [("injured", "Three", None, True)],
    ),
    (
        "A woman was grazed in the arm on Pine Road, deputies said. Investigators believe three"
        " teens shot into the home from the street.",
        [("injured", "A woman", None, True)],
    ),
    (
        "No one was injured, police said, but two suspects shot at a van parked on Third Street.",
        [("injured", "No one", None, True)],
    ),
    (
        "Two men shot at a party in Dayton were taken to the hospital, police said.",
        [("injured", "Two men", None, True)],
    ),
    (
        "Four people shot at a bus stop on Main Street are expected to survive.",
        [("injured", "Four", None, True)],
    ),
]

#: "Deceased victims identified", "Update on injured victims", "Injured victims were taken to
#: three area hospitals" after a counted group: a bare plural "victims" with only its harm word
#: has no determiner and no figure, no quantity of its own, and points back like "the victims"
#: (ANNOTATION.md; the g11-g14 annotators left such bare "victims" out): no row
#: (`_bare_victims_restated`). Near forms: a first telling, a figure ("Two injured victims")
#: and "Some" keep their rows.
BARE_VICTIMS_RESTATED = [
    (
        "Two teens are dead and 18 people are injured after gunfire broke out at a club early "
        "Monday. Deceased victims identified. The victims who died have been identified as "
        "Da'Shawn Ellis and Marco Pruitt.",
        # The names the bare "victims" are given are rows, a part of the dead told before
        # (ANNOTATION.md: "Two people were killed ... identified as A and B"; the g12 gold).
        [
            ("killed", "Two teens", None, True),
            ("injured", "18", None, True),
            # the whole name, apostrophe and all
            ("killed", "Da'Shawn Ellis", "subset_of", False),
            ("killed", "Marco Pruitt", "subset_of", False),
        ],
    ),
    (
        "Five people were wounded in a shooting at a park on Sunday, police said. Injured "
        "victims were taken to three area hospitals.",
        [("injured", "Five", None, True)],
    ),
    (
        "Three people were killed in a shooting at a home on Oak Street. Update on slain "
        "victims: police released their names Tuesday.",
        [("killed", "Three", None, True)],
    ),
    (
        "Four people were hurt when a man opened fire outside a bar, police said. Wounded "
        "victims were treated at Mercy Hospital and released.",
        [("injured", "Four", None, True)],
    ),
    (
        "Injured victims were taken to three area hospitals after a shooting at a park on "
        "Sunday, police said.",
        [("injured", "Injured victims", None, True)],
    ),
    (
        "Five people were wounded in a shooting at a park on Sunday, police said. Two injured "
        "victims were taken to Mercy Hospital.",
        [("injured", "Five", None, True), ("injured", "Two injured victims", "subset_of", False)],
    ),
    (
        "Five people were wounded in a shooting at a park on Sunday, police said. Some injured "
        "victims were taken to Mercy Hospital.",
        # "some" names part of the five (test_casualty_part_words_round21)
        [("injured", "Five", None, True), ("injured", "Some injured victims", "subset_of", False)],
    ),
]

#: "Goins said he does not believe the officer's shot hit the boy", "Investigators don't think
#: the stray round hit the clerk": a tensed complement of a negated belief verb
#: (`denied_belief_verbs`) is denied, not reported, so the person named in it is no casualty
#: (`is_unasserted`). Near forms: the belief unnegated reports the harm, a harm clause beside
#: the negated belief, not under it, stays, and "can't believe her grandson is dead" is shock.
A_DENIED_HIT = [
    (
        "A 6-year-old boy was killed in the crossfire, police said. Goins said he does not "
        "believe the officer's shot hit either the little boy or his dad.",
        [("killed", "A 6-year-old boy", None, True)],
    ),
    (
        "A man was wounded during a shootout with deputies on Route 9. The sheriff said he does"
        " not believe a deputy's bullet struck the man's girlfriend.",
        [("injured", "A man", None, True)],
    ),
    (
        "Two men were shot outside a store on Elm Street. Investigators don't think the stray "
        "round hit the clerk.",
        [("injured", "Two men", None, True)],
    ),
    (
        "A woman was shot in the arm Sunday, police said. Detectives did not believe the second"
        " shot struck her son.",
        [("injured", "A woman", None, True)],
    ),
    (
        "A man was wounded during a shootout with deputies on Route 9. The sheriff said he "
        "believes a deputy's bullet struck the man's girlfriend.",
        [("injured", "A man", None, True), ("injured", "the man's girlfriend", None, True)],
    ),
    (
        "Police said they do not believe the man was targeted, but he was shot twice in the back.",
        [("injured", "he", None, True)],
    ),
    (
        "A grandmother says she still can't believe her grandson is dead after a shooting on "
        "Elm Street.",
        [("killed", "her grandson", None, True)],
    ),
]

TABLES = {
    "a wounded newcomer after a death": A_WOUNDED_NEWCOMER_AFTER_A_DEATH,
    "an associate of the victims": AN_ASSOCIATE_OF_THE_VICTIMS,
    "shooters firing at things": SHOOTERS_FIRING_AT_THINGS,
    "bare victims restated": BARE_VICTIMS_RESTATED,
    "a denied hit": A_DENIED_HIT,
}


test_report_page_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
