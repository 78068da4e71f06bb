#!/usr/bin/env bash
# Joins the stand-off GVA and TBAQ mention gold to its source texts once, into $JOINED.
# Usage (from the checkout): docs/measurements/rounds/prepare.sh [SHARED]
set -euo pipefail
SHARED=${1:-../shared}
JOINED=${JOINED:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/outputs/rounds/joined}
PY=${PY:-.venv/bin/python}
mkdir -p "$JOINED"
for n in $(seq 1 22); do
  $PY docs/measurements/gva_mentions/gold.py join "$SHARED/data/gva/gva_dev.jsonl" \
    "docs/measurements/gva_mentions/gva_g$n.jsonl" "$JOINED/gva_g$n.jsonl"
done
for n in 1 2 3 4 5; do
  $PY docs/measurements/gva_mentions/gold.py join "$SHARED/data/timebank" \
    "docs/measurements/tbaq_mentions/tbaq_t$n.jsonl" "$JOINED/tb_t$n.jsonl"
done
