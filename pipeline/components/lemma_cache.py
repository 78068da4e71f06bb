"""The model's rule lemmatizer, same rules, with set lookups and a complete cache.

spaCy's rule lemmatizer tests each candidate form against its word index with `in` on a list
of tens of thousands of words, and returns base forms ("a singular noun", most tokens) before
its cache, so it re-derives them for every token: together about a tenth of the small English
model's time. `FastRuleLemmatize` is the same procedure (`Lemmatizer.rule_lemmatize`, step for
step) over sets built once from the same tables, with every answer cached under the key spaCy
uses, (word, POS, morphology), which is all the answer depends on (English `is_base_form`
reads POS and morphology only). `pipeline.load` applies it to the stock English and generic
rule lemmatizers; any other lemmatizer is left as it is.
tests/test_model_speedups.py checks that the lemmas are the stock ones on real news.
"""

from __future__ import annotations

import warnings

from spacy.errors import Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

#: Bound on the cache, in entries; it starts again when full, so a dump of millions of
#: articles cannot grow it without end.
MAX_ENTRIES = 200_000


class FastRuleLemmatize:
    """`Lemmatizer.rule_lemmatize` of one lemmatizer, with sets and a complete cache."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], list[str]] = {}
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
        self.cache[key] = forms
        return forms


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


def use_fast_rule_lemmatize(nlp: Language) -> None:
    """Give the stock rule lemmatizers of `nlp` the fast procedure (a no-op when they have it)."""
    for _, pipe in nlp.pipeline:
        stock_rules = type(pipe) in (Lemmatizer, EnglishLemmatizer) and pipe.mode == "rule"
        if stock_rules and not isinstance(pipe.lemmatize, FastRuleLemmatize):
            pipe.lemmatize = FastRuleLemmatize(pipe)
