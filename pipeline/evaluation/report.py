"""The evaluation report: one self-contained HTML page (no scripts, no network).

A table of scores per gold set, an inline SVG bar chart per family, and per-article highlights
drawn with displaCy's span style: gold spans the prediction found (hit), gold spans it missed
(miss) and predicted spans with no gold (false alarm), each in its own colour.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy import blank, displacy

from .matching import greedy_match

if TYPE_CHECKING:
    from .evaluate import SetResult

COLOURS = {"HIT": "#7fd17f", "MISS": "#ff7b7b", "FALSE": "#ffb347"}
#: How each family's records are drawn: (start field, end field, label field).
DRAW = {
    "dates": ("start", "end", "value"),
    "casualties": ("count_start", "count_end", "type"),
    "attributions": ("cue_start", "cue_end", "cue_lemma"),
    "entities": ("start", "end", "label"),
}
MAX_ARTICLES = 25

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1200px; }
h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border: 1px solid #ddd; padding: 4px 10px; text-align: right; }
th { background: #f4f4f4; } td:first-child, th:first-child { text-align: left; }
.legend span { padding: 2px 8px; margin-right: 8px; border-radius: 3px; }
.article { margin: 1.5em 0; } .article h4 { margin: 0.3em 0; font-weight: 600; }
.note { color: #666; font-size: 0.9em; }
"""


def _number(value: Any) -> str:
    return "" if value is None else (f"{value:.1f}" if isinstance(value, float) else str(value))


def _prf_rows(metrics: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Flatten nested metrics into (name, P/R/F or accuracy dict) rows."""
    rows = []
    for key, value in metrics.items():
        if not isinstance(value, dict):
            continue
        name = f"{prefix}{key}"
        if "f" in value or "acc" in value:
            rows.append((name, value))
        elif key not in ("per_label_detail",):
            rows.extend(_prf_rows(value, f"{name} / "))
    return rows


def _bar_chart(rows: Sequence[tuple[str, float]], title: str) -> str:
    """A horizontal bar chart (0-100) as inline SVG."""
    height = 22 * len(rows) + 30
    bars = []
    for i, (name, value) in enumerate(rows):
        y = 25 + 22 * i
        width = max(0.0, min(100.0, value)) * 4
        bars.append(
            f'<text x="250" y="{y + 13}" text-anchor="end" font-size="12">'
            f"{html.escape(name)}</text>"
            f'<rect x="256" y="{y}" width="{width:.1f}" height="16" fill="#4a90d9"/>'
            f'<text x="{262 + width:.1f}" y="{y + 13}" font-size="12">{value:.1f}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="{height}" '
        f'role="img" aria-label="{html.escape(title)}">'
        f'<text x="0" y="14" font-size="13" font-weight="bold">{html.escape(title)}</text>'
        + "".join(bars)
        + "</svg>"
    )


def _family_table(name: str, metrics: dict[str, Any]) -> str:
    rows = _prf_rows(metrics)
    if not rows:
        return ""
    body = []
    chart: list[tuple[str, float]] = []
    for metric, value in rows:
        if "f" in value:
            body.append(
                f"<tr><td>{html.escape(metric)}</td><td>{_number(value['p'])}</td>"
                f"<td>{_number(value['r'])}</td><td>{_number(value['f'])}</td>"
                f"<td>{value['tp']}</td><td>{value['fp']}</td><td>{value['fn']}</td></tr>"
            )
            if "/" not in metric or metric.count("/") == 1:
                chart.append((f"{metric} F", float(value["f"])))
        else:
            body.append(
                f"<tr><td>{html.escape(metric)}</td><td colspan='3'>"
                f"{_number(value['acc'])}</td><td colspan='3'>{value['correct']} / "
                f"{value['total']}</td></tr>"
            )
            if value["acc"] is not None:
                chart.append((metric, float(value["acc"])))
    table = (
        "<table><tr><th>metric</th><th>P</th><th>R</th><th>F / acc</th><th>tp</th>"
        "<th>fp</th><th>fn</th></tr>" + "".join(body) + "</table>"
    )
    return f"<h3>{html.escape(name)}</h3>{table}{_bar_chart(chart[:20], name)}"


def _highlights(result: SetResult) -> str:
    """displaCy span renderings of gold vs predicted spans for the articles with most errors."""
    nlp = blank("en")
    families = [f for f in DRAW if any(f in doc.records for doc in result.gold.docs)]
    if not families:
        return ""
    error_count: dict[str, int] = {}
    for error in result.errors:
        error_count[error["article_id"]] = error_count.get(error["article_id"], 0) + 1
    docs = sorted(result.gold.docs, key=lambda d: -error_count.get(d.article_id, 0))
    parts = []
    for doc in docs[:MAX_ARTICLES]:
        tokens = nlp.make_doc(doc.text)
        for family in families:
            if family not in doc.records:
                continue
            start_f, end_f, label_f = DRAW[family]
            gold = [r for r in doc.records[family] if r.get(start_f) is not None]
            pred = [
                r
                for r in result.predictions.get(doc.article_id, {}).get(family, [])
                if r.get(start_f) is not None
            ]
            pairs = greedy_match(gold, pred, lambda r, s=start_f, e=end_f: ((r[s], r[e]),))
            matched_gold = {g for g, _ in pairs}
            matched_pred = {p for _, p in pairs}
            spans = []
            for kind, records, chosen in (
                ("HIT", pred, matched_pred),
                ("MISS", gold, set(range(len(gold))) - matched_gold),
                ("FALSE", pred, set(range(len(pred))) - matched_pred),
            ):
                for i in sorted(chosen):
                    record = records[i]
                    span = tokens.char_span(record[start_f], record[end_f], alignment_mode="expand")
                    if span is None:
                        continue
                    spans.append(
                        {
                            "start_token": span.start,
                            "end_token": span.end,
                            "label": f"{kind} {record.get(label_f) or ''}".strip(),
                        }
                    )
            rendered = displacy.render(
                {
                    "text": doc.text,
                    "tokens": [t.text for t in tokens],
                    "spans": spans,
                    "title": None,
                },
                style="span",
                manual=True,
                page=False,
                options={"colors": {s["label"]: COLOURS[s["label"].split()[0]] for s in spans}},
            )
            parts.append(
                f'<div class="article"><h4>{html.escape(doc.article_id)} · {family} · '
                f"{error_count.get(doc.article_id, 0)} errors in the set</h4>"
                f"{rendered}</div>"
            )
    legend = "".join(f'<span style="background:{c}">{k.lower()}</span>' for k, c in COLOURS.items())
    return (
        f'<h3>Highlights (articles with the most errors)</h3><p class="legend">{legend}'
        "</p>" + "".join(parts)
    )


def write_report(results: Sequence[SetResult], path: Path) -> None:
    sections = []
    for result in results:
        metrics = result.metrics
        tables = "".join(
            _family_table(family, metrics[family])
            for family in ("dates", "casualties", "counts", "attributions", "entities")
            if family in metrics
        )
        expectations = ""
        if "entity_expectations" in metrics:
            e = metrics["entity_expectations"]
            failed = [c for c in e["checks"] if not c["ok"]]
            items = "".join(
                f"<li>{html.escape(c['check'])}: {html.escape(', '.join(c['names']))}"
                f" (found {html.escape(str(c.get('found')))})</li>"
                for c in failed
            )
            expectations = (
                f"<h3>entity expectations</h3><p>{e['passed']} of {e['total']} hold"
                f"</p><ul>{items}</ul>"
            )
        unaligned = ""
        if metrics.get("unaligned_gold"):
            examples = "".join(
                f"<li>{html.escape(m)}</li>" for m in metrics.get("unaligned_examples", [])
            )
            unaligned = (
                f"<p class='note'>{metrics['unaligned_gold']} gold spans could not be "
                f"aligned to the text and are not scored:</p><ul>{examples}</ul>"
            )
        sections.append(
            f"<h2>{html.escape(result.gold.name)} <span class='note'>({result.gold.format}, "
            f"{metrics['documents']} documents, {metrics.get('seconds', '')} s)</span></h2>"
            f"{unaligned}{tables}{expectations}{_highlights(result)}"
        )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>newsextract evaluation</title><style>{STYLE}</style></head><body>"
        "<h1>newsextract evaluation</h1><p class='note'>Scores per gold set: strict and "
        "overlap span matching, one-to-one, largest overlap first. errors.jsonl beside this "
        "page lists every miss, false alarm and field mismatch.</p>"
        + "".join(sections)
        + "</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
