"""The evaluate command end to end, and the scorers' own sanity: gold scored as prediction."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluation.evaluate import score_set
from pipeline.io.gold import read_gold
from tests.conftest import ROOT, SEED_GOLD

CORPUS_GOLD = ROOT / "corpus" / "gold"


def _leaves(node):
    if isinstance(node, dict):
        if "f" in node:
            yield node["f"]
        elif "acc" in node:
            if node["acc"] is not None:
                yield node["acc"]
        else:
            for value in node.values():
                yield from _leaves(value)


def test_our_gold_fed_back_as_prediction_scores_100_on_every_metric():
    [gold] = read_gold([str(CORPUS_GOLD)])
    assert len(gold.docs) == 101 and not gold.unaligned
    predictions = {d.article_id: {f: list(r) for f, r in d.records.items()} for d in gold.docs}
    metrics, errors = score_set(gold, predictions)
    assert errors == []
    for family in ("dates", "casualties", "attributions", "entities"):
        values = set(_leaves(metrics[family]))
        assert values == {100.0}, (family, values)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def test_evaluate_command_writes_metrics_errors_and_a_page(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(SEED_GOLD), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "attribution F" in result.output
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["seed.gold"]["documents"] == 1
    assert {"dates", "casualties", "attributions", "entity_expectations"} <= set(
        metrics["seed.gold"]
    )
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert all({"family", "kind", "article_id"} <= set(e) for e in errors)
    page = _Tags()
    page.feed((tmp_path / "report.html").read_text())
    assert page.tags.count("table") >= 3 and "svg" in page.tags
    assert "<script" not in (tmp_path / "report.html").read_text()


def test_evaluate_refuses_unknown_families_and_formats(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(SEED_GOLD), "--only", "weather"])
    assert result.exit_code == 2 and "unknown families" in result.output
    (tmp_path / "x.docx").write_text("?")
    result = runner.invoke(app, ["evaluate", str(tmp_path / "x.docx"), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "x.docx" in result.output


def test_predictions_past_the_annotated_part_are_not_scored():
    from pipeline.io.gold import GoldDoc, GoldSet

    text = "Fire on Monday. Annotation stops here. More on Tuesday."
    gold_date = {"start": 8, "end": 14, "value": "2020-01-06", "text": "Monday"}
    doc = GoldDoc("m1", text, None, {"dates": [gold_date]}, scored_until=38)
    predictions = {
        "m1": {"dates": [dict(gold_date), {"start": 47, "end": 54, "value": "2020-01-07"}]}
    }
    metrics, _ = score_set(GoldSet("m", "meantime", [doc]), predictions)
    assert metrics["dates"]["relaxed"]["p"] == 100.0
    doc.scored_until = None
    metrics, _ = score_set(GoldSet("m", "meantime", [doc]), predictions)
    assert metrics["dates"]["relaxed"]["p"] == 50.0


HELDOUT = sorted((ROOT / "docs" / "measurements" / "heldout").glob("*.jsonl"))


@pytest.mark.parametrize("path", HELDOUT, ids=[p.stem for p in HELDOUT])
def test_heldout_sets_align_and_score_100_fed_back(path):
    # the blind-written sets are scored by `make eval`: every span must sit where it says, and
    # the scorer must find nothing wrong in the gold itself
    [gold] = read_gold([str(path)])
    assert gold.docs and not gold.unaligned
    predictions = {d.article_id: {f: list(r) for f, r in d.records.items()} for d in gold.docs}
    metrics, errors = score_set(gold, predictions)
    assert errors == []
    families = [f for f in ("casualties", "attributions") if f in gold.docs[0].records]
    assert families
    for family in families:
        values = set(_leaves(metrics[family])) - {None}
        assert values == {100.0}, (family, values)
