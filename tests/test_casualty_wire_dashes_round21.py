"""A wire service's underscore dash, twenty-first round: AP and NYT copy of the 1990s types an
em dash as " _ " ("Since 1982 _ when the army set up a security belt _ nearly 150 soldiers have
been killed"). The model had never seen that spelling and parsed the underscore as a noun, so
the sentence fell in two and its "since" no longer reached the harm verb: a tally over years was
read as one incident and counted in the article's total (the TBAQ Lebanon story). The
underscore standing alone now has the word features of "--" (`lexicons/wire_dashes.json`), is
tagged and attached as a dash, and the text stays as written. An underscore inside a word is
another word and keeps its reading.

Each case gives the text and (type, count text, time scope, counts toward total) of every row."""

from __future__ import annotations

import pytest

from tests.casualty_rows import scoped_rows
from tests.conftest import process
from tests.tables import table_tests

PUBLISHED = "1998-03-01"


#: a figure after a dashed aside: the aside no longer cuts "since" or the subject from the verb
DASHED_ASIDES = [
    (
        "Since 1982 _ when the army set up a security belt in the north _ nearly 150 Turkish "
        "soldiers have been killed fighting rebels and other militias.",
        [("killed", "nearly 150 Turkish soldiers", "cumulative", False)],
    ),
    (
        "Since 1993 _ when the police opened a new post near the border _ about 40 border "
        "guards have been killed battling smugglers and other gangs.",
        [("killed", "about 40 border guards", "cumulative", False)],
    ),
    (
        "Two more suspects _ a Kenyan and a Somali _ were arrested on Monday.",
        [
            ("detained", "Two more suspects", "incident", True),
            ("detained", "a Kenyan", "incident", False),
            ("detained", "a Somali", "incident", False),
        ],
    ),
    # Near forms: the same sentences written with commas read as before, and a dateline's
    # dash leaves the incident that follows it counted.
    (
        "Since 1982, when the army set up a security belt in the north, nearly 150 Turkish "
        "soldiers have been killed fighting rebels and other militias.",
        [("killed", "nearly 150 Turkish soldiers", "cumulative", False)],
    ),
    (
        "MANILA, Philippines _ Troops captured 14 rebels in a raid on Tuesday, the army said.",
        [("detained", "14 rebels", "incident", True)],
    ),
    (
        "Some 60 miners _ most of them from the south _ were trapped underground after the "
        "collapse.",
        [("trapped", "Some 60 miners", "incident", True)],
    ),
]

TABLES = {"DASHED_ASIDES": DASHED_ASIDES}

test_dashed_asides_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, scoped_rows, PUBLISHED
)


@pytest.mark.parametrize(
    "text",
    [
        "About 150 aid workers _ foreign staff and their families _ fled the city on Sunday.",
        "CAIRO, Egypt _ Police arrested 15 people after the clashes on Friday.",
    ],
)
def test_an_underscore_standing_alone_is_read_as_a_dash(nlp, text):
    doc = process(nlp, text, PUBLISHED)
    dashes = [t for t in doc if t.text == "_"]
    assert dashes
    assert all(t.tag_ == ":" and t.dep_ == "punct" for t in dashes)
    assert doc.text == text  # the text is as written


def test_an_underscore_inside_a_word_is_another_word(nlp):
    doc = process(nlp, "The file group_name listed 3 people who were hurt.", PUBLISHED)
    word = next(t for t in doc if "_" in t.text)
    assert word.text == "group_name"
    assert word.norm_ == "group_name"
