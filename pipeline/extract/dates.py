"""Find temporal expressions in a parsed Doc and normalise each one (pure functions).

Candidates are the model's DATE/TIME entities plus the matches of the token patterns in
`models/patterns/dates.jsonl` (sets, durations, vague references the model misses). Where two
candidates overlap the longer one wins. Each is normalised by `timex.normalise` with the
publication date, the tense of its governing verb, and the last resolved day as anchor
("the following day").
"""

from __future__ import annotations

import datetime as dt

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..extensions import DateItem
from .timex import FUTURE, PAST, PRESENT, TimexLexicon, normalise

ENTITY_LABELS = ("DATE", "TIME")
FUTURE_AUX = {"will", "wo", "shall", "'ll"}


def governing_tense(span: Span) -> str | None:
    """past / present / future of the verb the span hangs from, or None when there is none."""
    token: Token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            break
        if token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [token, *(c for c in token.children if c.dep_ in ("aux", "auxpass"))]
    if any(v.lower_ in FUTURE_AUX for v in verbs):
        return FUTURE
    if any(v.lower_ == "going" for v in verbs) and any(c.lower_ == "to" for c in token.children):
        return FUTURE
    if any("Past" in v.morph.get("Tense") for v in verbs) or token.tag_ in ("VBD", "VBN"):
        return PAST
    return PRESENT


def candidate_spans(doc: Doc, matcher: Matcher) -> list[Span]:
    """Model entities and pattern matches, overlaps resolved to the longest span."""
    spans = [ent for ent in doc.ents if ent.label_ in ENTITY_LABELS]
    spans += [Span(doc, start, end, label=match_id) for match_id, start, end in matcher(doc)]
    spans.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    kept: list[Span] = []
    for span in spans:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def trim(span: Span, outside_words: set[str]) -> Span:
    """Drop what TimeML leaves outside a TIMEX3: leading prepositions and trailing punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in outside_words):
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def find_dates(doc: Doc, lexicon: TimexLexicon, matcher: Matcher) -> list[DateItem]:
    """Every temporal expression of `doc` that normalises to a TIMEX3 value."""
    published: dt.date | None = doc._.published
    items: list[DateItem] = []
    anchor: dt.date | None = published
    for span in candidate_spans(doc, matcher):
        span = trim(span, lexicon.outside_words)
        if not len(span):
            continue
        timex = normalise(
            span.text, lexicon, published=published, tense=governing_tense(span), anchor=anchor
        )
        if timex is None:
            continue
        if timex.granularity == "day" and timex.resolved_start is not None:
            anchor = timex.resolved_start
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
