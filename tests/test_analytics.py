"""Analytics: the DuckDB views on hand-made runs with known answers, query/report/export."""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.analytics import NAMES, NotARunError, QueryError, connect, query, table
from pipeline.analytics.export import geojson
from pipeline.analytics.replicate import replicate
from pipeline.analytics.report import build_report, highlight, sentence_bounds, time_bins
from pipeline.cli import app
from pipeline.io import writer
from pipeline.schemas import (
    TABLE_NAMES,
    ArticleRow,
    AttributionRow,
    CasualtyRow,
    CasualtyTotalRow,
    EntityRow,
    rows_to_table,
)

KYIV = {"country_code": "UA", "latitude": 50.45466, "longitude": 30.5238, "geonames_id": 703448}
LVIV = {"country_code": "UA", "latitude": 49.83826, "longitude": 24.02324, "geonames_id": 702550}

A1 = (
    "Five people were killed in Kiev on Thursday, Resak wrote on Telegram. Two of them were "
    "children. At least 10 were injured in Kiev. Dozens more were hurt. The war has killed "
    "500 people in the region since it began."
)
A2 = (
    "About seven people died in the village. Three were killed in Lviv. There were casualties, "
    'the Kremlin said in a statement. The Kremlin said more. "It is war," it added. '
    "Kyiv and Paris disagreed."
)
A3 = "One man was killed."


def span(text: str, part: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the nth `part` in `text`, so the fixtures cannot drift from their texts."""
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return start, start + len(part)


def casualty(
    article_id: str,
    text: str,
    casualty_id: str,
    type_: str,
    qualifier: str,
    count: str,
    bounds: tuple[int | None, int | None, int | None],
    *,
    counts: bool = True,
    time_scope: str = "incident",
    relation: str | None = None,
    related_id: str | None = None,
    event_date: dt.date | None = None,
    location: str | None = None,
    location_offsets: bool = True,
    attribution_id: str | None = None,
    occurrence: int = 1,
) -> CasualtyRow:
    start, end = span(text, count, occurrence)
    loc_start = loc_end = None
    if location is not None and location_offsets:
        loc_start, loc_end = span(text[end:], location)
        loc_start, loc_end = loc_start + end, loc_end + end
    low, best, high = bounds
    return CasualtyRow(
        article_id, casualty_id, type_, qualifier, best, None, low, best, high,
        count, start, end, count, start, end, "people", "unknown", False, time_scope,
        attribution_id, relation, related_id, counts, event_date,
        location, loc_start, loc_end,
    )  # fmt: skip


def place(
    article_id: str, text: str, entity_id: str, name: str, where: dict | None, occurrence: int = 1
) -> EntityRow:
    start, end = span(text, name, occurrence)
    where = where or {}
    return EntityRow(
        article_id, entity_id, name, "GPE", start, end, f"K{entity_id}", name,
        where.get("country_code"), where.get("latitude"), where.get("longitude"),
        where.get("geonames_id"),
    )  # fmt: skip


def attribution(
    article_id: str,
    attribution_id: str,
    source_text: str | None,
    source_resolved: str | None,
    channel: str | None,
    *,
    floating_parent: str | None = None,
) -> AttributionRow:
    cue = None if floating_parent else "said"
    return AttributionRow(
        article_id, attribution_id, source_text, 0 if source_text else None,
        len(source_text) if source_text else None, source_resolved,
        "name" if source_text else None, cue, 0 if cue else None, 4 if cue else None, cue,
        "content", 0, 7, "indirect", channel, None, None, None,
        floating_parent, "floating" if floating_parent else None,
    )  # fmt: skip


def write_run(out: Path, tables: dict[str, list]) -> Path:
    """A run's output as `newsextract run` writes it: one part of every table (empty files
    for tables without rows) through the writer, then a manifest."""
    writer.prepare(out, overwrite=False, resume=False)
    arrow = {name: rows_to_table(name, tables.get(name, [])) for name in TABLE_NAMES}
    statuses = [row.status for row in tables.get("articles", [])]
    counts = {s: statuses.count(s) for s in ("ok", "empty", "rejected")}
    rows = {name: arrow[name].num_rows for name in TABLE_NAMES}
    writer.write_part(out, 0, arrow, {"articles": len(statuses), "status": counts, "rows": rows})
    manifest = {
        "newsextract_version": "0.1.0",
        "schema_version": "1.0",
        "finished": "2024-03-03T00:00:00+00:00",
        "inputs": [{"path": "hand-made.jsonl", "format": "jsonl", "gzip": False}],
        "skipped_files": [],
        "counts": {"records_in": len(statuses), "rows_out": len(statuses), **counts},
        "rows": rows,
        "warnings": [],
        "model": {"name": "none", "version": "0", "spacy": "0"},
        "settings": {"engine": "local", "n_process": 1},
        "timings": {"total_seconds": 0.0, "words_per_second": 0.0},
    }
    writer.write_json(out / writer.MANIFEST, manifest)
    return out


@pytest.fixture(scope="module")
def known_run(tmp_path_factory) -> Path:
    """Five articles whose daily totals, places and sources are worked out by hand below."""
    d = dt.date
    articles = [
        ArticleRow("a1", "hand.jsonl:1", None, d(2024, 3, 1), "metadata", A1, "ok", None),
        ArticleRow("a2", "hand.jsonl:2", None, d(2024, 3, 2), "metadata", A2, "ok", None),
        ArticleRow("a3", "hand.jsonl:3", None, None, "none", A3, "ok", None),
        ArticleRow(
            "a4", "hand.jsonl:4", None, None, "none", None, "rejected", "hand.jsonl:4: bad JSON"
        ),
        ArticleRow("a5", "hand.jsonl:5", None, None, "none", "", "empty", None),
    ]
    feb29 = d(2024, 2, 29)
    casualties = [
        casualty("a1", A1, "C1", "killed", "exact", "Five", (5, 5, 5), event_date=feb29,
                 location="Kiev", attribution_id="A1"),
        # "Two of them": a subset of the five; adding it would say seven were killed.
        casualty("a1", A1, "C2", "killed", "exact", "Two", (2, 2, 2), counts=False,
                 relation="subset_of", related_id="C1", event_date=feb29, attribution_id="A1"),
        casualty("a1", A1, "C3", "injured", "at_least", "At least 10", (10, 10, None),
                 event_date=feb29, location="Kiev", attribution_id="A1"),
        casualty("a1", A1, "C4", "injured", "vague", "Dozens", (24, None, None),
                 event_date=feb29),
        # Since the war began: a cumulative toll, never a day's figure.
        casualty("a1", A1, "C5", "killed", "exact", "500", (500, 500, 500), counts=False,
                 time_scope="cumulative", event_date=feb29),
        # "About seven": no low; with "Three" the day's low is 0 + 3, best 7 + 3, high unknown.
        casualty("a2", A2, "C1", "killed", "approx", "About seven", (None, 7, None),
                 location="the village"),
        casualty("a2", A2, "C2", "killed", "exact", "Three", (3, 3, 3), location="Lviv",
                 location_offsets=False, attribution_id="A1"),
        casualty("a2", A2, "C3", "killed_or_injured", "none", "casualties",
                 (None, None, None), attribution_id="A1"),
        casualty("a3", A3, "C1", "killed", "exact", "One man", (1, 1, 1)),
    ]  # fmt: skip
    entities = [
        place("a1", A1, "E1", "Kiev", KYIV),
        place("a1", A1, "E2", "Kiev", KYIV, occurrence=2),
        place("a2", A2, "E1", "Lviv", LVIV),
        place("a2", A2, "E2", "Kyiv", KYIV),
        place("a2", A2, "E3", "Paris", None),
    ]
    attributions = [
        attribution("a1", "A1", "Resak", "Sergey Resak", "telegram"),
        attribution("a2", "A1", "the Kremlin", None, "statement"),
        attribution("a2", "A2", "The Kremlin", None, None),
        attribution("a2", "A3", None, "Kremlin", None, floating_parent="A2"),
    ]
    totals = [
        CasualtyTotalRow("a1", "killed", 5, 5, 5, 1),
        CasualtyTotalRow("a1", "injured", 34, None, None, 2),
    ]
    return write_run(
        tmp_path_factory.mktemp("known") / "run",
        {
            "articles": articles,
            "casualties": casualties,
            "entities": entities,
            "attributions": attributions,
            "casualty_totals": totals,
        },
    )


@pytest.fixture(scope="module")
def empty_run(tmp_path_factory) -> Path:
    """What `newsextract run` writes for an input with no record: empty files, zero counts."""
    return write_run(tmp_path_factory.mktemp("empty") / "run", {})


@pytest.fixture(scope="module")
def seed_with_places(seed_run, tmp_path_factory) -> Path:
    """The seed run, with an entities table that places Kiev where GeoNames does (filled in by
    hand: the geocoder is not in the pipeline yet)."""
    out = tmp_path_factory.mktemp("seed_places") / "run"
    shutil.copytree(seed_run, out)
    entities = pd.read_parquet(out / "entities")
    rows = []
    for record in entities.to_dict("records"):
        record = {
            k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in record.items()
        }
        if record["text"] == "Kiev":
            record.update(KYIV)
        rows.append(EntityRow(**record))
    pq.write_table(rows_to_table("entities", rows), out / "entities" / "part-00000.parquet")
    return out


# -- the views ----------------------------------------------------------------------------------


def test_daily_casualties_follow_the_totals_rule(known_run):
    daily = query(known_run, "select * from daily_casualties")
    got = {
        (None if pd.isna(r.day) else r.day.date(), r.type): (
            r.figures, *(None if pd.isna(v) else int(v) for v in (r.low, r.best, r.high))
        )
        for r in daily.itertuples()
    }  # fmt: skip
    d = dt.date
    assert got == {
        # the subset "Two of them" and the cumulative 500 are not added to the five
        (d(2024, 2, 29), "killed"): (1, 5, 5, 5),
        # "at least 10" + "dozens" (24): best and high unknown as "dozens" has neither
        (d(2024, 2, 29), "injured"): (2, 34, None, None),
        # dated by publication; "about seven" has no low, so low counts it 0
        (d(2024, 3, 2), "killed"): (2, 3, 10, None),
        # no bound at all: the sum of nothing known is unknown, not 0
        (d(2024, 3, 2), "killed_or_injured"): (1, None, None, None),
        # neither event date nor publication date
        (None, "killed"): (1, 1, 1, 1),
    }


def test_casualty_events_are_the_counted_figures_with_place_and_source(known_run):
    events = table(known_run, "casualty_events").set_index(["article_id", "casualty_id"])
    assert sorted(events.index) == [
        ("a1", "C1"), ("a1", "C3"), ("a1", "C4"), ("a2", "C1"), ("a2", "C2"), ("a2", "C3"),
        ("a3", "C1"),
    ]  # fmt: skip
    five = events.loc[("a1", "C1")]
    assert (five.place, five.country_code, five.latitude, five.longitude) == (
        "Kiev", "UA", KYIV["latitude"], KYIV["longitude"],
    )  # fmt: skip
    assert (five.source, five.channel, five.day_from) == ("Sergey Resak", "telegram", "event_date")
    # a location without offsets is found by its text; one that names no entity stays text
    assert events.loc[("a2", "C2")].latitude == LVIV["latitude"]
    village = events.loc[("a2", "C1")]
    assert village.place == "the village" and pd.isna(village.latitude)
    assert events.loc[("a2", "C1")].day_from == "published"
    assert pd.isna(events.loc[("a1", "C4")].source)  # the author's voice


def test_places_merge_spellings_of_one_geonames_place(known_run):
    places = table(known_run, "places").set_index("place")
    kyiv = places.loc[places.geonames_id == KYIV["geonames_id"]]
    assert len(kyiv) == 1
    kyiv = kyiv.iloc[0]
    assert (kyiv.mentions, kyiv.articles, kyiv.figures) == (3, 2, 2)
    assert (kyiv.killed, kyiv.injured, kyiv.harmed) == (5, 10, 15)
    assert places.loc["Lviv"].killed == 3
    assert places.loc["the village"].figures == 1 and pd.isna(places.loc["the village"].latitude)
    assert places.loc["Paris"].figures == 0
    assert places.index[0] == kyiv.name  # most harmed first


def test_sources_count_citations_not_floating_quotes(known_run):
    sources = table(known_run, "sources").set_index("source")
    # its figures: the five killed, the subset of them and the ten injured
    assert sources.loc["Sergey Resak"].tolist() == ["name", 1, 1, 3, "telegram 1"]
    # "the Kremlin", "The Kremlin" and the floating quote resolved to "Kremlin" are one source;
    # the floating quote continues a citation, so two citations
    kremlin = sources.loc[sources.index.str.lower().str.contains("kremlin")]
    assert len(kremlin) == 1
    # each spelling is used once: the tie goes to the first by text, the same on every run
    assert kremlin.index.tolist() == ["Kremlin"]
    assert kremlin.iloc[0][["citations", "casualty_figures", "channels"]].tolist() == [
        2, 2, "statement 1",
    ]  # fmt: skip
    channels = table(known_run, "channels")
    assert channels.to_dict("records") == [
        {"channel": "statement", "citations": 1, "sources": 1, "articles": 1},
        {"channel": "telegram", "citations": 1, "sources": 1, "articles": 1},
    ]


def test_connection_has_every_table_and_view(known_run):
    with connect(known_run) as con:
        names = {row[0] for row in con.execute("select view_name from duckdb_views()").fetchall()}
        assert set(NAMES) <= names
        assert con.execute("select count(*) from articles").fetchone() == (5,)
    with pytest.raises(QueryError, match="no table or view named 'nope'"):
        table(known_run, "nope")


def test_missing_table_folder_and_column_read_as_empty(known_run, tmp_path):
    out = shutil.copytree(known_run, tmp_path / "partial")
    shutil.rmtree(out / "attributions")  # an interrupted or hand-copied run
    entities = pq.read_table(out / "entities").drop_columns(["latitude", "longitude"])
    pq.write_table(entities, out / "entities" / "part-00000.parquet")
    assert table(out, "attributions").empty
    assert table(out, "sources").empty
    assert table(out, "places").latitude.isna().all()
    assert len(table(out, "casualty_events")) == 7


def test_not_a_run_is_a_clear_error(tmp_path):
    with pytest.raises(NotARunError, match="not a newsextract run"):
        connect(tmp_path)
    with pytest.raises(NotARunError, match="no such directory"):
        connect(tmp_path / "missing")


# -- query --------------------------------------------------------------------------------------


def test_query_prints_a_table_and_writes_csv_and_parquet(known_run, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["query", str(known_run), "select * from daily_casualties"])
    assert result.exit_code == 0, result.output
    assert "killed_or_injured" in result.output and "5 rows" in result.output
    csv, parquet = tmp_path / "d.csv", tmp_path / "d.parquet"
    result = runner.invoke(
        app,
        ["query", str(known_run), "select * from casualty_events;", "--csv", str(csv),
         "--parquet", str(parquet)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "wrote 7 rows" in result.output
    assert len(pd.read_csv(csv)) == 7 and pq.read_table(parquet).num_rows == 7
    listing = runner.invoke(app, ["query", str(known_run)])
    assert listing.exit_code == 0 and "daily_casualties" in listing.output


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("selec * from daily_casualties", "syntax error"),
        ("select * from casualty", "casualty does not exist"),
        ("select nope from articles", "nope"),
        ("   ", "the SQL is empty"),
    ],
)
def test_query_bad_sql_is_a_clear_error(known_run, sql, message):
    result = CliRunner().invoke(app, ["query", str(known_run), sql])
    assert result.exit_code == 2
    assert message in result.output and "views: casualty_events" in result.output
    assert "Traceback" not in result.output


def test_query_on_a_folder_that_is_not_a_run(tmp_path):
    result = CliRunner().invoke(app, ["query", str(tmp_path), "select 1"])
    assert result.exit_code == 2 and "not a newsextract run" in result.output


# -- report -------------------------------------------------------------------------------------


class Checker(HTMLParser):
    """Parses a page, checking every element is closed in order; keeps text and attributes."""

    VOID: ClassVar[set[str]] = {
        "meta",
        "br",
        "img",
        "hr",
        "input",
        "link",
        "rect",
        "line",
        "circle",
    }

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID and (not self.stack or self.stack[-1] != tag):
            return
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Checker:
    checker = Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [], checker.stack
    return checker


def test_report_on_the_seed_run(seed_with_places, tmp_path):
    target = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(seed_with_places), "--html", str(target)])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    checker = parse(page)
    text = " ".join(checker.text)
    for heading in ("Articles", "Rows per table", "Killed and injured per day", "Places",
                    "Sources and channels", "A sample of casualty figures"):  # fmt: skip
        assert heading in text
    assert "script" not in checker.tags
    # offline: nothing is fetched (the only URL is the SVG namespace, which is a name)
    assert not [v for k, v in checker.attrs if k in ("src", "href") and v]
    assert '<mark class="count">at least 13</mark>' in page
    assert "Sergey Resak" in text and "telegram" in text
    assert "Kiev" in text  # the scatter names the place it draws


def test_report_on_the_known_run_shows_rejections_and_totals(known_run):
    page = build_report(known_run)
    text = " ".join(parse(page).text)
    # the reason without its file:line prefix, with the first article it rejected
    assert "bad JSON" in text and "hand.jsonl:4: bad JSON" not in text and "a4" in text
    assert "Places with the most reported casualties" in text


def test_sentence_is_cut_at_sentence_ends_and_highlighted():
    text = "First one. At least 13 people were injured on Sunday. Last one."
    start, end = span(text, "At least 13 people were injured")
    window = sentence_bounds(text, start, end)
    assert text[slice(*window)] == "At least 13 people were injured on Sunday."
    html = highlight(text, window, [(start, end, "mention"), (start, start + 11, "count")])
    assert html.startswith('<span class="mention"><mark class="count">At least 13</mark></span>')


# -- export -------------------------------------------------------------------------------------


def check_geojson(data: dict) -> None:
    """RFC 7946 as far as these files go: a FeatureCollection of Point features whose positions
    are [longitude, latitude] in range, with object properties."""
    assert data["type"] == "FeatureCollection" and "crs" not in data
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def load_strict(path: Path) -> dict:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)


def test_export_on_the_seed_run_places_kiev(seed_with_places, tmp_path):
    target = tmp_path / "places.geojson"
    result = CliRunner().invoke(app, ["export", str(seed_with_places), "--geojson", str(target)])
    assert result.exit_code == 0, result.output
    data = load_strict(target)
    check_geojson(data)
    [kiev] = [f for f in data["features"] if f["properties"]["place"] == "Kiev"]
    assert kiev["geometry"]["coordinates"] == [KYIV["longitude"], KYIV["latitude"]]
    assert kiev["properties"]["country_code"] == "UA"
    assert kiev["properties"]["mentions"] == 5


def test_export_holds_the_figures_located_at_each_place(known_run):
    data, summary = geojson(known_run)
    check_geojson(data)
    by_place = {f["properties"]["place"]: f for f in data["features"]}
    assert set(by_place) == {"Kiev", "Lviv"}  # Paris and "the village" have no coordinates
    figures = by_place["Kiev"]["properties"]["casualties"]
    assert [(f["article_id"], f["casualty_id"], f["type"], f["low"]) for f in figures] == [
        ("a1", "C1", "killed", 5), ("a1", "C3", "injured", 10),
    ]  # fmt: skip
    assert figures[0]["source"] == "Sergey Resak" and figures[0]["day"] == "2024-02-29"
    assert (summary.features, summary.figures, summary.places_without_coordinates) == (2, 3, 2)
    assert summary.figures_not_on_map == 4


# -- an empty run -------------------------------------------------------------------------------


def test_every_command_works_on_an_empty_run(empty_run, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["query", str(empty_run), "select * from daily_casualties"])
    assert result.exit_code == 0, result.output
    assert "no rows" in result.output and "holds no articles" in result.output
    for name in NAMES:
        assert table(empty_run, name).empty
    page = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(empty_run), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "nothing" in result.output
    text = " ".join(parse(page.read_text(encoding="utf-8")).text)
    assert "This run holds no articles" in text and "No casualty figure in this run" in text
    target = tmp_path / "e.geojson"
    result = runner.invoke(app, ["export", str(empty_run), "--geojson", str(target)])
    assert result.exit_code == 0, result.output
    assert "empty FeatureCollection" in result.output
    assert load_strict(target) == {"type": "FeatureCollection", "features": []}


# -- helpers and scale ---------------------------------------------------------------------------


def test_a_folder_name_with_quotes_and_glob_characters_works(known_run, tmp_path):
    out = shutil.copytree(known_run, tmp_path / "it's [run] *")
    assert len(table(out, "casualty_events")) == 7


@pytest.mark.parametrize(
    ("days", "size", "bins"),
    [
        (30, "day", 2),  # within four months: per day
        (400, "week", 2),
        (2000, "month", 2),
    ],
)
def test_time_bins_widen_with_the_span(days, size, bins):
    first = dt.date(2020, 1, 1)
    daily = [
        (first, "killed", 2),
        (first, "injured", None),  # a null low adds nothing
        (first + dt.timedelta(days=days), "killed", 3),
    ]
    got_size, got = time_bins(daily, ("killed", "injured"))
    assert (got_size, len(got)) == (size, bins)
    assert got[0][1] == [2, 0] and got[-1][1] == [3, 0]


def test_replicated_output_multiplies_every_figure(known_run, tmp_path):
    rows = replicate(known_run, tmp_path / "x3", copies=3)
    assert rows["articles"] == 15 and rows["casualties"] == 27
    daily = table(tmp_path / "x3", "daily_casualties")
    assert daily.figures.sum() == 3 * 7
    # copy k moves its dates k weeks on, so the copies fall on other days
    assert daily.day.dropna().dt.date.min() == dt.date(2024, 2, 29)
    assert dt.date(2024, 3, 14) in set(daily.day.dropna().dt.date)
