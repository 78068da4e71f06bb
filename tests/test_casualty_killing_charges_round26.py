"""Killing charges and a lost object, twenty-sixth round (GVA dev counts, fitted: GVA g5, g10).

A shooting or stabbing that a charge or finding of killing is about ("charged with murder
after shooting a clerk", "committed manslaughter when he shot a boy", "indicted on murder
charges in the shooting of a teenager") tells a death: its victim is killed, not injured.
Near forms keep the injury: an attempted murder, a charge told of someone beside the shooting
("the man, who was charged with murder last year, shot two people"), an investigation that
is no charge, an arrest with no killing named.

Inside a long subject the parser may take an object-less verb's object for a second subject of
the main verb ("A guard charged with murder after a camera recorded him shooting a 15-year-old
boy is asking ..."): a verb has one subject, so that noun phrase is the verb's object.

Each case gives the text and (type, count text) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2021-06-14"


def typed_rows(doc) -> list[tuple[str, str]]:
    """(type, count text) of every row, in text order."""
    return [(c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties]


KILLING_CHARGES = [
    (
        "A farmer was charged with murder after shooting his neighbor during an argument.",
        [("killed", "his neighbor")],
    ),
    (
        "A judge ruled that the driver committed manslaughter when he shot a cyclist last spring.",
        [("killed", "a cyclist")],
    ),
    (
        "The teenager faces a murder charge after he shot a store clerk on Friday.",
        [("killed", "a store clerk")],
    ),
    (
        "A jury found the woman guilty of manslaughter for stabbing her cousin.",
        [("killed", "her cousin")],
    ),
    (
        "Two guards were indicted on murder charges in the shooting of a 17-year-old boy.",
        [("killed", "a 17-year-old boy")],
    ),
    (
        "The landlord was charged with attempted murder after he shot a tenant in the arm.",
        [("injured", "a tenant")],
    ),
    (
        "The bus driver, who was charged with murder last year, shot two people on Tuesday.",
        [("injured", "two")],
    ),
    (
        "Detectives are investigating a homicide after a man was shot outside a bar on Sunday.",
        [("injured", "a man")],
    ),
    (
        "A fugitive was arrested on a murder warrant after shooting a deputy at a roadblock.",
        [("detained", "A fugitive"), ("injured", "a deputy")],
    ),
    (
        "The man faces charges of manslaughter for shooting his roommate on New Year's Eve.",
        [("killed", "his roommate")],
    ),
    (
        "Police arrested a 30-year-old man after he shot a cashier during a robbery.",
        [("detained", "a 30-year-old man"), ("injured", "a cashier")],
    ),
]

SECOND_SUBJECT = [
    (
        "A guard charged with murder after a camera recorded him shooting a 15-year-old boy is "
        "asking a court to drop the case.",
        [("killed", "a 15-year-old boy")],
    ),
    (
        "A deputy seen on video shooting an unarmed driver was placed on leave on Monday.",
        [("injured", "an unarmed driver")],
    ),
    (
        "The man accused of stabbing a neighbor was released on bond on Friday.",
        [("injured", "a neighbor")],
    ),
    (
        "A woman suspected of shooting two teenagers outside a school is due in court.",
        [("injured", "two teenagers")],
    ),
    (
        "The officer who fired at the car was placed on leave on Monday.",
        [],
    ),
    (
        "A neighbor who heard the shooting called the police on Monday.",
        [],
    ),
]

TABLES = {"KILLING_CHARGES": KILLING_CHARGES, "SECOND_SUBJECT": SECOND_SUBJECT}

test_killing_charges_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, typed_rows, PUBLISHED
)
