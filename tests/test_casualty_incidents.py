"""Telling incidents apart in an article: a later figure of another place or another day is a
figure of its own and adds to the total; a part, a repeat or a revision of the same incident
does not. Each table holds four or more wordings of one construction and the near forms that
must keep their relation."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualties import items, totals

#: (text, count text of the later figure, its relation, whether it counts, killed total best)
PLACE_OF_THE_SUBJECT = [
    # The place hangs on the event that did the harm ("shelling in Odesa killed 35"), not on the
    # verb: it still places the figure.
    (
        "Shelling killed at least nine people in Kharkiv on Monday, officials said. Shelling in "
        "Odesa killed at least 35 people, the regional governor said.",
        "at least 35",
        None,
        True,
        44,
    ),
    (
        "A car bomb killed 20 people in Mosul. A roadside bomb near Kirkuk killed seven soldiers.",
        "seven soldiers",
        None,
        True,
        27,
    ),
    (
        "Israeli strikes killed 17 people in Rafah, medics said. A strike on a house in Khan "
        "Younis killed five people, the civil defence said.",
        "five",
        None,
        True,
        22,
    ),
    (
        "Gunmen in Plateau state killed 12 villagers, police said. Bandits in Zamfara killed "
        "eight people, residents said.",
        "eight",
        None,
        True,
        20,
    ),
    # Near forms: a part of the group in a place inside the first, a place of a relative
    # clause, and the same figure told again.
    (
        "Air strikes killed 20 people in Gaza, medics said. A strike on a house in Gaza City "
        "killed 12 of them.",
        "12 of them",
        "subset_of",
        False,
        20,
    ),
    (
        "Gunmen killed 12 people in Zamfara, police said. A man who lived in Gusau was among "
        "the dead.",
        "A man",
        "subset_of",
        False,
        12,
    ),
    (
        "Gunmen killed 30 people in Borno state, officials said. Fighters in Maiduguri killed "
        "18 of them.",
        "18 of them",
        "subset_of",
        False,
        30,
    ),
    (
        "Shelling killed nine people in Kharkiv on Monday. Shelling in Kharkiv killed nine "
        "people, the governor said.",
        "nine",
        "same_as",
        False,
        9,
    ),
]

ANOTHER_DAY = [
    # An event brought in ("a suicide bombing", "a strike on a school") on a day other than the
    # earlier figure's is another incident, even in the same region or with the same word.
    (
        "At least 30 people were killed in an attack in Borno state on Friday. On Saturday, a "
        "suicide bombing in Maiduguri killed at least 18.",
        "at least 18",
        None,
        True,
        48,
    ),
    (
        "Air strikes killed 20 people in Gaza on Tuesday. On Wednesday, a strike on a school in "
        "Gaza killed 14 people.",
        "14",
        None,
        True,
        34,
    ),
    (
        "Gunmen killed 12 people in Zamfara on Sunday, police said. On Monday, an attack on a "
        "village in the same state killed five.",
        "five",
        None,
        True,
        17,
    ),
    (
        "Russian strikes killed 11 people in the region on Friday. On Sunday, a drone attack "
        "killed two more, the governor said.",
        "two more",
        None,
        True,
        13,
    ),
    # Near forms: a part told on the same day, a toll revised the next day, and the figure
    # told again on the day of the inquiry.
    (
        "Strikes killed 20 people in Gaza on Tuesday. On Tuesday, a strike on a house killed 12 "
        "of them.",
        "12 of them",
        "subset_of",
        False,
        20,
    ),
    (
        "A bomb killed 20 people in Kabul on Friday. The toll rose to 25 on Saturday.",
        "25",
        "update_of",
        True,
        25,
    ),
    (
        "A gunman killed five people at a school on Monday. Police said on Tuesday that five "
        "people had died.",
        "five",
        "same_as",
        False,
        5,
    ),
]

ALSO_ADDS = [
    # "also" on an active harm verb before its object adds the object's people to those harmed
    # so far, as "a bystander was also injured" does.
    (
        "Gunmen killed 20 villagers in Zamfara on Sunday. The attackers also killed a police "
        "officer.",
        "a police officer",
        None,
        True,
        21,
    ),
    (
        "Gunmen killed 12 people in a village on Sunday. They also killed a local chief.",
        "a local chief",
        None,
        True,
        13,
    ),
    (
        "An air strike killed nine people at a market, medics said. It also killed a child in a "
        "nearby house.",
        "a child",
        None,
        True,
        10,
    ),
    (
        "Bandits killed 15 people in Katsina on Friday. The gunmen also shot dead a man who "
        "tried to flee.",
        "a man",
        None,
        True,
        16,
    ),
    # Near forms: "also" on the speech verb, and a person told among the dead.
    (
        "Gunmen killed 20 villagers on Sunday, police said. Police also said that three of the "
        "dead were children.",
        "three of the dead",
        "subset_of",
        False,
        20,
    ),
    (
        "Gunmen killed 20 villagers on Sunday. A police officer was among the dead.",
        "A police officer",
        "subset_of",
        False,
        20,
    ),
    (
        "Gunmen killed six villagers on Saturday, residents said. An elderly man was among those "
        "killed on Saturday.",
        "An elderly man",
        "subset_of",
        False,
        6,
    ),
]

DAY_OF_THE_ACT = [
    # A verb of violence with its own day names the day of the act: another day, another
    # incident, though no new event word brings it in.
    (
        "Gunmen killed eight people in a village in Plateau state on Monday, police said. On "
        "Tuesday, a farmer was killed in a neighbouring village.",
        "a farmer",
        None,
        True,
        9,
    ),
    (
        "Gunmen killed six villagers on Saturday, residents said. A 70-year-old man was killed on "
        "Sunday as he tended his farm.",
        "A 70-year-old man",
        None,
        True,
        7,
    ),
    (
        "Gunmen killed eight people on Monday. Two more people were shot dead on Wednesday, police "
        "said.",
        "Two more",
        None,
        True,
        10,
    ),
    (
        "Russian strikes killed four people on Sunday. A man was killed on Monday when a drone hit "
        "his car.",
        "A man",
        None,
        True,
        5,
    ),
    # Near forms: a day of the report, not of the act ("police said on Tuesday"), and a day
    # that is the same.
    (
        "Gunmen killed eight people on Monday. On Tuesday, police said two of the dead were "
        "children.",
        "two of the dead",
        "subset_of",
        False,
        8,
    ),
    (
        "Gunmen killed eight people on Monday. Police said on Tuesday that eight people had been "
        "killed.",
        "eight",
        "same_as",
        False,
        8,
    ),
]

OTHER_SIDE = [
    # The attacking side's own dead are no part of the people its strikes killed: the
    # nationality of the strikes ("Israeli strikes") is that of the later dead ("an Israeli
    # soldier"); a place on the passive's doer ("killed by a drone in Kyiv") places the figure.
    (
        "Israeli air strikes killed 25 people in Gaza City, medics said. An Israeli soldier was "
        "killed in combat in the south of the Strip, the army said.",
        "An Israeli soldier",
        None,
        True,
        26,
    ),
    (
        "Russian shelling killed 11 people in Kherson on Monday, the governor said. Three "
        "Russian soldiers were killed in a Ukrainian counterattack, Moscow said.",
        "Three Russian soldiers",
        None,
        True,
        14,
    ),
    (
        "Turkish drone strikes killed nine people in northern Iraq, local officials said. Two "
        "Turkish soldiers died in clashes with PKK militants.",
        "Two Turkish soldiers",
        None,
        True,
        11,
    ),
    (
        "Russian shelling killed six civilians in Kherson on Monday. Two people were killed by "
        "a drone in Kyiv.",
        "Two",
        None,
        True,
        8,
    ),
    # Near forms: the victims' own people, one told among the dead, a part in the same city.
    (
        "Israeli strikes killed 40 people in Gaza, medics said. Two Palestinian children were "
        "among the dead.",
        "Two Palestinian children",
        "subset_of",
        False,
        40,
    ),
    (
        "Russian shelling killed six civilians in Kherson on Monday. A Russian soldier was among "
        "the dead, officials said.",
        "A Russian soldier",
        "subset_of",
        False,
        6,
    ),
    (
        "Russian shelling killed six civilians in Kherson on Monday. Two of them were killed by "
        "shrapnel in the city centre.",
        "Two of them",
        "subset_of",
        False,
        6,
    ),
]


def linked_rows(doc) -> list[tuple[str, str, str | None, bool]]:
    """(type, count text, relation, counts_toward_total) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["relation"],
            c["counts_toward_total"],
        )
        for c in doc._.news_casualties
    ]


def _typed_rows(doc) -> list[tuple[str, str]]:
    """(type, count text) of every row, in text order."""
    return [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]


def _later(doc, count_text: str) -> dict:
    """The last item with this count text (the earlier figure may have the same words)."""
    found = [
        c
        for c in doc._.news_casualties
        if doc.text[c["count_start"] : c["count_end"]] == count_text
    ]
    assert found, f"no casualty {count_text!r} in {sorted(items(doc))}"
    return found[-1]


@pytest.mark.parametrize(
    ("text", "count_text", "relation", "counts", "killed"),
    PLACE_OF_THE_SUBJECT + ANOTHER_DAY + ALSO_ADDS + DAY_OF_THE_ACT + OTHER_SIDE,
)
def test_a_later_figure_is_told_apart_or_joined(nlp, text, count_text, relation, counts, killed):
    doc = process(nlp, text, "2024-05-12")
    later = _later(doc, count_text)
    assert (later["relation"], later["counts_toward_total"]) == (relation, counts)
    assert totals(doc)["killed"][1] == killed


def test_each_table_keeps_its_near_forms():
    for table in (PLACE_OF_THE_SUBJECT, ANOTHER_DAY, ALSO_ADDS, DAY_OF_THE_ACT, OTHER_SIDE):
        apart = [row for row in table if row[2] is None]
        joined = [row for row in table if row[2] is not None]
        assert len(apart) >= 4 and len(joined) >= 2


#: (text, the one row expected: type, count text): a subject the parser hung as an apposition
#: on the place of a fronted phrase is still the passive harm's subject.
FRONTED_APPOSITION = [
    ("In the western city of Maracaibo, a 17-year-old was shot dead.", "killed", "a 17-year-old"),
    ("In the northern city of Kano, a 19-year-old was shot dead.", "killed", "a 19-year-old"),
    (
        "In the eastern town of Goma, a 12-year-old was killed by a stray bullet.",
        "killed",
        "a 12-year-old",
    ),
    ("In the southern town of Rafah, a 15-year-old was killed.", "killed", "a 15-year-old"),
    # Near forms: a subject parsed as such, and an apposition that is one.
    (
        "In the village of Kuje, three farmers were abducted on Monday.",
        "abducted",
        "three farmers",
    ),
    ("In the city of Aleppo, Syria's second city, markets reopened on Monday.", None, None),
]


@pytest.mark.parametrize(("text", "type_", "count_text"), FRONTED_APPOSITION)
def test_a_subject_misparsed_as_an_apposition_is_found(nlp, text, type_, count_text):
    expected = [] if type_ is None else [(type_, count_text)]
    assert _typed_rows(process(nlp, text, "2024-05-12")) == expected


#: (text, count text, time scope): a conflict's perfect is its tally so far, also when the
#: harm verb is joined to the verb that has the conflict as subject.
CAMPAIGN_OF_A_JOINED_VERB = [
    (
        "The war between the army and the RSF broke out in April 2023 and has killed tens of "
        "thousands of people.",
        "tens of thousands of people",
        "cumulative",
    ),
    (
        "The insurgency erupted in 2009 and has displaced more than two million people.",
        "more than two million",
        "cumulative",
    ),
    (
        "The war started in February 2022 and has killed at least 10,000 civilians, the UN says.",
        "at least 10,000 civilians",
        "cumulative",
    ),
    (
        "The conflict began in 2014 and has killed more than 14,000 people.",
        "more than 14,000",
        "cumulative",
    ),
    # Near forms: attackers and police are no conflict; their perfect tells one incident.
    (
        "Gunmen stormed the village on Sunday and have abducted 40 people, police said.",
        "40",
        "incident",
    ),
    ("Police raided the camp on Monday and have arrested 12 men.", "12 men", "incident"),
]


@pytest.mark.parametrize(("text", "count_text", "scope"), CAMPAIGN_OF_A_JOINED_VERB)
def test_a_conflicts_tally_is_cumulative_through_a_joined_verb(nlp, text, count_text, scope):
    doc = process(nlp, text, "2024-05-12")
    assert _later(doc, count_text)["time_scope"] == scope


#: (text, every row: type, count text, relation, counts_toward_total)
TOLLS_AND_FURTHER_FIGURES = [
    # "a further N" with no noun is more people, not a score ("shot a 67").
    (
        "Gunmen killed 20 people in the attack. A further 10 were killed in a second village.",
        [("killed", "20", None, True), ("killed", "A further 10", None, True)],
    ),
    (
        "A bomb killed 12 people and wounded a further 30.",
        [("killed", "12", None, True), ("injured", "a further 30", None, True)],
    ),
    (
        "Troops killed 12 militants. An additional 15 were captured.",
        [("killed", "12 militants", None, True), ("detained", "An additional 15", None, True)],
    ),
    (
        "A bomb killed 12 people. A further 30 were wounded, police said.",
        [("killed", "12", None, True), ("injured", "A further 30", None, True)],
    ),
    ("The golfer shot a 67 on Sunday.", []),
    # A bare "the figure" / "the number" that a change verb moves is the toll of the harm the
    # sentence before told, revised; a "number of" something else is no toll.
    (
        "At least 23 civilians were killed in the shelling on Monday. By Tuesday morning the "
        "figure had climbed to 31, according to a local emergency room.",
        [
            ("killed", "At least 23 civilians", None, False),
            ("killed", "31", "update_of", True),
        ],
    ),
    (
        "At least 23 people died in the floods, officials said. By Wednesday the number had "
        "risen to 40.",
        [("killed", "At least 23", None, False), ("killed", "40", "update_of", True)],
    ),
    (
        "A gas explosion injured 17 people on Monday. The number rose to 25 overnight, officials "
        "said.",
        [("injured", "17", None, False), ("injured", "25", "update_of", True)],
    ),
    (
        "Police arrested 40 protesters on Saturday. By Sunday the figure had risen to 65, a "
        "rights group said.",
        [("detained", "40 protesters", None, False), ("detained", "65", "update_of", True)],
    ),
    (
        "A bomb killed 15 people. The number of schools closed by the violence rose to 40.",
        [("killed", "15", None, True)],
    ),
    (
        "A bomb killed 15 people. The figure was disputed by the army.",
        [("killed", "15", None, True)],
    ),
    # "the number of dead soldiers": the adjective before the people names the harm.
    (
        "Hospital officials put the number of wounded civilians at 50.",
        [("injured", "50", None, True)],
    ),
    ("The ministry put the number of injured people at 40.", [("injured", "40", None, True)]),
    (
        "The army said the number of dead soldiers had risen to 18.",
        [("killed", "18", None, True)],
    ),
    (
        "Rescuers said the number of missing people stood at 12.",
        [("missing", "12", None, True)],
    ),
    # A figure told with "further" in a clause joined by "and" to a revised toll adds people;
    # in a clause that brings the toll to the new figure it is part of it.
    (
        "Police detained 20 people on Monday. By Tuesday the number had risen to 31, and a "
        "further four people were detained at checkpoints.",
        [
            ("detained", "20", None, False),
            ("detained", "31", "update_of", True),
            ("detained", "a further four", None, True),
        ],
    ),
    (
        "A bomb killed five people. Two more died in hospital, bringing the toll to seven.",
        [
            ("killed", "five", None, False),
            ("killed", "Two more", "subset_of", False),
            ("killed", "seven", "update_of", True),
        ],
    ),
    # A revised toll without a noun names the people of the figure it revises: mercenaries
    # are other people than the civilians.
    (
        "At least 23 civilians were killed in the shelling on Monday. By Tuesday the figure had "
        "climbed to 31, a local group said. The army said its fighters had killed hundreds of "
        "mercenaries.",
        [
            ("killed", "At least 23 civilians", None, False),
            ("killed", "31", "update_of", True),
            ("killed", "hundreds of mercenaries", None, True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS_AND_FURTHER_FIGURES)
def test_tolls_and_further_figures_give_their_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, "2024-05-12")) == expected


#: (text, count text, time scope): "so far" and "to date" only say "until now"; told of one
#: event ("in the landslide", "after the boat capsized", "the toll from Saturday's
#: earthquake") they give that event's toll, not a tally; and a toll in the perfect is no
#: actor's campaign unless it is a war's.
ONE_EVENT_SO_FAR = [
    (
        "Rescuers said 19 bodies had been recovered so far from the river after the boat "
        "capsized on Monday.",
        "19 bodies",
        "incident",
    ),
    ("So far, 12 people have been confirmed dead in the landslide.", "12", "incident"),
    (
        "The death toll from Saturday's earthquake has risen to 2,000 so far, officials said.",
        "2,000",
        "incident",
    ),
    ("The death toll from the earthquake has risen to 3,400, officials said.", "3,400", "incident"),
    ("The toll from the floods has climbed to 1,500.", "1,500", "incident"),
    ("The death toll from the attack has risen to 1,100.", "1,100", "incident"),
    # Near forms: no event named, or a war's tally.
    ("So far, 300 people have been killed, the UN said.", "300", "cumulative"),
    (
        "More than 1,000 civilians have been killed to date, the monitor said.",
        "More than 1,000 civilians",
        "cumulative",
    ),
    ("At least 40 people have been killed so far this year.", "At least 40", "cumulative"),
    (
        "The war's death toll has risen to 30,000, the health ministry said.",
        "30,000",
        "cumulative",
    ),
    ("The death toll in the conflict has risen to 14,000, the UN said.", "14,000", "cumulative"),
    ("The number of people killed in the war has risen to 35,000.", "35,000", "cumulative"),
]


@pytest.mark.parametrize(("text", "count_text", "scope"), ONE_EVENT_SO_FAR)
def test_one_events_toll_so_far_is_the_incidents(nlp, text, count_text, scope):
    doc = process(nlp, text, "2024-05-12")
    assert _later(doc, count_text)["time_scope"] == scope


#: (text, the rows: type, count text): a harm verb taken "to death" is a killing wherever its
#: object stands, and "took" / "cost the lives of" count the dead as "claimed" does.
DEATHS_TOLD_BY_PHRASE = [
    ("Four children were burned to death in the fire.", [("killed", "Four children")]),
    ("A mob burned a man to death.", [("killed", "a man")]),
    ("Guards beat a prisoner to death.", [("killed", "a prisoner")]),
    ("The militia shot three farmers to death.", [("killed", "three farmers")]),
    ("The strike took the lives of 17 civilians.", [("killed", "17 civilians")]),
    ("The floods took the lives of 12 people in the province.", [("killed", "12")]),
    ("The strike claimed the lives of 17 civilians.", [("killed", "17 civilians")]),
    # Near forms: burned without a death, a sentence to death, a figure of speech.
    ("Three people were burned in the fire.", [("injured", "Three")]),
    ("Protesters were sentenced to death.", []),
    ("The decision cost the lives of the company.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEATHS_TOLD_BY_PHRASE)
def test_a_death_told_by_a_phrase_is_a_killing(nlp, text, expected):
    assert _typed_rows(process(nlp, text, "2024-05-12")) == expected


#: (text, every row: type, count text, relation, counts): "those killed included" names its
#: harmed as "the dead included" does; the people of one "among" list are besides each other,
#: parts of a group only when the article states one.
LISTS_OF_THE_HARMED = [
    (
        "Those killed included a 10-year-old girl, her mother and a neighbour.",
        [
            ("killed", "a 10-year-old girl", None, True),
            ("killed", "her mother", None, True),
            ("killed", "a neighbour", None, True),
        ],
    ),
    ("Those injured included a police officer.", [("injured", "a police officer", None, True)]),
    ("Those arrested included two teenagers.", [("detained", "two teenagers", None, True)]),
    (
        "Those killed in the attack included a local chief.",
        [("killed", "a local chief", None, True)],
    ),
    (
        "Among those killed were a journalist and two aid workers.",
        [("killed", "a journalist", None, True), ("killed", "two aid workers", None, True)],
    ),
    (
        "Among the dead were a doctor and three nurses, the ministry said.",
        [("killed", "a doctor", None, True), ("killed", "three nurses", None, True)],
    ),
    (
        "Among the injured were a police officer and four children.",
        [("injured", "a police officer", None, True), ("injured", "four children", None, True)],
    ),
    (
        "Among those arrested were a lawyer and five students.",
        [("detained", "a lawyer", None, True), ("detained", "five students", None, True)],
    ),
    # Near forms: the group stated before or after the list.
    (
        "A bomb killed 12 people. Those killed included two children.",
        [("killed", "12", None, True), ("killed", "two children", "subset_of", False)],
    ),
    (
        "Among those killed were a journalist and two aid workers. The strike killed 14 people "
        "in all.",
        [
            ("killed", "a journalist", "subset_of", False),
            ("killed", "two aid workers", "subset_of", False),
            ("killed", "14", None, True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_OF_THE_HARMED)
def test_lists_of_the_harmed_give_their_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, "2024-05-12")) == expected


#: "eliminated" in a military claim is a killing of people, as "neutralised" is; of jobs,
#: taxes or a team it harms no one.
ELIMINATED = [
    (
        "The army said it had eliminated 40 terrorists in air strikes.",
        [("killed", "40 terrorists")],
    ),
    (
        "Troops eliminated 12 militants near the border, the ministry said.",
        [("killed", "12 militants")],
    ),
    (
        "Security forces eliminated a senior commander of the group.",
        [("killed", "a senior commander of the group")],
    ),
    (
        "The army said 15 insurgents were neutralised in the operation.",
        [("killed", "15 insurgents")],
    ),
    # Other wordings of a killing: "mowed down", "fell in battle", "suffocated".
    ("Gunmen mowed down 14 worshippers at a mosque.", [("killed", "14 worshippers")]),
    ("Two soldiers fell in battle near Bakhmut, the brigade said.", [("killed", "Two soldiers")]),
    ("Three officers fell in combat last week.", [("killed", "Three officers")]),
    ("Seven people suffocated in the crush.", [("killed", "Seven")]),
    ("The farmer mowed the lawn.", []),
    ("Prices fell in the battle for market share.", []),
    ("The town fell in the battle.", []),
    ("The company eliminated 500 jobs.", []),
    ("The team was eliminated from the tournament.", []),
    ("The reform eliminated two taxes.", []),
]


@pytest.mark.parametrize(("text", "expected"), ELIMINATED)
def test_eliminated_people_are_killed(nlp, text, expected):
    assert _typed_rows(process(nlp, text, "2024-05-12")) == expected


#: (text, every row: type, count text, relation, counts): a gapped clause after a passive or
#: intransitive harm ("and three in Kharkiv") is a figure of its own; "In total, five" sums the
#: figures told before wherever each was.
GAPPED_FIGURES = [
    (
        "Two people were killed in Kyiv and three in Kharkiv.",
        [("killed", "Two", None, True), ("killed", "three", None, True)],
    ),
    (
        "Five people died in Lagos and seven in Abuja, officials said.",
        [("killed", "Five", None, True), ("killed", "seven", None, True)],
    ),
    (
        "Twelve were injured in Gaza City and eight in Khan Younis.",
        [("injured", "Twelve", None, True), ("injured", "eight", None, True)],
    ),
    (
        "Three soldiers were killed on Monday and two on Tuesday.",
        [("killed", "Three soldiers", None, True), ("killed", "two", None, True)],
    ),
    (
        "Four people were arrested in Lagos and six in Kano.",
        [("detained", "Four", None, True), ("detained", "six", None, True)],
    ),
    (
        "Two people were killed in Kyiv and three in Kharkiv. In total, five people were killed "
        "in the attacks.",
        [
            ("killed", "Two", None, True),
            ("killed", "three", None, True),
            # the sum of the attacks' tolls, none of them told again: no relation, not counted
            # (test_casualty_roundup_tolls_round26)
            ("killed", "five", None, False),
        ],
    ),
    (
        "Floods killed 12 people in Kenya and 8 in Somalia. In total, 20 people died in the "
        "floods.",
        [
            ("killed", "12", None, True),
            ("killed", "8", None, True),
            ("killed", "20", "same_as", False),
        ],
    ),
    # Near forms: years, a range and two places of one figure are no second figure.
    ("Between 10 and 15 people were killed.", [("killed", "Between 10 and 15", None, True)]),
    ("Four people were wounded in Mosul and Kirkuk.", [("injured", "Four", None, True)]),
    ("Ten people were killed in 2019 and 2020.", [("killed", "Ten", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_FIGURES)
def test_gapped_figures_give_their_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, "2024-05-12")) == expected


def scoped_rows(doc) -> list[tuple[str, str, str | None, bool, str]]:
    """`linked_rows` with each row's time scope."""
    return [
        (*row, c["time_scope"])
        for row, c in zip(linked_rows(doc), doc._.news_casualties, strict=True)
    ]


#: (text, every row: type, count text, relation, counts, time scope): a phrase closing two
#: coordinated harm clauses ("three were killed and 12 wounded in a shooting in Birmingham")
#: gives both their cause, so a new event at a place of its own is another incident for each.
CLOSING_CAUSE_OF_COORDINATED_CLAUSES = [
    (
        "A gunman killed four people at a party in Montgomery, police said. Three people were "
        "killed and 12 were wounded in a shooting in Birmingham, police said.",
        [
            ("killed", "four", None, True, "incident"),
            ("killed", "Three", None, True, "incident"),
            ("injured", "12", None, True, "incident"),
        ],
    ),
    (
        "Strikes killed 30 people in Gaza City, medics said. Five people were killed and 20 "
        "were wounded in an airstrike in Rafah, medics said.",
        [
            ("killed", "30", None, True, "incident"),
            ("killed", "Five", None, True, "incident"),
            ("injured", "20", None, True, "incident"),
        ],
    ),
    (
        "A bomb killed 10 people in Kano, police said. Two people were killed and eight were "
        "injured in an explosion in Maiduguri, officials said.",
        [
            ("killed", "10", None, True, "incident"),
            ("killed", "Two", None, True, "incident"),
            ("injured", "eight", None, True, "incident"),
        ],
    ),
    (
        "Shelling killed nine people in Kharkiv, the governor said. Two people were killed and "
        "five were wounded in a drone attack in Odesa, officials said.",
        [
            ("killed", "nine", None, True, "incident"),
            ("killed", "Two", None, True, "incident"),
            ("injured", "five", None, True, "incident"),
        ],
    ),
    (
        "Gunmen killed 12 villagers in Zamfara, police said. Three villagers were killed and two "
        "were abducted in a raid in Katsina, residents said.",
        [
            ("killed", "12 villagers", None, True, "incident"),
            ("killed", "Three villagers", None, True, "incident"),
            ("abducted", "two", None, True, "incident"),
        ],
    ),
    # Near forms: the event told again ("the shooting") breaks the first toll down, and a
    # first clause with a place of its own keeps it.
    (
        "Gunmen killed four people at a party in Montgomery on Saturday. Three people were "
        "killed and 12 were wounded in the shooting, police said.",
        [
            ("killed", "four", None, True, "incident"),
            ("killed", "Three", "subset_of", False, "incident"),
            ("injured", "12", None, True, "incident"),
        ],
    ),
    (
        "A bomb killed 10 people at a market in Kano on Friday. Two people were killed and eight "
        "were injured in the explosion.",
        [
            ("killed", "10", None, True, "incident"),
            ("killed", "Two", "subset_of", False, "incident"),
            ("injured", "eight", None, True, "incident"),
        ],
    ),
]

#: (text, every row as above): "a rocket attack on the camp north of the town killed 16" parsed
#: with no main verb ("killed" a participle of "town", "attack" the sentence's root) is read as
#: the same sentence parsed right: dated by its month or year, one event, not a year's tally.
SUBJECT_OF_A_LOST_MAIN_VERB = [
    (
        "Shells killed at least nine people in Goma on Monday. In May, a similar bombardment of "
        "the Mugunga camp west of the city killed at least 35 people, most of them children.",
        [
            ("killed", "at least nine", None, True, "incident"),
            ("killed", "at least 35", None, True, "incident"),
            ("killed", "most of them", "subset_of", False, "incident"),
        ],
    ),
    (
        "Shells killed at least nine people in Goma on Monday. In March, heavy shelling of the "
        "Mugunga camp west of the city killed at least 35 people, most of them children.",
        [
            ("killed", "at least nine", None, True, "incident"),
            ("killed", "at least 35", None, True, "incident"),
            ("killed", "most of them", "subset_of", False, "incident"),
        ],
    ),
    (
        "Shells killed at least nine people in Goma on Monday. Last month, a rocket attack on "
        "the Nyiragongo camp north of the town killed at least 16 people.",
        [
            ("killed", "at least nine", None, True, "incident"),
            ("killed", "at least 16", None, True, "incident"),
        ],
    ),
    (
        "Shelling killed 12 people in El Fasher on Sunday. In 2023, a rocket attack on the "
        "Zamzam camp north of the town killed at least 16 people.",
        [
            ("killed", "12", None, True, "incident"),
            ("killed", "at least 16", None, True, "incident"),
        ],
    ),
    (
        "Shelling killed 12 people in El Fasher on Sunday. Last year, a rocket attack on the "
        "Zamzam camp north of the town killed at least 16 people.",
        [
            ("killed", "12", None, True, "incident"),
            ("killed", "at least 16", None, True, "incident"),
        ],
    ),
    # Near forms: plural attacks over a year are its tally, and the event told again with a
    # part of the toll stays a part.
    (
        "Shelling killed 12 people in El Fasher on Sunday. Last year, rocket attacks on the camp "
        "killed at least 160 people.",
        [
            ("killed", "12", None, True, "incident"),
            ("killed", "at least 160", None, False, "cumulative"),
        ],
    ),
    (
        "Shells killed at least 40 people in Goma on Monday. The rocket attack on the Nyiragongo "
        "camp north of the town killed at least 16 of them.",
        [
            ("killed", "at least 40", None, True, "incident"),
            ("killed", "at least 16 of them", "subset_of", False, "incident"),
        ],
    ),
]

#: (text, every row as above): "killed in that attack" after a sentence that dates an event long
#: before publication points back to that event, named for context: another incident, which
#: counts. "that shooting" after a shooting of the night reported is part of the night.
RECALLED_EVENT = [
    (
        "Strikes killed 17 people in Rafah on Tuesday, medics said. The health ministry says "
        "30,000 have been killed since October 7, when Hamas gunmen stormed southern Israel. "
        "About 1,200 people were killed in that attack.",
        [
            ("killed", "17", None, True, "incident"),
            ("killed", "30,000", None, False, "cumulative"),
            ("killed", "About 1,200", None, True, "incident"),
        ],
    ),
    (
        "A bomb killed 12 people at a market in Maiduguri on Friday. The city was also hit in "
        "2014, when a bomber struck the same market. Fifty people died in that attack.",
        [("killed", "12", None, True, "incident"), ("killed", "Fifty", None, True, "incident")],
    ),
    (
        "Gunmen killed six people at a bar in Cape Town on Saturday. In January, gunmen opened "
        "fire at a tavern in Soweto. Sixteen people were killed in that shooting.",
        [("killed", "six", None, True, "incident"), ("killed", "Sixteen", None, True, "incident")],
    ),
    (
        "An earthquake killed 40 people in western Nepal on Friday. The country is still "
        "recovering from the 2015 quake. Nearly 9,000 people died in that quake.",
        [
            ("killed", "40", None, True, "incident"),
            ("killed", "Nearly 9,000", None, True, "incident"),
        ],
    ),
    (
        "A car bomb killed 20 people in Mogadishu on Saturday. In October 2017, a truck bomb "
        "devastated the same junction. More than 500 people were killed in that bombing.",
        [
            ("killed", "20", None, True, "incident"),
            ("killed", "More than 500", None, True, "incident"),
        ],
    ),
    # Near forms: the night's own shooting, and the same figure told again.
    (
        "Five men were killed in a night of shootings in Milwaukee. Seven hours later, a robbery "
        "led to a shooting near 23rd and State. Two men were killed in that shooting.",
        [
            ("killed", "Five men", None, True, "incident"),
            ("killed", "Two men", "subset_of", False, "incident"),
        ],
    ),
    (
        "Gunmen killed 12 people at a market on Monday. Police said 12 people were killed in "
        "that attack.",
        [("killed", "12", None, True, "incident"), ("killed", "12", "same_as", False, "incident")],
    ),
]

#: (text, every row as above): "said 19 bodies had been recovered so far, and that officers had
#: killed six gang members" tells two statements; a time word of one ("so far", "since the war
#: began", "in a raid") does not scope the other's figure.
STATEMENTS_KEEP_THEIR_TIME_WORDS = [
    (
        "The spokesman said 19 bodies had been recovered so far, and that officers had killed "
        "at least six gang members in a counter-operation.",
        [
            ("killed", "19 bodies", None, True, "incident"),  # a recovery's running count
            ("killed", "at least six gang members", None, True, "incident"),
        ],
    ),
    (
        "The spokesman said officers had killed at least six gang members in a "
        "counter-operation, and that 19 bodies had been recovered so far.",
        [
            ("killed", "at least six gang members", None, True, "incident"),
            ("killed", "19 bodies", None, True, "incident"),  # a recovery's running count
        ],
    ),
    (
        "Police said 12 bodies had been found so far and that officers had shot dead three gunmen.",
        [
            ("killed", "12 bodies", None, False, "cumulative"),
            ("killed", "three gunmen", None, True, "incident"),
        ],
    ),
    (
        "The governor said 30 people had died since the war began, and that soldiers had "
        "captured five fighters on Monday.",
        [
            ("killed", "30", None, False, "cumulative"),
            ("detained", "five fighters", None, True, "incident"),
        ],
    ),
    (
        "Officials said 40 people had been killed so far, and that troops had arrested 12 "
        "suspects in a raid.",
        [
            ("killed", "40", None, False, "cumulative"),
            ("detained", "12 suspects", None, True, "incident"),
        ],
    ),
    # Near forms: clauses joined without "that" share their time words, and each statement
    # keeps its own.
    (
        "Officials said 30 people had been killed so far and 50 had been wounded.",
        [("killed", "30", None, False, "cumulative"), ("injured", "50", None, False, "cumulative")],
    ),
    (
        "Police said at least 12 people had been killed since January, and six more had been "
        "arrested.",
        [
            ("killed", "at least 12", None, False, "cumulative"),
            ("detained", "six more", None, False, "cumulative"),
        ],
    ),
    (
        "The ministry said 300 people had been killed since the war began and that 1,000 had "
        "been wounded since then.",
        [
            ("killed", "300", None, False, "cumulative"),
            ("injured", "1,000", None, False, "cumulative"),
        ],
    ),
]

#: (text, every row as above): a person harmed by attackers, told before a figure of the
#: attackers harmed in turn, is no part of it ("Gunmen killed a teacher ... Troops later killed
#: five gunmen"); a person told before a figure of the same side is.
VICTIM_BEFORE_THE_ATTACKERS = [
    (
        "Gunmen abducted 53 people in a raid on a village on Sunday, killing a vigilante. Two of "
        "the kidnappers were later killed in a gunfight with police.",
        [
            ("abducted", "53", None, True, "incident"),
            ("killed", "a vigilante", None, True, "incident"),
            ("killed", "Two of the kidnappers", None, True, "incident"),
        ],
    ),
    (
        "A policeman was shot dead by robbers in Lagos on Monday. Police said four robbers were "
        "killed in a shootout.",
        [
            ("killed", "A policeman", None, True, "incident"),
            ("killed", "four robbers", None, True, "incident"),
        ],
    ),
    (
        "Attackers stabbed a guard to death at the gate. Security forces shot dead two attackers.",
        [
            ("killed", "a guard", None, True, "incident"),
            ("killed", "two attackers", None, True, "incident"),
        ],
    ),
    (
        "Gunmen killed a teacher in a village in Zamfara. Troops later killed five gunmen in a "
        "raid on their hideout.",
        [
            ("killed", "a teacher", None, True, "incident"),
            ("killed", "five gunmen", None, True, "incident"),
        ],
    ),
    # Near forms: a person of the figure's own side is part of it.
    (
        "A man was shot dead in Kano on Monday. Police said three people were killed in the "
        "attack.",
        [
            ("killed", "A man", "subset_of", False, "incident"),
            ("killed", "three", None, True, "incident"),
        ],
    ),
    (
        "A gunman was shot dead by police in Kano. Two suspects were killed in the shootout.",
        [
            ("killed", "A gunman", "subset_of", False, "incident"),
            ("killed", "Two suspects", None, True, "incident"),
        ],
    ),
]

#: (text, every row as above): "killing a vigilante and a teenage boy" parsed with "boy" joined
#: to the verb, not to "vigilante": the noun phrase is the verb's second object.
SECOND_OBJECT_JOINED_TO_THE_VERB = [
    (
        "Gunmen abducted at least 53 people, most of them women and children, in a raid on a "
        "village in northwestern Nigeria's Zamfara state late on Sunday, killing a vigilante and "
        "a teenage boy, police said on Monday.",
        [
            ("abducted", "at least 53", None, True, "incident"),
            ("abducted", "most of them", "subset_of", False, "incident"),
            ("killed", "a vigilante", None, True, "incident"),
            ("killed", "a teenage boy", None, True, "incident"),
        ],
    ),
    (
        "Bandits kidnapped more than 30 people, most of them children, in an attack on a school "
        "in Kaduna state early on Friday, killing a guard and a teacher, officials said.",
        [
            ("abducted", "more than 30", None, True, "incident"),
            ("abducted", "most of them", "subset_of", False, "incident"),
            ("killed", "a guard", None, True, "incident"),
            ("killed", "a teacher", None, True, "incident"),
        ],
    ),
    (
        "Militants abducted 60 villagers, most of them women and children, in a raid on a "
        "village in Borno state late on Tuesday, killing a vigilante and an elderly man, "
        "officials said.",
        [
            ("abducted", "60 villagers", None, True, "incident"),
            ("abducted", "most of them", "subset_of", False, "incident"),
            ("killed", "a vigilante", None, True, "incident"),
            ("killed", "an elderly man", None, True, "incident"),
        ],
    ),
    (
        "Bandits abducted 70 people, most of them women, in a raid on a village in Sokoto state "
        "late on Wednesday, killing a vigilante and a young man, residents said.",
        [
            ("abducted", "70", None, True, "incident"),
            ("abducted", "most of them", "subset_of", False, "incident"),
            ("killed", "a vigilante", None, True, "incident"),
            ("killed", "a young man", None, True, "incident"),
        ],
    ),
    # Near forms: a second harm verb, and two harm verbs sharing one object.
    (
        "Gunmen abducted 20 people in a raid on a village on Sunday, killing a farmer and "
        "wounding a teenage girl, police said on Monday.",
        [
            ("abducted", "20", None, True, "incident"),
            ("killed", "a farmer", None, True, "incident"),
            ("injured", "a teenage girl", None, True, "incident"),
        ],
    ),
    (
        "Fighters destroyed a tank near the border town of Metula on Monday and killed or "
        "wounded four crew members, the group said.",
        [("killed_or_injured", "four crew members", None, True, "incident")],
    ),
    # "among them" on the joined noun names the whole, not a part of its own.
    (
        "Israeli strikes killed at least 40 Palestinians across Gaza on Thursday, among them 12 "
        "women and children, medics said.",
        [
            ("killed", "at least 40 Palestinians", None, True, "incident"),
            ("killed", "12 women and children", "subset_of", False, "incident"),
        ],
    ),
    (
        "Strikes killed 22 Palestinians, among them six children.",
        [
            ("killed", "22 Palestinians", None, True, "incident"),
            ("killed", "six children", "subset_of", False, "incident"),
        ],
    ),
]


#: (text, every row as above): "killing all of them" / "killing them all" harms the counted group
#: its sentence names before ("exchanged fire with three gunmen ..., killing all of them"): the
#: row is that group's figure.
WHOLE_GROUP_NAMED_BEFORE = [
    (
        "Security forces then exchanged fire with three gunmen who had stormed the building, "
        "killing all of them, he said.",
        [("killed", "three gunmen", None, True, "incident")],
    ),
    (
        "Troops exchanged fire with five militants near the border, killing all of them, the "
        "army said.",
        [("killed", "five militants", None, True, "incident")],
    ),
    (
        "Soldiers ambushed four fighters on the road to Gao, killing them all, the army said.",
        [("killed", "four fighters", None, True, "incident")],
    ),
    (
        "A bomb hit a bus carrying 30 passengers near Kandahar, killing all of them, "
        "officials said.",
        [("killed", "30 passengers", None, True, "incident")],
    ),
    (
        "Gunmen attacked a checkpoint manned by four policemen, killing them all, police said.",
        [("killed", "four policemen", None, True, "incident")],
    ),
    # Near forms: the old reading stays.
    (
        "Special forces stormed the house where six kidnappers were hiding, killing all six, "
        "police said.",
        [("killed", "six", None, True, "incident")],
    ),
    (
        "Troops exchanged fire with five militants near the border, killing two of them, the "
        "army said.",
        [("killed", "two of them", None, True, "incident")],
    ),
]

#: (text, every row as above): the attackers harmed in turn ("Security forces killed three
#: gunmen") are not the people a later toll counts: the toll revises the victims' figure and the
#: attackers still count.
TOLL_OF_THE_VICTIMS = [
    (
        "A suicide bomber killed at least nine people at a restaurant on Friday. Security "
        "forces killed three gunmen who had stormed the building. By Saturday the death toll "
        "had risen to 14.",
        [
            ("killed", "at least nine", None, False, "incident"),
            ("killed", "three gunmen", None, True, "incident"),
            ("killed", "14", "update_of", True, "incident"),
        ],
    ),
    (
        "Militants killed at least 20 people at a hotel in Mogadishu. Troops killed four "
        "attackers. The death toll later rose to 25.",
        [
            ("killed", "at least 20", None, False, "incident"),
            ("killed", "four attackers", None, True, "incident"),
            ("killed", "25", "update_of", True, "incident"),
        ],
    ),
    (
        "Gunmen killed 12 worshippers at a mosque. Police shot dead two gunmen. Officials "
        "later said the toll had risen to 15.",
        [
            ("killed", "12 worshippers", None, False, "incident"),
            ("killed", "two gunmen", None, True, "incident"),
            ("killed", "15", "update_of", True, "incident"),
        ],
    ),
    (
        "Gunmen killed at least 15 people at a bus station on Monday. Police shot dead two "
        "attackers. The toll later rose to 18.",
        [
            ("killed", "at least 15", None, False, "incident"),
            ("killed", "two attackers", None, True, "incident"),
            ("killed", "18", "update_of", True, "incident"),
        ],
    ),
    (
        "Gunmen killed at least 15 people at a bus station on Monday. Police shot dead two "
        "suspects. By Tuesday the death toll had risen to 18.",
        [
            ("killed", "at least 15", None, False, "incident"),
            ("killed", "two suspects", None, True, "incident"),
            ("killed", "18", "update_of", True, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        "Troops killed 10 militants on Monday. The army later said the number of militants "
        "killed had risen to 14.",
        [
            ("killed", "10 militants", None, False, "incident"),
            ("killed", "14", "update_of", True, "incident"),
        ],
    ),
    (
        "Gunmen killed 12 people at a mosque. The death toll later rose to 15.",
        [
            ("killed", "12", None, False, "incident"),
            ("killed", "15", "update_of", True, "incident"),
        ],
    ),
]

#: (text, every row as above): "The rights group gave a different account. It said at least 13
#: ..." sets the pronoun's figure against the first, as "gave a different account of 13" would;
#: with no comparison, or for a figure after the first in its sentence, the old reading stays.
ACCOUNT_SET_AGAINST_BEFORE = [
    (
        "Police said at least 10 people were killed in the raid. The rights group Amnesty "
        "gave a different account. It said at least 13 people were killed.",
        [
            ("killed", "at least 10", None, True, "incident"),
            ("killed", "at least 13", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "Officials said 20 people died in the floods. A local charity offered a different "
        "count. It said 31 people had died.",
        [
            ("killed", "20", None, True, "incident"),
            ("killed", "31", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "The army said five civilians were killed. The village council gave a higher figure. "
        "It said 12 civilians died.",
        [
            ("killed", "five civilians", None, True, "incident"),
            ("killed", "12 civilians", "conflicts_with", False, "incident"),
        ],
    ),
    (
        "The ministry said 40 people were injured. Hospital officials gave a lower figure. "
        "They said 25 people were treated for injuries.",
        [
            ("injured", "40", None, True, "incident"),
            ("injured", "25", "conflicts_with", False, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        "Police said at least 10 people were killed in the raid. The rights group Amnesty "
        "issued a statement. It said at least 13 people were killed.",
        [
            ("killed", "at least 10", None, False, "incident"),
            ("killed", "at least 13", "update_of", True, "incident"),
        ],
    ),
    (
        "The army said five civilians were killed. The village council gave a higher figure. "
        "It said 12 civilians died and accused soldiers of shooting two farmers.",
        [
            ("killed", "five civilians", None, True, "incident"),
            ("killed", "12 civilians", "conflicts_with", False, "incident"),
            ("killed_or_injured", "two farmers", None, True, "incident"),
        ],
    ),
]


#: (text, every row as above): a person who "died in captivity" (custody, detention) is none of
#: the people killed before anyone was held: no repeat of one, no part of their figure.
DIED_HELD = [
    (
        "Gunmen kidnapped 40 worshippers from a church on Sunday and shot dead an elderly "
        "man. A church official said a man in his sixties had died in captivity.",
        [
            ("abducted", "40 worshippers", None, True, "incident"),
            ("killed", "an elderly man", None, True, "incident"),
            ("killed", "a man", None, True, "incident"),
        ],
    ),
    (
        "Militants seized 20 villagers in Borno and killed a farmer, residents said. The army"
        " said on Friday that a man had died in captivity.",
        [
            ("abducted", "20 villagers", None, True, "incident"),
            ("killed", "a farmer", None, True, "incident"),
            ("killed", "a man", None, True, "incident"),
        ],
    ),
    (
        "Gunmen abducted 15 people from a farm and killed a guard, police said. Relatives "
        "said an elderly man had died in captivity.",
        [
            ("abducted", "15", None, True, "incident"),
            ("killed", "a guard", None, True, "incident"),
            ("killed", "an elderly man", None, True, "incident"),
        ],
    ),
    (
        "Bandits abducted 30 passengers from a bus and killed a man who tried to flee. Police"
        " said an elderly man had died in detention at the bandits' camp.",
        [
            ("abducted", "30 passengers", None, True, "incident"),
            ("killed", "a man", None, True, "incident"),
            ("killed", "an elderly man", None, True, "incident"),
        ],
    ),
    (
        "Gunmen kidnapped 40 worshippers from a church on Sunday and shot dead two men. A "
        "church official said a man in his sixties had died in captivity.",
        [
            ("abducted", "40 worshippers", None, True, "incident"),
            ("killed", "two men", None, True, "incident"),
            ("killed", "a man", None, True, "incident"),
        ],
    ),
    (
        "Bandits abducted 30 passengers from a bus and killed two men who tried to flee. "
        "Police said an elderly man had died in detention at the bandits' camp.",
        [
            ("abducted", "30 passengers", None, True, "incident"),
            ("killed", "two men", None, True, "incident"),
            ("killed", "an elderly man", None, True, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        "A man was shot dead by gunmen in Kano on Sunday. An elderly man died in hospital on "
        "Monday, police said.",
        [
            ("killed", "A man", None, True, "incident"),
            ("killed", "An elderly man", "same_as", False, "incident"),
        ],
    ),
    (
        "Gunmen killed two men in Kano on Sunday. An elderly man died in hospital on Monday, "
        "police said.",
        [
            ("killed", "two men", None, True, "incident"),
            ("killed", "An elderly man", "subset_of", False, "incident"),
        ],
    ),
    (
        "Police arrested a man on Monday. He later died in custody, his family said.",
        [("detained", "a man", None, True, "incident"), ("killed", "He", None, True, "incident")],
    ),
]


#: (text, every row as above): a sentence telling violence breaking out anew ("Violence flared
#: again on Monday", "Fresh violence erupted", "Fighting resumed") turns its paragraph to another
#: incident: the figures after it are their own, not parts of the toll before.
VIOLENCE_RENEWED = [
    (
        "Police said 24 people were killed in protests after the vote. Violence flared again "
        "on Monday. In Maracaibo, a 17-year-old was shot dead as troops dispersed a protest.",
        [
            ("killed", "24", None, True, "incident"),
            ("killed", "a 17-year-old", None, True, "incident"),
        ],
    ),
    (
        "Clashes killed 12 people in the city last week. Fighting erupted again on Sunday. A "
        "man was killed by a stray bullet, residents said.",
        [("killed", "12", None, True, "incident"), ("killed", "A man", None, True, "incident")],
    ),
    (
        "Eight people died in riots over fuel prices on Friday. Protests broke out again on "
        "Tuesday. Police shot dead two demonstrators, witnesses said.",
        [
            ("killed", "Eight", None, True, "incident"),
            ("killed", "two demonstrators", None, True, "incident"),
        ],
    ),
    (
        "Ethnic clashes killed 30 people in the region in May. Fresh violence erupted on "
        "Saturday. Gunmen killed three villagers, officials said.",
        [
            ("killed", "30", None, True, "incident"),
            ("killed", "three villagers", None, True, "incident"),
        ],
    ),
    (
        "At least 20 people were killed in fighting in Tripoli last month. Fighting resumed "
        "on Wednesday. Two civilians were killed by shelling, medics said.",
        [
            ("killed", "At least 20", None, True, "incident"),
            ("killed", "Two civilians", None, True, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        "Police said 24 people were killed in protests after the vote. In Maracaibo, a "
        "17-year-old was shot dead as troops dispersed a protest.",
        [
            ("killed", "24", None, True, "incident"),
            ("killed", "a 17-year-old", "subset_of", False, "incident"),
        ],
    ),
    (
        "Clashes killed 12 people in the city on Sunday. Violence flared in several "
        "districts. A man was killed by a stray bullet, residents said.",
        [
            ("killed", "12", None, True, "incident"),
            ("killed", "A man", "subset_of", False, "incident"),
        ],
    ),
]


#: (text, every row as above): "were picked up" with no captor named is a detention when the
#: people are suspects or a force that detains tells it ("..., police said"); people a rescue
#: force or a ship picks up are not detained.
PICKED_UP_BY_FORCES = [
    (
        "Three more suspects, all Afghan nationals, were picked up on Tuesday near the border"
        " crossing, police said.",
        [("detained", "Three more suspects", None, True, "incident")],
    ),
    (
        "Two men were picked up at a checkpoint outside the city on Monday, police said.",
        [("detained", "Two men", None, True, "incident")],
    ),
    (
        "Five suspects were picked up in overnight raids in the capital.",
        [("detained", "Five suspects", None, True, "incident")],
    ),
    (
        "Four militants were picked up near the border, the army said.",
        [("detained", "Four militants", None, True, "incident")],
    ),
    # Near forms: the old reading stays.
    (
        "Fourteen survivors were picked up by a coast guard boat on Sunday.",
        [],
    ),
    (
        "Twenty migrants were picked up at sea on Sunday, the coast guard said.",
        [],
    ),
    (
        "Two fishermen were picked up by a passing ship after two days adrift, relatives said.",
        [],
    ),
]

#: (text, every row as above): "arrested eight suspects in Kano on Monday, and three more in
#: Kaduna" and "said it had arrested 12 men ..., and two more at a checkpoint": a bare number
#: joined to the harm verb, or to the speech verb over it, is a second object.
GAPPED_SECOND_OBJECT = [
    (
        "Police arrested eight suspects in Kano on Monday, and three more in Kaduna on Tuesday.",
        [
            ("detained", "eight suspects", None, True, "incident"),
            ("detained", "three more", None, True, "incident"),
        ],
    ),
    (
        "The army said it had arrested 12 men in the camp on suspicion of directing artillery"
        " fire, and two more at a checkpoint on the road to Tawila.",
        [
            ("detained", "12 men", None, True, "incident"),
            ("detained", "two more", None, True, "incident"),
        ],
    ),
    (
        "Police said they had arrested 20 protesters in the capital, and six more in the port"
        " city.",
        [
            ("detained", "20 protesters", None, True, "incident"),
            ("detained", "six more", None, True, "incident"),
        ],
    ),
    (
        "Troops killed 12 militants in the north and four in the east, the army said.",
        [
            ("killed", "12 militants", None, True, "incident"),
            ("killed", "four", None, True, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        "Troops killed 12 militants in the north in 2022 and 2023, the army said.",
        [("killed", "12 militants", None, False, "cumulative")],
    ),
    (
        "Police arrested eight suspects in Kano on Monday, and three of them were later released.",
        [("detained", "eight suspects", None, True, "incident")],
    ),
]

#: (text, every row as above): "Of those detained, 108 were rounded up in Italy, while 34 others
#: were picked up in Germany": the fronted "of" phrase governs the clause set beside its own by
#: "while" too, so both figures are parts.
FRONTED_PART_OVER_WHILE = [
    (
        "Police arrested 142 people in raids on Wednesday. Of those detained, 108 were "
        "rounded up in Italy, while 34 others were picked up in Germany and Spain.",
        [
            ("detained", "142", None, True, "incident"),
            ("detained", "108", "subset_of", False, "incident"),
            ("detained", "34 others", "subset_of", False, "incident"),
        ],
    ),
    (
        "Floods killed 50 people. Of the dead, 30 were found in the capital, whereas 20 "
        "others died in the north.",
        [
            ("killed", "50", None, True, "incident"),
            ("killed", "30", "subset_of", False, "incident"),
            ("killed", "20 others", "subset_of", False, "incident"),
        ],
    ),
    (
        "Gunmen abducted 45 villagers. Of the captives, 30 were women, while 15 others were "
        "children.",
        [
            ("abducted", "45 villagers", None, True, "incident"),
            ("abducted", "30", "subset_of", False, "incident"),
            ("abducted", "15 others", "subset_of", False, "incident"),
        ],
    ),
    (
        "A bus bomb wounded 35 people in Kabul. Of the wounded, 20 were airlifted to Bagram, "
        "while 15 others were treated in the city.",
        [
            ("injured", "35", None, True, "incident"),
            ("injured", "20", "subset_of", False, "incident"),
            ("injured", "15 others", "subset_of", False, "incident"),
        ],
    ),
    (
        "Police arrested 90 protesters on Sunday. Of those arrested, 60 were held in the "
        "capital, while 30 others were detained in the port.",
        [
            ("detained", "90 protesters", None, True, "incident"),
            ("detained", "60", "subset_of", False, "incident"),
            ("detained", "30 others", "subset_of", False, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        # round 15: parts of one "of" phrase are no part of each other; with no whole stated
        # both count
        "Of the dead, ten were soldiers and five were civilians.",
        [
            ("killed", "ten", None, True, "incident"),
            ("killed", "five", None, True, "incident"),
        ],
    ),
    (
        "Police arrested 142 people in raids on Wednesday. Of those detained, 108 were "
        "rounded up in Italy. Police later arrested 34 others in Germany.",
        [
            ("detained", "142", None, True, "incident"),
            ("detained", "108", "subset_of", False, "incident"),
            ("detained", "34 others", None, True, "incident"),
        ],
    ),
]


#: (text, every row as above): "At least 27 migrants drowned and dozens more are missing": the
#: missing are their own figure (a participle set between two joined nouns, as the parser reads
#: the first sentence, describes the first only; "three soldiers and two civilians killed in the
#: attack" describes both), and the count phrase is "dozens more", "two more", never the clause
#: after it.
MORE_MISSING_AFTER_THE_DEAD = [
    (
        "At least 27 migrants drowned and dozens more are missing after their boat capsized "
        "off Lampedusa early on Wednesday.",
        [
            ("killed", "At least 27 migrants", None, True, "incident"),
            ("missing", "dozens more", None, True, "incident"),
        ],
    ),
    (
        "At least 40 people drowned and dozens more are missing after a ferry sank on Lake "
        "Kivu on Thursday.",
        [
            ("killed", "At least 40", None, True, "incident"),
            ("missing", "dozens more", None, True, "incident"),
        ],
    ),
    (
        "At least 12 miners died and scores more are trapped after a gold mine collapsed in "
        "Sudan on Monday.",
        [
            ("killed", "At least 12 miners", None, True, "incident"),
            ("trapped", "scores more", None, True, "incident"),
        ],
    ),
    (
        "At least 30 people died and hundreds more are missing after floods swept through the"
        " town on Friday.",
        [
            ("killed", "At least 30", None, True, "incident"),
            ("missing", "hundreds more", None, True, "incident"),
        ],
    ),
    (
        "Three people were killed and two more are missing after the landslide, officials said.",
        [
            ("killed", "Three", None, True, "incident"),
            ("missing", "two more", None, True, "incident"),
        ],
    ),
    (
        "Five fishermen drowned and 12 more were missing after the storm.",
        [
            ("killed", "Five fishermen", None, True, "incident"),
            ("missing", "12 more", None, True, "incident"),
        ],
    ),
    # Near forms: the old reading stays.
    (
        "At least 27 migrants drowned and dozens more were rescued after their boat capsized "
        "off Lampedusa.",
        [("killed", "At least 27 migrants", None, True, "incident")],
    ),
    (
        "Three soldiers and two civilians killed in the attack were buried on Sunday.",
        [
            ("killed", "Three soldiers", None, True, "incident"),
            ("killed", "two civilians", None, True, "incident"),
        ],
    ),
]


#: (text, every row as above): supporters, followers, sympathisers, herdsmen, aides and the like
#: are people (`person_nouns` in victims.json), so a harm to them is a casualty; a crowd of them
#: doing anything else is not.
PEOPLE_NAMED_BY_ALLEGIANCE_OR_TRADE = [
    (
        "Dozens of supporters were hauled away by riot police.",
        [("detained", "Dozens of supporters", None, True, "incident")],
    ),
    (
        "Police detained dozens of supporters of the opposition.",
        [("detained", "dozens of supporters of the opposition", None, True, "incident")],
    ),
    (
        "Gunmen killed three herdsmen in Benue state.",
        [("killed", "three herdsmen", None, True, "incident")],
    ),
    (
        "Police arrested 40 sympathisers of the banned group.",
        [("detained", "40 sympathisers of the banned group", None, True, "incident")],
    ),
    (
        "Gunmen abducted two aides of the governor on the highway.",
        [("abducted", "two aides of the governor", None, True, "incident")],
    ),
    # Near forms: the old reading stays.
    (
        "Thousands of supporters gathered outside the court on Monday.",
        [],
    ),
    (
        "Police seized 40 rifles from the group's followers.",
        [],
    ),
]


#: (text, every row as above): "seeking to have the man jailed", "wants to get the officers
#: arrested": a harm a causative brings about is as wanted as the causative, so an intention over
#: it states no harm (`causative_verbs`); a causative told as done ("Police had the three men
#: arrested") is a harm.
WANTED_THROUGH_A_CAUSATIVE = [
    (
        "Prosecutors are seeking to have the man jailed for contempt.",
        [],
    ),
    (
        "Prosecutors sought to have three men jailed.",
        [],
    ),
    (
        "The family wants to get the officers arrested.",
        [],
    ),
    (
        "Lawyers tried to have the two suspects detained.",
        [],
    ),
    # Near forms: the old reading stays.
    (
        "Police had the three men arrested on Monday.",
        [("detained", "the three men", None, True, "incident")],
    ),
    (
        "The governor had two aides detained, officials said.",
        [("detained", "two aides", None, True, "incident")],
    ),
]


#: (text, every row as above): "the daily", "a weekly" and "the daily Haaretz" name a newspaper,
#: not a rate: the figure keeps its scope; "kill 12 people daily" and "every day" are rates.
NEWSPAPER_CALLED_THE_DAILY = [
    (
        "The daily said five people were killed in the attack.",
        [("killed", "five", None, True, "incident")],
    ),
    (
        "Israeli strikes killed 12 people, the daily Haaretz said.",
        [("killed", "12", None, True, "incident")],
    ),
    (
        "Police arrested 30 people, the weekly Der Spiegel reported.",
        [("detained", "30", None, True, "incident")],
    ),
    (
        "The Kyiv Independent reported the strike. The daily said five people were killed.",
        [("killed", "five", None, True, "incident")],
    ),
    # Near forms: the old reading stays.
    (
        "Strikes kill 12 people daily, officials said.",
        [("killed", "12", None, False, "periodic")],
    ),
    (
        "Twenty people are killed every day, the daily said.",
        [("killed", "Twenty", None, False, "periodic")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NEWSPAPER_CALLED_THE_DAILY
    + WANTED_THROUGH_A_CAUSATIVE
    + PEOPLE_NAMED_BY_ALLEGIANCE_OR_TRADE
    + MORE_MISSING_AFTER_THE_DEAD
    + PICKED_UP_BY_FORCES
    + GAPPED_SECOND_OBJECT
    + FRONTED_PART_OVER_WHILE
    + VIOLENCE_RENEWED
    + DIED_HELD
    + WHOLE_GROUP_NAMED_BEFORE
    + TOLL_OF_THE_VICTIMS
    + ACCOUNT_SET_AGAINST_BEFORE
    + VICTIM_BEFORE_THE_ATTACKERS
    + SECOND_OBJECT_JOINED_TO_THE_VERB
    + CLOSING_CAUSE_OF_COORDINATED_CLAUSES
    + SUBJECT_OF_A_LOST_MAIN_VERB
    + RECALLED_EVENT
    + STATEMENTS_KEEP_THEIR_TIME_WORDS,
)
def test_a_figure_of_another_event_stays_its_own(nlp, text, expected):
    assert scoped_rows(process(nlp, text, "2024-05-12")) == expected
