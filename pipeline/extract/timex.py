"""TIMEX3 normalisation of one temporal expression, resolved against the publication date.

`normalise(text, lexicon, published=..., tense=..., anchor=...)` turns the words of a found
span into a `Timex` (value, kind, granularity, calendar interval, relative) or None when the
words are not a temporal expression. It is a small rule grammar over lower-cased tokens; the
word lists (months, weekdays, units, seasons, references) come from `models/lexicons/timex.json`.
dateparser is only the last resort, for absolute dates in formats the rules do not know, and is
called on the span alone, through a cache.

Conventions (TimeML as TempEval-3 applies it, and the contract):
- with no `published`, what depends on it stays X: "June 3" is `XXXX-06-03`, "Sunday"
  `XXXX-WXX-7`; resolved_* are None then; never the day of the run;
- a weekday resolves to the last such day on or before `published` unless the governing verb
  is in the future tense; the publication weekday itself is `published`;
- part-of-day phrases ("Monday morning") are kind `time` with the day as value;
- numeric dates `06/03/2023` read month first (US order) unless the first number exceeds 12.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any

#: Tense of the clause governing an expression: decides "Sunday" before or after publication.
PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclasses.dataclass(frozen=True, slots=True)
class Timex:
    value: str
    kind: str
    granularity: str
    resolved_start: dt.date | None = None
    resolved_end: dt.date | None = None
    relative: bool = False


class TimexLexicon:
    """Fast lookups over the timex word lists and number words."""

    def __init__(self, timex: Mapping[str, Any], numbers: Mapping[str, Any]) -> None:
        self.months: dict[str, int] = dict(timex["months"])
        self.weekdays: dict[str, int] = dict(timex["weekdays"])
        self.seasons: dict[str, str] = dict(timex["seasons"])
        self.parts_of_day: dict[str, str] = dict(timex["parts_of_day"])
        self.units: dict[str, list[Any]] = dict(timex["units"])
        self.vague: dict[str, str] = dict(timex["vague_quantities"])
        self.references: dict[str, str] = dict(timex["references"])
        self.set_words: set[str] = set(timex["set_words"])
        self.set_adjectives: dict[str, str] = dict(timex["set_adjectives"])
        self.outside_words: set[str] = set(timex["outside_words"])
        self.number_words: dict[str, int] = {
            k: v for k, v in numbers["units"].items() if " " not in k
        }
        self.ordinals: dict[str, int] = dict(numbers["ordinals"])
        months = "|".join(sorted(self.months, key=len, reverse=True))
        self.month_re = months
        self.re_iso = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
        self.re_numeric = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
        self.re_md = re.compile(
            rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?"
        )
        self.re_dm = re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\b\.?(?:,?\s*(\d{{4}}))?"
        )
        self.re_my = re.compile(rf"\b({months})\.?,?\s+(?:of\s+)?(\d{{4}})\b")
        self.re_month = re.compile(rf"\b({months})\b")
        self.re_year = re.compile(r"(?<![\d,.])(1[0-9]\d\d|20\d\d)(?![\d,])")
        self.re_decade = re.compile(r"\b(?:the\s+)?(1[0-9]\d|20\d)0'?s\b|\b'?([0-9])0s\b")
        self.re_clock = re.compile(
            r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?=\W|$)|\b(\d{1,2}):(\d{2})\b"
        )
        self.re_quarter = re.compile(
            r"\b(first|second|third|fourth|1st|2nd|3rd|4th|q1|q2|q3|q4)\b(?:\s+(?:fiscal\s+)?quarter)?"
        )


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _day(d: dt.date, relative: bool, kind: str = "date") -> Timex:
    return Timex(d.isoformat(), kind, "day", d, d, relative)


def _month(year: int, month: int, relative: bool) -> Timex:
    last = calendar.monthrange(year, month)[1]
    return Timex(
        f"{year:04d}-{month:02d}",
        "date",
        "month",
        dt.date(year, month, 1),
        dt.date(year, month, last),
        relative,
    )


def _year(year: int, relative: bool) -> Timex:
    return Timex(
        f"{year:04d}", "date", "year", dt.date(year, 1, 1), dt.date(year, 12, 31), relative
    )


def _week(day: dt.date, relative: bool) -> Timex:
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    return Timex(
        f"{iso.year:04d}-W{iso.week:02d}",
        "date",
        "week",
        monday,
        monday + dt.timedelta(days=6),
        relative,
    )


def _quarter(year: int, quarter: int, relative: bool) -> Timex:
    start = dt.date(year, 3 * quarter - 2, 1)
    end = _add_months(start, 2)
    end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return Timex(f"{year:04d}-Q{quarter}", "date", "quarter", start, end, relative)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_date(published: dt.date, weekday: int, tense: str | None) -> dt.date:
    delta = weekday - published.isoweekday()
    if delta == 0:
        return published
    if tense == FUTURE:
        return published + dt.timedelta(days=delta % 7)
    return published - dt.timedelta(days=(-delta) % 7)


def _closest_year(published: dt.date, month: int, day: int, tense: str | None) -> int:
    """The year of a yearless "June 3": the publication year, or the one before/after it when
    the tense points there and the same-year date lies on the wrong side of publication."""
    candidate = _safe_date(published.year, month, day if day else 1)
    if candidate is None:
        return published.year
    if tense == PAST and (candidate - published).days > 60:
        return published.year - 1
    if tense == FUTURE and (published - candidate).days > 60:
        return published.year + 1
    return published.year


def _number(word: str, lex: TimexLexicon) -> int | str | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an", "one"):
        return 1
    if word in lex.number_words:
        return lex.number_words[word]
    if "-" in word:
        parts = word.split("-")
        if all(p in lex.number_words for p in parts):
            return sum(lex.number_words[p] for p in parts)
    if word in lex.vague:
        return lex.vague[word]
    return None


def _duration(amount: int | str, unit: list[Any]) -> str:
    code, is_time = unit[0], unit[1]
    factor = unit[2] if len(unit) > 2 else 1
    if isinstance(amount, int):
        amount = amount * factor
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|\S")


@functools.lru_cache(maxsize=8192)
def _dateparser_parse(text: str) -> dt.date | None:
    import dateparser  # deferred: a heavy import used only on spans the rules cannot read

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    return parsed.date() if parsed else None


def normalise(
    text: str,
    lex: TimexLexicon,
    *,
    published: dt.date | None,
    tense: str | None = None,
    anchor: dt.date | None = None,
) -> Timex | None:
    """TIMEX3 of a temporal expression's text, or None when it is not one."""
    low = " ".join(text.lower().replace("\u2019", "'").split())
    words = _WORD_RE.findall(low)
    if not words:
        return None
    wordset = set(words)
    part_of_day = next(
        (c for w, c in lex.parts_of_day.items() if w in low.split() or (" " in w and w in low)),
        None,
    )

    # Sets: "every day", "each year", "daily", "twice a week".
    if wordset & lex.set_words:
        for w in words:
            if w in lex.set_adjectives and len(words) <= 2:
                return Timex(lex.set_adjectives[w], "set", "set")
        for w in words:
            if w in lex.units and w not in ("weekend", "weekends"):
                return Timex(_duration(1, lex.units[w]), "set", "set")
            if w in lex.weekdays:
                return Timex(f"XXXX-WXX-{lex.weekdays[w]}", "set", "set")
            if w in lex.parts_of_day:
                return Timex("P1D", "set", "set")  # "every morning" recurs daily

    # ISO and numeric dates.
    m = lex.re_iso.match(low)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            d = _safe_date(year, month, int(m.group(3)))
            return _day(d, False) if d else None
        return _month(year, month, False) if 1 <= month <= 12 else None
    m = lex.re_numeric.match(low)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        month, day = (b, a) if a > 12 else (a, b)
        d = _safe_date(year, month, day)
        return _day(d, False) if d else None

    clock = lex.re_clock.search(low)
    day_timex = _normalise_day(low, words, wordset, lex, published, tense, anchor)
    if clock:
        hour = int(clock.group(1) or clock.group(4))
        minute = int(clock.group(2) or clock.group(5) or 0)
        meridiem = (clock.group(3) or "").replace(".", "").replace(" ", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        if day_timex is not None and day_timex.granularity == "day":
            base, start, relative = day_timex.value, day_timex.resolved_start, day_timex.relative
        elif published is not None:
            base, start, relative = published.isoformat(), published, True
        else:
            base, start, relative = "XXXX-XX-XX", None, True
        return Timex(f"{base}T{hour:02d}:{minute:02d}", "time", "time", start, start, relative)
    if day_timex is not None:
        if part_of_day and day_timex.granularity == "day":
            return dataclasses.replace(day_timex, kind="time")
        return day_timex

    if part_of_day and wordset & {"this", "tonight", "today", "overnight", "last"}:
        if "last" in wordset and "night" in wordset:
            if published is None:
                return Timex("XXXX-XX-XX", "time", "day", None, None, True)
            return _day(published - dt.timedelta(days=1), True, "time")
        if published is None:
            return Timex("XXXX-XX-XX", "time", "day", None, None, True)
        return _day(published, True, "time")

    duration = _normalise_duration(words, wordset, lex)
    if duration is not None:
        return duration

    for w in words:
        if w in lex.references and len(words) <= 3:
            return Timex(lex.references[w], "date", "unknown", None, None, w != "former")

    if wordset & set(lex.months) or any(ch.isdigit() for ch in low):
        parsed = _dateparser_parse(low)
        if parsed is not None:
            return _day(parsed, False)
    return None


def _normalise_day(
    low: str,
    words: list[str],
    wordset: set[str],
    lex: TimexLexicon,
    published: dt.date | None,
    tense: str | None,
    anchor: dt.date | None,
) -> Timex | None:
    """Calendar expressions: dates, months, years, weekdays, deictic days, weeks, seasons."""
    # Month + day (+ year), day + month (+ year).
    for regex, order in ((lex.re_md, "md"), (lex.re_dm, "dm")):
        m = regex.search(low)
        if not m:
            continue
        if order == "md":
            month, day = lex.months[m.group(1)], int(m.group(2))
        else:
            day, month = int(m.group(1)), lex.months[m.group(2)]
        if not 1 <= day <= 31:
            continue
        if m.group(3):
            d = _safe_date(int(m.group(3)), month, day)
            return _day(d, False) if d else None
        if published is None:
            return Timex(f"XXXX-{month:02d}-{day:02d}", "date", "day", None, None, True)
        d = _safe_date(_closest_year(published, month, day, tense), month, day)
        return _day(d, True) if d else None
    m = lex.re_my.search(low)
    if m:
        return _month(int(m.group(2)), lex.months[m.group(1)], False)

    # Seasons.
    for word, code in lex.seasons.items():
        if word in wordset:
            year_m = lex.re_year.search(low)
            if year_m:
                return Timex(f"{year_m.group(1)}-{code}", "date", "unknown", None, None, False)
            if published is None:
                return Timex(f"XXXX-{code}", "date", "unknown", None, None, True)
            year = published.year + (-1 if "last" in wordset else 1 if "next" in wordset else 0)
            return Timex(f"{year}-{code}", "date", "unknown", None, None, True)

    # Quarters.
    if "quarter" in wordset or any(w in ("q1", "q2", "q3", "q4") for w in words):
        qm = lex.re_quarter.search(low)
        if qm:
            q = {
                "first": 1,
                "1st": 1,
                "q1": 1,
                "second": 2,
                "2nd": 2,
                "q2": 2,
                "third": 3,
                "3rd": 3,
                "q3": 3,
                "fourth": 4,
                "4th": 4,
                "q4": 4,
            }[qm.group(1)]
            year_m = lex.re_year.search(low)
            if year_m:
                return _quarter(int(year_m.group(1)), q, False)
            if published is not None:
                return _quarter(published.year, q, True)
            return Timex(f"XXXX-Q{q}", "date", "quarter", None, None, True)

    # Bare month name ("in June"), with or without a year already handled above.
    month_m = lex.re_month.search(low)
    if month_m and len(words) <= 3 and not lex.re_year.search(low):
        month = lex.months[month_m.group(1)]
        if month_m.group(1) in ("may", "mar", "sun", "sat", "wed") and len(words) == 1:
            return None  # a bare "may" is the verb far more often than the month
        if published is None:
            return Timex(f"XXXX-{month:02d}", "date", "month", None, None, True)
        year = _closest_year(published, month, 0, tense)
        if "last" in wordset:
            year = published.year if month < published.month else published.year - 1
        elif "next" in wordset:
            year = published.year if month > published.month else published.year + 1
        return _month(year, month, True)

    # Decades and years.
    dm = lex.re_decade.search(low)
    if dm and dm.group(1):
        return Timex(f"{dm.group(1)}X", "date", "decade", None, None, False)
    year_m = lex.re_year.search(low)
    if year_m and not wordset & {"ago", "years", "year-old", "old"}:
        return _year(int(year_m.group(1)), False)

    # Weekdays.
    for w in words:
        if w in lex.weekdays:
            weekday = lex.weekdays[w]
            if published is None:
                return Timex(f"XXXX-WXX-{weekday}", "date", "day", None, None, True)
            if "last" in wordset and tense != FUTURE:
                tense = PAST
            elif "next" in wordset or "coming" in wordset:
                tense = FUTURE
            return _day(_weekday_date(published, weekday, tense), True)

    # Deictic days and periods.
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    for w, offset in offsets.items():
        if w in wordset and not wordset & {"ago"}:
            if published is None:
                return Timex("XXXX-XX-XX", "date", "day", None, None, True)
            kind = "time" if w == "tonight" else "date"
            return _day(published + dt.timedelta(days=offset), True, kind)
    if ("following" in wordset or "next" in wordset) and "day" in wordset and anchor:
        return _day(anchor + dt.timedelta(days=1), True)
    if "day" in wordset and "before" in wordset and anchor:
        return _day(anchor - dt.timedelta(days=1), True)

    shift = (
        -1
        if "last" in wordset or "previous" in wordset
        else (1 if "next" in wordset or "coming" in wordset else (0 if "this" in wordset else None))
    )
    if shift is not None and len(words) <= 3:
        if "week" in wordset or "weekend" in wordset:
            if published is None:
                return Timex("XXXX-WXX", "date", "week", None, None, True)
            return _week(published + dt.timedelta(weeks=shift), True)
        if "month" in wordset:
            if published is None:
                return Timex("XXXX-XX", "date", "month", None, None, True)
            d = _add_months(published, shift)
            return _month(d.year, d.month, True)
        if "year" in wordset:
            if published is None:
                return Timex("XXXX", "date", "year", None, None, True)
            return _year(published.year + shift, True)

    # "N days/weeks/years ago".
    if "ago" in wordset:
        for i, w in enumerate(words):
            if w in lex.units and i > 0:
                amount = _number(words[i - 1], lex)
                code = lex.units[w][0]
                if not isinstance(amount, int) or published is None:
                    value = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(code, "XXXX-XX-XX")
                    return Timex(value, "date", "unknown", None, None, True)
                if code == "Y":
                    return _year(published.year - amount, True)
                if code == "M":
                    d = _add_months(published, -amount)
                    return _month(d.year, d.month, True)
                if code == "W":
                    return _week(published - dt.timedelta(weeks=amount), True)
                if code == "D":
                    return _day(published - dt.timedelta(days=amount), True)

    # A unit with an ordinal but no anchor: "the first month of the war".
    for w in words:
        if w in ("day", "week", "month", "year") and wordset & set(lex.ordinals):
            value = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[w]
            return Timex(value, "date", w, None, None, False)
    return None


def _normalise_duration(words: list[str], wordset: set[str], lex: TimexLexicon) -> Timex | None:
    """Durations: "three weeks", "the past few weeks", "24-hour", "two and a half years"."""
    relative = bool(wordset & {"past", "last", "next", "coming", "recent", "previous"})
    for i, w in enumerate(words):
        parts = w.split("-")
        if len(parts) == 2 and parts[1] in lex.units:  # "24-hour", "two-year"
            amount = _number(parts[0], lex)
            if amount is not None:
                return Timex(
                    _duration(amount, lex.units[parts[1]]),
                    "duration",
                    "duration",
                    None,
                    None,
                    relative,
                )
        if w not in lex.units:
            continue
        amount: int | str | None = None
        if i > 0:
            prev = words[i - 1]
            amount = _number(prev, lex)
            if amount is None and i > 1 and prev == "few":
                amount = "X"
            if amount is None and prev in ("of", "the") and i > 1:
                amount = _number(words[i - 2], lex)
        if amount is None:
            if w.endswith("s") and w not in ("hours",) and (relative or "for" in wordset):
                amount = "X"  # "the past weeks", "for years"
            elif w.endswith("s"):
                amount = "X"
            else:
                continue
        return Timex(_duration(amount, lex.units[w]), "duration", "duration", None, None, relative)
    return None
