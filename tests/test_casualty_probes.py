"""Casualty types other than killed, probed with wire-style sentences: abductions, detentions,
injuries, missing and displaced people, their count spans, their types and whether they count
toward the article's total. Each table holds the wordings a fix must cover and the near forms
that must not change."""

import pytest

from tests.conftest import process

PUBLISHED = "2024-05-12"


def rows(nlp, text: str) -> list[tuple]:
    """(count text, type, value, relation, counts) of every casualty row, in text order."""
    doc = process(nlp, text, PUBLISHED)
    return [
        (
            doc.text[c["count_start"] : c["count_end"]],
            c["type"],
            c["value"],
            c["relation"],
            c["counts_toward_total"],
        )
        for c in doc._.news_casualties
    ]


def scopes(nlp, text: str) -> list[tuple]:
    doc = process(nlp, text, PUBLISHED)
    return [
        (doc.text[c["count_start"] : c["count_end"]], c["time_scope"], c["counts_toward_total"])
        for c in doc._.news_casualties
    ]


# A vague quantity's counted noun is the head of the count: its place or circumstance phrase
# stays outside, as after a numeral ("25 students from a school in Kaduna").
PARTITIVE_SPANS = [
    ("Police detained dozens of protesters in Nairobi on Tuesday.", "dozens of protesters"),
    ("Gunmen kidnapped scores of travellers on the highway.", "scores of travellers"),
    ("Dozens of students in Kano were abducted.", "Dozens of students"),
    ("Thousands of residents in Kherson fled to Mykolaiv.", "Thousands of residents"),
    (
        "Police arrested hundreds of members of the opposition party in Caracas.",
        "hundreds of members of the opposition party",
    ),
    # near forms: a nested partitive and an "of" complement stay whole
    ("Tens of thousands of people in Gaza have fled to Rafah.", "Tens of thousands of people"),
    (
        "Police arrested hundreds of opposition supporters after the vote.",
        "hundreds of opposition supporters",
    ),
]


@pytest.mark.parametrize("text,count", PARTITIVE_SPANS)
def test_partitive_count_span_leaves_out_place(nlp, text, count):
    assert count in [r[0] for r in rows(nlp, text)]


# Holding and taking captive: the captor decides the type (ANNOTATION.md: troops, police ->
# detained; gunmen, militants, pirates -> abducted).
CAPTIVITY = [
    ("The police held 40 people overnight for questioning.", [("40", "detained", 40, None, True)]),
    (
        "Soldiers are holding 12 suspects at a military base.",
        [("12 suspects", "detained", 12, None, True)],
    ),
    (
        "Gunmen are holding 30 villagers in a forest camp.",
        [("30 villagers", "abducted", 30, None, True)],
    ),
    (
        "Kidnappers held 14 students in a forest for three weeks.",
        [("14 students", "abducted", 14, None, True)],
    ),
    (
        "Gang members took three nuns captive in Port-au-Prince.",
        [("three nuns", "abducted", 3, None, True)],
    ),
    (
        "Rebels took two aid workers captive near Goma.",
        [("two aid workers", "abducted", 2, None, True)],
    ),
    (
        "Militants took 20 soldiers prisoner after the battle.",
        [("20 soldiers", "abducted", 20, None, True)],
    ),
    (
        "Nine fishermen were held by pirates off Somalia.",
        [("Nine fishermen", "abducted", 9, None, True)],
    ),
    (
        "Two soldiers were held by militants for a week.",
        [("Two soldiers", "abducted", 2, None, True)],
    ),
    (
        "Twenty people were held for questioning after the blast.",
        [("Twenty", "detained", 20, None, True)],
    ),
    (
        "Six aid workers are being held for ransom in Darfur.",
        [("Six aid workers", "abducted", 6, None, True)],
    ),
    # near forms: holding things, events or seats is no capture
    ("The stadium held 40,000 people.", []),
    ("The party held 40 seats in parliament.", []),
    ("Police held a press conference on Monday.", []),
    ("A meeting was held by the group in Geneva.", []),
    ("Thousands of travellers were held up by the storm.", []),
    ("Two men were held responsible for the attack.", []),
    ("Police took four suspects hostage.", [("four suspects", "abducted", 4, None, True)]),
]


@pytest.mark.parametrize("text,expected", CAPTIVITY)
def test_holding_and_taking_captive(nlp, text, expected):
    assert rows(nlp, text) == expected


# "since" a date on a state one group is in ("have been missing since March") says how long,
# not a tally over the period; acts ("have detained 2,000 since") and eras stay cumulative.
STATE_SINCE = [
    ("Two journalists have been missing since March.", "Two journalists", "incident"),
    (
        "Three aid workers have been held by the group since January.",
        "Three aid workers",
        "incident",
    ),
    ("Nine students have been held by kidnappers since 2023.", "Nine students", "incident"),
    (
        "Five opposition leaders have remained in custody since last year.",
        "Five opposition leaders",
        "incident",
    ),
    ("Six soldiers have been in captivity since then.", "Six soldiers", "incident"),
    (
        "Thousands of people have been missing since the war began.",
        "Thousands of people",
        "cumulative",
    ),
    (
        "Rebels have abducted more than 500 children since the conflict began.",
        "more than 500 children",
        "cumulative",
    ),
    ("Police have arrested 300 people since January.", "300", "cumulative"),
    ("More than 40 people have gone missing since March.", "More than 40", "cumulative"),
]


@pytest.mark.parametrize("text,count,scope", STATE_SINCE)
def test_since_on_a_state_is_no_tally(nlp, text, count, scope):
    found = {c: (s, counts) for c, s, counts in scopes(nlp, text)}
    assert found[count] == (scope, scope == "incident")


INJURY_TREATMENT = [
    ("Fifteen people were treated for smoke inhalation.", [("Fifteen", "injured", 15, None, True)]),
    (
        "Seven miners were treated for carbon monoxide poisoning.",
        [("Seven miners", "injured", 7, None, True)],
    ),
    ("Twenty people were treated for burns.", [("Twenty", "injured", 20, None, True)]),
    ("Three people were treated for injuries at the scene.", [("Three", "injured", 3, None, True)]),
    # near forms: shock and exhaustion are no injury
    ("Ten people were treated for shock.", []),
    ("Six firefighters were treated for heat exhaustion.", []),
]


@pytest.mark.parametrize("text,expected", INJURY_TREATMENT)
def test_treated_for(nlp, text, expected):
    assert rows(nlp, text) == expected


# Fleeing a named place, whatever entity label the parser gives it; armed men and escaping
# inmates who flee are not displaced.
FLIGHT = [
    (
        "An estimated 250,000 people have fled Port-au-Prince.",
        [("An estimated 250,000", "displaced", 250000, None, True)],
    ),
    (
        "Hundreds of families fled El Fasher after the attack.",
        [("Hundreds of families", "displaced", None, None, True)],
    ),
    (
        "Hundreds of families fled Al-Fashir in North Darfur.",
        [("Hundreds of families", "displaced", None, None, True)],
    ),
    (
        "More than 2,000 residents fled Khartoum on Saturday.",
        [("More than 2,000 residents", "displaced", 2000, None, True)],
    ),
    (
        "Thousands of civilians fled to the border.",
        [("Thousands of civilians", "displaced", None, None, True)],
    ),
    ("Dozens of gunmen fled Kano after the raid.", []),
    ("Dozens of militants fled into the bush.", []),
    ("Scores of bandits fled the village when troops arrived.", []),
    ("Two suspects fled Abuja.", []),
    ("Around 4,000 inmates fled the National Penitentiary after gangs attacked it.", []),
    ("Dozens of prisoners fled the jail in Owerri.", []),
    ("More than 300 detainees escaped from Kuje prison.", []),
    ("Some 1,800 inmates broke out of a prison in Imo state.", []),
    # near forms: captives who stay, or die, are still rows
    (
        "More than 300 detainees remain in the prison.",
        [("More than 300 detainees", "detained", 300, None, True)],
    ),
    ("Twelve prisoners died in the fire.", [("Twelve prisoners", "killed", 12, None, True)]),
    ("The gunmen are holding 20 hostages.", [("20 hostages", "abducted", 20, None, True)]),
]


@pytest.mark.parametrize("text,expected", FLIGHT)
def test_flight_and_escape(nlp, text, expected):
    assert rows(nlp, text) == expected


# A possessor's kin told beside him is another person, not a repeat of him.
KIN = [
    (
        "Gunmen abducted a pastor and his wife in Ondo.",
        [("a pastor", "abducted", 1, None, True), ("his wife", "abducted", 1, None, True)],
    ),
    (
        "Police arrested a man and his son in Lagos.",
        [("a man", "detained", 1, None, True), ("his son", "detained", 1, None, True)],
    ),
    (
        "Gunmen kidnapped a doctor and her daughter in Kano.",
        [("a doctor", "abducted", 1, None, True), ("her daughter", "abducted", 1, None, True)],
    ),
    (
        "Gunmen killed a pastor and his wife in Ondo.",
        [("a pastor", "killed", 1, None, True), ("his wife", "killed", 1, None, True)],
    ),
]


@pytest.mark.parametrize("text,expected", KIN)
def test_kin_beside_a_captive_is_someone_else(nlp, text, expected):
    assert rows(nlp, text) == expected


def test_the_same_captive_told_again_is_a_repeat(nlp):
    found = rows(nlp, "Police arrested a man in Lagos. The man was charged with murder.")
    assert found[0] == ("a man", "detained", 1, None, True)
    assert all(not counts for _, _, _, _, counts in found[1:])


# People still held after an abduction are part of those abducted, whatever the captivity
# word's default type; an arrest by a named force is an act of its own.
STILL_HELD = [
    (
        "Gunmen abducted 40 people. Fifteen of them remain in captivity.",
        [
            ("40", "abducted", 40, None, True),
            ("Fifteen of them", "abducted", 15, "subset_of", False),
        ],
    ),
    (
        "Bandits kidnapped 60 villagers in Zamfara. Police said 25 of them are still in captivity.",
        [
            ("60 villagers", "abducted", 60, None, True),
            ("25 of them", "abducted", 25, "subset_of", False),
        ],
    ),
    (
        "Militants seized 30 passengers. Ten of them were still being held on Friday.",
        [
            ("30 passengers", "abducted", 30, None, True),
            ("Ten of them", "abducted", 10, "subset_of", False),
        ],
    ),
    (
        "Gunmen abducted 87 people. Police said 76 are still being held.",
        [("87", "abducted", 87, None, True), ("76", "abducted", 76, "subset_of", False)],
    ),
    (
        "Gunmen abducted 87 people. Eleven were released on Monday, while the rest remain in "
        "captivity.",
        [("87", "abducted", 87, None, True), ("the rest", "abducted", None, "subset_of", False)],
    ),
    (
        "Police arrested 50 people. Ten were released, while the rest remain in custody.",
        [("50", "detained", 50, None, True), ("the rest", "detained", None, "subset_of", False)],
    ),
    (
        "Thirty people went missing after the flood. Twelve were found alive, and the rest remain "
        "missing.",
        [("Thirty", "missing", 30, None, True), ("the rest", "missing", None, "subset_of", False)],
    ),
    # near forms
    (
        "Gunmen abducted 40 people. Soldiers arrested 12 of them.",
        [("40", "abducted", 40, None, True), ("12 of them", "detained", 12, None, True)],
    ),
    (
        "Gunmen abducted 40 people. Police later arrested four of the kidnappers.",
        [("40", "abducted", 40, None, True), ("four of the kidnappers", "detained", 4, None, True)],
    ),
    (
        "Eighty people are still being held, officials said.",
        [("Eighty", "detained", 80, None, True)],
    ),
    (
        "Gunmen kidnapped 40 people. Two died in captivity. The rest of the hostages were still "
        "being held, the spokesman said.",
        [
            ("40", "abducted", 40, None, True),
            ("Two", "killed", 2, None, True),
            ("The rest of the hostages", "abducted", None, "subset_of", False),
        ],
    ),
    (
        "The rest of the prisoners were still being held in Kuje.",
        [("The rest of the prisoners", "detained", None, None, True)],
    ),
]


# Captives freed or escaped are the end of a captivity, not people held.
ENDED = [
    ("Police and soldiers hunted for dozens of escaped prisoners.", []),
    ("Twelve freed hostages were flown to Abuja.", []),
    # The release holds no one; the beating they tell of is a harm of its own (round 11).
    (
        "The 12 released detainees told reporters they had been beaten.",
        [("they", "injured", None, None, True)],
    ),
    ("The militants released 11 hostages on Friday.", []),
    # near forms: captives told as held
    (
        "The bandits are holding 60 hostages and are demanding ransom.",
        [("60 hostages", "abducted", 60, None, True)],
    ),
    ("Twelve prisoners died in the fire.", [("Twelve prisoners", "killed", 12, None, True)]),
]


@pytest.mark.parametrize("text,expected", ENDED)
def test_freed_or_escaped_captives_are_no_row(nlp, text, expected):
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", STILL_HELD)
def test_still_held_is_part_of_the_abducted(nlp, text, expected):
    assert rows(nlp, text) == expected


def test_the_rest_of_the_dead_restates_their_figure(nlp):
    text = (
        "The boat carried 33 passengers and six crew. All 33 passengers died. Five people, who "
        "were all crew, were rescued while the rest are presumed dead."
    )
    found = {r[0]: r for r in rows(nlp, text)}
    assert found["the rest"][3] == "same_as"


# A harm the clause states of a part wins over the harm adjective that describes its whole.
PART_OF_HARMED = [
    (
        "Militants abducted 14 soldiers. Two of the abducted soldiers were later found dead.",
        [
            ("14 soldiers", "abducted", 14, None, True),
            ("Two of the abducted soldiers", "killed", 2, None, True),
        ],
    ),
    (
        "Two of the kidnapped girls were found dead.",
        [("Two of the kidnapped girls", "killed", 2, None, True)],
    ),
    (
        "Three of the abducted farmers were killed by their captors.",
        [("Three of the abducted farmers", "killed", 3, None, True)],
    ),
    (
        "Two of the missing fishermen were found dead.",
        [("Two of the missing fishermen", "killed", 2, None, True)],
    ),
    # near form: no harm of its own, the part stays part of the group
    (
        "Militants abducted 14 soldiers. Two of the abducted soldiers were women.",
        [
            ("14 soldiers", "abducted", 14, None, True),
            ("Two of the abducted soldiers", "abducted", 2, "subset_of", False),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", PART_OF_HARMED)
def test_part_of_harmed_group_takes_clause_harm(nlp, text, expected):
    assert rows(nlp, text) == expected


INCLUDED = [
    (
        "Bandits kidnapped 30 passengers near Lokoja. The abducted passengers included 10 women "
        "and five children.",
        [
            ("30 passengers", "abducted", 30, None, True),
            ("10 women", "abducted", 10, "subset_of", False),
            ("five children", "abducted", 5, "subset_of", False),
        ],
    ),
    (
        "Police arrested 40 protesters. The detained protesters include three journalists.",
        [
            ("40 protesters", "detained", 40, None, True),
            ("three journalists", "detained", 3, "subset_of", False),
        ],
    ),
    (
        "A bomb wounded 25 people. The wounded civilians included eight children.",
        [("25", "injured", 25, None, True), ("eight children", "injured", 8, "subset_of", False)],
    ),
    (
        "Gunmen kidnapped 20 people. The kidnapped villagers included a pregnant woman.",
        [
            ("20", "abducted", 20, None, True),
            ("a pregnant woman", "abducted", 1, "subset_of", False),
        ],
    ),
    # near forms: a definite back-reference with no quantity is no row
    ("The abducted passengers were freed on Sunday.", []),
    ("The detained protesters were released on bail.", []),
]


@pytest.mark.parametrize("text,expected", INCLUDED)
def test_harmed_group_includes(nlp, text, expected):
    assert rows(nlp, text) == expected


PROGRESSIVE_MISSING = [
    ("Fifteen of them are still missing.", "Fifteen of them"),
    ("Three of the crew are missing.", "Three of the crew"),
    ("Ten of the villagers remain missing.", "Ten of the villagers"),
    # near forms
    ("At least 30 people are still missing.", "At least 30"),
    ("The floods displaced about 40,000 people and left 12 missing.", "12 missing"),
]


@pytest.mark.parametrize("text,count", PROGRESSIVE_MISSING)
def test_missing_count_span(nlp, text, count):
    assert count in [r[0] for r in rows(nlp, text) if r[1] == "missing"]


# Households are counted people, as families are; their property is no harm.
HOUSEHOLDS = [
    (
        "The attack displaced nearly 3,000 households.",
        [("nearly 3,000 households", "displaced", 3000, None, True)],
    ),
    (
        "More than 500 households were displaced by the floods.",
        [("More than 500 households", "displaced", 500, None, True)],
    ),
    (
        "The army evacuated 250 households from the border area.",
        [("250 households", "displaced", 250, None, True)],
    ),
    ("The fighting displaced 1,200 families.", [("1,200 families", "displaced", 1200, None, True)]),
    # near forms
    ("Officials distributed aid to 3,000 households.", []),
    ("The floods damaged 400 households.", []),
]


@pytest.mark.parametrize("text,expected", HOUSEHOLDS)
def test_households_are_people(nlp, text, expected):
    assert rows(nlp, text) == expected


# Taking people told with a verb of carrying off: a capture only when a captor word names who
# took them, typed by that captor.
CARRIED_OFF = [
    (
        "Gunmen snatched 15 women from a farm in Zamfara.",
        [("15 women", "abducted", 15, None, True)],
    ),
    (
        "Kidnappers grabbed two children outside a school in Abuja.",
        [("two children", "abducted", 2, None, True)],
    ),
    (
        "Bandits whisked away 20 passengers on the highway.",
        [("20 passengers", "abducted", 20, None, True)],
    ),
    ("Gunmen carted away 12 people during the raid.", [("12", "abducted", 12, None, True)]),
    (
        "Militants led away 14 soldiers after the ambush.",
        [("14 soldiers", "abducted", 14, None, True)],
    ),
    (
        "The attackers marched 30 villagers into the forest.",
        [("30 villagers", "abducted", 30, None, True)],
    ),
    (
        "Security agents picked up three journalists in Caracas on Friday.",
        [("three journalists", "detained", 3, None, True)],
    ),
    ("Police picked up 20 suspects in a dawn raid.", [("20 suspects", "detained", 20, None, True)]),
    ("Twenty people were picked up by soldiers.", [("Twenty", "detained", 20, None, True)]),
    # near forms: no captor, or no people
    ("A thief snatched two phones.", []),
    ("Rescuers picked up 20 survivors from the sea.", []),
    ("The bus picked up 40 passengers.", []),
    ("Volunteers led 30 children to safety.", []),
    ("The guide led 12 tourists into the forest.", []),
    ("Parents grabbed their children and ran.", []),
    (
        "The remaining 19 crew members abandoned ship and were picked up by an Indian navy vessel.",
        [],
    ),
    ("Twelve migrants were picked up by a coast guard boat.", []),
    (
        "The remaining 19 crew members abandoned ship and were picked up by an Indian navy "
        "frigate.",
        [],
    ),
    ("Ten men were led away by Russian troops.", [("Ten men", "detained", 10, None, True)]),
    (
        "Twenty-three crew members were seized by an Iranian navy vessel.",
        [("Twenty-three crew members", "detained", 23, None, True)],
    ),
]


@pytest.mark.parametrize("text,expected", CARRIED_OFF)
def test_carried_off_by_a_captor(nlp, text, expected):
    assert rows(nlp, text) == expected
