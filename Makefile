# newsextract: `make run` then `make test` is the whole set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
N_PROCESS ?= 2

.PHONY: install run test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/newsextract run seeds/ corpus/ --out outputs/run --overwrite --n-process $(N_PROCESS)
	@echo "Tables are in outputs/run/<table>/ (manifest: outputs/run/manifest.json). Read one:"
	@echo "  $(BIN)/python -c \"import pandas as pd; print(pd.read_parquet('outputs/run/casualties')[['article_id', 'type', 'qualifier', 'value', 'count_text']])\""

lint: install
	$(BIN)/ruff check pipeline tests bench models

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) outputs/run outputs/eval .pytest_cache .ruff_cache
