"""The model's rule lemmatizer, same rules, with set lookups and a complete cache.

spaCy's rule lemmatizer tests each candidate form against its word index with `in` on a list
of tens of thousands of words, and returns base forms ("a singular noun", most tokens) before
its cache, so it re-derives them for every token: together about a tenth of the small English
model's time. `FastRuleLemmatize` is the same procedure (`Lemmatizer.rule_lemmatize`, step for
step) over sets built once from the same tables, with every answer cached under the key spaCy
uses, (word, POS, morphology), which is all the answer depends on (English `is_base_form`
reads POS and morphology only). `pipeline.load` applies it to the stock English and generic
rule lemmatizers; any other lemmatizer is left as it is.
Those lemmatizers also read and write a Doc's lemmas as one column (`FastLemmatizer`): the
stock loop makes a Token, a morphology object and a string lookup per token even when the
answer is cached, which cost more than the lemmas themselves.
tests/test_model_speedups.py checks that the lemmas are the stock ones on real news.
"""

from __future__ import annotations

import warnings

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

#: Bound on the cache, in entries; it starts again when full, so a dump of millions of
#: articles cannot grow it without end.
MAX_ENTRIES = 200_000


class FastRuleLemmatize:
    """`Lemmatizer.rule_lemmatize` of one lemmatizer, with sets and a complete cache."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], list[str]] = {}
        #: the same keys -> the string id of the first form, the lemma a token gets
        self.lemma_ids: dict[tuple[int, int, int], int] = {}
        self._tables: dict[str, tuple[frozenset[str], dict, list] | None] = {}

    def _tables_for(self, univ_pos: str) -> tuple[frozenset[str], dict, list] | None:
        """The index (as a set), exceptions and rules for one POS; None when it has none.
        (spaCy tables key by string hash, so they are read by POS as the parent reads them.)"""
        if univ_pos not in self._tables:
            lookups = self.lemmatizer.lookups
            index = lookups.get_table("lemma_index", {}).get(univ_pos)
            exceptions = lookups.get_table("lemma_exc", {}).get(univ_pos)
            rules = lookups.get_table("lemma_rules", {}).get(univ_pos)
            self._tables[univ_pos] = (
                (frozenset(index or ()), exceptions or {}, rules or [])
                if any((index, exceptions, rules))
                else None
            )
        return self._tables[univ_pos]

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = self.cache.get(key)
        if forms is not None:
            return forms
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if self.lemmatizer.is_base_form(token):
            forms = [string.lower()]
        elif (tables := self._tables_for(univ_pos)) is None:
            forms = [string] if univ_pos == "propn" else [string.lower()]
        else:
            forms = _rule_forms(string, *tables)
        if len(self.cache) >= MAX_ENTRIES:
            self.cache.clear()
            self.lemma_ids.clear()
        self.cache[key] = forms
        return forms

    def set_lemmas(self, doc: Doc, overwrite: bool) -> None:
        """What `Lemmatizer.__call__` does to `doc` (each token without a lemma, or every
        token if `overwrite`, gets the first form), over the (ORTH, POS, MORPH, LEMMA)
        columns: a token whose key was seen before costs one dict lookup, done in C."""
        if not len(doc):
            return
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        old = columns[:, 3]
        keys = list(zip(*(columns[:, j].tolist() for j in range(3)), strict=True))
        ids = list(map(self.lemma_ids.get, keys))
        strings = doc.vocab.strings
        for i in [i for i, lemma_id in enumerate(ids) if lemma_id is None]:
            if old[i] and not overwrite:
                continue  # kept below; the stock loop does not lemmatize it either
            lemma_id = strings.add(self(doc[i])[0])
            # Only what __call__ caches (not the tokens without a POS, which warn).
            if keys[i] in self.cache:
                self.lemma_ids[keys[i]] = lemma_id
            ids[i] = lemma_id
        lemmas = numpy.array([0 if v is None else v for v in ids], dtype=numpy.uint64)
        if not overwrite:
            kept = old != 0
            lemmas[kept] = old[kept]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


def _rule_forms(orig: str, index: frozenset[str], exceptions: dict, rules: list) -> list[str]:
    """The candidate lemmas of `orig` by suffix rules, index and exceptions, in spaCy's order."""
    string = orig.lower()
    forms: list[str] = []
    oov_forms = []
    for old, new in rules:
        if string.endswith(old):
            form = string[: len(string) - len(old)] + new
            if not form:
                pass
            elif form in index or not form.isalpha():
                if form in index:
                    forms.insert(0, form)
                else:
                    forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(string, []):
        if form not in forms:
            forms.insert(0, form)
    if not forms:
        forms.extend(oov_forms)
    if not forms:
        forms.append(orig)
    return forms


def _call_by_columns(self: Lemmatizer, doc: Doc) -> Doc:
    """`Lemmatizer.__call__`, the lemmas set by `FastRuleLemmatize.set_lemmas`."""
    if not self._validated:
        self._validate_tables(Errors.E1004)
    error_handler = self.get_error_handler()
    try:
        self.lemmatize.set_lemmas(doc, self.overwrite)
        return doc
    except Exception as e:
        error_handler(self.name, self, [doc], e)


class FastLemmatizer(Lemmatizer):
    """The stock `Lemmatizer` with `FastRuleLemmatize` setting a Doc's lemmas as a column."""

    __call__ = _call_by_columns


class FastEnglishLemmatizer(EnglishLemmatizer):
    """The stock `EnglishLemmatizer` with `FastRuleLemmatize` setting a Doc's lemmas as a
    column."""

    __call__ = _call_by_columns


FAST_CLASSES: dict[type, type] = {
    Lemmatizer: FastLemmatizer,
    EnglishLemmatizer: FastEnglishLemmatizer,
}


def use_fast_rule_lemmatize(nlp: Language) -> None:
    """Give the stock rule lemmatizers of `nlp` the fast procedure (a no-op when they have it).
    Only the class of the component changes (to a subclass adding nothing but `__call__`);
    its tables, settings and serialisation stay the stock ones."""
    for _, pipe in nlp.pipeline:
        stock_rules = type(pipe) in FAST_CLASSES and pipe.mode == "rule"
        if stock_rules and not isinstance(pipe.lemmatize, FastRuleLemmatize):
            pipe.lemmatize = FastRuleLemmatize(pipe)
            pipe.__class__ = FAST_CLASSES[type(pipe)]
