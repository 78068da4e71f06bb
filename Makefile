# newsextract: `make run` then `make test` is the whole set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
N_PROCESS ?= 2

.PHONY: install run test lint eval bench clean train-attributions

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
	$(BIN)/ruff check pipeline tests bench models docs

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) outputs/run outputs/eval .pytest_cache .ruff_cache

# Scores on our own gold, on the development sets in ../shared/data, on the stand-off mention gold
# of docs/measurements/gva_mentions/ and tbaq_mentions/ and on the held-out halves of
# docs/measurements/heldout/; one report per set under outputs/eval/<set>/ (metrics.json,
# errors.jsonl, report.html).
EVAL := $(BIN)/newsextract evaluate --n-process $(N_PROCESS)
eval: install
	$(EVAL) $(SHARED)/spec/seed.gold.jsonl --out outputs/eval/seed
	$(EVAL) corpus/gold --out outputs/eval/corpus
	$(EVAL) $(SHARED)/data/timebank --out outputs/eval/timebank --only dates
	$(EVAL) $(SHARED)/data/meantime/intra-doc_annotation --out outputs/eval/meantime
	$(EVAL) $(SHARED)/data/polnear/dev --out outputs/eval/polnear --only attributions
	$(BIN)/python docs/measurements/speech_cue_recall.py $(SHARED)/data/polnear/dev outputs/eval/polnear
	$(EVAL) $(SHARED)/data/conll2003/conllpp_dev.txt --out outputs/eval/conll --only entities
	$(EVAL) $(SHARED)/data/gum_news --out outputs/eval/gum --only entities
	$(EVAL) $(SHARED)/data/gva/gva_dev.jsonl --out outputs/eval/gva --only counts
	for batch in g1 g2 g3 g4 g5 g6 g7 g8 g9 g10 g11 g12 g13 g14 g15 g16 g17 g18 g19 g20 g21 g22; do \
	  $(BIN)/python docs/measurements/gva_mentions/gold.py join $(SHARED)/data/gva/gva_dev.jsonl \
	    docs/measurements/gva_mentions/gva_$$batch.jsonl outputs/gva_mentions/gva_$$batch.jsonl && \
	  $(EVAL) outputs/gva_mentions/gva_$$batch.jsonl --out outputs/eval/gva_mentions_$$batch \
	    --only casualties,attributions || exit 1; \
	done
	for batch in t1 t2 t3 t4 t5; do \
	  $(BIN)/python docs/measurements/gva_mentions/gold.py join $(SHARED)/data/timebank \
	    docs/measurements/tbaq_mentions/tbaq_$$batch.jsonl outputs/tbaq_mentions/tbaq_$$batch.jsonl && \
	  $(EVAL) outputs/tbaq_mentions/tbaq_$$batch.jsonl --out outputs/eval/tbaq_mentions_$$batch \
	    --only casualties,attributions || exit 1; \
	done
	$(EVAL) docs/measurements/heldout/twins_casualties_B.jsonl --out outputs/eval/heldout_twins_casualties --only casualties
	$(EVAL) docs/measurements/heldout/twins_attributions_B.jsonl --out outputs/eval/heldout_twins_attributions --only attributions
	$(EVAL) docs/measurements/heldout/articles_B.jsonl --out outputs/eval/heldout_articles_B
	$(EVAL) docs/measurements/heldout/articles_D.jsonl --out outputs/eval/heldout_articles_D
	$(EVAL) docs/measurements/heldout/articles_F.jsonl --out outputs/eval/heldout_articles_F
	$(EVAL) docs/measurements/heldout/articles_H.jsonl --out outputs/eval/heldout_articles_H
	$(EVAL) docs/measurements/heldout/articles_J.jsonl --out outputs/eval/heldout_articles_J
	$(EVAL) docs/measurements/heldout/articles_K.jsonl --out outputs/eval/heldout_articles_K
	$(EVAL) docs/measurements/heldout/articles_L.jsonl --out outputs/eval/heldout_articles_L
	$(EVAL) docs/measurements/heldout/articles_M.jsonl --out outputs/eval/heldout_articles_M
	$(EVAL) docs/measurements/heldout/articles_N.jsonl --out outputs/eval/heldout_articles_N
	$(EVAL) docs/measurements/heldout/articles_P.jsonl --out outputs/eval/heldout_articles_P
	$(EVAL) docs/measurements/heldout/articles_R.jsonl --out outputs/eval/heldout_articles_R

# Speed and memory against plain spaCy on the same 500 articles, in one run (about 20 minutes
# on 2 cores); writes bench/results.json and bench/results.md.
bench: install
	$(BIN)/python bench/bench.py --source $(SHARED)/data/gva/gva_dev.jsonl

# Retrain the attribution cue classifier on PolNeAR train (not part of make test): parses train
# once into outputs/cache/ (about 8 minutes), then fits in about 40 seconds (5 folds).
train-attributions: install
	$(BIN)/python models/attributions/train_cue_model.py $(SHARED)/data/polnear/train
