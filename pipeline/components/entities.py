"""`news_entities`: named entities with one label per cluster, clusters, and places.

Reads `doc.ents` and the tagger's tokens; writes `Doc._.news_entities` (a list of `EntityItem`).
Data: `lexicons/entities.json` (word lists and ORG patterns), `lexicons/given_names.json`
(given names that make a two- or three-word name a person) and the gazetteer
`gazetteer/places.tsv` + `gazetteer/names.tsv` (built by `models/gazetteer/build_gazetteer.py`).
The gazetteer files are plain text, kept as strings in `self.data` and parsed once in `_build`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes before any doc is made)
from ..errors import LexiconError
from ..extensions import EntityItem
from ..extract.entities import EntityLexicon, Gazetteer, find_entities
from .base import DataPipe, models_dir, read_data_file, write_data_file

ENTITIES_FILE = "lexicons/entities.json"
GIVEN_NAMES_FILE = "lexicons/given_names.json"
PLACES_FILE = "gazetteer/places.tsv"
NAMES_FILE = "gazetteer/names.tsv"
TEXT_FILES = (PLACES_FILE, NAMES_FILE)


@Language.factory(
    "news_entities",
    requires=["doc.ents"],
    assigns=["doc._.news_entities"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntityStage:
    return EntityStage(nlp, name)


def _read(path: Path) -> object:
    """A data file: the gazetteer's text files as strings, the rest as JSON."""
    if path.name.endswith(".tsv"):
        if not path.is_file():
            raise LexiconError(f"{path}: gazetteer file not found (run build_gazetteer.py?)")
        # Decoded from bytes: text-mode reading translates newlines character by character,
        # which took longer than the decoding of these 15 MB; the translation is applied
        # only to a file that has a carriage return, so the string is the same.
        text = path.read_bytes().decode("utf-8")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text
    return read_data_file(path)


class EntityStage(DataPipe):
    data_files = (ENTITIES_FILE, GIVEN_NAMES_FILE, *TEXT_FILES)

    def initialize(self, get_examples=None, *, nlp=None, data_dir=None) -> None:
        root = Path(data_dir) if data_dir else models_dir()
        self.data = {name: _read(root / name) for name in self.data_files}
        self._build()

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        for name, value in self.data.items():
            if name in TEXT_FILES:
                (path / name).parent.mkdir(parents=True, exist_ok=True)
                (path / name).write_text(value, encoding="utf-8")
            else:
                write_data_file(path / name, value)

    def from_disk(self, path, *, exclude=()) -> EntityStage:
        path = Path(path)
        self.data = {name: _read(path / name) for name in self.data_files}
        self._build()
        return self

    def _build(self) -> None:
        gazetteer = Gazetteer(self.data[PLACES_FILE], self.data[NAMES_FILE])
        self.lexicon = EntityLexicon(
            self.data[ENTITIES_FILE], gazetteer, self.data[GIVEN_NAMES_FILE]
        )

    def find(self, doc: Doc) -> list[EntityItem]:
        return find_entities(doc, self.lexicon)

    def set_annotations(self, doc: Doc, found: list[EntityItem]) -> None:
        doc._.news_entities = found
