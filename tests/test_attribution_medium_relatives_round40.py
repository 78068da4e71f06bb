"""Round 40: a relative clause on the medium of a channel phrase.

'X said in a statement posted on Telegram, which said ...': the relative pronoun's head is the
medium of X's channel phrase, so the medium speaks for its owner X (ANNOTATION: a medium owned
by someone resolves to the owner, with the medium's channel), and the clause set off by its
comma is a report of its own, no part of the channel phrase. Near forms: a relative clause on
a body that speaks for itself, and a channel phrase with no clause after it.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ = _field_reader(("cue", "source", "resolved", "channel", "channel_text"))

MEDIUM_RELATIVE_CASES = [
    (
        "Two people were killed, the Israeli military said in a statement posted on Telegram, "
        "which said the strike targeted militants.",
        [
            ("said", "the Israeli military", None, "telegram", "in a statement posted on Telegram"),
            ("said", "which", "israeli military", "telegram", None),
        ],
    ),
    (
        "Three soldiers died, the army said in a statement read on state television, which "
        "blamed the rebels.",
        [
            ("said", "the army", None, "tv_radio", "in a statement read on state television"),
            ("blamed", "which", "army", "tv_radio", None),
        ],
    ),
    (
        "Four workers were hurt in the blast, the company said in a post on Facebook, which "
        "said the plant would stay closed.",
        [
            ("said", "the company", None, "facebook", "in a post on Facebook"),
            ("said", "which", "company", "facebook", None),
        ],
    ),
    (
        "Nine fighters were killed overnight, the militia said in a statement on Telegram, which "
        "said its forces had repelled the attack.",
        [
            ("said", "the militia", None, "telegram", "in a statement on Telegram"),
            ("said", "which", "militia", "telegram", None),
        ],
    ),
    # the clause hangs on a body, not on a medium: the body speaks, in no channel
    (
        "Two people were killed, according to the health ministry in Ramallah, which said the "
        "strike hit a school.",
        [
            ("according to", "the health ministry in Ramallah", None, None, None),
            ("said", "which", "health ministry in ramallah", None, None),
        ],
    ),
    # no clause after the medium: the channel phrase is as before
    (
        "Two people were killed, the Israeli military said in a statement posted on Telegram. "
        "It said the strike targeted militants.",
        [
            (
                "said",
                "the Israeli military",
                "israeli military",
                "telegram",
                "in a statement posted on Telegram",
            ),
            ("said", "It", "israeli military", "telegram", None),
        ],
    ),
]

test_medium_relative_speaks_for_owner = cases_test(MEDIUM_RELATIVE_CASES, READ, PUBLISHED)
