"""Round 39: how a source that refers back resolves on war reports.

A medium named again ('the statement', 'the post') after an owner spoke through it resolves to
that owner and keeps its channel, also when the channel phrase goes on past the medium's noun
('said in a statement read on state television'): the phrase's own head noun is the medium,
not only its last noun. A relative pronoun on such a source ('according to the statement,
which said') speaks for the same owner.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ_RESOLVED = _field_reader(("cue", "source", "source_resolved", "channel"))

MEDIUM_CASES = [
    (
        "Twelve soldiers were killed in an ambush near the border, the army said in a statement "
        "read on state television on Monday. The attackers came on motorbikes, according to the "
        "statement.",
        [
            ("said", "the army", "the army", "tv_radio"),
            ("according to", "the statement", "the army", "tv_radio"),
        ],
    ),
    (
        "Five police officers were wounded in the blast, the interior ministry said in a "
        "statement broadcast on national radio. The statement said two suspects had been "
        "arrested.",
        [
            ("said", "the interior ministry", "the interior ministry", "tv_radio"),
            ("said", "The statement", "the interior ministry", "tv_radio"),
        ],
    ),
    (
        "Nine miners were trapped underground, the mining company said in a post shared on "
        "Facebook late on Sunday. The post said rescuers had reached a ventilation shaft.",
        [
            ("said", "the mining company", "the mining company", "facebook"),
            ("said", "The post", "the mining company", "facebook"),
        ],
    ),
    (
        "Four workers were killed at the plant, the company said in a statement posted on "
        "Telegram on Sunday. The statement said the fire had been put out.",
        [
            ("said", "the company", "the company", "telegram"),
            ("said", "The statement", "the company", "telegram"),
        ],
    ),
    # another's statement is not the one named before
    (
        "Twelve soldiers were killed in an ambush near the border, the army said in a statement "
        "read on state television on Monday. The attackers came on motorbikes, according to a "
        "statement from the rebels.",
        [
            ("said", "the army", None, "tv_radio"),
            ("according to", "a statement from the rebels", None, "statement"),
        ],
    ),
    # no statement named before: 'the statement' names no medium of the army's
    (
        "Twelve soldiers were killed in an ambush near the border, the army said on state "
        "television on Monday. The attackers came on motorbikes, according to the statement.",
        [
            ("said", "the army", None, "tv_radio"),
            ("according to", "the statement", None, "statement"),
        ],
    ),
]

test_medium_named_again_by_its_head = cases_test(MEDIUM_CASES, READ_RESOLVED, PUBLISHED)


RELATIVE_CASES = [
    (
        "Twelve soldiers were killed in an ambush, the army said in a statement read on state "
        "television. The attackers came on motorbikes, according to the statement, which said "
        "14 soldiers were wounded.",
        [
            ("said", "the army", "the army", "tv_radio"),
            ("according to", "the statement", "the army", "tv_radio"),
            ("said", "which", "the army", "tv_radio"),
        ],
    ),
    (
        "Five police officers were wounded, the interior ministry said in a statement broadcast "
        "on national radio. Two suspects fled, according to the statement, which said both were "
        "armed.",
        [
            ("said", "the interior ministry", "the interior ministry", "tv_radio"),
            ("according to", "the statement", "the interior ministry", "tv_radio"),
            ("said", "which", "the interior ministry", "tv_radio"),
        ],
    ),
    (
        "Nine miners were trapped, the mining company said in a post shared on Facebook. "
        "Rescuers reached a shaft, according to the post, which said air was being pumped in.",
        [
            ("said", "the mining company", "the mining company", "facebook"),
            ("according to", "the post", "the mining company", "facebook"),
            ("said", "which", "the mining company", "facebook"),
        ],
    ),
    (
        "Four workers were killed, the company said in a statement posted on Telegram. The fire "
        "spread fast, according to the statement, which said the plant had been evacuated.",
        [
            ("said", "the company", "the company", "telegram"),
            ("according to", "the statement", "the company", "telegram"),
            ("said", "which", "the company", "telegram"),
        ],
    ),
    # a nominal written once keeps null; its relative pronoun takes the nominal's words
    (
        "Two guards were hurt in the attack, according to the Palestinian health ministry in "
        "Ramallah, which said the men were in stable condition.",
        [
            ("according to", "the Palestinian health ministry in Ramallah", None, None),
            ("said", "which", "the Palestinian health ministry in Ramallah", None),
        ],
    ),
    (
        "Two guards were hurt in the attack, according to police, who said the men were in "
        "stable condition.",
        [("according to", "police", None, None), ("said", "who", "police", None)],
    ),
]

test_relative_pronoun_of_a_resolved_source = cases_test(RELATIVE_CASES, READ_RESOLVED, PUBLISHED)
