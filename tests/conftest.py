"""Shared fixtures: one pipeline per test session, the seed article and its gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED_TXT = ROOT / "seeds" / "000_05ed36e4cbe14d22.txt"
SEED_GOLD = ROOT / "tests" / "seed.gold.jsonl"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory) -> Path:
    """The seed article run end to end once, shared by the tests that read its tables."""
    out = tmp_path_factory.mktemp("seed_run")
    pipeline.run([str(SEED_TXT)], out, overwrite=True)
    return out


def process(nlp, text: str, published: str | None = "2023-06-04"):
    """A text through the whole pipeline, with its publication date set first."""
    return nlp(pipeline.make_doc(nlp, text, published))
