"""Headline clauses, twenty-sixth round: a headline drops "a" before a person described by an
adjective ("Homeless man found dead", "Young woman shot dead") as before a bare noun, and
opens a second clause after a semicolon in lower case ("Man shot dead; suspect arrested"):
each is one person with the harm of its clause (fitted: GVA g8 and g14 clip titles), "found"
before the harm word ("found dead") a part of it, and an attacker noun ("suspect") the one an
arrest holds; a bare person after the harm verb keeps what he was doing in the count span
("killed man wielding chainsaw"). "Homeless" set before one person says what he is, not that
an event displaced him, so the harm the clause tells is the row. Near forms: a predicate or
counted "homeless" still tells displacement, and a headline clause without harm gives no row.

Each case gives the text and (type, count text) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2019-05-20"


def typed_rows(doc) -> list[tuple[str, str]]:
    """(type, count text) of every row, in text order."""
    return [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]


HEADLINE_CLAUSES = [
    ("Homeless man found dead in Parkland", [("killed", "Homeless man")]),
    ("Young woman shot dead in Tacoma", [("killed", "Young woman")]),
    ("Elderly man found dead in his home", [("killed", "Elderly man")]),
    (
        "Man shot dead in Tacoma; suspect arrested",
        [("killed", "Man"), ("detained", "suspect")],
    ),
    ("Teen killed in crash; driver arrested", [("killed", "Teen"), ("detained", "driver")]),
    (
        "Teen found stabbed near park; suspect arrested",
        [("injured", "Teen"), ("detained", "suspect")],
    ),
    (
        "0:43 Homeless man found dead in Parkland; suspect arrested\n\n"
        "1:51 Boy killed with machete",
        [("killed", "Homeless man"), ("detained", "suspect"), ("killed", "Boy")],
    ),
    ("A homeless man was stabbed in Tacoma on Friday.", [("injured", "A homeless man")]),
    # Near forms: displacement told by a counted or predicate "homeless"; no harm told.
    (
        "The flood left 2,000 homeless families in the region.",
        [("displaced", "2,000 homeless families")],
    ),
    ("The storm left 600 families homeless.", [("displaced", "600 families")]),
    ("Young woman found her keys", []),
    ("Police found dead bird on porch", []),
    ("Teacher praised for quick thinking; student honored", []),
]

#: a headline's bare person after a harm verb, with what he was doing: the count span keeps it
HEADLINE_OBJECTS = [
    (
        "Neighbor heard shots that killed man wielding chainsaw",
        [("killed", "man wielding chainsaw")],
    ),
    ("Police shot man wielding knife in Tacoma", [("injured", "man wielding knife")]),
    ("Officers shot teen carrying rifle", [("injured", "teen carrying rifle")]),
    ("Shooting kills man walking dog", [("killed", "man walking dog")]),
    # Near forms: no harm word before the person.
    ("Police praised man wielding hose at fire", []),
    ("Video shows man holding gun near school", []),
]

TABLES = {"HEADLINE_CLAUSES": HEADLINE_CLAUSES, "HEADLINE_OBJECTS": HEADLINE_OBJECTS}

test_headline_clauses_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, typed_rows, PUBLISHED
)
