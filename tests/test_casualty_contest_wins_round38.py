"""A win over a rival is no harm, thirty-eighth round: "beat" is a harm verb ("Police beat
three protesters"), but told with a contest ("in the primary", "by 12 points", "rival X",
"for second", "handily", "the best chance of beating X") it is a win and harms nobody
(records.md: not casualties). And the named possessor of "loss" ("the mayor's loss in the
runoff", "a Dole loss") is who lost, not a person lost ("the loss of Officer Reed" is a
death). Found on unannotated political news, where every such clause made an injured or
killed row. Near forms: a beating with no contest stays a harm, even beside a vote or a
polling station, and "the loss of" a named person stays a death.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2020-02-12"

#: "beat" told with a contest: no row
CONTEST_WINS = [
    ("Governor Alden beat rival Tom Reyes in the county's primary on Tuesday.", []),
    ("The mayor was beaten in the Democratic runoff by a school board member.", []),
    ("Ms. Ortiz beat the incumbent senator by 12 points in the northern district.", []),
    ("A new poll shows Kemp beating Warner 48 to 41 percent among likely voters.", []),
    ("He came close to beating Ms. Lowe for second in the state.", []),
    ("Analysts say she has the best chance of beating the president in November.", []),
    ("The senator has beaten his Republican challenger handily in every debate.", []),
    # Near forms: a beating with no contest, beside an election or a vote.
    (
        "Soldiers beat two voters outside a polling station during the election.",
        [("injured", "two voters", None, True)],
    ),
    (
        "Four opposition activists were beaten by police after the vote on Sunday.",
        [("injured", "Four opposition activists", None, True)],
    ),
    (
        "A vendor was beaten in the market by a group of men.",
        [("injured", "A vendor", None, True)],
    ),
    (
        "Two poll workers were beaten in the election violence in the capital.",
        [("injured", "Two poll workers", None, True)],
    ),
    ("She beat her opponent in a general election fight that drew record turnout.", []),
]

#: the named possessor of "loss" lost; "the loss of" a named person is a death
LOSERS = [
    ("The mayor's loss in the runoff surprised her own staff.", []),
    ("Analysts blamed the riots for Senator Dole's loss that autumn.", []),
    ("Few pollsters expected a Hartley loss in the northern counties.", []),
    ("Garcia's loss in the primary ended the campaign.", []),
    (
        "The department is mourning the loss of Officer Dana Reed, who was shot on Friday.",
        [("killed", "Officer Dana Reed", None, True)],
    ),
    (
        "The village mourned the loss of three fishermen in the storm.",
        [("losses", "three fishermen", None, True)],
    ),
]

TABLES = {"CONTEST_WINS": CONTEST_WINS, "LOSERS": LOSERS}

test_contest_wins_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
