"""Parquet output: one dataset per table, written part by part, atomically.

`OUT/<table>/part-NNNNN.parquet` holds the rows of part NNNNN of the input (a fixed number of
articles, so the same input always gives the same files). A part's files are written under a
temporary name and renamed; then the part is appended to `OUT/_parts.jsonl`, the log `--resume`
reads. `OUT/manifest.json` is written last. This module knows nothing of spaCy.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import OutputExistsError
from ..schemas import TABLE_NAMES, empty_table

MANIFEST = "manifest.json"
PARTS_LOG = "_parts.jsonl"
RUN_SETTINGS = "_run.json"
ROW_GROUP_SIZE = 5000
#: The page `newsextract report OUT` writes by default; a new run makes it stale.
REPORT = "report.html"
#: What newsextract owns in an output directory; nothing else there is touched.
OWNED = (*TABLE_NAMES, MANIFEST, PARTS_LOG, RUN_SETTINGS, REPORT)


def holds_run(out: Path) -> bool:
    return any((out / name).exists() for name in OWNED)


def prepare(out: Path, *, overwrite: bool, resume: bool) -> None:
    """Make `out` ready for a run: refuse to mix runs, clear our own files on overwrite."""
    if out.exists() and not out.is_dir():
        raise OutputExistsError(f"{out}: exists and is not a directory")
    if holds_run(out) and not (overwrite or resume):
        raise OutputExistsError(
            f"{out}: already holds a newsextract run; pass --overwrite to replace it "
            "(only the table folders and the manifest are removed) or --resume to continue it"
        )
    if overwrite:
        for name in OWNED:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLE_NAMES:
        (out / table).mkdir(exist_ok=True)
        for leftover in (out / table).glob(".*.tmp"):
            leftover.unlink()  # a part that was being written when a run died


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_part(
    out: Path, index: int, tables: Mapping[str, pa.Table], log: Mapping[str, Any]
) -> None:
    """Write every table of one part (an empty, valid file where it has no rows), then log it."""
    for table in TABLE_NAMES:
        data = tables.get(table)
        if data is None:
            data = empty_table(table)
        final = out / table / part_name(index)
        temporary = out / table / f".{part_name(index)}.tmp"
        pq.write_table(data, temporary, row_group_size=ROW_GROUP_SIZE, compression="zstd")
        os.replace(temporary, final)
    with open(out / PARTS_LOG, "a", encoding="utf-8") as handle:
        handle.write(_log_line({"part": index, **log}))
        handle.flush()
        os.fsync(handle.fileno())


def completed_parts(out: Path) -> list[dict[str, Any]]:
    """Parts a previous run finished, by part number. Parts finish in any order under Dask, so
    the log is a set, not a sequence; a torn line (a crash mid-write) is not a finished part."""
    path = out / PARTS_LOG
    if not path.exists():
        return []
    parts: dict[int, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        parts[entry["part"]] = entry
    return [parts[i] for i in sorted(parts)]


def _log_line(part: Mapping[str, Any]) -> str:
    return json.dumps(part, sort_keys=True) + "\n"


def keep_parts(out: Path, parts: list[dict[str, Any]]) -> None:
    """Keep only the logged parts: remove part files written but never logged (a part whose
    tables were not all written), and torn log lines, before a resumed run adds the rest."""
    finished = {p["part"] for p in parts}
    for table in TABLE_NAMES:
        for path in (out / table).glob("part-*.parquet"):
            if int(path.stem.split("-")[1]) not in finished:
                path.unlink()
    temporary = out / f".{PARTS_LOG}.tmp"
    temporary.write_text("".join(_log_line(p) for p in parts), encoding="utf-8")
    os.replace(temporary, out / PARTS_LOG)


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(
        json.dumps(data, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8"
    )
    os.replace(temporary, path)


def read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
