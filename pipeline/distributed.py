"""The Dask engine: each part of the input goes to a worker of a Dask cluster.

Workers load the pipeline once (kept in the worker process between tasks), process their part
and write its files into the shared output folder themselves; the client keeps at most two
parts per worker in flight (the dump never sits in memory) and writes the manifest from what
the parts report. Needs `dask[distributed]` (the `dask` extra).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import NewsExtractError
from .io.inputs import Article

_nlp_by_model: dict[tuple[str, str | None], Any] = {}


def _worker_part(
    out: str,
    index: int,
    articles: list[Article],
    model: str,
    data_dir: str | None,
    batch_size: int,
    max_chunk_chars: int,
) -> Any:
    from .runner import load_for_run, process_part

    key = (model, data_dir)
    if key not in _nlp_by_model:  # once per worker process, not per part
        _nlp_by_model[key] = load_for_run(model, data_dir)
    return process_part(_nlp_by_model[key], Path(out), index, articles, batch_size, max_chunk_chars)


def dask_parts(
    parts: Iterable[tuple[int, list[Article]]],
    out: Path,
    *,
    n_process: int,
    scheduler: str | None,
    model: str,
    data_dir: str | None,
    batch_size: int,
    max_chunk_chars: int,
    on_progress: Any = None,
) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise NewsExtractError("--engine dask needs Dask: pip install 'newsextract[dask]'") from e
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_process, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or n_process)
        queue = as_completed()
        sizes: dict[Any, int] = {}
        iterator = iter(parts)

        def submit_next() -> bool:
            item = next(iterator, None)
            if item is None:
                return False
            index, articles = item
            future = client.submit(
                _worker_part,
                str(out.resolve()),
                index,
                articles,
                model,
                data_dir,
                batch_size,
                max_chunk_chars,
                pure=False,
            )
            sizes[future] = len(articles)
            queue.add(future)
            return True

        for _ in range(2 * workers):
            if not submit_next():
                break
        for future in queue:
            result = future.result()
            if on_progress:
                on_progress(sizes.pop(future))
            submit_next()
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
