"""Find temporal expressions in a parsed Doc and normalise each one (pure functions).

Candidates are the model's DATE/TIME entities plus the matches of two pattern files under
`models/patterns/`: numeric token patterns (`dates.jsonl`, a Matcher) and a literal phrase
grammar (`dates_phrases.jsonl`, expanded into a PhraseMatcher) for the references, sets,
lengths and names the model misses. Each candidate is cut to TimeML's extent: a model span
holding two expressions is split at its joining word ("between 1994 and 1997", "the quarter
ended Sept. 30"), leading prepositions and a trailing possessive are dropped, a bare length
takes the words before it ("the past three months"), a clock time takes its time zone and
the day beside it ("5 p.m. EST Nov. 9"). Of overlapping candidates the longest that
normalises wins. Each is then normalised by `timex.normalise` in text order, with the
publication date, the tense of its clause, and the narrative's last date and reporting period.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
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
    words_of,
)

ENTITY_LABELS = ("DATE", "TIME")
#: parts of speech after which "a year" is a rate: "$1 billion a year", "20 flights a week"
RATE_HEADS = frozenset({"NOUN", "NUM", "SYM", "PROPN"})
#: articles stay at the head of an expression ("the past three months", "a year ago") unless a
#: name or day number follows ("the Aug. 7 bombings")
ARTICLES = frozenset({"the", "a", "an"})


# -- tense ------------------------------------------------------------------------------------


def governing_tense(span: Span, lexicon: TimexLexicon) -> str | None:
    """past / present / future of the clause the span belongs to, or None without a verb.

    Reads the dependency parse: the nearest verb above the span's root, its auxiliaries and,
    for an infinitive, the verb it complements ("expected to close Monday" is future); a
    signal just before the span ("as soon as Tuesday", "until Friday") points ahead unless the
    clause is in the past perfect ("until Thursday, they had not ...")."""
    tense = _verb_tense(span, lexicon)
    doc = span.doc
    before = tuple(doc[i].lower_ for i in range(max(span.start - 3, 0), span.start))
    for signal in lexicon.future_signals:
        if before[len(before) - len(signal) :] == signal:
            return PAST if tense == PAST and _perfect(span) else FUTURE
    return tense


def _perfect(span: Span) -> bool:
    """Whether the sentence of `span` has a past-perfect auxiliary ("had not called")."""
    return any(t.lower_ == "had" and t.dep_ == "aux" for t in span.sent)


def _verb_tense(span: Span, lexicon: TimexLexicon) -> str | None:
    """The tense of the nearest verb above the span (see `governing_tense`)."""
    token: Token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lexicon.future_auxiliaries for a in aux):
        # "could have been" is past
        return PAST if any(a.lower_ in lexicon.perfect_auxiliaries for a in aux) else FUTURE
    if token.tag_ == "VBG" and any(a.lower_ in lexicon.present_auxiliaries for a in aux):
        return FUTURE if token.lemma_ in lexicon.motion_verbs else PRESENT  # "is leaving Monday"
    if token.tag_ == "VB" and any(a.lower_ == "to" for a in aux):
        # an infinitive looks ahead of the verb it completes: "planned to leave Thursday" is
        # future, "made it difficult to meet demand well into the summer" past
        head = token.head
        for _ in range(4):
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        if head.lemma_ in lexicon.prospective_verbs or any(
            a.lower_ in lexicon.future_auxiliaries for a in head.children if a.dep_ == "aux"
        ):
            return FUTURE
        if head.tag_ in ("VBD", "VBN") or "Past" in head.morph.get("Tense"):
            return PAST
        return FUTURE
    if token.tag_ == "VBN" and token.lemma_ in lexicon.prospective_verbs:
        return FUTURE  # "the vote scheduled for Tuesday"
    if token.tag_ in ("VBD", "VBN") or "Past" in token.morph.get("Tense"):
        return PAST
    if any("Past" in a.morph.get("Tense") for a in aux):
        return PAST
    return PRESENT


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
    """Whether a token can carry a temporal expression's meaning (not only modify it)."""
    lower = token.lower_.rstrip(".")
    return lower in lexicon.core_words or token.like_num or lower in lexicon.ordinals


def _is_year(token: Token) -> bool:
    return token.is_digit and len(token.text) == 4


def split_span(span: Span, lexicon: TimexLexicon) -> list[Span]:
    """A model span cut at the words joining two expressions: "between 1994 and 1997",
    "1991 to 1997", "the year ended Sept. 30", "1994, 1995 and 1997", "the first nine months
    of 1997", "June 17, two days before"; "two to three weeks" and "a year and a half" stay
    whole (the left side is only a number, or the right side only "a half")."""
    doc = span.doc
    cuts = [span.start]
    for i in range(span.start + 1, span.end - 1):
        before, token, after = doc[i - 1], doc[i], doc[i + 1]
        lower = token.lower_
        if lower == "and" and after.lower_ in ("a", "half"):
            continue
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
        elif lower in ("at", "up") and nxt is not None and nxt.lower_ in ("least", "most", "to"):
            break  # "at least 20 more years", "up to 180 days" keep their modifier
        elif lower in ARTICLES:
            if nxt is None or _is_name_start(doc, start + 1, end, lexicon):
                start += 1
            else:
                break
        elif lower in lexicon.outside_words:
            start += 1
        else:
            break
    while end > start:
        token = doc[end - 1]
        lower = token.lower_
        possessive = lower in ("'s", "\u2019s", "'")
        outside = (
            lower in ARTICLES or lower in lexicon.split_words or lower in lexicon.trailing_outside
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
    return any(w in lexicon.clock_markers or ":" in w for w in words_of(span.text))


def _is_day(span: Span, lexicon: TimexLexicon) -> bool:
    return not lexicon.day_names.isdisjoint(words_of(span.text))


def _blocked(span: Span, lexicon: TimexLexicon) -> bool:
    """Spans that hold a number of units but no time, nor does any part of them: ages ("a
    6-year-old", "52 years old", "aged 44"), fractions ("a quarter of its staff") and
    compound modifiers ("quarter-to-quarter", "year-to-date")."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after[:1] == ["old"] or after == ["-", "old"] or is_age(words_of(span.text), lexicon):
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
    """ "USA Today", "The Daily Telegraph": a capitalised day or frequency word inside a name
    (mid-sentence, next to a proper noun)."""
    first = span[0]
    if len(span) != 1 or not first.is_title or first.is_sent_start or first.i == 0:
        return False
    if first.lower_ not in lexicon.deictic_days and first.lower_ not in lexicon.set_adverbs:
        return False
    doc = span.doc
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return doc[first.i - 1].pos_ == "PROPN" or (after is not None and after.pos_ == "PROPN")


def candidate_spans(
    doc: Doc, matcher: Matcher, phrases: Sequence[PhraseMatcher], lexicon: TimexLexicon
) -> list[Span]:
    """Model entities and pattern matches cut to TimeML extents (`split_span`, `trim`),
    a bare length extended over the words before it ("the past three months"), a clock time
    over its time zone ("5 p.m. EST"); longest first, overlaps kept (the caller keeps the
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
            if not len(part) or _is_name(part, lexicon):
                continue
            end = part.end
            if _clock_or_part_of_day(part, lexicon):
                while end < len(doc) and doc[end].lower_ in lexicon.time_zones:
                    end += 1
            found.add((part.start, end))
    return [doc[start:end] for start, end in sorted(found, key=lambda se: (se[0] - se[1], se[0]))]


def join_clock_and_day(spans: list[Span], lexicon: TimexLexicon) -> list[Span]:
    """Spans in text order, with a clock time or part of day and the day next to it made one
    expression ("5 p.m. EST" + ", Nov. 6"; "noon" + "Saturday"; "Thursday" + "morning")."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            prev = joined[-1]
            gap = span.doc[prev.end : span.start]
            adjacent = len(gap) == 0 or (len(gap) == 1 and gap[0].text == ",")
            time_then_day = _clock_or_part_of_day(prev, lexicon) and _is_day(span, lexicon)
            day_then_time = (
                not len(gap) and _is_day(prev, lexicon) and (_clock_or_part_of_day(span, lexicon))
            )
            if adjacent and (time_then_day or day_then_time):
                joined[-1] = span.doc[prev.start : span.end]
                continue
        joined.append(span)
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
    return Context(
        published=published,
        tense=governing_tense(span, lexicon),
        anchor=anchor,
        period=period,
        ends_period=after is not None and after.lower_ in lexicon.period_end_words,
        as_set=as_set,
    )


def find_dates(
    doc: Doc, lexicon: TimexLexicon, matcher: Matcher, phrases: Sequence[PhraseMatcher]
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
    period: Timex | None = None
    for span in join_clock_and_day(sorted(kept, key=lambda s: s.start), lexicon):
        timex = normalise(span.text, lexicon, _context(span, lexicon, published, anchor, period))
        if timex is None:
            continue
        anchor, period = _move_anchors(span, timex, lexicon, anchor, period)
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
