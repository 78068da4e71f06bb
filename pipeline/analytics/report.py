"""The run report: one self-contained HTML page summarising a run's output (no script, no CDN).

`build_report(out)` reads the run in `out` through the DuckDB views (`views.connect`) and its
manifest, and returns the page: inputs; articles ok/empty/rejected with the first rejected
reasons; rows per table; killed and injured per day; the places with the most reported
casualties (bars, and a scatter of their coordinates); the most cited sources and channels; a
sample of casualty figures with their sentence highlighted. `write_report(out, path)` writes it.
Charts are inline SVG (`charts`), so the page is one file that works offline.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from ..io.writer import MANIFEST
from ..schemas import TABLE_NAMES
from . import charts
from .views import check_run, connect

KILLED, INJURED, OTHER = "#b03a2e", "#e67e22", "#8e7cc3"
SAMPLE_SIZE = 12
TOP = 15
MAX_REJECTED = 10
MAX_SENTENCE = 600

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; color: #222; max-width: 1140px;
       padding: 0 1em; line-height: 1.4; }
h1 { margin-bottom: 0.1em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
td, th { border: 1px solid #ddd; padding: 3px 9px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: 0.9em; } .empty { color: #8a6d3b; font-style: italic; }
.cards { display: flex; gap: 1em; flex-wrap: wrap; margin: 0.8em 0; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 1em; min-width: 7em; }
.card b { display: block; font-size: 1.6em; }
.ok b { color: #2e7d32; } .emptyc b { color: #8a6d3b; } .rejected b { color: #c62828; }
.row2 { display: flex; gap: 2em; flex-wrap: wrap; align-items: flex-start; }
.figure { border-left: 4px solid #ccc; margin: 0.9em 0; padding: 0.2em 0.9em; }
.figure.counted { border-color: #b03a2e; }
.figure .meta { font-size: 0.88em; color: #444; }
.figure .meta span { margin-right: 1.1em; }
.sentence { margin: 0.3em 0; }
mark.count { background: #ffd54f; padding: 0 2px; border-radius: 2px; }
span.mention { border-bottom: 2px solid #b03a2e; }
span.location { background: #cde8ff; }
code { background: #f4f4f4; padding: 0 3px; }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _n(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:,}" if isinstance(value, int) else _e(value)


def _int(value: object) -> int | None:
    """DuckDB sums are HUGEINT (Python int) or DECIMAL; the report shows whole numbers."""
    return None if value is None else int(value)  # type: ignore[call-overload]


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _table(
    header: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()
) -> str:
    head = "".join(
        f'<th class="n">{_e(h)}</th>' if i in numeric else f"<th>{_e(h)}</th>"
        for i, h in enumerate(header)
    )
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="n">{_n(v)}</td>' if i in numeric else f"<td>{_e(v)}</td>"
            for i, v in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _nothing(text: str) -> str:
    return f'<p class="empty">{_e(text)}</p>'


# -- sections -----------------------------------------------------------------------------------


def _run_section(out: Path, manifest: dict[str, Any] | None) -> str:
    if manifest is None:
        return _nothing(
            f"No {MANIFEST} in {out}: the run did not finish (or the folder was copied "
            "without it); the tables below are what its part files hold."
        )
    inputs = manifest.get("inputs", [])
    shown = inputs[:20]
    items = "".join(
        f"<li><code>{_e(i.get('path'))}</code> ({_e(i.get('format'))}"
        f"{', gzip' if i.get('gzip') else ''})</li>"
        for i in shown
    )
    more = f"<li>… and {len(inputs) - len(shown):,} more</li>" if len(inputs) > len(shown) else ""
    model = manifest.get("model", {})
    settings = manifest.get("settings", {})
    timings = manifest.get("timings", {})
    counts = manifest.get("counts", {})
    facts = [
        ("finished", manifest.get("finished")),
        ("newsextract", manifest.get("newsextract_version")),
        ("model", f"{model.get('name')} {model.get('version')} (spaCy {model.get('spacy')})"),
        ("engine", f"{settings.get('engine')}, {settings.get('n_process')} process(es)"),
        (
            "time",
            f"{timings.get('total_seconds')} s, {timings.get('words_per_second')} words/s",
        ),
        ("records in", counts.get("records_in")),
        ("duplicate ids renamed", sum((counts.get("duplicate_ids") or {}).values())),
        ("reader warnings", counts.get("warnings")),
    ]
    skipped = manifest.get("skipped_files") or []
    warnings = manifest.get("warnings") or []
    facts_table = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts)
    parts = [
        f"<table>{facts_table}</table>",
        f"<p>Inputs ({len(inputs):,} file{'s' if len(inputs) != 1 else ''}):</p>",
        f"<ul>{items}{more}</ul>" if inputs else _nothing("No input file."),
    ]
    if skipped:
        parts.append(f"<p class='note'>Skipped: {_e(', '.join(map(str, skipped[:10])))}</p>")
    if warnings:
        parts.append(
            "<p>First reader warnings:</p><ul>"
            + "".join(f"<li>{_e(w)}</li>" for w in warnings[:5])
            + "</ul>"
        )
    return "".join(parts)


def _articles_section(con: duckdb.DuckDBPyConnection) -> str:
    status = {
        r["status"]: r["n"]
        for r in _rows(con, "SELECT status, count(*) AS n FROM articles GROUP BY status")
    }
    total = sum(status.values())
    if not total:
        return _nothing("This run holds no articles: there is nothing to report.")
    cards = "".join(
        f'<div class="card {css}"><b>{status.get(name, 0):,}</b>{name}</div>'
        for name, css in (("ok", "ok"), ("empty", "emptyc"), ("rejected", "rejected"))
    )
    parts = [f'<div class="cards"><div class="card"><b>{total:,}</b>articles</div>{cards}</div>']
    # Errors start with the input's file:line; without it, one broken stage or one bad field
    # shows as one reason with its count, not as ten rows saying the same thing.
    rejected = _rows(
        con,
        f"""
        WITH numbered AS (
            SELECT row_number() OVER () AS position, article_id, source,
                regexp_replace(coalesce(error, '(no reason given)'), '^\\S+:\\d+: ', '') AS reason
            FROM articles WHERE status = 'rejected'
        )
        SELECT reason, count(*) AS articles, arg_min(article_id, position) AS article_id,
            arg_min(source, position) AS source
        FROM numbered GROUP BY reason ORDER BY min(position) LIMIT {MAX_REJECTED}
        """,
    )
    if rejected:
        parts.append(
            f"<p>Why articles were rejected ({status.get('rejected', 0):,}), in input order:</p>"
        )
        parts.append(
            _table(
                ["reason", "articles", "first article", "input"],
                [(r["reason"], r["articles"], r["article_id"], r["source"]) for r in rejected],
                numeric=(1,),
            )
        )
    else:
        parts.append("<p class='note'>No article was rejected.</p>")
    return "".join(parts)


def _tables_section(con: duckdb.DuckDBPyConnection, manifest: dict[str, Any] | None) -> str:
    written = (manifest or {}).get("rows", {})
    rows = []
    for name in TABLE_NAMES:
        row = con.execute(f"SELECT count(*) FROM {name}").fetchone()
        count = int(row[0]) if row else 0
        rows.append((name, count, written.get(name)))
    return _table(["table", "rows", "manifest says"], rows, numeric=(1, 2))


def time_bins(
    daily: Sequence[tuple[dt.date, str, int | None]], types: Sequence[str]
) -> tuple[str, list[tuple[dt.date, list[float]]]]:
    """(bin size, bins) for a chart of `types` over time from (day, type, low) rows: days when
    they span at most four months, ISO weeks up to three years, else months."""
    days = [d for d, _, _ in daily]
    span = (max(days) - min(days)).days
    size = "day" if span <= 120 else "week" if span <= 3 * 366 else "month"

    def start(day: dt.date) -> dt.date:
        if size == "week":
            return day - dt.timedelta(days=day.weekday())
        if size == "month":
            return day.replace(day=1)
        return day

    sums: dict[dt.date, list[float]] = defaultdict(lambda: [0.0] * len(types))
    for day, type_, low in daily:
        sums[start(day)][types.index(type_)] += low or 0
    return size, sorted(sums.items())


def _daily_section(con: duckdb.DuckDBPyConnection) -> str:
    daily = _rows(
        con,
        "SELECT day, type, low, figures FROM daily_casualties "
        "WHERE type IN ('killed', 'injured') ORDER BY day",
    )
    dated = [(r["day"], r["type"], r["low"]) for r in daily if r["day"] is not None]
    undated = sum(r["figures"] for r in daily if r["day"] is None)
    totals = {t: sum(r["low"] or 0 for r in daily if r["type"] == t) for t in ("killed", "injured")}
    figures = sum(r["figures"] for r in daily)
    if not figures:
        return _nothing("No counted killed or injured figure in this run.")
    parts = [
        f'<div class="cards"><div class="card"><b>{totals["killed"]:,}</b>killed (at least)'
        f'</div><div class="card"><b>{totals["injured"]:,}</b>injured (at least)</div>'
        f'<div class="card"><b>{figures:,}</b>counted figures</div></div>'
    ]
    if dated:
        size, bins = time_bins(dated, ("killed", "injured"))
        parts.append(
            charts.time_bars(
                bins,
                (("killed", KILLED), ("injured", INJURED)),
                bin_label=size,
                title=f"Killed and injured per {size} (sum of the lower bounds)",
            )
        )
    busiest = _rows(
        con,
        "SELECT day, sum(low) FILTER (WHERE type = 'killed') AS killed, "
        "sum(low) FILTER (WHERE type = 'injured') AS injured, sum(figures) AS figures "
        "FROM daily_casualties "
        "WHERE type IN ('killed', 'injured') AND day IS NOT NULL "
        "GROUP BY day ORDER BY coalesce(killed, 0) + coalesce(injured, 0) DESC, day LIMIT 5",
    )
    if busiest:
        parts.append("<p>The days with the most killed and injured:</p>")
        parts.append(
            _table(
                ["day", "killed", "injured", "figures"],
                [
                    (b["day"], _int(b["killed"]), _int(b["injured"]), _int(b["figures"]))
                    for b in busiest
                ],
                numeric=(1, 2, 3),
            )
        )
    parts.append(
        "<p class='note'>From the <code>daily_casualties</code> view: figures that count toward "
        "the total (no subsets, repeats, superseded, cumulative or periodic figures), dated by "
        "their event date, else the article's publication date; the bars sum each figure's "
        'lower bound (<code>low</code>: "at least 13" is 13, "dozens" 24).'
        + (f" {undated:,} figure(s) have no date and are not drawn." if undated else "")
        + "</p>"
    )
    return "".join(parts)


def _places_section(con: duckdb.DuckDBPyConnection) -> str:
    parts = []
    top = _rows(
        con,
        f"SELECT place, country_code, killed, injured, harmed, figures FROM places "
        f"WHERE harmed > 0 ORDER BY harmed DESC, figures DESC LIMIT {TOP}",
    )
    located_row = con.execute(
        "SELECT count(*), count(location_text) FROM casualty_events"
    ).fetchone()
    events, located = (located_row or (0, 0))[0], (located_row or (0, 0))[1]
    if top:
        rows = [
            (
                r["place"] + (f" ({r['country_code']})" if r["country_code"] else ""),
                [r["killed"], r["injured"], r["harmed"] - r["killed"] - r["injured"]],
            )
            for r in top
        ]
        parts.append(
            charts.horizontal_bars(
                rows,
                (("killed", KILLED), ("injured", INJURED), ("killed or injured", OTHER)),
                title="Places with the most reported casualties (lower bounds)",
                width=1100,
                label_width=260,
            )
        )
    else:
        parts.append(
            _nothing(
                f"No killed or injured figure names a place: {located:,} of {events:,} counted "
                "figures have a location_text."
            )
        )
    points = _rows(
        con,
        "SELECT place, longitude, latitude, harmed FROM places "
        "WHERE latitude IS NOT NULL AND longitude IS NOT NULL "
        "ORDER BY harmed DESC, mentions DESC LIMIT 2000",
    )
    if points:
        parts.append(
            charts.coordinate_scatter(
                [(p["place"], p["longitude"], p["latitude"], float(p["harmed"])) for p in points],
                title=f"Places at their coordinates ({len(points):,}): circle area = killed + "
                "injured; grey = no casualty figure located there",
            )
        )
    else:
        parts.append(
            _nothing(
                "No place in this run has coordinates (the entities table has no latitude or "
                "longitude), so there is nothing to draw on a map."
            )
        )
    return "".join(parts)


def _sources_section(con: duckdb.DuckDBPyConnection) -> str:
    sources = _rows(con, f"SELECT * FROM sources LIMIT {TOP}")
    channels = _rows(con, "SELECT * FROM channels")
    if not sources:
        return _nothing("No attribution in this run: nobody is cited.")
    label = [(s["source"] or "(no source named)", [s["citations"]]) for s in sources]
    chart = charts.horizontal_bars(
        label, (("citations", "#4a78b5"),), title=f"The {len(sources)} most cited sources"
    )
    if channels:
        channel_chart = charts.horizontal_bars(
            [(c["channel"], [c["citations"]]) for c in channels],
            (("citations", "#5d9c6a"),),
            title="Channels named",
            label_width=130,
            width=440,
        )
    else:
        channel_chart = _nothing("No citation names its channel.")
    table = _table(
        ["source", "type", "citations", "articles", "casualty figures", "channels"],
        [
            (
                s["source"] or "(no source named)",
                s["source_type"],
                s["citations"],
                s["articles"],
                s["casualty_figures"],
                s["channels"] or "",
            )
            for s in sources
        ],
        numeric=(2, 3, 4),
    )
    return f'<div class="row2"><div>{chart}</div><div>{channel_chart}</div></div>{table}'


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from after the last sentence end or line break
    before `start` to the first one after `end` (the output has no sentence table)."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    left = 0 if left < 0 else left + (1 if text[left] == "\n" else 2)
    ends = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    if text[right - 1 : right] == "\n":
        right -= 1
    if right - left > MAX_SENTENCE:  # a run-on "sentence" (a list, a table): keep the middle
        left = max(left, start - MAX_SENTENCE // 2)
        right = min(right, max(end, left + MAX_SENTENCE))
    return left, right


def highlight(text: str, window: tuple[int, int], spans: Sequence[tuple[int, int, str]]) -> str:
    """text[window] as HTML with each (start, end, class) span wrapped: `count` in <mark>, the
    others in <span class=...>; overlapping spans nest by cutting the text at every boundary."""
    left, right = window
    inside = [(max(s, left), min(e, right), c) for s, e, c in spans if s < right and e > left]
    cuts = sorted({left, right, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
    pieces = []
    for a, b in itertools.pairwise(cuts):
        piece = _e(text[a:b])
        # the count innermost, so the mention's underline runs on under it
        for s, e, css in sorted(inside, key=lambda span: span[2] != "count"):
            if s <= a and b <= e:
                piece = (
                    f'<mark class="count">{piece}</mark>'
                    if css == "count"
                    else f'<span class="{css}">{piece}</span>'
                )
        pieces.append(piece)
    prefix = "… " if left > 0 and text[left - 1] not in ".!?\n " else ""
    suffix = " …" if right < len(text) and text[right - 1] not in ".!?" else ""
    return prefix + "".join(pieces) + suffix


def _sample_section(con: duckdb.DuckDBPyConnection) -> str:
    # One figure per article before a second of any, in a stable pseudo-random article order,
    # so the sample spreads over the run and is the same every time.
    picked = _rows(
        con,
        f"""
        SELECT c.article_id, c.casualty_id, c.type, c.qualifier, c.count_text, c.count_start,
            c.count_end, c.mention_start, c.mention_end, c.location_start, c.location_end,
            c.low, c.best, c.high, c.counts_toward_total, c.relation, c.related_id,
            c.time_scope, c.event_date, c.attribution_id
        FROM casualties AS c
        QUALIFY row_number() OVER (
            PARTITION BY c.article_id ORDER BY c.counts_toward_total DESC, c.count_start) <= 3
        ORDER BY row_number() OVER (
            PARTITION BY c.article_id ORDER BY c.counts_toward_total DESC, c.count_start),
            hash(c.article_id), c.count_start
        LIMIT {SAMPLE_SIZE}
        """,
    )
    total_row = con.execute("SELECT count(*) FROM casualties").fetchone()
    total = int(total_row[0]) if total_row else 0
    if not picked:
        return _nothing("No casualty figure in this run.")
    ids = sorted({p["article_id"] for p in picked})
    con.execute("CREATE OR REPLACE TEMP TABLE _sample_ids (article_id VARCHAR)")
    con.executemany("INSERT INTO _sample_ids VALUES (?)", [(i,) for i in ids])
    articles = {
        r["article_id"]: r
        for r in _rows(
            con,
            "SELECT a.article_id, a.published, a.text FROM articles AS a "
            "JOIN _sample_ids USING (article_id)",
        )
    }
    sources = {
        (r["article_id"], r["attribution_id"]): r
        for r in _rows(
            con,
            "SELECT t.article_id, t.attribution_id, "
            "coalesce(t.source_resolved, t.source_text) AS source, t.channel "
            "FROM attributions AS t JOIN _sample_ids USING (article_id)",
        )
    }
    cards = []
    for p in picked:
        article = articles.get(p["article_id"], {})
        text = article.get("text") or ""
        spans = [(p["mention_start"], p["mention_end"], "mention")]
        if p["location_start"] is not None and p["location_end"] is not None:
            spans.append((p["location_start"], p["location_end"], "location"))
        spans.append((p["count_start"], p["count_end"], "count"))
        window = sentence_bounds(text, p["mention_start"], p["mention_end"])
        source = sources.get((p["article_id"], p["attribution_id"]))
        said = (
            f"{source['source'] or '(unnamed)'}"
            + (f" via {source['channel']}" if source and source["channel"] else "")
            if source
            else "the author"
        )
        status = (
            "counts toward the total"
            if p["counts_toward_total"]
            else "not counted"
            + (f": {p['relation']} {p['related_id']}" if p["relation"] else "")
            + (f": {p['time_scope']}" if p["time_scope"] != "incident" else "")
        )
        bounds = "/".join("–" if v is None else str(v) for v in (p["low"], p["best"], p["high"]))
        meta = "".join(
            f"<span>{item}</span>"
            for item in (
                f"<b>{_e(p['type'])}</b> {_e(p['qualifier'])}",
                f"low/best/high {_e(bounds)}",
                _e(status),
                f"date {_e(p['event_date'] or article.get('published') or '?')}",
                f"said by {_e(said)}",
                f"{_e(p['article_id'])} {_e(p['casualty_id'])}",
            )
        )
        css = "figure counted" if p["counts_toward_total"] else "figure"
        cards.append(
            f'<div class="{css}"><div class="meta">{meta}</div>'
            f'<div class="sentence">{highlight(text, window, spans)}</div></div>'
        )
    return (
        f"<p class='note'>{len(picked)} of {total:,} casualty figures. "
        '<mark class="count">count</mark> <span class="mention">the clause stating the harm'
        '</span> <span class="location">location</span>; a red edge marks figures that '
        "count toward totals.</p>" + "".join(cards)
    )


# -- the page -----------------------------------------------------------------------------------


def read_manifest(out: Path) -> dict[str, Any] | None:
    """The run's manifest.json as a dict, or None when the run did not write one."""
    path = out / MANIFEST
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def build_report(out: str | Path) -> str:
    """The report page for the run in `out`, as one HTML string (raises `NotARunError`)."""
    path = check_run(out)
    manifest = read_manifest(path)
    con = connect(path)
    try:
        sections = [
            ("Run", _run_section(path, manifest)),
            ("Articles", _articles_section(con)),
            ("Rows per table", _tables_section(con, manifest)),
            ("Killed and injured per day", _daily_section(con)),
            ("Places", _places_section(con)),
            ("Sources and channels", _sources_section(con)),
            ("A sample of casualty figures", _sample_section(con)),
        ]
    finally:
        con.close()
    body = "".join(f"<h2>{_e(title)}</h2>{content}" for title, content in sections)
    title = f"newsextract report: {path}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>newsextract run report</h1><p class='note'><code>{_e(path.resolve())}</code> · "
        'query these numbers with <code>newsextract query OUT "select * from daily_casualties'
        f'"</code></p>{body}</body></html>\n'
    )


def write_report(out: str | Path, path: str | Path) -> Path:
    """Write the report for the run in `out` to `path` (its folder must exist); return it."""
    target = Path(path)
    target.write_text(build_report(out), encoding="utf-8")
    return target
