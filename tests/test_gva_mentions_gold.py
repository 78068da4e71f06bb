"""The GVA mention gold is kept as stand-off (docs/measurements/gva_mentions/gold.py): stripping
must leave none of the publisher's words, and joining must give the annotators' file back."""

import importlib.util
import json
from pathlib import Path

import pytest

GOLD_SCRIPT = Path(__file__).parents[1] / "docs" / "measurements" / "gva_mentions" / "gold.py"
spec = importlib.util.spec_from_file_location("gva_mentions_gold", GOLD_SCRIPT)
gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold)

TEXT = "Two men were shot dead in Dayton on Friday, police said."
TITLE = "Two killed in Dayton shooting"
ARTICLE = {
    "article_id": "gva_x",
    "published": "2015-03-07",
    "title": TITLE,
    "text": TEXT,
    "casualties": [
        {
            "casualty_id": "C1",
            "type": "killed",
            "count_text": "Two men",
            "count_start": 0,
            "count_end": 7,
            "victim_text": "men",
            "location_text": "Dayton",
            "location_start": 26,
            "location_end": 32,
        }
    ],
    "not_casualties": [{"text": "Friday", "start": 36, "end": 42}],
    "attributions": [
        {
            "attribution_id": "A1",
            "source_text": "police",
            "source_start": 44,
            "source_end": 50,
            "content_text": "Two men were shot dead in Dayton on Friday",
            "content_start": 0,
            "content_end": 42,
            "channel_text": None,
            "channel_start": None,
            "channel_end": None,
        }
    ],
}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    gva = tmp_path / "gva_dev.jsonl"
    other = {"content": "Another story.", "title": "Other"}
    gva.write_text(
        "\n".join(json.dumps(row) for row in (other, {"content": TEXT, "title": TITLE})) + "\n"
    )
    full = tmp_path / "full.jsonl"
    full.write_text(json.dumps(ARTICLE) + "\n")
    return {"gva": gva, "full": full, "standoff": tmp_path / "standoff.jsonl"}


def test_strip_keeps_offsets_and_labels_but_no_words_of_the_text(files):
    gold.strip(files["full"], files["standoff"])
    standoff = json.loads(files["standoff"].read_text())
    assert "text" not in standoff and "title" not in standoff
    assert standoff["casualties"][0]["count_start"] == 0
    assert "count_text" not in standoff["casualties"][0]
    assert "location_text" not in standoff["casualties"][0]
    assert "source_text" not in standoff["attributions"][0]
    assert "Dayton" not in files["standoff"].read_text()


def test_join_gives_the_annotators_file_back_byte_for_byte(files, tmp_path):
    gold.strip(files["full"], files["standoff"])
    joined = tmp_path / "out" / "joined.jsonl"
    gold.join(files["gva"], files["standoff"], joined)
    assert joined.read_text() == files["full"].read_text()


def test_join_names_the_line_whose_text_is_not_in_the_gva_file(files, tmp_path):
    gold.strip(files["full"], files["standoff"])
    files["gva"].write_text(json.dumps({"content": "Edited story.", "title": TITLE}) + "\n")
    with pytest.raises(SystemExit, match=r"standoff.jsonl:1: no article .* gva_x"):
        gold.join(files["gva"], files["standoff"], tmp_path / "joined.jsonl")


def test_strip_refuses_a_span_whose_words_are_not_at_its_offsets(files):
    wrong = dict(ARTICLE, not_casualties=[{"text": "Saturday", "start": 36, "end": 42}])
    files["full"].write_text(json.dumps(wrong) + "\n")
    with pytest.raises(SystemExit, match="'Saturday' is not at 36-42"):
        gold.strip(files["full"], files["standoff"])
