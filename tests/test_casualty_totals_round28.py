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

TABLES = {"fronted_whole_told_before": FRONTED_WHOLE_TOLD_BEFORE}

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
]

test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)

test_a_reports_rows_relate, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
