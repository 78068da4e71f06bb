"""Reports the contract asks for that the parse hid (round 33).

An organisation whose name holds an infinitive ('The Committee to Protect Journalists', 'the
Coalition to Stop Gun Violence') is the speaker of the cue after it. With a sentence before
it, the parser may read the name as a clause subject of the cue ('Protect' its head): the cue
model then saw a verb with no subject and dropped it (`_name_read_as_clause`). Near forms: a
true clause subject ('To leave now would be ...'), a name read whole as the subject.

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

FIELDS = ("source", "cue", "content")
#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"

NAME_READ_AS_CLAUSE_CASES = [
    (
        "The rebels shelled the port again. The Committee to Protect Journalists reports "
        "nine reporters killed in the region since March.",
        [
            (
                "The Committee to Protect Journalists",
                "reports",
                "nine reporters killed in the region since March",
            )
        ],
    ),
    (
        "Fighting resumed on Friday. The Committee to Protect Journalists said two "
        "photographers were wounded.",
        [
            (
                "The Committee to Protect Journalists",
                "said",
                "two photographers were wounded",
            )
        ],
    ),
    (
        "The Campaign to Stop Killer Robots said the drones were used in the raid.",
        [
            (
                "The Campaign to Stop Killer Robots",
                "said",
                "the drones were used in the raid",
            )
        ],
    ),
    (
        "To leave the city now would be dangerous, the mayor said.",
        [("the mayor", "said", "To leave the city now would be dangerous")],
    ),
    ("To leave the city at night is dangerous.", []),
    (
        "The Committee to Protect Journalists condemned the arrest of the editor.",
        [("The Committee to Protect Journalists", "condemned", "the arrest of the editor")],
    ),
]


TABLES = {
    "NAME_READ_AS_CLAUSE_CASES": NAME_READ_AS_CLAUSE_CASES,
}


def _field_rows(doc) -> list[tuple]:
    return [_fields(doc, a, FIELDS) for a in doc._.news_attributions]


test_reports_hidden_by_the_parse, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _field_rows, PUBLISHED
)
