"""`newsextract evaluate`: run (or read) predictions for gold sets and score them.

For each gold set: without `pred`, its texts are written as JSONL and run through the same
`runner.run` as `newsextract run` (same options); with `pred`, an existing output directory is
read. Scores go to `OUT/metrics.json`, every error to `OUT/errors.jsonl`, and a readable page to
`OUT/report.html`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..io.gold import FAMILIES, GoldSet, read_gold
from ..nlp import DEFAULT_MODEL
from ..runner import run
from .cache import BARE_TABLE, add_bare_entities, cached_predictions
from .report import write_report
from .scoring import (
    check_expectations,
    score_attributions,
    score_casualties,
    score_counts,
    score_dates,
    score_entities,
)

SCORED_FAMILIES = ("dates", "casualties", "attributions", "entities", "counts")
Predictions = dict[str, dict[str, list[dict[str, Any]]]]


@dataclasses.dataclass
class SetResult:
    gold: GoldSet
    metrics: dict[str, Any]
    errors: list[dict[str, Any]]
    predictions: Predictions


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def read_predictions(run_dir: Path) -> Predictions:
    """Every table of a run, as dicts grouped by article id (dates as ISO strings)."""
    grouped: Predictions = defaultdict(lambda: defaultdict(list))
    for family in (*FAMILIES,):
        folder = run_dir / family
        if not folder.is_dir():
            continue
        for part in sorted(folder.glob("part-*.parquet")):
            for row in pq.read_table(part).to_pylist():
                grouped[row["article_id"]][family].append({k: _plain(v) for k, v in row.items()})
    return grouped


def gold_articles(gold: GoldSet, path: Path) -> None:
    """The gold texts as a JSONL input the runner reads back with the same ids."""
    with open(path, "w", encoding="utf-8") as handle:
        for doc in gold.docs:
            record = {
                "id": doc.article_id,
                "text": doc.text,
                "published": doc.published.isoformat() if doc.published else None,
                "title": doc.title,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def bare_model_predictions(predictions: Predictions) -> Predictions | None:
    """The base model's entities as an `entities` table, when the predictions carry them."""
    if not predictions or not all(BARE_TABLE in tables for tables in predictions.values()):
        return None
    return {aid: {"entities": tables[BARE_TABLE]} for aid, tables in predictions.items()}


def entity_gain(ours: dict[str, Any], bare: dict[str, Any]) -> dict[str, Any]:
    """Span+label F1 of the stage minus the bare model's, overall and per label."""
    labels = sorted(set(ours["per_label"]) | set(bare["per_label"]))
    return {
        "strict_f": round(ours["strict"]["f"] - bare["strict"]["f"], 2),
        "per_label_f": {
            label: round(
                ours["per_label"].get(label, {}).get("f", 0.0)
                - bare["per_label"].get(label, {}).get("f", 0.0),
                2,
            )
            for label in labels
        },
    }


#: The offset field that places a record of each table in the text.
_POSITION = {
    "entities": "start",
    BARE_TABLE: "start",
    "dates": "start",
    "casualties": "count_start",
    "attributions": "content_start",
}


def _within_annotation(gold: GoldSet, predictions: Predictions) -> Predictions:
    """Predictions without the records that lie past where a document's annotation stops."""
    limits = {doc.article_id: doc.scored_until for doc in gold.docs if doc.scored_until}
    if not limits:
        return predictions
    kept: Predictions = dict(predictions)
    for article_id, limit in limits.items():
        tables = predictions.get(article_id, {})
        kept[article_id] = {
            table: [r for r in rows if table not in _POSITION or (r[_POSITION[table]] or 0) < limit]
            for table, rows in tables.items()
        }
    return kept


def score_set(
    gold: GoldSet, predictions: Predictions, only: Sequence[str] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    metrics: dict[str, Any] = {
        "set": gold.name,
        "format": gold.format,
        "documents": len(gold.docs),
        "unaligned_gold": len(gold.unaligned),
        "unaligned_examples": gold.unaligned[:20],
        "reader_notes": gold.notes,
    }
    errors: list[dict[str, Any]] = []
    annotated = {family for doc in gold.docs for family in doc.records}
    predictions = _within_annotation(gold, predictions)
    scorers: dict[str, Callable[..., tuple[dict[str, Any], list[dict[str, Any]]]]] = {
        "dates": score_dates,
        "casualties": score_casualties,
        "attributions": score_attributions,
        "counts": score_counts,
    }
    for family in SCORED_FAMILIES:
        if only and family not in only:
            continue
        if family == "counts":
            if not any(doc.counts for doc in gold.docs):
                continue
        elif family == "casualties":
            if not annotated & {"casualties", "casualty_totals"}:
                continue
        elif family not in annotated:
            continue
        if family == "entities":
            family_metrics, family_errors = score_entities(
                gold.docs, predictions, gold.label_scheme
            )
            bare = bare_model_predictions(predictions)
            if bare is not None:
                # The base model's own doc.ents through the same label map, side by side: what
                # the stage adds over the bare model, per label.
                bare_metrics, _ = score_entities(gold.docs, bare, gold.label_scheme)
                metrics["entities_bare_model"] = bare_metrics
                metrics["entities_gain_over_bare_model"] = entity_gain(family_metrics, bare_metrics)
        else:
            family_metrics, family_errors = scorers[family](gold.docs, predictions)
        metrics[family] = family_metrics
        errors.extend({"set": gold.name, **e} for e in family_errors)
    if any(doc.entity_expectations for doc in gold.docs) and (not only or "entities" in only):
        metrics["entity_expectations"] = check_expectations(gold.docs, predictions)
    return metrics, errors


def _scores_entities(gold: GoldSet, only: Sequence[str] | None) -> bool:
    return (not only or "entities" in only) and any("entities" in d.records for d in gold.docs)


def evaluate(
    gold_paths: Sequence[str],
    out: str | Path,
    *,
    pred: str | Path | None = None,
    only: Sequence[str] | None = None,
    fmt: str | None = None,
    run_options: dict[str, Any] | None = None,
    cache: str | Path | None = None,
    on_set: Callable[[str], None] | None = None,
) -> list[SetResult]:
    """Score each gold path; write metrics.json, errors.jsonl and report.html into `out`.

    `cache`: a folder where the model's parse of each gold set is kept, so that later
    evaluations only rerun the news_ stages (for developing rules; same scores)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    options = dict(run_options or {})
    # A limit applies to the gold documents, so unprocessed ones do not count as misses.
    limit = options.pop("limit", None)
    results: list[SetResult] = []
    for gold in read_gold(gold_paths, fmt):
        if limit is not None:
            gold.docs = gold.docs[:limit]
        if on_set:
            on_set(gold.name)
        started = time.perf_counter()
        if pred is None and cache is not None:
            predictions = cached_predictions(
                gold,
                str(options.get("model", DEFAULT_MODEL)),
                Path(cache),
                batch_size=options.get("batch_size", 32),
                n_process=options.get("n_process", 1),
            )
        elif pred is None:
            work = out / "runs" / gold.name
            work.mkdir(parents=True, exist_ok=True)
            articles = work / "gold_texts.jsonl"
            gold_articles(gold, articles)
            run([str(articles)], work / "pred", overwrite=True, **options)
            predictions = read_predictions(work / "pred")
            if _scores_entities(gold, only):
                add_bare_entities(
                    gold,
                    predictions,
                    str(options.get("model", DEFAULT_MODEL)),
                    batch_size=options.get("batch_size", 32),
                )
        else:
            predictions = read_predictions(Path(pred))
        metrics, errors = score_set(gold, predictions, only)
        metrics["seconds"] = round(time.perf_counter() - started, 1)
        results.append(SetResult(gold, metrics, errors, predictions))
    (out / "metrics.json").write_text(
        json.dumps({r.gold.name: r.metrics for r in results}, indent=2) + "\n", encoding="utf-8"
    )
    with open(out / "errors.jsonl", "w", encoding="utf-8") as handle:
        for result in results:
            for error in result.errors:
                handle.write(json.dumps(error, ensure_ascii=False, default=str) + "\n")
    write_report(results, out / "report.html")
    return results


def headline(metrics: dict[str, Any]) -> list[tuple[str, str]]:
    """The main numbers of one set, as (name, value) pairs for the terminal summary."""
    rows: list[tuple[str, str]] = []

    def f(path: list[str]) -> str | None:
        node: Any = metrics
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        if isinstance(node, dict):
            node = node.get("f", node.get("acc"))
        return None if node is None else f"{node:.1f}"

    for name, path in (
        ("dates relaxed F", ["dates", "relaxed"]),
        ("dates value F", ["dates", "value"]),
        ("casualty mention F", ["casualties", "mention"]),
        ("casualty (qualifier, value) acc", ["casualties", "qualifier_value_accuracy"]),
        ("casualty totals acc", ["casualties", "totals_accuracy"]),
        ("article killed count acc", ["casualties", "article_counts", "killed"]),
        ("article detained count acc", ["casualties", "article_counts", "detained"]),
        ("killed acc", ["counts", "killed"]),
        ("injured acc", ["counts", "injured"]),
        ("cue overlap F", ["attributions", "cue", "overlap"]),
        ("source overlap F", ["attributions", "source", "overlap"]),
        ("content overlap F", ["attributions", "content", "overlap"]),
        ("attribution F", ["attributions", "attribution", "overlap"]),
        ("channel acc", ["attributions", "channel_accuracy"]),
        ("source resolved acc", ["attributions", "source_resolved_accuracy"]),
        ("entity F (span+label)", ["entities", "strict"]),
        ("bare model entity F", ["entities_bare_model", "strict"]),
        ("geonames id acc", ["entities", "geonames_id_accuracy"]),
        ("places within 161 km", ["entities", "within_161km"]),
    ):
        value = f(path)
        if value is not None:
            rows.append((name, value))
    if "entity_expectations" in metrics:
        e = metrics["entity_expectations"]
        rows.append(("entity expectations", f"{e['passed']}/{e['total']}"))
    return rows
