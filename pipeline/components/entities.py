"""`news_entities`: named entities with one label per name and clusters per article.

Reads `doc.ents`; writes `Doc._.news_entities` (a list of `EntityItem`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes before any doc is made)
from ..extensions import EntityItem
from ..extract.entities import EntityLexicon, find_entities
from .base import DataPipe

ENTITIES_FILE = "lexicons/entities.json"


@Language.factory(
    "news_entities",
    requires=["doc.ents"],
    assigns=["doc._.news_entities"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntityStage:
    return EntityStage(nlp, name)


class EntityStage(DataPipe):
    data_files = (ENTITIES_FILE,)

    def _build(self) -> None:
        self.lexicon = EntityLexicon(self.data[ENTITIES_FILE])

    def find(self, doc: Doc) -> list[EntityItem]:
        return find_entities(doc, self.lexicon)

    def set_annotations(self, doc: Doc, found: list[EntityItem]) -> None:
        doc._.news_entities = found
