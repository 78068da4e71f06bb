"""Round 39: a capitalised word after a short time of day starts a sentence.

The parser reads the stop of "a.m." or "p.m." before a name as an abbreviation's point and
joins the next sentence to the time's ("... shortly after 2 a.m. Maria Kovalenko, 34, died at
the scene, he said"): the victim's clause then lies inside the time's sentence, and the cue
after it is read as a report nested in the first clause. `news_abbreviations` ends the
sentence at the time's stop when a capitalised word follows. A day after the time stays in its
sentence (`clock_days`, round 34), and so does a time zone (`clock_zones` in
`lexicons/name_titles.json`: "10 a.m. Central European Time", "9 a.m. Kyiv time", which the
parser used to cut off the time as well).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _field_reader

PUBLISHED = "2024-05-18"

SENTENCES = [
    (
        "A drone hit a house shortly after 2 a.m. Maria Kovalenko, 34, died at the scene.",
        ["A drone hit a house shortly after 2 a.m.", "Maria Kovalenko, 34, died at the scene."],
    ),
    (
        "The shelling began at 5 a.m. Ukrainian troops returned fire from the village.",
        ["The shelling began at 5 a.m.", "Ukrainian troops returned fire from the village."],
    ),
    (
        "A missile struck the depot at 11 p.m. Firefighters worked through the night.",
        ["A missile struck the depot at 11 p.m.", "Firefighters worked through the night."],
    ),
    (
        "Air raid sirens sounded across Kharkiv at around 4 a.m. Residents fled to shelters.",
        [
            "Air raid sirens sounded across Kharkiv at around 4 a.m.",
            "Residents fled to shelters.",
        ],
    ),
    # near forms: a day or a time zone after the time goes on with it
    (
        "The attack began at 4 a.m. Kyiv time, the governor said.",
        ["The attack began at 4 a.m. Kyiv time, the governor said."],
    ),
    (
        "The curfew runs until 10 a.m. Central European Time on Monday.",
        ["The curfew runs until 10 a.m. Central European Time on Monday."],
    ),
    (
        "The shooting happened about 3 a.m. Sunday near the park.",
        ["The shooting happened about 3 a.m. Sunday near the park."],
    ),
]

#: the cue after the name reports its own sentence, not one nested in the time's
ROWS = [
    (
        "A drone hit a house shortly after 2 a.m. Maria Kovalenko, 34, died at the scene, the "
        "governor said.",
        [("said", "the governor", "Maria Kovalenko, 34, died at the scene", None)],
    ),
    (
        "Shells fell on the market at 6 a.m. Two women were killed, the mayor said.",
        [("said", "the mayor", "Two women were killed", None)],
    ),
    (
        "A drone hit the depot at 4 a.m. The fire was put out by noon, the governor said.",
        [("said", "the governor", "The fire was put out by noon", None)],
    ),
    (
        "Rockets struck the town at 11 p.m. Three soldiers were wounded, the army said.",
        [("said", "the army", "Three soldiers were wounded", None)],
    ),
    # near forms: a day or a zone after the time keeps the clause whole
    (
        "Shells fell on the market at 6 a.m. Sunday, the mayor said.",
        [("said", "the mayor", "Shells fell on the market at 6 a.m. Sunday", None)],
    ),
    (
        "Shells fell on the market at 6 a.m. Kyiv time, the mayor said.",
        [("said", "the mayor", "Shells fell on the market at 6 a.m. Kyiv time", None)],
    ),
]


def sentences(doc) -> list[str]:
    return [sent.text for sent in doc.sents]


test_clock_capital_sentences, test_sentence_table = table_tests(
    {"SENTENCES": SENTENCES}, sentences, PUBLISHED
)
test_clock_capital_rows, test_row_table = table_tests(
    {"ROWS": ROWS},
    _field_reader(("cue", "source", "content", "relation_to_parent")),
    PUBLISHED,
)
