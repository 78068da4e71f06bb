"""Article totals of short news reports, fourth round: constructions that decide which people a
report counts ("the" with the figure told before and another noun for its people, a plural
whose aside gives one age for each person, a bare "both" that dies of the injuries just told).
Each table holds four or more wordings of one construction and at least two near forms that
keep the old reading."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Eight suspected drug traffickers were killed ... The eight men died in hospital": "the"
#: with the very figure told before points back to its people, whatever noun the writer varies.
THE_SAME_FIGURE_WITH_ANOTHER_NOUN = [
    (
        "Eight suspected drug traffickers were killed in the raid. The eight men died after "
        "being taken to hospital.",
        [
            ("killed", "Eight suspected drug traffickers", None, True),
            ("killed", "The eight men", "same_as", False),
        ],
    ),
    (
        "Three rebels were killed in the clash. The military recovered the bodies of the three "
        "militants.",
        [
            ("killed", "Three rebels", None, True),
            ("killed", "the three militants", "same_as", False),
        ],
    ),
    (
        "Five gunmen were arrested on Friday. The five men were detained at a police station in "
        "the capital.",
        [("detained", "Five gunmen", None, True), ("detained", "The five men", "same_as", False)],
    ),
    (
        "Police shot dead four robbers on Sunday. The four men were killed in a shootout near "
        "the bank.",
        [("killed", "four robbers", None, True), ("killed", "The four men", "same_as", False)],
    ),
    (
        "Two fishermen were injured in the blast. The two men were treated for burns at a local "
        "clinic.",
        [("injured", "Two fishermen", None, True), ("injured", "The two men", "same_as", False)],
    ),
    # Near forms: without "the" another noun is other people; "also", attackers after their
    # victims, or another status keep the people apart.
    (
        "Eight traffickers were killed in the raid. Three men were killed in a separate shootout.",
        [("killed", "Eight traffickers", None, True), ("killed", "Three men", None, True)],
    ),
    (
        "Three soldiers were killed in the ambush. The three attackers were also killed.",
        [("killed", "Three soldiers", None, True), ("killed", "The three attackers", None, True)],
    ),
    (
        "Three soldiers were killed in the ambush. The three attackers were killed by troops.",
        [("killed", "Three soldiers", None, True), ("killed", "The three attackers", None, True)],
    ),
    (
        "Three gunmen were killed in the ambush. The three soldiers were killed by a roadside "
        "bomb.",
        [("killed", "Three gunmen", None, True), ("killed", "The three soldiers", None, True)],
    ),
    (
        "Two soldiers were injured in the blast. The two civilians injured were taken to hospital.",
        [("injured", "Two soldiers", None, True), ("injured", "The two civilians", None, True)],
    ),
]

#: "found a woman and a man with serious injuries. Both were pronounced dead": the injured just
#: told are the ones who died.
BOTH_OF_THE_INJURED_DIED = [
    (
        "Officers found a woman and a man with serious injuries. Both were pronounced dead at "
        "the scene.",
        [("injured", "a man", None, False), ("killed", "Both", "update_of", True)],
    ),
    (
        "Two people were stabbed to death in Leeds. Officers found a woman and a man with "
        "serious injuries. Both were pronounced dead at the scene.",
        [
            ("killed", "Two", None, True),
            ("injured", "a man", None, False),
            ("killed", "Both", "same_as", False),
        ],
    ),
    (
        "Police found two men with gunshot wounds. Both died in hospital.",
        [("injured", "two men", None, False), ("killed", "Both", "update_of", True)],
    ),
    (
        "A teenager and a woman were seriously injured in the crash. Both later died in hospital.",
        [
            ("injured", "A teenager", None, False),
            ("injured", "a woman", None, False),
            ("killed", "Both", "update_of", True),
        ],
    ),
    (
        "Two people were stabbed to death in Leeds. Officers found two men with serious "
        "injuries. Both were pronounced dead at the scene.",
        [
            ("killed", "Two", None, True),
            ("injured", "two men", None, False),
            ("killed", "Both", "same_as", False),
        ],
    ),
    # Near forms: "both" not dying, "both" with a noun of its own, or injured not two people.
    (
        "A man and a woman were wounded in the shooting. Both were taken to hospital.",
        [
            ("injured", "A man", "subset_of", False),
            ("injured", "a woman", "subset_of", False),
            ("injured", "Both", None, True),
        ],
    ),
    (
        "Two guards were wounded in the attack. Both soldiers later died.",
        [("injured", "Two guards", None, True), ("killed", "Both soldiers", None, True)],
    ),
    (
        "Three people were injured in the crash. Both were pronounced dead at the scene.",
        [("injured", "Three", None, True), ("killed", "Both", None, True)],
    ),
]

TABLES = {
    "the same figure with another noun": THE_SAME_FIGURE_WITH_ANOTHER_NOUN,
    "both of the injured died": BOTH_OF_THE_INJURED_DIED,
}


#: (short report, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        "Eight suspected drug traffickers were killed and five others arrested during a police "
        "operation in a favela in Rio de Janeiro on Thursday, police said. Officers came under "
        "fire when they entered the Complexo da Mare. The eight men died after being taken to "
        "hospital.",
        {"killed": 8, "detained": 5},
    ),
    (
        "Four government soldiers and three rebels were killed in a clash in the southern "
        "Philippines on Saturday, the military said. Three soldiers were wounded. The military "
        "recovered the bodies of the three militants along with their weapons.",
        {"killed": 7, "injured": 3},
    ),
    (
        "A 23-year-old man has been arrested after two people were stabbed to death in a house "
        "in Leeds on Wednesday night, police said. Officers found a woman and a man with serious "
        "injuries. Both were pronounced dead at the scene. A third person, a 17-year-old boy, "
        "was taken to hospital with injuries that are not believed to be life-threatening.",
        {"killed": 2, "injured": 1, "detained": 1},
    ),
    # A relative clause on the place of an event set weeks before ("came a month after a
    # bombing at a market in Kano, in northern Nigeria, where ... killed 30"): that event's toll,
    # counted beside the article's own.
    (
        "Gunmen killed three people in Zamfara state on Sunday, police said. The raid came "
        "three weeks after an attack on a mosque in Katsina, in northwest Nigeria, where "
        "bandits killed 18 people during prayers.",
        {"killed": 21},
    ),
    (
        "A bus crash killed four people near Tromso on Friday. The crash came two months after "
        "an accident on a mountain road in Bodo, in northern Norway, where a truck killed seven "
        "tourists.",
        {"killed": 11},
    ),
    # Near form: no span of weeks; the place's clause may tell the article's own event.
    (
        "Two people were killed in a shooting at a bar in Dayton, in southwest Ohio, where a "
        "gunman killed two people on Sunday.",
        {"killed": 2},
    ),
    # Suspects killed after a toll the forces' own raid made are its dead, not people besides.
    (
        "An army raid on a rebel camp in Cauca province on Tuesday left at least 12 people dead, "
        "including a teenage girl, officials said. Eleven suspected rebels were killed in "
        "clashes with soldiers, the army said.",
        {"killed": 12},
    ),
    (
        "A police operation against a drug gang in Salvador on Friday left six people dead, "
        "authorities said. Five suspects were killed in a shootout with officers, and a "
        "bystander was hit by a stray bullet.",
        {"killed": 6},
    ),
    # Near forms: an attacker's toll; the suspects police then killed are besides it.
    (
        "A gunman opened fire at a market in Lagos on Friday, killing six people. Two suspects "
        "were killed by police hours later.",
        {"killed": 8},
    ),
    (
        "Six people were killed when attackers stormed a church in Benue state on Sunday. Three "
        "gunmen were later killed in a shootout with soldiers.",
        {"killed": 9},
    ),
    # A round-up of shootings over a span of days ("from Wednesday to Thursday morning"): a
    # shooting on one of those days is one it sums, and so are the victims told after it.
    (
        "Three people were killed, including a 52-year-old woman, and six other people were "
        "wounded in shootings from Wednesday to Thursday morning in Chicago, police said. A "
        "30-year-old man was wounded early Thursday in a shooting in the 4800 block of West "
        "Ferdinand Street. On the West Side, a 16-year-old boy was found shot to death in an "
        "alley, police said.",
        {"killed": 3, "injured": 6},
    ),
    (
        "Two men were killed, including a 19-year-old, and five other people were wounded in "
        "shootings from Saturday to Sunday morning in Baltimore, police said. A woman was "
        "wounded early Sunday in a shooting on North Avenue. A 24-year-old man was found dead "
        "in a car in Sandtown, police said.",
        {"killed": 2, "injured": 5},
    ),
    # Near form: a round-up of one day; a shooting on the next day is another incident.
    (
        "Three people were killed, including a 52-year-old woman, and six other people were "
        "wounded in shootings on Wednesday in Chicago, police said. A 30-year-old man was "
        "wounded on Thursday in a shooting in the 4800 block of West Ferdinand Street.",
        {"killed": 3, "injured": 7},
    ),
    # A named person first told among other people (detained) dies later: the dead told before
    # that person was brought in are others.
    (
        "Two aid workers died of the fever in Freetown on Monday, officials said. Police "
        "detained six people for spreading rumours, including nurse Adama Kamara. Kamara died "
        "of the infection on Friday.",
        {"killed": 3, "detained": 6},
    ),
    (
        "Three miners were killed in a collapse in Potosi on Tuesday. Police arrested two men, "
        "including the mine's owner Jorge Quispe. Quispe died in custody on Thursday.",
        {"killed": 4, "detained": 2},
    ),
    # Near forms: a name with no row before, or first told before the group, may be one of it.
    (
        "Two aid workers died of the fever in Freetown on Monday, officials said. Nurse Adama "
        "Kamara died of the infection at a clinic.",
        {"killed": 2},
    ),
    (
        # (captives of gunmen: a person held by the state is never one of a group of dead,
        # whatever the order, 1477f3d's rule)
        "Gunmen abducted six people in a raid on a clinic, including nurse Adama Kamara. Two "
        "aid workers died of the fever in Freetown on Monday, officials said. Kamara died of "
        "the infection on Monday.",
        {"killed": 2, "abducted": 6},
    ),
]


test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)


test_a_reports_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
