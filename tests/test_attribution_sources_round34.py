"""Channels and resolved sources of reports whose source is a message or a medium.

Reports described by a participle ('with reports saying ...'): the participle's host is the
source itself, and a source gives a channel only when it is a message of a kind
(`channel_sources`: 'a statement saying', 'a tweet saying'); reports, as in 'Reports said',
name no medium. Where the participle hangs on a message that someone else delivered ('The
army issued a statement saying') the message is still the channel.

A message or medium source that a possessive or a 'by' phrase gives an owner ('its website
notes ...', 'One post by him read ...', "the mayor's statement said ...") resolves to that owner,
as 'a report from the government' does: a pronoun owner as a pronoun source would, a name to
its canonical. Near forms: a message with no owner phrase ('A statement said'), a possessor
that is no name ("the ministry's statement") and a message owned by itself ('A statement by
it').

A news site known by name ('Business Insider reported', `media_sources`) is a source that is
itself a medium, the channel 'other', as HuffPost and Axios are; near forms: an agency
(no channel), a newspaper and a broadcaster.

Two groups sharing a head noun, the first a name ('Red Cross and ambulance officials said'): a
joined source, which the contract resolves to its first named part. Near forms: no name before
'and' ('Israeli and Palestinian officials'), the name alone before the head ('Red Cross
officials', a nominal the article names nowhere else).

'The latter' or 'the former' with a time after it ('with the latter yesterday confirming on
Twitter ...'), which the parser made a modifier of the time, still names the last or the first of
the pair before it; near forms: the same without the time, and one group named before it (no
pair).

Each case gives the text and, for every row in order, (source, cue, channel) or (source, cue,
source_resolved).
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

MESSAGE_OWNER_CASES = [
    (
        "The Coast Guard suspended the search on Sunday. Its website says two boats are still "
        "missing.",
        [("Its website", "says", "coast guard")],
    ),
    (
        "Governor Ana Ruiz toured the flooded town. Her statement said 300 homes were damaged.",
        [("Her statement", "said", "ana ruiz")],
    ),
    (
        "Governor Ana Ruiz toured the flooded town. Ruiz's statement said 300 homes were damaged.",
        [("Ruiz's statement", "said", "ana ruiz")],
    ),
    (
        "The gunman was Karl Weber, a former soldier. He wrote often on extremist forums. One "
        'post by him read, "The city will burn."',
        [("One post by him", "read", "karl weber")],
    ),
    (
        "The National Weather Service closed its office; however, its website notes that "
        "warnings are still being issued.",
        [("its website", "notes", "national weather service")],
    ),
    # near forms: no owner phrase, an owner that is no name, a message owned by itself
    ("A statement said 300 homes were damaged.", [("A statement", "said", None)]),
    (
        "The ministry's statement said 300 homes were damaged.",
        [("The ministry's statement", "said", None)],
    ),
    (
        "The army denied the claim. A statement by it said no civilians were hurt.",
        [("The army", "denied", None), ("A statement by it", "said", None)],
    ),
]

SHARED_HEAD_CASES = [
    (
        "Nine people died in the fire, Red Cross and hospital officials said.",
        [("Red Cross and hospital officials", "said", "red cross")],
    ),
    (
        "Nine people died in the fire, Amnesty International and local rights workers said.",
        [("Amnesty International and local rights workers", "said", "amnesty international")],
    ),
    (
        "Nine people died in the fire, the Red Crescent and ambulance workers said.",
        [("the Red Crescent and ambulance workers", "said", "red crescent")],
    ),
    (
        "Nine people died in the fire, UNICEF and aid officials said.",
        [("UNICEF and aid officials", "said", "unicef")],
    ),
    # near forms: no name before 'and', no 'and'
    (
        "Nine people died in the fire, Israeli and Palestinian officials said.",
        [("Israeli and Palestinian officials", "said", None)],
    ),
    (
        "Nine people died in the fire, local and federal officials said.",
        [("local and federal officials", "said", None)],
    ),
]

NAMED_OUTLET_CASES = [
    (
        "Business Insider reported that the plant had closed.",
        [("Business Insider", "reported", "other")],
    ),
    (
        "According to Business Insider, the plant had closed.",
        [("Business Insider", "According to", "other")],
    ),
    (
        "The plant had closed, Business Insider said.",
        [("Business Insider", "said", "other")],
    ),
    # near forms: an agency, a newspaper, a broadcaster
    ("Reuters reported that the plant had closed.", [("Reuters", "reported", None)]),
    (
        "The Washington Post reported that the plant had closed.",
        [("The Washington Post", "reported", "newspaper")],
    ),
    ("CNN reported that the plant had closed.", [("CNN", "reported", "tv_radio")]),
]

TABLES = {
    "REPORTS_SAYING_CASES": REPORTS_SAYING_CASES,
    "NAMED_OUTLET_CASES": NAMED_OUTLET_CASES,
}

ORDINAL_BEFORE_TIME_CASES = [
    (
        "The flood was studied by the Met Office and the Environment Agency, with the latter "
        "yesterday warning on Twitter that rivers would rise again.",
        [("the latter", "warning", "environment agency")],
    ),
    (
        "The talks involved the World Bank and the International Monetary Fund, with the latter "
        "yesterday saying in a statement that the loan was approved.",
        [("the latter", "saying", "international monetary fund")],
    ),
    (
        "The talks involved the World Bank and the International Monetary Fund, with the former "
        "yesterday saying in a statement that the loan was approved.",
        [("the former", "saying", "world bank")],
    ),
    (
        "The rescue was led by the Coast Guard and the Navy, with the latter yesterday saying on "
        "Twitter that two sailors were missing.",
        [("the latter", "saying", "navy")],
    ),
    # near forms: no time, no pair named before
    (
        "The inquiry is run by the Met Office and the Environment Agency. The latter said rivers "
        "would rise again.",
        [("The latter", "said", "environment agency")],
    ),
    (
        "The flood was studied by experts, with the latter yesterday warning on Twitter that "
        "rivers would rise again.",
        [("the latter", "warning", None)],
    ),
]

OWNER_TABLES = {
    "MESSAGE_OWNER_CASES": MESSAGE_OWNER_CASES,
    "SHARED_HEAD_CASES": SHARED_HEAD_CASES,
    "ORDINAL_BEFORE_TIME_CASES": ORDINAL_BEFORE_TIME_CASES,
}


def _channel_rows(doc) -> list[tuple]:
    return [_fields(doc, a, ("source", "cue", "channel")) for a in doc._.news_attributions]


def _resolved_rows(doc) -> list[tuple]:
    return [_fields(doc, a, ("source", "cue", "resolved")) for a in doc._.news_attributions]


test_channels_of_message_sources, test_each_channel_table_has_near_forms = table_tests(
    TABLES, _channel_rows, PUBLISHED
)
test_owners_of_message_sources, test_each_owner_table_has_near_forms = table_tests(
    OWNER_TABLES, _resolved_rows, PUBLISHED
)
