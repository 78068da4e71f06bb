"""The dates stage, thirty-third round: "overnight" under "would".

"Overnight" alone is the night before publication in the past and tonight under "will". Under
"would" it looks ahead from a past moment ("said the road would stay shut overnight") or
supposes ("why someone would shoot a man ... overnight"): the night before publication, as in
the past. Other modals look ahead from now ("could drop overnight"): tonight.

Each case gives the text and (span text, value, kind) of every date; published Sunday
2023-06-04."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2023-06-04"


def _found(doc) -> list[tuple[str, str, str]]:
    return [(doc.text[d["start"] : d["end"]], d["value"], d["kind"]) for d in doc._.news_dates]


#: "overnight" under "would", against the future and the other modals
OVERNIGHT_UNDER_WOULD = [
    (
        "Detectives are trying to learn why anyone would stab a cashier at a store overnight.",
        [("overnight", "2023-06-03", "time")],
    ),
    (
        "Police said the bridge would stay closed overnight.",
        [("overnight", "2023-06-03", "time")],
    ),
    (
        "The mayor said crews would work overnight to clear the debris.",
        [("overnight", "2023-06-03", "time")],
    ),
    (
        "Neighbors wondered who would set fire to the barn overnight.",
        [("overnight", "2023-06-03", "time")],
    ),
    # Near forms: the future from now, another modal, and the past.
    (
        "The bridge will stay closed overnight, police said.",
        [("overnight", "2023-06-04", "time")],
    ),
    (
        "Temperatures could drop sharply overnight.",
        [("overnight", "2023-06-04", "time")],
    ),
    (
        "A cashier was stabbed at a store overnight, police said.",
        [("overnight", "2023-06-03", "time")],
    ),
]

test_rows, test_tables = table_tests(
    {"overnight_under_would": OVERNIGHT_UNDER_WOULD}, _found, PUBLISHED
)
