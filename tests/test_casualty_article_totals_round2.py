"""Article totals of long war, crime and disaster reports, second round: constructions that
decide whether a figure adds to an article's total (a year-dated act at one site, a point
inside a year, a part of the captives who died, an apposition that describes a group, a toll
moved past a figure, the day of the act a result participle follows from, parts that add up
to a figure, the place the harmed were treated, captives named again, a force's own person).
Each table holds four or more wordings of one construction and at least two near forms that
keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualties import totals
from tests.test_casualty_incidents import scoped_rows

PUBLISHED = "2024-05-10"

#: (text, count text of the figure, (type, relation, counts, time scope))

#: "In 2014, militants abducted 276 schoolgirls from their dormitory in Chibok": an act at one
#: site told with a determiner or possessive is one incident, whatever year dates it and
#: however many did it; a year's act over a country, a capital or many sites is its tally.
YEAR_DATED_ACT_AT_ONE_SITE = [
    (
        "In 2014, Boko Haram militants abducted 276 schoolgirls from their dormitory in "
        "Chibok, in Borno state.",
        "276 schoolgirls",
        ("abducted", None, True, "incident"),
    ),
    (
        "In 2021, gunmen kidnapped 279 schoolgirls from a school in Jangebe, Zamfara state.",
        "279 schoolgirls",
        ("abducted", None, True, "incident"),
    ),
    (
        "In 2019, gunmen killed 23 worshippers at a mosque in Kano state.",
        "23 worshippers",
        ("killed", None, True, "incident"),
    ),
    (
        "In 2017, militants killed 305 people at a mosque in the Sinai.",
        "305",
        ("killed", None, True, "incident"),
    ),
    (
        "Last year, bandits abducted 80 passengers from a train in Kaduna.",
        "80 passengers",
        ("abducted", None, True, "incident"),
    ),
    # Near forms: a country, many sites, a capital: the year's tally.
    (
        "In 2023, gunmen killed 750 people in Nigeria.",
        "750",
        ("killed", None, False, "cumulative"),
    ),
    (
        "In 2022, militants killed 300 people in schools across the north.",
        "300",
        ("killed", None, False, "cumulative"),
    ),
    (
        "In 2023, police arrested 4,000 people in the capital.",
        "4,000",
        ("detained", None, False, "cumulative"),
    ),
]

#: "Earlier this year, police arrested 143 people": "earlier" names a point inside the year,
#: the time of one occurrence; "so far this year" and "this year" stay the year's tally.
POINT_INSIDE_A_YEAR = [
    (
        "Earlier this year, police arrested 143 people during protests in the city of Zahedan.",
        "143",
        ("detained", None, True, "incident"),
    ),
    (
        "Earlier this year, gunmen killed 40 villagers in Plateau state.",
        "40 villagers",
        ("killed", None, True, "incident"),
    ),
    (
        "Later that year, soldiers detained 60 people in the town of Gao.",
        "60",
        ("detained", None, True, "incident"),
    ),
    (
        "Earlier this year, militants abducted 25 farmers in Katsina state, residents said.",
        "25 farmers",
        ("abducted", None, True, "incident"),
    ),
    # Near forms: the year up to now is a tally.
    (
        "So far this year, police have arrested 143 people during protests in the city.",
        "143",
        ("detained", None, False, "cumulative"),
    ),
    (
        "This year, 300 people have been killed in attacks in the state.",
        "300",
        ("killed", None, False, "cumulative"),
    ),
]

#: "Six of the abducted were later found dead": a part of the captives told by a participle
#: used as a noun refers back to them, like "the hostages"; the harm its clause states wins,
#: and a death is a killed figure of its own (totals are per type).
CAPTIVES_WHO_DIED = [
    (
        "Gunmen kidnapped 14 workers on May 3. Six of the abducted were later found dead in a "
        "ravine.",
        "Six of the abducted",
        ("killed", None, True, "incident"),
    ),
    (
        "Gunmen kidnapped 14 workers on May 3. Two of the kidnapped died in captivity.",
        "Two of the kidnapped",
        ("killed", None, True, "incident"),
    ),
    (
        "Gunmen kidnapped 14 workers on May 3. Six of the hostages were later found dead.",
        "Six of the hostages",
        ("killed", None, True, "incident"),
    ),
    (
        "Police arrested 30 protesters on Monday. Two of the detained died in custody.",
        "Two of the detained",
        ("killed", None, True, "incident"),
    ),
    # Near forms: no harm of its own, the part stays a part of the captives.
    (
        "Gunmen kidnapped 14 workers on May 3. Six of the abducted were later released.",
        "Six of the abducted",
        ("abducted", "subset_of", False, "incident"),
    ),
    (
        "Gunmen kidnapped 14 workers on May 3. Six of the abducted were women.",
        "Six of the abducted",
        ("abducted", "subset_of", False, "incident"),
    ),
]

#: (text, every row: type, count text, relation, counts, time scope): "killing 16 people,
#: mostly soldiers and police officers": an apposition with an adverb of its own says what the
#: group was made of; it is no group of its own.
DESCRIBED_MAKE_UP = [
    (
        "Militants attacked a military post on Saturday, killing 16 people, mostly soldiers and "
        "police officers, the military said.",
        [("killed", "16", None, True, "incident")],
    ),
    (
        "A suicide bomber struck a market on Friday, killing 25 people, mostly women and "
        "children, police said.",
        [("killed", "25", None, True, "incident")],
    ),
    (
        "Floods swept through the valley, killing 40 people, mainly farmers and herders, "
        "officials said.",
        [("killed", "40", None, True, "incident")],
    ),
    (
        "Police arrested 60 people, largely students and teachers, at the rally on Monday.",
        [("detained", "60", None, True, "incident")],
    ),
    # Near forms: a list set beside the figure still gives its parts or its groups.
    (
        "A bomb exploded near a bus on Monday, killing 12 people, including four soldiers, "
        "officials said.",
        [
            ("killed", "12", None, True, "incident"),
            ("killed", "four soldiers", "subset_of", False, "incident"),
        ],
    ),
    (
        "A gunman killed three people, a mother, a father and their toddler, police said.",
        [
            ("killed", "three", None, True, "incident"),
            ("killed", "a mother", "subset_of", False, "incident"),
            ("killed", "a father", "subset_of", False, "incident"),
            ("killed", "their toddler", "subset_of", False, "incident"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_MAKE_UP)
def test_a_described_make_up_is_no_group(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    assert scoped_rows(doc) == expected


#: "the death toll rose above 7,800": a toll moved past a figure is the revised toll, open
#: upwards; "rose to" stays exact and a toll that rose past no figure gives no row.
TOLL_MOVED_PAST_A_FIGURE = [
    (
        "An earthquake struck on Monday, killing at least 5,000 people. The death toll rose "
        "above 7,800 on Tuesday as rescuers searched for survivors.",
        "above 7,800",
        ("killed", "update_of", True, "incident"),
    ),
    (
        "The number of dead rose above 1,000 on Friday, the ministry said.",
        "above 1,000",
        ("killed", None, True, "incident"),
    ),
    (
        "The death toll from the fire rose over 50 on Thursday, police said.",
        "over 50",
        ("killed", None, True, "incident"),
    ),
    (
        "Floods hit the province on Sunday. The death toll climbed above 200 on Wednesday, "
        "officials said.",
        "above 200",
        ("killed", None, True, "incident"),
    ),
    # Near forms: an exact new toll, and a toll with no figure.
    (
        "The death toll from the earthquake rose to 7,800 on Tuesday.",
        "7,800",
        ("killed", None, True, "incident"),
    ),
    (
        "The death toll rose above 7,800 on Tuesday, but the number of injured rose to 300.",
        "300",
        ("injured", None, True, "incident"),
    ),
]

#: "RSF fighters stormed the village on Wednesday, killing more than 100": a result
#: participle's harm was done on the day of the act it follows from, so a figure of another
#: day is another incident, not a conflicting count of the first.
DAY_OF_THE_ACT = [
    (
        "Fighting killed at least 40 people in El Fasher on Thursday, an aid group said. In "
        "Gezira state, RSF fighters stormed the village of Wad al-Noura on Wednesday, killing "
        "more than 100 people, the government said.",
        "more than 100",
        ("killed", None, True, "incident"),
    ),
    (
        "Shelling killed 12 people in the town on Monday, officials said. Gunmen attacked a "
        "checkpoint on Sunday, killing 20 people, the army said.",
        "20",
        ("killed", None, True, "incident"),
    ),
    (
        "Air strikes killed nine people in the district on Friday, residents said. Militants "
        "ambushed a convoy on Thursday, killing 15 soldiers, the army said.",
        "15 soldiers",
        ("killed", None, True, "incident"),
    ),
    (
        "A bomb killed six people at a market on Tuesday, police said. Gunmen raided a church "
        "on Monday, killing 11 worshippers, a priest said.",
        "11 worshippers",
        ("killed", None, True, "incident"),
    ),
    # Near forms: the same day, and a speech verb's day.
    (
        "Gunmen killed 40 people in the village on Thursday, an aid group said. The attackers "
        "stormed the village on Thursday, killing more than 50 people, the government said.",
        "more than 50",
        ("killed", "conflicts_with", False, "incident"),
    ),
    (
        "Gunmen killed 40 people in the village on Thursday, an aid group said. Officials said "
        "on Friday that 12 of the dead were children.",
        "12 of the dead",
        ("killed", "subset_of", False, "incident"),
    ),
]

#: "killed 20 people, ten soldiers and ten civilians": figures after a comma that add up to a
#: figure of anyone split it (the parser reads them as conjuncts); figures that do not add up,
#: or a first figure that names its people, are groups of their own.
SUMMED_PARTS = [
    (
        "A car bomb killed 20 people, ten soldiers and ten civilians, officials said.",
        "ten civilians",
        ("killed", "subset_of", False, "incident"),
    ),
    (
        "The attack killed seven people, four police officers and three civilians, the "
        "ministry said.",
        "four police officers",
        ("killed", "subset_of", False, "incident"),
    ),
    (
        "Gunmen killed 12 people, eight men and four women, in the village on Sunday.",
        "four women",
        ("killed", "subset_of", False, "incident"),
    ),
    (
        "The strike wounded 15 people, nine children and six women, medics said.",
        "nine children",
        ("injured", "subset_of", False, "incident"),
    ),
    (
        "Police arrested 30 people, 18 men and 12 women, in the raid.",
        "18 men",
        ("detained", "subset_of", False, "incident"),
    ),
    # Near forms: a list of named groups, and figures that do not add up.
    (
        "The blast killed three soldiers, two police officers and a civilian.",
        "two police officers",
        ("killed", None, True, "incident"),
    ),
    (
        "The floods killed 40 soldiers, ten police officers and five civilians.",
        "five civilians",
        ("killed", None, True, "incident"),
    ),
]

#: "Of the injured, 63 were being treated at a hospital in Mosul and 40 in Erbil": the place
#: of a clause headed by a verb of bringing or caring for the harmed is where they were
#: treated, so the figure stays a part of the incident's and a later toll of the paragraph
#: revises the lead's; a place of the harm itself still tells another incident.
TREATED_ELSEWHERE = [
    (
        "A fire killed 100 people and injured more than 150 in Qaraqosh on Tuesday. Of the "
        "injured, 63 were being treated at a hospital in Mosul and 40 in Erbil. By Wednesday "
        "the death toll had risen to 113.",
        "113",
        ("killed", "update_of", True, "incident"),
    ),
    (
        "A bomb exploded at a market in Kirkuk on Thursday, killing 18 people and wounding 45. "
        "Of the wounded, 27 were treated at a hospital in Baghdad and 18 in Erbil. The toll "
        "rose to 23 later in the day.",
        "18",
        ("injured", "subset_of", False, "incident"),
    ),
    (
        "A train derailed near Balasore on Friday, killing 50 people and injuring 300. Of the "
        "injured, 200 were admitted to hospitals in Cuttack and 100 in Bhubaneswar. The death "
        "toll rose to 61 on Saturday.",
        "100",
        ("injured", "subset_of", False, "incident"),
    ),
    (
        "A train derailed near Balasore on Friday, killing 50 people and injuring 300. Of the "
        "injured, 200 were admitted to hospitals in Cuttack and 100 in Bhubaneswar. The death "
        "toll rose to 61 on Saturday.",
        "61",
        ("killed", "update_of", True, "incident"),
    ),
    (
        "A bus plunged into a gorge near Chilas on Friday, killing 20 people and injuring 21. "
        "Of the injured, 11 were airlifted to Gilgit and ten to Skardu. The death toll later "
        "rose to 22.",
        "22",
        ("killed", "update_of", True, "incident"),
    ),
    # Near forms: a place of the harm itself is another incident.
    (
        "Shelling killed five people in Kupiansk on Monday. Three people were killed in "
        "Kharkiv, officials said.",
        "Three",
        ("killed", None, True, "incident"),
    ),
    (
        "A bomb killed 18 people in Kirkuk on Thursday. In Baghdad, 12 people were wounded in "
        "a car bomb, police said.",
        "12",
        ("injured", None, True, "incident"),
    ),
]

#: "abducted 62 passengers ... Twenty-three passengers remain in captivity": a captivity with
#: no captor of its own, counting the same noun as the captive group just told, is what is
#: left of that group; another noun, or a capture with its own captor, is a group of its own.
CAPTIVES_NAMED_AGAIN = [
    (
        "Gunmen abducted 62 passengers from a train on March 28. Twenty-three passengers "
        "remain in captivity, a negotiator said.",
        "Twenty-three passengers",
        ("abducted", "subset_of", False, "incident"),
    ),
    (
        "Bandits kidnapped 80 students from a school on Friday. Forty students are still being "
        "held, the governor said.",
        "Forty students",
        ("abducted", "subset_of", False, "incident"),
    ),
    (
        "Pirates seized 17 sailors off Somalia on Monday. Twelve sailors remain in captivity, "
        "the shipping firm said.",
        "Twelve sailors",
        ("abducted", "subset_of", False, "incident"),
    ),
    (
        "Kidnappers seized 30 workers from a mine on Sunday. Eighteen workers remain in "
        "captivity, the company said.",
        "Eighteen workers",
        ("abducted", "subset_of", False, "incident"),
    ),
    # Near forms: another noun, and a capture by a captor of its own.
    (
        "Gunmen abducted 62 passengers from a train on March 28. Twenty-three soldiers remain "
        "in captivity, a negotiator said.",
        "Twenty-three soldiers",
        ("detained", None, True, "incident"),
    ),
    (
        "Gunmen abducted 62 passengers from a train on March 28. Police detained 23 passengers "
        "for questioning, a negotiator said.",
        "23 passengers",
        ("detained", None, True, "incident"),
    ),
]

#: "Protesters beat a police officer to death ... Security forces killed more than 30
#: protesters": one person of a force told before a group that forces harmed is the other side
#: of the clash, not one of those the forces killed; anyone else is one of them.
FORCES_OWN_PERSON = [
    (
        "Protesters beat a police officer to death on Monday. Security forces killed more than "
        "30 protesters in the crackdown that followed.",
        "a police officer",
        ("killed", None, True, "incident"),
    ),
    (
        "A policeman was shot dead during the protest on Friday. Police killed 15 "
        "demonstrators, rights groups said.",
        "A policeman",
        ("killed", None, True, "incident"),
    ),
    (
        "A soldier died in clashes on Tuesday. Soldiers shot dead 20 protesters, medics said.",
        "A soldier",
        ("killed", None, True, "incident"),
    ),
    (
        "Demonstrators stabbed a police officer to death on Sunday. Riot police killed 12 "
        "protesters, a rights group said.",
        "a police officer",
        ("killed", None, True, "incident"),
    ),
    # Near forms: a protester or anyone else is one of the group; gunmen are no force.
    (
        "A protester was shot dead on Friday. Police killed 15 demonstrators, rights groups said.",
        "A protester",
        ("killed", "subset_of", False, "incident"),
    ),
    (
        "A man was killed on Friday. Security forces killed 20 people, medics said.",
        "A man",
        ("killed", "subset_of", False, "incident"),
    ),
    (
        "A police officer was killed on Friday. Gunmen killed 20 people, medics said.",
        "A police officer",
        ("killed", "subset_of", False, "incident"),
    ),
]

#: "24 inmates were killed and 38 injured ... Two police officers were also wounded": the
#: forces' own people told with "also" after a group of others are besides it; without "also",
#: or another kind of people with "also", the smaller figure may still be a part.
FORCES_ALSO_HARMED = [
    (
        "At least 24 inmates were killed and 38 injured in a riot at a prison in Guayaquil on "
        "Tuesday. Six of the dead were beheaded, police said. Two police officers were also "
        "wounded when they entered the pavilion.",
        "Two police officers",
        ("injured", None, True, "incident"),
    ),
    (
        "Protesters clashed with police in the capital on Friday, and 40 people were injured, "
        "medics said. Five police officers were also hurt, the interior ministry said.",
        "Five police officers",
        ("injured", None, True, "incident"),
    ),
    (
        "A bomb exploded at a market on Monday, killing 15 people. Two soldiers also died when "
        "a second device went off.",
        "Two soldiers",
        ("killed", None, True, "incident"),
    ),
    (
        "A car bomb exploded near a checkpoint on Sunday, wounding 30 people. Four soldiers "
        "were also wounded, the army said.",
        "Four soldiers",
        ("injured", None, True, "incident"),
    ),
    # Near forms: other people with "also", a force among the group, a part of a force.
    (
        "A bomb exploded at a market on Monday, killing 15 people. Two pilgrims also died, "
        "officials said.",
        "Two pilgrims",
        ("killed", "subset_of", False, "incident"),
    ),
    (
        "Gunmen stormed a hotel on Sunday, wounding 20 guests. Three police officers were "
        "among the wounded, officials said.",
        "Three police officers",
        ("injured", "subset_of", False, "incident"),
    ),
    (
        "A bomb exploded at a market on Monday, killing 15 people. Two of the police officers "
        "also died, officials said.",
        "Two of the police officers",
        ("killed", "subset_of", False, "incident"),
    ),
]

TABLES = {
    "year-dated act at one site": YEAR_DATED_ACT_AT_ONE_SITE,
    "point inside a year": POINT_INSIDE_A_YEAR,
    "captives who died": CAPTIVES_WHO_DIED,
    "described make-up": [
        (text, rows[0][1], (rows[0][0], *rows[0][2:])) for text, rows in DESCRIBED_MAKE_UP
    ],
    "toll moved past a figure": TOLL_MOVED_PAST_A_FIGURE,
    "day of the act": DAY_OF_THE_ACT,
    "summed parts": SUMMED_PARTS,
    "treated elsewhere": TREATED_ELSEWHERE,
    "captives named again": CAPTIVES_NAMED_AGAIN,
    "forces' own person": FORCES_OWN_PERSON,
    "forces also harmed": FORCES_ALSO_HARMED,
}


def _row(doc, count_text: str) -> tuple[str, str | None, bool, str]:
    """(type, relation, counts, scope) of the last row with this count text."""
    found = [row for row in scoped_rows(doc) if row[1] == count_text]
    assert found, f"no casualty {count_text!r} in {scoped_rows(doc)}"
    type_, _text, relation, counts, scope = found[-1]
    return type_, relation, counts, scope


@pytest.mark.parametrize(
    ("text", "count_text", "expected"), [row for table in TABLES.values() for row in table]
)
def test_a_figure_adds_to_the_total_or_not(nlp, text, count_text, expected):
    doc = process(nlp, text, PUBLISHED)
    assert _row(doc, count_text) == expected, scoped_rows(doc)


#: (text, killed total best): whole constructions in an article's total.
ARTICLE_TOTALS = [
    (
        "Gunmen kidnapped 14 workers on May 3. Six of the abducted were later found dead in a "
        "ravine, while five were released on Sunday.",
        6,
    ),
    (
        "Militants attacked a military post on Saturday, killing 16 people, mostly soldiers and "
        "police officers. Security forces killed eight of the attackers in a gunfight.",
        24,
    ),
    (
        "An earthquake struck on Monday, killing at least 5,000 people. The death toll rose "
        "above 7,800 on Tuesday. In Turkey, 5,894 people have been killed, and in Syria at "
        "least 1,932 people have died.",
        7801,
    ),
]


@pytest.mark.parametrize(("text", "killed"), ARTICLE_TOTALS)
def test_article_killed_totals(nlp, text, killed):
    doc = process(nlp, text, PUBLISHED)
    assert totals(doc)["killed"][1] == killed, scoped_rows(doc)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_has_wordings_and_near_forms(name):
    assert_wordings_and_near_forms(TABLES[name])
