"""Bad and strange input: every record ends as a valid row, nothing is lost, nothing crashes."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.io.inputs import Article
from pipeline.records import doc_rows
from pipeline.schemas import TABLE_NAMES, rows_to_table

#: (file name, bytes, expected statuses in order).
BATTERY = [
    ("invalid_utf8.txt", b"Caf\xe9 bombing killed two.", ["rejected"]),
    ("nul_byte.txt", b"Two people\x00 were killed.", ["ok"]),
    ("bom.txt", b"\xef\xbb\xbf date 2023-06-04 Five were hurt.", ["ok"]),
    ("crlf.txt", b"Three died.\r\n\r\nPolice said so.\r\n", ["ok"]),
    ("lone_cr.txt", b"Three died.\rPolice said so.\r", ["ok"]),
    ("scripts.txt", "Взрыв в Киеве убил 3 человек. انفجار 😢 Two were killed.".encode(), ["ok"]),
    ("zero.txt", b"", ["empty"]),
    ("blank.txt", b" \n\t \n", ["empty"]),
    ("numbers.txt", b"1 2 3 4 5 6 7 8 9 10 2023 1,200 3.5", ["ok"]),
    ("quotes.txt", "\" \" “ ” ' ' « »".encode(), ["ok"]),
    ("bad_date.txt", b" date 2023-13-45 Body after an impossible header.", ["ok"]),
    (
        "list_line.jsonl",
        b'["not", "an", "object"]\n{"id": "k", "text": "Fine."}\n',
        ["rejected", "ok"],
    ),
    ("quoted_newline.csv", b'id,text\nq1,"Line one\nline two"\n', ["ok"]),
]


def _write_battery(folder: Path) -> None:
    folder.mkdir()
    for name, data, _ in BATTERY:
        (folder / name).write_bytes(data)
    payload = b"".join(
        json.dumps({"id": f"g{i}", "text": "Two died. " * 40}).encode() + b"\n" for i in range(100)
    )
    compressed = gzip.compress(payload)
    (folder / "truncated.jsonl.gz").write_bytes(compressed[: len(compressed) // 2])


@pytest.fixture(scope="module")
def battery_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("battery")
    _write_battery(root / "in")
    summary = pipeline.run([str(root / "in")], root / "out", batch_size=4)
    return root, summary


def test_every_file_gives_its_rows_and_statuses(battery_run):
    root, summary = battery_run
    articles = pd.read_parquet(root / "out" / "articles")
    for name, _, statuses in BATTERY:
        rows = articles[articles.source.str.startswith(str(root / "in" / name))]
        assert rows.status.tolist() == statuses, name
    gz = articles[articles.source.str.contains("truncated.jsonl.gz")]
    assert gz.status.tolist()[-1] == "rejected" and (gz.status == "ok").sum() >= 1
    manifest = json.loads((root / "out" / "manifest.json").read_text())
    assert manifest["counts"]["records_in"] == manifest["counts"]["rows_out"] == len(articles)
    assert summary.articles == len(articles)


def test_rejections_name_the_file_and_say_why(battery_run):
    root, _ = battery_run
    articles = pd.read_parquet(root / "out" / "articles").set_index("source")
    assert "invalid UTF-8" in articles.loc[str(root / "in" / "invalid_utf8.txt"), "error"]
    assert "got a list" in articles.loc[str(root / "in" / "list_line.jsonl") + ":1", "error"]


def test_impossible_header_date_is_removed_and_counted(battery_run):
    root, _ = battery_run
    articles = pd.read_parquet(root / "out" / "articles").set_index("article_id")
    row = articles.loc["bad_date"]
    assert row.text == "Body after an impossible header."
    assert pd.isna(row.published) and row.published_from == "none"
    manifest = json.loads((root / "out" / "manifest.json").read_text())
    assert manifest["counts"]["warnings"] >= 1
    assert any("2023-13-45" in w for w in manifest["warnings"])


def test_text_keeps_its_bytes_and_rows_slice_it(battery_run):
    root, _ = battery_run
    data = {name: pd.read_parquet(root / "out" / name) for name in TABLE_NAMES}
    texts = data["articles"].set_index("article_id").text
    assert texts["nul_byte"] == "Two people\x00 were killed."
    assert texts["crlf"] == "Three died.\r\n\r\nPolice said so.\r\n"
    for row in data["casualties"].to_dict("records"):
        text = texts[row["article_id"]]
        assert text[row["count_start"] : row["count_end"]] == row["count_text"]


def test_a_ten_megabyte_line_is_read_and_processed_in_chunks(tmp_path):
    # One line of 10 MB. Words would take the model an hour on this machine; the point here is
    # that the reader and the chunker cope, so the text is cheap to tag but has no break at all.
    text = "x" * (10 * 1024 * 1024)
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "text": text}) + "\n")
    summary = pipeline.run([str(tmp_path / "big.jsonl")], tmp_path / "out")
    articles = pd.read_parquet(tmp_path / "out" / "articles")
    assert summary.ok == 1 and len(articles.text[0]) == len(text)


# -- property: any text gives valid rows -------------------------------------------------------

TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    min_size=0,
    max_size=300,
) | st.lists(
    st.sampled_from(
        [
            "At least",
            "13",
            "people",
            "were",
            "killed",
            "injured",
            "said",
            "“",
            "”",
            '"',
            "Sunday",
            "June 3",
            "in",
            "Kiev",
            ",",
            ".",
            "\n\n",
            "police",
            "two",
            "others",
            "according to",
            "dozens",
            "of",
            "no one",
            "was",
            "hurt",
            "on Telegram",
            "wrote",
            "'",
            "-",
            "1,200",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=TEXTS)
def test_any_text_gives_rows_whose_offsets_slice_the_text(nlp, text):
    doc = nlp(pipeline.make_doc(nlp, text, "2023-06-04"))
    article = Article("p", "prop", None, None, "none", text, "ok")
    rows = doc_rows(article, [(doc, 0)])
    for table, table_rows in rows.items():
        rows_to_table(table, table_rows)  # schema and required columns hold
        for row in table_rows:
            values = dataclasses.asdict(row)
            for key, value in values.items():
                if key.endswith("_text") or key == "text":
                    prefix = "" if key == "text" else key[: -len("text")]
                    start, end = values.get(f"{prefix}start"), values.get(f"{prefix}end")
                    if table != "articles" and value is not None and start is not None:
                        assert text[start:end] == value, (table, key)
