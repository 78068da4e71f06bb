"""Casualty leftovers of wire and local crime reports, round 15: a first-given figure that no other
figure replaces, a list of titled names the parser hangs on one another, the parts of a fronted
"Of those detained," partitive, a clause joined to it with a harm of its own, a relative "of
whom" part after "left N dead," or with a fraction, a figure brought to care after a harm clause
(a part) or beside another care clause with a noun of its own (a group), a title-case place
after a headline's harm word, and a part told by its group's harm word when the group becomes
killed or injured; also a narrative "would", an "other" person after a wound's place, a headline
participle with an "at" place, and another source's toll that says it raises earlier estimates,
and a person a later description names by an earlier apposition. Each table holds four or more
wordings of one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "The ministry initially reported 30 deaths and 12 injuries" with no other figure of deaths or
#: injuries: nothing replaced the first figure, so it counts. Near forms: a later (or earlier)
#: figure of the type still supersedes it.
A_FIRST_GIVEN_FIGURE_ALONE = [
    (
        "The interior ministry initially reported 14 deaths after the ferry sank.",
        [("killed", "14 deaths", None, True)],
    ),
    (
        "Regional officials originally said nine people were killed in the landslide.",
        [("killed", "nine", None, True)],
    ),
    (
        "The army had initially reported 6 soldiers wounded in the ambush.",
        [("injured", "6 soldiers", None, True)],
    ),
    (
        "Police initially reported 23 arrests after the march.",
        [("detained", "23 arrests", None, True)],
    ),
    (
        "The ministry initially reported 30 deaths. It later raised the toll to 34.",
        [("killed", "30 deaths", None, False), ("killed", "34", "update_of", True)],
    ),
    (
        "Officials initially said 12 people died, but the toll was later revised to 9.",
        [("killed", "12", None, False), ("killed", "9", "update_of", True)],
    ),
    (
        "At least 15 inmates were killed in the riot, the prison agency said. The agency had "
        "initially reported nine deaths.",
        [
            ("killed", "At least 15 inmates", "update_of", True),
            ("killed", "nine deaths", None, False),
        ],
    ),
]

#: "Maj. Tom Hale, Col. Ruth Bey and Insp. Omar Diaz were taken hostage": with a short title before
#: each name the parser hangs the names on one another as appositions and modifiers; read on the
#: words, the phrase cut at commas and "and" is a list of full names, one row each, and an ordinal
#: after it numbers on from them. Near forms: names without titles; titled names in separate
#: sentences.
TITLED_NAME_LIST = [
    (
        "Capt. Ana Ruiz, Lt. Ben Cho and Sgt. Eli Moss were taken hostage at the outpost.",
        [
            ("abducted", "Ana Ruiz", None, True),
            ("abducted", "Lt. Ben Cho", None, True),
            ("abducted", "Sgt. Eli Moss", None, True),
        ],
    ),
    (
        "Insp. Omar Diaz, Det. Rosa Lane and Ofc. Tim Park were wounded in the ambush.",
        [
            ("injured", "Omar Diaz", None, True),
            ("injured", "Det. Rosa Lane", None, True),
            ("injured", "Ofc. Tim Park", None, True),
        ],
    ),
    (
        "Gen. Paul Adeyemi and Col. Musa Bello were abducted on the highway near Kaduna.",
        [("abducted", "Paul Adeyemi", None, True), ("abducted", "Col. Musa Bello", None, True)],
    ),
    (
        "Dr. Leila Haddad, Dr. Sami Aoun and Rev. John Kerr were kidnapped by gunmen.",
        [
            ("abducted", "Leila Haddad", None, True),
            ("abducted", "Dr. Sami Aoun", None, True),
            ("abducted", "Rev. John Kerr", None, True),
        ],
    ),
    (
        "Capt. Ana Ruiz, Lt. Ben Cho and Sgt. Eli Moss were taken hostage. A fourth soldier was "
        "killed.",
        [
            ("abducted", "Ana Ruiz", None, True),
            ("abducted", "Lt. Ben Cho", None, True),
            ("abducted", "Sgt. Eli Moss", None, True),
            ("killed", "A fourth soldier", None, True),
        ],
    ),
    (
        "Ana Ruiz, Ben Cho and Eli Moss were taken hostage at the outpost.",
        [
            ("abducted", "Ana Ruiz", None, True),
            ("abducted", "Ben Cho", None, True),
            ("abducted", "Eli Moss", None, True),
        ],
    ),
    (
        "Capt. Ana Ruiz was taken hostage. Lt. Ben Cho was wounded.",
        [("abducted", "Ana Ruiz", None, True), ("injured", "Ben Cho", None, True)],
    ),
]

#: "Of those detained, 40 were students and 14 were minors": the parser may hang the fronted phrase
#: on the first figure; it governs both clauses. Parts of one "of" phrase are no part of each
#: other, and a whole without a numeral ("dozens", "hundreds") holds a part of any size. Near
#: forms: a partitive that is charged, not harmed; a numbered whole smaller than the part.
PARTS_OF_A_FRONTED_PARTICIPLE_WHOLE = [
    (
        "Police detained dozens of people on Friday. Of those detained, 40 were university "
        "students and 14 were minors.",
        [
            ("detained", "dozens of people", None, True),
            ("detained", "40", "subset_of", False),
            ("detained", "14", "subset_of", False),
        ],
    ),
    (
        "Troops rounded up hundreds of men. Of those arrested, 120 were farmers and 35 were "
        "teachers.",
        [
            ("detained", "hundreds of men", None, True),
            ("detained", "120", "subset_of", False),
            ("detained", "35", "subset_of", False),
        ],
    ),
    (
        "Police arrested 52 people. Of those arrested, 18 were visiting fans and seven were "
        "minors.",
        [
            ("detained", "52", None, True),
            ("detained", "18", "subset_of", False),
            ("detained", "seven", "subset_of", False),
        ],
    ),
    (
        "Of the dead, 11 were women, and 9 were children.",
        [("killed", "11", None, True), ("killed", "9", None, True)],
    ),
    (
        "Police arrested 33 people on Sunday. Twelve of them were later charged with assault.",
        [("detained", "33", None, True)],
    ),
    (
        "The blast killed 27 people. Of the dead, 11 were women and 9 were children.",
        [
            ("killed", "27", None, True),
            ("killed", "11", "subset_of", False),
            ("killed", "9", "subset_of", False),
        ],
    ),
]

#: "Of the dead, 11 were women, and 9 men were wounded": a clause joined to the fronted partitive's
#: clause with a harm verb of its own tells other people with that harm, not a part of "the dead".
#: Near forms: joined copulas stay parts.
A_JOINED_CLAUSE_WITH_ITS_OWN_HARM = [
    (
        "A car bomb hit the market. Of the dead, 11 were women, and 9 men were wounded.",
        [("killed", "11", None, True), ("injured", "9 men", None, True)],
    ),
    (
        "The shelling killed 20 people. Of the dead, eight were children, and 15 others were "
        "injured.",
        [
            ("killed", "20", None, True),
            ("killed", "eight", "subset_of", False),
            ("injured", "15 others", None, True),
        ],
    ),
    (
        "Of the injured, six were children while four police officers were killed.",
        [("injured", "six", None, True), ("killed", "four police officers", None, True)],
    ),
    (
        "Of the dead, 12 were soldiers, and three civilians were abducted.",
        [("killed", "12", None, True), ("abducted", "three civilians", None, True)],
    ),
    (
        "The blast killed 27 people. Of the dead, 11 were women and 9 were children.",
        [
            ("killed", "27", None, True),
            ("killed", "11", "subset_of", False),
            ("killed", "9", "subset_of", False),
        ],
    ),
    (
        "Floods killed 50 people. Of the dead, ten were soldiers and five were civilians.",
        [
            ("killed", "50", None, True),
            ("killed", "ten", "subset_of", False),
            ("killed", "five", "subset_of", False),
        ],
    ),
]

#: "left 23 dead, nearly half of whom were women": the state word after the group is still its
#: phrase, and the relative clause the parser hangs on the verb (or the verb above) is the group's;
#: "two thirds", "three quarters" are quantity words (models/lexicons/quantities.json), not the
#: numeral two or three. Near forms: no relative clause; a fraction of a thing; "half of them".
RELATIVE_PARTITIVE_AFTER_A_STATE_OR_FRACTION = [
    (
        "The raid left 23 dead, nearly half of whom were women.",
        [("killed", "23 dead", None, True), ("killed", "nearly half of whom", "subset_of", False)],
    ),
    (
        "Gunmen attacked a church, leaving 15 worshippers dead, nine of whom were women.",
        [("killed", "15 worshippers", None, True), ("killed", "nine of whom", "subset_of", False)],
    ),
    (
        "The clashes left 40 people injured, most of whom were students.",
        [("injured", "40", None, True), ("injured", "most of whom", "subset_of", False)],
    ),
    (
        "The strike killed 15 people, two thirds of whom were women.",
        [("killed", "15", None, True), ("killed", "two thirds of whom", "subset_of", False)],
    ),
    (
        "The strike killed 40 people. Three quarters of the dead were civilians.",
        [
            ("killed", "40", None, True),
            ("killed", "Three quarters of the dead", "subset_of", False),
        ],
    ),
    (
        "The raid left 23 dead, and officials said the army denied it.",
        [("killed", "23 dead", None, True)],
    ),
    (
        "Two thirds of the village was destroyed and two men were killed.",
        [("killed", "two men", None, True)],
    ),
    (
        "The strike killed 14 people, half of them children.",
        [("killed", "14", None, True), ("killed", "half of them", "subset_of", False)],
    ),
]

#: "Twelve people were injured, and four were taken to hospital": a bare figure brought to care in
#: a clause joined to a harm clause is part of the harmed; "Seven people were treated at the scene,
#: and two firefighters were taken to hospital": two care clauses, the second with a noun of its
#: own, are two groups side by side. Near forms: two harm clauses stay side by side.
CARE_CLAUSE_PART_OR_OWN_GROUP = [
    (
        "Twelve people were injured, and four were taken to hospital, when a bus overturned.",
        [("injured", "Twelve", None, True), ("injured", "four", "subset_of", False)],
    ),
    (
        "Nine people were hurt in the crash and three were airlifted to a trauma centre.",
        [("injured", "Nine", None, True), ("injured", "three", "subset_of", False)],
    ),
    (
        "At least 20 people were wounded, and six were hospitalised, officials said.",
        [("injured", "At least 20", None, True), ("injured", "six", "subset_of", False)],
    ),
    (
        "Fifteen passengers were injured and two were rushed to hospital.",
        [("injured", "Fifteen passengers", None, True), ("injured", "two", "subset_of", False)],
    ),
    (
        "Seven people were treated at the scene for smoke inhalation, and two firefighters were "
        "taken to hospital with minor injuries.",
        [("injured", "Seven", None, True), ("injured", "two firefighters", None, True)],
    ),
    (
        "Ten residents were treated at the scene, and three police officers were taken to "
        "hospital.",
        [
            ("injured", "Ten residents", None, True),
            ("injured", "three police officers", None, True),
        ],
    ),
    (
        "Four guests were seriously wounded and two were slightly hurt.",
        [("injured", "Four guests", None, True), ("injured", "two", None, True)],
    ),
    (
        "Six people were treated at the scene and two children were taken to hospital.",
        [("injured", "Six", None, True), ("injured", "two children", None, True)],
    ),
]

#: "Teen Dies After Shooting Near High School": in headline case a title-case name at or right
#: after a locative preposition is a place, not a person shot. Near forms: a name right after the
#: harm verb stays a person.
HEADLINE_PLACE_AFTER_A_HARM_WORD = [
    (
        "Teen Dies After Shooting Near High School. A 17-year-old boy died Monday night after "
        "he was shot, police said.",
        [("killed", "A 17-year-old boy", None, True), ("killed", "he", "same_as", False)],
    ),
    (
        "Woman Dies After Stabbing Inside Apartment Complex. Police said the woman was found "
        "with stab wounds on Tuesday.",
        [("killed", "Woman", None, True)],
    ),
    (
        "Man Dies After Shooting Outside Nightclub. The man, 31, was pronounced dead at the "
        "scene, police said.",
        [("killed", "The man", None, True)],
    ),
    (
        "Teen Hurt After Shooting Near Lincoln Park. Police said the 15-year-old was hit in the "
        "leg.",
        [("injured", "the 15-year-old", None, True)],
    ),
    (
        "Police Shoot Kaden Myles After Chase. Officers shot Kaden Myles on Friday, police said.",
        [("injured", "Kaden Myles", None, True)],
    ),
    (
        "Deputies shot Kaden Myles on Friday after a chase.",
        [("injured", "Kaden Myles", None, True)],
    ),
]

#: "A man was one of four people struck by gunfire ... Two of the four died": a part told by its
#: group's own harm word takes the harm the group is read to have (killed or injured) and stays its
#: subset, not counted again. Near forms: no death, the part stays injured and a subset; a person
#: with a harm of his own stays his own.
A_PART_TOLD_BY_ITS_GROUPS_HARM = [
    (
        "A 34-year-old man was one of four people struck by gunfire outside a nightclub. Two of "
        "the four died.",
        [
            ("killed_or_injured", "A 34-year-old man", "subset_of", False),
            ("killed_or_injured", "four", None, True),
            ("killed", "Two of the four", None, True),
        ],
    ),
    (
        "A woman was among five people shot at the party. One of the five died at the hospital.",
        [
            ("killed_or_injured", "A woman", "subset_of", False),
            ("killed_or_injured", "five", None, True),
            ("killed", "One of the five", None, True),
        ],
    ),
    (
        "A teenager was one of six people stabbed at the festival. One of the six died.",
        [
            ("killed_or_injured", "A teenager", "subset_of", False),
            ("killed_or_injured", "six", None, True),
            ("killed", "One of the six", None, True),
        ],
    ),
    (
        "A man was one of three people shot at the bus stop. One of the three died later.",
        [
            ("killed_or_injured", "A man", "subset_of", False),
            ("killed_or_injured", "three", None, True),
            ("killed", "One of the three", None, True),
        ],
    ),
    (
        "A 34-year-old man was one of four people shot outside a nightclub, police said.",
        [("injured", "A 34-year-old man", "subset_of", False), ("injured", "four", None, True)],
    ),
    (
        "Two people were killed and a woman was wounded in the shooting at the party.",
        [("killed", "Two", None, True), ("injured", "a woman", None, True)],
    ),
]

#: "Police said a 19-year-old would shoot a man outside the store, then flee": crime copy tells a
#: past in sequence with "would" (models/lexicons/casualty_context.json `narrative_modals`); with a
#: sequence adverb on the verb or a verb joined to it and no condition in the sentence the harm
#: happened. Near forms: a condition, or no sequence adverb, keeps the modal hypothetical.
NARRATIVE_WOULD = [
    (
        "Police said a 19-year-old would shoot a man outside the store, then flee.",
        [("injured", "a man", None, True)],
    ),
    (
        "Police said the suspect would later shoot a woman in the parking lot.",
        [("injured", "a woman", None, True)],
    ),
    (
        "Prosecutors said Smith would eventually stab two guards during the escape.",
        [("injured", "two guards", None, True)],
    ),
    (
        "Police said the suspect would then stab a clerk and flee with cash.",
        [("injured", "a clerk", None, True)],
    ),
    (
        "The missile would kill thousands if it hit the city.",
        [],
    ),
    (
        "Officials warned the storm would then kill dozens if people did not leave.",
        [],
    ),
    (
        "Such a bomb would kill hundreds of people.",
        [],
    ),
]

#: "hitting a guard in the arm and several other people": an "other" person noun the parser joins
#: to the object of the wound's preposition is a second object of the harm verb, as a counted one
#: is. Near forms: "other" things after the place stay things.
OTHER_PEOPLE_AFTER_A_WOUND_PLACE = [
    (
        "A gunman opened fire on the crowd, hitting a guard in the arm and several other people.",
        [("injured", "a guard", None, True), ("injured", "several other people", None, True)],
    ),
    (
        "A man opened fire in the bar, hitting the bartender in the hand and other patrons.",
        [("injured", "the bartender", None, True), ("injured", "other patrons", None, True)],
    ),
    (
        "The bomb killed a soldier in the village and other residents.",
        [("killed", "a soldier", None, True), ("killed", "other residents", None, True)],
    ),
    (
        "The gunman shot a woman in the leg and two other guests.",
        [("injured", "a woman", None, True), ("injured", "two other guests", None, True)],
    ),
    (
        "The gunman shot a woman in the car and other vehicles.",
        [("injured", "a woman", None, True)],
    ),
    (
        "Police arrested a man in the park and other places.",
        [("detained", "a man", None, True)],
    ),
]

#: "Toddler accidentally shot by brother at Fresno home": a headline drops "was"; an "at" phrase
#: after the agent is the place, and only "at" right after the verb ("Boy shot at in drive-by")
#: fires without saying whom it hit. Near forms: "shot at" right after the verb gives no row.
HEADLINE_PARTICIPLE_WITH_A_PLACE_AT = [
    (
        "Toddler accidentally shot by brother at Fresno home.",
        [("injured", "Toddler", None, True)],
    ),
    (
        "Teen critically wounded by gunfire at park.",
        [("injured", "Teen", None, True)],
    ),
    (
        "Woman seriously hurt by stray bullet at bus stop.",
        [("injured", "Woman", None, True)],
    ),
    (
        "Guard fatally stabbed by inmate at county jail.",
        [("killed", "Guard", None, True)],
    ),
    (
        "Boy shot at in drive-by on Elm Street.",
        [],
    ),
    (
        "Man shot at during road rage incident.",
        [],
    ),
]

#: "The coast guard put the toll at 21, raising earlier estimates": another source's figure whose
#: sentence says it revises earlier ones (a `update_words` verb or "from" on a noun with a
#: `superseded_words` modifier) is the toll since grown, update_of the first. Near forms: another
#: source's figure without it stays a conflict; the earlier figures of another group do not make a
#: revision.
ANOTHER_SOURCE_REVISING_EARLIER_FIGURES = [
    (
        "Police said nine people died when the boat capsized. The coast guard put the toll at "
        "21, raising earlier estimates.",
        [("killed", "nine", None, False), ("killed", "21", "update_of", True)],
    ),
    (
        "Officials said 12 people were killed in the blast. On Friday the health ministry put "
        "the death toll at 19, up from earlier estimates.",
        [("killed", "12", None, False), ("killed", "19", "update_of", True)],
    ),
    (
        "Eight people were killed, police said. The Red Cross put the toll at 14, revising "
        "earlier estimates upward.",
        [("killed", "Eight", None, False), ("killed", "14", "update_of", True)],
    ),
    (
        "Residents said 30 people were killed. The army put the toll at 41, raising the "
        "previous figure.",
        [("killed", "30", None, False), ("killed", "41", "update_of", True)],
    ),
    (
        "Residents said 30 people were killed. The army put the toll at 41.",
        [("killed", "30", None, True), ("killed", "41", "conflicts_with", False)],
    ),
    (
        "Gunmen attacked a church, leaving 15 worshippers dead, a local official said. Another "
        "official put the toll at 18.",
        [("killed", "15 worshippers", None, True), ("killed", "18", "conflicts_with", False)],
    ),
]

#: "shot the first victim, a neighbour ... The neighbour died": a definite description matches an
#: earlier person by the noun of that person's apposition too, so the death revises the injury
#: (update_of) instead of adding a person. Near forms: the same noun matches as before; a new
#: indefinite person stays new.
THE_PERSON_AN_APPOSITION_NAMED = [
    (
        "The gunman shot the first victim, a neighbour, in the driveway, police said. The "
        "neighbour, a 61-year-old man, died at the scene.",
        [
            ("injured", "the first victim", None, False),
            ("killed", "The neighbour", "update_of", True),
        ],
    ),
    (
        "Police said the attacker stabbed a man, a security guard, at the entrance. The guard "
        "died in hospital on Sunday.",
        [("injured", "a man", None, False), ("killed", "The guard", "update_of", True)],
    ),
    (
        "The suspect shot the driver, a woman in her 40s, and fled. The woman died later that "
        "night.",
        [("injured", "the driver", None, False), ("killed", "The woman", "update_of", True)],
    ),
    (
        "Officers said the gunman wounded one person, a delivery driver, outside the shop. The "
        "driver was in critical condition.",
        # matched to the driver, told only in a hospital state: no row (round 19)
        [("injured", "one person", None, True)],
    ),
    (
        "The gunman shot a neighbour in the driveway. The neighbour died at the scene.",
        [("injured", "a neighbour", None, False), ("killed", "The neighbour", "update_of", True)],
    ),
    (
        "The gunman shot the first victim, a neighbour, in the driveway. A passer-by died at "
        "the scene.",
        [("injured", "the first victim", None, True), ("killed", "A passer-by", None, True)],
    ),
]

TABLES = {
    "the person an apposition named": THE_PERSON_AN_APPOSITION_NAMED,
    "another source revising earlier figures": ANOTHER_SOURCE_REVISING_EARLIER_FIGURES,
    "headline participle with a place at": HEADLINE_PARTICIPLE_WITH_A_PLACE_AT,
    "narrative would": NARRATIVE_WOULD,
    "other people after a wound place": OTHER_PEOPLE_AFTER_A_WOUND_PLACE,
    "a first given figure alone": A_FIRST_GIVEN_FIGURE_ALONE,
    "titled name list": TITLED_NAME_LIST,
    "parts of a fronted participle whole": PARTS_OF_A_FRONTED_PARTICIPLE_WHOLE,
    "a joined clause with its own harm": A_JOINED_CLAUSE_WITH_ITS_OWN_HARM,
    "relative partitive after a state or fraction": RELATIVE_PARTITIVE_AFTER_A_STATE_OR_FRACTION,
    "care clause part or own group": CARE_CLAUSE_PART_OR_OWN_GROUP,
    "headline place after a harm word": HEADLINE_PLACE_AFTER_A_HARM_WORD,
    "a part told by its groups harm": A_PART_TOLD_BY_ITS_GROUPS_HARM,
}


test_a_reports_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
