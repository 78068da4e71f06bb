"""Gold annotations in several formats, read into one shape: `GoldDoc`.

Every reader returns a `GoldSet`: documents with their text (the same text the pipeline is run
on, so offsets compare directly), the publication date, and only the record families the
format annotates (a family that is absent is not scored; an empty list means "none here").
Records use the contract's field names (`../shared/spec/records.md`). A gold span that cannot
be placed on the text is counted in `GoldSet.unaligned` with a message, never silently dropped
or moved.

Formats (detected from the path, `--format` overrides):

| format | path | families |
|---|---|---|
| `corpus` | `*.jsonl` with `text` and record lists (`corpus/gold/`, `seed.gold.jsonl`) | as given |
| `timeml` | `*.tml` or a folder of them (TempEval-3 TBAQ) | dates |
| `meantime` | MEANTIME CAT `*.xml` or a folder of them | dates, entities |
| `brat` | a folder with `text/*.txt` and `attributions/*.ann` (PolNeAR) | attributions |
| `conll` | CoNLL-2003 columns (`*.txt`, `*.conll`), IOB1 or IOB2 | entities |
| `gva` | JSONL with `gold_num_killed` / `gold_num_injured` | article-level counts |
| `gum` | GUM WebAnno TSV 3 (`*.tsv`, or the `gum_news` folder) | entities (named mentions) |
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from .inputs import ID_FIELDS, parse_published, unique_ids

FAMILIES = ("entities", "dates", "casualties", "casualty_totals", "attributions")


@dataclasses.dataclass
class GoldDoc:
    article_id: str
    text: str
    published: dt.date | None
    #: family -> records (dicts with the contract's field names); absent family = not annotated.
    records: dict[str, list[dict[str, Any]]]
    #: corpus-format extras: spans no casualty may overlap, and entity assertions.
    not_casualties: list[dict[str, Any]] | None = None
    entity_expectations: dict[str, Any] | None = None
    #: article-level counts (GVA): {"killed": 1, "injured": 0}.
    counts: dict[str, int] | None = None
    #: where the document came from, for error messages ("path:line").
    source: str = ""
    title: str | None = None
    #: annotation stops at this character offset (MEANTIME annotates the title and the first
    #: five sentences only): predictions after it are neither right nor wrong, so not scored.
    scored_until: int | None = None


@dataclasses.dataclass
class GoldSet:
    name: str
    format: str
    docs: list[GoldDoc]
    #: entity label scheme of the gold ("ontonotes", "conll", "meantime"): decides the label map.
    label_scheme: str = "ontonotes"
    #: gold spans that could not be aligned to the text, as messages naming file and span.
    unaligned: list[str] = dataclasses.field(default_factory=list)
    #: other things a reader left out on purpose, for the report (a second annotator's copy).
    notes: list[str] = dataclasses.field(default_factory=list)


FORMATS = ("corpus", "timeml", "meantime", "brat", "conll", "gva", "gum")

#: Folder names that say which split, not which corpus: the set is named after their parent too.
_GENERIC_FOLDERS = frozenset({"dev", "train", "test", "gold", "data", "intra-doc_annotation"})


# -- entry points ------------------------------------------------------------------------------


def read_gold(paths: Sequence[str], fmt: str | None = None) -> list[GoldSet]:
    """One `GoldSet` per path (file or folder), in the given order.

    `fmt` forces one format for every path; otherwise each path's format is detected.
    Raises `GoldFormatError` for a missing path, an unknown format or unreadable content.
    """
    if fmt is not None and fmt not in FORMATS:
        raise GoldFormatError(f"unknown gold format {fmt!r}; choose from {', '.join(FORMATS)}")
    if isinstance(paths, str):  # one path given bare would otherwise be read letter by letter
        paths = [paths]
    sets = []
    for given in paths:
        _require(Path(given))
        reader = READERS[fmt or detect_gold_format(given)]
        sets.append(reader(given))
    return sets


def detect_gold_format(path: str | Path) -> str:
    """The gold format of a file or folder, from its name and first content; see the docstring
    at the top of this module. Raises `GoldFormatError` when no format fits."""
    path = Path(path)
    _require(path)
    if path.is_dir():
        return _detect_folder(path)
    suffix = path.suffix.lower()
    if suffix == ".tml":
        return "timeml"
    if suffix == ".xml":
        return _detect_xml(path)
    if suffix == ".conll":
        return "conll"
    if suffix == ".txt" and _looks_like_conll(path):
        return "conll"
    if suffix == ".jsonl":
        return _detect_jsonl(path)
    if suffix == ".tsv" and _is_gum(path):
        return "gum"
    raise GoldFormatError(
        f"{path}: unknown gold format (expected .jsonl, .tml, MEANTIME .xml, CoNLL .conll/.txt, "
        "or a brat folder with text/ and attributions/); use --format to force one"
    )


def _detect_folder(path: Path) -> str:
    if _is_gum(path):
        return "gum"
    if _brat_splits(path):
        return "brat"
    if next(path.rglob("*.tml"), None) is not None:
        return "timeml"
    xml_files = sorted(path.rglob("*.xml"))
    if xml_files and _detect_xml(xml_files[0]) == "meantime":
        return "meantime"
    jsonl_files = sorted(path.glob("*.jsonl"))
    if jsonl_files:
        return _detect_jsonl(jsonl_files[0])
    raise GoldFormatError(
        f"{path}: no gold files found (.tml, MEANTIME .xml, .jsonl, or brat "
        "text/ + attributions/ folders)"
    )


def _is_gum(path: Path) -> bool:
    """A WebAnno TSV file, or a folder holding them (directly or in `tsv/`)."""
    if path.is_dir():
        folder = path / "tsv" if (path / "tsv").is_dir() else path
        files = sorted(folder.glob("*.tsv"))
        return bool(files) and _is_gum(files[0])
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        return handle.readline().startswith("#FORMAT=WebAnno TSV")


def _detect_xml(path: Path) -> str:
    root_tag = None
    try:
        # Only the first elements are needed: the root, and a token soon after it.
        for seen, (_, elem) in enumerate(ET.iterparse(path, events=("start",))):
            tag = _local(elem.tag)
            if root_tag is None:
                root_tag = tag
                if tag == "TimeML":
                    return "timeml"
            elif root_tag == "Document" and tag == "token":
                return "meantime"
            if seen > 50:
                break
    except ET.ParseError as e:
        raise GoldFormatError(f"{path}:{e.position[0]}: not well-formed XML ({e})") from e
    raise GoldFormatError(
        f"{path}: XML with root <{root_tag}> is neither MEANTIME CAT "
        "(<Document> with <token>s) nor TimeML"
    )


def _looks_like_conll(path: Path) -> bool:
    for _, line in _lines(path):
        if line.strip():
            columns = line.split()
            # Four columns ending in an IOB tag: four words of prose are not enough.
            return line.startswith("-DOCSTART-") or (
                len(columns) == 4 and _IOB_TAG.match(columns[-1]) is not None
            )
    return False


def _detect_jsonl(path: Path) -> str:
    for number, line in _lines(path):
        if not line.strip():
            continue
        record = _json_object(line, f"{path}:{number}")
        if "gold_num_killed" in record:
            return "gva"
        if "text" in record and any(isinstance(record.get(f), list) for f in FAMILIES):
            return "corpus"
        raise GoldFormatError(
            f"{path}:{number}: JSONL record has neither gold_num_killed (gva) "
            f"nor text with a record list ({', '.join(FAMILIES)}) (corpus)"
        )
    raise GoldFormatError(f"{path}: empty file, no gold records")


# -- shared helpers ----------------------------------------------------------------------------


def _require(path: Path) -> None:
    if not path.exists():
        raise GoldFormatError(f"{path}: no such file or directory")


def _set_name(path: str | Path) -> str:
    """A short name for a gold set: the file stem, or the folder name (with its parent's for a
    split folder such as dev/)."""
    path = Path(os.path.abspath(path))
    if not path.is_dir():
        return path.stem.lower()
    name = path.name.lower()
    if name in _GENERIC_FOLDERS and path.parent.name:
        return f"{path.parent.name.lower()}-{name}"
    return name


def _files(path: Path, pattern: str, *, recursive: bool) -> list[Path]:
    """The file itself, or the files of a folder matching `pattern`, sorted; never empty."""
    if not path.is_dir():
        return [path]
    found = sorted(path.rglob(pattern) if recursive else path.glob(pattern))
    found = [p for p in found if p.is_file()]
    if not found:
        raise GoldFormatError(f"{path}: no {pattern} files in this folder")
    return found


def _read_text(path: Path) -> str:
    """A whole UTF-8 file, newlines kept as they are (offsets count every character)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as e:
        raise GoldFormatError(f"{path}: invalid UTF-8 at byte {e.start}") from e
    except OSError as e:
        raise GoldFormatError(f"{path}: cannot read ({e.strerror})") from e


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line without its newline) of a UTF-8 text file."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                yield number, line.rstrip("\r\n")
    except UnicodeDecodeError as e:
        raise GoldFormatError(f"{path}: invalid UTF-8 ({e.reason})") from e
    except OSError as e:
        raise GoldFormatError(f"{path}: cannot read ({e.strerror})") from e


def _json_object(line: str, place: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise GoldFormatError(f"{place}: invalid JSON: {e.msg} (column {e.colno})") from e
    if not isinstance(record, dict):
        raise GoldFormatError(f"{place}: expected a JSON object, got a {type(record).__name__}")
    return record


def _date(value: Any, place: str) -> dt.date | None:
    """A publication date (ISO or any common format); None when absent, an error when garbled
    (a wrong date would shift every relative gold value it anchors)."""
    if value is None or str(value).strip() in ("", "None"):
        return None
    parsed = parse_published(str(value))
    if parsed is None:
        raise GoldFormatError(f"{place}: publication date {value!r} is not a date")
    return parsed


def _timex_day(value: str | None, words: str, place: str) -> dt.date | None:
    """The day of a creation-time TIMEX3: the first 10 characters of its ISO value, else the
    words it annotates (MEANTIME has value "03-02-2009" on "February 03, 2009", which no
    format guess reads right)."""
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        pass
    parsed = parse_published(words) if words.strip() else None
    if parsed is None:
        raise GoldFormatError(f"{place}: value {value!r} ({words!r}) is not a date")
    return parsed


def _local(tag: str) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def _parse_xml(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as e:
        raise GoldFormatError(f"{path}:{e.position[0]}: not well-formed XML ({e})") from e
    except OSError as e:
        raise GoldFormatError(f"{path}: cannot read ({e.strerror})") from e


def _unique(docs: list[GoldDoc]) -> list[GoldDoc]:
    # The same rule as the input readers (`#2`, `#3` in input order), so that a gold id is the
    # id the pipeline gives the same record.
    return list(unique_ids(docs, {}))  # type: ignore[arg-type]  # only .article_id is used


def _span_problem(text: str, start: Any, end: Any, expected: Any) -> str | None:
    """Why text[start:end] is not the annotated string `expected`, or None when it is."""
    if (
        isinstance(start, bool)
        or isinstance(end, bool)
        or not (isinstance(start, int) and isinstance(end, int))
    ):
        return f"offsets {start!r}-{end!r} are not integers"
    if not 0 <= start < end <= len(text):
        return f"offsets {start}-{end} are outside the text (length {len(text)}) or empty"
    if text[start:end] != expected:
        return f"text[{start}:{end}] is {text[start:end]!r}"
    return None


def _record_problems(text: str, record: dict[str, Any]) -> list[str]:
    """Every span of a contract record (`text/start/end`, `source_text/...`) that does not sit
    on the article text. A span whose text and offsets are all null (a missing role) is fine."""
    problems = []
    for key in record:
        if key == "text":
            prefix = ""
        elif key.endswith("_text"):
            prefix = key[: -len("text")]
        else:
            continue
        start, end = record.get(f"{prefix}start"), record.get(f"{prefix}end")
        # `victim_text` and the like have no offsets: they are values, not spans.
        if f"{prefix}start" not in record and f"{prefix}end" not in record:
            continue
        if start is None and end is None and record[key] is None:
            continue
        problem = _span_problem(text, start, end, record[key])
        if problem:
            problems.append(f"{key} {record[key]!r}: {problem}")
    return problems


def _record_id(record: dict[str, Any], index: int) -> str:
    for key, value in record.items():
        if key.endswith("_id") and not key.endswith(("related_id", "parent_id")) and value:
            return str(value)
    return f"#{index + 1}"


# -- corpus ------------------------------------------------------------------------------------


def read_corpus(path: str | Path) -> GoldSet:
    """The project's own gold JSONL (a file, or every *.jsonl of a folder, sorted): one article
    per line with `text` and the contract's record lists. Records whose spans do not match the
    text are left out and listed in `unaligned`."""
    path = Path(path)
    docs: list[GoldDoc] = []
    unaligned: list[str] = []
    for file in _files(path, "*.jsonl", recursive=False):
        for number, line in _lines(file):
            if line.strip():
                docs.append(_corpus_doc(line, file, number, unaligned))
    return GoldSet(_set_name(path), "corpus", _unique(docs), "ontonotes", unaligned)


def _corpus_doc(line: str, file: Path, number: int, unaligned: list[str]) -> GoldDoc:
    place = f"{file}:{number}"
    record = _json_object(line, place)
    text = record.get("text")
    if not isinstance(text, str):
        raise GoldFormatError(f"{place}: field 'text' is missing or not a string")
    article_id = next(
        (str(record[f]) for f in ID_FIELDS if record.get(f) not in (None, "")),
        f"{file.stem}:{number}",
    )
    records: dict[str, list[dict[str, Any]]] = {}
    for family in (*FAMILIES, "not_casualties"):
        if family not in record:
            continue
        items = record[family]
        if not isinstance(items, list) or not all(isinstance(r, dict) for r in items):
            raise GoldFormatError(f"{place}: {family!r} must be a list of objects")
        kept = []
        for index, item in enumerate(items):
            problems = _record_problems(text, item)
            if problems:
                unaligned.extend(
                    f"{place}: {article_id}: {family} {_record_id(item, index)}: {p}; left out"
                    for p in problems
                )
            else:
                kept.append(item)
        records[family] = kept
    not_casualties = records.pop("not_casualties", None)
    expectations = record.get("entity_expectations")
    if expectations is not None and not isinstance(expectations, dict):
        raise GoldFormatError(f"{place}: 'entity_expectations' must be an object")
    title = record.get("title")
    return GoldDoc(
        article_id,
        text,
        _date(record.get("published"), place),
        records,
        not_casualties=not_casualties,
        entity_expectations=expectations,
        source=place,
        title=None if title is None else str(title),
    )


# -- TimeML ------------------------------------------------------------------------------------


def read_timeml(path: str | Path) -> GoldSet:
    """TimeML `.tml` files (a file, or a folder searched recursively): the text of <TEXT> with
    its tags removed, the creation date from <DCT>, and every TIMEX3 in <TEXT> as a date."""
    path = Path(path)
    unaligned: list[str] = []
    docs = [_timeml_doc(file, unaligned) for file in _files(path, "*.tml", recursive=True)]
    return GoldSet(_set_name(path), "timeml", _unique(docs), "ontonotes", unaligned)


def _timeml_doc(file: Path, unaligned: list[str]) -> GoldDoc:
    root = _parse_xml(file)
    elements = {_local(child.tag): child for child in root}
    body = elements.get("TEXT")
    if body is None:
        raise GoldFormatError(f"{file}: no <TEXT> element")
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    _timeml_walk(body, parts, 0, found)
    text = "".join(parts)
    docid = elements.get("DOCID")
    article_id = ((docid.text or "").strip() if docid is not None else "") or file.stem
    dates = []
    for elem, start, end in found:
        tid = elem.get("tid")
        if elem.get("value") is None or elem.get("type") is None:
            raise GoldFormatError(f"{file}: TIMEX3 {tid} has no value or type attribute")
        if start == end:
            unaligned.append(
                f"{file}: {article_id}: TIMEX3 {tid} (value {elem.get('value')}) "
                "has no text inside <TEXT>; left out"
            )
            continue
        dates.append(
            {
                "date_id": tid,
                "text": text[start:end],
                "start": start,
                "end": end,
                "value": elem.get("value"),
                "kind": elem.get("type", "").lower(),
            }
        )
    dct = (
        next((e for e in elements["DCT"].iter() if _local(e.tag) == "TIMEX3"), None)
        if "DCT" in elements
        else None
    )
    published = (
        _timex_day(dct.get("value"), "".join(dct.itertext()), f"{file}: DCT")
        if dct is not None
        else None
    )
    return GoldDoc(article_id, text, published, {"dates": dates}, source=str(file))


def _timeml_walk(
    elem: ET.Element, parts: list[str], pos: int, found: list[tuple[ET.Element, int, int]]
) -> int:
    """Append the text inside `elem` to `parts` (starting at offset `pos`) and every TIMEX3
    below it to `found` in document order, nested ones included; returns the offset after."""
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        slot = len(found)
        pos = _timeml_walk(child, parts, pos, found)
        if _local(child.tag) == "TIMEX3":
            # Inserted at its opening position, so an outer TIMEX3 precedes the one inside it.
            found.insert(slot, (child, start, pos))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


# -- MEANTIME ----------------------------------------------------------------------------------

#: MEANTIME annotates sentences 0 (the title) to 5 of every article (its guidelines; all 120
#: English files stop there).
_MEANTIME_LAST_SENTENCE = 5
#: Tokens written without a space before them, and after them (MEANTIME keeps no spacing).
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})
_CLITIC_START = ("'", "’")


def read_meantime(path: str | Path) -> GoldSet:
    """MEANTIME CAT XML (a file, or a folder searched recursively): text rebuilt from the
    tokens, the creation time as `published`, TIMEX3 markables as dates and named (NAM)
    entity mentions, typed and clustered through REFERS_TO, as entities."""
    path = Path(path)
    docs: list[GoldDoc] = []
    unaligned: list[str] = []
    for file in _files(path, "*.xml", recursive=True):
        docs.append(_meantime_doc(file, unaligned))
    return GoldSet(_set_name(path), "meantime", _unique(docs), "meantime", unaligned)


def _join_tokens(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    """The text of MEANTIME tokens and each token's (start, end) by t_id: single spaces inside
    a sentence except around punctuation and clitics, a newline between sentences."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    previous: ET.Element | None = None
    for token in tokens:
        word = token.text or ""
        if previous is not None:
            prev_word = previous.text or ""
            if token.get("sentence") != previous.get("sentence"):
                gap = "\n"
            elif (
                word in _NO_SPACE_BEFORE
                or word.startswith(_CLITIC_START)
                or word.lower() in ("n't", "n’t")
                # "US$", "CA$" are currency signs too.
                or prev_word in _NO_SPACE_AFTER
                or prev_word.endswith("$")
            ):
                gap = ""
            else:
                gap = " "
            parts.append(gap)
            pos += len(gap)
        offsets[token.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        previous = token
    return "".join(parts), offsets


def _meantime_doc(file: Path, unaligned: list[str]) -> GoldDoc:
    root = _parse_xml(file)
    if _local(root.tag) != "Document":
        raise GoldFormatError(
            f"{file}: root element is <{_local(root.tag)}>, not MEANTIME's <Document>"
        )
    article_id = root.get("doc_id") or file.stem
    tokens = [e for e in root if _local(e.tag) == "token"]
    text, offsets = _join_tokens(tokens)
    annotated = [
        offsets[t.get("t_id", "")][1]
        for t in tokens
        if int(t.get("sentence") or 0) <= _MEANTIME_LAST_SENTENCE
    ]
    scored_until = max(annotated) if annotated and annotated[-1] < len(text) else None
    markables = [e for section in root if _local(section.tag) == "Markables" for e in section]
    relations = [e for section in root if _local(section.tag) == "Relations" for e in section]

    def anchored(markable: ET.Element) -> tuple[int, int] | str:
        """The span from the first to the last anchored token, or why there is none."""
        ids = [a.get("t_id", "") for a in markable if _local(a.tag) == "token_anchor"]
        if not ids:
            return "no token anchors"
        missing = [t for t in ids if t not in offsets]
        if missing:
            return f"anchored to unknown tokens {missing}"
        return min(offsets[t][0] for t in ids), max(offsets[t][1] for t in ids)

    published = None
    dates = []
    for timex in (m for m in markables if _local(m.tag) == "TIMEX3"):
        span = anchored(timex)
        if timex.get("functionInDocument") == "CREATION_TIME":
            words = text[span[0] : span[1]] if isinstance(span, tuple) else ""
            published = _timex_day(timex.get("value"), words, f"{file}: CREATION_TIME")
        if span == "no token anchors":
            # A TIMEX3 without anchors is a value the annotators inferred (an anchor or end
            # point), not an expression in the text: nothing to extract, so nothing to score.
            continue
        if isinstance(span, str):
            unaligned.append(f"{file}: {article_id}: TIMEX3 {timex.get('m_id')}: {span}; left out")
            continue
        start, end = span
        dates.append(
            {
                "date_id": timex.get("m_id"),
                "text": text[start:end],
                "start": start,
                "end": end,
                "value": timex.get("value"),
                "kind": (timex.get("type") or "").lower(),
            }
        )

    entities_by_id = {m.get("m_id"): m for m in markables if _local(m.tag) == "ENTITY"}
    refers: dict[str, str] = {}
    for relation in relations:
        if _local(relation.tag) != "REFERS_TO":
            continue
        targets = [e.get("m_id", "") for e in relation if _local(e.tag) == "target"]
        for source in (e for e in relation if _local(e.tag) == "source"):
            if targets:
                refers[source.get("m_id", "")] = targets[0]
    entities = []
    for mention in markables:
        if _local(mention.tag) != "ENTITY_MENTION" or mention.get("syntactic_type") != "NAM":
            continue
        m_id = mention.get("m_id", "")
        span = anchored(mention)
        words = text[span[0] : span[1]] if isinstance(span, tuple) else ""
        where = f"{file}: {article_id}: entity mention {m_id} {words!r}"
        entity = entities_by_id.get(refers.get(m_id, ""))
        if isinstance(span, str):
            unaligned.append(f"{where}: {span}; left out")
        elif m_id not in refers:
            unaligned.append(
                f"{where}: no REFERS_TO links it to an ENTITY, so it has no type; left out"
            )
        elif entity is None or not entity.get("ent_type"):
            unaligned.append(
                f"{where}: refers to {refers[m_id]}, which is not a typed ENTITY; left out"
            )
        else:
            entities.append(
                {
                    "entity_id": m_id,
                    "text": words,
                    "label": entity.get("ent_type"),
                    "start": span[0],
                    "end": span[1],
                    "cluster_id": entity.get("m_id"),
                    # Descriptors carry stray spaces ("United States of America ").
                    "canonical": (entity.get("TAG_DESCRIPTOR") or "").strip() or None,
                }
            )
    entities.sort(key=lambda r: (r["start"], r["end"]))
    dates.sort(key=lambda r: (r["start"], r["end"]))
    return GoldDoc(
        article_id,
        text,
        published,
        {"dates": dates, "entities": entities},
        source=str(file),
        scored_until=scored_until,
    )


# -- brat (PolNeAR) ----------------------------------------------------------------------------

#: The first field of every brat standoff line; any other line continues the previous one's
#: text (PolNeAR writes a span that crosses a newline with the newline inside it).
_BRAT_ID = re.compile(r"^(?:[TEARMN]\d+|\*|#\d*)\t")
_ROLES = ("source", "cue", "content")


@dataclasses.dataclass
class _BratSpan:
    """A T line: its pieces (start, end) in the order written and the string brat stored."""

    pieces: list[tuple[int, int]]
    annotated: str


def read_brat(path: str | Path) -> GoldSet:
    """A brat standoff folder with `text/*.txt` and `attributions/*.ann` (PolNeAR), or a folder
    holding exactly one such split: one document per .ann file, each Attribution event (E
    line) one attribution record. Dates come from a `metadata.tsv` beside or above it."""
    path = Path(path)
    splits = _brat_splits(path)
    if len(splits) != 1:
        # Several splits (dev/, train/) are refused: reading them as one would score on
        # training data without anyone asking for it.
        found = f"it holds several: {', '.join(p.name for p in splits)}" if splits else "none"
        raise GoldFormatError(
            f"{path}: expected a folder with text/ and attributions/ ({found}); give one of them"
        )
    root = splits[0]
    published = _brat_metadata(root)
    docs: list[GoldDoc] = []
    unaligned: list[str] = []
    notes: list[str] = []
    annotated: set[Path] = set()
    for ann in _files(root / "attributions", "*.ann", recursive=False):
        txt = _brat_text_file(root / "text", ann)
        if txt in annotated:
            # PolNeAR had a few articles annotated by every annotator (for agreement); scoring
            # each copy would weigh those articles several times, so the first one stands.
            notes.append(f"{ann}: a further annotation of {txt.name}, not scored")
            continue
        annotated.add(txt)
        text = _read_text(txt)
        records = _brat_attributions(ann, text, unaligned)
        raw, place = published.get(ann.stem) or published.get(txt.stem) or (None, "")
        date = _date(raw, place)
        docs.append(GoldDoc(ann.stem, text, date, {"attributions": records}, source=str(ann)))
    return GoldSet(_set_name(root), "brat", _unique(docs), "ontonotes", unaligned, notes)


def _has_brat(path: Path) -> bool:
    return (path / "text").is_dir() and (path / "attributions").is_dir()


def _brat_splits(path: Path) -> list[Path]:
    """The folders holding text/ and attributions/: `path` itself, else its subfolders that do."""
    if not path.is_dir():
        return []
    if _has_brat(path):
        return [path]
    return sorted(p for p in path.iterdir() if p.is_dir() and _has_brat(p))


def _brat_text_file(text_dir: Path, ann: Path) -> Path:
    # PolNeAR names an annotation `<article>_<annotator>.ann`; the text is `<article>.txt`.
    for stem in (ann.stem, ann.stem.rsplit("_", 1)[0]):
        candidate = text_dir / f"{stem}.txt"
        if candidate.is_file():
            return candidate
    raise GoldFormatError(
        f"{ann}: no text file {text_dir / ann.stem}.txt (nor without the annotator suffix)"
    )


def _brat_metadata(root: Path) -> dict[str, tuple[str, str]]:
    """filename -> (publication date as written, "file:line"), from the nearest metadata.tsv at
    or above `root`. Dates are parsed when used: a bad row of another split must not stop
    this one."""
    for folder in (root, root.parent, root.parent.parent):
        meta = folder / "metadata.tsv"
        if meta.is_file():
            break
    else:
        return {}
    dates: dict[str, tuple[str, str]] = {}
    with open(meta, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not {"filename", "publication_date"} <= set(reader.fieldnames or ()):
            raise GoldFormatError(f"{meta}: needs columns filename and publication_date")
        for number, row in enumerate(reader, start=2):
            dates[row["filename"]] = (row["publication_date"], f"{meta}:{number}")
    return dates


def _brat_lines(ann: Path) -> Iterator[tuple[int, str]]:
    """(line number, logical line) of a .ann file, continuation lines joined with "\\n"."""
    content = _read_text(ann)
    current: tuple[int, str] | None = None
    for number, line in enumerate(content.split("\n"), start=1):
        if _BRAT_ID.match(line):
            if current:
                yield current
            current = (number, line)
        elif current is not None and current[1].startswith("T"):
            current = (current[0], f"{current[1]}\n{line}")
        elif line.strip():
            raise GoldFormatError(f"{ann}:{number}: not a brat standoff line: {line[:60]!r}")
    if current:
        yield current


def _brat_attributions(ann: Path, text: str, unaligned: list[str]) -> list[dict[str, Any]]:
    """The attribution records of one .ann file; a record with any span that does not match
    the text is left out and listed in `unaligned`."""
    spans: dict[str, _BratSpan] = {}
    events: list[tuple[int, str, str, list[tuple[str, str]]]] = []
    for number, line in _brat_lines(ann):
        fields = line.split("\t")
        kind = fields[0][0]
        try:
            if kind == "T":
                # The T type (Source, Cue, ...) is not used: the E line's role decides.
                offsets = fields[1].partition(" ")[2]
                pieces = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
                spans[fields[0]] = _BratSpan(pieces, "\t".join(fields[2:]))
            elif kind == "E":
                trigger, *arguments = fields[1].split()
                roles = [a.partition(":")[::2] for a in arguments]
                if not all(role and tid for role, tid in roles):
                    raise ValueError("an argument is not ROLE:ID")
                events.append((number, fields[0], trigger.partition(":")[0], roles))
            # A (attributes), R (relations), N (normalisations), * (equivalences) and #
            # (annotator notes) carry nothing the attribution records have a field for.
        except (IndexError, ValueError) as e:
            raise GoldFormatError(
                f"{ann}:{number}: malformed {kind} line ({e}): {line[:80]!r}"
            ) from e

    records = []
    for number, eid, trigger, roles in events:
        if not trigger.startswith("Attribution"):
            continue  # another event type: not an attribution
        record, problems = _brat_record(eid, roles, spans, text)
        if problems:
            unaligned.extend(
                f"{ann}:{number}: {ann.stem}: attribution {eid}: {p}; left out" for p in problems
            )
        else:
            records.append(record)
    return records


def _brat_record(
    eid: str, roles: list[tuple[str, str]], spans: dict[str, _BratSpan], text: str
) -> tuple[dict[str, Any], list[str]]:
    """One attribution record from an E line's roles. A role may be given several times
    (Content, Content2): its pieces are merged; a discontinuous role spans first to last piece."""
    problems = []
    pieces: dict[str, list[tuple[int, int]]] = {role: [] for role in _ROLES}
    for role, tid in roles:
        base = role.rstrip("0123456789").lower()
        span = spans.get(tid)
        if base not in pieces:
            problems.append(f"role {role}:{tid} is not Source, Cue or Content")
        elif span is None:
            problems.append(f"role {role} refers to {tid}, which is not a text-bound annotation")
        else:
            # brat stores the pieces' strings joined with a space.
            found = " ".join(text[a:b] for a, b in span.pieces)
            if any(not 0 <= a < b <= len(text) for a, b in span.pieces):
                problems.append(f"{role} {tid} offsets {span.pieces} are outside the text")
            # A line-based file cannot tell a span ending in "\n" from a blank line after it.
            elif found != span.annotated and found != span.annotated.rstrip("\r\n"):
                problems.append(
                    f"{role} {tid} {span.annotated!r} does not match the text "
                    f"at {span.pieces}: {found!r}"
                )
            else:
                pieces[base].extend(span.pieces)
    record: dict[str, Any] = {"attribution_id": eid}
    for role in _ROLES:
        parts = sorted(set(pieces[role]))
        start, end = (parts[0][0], max(b for _, b in parts)) if parts else (None, None)
        record[f"{role}_text"] = text[start:end] if parts else None
        record[f"{role}_start"] = start
        record[f"{role}_end"] = end
        record[f"{role}_pieces"] = [list(p) for p in parts] if parts else None
    record["quote_type"] = None
    return record, problems


# -- CoNLL -------------------------------------------------------------------------------------

_IOB_TAG = re.compile(r"^(?:O|[BI]-\S+)$")


def read_conll(path: str | Path) -> GoldSet:
    """CoNLL-2003 columns (`WORD POS CHUNK NER`, the tag in the last column), IOB1 or IOB2:
    one document per -DOCSTART- section, tokens joined by spaces and sentences by newlines,
    named entities with the file's labels (PER, ORG, LOC, MISC)."""
    path = Path(path)
    docs: list[GoldDoc] = []
    for file in _files(path, "*.conll", recursive=False):
        docs.extend(_conll_docs(file))
    return GoldSet(_set_name(path), "conll", _unique(docs), "conll")


def _conll_docs(file: Path) -> Iterator[GoldDoc]:
    sentences: list[list[tuple[str, str]]] = [[]]
    first_line = 1
    number = 0
    for line_number, line in _lines(file):
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            if any(sentences):
                number += 1
                yield _conll_doc(file, number, first_line, sentences)
            sentences, first_line = [[]], line_number + 1
        elif not parts:
            if sentences[-1]:
                sentences.append([])
        elif len(parts) < 2 or not _IOB_TAG.match(parts[-1]):
            raise GoldFormatError(
                f"{file}:{line_number}: expected WORD ... TAG with an IOB tag "
                f"(O, B-X, I-X) last, got {line!r}"
            )
        else:
            sentences[-1].append((parts[0], parts[-1]))
    if any(sentences):
        yield _conll_doc(file, number + 1, first_line, sentences)


def _conll_doc(
    file: Path, number: int, first_line: int, sentences: list[list[tuple[str, str]]]
) -> GoldDoc:
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    pos = 0
    for sentence in (s for s in sentences if s):
        if parts:
            parts.append("\n")
            pos += 1
        current: dict[str, Any] | None = None
        for index, (word, tag) in enumerate(sentence):
            if index:
                parts.append(" ")
                pos += 1
            start, pos = pos, pos + len(word)
            parts.append(word)
            prefix, _, label = tag.partition("-")
            if tag == "O":
                current = None
            # IOB2 opens every entity with B-; IOB1 writes B- only between two adjacent entities
            # of one type, so an I- after O or after another type opens one too. One rule reads
            # both (and repairs an IOB2 file that breaks its own rule).
            elif prefix == "B" or current is None or current["label"] != label:
                current = {
                    "entity_id": f"E{len(entities) + 1}",
                    "text": word,
                    "label": label,
                    "start": start,
                    "end": pos,
                }
                entities.append(current)
            else:
                current["end"] = pos
    text = "".join(parts)
    for entity in entities:
        entity["text"] = text[entity["start"] : entity["end"]]
    return GoldDoc(
        f"{file.stem}:{number}", text, None, {"entities": entities}, source=f"{file}:{first_line}"
    )


# -- GVA ---------------------------------------------------------------------------------------


def read_gva(path: str | Path) -> GoldSet:
    """Gun Violence Archive JSONL (`article_id`, `dct`, `title`, `content`, `gold_num_killed`,
    `gold_num_injured`): article-level killed/injured counts, no spans."""
    path = Path(path)
    docs: list[GoldDoc] = []
    for file in _files(path, "*.jsonl", recursive=False):
        for number, line in _lines(file):
            if line.strip():
                docs.append(_gva_doc(line, file, number))
    return GoldSet(_set_name(path), "gva", _unique(docs))


def _gva_doc(line: str, file: Path, number: int) -> GoldDoc:
    place = f"{file}:{number}"
    record = _json_object(line, place)
    content = record.get("content")
    if not isinstance(content, str):
        raise GoldFormatError(f"{place}: field 'content' is missing or not a string")
    counts = {}
    for name in ("killed", "injured"):
        value = record.get(f"gold_num_{name}")
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise GoldFormatError(f"{place}: gold_num_{name} is {value!r}, not a count")
        counts[name] = value
    raw_id = record.get("article_id")
    article_id = f"{file.stem}:{number}" if raw_id in (None, "") else str(raw_id)
    title = record.get("title")
    return GoldDoc(
        article_id,
        content,
        _date(record.get("dct"), place),
        {},
        counts=counts,
        source=place,
        title=None if title is None else str(title),
    )


# -- GUM (WebAnno TSV) -------------------------------------------------------------------------

#: GUM's entity types kept as named entities; a mention counts as a name when it has a Wikipedia
#: identity and ends in a capitalised word ("Donald Trump", "the FIRST Global Challenge"), so
#: identified descriptions ("all-girl Afghan team") stay out.
_GUM_MENTION = re.compile(r"^([a-z]+)(?:\[(\d+)\])?$")


def read_gum(path: str | Path) -> GoldSet:
    """GUM news in WebAnno TSV 3 (`*.tsv`, or the `gum_news` folder with a `tsv/` inside):
    named-entity mentions with GUM's entity types (person, organization, place, event, ...).
    The text is GUM's tokens at their offsets (sentences on their own lines); a leading "the"
    is left out of the span, as in our gold."""
    path = Path(path)
    if path.is_dir() and (path / "tsv").is_dir():
        path = path / "tsv"
    docs = [_gum_doc(file) for file in _files(path, "*.tsv", recursive=False)]
    return GoldSet(_set_name(path.parent if path.name == "tsv" else path), "gum", docs, "gum")


def _gum_doc(file: Path) -> GoldDoc:
    chars: list[str] = []
    #: mention number -> [entity type, identity, first token start, last token end]
    mentions: dict[str, list[Any]] = {}
    tokens: list[tuple[int, int, str]] = []
    for number, line in _lines(file):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 6 or "-" not in cells[1]:
            raise GoldFormatError(f"{file}:{number}: expected a WebAnno TSV token line")
        start, end = (int(v) for v in cells[1].split("-"))
        if len(chars) < start:
            chars.extend(" " * (start - len(chars)))
        if tokens and tokens[-1][1] < start and line.split("-")[0] != tokens[-1][2]:
            chars[tokens[-1][1]] = "\n"  # a new sentence starts on a new line
        chars[start:end] = cells[2]
        tokens.append((start, end, line.split("-")[0]))
        types = cells[3].split("|") if cells[3] != "_" else []
        identities = cells[6].split("|") if len(cells) > 6 and cells[6] != "_" else []
        identity_of = {}
        for value in identities:
            name, _, ref = value.partition("[")
            identity_of[ref.rstrip("]")] = name  # "" for a one-token mention without a number
        for value in types:
            match = _GUM_MENTION.match(value)
            if not match:
                continue
            kind, ref = match.group(1), match.group(2) or ""
            identity = identity_of.get(ref)
            mention = mentions.setdefault(ref or f"t{number}", [kind, identity, start, end])
            mention[3] = end
    text = "".join(chars)
    entities = []
    for kind, identity, start, end in sorted(mentions.values(), key=lambda m: (m[2], m[3])):
        span = text[start:end]
        words = span.split()
        if not identity or not words or not words[-1][:1].isupper():
            continue
        if words[0].lower() == "the" and len(words) > 1:
            start += len(words[0]) + 1
        entities.append(
            {
                "entity_id": f"E{len(entities) + 1}",
                "text": text[start:end],
                "label": kind,
                "start": start,
                "end": end,
            }
        )
    return GoldDoc(file.stem, text, None, {"entities": entities}, source=str(file))


READERS: dict[str, Callable[[str | Path], GoldSet]] = {
    "corpus": read_corpus,
    "timeml": read_timeml,
    "meantime": read_meantime,
    "brat": read_brat,
    "conll": read_conll,
    "gva": read_gva,
    "gum": read_gum,
}
