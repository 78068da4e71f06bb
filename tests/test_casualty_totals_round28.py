"""Article totals of short news reports, round 28: the relations that decide which figures an
article's killed and detained totals add up. Each table holds four or more wordings of one
construction and at least two near forms that keep the old reading; the totals cases check the
article-level figure a user reads."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Eight of the 14 killings since 1993 ... Of the eight victims, two were beaten to death": a
#: fronted whole whose number is a figure told before (here a tally that counts for nothing) is
#: that figure; the part told with a harm word of its own is part of it and adds nobody.
FRONTED_WHOLE_TOLD_BEFORE = [
    (
        "A former nurse is suspected in the deaths of 12 patients since 2010. Of the 12 "
        "victims, five were poisoned to death, prosecutors said.",
        [("killed", "12 patients", None, False), ("killed", "five", "subset_of", False)],
    ),
    (
        "Police have tied the killings of nine women since 2016 to one suspect. Of the nine "
        "victims, four were strangled to death, a detective said.",
        [("killed", "nine women", None, False), ("killed", "four", "subset_of", False)],
    ),
    (
        "The gang has killed 30 people since January, police said. Of the 30 victims, eight "
        "were shot dead in their homes.",
        [("killed", "30", None, False), ("killed", "eight", "subset_of", False)],
    ),
    (
        "Landmines have killed 14 farmers in the province since 2019. Of the 14 dead, six were "
        "killed while ploughing, officials said.",
        [("killed", "14 farmers", None, False), ("killed", "six", "subset_of", False)],
    ),
    # Near forms: a whole of another number, no fronted whole, or no figure before it leave the
    # figure counted on its own.
    (
        "The gang has killed 30 people since January, police said. Of the 12 victims, eight "
        "were shot dead in their homes.",
        [("killed", "30", None, False), ("killed", "eight", None, True)],
    ),
    (
        "The gang has killed 30 people since January, police said. On Monday, eight villagers "
        "were shot dead in their homes.",
        [("killed", "30", None, False), ("killed", "eight villagers", None, True)],
    ),
    (
        "Of the six victims, two were beaten to death, a detective said.",
        [("killed", "two", None, True)],
    ),
]

#: "In a separate strike, three members of one family were injured ... The army said two
#: soldiers were wounded near Metula and a reservist suffered injuries": the toll of an incident
#: brought in apart is not broken down by figures told outside it, which add up to it by chance.
SEPARATE_TOLL_NOT_BROKEN_DOWN = [
    (
        "Shelling killed four people in Kharkiv on Sunday, officials said. In a separate attack, "
        "a missile wounded five members of one family in the village of Vovchansk.\n\n"
        "Russia said Ukrainian drones had hit a border town. Its defence ministry said three "
        "soldiers were wounded and two guards were hurt.",
        [
            ("killed", "four", None, True),
            ("injured", "five members of one family", None, True),
            ("injured", "three soldiers", None, True),
            ("injured", "two guards", None, True),
        ],
    ),
    (
        "An air strike killed six people in Khan Younis on Tuesday, medics said. In another "
        "strike, four members of a family were wounded in Rafah.\n\nMilitants fired mortars at "
        "an army post. The military said three soldiers were hurt near Kissufim and a medic was "
        "lightly injured.",
        [
            ("killed", "six", None, True),
            ("injured", "four members of a family", None, True),
            ("injured", "three soldiers", None, True),
            ("injured", "a medic", None, True),
        ],
    ),
    (
        "Gunmen killed five villagers in Zamfara on Friday, police said. In a separate attack, "
        "bandits wounded four members of one family in Katsina.\n\nTroops later raided a camp "
        "in the forest. The army said two soldiers were wounded near Gusau and two vigilantes "
        "were injured.",
        [
            ("killed", "five villagers", None, True),
            ("injured", "four members of one family", None, True),
            ("injured", "two soldiers", None, True),
            ("injured", "two vigilantes", None, True),
        ],
    ),
    (
        "Airstrikes killed nine people in Idlib on Wednesday, rescuers said. In a separate "
        "strike, three members of one family were wounded in Ariha.\n\nRebels shelled a "
        "government position. State media said two soldiers were wounded near Saraqeb and a "
        "conscript was injured.",
        [
            ("killed", "nine", None, True),
            ("injured", "three members of one family", None, True),
            ("injured", "two soldiers", None, True),
            ("injured", "a conscript", None, True),
        ],
    ),
    # Near forms: parts told inside the separate incident, or after a toll of the article's own
    # incident, still break it down.
    (
        "Gunmen killed two police officers in Zamfara on Friday. In a separate attack, a bomb "
        "killed five people in Kano. Three died at the market and two died at the bus station.",
        [
            ("killed", "two police officers", None, True),
            ("killed", "five", None, True),
            ("killed", "Three", "subset_of", False),
            ("killed", "two", "subset_of", False),
        ],
    ),
    (
        "A car bomb killed three people in the city on Monday, police said. Two died at the "
        "scene and one died in hospital.",
        [
            ("killed", "three", None, True),
            ("killed", "Two", "subset_of", False),
            ("killed", "one", "subset_of", False),
        ],
    ),
]

TABLES = {
    "fronted_whole_told_before": FRONTED_WHOLE_TOLD_BEFORE,
    "separate_toll_not_broken_down": SEPARATE_TOLL_NOT_BROKEN_DOWN,
}

#: (text, {type: best total})
ARTICLE_TOTALS = [
    # A counted toll keeps its parts inside it, as before.
    (
        "Ten people were killed when gunmen stormed a village on Monday. Of the ten victims, "
        "four were shot dead and six were hacked to death, officials said.",
        {"killed": 10},
    ),
    # The parts of an uncounted tally add nothing beside the day's own toll.
    (
        "A gunman shot dead two guards at a bank on Friday. Police say he has killed nine "
        "people since 2019. Of the nine victims, five were shot dead at their workplaces.",
        {"killed": 2},
    ),
    # A separate incident's toll keeps its own figure beside the parts told outside it.
    (
        "Shelling killed four people in Kharkiv on Sunday, officials said. In a separate attack, "
        "a missile wounded five members of one family in the village of Vovchansk.\n\n"
        "Russia said Ukrainian drones had hit a border town. Its defence ministry said three "
        "soldiers were wounded and two guards were hurt.",
        {"killed": 4, "injured": 10},
    ),
]

test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)

test_a_reports_rows_relate, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
