"""Fast re-scoring while rules change: the model's parse of a gold set, stored once.

The spaCy model (tagger, parser, NER) costs nearly all of a run; the news_ stages cost little.
`cached_predictions` parses a gold set's texts with the model's own components once, keeps them
as a DocBin in the cache folder (keyed by model and texts), and on every later call only runs
the news_ stages over the stored parses. The rows are made by the same `records.doc_rows` as a
real run, so the scores are the same as without the cache (a test checks it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import inspect
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..extract.entities import CONTRACT_LABELS
from ..io.gold import GoldSet
from ..io.inputs import Article
from ..nlp import load, stage_config
from ..records import doc_rows

Predictions = dict[str, dict[str, list[dict[str, Any]]]]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _key(
    model: str,
    gold: GoldSet,
    base: list[str],
    special_cases: list[str],
    rules: Sequence[str] = (),
) -> str:
    # The components that make the stored parse are part of the key: adding one (a sentence
    # rule before the parser) must not reuse parses made without it, nor may a changed list of
    # the tokenizer's special cases (a title such as "Sgt." kept whole), nor a changed rule or
    # data file of such a component.
    digest = hashlib.sha1(model.encode())
    digest.update(" ".join(base).encode())
    digest.update("\0".join(special_cases).encode())
    for rule in rules:
        digest.update(rule.encode())
        digest.update(b"\0")
    for doc in gold.docs:
        digest.update(doc.article_id.encode())
        digest.update(b"\0")
        digest.update(doc.text.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def cached_predictions(
    gold: GoldSet, model: str, cache_dir: Path, batch_size: int = 32, n_process: int = 1
) -> Predictions:
    nlp = load(model)
    # The stages of the configuration, not every data-reading component: those set before the
    # parser (`news_abbreviations`) make the parse, so they run when it is stored.
    stage_names = set(stage_config()["newsextract"]["stages"])
    stages = [name for name in nlp.pipe_names if name in stage_names]
    base = [name for name in nlp.pipe_names if name not in stages]
    cache_dir.mkdir(parents=True, exist_ok=True)
    special_cases = sorted(nlp.tokenizer.rules or {})
    rules = _parse_rules(nlp, base)
    path = cache_dir / f"{gold.name}-{_key(model, gold, base, special_cases, rules)}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(enable=base):
            docs = list(
                nlp.pipe((d.text for d in gold.docs), batch_size=batch_size, n_process=n_process)
            )
        # Written aside and renamed: two evaluations sharing a cache never read half a file.
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        DocBin(docs=docs, store_user_data=False).to_disk(temporary)
        os.replace(temporary, path)
    predictions: Predictions = {}
    for doc, gold_doc in zip(docs, gold.docs, strict=True):
        doc._.published = gold_doc.published
        bare = bare_entities(doc)
        for name in stages:
            doc = nlp.get_pipe(name)(doc)
        article = Article(
            gold_doc.article_id,
            gold_doc.source,
            gold_doc.title,
            gold_doc.published,
            "metadata" if gold_doc.published else "none",
            gold_doc.text,
            "ok",
        )
        rows = doc_rows(article, [(doc, 0)])
        predictions[gold_doc.article_id] = {
            table: [{k: _plain(v) for k, v in dataclasses.asdict(row).items()} for row in items]
            for table, items in rows.items()
            if table != "articles"
        }
        predictions[gold_doc.article_id][BARE_TABLE] = bare
    return predictions


def _parse_rules(nlp: Language, base: list[str]) -> list[str]:
    """The code and data of the project's components that run before the parser."""
    rules = []
    for name in base:
        pipe = nlp.get_pipe(name)
        module = inspect.getmodule(type(pipe))
        if module is None or not module.__name__.startswith(_COMPONENTS):
            continue
        rules.append(inspect.getsource(module))
        rules.append(json.dumps(getattr(pipe, "data", {}), sort_keys=True, default=str))
    return rules


_COMPONENTS = __name__.rsplit(".", 2)[0] + ".components"


#: The base model's own entities, scored beside the stage's (see `evaluate.score_set`).
BARE_TABLE = "entities_bare_model"


def bare_entities(doc: Doc) -> list[dict[str, Any]]:
    """`doc.ents` with the contract's labels, as entity rows (no clusters, no places)."""
    return [
        {
            "entity_id": f"B{i + 1}",
            "text": ent.text,
            "label": ent.label_,
            "start": ent.start_char,
            "end": ent.end_char,
            "cluster_id": f"B{i + 1}",
        }
        for i, ent in enumerate(e for e in doc.ents if e.label_ in CONTRACT_LABELS)
    ]


def add_bare_entities(
    gold: GoldSet, predictions: Predictions, model: str, batch_size: int = 32
) -> None:
    """Add the base model's entities to predictions read from a run (no cache): the texts go
    once more through the model's recognizer alone, which is cheap beside the full run."""
    nlp = spacy.load(model)
    keep = [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]
    with nlp.select_pipes(enable=keep):
        docs = nlp.pipe((d.text for d in gold.docs), batch_size=batch_size)
        for doc, gold_doc in zip(docs, gold.docs, strict=True):
            predictions.setdefault(gold_doc.article_id, {})[BARE_TABLE] = bare_entities(doc)
