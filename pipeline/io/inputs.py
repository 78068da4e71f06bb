"""Input formats: turn files of articles into `Article` records, losing none.

Formats (detected from the extension; `.gz` around any of them):

- `.txt`: one article per file. An optional header ` date YYYY-MM-DD ` before the body gives
  `published` (`published_from="header"`); the body after it is the text.
- `.jsonl` / `.ndjson`: one JSON object per line. `.json`: a list of such objects.
- `.csv` / `.tsv`: a header row, then one article per row (quoted newlines allowed).
- `.parquet`: one article per row.
- a directory: every file of these kinds below it, sorted by path; other files are skipped and
  listed in the manifest.
- `-`: JSONL on standard input.

Fields of a record: id `id` or `article_id`; text `text`, `content` or `body`; date `published`,
`date`, `dct` or `publication_date` (ISO or any common format, parsed once); optional `title`.

Every record becomes exactly one `Article`; a record that cannot be read becomes one with
`status="rejected"` and an `error` naming the file, the line or row, and what was wrong.
A missing path or an unknown extension raises `InputError` before any article is read.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError

ID_FIELDS = ("id", "article_id")
TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("published", "date", "dct", "publication_date")
TITLE_FIELDS = ("title",)

RECORD_FORMATS = ("jsonl", "json", "csv", "tsv", "parquet")
SUFFIX_FORMATS = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
}
#: The dump header: ` date 2023-06-04 ` before the body (leading/trailing blanks optional).
HEADER_RE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n)?[ \t]*")
CSV_FIELD_LIMIT = 1 << 30


@dataclasses.dataclass(slots=True)
class Article:
    """One input record, read or rejected. `article_id` is made unique by `unique_ids`."""

    article_id: str
    source: str
    title: str | None
    published: dt.date | None
    published_from: str
    text: str | None
    status: str
    error: str | None = None
    #: Problems that did not reject the record (an unparseable date), for the manifest.
    warnings: tuple[str, ...] = ()


@dataclasses.dataclass(slots=True, frozen=True)
class InputFile:
    """A file to read: its path as the user gave it (or found below a directory) and format."""

    path: str
    format: str
    compressed: bool


@dataclasses.dataclass(slots=True)
class InputPlan:
    files: list[InputFile]
    skipped: list[str]


def detect_format(path: str) -> tuple[str, bool] | None:
    """(format, gzipped) from a file name, or None when the extension is not ours."""
    name = path.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    suffix = Path(name).suffix
    fmt = SUFFIX_FORMATS.get(suffix)
    return (fmt, compressed) if fmt else None


def plan_inputs(paths: Iterable[str]) -> InputPlan:
    """Resolve the command line's inputs to files, failing early on anything unusable."""
    files: list[InputFile] = []
    skipped: list[str] = []
    for given in paths:
        if given == "-":
            files.append(InputFile("-", "jsonl", False))
            continue
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or directory")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file())
            for p in found:
                detected = detect_format(p.name)
                if detected is None or p.name.startswith("."):
                    skipped.append(str(p))
                else:
                    files.append(InputFile(str(p), *detected))
            continue
        detected = detect_format(path.name)
        if detected is None:
            known = ", ".join(sorted(SUFFIX_FORMATS)) + " (or any of them + .gz)"
            raise InputError(f"{given}: unknown input format {path.suffix!r}; expected {known}")
        files.append(InputFile(given, *detected))
    return InputPlan(files, skipped)


# -- dates -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def parse_published(value: str) -> dt.date | None:
    """A publication date from metadata: ISO first, then dateparser for any other format."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    import dateparser  # deferred: importing it costs about half a second

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


# -- records -----------------------------------------------------------------------------------


def _first(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        if name in record and record[name] is not None:
            return name, record[name]
    return None, None


def article_from_record(record: Any, *, place: str, default_id: str) -> Article:
    """Validate one decoded record (a dict) into an Article; never raises on bad content."""
    if not isinstance(record, dict):
        kind = type(record).__name__
        return rejected(place, default_id, f"{place}: expected a JSON object, got a {kind}")
    _, raw_id = _first(record, ID_FIELDS)
    article_id = default_id if raw_id is None or str(raw_id).strip() == "" else str(raw_id)
    _, title = _first(record, TITLE_FIELDS)
    title = None if title is None else str(title)
    text_field, text = _first(record, TEXT_FIELDS)
    if text_field is None:
        fields = " / ".join(TEXT_FIELDS)
        return rejected(place, article_id, f"{place}: no text field (expected {fields})", title)
    if not isinstance(text, str):
        kind = type(text).__name__
        return rejected(
            place, article_id, f"{place}: field {text_field!r} is a {kind}, not a string", title
        )
    published, published_from, warnings = None, "none", ()
    date_field, raw_date = _first(record, DATE_FIELDS)
    if date_field is not None and str(raw_date).strip():
        published = parse_published(str(raw_date))
        if published is None:
            warnings = (f"{place}: {date_field}={raw_date!r} is not a date; published left null",)
        else:
            published_from = "metadata"
    status = "ok" if text.strip() else "empty"
    return Article(
        article_id, place, title, published, published_from, text, status, None, warnings
    )


def rejected(place: str, article_id: str, error: str, title: str | None = None) -> Article:
    return Article(article_id, place, title, None, "none", None, "rejected", error)


def split_header(raw: str) -> tuple[str, dt.date | None, str, tuple[str, ...]]:
    """(body, published, published_from, warnings) of a `.txt` article."""
    raw = raw.removeprefix("\ufeff")
    match = HEADER_RE.match(raw)
    if not match:
        return raw, None, "none", ()
    body = raw[match.end() :]
    try:
        return body, dt.date.fromisoformat(match.group(1)), "header", ()
    except ValueError:
        return body, None, "none", (f"date header {match.group(1)!r} is not a valid date",)


def _open_binary(file: InputFile) -> io.BufferedIOBase:
    if file.path == "-":
        return sys.stdin.buffer
    if file.compressed:
        return gzip.open(file.path, "rb")  # type: ignore[return-value]
    return open(file.path, "rb")


def _stem(path: str) -> str:
    name = Path(path).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def _decode(data: bytes, place: str) -> tuple[str | None, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"{place}: invalid UTF-8 at byte {e.start}: {data[e.start : e.start + 4]!r}"


def read_txt(file: InputFile) -> Iterator[Article]:
    stem = _stem(file.path)
    with _open_binary(file) as handle:
        data = handle.read()
    text, error = _decode(data, file.path)
    if text is None:
        yield rejected(file.path, stem, error or file.path)
        return
    body, published, published_from, warnings = split_header(text)
    warnings = tuple(f"{file.path}: {w}" for w in warnings)
    status = "ok" if body.strip() else "empty"
    yield Article(stem, file.path, None, published, published_from, body, status, None, warnings)


def read_jsonl(file: InputFile) -> Iterator[Article]:
    stem = "stdin" if file.path == "-" else _stem(file.path)
    with _open_binary(file) as handle:
        for number, line in enumerate(handle, start=1):
            place = f"{file.path}:{number}"
            if not line.strip():
                continue  # a blank line is not a record
            text, error = _decode(line, place)
            if text is None:
                yield rejected(place, f"{stem}:{number}", error or place)
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as e:
                yield rejected(
                    place, f"{stem}:{number}", f"{place}: invalid JSON: {e.msg} (column {e.colno})"
                )
                continue
            yield article_from_record(record, place=place, default_id=f"{stem}:{number}")


def read_json(file: InputFile) -> Iterator[Article]:
    stem = _stem(file.path)
    with _open_binary(file) as handle:
        data = handle.read()
    text, error = _decode(data, file.path)
    if text is None:
        yield rejected(file.path, stem, error or file.path)
        return
    try:
        records = json.loads(text)
    except json.JSONDecodeError as e:
        yield rejected(
            file.path,
            stem,
            f"{file.path}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}",
        )
        return
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield rejected(
            file.path,
            stem,
            f"{file.path}: expected a list of objects, got a {type(records).__name__}",
        )
        return
    for number, record in enumerate(records, start=1):
        place = f"{file.path}:{number}"
        yield article_from_record(record, place=place, default_id=f"{stem}:{number}")


def read_csv(file: InputFile) -> Iterator[Article]:
    stem = _stem(file.path)
    delimiter = "\t" if file.format == "tsv" else ","
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with _open_binary(file) as handle:
        stream = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        reader = csv.DictReader(stream, delimiter=delimiter)
        number = 0
        try:
            for number, row in enumerate(reader, start=1):
                place = f"{file.path}:{number}"
                if None in row:
                    yield rejected(
                        place, f"{stem}:{number}", f"{place}: row has more fields than the header"
                    )
                    continue
                record = {k: v for k, v in row.items() if v != "" or k in TEXT_FIELDS}
                yield article_from_record(record, place=place, default_id=f"{stem}:{number}")
        except UnicodeDecodeError as e:
            place = f"{file.path}:{number + 1}"
            yield rejected(
                place,
                f"{stem}:{number + 1}",
                f"{place}: invalid UTF-8 ({e.reason}); the rest of the file is unread",
            )
        except csv.Error as e:
            place = f"{file.path}:{number + 1}"
            yield rejected(
                place,
                f"{stem}:{number + 1}",
                f"{place}: bad CSV: {e}; the rest of the file is unread",
            )


def read_parquet(file: InputFile) -> Iterator[Article]:
    import pyarrow.parquet as pq

    stem = _stem(file.path)
    with _open_binary(file) as handle:
        try:
            table = pq.read_table(handle)
        except Exception as e:  # pyarrow raises several unrelated types for a bad file
            yield rejected(file.path, stem, f"{file.path}: not a readable Parquet file: {e}")
            return
    number = 0
    for batch in table.to_batches(max_chunksize=1000):
        for record in batch.to_pylist():
            number += 1
            place = f"{file.path}:{number}"
            yield article_from_record(record, place=place, default_id=f"{stem}:{number}")


READERS = {
    "txt": read_txt,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_csv,
    "parquet": read_parquet,
}


def read_file(file: InputFile) -> Iterator[Article]:
    """Articles of one file; a file that breaks off (a truncated .gz) ends in a rejected row."""
    count = 0
    try:
        for article in READERS[file.format](file):
            count += 1
            yield article
    except (EOFError, OSError, zlib.error) as e:
        place = f"{file.path}:{count + 1}"
        yield rejected(
            place,
            f"{_stem(file.path)}:{count + 1}",
            f"{place}: file is damaged or truncated after {count} records ({e})",
        )


def unique_ids(articles: Iterable[Article], duplicates: dict[str, int]) -> Iterator[Article]:
    """Give a repeated id `#2`, `#3`, ... in input order, counting repeats in `duplicates`."""
    seen: dict[str, int] = {}
    taken: set[str] = set()
    for article in articles:
        base = article.article_id
        n = seen.get(base, 0) + 1
        candidate = base if n == 1 else f"{base}#{n}"
        while candidate in taken:  # an input id may itself look like "x#2"
            n += 1
            candidate = f"{base}#{n}"
        seen[base] = n
        if candidate != base:
            duplicates[base] = n
            article.article_id = candidate
        taken.add(article.article_id)
        yield article


def read_articles(plan: InputPlan, duplicates: dict[str, int] | None = None) -> Iterator[Article]:
    """Every article of every planned file, in order, with unique ids."""
    dup = {} if duplicates is None else duplicates

    def all_files() -> Iterator[Article]:
        for file in plan.files:
            yield from read_file(file)

    return unique_ids(all_files(), dup)


def count_records(file: InputFile) -> int | None:
    """A cheap upper estimate of a file's records, for the progress bar (None: unknown)."""
    if file.path == "-":
        return None
    try:
        if file.format == "txt":
            return 1
        if file.format == "parquet" and not file.compressed:
            import pyarrow.parquet as pq

            return pq.ParquetFile(file.path).metadata.num_rows
        if file.format == "jsonl":
            with _open_binary(file) as handle:
                return sum(1 for line in handle if line.strip())
    except (OSError, EOFError, zlib.error):
        return None
    return None
