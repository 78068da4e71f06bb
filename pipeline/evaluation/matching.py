"""One-to-one greedy span matching, as the contract scores records.

Pairs are formed largest overlap first, an identical span always winning; each gold and each
predicted record takes part in at most one pair. Strict matching pairs identical spans only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Span = tuple[int, int]

#: Characters trimmed from both ends of attribution spans before strict comparison.
TRIM = " \t\r\n\"'“”‘’«»„‚.,;:!?()[]—–-…"


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy_match(
    gold: Sequence[Any],
    pred: Sequence[Any],
    spans: Callable[[Any], Sequence[Span | None]],
    *,
    strict: bool = False,
    compatible: Callable[[Any, Any], bool] | None = None,
) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs.

    `spans(record)` gives the spans that must all match for two records to pair (one span for
    most keys; cue and content for a whole attribution); a None span in gold must be None in
    the prediction too. The pair's weight is the summed overlap of its spans.
    """
    candidates: list[tuple[int, int, int, int]] = []
    pred_spans = [spans(p) for p in pred]
    for gi, g in enumerate(gold):
        g_spans = spans(g)
        for pi, p in enumerate(pred):
            if compatible is not None and not compatible(g, p):
                continue
            total, identical, ok = 0, True, True
            for gs, ps in zip(g_spans, pred_spans[pi], strict=True):
                if (gs is None) != (ps is None):
                    ok = False
                    break
                if gs is None or ps is None:
                    continue  # a role both leave empty (the cue of a floating quote)
                size = overlap(gs, ps)
                if size == 0 and gs != ps:
                    ok = False
                    break
                identical &= gs == ps
                total += size
            if not ok or (strict and not identical):
                continue
            candidates.append((0 if identical else 1, -total, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def trim_span(
    text: str, start: int | None, end: int | None, *, content: bool = False
) -> Span | None:
    """A span without surrounding whitespace, quote marks and punctuation, and (for content)
    without a leading "that": the contract's normalisation for strict attribution scores."""
    if start is None or end is None:
        return None
    while True:
        before = (start, end)
        while start < end and text[start] in TRIM:
            start += 1
        while end > start and text[end - 1] in TRIM:
            end -= 1
        if content and text[start : start + 5].lower() == "that ":
            start += 5
        if (start, end) == before:
            return start, end
