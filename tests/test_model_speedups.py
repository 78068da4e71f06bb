"""The model's faster attribute ruler and lemmatizer leave every token as the stock ones do."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

import pipeline
from pipeline.components import attribute_ruler, lemma_cache
from pipeline.components.attribute_ruler import IndexedAttributeRuler, use_indexed_attribute_ruler
from pipeline.components.lemma_cache import FastRuleLemmatize, use_fast_rule_lemmatize
from tests.conftest import ROOT, SEED_TXT

COLUMNS = [POS, TAG, MORPH, LEMMA, DEP]

# The rule kinds of the English tag map and exceptions: contractions, "gon na", "let's",
# "there is", object pronouns, auxiliaries, determiners as pronouns, whitespace tokens.
SENTENCES = [
    "I ain't gonna tell you, y'all know it's not what I'd have done.",
    "Let's go. C'mon, we gotta leave, there is nothin' here and there are no buses.",
    "She gave it to me, and they saw you and I at the station.",
    "That is what he did: he has had enough, didn't he?  Those who do have doubts left.",
    "The army said  \n\n  it had   killed 12 fighters; which ones, it would not say.",
    "",
    "   ",
]


def _corpus_texts() -> list[str]:
    texts = [SEED_TXT.read_text(encoding="utf-8")]
    for path in sorted((ROOT / "corpus" / "gold").glob("wikinews_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def _stock_and(swap):
    """The stock model, and another copy with one speed-up applied (each is tested alone, so a
    difference points at its own swap)."""
    stock = spacy.load(pipeline.DEFAULT_MODEL)
    swapped = spacy.load(pipeline.DEFAULT_MODEL)
    swap(swapped)
    return stock, swapped


@pytest.fixture(scope="module")
def stock_and_indexed():
    return _stock_and(use_indexed_attribute_ruler)


def test_swap_keeps_name_position_and_patterns(stock_and_indexed):
    stock, indexed = stock_and_indexed
    assert indexed.pipe_names == stock.pipe_names
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    ruler = indexed.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns


@pytest.mark.parametrize("text", SENTENCES)
def test_same_tokens_as_stock_on_rule_forms(stock_and_indexed, text):
    stock, indexed = stock_and_indexed
    a, b = stock(text), indexed(text)
    assert b.to_array(COLUMNS).tolist() == a.to_array(COLUMNS).tolist()


def test_same_tokens_as_stock_on_the_corpus(stock_and_indexed):
    stock, indexed = stock_and_indexed
    texts = _corpus_texts()
    assert len(texts) >= 20
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert b.to_array(COLUMNS).tolist() == a.to_array(COLUMNS).tolist(), a.text[:60]


def test_patterns_the_index_cannot_express_still_match(stock_and_indexed):
    """Operators and negative indices go through the Matcher, in the stock order."""
    _, base = stock_and_indexed
    patterns = [
        {"patterns": [[{"LOWER": "very", "OP": "+"}, {"POS": "ADJ"}]], "attrs": {"TAG": "XX"}},
        {
            "patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]],
            "attrs": {"LEMMA": "NYC"},
            "index": -1,
        },
        {"patterns": [[{"LOWER": "york"}]], "attrs": {"LEMMA": "York!"}},
    ]
    docs = []
    for cls in (AttributeRuler, IndexedAttributeRuler):
        ruler = cls(base.vocab)
        ruler.add_patterns(patterns)
        doc = base("It was very very cold in New York.")
        docs.append(ruler(doc))
    stock_doc, indexed_doc = docs
    assert [t.tag_ for t in indexed_doc] == [t.tag_ for t in stock_doc]
    assert [t.lemma_ for t in indexed_doc] == [t.lemma_ for t in stock_doc]
    assert indexed_doc[7].lemma_ == "York!"  # the later rule wins, as in the stock ruler
    assert indexed_doc[2].tag_ == indexed_doc[3].tag_ == "XX"


def test_row_cache_is_bounded_and_changes_nothing(stock_and_indexed, monkeypatch):
    """One-token matches are remembered per row of values; a full cache starts again."""
    stock, indexed = stock_and_indexed
    ruler = indexed.get_pipe("attribute_ruler")
    monkeypatch.setattr(attribute_ruler, "MAX_CACHED_ROWS", 3)
    ruler._row_matches.clear()
    texts = SENTENCES[:5]
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert b.to_array(COLUMNS).tolist() == a.to_array(COLUMNS).tolist()
    assert 0 < len(ruler._row_matches) <= 3


def test_saved_pipeline_keeps_the_indexed_ruler(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    reloaded = pipeline.load(tmp_path / "saved")
    ruler = reloaded.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    assert ruler.patterns == nlp.get_pipe("attribute_ruler").patterns
    text = "There is nothin' they didn't say."
    assert reloaded(text).to_array(COLUMNS).tolist() == nlp(text).to_array(COLUMNS).tolist()


# -- the lemmatizer ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stock_and_fast_lemmas():
    return _stock_and(use_fast_rule_lemmatize)


def test_fast_lemmatize_is_installed_once(stock_and_fast_lemmas):
    _, fast = stock_and_fast_lemmas
    lemmatizer = fast.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.lemmatize, FastRuleLemmatize)
    first = lemmatizer.lemmatize
    use_fast_rule_lemmatize(fast)
    assert lemmatizer.lemmatize is first


@pytest.mark.parametrize(
    "text, lemmas",
    [
        ("Troops were killed and 12 civilians wounded.", ["troop", "be", "kill", "wound"]),
        ("She went home; the officers examined the bodies.", ["go", "officer", "examine", "body"]),
        ("The worst attacks happened when children were sleeping.", ["bad", "attack", "sleep"]),
    ],
)
def test_fast_lemmas_equal_stock(stock_and_fast_lemmas, text, lemmas):
    stock, fast = stock_and_fast_lemmas
    a, b = stock(text), fast(text)
    assert [t.lemma_ for t in b] == [t.lemma_ for t in a]
    assert set(lemmas) <= {t.lemma_ for t in b}


def test_fast_lemmas_equal_stock_on_the_corpus(stock_and_fast_lemmas):
    stock, fast = stock_and_fast_lemmas
    texts = _corpus_texts()
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.lemma_ for t in b] == [t.lemma_ for t in a], a.text[:60]


def test_fast_lemma_cache_is_bounded(stock_and_fast_lemmas, monkeypatch):
    _, fast = stock_and_fast_lemmas
    lemmatize = fast.get_pipe("lemmatizer").lemmatize
    monkeypatch.setattr(lemma_cache, "MAX_ENTRIES", 5)
    lemmatize.cache.clear()
    lemmatize.lemma_ids.clear()
    doc = fast("Soldiers, medics, drivers, farmers, teachers and pupils were evacuated.")
    assert len(lemmatize.cache) <= 5
    assert len(lemmatize.lemma_ids) <= 5
    assert doc[0].lemma_ == "soldier" and doc[-2].lemma_ == "evacuate"


def test_fast_lemmatizer_keeps_lemmas_already_set(stock_and_fast_lemmas):
    """Like the stock component (overwrite=False): a token that has a lemma keeps it, and
    the same word elsewhere still gets its own."""
    stock, fast = stock_and_fast_lemmas
    assert isinstance(fast.get_pipe("lemmatizer"), lemma_cache.FastEnglishLemmatizer)
    text = "Gunmen killed two men; the gunmen fled."
    docs = []
    for nlp in (stock, fast):
        with nlp.select_pipes(disable=["lemmatizer"]):
            doc = nlp(text)
        doc[0].lemma_ = "attacker"
        docs.append(nlp.get_pipe("lemmatizer")(doc))
    assert [t.lemma_ for t in docs[1]] == [t.lemma_ for t in docs[0]]
    assert docs[1][0].lemma_ == "attacker" and docs[1][6].lemma_ == "gunman"


def test_loaded_pipeline_has_both_speedups(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer").lemmatize, FastRuleLemmatize)
