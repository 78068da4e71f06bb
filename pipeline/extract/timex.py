"""TIMEX3 normalisation of one temporal expression, resolved against the publication date.

`normalise(text, lex, context)` turns the words of a found span into a `Timex` (value, kind,
granularity, calendar interval, relative) or None when the words are not a temporal expression.
It is a small rule grammar over normalised words (`words_of`); every word list (months, units,
shifts, references, holidays, ...) comes from `models/lexicons/timex.json` through
`TimexLexicon`. dateparser is only the last resort, for absolute dates in formats the rules do
not know, called on the span alone, through a cache.

Conventions (TimeML as TempEval-3 applies it, and the contract):
- with no `published`, what depends on it stays X: "June 3" is `XXXX-06-03`, "Sunday"
  `XXXX-WXX-7`, "last year" `XXXX`; resolved_* are None then; never the day of the run;
- a weekday resolves to the last such day on or before `published`, or to the next one when
  the governing verb is in the future tense; the publication weekday itself is `published`;
- a month or day without a year takes the year that puts it nearest to publication, among the
  readings on the side the clause's tense allows (past tense: not begun after publication);
  a tense the verb does not state for the date itself only leans (`implied_tense_reach_days`);
- a national holiday ("Independence Day") among places of another country stays XXXX-XX-XX;
- "a year earlier", "the following day", "that year" count from `Context.anchor`, the last
  calendar date of the narrative (the publication day until another is named); in a report
  of quarterly results ("the third quarter ... a year ago") from the last quarter named;
- part-of-day phrases ("Monday morning") are kind `time` with the day as value; only clock
  times carry a T part (`2023-06-04T05:00`);
- numeric dates `06/03/2023` read month first (US order) unless the first number exceeds 12;
- decades are three digits ("the 1990s" `199`), centuries two ("the 20th century" `19`), and
  lengths of decades and centuries count years (`P10Y`), as in TimeBank.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

#: Tense of the clause governing an expression: decides "Sunday" before or after publication.
PAST, PRESENT, FUTURE = "past", "present", "future"

#: How far a reading may lie on the side the clause's tense rules out: a dateline a time zone
#: away can put "was bombed on June 5" a day after a June 4 publication date.
TENSE_SLACK = dt.timedelta(days=1)

#: TimeML season codes and their first and last months (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER = ("SP", "SU", "FA", "WI")

#: Unit code -> (the next smaller unit, how many of it, "T" when that is a clock unit).
_SMALLER_DATE = {"Y": ("M", 12, ""), "M": ("D", 30, ""), "W": ("D", 7, ""), "D": ("H", 24, "T")}
_SMALLER_TIME = {"H": ("M", 60, ""), "M": ("S", 60, "")}

#: Underspecified values by unit code, for the X rule.
_X_VALUES = {"Y": "XXXX", "Q": "XXXX-QX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}


@dataclasses.dataclass(frozen=True, slots=True)
class Timex:
    """A normalised temporal expression (the contract's `dates` columns but the span)."""

    value: str
    kind: str
    granularity: str
    resolved_start: dt.date | None = None
    resolved_end: dt.date | None = None
    relative: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class Context:
    """What the normaliser knows besides the words.

    `tense` is the tense of the governing clause, `tense_stated` whether its verb states it for
    the expression itself ("was bombed on July 20") rather than only leaning ("the March 3
    deadline"); `anchor` is the last calendar date of the narrative (for "a year earlier",
    "that day"); `period` the last quarter or half the text named (for "the year-ago quarter",
    "the latest period"); `ends_period` says the span is followed by "ended"/"ending" ("the
    year ended Sept. 30" is a length); `as_set` says it follows a quantity ("$1 billion a
    year": a rate); `past_modal` that the governing verb takes "would"; `countries` are the
    country codes of the places around a national holiday (its possessor, else its sentence,
    else its article).
    """

    published: dt.date | None = None
    tense: str | None = None
    tense_stated: bool = False
    anchor: Timex | None = None
    period: Timex | None = None
    ends_period: bool = False
    as_set: bool = False
    countries: frozenset[str] = frozenset()
    #: the governing verb's auxiliary is a past modal ("why someone would shoot a man ...
    #: overnight"): a future seen from the past or a supposition, not from publication
    past_modal: bool = False


Unit = tuple[str, bool, int, str, bool]


class TimexLexicon:
    """Lookups over the word lists of `timex.json` (and the country names of
    `timex_countries.json`), built once per pipeline; caches its `words` and `normalise`."""

    def __init__(
        self, timex: Mapping[str, Any], countries: Mapping[str, Any] | None = None
    ) -> None:
        self.months: dict[str, int] = dict(timex["months"])
        self.weekdays: dict[str, int] = dict(timex["weekdays"])
        self.ambiguous_names = frozenset(timex["ambiguous_names"])
        self.seasons: dict[str, str] = dict(timex["seasons"])
        self.parts_of_day: dict[str, str] = dict(timex["parts_of_day"])
        self.clock_words: dict[str, str] = dict(timex["clock_words"])
        #: word -> (code, clock unit, factor, code of a vague amount, plural)
        self.units: dict[str, Unit] = {
            k: (v[0], bool(v[1]), int(v[2]), v[3], bool(v[4])) for k, v in timex["units"].items()
        }
        self.numbers: dict[str, int] = dict(timex["numbers"])
        self.scales: dict[str, int] = dict(timex["scales"])
        self.ordinals: dict[str, int] = dict(timex["ordinals"])
        self.vague_amounts = frozenset(timex["vague_amounts"])
        self.shifts: dict[str, int] = dict(timex["shifts"])
        self.offsets: dict[str, int] = dict(timex["offsets"])
        self.from_publication = frozenset(timex["from_publication"])
        self.duration_offsets = frozenset(timex["duration_offsets"])
        self.deictic_days: dict[str, int] = dict(timex["deictic_days"])
        self.references: dict[str, str] = dict(timex["references"])
        self.phrase_references: dict[str, str] = {
            " ".join(words_of(k)): v for k, v in timex["phrase_references"].items()
        }
        self.set_adverbs: dict[str, str] = dict(timex["set_adverbs"])
        self.set_words = frozenset(timex["set_words"])
        self.rate_markers = frozenset(timex["rate_markers"])
        self.speed_units = frozenset(timex["speed_units"])
        self.holidays: dict[tuple[str, ...], Any] = {
            words_of(k): v for k, v in timex["holidays"].items()
        }
        self.national_holidays: dict[tuple[str, ...], frozenset[str]] = {
            words_of(k): frozenset(v) for k, v in timex["national_holidays"].items()
        }
        self.national_holiday_words = frozenset(w for k in self.national_holidays for w in k)
        self.outside_words = frozenset(timex["outside_words"])
        self.trailing_outside = frozenset(timex["trailing_outside_words"])
        self.modifiers = frozenset(timex["modifiers"])
        self.age_words = frozenset(timex["age_words"])
        self.period_words = frozenset(timex["period_words"])
        self.period_end_words = frozenset(timex["period_end_words"])
        self.fiscal_words = frozenset(timex["fiscal_words"])
        self.year_prefixes = frozenset(timex["year_prefixes"])
        self.half_words: dict[tuple[str, ...], int] = {
            words_of(k): v for k, v in timex["half_words"].items()
        }
        self.quarter_names: dict[str, int] = dict(timex["quarter_names"])
        self.year_ago_words = frozenset(timex["year_ago_words"])
        self.latest_words = frozenset(timex["latest_words"])
        self.current_words = frozenset(timex["current_words"])
        self.decade_words: dict[str, int] = dict(timex["decade_words"])
        self.time_zones = frozenset(timex["time_zones"])
        self.anchored_parts = frozenset(timex["anchored_parts"])
        self.night_before = frozenset(timex["night_before"])
        self.duration_fillers = frozenset(timex["duration_fillers"])
        self.anchored_words: dict[str, int] = dict(timex["anchored_words"])
        self.anchored_units: dict[str, str] = dict(timex["anchored_units"])
        self.range_words = frozenset(timex["range_words"])
        self.fraction_nouns = frozenset(timex["fraction_nouns"])
        self.edge_words = frozenset(timex["edge_words"])
        self.references_before_nouns = frozenset(timex["references_before_nouns"])
        self.split_words = frozenset(timex["split_words"])
        self.dashes = frozenset(timex["dashes"])
        self.duration_openers = frozenset(timex["duration_openers"])
        self.trailing_signals = frozenset(timex["trailing_signals"])
        tense = timex["tense"]
        self.future_auxiliaries = frozenset(tense["future_auxiliaries"])
        self.perfect_auxiliaries = frozenset(tense["perfect_auxiliaries"])
        self.future_signals: tuple[tuple[str, ...], ...] = tuple(
            tuple(s) for s in tense["future_signals"]
        )
        self.prospective_verbs = frozenset(tense["prospective_verbs"])
        self.motion_verbs = frozenset(tense["motion_verbs"])
        self.present_auxiliaries = frozenset(tense["present_auxiliaries"])
        self.implied_tense_reach = dt.timedelta(days=int(tense["implied_tense_reach_days"]))
        self.story_day_reach = dt.timedelta(days=int(tense["story_day_reach_days"]))
        self.past_auxiliaries = frozenset(tense["past_auxiliaries"])
        self.past_modals = frozenset(tense["past_modals"])
        self.event_prepositions = frozenset(tense["event_prepositions"])
        self.finite_verb_tags = frozenset(timex["finite_verb_tags"])
        self.articles = frozenset(timex["articles"])
        self.possessives = frozenset(timex["possessives"])
        self.bound_modifiers: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in timex["bound_modifiers"].items()
        }
        self.half_openers = frozenset(timex["half_openers"])
        self.fraction_words = frozenset(timex["fraction_words"])
        self.period_qualifiers = frozenset(timex["period_qualifiers"]).union(
            self.shifts, self.fiscal_words, self.year_ago_words
        )
        self.period_qualifiers |= self.latest_words | self.current_words | self.articles
        self.name_labels = frozenset(timex["name_labels"])
        self.day_joiners = frozenset(timex["day_joiners"])
        self.day_lenders = frozenset(timex["day_lenders"])
        self.possessor_deps = frozenset(timex["possessor_deps"])
        countries = countries or {"countries": {}, "demonyms": {}}
        self.country_names: dict[str, str] = {
            **countries.get("subdivisions", {}),
            **countries["countries"],
        }
        self.demonyms: dict[str, str] = dict(countries["demonyms"])
        self.day_start_words = frozenset(timex["day_start_words"])
        self.deictic_shifts = frozenset(timex["deictic_shifts"])
        #: word sequences read as one word: the multi-word parts of the day ("the early hours")
        #: and other spellings of one word ("pre-dawn" is "predawn")
        self.compounds: dict[tuple[str, ...], str] = {
            words_of(k): " ".join(words_of(k)) for k in self.parts_of_day if len(words_of(k)) > 1
        }
        self.compounds.update({words_of(k): v for k, v in timex["spellings"].items()})
        self._compound_sizes = sorted({len(k) for k in self.compounds}, reverse=True)
        #: `words` and `normalise` cached per lexicon, so a lexicon dropped is freed with them
        self.words = functools.lru_cache(maxsize=65536)(self._words)
        self.normalised = functools.lru_cache(maxsize=16384)(self._normalised)
        # Derived sets, computed once.
        self.part_words = frozenset(self.parts_of_day)
        self.month_words = frozenset(self.months)
        self.non_year_units = frozenset(self.units) - {"year"}
        #: clock words and parts of the day: what joins a day next to it ("noon Saturday")
        self.day_parts = frozenset([*self.clock_words, *self.parts_of_day])
        self.meridiem = frozenset(timex["meridiem"])
        self.clock_markers = self.day_parts | self.meridiem
        self.day_names = frozenset([*self.weekdays, *self.deictic_days, *self.months])
        #: every word that can carry the meaning of a temporal expression (not a modifier)
        self.core_words = frozenset(
            [*self.months, *self.weekdays, *self.seasons, *self.parts_of_day, *self.clock_words]
            + [*self.meridiem, *self.units, *self.deictic_days, *self.references, *self.set_adverbs]
            + [w for key in self.holidays for w in key]
            + [w for key in self.phrase_references for w in key.split()]
        )

    def country_of(self, name: str, label: str) -> str | None:
        """The country code of a place or nationality name ("Ukraine", "the U.S.", "Ohio",
        "Americans"), by the entity label it carries; None for any other name."""
        if label == "NORP":
            return self.demonyms.get(name)
        if label not in ("GPE", "LOC"):
            return None
        return self.country_names.get(name) or self.country_names.get(name.removeprefix("the "))

    def _words(self, text: str) -> tuple[str, ...]:
        """`words_of(text)` with each compound read as one word ("pre-dawn": "predawn", "the
        early hours": "the", "early hours")."""
        words = words_of(text)
        if not self._compound_sizes:
            return words
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in self._compound_sizes:
                compound = self.compounds.get(words[i : i + size])
                if compound is not None:
                    out.append(compound)
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return tuple(out)

    def _normalised(self, text: str, ctx: Context) -> Timex | None:
        return _normalise(text, self, ctx)


# -- words ------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:t\d{1,2}(?::\d{2}){1,2})?"  # ISO date (and time)
    r"|\d{1,2}\.\d{2}(?=\s*(?:utc|gmt|local|[ap]\.?m\b))"  # 07.30 UTC
    r"|\d+(?:[:/]\d+)+"  # 10:35, 11/02/89
    r"|\d{1,3}(?:,\d{3})+"  # 1,000
    r"|\d+(?=[ap]\.?m\b)"  # the 6 of "6am"
    r"|\d+(?:st|nd|rd|th|s)?\b"  # 23rd, 1990s
    r"|'\d\ds?\b"  # '89, '80s
    r"|[ap]\.?m\b\.?"  # a.m., pm
    r"|[a-z]+(?:\.[a-z]+)*"  # words, U.S.
)


@functools.lru_cache(maxsize=65536)
def words_of(text: str) -> tuple[str, ...]:
    """Lower-cased words of `text`: dots, hyphens and possessive 's dropped ("third-quarter"
    is "third quarter", "a.m." "am", "Sept." "sept", "year's" "year")."""
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    low = re.sub(r"'s\b", "", low)
    words = []
    for match in _TOKEN_RE.finditer(low):
        word = match.group()
        if word[0].isalpha():
            word = word.replace(".", "")
        elif word[0].isdigit() and "," in word:
            word = word.replace(",", "")
        words.append(word)
    return tuple(words)


# -- calendar values --------------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_timex(d: dt.date, relative: bool, kind: str = "date") -> Timex:
    return Timex(d.isoformat(), kind, "day", d, d, relative)


def month_timex(year: int, month: int, relative: bool) -> Timex:
    last = calendar.monthrange(year, month)[1]
    start, end = dt.date(year, month, 1), dt.date(year, month, last)
    return Timex(f"{year:04d}-{month:02d}", "date", "month", start, end, relative)


def year_timex(year: int, relative: bool) -> Timex:
    if not 1 <= year <= 9999:
        return Timex(f"{year:04d}", "date", "year", None, None, relative)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return Timex(f"{year:04d}", "date", "year", start, end, relative)


def week_timex(day: dt.date, relative: bool, weekend: bool = False) -> Timex:
    """The ISO week holding `day` (`2023-W22`), or its weekend (`2023-W22-WE`)."""
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    if weekend:
        start = monday + dt.timedelta(days=5)
        value = f"{iso.year:04d}-W{iso.week:02d}-WE"
        return Timex(value, "date", "week", start, start + dt.timedelta(days=1), relative)
    value = f"{iso.year:04d}-W{iso.week:02d}"
    return Timex(value, "date", "week", monday, monday + dt.timedelta(days=6), relative)


def quarter_timex(year: int, quarter: int, relative: bool) -> Timex:
    start = dt.date(year, 3 * quarter - 2, 1)
    end = _add_months(start, 2)
    end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return Timex(f"{year:04d}-Q{quarter}", "date", "quarter", start, end, relative)


def half_timex(year: int, half: int, relative: bool) -> Timex:
    start = dt.date(year, 1 if half == 1 else 7, 1)
    end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    return Timex(f"{year:04d}-H{half}", "date", "unknown", start, end, relative)


def season_timex(year: int, code: str, relative: bool) -> Timex:
    first, last = SEASON_MONTHS[code]
    start = dt.date(year, first, 1)
    end_year = year + 1 if last < first else year
    end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
    return Timex(f"{year:04d}-{code}", "date", "unknown", start, end, relative)


def decade_timex(decade: int, relative: bool) -> Timex:
    """`decade` is the first three digits: 199 for the 1990s."""
    start, end = dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)
    return Timex(f"{decade:03d}", "date", "decade", start, end, relative)


def century_timex(century: int, relative: bool) -> Timex:
    """`century` is the first two digits: 19 for the 20th century (1900-1999)."""
    start, end = dt.date(max(century * 100, 1), 1, 1), dt.date(century * 100 + 99, 12, 31)
    return Timex(f"{century:02d}", "date", "unknown", start, end, relative)


def unknown(value: str, granularity: str, kind: str = "date") -> Timex:
    """An underspecified value (the X rule): relative, with no calendar interval."""
    return Timex(value, kind, granularity, None, None, True)


def reference(value: str) -> Timex:
    """PRESENT_REF, PAST_REF, FUTURE_REF: anchored to publication, no calendar interval."""
    return Timex(value, "date", "unknown", None, None, True)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _season_of(d: dt.date) -> tuple[int, str]:
    """(year, code) of the season holding `d`; January and February close the previous
    year's winter."""
    if d.month <= 2:
        return d.year - 1, "WI"
    if d.month == 12:
        return d.year, "WI"
    return d.year, SEASON_ORDER[(d.month - 3) // 3]


def _weekday_date(
    published: dt.date, weekday: int, tense: str | None, shift: int | None
) -> dt.date:
    """The day a weekday names: the last one on or before `published`, or the next one when
    the clause is in the future tense or says "next"; "last Friday" on a Friday is a week ago."""
    delta = weekday - published.isoweekday()
    if delta == 0 and shift is None:
        return published
    if shift == 1 or (shift is None and tense == FUTURE):
        return published + dt.timedelta(days=delta % 7 or 7)
    return published - dt.timedelta(days=(-delta) % 7 or 7)


#: A reading of a yearless date in some year: (the day it is nearest by, first day, last day).
Reading = tuple[dt.date, dt.date, dt.date]


def _closest_year(
    published: dt.date,
    reading_in: Callable[[int], Reading | None],
    tense: str | None,
    reach: dt.timedelta | None,
    shift: int | None = None,
) -> int:
    """The year that puts a yearless date nearest to `published`: `reading_in(year)` gives its
    reading in a year (or None).

    A past-tense clause rules out the readings that begin after publication, a future one
    those that end before it (within `TENSE_SLACK`): "was bombed on July 20" in June is last
    July, "will vote on 24 February" in March next February. When the tense is only implied
    (`reach` is set: the date hangs on a noun, a deadline or an infinitive, see
    `dates.governing_tense`), a reading against it stays possible within `reach` of
    publication: "the army extended the curfew to July 20" in June is this July.
    "last"/"next" (`shift`) keep only the readings before/after publication."""
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        reading = reading_in(year)
        if reading is None:
            continue
        point, first, last = reading
        if (shift == -1 and point >= published) or (shift == 1 and point <= published):
            continue
        distance = abs((point - published).days)
        against = (tense == PAST and first > published + TENSE_SLACK) or (
            tense == FUTURE and last < published - TENSE_SLACK
        )
        if against and (reach is None or distance > reach.days):
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else published.year


def _day_reading(day: dt.date | None) -> Reading | None:
    return None if day is None else (day, day, day)


def _year_of_month(
    published: dt.date,
    month: int,
    day: int | None,
    tense: str | None,
    reach: dt.timedelta | None,
) -> int:
    """The year of a yearless month (or month and day), see `_closest_year`."""
    if day is not None:
        return _closest_year(
            published, lambda y: _day_reading(_safe_date(y, month, day)), tense, reach
        )

    def month_in(year: int) -> Reading:
        first = dt.date(year, month, 1)
        last = first.replace(day=calendar.monthrange(year, month)[1])
        if (year, month) == (published.year, published.month):
            return published, first, last  # the current month is always the nearest
        return dt.date(year, month, 15), first, last

    return _closest_year(published, month_in, tense, reach)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_date(rule: Any, year: int) -> dt.date | None:
    """The day of a named holiday in `year`, from its lexicon rule: [month, day], [month,
    weekday, n] (n-th weekday, -1 the last), "easter", "good_friday" or [11, 2, "election"]."""
    if rule == "easter":
        return _easter(year)
    if rule == "good_friday":
        return _easter(year) - dt.timedelta(days=2)
    if len(rule) == 2:
        return _safe_date(year, rule[0], rule[1])
    month, weekday, nth = rule
    if nth == "election":  # the Tuesday after the first Monday of November
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(1 - first.isoweekday()) % 7 + 1)
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _shift(timex: Timex, amount: int, code: str) -> Timex | None:
    """`timex` moved by `amount` units of `code` (Y, Q, M, W, D): a quarter or half stays one
    when moved by years ("the year-ago quarter"); otherwise the value takes the unit's
    granularity."""
    start = timex.resolved_start
    if start is None:
        return None
    if timex.granularity == "quarter" and code in ("Y", "Q"):
        index = start.year * 4 + quarter_of(start) - 1 + (amount * 4 if code == "Y" else amount)
        return quarter_timex(index // 4, index % 4 + 1, True)
    if timex.value.endswith(("-H1", "-H2")) and code == "Y":
        return half_timex(start.year + amount, int(timex.value[-1]), True)
    if code == "Y":
        return year_timex(start.year + amount, True)
    if timex.granularity == "year":
        return None
    if code == "Q":
        moved = _add_months(start, 3 * amount)
        return quarter_timex(moved.year, quarter_of(moved), True)
    if code == "M":
        moved = _add_months(start, amount)
        return month_timex(moved.year, moved.month, True)
    if code == "W":
        return week_timex(start + dt.timedelta(weeks=amount), True)
    if code == "D":
        return day_timex(start + dt.timedelta(days=amount), True)
    return None


# -- numbers ----------------------------------------------------------------------------------


def _number(words: Sequence[str], lex: TimexLexicon) -> float | None:
    """The amount written by `words` ("three", "twenty four", "2 1/2", "two thousand", "a",
    "a half", "one and a half"), or None when a word is no part of a numeral."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word == "and":
            continue
        if word.isdigit():
            current += int(word)
        elif re.fullmatch(r"\d+/\d+", word):
            numerator, denominator = word.split("/")
            if int(denominator) == 0:
                return None
            current += int(numerator) / int(denominator)
        elif word == "half":
            current = current + 0.5 if seen else 0.5
        elif word in lex.scales and seen:
            total += (current or 1) * lex.scales[word]
            current = 0
        elif word in ("a", "an"):
            continue  # an article: "a year" counts 1 below when nothing else does
        elif word in lex.numbers:
            current += lex.numbers[word]
        else:
            return None
        seen = True
    if not seen:
        return 1.0 if any(w in ("a", "an") for w in words) else None
    return total + current


def _spelled_year(words: Sequence[str], lex: TimexLexicon) -> int | None:
    """A year written in words: "nineteen ninety-six" 1996, "two thousand" 2000."""
    first = lex.numbers.get(words[0], 0)
    if len(words) >= 2 and 10 <= first <= 20:
        if words[1] == "hundred":
            rest = _number(words[2:], lex) if len(words) > 2 else 0
            return None if rest is None else first * 100 + int(rest)
        rest = _number(words[1:], lex)
        if rest is not None and 10 <= rest <= 99 and float(rest).is_integer():
            return first * 100 + int(rest)
    if tuple(words[:2]) == ("two", "thousand"):
        rest = _number(words[2:], lex) if len(words) > 2 else 0
        if rest is not None and rest < 100:
            return 2000 + int(rest)
    return None


def _duration_value(amount: float | str, unit: Unit) -> str:
    """TIMEX3 duration for `amount` units: 2.5 years is P2Y6M, 5.5 hours PT5H30M, and "X"
    (a vague amount) keeps the unit's vague code (PXY, PXDE)."""
    code, is_time, factor, vague, _ = unit
    prefix = "PT" if is_time else "P"
    if isinstance(amount, str):
        return f"{prefix}{amount}{vague}"
    amount *= factor
    if float(amount).is_integer():
        return f"{prefix}{int(amount)}{code}"
    whole, fraction = int(amount), amount - int(amount)
    smaller = _SMALLER_TIME if is_time else _SMALLER_DATE
    if code not in smaller:
        return f"{prefix}{amount:g}{code}"
    sub, per, sub_prefix = smaller[code]
    head = f"{whole}{code}" if whole else ""
    part = round(fraction * per)
    if sub_prefix == "T":  # "a day and a half": P1DT12H
        return f"P{head}T{part}{sub}"
    return f"{prefix}{head}{part}{sub}"


# -- the grammar ------------------------------------------------------------------------------

_CLOCK_RE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b"  # 10:35 am, 6 pm
    r"|\b(\d{1,2})(?::|\.(?=\d\d (?:gmt|utc|local|[a-z]{2,3}t)\b))(\d{2})\b"  # 14:48, 07.30 utc
    r"|\b([01]\d|2[0-3])([0-5]\d)\s+(?:gmt|utc|z|local|hours|hrs)\b"  # 0800 GMT
)
_SPOKEN_CLOCK_RE = re.compile(
    r"\b(\d{1,2}) (?:oclock|o clock|in the (morning|afternoon|evening|night))\b"
)
_NUMERIC_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:t(\d{1,2}):(\d{2}))?$")
_COMPACT_RE = re.compile(r"^(1[89]\d\d|20\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])$")
_YEAR_RE = re.compile(r"^(1[0-9]\d\d|20\d\d)$")
_DECADE_RE = re.compile(r"^(1[0-9]\d|20\d)0s$")
_SHORT_DECADE_RE = re.compile(r"^'?([0-9])0s$")
_SHORT_YEAR_RE = re.compile(r"^'(\d\d)$")
_DAY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_CENTURY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")


class _Parse:
    """One expression's words with the context; each `try_*` method returns a Timex or None."""

    def __init__(self, words: tuple[str, ...], raw: str, lex: TimexLexicon, ctx: Context):
        self.words = words
        self.raw = raw
        self.lex = lex
        self.ctx = ctx
        self.published = ctx.published
        self.wordset = frozenset(words)
        self.text = " ".join(words)
        self.core = tuple(w for w in words if w not in lex.modifiers)
        self.shift = next((lex.shifts[w] for w in words if w in lex.shifts), None)

    # -- helpers --------------------------------------------------------------------------

    def capitalised(self) -> bool:
        return self.raw.strip()[:1].isupper()

    def year_in_span(self) -> int | None:
        """An explicit year among the words: "1989", "'89", "nineteen ninety-six"."""
        words, lex = self.words, self.lex
        for i, w in enumerate(words):
            if _YEAR_RE.match(w):
                return int(w)
            m = _SHORT_YEAR_RE.match(w)
            if m and self.published is not None:
                year = self.published.year // 100 * 100 + int(m.group(1))
                return year - 100 if year > self.published.year + 10 else year
            if w in lex.numbers and (10 <= lex.numbers[w] <= 20 or w == "two"):
                end = i + 1
                while end < len(words) and (
                    words[end] in lex.numbers
                    or words[end] in lex.scales
                    or (words[end] == "and" and words[end + 1 : end + 2] != () and end > i + 1)
                ):
                    end += 1  # "two thousand and five"
                if end > i + 1:
                    year = _spelled_year(words[i:end], lex)
                    if year is not None:
                        return year
        return None

    def relative_year(self) -> int | None:
        """The year of "last year's", "next year's", "this year" inside a longer expression."""
        if self.published is None:
            return None
        for i, w in enumerate(self.words[:-1]):
            if self.words[i + 1] == "year" and w in self.lex.shifts:
                return self.published.year + self.lex.shifts[w]
        return None

    def amount_before(self, unit: str) -> bool:
        """Whether a number stands before `unit` ("three decades", "the past two weeks")."""
        for i, w in enumerate(self.words):
            if w == unit and i > 0:
                prev = self.words[i - 1]
                return prev.isdigit() or (prev in self.lex.numbers and prev not in ("a", "an"))
        return False

    def tense_reach(self) -> dt.timedelta | None:
        """How far from publication a reading against the clause's tense may lie: nowhere when
        the verb states the tense for this expression, else the lexicon's implied reach."""
        return None if self.ctx.tense_stated else self.lex.implied_tense_reach

    def narrative_day(self) -> Timex | None:
        """The day the narrative is on: the anchor when it is a day, else publication."""
        anchor = self.ctx.anchor
        if anchor is not None and anchor.granularity == "day" and anchor.resolved_start:
            return dataclasses.replace(anchor, relative=True)
        return day_timex(self.published, True) if self.published else None

    # -- sets -----------------------------------------------------------------------------

    def try_set(self) -> Timex | None:
        """ "every day", "each July", "every Monday", "daily", "on Fridays", "15 a year"."""
        lex, words, core = self.lex, self.words, self.core
        if len(core) == 1 and core[0] in lex.set_adverbs and len(words) <= 2:
            return Timex(lex.set_adverbs[core[0]], "set", "set")
        plural_days = [w for w in core if w in lex.weekdays and w.endswith("s")]
        plural_parts = [w for w in core if w in lex.day_parts and w.endswith("s") and " " not in w]
        weekdays = [w for w in core if w in lex.weekdays]
        if (len(core) == 1 and plural_days) or (len(weekdays) == 1 and plural_parts):
            # "on Fridays", "Tuesday nights": that weekday, every week
            return Timex(f"XXXX-WXX-{lex.weekdays[weekdays[0]]}", "set", "set")
        last = len(words) - 1
        rate = last >= 2 and words[last - 1] in lex.rate_markers and words[last] in lex.units
        if rate and _number(words[: last - 1], lex):  # "15 a year", "$2 million per year"
            return Timex(_duration_value(1, lex.units[words[last]]), "set", "set")
        if not (self.wordset & lex.set_words or self.ctx.as_set):
            return None
        after = words
        for i, w in enumerate(words):
            if w in lex.set_words:
                after = words[i + 1 :]
                break
        for i, w in enumerate(after):
            if w in lex.weekdays:
                return Timex(f"XXXX-WXX-{lex.weekdays[w]}", "set", "set")
            if w in lex.months and w not in lex.ambiguous_names:
                return Timex(f"XXXX-{lex.months[w]:02d}", "set", "set")
            if w in lex.parts_of_day:
                return Timex(f"XXXX-XX-XXT{lex.parts_of_day[w]}", "set", "set")
            if w in lex.units:
                amount = (_number(after[:i], lex) if i else None) or 1
                return Timex(_duration_value(amount, lex.units[w]), "set", "set")
        return None

    # -- absolute dates and clock times ---------------------------------------------------

    def try_numeric(self) -> Timex | None:
        """ "2023-06-04", "06/03/2023" (month first unless the first number exceeds 12),
        "19980303"."""
        if len(self.core) != 1:
            return None
        word = self.core[0]
        m = _ISO_RE.match(word)
        if m:
            d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is None:
                return None
            if m.group(4):
                value = f"{d.isoformat()}T{int(m.group(4)):02d}:{m.group(5)}"
                return Timex(value, "time", "time", d, d)
            return day_timex(d, False)
        m = _NUMERIC_RE.match(word)
        if m:
            a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if year < 100:
                year += 1900 if year >= 50 else 2000
            month, day = (b, a) if a > 12 else (a, b)
            d = _safe_date(year, month, day)
            return day_timex(d, False) if d else None
        m = _COMPACT_RE.match(word)
        if m:
            d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return day_timex(d, False) if d else None
        return None

    def _clock(self) -> tuple[int, int, list[str]] | None:
        """(hour, minute, the other words) of a clock time in the expression."""
        lex = self.lex
        m = _CLOCK_RE.search(self.text)
        if m:
            if m.group(1):
                hour, minute = int(m.group(1)), int(m.group(2) or 0)
                if m.group(3) == "pm" and hour < 12:
                    hour += 12
                elif m.group(3) == "am" and hour == 12:
                    hour = 0
            elif m.group(4):
                hour, minute = int(m.group(4)), int(m.group(5))
            else:
                hour, minute = int(m.group(6)), int(m.group(7))
            return hour, minute, (self.text[: m.start()] + " " + self.text[m.end() :]).split()
        index = next((i for i, w in enumerate(self.words) if w in lex.clock_words), None)
        if index is not None:
            word = self.words[index]
            hour, minute = (int(x) for x in lex.clock_words[word].split(":"))
            if hour == 24 and index > 0 and self.words[index - 1] in lex.day_start_words:
                hour = 0  # "shortly after midnight on Saturday": the start of Saturday
            return hour, minute, [w for w in self.words if w != word]
        m = _SPOKEN_CLOCK_RE.search(self.text)
        if m:  # "4 in the morning", "10 at night"
            hour = int(m.group(1))
            if m.group(2) in ("afternoon", "evening", "night") and hour < 12:
                hour += 12
            return hour, 0, (self.text[: m.start()] + " " + self.text[m.end() :]).split()
        return None

    def try_clock(self) -> Timex | None:
        """Clock times ("10:35 a.m.", "noon Saturday", "5 p.m. EST Nov. 9") with their day:
        the day the words name, else the narrative's day."""
        found = self._clock()
        if found is None:
            return None
        hour, minute, rest = found
        if hour > 24 or minute > 59:
            return None
        clock = f"T{hour:02d}:{minute:02d}"
        lex = self.lex
        rest_words = tuple(
            w
            for w in rest
            if w not in lex.modifiers
            and w not in lex.time_zones
            and w not in lex.day_joiners
            and w not in lex.day_lenders
        )
        day = None
        if rest_words:
            day = _Parse(rest_words, self.raw, lex, self.ctx).try_calendar()
            if day is not None and day.granularity != "day":
                day = None
        day = day or self.narrative_day()
        if day is None:
            return unknown(f"XXXX-XX-XX{clock}", "time", "time")
        start = day.resolved_start
        return Timex(f"{day.value}{clock}", "time", "time", start, start, day.relative)

    # -- calendar expressions -------------------------------------------------------------

    def try_calendar(self) -> Timex | None:
        """Calendar expressions, most specific first; a part of day makes the kind `time`."""
        for attempt in (
            self.try_week_of,
            self.try_month_day,
            self.try_holiday,
            self.try_month_year,
            self.try_quarter,
            self.try_half,
            self.try_season,
            self.try_decade,
            self.try_century,
            self.try_year,
            self.try_month,
            self.try_weekday,
            self.try_day_word,
            self.try_offset,
            self.try_anchored,
            self.try_unit_shift,
            self.try_ordinal_unit,
        ):
            timex = attempt()
            if timex is not None:
                if timex.granularity == "day" and self.wordset & self.lex.part_words:
                    return dataclasses.replace(timex, kind="time")
                return timex
        return None

    def try_week_of(self) -> Timex | None:
        """ "the week of March 6": the week holding that day."""
        if self.words[:3] != ("the", "week", "of") or len(self.words) < 4:
            return None
        day = _Parse(self.words[3:], self.raw, self.lex, self.ctx).try_month_day()
        if day is None or day.resolved_start is None:
            return None
        return week_timex(day.resolved_start, day.relative)

    def _day_number(self, i: int) -> int | None:
        """The day of month next to the month name at `i` ("June 3", "3rd of June")."""
        words, lex = self.words, self.lex
        for j in (i + 1, i - 1):
            if not 0 <= j < len(words):
                continue
            m = _DAY_RE.match(words[j])
            if m:
                return int(m.group(1))
            if lex.ordinals.get(words[j], 0) > 0:
                return lex.ordinals[words[j]]
        if i > 1 and words[i - 1] == "of":
            m = _DAY_RE.match(words[i - 2])
            if m:
                return int(m.group(1))
        return None

    def try_month_day(self) -> Timex | None:
        """ "June 3", "3 June 2023", "Saturday, June 3", "June 3rd, 1998", "March eighth"."""
        for i, w in enumerate(self.words):
            if w not in self.lex.months:
                continue
            day = self._day_number(i)
            if day is None or not 1 <= day <= 31:
                continue
            month = self.lex.months[w]
            explicit = self.year_in_span()
            year = explicit or self.relative_year()
            if year is not None:
                d = _safe_date(year, month, day)
                return day_timex(d, explicit is None) if d else None
            if self.published is None:
                return unknown(f"XXXX-{month:02d}-{day:02d}", "day")
            year = _year_of_month(self.published, month, day, self.ctx.tense, self.tense_reach())
            d = _safe_date(year, month, day)
            return day_timex(d, True) if d else None
        return None

    def try_holiday(self) -> Timex | None:
        """ "Thanksgiving Day", "last Christmas", "Easter week", "Election Day"."""
        words = self.words
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                rule = self.lex.holidays.get(words[i : i + size])
                if rule is None:
                    continue
                owners = self.lex.national_holidays.get(words[i : i + size])
                if owners is not None and self.ctx.countries and not owners & self.ctx.countries:
                    return unknown("XXXX-XX-XX", "day")  # another country's Independence Day
                explicit = self.year_in_span()
                year = explicit or self.relative_year()
                if year is None:
                    if self.published is None:
                        return None
                    week = "week" in self.wordset

                    def reading_in(y: int, r: Any = rule, week: bool = week) -> Reading | None:
                        day = _holiday_date(r, y)
                        if day is None or not week:
                            return _day_reading(day)
                        monday = day - dt.timedelta(days=day.weekday())  # "as Holy Week began"
                        return day, monday, monday + dt.timedelta(days=6)

                    shift = self.shift if self.shift in (-1, 1) else None
                    year = _closest_year(
                        self.published, reading_in, self.ctx.tense, self.tense_reach(), shift
                    )
                day = _holiday_date(rule, year)
                if day is None:
                    return None
                if "week" in self.wordset:
                    return week_timex(day, explicit is None)
                return day_timex(day, explicit is None)
        return None

    def try_month_year(self) -> Timex | None:
        """ "July 2024", "July of 1997", "January nineteen ninety-seven", "July last year"."""
        months = [w for w in self.words if w in self.lex.months]
        if len(months) != 1:
            return None
        year = self.year_in_span()
        relative = year is None
        if year is None:
            year = self.relative_year()
            if year is None:
                return None
        return month_timex(year, self.lex.months[months[0]], relative)

    def try_month(self) -> Timex | None:
        """A month name alone or with a shift: "in June", "last February", "late November"."""
        lex = self.lex
        months = [w for w in self.core if w in lex.months]
        if len(months) != 1 or len(self.core) > 2:
            return None
        name = months[0]
        if name in lex.ambiguous_names and len(self.core) == 1 and not self.capitalised():
            return None  # "may", "march" in lower case are verbs
        month = lex.months[name]
        if self.published is None:
            return unknown(f"XXXX-{month:02d}", "month")
        pub = self.published
        if self.shift == -1:
            year = pub.year if month < pub.month else pub.year - 1
        elif self.shift == 1:
            year = pub.year if month > pub.month else pub.year + 1
        elif self.shift == 0:
            year = pub.year
        else:
            year = _year_of_month(pub, month, None, self.ctx.tense, self.tense_reach())
        return month_timex(year, month, True)

    def try_quarter(self) -> Timex | None:
        """Quarters: "the third quarter", "fiscal 1990 first-quarter", "the year-ago quarter",
        "the latest quarter", "the latest period" (the reporting period of a results story)."""
        lex, ctx, wordset = self.lex, self.ctx, self.wordset
        has_quarter = "quarter" in wordset or any(
            w in lex.quarter_names and w.startswith("q") for w in self.words
        )
        has_period = bool(wordset & lex.period_words)
        if not (has_quarter or has_period):
            return None
        number = next((lex.quarter_names[w] for w in self.words if w in lex.quarter_names), None)
        if has_quarter and number is None and wordset & lex.fraction_words:
            return None  # "about a quarter of its staff" is a fraction
        year_ago = "year" in wordset and bool(wordset & lex.year_ago_words)
        explicit = self.year_in_span()
        if number is not None and has_quarter:
            if explicit is not None:
                return quarter_timex(explicit, number, False)
            relative = self.relative_year()
            if relative is not None:
                return quarter_timex(relative, number, True)
            if self.published is None:
                return unknown(f"XXXX-Q{number}", "quarter")
            year = self.published.year
            if number > quarter_of(self.published) and ctx.tense != FUTURE:
                year -= 1  # a quarter not yet begun is last year's, unless foretold
            return quarter_timex(year - (1 if year_ago else 0), number, True)
        # "the quarter", "the latest period", "the year-earlier quarter", "the 1988 period"
        others = {
            w
            for w in self.core
            if w != "quarter" and w not in lex.period_words and not _YEAR_RE.match(w)
        }
        if len(others) > 3 or not others <= lex.period_qualifiers:
            return None  # "the Armenian quarter" is a part of a town
        if wordset & lex.fiscal_words and not has_quarter:
            return None
        base = (
            ctx.period if ctx.period is not None and ctx.period.granularity == "quarter" else None
        )
        latest = bool(wordset & lex.latest_words)
        if self.published is not None and (wordset & lex.current_words or (has_quarter and latest)):
            # "this quarter" is the one of publication, "the latest quarter" the one before
            base = quarter_timex(self.published.year, quarter_of(self.published), True)
            if latest:
                base = _shift(base, -1, "Q")
        if base is None and has_period:
            return None  # "the period" means nothing without a quarter before it
        if base is None:
            if not (
                self.shift is not None
                or year_ago
                or ctx.ends_period
                or wordset & lex.fiscal_words
                or explicit is not None
            ):
                return None  # "the quarter" before any reporting period: a district
            if self.published is None:
                return unknown("XXXX-QX", "quarter")
            this = quarter_timex(self.published.year, quarter_of(self.published), True)
            step = 1 if self.shift == 1 else 0 if self.shift == 0 and not latest else -1
            base = _shift(this, step, "Q")
        if base is None:
            return None
        if explicit is not None and base.resolved_start is not None:
            return quarter_timex(explicit, quarter_of(base.resolved_start), False)
        if year_ago:
            return _shift(base, -1, "Y")
        return dataclasses.replace(base, relative=True)

    def try_half(self) -> Timex | None:
        """ "the first half of 1989", "the second half" (of the publication year)."""
        words = self.words
        if any(_DECADE_RE.match(w) or _SHORT_DECADE_RE.match(w) for w in words):
            return None  # "the last half of the '80s" is the decade (try_decade)
        for i in range(len(words) - 1):
            half = self.lex.half_words.get(words[i : i + 2])
            if half is None:
                continue
            explicit = self.year_in_span()
            year = explicit or self.relative_year()
            if year is not None:
                return half_timex(year, half, explicit is None)
            if self.published is None:
                return unknown(f"XXXX-H{half}", "unknown")
            year = self.published.year
            if half == 2 and self.published.month <= 6 and self.ctx.tense == PAST:
                year -= 1
            return half_timex(year, half, True)
        return None

    def try_season(self) -> Timex | None:
        """ "last fall", "this summer", "the winter of 1994", "spring" (nearest, by tense)."""
        seasons = [w for w in self.words if w in self.lex.seasons]
        if len(seasons) != 1:
            return None
        code = self.lex.seasons[seasons[0]]
        if seasons[0].endswith("s") and self.shift is not None:
            return None  # "the past three summers": not one season
        year = self.year_in_span()
        if year is not None:
            return season_timex(year, code, False)
        year = self.relative_year()
        if year is not None:
            return season_timex(year, code, True)
        if self.published is None:
            return unknown(f"XXXX-{code}", "unknown")
        pub = self.published
        current_year, current = _season_of(pub)
        if self.shift == 0:
            return season_timex(current_year if code == "WI" else pub.year, code, True)

        def season_in(year: int) -> Reading:
            first_month, last_month = SEASON_MONTHS[code]
            first = dt.date(year, first_month, 1)
            end_year = year + 1 if last_month < first_month else year
            last = dt.date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
            if (year, code) == (current_year, current):
                return pub, first, last
            return first + dt.timedelta(days=45), first, last

        shift = self.shift if self.shift in (-1, 1) else None
        year = _closest_year(pub, season_in, self.ctx.tense, self.tense_reach(), shift)
        return season_timex(year, code, True)

    def try_decade(self) -> Timex | None:
        """ "the 1990s" (199), "the '80s", "the nineties", "the last decade"."""
        for w in self.words:
            m = _DECADE_RE.match(w)
            if m:
                return decade_timex(int(m.group(1)), False)
            m = _SHORT_DECADE_RE.match(w)
            if m and (w.startswith("'") or "the" in self.wordset):
                return self._short_decade(int(m.group(1)))
            if w in self.lex.decade_words and "the" in self.wordset:
                return self._short_decade(self.lex.decade_words[w])
        if "decade" in self.wordset and self.shift is not None and not self.amount_before("decade"):
            if "past" in self.wordset:
                return None  # "the past decade" is a length of time (P10Y)
            if self.published is None:
                return unknown("XXX", "decade")
            return decade_timex(self.published.year // 10 + self.shift, True)
        return None

    def _short_decade(self, digit: int) -> Timex:
        """ "the '80s", "the nineties": the decade in the century of publication, or the one
        before when that lies in the future; without publication the century stays X (XX9)."""
        if self.published is None:
            return unknown(f"XX{digit}", "decade")
        year = self.published.year
        decade = year // 100 * 10 + digit
        if decade * 10 > year:
            decade -= 10
        return decade_timex(decade, True)

    def try_century(self) -> Timex | None:
        """ "the 20th century" (19), "the eleventh century" (10), "this century"."""
        if "century" not in self.wordset or self.amount_before("century"):
            return None
        for w in self.words:
            m = _CENTURY_RE.match(w)
            number = int(m.group(1)) if m else self.lex.ordinals.get(w, 0)
            if number > 1:
                return century_timex(number - 1, False)
        if self.shift is not None and "past" not in self.wordset:
            if self.published is None:
                return unknown("XX", "unknown")
            return century_timex(self.published.year // 100 + self.shift, True)
        return None

    def try_year(self) -> Timex | None:
        """ "1990", "fiscal 1989", "post-1959", "the year two thousand", "the 1988 period"."""
        year = self.year_in_span()
        if year is None:
            return None
        lex = self.lex
        if self.wordset & lex.non_year_units and "of" not in self.wordset:
            return None  # "1990 five years": no year
        rest = {
            w
            for w in self.core
            if not _YEAR_RE.match(w)
            and w not in lex.numbers
            and w not in lex.scales
            and w not in lex.year_prefixes
            and w != "and"  # "the year two thousand and five"
        }
        if rest and not rest <= lex.period_words:
            return None
        return year_timex(year, False)

    def try_weekday(self) -> Timex | None:
        """ "Sunday", "last Friday", "next Tuesday", "the previous Friday"."""
        lex = self.lex
        names = [w for w in self.words if w in lex.weekdays]
        if len(names) != 1:
            return None
        if names[0] in lex.ambiguous_names and not self.capitalised():
            return None
        weekday = lex.weekdays[names[0]]
        if self.published is None:
            return unknown(f"XXXX-WXX-{weekday}", "day")
        shift = self.shift if self.shift in (-1, 1) else None
        if self.wordset & {"previous", "following"}:
            base = self.narrative_day()
            start = base.resolved_start if base and base.resolved_start else self.published
            day = _weekday_date(start, weekday, FUTURE if shift == 1 else PAST, shift)
            return day_timex(day, True)
        return day_timex(_weekday_date(self.published, weekday, self.ctx.tense, shift), True)

    def try_day_word(self) -> Timex | None:
        """ "yesterday", "tonight", "the day after tomorrow", "last night", "this morning",
        "overnight" (the night before), "by mid afternoon" (the narrative's day)."""
        lex, core = self.lex, self.core
        for w in self.words:
            if w in lex.deictic_days:
                kind = "time" if w in lex.parts_of_day else "date"
                if self.published is None:
                    return unknown("XXXX-XX-XX", "day", kind)
                offset = lex.deictic_days[w]
                if "day" in self.wordset:
                    offset += lex.anchored_words.get(
                        next((x for x in self.words if x in lex.deictic_shifts), ""), 0
                    )
                return day_timex(self.published + dt.timedelta(days=offset), True, kind)
        if len(core) == 1 and core[0] in lex.night_before:
            if self.published is None:
                return unknown("XXXX-XX-XX", "day", "time")
            # "will stay closed overnight" is tonight; "would" looks ahead from a past moment
            # or supposes ("why someone would shoot a man ... overnight"): the night before
            back = 0 if self.ctx.tense == FUTURE and not self.ctx.past_modal else 1
            return day_timex(self.published - dt.timedelta(days=back), True, "time")
        if len(core) == 1 and core[0] in lex.anchored_parts and len(self.words) <= 3:
            day = self.narrative_day()
            if day is None:
                return unknown("XXXX-XX-XX", "day", "time")
            return dataclasses.replace(day, kind="time")
        if (
            len(core) <= 2
            and self.wordset & lex.part_words
            and self.shift in (-1, 0)
            and not self.wordset & lex.anchored_words.keys()  # "the same night": try_anchored
        ):
            if "night" not in self.wordset and self.shift == -1:
                return None
            if self.published is None:
                return unknown("XXXX-XX-XX", "day", "time")
            back = 1 if self.shift == -1 else 0  # "last night" is the night before
            return day_timex(self.published - dt.timedelta(days=back), True, "time")
        return None

    def try_offset(self) -> Timex | None:
        """ "two years ago" (from publication), "a year earlier" (from the narrative or the
        reporting period), "three days later" (a length), "a year and a half ago"."""
        lex, words = self.lex, self.words
        direction_word = next((w for w in reversed(words) if w in lex.offsets), None)
        if direction_word is None:
            return None
        index = len(words) - 1 - words[::-1].index(direction_word)
        if any(w in lex.units or w in lex.period_words for w in words[index + 1 :]):
            return None  # "the year-earlier quarter", "the year-ago nine months"
        head = words[:index]
        unit_index = next((i for i in range(len(head) - 1, -1, -1) if head[i] in lex.units), None)
        if unit_index is None:
            return None
        unit_word = head[unit_index]
        unit = lex.units[unit_word]
        code, is_time, factor, _, plural = unit
        amount_words = [w for w in head[:unit_index] if w not in lex.modifiers or w in ("a", "an")]
        amount = _number(amount_words, lex) if amount_words else None
        if amount is None and not amount_words and not plural:
            amount = 1.0  # "the year before", "year-ago", "year earlier"
        direction = lex.offsets[direction_word]
        if amount is None:
            if set(head[:unit_index]) & lex.vague_amounts or plural:
                return reference("PAST_REF" if direction < 0 else "FUTURE_REF")
            return None
        if "half" in words[unit_index + 1 : index]:
            amount += 0.5  # "a year and a half ago", "a minute and a half later"
        if direction_word in lex.duration_offsets or (
            is_time and direction_word not in lex.from_publication
        ):
            return Timex(_duration_value(amount, unit), "duration", "duration")
        if is_time:  # "two hours ago": today
            return (
                day_timex(self.published, True)
                if self.published
                else unknown(_X_VALUES["D"], "day")
            )
        steps = amount * factor
        if not float(steps).is_integer():
            if code != "Y" or not float(steps * 12).is_integer():
                return None
            code, steps = "M", steps * 12
        steps = int(steps) * direction
        period = self.ctx.period
        if direction_word in lex.from_publication:
            base = day_timex(self.published, True) if self.published else None
            if (
                code == "Y"
                and steps == -1
                and period is not None
                and period.granularity == "quarter"
            ):
                base = period  # "net income of $5 million a year ago": that quarter last year
        else:
            base = period if code == "Y" and period is not None else self.ctx.anchor
            if base is None and self.published is not None:
                base = day_timex(self.published, True)
        if base is None or base.resolved_start is None:
            return unknown(_X_VALUES.get(code, "XXXX-XX-XX"), "unknown")
        start = base.resolved_start
        if code == "Y" and base.granularity in ("day", "month", "week"):
            base = year_timex(start.year, True)
        elif code == "M" and base.granularity == "day":
            base = month_timex(start.year, start.month, True)
        elif code == "W" and base.granularity == "day":
            base = week_timex(start, True)
        return _shift(base, steps, code)

    def try_anchored(self) -> Timex | None:
        """ "the following day", "the next morning", "that day", "the same year", "the day
        before": counted from the last date of the narrative."""
        lex = self.lex
        if len(self.core) > 3 or self.wordset & lex.from_publication:
            return None
        unit = next((w for w in self.core if w in lex.anchored_units), None)
        if unit is None:
            return None
        marker = next((w for w in self.words if w in lex.anchored_words), None)
        if marker is None:
            return None
        code = lex.anchored_units[unit]
        if marker in ("next", "following") and code != "D" and "the" not in self.wordset:
            return None  # "next year" counts from publication: try_unit_shift
        anchor = self.ctx.anchor
        if anchor is None or anchor.resolved_start is None:
            if self.published is None:
                return unknown(_X_VALUES[code], "unknown")
            anchor = day_timex(self.published, True)
        step = lex.anchored_words[marker]
        start = anchor.resolved_start
        if code == "D":
            if anchor.granularity == "day":
                kind = "date" if unit == "day" else "time"
                return day_timex(start + dt.timedelta(days=step), True, kind)
            if anchor.granularity == "month" and step == 0:
                return unknown(f"{anchor.value}-XX", "day")  # "that same day" of "last October"
            return None
        if code == "Y":
            return year_timex(start.year + step, True)
        if code == "M":
            moved = _add_months(start, step)
            return month_timex(moved.year, moved.month, True)
        return week_timex(start + dt.timedelta(weeks=step), True)

    def try_unit_shift(self) -> Timex | None:
        """ "this week", "last month", "next year", "the past year", "earlier this year",
        "the weekend", "the year", "the current fiscal year"."""
        lex = self.lex
        units = [w for w in self.core if w in ("week", "weekend", "month", "year")]
        if len(units) != 1 or self.amount_before(units[0]):
            return None
        unit = units[0]
        if any(w != unit and w not in lex.shifts and w not in lex.fiscal_words for w in self.core):
            return None
        shift = self.shift
        if shift is None and self.wordset & lex.edge_words and "of" not in self.wordset:
            shift = 0  # "year-end", "year's end": the end of this year
        if shift is None:
            if unit == "year" and (self.ctx.ends_period or "the" not in self.wordset):
                return None  # "the year ended Sept. 30" is a length: try_duration
            if unit in ("month", "week") and "the" in self.wordset:
                return None
            shift = 0
        if self.published is None:
            value = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
            return unknown(value.get(unit, "XXXX"), "week" if unit == "weekend" else unit)
        pub = self.published
        if unit == "weekend":
            if shift == -1 or (shift == 0 and self.shift is None and self.ctx.tense == PAST):
                saturday = pub - dt.timedelta(days=(pub.isoweekday() - 6) % 7)
                if shift == -1 and saturday >= pub - dt.timedelta(days=1):
                    saturday -= dt.timedelta(days=7)
            else:
                saturday = pub + dt.timedelta(days=(6 - pub.isoweekday()) % 7)
                if shift == 1:
                    saturday += dt.timedelta(days=7)
            return week_timex(saturday, True, weekend=True)
        if unit == "week":
            return week_timex(pub + dt.timedelta(weeks=shift), True)
        if unit == "month":
            moved = _add_months(pub, shift)
            return month_timex(moved.year, moved.month, True)
        period = self.ctx.period
        if self.shift is None and period is not None and period.resolved_start is not None:
            return year_timex(period.resolved_start.year, True)  # "the year" of a results story
        return year_timex(pub.year + shift, True)

    def try_ordinal_unit(self) -> Timex | None:
        """ "the first month of the war", "his first day in office", "the fourth week": a
        unit counted from an event the normaliser cannot date; only the granularity is known.
        "Today is the eighth day of ..." (present tense) is the narrative's day."""
        lex = self.lex
        for i, w in enumerate(self.words[1:], 1):
            if (
                w not in ("day", "week", "month", "year")
                or lex.ordinals.get(self.words[i - 1], 0) < 1
            ):
                continue
            if w == "day" and self.ctx.tense in (PRESENT, None):
                day = self.narrative_day()
                if day is not None:
                    return dataclasses.replace(day, kind="date")
            return Timex(_X_VALUES[lex.units[w][0]], "date", w, None, None, False)
        return None

    # -- lengths and references -----------------------------------------------------------

    def try_duration(self) -> Timex | None:
        """ "three weeks", "the past few weeks", "24-hour", "2 1/2 years", "recent years",
        "a year and a half", "two to three weeks" (its first number)."""
        lex, words = self.lex, self.words
        unit_index = next((i for i in range(len(words) - 1, -1, -1) if words[i] in lex.units), None)
        if unit_index is None:
            return None
        if "half" not in words[unit_index + 1 :]:
            first = next(i for i, w in enumerate(words) if w in lex.units)
            between = words[first + 1 : unit_index]
            if between and not set(between) <= lex.range_words and _number(between[:1], lex):
                unit_index = first  # "the year-earlier nine months": the length is the first
        unit_word = words[unit_index]
        unit = lex.units[unit_word]
        plural = unit[4]
        head = words[:unit_index]
        after = words[unit_index + 1 :]
        if after and after[0] in lex.units:
            return None
        for i in range(1, len(head)):
            joins = head[i] in lex.range_words and head[i - 1] not in ("up", "a", "and")
            if joins and "half" not in head[i:] and _number(head[i - 1 : i], lex):
                head = head[:i]  # a range: "two to three weeks"
                break
        amount_words = [w for w in head if w not in lex.duration_fillers]
        if "half" in after and "and" in after:  # "a year and a half", "two years and a half"
            amount_words += ["and", "half"]
        if unit_word in lex.fraction_nouns and amount_words in (["a"], ["an"]):
            return None  # "about a quarter (of its staff)": a fraction
        if unit_word == "second" and not any(
            _number([w], lex) and w not in ("a", "an") for w in amount_words
        ):
            return None  # "a second time", "a second consecutive day": the ordinal
        if not amount_words and not plural and (after[:1] == ("long",) or self.ctx.ends_period):
            amount_words = ["a"]  # "day-long"; "the year ended Sept. 30"
        if not amount_words and unit[2] > 1 and "past" in self.wordset:
            amount_words = ["a"]  # "the past decade": ten years up to now (P10Y)
        amount: float | str | None = _number(amount_words, lex) if amount_words else None
        if amount is None:
            if set(amount_words) & lex.vague_amounts or (not amount_words and plural):
                amount = "X"
            else:
                return None
        if isinstance(amount, float) and amount <= 0:
            return None
        if (
            amount == 1
            and unit[2] == 1
            and self.shift in (-1, 1)
            and not self.amount_before(unit_word)
        ):
            return None  # "the past year" is a date (try_unit_shift); "the past decade" a length
        relative = (self.shift is not None and self.shift != 0) or "recent" in self.wordset
        return Timex(_duration_value(amount, unit), "duration", "duration", None, None, relative)

    def try_reference(self) -> Timex | None:
        """ "now", "currently", "the past", "the near future", "at present", "these days"."""
        lex = self.lex
        value = lex.phrase_references.get(self.text)
        if value is not None:
            return reference(value)
        if len(self.core) == 1 and self.core[0] in lex.references and len(self.words) <= 2:
            return reference(lex.references[self.core[0]])
        return None


def is_age(words: Sequence[str], lex: TimexLexicon) -> bool:
    """ "a 52-year-old", "37 years old", "aged 44": ages are not temporal expressions."""
    for i, w in enumerate(words):
        if w in lex.age_words and w != "old":
            return True
        if w == "old" and i > 0 and words[i - 1] in lex.units:
            return True
    return False


def normalise(text: str, lex: TimexLexicon, context: Context | None = None) -> Timex | None:
    """TIMEX3 of a temporal expression's text, or None when it is not one.

    Reads the words of `text` and `context` (publication date, tense of the governing verb,
    the narrative's last date and reporting period); returns the value, kind, granularity,
    calendar interval and whether it depended on the publication date or an anchor.
    """
    # cached per lexicon: a text repeats "yesterday" with the same context many times
    return lex.normalised(text, context or Context())


def _normalise(text: str, lex: TimexLexicon, ctx: Context) -> Timex | None:
    """`normalise`, uncached."""
    words = lex.words(text)
    if not words or is_age(words, lex):
        return None
    parse = _Parse(words, text, lex, ctx)
    for attempt in (parse.try_set, parse.try_numeric, parse.try_clock, parse.try_calendar):
        timex = attempt()
        if timex is not None:
            return timex
    for attempt in (parse.try_reference, parse.try_duration):
        timex = attempt()
        if timex is not None:
            return timex
    if parse.wordset & lex.month_words and any(ch.isdigit() for ch in text):
        parsed = _dateparser_parse(" ".join(text.split()))
        if parsed is not None:
            return day_timex(parsed, False)
    return None


@functools.lru_cache(maxsize=8192)
def _dateparser_parse(text: str) -> dt.date | None:
    """An absolute date in a format the rules do not read; None unless day, month and year
    are all written (dateparser would otherwise fill them from the day of the run)."""
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
