"""The main job: read -> Doc -> stages -> records -> Parquet, with nothing lost.

`run(inputs, out, ...)` reads every input record, processes the readable ones in batches (in
this process or in `n_process` worker processes, each loading the pipeline once), and writes
the tables part by part. Every record ends as exactly one `articles` row; the manifest
reconciles counts in and rows out, and a mismatch raises `ReconcileError`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import itertools
import multiprocessing
import platform
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

import pyarrow as pa
import spacy
import srsly

from . import __version__
from .components.base import DataPipe
from .errors import OutputExistsError, ReconcileError
from .io import inputs as readers
from .io import writer
from .io.inputs import Article
from .nlp import DEFAULT_MODEL, load, make_doc
from .records import Rows, doc_rows, rejected_after_processing, unprocessed_rows
from .schemas import SCHEMA_VERSION, TABLE_NAMES, rows_to_table

#: Articles longer than this are processed in chunks cut at paragraph or sentence ends.
MAX_CHUNK_CHARS = 100_000
DEFAULT_BATCH_SIZE = 32
#: The model's working memory grows with the text of a batch, not its count: a batch of 32
#: long articles holds twice the activations of 32 short ones. Batches stop at this many
#: characters (an article longer than that goes alone), so peak memory stays flat however the
#: dump mixes long and short texts.
MAX_BATCH_CHARS = 50_000
DEFAULT_PART_SIZE = 1000

ProgressCallback = Callable[[int], None]


@dataclasses.dataclass
class RunSummary:
    out: Path
    articles: int
    ok: int
    empty: int
    rejected: int
    rows: dict[str, int]
    seconds: float
    words: int
    warnings: list[str]

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        rows = ", ".join(
            f"{name} {count:,}" for name, count in self.rows.items() if name != "articles"
        )
        return (
            f"articles: {self.ok:,} ok, {self.empty:,} empty, {self.rejected:,} rejected · "
            f"rows: {rows} · {self.seconds:.1f} s · {self.words_per_second:,.0f} words/s"
        )


# -- chunks -------------------------------------------------------------------------------------


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[str, int]]:
    """(chunk, offset) pieces of at most `max_chars`, cut after a paragraph, else after a line
    or sentence end, else at a space, so offsets stay exact into the whole text."""
    if len(text) <= max_chars:
        return [(text, 0)]
    chunks: list[tuple[str, int]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > max_chars // 4:
                    end = start + cut + len(sep)
                    break
        chunks.append((text[start:end], start))
        start = end
    return chunks


# -- processing (runs in the worker processes too) ----------------------------------------------

_worker_nlp = None
_failures: dict[int, str] = {}


def char_bounded(docs: Sequence[Any], size: int, max_chars: int) -> Iterator[list[Any]]:
    """`docs` in order, in groups of at most `size` docs and `max_chars` characters (a doc
    longer than `max_chars` forms a group of its own)."""
    group: list[Any] = []
    chars = 0
    for doc in docs:
        # The last token's end, without joining the text again.
        length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if group and (len(group) >= size or chars + length > max_chars):
            yield group
            group, chars = [], 0
        group.append(doc)
        chars += length
    if group:
        yield group


def _record_failure(name: str, component: Any, docs: Sequence[Any], error: Exception) -> None:
    """spaCy error handler: remember which docs failed in which component, and go on."""
    for doc in docs:
        key = doc.user_data.get("newsextract.key")
        if key is not None:
            _failures.setdefault(key, f"component {name!r} failed: {type(error).__name__}: {error}")


def load_for_run(model: str, data_dir: str | None) -> Any:
    """The pipeline with our stages reporting failures instead of raising.

    spaCy's Cython components (parser, ner) cannot store an error handler, so only our stages
    get one; a failure in a model component surfaces as an exception from `nlp.pipe`, and
    `process_articles` then retries the batch one doc at a time.
    """
    nlp = load(model, data_dir=data_dir)
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, DataPipe):
            pipe.set_error_handler(_record_failure)
    return nlp


def _init_worker(model: str, data_dir: str | None) -> None:
    global _worker_nlp
    _worker_nlp = load_for_run(model, data_dir)
    gc.freeze()  # the worker's pipeline lives as long as the worker (see _local_parts)


def process_articles(
    nlp: Any, articles: Sequence[Article], batch_size: int, max_chunk_chars: int = MAX_CHUNK_CHARS
) -> tuple[dict[str, pa.Table], dict[str, Any]]:
    """Tables for a batch of articles (every one gets its articles row) and batch stats."""
    _failures.clear()
    docs = []
    plan: list[list[int]] = []
    for article in articles:
        keys = []
        if article.status == "ok":
            for chunk, offset in chunk_text(article.text or "", max_chunk_chars):
                doc = make_doc(nlp, chunk, article.published)
                doc.user_data["newsextract.key"] = len(docs)
                doc.user_data["newsextract.offset"] = offset
                keys.append(len(docs))
                docs.append(doc)
        plan.append(keys)
    done: dict[int, Any] = {}
    try:
        for group in char_bounded(docs, batch_size, MAX_BATCH_CHARS):
            for doc in nlp.pipe(group, batch_size=len(group)):
                done[doc.user_data["newsextract.key"]] = doc
    except Exception:  # a model component failed and took its batch with it; retried below
        done.clear()
    # Retry what did not come back and was not reported by a stage, one doc at a time, so
    # only the doc that fails is rejected.
    for i, doc in enumerate(docs):
        if i in done or i in _failures:
            continue
        fresh = make_doc(nlp, doc.text, doc._.published)
        fresh.user_data.update(doc.user_data)
        try:
            for result in nlp.pipe([fresh], batch_size=1):
                done[i] = result
        except Exception as e:  # the doc's own failure: it becomes a rejected row
            _failures[i] = f"{type(e).__name__}: {e}"
    rows: dict[str, list] = {name: [] for name in TABLE_NAMES}
    words = 0
    for article, keys in zip(articles, plan, strict=True):
        if article.status != "ok":
            part: Rows = unprocessed_rows(article)
        elif all(k in done for k in keys):
            chunks = [(done[k], done[k].user_data["newsextract.offset"]) for k in keys]
            words += sum(len(doc) for doc, _ in chunks)
            part = doc_rows(article, chunks)
        else:
            error = next((_failures[k] for k in keys if k in _failures), "processing failed")
            part = rejected_after_processing(article, f"{article.source}: {error}")
        for name, table_rows in part.items():
            rows[name].extend(table_rows)
    tables = {name: rows_to_table(name, table_rows) for name, table_rows in rows.items()}
    return tables, {"words": words}


def _process_in_worker(
    articles: Sequence[Article], batch_size: int, max_chunk_chars: int
) -> tuple[dict[str, pa.Table], dict[str, Any]]:
    assert _worker_nlp is not None, "worker not initialised"
    return process_articles(_worker_nlp, articles, batch_size, max_chunk_chars)


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# -- parts ------------------------------------------------------------------------------------


@dataclasses.dataclass
class PartResult:
    """What one written part holds: the line of the parts log, and the manifest's sums."""

    index: int
    articles: int
    status: dict[str, int]
    rows: dict[str, int]
    warnings: list[str]
    words: int

    def log(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "status": self.status,
            "rows": self.rows,
            "warnings": self.warnings,
            "words": self.words,
        }

    @classmethod
    def from_log(cls, entry: dict[str, Any]) -> PartResult:
        return cls(
            entry["part"],
            entry["articles"],
            entry["status"],
            entry["rows"],
            entry.get("warnings", []),
            entry.get("words", 0),
        )


def write_part(
    out: Path,
    index: int,
    articles: Sequence[Article],
    results: Sequence[tuple[dict[str, pa.Table], dict[str, Any]]],
) -> PartResult:
    """Concatenate the batch tables of one part and write them atomically."""
    tables = {name: pa.concat_tables([r[0][name] for r in results]) for name in TABLE_NAMES}
    result = PartResult(
        index=index,
        articles=len(articles),
        status=dict(Counter(tables["articles"].column("status").to_pylist())),
        rows={name: table.num_rows for name, table in tables.items()},
        warnings=[w for a in articles for w in a.warnings],
        words=sum(r[1]["words"] for r in results),
    )
    writer.write_part(out, index, tables, result.log())
    return result


def process_part(
    nlp: Any,
    out: Path,
    index: int,
    articles: Sequence[Article],
    batch_size: int,
    max_chunk_chars: int,
) -> PartResult:
    """Process and write one part in this process (the local engine and Dask workers)."""
    results = [
        process_articles(nlp, batch, batch_size, max_chunk_chars)
        for batch in _batched(articles, batch_size)
    ]
    return write_part(out, index, articles, results)


def worker_start_method() -> str:
    """How local worker processes start: "fork" where the platform has it and this process
    runs no other thread (a lock held by one would stay held in the children), else "spawn"."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _settle_before_fork() -> None:
    """Pay once, here, what every forked worker would otherwise pay again on its own core.

    pyarrow's first conversion of Python values into an array imports pandas (about 0.6 s);
    done before the fork, the workers inherit it. `gc.freeze()` moves everything loaded so far
    out of the collector's reach: a collection in a worker would otherwise write to the header
    of every inherited object and so copy the pipeline's shared pages into each worker.
    """
    pa.array([dt.date(2000, 1, 1)], pa.date32())
    gc.collect()
    gc.freeze()


def _local_parts(
    parts: Iterable[tuple[int, list[Article]]],
    out: Path,
    *,
    n_process: int,
    model: str,
    data_dir: str | None,
    batch_size: int,
    max_chunk_chars: int,
    on_progress: ProgressCallback | None,
    start_method: str = "spawn",
) -> Iterator[PartResult]:
    """Parts processed here; with n_process > 1 their batches go to worker processes and the
    parts are written here, in order, as soon as all their batches are back."""
    batches = (
        (index, part, batch) for index, part in parts for batch in _batched(part, batch_size)
    )
    if n_process <= 1:
        nlp = load_for_run(model, data_dir)
        # The loaded pipeline (vocab, lexicons, gazetteer) lives as long as the run: out of the
        # collector's reach, each full collection walks only what the batches create, not
        # hundreds of thousands of objects that cannot be garbage.
        gc.freeze()
        try:
            results_of = (
                (i, part, batch, process_articles(nlp, batch, batch_size, max_chunk_chars))
                for i, part, batch in batches
            )
            yield from _assemble(results_of, out, on_progress)
        finally:
            gc.unfreeze()
        return
    global _worker_nlp
    if start_method == "fork":
        # Load once here and fork: the workers start at once and share the loaded pipeline's
        # pages instead of each importing spaCy and loading it again. Only while this process
        # has no other thread, which could hold a lock the children would inherit held.
        _worker_nlp = load_for_run(model, data_dir)
        _settle_before_fork()
        pool_options: dict[str, Any] = {"mp_context": multiprocessing.get_context("fork")}
    else:
        pool_options = {
            "mp_context": multiprocessing.get_context("spawn"),
            "initializer": _init_worker,
            "initargs": (model, data_dir),
        }
    with ProcessPoolExecutor(n_process, **pool_options) as pool:

        def ordered() -> Iterator[tuple[int, list[Article], list[Article], Any]]:
            # Results are written in input order, but a worker must never idle behind a slow
            # batch at the head: keep 2 * n_process batches running, buffer finished ones
            # (up to 8 * n_process, so the dump never sits in memory) and hand them on in
            # order as soon as the head is done.
            pending: deque[tuple[int, list[Article], list[Article], Future]] = deque()
            running: set[Future] = set()
            for i, part, batch in batches:
                future = pool.submit(_process_in_worker, batch, batch_size, max_chunk_chars)
                pending.append((i, part, batch, future))
                running.add(future)
                if len(running) >= 2 * n_process:
                    _, running = wait(running, return_when=FIRST_COMPLETED)
                while pending and (pending[0][3].done() or len(pending) >= 8 * n_process):
                    i0, part0, batch0, future0 = pending.popleft()
                    running.discard(future0)
                    yield i0, part0, batch0, future0.result()
            while pending:
                i0, part0, batch0, future0 = pending.popleft()
                yield i0, part0, batch0, future0.result()

        try:
            yield from _assemble(ordered(), out, on_progress)
        finally:
            _worker_nlp = None
            if start_method == "fork":
                gc.unfreeze()


def _assemble(
    results: Iterable[tuple[int, list[Article], list[Article], Any]],
    out: Path,
    on_progress: ProgressCallback | None,
) -> Iterator[PartResult]:
    current: int | None = None
    collected: list[Any] = []
    part_articles: list[Article] = []
    for index, part, batch, result in results:
        if current is not None and index != current:
            yield write_part(out, current, part_articles, collected)
            collected = []
        current, part_articles = index, part
        collected.append(result)
        if on_progress:
            on_progress(len(batch))
    if current is not None:
        yield write_part(out, current, part_articles, collected)


# -- the run ------------------------------------------------------------------------------------


def estimate_total(plan: readers.InputPlan) -> int | None:
    total = 0
    for file in plan.files:
        count = readers.count_records(file)
        if count is None:
            return None
        total += count
    return total


def run(
    inputs: Sequence[str],
    out: str | Path,
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model: str = DEFAULT_MODEL,
    limit: int | None = None,
    overwrite: bool = False,
    resume: bool = False,
    part_size: int = DEFAULT_PART_SIZE,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
    data_dir: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    on_start: Callable[[int | None], None] | None = None,
    on_progress: ProgressCallback | None = None,
) -> RunSummary:
    """Run the pipeline over `inputs` and write the six tables and a manifest into `out`.

    engine "local" processes here (n_process worker processes); engine "dask" sends each part
    to a Dask cluster (`scheduler` address, or a LocalCluster of n_process workers), where the
    workers write the part files into the same `out` (a folder every worker can reach).
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    started = time.perf_counter()
    out = Path(out)
    plan = readers.plan_inputs(inputs)
    settings = {
        "inputs": list(inputs),
        "model": str(model),
        "limit": limit,
        "part_size": part_size,
        "max_chunk_chars": max_chunk_chars,
    }
    writer.prepare(out, overwrite=overwrite, resume=resume)
    done: dict[int, PartResult] = {}
    resumed = 0
    if resume:
        previous = out / writer.RUN_SETTINGS
        if previous.exists() and writer.read_json(previous) != settings:
            raise OutputExistsError(
                f"{out}: --resume with other inputs or options than the "
                "interrupted run; use --overwrite to start again"
            )
        entries = writer.completed_parts(out)
        writer.keep_parts(out, entries)
        done = {e["part"]: PartResult.from_log(e) for e in entries}
    resumed = len(done)
    writer.write_json(out / writer.RUN_SETTINGS, settings)

    total = estimate_total(plan)
    if total is not None and limit is not None:
        total = min(total, limit)
    if on_start:
        on_start(total)

    # Reading stays in this process and in input order: ids and duplicate numbering depend on
    # everything read before, so the same input always gives the same ids and parts.
    duplicates: dict[str, int] = {}
    articles: Iterable[Article] = readers.read_articles(plan, duplicates)
    if limit is not None:
        articles = itertools.islice(articles, limit)

    def pending_parts() -> Iterator[tuple[int, list[Article]]]:
        for index, part in enumerate(_batched(articles, part_size)):
            if index in done:
                if on_progress:
                    on_progress(len(part))
                continue
            yield index, part

    options = {
        "model": str(model),
        "data_dir": str(data_dir) if data_dir else None,
        "batch_size": batch_size,
        "max_chunk_chars": max_chunk_chars,
    }
    start_method = None  # local worker processes only
    if engine == "dask":
        from .distributed import dask_parts

        produced = dask_parts(
            pending_parts(),
            out,
            n_process=n_process,
            scheduler=scheduler,
            on_progress=on_progress,
            **options,
        )
    else:
        start_method = worker_start_method() if n_process > 1 else None
        produced = _local_parts(
            pending_parts(),
            out,
            n_process=n_process,
            on_progress=on_progress,
            start_method=start_method or "spawn",
            **options,
        )
    for result in produced:
        done[result.index] = result
    if not done:
        # No input record at all: still one valid, empty file per table.
        done[0] = write_part(out, 0, [], [])

    results = [done[i] for i in sorted(done)]
    status_counts: Counter[str] = Counter()
    row_counts: Counter[str] = Counter()
    for result in results:
        status_counts.update(result.status)
        row_counts.update(result.rows)
    records_in = sum(r.articles for r in results)
    summary = RunSummary(
        out,
        records_in,
        status_counts["ok"],
        status_counts["empty"],
        status_counts["rejected"],
        {n: row_counts[n] for n in TABLE_NAMES},
        time.perf_counter() - started,
        sum(r.words for r in results),
        [w for r in results for w in r.warnings],
    )
    manifest = _manifest(
        summary,
        plan,
        settings,
        duplicates,
        n_process,
        batch_size,
        model,
        engine=engine,
        resumed_parts=resumed,
        start_method=start_method,
    )
    writer.write_json(out / writer.MANIFEST, manifest)
    if records_in != row_counts["articles"] or records_in != sum(status_counts.values()):
        raise ReconcileError(
            f"{out}: {records_in} input records but "
            f"{row_counts['articles']} articles rows; see {writer.MANIFEST}"
        )
    return summary


def _model_info(model: str) -> dict[str, Any]:
    """Name and version of the spaCy pipeline, from its meta.json or its installed package."""
    path = Path(model)
    if (path / "meta.json").is_file():
        meta = srsly.read_json(path / "meta.json")
        return {"name": f"{meta.get('lang')}_{meta.get('name')}", "version": meta.get("version")}
    return {"name": model, "version": spacy.util.get_package_version(model)}


def _manifest(
    summary: RunSummary,
    plan: readers.InputPlan,
    settings: dict[str, Any],
    duplicates: dict[str, int],
    n_process: int,
    batch_size: int,
    model: str,
    *,
    engine: str,
    resumed_parts: int,
    start_method: str | None,
) -> dict[str, Any]:
    nlp_meta = _model_info(str(model))
    return {
        "newsextract_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "inputs": [{"path": f.path, "format": f.format, "gzip": f.compressed} for f in plan.files],
        "skipped_files": plan.skipped,
        "counts": {
            "records_in": summary.articles,
            "rows_out": summary.rows["articles"],
            "ok": summary.ok,
            "empty": summary.empty,
            "rejected": summary.rejected,
            "duplicate_ids": duplicates,
            "warnings": len(summary.warnings),
        },
        "rows": summary.rows,
        "warnings": summary.warnings[:1000],
        "model": {"requested": str(model), **nlp_meta, "spacy": spacy.__version__},
        "settings": {
            **settings,
            "engine": engine,
            "n_process": n_process,
            "start_method": start_method,
            "batch_size": batch_size,
            "resumed_parts": resumed_parts,
        },
        "timings": {
            "total_seconds": round(summary.seconds, 3),
            "words": summary.words,
            "words_per_second": round(summary.words_per_second, 1),
        },
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": multiprocessing.cpu_count(),
        },
    }
