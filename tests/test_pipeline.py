"""The assembled pipeline: stages declared and ordered, saved and reloaded, usable directly."""

from __future__ import annotations

import pytest
import spacy

import pipeline
from tests.conftest import SEED_TXT, process

STAGES = ["news_entities", "news_dates", "news_casualties", "news_attributions"]


def test_stages_follow_the_model_in_order_and_analyze_clean(nlp):
    assert nlp.pipe_names[-4:] == STAGES
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]


def test_results_are_on_doc_extensions(nlp):
    doc = process(nlp, "At least 13 people were injured on Sunday, officials said.")
    assert doc._.published.isoformat() == "2023-06-04"
    [casualty] = doc._.news_casualties
    assert (casualty["type"], casualty["qualifier"], casualty["value"]) == (
        "injured",
        "at_least",
        13,
    )
    assert [d["value"] for d in doc._.news_dates] == ["2023-06-04"]
    [attribution] = doc._.news_attributions
    assert doc.text[attribution["cue_start"] : attribution["cue_end"]] == "said"


def test_plain_nlp_call_works_without_a_publication_date(nlp):
    doc = nlp("Two people died on Sunday.")
    assert doc._.published is None
    assert [d["value"] for d in doc._.news_dates] == ["XXXX-WXX-7"]


def test_saved_pipeline_reloads_with_its_data_and_gives_the_same_results(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    for stage in STAGES:
        assert any((tmp_path / "saved" / stage).iterdir()), stage
    reloaded = pipeline.load(tmp_path / "saved")
    assert reloaded.pipe_names == nlp.pipe_names
    text = SEED_TXT.read_text(encoding="utf-8")[len(" date 2023-06-04 ") :]
    before = process(nlp, text)
    after = process(reloaded, text)
    for name in ("news_entities", "news_dates", "news_casualties", "news_attributions"):
        assert getattr(before._, name) == getattr(after._, name), name


def test_published_survives_multiprocess_pipe(nlp):
    docs = [
        pipeline.make_doc(nlp, f"Three people were killed on Sunday. ({i})", "2023-06-04")
        for i in range(4)
    ]
    results = list(nlp.pipe(docs, n_process=2, batch_size=2))
    assert [d._.published.isoformat() for d in results] == ["2023-06-04"] * 4
    assert all(d._.news_casualties and d._.news_casualties[0]["value"] == 3 for d in results)
    assert all(d._.news_dates[0]["value"] == "2023-06-04" for d in results)


def test_blank_model_without_parser_is_refused(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    try:
        pipeline.load(tmp_path / "blank")
    except pipeline.errors.ModelError as e:
        assert "parser" in str(e)
    else:  # pragma: no cover - the assertion is the point
        raise AssertionError("a pipeline without a parser must be refused")


def test_a_blank_line_starts_a_sentence_a_single_line_break_does_not(nlp):
    headline = "Man dead after shooting in Montgomery\n\nA 25-year-old man died on Sunday."
    assert [s.text.strip() for s in nlp(headline).sents] == [
        "Man dead after shooting in Montgomery",
        "A 25-year-old man died on Sunday.",
    ]
    wrapped = "The governor of the region\nsaid on Sunday that two people had died."
    assert len(list(nlp(wrapped).sents)) == 1


def test_the_paragraph_rule_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("news_paragraphs") < names.index("parser")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("", []),
        ("\n\n", []),
        ("Headline\n\nBody text", [2]),
        ("Headline\n \n Body", [2]),
        ("one\ntwo", []),
        ("ends with a gap\n\n", []),
    ],
)
def test_paragraph_rule_marks_the_token_after_a_blank_line(text, starts):
    from pipeline.components.paragraphs import ParagraphBoundaries

    doc = ParagraphBoundaries("news_paragraphs", 2)(spacy.blank("en").make_doc(text))
    assert [t.i for t in doc if t.i > 0 and t.is_sent_start] == starts
