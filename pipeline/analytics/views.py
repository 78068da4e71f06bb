"""DuckDB over a run's Parquet: the six tables as views, plus views for the common questions.

`connect(out)` opens an in-memory DuckDB connection in which every table of the run in `out` is
a view under its contract name (`articles`, `entities`, `dates`, `casualties`,
`casualty_totals`, `attributions`) reading `out/<table>/part-*.parquet` in place: nothing is
copied into a database, so a run of millions of articles costs no extra disk and DuckDB reads
only the columns and row groups a query needs. On top of them, five documented views
(`DERIVED_VIEWS`):

casualty_events
    One row per counted casualty figure (`counts_toward_total`: subsets, repeats, superseded,
    cumulative and periodic figures are left out). Columns: article_id, casualty_id,
    published (the article's), event_date, day (event_date, else published), day_from
    (`event_date`, `published` or null), type, qualifier, value, value_upper, low, best, high,
    victims (victim_text), victim_status, negated, count_text, mention_text, location_text,
    place (the canonical name of the place entity the location names, else location_text),
    place_key, country_code, latitude, longitude, geonames_id (from the entities table, where it
    has the place), attribution_id, source (source_resolved, else source_text; null = the
    author's voice), source_text, source_type, cue, channel, channel_text.
daily_casualties
    One row per day and type over casualty_events: day, type, figures, articles, low, best,
    high. The contract's totals rule: `low` sums the lows (a null low counts 0; all null gives
    null); `best` and `high` are sums only when every figure of the day has one, else null.
    Figures with neither event_date nor published are the row with a null day.
places
    One row per place: every GPE/LOC/FAC entity of the run (grouped by GeoNames id, else by
    canonical name and country) and every casualty location that names no entity. Columns:
    place_key, place, country_code, latitude, longitude, geonames_id, mentions, articles,
    figures (counted casualty figures located there), killed, injured, harmed (sums of `low` of
    killed, of injured, and of killed + injured + killed_or_injured figures).
sources
    Who is cited how often: one row per source (source_resolved, else source_text, compared
    case-insensitively without a leading "the"): source, source_type, citations (attributions,
    floating quotes left out as they continue a citation already counted), articles,
    casualty_figures (casualty rows attributed to the source), channels ("telegram 2,
    statement 1": the channels its citations name, most used first; null when none is named).
channels
    One row per channel named: channel, citations, sources, articles.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..errors import NotARunError, QueryError
from ..io.writer import MANIFEST
from ..schemas import TABLE_NAMES, TABLES

#: Entity labels that name places (the contract gives them country codes and coordinates).
PLACE_LABELS = ("GPE", "LOC", "FAC")

_DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.date32(): "DATE",
    pa.bool_(): "BOOLEAN",
}

_PLACE_LABELS_SQL = ", ".join(f"'{label}'" for label in PLACE_LABELS)

# A place is one GeoNames id where the gazetteer knows it; else one name in one country. Written
# once as SQL so casualty_events and places key places the same way.
_ENTITY_PLACE_KEY = """CASE WHEN {e}.geonames_id IS NOT NULL THEN 'geonames:' || {e}.geonames_id
    ELSE 'name:' || lower(trim({e}.canonical)) || '|' || coalesce({e}.country_code, '') END"""

CASUALTY_EVENTS = f"""
CREATE VIEW casualty_events AS
WITH counted AS (
    SELECT * FROM casualties WHERE counts_toward_total
),
place_match AS (
    -- The place entity the location names: by offsets where the casualties table has them, else
    -- by its text. A location spanning several ("Kramatorsk, Donetsk region") gives the first,
    -- the most specific in news style, preferring one the gazetteer placed.
    SELECT c.article_id, c.casualty_id, e.canonical, e.country_code, e.latitude, e.longitude,
        e.geonames_id, {_ENTITY_PLACE_KEY.format(e="e")} AS place_key,
        row_number() OVER (
            PARTITION BY c.article_id, c.casualty_id
            ORDER BY (e.latitude IS NULL OR e.longitude IS NULL), e.start
        ) AS preference
    FROM counted AS c
    JOIN entities AS e ON e.article_id = c.article_id
    WHERE c.location_text IS NOT NULL
        AND e.label IN ({_PLACE_LABELS_SQL})
        AND CASE WHEN c.location_start IS NOT NULL AND c.location_end IS NOT NULL
            THEN e.start < c.location_end AND e."end" > c.location_start
            ELSE lower(trim(c.location_text)) IN (lower(e.text), lower(e.canonical)) END
)
SELECT
    c.article_id, c.casualty_id, a.published, c.event_date,
    coalesce(c.event_date, a.published) AS day,
    CASE WHEN c.event_date IS NOT NULL THEN 'event_date'
        WHEN a.published IS NOT NULL THEN 'published' END AS day_from,
    c.type, c.qualifier, c.value, c.value_upper, c.low, c.best, c.high,
    c.victim_text AS victims, c.victim_status, c.negated, c.count_text, c.mention_text,
    c.location_text,
    coalesce(p.canonical, trim(c.location_text)) AS place,
    coalesce(p.place_key, 'name:' || lower(trim(c.location_text)) || '|') AS place_key,
    p.country_code, p.latitude, p.longitude, p.geonames_id,
    c.attribution_id, coalesce(t.source_resolved, t.source_text) AS source, t.source_text,
    t.source_type, t.cue_lemma AS cue, t.channel, t.channel_text
FROM counted AS c
LEFT JOIN articles AS a ON a.article_id = c.article_id
LEFT JOIN place_match AS p
    ON p.article_id = c.article_id AND p.casualty_id = c.casualty_id AND p.preference = 1
LEFT JOIN attributions AS t
    ON t.article_id = c.article_id AND t.attribution_id = c.attribution_id
"""

# sum() of BIGINT is HUGEINT in DuckDB; cast back so pandas, CSV and Parquet get plain int64.
DAILY_CASUALTIES = """
CREATE VIEW daily_casualties AS
SELECT
    day, type,
    count(*) AS figures,
    count(DISTINCT article_id) AS articles,
    CAST(sum(low) AS BIGINT) AS low,
    CASE WHEN count(best) = count(*) THEN CAST(sum(best) AS BIGINT) END AS best,
    CASE WHEN count(high) = count(*) THEN CAST(sum(high) AS BIGINT) END AS high
FROM casualty_events
GROUP BY day, type
ORDER BY day NULLS LAST, type
"""

PLACES = f"""
CREATE VIEW places AS
WITH named AS (
    SELECT {_ENTITY_PLACE_KEY.format(e="e")} AS place_key, e.*
    FROM entities AS e
    WHERE e.label IN ({_PLACE_LABELS_SQL})
),
named_places AS (
    SELECT place_key,
        mode(canonical) AS place,
        mode(country_code) AS country_code,
        -- one point per place, from one row, so latitude and longitude never come from two
        mode(struct_pack(lat := latitude, lon := longitude))
            FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL) AS point,
        max(geonames_id) AS geonames_id,
        count(*) AS mentions,
        count(DISTINCT article_id) AS articles
    FROM named
    GROUP BY place_key
),
harm AS (
    SELECT place_key,
        mode(place) AS place,
        count(*) AS figures,
        CAST(coalesce(sum(low) FILTER (WHERE type = 'killed'), 0) AS BIGINT) AS killed,
        CAST(coalesce(sum(low) FILTER (WHERE type = 'injured'), 0) AS BIGINT) AS injured,
        CAST(coalesce(
            sum(low) FILTER (WHERE type IN ('killed', 'injured', 'killed_or_injured')), 0
        ) AS BIGINT) AS harmed
    FROM casualty_events
    WHERE place_key IS NOT NULL
    GROUP BY place_key
)
SELECT
    coalesce(n.place_key, h.place_key) AS place_key,
    coalesce(n.place, h.place) AS place,
    n.country_code, n.point.lat AS latitude, n.point.lon AS longitude, n.geonames_id,
    coalesce(n.mentions, 0) AS mentions,
    coalesce(n.articles, 0) AS articles,
    coalesce(h.figures, 0) AS figures,
    coalesce(h.killed, 0) AS killed,
    coalesce(h.injured, 0) AS injured,
    coalesce(h.harmed, 0) AS harmed
FROM named_places AS n
FULL OUTER JOIN harm AS h ON h.place_key = n.place_key
ORDER BY harmed DESC, figures DESC, mentions DESC, place
"""

# The contract compares resolved sources case-insensitively, ignoring a leading "the".
_SOURCE = "coalesce(source_resolved, source_text)"
_SOURCE_KEY = f"regexp_replace(lower(trim({_SOURCE})), '^the\\s+', '')"

SOURCES = f"""
CREATE VIEW sources AS
WITH cited AS (
    SELECT *, {_SOURCE} AS source, {_SOURCE_KEY} AS source_key,
        relation_to_parent IS DISTINCT FROM 'floating' AS is_citation
    FROM attributions
),
figures AS (
    SELECT article_id, attribution_id, count(*) AS n
    FROM casualties
    WHERE attribution_id IS NOT NULL
    GROUP BY article_id, attribution_id
),
by_channel AS (
    SELECT source_key, channel, count(*) AS n
    FROM cited
    WHERE channel IS NOT NULL AND is_citation
    GROUP BY source_key, channel
),
channel_lists AS (
    SELECT source_key, string_agg(channel || ' ' || n, ', ' ORDER BY n DESC, channel) AS channels
    FROM by_channel
    GROUP BY source_key
),
spellings AS (
    -- The most used spelling, ties broken by the text itself: mode() alone picks either of two
    -- equally used spellings ('officials' / 'Officials'), so reruns would differ.
    SELECT DISTINCT ON (source_key) source_key, source
    FROM (SELECT source_key, source, count(*) AS n FROM cited GROUP BY source_key, source)
    ORDER BY source_key, n DESC, source
)
SELECT
    any_value(s.source) AS source,
    mode(c.source_type) AS source_type,
    count(*) FILTER (WHERE c.is_citation) AS citations,
    count(DISTINCT c.article_id) AS articles,
    CAST(coalesce(sum(f.n), 0) AS BIGINT) AS casualty_figures,
    any_value(l.channels) AS channels
FROM cited AS c
LEFT JOIN figures AS f ON f.article_id = c.article_id AND f.attribution_id = c.attribution_id
LEFT JOIN channel_lists AS l ON l.source_key IS NOT DISTINCT FROM c.source_key
LEFT JOIN spellings AS s ON s.source_key IS NOT DISTINCT FROM c.source_key
GROUP BY c.source_key
ORDER BY citations DESC, casualty_figures DESC, source NULLS LAST
"""

CHANNELS = """
CREATE VIEW channels AS
SELECT
    channel,
    count(*) AS citations,
    count(DISTINCT coalesce(source_resolved, source_text)) AS sources,
    count(DISTINCT article_id) AS articles
FROM attributions
WHERE channel IS NOT NULL AND relation_to_parent IS DISTINCT FROM 'floating'
GROUP BY channel
ORDER BY citations DESC, channel
"""

#: The documented views, in the order they are created (each may read the ones before).
DERIVED_VIEWS: dict[str, str] = {
    "casualty_events": CASUALTY_EVENTS,
    "daily_casualties": DAILY_CASUALTIES,
    "places": PLACES,
    "sources": SOURCES,
    "channels": CHANNELS,
}

#: One line per table and view, for `newsextract query OUT` without SQL and for error messages.
DESCRIPTIONS: dict[str, str] = {
    "articles": "one row per input article: id, published, text, status ok/empty/rejected",
    "entities": "people, organisations and places, with coordinates for places",
    "dates": "temporal expressions with their TIMEX3 value",
    "casualties": "one row per casualty mention, with qualifier, bounds and relations",
    "casualty_totals": "per article and type, the sum of the figures that count",
    "attributions": "who said what, with cue and channel",
    "casualty_events": "one row per counted casualty figure, with date, place and source",
    "daily_casualties": "per day and type: the contract's totals of counted figures",
    "places": "one row per place: coordinates, mentions and the casualties located there",
    "sources": "who is cited how often, and through which channels",
    "channels": "how often each channel (telegram, statement, ...) is named",
}

NAMES = (*TABLE_NAMES, *DERIVED_VIEWS)


def check_run(out: str | Path) -> Path:
    """`out` as a Path if it holds a newsextract run (a manifest or an articles/ folder); else
    `NotARunError` saying what was expected."""
    path = Path(out)
    if not path.exists():
        raise NotARunError(f"{path}: no such directory")
    if not path.is_dir():
        raise NotARunError(
            f"{path}: is a file, not a run's output directory (give the folder that holds "
            "manifest.json and the table folders)"
        )
    if not ((path / MANIFEST).is_file() or (path / "articles").is_dir()):
        raise NotARunError(
            f"{path}: not a newsextract run (no {MANIFEST}, no articles/ folder); "
            f"make one with: newsextract run INPUTS --out {path}"
        )
    return path


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _empty_select(table: str) -> str:
    schema = TABLES[table][1]
    columns = ", ".join(
        f'CAST(NULL AS {_DUCKDB_TYPES[field.type]}) AS "{field.name}"' for field in schema
    )
    return f"SELECT {columns} WHERE false"


def _table_view(con: duckdb.DuckDBPyConnection, out: Path, table: str) -> str:
    """SELECT reading one table's part files in place, with every contract column present.

    The part files are listed rather than globbed so that a folder name holding glob characters
    (`[`, `*`, `?`) still works. A table folder with no part file (an interrupted run) reads as
    an empty table; a column missing from the files (an older run) reads as nulls, so the views
    above work whatever a run wrote.
    """
    files = sorted((out / table).glob("part-*.parquet"))
    if not files:
        return _empty_select(table)
    paths = ", ".join(_sql_string(str(f)) for f in files)
    source = f"read_parquet([{paths}], union_by_name = true, hive_partitioning = false)"
    present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    missing = [
        f'CAST(NULL AS {_DUCKDB_TYPES[field.type]}) AS "{field.name}"'
        for field in TABLES[table][1]
        if field.name not in present
    ]
    return f"SELECT *{''.join(', ' + m for m in missing)} FROM {source}"


def connect(out: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection over the run in `out`, with the tables and views.

    Reads nothing but the Parquet footers until a query runs. Raises `NotARunError` when `out`
    does not hold a run.

        con = connect("outputs/run")
        con.sql("select * from daily_casualties").show()
    """
    path = check_run(out)
    con = duckdb.connect()
    try:
        for table in TABLE_NAMES:
            con.execute(f"CREATE VIEW {table} AS {_table_view(con, path, table)}")
        for sql in DERIVED_VIEWS.values():
            con.execute(sql)
    except duckdb.Error as e:
        con.close()
        raise NotARunError(f"{path}: its Parquet files cannot be read: {e}") from e
    return con


def _names_hint() -> str:
    return f"tables: {', '.join(TABLE_NAMES)}; views: {', '.join(DERIVED_VIEWS)}"


def execute(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyConnection:
    """Run `sql` on `con` (a `connect` connection); DuckDB's error becomes a `QueryError` that
    quotes DuckDB's message and lists the tables and views there are."""
    if not sql.strip():
        raise QueryError(f"the SQL is empty; try: select * from daily_casualties ({_names_hint()})")
    try:
        return con.execute(sql)
    except duckdb.Error as e:
        message = str(e).strip()
        # DuckDB suggests its own catalogue's names ("pg_enum"); ours are the useful ones.
        message = message.split("\nDid you mean")[0]
        raise QueryError(f"DuckDB cannot run this SQL: {message}\n({_names_hint()})") from e


def query(out: str | Path, sql: str) -> pd.DataFrame:
    """The result of `sql` over the run in `out` as a pandas DataFrame.

    Dates are datetime64 columns, integers with nulls pandas' nullable Int64 (DuckDB's own
    conversion). Raises `NotARunError` or `QueryError`.
    """
    con = connect(out)
    try:
        result = execute(con, sql)
        if result.description is None:
            return pd.DataFrame()
        return result.df()
    finally:
        con.close()


def table(out: str | Path, name: str) -> pd.DataFrame:
    """One table or documented view of the run in `out` (a name in `NAMES`) as a DataFrame.

    table("outputs/run", "daily_casualties")
    """
    if name not in NAMES:
        raise QueryError(f"no table or view named {name!r}; {_names_hint()}")
    return query(out, f"SELECT * FROM {name}")


@dataclasses.dataclass
class Preview:
    """The first rows of a query's result, for a terminal: names, DuckDB types, rows, and how
    many rows the whole result has."""

    columns: list[str]
    types: list[str]
    rows: list[tuple[Any, ...]]
    total: int


def preview(con: duckdb.DuckDBPyConnection, sql: str, max_rows: int) -> Preview | None:
    """Run `sql` and keep its first `max_rows` rows; None for a statement without a result.

    The result is read once, streaming: the rows past `max_rows` are counted, not kept, so a
    query over millions of rows previews in constant memory.
    """
    cursor = execute(con, sql)
    if cursor.description is None:
        return None
    try:
        rows = cursor.fetchmany(max_rows) if max_rows else []
        total = len(rows)
        while chunk := cursor.fetchmany(10_000):
            total += len(chunk)
    except duckdb.Error as e:  # errors that only show while rows are produced (casts, ...)
        raise QueryError(f"DuckDB cannot run this SQL: {str(e).strip()}") from e
    columns = [d[0] for d in cursor.description]
    types = [str(d[1]) for d in cursor.description]
    return Preview(columns, types, rows, total)


def write_result(con: duckdb.DuckDBPyConnection, sql: str, path: str | Path, fmt: str) -> int:
    """Write the result of one query (`sql`, a SELECT, WITH, FROM or VALUES statement) to
    `path` as `fmt` (`csv` with a header row, or `parquet`); return the number of rows.

    DuckDB's COPY streams the result to the file, so its size is not bounded by memory.
    """
    options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet, COMPRESSION zstd"}
    if fmt not in options:
        raise ValueError(f"fmt must be csv or parquet, not {fmt!r}")
    statement = sql.strip().rstrip(";").strip()
    if not statement:
        raise QueryError(f"the SQL is empty; try: select * from daily_casualties ({_names_hint()})")
    cursor = execute(con, f"COPY ({statement}) TO {_sql_string(str(path))} ({options[fmt]})")
    row = cursor.fetchone()
    return int(row[0]) if row else 0


def article_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many articles rows the run has (0 for a run over no input at all)."""
    row = con.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


def catalogue(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int | None, str]]:
    """(name, "table" or "view", rows for a table, description) for every name in `NAMES`.

    Counting a table reads only the Parquet footers; views are not counted (that runs them).
    """
    entries: list[tuple[str, str, int | None, str]] = []
    for name in TABLE_NAMES:
        row = con.execute(f"SELECT count(*) FROM {name}").fetchone()
        entries.append((name, "table", int(row[0]) if row else 0, DESCRIPTIONS[name]))
    for name in DERIVED_VIEWS:
        entries.append((name, "view", None, DESCRIPTIONS[name]))
    return entries
