"""The six output tables: one row dataclass and one pyarrow schema each.

This module is the only place that knows the columns (`../shared/spec/records.md`, "the
contract"). A test checks that each dataclass and its schema list the same fields in the same
order, so a column cannot drift silently. Columns the contract marks *req* are non-nullable here,
except where the contract itself allows a null (cue_* of floating quotes, articles.text of
rejected rows).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pyarrow as pa

SCHEMA_VERSION = "1.0"

ARTICLE_STATUSES = ("ok", "empty", "rejected")
PUBLISHED_FROM = ("metadata", "header", "none")
ENTITY_LABELS = (
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)
DATE_KINDS = ("date", "time", "duration", "set")
DATE_GRANULARITIES = (
    "time",
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "decade",
    "duration",
    "set",
    "unknown",
)
CASUALTY_TYPES = (
    "killed",
    "injured",
    "killed_or_injured",
    "missing",
    "trapped",
    "abducted",
    "detained",
    "displaced",
    "losses",
)
QUALIFIERS = (
    "exact",
    "at_least",
    "more_than",
    "approx",
    "approx_below",
    "up_to",
    "less_than",
    "range",
    "vague",
    "none",
)
VICTIM_STATUSES = ("civilian", "combatant", "law_enforcement", "unknown")
TIME_SCOPES = ("incident", "cumulative", "periodic")
CASUALTY_RELATIONS = ("subset_of", "same_as", "update_of", "conflicts_with")
SOURCE_TYPES = ("name", "nominal", "pronoun", "none")
QUOTE_TYPES = ("direct", "indirect", "mixed")
CHANNELS = (
    "telegram",
    "x_twitter",
    "facebook",
    "social_media",
    "statement",
    "press_conference",
    "interview",
    "tv_radio",
    "newspaper",
    "other",
)
PARENT_RELATIONS = ("cited_origin", "nested", "nested_reiteration", "floating")


@dataclasses.dataclass(slots=True)
class ArticleRow:
    article_id: str
    source: str
    title: str | None
    published: dt.date | None
    published_from: str
    text: str | None
    status: str
    error: str | None


@dataclasses.dataclass(slots=True)
class EntityRow:
    article_id: str
    entity_id: str
    text: str
    label: str
    start: int
    end: int
    cluster_id: str
    canonical: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None


@dataclasses.dataclass(slots=True)
class DateRow:
    article_id: str
    date_id: str
    text: str
    start: int
    end: int
    value: str
    kind: str
    granularity: str
    resolved_start: dt.date | None
    resolved_end: dt.date | None
    relative: bool


@dataclasses.dataclass(slots=True)
class CasualtyRow:
    article_id: str
    casualty_id: str
    type: str
    qualifier: str
    value: int | None
    value_upper: int | None
    low: int | None
    best: int | None
    high: int | None
    count_text: str
    count_start: int
    count_end: int
    mention_text: str
    mention_start: int
    mention_end: int
    victim_text: str | None
    victim_status: str | None
    negated: bool
    time_scope: str
    attribution_id: str | None
    relation: str | None
    related_id: str | None
    counts_toward_total: bool
    event_date: dt.date | None
    location_text: str | None
    location_start: int | None
    location_end: int | None


@dataclasses.dataclass(slots=True)
class CasualtyTotalRow:
    article_id: str
    type: str
    low: int | None
    best: int | None
    high: int | None
    mentions: int


@dataclasses.dataclass(slots=True)
class AttributionRow:
    article_id: str
    attribution_id: str
    source_text: str | None
    source_start: int | None
    source_end: int | None
    source_resolved: str | None
    source_type: str | None
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    cue_lemma: str | None
    content_text: str
    content_start: int
    content_end: int
    quote_type: str
    channel: str | None
    channel_text: str | None
    channel_start: int | None
    channel_end: int | None
    parent_id: str | None
    relation_to_parent: str | None


def _field(name: str, type_: pa.DataType, required: bool = False) -> pa.Field:
    return pa.field(name, type_, nullable=not required)


_s, _i32, _i64, _f64, _d, _b = (
    pa.string(),
    pa.int32(),
    pa.int64(),
    pa.float64(),
    pa.date32(),
    pa.bool_(),
)


def _schema(table: str, fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(
        fields,
        metadata={"newsextract.table": table, "newsextract.schema_version": SCHEMA_VERSION},
    )


ARTICLES = _schema(
    "articles",
    [
        _field("article_id", _s, True),
        _field("source", _s, True),
        _field("title", _s),
        _field("published", _d),
        _field("published_from", _s, True),
        # text is null only for rejected rows, so the column as a whole is nullable.
        _field("text", _s),
        _field("status", _s, True),
        _field("error", _s),
    ],
)
ENTITIES = _schema(
    "entities",
    [
        _field("article_id", _s, True),
        _field("entity_id", _s, True),
        _field("text", _s, True),
        _field("label", _s, True),
        _field("start", _i32, True),
        _field("end", _i32, True),
        _field("cluster_id", _s, True),
        _field("canonical", _s, True),
        _field("country_code", _s),
        _field("latitude", _f64),
        _field("longitude", _f64),
        _field("geonames_id", _i64),
    ],
)
DATES = _schema(
    "dates",
    [
        _field("article_id", _s, True),
        _field("date_id", _s, True),
        _field("text", _s, True),
        _field("start", _i32, True),
        _field("end", _i32, True),
        _field("value", _s, True),
        _field("kind", _s, True),
        _field("granularity", _s, True),
        _field("resolved_start", _d),
        _field("resolved_end", _d),
        _field("relative", _b, True),
    ],
)
CASUALTIES = _schema(
    "casualties",
    [
        _field("article_id", _s, True),
        _field("casualty_id", _s, True),
        _field("type", _s, True),
        _field("qualifier", _s, True),
        _field("value", _i64),
        _field("value_upper", _i64),
        _field("low", _i64),
        _field("best", _i64),
        _field("high", _i64),
        _field("count_text", _s, True),
        _field("count_start", _i32, True),
        _field("count_end", _i32, True),
        _field("mention_text", _s, True),
        _field("mention_start", _i32, True),
        _field("mention_end", _i32, True),
        _field("victim_text", _s),
        _field("victim_status", _s),
        _field("negated", _b, True),
        _field("time_scope", _s, True),
        _field("attribution_id", _s),
        _field("relation", _s),
        _field("related_id", _s),
        _field("counts_toward_total", _b, True),
        _field("event_date", _d),
        _field("location_text", _s),
        _field("location_start", _i32),
        _field("location_end", _i32),
    ],
)
CASUALTY_TOTALS = _schema(
    "casualty_totals",
    [
        _field("article_id", _s, True),
        _field("type", _s, True),
        _field("low", _i64),
        _field("best", _i64),
        _field("high", _i64),
        _field("mentions", _i32, True),
    ],
)
ATTRIBUTIONS = _schema(
    "attributions",
    [
        _field("article_id", _s, True),
        _field("attribution_id", _s, True),
        _field("source_text", _s),
        _field("source_start", _i32),
        _field("source_end", _i32),
        _field("source_resolved", _s),
        _field("source_type", _s),
        # cue_* are null only for floating quotes and dash-credited pull quotes (the contract).
        _field("cue_text", _s),
        _field("cue_start", _i32),
        _field("cue_end", _i32),
        _field("cue_lemma", _s),
        _field("content_text", _s, True),
        _field("content_start", _i32, True),
        _field("content_end", _i32, True),
        _field("quote_type", _s, True),
        _field("channel", _s),
        _field("channel_text", _s),
        _field("channel_start", _i32),
        _field("channel_end", _i32),
        _field("parent_id", _s),
        _field("relation_to_parent", _s),
    ],
)

#: Table name -> (row dataclass, schema), in the order tables are written and documented.
TABLES: dict[str, tuple[type, pa.Schema]] = {
    "articles": (ArticleRow, ARTICLES),
    "entities": (EntityRow, ENTITIES),
    "dates": (DateRow, DATES),
    "casualties": (CasualtyRow, CASUALTIES),
    "casualty_totals": (CasualtyTotalRow, CASUALTY_TOTALS),
    "attributions": (AttributionRow, ATTRIBUTIONS),
}
TABLE_NAMES = tuple(TABLES)


def rows_to_table(table: str, rows: list[Any]) -> pa.Table:
    """Columnar pyarrow table from row dataclasses, cast to the table's schema."""
    row_type, schema = TABLES[table]
    names = [f.name for f in dataclasses.fields(row_type)]
    columns = {name: [getattr(row, name) for row in rows] for name in names}
    data = pa.Table.from_pydict(columns, schema=schema)
    # pyarrow does not enforce nullable=False; a null in a required column is a bug upstream.
    for field in schema:
        if not field.nullable and data.column(field.name).null_count:
            raise ValueError(
                f"{table}.{field.name} is required but has "
                f"{data.column(field.name).null_count} null value(s)"
            )
    return data


def empty_table(table: str) -> pa.Table:
    return TABLES[table][1].empty_table()
