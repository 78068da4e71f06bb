"""An epidemic's deaths, twentieth round: a sentence that ties its deaths to a disease that
spreads through a population ("deaths linked to COVID-19", "have died of cholera", "cases were
recorded, leading to 96 deaths") and gives them no day of their own tells the epidemic's running
count, a cumulative figure that no article total holds (the Wikinews gold's three such figures
in two articles). A day names that day's deaths and keeps the incident; a day read with "as of"
only dates the count. A killing someone did near a disease word ("gunmen killed 12 at a cholera
clinic") is an incident as before.

Each case gives the text and (type, count text, time scope, counts toward total) of every row."""

from __future__ import annotations

from tests.casualty_rows import scoped_rows
from tests.tables import table_tests

PUBLISHED = "2020-04-29"


#: deaths a sentence ties to an epidemic, with no day of their own: the running count
EPIDEMIC_DEATHS = [
    (
        "At least 3,100 deaths have been linked to the coronavirus in Italy.",
        [("killed", "At least 3,100 deaths", "cumulative", False)],
    ),
    (
        "The ministry said 812 people have died of cholera across the country.",
        [("killed", "812", "cumulative", False)],
    ),
    (
        "Over 40,000 measles cases were recorded, leading to 96 deaths.",
        [("killed", "96 deaths", "cumulative", False)],
    ),
    (
        "Health officials counted at least 260 deaths related to Ebola as of Tuesday.",
        [("killed", "at least 260 deaths", "cumulative", False)],
    ),
    # Near forms: a day of their own names that day's deaths, and a killing someone did is
    # an incident whatever disease the sentence names; no disease, no change.
    (
        "Officials reported 45 deaths from the coronavirus on Tuesday.",
        [("killed", "45 deaths", "incident", True)],
    ),
    (
        "Gunmen killed 12 people at a cholera treatment centre in the east of the country.",
        [("killed", "12", "incident", True)],
    ),
    (
        "At least 14 deaths have been linked to the storm in the region.",
        [("killed", "At least 14 deaths", "incident", True)],
    ),
]

TABLES = {"EPIDEMIC_DEATHS": EPIDEMIC_DEATHS}

test_epidemic_deaths_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)
