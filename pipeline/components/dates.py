"""`news_dates`: temporal expressions with TIMEX3 values, resolved against `Doc._.published`.

Reads `doc.ents` (DATE/TIME, and the places around a national holiday), the parse (tense of
the governing verb) and `Doc._.published`; writes `Doc._.news_dates` (a list of `DateItem`).
Data: the word lists of `lexicons/timex.json`, the country names of
`lexicons/timex_countries.json`, the numeric token patterns of `patterns/dates.jsonl` (a
Matcher) and the literal phrase grammar of `patterns/dates_phrases.jsonl`, expanded once into
PhraseMatchers (one per attribute, LOWER or SHAPE), which cost one lookup per token whatever
their size.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes before any doc is made)
from ..errors import LexiconError
from ..extensions import DateItem
from ..extract.dates import (
    WindowedMatcher,
    expand_phrase_pattern,
    find_dates,
    phrase_attribute,
)
from ..extract.timex import TimexLexicon
from .base import DataPipe

TIMEX_FILE = "lexicons/timex.json"
COUNTRIES_FILE = "lexicons/timex_countries.json"
PATTERNS_FILE = "patterns/dates.jsonl"
PHRASES_FILE = "patterns/dates_phrases.jsonl"
#: The token attributes a phrase may be matched on, with the Lexeme property holding each.
PHRASE_ATTRS = {"LOWER": "lower", "SHAPE": "shape"}


@Language.factory(
    "news_dates",
    requires=["doc.ents", "token.dep", "token.tag"],
    assigns=["doc._.news_dates"],
    default_config={},
)
def make_dates(nlp: Language, name: str) -> DateStage:
    return DateStage(nlp, name)


class DateStage(DataPipe):
    data_files = (TIMEX_FILE, COUNTRIES_FILE, PATTERNS_FILE, PHRASES_FILE)

    def _build(self) -> None:
        self.lexicon = TimexLexicon(self.data[TIMEX_FILE], self.data[COUNTRIES_FILE])
        matcher = Matcher(self.nlp.vocab)
        for i, entry in enumerate(self.data[PATTERNS_FILE]):
            matcher.add(f"{entry['label']}_{i}", [entry["pattern"]])
        self.matcher = WindowedMatcher(matcher, [e["pattern"] for e in self.data[PATTERNS_FILE]])
        vocab = self.nlp.vocab
        phrases = {attr: PhraseMatcher(vocab, attr=attr) for attr in PHRASE_ATTRS}
        for i, entry in enumerate(self.data[PHRASES_FILE]):
            try:
                attribute = phrase_attribute(entry["pattern"])
                # The phrase as the matcher keys it: each word's lexeme value of the attribute,
                # which is what it reads from a Doc of these words (the grammar expands to
                # thousands of phrases, and a Doc per phrase took most of the load time).
                column = PHRASE_ATTRS[attribute]
                keys = [
                    [getattr(vocab[word], column) for word in words]
                    for words in expand_phrase_pattern(entry["pattern"])
                ]
            except ValueError as e:
                raise LexiconError(f"{PHRASES_FILE}: line {i + 1}: {e}") from e
            phrases[attribute].add(entry["label"], keys)
        self.phrases = [m for m in phrases.values() if len(m)]

    def find(self, doc: Doc) -> list[DateItem]:
        return find_dates(doc, self.lexicon, self.matcher, self.phrases)

    def set_annotations(self, doc: Doc, found: list[DateItem]) -> None:
        doc._.news_dates = found
