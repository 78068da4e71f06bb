"""`news_attributions`: who said what, how, and through which channel.

Reads the parse, lemmas, entity types and `Doc._.news_entities` (to resolve sources); writes
`Doc._.news_attributions` (a list of `AttributionItem`). Its data: the cue, channel and source
lexicons and the cue model trained on PolNeAR (`models/attributions/cue_model.json`, made by
`models/attributions/train_cue_model.py`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes before any doc is made)
from ..extensions import AttributionItem
from ..extract.attributions import AttributionLexicon, CueModel, find_attributions
from .base import DataPipe
from .casualties import GENDERS_FILE  # 'she' never resolves to 'her son'

CUES_FILE = "lexicons/cues.json"
CHANNELS_FILE = "lexicons/channels.json"
SOURCES_FILE = "lexicons/sources.json"
#: short titles before a name, shared with `news_abbreviations` (which reads their tokens)
NAME_TITLES_FILE = "lexicons/name_titles.json"
CUE_MODEL_FILE = "attributions/cue_model.json"


@Language.factory(
    "news_attributions",
    requires=["token.dep", "token.lemma", "doc._.news_entities"],
    assigns=["doc._.news_attributions"],
    default_config={},
)
def make_attributions(nlp: Language, name: str) -> AttributionStage:
    return AttributionStage(nlp, name)


class AttributionStage(DataPipe):
    data_files = (
        CUES_FILE,
        CHANNELS_FILE,
        SOURCES_FILE,
        NAME_TITLES_FILE,
        GENDERS_FILE,
        CUE_MODEL_FILE,
    )

    def _build(self) -> None:
        self.lexicon = AttributionLexicon(
            self.data[CUES_FILE],
            self.data[CHANNELS_FILE],
            self.data[SOURCES_FILE],
            self.data[NAME_TITLES_FILE],
            self.data[GENDERS_FILE],
        )
        self.lexicon.bind(self.nlp.vocab)
        self.cue_model = CueModel(self.data[CUE_MODEL_FILE])

    def find(self, doc: Doc) -> list[AttributionItem]:
        return find_attributions(doc, self.lexicon, self.cue_model)

    def set_annotations(self, doc: Doc, found: list[AttributionItem]) -> None:
        doc._.news_attributions = found
