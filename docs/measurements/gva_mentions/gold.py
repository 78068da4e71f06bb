"""Mention-level casualty and attribution gold for GVA dev and TimeBank/AQUAINT articles, kept
as stand-off.

The GVA and TimeBank texts belong to their publishers (`../shared/data/README.md`), so the
files here hold labels and character offsets only: the text is replaced by its SHA-1, the title
is dropped, and every span keeps its offsets but not its words. `join` takes the text and title
back from `../shared/data/gva/gva_dev.jsonl` and the span words from the offsets, into a scratch
file that `newsextract evaluate` reads (`make eval` does this into outputs/gva_mentions/). The
source may also be the TimeML folder `../shared/data/timebank` (the text of each `.tml`, read as
`newsextract evaluate` reads it), for `docs/measurements/tbaq_mentions/`.

    python docs/measurements/gva_mentions/gold.py join ../shared/data/gva/gva_dev.jsonl \
        docs/measurements/gva_mentions/gva_g1.jsonl outputs/gva_mentions/gva_g1.jsonl
    python docs/measurements/gva_mentions/gold.py strip FULL_GOLD.jsonl STANDOFF.jsonl
"""

import hashlib
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _spans_mapped(article: Row, words: Callable[[Row, str], str | None]) -> Row:
    """The article with the words of every span set by `words(row, prefix)` (None drops them).
    A span is `<prefix>start` and `<prefix>end` ("count_start", or "start" of a not_casualties
    row); its words sit just before them, as `<prefix>text`."""
    mapped: Row = {}
    for key, value in article.items():
        if isinstance(value, list):
            value = [_row_mapped(row, words) if isinstance(row, dict) else row for row in value]
        mapped[key] = value
    return mapped


def _row_mapped(row: Row, words: Callable[[Row, str], str | None]) -> Row:
    mapped: Row = {}
    for key, value in row.items():
        prefix = key[: -len("start")] if key.endswith("start") else None
        if prefix is not None and f"{prefix}end" in row:
            span_words = words(row, prefix)
            if span_words is not None or row[key] is None:
                mapped[f"{prefix}text"] = span_words
        elif key.endswith("text") and f"{key[: -len('text')]}start" in row:
            continue  # placed beside its offsets above
        mapped[key] = value
    return mapped


def _no_words(text: str, where: str, row: Row, prefix: str) -> None:
    start, end = row[f"{prefix}start"], row[f"{prefix}end"]
    if start is not None and text[start:end] != row.get(f"{prefix}text"):
        sys.exit(f"{where}: {row.get(f'{prefix}text')!r} is not at {start}-{end}")


def _words_at(text: str, row: Row, prefix: str) -> str | None:
    start, end = row[f"{prefix}start"], row[f"{prefix}end"]
    return None if start is None else text[start:end]


def strip(full_path: Path, standoff_path: Path) -> None:
    with full_path.open(encoding="utf-8") as src, standoff_path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(src, 1):
            article = json.loads(line)
            text = article["text"]

            standoff = {
                ("text_sha1" if key == "text" else key): (_sha1(value) if key == "text" else value)
                for key, value in article.items()
                if key != "title"
            }
            out.write(
                json.dumps(
                    _spans_mapped(standoff, partial(_no_words, text, f"{full_path}:{number}")),
                    ensure_ascii=False,
                )
                + "\n"
            )


def _source_texts(source_path: Path) -> dict[str, tuple[str, str | None]]:
    """SHA-1 of each text -> (text, title), from a GVA JSONL or a TimeML folder."""
    if source_path.is_dir() or source_path.suffix == ".tml":
        from pipeline.io.gold import read_timeml

        docs = read_timeml(source_path).docs
        return {_sha1(doc.text): (doc.text, doc.title) for doc in docs}
    by_digest: dict[str, tuple[str, str | None]] = {}
    with source_path.open(encoding="utf-8") as src:
        for line in src:
            row = json.loads(line)
            by_digest[_sha1(row["content"])] = (row["content"], row["title"])
    return by_digest


def join(source_path: Path, standoff_path: Path, full_path: Path) -> None:
    by_digest = _source_texts(source_path)
    full_path.parent.mkdir(parents=True, exist_ok=True)
    with standoff_path.open(encoding="utf-8") as src, full_path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(src, 1):
            standoff = json.loads(line)
            source = by_digest.get(standoff["text_sha1"])
            if source is None:
                sys.exit(
                    f"{standoff_path}:{number}: no article in {source_path} has the text of "
                    f"{standoff['article_id']} (another release?)"
                )
            text, title = source

            article: Row = {}
            for key, value in standoff.items():
                if key == "text_sha1":
                    if title is not None:
                        article["title"] = title
                    article["text"] = text
                else:
                    article[key] = value
            out.write(
                json.dumps(_spans_mapped(article, partial(_words_at, text)), ensure_ascii=False)
                + "\n"
            )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "strip":
        strip(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 5 and sys.argv[1] == "join":
        join(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        sys.exit(__doc__)
