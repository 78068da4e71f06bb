"""A large run's output made from a small one, to measure the analytics at scale.

Running the NLP pipeline over thousands of articles only to time a SQL query is slow; the
query's cost depends on the number of rows, not on where they came from. `replicate(src,
dest, copies)` writes `copies` copies of every table of the run in `src` into `dest`, as a run
writes them (parts of 1000 articles, an empty-run-proof manifest): copy k renames every
article `<id>~k` and moves its dates (`published`, `event_date`, `dates.resolved_*`) k weeks
later, so the copies spread over more days instead of piling onto the same ones.

    python -m pipeline.analytics.replicate outputs/gva outputs/gva_x18 --copies 18
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..io import writer
from ..schemas import TABLE_NAMES, TABLES

PART_SIZE = 1000
DATE_COLUMNS = {
    "articles": ("published",),
    "casualties": ("event_date",),
    "dates": ("resolved_start", "resolved_end"),
}


def _copy(data: pa.Table, table: str, k: int) -> pa.Table:
    """Copy k of one table: new article ids, dates k weeks later."""
    data = data.set_column(
        data.schema.get_field_index("article_id"),
        data.schema.field("article_id"),
        pc.binary_join_element_wise(data.column("article_id"), pa.scalar(f"~{k}"), ""),
    )
    for name in DATE_COLUMNS.get(table, ()):
        index = data.schema.get_field_index(name)
        shifted = pc.add(data.column(name), pa.scalar(dt.timedelta(weeks=k)))
        data = data.set_column(index, data.schema.field(name), pc.cast(shifted, pa.date32()))
    return data


def replicate(src: str | Path, dest: str | Path, copies: int) -> dict[str, int]:
    """Write `copies` copies of the run in `src` into `dest` (which must not hold a run);
    return the rows written per table."""
    src, dest = Path(src), Path(dest)
    source = {name: pq.read_table(src / name, schema=TABLES[name][1]) for name in TABLE_NAMES}
    tables = {
        name: pa.concat_tables([_copy(data, name, k) for k in range(copies)])
        for name, data in source.items()
    }
    writer.prepare(dest, overwrite=False, resume=False)
    ids = tables["articles"].column("article_id").to_pylist()
    part_of = {article_id: i // PART_SIZE for i, article_id in enumerate(ids)}
    parts = max(part_of.values(), default=0) + 1
    for index in range(parts):
        members = pa.array([a for a, p in part_of.items() if p == index], pa.string())
        part = {
            name: data.filter(pc.is_in(data.column("article_id"), value_set=members))
            for name, data in tables.items()
        }
        status = pc.value_counts(part["articles"].column("status")).to_pylist()
        log = {
            "articles": part["articles"].num_rows,
            "status": {s["values"]: s["counts"] for s in status},
            "rows": {name: data.num_rows for name, data in part.items()},
        }
        writer.write_part(dest, index, part, log)
    rows = {name: data.num_rows for name, data in tables.items()}
    manifest = writer.read_json(src / writer.MANIFEST) if (src / writer.MANIFEST).is_file() else {}
    counts = dict(manifest.get("counts", {}))
    statuses = pc.value_counts(tables["articles"].column("status")).to_pylist()
    counts.update({s["values"]: s["counts"] for s in statuses})
    counts.update({"records_in": rows["articles"], "rows_out": rows["articles"]})
    manifest.update(
        {
            "counts": counts,
            "rows": rows,
            "replicated": {"from": str(src), "copies": copies, "date_shift": "k weeks"},
        }
    )
    writer.write_json(dest / writer.MANIFEST, manifest)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", help="a run's output directory")
    parser.add_argument("dest", help="a new directory for the copies")
    parser.add_argument("--copies", type=int, required=True, help="how many copies")
    args = parser.parse_args()
    rows = replicate(args.src, args.dest, args.copies)
    print(", ".join(f"{name} {count:,}" for name, count in rows.items()))


if __name__ == "__main__":
    main()
