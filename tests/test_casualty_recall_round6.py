"""Casualty recall, sixth round: wordings of killing, detention and abduction that real reports
use and the stage missed (a numeral on a split hyphenated noun, plural ages, a numeral read as a
name part after a dateline, a part read as a modifier, a toll whose participle the parser cut
off, "all of whom", captors named only as armed men, remains, recovery work, "nabbed",
"burned alive", a holding verb after another verb). Each table holds four or more wordings of
one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "killed four co-workers": the parser splits a hyphenated noun and hangs the numeral on its first
#: part; the count is still the head's.
HYPHENATED_VICTIM_NOUN = [
    (
        "A former employee killed four co-workers at a warehouse in Ohio on Monday.",
        [("killed", "four co-workers", None, True)],
    ),
    (
        "The gunman shot dead three co-workers and a security guard.",
        [("killed", "three co-workers", None, True), ("killed", "a security guard", None, True)],
    ),
    (
        "Two co-pilots were injured when the helicopter crash-landed.",
        [("injured", "Two co-pilots", None, True)],
    ),
    (
        "Police arrested five co-conspirators in the fraud case.",
        [("detained", "five co-conspirators", None, True)],
    ),
    (
        "The blast killed six ex-servicemen attending a memorial.",
        [("killed", "six ex-servicemen", None, True)],
    ),
    (
        "Four men were killed and several co-workers were injured.",
        [("killed", "Four men", None, True), ("injured", "several co-workers", None, True)],
    ),
    (
        "A 10-year-old boy was killed by a stray bullet.",
        [("killed", "A 10-year-old boy", None, True)],
    ),
    (
        "Two well-known journalists were killed.",
        [("killed", "Two well-known journalists", None, True)],
    ),
]

#: "two 15-year-olds": a plural age stands for people, like "the 17-year-old".
PLURAL_AGES = [
    (
        "Four 17-year-olds were arrested after the fight.",
        [("detained", "Four 17-year-olds", None, True)],
    ),
    ("Police arrested two 15-year-olds.", [("detained", "two 15-year-olds", None, True)]),
    (
        "The attack killed two 19-year-olds and a teacher.",
        [("killed", "two 19-year-olds", None, True), ("killed", "a teacher", None, True)],
    ),
    ("Two 16-year-olds were stabbed in Croydon.", [("injured", "Two 16-year-olds", None, True)]),
    ("The club has many 15-year-olds.", []),
    (
        "A 42-year-old man has been arrested on suspicion of murder.",
        [("detained", "A 42-year-old man", None, True)],
    ),
]

#: "NIAMEY (Reuters) - Twenty Nigerien soldiers": a capitalised numeral read as a name part of the
#: nationality keeps its count, and the dateline stays out of the count span.
NUMERAL_READ_AS_NAME_PART = [
    (
        "NIAMEY (Reuters) - Twenty Nigerien soldiers were killed in an attack on Sunday.",
        [("killed", "Twenty Nigerien soldiers", None, True)],
    ),
    (
        "NIAMEY, May 5 (Reuters) - Twenty Nigerien soldiers were killed in an attack on Sunday.",
        [("killed", "Twenty Nigerien soldiers", None, True)],
    ),
    (
        "Twenty Nigerien soldiers were killed in an attack on Sunday.",
        [("killed", "Twenty Nigerien soldiers", None, True)],
    ),
    (
        "KABUL, Afghanistan (AP) — Three Afghan police officers were wounded in a blast.",
        [("injured", "Three Afghan police officers", None, True)],
    ),
    (
        "NIAMEY (Reuters) - Twenty soldiers were killed in an attack on Sunday.",
        [("killed", "Twenty soldiers", None, True)],
    ),
    ("The militants are holding 30 people hostage.", [("abducted", "30", None, True)]),
    (
        "NIAMEY (Reuters) - A 42-year-old man was killed on Sunday.",
        [("killed", "A 42-year-old man", None, True)],
    ),
]

#: "41 people, several of them soldiers and police officers": the part is "several of them"; what
#: they were adds no people, even when the parser reads "several" as a modifier.
PART_READ_AS_MODIFIER = [
    (
        (
            "Suspected jihadists attacked the town on Sunday, killing at least 41 people, several "
            "of them soldiers and police officers, officials said."
        ),
        [("killed", "at least 41", None, True), ("killed", "several of them", "subset_of", False)],
    ),
    (
        "Dozens were killed, several of them soldiers and police officers.",
        [("killed", "Dozens", None, True), ("killed", "several of them", "subset_of", False)],
    ),
    (
        "Gunmen killed 20 villagers, many of them women and children.",
        [("killed", "20 villagers", None, True), ("killed", "many of them", "subset_of", False)],
    ),
    (
        "The army said it had arrested 30 suspects, five of them foreigners.",
        [("detained", "30 suspects", None, True), ("detained", "five of them", "subset_of", False)],
    ),
    (
        "The attack killed 30 people, including several soldiers and police officers.",
        [
            ("killed", "30", None, True),
            ("killed", "several soldiers", "subset_of", False),
            ("killed", "police officers", "subset_of", False),
        ],
    ),
    (
        "Police arrested four men and two of their wives.",
        [("detained", "four men", None, True), ("detained", "two of their wives", None, True)],
    ),
]

#: "bringing the number of people confirmed dead to 22": the parser cuts the harm participle off the
#: toll and takes the "to" figure with it; the figure is the toll's.
TOLL_PARTICIPLE_CUT_FROM_NUMBER = [
    (
        (
            "Rescuers recovered three more bodies on Friday, bringing the number of people "
            "confirmed dead to 22."
        ),
        [("killed", "three more bodies", None, False), ("killed", "22", "update_of", True)],
    ),
    (
        "Floods destroyed hundreds of homes, bringing the number of people displaced to 5,000.",
        [("displaced", "5,000", None, True)],
    ),
    (
        "Police made 40 more arrests on Sunday, bringing the number of people detained to 310.",
        [("detained", "40 more arrests", None, False), ("detained", "310", "update_of", True)],
    ),
    (
        "The strike killed two more soldiers, raising the number of troops killed to 18.",
        [("killed", "two more soldiers", None, False), ("killed", "18", "update_of", True)],
    ),
    (
        "The attack wounded 12, bringing the number of people injured to 57.",
        [("injured", "12", None, False), ("injured", "57", "update_of", True)],
    ),
    ("The ministry opened two new schools, bringing the number of students enrolled to 5,000.", []),
    ("The storm destroyed more homes, bringing the number of houses damaged to 300.", []),
]

#: "166 miners were rescued alive, all of whom were taken into custody": the whole counted group is
#: harmed.
ALL_OF_WHOM = [
    (
        "Another 166 miners were rescued alive, all of whom were taken into custody.",
        [("detained", "Another 166 miners", None, True)],
    ),
    (
        "Police stopped 30 migrants, all of whom were arrested.",
        [("detained", "30 migrants", None, True)],
    ),
    (
        "The bus carried 40 passengers, all of whom were killed.",
        [("killed", "40 passengers", None, True)],
    ),
    (
        "Gunmen seized 12 villagers, all of whom were later freed.",
        [("abducted", "12 villagers", None, True)],
    ),
    (
        "The bus carried 40 passengers, many of whom were injured.",
        [("injured", "many of whom", None, True)],
    ),
    ("The boat carried migrants, all of whom drowned.", []),
    (
        "The army freed 12 hostages, two of whom were wounded.",
        [("injured", "two of whom", None, True)],
    ),
]

#: "snatched by armed men", "carried away by masked men": men under arms with no force named are
#: captors, so the harm is an abduction.
IRREGULAR_CAPTORS = [
    (
        "Two nuns were snatched from a church compound by armed men.",
        [("abducted", "Two nuns", None, True)],
    ),
    ("Armed men carried away two nuns from the church.", [("abducted", "two nuns", None, True)]),
    (
        "Masked men snatched three children from a school bus.",
        [("abducted", "three children", None, True)],
    ),
    (
        "Three traders were seized by unidentified men on the highway.",
        [("abducted", "Three traders", None, True)],
    ),
    ("Gunmen carried off 15 women from the village.", [("abducted", "15 women", None, True)]),
    (
        "Two suspects were seized by armed police at the airport.",
        [("detained", "Two suspects", None, True)],
    ),
    ("Three people were carried away by flood waters.", []),
    ("Armed men seized the town hall.", []),
    (
        "Three men were seized from their homes by soldiers.",
        [("detained", "Three men", None, True)],
    ),
]

#: "exhumed the remains of 32 people": remains of people are dead people; without people of an "of"
#: phrase the word says nothing ("a third remains unaccounted for").
REMAINS = [
    (
        "Iraqi forces have exhumed the remains of 32 people from a mass grave in Anbar.",
        [("killed", "32", None, True)],
    ),
    (
        "The remains of 12 soldiers were repatriated on Monday.",
        [("killed", "12 soldiers", None, True)],
    ),
    (
        "The remains of two missing hikers were found on Sunday.",
        [("killed", "two missing hikers", None, True)],
    ),
    ("Remains of at least 50 people were exhumed.", [("killed", "at least 50", None, True)]),
    ("The remains of the ancient city were discovered in 1920.", []),
    ("The remains of the victims were handed to their families.", []),
    ("The remains of the plane were found.", []),
]

#: "Rescuers were still pulling bodies from the rubble": bare bodies under an ongoing recovery tell
#: the rescue work, not a count of its own.
RECOVERY_WORK = [
    (
        (
            "Rescuers were still pulling bodies from the rubble on Tuesday, two days after the "
            "quake struck."
        ),
        [],
    ),
    ("Volunteers spent the day recovering bodies from the river.", []),
    ("Divers are retrieving bodies from the sunken ferry.", []),
    ("Soldiers were pulling bodies out of the collapsed mine.", []),
    ("Rescuers pulled bodies from the rubble on Tuesday.", [("killed", "bodies", None, True)]),
    ("Rescuers were recovering 12 bodies from the mine.", [("killed", "12 bodies", None, True)]),
    ("Bodies were found on the streets.", [("killed", "Bodies", None, True)]),
]

#: "Police nabbed three suspects": a detention verb of police releases; its object must be people.
NAB_DETAINED = [
    (
        "Police nabbed three suspects in connection with the robbery.",
        [("detained", "three suspects", None, True)],
    ),
    ("Officers nabbed two teenagers near the scene.", [("detained", "two teenagers", None, True)]),
    (
        "Three suspected robbers were nabbed in Lagos on Friday.",
        [("detained", "Three suspected robbers", None, True)],
    ),
    (
        "Detectives nabbed a suspect in the killing of a trader.",
        [("detained", "a suspect", None, True), ("killed", "a trader", None, True)],
    ),
    ("The team nabbed three awards at the ceremony.", []),
    ("The film nabbed two Oscars.", []),
]

#: "were burned alive": the victims died; "buried alive" stays trapped.
BURNED_ALIVE = [
    (
        "Three villagers were burned alive when attackers set fire to their homes.",
        [("killed", "Three villagers", None, True)],
    ),
    (
        "Gunmen burned alive a family of five in their home.",
        [("killed", "a family of five", None, True)],
    ),
    (
        "A woman and her two sons were burned alive in their hut.",
        [("killed", "A woman", None, True), ("killed", "her two sons", None, True)],
    ),
    ("The mob burned him alive after accusing him of theft.", [("killed", "him", None, True)]),
    (
        "Five miners were buried alive when the shaft collapsed.",
        [("trapped", "Five miners", None, True)],
    ),
    (
        "Two firefighters were burned while rescuing residents.",
        [("injured", "Two firefighters", None, True)],
    ),
    ("He was burned on his arms but is alive.", [("injured", "He", None, True)]),
]

#: "Police have charged and held nine men": a holding verb coordinated after another takes its
#: captor from the first verb.
HOLD_AFTER_ANOTHER_VERB = [
    (
        "Police have charged and held nine men over the robberies.",
        [("detained", "nine men", None, True)],
    ),
    (
        "Soldiers stormed the village and held 20 residents for hours.",
        [("detained", "20 residents", None, True)],
    ),
    (
        "Troops arrested and held three journalists overnight.",
        [("detained", "three journalists", None, True)],
    ),
    (
        "The gang robbed the bank and held two tellers hostage.",
        [("abducted", "two tellers", None, True)],
    ),
    ("The party won the vote and held 40 seats.", []),
    ("The group met and held two meetings.", []),
]

#: "Her partner ... has been arrested", "12 alleged fraudsters": person nouns of police reports.
PERSON_NOUNS = [
    (
        "Her partner, a 42-year-old man, has been arrested on suspicion of murder.",
        [("detained", "Her partner", None, True)],
    ),
    (
        "Police nabbed 12 alleged fraudsters in a raid.",
        [("detained", "12 alleged fraudsters", None, True)],
    ),
    ("Three fugitives were captured in Texas.", [("detained", "Three fugitives", None, True)]),
    ("Two scammers were arrested in Accra.", [("detained", "Two scammers", None, True)]),
    ("The company and its partner were fined.", []),
    ("The storm damaged the partner's warehouse.", []),
]

#: "two nuns were snatched from a church compound": snatching people is an abduction even with no
#: captor named (police who snatch suspects still detain); things and points are no people.
SNATCHED_WITHOUT_CAPTOR = [
    (
        "Two nuns were snatched from a church compound in Port-au-Prince on Sunday.",
        [("abducted", "Two nuns", None, True)],
    ),
    ("Two children were snatched from their beds.", [("abducted", "Two children", None, True)]),
    (
        "Masked men snatched three children from a school bus.",
        [("abducted", "three children", None, True)],
    ),
    ("Police snatched two suspects from the crowd.", [("detained", "two suspects", None, True)]),
    # Near forms: things, points and wickets are taken, nobody is harmed.
    ("The team snatched two points in the final minute.", []),
    ("Thieves snatched two phones from a shop.", []),
    ("The bowler snatched three wickets.", []),
]

#: "was found with stab wounds and was pronounced dead": one group wounded and then dead, by
#: coordinated verbs, is killed. Near forms: "killed or injured" stays both; a harm word inside
#: the group's phrase ("A wounded woman later died", "Four of the wounded") keeps its rules.
WOUNDED_THEN_DEAD = [
    (
        "A 31-year-old man was found with stab wounds and was pronounced dead at the scene.",
        [("killed", "A 31-year-old man", None, True)],
    ),
    (
        "A woman was found injured and later died in hospital.",
        [("killed", "A woman", None, True)],
    ),
    (
        "A 31-year-old man was found with stab wounds and pronounced dead at the scene.",
        [("killed", "A 31-year-old man", None, True)],
    ),
    (
        "A teenager was shot and wounded and died hours later.",
        [("killed", "A teenager", None, True)],
    ),
    (
        "Two soldiers who were wounded in the attack died in hospital on Friday.",
        [("killed", "Two soldiers", None, True)],
    ),
    (
        "Two soldiers who were wounded in the attack were flown to Kabul.",
        [("injured", "Two soldiers", None, True)],
    ),
    ("Twelve people were killed or injured.", [("killed_or_injured", "Twelve", None, True)]),
    (
        "A gunman killed eight people and wounded 14. A wounded woman later died in hospital.",
        [
            ("killed", "eight", None, True),
            ("injured", "14", None, True),
            ("killed", "A wounded woman", None, True),
        ],
    ),
    (
        "A gunman killed eight people and wounded 14. Four of the wounded later died.",
        [
            ("killed", "eight", None, True),
            ("injured", "14", None, True),
            ("killed", "Four of the wounded", None, True),
        ],
    ),
]

#: "made away with 25 residents": armed men who make away or off with people abduct them; goods
#: taken, or no captor named, are no casualty.
MADE_AWAY_WITH = [
    (
        "Bandits stormed a village in Zamfara state overnight and made away with 25 residents.",
        [("abducted", "25 residents", None, True)],
    ),
    ("Gunmen made off with three aid workers.", [("abducted", "three aid workers", None, True)]),
    (
        "Kidnappers made away with two pupils from the school.",
        [("abducted", "two pupils", None, True)],
    ),
    (
        "Armed men made off with four passengers after stopping the bus.",
        [("abducted", "four passengers", None, True)],
    ),
    # Near forms: goods, and a man who leaves with someone.
    ("The robbers made off with two cars and cash.", []),
    ("The thieves made away with jewellery worth $5,000.", []),
    ("He made off with his neighbour's two dogs.", []),
]

#: "A man and two women were found dead ... The three had been stabbed": a shooting or stabbing
#: figure that sums the incident's death figures says how those dead died (same_as), not more
#: people killed or injured. Near forms: "others", and a figure that is not the sum.
MECHANISM_SUMS_THE_DEAD = [
    (
        "A man and two women were found dead on Saturday. The three had been stabbed, according "
        "to a source.",
        [
            ("killed", "A man", None, True),
            ("killed", "two women", None, True),
            ("killed", "The three", "same_as", False),
        ],
    ),
    (
        "A man and his two sons were killed in the attack. All three were shot in the head.",
        [
            ("killed", "A man", None, True),
            ("killed", "his two sons", None, True),
            ("killed", "three", "same_as", False),
        ],
    ),
    (
        "Two soldiers and a civilian were killed in the ambush. The three had been shot at close "
        "range.",
        [
            ("killed", "Two soldiers", None, True),
            ("killed", "a civilian", None, True),
            ("killed", "The three", "same_as", False),
        ],
    ),
    (
        "A woman and her two children were found dead in the flat. The three had been stabbed "
        "several times.",
        [
            ("killed", "A woman", None, True),
            ("killed", "her two children", None, True),
            ("killed", "The three", "same_as", False),
        ],
    ),
    # Near forms: other people shot; a figure beyond the dead.
    (
        "Two soldiers and a civilian were killed. Three others were shot and wounded.",
        [
            ("killed", "Two soldiers", None, True),
            ("killed", "a civilian", None, True),
            ("injured", "Three others", None, True),
        ],
    ),
    (
        "A man and a woman were killed. Five people were shot.",
        [
            ("killed", "A man", None, True),
            ("killed", "a woman", None, True),
            ("killed_or_injured", "Five", None, True),
        ],
    ),
]

#: "300 people have been picked up in overnight raids": with no captor named, a detention verb
#: inside an operation only a state runs is a detention. Near forms: a rescue operation, a
#: carrier named, no operation.
PICKED_UP_IN_AN_OPERATION = [
    (
        "More than 300 people have been picked up in overnight raids, activists said.",
        [("detained", "More than 300", None, True)],
    ),
    (
        "Dozens of young men were picked up during a crackdown in the capital.",
        [("detained", "Dozens of young men", None, True)],
    ),
    (
        "Twelve suspects were picked up in a joint operation on Friday.",
        [("detained", "Twelve suspects", None, True)],
    ),
    ("Four men were picked up in a dawn raid in Kano.", [("detained", "Four men", None, True)]),
    # Near forms
    ("Twenty migrants were picked up in a rescue operation.", []),
    ("Five fishermen were picked up in the operation by a navy vessel.", []),
    ("Twenty migrants were picked up in the Mediterranean on Sunday.", []),
]

#: "Gunmen stormed a hotel, killing a guard and whisking away three guests": a capture verb in a
#: participle clause takes its captor from the clause it hangs on (soldiers detain, gunmen
#: abduct). Near forms: rescuers carry people to safety; a finite coordinated verb as before.
PARTICIPLE_TAKES_CAPTOR = [
    (
        "Gunmen stormed a hotel in Jos, killing a security guard and whisking away three guests, "
        "police said.",
        [("killed", "a security guard", None, True), ("abducted", "three guests", None, True)],
    ),
    (
        "Bandits attacked the village, whisking away 12 women.",
        [("abducted", "12 women", None, True)],
    ),
    (
        "Soldiers raided the compound, seizing 14 suspects.",
        [("detained", "14 suspects", None, True)],
    ),
    (
        "Militants raided the school, seizing 30 pupils and killing a teacher.",
        [("abducted", "30 pupils", None, True), ("killed", "a teacher", None, True)],
    ),
    # Near forms
    ("Rescuers reached the village, taking away 14 residents.", []),
    (
        "The gunmen stormed the village and took away 20 residents.",
        [("abducted", "20 residents", None, True)],
    ),
]

#: "Three people were shot dead and a fourth wounded": "a fourth" of a gapped second clause is
#: one more person harmed, however the parser hangs it (the harm word stays in the count span as
#: in "39 injured"). Near forms: a clause with its own verb; a second clause with no harm.
GAPPED_ORDINAL_PERSON = [
    (
        "Three people were shot dead and a fourth wounded at a bar in Celaya overnight, "
        "authorities said.",
        [("killed", "Three", None, True), ("injured", "a fourth wounded", None, True)],
    ),
    (
        "Two policemen were shot dead and a third wounded in the attack, officials said.",
        [("killed", "Two policemen", None, True), ("injured", "a third wounded", None, True)],
    ),
    (
        "Four climbers were killed and a fifth injured in the avalanche.",
        [("killed", "Four climbers", None, True), ("injured", "a fifth injured", None, True)],
    ),
    (
        "Two soldiers were killed and a third injured in the ambush.",
        [("killed", "Two soldiers", None, True), ("injured", "a third injured", None, True)],
    ),
    # Near forms
    (
        "Two men were killed and a third was wounded.",
        [("killed", "Two men", None, True), ("injured", "a third", None, True)],
    ),
    (
        "Four hikers were found dead and a fifth rescued alive.",
        [("killed", "Four hikers", None, True)],
    ),
]

TABLES = {
    "hyphenated victim noun": HYPHENATED_VICTIM_NOUN,
    "plural ages": PLURAL_AGES,
    "numeral read as name part": NUMERAL_READ_AS_NAME_PART,
    "part read as modifier": PART_READ_AS_MODIFIER,
    "toll participle cut from number": TOLL_PARTICIPLE_CUT_FROM_NUMBER,
    "all of whom": ALL_OF_WHOM,
    "irregular captors": IRREGULAR_CAPTORS,
    "remains": REMAINS,
    "recovery work": RECOVERY_WORK,
    "nab detained": NAB_DETAINED,
    "burned alive": BURNED_ALIVE,
    "hold after another verb": HOLD_AFTER_ANOTHER_VERB,
    "person nouns": PERSON_NOUNS,
    "snatched without captor": SNATCHED_WITHOUT_CAPTOR,
    "wounded then dead": WOUNDED_THEN_DEAD,
    "made away with": MADE_AWAY_WITH,
    "mechanism sums the dead": MECHANISM_SUMS_THE_DEAD,
    "picked up in an operation": PICKED_UP_IN_AN_OPERATION,
    "participle takes captor": PARTICIPLE_TAKES_CAPTOR,
    "gapped ordinal person": GAPPED_ORDINAL_PERSON,
}


#: (short report, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        (
            "BAGHDAD, May 7 (Reuters) - Iraqi forces have exhumed the remains of 32 people from a "
            "mass grave in the western province of Anbar, believed to be victims of Islamic State "
            "militants, officials said on Tuesday. The bodies, some of them blindfolded, were "
            "found in a desert area near the town of Rutba. Forensic teams are working to "
            "identify them."
        ),
        {"killed": 32},
    ),
    (
        (
            "Police in Haiti arrested eight suspected gang members after two nuns were snatched "
            "from a church compound in Port-au-Prince, the national police said. The women, both "
            "foreign nationals, were carried away by armed men on Sunday. Police spokesman Garry "
            "Desrosiers said the suspects were being questioned."
        ),
        {"detained": 8, "abducted": 2},
    ),
    (
        (
            "Three villagers were burned alive when attackers set fire to their homes in Plateau "
            "state, a local official said. The official said the attackers also rustled cattle "
            "before fleeing."
        ),
        {"killed": 3},
    ),
    (
        (
            "Rescuers recovered three more bodies on Friday, bringing the number of people "
            "confirmed dead to 22, the disaster agency said."
        ),
        {"killed": 22},
    ),
    (
        (
            "Another 166 miners were rescued alive, all of whom were taken into custody by police "
            "for illegal mining, officials said."
        ),
        {"detained": 166},
    ),
    (
        "A former employee killed four co-workers at a warehouse in Ohio on Monday, police said.",
        {"killed": 4},
    ),
    (
        (
            "Floods destroyed hundreds of homes in Malawi, bringing the number of people "
            "displaced to 5,000, the disaster agency said."
        ),
        {"displaced": 5000},
    ),
    (
        (
            "Police nabbed three suspects in connection with the robbery of a jewellery shop in "
            "Accra, a police statement said."
        ),
        {"detained": 3},
    ),
    (
        (
            "Police have charged and held nine men over a spate of armed robberies in Durban, a "
            "police statement said on Tuesday. The suspects, aged between 19 and 34, will appear "
            "in court on Thursday."
        ),
        {"detained": 9},
    ),
    (
        (
            "A woman was found dead in her home in Leeds on Sunday. Her partner, a 42-year-old "
            "man, has been arrested on suspicion of murder, West Yorkshire Police said."
        ),
        {"killed": 1, "detained": 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_TOTALS)
def test_article_totals(nlp, text, expected):
    doc = process(nlp, text, PUBLISHED)
    got = {k: v[1] for k, v in totals(doc).items()}
    assert got == expected, linked_rows(doc)


test_a_reports_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
