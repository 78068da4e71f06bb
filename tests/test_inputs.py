"""Input readers: every record becomes exactly one Article, bad ones rejected with a reason."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.errors import InputError
from pipeline.io import inputs
from tests.conftest import SEED_TXT


def read(*paths) -> list[inputs.Article]:
    return list(inputs.read_articles(inputs.plan_inputs([str(p) for p in paths])))


def test_seed_txt_header_gives_published_and_body():
    [article] = read(SEED_TXT)
    assert article.article_id == "000_05ed36e4cbe14d22"
    assert article.published == dt.date(2023, 6, 4)
    assert article.published_from == "header"
    assert article.text.startswith("The military")
    assert article.status == "ok"
    assert article.source == str(SEED_TXT)


@pytest.mark.parametrize(
    ("raw", "published", "body", "warned"),
    [
        (" date 2023-06-04 Body.", dt.date(2023, 6, 4), "Body.", False),
        ("date 2023-06-04\nBody.", dt.date(2023, 6, 4), "Body.", False),
        ("\ufeff date 2023-06-04 Body.", dt.date(2023, 6, 4), "Body.", False),
        (" date 2023-02-30 Body.", None, "Body.", True),  # impossible date: header removed, warned
        ("No header here.", None, "No header here.", False),
        ("dated 2023-06-04 is not a header", None, "dated 2023-06-04 is not a header", False),
    ],
)
def test_txt_header_variants(tmp_path, raw, published, body, warned):
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    [article] = read(path)
    assert (article.published, article.text) == (published, body)
    assert bool(article.warnings) == warned


def test_jsonl_good_and_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First.", "published": "2023-06-04", "title": "T"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "d", "body": "No date."}),
        json.dumps({"id": "e", "title": "no text"}),
        json.dumps({"id": "f", "text": 42}),
        "",
        json.dumps({"article_id": "g", "content": "   ", "dct": "June 4, 2023"}),
        json.dumps({"text": "No id."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = read(path)
    assert [a.article_id for a in articles] == [
        "a",
        "dump:2",
        "dump:3",
        "d",
        "e",
        "f",
        "g",
        "dump:9",
    ]
    assert [a.status for a in articles] == [
        "ok",
        "rejected",
        "rejected",
        "ok",
        "rejected",
        "rejected",
        "empty",
        "ok",
    ]
    assert articles[0].title == "T" and articles[0].published == dt.date(2023, 6, 4)
    assert articles[0].source == f"{path}:1"
    assert f"{path}:2: invalid JSON" in articles[1].error
    assert "expected a JSON object, got a list" in articles[2].error
    assert "no text field" in articles[4].error and ":5:" in articles[4].error
    assert "'text' is a int, not a string" in articles[5].error
    assert articles[6].published == dt.date(2023, 6, 4)  # dct in another format
    assert articles[6].published_from == "metadata"


def test_unparseable_metadata_date_is_a_warning_not_a_rejection(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "Hi.", "date": "sometime"}) + "\n", encoding="utf-8"
    )
    [article] = read(path)
    assert article.status == "ok" and article.published is None
    assert article.published_from == "none" and "sometime" in article.warnings[0]


def test_invalid_utf8_line_is_rejected_with_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xff\xfe"}\n')
    articles = read(path)
    assert [a.status for a in articles] == ["ok", "rejected"]
    assert f"{path}:2: invalid UTF-8" in articles[1].error


def test_json_list_csv_tsv_parquet_and_gzip(tmp_path):
    (tmp_path / "l.json").write_text(json.dumps([{"id": "j1", "text": "A."}, {"text": "B."}]))
    (tmp_path / "c.csv").write_text(
        'id,text,published\nc1,"Line one\nline two",2023-06-04\nc2,,\n', encoding="utf-8"
    )
    (tmp_path / "t.tsv").write_text("id\ttext\nt1\tTab text.\n", encoding="utf-8")
    pq.write_table(pa.table({"id": ["p1"], "text": ["Parquet text."]}), tmp_path / "p.parquet")
    with gzip.open(tmp_path / "z.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "z1", "text": "Zipped."}) + "\n")
    articles = {a.article_id: a for a in read(tmp_path)}
    assert sorted(articles) == ["c1", "c2", "j1", "l:2", "p1", "t1", "z1"]
    assert articles["c1"].text == "Line one\nline two"  # a quoted newline stays in the text
    assert articles["c1"].published == dt.date(2023, 6, 4)
    assert articles["c2"].status == "empty"
    assert articles["z1"].text == "Zipped." and articles["p1"].source.endswith("p.parquet:1")


def test_truncated_gzip_keeps_what_was_read_and_rejects_the_rest(tmp_path):
    payload = "".join(json.dumps({"id": f"r{i}", "text": "x " * 50}) + "\n" for i in range(200))
    data = gzip.compress(payload.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles = read(path)
    assert articles[-1].status == "rejected"
    assert "damaged or truncated" in articles[-1].error
    assert all(a.status == "ok" for a in articles[:-1]) and len(articles) > 1


def test_directory_is_sorted_recursive_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.")
    (tmp_path / "1.txt").write_text("One.")
    (tmp_path / "README.md").write_text("not an article")
    plan = inputs.plan_inputs([str(tmp_path)])
    assert [f.path for f in plan.files] == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]
    assert plan.skipped == [str(tmp_path / "README.md")]


def test_missing_path_and_unknown_extension_stop_before_any_work(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        inputs.plan_inputs([str(tmp_path / "nope.jsonl")])
    (tmp_path / "x.docx").write_text("?")
    with pytest.raises(InputError, match=r"unknown input format '\.docx'"):
        inputs.plan_inputs([str(tmp_path / "x.docx")])


def test_repeated_ids_get_numbered_suffixes(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": "t"}) + "\n" for i in ["a", "a", "b", "a", "a#2"])
    )
    duplicates: dict[str, int] = {}
    ids = [a.article_id for a in inputs.read_articles(inputs.plan_inputs([str(path)]), duplicates)]
    assert ids == ["a", "a#2", "b", "a#3", "a#2#2"]
    assert duplicates == {"a": 3, "a#2": 2}


def test_stdin_is_jsonl(monkeypatch):
    data = json.dumps({"id": "s", "text": "From stdin."}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    [article] = read("-")
    assert (article.article_id, article.text, article.source) == ("s", "From stdin.", "-:1")
