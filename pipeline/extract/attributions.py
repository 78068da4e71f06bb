"""Attributions: who said what (source, cue, content), through which channel.

`find_attributions(doc, lexicon, entities)` finds reporting cues from the lexicon, takes the
cue's subject as source and its clausal complement or an adjacent quotation as content, and
handles "according to X, ..." and "X, citing Y, said ...". Sources resolve through the entity
clusters of `Doc._.news_entities`; pronouns to the last source named before them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Token

from ..extensions import AttributionItem, EntityItem

QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "«": "»"}
QUOTE_RE = re.compile(r"\u201c[^\u201c\u201d]+\u201d|\"[^\"]+\"|«[^«»]+»")
TRIM_CHARS = " \t\n,;:"


class AttributionLexicon:
    def __init__(
        self, cues: Mapping[str, Any], channels: Mapping[str, Any], sources: Mapping[str, Any]
    ) -> None:
        self.verbs: set[str] = set(cues["verbs"])
        self.evidential: set[str] = set(cues["evidential"])
        self.prepositional: set[str] = set(cues["prepositional"])
        self.phrasal: dict[str, str] = dict(cues["phrasal"])
        self.channel_words: dict[str, str] = dict(channels["mentions"])
        self.media_sources: dict[str, str] = dict(channels["media_sources"])
        self.channel_preps: set[str] = set(channels["prepositions"])
        self.pronouns: set[str] = set(sources["pronouns"])
        self.government_of: dict[str, str] = dict(sources["government_of"])
        self.non_communicating: set[str] = set(sources["non_communicating"])


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of quoted passages, without the quote marks."""
    return [(m.start() + 1, m.end() - 1) for m in QUOTE_RE.finditer(doc.text)]


def _char_span(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def _subtree_tokens(token: Token, skip: set[int] | None = None) -> list[Token]:
    skip = skip or set()
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def _content_of_clause(clause: Token) -> tuple[int, int]:
    tokens = [t for t in clause.subtree]
    # Content leaves out a leading "that" (the contract) and surrounding punctuation.
    while tokens and (
        (tokens[0].lower_ == "that" and tokens[0].dep_ == "mark") or tokens[0].is_punct
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("\u201d", '"'):
        tokens = tokens[:-1]
    if not tokens:
        return clause.idx, clause.idx + len(clause)
    return _trimmed(clause.doc, *_char_span(tokens))


def _source_span(subject: Token) -> tuple[int, int]:
    tokens = list(subject.subtree)
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return _char_span(tokens)


def _enclosing_quote(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    for q_start, q_end in quotes:
        if q_start <= start and end <= q_end + 1:
            return q_start, q_end
    return None


def _adjacent_quote(quotes: list[tuple[int, int]], cue: Token) -> tuple[int, int] | None:
    """A quotation in the cue's sentence, right before or after the cue's clause."""
    sent = cue.sent
    for q_start, q_end in quotes:
        if sent.start_char - 1 <= q_start and q_end <= sent.end_char:
            return q_start, q_end
    return None


def _channel(cue: Token, lex: AttributionLexicon) -> tuple[str, int, int] | None:
    for child in cue.children:
        if child.dep_ != "prep" or child.lower_ not in lex.channel_preps:
            continue
        words = " ".join(t.lower_ for t in child.subtree)
        for phrase, channel in sorted(lex.channel_words.items(), key=lambda kv: -len(kv[0])):
            if re.search(rf"\b{re.escape(phrase)}\b", words):
                start, end = _char_span(list(child.subtree))
                return channel, start, end
    return None


def _source_type(subject: Token, lex: AttributionLexicon) -> str:
    if subject.pos_ == "PRON" or subject.lower_ in lex.pronouns:
        return "pronoun"
    tokens = list(subject.subtree)
    if subject.pos_ == "PROPN" or any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and t.ent_iob_ != "O" and t.pos_ == "PROPN"
        for t in tokens
    ):
        return (
            "name"
            if subject.pos_ == "PROPN"
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
            else "nominal"
        )
    return "nominal"


def _resolve(
    start: int,
    end: int,
    source_type: str,
    entities: list[EntityItem],
    history: list[AttributionItem],
    doc: Doc,
    lex: AttributionLexicon,
) -> str | None:
    """The canonical name of the source, found in the article."""
    if source_type == "pronoun":
        for earlier in reversed(history):
            if earlier["source_resolved"]:
                return earlier["source_resolved"]
        return None
    inside = [
        e
        for e in entities
        if start <= e["start"]
        and e["end"] <= end
        and e["label"] in ("PERSON", "ORG", "GPE", "NORP")
    ]
    persons = [e for e in inside if e["label"] == "PERSON"]
    chosen = persons[-1:] or inside[:1]
    if chosen:
        name = chosen[0]["canonical"]
        return lex.government_of.get(name.lower(), name)
    return None


def find_attributions(doc: Doc, lex: AttributionLexicon) -> list[AttributionItem]:
    entities: list[EntityItem] = doc._.news_entities or []
    quotes = quotations(doc)
    items: list[AttributionItem] = []

    def add(**fields: Any) -> AttributionItem:
        item = AttributionItem(
            id=f"A{len(items) + 1}",
            source_start=None,
            source_end=None,
            source_resolved=None,
            source_type="none",
            cue_start=None,
            cue_end=None,
            cue_lemma=None,
            content_start=0,
            content_end=0,
            quote_type="indirect",
            channel=None,
            channel_start=None,
            channel_end=None,
            parent_id=None,
            relation_to_parent=None,
        )
        item.update(fields)  # type: ignore[typeddict-item]
        items.append(item)
        return item

    for token in doc:
        lemma = token.lemma_.lower()
        # "according to X, ..."
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            head = token.head
            if source is None or head is token:
                continue
            skip = {t.i for t in token.subtree}
            content_tokens = [
                t for t in _subtree_tokens(head, skip) if not t.is_punct or t.i > head.i
            ]
            c_start, c_end = _trimmed(doc, *_char_span(content_tokens))
            s_start, s_end = _source_span(source)
            stype = _source_type(source, lex)
            add(
                source_start=s_start,
                source_end=s_end,
                source_type=stype,
                source_resolved=_resolve(s_start, s_end, stype, entities, items, doc, lex),
                cue_start=token.idx,
                cue_end=to.idx + len(to),
                cue_lemma="according to",
                content_start=c_start,
                content_end=c_end,
                channel=_media_channel(source, lex),
            )
            continue
        if token.pos_ != "VERB" or lemma not in lex.verbs:
            continue
        cue_end_token = token
        cue_lemma = lemma
        content: tuple[int, int] | None = None
        quote_type = "indirect"
        for child in token.children:
            if child.dep_ == "ccomp":
                content = _content_of_clause(child)
                break
        phrasal = next(
            (
                c
                for c in token.children
                if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.phrasal
            ),
            None,
        )
        if content is None and phrasal is not None:
            obj = next((g for g in phrasal.children if g.dep_ == "pobj"), None)
            if obj is not None:
                content = _trimmed(doc, *_char_span(list(obj.subtree)))
                cue_end_token = phrasal
                cue_lemma = lex.phrasal[f"{lemma} {phrasal.lower_}"]
        if content is not None:
            quote = _enclosing_quote(quotes, *content)
            if quote is not None:
                content, quote_type = quote, "direct"
        elif lemma in ("say", "write", "tell", "add", "tweet", "post"):
            quote = _adjacent_quote(quotes, token)
            if quote is not None:
                content, quote_type = quote, "direct"
        if content is None:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in lex.non_communicating:
            continue
        fields: dict[str, Any] = dict(
            cue_start=token.idx,
            cue_end=cue_end_token.idx + len(cue_end_token),
            cue_lemma=cue_lemma,
            content_start=content[0],
            content_end=content[1],
            quote_type=quote_type,
        )
        if subject is not None:
            s_start, s_end = _source_span(subject)
            stype = _source_type(subject, lex)
            fields.update(
                source_start=s_start,
                source_end=s_end,
                source_type=stype,
                source_resolved=_resolve(s_start, s_end, stype, entities, items, doc, lex),
            )
            media = _media_channel(subject, lex)
            if media:
                fields["channel"] = media
        channel = _channel(token, lex)
        if channel is not None:
            fields.update(channel=channel[0], channel_start=channel[1], channel_end=channel[2])
        parent = add(**fields)
        # "X, citing Y, said ...": Y is the origin of X's statement.
        for child in token.children:
            if child.lemma_.lower() in ("cite", "quote") and child.dep_ in (
                "advcl",
                "xcomp",
                "acl",
            ):
                origin = next((g for g in child.children if g.dep_ in ("dobj", "pobj")), None)
                if origin is None:
                    continue
                o_start, o_end = _source_span(origin)
                otype = _source_type(origin, lex)
                add(
                    source_start=o_start,
                    source_end=o_end,
                    source_type=otype,
                    source_resolved=_resolve(o_start, o_end, otype, entities, items, doc, lex)
                    or doc.text[o_start:o_end],
                    cue_start=child.idx,
                    cue_end=child.idx + len(child),
                    cue_lemma=child.lemma_.lower(),
                    content_start=content[0],
                    content_end=content[1],
                    quote_type=quote_type,
                    parent_id=parent["id"],
                    relation_to_parent="cited_origin",
                )
    _nest(items)
    return items


def _media_channel(source: Token, lex: AttributionLexicon) -> str | None:
    words = " ".join(t.lower_ for t in source.subtree)
    for phrase, channel in lex.media_sources.items():
        if re.search(rf"\b{re.escape(phrase)}\b", words):
            return channel
    return None


def _nest(items: list[AttributionItem]) -> None:
    """An attribution whose cue lies inside another's content is nested in it."""
    for item in items:
        if item["parent_id"] is not None or item["cue_start"] is None:
            continue
        holders = [
            o
            for o in items
            if o is not item
            and o["content_start"] <= item["cue_start"]
            and item["cue_end"] <= o["content_end"]
        ]
        if holders:
            parent = min(holders, key=lambda o: o["content_end"] - o["content_start"])
            same_source = (parent["source_resolved"] or "").lower() == (
                item["source_resolved"] or ""
            ).lower() and item["source_resolved"]
            item["parent_id"] = parent["id"]
            item["relation_to_parent"] = "nested_reiteration" if same_source else "nested"
