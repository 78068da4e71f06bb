"""Casualty precision, relations and article totals, round 19: an arrest told after a sentence
that brings in another incident is someone new, paragraphs apart as in one paragraph; a person
already counted told only in a hospital state ("He was taken in critical condition to ...")
is no row; an evacuation with no figure, no residents and no home or town is people taken out
of a building at the scene, no one displaced; a past verb with a counted subject in a
that-clause ("saying that only two officers shot") tells who fired, not a reduced passive of
its victims. Each table holds four or more wordings of one construction and at least two near
forms that keep the old reading; the rows give every row's relation and count, and the totals
table the article's totals."""

from __future__ import annotations

from tests.tables import cases_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "The suspect was located and arrested. ... Milwaukee police were called out to another
#: shooting ... Police say a 37-year-old man was taken into custody for this crime": someone
#: arrested after a sentence that brings in another incident is no one held before it, though
#: the paragraphs between end the paragraph-wide check (`_scene_start`). Near forms: with no
#: other incident brought in, a later arrest restates the one told.
A_ARREST_AFTER_ANOTHER_INCIDENT = [
    (
        "A woman was shot on Elm Street on Friday. The suspect was arrested at the scene.\n\n"
        "Officers were later called to another shooting on Oak Avenue.\n\n"
        "A man was found with a gunshot wound to the leg.\n\n"
        "Police said a 24-year-old man was taken into custody.",
        [
            ("injured", "A woman", None, True),
            ("detained", "The suspect", None, True),
            ("injured", "A man", None, True),
            ("detained", "a 24-year-old man", None, True),
        ],
    ),
    (
        "A clerk was stabbed at a gas station on Friday. Police arrested the suspect an hour "
        "later.\n\nIn a separate incident, a teenager was shot on Main Street.\n\n"
        "He was taken to a hospital.\n\n"
        "A 19-year-old woman was arrested in that shooting, police said.",
        [
            ("injured", "A clerk", None, True),
            ("detained", "the suspect", None, True),
            ("injured", "a teenager", None, True),
            ("detained", "A 19-year-old woman", None, True),
        ],
    ),
    (
        "Deputies responded to a stabbing on Friday. A suspect was detained at the scene.\n\n"
        "Deputies were called to another stabbing on Saturday.\n\n"
        "A 40-year-old woman was arrested, the sheriff said.",
        [
            ("detained", "A suspect", None, True),
            ("detained", "A 40-year-old woman", None, True),
        ],
    ),
    (
        "Two people were shot in separate incidents overnight. A man was wounded on Elm "
        "Street, and the gunman was arrested.\n\n"
        "Hours later, officers responded to another shooting on Pine Road.\n\n"
        "A 28-year-old man was detained there, police said.",
        [
            ("injured", "Two", None, True),
            ("injured", "A man", "subset_of", False),
            ("detained", "the gunman", None, True),
            ("detained", "A 28-year-old man", None, True),
        ],
    ),
    # Near forms: no other incident brought in; the later arrest is the one told.
    (
        "A man was shot outside a bar on Saturday. The gunman was arrested nearby.\n\n"
        "Police said a 31-year-old man was taken into custody.",
        [
            ("injured", "A man", None, True),
            ("detained", "The gunman", None, True),
            ("detained", "a 31-year-old man", "same_as", False),
        ],
    ),
    (
        "A cashier was stabbed at a store on Monday. The suspect was arrested a block away."
        "\n\nThe cashier was treated at a hospital.\n\n"
        "Officers said a 45-year-old man was taken into custody.",
        [
            ("injured", "A cashier", None, True),
            ("detained", "The suspect", None, True),
            ("detained", "a 45-year-old man", "same_as", False),
        ],
    ),
]

#: "He was taken in critical condition to Mount Sinai Hospital", "her son is still in critical
#: condition", "He is in guarded condition": a pronoun or definite person already counted,
#: told only in a hospital state, adds no harm (`_state_restated`). Near forms: a harm word in
#: the clause, a figure, and a first telling stay rows.
A_STATE_ONLY = [
    (
        "A man was shot on Friday. He was taken in critical condition to Mercy Hospital.",
        [("injured", "A man", None, True)],
    ),
    (
        "A boy was shot on Friday. He is in guarded condition and undergoing surgery.",
        [("injured", "A boy", None, True)],
    ),
    (
        "Two people were shot in the yard. The father has been released, but his daughter "
        "is still in critical condition.",
        [("injured", "Two", None, True)],
    ),
    (
        "A woman was stabbed outside a bar. She remains in serious condition.",
        [("injured", "A woman", None, True)],
    ),
    # Near forms: the harm told again, a figure, a first telling.
    (
        "A boy was shot on Friday. He is in critical condition after being shot in the chest.",
        [("injured", "A boy", None, True), ("injured", "He", "same_as", False)],
    ),
    (
        "Two men were shot on Friday. One is in critical condition.",
        [("injured", "Two men", None, True), ("injured", "One", "subset_of", False)],
    ),
    (
        "A 30-year-old man is in critical condition after a shooting on Friday.",
        [("injured", "A 30-year-old man", None, True)],
    ),
]

#: "Officers ... began evacuating people, including children and IRC clients", "she was
#: evacuated", "Once evacuated, victims and other building occupants were taken to ...": no
#: figure, no residents, no home or town left or reached: people out of a building at the
#: scene, no one displaced (`_scene_evacuated`). Near forms: residents, homes, a town or a
#: figure stay displaced.
A_SCENE_EVACUATION = [
    ("A gunman opened fire at the office. Officers began evacuating people, including staff.", []),
    ("A gunman opened fire at the office. She was evacuated, her husband said.", []),
    (
        "A gunman opened fire in a mall. Shoppers were evacuated to a nearby parking lot.",
        [],
    ),
    (
        "Shots rang out at the clinic. Once evacuated, patients and other occupants were "
        "taken to a park.",
        [],
    ),
    # Near forms: people of a home, a home, a town, a figure.
    (
        "A fire raced through the hills. Residents were evacuated overnight.",
        [("displaced", "Residents", None, True)],
    ),
    (
        "Floods hit the valley. People were evacuated from their homes.",
        [("displaced", "People", None, True)],
    ),
    (
        "Shelling hit the town. Villagers were evacuated to Kharkiv.",
        [("displaced", "Villagers", None, True)],
    ),
    (
        "Floods hit the valley. Hundreds of people were evacuated.",
        [("displaced", "Hundreds of people", None, True)],
    ),
]

#: "why is the lead detective saying that only two officers shot?": a past verb with a
#: counted subject in a that-clause is a finite clause; its subject fired. Near forms: a
#: counted subject of a participle with no "that" is its victims, as before.
A_THAT_CLAUSE_SHOOTERS = [
    ("But why is the detective saying that only two officers shot?", []),
    ("The lawyer asked why the report says that only two deputies shot.", []),
    ("Witnesses insisted that three officers shot.", []),
    ("Investigators concluded that two troopers shot.", []),
    # Near forms: no "that"; the counted people are the ones harmed.
    (
        "The blast left one dead and more than a dozen people wounded.",
        [("killed", "one dead", None, True), ("injured", "more than a dozen", None, True)],
    ),
    (
        "Police said two people shot in Dallas were recovering.",
        [("injured", "two", None, True)],
    ),
]

TABLES = {
    "an arrest after another incident": A_ARREST_AFTER_ANOTHER_INCIDENT,
    "a person told only in a hospital state": A_STATE_ONLY,
    "an evacuation at the scene": A_SCENE_EVACUATION,
    "shooters in a that-clause": A_THAT_CLAUSE_SHOOTERS,
}

test_precision_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)


#: (text, the article's totals by type: low, best, high)
ARTICLE_TOTALS = [
    # the second incident's arrest counts besides the first
    (
        "Police are investigating two shootings.\n\nA woman was shot on Elm Street on Monday. "
        "The suspect was located and arrested.\n\n"
        "Police were called out to another shooting on Pine Road on Tuesday.\n\n"
        "Officers found a 49-year-old man with a fatal gunshot wound. He died at the scene."
        "\n\nPolice say a 37-year-old man was taken into custody for this crime.",
        {"injured": (1, 1, 1), "killed": (1, 1, 1), "detained": (2, 2, 2)},
    ),
    # an evacuation at the scene adds no one displaced
    (
        "A gunman shot two people at an office on Monday. Officers began evacuating people, "
        "including children.",
        {"injured": (2, 2, 2)},
    ),
    # shooters in a that-clause are no victims
    (
        "A man was killed by police on Friday. His family asked why the report says that "
        "only two officers shot.",
        {"killed": (1, 1, 1)},
    ),
    # near form: one incident's arrest told twice counts once
    (
        "A man was shot outside a bar on Saturday. The gunman was arrested nearby.\n\n"
        "Police said a 31-year-old man was taken into custody.",
        {"injured": (1, 1, 1), "detained": (1, 1, 1)},
    ),
]

test_article_totals = cases_test(ARTICLE_TOTALS, totals, PUBLISHED)
