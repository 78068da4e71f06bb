"""Channels and resolved sources of reports whose source is a message or a medium.

Reports described by a participle ('with reports saying ...'): the participle's host is the
source itself, and a source gives a channel only when it is a message of a kind
(`channel_sources`: 'a statement saying', 'a tweet saying'); reports, as in 'Reports said',
name no medium. Where the participle hangs on a message that someone else delivered ('The
army issued a statement saying') the message is still the channel.

Each case gives the text and, for every row in order, (source, cue, channel).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"

REPORTS_SAYING_CASES = [
    (
        "Divers will search the wreck today, with new reports saying sonar will be used first.",
        [("new reports", "saying", None)],
    ),
    (
        "The toll rose again by Friday, with reports stating 40 people had died.",
        [("reports", "stating", None)],
    ),
    (
        "The river kept rising, with local reports suggesting two villages were cut off.",
        [("local reports", "suggesting", None)],
    ),
    (
        "The toll rose again by Friday, with a report saying 40 people had died.",
        [("a report", "saying", None)],
    ),
    (
        "The toll rose again by Friday, with a statement saying 40 people had died.",
        [("a statement", "saying", "statement")],
    ),
    (
        "The navy issued a statement saying two sailors were missing.",
        [("The navy", "saying", "statement")],
    ),
    (
        "The toll rose again by Friday, with a tweet saying 40 people had died.",
        [("a tweet", "saying", "x_twitter")],
    ),
]

TABLES = {
    "REPORTS_SAYING_CASES": REPORTS_SAYING_CASES,
}


def _channel_rows(doc) -> list[tuple]:
    return [_fields(doc, a, ("source", "cue", "channel")) for a in doc._.news_attributions]


test_channels_of_message_sources, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _channel_rows, PUBLISHED
)
