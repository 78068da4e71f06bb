"""Every `Doc._` attribute newsextract reads or writes, declared once.

Values are plain dicts, lists, strings and numbers (msgpack-serialisable), so they travel with a
Doc through `nlp.pipe(n_process=2)`, `Doc.to_bytes` and `DocBin`. Dates are ISO strings inside
items; `Doc._.published` is the one `datetime.date`, converted by the getter/setter pair below.

Each stage owns one attribute and writes nothing else:

| attribute | written by | item type |
|---|---|---|
| `news_published` | the caller (reader or `make_doc`) | ISO date string or None |
| `news_entities` | `news_entities` | `EntityItem` |
| `news_dates` | `news_dates` | `DateItem` |
| `news_casualties` | `news_casualties` | `CasualtyItem` |
| `news_attributions` | `news_attributions` | `AttributionItem` |

`Doc._.published` is a property over `news_published` that speaks `datetime.date`.
"""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from spacy.tokens import Doc


class EntityItem(TypedDict):
    """One named-entity mention, made consistent per article."""

    id: str
    start: int
    end: int
    label: str
    cluster_id: str
    canonical: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    #: the gazetteer's kind of the place: country, admin1, capital (a national capital) or city
    place_kind: str | None
    #: the GeoNames admin1 code of the place ("PS.GZ"), for a region or a town within one
    admin1: str | None


class DateItem(TypedDict):
    """One temporal expression with its TIMEX3 normalisation."""

    id: str
    start: int
    end: int
    value: str
    kind: str
    granularity: str
    resolved_start: str | None
    resolved_end: str | None
    relative: bool


class CasualtyItem(TypedDict):
    """One casualty mention; character offsets into the Doc's text."""

    id: str
    type: str
    qualifier: str
    value: int | None
    value_upper: int | None
    low: int | None
    best: int | None
    high: int | None
    count_start: int
    count_end: int
    mention_start: int
    mention_end: int
    victim_start: int | None
    victim_end: int | None
    victim_status: str | None
    negated: bool
    time_scope: str
    relation: str | None
    related_id: str | None
    counts_toward_total: bool
    event_date: str | None
    location_start: int | None
    location_end: int | None


class AttributionItem(TypedDict):
    """One (source, cue, content) attribution; a missing role has None offsets."""

    id: str
    source_start: int | None
    source_end: int | None
    source_resolved: str | None
    #: None for a floating quote, whose source is its parent's.
    source_type: str | None
    cue_start: int | None
    cue_end: int | None
    cue_lemma: str | None
    content_start: int
    content_end: int
    quote_type: str
    channel: str | None
    channel_start: int | None
    channel_end: int | None
    parent_id: str | None
    relation_to_parent: str | None


LIST_EXTENSIONS = ("news_entities", "news_dates", "news_casualties", "news_attributions")


def _get_published(doc: Doc) -> dt.date | None:
    value = doc._.news_published
    return dt.date.fromisoformat(value) if value else None


def _set_published(doc: Doc, value: dt.date | str | None) -> None:
    if value is None:
        doc._.news_published = None
    elif isinstance(value, dt.date):
        doc._.news_published = value.isoformat()
    else:
        doc._.news_published = dt.date.fromisoformat(value).isoformat()


def register() -> None:
    """Declare the extensions; safe to call more than once (spaCy's `force=True`)."""
    Doc.set_extension("news_published", default=None, force=True)
    Doc.set_extension("published", getter=_get_published, setter=_set_published, force=True)
    for name in LIST_EXTENSIONS:
        # A default of None, not []: a shared mutable default would leak between docs.
        Doc.set_extension(name, default=None, force=True)


register()
