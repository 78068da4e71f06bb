"""`news_dates`: temporal expressions with TIMEX3 values, resolved against `Doc._.published`.

Reads `doc.ents` (DATE/TIME), the parse (tense of the governing verb) and `Doc._.published`;
writes `Doc._.news_dates` (a list of `DateItem`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes before any doc is made)
from ..extensions import DateItem
from ..extract.dates import find_dates
from ..extract.timex import TimexLexicon
from .base import DataPipe

TIMEX_FILE = "lexicons/timex.json"
NUMBERS_FILE = "lexicons/number_words.json"
PATTERNS_FILE = "patterns/dates.jsonl"


@Language.factory(
    "news_dates",
    requires=["doc.ents", "token.dep", "token.tag"],
    assigns=["doc._.news_dates"],
    default_config={},
)
def make_dates(nlp: Language, name: str) -> DateStage:
    return DateStage(nlp, name)


class DateStage(DataPipe):
    data_files = (TIMEX_FILE, NUMBERS_FILE, PATTERNS_FILE)

    def _build(self) -> None:
        self.lexicon = TimexLexicon(self.data[TIMEX_FILE], self.data[NUMBERS_FILE])
        self.matcher = Matcher(self.nlp.vocab)
        for i, entry in enumerate(self.data[PATTERNS_FILE]):
            self.matcher.add(f"{entry['label']}_{i}", [entry["pattern"]])

    def find(self, doc: Doc) -> list[DateItem]:
        return find_dates(doc, self.lexicon, self.matcher)

    def set_annotations(self, doc: Doc, found: list[DateItem]) -> None:
        doc._.news_dates = found
