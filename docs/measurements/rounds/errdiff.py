"""Error lines gone and new between two scorings of the same sets.

    python errdiff.py BASE_DIR NEW_DIR [SET ...] [--quiet]

BASE_DIR and NEW_DIR hold one folder per set (runsets.sh's OUT); each line of a set's
errors.jsonl is one error, compared whole, so a row whose field changes from one wrong value to
another shows as one fixed and one new line.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def _error_lines(path: Path) -> Counter[str]:
    lines: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip():
                lines[json.dumps(json.loads(raw), sort_keys=True)] += 1
    return lines


def _show(line: str) -> str:
    error = json.loads(line)
    detail = error.get("field") or error.get("gold") or ""
    pred = error.get("pred", "")
    return (
        f"{error.get('family', '')} {error.get('kind', '')} {error.get('article_id', '')} "
        f"{error.get('text', '')!r} {detail} {pred}\n      {(error.get('context') or '')[:220]}"
    )


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    args = [a for a in argv if a != "--quiet"]
    base, new, names = Path(args[0]), Path(args[1]), args[2:]
    if not names:
        # every set scored on either side: a set whose scoring crashed on one side shows as
        # MISSING instead of dropping out of the comparison unseen
        names = sorted(
            {p.name for d in (base, new) for p in d.iterdir() if (p / "errors.jsonl").exists()}
        )
    fixed_all = new_all = missing = 0
    for name in names:
        base_file, new_file = base / name / "errors.jsonl", new / name / "errors.jsonl"
        if not base_file.exists() or not new_file.exists():
            print(f"{name}: MISSING {'base' if not base_file.exists() else 'new'}")
            missing += 1
            continue
        before, after = _error_lines(base_file), _error_lines(new_file)
        fixed, added = before - after, after - before
        fixed_all += sum(fixed.values())
        new_all += sum(added.values())
        if not fixed and not added:
            continue
        print(f"{name}: {sum(fixed.values())} fixed / {sum(added.values())} new")
        if quiet:
            continue
        for line in fixed:
            print("  - " + _show(line))
        for line in added:
            print("  + " + _show(line))
    print(f"ALL: {fixed_all} fixed / {new_all} new" + (f" / {missing} MISSING" if missing else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
