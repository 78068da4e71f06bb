"""What every newsextract stage shares: data files in, data files out, errors to the handler.

A stage names the data files it needs (paths relative to `models/`). `initialize` reads them,
`to_disk` writes them into the saved pipeline and `from_disk` reads them back, so a pipeline
saved with `nlp.to_disk` runs anywhere without the project's `models/` folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..errors import LexiconError

#: The project's data folder; `NEWSEXTRACT_MODELS` points elsewhere (another convention).
DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[2] / "models"


def models_dir() -> Path:
    return Path(os.environ.get("NEWSEXTRACT_MODELS", DEFAULT_MODELS_DIR))


def read_data_file(path: Path) -> Any:
    """A JSON or JSONL data file, with an error that names the file."""
    if not path.is_file():
        raise LexiconError(f"{path}: data file not found (is NEWSEXTRACT_MODELS right?)")
    try:
        if path.suffix == ".jsonl":
            return list(srsly.read_jsonl(path))
        return srsly.read_json(path)
    except ValueError as e:
        raise LexiconError(f"{path}: not valid JSON: {e}") from e


def write_data_file(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".jsonl":
        srsly.write_jsonl(path, data)
    else:
        srsly.write_json(path, data)


class DataPipe(Pipe):
    """A rule-based stage whose behaviour lives in data files under `models/`."""

    #: Data files, relative to the models folder, e.g. ("lexicons/cues.json",).
    data_files: ClassVar[tuple[str, ...]] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict[str, Any] = {}

    # -- data -----------------------------------------------------------------------------

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        data_dir: str | Path | None = None,
    ) -> None:
        """Read the stage's data files from `data_dir` (default: the project's `models/`)."""
        root = Path(data_dir) if data_dir else models_dir()
        self.data = {name: read_data_file(root / name) for name in self.data_files}
        self._build()

    def _build(self) -> None:
        """Compile matchers and lookup tables from `self.data`; called after every load."""

    def _require_data(self) -> None:
        if not self.data and self.data_files:
            raise LexiconError(
                f"component {self.name!r} has no data: call nlp.initialize() or load a saved "
                "pipeline (pipeline.load() does this for you)"
            )

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        for name, value in self.data.items():
            write_data_file(path / name, value)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> DataPipe:
        path = Path(path)
        self.data = {name: read_data_file(path / name) for name in self.data_files}
        self._build()
        return self

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> DataPipe:
        self.data = srsly.msgpack_loads(data)
        self._build()
        return self

    # -- running --------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        self._require_data()
        found = self.find(doc)
        self.set_annotations(doc, found)
        return doc

    def find(self, doc: Doc) -> Any:  # pragma: no cover - each stage defines it
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: Any) -> None:  # pragma: no cover
        raise NotImplementedError
