"""Find temporal expressions in a parsed Doc and normalise each one (pure functions).

Candidates are the model's DATE/TIME entities plus the matches of two pattern files under
`models/patterns/`: numeric token patterns (`dates.jsonl`, a Matcher) and a literal phrase
grammar (`dates_phrases.jsonl`, expanded into a PhraseMatcher) for the references, sets,
lengths and names the model misses. Each candidate is cut to TimeML's extent: a model span
holding two expressions is split at its joining word ("between 1994 and 1997", "the quarter
ended Sept. 30") or a finite verb ("May 9 is Victory Day"), leading prepositions and a
trailing possessive are dropped, a bare length takes the words before it ("the past three
months"), a clock time takes its time zone and the day beside it ("5 p.m. EST Nov. 9", "the
night of May 23"; across "on" it only reads that day: "3 a.m. on Wednesday"). Of overlapping
candidates the longest that normalises wins. Each is then normalised by `timex.normalise` in
text order, with the publication date, the tense of its clause (and whether the verb states it
for the expression), the narrative's last date and reporting period, and for a national
holiday the countries named around it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy
from spacy.attrs import LIKE_NUM, LOWER, ORTH, POS, SHAPE
from spacy.matcher import Matcher, PhraseMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from ..extensions import DateItem
from .timex import (
    FUTURE,
    PAST,
    PRESENT,
    Context,
    Timex,
    TimexLexicon,
    day_timex,
    is_age,
    normalise,
    quarter_timex,
)

ENTITY_LABELS = ("DATE", "TIME")
#: parts of speech after which "a year" is a rate: "$1 billion a year", "20 flights a week"
RATE_HEADS = frozenset({"NOUN", "NUM", "SYM", "PROPN"})


# -- the token patterns, run only where they can start ----------------------------------------

#: The token attributes a pattern's first token may test for `WindowedMatcher` to find, on
#: whole-document arrays, the tokens where the pattern can start.
ANCHOR_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "SHAPE": SHAPE, "LIKE_NUM": LIKE_NUM, "POS": POS}


def _anchor_test(
    spec: Mapping[str, Any], strings: StringStore
) -> list[tuple[int, frozenset[int]]] | None:
    """A token spec as (attribute, allowed values) tests that all hold where it matches, or
    None when it has none `ANCHOR_ATTRS` can read or has an operator that lets another token
    start the match. A key it cannot read (a regex, an extension attribute) is left to the
    Matcher: the tests only need to hold wherever the spec matches, not to be all of it."""
    if spec.get("OP", "1") != "1":
        return None
    tests = []
    for key, value in spec.items():
        if key == "OP" or key not in ANCHOR_ATTRS:
            continue
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                continue
            values = list(value["IN"])
        else:
            values = [value]
        if key == "LIKE_NUM":
            allowed = {int(bool(v)) for v in values}
        elif not all(isinstance(v, str) for v in values):
            return None
        elif key == "POS":
            if not all(v in POS_IDS for v in values):
                return None
            allowed = {POS_IDS[v] for v in values}
        else:
            allowed = {strings.add(v) for v in values}
        tests.append((ANCHOR_ATTRS[key], frozenset(allowed)))
    return tests or None


class WindowedMatcher:
    """A token Matcher run only over the windows where one of its patterns can match.

    spaCy's Matcher makes a Token and evaluates the set predicates (`IN`) at every token of
    the text, and each call costs a fixed setup. The date patterns are short and rare in a
    text, so the places where one can match are found first on one `Doc.to_array`: the tokens
    passing the first token's tests, kept only where every other required token of the pattern
    passes its tests at one of the offsets the optional tokens before it allow. The Matcher
    then runs on the merged windows [start, start + pattern length) alone; its matches are
    those of the Matcher over the whole Doc, as the tests only leave out starts where a
    required token cannot match. Patterns whose start or length this cannot bound (an optional
    first token, `*` or `+`, a first token with no test `ANCHOR_ATTRS` can read) make it run
    over the whole Doc.
    """

    def __init__(self, matcher: Matcher, patterns: Sequence[Sequence[Mapping[str, Any]]]) -> None:
        self.matcher = matcher
        strings = matcher.vocab.strings
        #: Per pattern: its length and its required tokens as (lowest offset, highest offset,
        #: tests); None when a pattern cannot be bounded.
        self.plans: list[tuple[int, list[tuple[int, int, list[tuple[int, frozenset[int]]]]]]]
        self.plans = []
        bounded = True
        for pattern in patterns:
            first = _anchor_test(pattern[0], strings) if pattern else None
            if first is None:
                bounded = False
                break
            required = []
            low = high = 0
            for spec in pattern:
                op = spec.get("OP", "1")
                if op in ("*", "+"):
                    bounded = False
                    break
                tests = _anchor_test(spec, strings) if op == "1" else None
                if tests:
                    required.append((low, high, tests))
                if op == "?":
                    high += 1
                else:
                    low, high = low + 1, high + 1
            if not bounded:
                break
            self.plans.append((high, required))
        if not bounded:
            self.plans = []
        self.attrs = sorted({a for _, req in self.plans for _, _, tests in req for a, _ in tests})
        column = {attr: k for k, attr in enumerate(self.attrs)}
        self.tests = [
            (length, [(low, high, [(column[a], v) for a, v in t]) for low, high, t in required])
            for length, required in self.plans
        ]
        #: Each test's allowed values as a sorted array, for `_member`.
        self.tables = {
            allowed: numpy.array(sorted(allowed), dtype="uint64")
            for _, required in self.plans
            for _, _, tests in required
            for _, allowed in tests
        }

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of every match in `doc`, token offsets into the Doc."""
        n = len(doc)
        if not self.tests or not n:
            return list(self.matcher(doc))
        # spaCy gives a single attribute's column as a flat array
        array = doc.to_array(self.attrs).reshape(n, len(self.attrs))
        columns = [array[:, k] for k in range(len(self.attrs))]
        # Each distinct test once per doc, on a whole column.
        passing: dict[tuple[int, frozenset[int]], numpy.ndarray] = {}

        def passes(tests: list[tuple[int, frozenset[int]]]) -> numpy.ndarray:
            holds = numpy.ones(n, dtype=bool)
            for test in tests:
                if test not in passing:
                    k, allowed = test
                    passing[test] = _member(columns[k], self.tables[allowed])
                holds &= passing[test]
            return holds

        windows: list[tuple[int, int]] = []
        for length, required in self.tests:
            (_, _, first), *rest = required
            starts = numpy.flatnonzero(passes(first))
            for low, high, tests in rest:
                if not len(starts):
                    break
                holds = passes(tests)
                found = numpy.zeros(len(starts), dtype=bool)
                for offset in range(low, high + 1):
                    at = starts + offset
                    found |= (at < n) & holds[numpy.minimum(at, n - 1)]
                starts = starts[found]
            starts = starts.tolist()
            windows += [(s, min(s + length, n)) for s in starts]
        matches: list[tuple[int, int, int]] = []
        window_start = window_end = -1
        for start, end in [*sorted(windows), (n + 1, n + 1)]:
            if start < window_end:
                window_end = max(window_end, end)
                continue
            if window_end > window_start:
                for key, a, b in self.matcher(doc[window_start:window_end]):
                    matches.append((key, a + window_start, b + window_start))
            window_start, window_end = start, end
        return matches


def _member(values: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """Which of `values` are in the sorted array `table` (a binary search per value)."""
    if len(table) <= 1:
        return values == table[0] if len(table) else numpy.zeros(len(values), dtype=bool)
    # numpy.minimum, not ndarray.clip: the same bound, without clip's two microseconds
    # of argument handling on every call (thousands of calls per hundred articles)
    at = numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)
    return table[at] == values


# -- tense ------------------------------------------------------------------------------------


def governing_tense(span: Span, lexicon: TimexLexicon) -> tuple[str | None, bool]:
    """(past / present / future of the clause the span belongs to or None without a verb,
    whether the verb states it for the span itself).

    Reads the dependency parse: the nearest verb above the span's root, its auxiliaries and,
    for an infinitive, the verb it complements ("expected to close Monday" is future); a
    signal just before the span ("as soon as Tuesday", "until Friday") points ahead unless the
    clause is in the past perfect ("until Thursday, they had not ..."). The tense is stated
    when the span modifies a finite verb itself, bare or through a preposition that places an
    event in time ("was bombed on July 20", "will vote in May"); a date on a noun ("the March 3
    deadline"), a deadline ("extended the curfew to July 20", "by June 30") or an infinitive
    only leans towards the clause's tense."""
    tense, verb = _verb_tense(span, lexicon)
    doc = span.doc
    before = tuple(doc[i].lower_ for i in range(max(span.start - 3, 0), span.start))
    for signal in lexicon.future_signals:
        if before[len(before) - len(signal) :] == signal:
            return (PAST if tense == PAST and _perfect(span) else FUTURE), False
    return tense, verb is not None and _modifies(span, verb, lexicon)


def _under_past_modal(span: Span, lexicon: TimexLexicon) -> bool:
    """Whether the nearest verb above the span takes a past modal (`past_modals`: "would"),
    the verb `_verb_tense` reads the tense of."""
    token: Token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.past_modals for c in token.children
    )


def _perfect(span: Span) -> bool:
    """Whether the sentence of `span` has a past-perfect auxiliary ("had not called")."""
    return any(t.lower_ == "had" and t.dep_ == "aux" for t in span.sent)


def _modifies(span: Span, verb: Token, lexicon: TimexLexicon) -> bool:
    """Whether `span` hangs on the finite `verb` directly or through one event preposition."""
    if verb.tag_ in ("VB", "VBG") or verb.dep_ in ("xcomp", "amod"):
        return False  # an infinitive or participle: its time is not the clause's
    head = span.root.head
    if head.i == verb.i:
        return True
    return (
        head.dep_ == "prep"
        and head.lower_ in lexicon.event_prepositions
        and head.head.i == verb.i
        and span.root.dep_ == "pobj"
    )


def _verb_tense(span: Span, lexicon: TimexLexicon) -> tuple[str | None, Token | None]:
    """The tense of the nearest verb above the span and that verb (see `governing_tense`);
    the verb is None when its tense is borrowed from another (an infinitive's head)."""
    token: Token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None, None
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in aux}
    if lowers & lexicon.future_auxiliaries:
        # "could have been" is past
        return (PAST if lowers & lexicon.perfect_auxiliaries else FUTURE), token
    if token.tag_ == "VBG" and lowers & lexicon.present_auxiliaries:
        # "is leaving Monday"
        return (FUTURE if token.lemma_ in lexicon.motion_verbs else PRESENT), token
    if token.tag_ in ("VB", "VBN") and "to" in lowers:
        # an infinitive, active or passive ("to be repaired by June 30"), looks ahead of the
        # verb it completes: "planned to leave Thursday" is future, "made it difficult to meet
        # demand well into the summer" past
        head = token.head
        for _ in range(4):
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.lemma_ in lexicon.prospective_verbs or any(
            a.lower_ in lexicon.future_auxiliaries for a in head.children if a.dep_ == "aux"
        ):
            return FUTURE, None
        if head.tag_ in ("VBD", "VBN") or "Past" in head.morph.get("Tense"):
            return PAST, None
        return FUTURE, None
    if token.tag_ == "VBN" and token.lemma_ in lexicon.prospective_verbs:
        return FUTURE, None  # "the vote scheduled for Tuesday"
    if token.tag_ == "VBN" and aux and not lowers & lexicon.past_auxiliaries:
        # a passive or perfect in the present: "the case is heard in May"
        return (PAST if lowers & lexicon.perfect_auxiliaries else PRESENT), token
    if token.tag_ in ("VBD", "VBN") or "Past" in token.morph.get("Tense"):
        return PAST, token
    if any("Past" in a.morph.get("Tense") for a in aux):
        return PAST, token
    return PRESENT, token


# -- candidates -------------------------------------------------------------------------------


def phrase_attribute(pattern: Sequence[Mapping[str, Any]]) -> str:
    """The one token attribute a literal pattern matches on: LOWER or SHAPE."""
    keys = {key for token in pattern for key in token if key != "OP"}
    if len(keys) != 1 or not keys <= {"LOWER", "SHAPE"}:
        raise ValueError(f"not a literal phrase pattern (one of LOWER or SHAPE): {pattern}")
    return keys.pop()


def expand_phrase_pattern(pattern: Sequence[Mapping[str, Any]]) -> Iterator[list[str]]:
    """Every token sequence a literal pattern spells: each token is {"LOWER": word},
    {"LOWER": {"IN": [...]}} or the same with "SHAPE" (a word of that shape is spelled:
    "dd/dd/dddd" gives "11/11/1111"), optionally with "OP": "?". Raises ValueError on anything
    else (a pattern needing LIKE_NUM, POS or "+" belongs in the Matcher file)."""
    attribute = phrase_attribute(pattern)
    choices: list[list[str | None]] = []
    for token in pattern:
        if set(token) - {attribute, "OP"} or token.get("OP", "?") != "?":
            raise ValueError(f"not a literal phrase token: {token}")
        value = token[attribute]
        words = list(value["IN"]) if isinstance(value, dict) else [value]
        if attribute == "SHAPE":
            words = [w.replace("d", "1").replace("x", "a").replace("X", "A") for w in words]
        choices.append([*words, None] if "OP" in token else words)
    for combination in itertools.product(*choices):
        words = [w for w in combination if w is not None]
        if words:
            yield words


def _is_core(token: Token, lexicon: TimexLexicon) -> bool:
    """Whether a token can carry a temporal expression's meaning (not only modify it): "p.m."
    does, as "pm"; "early" does not."""
    if token.like_num:
        return True
    return any(w in lexicon.core_words or w in lexicon.ordinals for w in lexicon.words(token.text))


def _is_finite_verb(token: Token, lexicon: TimexLexicon) -> bool:
    """A finite verb inside a model span ("May 9 is Victory Day"): no TIMEX3 holds one. A
    month or number the tagger takes for a verb ("March 3") is not one."""
    return (
        token.tag_ in lexicon.finite_verb_tags
        and token.lower_ not in lexicon.split_words
        and not _is_core(token, lexicon)
    )


def _is_year(token: Token) -> bool:
    return token.is_digit and len(token.text) == 4


def split_span(span: Span, lexicon: TimexLexicon) -> list[Span]:
    """A model span cut at the words joining two expressions: "between 1994 and 1997",
    "1991 to 1997", "the year ended Sept. 30", "1994, 1995 and 1997", "the first nine months
    of 1997", "June 17, two days before"; "two to three weeks" and "a year and a half" stay
    whole (the left side is only a number, or the right side only "a half")."""
    doc = span.doc
    # "KYIV, May 14 - Russian drones hit ...": a dash between spaces before a word that
    # carries no time ends the date, the words after it open the sentence a dateline heads
    dash = next(
        (i for i in range(span.start + 1, span.end - 1) if _ends_date(doc, i, lexicon)), None
    )
    if dash is not None:
        return split_span(doc[span.start : dash], lexicon)
    verbs = [i for i in range(span.start, span.end) if _is_finite_verb(doc[i], lexicon)]
    if verbs:
        # a finite verb ends one expression and may start another: "May 9 is Victory Day"
        bounds = [span.start - 1, *verbs, span.end]
        pieces = [doc[a + 1 : b] for a, b in itertools.pairwise(bounds) if b > a + 1]
        return [part for piece in pieces for part in split_span(piece, lexicon)]
    cuts = [span.start]
    for i in range(span.start + 1, span.end - 1):
        before, token, after = doc[i - 1], doc[i], doc[i + 1]
        lower = token.lower_
        if lower == "and" and (
            after.lower_ in lexicon.half_openers or before.lower_ in lexicon.scales
        ):
            continue  # "a year and a half" is one length, "two thousand and five" one number
        if lower in ("-", "\u2013"):
            joins = before.is_digit and after.is_digit  # "1994-95", not "ninety-six"
        elif lower == ",":
            if after.like_num and not _is_year(after):
                joins = before.like_num  # "June 17, two days"
            else:
                joins = _is_year(before) and _is_year(after)  # "1994, 1995"
        elif lower == "of":
            # "the first nine months of 1997", "... of the year": a length, then a date; but
            # "the early hours of Sunday" is one expression
            unit = lexicon.units.get(before.lower_)
            year_after = _is_year(after) or doc[i + 2 : i + 3].text.lower() == "year"
            joins = unit is not None and unit[4] and year_after
        else:
            joins = lower in lexicon.split_words
        if not joins:
            continue
        left, right = doc[cuts[-1] : i], doc[i + 1 : span.end]
        left_core = any(_is_core(t, lexicon) and (_is_year(t) or not t.like_num) for t in left)
        if left_core and any(_is_core(t, lexicon) for t in right):
            cuts.append(i)
    if len(cuts) == 1:
        return [span]
    bounds = [*cuts, span.end]
    parts = []
    for j in range(len(cuts)):
        begin = bounds[j] if j == 0 else bounds[j] + 1
        if begin < bounds[j + 1]:
            parts.append(doc[begin : bounds[j + 1]])
    return parts


def _ends_date(doc: Doc, i: int, lexicon: TimexLexicon) -> bool:
    """Whether token `i` is a dash standing alone between spaces with a word after it that
    carries no time ("May 14 - Russian"): no TIMEX3 runs across it. A range across a dash
    ("1994 - 1997", "Monday - Friday") has a time on both sides."""
    return (
        doc[i].lower_ in lexicon.dashes
        and bool(doc[i - 1].whitespace_)
        and bool(doc[i].whitespace_)
        and not _is_core(doc[i + 1], lexicon)
    )


def trim(span: Span, lexicon: TimexLexicon) -> Span:
    """What TimeML leaves outside a TIMEX3: leading prepositions and conjunctions, an article
    before a name or day number ("the Aug. 7 bombings"), trailing punctuation, possessives and
    a signal after a length ("three days later")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end:
        token = doc[start]
        lower = token.lower_
        nxt = doc[start + 1] if start + 1 < end else None
        if token.is_punct or token.is_space:
            start += 1
        elif nxt is not None and nxt.lower_ in lexicon.bound_modifiers.get(lower, ()):
            break  # "at least 20 more years", "up to 180 days" keep their modifier
        elif lower in lexicon.articles:
            if nxt is None or _is_name_start(doc, start + 1, end, lexicon):
                start += 1
            else:
                break
        elif lower in lexicon.outside_words:
            start += 1
        elif _counted_before_amount(token, nxt, lexicon):
            start += 1  # "up from 38 a day earlier": 38 is the figure, "a day earlier" the date
        else:
            break
    while end > start:
        token = doc[end - 1]
        lower = token.lower_
        possessive = lower in lexicon.possessives
        outside = (
            lower in lexicon.articles
            or lower in lexicon.split_words
            or lower in lexicon.trailing_outside
        )
        if token.is_punct or token.is_space or possessive or outside:
            end -= 1
        elif (
            lower in lexicon.trailing_signals
            and end - 1 > start
            and doc[end - 2].lower_ in lexicon.units
        ):
            end -= 1  # "three days later": TimeBank marks the length only
        else:
            break
    return doc[start:end]


def _counted_before_amount(token: Token, nxt: Token | None, lexicon: TimexLexicon) -> bool:
    """A figure in digits the model's date span swallowed before the phrase of a length ("up
    from 38 a day earlier", "from 20 two days before", "38 the day before"): a length's amount
    in digits never runs on into an article or a small number word, so the digits count
    something else and stay outside the date (they had been read as 38 days). A fraction
    ("2 1/2 years") or a multiplier ("2 dozen") after the digits is the same amount."""
    if nxt is None or not token.text.isdigit():
        return False
    return (
        nxt.lower_ in lexicon.articles
        or nxt.text.isdigit()
        or lexicon.numbers.get(nxt.lower_, lexicon.numbers["dozen"]) < lexicon.numbers["dozen"]
    )


def _is_name_start(doc: Doc, i: int, end: int, lexicon: TimexLexicon) -> bool:
    """Whether token `i` begins a month or weekday name or a day number before a month."""
    lower = doc[i].lower_.rstrip(".")
    if lower in lexicon.months or lower in lexicon.weekdays:
        return True
    return (
        doc[i].like_num
        and len(doc[i].text) <= 2
        and i + 1 < end
        and doc[i + 1].lower_.rstrip(".") in lexicon.months
    )


def _clock_or_part_of_day(span: Span, lexicon: TimexLexicon) -> bool:
    return any(w in lexicon.clock_markers or ":" in w for w in lexicon.words(span.text))


def _is_clock(span: Span, lexicon: TimexLexicon) -> bool:
    """A clock time ("4:17 a.m.", "0117 GMT", "noon"), not a part of the day."""
    words = lexicon.words(span.text)
    return any(w in lexicon.clock_words or w in lexicon.meridiem or ":" in w for w in words) or (
        any(w in lexicon.time_zones for w in words) and any(w.isdigit() for w in words)
    )


def _is_day(span: Span, lexicon: TimexLexicon) -> bool:
    return not lexicon.day_names.isdisjoint(lexicon.words(span.text))


def _blocked(span: Span, lexicon: TimexLexicon) -> bool:
    """Spans that hold a number of units but no time, nor does any part of them: ages ("a
    6-year-old", "52 years old", "aged 44"), fractions ("a quarter of its staff") and
    compound modifiers ("quarter-to-quarter", "year-to-date"), and the time of a speed
    ("75 miles per hour", "120 km an hour": not a recurring time)."""
    doc = span.doc
    if (
        span[0].lower_ in lexicon.rate_markers
        and span.start > 0
        and doc[span.start - 1].lower_ in lexicon.speed_units
    ):
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after[:1] == ["old"] or after == ["-", "old"] or is_age(lexicon.words(span.text), lexicon):
        return True
    last = span[-1].lower_
    if (
        last in lexicon.references_before_nouns
        and after
        and (after[0] in lexicon.units or after[0] in lexicon.seasons or doc[span.end].like_num)
    ):
        return True  # "the past" of "the past three summers", "the past 20 years"
    if last in lexicon.units and after[:1] == ["-"]:
        return True
    if last in lexicon.fraction_nouns and after[:1] == ["of"]:
        return not any(t.lower_ in lexicon.quarter_names for t in span[:-1])
    return False


def _is_name(span: Span, lexicon: TimexLexicon) -> bool:
    """ "USA Today", "The Daily Telegraph", "Daily Mail readers": a capitalised day or frequency
    word inside a name: within a model entity of a name label, the first word of a proper-noun
    compound, or next to a proper noun mid-sentence."""
    first = span[0]
    if len(span) != 1 or not first.is_title:
        return False
    if first.lower_ not in lexicon.deictic_days and first.lower_ not in lexicon.set_adverbs:
        return False
    if first.ent_type_ in lexicon.name_labels:
        return True
    if first.dep_ == "compound" and first.head.pos_ == "PROPN" and first.head.is_title:
        return True
    if first.is_sent_start or first.i == 0:
        return False  # "Today Ukraine said ...": a sentence may open with the day
    doc = span.doc
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return doc[first.i - 1].pos_ == "PROPN" or (after is not None and after.pos_ == "PROPN")


def _is_title(span: Span) -> bool:
    """ "60 Minutes", "This Week" in quotation marks: a title of two or more capitalised words
    (or numbers) standing alone between quotes, not a time."""
    doc = span.doc
    if len(span) < 2 or span.start == 0 or not doc[span.start - 1].is_quote:
        return False
    after = doc[span.end : span.end + 2]
    closed = len(after) > 0 and (
        after[0].is_quote or (after[0].is_punct and len(after) > 1 and after[1].is_quote)
    )
    return closed and all(t.is_title or t.like_num for t in span)


def candidate_spans(
    doc: Doc, matcher: WindowedMatcher, phrases: Sequence[PhraseMatcher], lexicon: TimexLexicon
) -> list[Span]:
    """Model entities and pattern matches cut to TimeML extents (`split_span`, `trim`),
    a bare length extended over the words before it ("the past three months"), a clock time
    over its time zone ("5 p.m. EST"), a part of day over "of" and the day after it ("the
    night of May 23"); longest first, overlaps kept (the caller keeps the
    longest that normalises)."""
    raw = [ent for ent in doc.ents if ent.label_ in ENTITY_LABELS]
    for phrase_matcher in phrases:
        raw += [doc[start:end] for _, start, end in phrase_matcher(doc)]
    for _, start, end in matcher(doc):
        while start > 0 and doc[start - 1].lower_ in lexicon.duration_openers:
            start -= 1
        raw.append(doc[start:end])
    found: set[tuple[int, int]] = set()
    for span in raw:
        for part in split_span(span, lexicon):
            part = trim(part, lexicon)
            if not len(part) or _is_name(part, lexicon) or _is_title(part):
                continue
            end = part.end
            if _clock_or_part_of_day(part, lexicon):
                while end < len(doc) and doc[end].lower_ in lexicon.time_zones:
                    end += 1
            found.add((part.start, end))
    # "the night" + "of" + "May 23": one candidate, as "the night" alone may mean nothing
    ends_by_start: dict[int, list[int]] = {}
    for start, end in found:
        ends_by_start.setdefault(start, []).append(end)
    for start, end in list(found):
        if end + 1 >= len(doc) or doc[end].lower_ not in lexicon.day_joiners:
            continue
        if not _clock_or_part_of_day(doc[start:end], lexicon):
            continue
        for day_end in ends_by_start.get(end + 1, ()):
            if _is_day(doc[end + 1 : day_end], lexicon):
                found.add((start, day_end))
    return [doc[start:end] for start, end in sorted(found, key=lambda se: (se[0] - se[1], se[0]))]


def _gap(gap: Span, lexicon: TimexLexicon) -> str | None:
    """How the words between a clock time or part of day and the day after it tie them:
    "join" (nothing, a comma or "of": one TIMEX3, "5 p.m. EST, Nov. 6", "the night of Oct.
    23"), "lend" ("on": two, the time taking the day, "3 a.m." of "3 a.m. on Wednesday", as
    TimeBank marks a clock time and the day after it) or None."""
    if len(gap) > 2:
        return None  # most spans are far apart: no scan of the text between them
    words = [t.lower_ for t in gap if t.text != ","]
    if len(gap) - len(words) > 1 or len(words) > 1:
        return None
    if not words or words[0] in lexicon.day_joiners:
        return "join"
    return "lend" if words[0] in lexicon.day_lenders else None


def _bracketed(gap: Span) -> bool:
    return len(gap) == 1 and gap[0].is_bracket and gap[0].is_left_punct


def join_clock_and_day(spans: list[Span], lexicon: TimexLexicon) -> list[tuple[Span, str]]:
    """Spans in text order, each with the text its value is read from. A clock time or part
    of day and the day after it are one expression ("5 p.m. EST" + ", Nov. 6"; "noon" +
    "Saturday"; "the night" + "of May 23"), and so are a day and the part of day right after
    it ("Thursday" + "morning"); across "on", the time reads its day from the day but both
    keep their spans ("3 a.m." + "on Wednesday"). A clock time followed by the same time in
    another zone in brackets lends the day to both: "4:17 a.m. (0117 GMT) on Monday"."""
    joined: list[tuple[Span, str]] = []
    for i, span in enumerate(spans):
        if not joined:
            joined.append((span, span.text))
            continue
        prev = joined[-1][0]
        doc = span.doc
        tie = _gap(doc[prev.end : span.start], lexicon)
        if tie and _clock_or_part_of_day(prev, lexicon) and _is_day(span, lexicon):
            if tie == "join":
                whole = doc[prev.start : span.end]
                joined[-1] = (whole, whole.text)
                continue
            joined[-1] = (prev, f"{prev.text} {span.text}")
        elif (
            not doc[prev.end : span.start]
            and _is_day(prev, lexicon)
            and _clock_or_part_of_day(span, lexicon)
        ):
            whole = doc[prev.start : span.end]
            joined[-1] = (whole, whole.text)
            continue
        day = spans[i + 1] if i + 1 < len(spans) else None
        if (
            day is not None
            and _bracketed(doc[prev.end : span.start])
            and doc[span.end : span.end + 1].text == ")"
            and _is_clock(prev, lexicon)
            and _is_clock(span, lexicon)
            and not _is_day(prev, lexicon)
            and _gap(doc[span.end + 1 : day.start], lexicon)
            and _is_day(day, lexicon)
        ):
            joined[-1] = (prev, f"{prev.text} {day.text}")
            joined.append((span, f"{span.text} {day.text}"))
            continue
        joined.append((span, span.text))
    return joined


def _context(
    span: Span,
    lexicon: TimexLexicon,
    published: dt.date | None,
    anchor: Timex | None,
    period: Timex | None,
) -> Context:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    as_set = (
        len(span) == 2
        and span[0].lower_ in lexicon.rate_markers
        and before is not None
        and (before.pos_ in RATE_HEADS or before.lower_ in lexicon.set_words)
    )
    tense, stated = governing_tense(span, lexicon)
    past_modal = tense == FUTURE and _under_past_modal(span, lexicon)
    countries: frozenset[str] = frozenset()
    if not lexicon.national_holiday_words.isdisjoint(lexicon.words(span.text)):
        countries = place_countries(span, lexicon)
    return Context(
        published=published,
        tense=tense,
        tense_stated=stated,
        anchor=anchor,
        period=period,
        ends_period=after is not None and after.lower_ in lexicon.period_end_words,
        as_set=as_set,
        countries=countries,
        past_modal=past_modal,
    )


def place_countries(span: Span, lexicon: TimexLexicon) -> frozenset[str]:
    """Country codes of the countries a national holiday belongs to: its possessor or
    modifier ("Ukraine's Independence Day", "the U.S. Election Day"), else the countries named
    in its sentence, else in the article ("Voters in Turkey ... on election day"). Reads the
    model's GPE, LOC and NORP entities (and the possessor's own words), looked up in the
    country names of `timex_countries.json` (with the states and provinces of the national
    holidays' own countries: "in Ohio" is the US)."""
    doc = span.doc
    owners = [
        t
        for t in span.root.children
        if t.dep_ in lexicon.possessor_deps and not span.start <= t.i < span.end
    ]
    # a possessor is read by its own words too: the model may tag "The U.S. Election Day" ORG
    codes = {lexicon.country_of(t.text, label) for t in owners for label in ("GPE", "NORP")}
    codes |= {
        lexicon.country_of(e.text, e.label_)
        for t in owners
        for e in doc.ents
        if e.start <= t.i < e.end
    }
    codes.discard(None)
    if codes:
        return frozenset(c for c in codes if c)
    sent = span.sent
    for ents in ([e for e in doc.ents if sent.start <= e.start < sent.end], doc.ents):
        found = {lexicon.country_of(e.text, e.label_) for e in ents}
        found.discard(None)
        if found:
            return frozenset(c for c in found if c)
    return frozenset()


def find_dates(
    doc: Doc, lexicon: TimexLexicon, matcher: WindowedMatcher, phrases: Sequence[PhraseMatcher]
) -> list[DateItem]:
    """Every temporal expression of `doc` that normalises to a TIMEX3 value.

    Reads `Doc._.published`, the model's entities and the parse; returns `DateItem`s in text
    order with ids D1, D2, ..."""
    published: dt.date | None = doc._.published
    # Longest candidate first; one that does not normalise gives way to the shorter ones
    # inside it ("as long as two years": "two years"). The probe context allows every
    # reading ("the latest period" needs a quarter before it).
    reference = published or dt.date(2000, 1, 1)
    probe = Context(published=published, period=quarter_timex(reference.year, 1, True))
    taken: set[int] = set()
    kept: list[Span] = []
    for span in candidate_spans(doc, matcher, phrases, lexicon):
        if not taken.isdisjoint(range(span.start, span.end)):
            continue
        if _blocked(span, lexicon):
            taken.update(range(span.start, span.end))  # no shorter reading either
            continue
        if normalise(span.text, lexicon, probe) is None:
            continue
        kept.append(span)
        taken.update(range(span.start, span.end))
    items: list[DateItem] = []
    anchor: Timex | None = None
    past_anchor: Timex | None = None  # the last anchor not after publication
    period: Timex | None = None
    anchor_end = 0  # where the expression that set `anchor` ends
    story_near = False  # whether the story has named a day near publication
    for span, text in join_clock_and_day(sorted(kept, key=lambda s: s.start), lexicon):
        context = _context(span, lexicon, published, anchor, period)
        if context.tense == PAST and _after(anchor, published):
            # "on April 5" (the next hearing) ... "the attack was at 13:40": a past event
            # does not take its day from a date still to come.
            context = dataclasses.replace(context, anchor=past_anchor)
        if (
            text == span.text
            and _is_clock(span, lexicon)
            and not _is_day(span, lexicon)
            and _off_story(context.anchor, published, lexicon)
            and "\n" in doc.text[anchor_end : span.start_char]
            and story_near
        ):
            # "the license was revoked on June 7th" ... (new paragraph) "a briefing at 10:30
            # a.m.": in a story told on days near publication, a far day told as background is
            # not the day the story's clock runs on, which is the article's own day. A story
            # told on the far day ("On March 2, 2015, ...") keeps it.
            context = dataclasses.replace(context, anchor=None)
        timex = normalise(text, lexicon, context)
        if timex is None:
            continue
        moved, period = _move_anchors(span, timex, lexicon, anchor, period)
        if moved is not anchor:
            anchor, anchor_end = moved, span.end_char
        if not _after(anchor, published):
            past_anchor = anchor
        if anchor is not None and anchor.granularity == "day":
            story_near = story_near or not _off_story(anchor, published, lexicon)
        items.append(
            DateItem(
                id=f"D{len(items) + 1}",
                start=span.start_char,
                end=span.end_char,
                value=timex.value,
                kind=timex.kind,
                granularity=timex.granularity,
                resolved_start=timex.resolved_start.isoformat() if timex.resolved_start else None,
                resolved_end=timex.resolved_end.isoformat() if timex.resolved_end else None,
                relative=timex.relative,
            )
        )
    return items


def _off_story(anchor: Timex | None, published: dt.date | None, lexicon: TimexLexicon) -> bool:
    """Whether `anchor` names a day farther from publication than a story's own days lie."""
    return (
        anchor is not None
        and published is not None
        and anchor.granularity == "day"
        and anchor.resolved_start is not None
        and abs(anchor.resolved_start - published) > lexicon.story_day_reach
    )


def _after(anchor: Timex | None, published: dt.date | None) -> bool:
    """Whether `anchor` names a day after the publication date."""
    return (
        anchor is not None
        and published is not None
        and anchor.resolved_start is not None
        and anchor.resolved_start > published
    )


def _move_anchors(
    span: Span, timex: Timex, lexicon: TimexLexicon, anchor: Timex | None, period: Timex | None
) -> tuple[Timex | None, Timex | None]:
    """The narrative's date and reporting period after `timex`.

    Only what the text states moves them: a value counted back from another ("a year
    earlier") names no new date; only a quarter the text numbers ("the third quarter") sets
    the period, and a length of months ("the nine months") ends it, as a results story turns
    from the quarter to the year to date."""
    lowers = {t.lower_ for t in span}
    if timex.kind == "duration" and timex.value.endswith("M") and "T" not in timex.value:
        return anchor, None
    if timex.resolved_start is None or timex.kind not in ("date", "time"):
        return anchor, period
    if lowers & set(lexicon.offsets):
        return anchor, period
    if timex.granularity == "time":
        anchor = day_timex(timex.resolved_start, True)
    elif timex.granularity in ("day", "month", "week", "year"):
        anchor = timex
    numbered = lowers & set(lexicon.quarter_names) or "half" in lowers
    is_period = timex.granularity == "quarter" or timex.value.endswith(("-H1", "-H2"))
    if is_period and numbered:
        period = timex
    return anchor, period
