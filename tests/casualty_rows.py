"""Row projections the casualty tables compare: each keeps the columns its tables are about, in
text order, so a table states only what its rule decides."""

from __future__ import annotations


def scoped_rows(doc) -> list[tuple[str, str, str, bool]]:
    """(type, count text, time_scope, counts_toward_total) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["time_scope"],
            c["counts_toward_total"],
        )
        for c in doc._.news_casualties
    ]


def dated_rows(doc) -> list[tuple[str, str, str | None]]:
    """(type, count text, event_date) of every row, in text order."""
    return [
        (c["type"], doc.text[c["count_start"] : c["count_end"]], c["event_date"])
        for c in doc._.news_casualties
    ]
