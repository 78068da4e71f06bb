"""CPU seconds of two checkouts of this project on the same texts, alternated in fresh processes.

`make bench` compares newsextract with plain spaCy; across runs its ratio moves with the
machine. This asks the narrower question of what a change costs: each round runs every
checkout once, in its own process, on the same GVA texts through `nlp.pipe`, and prints the
process time of the pipe alone (no start-up, no reading, no writing).

    python bench/checkouts.py OLD_CHECKOUT NEW_CHECKOUT [--rounds 3] [--articles 292]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "../shared/data/gva/gva_dev.jsonl"

_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import pipeline
rows = [json.loads(line) for line in open(sys.argv[2])][: int(sys.argv[3])]
nlp = pipeline.load()
docs = [pipeline.make_doc(nlp, row["content"], row["dct"]) for row in rows]
start = time.process_time()
for _ in nlp.pipe(docs, batch_size=32):
    pass
print(json.dumps(time.process_time() - start))
"""


def pipe_seconds(checkout: str, source: Path, articles: int) -> float:
    # A fresh interpreter per run, with the checkout first on the path and no project on
    # PYTHONPATH, so each run imports only its own code.
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, checkout, str(source), str(articles)],
        check=True,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        cwd="/",
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs=2, help="two project checkouts (old, new)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=292)
    parser.add_argument("--source", type=Path, default=SOURCE, help="GVA-style JSONL")
    args = parser.parse_args()
    times: dict[str, list[float]] = {c: [] for c in args.checkouts}
    for round_number in range(1, args.rounds + 1):
        for checkout in args.checkouts:
            seconds = pipe_seconds(checkout, args.source, args.articles)
            times[checkout].append(seconds)
            print(f"round {round_number}: {checkout} {seconds:.2f} s", flush=True)
    old, new = (sorted(times[c])[len(times[c]) // 2] for c in args.checkouts)
    print(f"median: old {old:.2f} s, new {new:.2f} s, new/old {new / old:.3f}")


if __name__ == "__main__":
    main()
