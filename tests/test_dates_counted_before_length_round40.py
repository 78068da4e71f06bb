"""The dates stage, fortieth round: a figure in digits before a length.

The model's date span can swallow a figure told just before a relative date ("up from 38 a day
earlier"), and the span was then read as one length of 38 days (38 days before publication).
A length's amount in digits never runs on into an article or a small number word, so the
digits count something else and stay outside the date. Near forms: a length in digits ("12
days ago"), a fraction ("2 1/2 years ago") and a day number before a month keep their spans.

Each case gives the text and (span text, value, kind) of every date; published Sunday
2023-06-04."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_dates_overnight_round33 import _found

PUBLISHED = "2023-06-04"

#: the figure before "a day earlier", "two days before", "the day before"
COUNTED_BEFORE_LENGTH = [
    (
        "The toll rose to 45, up from 38 a day earlier.",
        [("a day earlier", "2023-06-03", "date")],
    ),
    (
        "Officials counted 61 dead, against 20 two days earlier.",
        [("two days earlier", "2023-06-02", "date")],
    ),
    (
        "The ministry put the number of wounded at 140, up from 95 a week earlier.",
        [("a week earlier", "2023-W21", "date")],
    ),
    (
        "The count stood at 17, compared with 12 the day before.",
        [("the day before", "2023-06-03", "date")],
    ),
    # Near forms: digits that are the length, a fraction, a day number before a month.
    ("The bridge collapsed 12 days ago.", [("12 days ago", "2023-05-23", "date")]),
    ("He left the city 2 1/2 years ago.", [("2 1/2 years ago", "2020-12", "date")]),
    ("The strike came on 12 March 2023.", [("12 March 2023", "2023-03-12", "date")]),
]

TABLES = {"COUNTED_BEFORE_LENGTH": COUNTED_BEFORE_LENGTH}

test_counted_figures_stay_outside_the_date, test_each_table_has_wordings_and_near_forms = (
    table_tests(TABLES, _found, PUBLISHED)
)
