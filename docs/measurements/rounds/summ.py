"""Pooled scores of named sets: casualty mention F1 / (qualifier, value) / totals / killed /
detained · attribution F1 / channel / resolved (the columns of the README's eval table).

    python summ.py DIR [SET ...]

Each SET is a folder of DIR (runsets.sh's OUT); without names, each folder is one line. A name
joined with '+' pools several folders into one line ("gva_g3+gva_g6").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _articles(folder: Path) -> list[dict]:
    return list(json.loads((folder / "metrics.json").read_text(encoding="utf-8")).values())


def _f1(parts: list[dict]) -> str:
    tp = sum(p["tp"] for p in parts)
    fp = sum(p["fp"] for p in parts)
    fn = sum(p["fn"] for p in parts)
    if not tp:
        return "-" if not (fp or fn) else "0.0"
    return f"{200 * tp / (2 * tp + fp + fn):.1f}"


def _acc(parts: list[dict]) -> str:
    total = sum(p["total"] for p in parts)
    correct = sum(p["correct"] for p in parts)
    return f"{100 * correct / total:.1f}" if total else "-"


def pooled(folders: list[Path]) -> str:
    articles = [a for folder in folders for a in _articles(folder)]
    casualties = [a["casualties"] for a in articles if "casualties" in a]
    attributions = [a["attributions"] for a in articles if "attributions" in a]
    cells = []
    if casualties:
        cells.append(
            " / ".join(
                [
                    _f1([c["mention"] for c in casualties]),
                    _acc([c["qualifier_value_accuracy"] for c in casualties]),
                    _acc([c["totals_accuracy"] for c in casualties]),
                    _acc([c["article_counts"]["killed"] for c in casualties]),
                    _acc([c["article_counts"]["detained"] for c in casualties]),
                ]
            )
        )
    if attributions:
        cells.append(
            " / ".join(
                [
                    _f1([a["attribution"]["overlap"] for a in attributions]),
                    _acc([a["channel_accuracy"] for a in attributions]),
                    _acc([a["source_resolved_accuracy"] for a in attributions]),
                ]
            )
        )
    return " · ".join(cells)


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    names = argv[1:] or sorted(p.name for p in root.iterdir() if (p / "metrics.json").exists())
    for name in names:
        folders = [root / part for part in name.split("+")]
        missing = [f.name for f in folders if not (f / "metrics.json").exists()]
        print(f"{name:28} MISSING {missing}" if missing else f"{name:28} {pooled(folders)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
