"""Casualty rows and article totals of war reports, ninth round: constructions of wire, live-page
and regional war reports that lost or doubled a killed or detained count (tolls revised through
the day, a conflict's tally beside the day's incident, a toll broken down by strike or village,
two sides of a battle, another source's toll and its parts, captures by armed groups). Each
table holds four or more wordings of one construction and at least two near forms that keep
the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import assert_wordings_and_near_forms
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"


def scoped_rows(doc) -> list[tuple[str, str, str | None, bool, str]]:
    """(type, count text, relation, counts, time scope) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["relation"],
            c["counts_toward_total"],
            c["time_scope"],
        )
        for c in doc._.news_casualties
    ]


#: (text, every row: type, count text, relation, counts)

#: "killed three ... the toll later rose to five ... climbed to nine": each revision supersedes
#: the one before it, so only the newest counts. Near forms: a revision below a toll already
#: given is an older stage; the same figure told again restates it.
UPDATE_CHAIN = [
    (
        "Shelling killed three people on Monday. The toll later rose to five, officials said. "
        "On Tuesday the toll climbed to nine.",
        [
            ("killed", "three", None, False),
            ("killed", "five", "update_of", False),
            ("killed", "nine", "update_of", True),
        ],
    ),
    (
        "Four people died in the blast, police said. The death toll then rose to seven. By "
        "Friday the toll had risen to 11.",
        [
            ("killed", "Four", None, False),
            ("killed", "seven", "update_of", False),
            ("killed", "11", "update_of", True),
        ],
    ),
    (
        "An airstrike killed eight people, medics said. The toll rose to 10 overnight. The toll "
        "rose to 14 on Monday, the health ministry said.",
        [
            ("killed", "eight", None, False),
            ("killed", "10", "update_of", False),
            ("killed", "14", "update_of", True),
        ],
    ),
    (
        "Two soldiers were killed in the ambush. The toll rose to four. The army later said the "
        "toll had risen to six.",
        [
            ("killed", "Two soldiers", None, False),
            ("killed", "four", "update_of", False),
            ("killed", "six", "update_of", True),
        ],
    ),
    # Near forms: an older stage told after the toll, a revision restated.
    (
        "A total of 39 are confirmed dead, officials said on Thursday. On Wednesday, the "
        "confirmed death toll rose from fourteen to 31.",
        [
            ("killed", "A total of 39", "update_of", True),
            ("killed", "fourteen", None, False),
            ("killed", "31", "update_of", False),
        ],
    ),
    (
        "The toll rose from five to six on Monday. The death toll had risen to six by Tuesday.",
        [
            ("killed", "five", None, False),
            ("killed", "six", "update_of", True),
            ("killed", "six", "same_as", False),
        ],
    ),
]

#: "two fighters ... more than 100 terrorists were neutralized": a state's soldiers and an armed
#: group's fighters are the two sides of a battle, not one group told vaguely then precisely.
#: Near forms: the same side, or a noun of neither side, restates the vague figure.
TWO_SIDES_OF_A_WAR = [
    (
        "Jihadists attacked a base, killing dozens of soldiers. The army said more than 100 "
        "terrorists were neutralized.",
        [
            ("killed", "dozens of soldiers", None, True),
            ("killed", "more than 100 terrorists", None, True),
        ],
    ),
    (
        "Militants ambushed a convoy, killing several soldiers. Troops killed at least 20 "
        "militants in the response.",
        [
            ("killed", "several soldiers", None, True),
            ("killed", "at least 20 militants", None, True),
        ],
    ),
    (
        "Rebels overran the town, killing dozens of troops. The military said 50 rebels were "
        "killed.",
        [("killed", "dozens of troops", None, True), ("killed", "50 rebels", None, True)],
    ),
    (
        "Insurgents killed scores of soldiers in the attack. The army said it killed 80 "
        "insurgents.",
        [("killed", "scores of soldiers", None, True), ("killed", "80 insurgents", None, True)],
    ),
    # Near forms: one side, a noun of neither side.
    (
        "Dozens of soldiers were killed in the attack. At least 30 soldiers died, a security "
        "source said.",
        [
            ("killed", "Dozens of soldiers", None, True),
            ("killed", "At least 30 soldiers", "same_as", False),
        ],
    ),
    (
        "Dozens of militants were killed in the raid. Officials said 45 fighters had died.",
        [
            ("killed", "Dozens of militants", None, True),
            ("killed", "45 fighters", "same_as", False),
        ],
    ),
]

#: "The Observatory put the death toll at 11, saying the dead included eight Iranians": the
#: parts belong to the other source's toll, which counts for nothing itself. Near forms: parts
#: of the counted toll stay its parts.
PARTS_OF_ANOTHER_SOURCES_TOLL = [
    (
        "A strike killed seven members of the Guards, state media said. The Observatory put the "
        "death toll at 11, saying the dead included eight Iranians and two Syrians.",
        [
            ("killed", "seven members of the Guards", None, True),
            ("killed", "11", "conflicts_with", False),
            ("killed", "eight Iranians", "subset_of", False),
            ("killed", "two Syrians", "subset_of", False),
        ],
    ),
    (
        "Police said four people died. Hospital officials put the toll at nine, saying the dead "
        "included six women.",
        [
            ("killed", "four", None, True),
            ("killed", "nine", "conflicts_with", False),
            ("killed", "six women", "subset_of", False),
        ],
    ),
    (
        "Officials said 12 people were killed. Residents put the toll at 20, saying the dead "
        "included 15 children.",
        [
            ("killed", "12", None, True),
            ("killed", "20", "conflicts_with", False),
            ("killed", "15 children", "subset_of", False),
        ],
    ),
    (
        "The army said three soldiers died in the ambush. The rebels put the toll at 14, saying "
        "the dead included ten officers.",
        [
            ("killed", "three soldiers", None, True),
            ("killed", "14", "conflicts_with", False),
            ("killed", "ten officers", "subset_of", False),
        ],
    ),
    # Near forms: the parts of the toll that counts.
    (
        "A strike killed 11 people, the Observatory said, adding that the dead included eight "
        "Iranians.",
        [("killed", "11", None, True), ("killed", "eight Iranians", "subset_of", False)],
    ),
    (
        "Officials said 12 people were killed. The dead included three children.",
        [("killed", "12", None, True), ("killed", "three children", "subset_of", False)],
    ),
]

#: "Elsewhere in the enclave, three people were killed": a scene opener with a place or time
#: phrase before its comma still turns to another incident. Near forms: parts of the toll,
#: and a place phrase without an opener.
SCENE_OPENER_WITH_PLACE = [
    (
        "An Israeli strike killed at least 15 people in Nuseirat. Elsewhere in the enclave, "
        "three people were killed when a drone fired at a crowd.",
        [("killed", "at least 15", None, True), ("killed", "three", None, True)],
    ),
    (
        "Shelling killed 10 people in Kharkiv. Elsewhere in the region, two civilians were "
        "killed by a drone.",
        [("killed", "10", None, True), ("killed", "two civilians", None, True)],
    ),
    (
        "A bomb killed 12 soldiers in Daraa. Separately on Monday, four soldiers were killed in "
        "an ambush.",
        [("killed", "12 soldiers", None, True), ("killed", "four soldiers", None, True)],
    ),
    (
        "Airstrikes killed 20 people in Rafah. Elsewhere in Gaza, five people were killed in a "
        "strike on a car.",
        [("killed", "20", None, True), ("killed", "five", None, True)],
    ),
    # Near forms.
    (
        "An Israeli strike killed at least 15 people in Nuseirat. Three of the dead were children.",
        [
            ("killed", "at least 15", None, True),
            ("killed", "Three of the dead", "subset_of", False),
        ],
    ),
    (
        "Shelling killed 10 people in Kharkiv. In the city centre, two more people were killed.",
        [("killed", "10", None, True), ("killed", "two more", None, True)],
    ),
]

#: "There are still around 30 people missing under the rubble": "missing" read as a participle
#: on the counted noun. Near forms: a definite or uncounted noun names no new figure.
COUNTED_NOUN_MISSING = [
    (
        "There are still around 30 people missing under the rubble, he said.",
        [("missing", "around 30", None, True)],
    ),
    ("There were five people missing after the strike.", [("missing", "five", None, True)]),
    ("There are now some 200 people missing in the region.", [("missing", "some 200", None, True)]),
    ("There were still 12 miners missing on Friday.", [("missing", "12 miners", None, True)]),
    # Near forms.
    ("The search for the people missing continues.", []),
    ("All the passengers survived and he is the only one missing.", []),
    ("Families of people missing since the war gathered in the square.", []),
]

#: "wounded about 20 others, residents and a local group said": the object read as the first
#: subject of the speech verb, beside the sources. Near forms: a harm with its object, a
#: passive with its subject.
OBJECT_READ_AS_SOURCE = [
    (
        "A strike killed 11 villagers and wounded about 20 others, residents and a local group "
        "said on Saturday.",
        [("killed", "11 villagers", None, True), ("injured", "about 20 others", None, True)],
    ),
    (
        "The attack killed three soldiers and wounded at least 30 others, medics and residents "
        "said on Sunday.",
        [("killed", "three soldiers", None, True), ("injured", "at least 30 others", None, True)],
    ),
    (
        "Gunmen killed a farmer and wounded some 10 others, residents and a lawmaker said on "
        "Monday.",
        [("killed", "a farmer", None, True), ("injured", "some 10 others", None, True)],
    ),
    (
        "The raid killed four and wounded about a dozen others, villagers and a local official "
        "said.",
        [("killed", "four", None, True), ("injured", "about a dozen others", None, True)],
    ),
    # Near forms.
    ("He was wounded, residents and officials said.", [("injured", "He", None, True)]),
    (
        "The strike killed four people, residents and officials said.",
        [("killed", "four", None, True)],
    ),
]

#: "killed at least 32 civilians ... executed 13 men in Ourou, and a drone strike killed 14 ...
#: Another five were shot dead": exact figures right after a toll that add up to it break it
#: down. Near forms: more people at a later time, a separate attack, another scene.
TOLL_BROKEN_DOWN = [
    (
        "Soldiers killed at least 32 civilians in January, HRW said.\n\nSoldiers executed 13 men "
        "in Ourou, and a drone strike killed 14 people. Another five people were shot dead in "
        "Sofara.",
        [
            ("killed", "at least 32 civilians", None, True),
            ("killed", "13 men", "subset_of", False),
            ("killed", "14", "subset_of", False),
            ("killed", "Another five", "subset_of", False),
        ],
    ),
    (
        "Gunmen killed at least 25 people in attacks on three villages, police said.\n\nIn "
        "Kaura, gunmen shot dead 10 villagers. Eight people were killed in Zangon and seven in "
        "Mallagum.",
        [
            ("killed", "at least 25", None, True),
            ("killed", "10 villagers", "subset_of", False),
            ("killed", "Eight", "subset_of", False),
            ("killed", "seven", "subset_of", False),
        ],
    ),
    (
        "Airstrikes killed 18 people on Sunday, medics said.\n\nA strike on a house in Jabalia "
        "killed 11 people. A second strike killed seven people in Gaza City.",
        [
            ("killed", "18", None, True),
            ("killed", "11", "subset_of", False),
            ("killed", "seven", "subset_of", False),
        ],
    ),
    (
        "Israeli strikes killed 30 people in Gaza on Friday, the ministry said.\n\nA strike on a "
        "school killed 20 people. Another strike killed 10 people in Rafah.",
        [
            ("killed", "30", None, True),
            ("killed", "20", "subset_of", False),
            ("killed", "10", "subset_of", False),
        ],
    ),
    # Near forms.
    (
        "Police arrested 142 people in raids on Wednesday. Of those detained, 108 were rounded "
        "up in Italy. Police later arrested 34 others in Germany.",
        [
            ("detained", "142", None, True),
            ("detained", "108", "subset_of", False),
            ("detained", "34 others", None, True),
        ],
    ),
    (
        "Shelling killed five people in Kharkiv. In a separate attack, a drone killed two in "
        "Sumy. Three people were killed in Kherson.",
        [
            ("killed", "five", None, True),
            ("killed", "two", None, True),
            ("killed", "Three", None, True),
        ],
    ),
    (
        "Shelling killed five people on Sunday. Elsewhere, two died in Sumy and three died in "
        "Kherson.",
        [
            ("killed", "five", None, True),
            ("killed", "two", None, True),
            ("killed", "three", None, True),
        ],
    ),
]

#: "An alliance of ethnic armed groups said it had captured more than 200 soldiers": a body
#: named by what it is made of captures as its members do (`abducted` for armed groups). Near
#: forms: a body of a state's forces detains.
CAPTOR_MADE_OF_GROUPS = [
    (
        "An alliance of ethnic armed groups said on Monday it had captured more than 200 junta "
        "soldiers.",
        [("abducted", "more than 200 junta soldiers", None, True)],
    ),
    (
        "A coalition of rebel factions captured 40 soldiers.",
        [("abducted", "40 soldiers", None, True)],
    ),
    (
        "An alliance of jihadist groups said it had captured 30 soldiers.",
        [("abducted", "30 soldiers", None, True)],
    ),
    (
        "A coalition of insurgent groups captured 15 soldiers.",
        [("abducted", "15 soldiers", None, True)],
    ),
    # Near forms.
    ("A unit of the army captured five rebels.", [("detained", "five rebels", None, True)]),
    ("A column of troops captured 20 fighters.", [("detained", "20 fighters", None, True)]),
]

#: "its fighters had killed 25 soldiers": the attackers' own count of their victims is set
#: against the toll, not a revision of it. Near forms: another source's later toll revises.
DOERS_OWN_COUNT = [
    (
        "A car bomb killed at least eight soldiers. Al Shabaab claimed the attack, saying in a "
        "statement that its fighters had killed 25 soldiers.",
        [
            ("killed", "at least eight soldiers", None, True),
            ("killed", "25 soldiers", "conflicts_with", False),
        ],
    ),
    (
        "Gunmen killed at least 10 soldiers in the ambush. The group said in a statement that "
        "its fighters had killed 30 soldiers.",
        [
            ("killed", "at least 10 soldiers", None, True),
            ("killed", "30 soldiers", "conflicts_with", False),
        ],
    ),
    (
        "A drone strike killed at least four soldiers. The rebels said on Telegram that their "
        "forces had killed 20 soldiers.",
        [
            ("killed", "at least four soldiers", None, True),
            ("killed", "20 soldiers", "conflicts_with", False),
        ],
    ),
    (
        "At least six police officers were killed in the attack. The militants said they had "
        "killed 15 officers.",
        [
            ("killed", "At least six police officers", None, True),
            ("killed", "15 officers", "conflicts_with", False),
        ],
    ),
    # Near forms.
    (
        "At least 8 soldiers were killed, officials said. The ministry later said 12 soldiers "
        "had died.",
        [
            ("killed", "At least 8 soldiers", None, False),
            ("killed", "12 soldiers", "update_of", True),
        ],
    ),
    (
        "At least 12 people were killed, police said. Hospital officials said 18 people had died.",
        [("killed", "At least 12", None, True), ("killed", "18", "conflicts_with", False)],
    ),
]

#: "Troops killed 15 militants ... A soldier was killed in the clash": one person of the other
#: side of the battle is besides the group. Near forms: one of the same side may be of it.
ONE_OF_THE_OTHER_SIDE = [
    (
        "The military said its forces had killed dozens of militants. A soldier was killed in "
        "fighting in southern Gaza.",
        [("killed", "dozens of militants", None, True), ("killed", "A soldier", None, True)],
    ),
    (
        "Troops killed 15 militants in the raid. A soldier was killed in the clash.",
        [("killed", "15 militants", None, True), ("killed", "A soldier", None, True)],
    ),
    (
        "Insurgents killed 10 soldiers in the ambush. An insurgent died in the firefight.",
        [("killed", "10 soldiers", None, True), ("killed", "An insurgent", None, True)],
    ),
    (
        "Jihadists killed 30 soldiers at the base. A jihadist was killed by return fire.",
        [("killed", "30 soldiers", None, True), ("killed", "A jihadist", None, True)],
    ),
    # Near forms.
    (
        "Troops killed 12 militants in the raid. A militant was killed by a sniper.",
        [("killed", "12 militants", None, True), ("killed", "A militant", "subset_of", False)],
    ),
    (
        "Five soldiers were wounded in the attack. One soldier later died.",
        [("injured", "Five soldiers", None, True), ("killed", "One soldier", None, True)],
    ),
]

#: "The governor said the toll had risen to six. On Sunday the governor put the toll at 12 dead
#: and 43 injured": the injured told beside the source's revised death toll are revised with
#: it. Near forms: another source's injured figure alone, and a figure told before the
#: revision.
REVISED_BESIDE = [
    (
        "A strike killed two people and injured 33, the mayor said. The governor said the toll "
        "had risen to six. On Sunday the governor put the toll at 12 dead and 43 injured.",
        [
            ("killed", "two", None, False),
            ("injured", "33", None, False),
            ("killed", "six", "update_of", False),
            ("killed", "12 dead", "update_of", True),
            ("injured", "43 injured", "update_of", True),
        ],
    ),
    (
        "Two people were killed and 10 injured, the mayor said. The governor said the toll had "
        "risen to three. On Monday the governor put the toll at four dead and 20 injured.",
        [
            ("killed", "Two", None, False),
            ("injured", "10 injured", None, False),
            ("killed", "three", "update_of", False),
            ("killed", "four dead", "update_of", True),
            ("injured", "20 injured", "update_of", True),
        ],
    ),
    (
        "A blast killed three people and wounded 12, police said. The ministry said the toll had "
        "risen to four. The ministry then said five people were dead and 30 injured.",
        [
            ("killed", "three", None, False),
            ("injured", "12", None, False),
            ("killed", "four", "update_of", False),
            ("killed", "five", "update_of", True),
            ("injured", "30 injured", "update_of", True),
        ],
    ),
    (
        "Shelling killed two people and wounded nine, the mayor said. The governor said the toll "
        "had risen to five. On Tuesday the governor said seven people had died and 25 were "
        "wounded.",
        [
            ("killed", "two", None, False),
            ("injured", "nine", None, False),
            ("killed", "five", "update_of", False),
            ("killed", "seven", "update_of", True),
            ("injured", "25", "update_of", True),
        ],
    ),
    # Near forms.
    (
        "Two people were killed and 10 injured, the mayor said. Medics said 20 people had been "
        "hurt.",
        [
            ("killed", "Two", None, True),
            ("injured", "10 injured", None, True),
            ("injured", "20", "conflicts_with", False),
        ],
    ),
    (
        "Two people were killed and 10 injured, the mayor said. The governor said the toll had "
        "risen to three, while medics said 20 people had been hurt.",
        [
            ("killed", "Two", None, False),
            ("injured", "10 injured", None, False),
            ("killed", "three", "update_of", True),
            ("injured", "20", "update_of", True),
        ],
    ),
]

#: "four civilians ... 14 members of Kurdish militant groups": members of an armed body or
#: force are combatants or law enforcement, other people than civilians, not another count of
#: them. Near forms: members of a body that says no status stay comparable.
MEMBERS_OF_AN_ARMED_BODY = [
    (
        "Four civilians were killed in shelling. Turkey said it had neutralised 14 members of "
        "Kurdish militant groups.",
        [
            ("killed", "Four civilians", None, True),
            ("killed", "14 members of Kurdish militant groups", None, True),
        ],
    ),
    (
        "Five civilians were killed. Officials said 12 members of the militia were killed.",
        [
            ("killed", "Five civilians", None, True),
            ("killed", "12 members of the militia", None, True),
        ],
    ),
    (
        "Three children were killed in the strike. The military said nine members of Hamas were "
        "killed.",
        [("killed", "Three children", None, True), ("killed", "nine members of Hamas", None, True)],
    ),
    (
        "Two residents were wounded in the clash. Police said four members of the security "
        "forces were injured.",
        [
            ("injured", "Two residents", None, True),
            ("injured", "four members of the security forces", None, True),
        ],
    ),
    # Near forms.
    (
        "Three villagers were killed in the raid. Police said seven members of the family had "
        "died.",
        [
            ("killed", "Three villagers", None, True),
            ("killed", "seven members of the family", "conflicts_with", False),
        ],
    ),
    (
        "Four soldiers were killed. The army said 11 members of the unit had died.",
        [
            ("killed", "Four soldiers", None, True),
            ("killed", "11 members of the unit", "conflicts_with", False),
        ],
    ),
]

#: "put the toll at five dead and 15 injured": a bare figure joined to the toll's figure takes
#: the harm word told with it, however the parser hung that word. Near forms: figures with a
#: clause of their own.
TOLL_OF_DEAD_AND_INJURED = [
    (
        "Officials put the toll at five dead and 15 injured.",
        [("killed", "five dead", None, True), ("injured", "15 injured", None, True)],
    ),
    (
        "Police put the toll at two dead and 15 injured.",
        [("killed", "two dead", None, True), ("injured", "15 injured", None, True)],
    ),
    (
        "Medics put the toll at five dead and eight wounded.",
        [("killed", "five dead", None, True), ("injured", "eight wounded", None, True)],
    ),
    (
        "The toll rose to five dead and 11 hurt.",
        [("killed", "five dead", None, True), ("injured", "11 hurt", None, True)],
    ),
    (
        "The toll rose to two dead and nine injured on Sunday.",
        [("killed", "two dead", None, True), ("injured", "nine injured", None, True)],
    ),
    # Near forms.
    (
        "The death toll rose to 12, and 40 people were injured.",
        [("killed", "12", None, True), ("injured", "40", None, True)],
    ),
    (
        "The toll rose to 12 dead, police said, and 40 people were hurt.",
        [("killed", "12 dead", None, True), ("injured", "40", None, True)],
    ),
]

#: "10:00 GMT — Strike on Kharkiv ... 09:30 GMT — Drone attack": on a live page each timed
#: entry tells its own incident, so a figure is no part of another entry's. Near forms: the
#: same figures without entries, and a part inside its own entry.
LIVE_PAGE_ENTRIES = [
    (
        "10:00 GMT — Strike on Kharkiv\n\nA strike killed five people in Kharkiv, the mayor "
        "said.\n\n09:30 GMT — Drone attack\n\nA man was killed when a drone hit his car, police "
        "said.",
        [("killed", "five", None, True), ("killed", "A man", None, True)],
    ),
    (
        "15:10 GMT — Shelling in the south\n\nShelling wounded 14 people, officials said.\n\n"
        "14:50 GMT — Army update\n\nTwo soldiers were wounded in a drone attack, the army said.",
        [("injured", "14", None, True), ("injured", "Two soldiers", None, True)],
    ),
    (
        "12:40 GMT — Odesa strike\n\nA missile strike killed four people in Odesa, the governor "
        "said.\n\n11:40 GMT — Belgorod governor reports one dead\n\nA drone attack on a car "
        "killed a man, the governor said.",
        [
            ("killed", "four", None, True),
            ("killed", "one dead", None, True),
            ("killed", "a man", "same_as", False),
        ],
    ),
    (
        "16:05 GMT — Rafah\n\nAn airstrike killed nine people in Rafah, medics said.\n\n15:20 GMT "
        "— Gaza City\n\nA woman was killed by sniper fire, medics said.",
        [("killed", "nine", None, True), ("killed", "A woman", None, True)],
    ),
    # Near forms.
    (
        "A strike killed five people in Kharkiv, the mayor said. A man was killed when a drone "
        "hit his car, police said.",
        [("killed", "five", None, True), ("killed", "A man", "subset_of", False)],
    ),
    (
        "14:32 GMT — Russian strike on Odesa\n\nA missile strike on Odesa has killed four people "
        "and wounded 11, the governor said. A woman was among the injured.\n\n13:05 GMT — Air "
        "defence\n\nUkraine said it shot down 27 drones.",
        [
            ("killed", "four", None, True),
            ("injured", "11", None, True),
            ("injured", "A woman", "subset_of", False),
        ],
    ),
]

#: (text, every row: type, count text, relation, counts, time scope)

#: "brought the total death toll in the war to more than 30,000": a conflict's toll, in any
#: tense, is its tally so far. Near forms: one event's toll, an episode's ("in the fighting").
TOLL_OF_A_WAR = [
    (
        "The incident brought the total Palestinian death toll in the war to more than 30,000, "
        "the health ministry said.",
        [("killed", "more than 30,000", None, False, "cumulative")],
    ),
    (
        "The strike killed 12 people, bringing the war's death toll to 35,000.",
        [("killed", "12", None, True, "incident"), ("killed", "35,000", None, False, "cumulative")],
    ),
    (
        "The death toll of the conflict rose to 15,000, the UN said.",
        [("killed", "15,000", None, False, "cumulative")],
    ),
    (
        "The death toll in the war stands at 10,000, according to the ministry.",
        [("killed", "10,000", None, False, "cumulative")],
    ),
    # Near forms.
    (
        "The death toll from the strike rose to 45, officials said.",
        [("killed", "45", None, True, "incident")],
    ),
    (
        "The death toll in the attack on the market rose to 32.",
        [("killed", "32", None, True, "incident")],
    ),
    (
        "The death toll in the fighting in Tripoli rose to 45, the health ministry said.",
        [("killed", "45", None, True, "incident")],
    ),
]

#: "More than 370 people have been killed since Oct. 8. On the Israeli side, 14 soldiers and 11
#: civilians have been killed": a present perfect figure right after a tally, with no day or
#: event of its own, goes on with it. Near forms: an active harm with its object, a new
#: paragraph, a day, an event, a past perfect of reported speech.
TALLY_GOES_ON = [
    (
        "More than 370 people have been killed in Lebanon since Oct. 8. On the Israeli side, 14 "
        "soldiers and 11 civilians have been killed.",
        [
            ("killed", "More than 370", None, False, "cumulative"),
            ("killed", "14 soldiers", None, False, "cumulative"),
            ("killed", "11 civilians", None, False, "cumulative"),
        ],
    ),
    (
        "At least 34,000 people have been killed since October, the ministry said. Another "
        "77,000 have been wounded.",
        [
            ("killed", "At least 34,000", None, False, "cumulative"),
            ("injured", "Another 77,000", None, False, "cumulative"),
        ],
    ),
    (
        "Israel says 600 soldiers have been killed since October 7. About 3,500 have been wounded.",
        [
            ("killed", "600 soldiers", None, False, "cumulative"),
            ("injured", "About 3,500", None, False, "cumulative"),
        ],
    ),
    (
        "At least 4,962 people have been killed by the military since the coup, the group said. "
        "More than 26,000 have been arrested.",
        [
            ("killed", "At least 4,962", None, False, "cumulative"),
            ("detained", "More than 26,000", None, False, "cumulative"),
        ],
    ),
    # Near forms.
    (
        "At least 490 Palestinians have been killed in the West Bank since Oct. 7. Israeli "
        "troops have killed 12 Palestinians in Jenin, the ministry said.",
        [
            ("killed", "At least 490 Palestinians", None, False, "cumulative"),
            ("killed", "12 Palestinians", None, True, "incident"),
        ],
    ),
    (
        "More than 370 people have been killed in Lebanon since Oct. 8.\n\nTwo people have been "
        "killed in Kharkiv, the governor said.",
        [
            ("killed", "More than 370", None, False, "cumulative"),
            ("killed", "Two", None, True, "incident"),
        ],
    ),
    (
        "Since the war began, 300 people have died. On Tuesday, five people were killed in "
        "Kharkiv.",
        [("killed", "300", None, False, "cumulative"), ("killed", "five", None, True, "incident")],
    ),
    (
        "Since the war began, 300 people have died. Five people have been killed in the strike.",
        [("killed", "300", None, False, "cumulative"), ("killed", "Five", None, True, "incident")],
    ),
    (
        "Police said 12 bodies had been found so far and that officers had shot dead three gunmen.",
        [
            ("killed", "12 bodies", None, False, "cumulative"),
            ("killed", "three gunmen", None, True, "incident"),
        ],
    ),
]

#: "captured 200 soldiers ..., in one of the biggest defeats for the army since the 2021 coup":
#: a "since" that ranks the event, hung by the parser on the verb, tallies nothing. Near forms:
#: a tally since a date or the war's start.
SUPERLATIVE_SINCE_ON_VERB = [
    (
        "The alliance said it had captured more than 200 soldiers after overrunning a base in "
        "Lashio, in one of the biggest defeats for the army since the 2021 coup.",
        [("detained", "more than 200 soldiers", None, True, "incident")],
    ),
    (
        "Rebels seized 80 soldiers on Sunday, in the biggest capture since the war began.",
        [("abducted", "80 soldiers", None, True, "incident")],
    ),
    (
        "Rebels seized 80 soldiers on Sunday, in the biggest capture since the start of the war.",
        [("abducted", "80 soldiers", None, True, "incident")],
    ),
    (
        "Police arrested 500 protesters on Saturday, in the largest crackdown since the invasion.",
        [("detained", "500 protesters", None, True, "incident")],
    ),
    # Near forms.
    (
        "Troops have killed 300 militants since 2021.",
        [("killed", "300 militants", None, False, "cumulative")],
    ),
    (
        "Rebels have seized 80 soldiers since the war began.",
        [("abducted", "80 soldiers", None, False, "cumulative")],
    ),
]

#: (text, type, qualifier, low, best): "several dozen", "a few hundred" are vague, with the low
#: bound of the scale's plural. Near forms: "a dozen", "two dozen" and "some two dozen" count.
VAGUE_MULTIPLES = [
    ("Several dozen attackers were killed in the response.", "killed", "vague", 24, None),
    ("Troops killed several dozen militants.", "killed", "vague", 24, None),
    ("A few dozen protesters were arrested.", "detained", "vague", 24, None),
    ("Several hundred people were detained.", "detained", "vague", 200, None),
    ("Many thousands have been displaced by the floods.", "displaced", "vague", 2000, None),
    # Near forms.
    ("A dozen people were injured.", "injured", "exact", 12, 12),
    ("Police arrested two dozen people.", "detained", "exact", 24, 24),
    ("Some two dozen people were injured.", "injured", "approx", None, 24),
]

ROW_TABLES = (
    UPDATE_CHAIN,
    TWO_SIDES_OF_A_WAR,
    PARTS_OF_ANOTHER_SOURCES_TOLL,
    SCENE_OPENER_WITH_PLACE,
    COUNTED_NOUN_MISSING,
    OBJECT_READ_AS_SOURCE,
    TOLL_BROKEN_DOWN,
    CAPTOR_MADE_OF_GROUPS,
    DOERS_OWN_COUNT,
    ONE_OF_THE_OTHER_SIDE,
    REVISED_BESIDE,
    MEMBERS_OF_AN_ARMED_BODY,
    TOLL_OF_DEAD_AND_INJURED,
    LIVE_PAGE_ENTRIES,
)
SCOPE_TABLES = (TOLL_OF_A_WAR, TALLY_GOES_ON, SUPERLATIVE_SINCE_ON_VERB)


@pytest.mark.parametrize(("text", "expected"), [row for table in ROW_TABLES for row in table])
def test_round9_war_rows(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(("text", "expected"), [row for table in SCOPE_TABLES for row in table])
def test_round9_war_scopes(nlp, text, expected):
    assert scoped_rows(process(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(("text", "type_", "qualifier", "low", "best"), VAGUE_MULTIPLES)
def test_round9_vague_multiples(nlp, text, type_, qualifier, low, best):
    doc = process(nlp, text, PUBLISHED)
    (row,) = doc._.news_casualties
    assert (row["type"], row["qualifier"], row["low"], row["best"]) == (type_, qualifier, low, best)
    assert totals(doc)[type_][0] == low


def test_each_table_has_near_forms():
    for table in (*ROW_TABLES, *SCOPE_TABLES, VAGUE_MULTIPLES):
        assert_wordings_and_near_forms(table)
