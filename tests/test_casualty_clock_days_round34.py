"""Event dates of the thirty-fourth round: a day written after a short time of day.

The parser reads the stop of "a.m." or "p.m." as a full stop when a capital follows, and cuts
the day from the time's clause ("It happened about 11:20 p.m. | Sept. 19 at a residence",
"Assault — 1:15 a.m. | Sunday, 200 block of Elm Street"): the sentence of "It happened" then
names no day, and the harm it tells took the article's day or none. `news_abbreviations`
keeps a day word after such a time (`clock_days` in `lexicons/name_titles.json`: weekdays,
months, "today") in the time's sentence. A word that is no day after the time ("at 9 p.m.
Later, ...", "1:15 a.m. Police found ...") still starts the next sentence.

SENTENCES gives each text and its sentences; ROWS a text and (type, count text, event date)
of every casualty row; published Tuesday 2023-12-26."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-12-26"

#: a day after a short time stays in the time's sentence
SENTENCES = [
    (
        "Burglary — 2:40 a.m. Saturday, 300 block of Oak Street. A man was hit with a bat.",
        ["Burglary — 2:40 a.m. Saturday, 300 block of Oak Street.", "A man was hit with a bat."],
    ),
    (
        "Assault — 1:15 a.m. Sunday, 200 block of Elm Street. A woman was stabbed in the hand.",
        [
            "Assault — 1:15 a.m. Sunday, 200 block of Elm Street.",
            "A woman was stabbed in the hand.",
        ],
    ),
    (
        "Theft — 6:11 a.m. Tuesday, 1200 block of West Vine Street. A clerk was punched.",
        ["Theft — 6:11 a.m. Tuesday, 1200 block of West Vine Street.", "A clerk was punched."],
    ),
    (
        "Stabbing — 11:50 p.m. Sept. 19, 900 block of Lake Street. A man was stabbed.",
        ["Stabbing — 11:50 p.m. Sept. 19, 900 block of Lake Street.", "A man was stabbed."],
    ),
    # Near forms: no day after the time; the next sentence starts there.
    (
        "Officers arrived at 9 p.m. Later, a man was found shot in the leg.",
        ["Officers arrived at 9 p.m.", "Later, a man was found shot in the leg."],
    ),
    (
        "Assault — 1:15 a.m. Police found a woman stabbed in the hand.",
        ["Assault — 1:15 a.m.", "Police found a woman stabbed in the hand."],
    ),
]

#: the harm told after such a line takes its day
ROWS = [
    (
        "Assault — 1:15 a.m. Sunday, 200 block of Elm Street. A woman was stabbed in the hand.",
        [("injured", "A woman", "2023-12-24")],
    ),
    (
        "Robbery — 9:05 p.m. Friday, 700 block of Pine Avenue. A clerk was shot in the hand.",
        [("injured", "A clerk", "2023-12-22")],
    ),
    (
        "Shots fired — 12:55 a.m. Monday, 4400 block of Pacific Boulevard. A woman was grazed "
        "by a bullet.",
        [("injured", "A woman", "2023-12-25")],
    ),
    (
        "Fight — 3:20 a.m. today, 100 block of Front Street. Two men were hurt.",
        [("injured", "Two men", "2023-12-26")],
    ),
    # Near forms: no day after the time, so none for the harm.
    (
        "Officers arrived at 9 p.m. Later, a man was found shot in the leg.",
        [("injured", "a man", None)],
    ),
    (
        "Assault — 1:15 a.m. Police found a woman stabbed in the hand.",
        [("injured", "a woman", None)],
    ),
]


def sentences(doc) -> list[str]:
    return [sent.text for sent in doc.sents]


test_clock_day_sentences, test_sentence_table = table_tests(
    {"SENTENCES": SENTENCES}, sentences, PUBLISHED
)
test_clock_day_rows, test_row_table = table_tests({"ROWS": ROWS}, dated_rows, PUBLISHED)
