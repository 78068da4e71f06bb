"""Article totals of short news reports, third round: constructions that decide which people a
report counts (an age standing for its person joined to another, a second person hung on the
name or description of the first, victims the parser makes the subject of the sources' speech
verb, a victim joined after an aside, a family's members told by their kin, the possessor's
own people). Each table holds four or more wordings of one construction and at least two near
forms that keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "A 19-year-old and a 17-year-old have been taken into custody": an age with its own
#: determiner stands for its person, parsed as an adjective; joined to another person it is one
#: more person.
AGE_JOINED_TO_A_PERSON = [
    (
        "A 19-year-old and a 17-year-old have been taken into custody, police said.",
        [("detained", "A 19-year-old", None, True), ("detained", "a 17-year-old", None, True)],
    ),
    (
        "A 40-year-old and a 35-year-old were arrested at the scene.",
        [("detained", "A 40-year-old", None, True), ("detained", "a 35-year-old", None, True)],
    ),
    (
        "A teenager and a 20-year-old were shot outside a nightclub on Saturday.",
        [("injured", "A teenager", None, True), ("injured", "a 20-year-old", None, True)],
    ),
    (
        "Police arrested a man and a 16-year-old on Monday.",
        [("detained", "a man", None, True), ("detained", "a 16-year-old", None, True)],
    ),
    (
        "Officers detained a woman and a 22-year-old in connection with the attack.",
        [("detained", "a woman", None, True), ("detained", "a 22-year-old", None, True)],
    ),
    # Near forms: ages with their own nouns were already two people; definite back-references
    # joined ("the wounded and the dead") are still no rows.
    (
        "A 19-year-old man and a 17-year-old boy have been arrested, police said.",
        [
            ("detained", "A 19-year-old man", None, True),
            ("detained", "a 17-year-old boy", None, True),
        ],
    ),
    ("The wounded and the dead were taken to the city hospital.", []),
    (
        "A 30-year-old was shot dead on Sunday, police said.",
        [("killed", "A 30-year-old", None, True)],
    ),
]

#: "The father, Peter Otieno, 42, and a neighbour were injured", "shot Maria Silva, a local
#: councillor, and her driver": the parser hangs the second person on the name or description
#: set beside the first; that apposition is the one person, its conjunct another person.
SECOND_PERSON_HUNG_ON_AN_APPOSITION = [
    (
        "The father, Peter Otieno, 42, and a neighbour were injured and taken to hospital.",
        [
            ("injured", "The father, Peter Otieno", None, True),
            ("injured", "a neighbour", None, True),
        ],
    ),
    (
        "The gunman shot his wife, Maria Lopez, 34, and a neighbour before fleeing.",
        [("injured", "his wife, Maria Lopez", None, True), ("injured", "a neighbour", None, True)],
    ),
    (
        "Police said the driver, Ahmed Khan, and a passenger died at the scene.",
        [
            ("killed", "the driver, Ahmed Khan", None, True),
            ("killed", "a passenger", None, True),
        ],
    ),
    (
        "The owner of the shop, Ravi Patel, and a customer were wounded in the attack.",
        [
            ("injured", "The owner of the shop, Ravi Patel", None, True),
            ("injured", "a customer", None, True),
        ],
    ),
    (
        "The attackers shot Maria Silva, a local councillor, and her driver, police said.",
        [("injured", "Maria Silva", None, True), ("injured", "her driver", None, True)],
    ),
    (
        "The blast killed Ahmed Ali, a shopkeeper, and two customers.",
        [("killed", "Ahmed Ali", None, True), ("killed", "two customers", None, True)],
    ),
    # Near forms: a plural head's names are its make-up, and a list read as an apposition
    # ("A mother, father, and toddler") stays a list of people.
    (
        "The victims, John Smith and Mary Jones, were killed in the crash.",
        [("killed", "The victims, John Smith and Mary Jones", None, True)],
    ),
    (
        "Two people, John Smith and a neighbour, were killed in the blast.",
        [("killed", "Two people, John Smith", None, True)],
    ),
    (
        "A mother, father, and toddler were killed in the crash.",
        [
            ("killed", "A mother", None, True),
            ("killed", "father", None, True),
            ("killed", "toddler", None, True),
        ],
    ),
]

#: "exploded ..., killing at least 18 people, police and medics said": with a list of sources
#: after the victims the parser makes the counted victims the subject of the speech verb; a
#: counted subject right after the participle is the participle's object.
VICTIMS_PARSED_AS_THE_SOURCES = [
    (
        "A car bomb exploded outside a busy restaurant in Mogadishu on Friday night, killing at "
        "least 18 people, police and medics said. Police officer Abdullahi Hassan said the "
        "blast was followed by gunfire.",
        [("killed", "at least 18", None, True)],
    ),
    (
        "Gunmen opened fire on a bus in Balochistan, killing nine passengers, police and local "
        "officials said. The attackers fled.",
        [("killed", "nine passengers", None, True)],
    ),
    (
        "A drone hit a market in the town, wounding 23 people, medics and residents told "
        "Reuters. The army denied it.",
        [("injured", "23", None, True)],
    ),
    (
        "A suicide bomber struck a mosque in Peshawar, killing 12 worshippers, police and "
        "hospital officials said. The bomber has not been identified.",
        [("killed", "12 worshippers", None, True)],
    ),
    # Near forms: a source after the verb ("reported officials") and a single source.
    (
        "A gunman opened fire in a mall, killing three shoppers, reported officials.",
        [("killed", "three shoppers", None, True)],
    ),
    (
        "Gunmen attacked a village, killing 14 people, police said.",
        [("killed", "14", None, True)],
    ),
]

#: "killing Abu Baqir al-Saadi, a commander of Kataib Hezbollah, and two of his guards": a
#: second object after an aside with "and" before it is a coordinated victim, not a misparsed
#: aside.
VICTIM_JOINED_AFTER_AN_ASIDE = [
    (
        "The strike hit a car in the Mashtal district, killing Abu Baqir al-Saadi, a commander "
        "of Kataib Hezbollah, and two of his guards, the officials said.",
        [("killed", "Abu Baqir al-Saadi", None, True), ("killed", "two of his guards", None, True)],
    ),
    (
        "The drone hit a vehicle near Tyre, killing Hussein al-Amin, a commander of Hezbollah, "
        "and two of his companions, a security source said.",
        [
            ("killed", "Hussein al-Amin", None, True),
            ("killed", "two of his companions", None, True),
        ],
    ),
    (
        "The blast struck a convoy in Idlib, killing Abu Mohammed al-Halabi, a leader of the "
        "group, and three of his aides, the monitor said.",
        [
            ("killed", "Abu Mohammed al-Halabi", None, True),
            ("killed", "three of his aides", None, True),
        ],
    ),
    (
        "Troops stormed a compound in Kunar, killing Mullah Abdul Rahman, a Taliban commander, "
        "and four of his men, officials said.",
        [("killed", "Mullah Abdul Rahman", None, True), ("killed", "four of his men", None, True)],
    ),
    # Near forms: an aside without a conjunction is no second victim.
    (
        "A gunman opened fire in a mall, killing three shoppers, reported officials.",
        [("killed", "three shoppers", None, True)],
    ),
    (
        "The gunman shot two shoppers inside the store, police said.",
        [("injured", "two shoppers", None, True)],
    ),
]

#: "a family of four ... the bodies of a woman and her three children": a family's members
#: told by their kin nouns are part of it, though the nouns differ; others ("two neighbours")
#: stay besides it.
A_FAMILYS_MEMBERS = [
    (
        "A family of four died in a house fire in Tralee on Sunday. The bodies of a woman and "
        "her three children were found.",
        [
            ("killed", "A family of four", None, True),
            ("killed", "a woman", "subset_of", False),
            ("killed", "her three children", "subset_of", False),
        ],
    ),
    (
        "Five members of a family died in a house fire on Sunday. A woman and her four "
        "children died.",
        [
            ("killed", "Five members of a family", None, True),
            ("killed", "A woman", "subset_of", False),
            ("killed", "her four children", "subset_of", False),
        ],
    ),
    (
        "A family of six was killed in an airstrike on their home in Rafah. Four children were "
        "among the dead.",
        [
            ("killed", "A family of six", None, True),
            ("killed", "Four children", "subset_of", False),
        ],
    ),
    (
        "Three members of one family were killed when their house collapsed. A man and his two "
        "sons died.",
        [
            ("killed", "Three members of one family", None, True),
            ("killed", "A man", "subset_of", False),
            ("killed", "his two sons", "subset_of", False),
        ],
    ),
    # Near forms: people who are no kin, and another harm.
    (
        "A family of four died in a house fire in Tralee on Sunday. Two neighbours also died.",
        [("killed", "A family of four", None, True), ("killed", "Two neighbours", None, True)],
    ),
    (
        "A family of four died in a house fire in Tralee on Sunday. Two firefighters were injured.",
        [("killed", "A family of four", None, True), ("injured", "Two firefighters", None, True)],
    ),
]

#: "A militia commander was killed ... Two of his guards also died": a part of someone's own
#: people (guards, kin) is besides the possessor, so a person told before is not one of them.
THE_POSSESSORS_OWN_PEOPLE = [
    (
        "A drone strike killed a militia commander in Baghdad on Wednesday. The strike also "
        "killed two of his bodyguards.",
        [
            ("killed", "a militia commander", None, True),
            ("killed", "two of his bodyguards", None, True),
        ],
    ),
    (
        "A woman was shot dead in her home on Sunday. Two of her children were also killed, "
        "police said.",
        [("killed", "A woman", None, True), ("killed", "Two of her children", None, True)],
    ),
    (
        "A village chief was killed by gunmen on Monday. Three of his relatives were also killed.",
        [
            ("killed", "A village chief", None, True),
            ("killed", "Three of his relatives", None, True),
        ],
    ),
    (
        "A militia commander was killed in the strike. Two of his guards also died.",
        [
            ("killed", "A militia commander", None, True),
            ("killed", "Two of his guards", None, True),
        ],
    ),
    # Near forms: a figure without a possessor still holds the person told before.
    (
        "A student was killed on Monday. Police said five people died in the shooting.",
        [("killed", "A student", "subset_of", False), ("killed", "five", None, True)],
    ),
    (
        "A boy was killed in the attack. Three of the children died in hospital.",
        [("killed", "A boy", "subset_of", False), ("killed", "Three of the children", None, True)],
    ),
]

#: "police have arrested more than 2,500 people in a week of raids": a perfect-tense harm by an
#: actor with a large figure is a campaign's tally, unless its clause is told over a period no
#: longer than the incident window (a week): one operation's toll.
A_LARGE_FIGURE_OVER_A_SHORT_WINDOW = [
    (
        "Police have arrested more than 2,500 people in a week of raids on gang strongholds, "
        "the interior ministry said.",
        [("detained", "more than 2,500", None, True)],
    ),
    (
        "Security forces have detained more than 1,300 people over the past 24 hours, the "
        "ministry said.",
        [("detained", "more than 1,300", None, True)],
    ),
    (
        "Police have arrested 3,000 suspects in the past three days, the minister said.",
        [("detained", "3,000 suspects", None, True)],
    ),
    (
        "Authorities have arrested more than 1,000 protesters in a week of demonstrations, the "
        "group said.",
        [("detained", "more than 1,000 protesters", None, True)],
    ),
    # Near forms: a longer or open period, and a war, stay the campaign's tally.
    (
        "Police have arrested more than 2,500 people since March, the ministry said.",
        [("detained", "more than 2,500", None, False)],
    ),
    (
        "Police have arrested 5,000 people in the past two months, the ministry said.",
        [("detained", "5,000", None, False)],
    ),
    (
        "Israel says it has killed over 17,000 militants in the war.",
        [("killed", "over 17,000 militants", None, False)],
    ),
    (
        "Police have arrested more than 70,000 people during the state of emergency.",
        [("detained", "more than 70,000", None, False)],
    ),
]

#: "Three people were wounded in the attack and a police officer was seriously injured": the
#: parser joins the second subject to the object of the first clause's preposition and puts
#: the first clause under the second verb; the subject is found, and is a group of its own.
SUBJECT_JOINED_TO_THE_CLAUSE_BEFORE = [
    (
        "Three people were wounded in the attack and a police officer was seriously injured.",
        [("injured", "Three", None, True), ("injured", "a police officer", None, True)],
    ),
    (
        "Four people were wounded in the shooting and a police officer was seriously injured.",
        [("injured", "Four", None, True), ("injured", "a police officer", None, True)],
    ),
    (
        "Two people were killed in the attack and a police officer was seriously injured.",
        [("killed", "Two", None, True), ("injured", "a police officer", None, True)],
    ),
    (
        "Nine people were hurt in the attack and a police officer was seriously injured.",
        [("injured", "Nine", None, True), ("injured", "a police officer", None, True)],
    ),
    (
        "Two people died in the attack and a police officer was seriously injured.",
        [("killed", "Two", None, True), ("injured", "a police officer", None, True)],
    ),
    # Near forms: a subject parsed as the second verb's own, and a thing harmed, not a person.
    (
        "Ten people were wounded in the blast and a child was killed.",
        [("injured", "Ten", None, True), ("killed", "a child", None, True)],
    ),
    (
        "Two people were killed in the blast and a soldier was seriously injured.",
        [("killed", "Two", None, True), ("injured", "a soldier", None, True)],
    ),
    ("The bomb exploded in a market and a bus was damaged.", []),
]

#: "A bystander was seriously hurt ... two soldiers were lightly wounded and a reservist
#: suffered moderate injuries": a force's member told by an indefinite noun is not another
#: description of the one person harmed before, and a group a force noun names does not hold a
#: person told before as another kind of person (its ranks, "a sergeant", and plain nouns, "a
#: man", it still may).
ANOTHER_KIND_BESIDE_A_FORCE = [
    (
        "A drone strike killed three people on Monday. A bystander was seriously hurt. The army "
        "said two soldiers were lightly wounded near Metula and a reservist suffered moderate "
        "injuries.",
        [
            ("killed", "three", None, True),
            ("injured", "A bystander", None, True),
            ("injured", "two soldiers", None, True),
            ("injured", "a reservist", None, True),
        ],
    ),
    (
        "A man was shot in the leg on Main Street on Friday night. Later, a police officer was "
        "injured when a car hit him at a checkpoint.",
        [("injured", "A man", None, True), ("injured", "a police officer", None, True)],
    ),
    (
        "A woman was injured when a rocket hit her house in Sderot. A soldier was lightly "
        "wounded near the border, the army said.",
        [("injured", "A woman", None, True), ("injured", "A soldier", None, True)],
    ),
    (
        "A shopkeeper was wounded in the blast. Three police officers were also injured, "
        "officials said.",
        [("injured", "A shopkeeper", None, True), ("injured", "Three police officers", None, True)],
    ),
    (
        "A journalist was wounded by shrapnel. Five soldiers were hurt in the attack, the army "
        "said.",
        [("injured", "A journalist", None, True), ("injured", "Five soldiers", None, True)],
    ),
    # Near forms: the same noun again, a rank, a plain noun, the victim described.
    (
        "A soldier was wounded in the attack. A soldier was taken to hospital.",
        [("injured", "A soldier", None, True), ("injured", "A soldier", "same_as", False)],
    ),
    (
        "A sergeant was wounded in the clash. Four soldiers were hurt, the army said.",
        [("injured", "A sergeant", "subset_of", False), ("injured", "Four soldiers", None, True)],
    ),
    (
        "A man was shot dead at the checkpoint. Two soldiers were killed in the attack, the army "
        "said.",
        [("killed", "A man", "subset_of", False), ("killed", "Two soldiers", None, True)],
    ),
    (
        "A man was shot in the leg on Friday. A 25-year-old man was taken to hospital.",
        [("injured", "A man", None, True), ("injured", "A 25-year-old man", "same_as", False)],
    ),
]

#: "A passer-by was seriously hurt": the tokenizer splits the hyphenated noun and the parser
#: hangs "by" on "passer"; the person noun and its count phrase are the whole word.
A_HYPHENATED_PERSON_NOUN = [
    (
        "A passer-by was seriously hurt, the agency said.",
        [("injured", "A passer-by", None, True)],
    ),
    ("Two passers-by were injured in the blast.", [("injured", "Two passers-by", None, True)]),
    (
        "A passer-by was killed when the wall collapsed.",
        [("killed", "A passer-by", None, True)],
    ),
    (
        "Police said a passer-by was stabbed in the arm.",
        [("injured", "a passer-by", None, True)],
    ),
    # Near forms: the closed spelling and another hyphenated noun.
    ("A passerby was killed.", [("killed", "A passerby", None, True)]),
    ("A co-pilot was killed in the crash.", [("killed", "A co-pilot", None, True)]),
]

#: "Police arrested two men at the scene and a woman was detained at her home": one person of
#: the other gender than a group's noun says is not one of that group.
A_PERSON_OF_THE_OTHER_GENDER = [
    (
        "Police arrested two men at the scene and a woman was detained at her home.",
        [("detained", "two men", None, True), ("detained", "a woman", None, True)],
    ),
    (
        "Two women were injured in the blast. A man was taken to hospital with burns.",
        [("injured", "Two women", None, True), ("injured", "A man", None, True)],
    ),
    (
        "Four men were arrested in the raids. A woman was detained in Kano on Monday.",
        [("detained", "Four men", None, True), ("detained", "A woman", None, True)],
    ),
    (
        "Two men were killed in the attack. A woman died in hospital on Sunday.",
        [("killed", "Two men", None, True), ("killed", "A woman", None, True)],
    ),
    (
        "Two boys were injured in the fire. A girl suffered burns to her hands.",
        [("injured", "Two boys", None, True), ("injured", "A girl", None, True)],
    ),
    # Near forms: a group that says no gender, and one of the same gender, still hold them.
    (
        "Five people were injured. A woman was taken to hospital.",
        [("injured", "Five", None, True), ("injured", "A woman", "subset_of", False)],
    ),
    (
        "Three women were injured in the blast. A woman was taken to hospital with burns.",
        [("injured", "Three women", None, True), ("injured", "A woman", "subset_of", False)],
    ),
    (
        "Two teenage girls and two men were shot outside the building on Saturday. Two men were "
        "shot in the leg, while a girl was hit in the back.",
        [
            ("injured", "Two teenage girls", None, True),
            ("injured", "two men", None, True),
            ("injured", "Two men", "same_as", False),
            ("injured", "a girl", "subset_of", False),
        ],
    ),
]

TABLES = {
    "age joined to a person": AGE_JOINED_TO_A_PERSON,
    "second person hung on an apposition": SECOND_PERSON_HUNG_ON_AN_APPOSITION,
    "victims parsed as the sources": VICTIMS_PARSED_AS_THE_SOURCES,
    "victim joined after an aside": VICTIM_JOINED_AFTER_AN_ASIDE,
    "a family's members": A_FAMILYS_MEMBERS,
    "the possessor's own people": THE_POSSESSORS_OWN_PEOPLE,
    "a large figure over a short window": A_LARGE_FIGURE_OVER_A_SHORT_WINDOW,
    "subject joined to the clause before": SUBJECT_JOINED_TO_THE_CLAUSE_BEFORE,
    "another kind beside a force": ANOTHER_KIND_BESIDE_A_FORCE,
    "a hyphenated person noun": A_HYPHENATED_PERSON_NOUN,
    "a person of the other gender": A_PERSON_OF_THE_OTHER_GENDER,
}


#: (short report, killed total a careful coder gives)
ARTICLE_TOTALS = [
    (
        "A Russian drone strike killed a militia commander and his driver near Kherson on "
        "Tuesday, officials said. Two of his bodyguards were also killed. A family of four died "
        "when a shell hit their house in the city, and the bodies of a woman and her three "
        "children were recovered on Wednesday.",
        8,
    ),
    (
        "A car bomb exploded outside a busy restaurant in Mogadishu on Friday night, killing at "
        "least 18 people, police and medics said. Police officer Abdullahi Hassan said the "
        "blast was followed by gunfire as attackers tried to storm the building. Security "
        "forces killed three attackers after a two-hour siege, he said.",
        21,
    ),
]


@pytest.mark.parametrize(("text", "killed"), ARTICLE_TOTALS)
def test_article_killed_totals(nlp, text, killed):
    doc = process(nlp, text, PUBLISHED)
    assert totals(doc)["killed"][1] == killed, linked_rows(doc)


test_a_reports_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
