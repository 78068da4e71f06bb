"""Doc -> rows: the only reader of `Doc._` for output.

An article may have been processed as several chunks (very long texts); each chunk is a Doc
with the character offset at which it starts in the article's text. Offsets are shifted into
the whole text and ids numbered across chunks, so rows look the same as for one Doc.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from .io.inputs import Article
from .schemas import (
    ArticleRow,
    AttributionRow,
    CasualtyRow,
    CasualtyTotalRow,
    DateRow,
    EntityRow,
)

Rows = dict[str, list]


def article_row(article: Article) -> ArticleRow:
    return ArticleRow(
        article_id=article.article_id,
        source=article.source,
        title=article.title,
        published=article.published,
        published_from=article.published_from,
        text=article.text,
        status=article.status,
        error=article.error,
    )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _shift(value: int | None, offset: int) -> int | None:
    return None if value is None else value + offset


def _slice(text: str, start: int | None, end: int | None) -> str | None:
    return None if start is None or end is None else text[start:end]


class _Ids:
    """Renumbers one chunk's local ids ("C3") into article-wide ones."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.count = 0

    def chunk_map(self, local_ids: Sequence[str]) -> dict[str, str]:
        mapping = {}
        for local in local_ids:
            self.count += 1
            mapping[local] = f"{self.prefix}{self.count}"
        return mapping


def _containing_attribution(start: int, end: int, attributions: list[AttributionRow]) -> str | None:
    """The attribution with the smallest content holding [start, end); a tie goes to the child."""
    best: AttributionRow | None = None
    for row in attributions:
        if row.content_start <= start and end <= row.content_end:
            size = row.content_end - row.content_start
            if best is None:
                best = row
                continue
            best_size = best.content_end - best.content_start
            if size < best_size or (size == best_size and row.parent_id == best.attribution_id):
                best = row
    return best.attribution_id if best else None


def casualty_totals(article_id: str, casualties: list[CasualtyRow]) -> list[CasualtyTotalRow]:
    """One row per type with counted mentions, by the contract's arithmetic."""
    counted: dict[str, list[CasualtyRow]] = defaultdict(list)
    for row in casualties:
        if row.counts_toward_total:
            counted[row.type].append(row)
    totals = []
    for type_, rows in counted.items():
        lows = [r.low for r in rows]
        low = None if all(v is None for v in lows) else sum(v or 0 for v in lows)
        best = sum(r.best for r in rows) if all(r.best is not None for r in rows) else None
        high = sum(r.high for r in rows) if all(r.high is not None for r in rows) else None
        totals.append(CasualtyTotalRow(article_id, type_, low, best, high, len(rows)))
    return totals


def doc_rows(article: Article, chunks: Sequence[tuple[Doc, int]]) -> Rows:
    """Rows of every table for one processed article (the `articles` row included)."""
    assert article.text is not None
    text = article.text
    aid = article.article_id
    out: Rows = {
        "articles": [article_row(article)],
        "entities": [],
        "dates": [],
        "casualties": [],
        "attributions": [],
    }
    ent_ids, date_ids, cas_ids, att_ids = _Ids("E"), _Ids("D"), _Ids("C"), _Ids("A")
    cluster_ids = _Ids("K")
    for doc, offset in chunks:
        entities = doc._.news_entities or []
        dates = doc._.news_dates or []
        casualties = doc._.news_casualties or []
        attributions = doc._.news_attributions or []
        e_map = ent_ids.chunk_map([e["id"] for e in entities])
        k_map = cluster_ids.chunk_map(
            sorted(
                {e["cluster_id"] for e in entities},
                key=lambda k: int(k[1:]) if k[1:].isdigit() else 0,
            )
        )
        for e in entities:
            start, end = e["start"] + offset, e["end"] + offset
            out["entities"].append(
                EntityRow(
                    aid,
                    e_map[e["id"]],
                    text[start:end],
                    e["label"],
                    start,
                    end,
                    k_map[e["cluster_id"]],
                    e["canonical"],
                    e["country_code"],
                    e["latitude"],
                    e["longitude"],
                    e["geonames_id"],
                )
            )
        d_map = date_ids.chunk_map([d["id"] for d in dates])
        for d in dates:
            start, end = d["start"] + offset, d["end"] + offset
            out["dates"].append(
                DateRow(
                    aid,
                    d_map[d["id"]],
                    text[start:end],
                    start,
                    end,
                    d["value"],
                    d["kind"],
                    d["granularity"],
                    _date(d["resolved_start"]),
                    _date(d["resolved_end"]),
                    d["relative"],
                )
            )
        a_map = att_ids.chunk_map([a["id"] for a in attributions])
        chunk_attributions = []
        for a in attributions:
            s_start, s_end = _shift(a["source_start"], offset), _shift(a["source_end"], offset)
            c_start, c_end = _shift(a["cue_start"], offset), _shift(a["cue_end"], offset)
            ch_start, ch_end = _shift(a["channel_start"], offset), _shift(a["channel_end"], offset)
            n_start, n_end = a["content_start"] + offset, a["content_end"] + offset
            row = AttributionRow(
                aid,
                a_map[a["id"]],
                _slice(text, s_start, s_end),
                s_start,
                s_end,
                a["source_resolved"],
                a["source_type"],
                _slice(text, c_start, c_end),
                c_start,
                c_end,
                a["cue_lemma"],
                text[n_start:n_end],
                n_start,
                n_end,
                a["quote_type"],
                a["channel"],
                _slice(text, ch_start, ch_end),
                ch_start,
                ch_end,
                a_map.get(a["parent_id"]) if a["parent_id"] else None,
                a["relation_to_parent"],
            )
            chunk_attributions.append(row)
        out["attributions"].extend(chunk_attributions)
        c_map = cas_ids.chunk_map([c["id"] for c in casualties])
        for c in casualties:
            cs, ce = c["count_start"] + offset, c["count_end"] + offset
            ms, me = c["mention_start"] + offset, c["mention_end"] + offset
            vs, ve = _shift(c["victim_start"], offset), _shift(c["victim_end"], offset)
            ls, le = _shift(c["location_start"], offset), _shift(c["location_end"], offset)
            out["casualties"].append(
                CasualtyRow(
                    aid,
                    c_map[c["id"]],
                    c["type"],
                    c["qualifier"],
                    c["value"],
                    c["value_upper"],
                    c["low"],
                    c["best"],
                    c["high"],
                    text[cs:ce],
                    cs,
                    ce,
                    text[ms:me],
                    ms,
                    me,
                    _slice(text, vs, ve),
                    c["victim_status"],
                    c["negated"],
                    c["time_scope"],
                    _containing_attribution(ms, me, chunk_attributions),
                    c["relation"],
                    c_map.get(c["related_id"]) if c["related_id"] else None,
                    c["counts_toward_total"],
                    _date(c["event_date"]),
                    _slice(text, ls, le),
                    ls,
                    le,
                )
            )
    out["casualty_totals"] = casualty_totals(aid, out["casualties"])
    return out


def unprocessed_rows(article: Article) -> Rows:
    """Rows of an article that was not run through the pipeline (empty or rejected)."""
    return {"articles": [article_row(article)]}


def rejected_after_processing(article: Article, error: str) -> Rows:
    """An article whose processing failed: one rejected row (its text kept for inspection)."""
    failed = dataclasses.replace(article, status="rejected", error=error)
    return {"articles": [article_row(failed)]}
