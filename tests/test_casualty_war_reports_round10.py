"""Casualty rows and article totals of war reports, tenth round: constructions of wire,
live-page and regional war reports that lost or doubled a killed or detained count (captures
told by a named armed group, more of a vague toll, a witness's running
count, the event a "since" ranks against, captives freed, a toll and the injured in one
sentence). Each table holds four or more wordings of one construction and at least two near
forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualty_incidents import linked_rows
from tests.test_casualty_war_reports_round9 import scoped_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "The Arakan Army said it had captured more than 150 junta soldiers", "the RSF said its forces
#: had captured 45 soldiers": a force named without a country, a people or a word of a state's
#: service is an armed group, and so is the owner of "its forces"; an armed group's capture is
#: `abducted`. Near forms: a state's forces by name, people or service, and a bare "the army".
NAMED_ARMED_GROUP_CAPTOR = [
    (
        "The Arakan Army said on Monday it had captured more than 150 junta soldiers.",
        [("abducted", "more than 150 junta soldiers", None, True)],
    ),
    (
        "The Kachin Independence Army said its forces had captured 40 soldiers near Bhamo.",
        [("abducted", "40 soldiers", None, True)],
    ),
    (
        "Sudan's paramilitary Rapid Support Forces said on Sunday its forces had captured 45 "
        "soldiers.",
        [("abducted", "45 soldiers", None, True)],
    ),
    (
        "KHARTOUM (Reuters) - The Rapid Support Forces said its troops had seized 30 soldiers "
        "near El Obeid.",
        [("abducted", "30 soldiers", None, True)],
    ),
    (
        "A Fano commander told the BBC that his fighters had captured 40 federal soldiers.",
        [("abducted", "40 federal soldiers", None, True)],
    ),
    # Near forms: a state's forces.
    (
        "The Israel Defense Forces said its troops had captured 12 militants.",
        [("detained", "12 militants", None, True)],
    ),
    (
        "The Sudanese Armed Forces said it had captured 30 fighters.",
        [("detained", "30 fighters", None, True)],
    ),
    (
        "The army said its forces had captured 45 fighters.",
        [("detained", "45 fighters", None, True)],
    ),
    (
        "Ukraine's Special Forces said they had captured 11 Russian soldiers.",
        [("detained", "11 Russian soldiers", None, True)],
    ),
]

#: "killed dozens ... a further five people died": a figure told as more than a vague group
#: ("a further", "another", "an additional", "more") is besides it, not the group made precise.
#: Near forms: a plain figure restates the vague group; a different harm stays its own.
MORE_AFTER_A_VAGUE_GROUP = [
    (
        "Shelling killed dozens of people in the city, residents said. A further five people "
        "died when a shell hit a market.",
        [("killed", "dozens of people", None, True), ("killed", "A further five", None, True)],
    ),
    (
        "Dozens of people were killed in the strikes. Another 12 were killed in a raid on "
        "Tuesday, medics said.",
        [("killed", "Dozens of people", None, True), ("killed", "Another 12", None, True)],
    ),
    (
        "Airstrikes killed scores of civilians. Rescuers said an additional 14 people died "
        "overnight.",
        [("killed", "scores of civilians", None, True), ("killed", "an additional 14", None, True)],
    ),
    (
        "Several people were killed in the clashes. Three more people died in hospital on Monday.",
        [("killed", "Several people", None, True), ("killed", "Three more", None, True)],
    ),
    # Near forms.
    (
        "Dozens of people were killed in the strikes. At least 40 people died, officials said.",
        [("killed", "Dozens of people", None, True), ("killed", "At least 40", "same_as", False)],
    ),
    (
        "Several people were injured in the blast. Two others were killed.",
        [("injured", "Several people", None, True), ("killed", "Two others", None, True)],
    ),
]

#: "It was the deadliest attack on the town since a 2023 strike on a market that killed 13
#: people": the event a "since" ranks the news against came before; its toll is another
#: incident's, not a rival count. Near forms: the same toll told again, a tally since a time.
EVENT_A_SINCE_RANKS = [
    (
        "Russian warplanes struck a vegetable market in the town on Monday, killing nine "
        "civilians, the White Helmets said. It was the deadliest attack on the town since a 2023 "
        "strike on a market that killed 13 people.",
        [("killed", "nine civilians", None, True), ("killed", "13", None, True)],
    ),
    (
        "Shelling killed five people in Kharkiv on Friday. It was the deadliest attack on the "
        "city since a missile strike that killed 18 in January.",
        [("killed", "five", None, True), ("killed", "18", None, True)],
    ),
    (
        "A car bomb killed seven people in Azaz, police said. It was the worst bombing since an "
        "attack that killed 40 people in 2016.",
        [("killed", "seven", None, True), ("killed", "40", None, True)],
    ),
    (
        "Drones killed 12 people in the capital on Sunday, in the deadliest raid since an "
        "ambush in which 20 soldiers died.",
        [("killed", "12", None, True), ("killed", "20 soldiers", None, True)],
    ),
    # Near forms.
    (
        "A strike killed nine people on Monday. Officials later said 13 people had been killed "
        "in the strike.",
        [("killed", "nine", None, False), ("killed", "13", "update_of", True)],
    ),
    (
        "Troops have killed 300 militants since the offensive began.",
        [("killed", "300 militants", None, False)],
    ),
]

#: "troops rescued 16 kidnapped people": a captive adjective on the object of a freeing verb
#: names people whose captivity ends, as "released 24 hostages" does. Near forms: the capture
#: itself, and a captive noun held by its captors.
FREED_CAPTIVES = [
    ("Troops rescued 16 kidnapped people in Zamfara state, the army said.", []),
    ("Police freed 20 abducted farmers in a raid on a forest hideout.", []),
    (
        "Soldiers rescued 30 kidnapped students and arrested two suspects.",
        [("detained", "two suspects", None, True)],
    ),
    ("Twelve kidnapped passengers were rescued by police on Sunday.", []),
    # Near forms.
    (
        "Gunmen kidnapped 16 people in Zamfara state, the army said.",
        [("abducted", "16", None, True)],
    ),
    (
        "Gunmen are still holding 20 people in a church.",
        [("abducted", "20", None, True)],
    ),
]


#: "A security source put the number of soldiers killed ... at 12": the "at" phrase the parser
#: hung on the harm participle gives the figure of a toll a source sets. Near forms: a toll
#: with its own figure, and a harm participle with a place after "at".
TOLL_SET_AT_A_FIGURE = [
    (
        "A security source put the number of soldiers killed in a separate ambush near Djibo "
        "on Wednesday at 12.",
        [("killed", "12", None, True)],
    ),
    ("Officials put the number of people killed at 40.", [("killed", "40", None, True)]),
    ("Medics estimated the number of people wounded at 60.", [("injured", "60", None, True)]),
    (
        "The army put the number of militants killed at more than 40.",
        [("killed", "more than 40", None, True)],
    ),
    (
        "Officials placed the number of people detained at 200.",
        [("detained", "200", None, True)],
    ),
    # Near forms.
    ("The ministry put the death toll at 11.", [("killed", "11", None, True)]),
    (
        "Witnesses said dozens of soldiers killed at the checkpoint were buried on Sunday.",
        [("killed", "dozens of soldiers", None, True)],
    ),
]

#: "The death toll rose to 13 and 40 people were injured": the parser joins the toll's figure
#: and the next clause's subject into one noun phrase; the toll is the first numeral, the
#: subjectless harm verb's people the second. Near forms: a comma that keeps the clauses apart,
#: and a toll with no clause after it.
TOLL_AND_NEXT_SUBJECT = [
    (
        "The death toll rose to 13 and 40 people were injured, the monitor said.",
        [("killed", "13", None, True), ("injured", "40", None, True)],
    ),
    (
        "The death toll rose to 12 and 40 people were injured.",
        [("killed", "12", None, True), ("injured", "40", None, True)],
    ),
    (
        "The toll climbed to 20 and 65 people were wounded.",
        [("killed", "20", None, True), ("injured", "65", None, True)],
    ),
    (
        "Officials said the toll rose to 15 and 52 people were hurt.",
        [("killed", "15", None, True), ("injured", "52", None, True)],
    ),
    # Near forms.
    (
        "The toll rose to 13, and 40 people were injured.",
        [("killed", "13", None, True), ("injured", "40", None, True)],
    ),
    ("The death toll rose to 13 and 40 people.", [("killed", "13 and 40", None, True)]),
]

#: (text, every row: type, count text, relation, counts, time scope)


#: "We have so far counted 12 dead and 27 wounded," said a doctor: a first-person running
#: count at the scene is one incident's toll as it grows, whatever "so far" says. Near forms: a
#: body's count and a bare "so far" stay tallies.
WITNESS_RUNNING_COUNT = [
    (
        'Shelling hit the camp, killing at least nine people, the army said. "We have so far '
        'counted 12 dead and 27 wounded," said a doctor at the hospital.',
        [
            ("killed", "at least nine", None, False, "incident"),
            ("killed", "12 dead", "update_of", True, "incident"),
            ("injured", "27 wounded", None, True, "incident"),
        ],
    ),
    (
        '"We have so far counted eight dead soldiers," the commander said.',
        [("killed", "eight dead soldiers", None, True, "incident")],
    ),
    (
        '"So far we have received 40 bodies and 65 injured people," a hospital director said.',
        [
            ("killed", "40 bodies", None, True, "incident"),
            ("injured", "65 injured", None, True, "incident"),
        ],
    ),
    (
        '"I have seen 15 dead so far," a rescuer said after the bombing.',
        [("killed", "15 dead", None, True, "incident")],
    ),
    # Near forms.
    (
        "The health ministry has so far recorded 300 deaths in the conflict.",
        [("killed", "300 deaths", None, False, "cumulative")],
    ),
    (
        "So far, 300 people have been killed, the monitor said.",
        [("killed", "300", None, False, "cumulative")],
    ),
]

#: "We have so far counted eight dead soldiers and 14 wounded": the parser makes the bare
#: figure a conjunct of the object and the participle after it a subjectless verb; the figure
#: right before it is that participle's group. Near forms: the same list read as one noun
#: phrase, coordinated nouns of one harm, and a participle with a subject of its own.
STRANDED_FIGURE_BEFORE_PARTICIPLE = [
    (
        '"We have so far counted eight dead soldiers and 14 wounded," the commander said.',
        [
            ("killed", "eight dead soldiers", None, True, "incident"),
            ("injured", "14 wounded", None, True, "incident"),
        ],
    ),
    (
        '"So far we have counted 11 dead fighters and 23 wounded," the spokesman said.',
        [
            ("killed", "11 dead fighters", None, True, "incident"),
            ("injured", "23 wounded", None, True, "incident"),
        ],
    ),
    (
        '"So far we have registered 15 dead villagers and 40 wounded," the governor said.',
        [
            ("killed", "15 dead villagers", None, True, "incident"),
            ("injured", "40 wounded", None, True, "incident"),
        ],
    ),
    (
        '"We have so far tallied six dead soldiers and 18 wounded," an officer said.',
        [
            ("killed", "six dead soldiers", None, True, "incident"),
            ("injured", "18 wounded", None, True, "incident"),
        ],
    ),
    # Near forms.
    (
        "Rescuers counted 12 dead civilians and 30 wounded after the strike.",
        [
            ("killed", "12 dead civilians", None, True, "incident"),
            ("injured", "30 wounded", None, True, "incident"),
        ],
    ),
    (
        "Police arrested 12 men and 3 women.",
        [
            ("detained", "12 men", None, True, "incident"),
            ("detained", "3 women", None, True, "incident"),
        ],
    ),
    (
        "Doctors treated 40 people and 12 injured were flown to Kyiv.",
        [("injured", "12 injured", None, True, "incident")],
    ),
]

ROW_TABLES = (
    NAMED_ARMED_GROUP_CAPTOR,
    MORE_AFTER_A_VAGUE_GROUP,
    EVENT_A_SINCE_RANKS,
    FREED_CAPTIVES,
    TOLL_SET_AT_A_FIGURE,
    TOLL_AND_NEXT_SUBJECT,
)
SCOPE_TABLES = (WITNESS_RUNNING_COUNT, STRANDED_FIGURE_BEFORE_PARTICIPLE)


@pytest.mark.parametrize(("text", "expected"), [row for table in ROW_TABLES for row in table])
def test_round10_war_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(("text", "expected"), [row for table in SCOPE_TABLES for row in table])
def test_round10_war_scopes(nlp, text, expected):
    assert scoped_rows(process(nlp, text, PUBLISHED)) == expected


def test_each_table_has_near_forms():
    for table in (*ROW_TABLES, *SCOPE_TABLES):
        assert_wordings_and_near_forms(table)
