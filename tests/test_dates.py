"""The dates stage: hand-written texts with every temporal expression they hold, TIMEX3-valued.

Each case lists all the dates the stage must find in its text, as (span text, value, kind);
an empty list is a negative (words that look like dates but are not). Publication is Sunday
2023-06-04 unless a case says otherwise; `None` means no publication date (the X rule).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import weakref

import pytest

import pipeline
from pipeline.extract.dates import expand_phrase_pattern
from pipeline.extract.timex import Context, TimexLexicon, normalise
from tests.conftest import ROOT, process

SUNDAY = "2023-06-04"
RESULTS_DAY = "2023-11-02"  # a Thursday, in the fourth quarter
LATE_AUGUST = "2023-08-26"
EARLY_JULY = "2023-07-10"

DATA_FILES = (
    "lexicons/timex.json",
    "lexicons/timex_countries.json",
    "patterns/dates.jsonl",
    "patterns/dates_phrases.jsonl",
)

CASES = [
    # absolute dates, any order, partial dates
    ("The attack happened on June 3, 2023.", SUNDAY, [("June 3, 2023", "2023-06-03", "date")]),
    ("The ceasefire began on 3 June 2023.", SUNDAY, [("3 June 2023", "2023-06-03", "date")]),
    ("The order is dated 06/03/2023.", SUNDAY, [("06/03/2023", "2023-06-03", "date")]),
    ("The order is dated 25/03/2023.", SUNDAY, [("25/03/2023", "2023-03-25", "date")]),
    ("Delegates met on Saturday, June 3.", SUNDAY, [("Saturday, June 3", "2023-06-03", "date")]),
    ("Talks will resume on June 12.", SUNDAY, [("June 12", "2023-06-12", "date")]),
    ("Talks resumed on June 3.", None, [("June 3", "XXXX-06-03", "date")]),
    ("The summit is planned for July 2024.", SUNDAY, [("July 2024", "2024-07", "date")]),
    ("The war began in 2014.", SUNDAY, [("2014", "2014", "date")]),
    (
        "The treaty was signed in nineteen ninety-six.",
        SUNDAY,
        [("nineteen ninety-six", "1996", "date")],
    ),
    ("Attacks increased in May.", SUNDAY, [("May", "2023-05", "date")]),
    ("The offensive began last December.", SUNDAY, [("last December", "2022-12", "date")]),
    ("The elections are due in October.", SUNDAY, [("October", "2023-10", "date")]),
    # a tense the verb states for the date rules out the other side of publication, however
    # near; a tense it only leans on (a deadline) lets a date in the coming months stand
    ("The bridge was bombed on July 20.", SUNDAY, [("July 20", "2022-07-20", "date")]),
    ("The depot was shelled on 30 June.", SUNDAY, [("30 June", "2022-06-30", "date")]),
    (
        "The convoy was attacked on 24 February.",
        "2023-01-10",
        [("24 February", "2022-02-24", "date")],
    ),
    (
        "The vote will be held on 24 February.",
        "2023-03-10",
        [("24 February", "2024-02-24", "date")],
    ),
    ("Fighting broke out in July.", SUNDAY, [("July", "2022-07", "date")]),
    ("The army extended the curfew to July 20.", SUNDAY, [("July 20", "2023-07-20", "date")]),
    # decades, centuries, quarters, halves, seasons, weeks
    ("Prices rose sharply in the 1990s.", SUNDAY, [("the 1990s", "199", "date")]),
    ("The dam was built in the early 1980s.", SUNDAY, [("the early 1980s", "198", "date")]),
    ("The town grew in the 20th century.", SUNDAY, [("the 20th century", "19", "date")]),
    (
        "Sales fell in the third quarter of 2022.",
        SUNDAY,
        [("the third quarter of 2022", "2022-Q3", "date")],
    ),
    ("Profit fell in the first quarter.", SUNDAY, [("the first quarter", "2023-Q1", "date")]),
    ("Profit fell in the fourth quarter.", SUNDAY, [("the fourth quarter", "2022-Q4", "date")]),
    (
        "Profit rose in the third quarter. Costs in the quarter fell.",
        RESULTS_DAY,
        [("the third quarter", "2023-Q3", "date"), ("the quarter", "2023-Q3", "date")],
    ),
    ("Sales will rise this quarter.", SUNDAY, [("this quarter", "2023-Q2", "date")]),
    (
        "Sales fell in the final quarter of 2022.",
        SUNDAY,
        [("the final quarter of 2022", "2022-Q4", "date")],
    ),
    (
        "Revenue rose in the first half of 2022.",
        SUNDAY,
        [("the first half of 2022", "2022-H1", "date")],
    ),
    (
        "The bridge opened in the summer of 2019.",
        SUNDAY,
        [("the summer of 2019", "2019-SU", "date")],
    ),
    ("The dam broke last fall.", SUNDAY, [("last fall", "2022-FA", "date")]),
    ("Officials met last week.", SUNDAY, [("last week", "2023-W21", "date")]),
    ("Officials will meet next week.", SUNDAY, [("next week", "2023-W23", "date")]),
    (
        "The plan was announced the week of March 6.",
        SUNDAY,
        [("the week of March 6", "2023-W10", "date")],
    ),
    ("Fighting eased over the weekend.", SUNDAY, [("the weekend", "2023-W22-WE", "date")]),
    # weekdays and deictic days, by tense
    ("Shelling continued on Sunday.", SUNDAY, [("Sunday", "2023-06-04", "date")]),
    ("Shelling continued on Friday.", SUNDAY, [("Friday", "2023-06-02", "date")]),
    ("The minister will visit on Tuesday.", SUNDAY, [("Tuesday", "2023-06-06", "date")]),
    ("Shelling continued on Sunday.", None, [("Sunday", "XXXX-WXX-7", "date")]),
    ("The strike happened yesterday.", SUNDAY, [("yesterday", "2023-06-03", "date")]),
    ("The strike happened yesterday.", None, [("yesterday", "XXXX-XX-XX", "date")]),
    ("The talks will continue tomorrow.", SUNDAY, [("tomorrow", "2023-06-05", "date")]),
    ("Prices rose last month.", SUNDAY, [("last month", "2023-05", "date")]),
    ("Prices rose this year.", SUNDAY, [("this year", "2023", "date")]),
    ("The law was passed last year.", SUNDAY, [("last year", "2022", "date")]),
    ("The law was passed last year.", None, [("last year", "XXXX", "date")]),
    ("The mine collapsed two days ago.", SUNDAY, [("two days ago", "2023-06-02", "date")]),
    ("The plant closed three years ago.", SUNDAY, [("three years ago", "2020", "date")]),
    ("Christmas Day was quiet in the city.", SUNDAY, [("Christmas Day", "2022-12-25", "date")]),
    # a national holiday is that country's only: elsewhere its day is unknown
    (
        "Ukraine celebrated Independence Day with a parade.",
        LATE_AUGUST,
        [("Independence Day", "XXXX-XX-XX", "date")],
    ),
    (
        "Voters in Turkey went to the polls on election day.",
        SUNDAY,
        [("election day", "XXXX-XX-XX", "date")],
    ),
    (
        "Americans celebrated Independence Day with fireworks.",
        EARLY_JULY,
        [("Independence Day", "2023-07-04", "date")],
    ),
    (
        "Families in Ohio marked Independence Day while relatives in Mexico watched.",
        EARLY_JULY,
        [("Independence Day", "2023-07-04", "date")],
    ),
    ("Today Ukraine said it would fight on.", SUNDAY, [("Today", "2023-06-04", "date")]),
    # anchors: the narrative's last date
    (
        "The truce was agreed on 3 June and broke down the same night.",
        SUNDAY,
        [("3 June", "2023-06-03", "date"), ("the same night", "2023-06-03", "time")],
    ),
    (
        "The strike happened on June 1. The following day, the army withdrew.",
        SUNDAY,
        [("June 1", "2023-06-01", "date"), ("The following day", "2023-06-02", "date")],
    ),
    (
        "The bridge was bombed in May 2022. A year earlier, it had been repaired.",
        SUNDAY,
        [("May 2022", "2022-05", "date"), ("A year earlier", "2021", "date")],
    ),
    (
        "Third-quarter profit rose to $5 million from $3 million a year ago.",
        RESULTS_DAY,
        [("Third-quarter", "2023-Q3", "date"), ("a year ago", "2022-Q3", "date")],
    ),
    # times and parts of the day: kind time, the day as value unless a clock time is given
    (
        "The blast hit at 5:30 a.m. Saturday.",
        SUNDAY,
        [("5:30 a.m. Saturday", "2023-06-03T05:30", "time")],
    ),
    ("The curfew starts at 10 p.m.", SUNDAY, [("10 p.m.", "2023-06-04T22:00", "time")]),
    # the meridiem written onto the figure is one token to the tokenizer
    (
        "Firefighters had the blaze under control by 8:00am local time.",
        SUNDAY,
        [("8:00am local time", "2023-06-04T08:00", "time")],
    ),
    (
        "The raid began at 3:30am on Wednesday.",
        SUNDAY,
        [("3:30am", "2023-05-31T03:30", "time"), ("Wednesday", "2023-05-31", "date")],
    ),
    ("The fire started on Saturday morning.", SUNDAY, [("Saturday morning", "2023-06-03", "time")]),
    ("Last night, drones attacked the port.", SUNDAY, [("Last night", "2023-06-03", "time")]),
    # a clock time before "on <day>" is on that day; the same time in another zone in brackets
    # too; "after midnight" is the start of the day named
    (
        "A missile killed five people at 3 a.m. on Wednesday.",
        SUNDAY,
        [("3 a.m.", "2023-05-31T03:00", "time"), ("Wednesday", "2023-05-31", "date")],
    ),
    (
        "The first drone hit at 07:45 on 3 June.",
        SUNDAY,
        [("07:45", "2023-06-03T07:45", "time"), ("3 June", "2023-06-03", "date")],
    ),
    (
        "The quake struck at 4:17 a.m. (0117 GMT) on Monday.",
        SUNDAY,
        [
            ("4:17 a.m.", "2023-05-29T04:17", "time"),
            ("0117 GMT", "2023-05-29T01:17", "time"),
            ("Monday", "2023-05-29", "date"),
        ],
    ),
    (
        "The drones struck shortly after midnight on Saturday.",
        SUNDAY,
        [
            ("shortly after midnight", "2023-06-03T00:00", "time"),
            ("Saturday", "2023-06-03", "date"),
        ],
    ),
    (
        "Shelling went on from 1 p.m. to 4 p.m.",
        SUNDAY,
        [("1 p.m.", "2023-06-04T13:00", "time"), ("4 p.m.", "2023-06-04T16:00", "time")],
    ),
    # parts of the day alone, and "the <part> of <day>" as one expression
    ("Russia attacked Kyiv overnight.", SUNDAY, [("overnight", "2023-06-03", "time")]),
    ("The assault began at dawn.", SUNDAY, [("dawn", "2023-06-04", "time")]),
    ("A pre-dawn raid killed two guards.", SUNDAY, [("pre-dawn", "2023-06-04", "time")]),
    (
        "Fighting raged through the early hours.",
        SUNDAY,
        [("the early hours", "2023-06-04", "time")],
    ),
    (
        "The shelling started in the early morning of June 3.",
        SUNDAY,
        [("the early morning of June 3", "2023-06-03", "time")],
    ),
    (
        "He was shot on the night of May 23 outside his home.",
        SUNDAY,
        [("the night of May 23", "2023-05-23", "time")],
    ),
    (
        "This morning, sirens sounded across the city.",
        SUNDAY,
        [("This morning", "2023-06-04", "time")],
    ),
    # durations
    ("The siege lasted three weeks.", SUNDAY, [("three weeks", "P3W", "duration")]),
    (
        "Attacks have increased over the past few weeks.",
        SUNDAY,
        [("the past few weeks", "PXW", "duration")],
    ),
    (
        "The ceasefire held for the past three months.",
        SUNDAY,
        [("the past three months", "P3M", "duration")],
    ),
    ("The army imposed a 24-hour curfew.", SUNDAY, [("24-hour", "PT24H", "duration")]),
    ("The talks lasted 2 1/2 hours.", SUNDAY, [("2 1/2 hours", "PT2H30M", "duration")]),
    (
        "He served two and a half years in prison.",
        SUNDAY,
        [("two and a half years", "P2Y6M", "duration")],
    ),
    ("Repairs will take several days.", SUNDAY, [("several days", "PXD", "duration")]),
    ("The strike lasted 90 minutes.", SUNDAY, [("90 minutes", "PT90M", "duration")]),
    (
        "The region has faced drought for the past decade.",
        SUNDAY,
        [("the past decade", "P10Y", "duration")],
    ),
    # sets
    ("Troops are suffering heavy losses every day.", SUNDAY, [("every day", "P1D", "set")]),
    ("The market opens every Monday.", SUNDAY, [("every Monday", "XXXX-WXX-1", "set")]),
    ("The company pays $2 million a year in fees.", SUNDAY, [("a year", "P1Y", "set")]),
    ("Inspectors visit the site twice a month.", SUNDAY, [("twice a month", "P1M", "set")]),
    ("The market is open only on Fridays.", SUNDAY, [("Fridays", "XXXX-WXX-5", "set")]),
    ("Officials expect a decision by year-end.", SUNDAY, [("year-end", "2023", "date")]),
    ("The plant reopened two years later.", SUNDAY, [("two years", "P2Y", "duration")]),
    # references
    ("Prices are now falling.", SUNDAY, [("now", "PRESENT_REF", "date")]),
    ("The group recently changed its name.", SUNDAY, [("recently", "PAST_REF", "date")]),
    ("He is currently in hospital.", SUNDAY, [("currently", "PRESENT_REF", "date")]),
    (
        "The region will need aid in the near future.",
        SUNDAY,
        [("the near future", "FUTURE_REF", "date")],
    ),
    ("Floods were rare in the past.", SUNDAY, [("the past", "PAST_REF", "date")]),
    # negatives: names, verbs, scores, numbers, ages, fractions, modifiers
    ("May Al-Sayed spoke to reporters.", SUNDAY, []),
    ("Thousands march through the capital to protest.", SUNDAY, []),
    ("The home side won the match 3-1.", SUNDAY, []),
    ("The convoy carried 1500 tonnes of grain.", SUNDAY, []),
    ("A 6-year-old boy was injured.", SUNDAY, []),
    ("The victim, 52 years old, died in hospital.", SUNDAY, []),
    ("About a quarter of the staff left.", SUNDAY, []),
    ("The former president spoke to the crowd.", SUNDAY, []),
    ("USA Today reported the attack.", SUNDAY, []),
    ("The Daily Telegraph cited a security source.", SUNDAY, []),
    ("The quarter-to-quarter comparison improved.", SUNDAY, []),
    # "the quarter" with no reporting period before it is a part of a town
    ("Shells hit the Armenian quarter. Residents of the quarter fled.", SUNDAY, []),
    ("Militants stormed the quarter.", SUNDAY, []),
    ("Daily Mail readers complained about the story.", SUNDAY, []),
    ("The convoy carried two thousand tonnes of grain.", SUNDAY, []),
    # a past event does not take its day from a date still to come (the next hearing)
    (
        "A gunman attacked a mosque on Friday. He appears in court again on June 20. "
        "The first attack was at 13:40 local time.",
        SUNDAY,
        [
            ("Friday", "2023-06-02", "date"),
            ("June 20", "2023-06-20", "date"),
            ("13:40 local time", "2023-06-02T13:40", "time"),
        ],
    ),
    # a speed holds no recurring time; a rate of money or goods stays a set
    ("Winds reached 75 miles per hour near the coast.", SUNDAY, []),
    ("The column advanced at 30 km an hour.", SUNDAY, []),
    ("Guards were paid 20 dollars per hour.", SUNDAY, [("per hour", "PT1H", "set")]),
    # a model span holding a verb is cut there
    ("May 9 is Victory Day in Russia.", SUNDAY, [("May 9", "2023-05-09", "date")]),
    # spelled years, and decades without a century
    (
        "The law dates from the year two thousand and five.",
        SUNDAY,
        [("the year two thousand and five", "2005", "date")],
    ),
    ("The band was popular in the nineties.", None, [("the nineties", "XX9", "date")]),
]


def _found(doc) -> list[tuple[str, str, str]]:
    return [(doc.text[d["start"] : d["end"]], d["value"], d["kind"]) for d in doc._.news_dates]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_dates_found_and_valued(nlp, text, published, expected):
    assert _found(process(nlp, text, published)) == expected


RECORDS = [
    # (text, published, every column of the one date but the id and offsets)
    (
        "The summit is planned for July 2024.",
        SUNDAY,
        ("2024-07", "date", "month", "2024-07-01", "2024-07-31", False),
    ),
    ("Shelling continued on Sunday.", SUNDAY, ("2023-06-04", "date", "day", SUNDAY, SUNDAY, True)),
    ("Shelling continued on Sunday.", None, ("XXXX-WXX-7", "date", "day", None, None, True)),
    ("The siege lasted three weeks.", SUNDAY, ("P3W", "duration", "duration", None, None, False)),
    (
        "Attacks have increased over the past few weeks.",
        SUNDAY,
        ("PXW", "duration", "duration", None, None, True),
    ),
    (
        "Troops are suffering heavy losses every day.",
        SUNDAY,
        ("P1D", "set", "set", None, None, False),
    ),
    (
        "Officials met last week.",
        SUNDAY,
        ("2023-W21", "date", "week", "2023-05-22", "2023-05-28", True),
    ),
    (
        "Sales fell in the third quarter of 2022.",
        SUNDAY,
        ("2022-Q3", "date", "quarter", "2022-07-01", "2022-09-30", False),
    ),
    (
        "Prices rose sharply in the 1990s.",
        SUNDAY,
        ("199", "date", "decade", "1990-01-01", "1999-12-31", False),
    ),
    (
        "The fire started on Saturday morning.",
        SUNDAY,
        ("2023-06-03", "time", "day", "2023-06-03", "2023-06-03", True),
    ),
    ("Prices are now falling.", SUNDAY, ("PRESENT_REF", "date", "unknown", None, None, True)),
]


@pytest.mark.parametrize(("text", "published", "expected"), RECORDS)
def test_date_records_carry_every_column(nlp, text, published, expected):
    [date] = process(nlp, text, published)._.news_dates
    got = (
        date["value"],
        date["kind"],
        date["granularity"],
        date["resolved_start"],
        date["resolved_end"],
        date["relative"],
    )
    assert got == expected


def test_seed_article_dates_match_the_gold(nlp, seed_gold):
    doc = process(nlp, seed_gold["text"], seed_gold["published"])
    found = {(d["start"], d["end"]): d for d in doc._.news_dates}
    for gold in seed_gold["dates"]:
        overlapping = [d for (s, e), d in found.items() if s < gold["end"] and e > gold["start"]]
        assert len(overlapping) == 1, gold["text"]
        [date] = overlapping
        assert (date["value"], date["kind"], date["relative"]) == (
            gold["value"],
            gold["kind"],
            gold["relative"],
        ), gold["text"]


def test_saved_and_reloaded_stage_gives_the_same_dates(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    for name in DATA_FILES:
        assert (tmp_path / "saved" / "news_dates" / name).is_file(), name
    reloaded = pipeline.load(tmp_path / "saved")
    for text, published, _ in CASES:
        assert _found(process(reloaded, text, published)) == _found(process(nlp, text, published))


def test_a_dropped_lexicon_is_freed_with_its_caches():
    data = json.loads((ROOT / "models/lexicons/timex.json").read_text())
    lexicon = TimexLexicon(data)
    assert normalise("yesterday", lexicon, Context(published=dt.date(2023, 6, 4))) is not None
    ref = weakref.ref(lexicon)
    del lexicon
    gc.collect()
    assert ref() is None


def test_normaliser_never_uses_the_day_of_the_run():
    lexicon = TimexLexicon(json.loads((ROOT / "models/lexicons/timex.json").read_text()))
    for text in (
        "today",
        "next week",
        "two years ago",
        "this quarter",
        "Friday",
        "June 3",
        "the nineties",
        "overnight",
    ):
        timex = normalise(text, lexicon, Context(published=None))
        assert timex is not None and "X" in timex.value, text
        assert timex.resolved_start is None and timex.relative, text


def test_phrase_patterns_reject_tokens_that_need_the_matcher():
    assert list(
        expand_phrase_pattern([{"LOWER": "the"}, {"LOWER": {"IN": ["past", "future"]}}])
    ) == [
        ["the", "past"],
        ["the", "future"],
    ]
    assert list(expand_phrase_pattern([{"LOWER": "every", "OP": "?"}, {"LOWER": "day"}])) == [
        ["every", "day"],
        ["day"],
    ]
    assert list(expand_phrase_pattern([{"SHAPE": {"IN": ["dd/dd/dddd", "xxxx-dddd"]}}])) == [
        ["11/11/1111"],
        ["aaaa-1111"],
    ]
    with pytest.raises(ValueError, match="not a literal phrase"):
        list(expand_phrase_pattern([{"LIKE_NUM": True}, {"LOWER": "days"}]))
    with pytest.raises(ValueError, match="not a literal phrase"):
        list(expand_phrase_pattern([{"LOWER": "day", "OP": "+"}]))
