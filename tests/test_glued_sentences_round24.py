"""Sentences glued by scraping, twenty-fourth round: a crawled page loses the space after a
sentence's stop ("inside a gray SUV.Police say", "where he died.Relatives said", "a liquor
house.21-year-old ..."), and the parser read the two sentences as one, so a victim or a cue of
the second was read in the first's clause (fitted: GVA g4, g11). `news_abbreviations` splits
the glued stop off and ends the sentence there (`GLUED_STOPS`). Near forms keep their word and
their sentence: initials, abbreviations and short titles ("U.S.Army", "St.Louis", "Sgt.Mark",
"Sept.11", "vol.3"), decimals and versions, domains, addresses and file names.

SENTENCES gives each text and its sentences; WORDS a text and the words it is cut into around
the stop; ROWS a text and its casualty rows (type, count text) and attribution rows (source,
cue, content)."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

PUBLISHED = "2021-06-14"

SENTENCES = [
    (
        "Two men were found inside a gray SUV.Police say one of them was shot.",
        ["Two men were found inside a gray SUV.", "Police say one of them was shot."],
    ),
    (
        "He was taken to a hospital, where he died.Relatives said he was a student.",
        ["He was taken to a hospital, where he died.", "Relatives said he was a student."],
    ),
    (
        "Officers were called to a house.21-year-old Marcus Reed was found there.",
        ["Officers were called to a house.", "21-year-old Marcus Reed was found there."],
    ),
    (
        "Neighbors heard shots at the house (a rental).Police arrived minutes later.",
        ["Neighbors heard shots at the house (a rental).", "Police arrived minutes later."],
    ),
    (
        'One woman screamed, "They shot my son."Officials said the boy was wounded.',
        ['One woman screamed, "They shot my son."', "Officials said the boy was wounded."],
    ),
    (
        "Who would do this?Police said the gunman fled.",
        ["Who would do this?", "Police said the gunman fled."],
    ),
    (
        "The shooting happened at 10 p.m.The gunman fled on foot.",
        ["The shooting happened at 10 p.m.", "The gunman fled on foot."],
    ),
    (
        "She was shot on January 11.Her brother was arrested the next day.",
        ["She was shot on January 11.", "Her brother was arrested the next day."],
    ),
    # near forms: initials, abbreviations, titles, numbers and addresses stay in their sentence
    (
        "He moved to St.Louis last year and was shot there.",
        ["He moved to St.Louis last year and was shot there."],
    ),
    (
        "Sgt.Mark Cole was wounded near the gate.",
        ["Sgt.Mark Cole was wounded near the gate."],
    ),
    (
        "The U.S.Army said the base was closed.",
        ["The U.S.Army said the base was closed."],
    ),
    (
        "The rally on Sept.11 drew a crowd of 3.5 thousand to the square.",
        ["The rally on Sept.11 drew a crowd of 3.5 thousand to the square."],
    ),
    (
        "Tips can be sent to tips@wbrc.com or posted on www.wbrc.com by readers.",
        ["Tips can be sent to tips@wbrc.com or posted on www.wbrc.com by readers."],
    ),
    (
        "Details are in vol.3 of the report.pdf that Amazon.com posted.",
        ["Details are in vol.3 of the report.pdf that Amazon.com posted."],
    ),
]

WORDS = [
    ("A gray SUV.Police came.", ["A", "gray", "SUV", ".", "Police", "came", "."]),
    ("At a house.21 people came.", ["At", "a", "house", ".", "21", "people", "came", "."]),
    ("Is he hurt?Nobody knows.", ["Is", "he", "hurt", "?", "Nobody", "knows", "."]),
    ('He said "no."Then he left.', ["He", "said", '"', "no", ".", '"', "Then", "he", "left", "."]),
    # near forms: one word
    ("Call WBRC.COM now.", ["Call", "WBRC.COM", "now", "."]),
    ("Read vol.3 now.", ["Read", "vol.3", "now", "."]),
    ("Version v2.0 and 105.9FM aired.", ["Version", "v2.0", "and", "105.9FM", "aired", "."]),
    ("He lives in W.Va. now.", ["He", "lives", "in", "W.Va", ".", "now", "."]),
]

ROWS = [
    (
        "Two men were found inside a gray SUV.Police say one of the victims was shot in the head.",
        (
            [("injured", "one of the victims")],
            [("Police", "say", "one of the victims was shot in the head")],
        ),
    ),
    (
        "Officers were called to a house.21-year-old Marcus Reed was killed and his cousin was "
        "wounded.",
        ([("killed", "21-year-old Marcus Reed"), ("injured", "his cousin")], []),
    ),
    (
        "The shooting happened around 11 p.m.Police said a teenager was wounded.",
        ([("injured", "a teenager")], [("Police", "said", "a teenager was wounded")]),
    ),
    (
        "Who would do this?Police said two men were killed.",
        ([("killed", "two men")], [("Police", "said", "two men were killed")]),
    ),
    (
        "Neighbors heard shots at the house (a rental).Police said a teenager was killed.",
        ([("killed", "a teenager")], [("Police", "said", "a teenager was killed")]),
    ),
    (
        "The store was closed.21 people were hurt in the blast.",
        ([("injured", "21")], []),
    ),
    # near forms: spaced sentences and glued abbreviations read as before
    (
        "The suspect fled on foot. Authorities say two people were injured.",
        ([("injured", "two")], [("Authorities", "say", "two people were injured")]),
    ),
    (
        "He moved to St.Louis last year and was shot there.",
        ([("injured", "He")], []),
    ),
]


def sentences(doc) -> list[str]:
    return [sent.text for sent in doc.sents]


def words(doc) -> list[str]:
    return [token.text for token in doc]


def rows(doc) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    casualties = [
        (c["type"], doc.text[c["count_start"] : c["count_end"]]) for c in doc._.news_casualties
    ]
    attributions = [_fields(doc, a, ("source", "cue", "content")) for a in doc._.news_attributions]
    return casualties, attributions


test_glued_sentences_split, test_sentence_table = table_tests(
    {"SENTENCES": SENTENCES}, sentences, PUBLISHED
)
test_glued_stops_split_off, test_word_table = table_tests({"WORDS": WORDS}, words, PUBLISHED)
test_glued_rows_come_out, test_row_table = table_tests({"ROWS": ROWS}, rows, PUBLISHED)
