"""Score predicted records against gold, per family, as the contract says.

Every P/R/F comes from spaCy's `PRFScore`, fed with the counts of a one-to-one greedy match
(`matching.greedy_match`). Each scorer returns (metrics, errors): metrics a nested dict of
numbers, errors one dict per false positive, false negative or field mismatch, with the
article, the span text and its sentence, for a person to read.

Predictions and gold are both lists of dicts with the contract's field names, grouped per
article; a gold family that is absent was not annotated and is not scored.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from spacy.scorer import PRFScore

from ..geo import distance_km
from ..io.gold import GoldDoc
from ..schemas import CASUALTY_TYPES
from .matching import greedy_match, trim_span

Record = dict[str, Any]
Errors = list[dict[str, Any]]

#: Part-of-day suffixes TimeML writes on a day ("2013-03-22TAF"); scoring ignores them.
PART_OF_DAY_SUFFIXES = ("TMO", "TAF", "TEV", "TNI", "TDT", "TMI")

#: Our OntoNotes labels mapped to each gold scheme (None: the gold scheme has no such label).
LABEL_MAPS: dict[str, dict[str, str | None]] = {
    "ontonotes": {},
    "conll": {
        "PERSON": "PER",
        "ORG": "ORG",
        "GPE": "LOC",
        "LOC": "LOC",
        "FAC": "LOC",
        "NORP": "MISC",
        "EVENT": "MISC",
        "PRODUCT": "MISC",
        "WORK_OF_ART": "MISC",
        "LAW": "MISC",
        "LANGUAGE": "MISC",
    },
    "meantime": {
        "PERSON": "PER",
        "ORG": "ORG",
        "GPE": "LOC",
        "LOC": "LOC",
        "FAC": "LOC",
        "PRODUCT": "PRO",
        "WORK_OF_ART": "PRO",
        "NORP": None,
        "EVENT": None,
        "LAW": None,
        "LANGUAGE": None,
    },
    # GUM news: entity types of named mentions (see io/gold.read_gum); NORP has no GUM type.
    "gum": {
        "PERSON": "person",
        "ORG": "organization",
        "GPE": "place",
        "LOC": "place",
        "FAC": "place",
        "EVENT": "event",
        "PRODUCT": "object",
        "WORK_OF_ART": "abstract",
        "LAW": "abstract",
        "LANGUAGE": "abstract",
        "NORP": None,
    },
}
#: Gold labels a scheme scores; others (MEANTIME's FIN and MIX) are reported, not scored.
SCORED_GOLD_LABELS: dict[str, set[str] | None] = {
    "ontonotes": None,
    "conll": {"PER", "ORG", "LOC", "MISC"},
    "meantime": {"PER", "ORG", "LOC", "PRO"},
    "gum": {"person", "organization", "place", "event"},
}


def prf(score: PRFScore) -> dict[str, float | int]:
    """P/R/F as percentages with their counts; an empty score is 100 only if nothing was due."""
    return {
        "p": round(100 * score.precision, 2),
        "r": round(100 * score.recall, 2),
        "f": round(100 * score.fscore, 2),
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
    }


def _count(score: PRFScore, tp: int, fp: int, fn: int) -> None:
    score.tp += tp
    score.fp += fp
    score.fn += fn


def accuracy(correct: int, total: int) -> dict[str, float | int | None]:
    return {
        "acc": round(100 * correct / total, 2) if total else None,
        "correct": correct,
        "total": total,
    }


def _context(text: str, start: int | None, end: int | None, width: int = 120) -> str | None:
    """The sentence-ish window around a span, for the error report."""
    if start is None or end is None:
        return None
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, start - width)
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    right = min([*right_candidates, end + width, len(text)])
    return text[max(left, 0) : right + 1].strip()


def _error(
    family: str, kind: str, doc: GoldDoc, start: int | None, end: int | None, **fields: Any
) -> dict[str, Any]:
    text = doc.text[start:end] if start is not None and end is not None else None
    return {
        "family": family,
        "kind": kind,
        "article_id": doc.article_id,
        "start": start,
        "end": end,
        "text": text,
        "context": _context(doc.text, start, end),
        **fields,
    }


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b)
    return a == b


# -- dates -----------------------------------------------------------------------------------


def normalise_value(value: str | None) -> str | None:
    if value is None:
        return None
    for suffix in PART_OF_DAY_SUFFIXES:
        if value.endswith(suffix) and len(value) > len(suffix):
            return value[: -len(suffix)]
    return value


def score_dates(docs: Sequence[GoldDoc], preds: Mapping[str, Mapping[str, list[Record]]]):
    strict, relaxed, value, kind = PRFScore(), PRFScore(), PRFScore(), Counter()
    errors: Errors = []
    for doc in docs:
        if "dates" not in doc.records:
            continue
        gold = doc.records["dates"]
        pred = preds.get(doc.article_id, {}).get("dates", [])

        def span(r: Record) -> tuple[tuple[int, int]]:
            return ((r["start"], r["end"]),)

        s_pairs = greedy_match(gold, pred, span, strict=True)
        _count(strict, len(s_pairs), len(pred) - len(s_pairs), len(gold) - len(s_pairs))
        pairs = greedy_match(gold, pred, span)
        _count(relaxed, len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
        correct = 0
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if normalise_value(g.get("value")) == normalise_value(p.get("value")):
                correct += 1
            else:
                errors.append(
                    _error(
                        "dates",
                        "mismatch",
                        doc,
                        p["start"],
                        p["end"],
                        field="value",
                        gold=g.get("value"),
                        pred=p.get("value"),
                        gold_text=g.get("text"),
                    )
                )
            if "kind" in g:
                kind["total"] += 1
                kind["correct"] += g["kind"] == p.get("kind")
        _count(value, correct, len(pred) - correct, len(gold) - correct)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        errors += [
            _error("dates", "false_negative", doc, g["start"], g["end"], gold=g.get("value"))
            for gi, g in enumerate(gold)
            if gi not in matched_gold
        ]
        errors += [
            _error("dates", "false_positive", doc, p["start"], p["end"], pred=p.get("value"))
            for pi, p in enumerate(pred)
            if pi not in matched_pred
        ]
    metrics = {
        "strict": prf(strict),
        "relaxed": prf(relaxed),
        "value": prf(value),
        "kind_accuracy": accuracy(kind["correct"], kind["total"]),
    }
    return metrics, errors


# -- casualties ------------------------------------------------------------------------------

QUALIFIER_FIELDS = ("qualifier", "value", "value_upper")
BOUND_FIELDS = ("low", "best", "high")
OTHER_CASUALTY_FIELDS = (
    "victim_status",
    "negated",
    "time_scope",
    "relation",
    "counts_toward_total",
    "event_date",
)


def _fields_equal(gold: Record, pred: Record, fields: Iterable[str]) -> bool | None:
    """True/False on the fields the gold record has; None when it has none of them."""
    present = [f for f in fields if f in gold]
    if not present:
        return None
    return all(_same(gold[f], pred.get(f)) for f in present)


def score_casualties(docs: Sequence[GoldDoc], preds: Mapping[str, Mapping[str, list[Record]]]):
    strict, overlap = PRFScore(), PRFScore()
    acc: Counter[str] = Counter()
    errors: Errors = []
    totals_correct = totals_total = totals_extra = 0
    # Article-level counts as a user reads them (GVA's measure, zeros included): does the
    # article's killed (detained, ...) figure come out right, whatever rows it is built from?
    count_correct: Counter[str] = Counter()
    count_total = 0
    forbidden = 0
    for doc in docs:
        pred_all = preds.get(doc.article_id, {})
        pred = pred_all.get("casualties", [])
        for nc in doc.not_casualties or []:
            for p in pred:
                if p["count_start"] < nc["end"] and nc["start"] < p["count_end"]:
                    forbidden += 1
                    errors.append(
                        _error(
                            "casualties",
                            "not_a_casualty",
                            doc,
                            p["count_start"],
                            p["count_end"],
                            pred=p["type"],
                            gold=nc["text"],
                        )
                    )
        if "casualties" in doc.records:
            gold = doc.records["casualties"]

            def span(r: Record) -> tuple[tuple[int, int]]:
                return ((r["count_start"], r["count_end"]),)

            def same_type(g: Record, p: Record) -> bool:
                return g["type"] == p["type"]

            s_pairs = greedy_match(gold, pred, span, strict=True, compatible=same_type)
            _count(strict, len(s_pairs), len(pred) - len(s_pairs), len(gold) - len(s_pairs))
            pairs = greedy_match(gold, pred, span, compatible=same_type)
            _count(overlap, len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
            for gi, pi in pairs:
                g, p = gold[gi], pred[pi]
                for name, fields in (
                    ("qualifier_value", QUALIFIER_FIELDS),
                    ("bounds", BOUND_FIELDS),
                    *((f, (f,)) for f in OTHER_CASUALTY_FIELDS),
                ):
                    equal = _fields_equal(g, p, fields)
                    if equal is None:
                        continue
                    acc[f"{name}_total"] += 1
                    acc[f"{name}_correct"] += equal
                    if not equal:
                        errors.append(
                            _error(
                                "casualties",
                                "mismatch",
                                doc,
                                p["count_start"],
                                p["count_end"],
                                field=name,
                                gold={f: g.get(f) for f in fields},
                                pred={f: p.get(f) for f in fields},
                            )
                        )
            matched_gold = {gi for gi, _ in pairs}
            matched_pred = {pi for _, pi in pairs}
            errors += [
                _error(
                    "casualties",
                    "false_negative",
                    doc,
                    g["count_start"],
                    g["count_end"],
                    gold=g["type"],
                )
                for gi, g in enumerate(gold)
                if gi not in matched_gold
            ]
            errors += [
                _error(
                    "casualties",
                    "false_positive",
                    doc,
                    p["count_start"],
                    p["count_end"],
                    pred=p["type"],
                )
                for pi, p in enumerate(pred)
                if pi not in matched_pred
            ]
        if "casualty_totals" in doc.records:
            count_total += 1
            for type_ in CASUALTY_TYPES:
                count_correct[type_] += article_count(
                    doc.records["casualty_totals"], type_
                ) == article_count(pred_all.get("casualty_totals", []), type_)
            gold_totals = {t["type"]: t for t in doc.records["casualty_totals"]}
            pred_totals = {t["type"]: t for t in pred_all.get("casualty_totals", [])}
            for type_, g in gold_totals.items():
                totals_total += 1
                p = pred_totals.get(type_)
                ok = p is not None and all(
                    _same(g.get(f), p.get(f)) for f in BOUND_FIELDS if f in g
                )
                totals_correct += ok
                if not ok:
                    errors.append(
                        {
                            "family": "casualties",
                            "kind": "total_mismatch",
                            "article_id": doc.article_id,
                            "field": type_,
                            "gold": {f: g.get(f) for f in BOUND_FIELDS},
                            "pred": None if p is None else {f: p.get(f) for f in BOUND_FIELDS},
                        }
                    )
            for type_ in pred_totals.keys() - gold_totals.keys():
                totals_extra += 1
                errors.append(
                    {
                        "family": "casualties",
                        "kind": "total_extra",
                        "article_id": doc.article_id,
                        "field": type_,
                        "pred": {f: pred_totals[type_].get(f) for f in BOUND_FIELDS},
                    }
                )
    metrics: dict[str, Any] = {"mention_strict": prf(strict), "mention": prf(overlap)}
    for name in ("qualifier_value", "bounds", *OTHER_CASUALTY_FIELDS):
        metrics[f"{name}_accuracy"] = accuracy(acc[f"{name}_correct"], acc[f"{name}_total"])
    metrics["totals_accuracy"] = accuracy(totals_correct, totals_total)
    metrics["totals_extra_types"] = totals_extra
    metrics["article_counts"] = {
        type_: accuracy(count_correct[type_], count_total) for type_ in CASUALTY_TYPES
    }
    metrics["not_casualty_violations"] = forbidden
    return metrics, errors


def article_count(totals: Iterable[Record], type_: str) -> int:
    """An article's figure for one type: `best`, else `low`, else 0 (the GVA comparison)."""
    for row in totals:
        if row["type"] == type_:
            if row.get("best") is not None:
                return int(row["best"])
            if row.get("low") is not None:
                return int(row["low"])
    return 0


def score_counts(docs: Sequence[GoldDoc], preds: Mapping[str, Mapping[str, list[Record]]]):
    """Article-level counts (GVA): exact accuracy per type."""
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors: Errors = []
    for doc in docs:
        if doc.counts is None:
            continue
        totals = preds.get(doc.article_id, {}).get("casualty_totals", [])
        for type_, gold in doc.counts.items():
            pred = article_count(totals, type_)
            total[type_] += 1
            correct[type_] += pred == gold
            if pred != gold:
                errors.append(
                    {
                        "family": "counts",
                        "kind": "count_mismatch",
                        "article_id": doc.article_id,
                        "field": type_,
                        "gold": gold,
                        "pred": pred,
                        "title": doc.title,
                    }
                )
    metrics = {type_: accuracy(correct[type_], total[type_]) for type_ in sorted(total)}
    return metrics, errors


# -- attributions ----------------------------------------------------------------------------

ROLES = ("source", "cue", "content")


def _role_span(r: Record, role: str) -> tuple[int, int] | None:
    start, end = r.get(f"{role}_start"), r.get(f"{role}_end")
    return None if start is None or end is None else (start, end)


def _norm_name(name: str | None) -> str | None:
    if name is None:
        return None
    name = " ".join(name.split()).lower()
    return name[4:] if name.startswith("the ") else name


#: Relations of a row that lies inside its parent's content (or shares it: "X, citing Y").
NESTING_RELATIONS = ("nested", "nested_reiteration", "cited_origin")


def score_attributions(
    docs: Sequence[GoldDoc],
    preds: Mapping[str, Mapping[str, list[Record]]],
    *,
    univocal: bool | None = None,
):
    """P/R/F per role (source, cue, content) and for whole attributions (cue and content
    together), strict and overlap, and the accuracy of channel, source resolution, quote type
    and relation on the matched attributions.

    PolNeAR-comparable view. PolNeAR (brat gold) is univocal: each word belongs to at most one
    attribution, so its gold cannot hold an attribution inside another one's content ("X said
    Y told him that ..." is one attribution there, Y's report being part of X's content), nor
    a second row for a shared content ("X, citing Y, said Z"). The contract asks for those rows
    (`nested`, `nested_reiteration`, `cited_origin`), and every one of them is a false positive
    against such gold even when right. When the gold is univocal (`univocal=True`, or by
    default when every annotated document was read from a brat `.ann` file), the metrics carry
    a second key, `polnear_comparable`: the same role and attribution scores after setting
    aside each predicted row with one of those relations whose parent (or an ancestor of it)
    matched a gold attribution in the plain score, as the words it needs are then that gold
    attribution's already. The set-aside rows leave the predictions and the matching is done
    again: nothing else changes, a set-aside row that matched a gold attribution turns that one
    into a false negative, and `set_aside` counts the rows by relation (with how many of them
    had matched). The plain scores always count every predicted row.
    """
    metrics, errors, matched = _score_attributions(docs, preds)
    if univocal is None:
        annotated = [doc for doc in docs if "attributions" in doc.records]
        univocal = bool(annotated) and all(doc.source.endswith(".ann") for doc in annotated)
    if univocal:
        kept, set_aside = _set_aside_nested(docs, preds, matched)
        comparable, _, _ = _score_attributions(docs, kept)
        metrics["polnear_comparable"] = {
            **{key: comparable[key] for key in (*ROLES, "attribution")},
            "set_aside": set_aside,
        }
    return metrics, errors


def _set_aside_nested(
    docs: Sequence[GoldDoc],
    preds: Mapping[str, Mapping[str, list[Record]]],
    matched: Mapping[str, set[int]],
) -> tuple[dict[str, dict[str, list[Record]]], dict[str, Any]]:
    """(predictions without the rows a univocal gold cannot hold, counts of those rows): rows
    related to their parent by a `NESTING_RELATIONS` relation whose parent, or an ancestor of
    it, matched a gold attribution (`matched`: article -> indices of matched predictions)."""
    counts: Counter[str] = Counter()
    kept: dict[str, dict[str, list[Record]]] = {}
    for doc in docs:
        pred = preds.get(doc.article_id, {}).get("attributions", [])
        by_id = {r.get("attribution_id"): i for i, r in enumerate(pred)}
        hits = matched.get(doc.article_id, set())
        rows = []
        for i, record in enumerate(pred):
            aside, seen, current = False, {i}, record
            while current.get("relation_to_parent") in NESTING_RELATIONS:
                parent = by_id.get(current.get("parent_id"))
                if parent is None or parent in seen:
                    break
                if parent in hits:
                    aside = True
                    break
                seen.add(parent)
                current = pred[parent]
            if aside:
                counts[record["relation_to_parent"]] += 1
                counts[f"{record['relation_to_parent']}_matched_in_plain"] += i in hits
            else:
                rows.append(record)
        kept[doc.article_id] = {**preds.get(doc.article_id, {}), "attributions": rows}
    set_aside: dict[str, Any] = {"rows": sum(counts[r] for r in NESTING_RELATIONS)}
    for relation in NESTING_RELATIONS:
        set_aside[relation] = counts[relation]
        set_aside[f"{relation}_matched_in_plain"] = counts[f"{relation}_matched_in_plain"]
    return kept, set_aside


def _score_attributions(
    docs: Sequence[GoldDoc], preds: Mapping[str, Mapping[str, list[Record]]]
) -> tuple[dict[str, Any], Errors, dict[str, set[int]]]:
    """(metrics, errors, article -> indices of the predictions matched to a gold attribution
    by the overlap score) of `score_attributions`' plain view."""
    roles = {(role, mode): PRFScore() for role in ROLES for mode in ("strict", "overlap")}
    matched: dict[str, set[int]] = {}
    whole, whole_strict = PRFScore(), PRFScore()
    acc: Counter[str] = Counter()
    errors: Errors = []
    for doc in docs:
        if "attributions" not in doc.records:
            continue
        gold = doc.records["attributions"]
        pred = preds.get(doc.article_id, {}).get("attributions", [])
        for role in ROLES:
            g_role = [r for r in gold if _role_span(r, role)]
            p_role = [r for r in pred if _role_span(r, role)]

            def role_span(r: Record, role: str = role) -> tuple[tuple[int, int] | None]:
                return (_role_span(r, role),)

            def trimmed(
                r: Record, role: str = role, text: str = doc.text
            ) -> tuple[tuple[int, int] | None]:
                return (
                    trim_span(
                        text,
                        r.get(f"{role}_start"),
                        r.get(f"{role}_end"),
                        content=role == "content",
                    ),
                )

            for mode, spans, strict in (("overlap", role_span, False), ("strict", trimmed, True)):
                pairs = greedy_match(g_role, p_role, spans, strict=strict)
                _count(
                    roles[(role, mode)],
                    len(pairs),
                    len(p_role) - len(pairs),
                    len(g_role) - len(pairs),
                )

        def key(r: Record) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
            return (_role_span(r, "cue"), _role_span(r, "content"))

        def key_trimmed(r: Record, text: str = doc.text):
            return (
                trim_span(text, r.get("cue_start"), r.get("cue_end")),
                trim_span(text, r.get("content_start"), r.get("content_end"), content=True),
            )

        s_pairs = greedy_match(gold, pred, key_trimmed, strict=True)
        _count(whole_strict, len(s_pairs), len(pred) - len(s_pairs), len(gold) - len(s_pairs))
        pairs = greedy_match(gold, pred, key)
        _count(whole, len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            checks: list[tuple[str, Callable[[], bool]]] = []
            if "channel" in g:
                checks.append(("channel", lambda g=g, p=p: g["channel"] == p.get("channel")))
            if "source_resolved" in g:
                checks.append(
                    (
                        "source_resolved",
                        lambda g=g, p=p: (
                            _norm_name(g["source_resolved"]) == _norm_name(p.get("source_resolved"))
                        ),
                    )
                )
            if "quote_type" in g and g["quote_type"] is not None:
                checks.append(
                    ("quote_type", lambda g=g, p=p: g["quote_type"] == p.get("quote_type"))
                )
            if "relation_to_parent" in g:
                checks.append(
                    (
                        "relation_to_parent",
                        lambda g=g, p=p: g["relation_to_parent"] == p.get("relation_to_parent"),
                    )
                )
            for name, check in checks:
                acc[f"{name}_total"] += 1
                ok = check()
                acc[f"{name}_correct"] += ok
                if not ok:
                    errors.append(
                        _error(
                            "attributions",
                            "mismatch",
                            doc,
                            p.get("cue_start"),
                            p.get("cue_end"),
                            field=name,
                            gold=g.get(name),
                            pred=p.get(name),
                            source=p.get("source_text"),
                        )
                    )
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        matched[doc.article_id] = matched_pred
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                errors.append(
                    _error(
                        "attributions",
                        "false_negative",
                        doc,
                        g.get("cue_start"),
                        g.get("cue_end"),
                        source=g.get("source_text"),
                        content=g.get("content_text"),
                    )
                )
        for pi, p in enumerate(pred):
            if pi not in matched_pred:
                errors.append(
                    _error(
                        "attributions",
                        "false_positive",
                        doc,
                        p.get("cue_start"),
                        p.get("cue_end"),
                        source=p.get("source_text"),
                        content=p.get("content_text"),
                    )
                )
    metrics: dict[str, Any] = {
        role: {mode: prf(roles[(role, mode)]) for mode in ("strict", "overlap")} for role in ROLES
    }
    metrics["attribution"] = {"strict": prf(whole_strict), "overlap": prf(whole)}
    for name in ("channel", "source_resolved", "quote_type", "relation_to_parent"):
        metrics[f"{name}_accuracy"] = accuracy(acc[f"{name}_correct"], acc[f"{name}_total"])
    return metrics, errors, matched


# -- entities --------------------------------------------------------------------------------


#: Geocoding counts a place as found when its point is within 161 km (100 miles) of the gold
#: point, the usual toponym-resolution measure (accuracy@161km).
WITHIN_KM = 161.0


_GAZETTEER: Any = None


def gold_point(record: Record) -> tuple[float, float] | None:
    """A place record's point: its own latitude/longitude, else its GeoNames id looked up in the
    stage's gazetteer (loaded once, only when a record needs it)."""
    global _GAZETTEER
    if record.get("latitude") is not None and record.get("longitude") is not None:
        return float(record["latitude"]), float(record["longitude"])
    gid = record.get("geonames_id")
    if gid is None:
        return None
    if _GAZETTEER is None:
        from ..components.base import models_dir
        from ..extract.entities import Gazetteer

        folder = models_dir() / "gazetteer"
        _GAZETTEER = Gazetteer(
            (folder / "places.tsv").read_text(encoding="utf-8"),
            (folder / "names.tsv").read_text(encoding="utf-8"),
        )
    place = _GAZETTEER.place(int(gid))
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


def map_label(label: str, scheme: str) -> str | None:
    mapping = LABEL_MAPS[scheme]
    return mapping.get(label, label) if mapping else label


def score_entities(
    docs: Sequence[GoldDoc],
    preds: Mapping[str, Mapping[str, list[Record]]],
    scheme: str = "ontonotes",
):
    strict, overlap = PRFScore(), PRFScore()
    per_label: dict[str, PRFScore] = defaultdict(PRFScore)
    purity_hits = purity_total = 0
    geo: Counter[str] = Counter()
    unscored_gold: Counter[str] = Counter()
    errors: Errors = []
    scored_labels = SCORED_GOLD_LABELS[scheme]
    for doc in docs:
        if "entities" not in doc.records:
            continue
        gold = []
        for g in doc.records["entities"]:
            if scored_labels is not None and g["label"] not in scored_labels:
                unscored_gold[g["label"]] += 1
            else:
                gold.append(g)
        pred = []
        for p in preds.get(doc.article_id, {}).get("entities", []):
            label = map_label(p["label"], scheme)
            if label is not None:
                pred.append({**p, "label": label})

        def span(r: Record) -> tuple[tuple[int, int]]:
            return ((r["start"], r["end"]),)

        def same_label(g: Record, p: Record) -> bool:
            return g["label"] == p["label"]

        s_pairs = greedy_match(gold, pred, span, strict=True, compatible=same_label)
        _count(strict, len(s_pairs), len(pred) - len(s_pairs), len(gold) - len(s_pairs))
        o_pairs = greedy_match(gold, pred, span, compatible=same_label)
        _count(overlap, len(o_pairs), len(pred) - len(o_pairs), len(gold) - len(o_pairs))
        for label in {r["label"] for r in gold} | {r["label"] for r in pred}:
            tp = sum(1 for gi, _ in s_pairs if gold[gi]["label"] == label)
            _count(
                per_label[label],
                tp,
                sum(1 for p in pred if p["label"] == label) - tp,
                sum(1 for g in gold if g["label"] == label) - tp,
            )
        # Cluster purity: within each predicted cluster, the share of matched mentions that
        # belong to its dominant gold cluster.
        if gold and all("cluster_id" in g for g in gold):
            by_pred_cluster: dict[str, Counter[str]] = defaultdict(Counter)
            for gi, pi in o_pairs:
                by_pred_cluster[pred[pi]["cluster_id"]][gold[gi]["cluster_id"]] += 1
            for counter in by_pred_cluster.values():
                purity_hits += max(counter.values())
                purity_total += sum(counter.values())
        for gi, pi in o_pairs:
            g, p = gold[gi], pred[pi]
            if g.get("geonames_id") is not None or g.get("latitude") is not None:
                point = gold_point(g)
                if point is None:
                    geo["gold_without_point"] += 1
                else:
                    geo["distance_total"] += 1
                    # A prediction with an id and no point is placed by the same gazetteer.
                    predicted = gold_point(p)
                    if predicted is not None:
                        geo["distance_within"] += distance_km(*point, *predicted) <= WITHIN_KM
            for field in ("country_code", "geonames_id"):
                if g.get(field) is not None:
                    geo[f"{field}_total"] += 1
                    ok = g[field] == p.get(field)
                    geo[f"{field}_correct"] += ok
                    if not ok:
                        errors.append(
                            _error(
                                "entities",
                                "mismatch",
                                doc,
                                p["start"],
                                p["end"],
                                field=field,
                                gold=g[field],
                                pred=p.get(field),
                            )
                        )
        matched_gold = {gi for gi, _ in s_pairs}
        matched_pred = {pi for _, pi in s_pairs}
        errors += [
            _error("entities", "false_negative", doc, g["start"], g["end"], gold=g["label"])
            for gi, g in enumerate(gold)
            if gi not in matched_gold
        ]
        errors += [
            _error("entities", "false_positive", doc, p["start"], p["end"], pred=p["label"])
            for pi, p in enumerate(pred)
            if pi not in matched_pred
        ]
    metrics: dict[str, Any] = {
        "strict": prf(strict),
        "overlap": prf(overlap),
        "per_label": {label: prf(score) for label, score in sorted(per_label.items())},
        "cluster_purity": accuracy(purity_hits, purity_total),
        "country_code_accuracy": accuracy(geo["country_code_correct"], geo["country_code_total"]),
        "geonames_id_accuracy": accuracy(geo["geonames_id_correct"], geo["geonames_id_total"]),
        "within_161km": accuracy(geo["distance_within"], geo["distance_total"]),
        "gold_places_without_point": geo["gold_without_point"],
        "label_scheme": scheme,
        "unscored_gold_labels": dict(unscored_gold),
    }
    return metrics, errors


def check_expectations(docs: Sequence[GoldDoc], preds: Mapping[str, Mapping[str, list[Record]]]):
    """The corpus format's `entity_expectations`: assertions on one article's entities."""
    results: list[dict[str, Any]] = []
    for doc in docs:
        expectations = doc.entity_expectations
        if not expectations:
            continue
        entities = preds.get(doc.article_id, {}).get("entities", [])

        def named(name: str, entities: list[Record] = entities) -> list[Record]:
            return [e for e in entities if _norm_name(e["text"]) == _norm_name(name)]

        for group in expectations.get("same_cluster", []):
            found = [e for name in group for e in named(name)]
            ok = (
                bool(found)
                and len({e["cluster_id"] for e in found}) == 1
                and all(named(name) for name in group)
            )
            results.append(
                {
                    "article_id": doc.article_id,
                    "check": "same_cluster",
                    "names": group,
                    "ok": ok,
                    "found": sorted({(e["text"], e["cluster_id"]) for e in found}),
                }
            )
        for name, label in expectations.get("label_everywhere", {}).items():
            found = named(name)
            ok = bool(found) and all(e["label"] == label for e in found)
            results.append(
                {
                    "article_id": doc.article_id,
                    "check": "label_everywhere",
                    "names": [name],
                    "expected": label,
                    "ok": ok,
                    "found": sorted({e["label"] for e in found}),
                }
            )
        for name in expectations.get("one_label_everywhere", []):
            found = named(name)
            ok = len({e["label"] for e in found}) <= 1
            results.append(
                {
                    "article_id": doc.article_id,
                    "check": "one_label_everywhere",
                    "names": [name],
                    "ok": ok,
                    "found": sorted({e["label"] for e in found}),
                }
            )
        for name in expectations.get("not_entities", []):
            ok = not named(name)
            results.append(
                {"article_id": doc.article_id, "check": "not_entities", "names": [name], "ok": ok}
            )
    passed = sum(r["ok"] for r in results)
    return {"passed": passed, "total": len(results), "checks": results}
