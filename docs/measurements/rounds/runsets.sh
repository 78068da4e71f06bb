#!/usr/bin/env bash
# Scores a checkout's code on named sets: runsets.sh REPO OUT SET... (or FIT / GATE for the lists
# in sets.sh). Each set's report goes to OUT/<set>/ (metrics.json, errors.jsonl); parses are
# cached in $CACHE, which is keyed by text and model, so checkouts can share it. JOINED, CACHE and
# PY may be set in the environment; by default they live in this checkout (outputs/rounds/, .venv).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/sets.sh"
REPO=$(cd "$1" && pwd); OUT=$2; shift 2
PY=${PY:-$(cd "$HERE/../../.." && pwd)/.venv/bin/python}
CACHE=${CACHE:-$(cd "$HERE/../../.." && pwd)/outputs/rounds/cache}
mkdir -p "$OUT"
names=()
for a in "$@"; do
  case $a in FIT) names+=($FIT) ;; GATE) names+=($GATE) ;; *) names+=("$a") ;; esac
done
for name in "${names[@]}"; do
  spec=${SET[$name]:?unknown set $name}
  only=${spec%%|*}; files=${spec#*|}
  (cd "$REPO" && PYTHONPATH="$REPO" $PY -m pipeline.cli evaluate $files --only "$only" \
    --out "$OUT/$name" --cache "$CACHE" >"$OUT/$name.log" 2>&1) || echo "FAILED $name (see $OUT/$name.log)"
done
