"""Gold readers: every format read from small hand-written fixtures into exact records."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from pipeline.errors import GoldFormatError
from pipeline.io.gold import GoldDoc, GoldSet, detect_gold_format, read_gold

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


def read_one(path: Path, fmt: str | None = None) -> GoldSet:
    sets = read_gold([str(path)], fmt)
    assert len(sets) == 1
    return sets[0]


def assert_spans_on_text(doc: GoldDoc) -> None:
    """The contract's invariant: every `*_text` is the slice its offsets name."""
    for records in doc.records.values():
        for record in records:
            for key, value in record.items():
                prefix = key[: -len("text")]
                if key.endswith("text") and f"{prefix}start" in record and value is not None:
                    assert doc.text[record[f"{prefix}start"] : record[f"{prefix}end"]] == value


# -- corpus ------------------------------------------------------------------------------------


def test_corpus_reads_records_and_counts_a_misaligned_span():
    gold = read_one(GOLD / "corpus" / "two.jsonl")
    assert (gold.name, gold.format, gold.label_scheme) == ("two", "corpus", "ontonotes")
    first, second = gold.docs
    assert first.article_id == "a1"
    assert first.published == dt.date(2023, 6, 4)
    assert first.title == "Two killed"
    assert first.source.endswith("two.jsonl:1")
    assert sorted(first.records) == [
        "attributions",
        "casualties",
        "casualty_totals",
        "dates",
        "entities",
    ]
    assert first.records["dates"] == [
        {
            "date_id": "D1",
            "text": "Sunday",
            "start": 34,
            "end": 40,
            "value": "2023-06-04",
            "kind": "date",
        }
    ]
    assert first.records["casualties"][0]["count_text"] == "Two people"
    # channel_text has no offsets in this record: a value, not a span, so it is not checked.
    assert first.records["attributions"][0]["channel_text"] == "nowhere"
    assert first.not_casualties == [{"text": "Sunday", "start": 34, "end": 40}]
    assert first.entity_expectations == {"label_everywhere": {"Kiev": "GPE"}}

    # The second line is blank-separated, uses `id`, and a non-ISO date.
    assert second.article_id == "a2"
    assert second.published == dt.date(2023, 6, 5)
    assert second.source.endswith("two.jsonl:3")
    assert sorted(second.records) == ["attributions", "entities"]
    assert second.records["entities"] == []  # the misaligned entity is left out ...
    assert gold.unaligned == [  # ... and counted, naming file, line, article and span
        f"{GOLD / 'corpus' / 'two.jsonl'}:3: a2: entities E1: text 'Belgorod': "
        "text[48:56] is ' Belgoro'; left out"
    ]
    # A missing role (null source) is not a misaligned span.
    assert second.records["attributions"][0]["source_start"] is None
    assert second.not_casualties is None
    for doc in gold.docs:
        assert_spans_on_text(doc)


def test_corpus_folder_is_one_set():
    gold = read_one(GOLD / "corpus")
    assert (gold.name, gold.format) == ("corpus", "corpus")
    assert [d.article_id for d in gold.docs] == ["a1", "a2"]
    assert len(gold.unaligned) == 1


def test_corpus_bad_json_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "dates": []}\n{"text": \n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.jsonl:2: invalid JSON"):
        read_gold([str(path)])


# -- TimeML ------------------------------------------------------------------------------------


def test_timeml_text_offsets_values_and_nested_tags():
    gold = read_one(GOLD / "timeml" / "doc.tml")
    assert (gold.name, gold.format, gold.unaligned) == ("doc", "timeml", [])
    (doc,) = gold.docs
    assert doc.article_id == "TEST001"
    assert doc.published == dt.date(1998, 2, 6)
    # Tags gone, &amp; unescaped, newlines kept; the TIMEX3 in TITLE is outside TEXT.
    assert doc.text == (
        "\nAT&T said Thursday that sales rose for three months.\n"
        "Meetings: every Monday at 10 a.m.\n"
    )
    assert doc.records == {
        "dates": [
            {
                "date_id": "t1",
                "text": "Thursday",
                "start": 11,
                "end": 19,
                "value": "1998-02-05",
                "kind": "date",
            },
            # EVENT inside the TIMEX3 is only markup: its words stay in the span.
            {
                "date_id": "t2",
                "text": "three months",
                "start": 40,
                "end": 52,
                "value": "P3M",
                "kind": "duration",
            },
            # A TIMEX3 inside another is its own record, after the outer one.
            {
                "date_id": "t3",
                "text": "every Monday",
                "start": 64,
                "end": 76,
                "value": "P1W",
                "kind": "set",
            },
            {
                "date_id": "t4",
                "text": "Monday",
                "start": 70,
                "end": 76,
                "value": "XXXX-WXX-1",
                "kind": "date",
            },
            {
                "date_id": "t5",
                "text": "10 a.m.",
                "start": 80,
                "end": 87,
                "value": "1998-02-05T10:00",
                "kind": "time",
            },
        ]
    }
    assert_spans_on_text(doc)


def test_timeml_folder_is_recursive_and_falls_back_to_the_stem():
    gold = read_one(GOLD / "timeml")
    assert gold.name == "timeml"
    assert [d.article_id for d in gold.docs] == ["TEST001", "no_docid"]
    second = gold.docs[1]
    assert second.published == dt.date(1998, 11, 20)  # first 10 characters of a TIME value
    assert second.text == "Prices fell last month."
    assert second.records["dates"] == [
        {
            "date_id": "t1",
            "text": "last month",
            "start": 12,
            "end": 22,
            "value": "1998-10",
            "kind": "date",
        }
    ]


def test_timeml_broken_xml_names_file_and_line(tmp_path):
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML>\n<TEXT>a &nbsp; b</TEXT>\n</TimeML>\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"broken\.tml:2: not well-formed XML"):
        read_gold([str(path)])


# -- MEANTIME ----------------------------------------------------------------------------------


def test_meantime_text_dates_entities_and_an_unlinked_mention():
    gold = read_one(GOLD / "meantime")
    assert (gold.name, gold.format, gold.label_scheme) == ("meantime", "meantime", "meantime")
    (doc,) = gold.docs
    assert doc.article_id == "42"
    assert doc.published == dt.date(2009, 5, 14)
    assert doc.text == (
        "Acme Corp sues rival\nMay 14, 2009\n"
        "Acme's chief (Bob Smith) said Acme didn't pay $5 on Monday."
    )
    # The creation time is anchored in the text, so it is a date to find; the TIMEX3 without
    # anchors (m_id 7) is not in the text at all.
    assert doc.records["dates"] == [
        {
            "date_id": "5",
            "text": "May 14, 2009",
            "start": 21,
            "end": 33,
            "value": "2009-05-14",
            "kind": "date",
        },
        {
            "date_id": "6",
            "text": "Monday",
            "start": 86,
            "end": 92,
            "value": "2009-05-11",
            "kind": "date",
        },
    ]
    # Only NAM mentions; the NOM mention ("chief") shares Bob Smith's entity but is no name.
    assert doc.records["entities"] == [
        {
            "entity_id": "1",
            "text": "Acme Corp",
            "label": "ORG",
            "start": 0,
            "end": 9,
            "cluster_id": "10",
            "canonical": "Acme Corporation",
        },
        {
            "entity_id": "2",
            "text": "Bob Smith",
            "label": "PER",
            "start": 48,
            "end": 57,
            "cluster_id": "11",
            "canonical": "Bob Smith",
        },
    ]
    assert gold.unaligned == [
        f"{GOLD / 'meantime' / '42_Acme_sues_rival.xml'}: 42: entity mention 3 'Acme': "
        "no REFERS_TO links it to an ENTITY, so it has no type; left out"
    ]
    assert_spans_on_text(doc)


# -- brat (PolNeAR) ----------------------------------------------------------------------------


def test_brat_attributions_discontinuous_missing_roles_and_a_bad_span():
    gold = read_one(GOLD / "brat" / "dev")
    assert (gold.name, gold.format) == ("brat-dev", "brat")
    x, y = gold.docs
    assert x.article_id == "x"
    assert x.published == dt.date(2016, 9, 12)
    assert x.text.startswith("“We will rebuild,” the mayor said")
    records = {r["attribution_id"]: r for r in x.records["attributions"]}
    assert sorted(records) == ["E1", "E2", "E3", "E5"]
    assert records["E1"] == {
        "attribution_id": "E1",
        "source_text": "the mayor",
        "source_start": 19,
        "source_end": 28,
        "source_pieces": [[19, 28]],
        "cue_text": "said",
        "cue_start": 29,
        "cue_end": 33,
        "cue_pieces": [[29, 33]],
        "content_text": "We will rebuild,",
        "content_start": 1,
        "content_end": 17,
        "content_pieces": [[1, 17]],
        "quote_type": None,
    }
    # No source; a discontinuous content written out of order ("106 114;94 104"): it spans
    # the first to the last piece in text order, the gap included.
    assert records["E3"] == {
        "attribution_id": "E3",
        "source_text": None,
        "source_start": None,
        "source_end": None,
        "source_pieces": None,
        "cue_text": "Reportedly",
        "cue_start": 81,
        "cue_end": 91,
        "cue_pieces": [[81, 91]],
        "content_text": "the damage” is large",
        "content_start": 94,
        "content_end": 114,
        "content_pieces": [[94, 104], [106, 114]],
        "quote_type": None,
    }
    # Content and Content2 are one role in two pieces.
    assert records["E5"]["content_pieces"] == [[1, 17], [60, 79]]
    assert (records["E5"]["content_start"], records["E5"]["content_end"]) == (1, 79)
    # E4's cue is one character off: left out and counted. The multi-line Discard (T12), the
    # attribute (A1) and the note (#1) are read without complaint.
    assert gold.unaligned == [
        f"{GOLD / 'brat' / 'dev' / 'attributions' / 'x.ann'}:19: x: attribution E4: Cue T13 "
        "'said' does not match the text at [(30, 34)]: 'aid '; left out"
    ]
    # y_4b22.ann: annotator suffix, text y.txt, date from metadata row "y", no attributions.
    assert (y.article_id, y.text, y.published) == (
        "y_4b22",
        "Nothing was said.\n",
        dt.date(2016, 9, 13),
    )
    assert y.records == {"attributions": []}
    for doc in gold.docs:
        assert_spans_on_text(doc)


def test_brat_parent_with_one_split_reads_it_and_with_two_refuses(tmp_path):
    assert [d.article_id for d in read_one(GOLD / "brat").docs] == ["x", "y_4b22"]
    shutil.copytree(GOLD / "brat" / "dev", tmp_path / "dev")
    shutil.copytree(GOLD / "brat" / "dev", tmp_path / "train")
    assert detect_gold_format(tmp_path) == "brat"
    with pytest.raises(GoldFormatError, match=r"several: dev, train\); give one of them"):
        read_gold([str(tmp_path)])


# -- CoNLL -------------------------------------------------------------------------------------

CONLL_DOCS = [
    (
        "EU rejects German call .\nPeter Blackburn",
        [("EU", "ORG", 0, 2), ("German", "MISC", 11, 17), ("Peter Blackburn", "PER", 25, 40)],
    ),
    (
        "Spain Portugal and Real Madrid Bonn .",
        [
            ("Spain", "LOC", 0, 5),
            ("Portugal", "LOC", 6, 14),
            ("Real Madrid", "ORG", 19, 30),
            ("Bonn", "LOC", 31, 35),
        ],
    ),
]


@pytest.mark.parametrize("name", ["iob1.txt", "iob2.conll"])
def test_conll_iob1_and_iob2_give_the_same_entities(name):
    gold = read_one(GOLD / "conll" / name)
    stem = name.split(".")[0]
    assert (gold.name, gold.format, gold.label_scheme) == (stem, "conll", "conll")
    # iob2.conll opens with an empty document: skipped, not numbered.
    assert [d.article_id for d in gold.docs] == [f"{stem}:1", f"{stem}:2"]
    for doc, (text, entities) in zip(gold.docs, CONLL_DOCS, strict=True):
        assert doc.text == text
        assert doc.published is None
        assert [
            (e["text"], e["label"], e["start"], e["end"]) for e in doc.records["entities"]
        ] == entities
        assert [e["entity_id"] for e in doc.records["entities"]] == [
            f"E{i}" for i in range(1, len(entities) + 1)
        ]
        assert_spans_on_text(doc)


def test_conll_bad_tag_names_file_and_line(tmp_path):
    path = tmp_path / "bad.conll"
    path.write_text("EU NNP B-NP B-ORG\nrejects VBZ B-VP X-ORG\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.conll:2: expected WORD"):
        read_gold([str(path)])


# -- GVA ---------------------------------------------------------------------------------------


def test_gva_counts_and_repeated_ids():
    gold = read_one(GOLD / "gva" / "gva.jsonl")
    assert (gold.name, gold.format, gold.unaligned) == ("gva", "gva", [])
    first, second = gold.docs
    assert (first.article_id, second.article_id) == ("x", "x#2")
    assert first.text == "A man was shot dead on Tuesday."
    assert first.title == "One dead"
    assert (first.published, second.published) == (dt.date(2014, 2, 17), dt.date(2014, 3, 9))
    assert first.counts == {"killed": 1, "injured": 0}
    assert second.counts == {"killed": 0, "injured": 2}  # "0" in the file
    assert first.records == second.records == {}
    assert second.source.endswith("gva.jsonl:3")


def test_forcing_the_wrong_format_names_file_and_line():
    with pytest.raises(GoldFormatError, match=r"gva\.jsonl:1: field 'text' is missing"):
        read_gold([str(GOLD / "gva" / "gva.jsonl")], fmt="corpus")


# -- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("corpus/two.jsonl", "corpus"),
        ("corpus", "corpus"),
        ("timeml/doc.tml", "timeml"),
        ("timeml", "timeml"),
        ("meantime/42_Acme_sues_rival.xml", "meantime"),
        ("meantime", "meantime"),
        ("brat/dev", "brat"),
        ("brat", "brat"),
        ("conll/iob1.txt", "conll"),
        ("conll/iob2.conll", "conll"),
        ("gva/gva.jsonl", "gva"),
    ],
)
def test_detect_gold_format(path, fmt):
    assert detect_gold_format(GOLD / path) == fmt


def test_read_gold_keeps_the_order_of_paths():
    sets = read_gold([str(GOLD / "gva" / "gva.jsonl"), str(GOLD / "timeml" / "doc.tml")])
    assert [s.format for s in sets] == ["gva", "timeml"]


def test_four_column_txt_without_docstart_is_conll(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\nEU NNP B-NP B-ORG\n", encoding="utf-8")
    assert detect_gold_format(path) == "conll"
    assert read_one(path).docs[0].article_id == "plain:1"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("gold.csv", "a,b\n", "unknown gold format"),
        ("notes.txt", "Just some prose here.\n", "unknown gold format"),
        ("other.xml", "<html><body/></html>\n", "neither MEANTIME"),
        ("plain.jsonl", '{"id": "1", "text": "no annotations"}\n', "neither gold_num_killed"),
    ],
)
def test_unknown_formats_raise(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        detect_gold_format(path)
    with pytest.raises(GoldFormatError, match=message):
        read_gold([str(path)])


def test_missing_path_and_unknown_format_name_raise(tmp_path):
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(GoldFormatError, match=r"nope\.jsonl: no such file or directory"):
        read_gold([str(missing)])
    with pytest.raises(GoldFormatError, match="no such file"):
        detect_gold_format(missing)
    with pytest.raises(GoldFormatError, match="unknown gold format 'xml'"):
        read_gold([str(GOLD / "gva" / "gva.jsonl")], fmt="xml")
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldFormatError, match="no gold files found"):
        detect_gold_format(tmp_path / "empty")


def test_gum_webanno_tsv_gives_named_mentions_with_gum_types():
    [gold] = read_gold([str(GOLD / "gum")])
    assert (gold.format, gold.label_scheme) == ("gum", "gum")
    [doc] = gold.docs
    assert doc.text == "The Kremlin said Putin met reporters\nin Moscow"
    found = [(e["text"], e["label"]) for e in doc.records["entities"]]
    # "reporters" has no identity (not a name); "The" is left out of "The Kremlin".
    assert found == [("Kremlin", "organization"), ("Putin", "person"), ("Moscow", "place")]
    for entity in doc.records["entities"]:
        assert doc.text[entity["start"] : entity["end"]] == entity["text"]
