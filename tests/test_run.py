"""End-to-end runs: tables written and read back, nothing lost, same input same bytes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
import spacy
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.errors import OutputExistsError
from pipeline.io import writer
from pipeline.schemas import TABLE_NAMES
from tests.conftest import SEED_TXT

SEED_BODY = SEED_TXT.read_text(encoding="utf-8")[len(" date 2023-06-04 ") :]


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / name) for name in TABLE_NAMES}


def assert_same_part_files(first: Path, second: Path) -> None:
    """Every table of two runs holds byte-identical part files."""
    for name in TABLE_NAMES:
        left = sorted((first / name).glob("*.parquet"))
        right = sorted((second / name).glob("*.parquet"))
        assert [p.read_bytes() for p in left] == [p.read_bytes() for p in right], name


def small_dump(path: Path, extra_lines: tuple[str, ...] = ()) -> Path:
    records = [
        {
            "id": "w1",
            "published": "2019-01-28",
            "text": "Two bombs killed at least 20 people "
            "and wounded 81 others on Sunday, police said.",
        },
        {
            "id": "w2",
            "published": "2019-01-07",
            "text": "A fire killed three people in "
            "Badalona. Sixteen people were injured, according to officials.",
        },
        {"id": "w3", "text": ""},
        {"id": "w4", "published": "2020-06-23", "text": "No one was hurt in the blast."},
    ]
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_seed_end_to_end(seed_run):
    data = tables(seed_run)
    [article] = data["articles"].to_dict("records")
    assert article["published"] == dt.date(2023, 6, 4)
    assert article["text"].startswith("The military") and article["status"] == "ok"
    casualties = data["casualties"]
    injured = casualties[(casualties.type == "injured") & (casualties.qualifier == "at_least")]
    assert injured.value.tolist() == [13]
    assert injured.count_text.tolist() == ["at least 13"]


def test_every_row_slices_the_article_text(seed_run):
    data = tables(seed_run)
    text = data["articles"].text[0]
    for table, columns in (
        ("entities", [("text", "start", "end")]),
        ("dates", [("text", "start", "end")]),
        (
            "casualties",
            [
                ("count_text", "count_start", "count_end"),
                ("mention_text", "mention_start", "mention_end"),
            ],
        ),
        (
            "attributions",
            [
                ("content_text", "content_start", "content_end"),
                ("cue_text", "cue_start", "cue_end"),
                ("source_text", "source_start", "source_end"),
            ],
        ),
    ):
        for row in data[table].to_dict("records"):
            for text_col, start_col, end_col in columns:
                if row[text_col] is not None:
                    assert text[int(row[start_col]) : int(row[end_col])] == row[text_col]


def test_two_processes_write_all_tables_one_row_per_record(tmp_path):
    dump = small_dump(tmp_path / "dump.jsonl", extra_lines=("{broken",))
    summary = pipeline.run([str(dump), str(SEED_TXT)], tmp_path / "out", n_process=2, batch_size=2)
    data = tables(tmp_path / "out")
    articles = data["articles"]
    assert articles.article_id.tolist() == [
        "w1",
        "w2",
        "w3",
        "w4",
        "dump:5",
        "000_05ed36e4cbe14d22",
    ]
    assert articles.status.tolist() == ["ok", "ok", "empty", "ok", "rejected", "ok"]
    assert f"{dump}:5: invalid JSON" in articles.error[4]
    assert (summary.ok, summary.empty, summary.rejected) == (4, 1, 1)
    killed = data["casualty_totals"].query("article_id == 'w1' and type == 'killed'")
    assert killed[["low", "best"]].values.tolist() == [[20, 20]]
    negated = data["casualties"].query("article_id == 'w4'")
    assert negated[["value", "negated"]].values.tolist() == [[0, True]]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"]["records_in"] == manifest["counts"]["rows_out"] == 6
    assert manifest["rows"]["articles"] == 6


def test_a_broken_line_changes_nothing_else(tmp_path):
    clean = small_dump(tmp_path / "clean.jsonl")
    broken = small_dump(tmp_path / "broken.jsonl", extra_lines=('{"id": "x", "text": ',))
    pipeline.run([str(clean)], tmp_path / "a")
    pipeline.run([str(broken)], tmp_path / "b")
    a, b = tables(tmp_path / "a"), tables(tmp_path / "b")
    assert b["articles"].status.tolist()[-1] == "rejected"
    assert f"{broken}:5" in b["articles"].error.tolist()[-1]
    for name in TABLE_NAMES:
        left = a[name].drop(columns=["source"], errors="ignore")
        right = b[name].drop(columns=["source"], errors="ignore")
        if name == "articles":
            right = right.iloc[:-1]
        pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True))


def test_same_input_gives_byte_identical_tables(tmp_path):
    dump = small_dump(tmp_path / "dump.jsonl")
    pipeline.run([str(dump)], tmp_path / "one")
    pipeline.run([str(dump)], tmp_path / "two", n_process=2, batch_size=1)
    assert_same_part_files(tmp_path / "one", tmp_path / "two")


def test_workers_forked_from_the_loaded_pipeline_give_the_same_tables(tmp_path):
    # A fresh interpreter runs no other thread, so the runner forks its workers there.
    dump = small_dump(tmp_path / "dump.jsonl")
    pipeline.run([str(dump)], tmp_path / "one")
    command = [sys.executable, "-m", "pipeline.cli", "run", str(dump), "--out"]
    subprocess.run([*command, str(tmp_path / "two"), "-n", "2", "--batch-size", "1"], check=True)
    manifest = json.loads((tmp_path / "two" / "manifest.json").read_text())
    assert manifest["settings"]["start_method"] == "fork"
    assert_same_part_files(tmp_path / "one", tmp_path / "two")


def test_workers_spawned_beside_a_live_thread_give_the_same_tables(tmp_path):
    # With another thread alive the runner must not fork (a lock held by that thread would
    # stay held in the children): its workers are spawned and load the pipeline themselves.
    dump = small_dump(tmp_path / "dump.jsonl")
    pipeline.run([str(dump)], tmp_path / "one")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        pipeline.run([str(dump)], tmp_path / "two", n_process=2, batch_size=1)
    finally:
        stop.set()
        other.join()
    manifest = json.loads((tmp_path / "two" / "manifest.json").read_text())
    assert manifest["settings"]["start_method"] == "spawn"
    assert_same_part_files(tmp_path / "one", tmp_path / "two")


def test_existing_run_is_refused_and_overwrite_keeps_other_files(tmp_path):
    dump = small_dump(tmp_path / "dump.jsonl")
    out = tmp_path / "out"
    pipeline.run([str(dump)], out)
    (out / "notes.txt").write_text("mine")
    with pytest.raises(OutputExistsError, match="--overwrite"):
        pipeline.run([str(dump)], out)
    pipeline.run([str(dump)], out, overwrite=True, limit=2)
    assert (out / "notes.txt").read_text() == "mine"
    assert len(pd.read_parquet(out / "articles")) == 2


def test_long_text_is_chunked_with_offsets_into_the_whole_text(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text(
        json.dumps({"id": "long", "published": "2023-06-04", "text": SEED_BODY}) + "\n",
        encoding="utf-8",
    )
    pipeline.run([str(path)], tmp_path / "chunked", max_chunk_chars=400)
    pipeline.run([str(path)], tmp_path / "whole")
    chunked, whole = tables(tmp_path / "chunked"), tables(tmp_path / "whole")
    text = chunked["articles"].text[0]
    for row in chunked["dates"].to_dict("records"):
        assert text[row["start"] : row["end"]] == row["text"]
    ids = chunked["dates"].date_id.tolist()
    assert ids == [f"D{i}" for i in range(1, len(ids) + 1)]
    # Paragraph-sized chunks keep the sentences intact, so dates come out the same.
    assert chunked["dates"].value.tolist() == whole["dates"].value.tolist()


def test_a_failing_stage_rejects_only_its_article(tmp_path, monkeypatch):
    from pipeline.components import casualties

    real = casualties.find_casualties

    def fragile(doc, *args):
        if "Badalona" in doc.text:
            raise RuntimeError("cannot cope with Badalona")
        return real(doc, *args)

    monkeypatch.setattr(casualties, "find_casualties", fragile)
    dump = small_dump(tmp_path / "dump.jsonl")
    summary = pipeline.run([str(dump)], tmp_path / "out", batch_size=4)
    articles = pd.read_parquet(tmp_path / "out" / "articles")
    row = articles.set_index("article_id").loc["w2"]
    assert row.status == "rejected"
    assert "news_casualties" in row.error and "cannot cope with Badalona" in row.error
    assert summary.ok == 2 and summary.rejected == 1
    assert set(pd.read_parquet(tmp_path / "out" / "casualties").article_id) == {"w1", "w4"}


def test_resume_after_a_crash_gives_the_uninterrupted_rows(tmp_path, monkeypatch):
    dump = small_dump(tmp_path / "dump.jsonl")
    pipeline.run([str(dump), str(SEED_TXT)], tmp_path / "full", part_size=2, batch_size=1)
    real_write = writer.write_part
    calls = {"n": 0}

    def crash_on_second(out, index, tables_, log):
        calls["n"] += 1
        if calls["n"] == 2:
            # Half of a part on disk and then death: what a SIGKILL mid-write leaves behind.
            (out / "entities" / f".{writer.part_name(index)}.tmp").write_bytes(b"partial")
            raise KeyboardInterrupt
        real_write(out, index, tables_, log)

    monkeypatch.setattr(writer, "write_part", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run([str(dump), str(SEED_TXT)], tmp_path / "crashed", part_size=2, batch_size=1)
    monkeypatch.setattr(writer, "write_part", real_write)
    summary = pipeline.run(
        [str(dump), str(SEED_TXT)], tmp_path / "crashed", part_size=2, batch_size=1, resume=True
    )
    assert summary.articles == 5
    for name in TABLE_NAMES:
        expected = sorted(p.read_bytes() for p in (tmp_path / "full" / name).glob("*.parquet"))
        got = sorted(p.read_bytes() for p in (tmp_path / "crashed" / name).glob("*.parquet"))
        assert expected == got, name
    assert not list((tmp_path / "crashed").rglob("*.tmp"))


def test_model_option_takes_a_saved_pipeline(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    dump = small_dump(tmp_path / "dump.jsonl")
    pipeline.run([str(dump)], tmp_path / "out", model=str(tmp_path / "saved"))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["model"]["requested"] == str(tmp_path / "saved")
    assert len(pd.read_parquet(tmp_path / "out" / "casualties")) > 0


def test_cli_run_summary_and_clear_errors(tmp_path):
    runner = CliRunner()
    dump = small_dump(tmp_path / "dump.jsonl")
    result = runner.invoke(app, ["run", str(dump), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "articles: 3 ok, 1 empty, 0 rejected" in result.output
    result = runner.invoke(
        app, ["run", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o2")]
    )
    assert result.exit_code == 2 and "no such file" in result.output
    shutil.rmtree(tmp_path / "out" / "dates")
    result = runner.invoke(app, ["run", str(dump), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--overwrite" in result.output


def test_help_teaches_the_formats():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in (".jsonl", ".csv", ".parquet", "date 2023-06-04", "casualty_totals"):
        assert word in result.output


def test_a_failing_model_component_rejects_only_its_article(tmp_path, monkeypatch):
    # A component without an error handler (like spaCy's parser) fails the whole batch; the
    # runner retries the batch doc by doc so that only the failing article is rejected.
    from spacy.language import Language

    from pipeline import runner

    @Language.component("test_fragile_model_part")
    def fragile(doc):
        if "Badalona" in doc.text:
            raise ValueError("model cannot cope")
        return doc

    real_load = runner.load_for_run

    def load_with_fragile_part(model, data_dir):
        nlp = real_load(model, data_dir)
        nlp.add_pipe("test_fragile_model_part", after="ner")
        return nlp

    monkeypatch.setattr(runner, "load_for_run", load_with_fragile_part)
    dump = small_dump(tmp_path / "dump.jsonl")
    summary = pipeline.run([str(dump)], tmp_path / "out", batch_size=4)
    articles = pd.read_parquet(tmp_path / "out" / "articles").set_index("article_id")
    assert articles.status.to_dict() == {"w1": "ok", "w2": "rejected", "w3": "empty", "w4": "ok"}
    assert "ValueError: model cannot cope" in articles.loc["w2", "error"]
    assert summary.rejected == 1


@pytest.mark.parametrize(
    "lengths, size, max_chars, groups",
    [
        ([10, 10, 10], 32, 100, [[10, 10, 10]]),
        ([10, 10, 10], 2, 100, [[10, 10], [10]]),
        ([60, 30, 20, 90], 32, 100, [[60, 30], [20], [90]]),
        ([150, 10, 10], 32, 100, [[150], [10, 10]]),
        ([10, 150], 32, 100, [[10], [150]]),
        ([], 32, 100, []),
    ],
)
def test_batches_stop_at_a_character_budget(lengths, size, max_chars, groups):
    from pipeline import runner

    make_doc = spacy.blank("en").make_doc
    found = runner.char_bounded([make_doc("x" * n) for n in lengths], size, max_chars)
    assert [[len(d.text) for d in group] for group in found] == groups
