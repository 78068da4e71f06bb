"""A harm state given after "as" on a verb that files people under it, thirty-ninth round:
"Seven crewmen were listed as missing", "the ministry listed 12 soldiers as dead", "two
climbers were confirmed as dead" (`designation_verbs`) tell the state of the verb's object, or
of its passive subject, as "were reported missing" already did. Before, the state word under
"as" found no group. Near forms: a state of no harm type ("listed the town as damaged"), a
role after "as" ("listed as a witness") and a condition phrase ("listed in critical
condition", read as before) keep their readings.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2015-07-20"

DESIGNATED_STATES = [
    ("Seven crewmen were listed as missing.", [("missing", "Seven crewmen", None, True)]),
    ("The ministry listed 12 soldiers as dead.", [("killed", "12 soldiers", None, True)]),
    ("Two climbers were confirmed as dead on Sunday.", [("killed", "Two climbers", None, True)]),
    (
        "Forty people were registered as missing after the floods.",
        [("missing", "Forty", None, True)],
    ),
    (
        "Three sailors were declared as missing by the navy.",
        [("missing", "Three sailors", None, True)],
    ),
    # Near forms: no harm state, a role, a condition phrase.
    ("The ministry listed the town as damaged.", []),
    ("He was listed as a witness.", []),
    ("Two people were listed in critical condition.", [("injured", "Two", None, True)]),
]

TABLES = {"DESIGNATED_STATES": DESIGNATED_STATES}

test_designated_states_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
