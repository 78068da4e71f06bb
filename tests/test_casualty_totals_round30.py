"""Article totals of war and wire reports, round 30: hand-made paragraphs that stress the
relations deciding a killed total (a war's tally with the day's part, a source disputing the
toll, a figure told again after another source's, the dead told by how they died, a toll
revised "down to", a round-up of a country broken down by town). Each table holds four or
more wordings of one construction and at least two near forms that keep the old reading; the
totals cases check the article-level figure a user reads."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "at least 37,000 have been killed in the war, including 45 in the past 24 hours": the day's
#: window closes the part, so it dates the part, not the war's tally, which stays cumulative.
PART_DATED_BY_WINDOW = [
    (
        "Gaza's health ministry said at least 37,000 Palestinians have been killed in the war, "
        "including 45 in the past 24 hours.",
        [
            ("killed", "at least 37,000 Palestinians", None, False),
            ("killed", "45", "subset_of", False),
        ],
    ),
    (
        "The ministry said more than 14,000 people have died in the fighting, among them 60 in "
        "the last 24 hours.",
        [("killed", "more than 14,000", None, False), ("killed", "60", "subset_of", False)],
    ),
    (
        "Officials say more than 9,000 people have died in the conflict, including 31 in the "
        "last 48 hours.",
        [("killed", "more than 9,000", None, False), ("killed", "31", "subset_of", False)],
    ),
    (
        "At least 35,200 people have been killed in the war, including 52 over the past day, "
        "the health ministry said.",
        [("killed", "At least 35,200", None, False), ("killed", "52", "subset_of", False)],
    ),
    # Near forms: the window on the whole's own clause keeps it one day's toll.
    (
        "At least 1,200 people have been killed in the war over the past 24 hours, the ministry "
        "said.",
        [("killed", "At least 1,200", None, True)],
    ),
    (
        "More than 300 people have been killed in the fighting over the past week, including 12 "
        "children, officials said.",
        [("killed", "More than 300", None, True), ("killed", "12 children", "subset_of", False)],
    ),
]

#: "A police spokeswoman disputed the toll, saying three people had died": the source's own
#: count of the same people, set against the toll, whatever noun it gives them.
DISPUTING_SOURCE = [
    (
        "At least six people were killed as police fired live rounds at protesters in Lagos on "
        "Monday, a rights group said. A police spokesman disputed the toll, saying three people "
        "had died.",
        [("killed", "At least six", None, True), ("killed", "three", "conflicts_with", False)],
    ),
    (
        "Rebels said they had killed 40 government troops in the ambush. The defence ministry "
        "denied the claim, saying only nine soldiers had died.",
        [
            ("killed", "40 government troops", None, True),
            ("killed", "only nine soldiers", "conflicts_with", False),
        ],
    ),
    (
        "Local officials said 15 civilians were killed in the air strike. The military disputed "
        "the figure, saying 15 militants had been killed.",
        [
            ("killed", "15 civilians", None, True),
            ("killed", "15 militants", "conflicts_with", False),
        ],
    ),
    (
        "Residents said 20 people were wounded in the raid. The army contested the account, "
        "saying eight people were hurt.",
        [("injured", "20", None, True), ("injured", "eight", "conflicts_with", False)],
    ),
    # Near forms: a dispute that gives no figure, and a source that breaks the toll down.
    (
        "Six people were killed in the strike, local officials said. The army disputed the "
        "account, saying its jets had hit a weapons depot.",
        [("killed", "Six", None, True)],
    ),
    (
        "Twelve people were killed in a drone attack on a market, residents said. The army "
        "denied carrying out the attack. Police said two of the dead were children.",
        [("killed", "Twelve", None, True), ("killed", "two of the dead", "subset_of", False)],
    ),
]

#: "an Israeli strike killed 27 people ... the military said it killed about 10 militants ...
#: Basal said 27 people had died": the first figure told again, not a count set against the
#: figure of another source told in between.
FIGURE_TOLD_AGAIN_PAST_ANOTHER = [
    (
        "Palestinian health officials said an Israeli strike on a school in Gaza City killed 27 "
        "people on Thursday. The Israeli military said the strike killed about 10 militants. "
        "Civil defence spokesman Mahmoud Basal said 27 people had died.",
        [
            ("killed", "27", None, True),
            ("killed", "about 10 militants", None, True),
            ("killed", "27", "same_as", False),
        ],
    ),
    (
        "Ukrainian officials said a Russian missile killed nine people in Odesa. Russia's "
        "defence ministry said its forces had killed 30 foreign fighters in the city. The "
        "regional governor said nine people had been killed.",
        [
            ("killed", "nine", None, True),
            ("killed", "30 foreign fighters", "conflicts_with", False),
            ("killed", "nine", "same_as", False),
        ],
    ),
    (
        "A Sudanese army official said 14 soldiers were killed in the assault. The RSF said it "
        "had killed 100 soldiers. A second army official said 14 troops had died.",
        [
            ("killed", "14 soldiers", None, True),
            ("killed", "100 soldiers", "conflicts_with", False),
            ("killed", "14 troops", "same_as", False),
        ],
    ),
    (
        "An air strike killed 12 people in the town, officials said. Local medics said 20 "
        "people had been killed. Hospital staff later said 12 bodies had been identified.",
        [
            ("killed", "12", None, True),
            ("killed", "20", "conflicts_with", False),
            ("killed", "12 bodies", "same_as", False),
        ],
    ),
    # Near forms: figures told as more people stay figures of their own.
    (
        "A strike killed five people in Kherson on Monday. Medics said three more people died "
        "in the fire that followed. On Tuesday, five more people were killed.",
        [
            ("killed", "five", None, True),
            ("killed", "three more", None, True),
            ("killed", "five more", None, True),
        ],
    ),
    (
        "Two people were killed in the raid, officials said. Another strike killed three "
        "people in the next village. Two more people died on the way to hospital.",
        [
            ("killed", "Two", None, True),
            ("killed", "three", None, True),
            ("killed", "Two more", None, True),
        ],
    ),
]

#: "At least six people were killed ... three of them had been shot in the head": how some of
#: the dead just told died, part of them, not the dead and the wounded together.
DEAD_TOLD_BY_HOW = [
    (
        "At least six people were killed in the clashes, a rights group said. A police "
        "spokesman said three of them had been shot in the head.",
        [("killed", "At least six", None, True), ("killed", "three of them", "subset_of", False)],
    ),
    (
        "Police killed 12 protesters in the capital, witnesses said. Most of them were shot in "
        "the chest.",
        [("killed", "12 protesters", None, True), ("killed", "Most of them", "subset_of", False)],
    ),
    (
        "Eight miners were killed in the attack. Five of them were shot at close range, police "
        "said.",
        [("killed", "Eight miners", None, True), ("killed", "Five of them", "subset_of", False)],
    ),
    (
        "Nine villagers died when gunmen raided the settlement on Sunday. Four of them were "
        "shot, a local official said.",
        [("killed", "Nine villagers", None, True), ("killed", "Four of them", "subset_of", False)],
    ),
    # Near forms: "them" after people taken, or after the wounded, are not the dead.
    (
        "Gunmen stormed a wedding party and seized 20 guests. Three of them were shot as they "
        "tried to flee.",
        [("abducted", "20 guests", None, True), ("injured", "Three of them", None, True)],
    ),
    (
        "Two people were killed in the raid. Three of them were shot, officials said.",
        [("killed", "Two", None, True), ("killed_or_injured", "Three of them", None, True)],
    ),
]

#: "later revised the toll down to 24": the figure of a toll whose "to" the parser hangs on the
#: particle is the toll's new figure, as "revised the toll to 24" is.
TOLL_REVISED_WITH_PARTICLE = [
    (
        "Officials initially said 30 people had died in the blast at the fuel depot, but later "
        "revised the toll down to 24.",
        [("killed", "30", None, False), ("killed", "24", "update_of", True)],
    ),
    (
        "Officials later revised the toll down to 24.",
        [("killed", "24", None, True)],
    ),
    (
        "Officials revised the death toll up from 16 to 21.",
        [("killed", "16", None, False), ("killed", "21", "update_of", True)],
    ),
    (
        "The police revised the number of injured down to 12.",
        [("injured", "12", None, True)],
    ),
    # Near forms: the toll on the verb itself, and a toll that is not a harm's.
    (
        "Officials initially said 30 people had died, but later revised the toll to 24.",
        [("killed", "30", None, False), ("killed", "24", "update_of", True)],
    ),
    (
        "The company revised its forecast down to 24 percent.",
        [],
    ),
]

#: "Russian strikes killed 12 across Ukraine ... In Kryvyi Rih, a missile hit a building,
#: killing five": a town the gazetteer cannot place, under a round-up of a country or region,
#: is one of the places the round-up sums.
ROUND_UP_BROKEN_DOWN_BY_TOWN = [
    (
        "Russian strikes killed at least 12 civilians across Ukraine on Monday, officials "
        "said.\n\nIn Kryvyi Rih, a missile hit a five-storey building, killing five people.",
        [("killed", "at least 12 civilians", None, True), ("killed", "five", "subset_of", False)],
    ),
    (
        "Russian attacks killed nine people across Ukraine on Tuesday. In Kostiantynivka, a "
        "guided bomb struck a market, killing four shoppers.",
        [("killed", "nine", None, True), ("killed", "four shoppers", "subset_of", False)],
    ),
    (
        "Israeli strikes killed at least 30 Palestinians across the Gaza Strip on Friday, "
        "medics said. In Deir al-Balah, an air strike hit a tent camp, killing eight people.",
        [
            ("killed", "at least 30 Palestinians", None, True),
            ("killed", "eight", "subset_of", False),
        ],
    ),
    (
        "Air strikes killed 22 people across Sudan's Darfur region on Sunday, activists said. "
        "In Kutum, a drone strike on a market killed seven traders.",
        [("killed", "22", None, True), ("killed", "seven traders", "subset_of", False)],
    ),
    # Near forms: a city's toll, not a round-up, and another day, stay apart.
    (
        "Russian strikes killed at least 12 civilians in Kharkiv on Monday, officials said. In "
        "Kryvyi Rih, a missile hit a building, killing five people.",
        [("killed", "at least 12 civilians", None, True), ("killed", "five", None, True)],
    ),
    (
        "Russian attacks killed nine people across Ukraine on Tuesday. On Wednesday, in "
        "Kostiantynivka, a guided bomb struck a market, killing four shoppers.",
        [("killed", "nine", None, True), ("killed", "four shoppers", None, True)],
    ),
]

#: "raising the death toll from attacks on the city this week to 14": a toll of a bare plural of
#: events dated by a week or a month is a tally over that period, beside the day's own toll.
TOLL_OF_EVENTS_OVER_A_PERIOD = [
    (
        "A Russian strike killed three people in Kherson on Monday, raising the death toll from "
        "attacks on the city this week to 14, officials said.",
        [("killed", "three", None, True), ("killed", "14", None, False)],
    ),
    (
        "Shelling killed two civilians in Nikopol on Tuesday, bringing the death toll from "
        "Russian strikes on the town this month to 31.",
        [("killed", "two civilians", None, True), ("killed", "31", None, False)],
    ),
    (
        "A drone killed a farmer near Kupiansk on Friday, raising the toll from attacks in the "
        "district this week to nine.",
        [("killed", "a farmer", None, True), ("killed", "nine", None, False)],
    ),
    (
        "An air strike killed four people in Rafah on Sunday, bringing the death toll in "
        "strikes on the city this month to 60, medics said.",
        [("killed", "four", None, True), ("killed", "60", None, False)],
    ),
    # Near forms: one event's toll raised is the incident's toll revised.
    (
        "A missile killed three people in Kherson on Monday, raising the death toll from the "
        "attack to five.",
        [("killed", "three", None, False), ("killed", "five", "update_of", True)],
    ),
    (
        "A missile killed three people in Kherson on Monday. By Tuesday, the death toll from "
        "Monday's attacks had risen to five.",
        [("killed", "three", None, False), ("killed", "five", "update_of", True)],
    ),
]

#: "a strike in Jabalia killed 15 ... 62 Palestinians had been killed across the territory": a
#: round-up of the whole land holds the figures of places in it told before.
WHOLE_LAND_ROUND_UP = [
    (
        "An Israeli strike on a house in Jabalia killed 15 people, medics said. Gaza's health "
        "ministry said 62 Palestinians had been killed across the territory in the past 24 "
        "hours.",
        [("killed", "15", "subset_of", False), ("killed", "62 Palestinians", None, True)],
    ),
    (
        "A Russian missile killed four people in Kharkiv on Saturday. Russian attacks across "
        "the country killed 11 people over the day, officials said.",
        [("killed", "four", "subset_of", False), ("killed", "11", None, True)],
    ),
    (
        "A drone strike on a market in Kutum killed seven traders on Sunday. Air strikes across "
        "the country killed 30 people that day, activists said.",
        [("killed", "seven traders", "subset_of", False), ("killed", "30", None, True)],
    ),
    (
        "A guided bomb killed five people in Kostiantynivka on Monday. Russian shelling across "
        "the country killed 19 civilians that day, the prosecutor general said.",
        [("killed", "five", "subset_of", False), ("killed", "19 civilians", None, True)],
    ),
    # Near forms: no round-up, and another period, leave the figures apart.
    (
        "An Israeli strike on a house in Jabalia killed 15 people, medics said. Gaza's health "
        "ministry said 62 Palestinians had been killed in the past 24 hours.",
        [("killed", "15", None, True), ("killed", "62 Palestinians", "conflicts_with", False)],
    ),
    (
        "Gunmen killed nine villagers in Plateau state on Monday. Attacks across the nation "
        "killed 25 people over the weekend, police said.",
        [("killed", "nine villagers", None, True), ("killed", "25", None, True)],
    ),
]

#: "Two brothers were killed ... 'They killed my two sons,' their mother said": a relative's
#: kin word for the very figure of kin told before names the same people.
KIN_TOLD_AGAIN = [
    (
        "Two brothers were killed when a drone hit their car near the town of Nikopol on "
        'Monday. "They killed my two sons," their mother told reporters.',
        [("killed", "Two brothers", None, True), ("killed", "my two sons", "same_as", False)],
    ),
    (
        'Three children were killed when a shell hit their home in Kherson. "I lost my three '
        'grandchildren," their grandmother said.',
        [
            ("killed", "Three children", None, True),
            ("killed", "my three grandchildren", "same_as", False),
        ],
    ),
    (
        'A strike on a house in Rafah killed two sisters, medics said. "They killed our two '
        'daughters," their father said.',
        [("killed", "two sisters", None, True), ("killed", "our two daughters", "same_as", False)],
    ),
    (
        'Four siblings were killed in the air strike, relatives said. "My four nephews are '
        'dead," their uncle said.',
        [("killed", "Four siblings", None, True), ("killed", "My four nephews", "same_as", False)],
    ),
    # Near forms: another figure of kin, and kin after people of no kin word.
    (
        'Two brothers were killed when a drone hit their car. "They killed my three sons," '
        "their mother said.",
        [("killed", "Two brothers", None, True), ("killed", "my three sons", None, True)],
    ),
    (
        'Two soldiers were killed in the attack. "They killed my two sons," a woman in the '
        "village said.",
        [("killed", "Two soldiers", None, True), ("killed", "my two sons", None, True)],
    ),
]

#: "the Rapid Support Forces killed at least 40 people ... air strikes had killed dozens of RSF
#: fighters": people named after those who did the earlier harm are the attackers harmed,
#: other people than their victims, however vague the figure.
DOERS_NAMED_HARMED = [
    (
        "Sudan's Rapid Support Forces killed at least 40 people in an attack on a village in Al "
        "Jazirah state, activists said, while the army said its air strikes had killed dozens "
        "of RSF fighters.",
        [("killed", "at least 40", None, True), ("killed", "dozens of RSF fighters", None, True)],
    ),
    (
        "Houthi forces killed four Yemeni soldiers near Marib on Sunday, a military official "
        "said. Government troops killed several Houthi fighters in the clashes, he said.",
        [
            ("killed", "four Yemeni soldiers", None, True),
            ("killed", "several Houthi fighters", None, True),
        ],
    ),
    (
        "Boko Haram gunmen killed 15 farmers near Maiduguri on Saturday, residents said. Troops "
        "later killed scores of Boko Haram fighters in the area, the army said.",
        [
            ("killed", "15 farmers", None, True),
            ("killed", "scores of Boko Haram fighters", None, True),
        ],
    ),
    (
        "Hezbollah killed two Israeli soldiers near the border, the military said. Israeli "
        "strikes killed several Hezbollah members in response.",
        [
            ("killed", "two Israeli soldiers", None, True),
            ("killed", "several Hezbollah members", None, True),
        ],
    ),
    # Near forms: the victims told again by another noun, and a part of the toll.
    (
        "Sudan's Rapid Support Forces killed at least 40 people in an attack on a village, "
        "activists said. Dozens of villagers were killed in the assault, a doctor said.",
        [
            ("killed", "at least 40", None, True),
            ("killed", "Dozens of villagers", "same_as", False),
        ],
    ),
    (
        "Sudan's Rapid Support Forces killed at least 40 people in an attack on a village, "
        "activists said. Most of them were women and children, a doctor said.",
        [("killed", "at least 40", None, True), ("killed", "Most of them", "subset_of", False)],
    ),
]

#: "Nine people died ... Four of them were shot and the rest were burned in their homes": "the
#: rest" of a part of the dead, told by how they died, are the rest of the dead.
REST_OF_THE_DEAD = [
    (
        "Nine people died when gunmen raided the village on Sunday. Four of them were shot and "
        "the rest were burned in their homes, a local official said.",
        [
            ("killed", "Nine", None, True),
            ("killed", "Four of them", "subset_of", False),
            ("killed", "the rest", "subset_of", False),
        ],
    ),
    (
        "Nine people died when gunmen raided the village on Sunday. Four of them were shot and "
        "the others were burned in their homes.",
        [
            ("killed", "Nine", None, True),
            ("killed", "Four of them", "subset_of", False),
            ("killed", "others", "subset_of", False),
        ],
    ),
    (
        "Twelve people died in the fire. Five of them were children and the rest were burned "
        "beyond recognition.",
        [
            ("killed", "Twelve", None, True),
            ("killed", "Five of them", "subset_of", False),
            ("killed", "the rest", "subset_of", False),
        ],
    ),
    (
        "Seven miners died in the collapse. Three of them were crushed and the others were burned.",
        [
            ("killed", "Seven miners", None, True),
            ("killed", "Three of them", "subset_of", False),
            ("killed", "others", "subset_of", False),
        ],
    ),
    # Near forms: the rest of another group, hurt; the rest of the injured.
    (
        "Nine people died when gunmen raided the village. Four of them were children, and the "
        "rest of the villagers were wounded.",
        [
            ("killed", "Nine", None, True),
            ("killed", "Four of them", "subset_of", False),
            ("injured", "the rest of the villagers", None, True),
        ],
    ),
    (
        "Nine people were hurt in the blast. Four of them were seriously injured and the rest "
        "were treated for cuts.",
        [("injured", "Nine", None, True), ("injured", "Four of them", "subset_of", False)],
    ),
]

#: "Russian shelling killed four civilians in Kherson on Monday as the war dragged on. More than
#: 10,000 civilians have been killed in Ukraine": a perfect-tense figure of thousands, with no
#: event and no day, told after a far smaller incident figure in a war report, is the war's
#: tally, not the incident's toll revised nor a whole holding it.
WAR_TALLY_AFTER_INCIDENT = [
    (
        "Israeli strikes killed 30 people across Gaza on Sunday, medics said, as the war "
        "entered its ninth month. The health ministry later said more than 37,000 Palestinians "
        "have been killed.",
        [
            ("killed", "30", None, True),
            ("killed", "more than 37,000 Palestinians", None, False),
        ],
    ),
    (
        "Russian shelling killed four civilians in Kherson on Monday as the war dragged on. "
        "More than 10,000 civilians have been killed in Ukraine, according to the UN.",
        [
            ("killed", "four civilians", None, True),
            ("killed", "More than 10,000 civilians", None, False),
        ],
    ),
    (
        "Israeli strikes killed 30 people across Gaza on Sunday, medics said, as the war "
        "entered its ninth month. More than 37,000 Palestinians have been killed, the health "
        "ministry says.",
        [
            ("killed", "30", None, True),
            ("killed", "More than 37,000 Palestinians", None, False),
        ],
    ),
    (
        "A Russian drone killed two people in Sumy on Tuesday. Some 12,000 civilians have died "
        "in Ukraine, UN monitors say, as the war nears its fourth year.",
        [("killed", "two", None, True), ("killed", "Some 12,000 civilians", None, False)],
    ),
    # Near forms: a disaster's toll grown, and a figure of the attack itself.
    (
        "A strong earthquake struck eastern Turkey on Monday, killing 20 people in the first "
        "hours. More than 2,000 people have now died, officials said.",
        [("killed", "20", None, False), ("killed", "More than 2,000", "update_of", True)],
    ),
    (
        "Militants stormed a town in the north as the war went on, killing 40 people on "
        "Monday. By Wednesday, the death toll from the attack had risen to 1,200, officials "
        "said.",
        [("killed", "40", None, False), ("killed", "1,200", "update_of", True)],
    ),
]

#: "Israeli troops killed two Palestinians ... the military said its forces had killed two
#: militants": the people the forces harmed, told by the forces' own word for them, are the
#: same people, not the forces' own people hurt.
SAME_FORCES_OTHER_WORD = [
    (
        "Israeli troops killed two Palestinians during a raid in the Jenin refugee camp, the "
        "Palestinian health ministry said. The Israeli military said its forces had killed two "
        "militants who opened fire at them.",
        [("killed", "two Palestinians", None, True), ("killed", "two militants", "same_as", False)],
    ),
    (
        "Israeli troops killed three Palestinians in a raid on Nablus, the Palestinian health "
        "ministry said. The Israeli military said its forces had killed three militants who "
        "opened fire.",
        [
            ("killed", "three Palestinians", None, True),
            ("killed", "three militants", "same_as", False),
        ],
    ),
    (
        "Soldiers shot dead six people near the border, local officials said. The army said "
        "troops had killed six insurgents who attacked a patrol.",
        [("killed", "six", None, True), ("killed", "six insurgents", "same_as", False)],
    ),
    (
        "Soldiers shot dead four people at a checkpoint in northern Mali, residents said. The "
        "army said its soldiers had killed four terrorists who attacked the post.",
        [("killed", "four", None, True), ("killed", "four terrorists", "same_as", False)],
    ),
    # Near forms: the forces' own people, hurt or killed by others.
    (
        "Police fired at protesters in the capital, killing four people, witnesses said. Twelve "
        "officers were hurt by stones, police said.",
        [("killed", "four", None, True), ("injured", "Twelve officers", None, True)],
    ),
    (
        "Israeli strikes killed 40 Palestinians in Gaza on Monday. The Israeli military said two "
        "soldiers were killed in fighting in Rafah.",
        [("killed", "40 Palestinians", None, True), ("killed", "two soldiers", None, True)],
    ),
]

#: "killed six people ... The six victims were found under the rubble": the toll's dead named
#: again as "the" victims with its very figure, not people trapped.
DEAD_FOUND_UNDER_RUBBLE = [
    (
        "A Russian missile strike on Kharkiv on Friday killed six people, officials said. The "
        "six victims were found under the rubble of a five-storey building.",
        [("killed", "six", None, True), ("killed", "The six victims", "same_as", False)],
    ),
    (
        "An air strike on a house in Rafah killed nine people, medics said. The nine victims "
        "were buried under the debris of the house.",
        [("killed", "nine", None, True), ("killed", "The nine victims", "same_as", False)],
    ),
    (
        "A landslide killed four villagers on Sunday. The four victims were found under the "
        "mud, police said.",
        [
            ("killed", "four villagers", None, True),
            ("killed", "The four victims", "same_as", False),
        ],
    ),
    (
        "A drone strike killed three people in Kherson on Tuesday. The three victims were found "
        "under the rubble of their home.",
        [("killed", "three", None, True), ("killed", "The three victims", "same_as", False)],
    ),
    # Near forms: people still trapped besides the dead.
    (
        "A Russian missile strike on Kharkiv on Friday killed six people, officials said. Three "
        "victims were still trapped under the rubble.",
        [("killed", "six", None, True), ("trapped", "Three victims", None, True)],
    ),
    (
        "A Russian missile strike on Kharkiv on Friday killed six people, officials said. "
        "Rescuers were searching for three people believed trapped under the rubble.",
        [("killed", "six", None, True), ("trapped", "three", None, True)],
    ),
]

#: "We lost five of our family": a loss of a family's members is their death, as a loss of
#: kin ("lost two cousins") is, and so the toll of the family told again.
FAMILY_LOST = [
    (
        "An Israeli strike killed five members of the al-Masri family in Beit Lahiya, relatives "
        'said. "We lost five of our family," said a cousin.',
        [
            ("killed", "five members of the al-Masri family", None, True),
            ("killed", "five of our family", "same_as", False),
        ],
    ),
    (
        '"We lost five of our family in the strike," a man in Rafah said.',
        [("killed", "five of our family", None, True)],
    ),
    (
        "He lost three members of his family when the shell hit their home.",
        [("killed", "three members of his family", None, True)],
    ),
    (
        "She lost two members of her household in the flood, neighbours said.",
        [("killed", "two members of her household", None, True)],
    ),
    # Near forms: an army's losses stay losses.
    (
        "Ukraine lost 300 soldiers in the battle, a commander said.",
        [("losses", "300 soldiers", None, True)],
    ),
    (
        "The army lost 12 men in the ambush.",
        [("losses", "12 men", None, True)],
    ),
]

#: "Three soldiers were killed ..., bringing the army's death toll in the ground offensive to
#: 290": a campaign's toll brought to ten times the sentence's own incident figure is the
#: campaign's tally, not the incident's toll revised.
CAMPAIGN_TOLL_BROUGHT_TO = [
    (
        "Three Israeli soldiers were killed in southern Gaza on Monday, the military said, "
        "bringing the army's death toll in the ground offensive to 290.",
        [("killed", "Three Israeli soldiers", None, True), ("killed", "290", None, False)],
    ),
    (
        "Two more soldiers were killed in the fighting on Tuesday, bringing the army's death "
        "toll in the offensive to 312, the military said.",
        [("killed", "Two more soldiers", None, True), ("killed", "312", None, False)],
    ),
    (
        "Clashes killed four fighters near the airport on Sunday, raising the death toll in the "
        "fighting to 60, a medical source said.",
        [("killed", "four fighters", None, True), ("killed", "60", None, False)],
    ),
    (
        "Shelling killed five people in Khartoum on Friday, bringing the toll in the fighting "
        "since April to more than 120.",
        [("killed", "five", None, True), ("killed", "more than 120", None, False)],
    ),
    # Near forms: one event's toll, and a toll close to the incident's figure, are revised.
    (
        "A missile killed two people in Odesa on Friday, bringing the death toll from the strike "
        "to four.",
        [("killed", "two", None, False), ("killed", "four", "update_of", True)],
    ),
    (
        "Clashes killed four fighters near the airport on Sunday, raising the death toll in the "
        "fighting to six, a medical source said.",
        [("killed", "four fighters", None, False), ("killed", "six", "update_of", True)],
    ),
]

TABLES = {
    "part_dated_by_window": PART_DATED_BY_WINDOW,
    "disputing_source": DISPUTING_SOURCE,
    "figure_told_again_past_another": FIGURE_TOLD_AGAIN_PAST_ANOTHER,
    "dead_told_by_how": DEAD_TOLD_BY_HOW,
    "toll_revised_with_particle": TOLL_REVISED_WITH_PARTICLE,
    "round_up_broken_down_by_town": ROUND_UP_BROKEN_DOWN_BY_TOWN,
    "toll_of_events_over_a_period": TOLL_OF_EVENTS_OVER_A_PERIOD,
    "whole_land_round_up": WHOLE_LAND_ROUND_UP,
    "kin_told_again": KIN_TOLD_AGAIN,
    "doers_named_harmed": DOERS_NAMED_HARMED,
    "rest_of_the_dead": REST_OF_THE_DEAD,
    "war_tally_after_incident": WAR_TALLY_AFTER_INCIDENT,
    "same_forces_other_word": SAME_FORCES_OTHER_WORD,
    "dead_found_under_rubble": DEAD_FOUND_UNDER_RUBBLE,
    "family_lost": FAMILY_LOST,
    "campaign_toll_brought_to": CAMPAIGN_TOLL_BROUGHT_TO,
}

#: (text, {type: best total}): short war reports with several incidents, a war's tally, a
#: raised toll, sources that disagree, parts and figures told again, by the contract's
#: arithmetic.
ARTICLE_TOTALS = [
    (
        "Russian missiles killed five people in Kharkiv on Tuesday, the regional governor said. "
        "In a separate attack, a drone strike killed two civilians in the village of Lyptsi. "
        "Shelling also wounded seven people in Kupiansk.",
        {"killed": 7, "injured": 7},
    ),
    (
        "An air strike on a market in Khan Younis killed 12 people on Wednesday, medics said. "
        "The health ministry says more than 34,000 Palestinians have been killed since the war "
        "began in October.",
        {"killed": 12},
    ),
    (
        "A missile strike on an apartment block in Dnipro killed at least 14 people on Saturday, "
        "officials said. By Sunday evening the death toll had risen to 23, including four "
        "children, as rescuers pulled more bodies from the rubble.",
        {"killed": 23},
    ),
    (
        "Shelling hit the town of Toretsk on Monday. Ukrainian officials said nine civilians "
        "were killed, while a Russian-installed official said six people died.",
        {"killed": 9},
    ),
    (
        "A Russian strike on a train station in Kramatorsk killed 52 people, among them five "
        "children, and wounded 100 others, officials said.",
        {"killed": 52, "injured": 100},
    ),
    (
        "Two Ukrainian soldiers were killed and three were wounded when a drone hit their "
        'position near Avdiivka, the brigade said. "Two of our soldiers were killed and three '
        'were wounded," its commander said on Telegram.',
        {"killed": 2, "injured": 3},
    ),
    (
        "Gaza's health ministry said on Monday that at least 37,000 Palestinians have been "
        "killed in the war, including 45 in the past 24 hours. An Israeli strike on a house in "
        "Deir al-Balah killed nine members of one family, hospital officials said.",
        {"killed": 9},
    ),
    (
        "At least six people were killed as police fired live rounds at protesters in Lagos on "
        "Monday, a rights group said. A police spokesman disputed the toll, saying three people "
        "had died, among them an officer hit by a rock.",
        {"killed": 6},
    ),
    (
        "A Ukrainian drone struck a bus in the Russian-held town of Oleshky on Monday, killing "
        "seven people, Russian-installed officials said. Two children were among the dead. "
        '"Seven civilians were killed in a cynical attack," the Moscow-appointed governor '
        "Vladimir Saldo said.",
        {"killed": 7},
    ),
    (
        "Russian attacks across Ukraine killed at least 10 civilians and wounded 37 over the "
        "past day, regional authorities said on Saturday.\n\nIn the Donetsk region, Russian "
        "shelling killed four people, Governor Vadym Filashkin said. In Kharkiv, a guided bomb "
        "killed three people and wounded 20, according to the regional governor.\n\nTwo people "
        "were killed in the Kherson region and one in Zaporizhzhia, officials said.",
        {"killed": 10, "injured": 37},
    ),
    (
        "Officials initially said 30 people had died in the blast at the fuel depot, but later "
        "revised the toll down to 24. Another 11 people were injured.",
        {"killed": 24, "injured": 11},
    ),
    (
        "Russian strikes killed at least 12 civilians across Ukraine on Monday, officials "
        "said.\n\nIn Kryvyi Rih, a missile hit a five-storey building, killing five people, "
        "including a 10-year-old boy. The United Nations says more than 11,000 civilians have "
        "been killed in Ukraine since February 2022.",
        {"killed": 12},
    ),
    (
        "A Russian strike killed three people in Kherson on Monday, raising the death toll from "
        "attacks on the city this week to 14, officials said. Two more people died in hospital "
        "on Tuesday.",
        {"killed": 5},
    ),
    (
        "An Israeli strike on a house in Jabalia killed 15 people, medics said. Gaza's health "
        "ministry said 62 Palestinians had been killed across the territory in the past 24 "
        "hours, bringing the toll of the war to 37,232.",
        {"killed": 62},
    ),
    (
        "Two brothers were killed when a drone hit their car near the town of Nikopol on "
        'Monday, and a neighbour was wounded. "They killed my two sons," their mother told '
        "reporters.",
        {"killed": 2, "injured": 1},
    ),
    (
        "KHARTOUM (Reuters) - Sudan's Rapid Support Forces killed at least 40 people in an "
        "attack on a village in Al Jazirah state, activists said on Thursday. The army said its "
        "air strikes had killed 25 RSF fighters near the village.\n\nThe war between the army "
        "and the RSF, which began in April 2023, has killed tens of thousands of people and "
        "displaced more than 10 million.",
        {"killed": 65},
    ),
    (
        "KYIV (Reuters) - Russian shelling killed four civilians in Kherson on Monday, the "
        "regional governor said, as the war dragged on. Two more people were wounded.\n\n"
        "More than 10,000 civilians have been killed in Ukraine, according to the UN.",
        {"killed": 4, "injured": 2},
    ),
]

test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)

test_a_reports_rows_relate, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
