"""The scorers on hand-built gold/prediction pairs with known answers."""

from __future__ import annotations

import pytest

from pipeline.evaluation.matching import greedy_match, trim_span
from pipeline.evaluation.scoring import (
    article_count,
    score_attributions,
    score_casualties,
    score_counts,
    score_dates,
    score_entities,
)
from pipeline.io.gold import GoldDoc

TEXT = "On Sunday, police said at least 13 people were injured in Kiev. Officials said so."


def doc(**records) -> GoldDoc:
    return GoldDoc("a1", TEXT, None, records)


def date(start, end, value="2023-06-04"):
    return {"start": start, "end": end, "value": value, "kind": "date", "text": TEXT[start:end]}


SUNDAY = (3, 9)


@pytest.mark.parametrize(
    ("pred", "strict_f", "relaxed_f", "value_f"),
    [
        ([date(*SUNDAY)], 100.0, 100.0, 100.0),  # perfect
        ([], 0.0, 0.0, 0.0),  # nothing found
        ([date(2, 9)], 0.0, 100.0, 100.0),  # off by one: relaxed only
        ([date(*SUNDAY, value="2023-06-11")], 100.0, 100.0, 0.0),  # right span, wrong value
        ([date(*SUNDAY), date(*SUNDAY)], 66.67, 66.67, 66.67),  # duplicate prediction
        ([date(*SUNDAY, value="2023-06-04TMO")], 100.0, 100.0, 100.0),  # part-of-day suffix ignored
    ],
)
def test_dates(pred, strict_f, relaxed_f, value_f):
    gold = [doc(dates=[date(*SUNDAY, value="2023-06-04")])]
    metrics, errors = score_dates(gold, {"a1": {"dates": pred}})
    assert metrics["strict"]["f"] == strict_f
    assert metrics["relaxed"]["f"] == relaxed_f
    assert metrics["value"]["f"] == value_f
    if value_f < 100:
        assert errors


def casualty(start, end, type_="injured", **fields):
    return {
        "count_start": start,
        "count_end": end,
        "type": type_,
        "qualifier": "at_least",
        "value": 13,
        "value_upper": None,
        "low": 13,
        "best": 13,
        "high": None,
        **fields,
    }


AT_LEAST_13 = (23, 34)


@pytest.mark.parametrize(
    ("pred", "mention_f", "qv_acc"),
    [
        ([casualty(*AT_LEAST_13)], 100.0, 100.0),
        ([casualty(*AT_LEAST_13, type_="killed")], 0.0, None),  # wrong type: no match
        ([casualty(26, 34)], 100.0, 100.0),  # overlapping span matches
        ([casualty(*AT_LEAST_13, qualifier="exact")], 100.0, 0.0),  # wrong qualifier
        ([casualty(*AT_LEAST_13), casualty(23, 41)], 66.67, 100.0),  # duplicate: one false alarm
    ],
)
def test_casualties(pred, mention_f, qv_acc):
    gold = [doc(casualties=[casualty(*AT_LEAST_13)])]
    metrics, _ = score_casualties(gold, {"a1": {"casualties": pred}})
    assert metrics["mention"]["f"] == mention_f
    assert metrics["qualifier_value_accuracy"]["acc"] == qv_acc


def test_casualty_totals_and_not_casualties():
    gold = [
        GoldDoc(
            "a1",
            TEXT,
            None,
            {
                "casualties": [],
                "casualty_totals": [
                    {"type": "injured", "low": 13, "best": 13, "high": None, "mentions": 1}
                ],
            },
            not_casualties=[{"text": "Kiev", "start": 58, "end": 62}],
        )
    ]
    pred = {
        "a1": {
            "casualties": [casualty(58, 62)],
            "casualty_totals": [
                {"type": "injured", "low": 13, "best": 13, "high": None},
                {"type": "killed", "low": 1, "best": 1, "high": 1},
            ],
        }
    }
    metrics, errors = score_casualties(gold, pred)
    assert metrics["totals_accuracy"]["acc"] == 100.0
    assert metrics["totals_extra_types"] == 1
    # per article and type, best else low else 0: injured 13 = 13, killed 1 against none
    assert metrics["article_counts"]["injured"]["acc"] == 100.0
    assert metrics["article_counts"]["killed"]["acc"] == 0.0
    assert metrics["article_counts"]["detained"]["acc"] == 100.0
    assert metrics["not_casualty_violations"] == 1
    assert {e["kind"] for e in errors} >= {"not_a_casualty", "total_extra", "false_positive"}


def test_article_counts_use_best_then_low_then_zero():
    assert article_count([{"type": "killed", "best": None, "low": 2}], "killed") == 2
    assert article_count([{"type": "killed", "best": 3, "low": 2}], "killed") == 3
    assert article_count([], "injured") == 0
    gold = [GoldDoc("a1", TEXT, None, {}, counts={"killed": 2, "injured": 0})]
    metrics, _ = score_counts(
        gold, {"a1": {"casualty_totals": [{"type": "killed", "best": None, "low": 2}]}}
    )
    assert metrics["killed"]["acc"] == 100.0 and metrics["injured"]["acc"] == 100.0


def attribution(source, cue, content, **fields):
    record = {}
    for role, span in (("source", source), ("cue", cue), ("content", content)):
        record[f"{role}_start"], record[f"{role}_end"] = span if span else (None, None)
    return {**record, **fields}


POLICE = attribution((11, 17), (18, 22), (23, 62), channel=None, source_resolved="police")


def test_attributions_roles_whole_and_fields():
    gold = [doc(attributions=[POLICE])]
    metrics, _ = score_attributions(gold, {"a1": {"attributions": [POLICE]}})
    for role in ("source", "cue", "content"):
        assert metrics[role]["strict"]["f"] == 100.0
    assert metrics["attribution"]["overlap"]["f"] == 100.0
    assert metrics["channel_accuracy"]["acc"] == 100.0
    # Content with a trailing period and a leading space is still a strict match once trimmed;
    # a resolution "the police" equals "police".
    loose = attribution(
        (11, 17), (18, 22), (22, 63), channel="telegram", source_resolved="The police"
    )
    metrics, errors = score_attributions(gold, {"a1": {"attributions": [loose]}})
    assert metrics["content"]["strict"]["f"] == 100.0
    assert metrics["source_resolved_accuracy"]["acc"] == 100.0
    assert metrics["channel_accuracy"]["acc"] == 0.0 and errors[0]["field"] == "channel"


def test_floating_quote_matches_on_content_alone():
    floating = attribution(None, None, (64, 82), relation_to_parent="floating")
    gold = [doc(attributions=[floating])]
    metrics, _ = score_attributions(gold, {"a1": {"attributions": [floating]}})
    assert metrics["attribution"]["overlap"]["f"] == 100.0
    with_cue = attribution((64, 73), (74, 78), (64, 82))
    metrics, _ = score_attributions(gold, {"a1": {"attributions": [with_cue]}})
    assert metrics["attribution"]["overlap"]["f"] == 0.0


def entity(start, end, label, cluster="K1"):
    return {
        "start": start,
        "end": end,
        "label": label,
        "cluster_id": cluster,
        "text": TEXT[start:end],
    }


def test_entities_with_conll_label_map_and_purity():
    gold = [
        GoldDoc(
            "a1",
            TEXT,
            None,
            {"entities": [entity(58, 62, "LOC", "g1"), entity(64, 73, "ORG", "g2")]},
        )
    ]
    pred = {"a1": {"entities": [entity(58, 62, "GPE", "p1"), entity(64, 73, "NORP", "p1")]}}
    metrics, _ = score_entities(gold, pred, "conll")
    assert metrics["strict"]["f"] == 50.0  # GPE maps to LOC; NORP maps to MISC, not ORG
    assert metrics["per_label"]["LOC"]["f"] == 100.0
    assert metrics["per_label"]["ORG"]["r"] == 0.0
    assert metrics["cluster_purity"]["acc"] == 100.0


def test_greedy_matching_prefers_identical_then_largest_overlap():
    gold = [(0, 10), (12, 20)]
    pred = [(0, 12), (0, 10), (11, 20)]
    pairs = greedy_match(gold, pred, lambda s: (s,))
    assert pairs == [(0, 1), (1, 2)]
    assert greedy_match(gold, pred, lambda s: (s,), strict=True) == [(0, 1)]


def test_trim_span_removes_quotes_punctuation_and_leading_that():
    text = 'He said that "we will go."'
    assert text[slice(*trim_span(text, 7, 26, content=True))] == "we will go"
    assert trim_span(text, None, None) is None


NESTED_TEXT = "Police said the mayor told them the bridge had collapsed."


def _span(part: str) -> tuple[int, int]:
    start = NESTED_TEXT.index(part)
    return start, start + len(part)


OUTER = attribution(
    _span("Police"),
    _span("said"),
    _span("the mayor told them the bridge had collapsed"),
    attribution_id="A1",
)
INNER = attribution(
    _span("the mayor"),
    _span("told"),
    _span("the bridge had collapsed"),
    attribution_id="A2",
    parent_id="A1",
    relation_to_parent="nested",
)


def test_polnear_comparable_view_sets_aside_rows_nested_in_a_matched_attribution():
    # brat gold (read from a .ann file) cannot hold the mayor's report inside the police's.
    gold = [GoldDoc("a1", NESTED_TEXT, None, {"attributions": [OUTER]}, source="x/a1_4b22.ann")]
    metrics, _ = score_attributions(gold, {"a1": {"attributions": [OUTER, INNER]}})
    # The plain score counts every row: the nested one is a false positive there.
    assert metrics["cue"]["overlap"]["p"] == 50.0
    assert metrics["attribution"]["overlap"]["fp"] == 1
    comparable = metrics["polnear_comparable"]
    assert comparable["cue"]["overlap"]["p"] == 100.0
    assert comparable["attribution"]["overlap"]["f"] == 100.0
    assert comparable["set_aside"]["nested"] == 1
    assert comparable["set_aside"]["nested_matched_in_plain"] == 0


def test_polnear_comparable_view_keeps_a_nested_row_whose_parent_did_not_match():
    # The annotator took the inner report: our outer row is wrong, the inner one right, and
    # both views say so.
    inner_gold = {k: v for k, v in INNER.items() if k not in ("parent_id", "relation_to_parent")}
    gold = [GoldDoc("a1", NESTED_TEXT, None, {"attributions": [inner_gold]}, source="a1.ann")]
    metrics, _ = score_attributions(gold, {"a1": {"attributions": [OUTER, INNER]}})
    comparable = metrics["polnear_comparable"]
    assert comparable["set_aside"]["rows"] == 0
    assert comparable["attribution"]["overlap"] == metrics["attribution"]["overlap"]
    assert comparable["attribution"]["overlap"]["tp"] == 1


def test_polnear_comparable_view_only_for_univocal_gold():
    gold = [GoldDoc("a1", NESTED_TEXT, None, {"attributions": [OUTER]}, source="g.jsonl:1")]
    metrics, _ = score_attributions(gold, {"a1": {"attributions": [OUTER, INNER]}})
    assert "polnear_comparable" not in metrics
    forced, _ = score_attributions(gold, {"a1": {"attributions": [OUTER, INNER]}}, univocal=True)
    assert forced["polnear_comparable"]["set_aside"]["nested"] == 1
