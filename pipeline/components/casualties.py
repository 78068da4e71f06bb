"""`news_casualties`: casualty mentions with qualifier, bounds, victims, context and relations.

Reads the parse, lemmas, `Doc._.news_dates` (for `event_date` and the time scope) and
`Doc._.news_entities` (for `location_*` and named victims); writes `Doc._.news_casualties`
(a list of `CasualtyItem`). Its word lists and patterns are the data files below.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes before any doc is made)
from ..extensions import CasualtyItem
from ..extract.casualties import CasualtyLexicon, build_matchers, find_casualties
from ..extract.timex import TimexLexicon
from .base import DataPipe
from .dates import TIMEX_FILE  # which words of a date name its day
from .entities import GIVEN_NAMES_FILE  # a lone given name the recognizer misread is a person

HARM_FILE = "lexicons/harm.json"
QUANTITIES_FILE = "lexicons/quantities.json"
VICTIMS_FILE = "lexicons/victims.json"
#: the sex of person nouns and pronouns, shared with `news_attributions`
GENDERS_FILE = "lexicons/genders.json"
NUMBERS_FILE = "lexicons/number_words.json"
CONTEXT_FILE = "lexicons/casualty_context.json"
#: country names and peoples: a force named with one is a state's ("Israel Defense Forces")
COUNTRIES_FILE = "lexicons/timex_countries.json"
ENTITIES_FILE = "lexicons/entities.json"


@Language.factory(
    "news_casualties",
    requires=["token.dep", "token.lemma", "doc._.news_dates", "doc._.news_entities"],
    assigns=["doc._.news_casualties"],
    default_config={},
)
def make_casualties(nlp: Language, name: str) -> CasualtyStage:
    return CasualtyStage(nlp, name)


class CasualtyStage(DataPipe):
    data_files = (
        HARM_FILE,
        QUANTITIES_FILE,
        VICTIMS_FILE,
        GENDERS_FILE,
        NUMBERS_FILE,
        CONTEXT_FILE,
        COUNTRIES_FILE,
        ENTITIES_FILE,
        GIVEN_NAMES_FILE,
        TIMEX_FILE,
    )

    def _build(self) -> None:
        self.lexicon = CasualtyLexicon(
            self.data[HARM_FILE],
            self.data[QUANTITIES_FILE],
            self.data[VICTIMS_FILE],
            self.data[NUMBERS_FILE],
            self.data[CONTEXT_FILE],
            country_words=_country_words(self.data[COUNTRIES_FILE], self.data[ENTITIES_FILE]),
            given_names=self.data[GIVEN_NAMES_FILE],
            genders=self.data[GENDERS_FILE],
            timex=TimexLexicon(self.data[TIMEX_FILE], self.data[COUNTRIES_FILE]),
        )
        self.matchers = build_matchers(self.lexicon, self.nlp.vocab, self.nlp.make_doc)

    def find(self, doc: Doc) -> list[CasualtyItem]:
        return find_casualties(doc, self.lexicon, self.matchers)

    def set_annotations(self, doc: Doc, found: list[CasualtyItem]) -> None:
        doc._.news_casualties = found


def _country_words(countries: dict, entities: dict) -> set[str]:
    """The lower-cased names of countries and their peoples ("israel", "sudanese")."""
    words = {name.lower() for name in countries.get("countries", {})}
    words |= {name.lower() for name in countries.get("demonyms", {})}
    for names in entities.get("demonyms", {}).values():
        words |= {name.lower() for name in names}
    return words
