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


# A body noun set apart by words of its kind ('the city council', 'the regional
# administration', 'the health ministry') is named again when the article writes the same
# words again, before or after the source, whether that mention speaks or not: its own words
# are then its resolution. Other words ('the regional council', "Lebanon's health ministry")
# write another body, and the nominal named once stays null.
READ_SOURCES = _field_reader(("cue", "source", "source_resolved"))

SAME_WORDS_CASES = [
    (
        "Two people were killed in the shelling, the city council said. Olena Bondar, the "
        "secretary of the city council, said the school was damaged.",
        [
            ("said", "the city council", "the city council"),
            ("said", "Olena Bondar, the secretary of the city council", "Olena Bondar"),
        ],
    ),
    (
        "According to the regional administration, 40 homes were destroyed. The governor spoke "
        "outside the regional administration on Monday.",
        [("According to", "the regional administration", "the regional administration")],
    ),
    (
        "Nine soldiers were wounded, the defence ministry said on Sunday. Officials at the "
        "defence ministry declined to give details.",
        [("said", "the defence ministry", "the defence ministry")],
    ),
    (
        "The governor met rescuers outside the regional administration. Eleven people were "
        "hurt, the regional administration said.",
        [("said", "the regional administration", "the regional administration")],
    ),
    # another council
    (
        "Two people were killed in the shelling, the city council said. Olena Bondar, the head "
        "of the regional council, said the school was damaged.",
        [
            ("said", "the city council", None),
            ("said", "Olena Bondar, the head of the regional council", "Olena Bondar"),
        ],
    ),
    # another ministry, set apart by its country
    (
        "Three civilians died overnight, the health ministry said. Lebanon's health ministry "
        "said two people were hurt in a separate strike.",
        [("said", "the health ministry", None), ("said", "Lebanon's health ministry", None)],
    ),
]

test_body_written_again_with_its_words = cases_test(SAME_WORDS_CASES, READ_SOURCES, PUBLISHED)


# A nominal set apart by words of its kind refers back to an earlier source written with its
# very words, not to a nearer source of its noun set apart by other words: 'the health
# ministry said ... Lebanon's health ministry said ... the health ministry says' is the first
# ministry again. A bare 'The ministry' still takes the nearest ministry, and a source written
# like the nearer one takes that one.
WRITTEN_ALIKE_CASES = [
    (
        "Three civilians died in Gaza, the health ministry said. In Lebanon, Lebanon's health "
        "ministry said a man was killed. In Gaza, the health ministry says 50,000 people have "
        "been killed since the war began.",
        [
            ("said", "the health ministry", "the health ministry"),
            ("said", "Lebanon's health ministry", None),
            ("says", "the health ministry", "the health ministry"),
        ],
    ),
    (
        "Four people died in Gaza, the interior ministry said. The Lebanese interior ministry "
        "said a guard was wounded. The interior ministry later said two more people had died in "
        "Gaza.",
        [
            ("said", "the interior ministry", "the interior ministry"),
            ("said", "The Lebanese interior ministry", None),
            ("said", "The interior ministry", "the interior ministry"),
        ],
    ),
    (
        "Two soldiers were killed near the border, the defence ministry said. Israel's defence "
        "ministry said its jets had struck a depot. The defence ministry added that a third "
        "soldier was missing.",
        [
            ("said", "the defence ministry", "the defence ministry"),
            ("said", "Israel's defence ministry", None),
            ("added", "The defence ministry", "the defence ministry"),
        ],
    ),
    (
        "Five miners were trapped, the regional administration said. Russia's regional "
        "administration in Kursk said a border post was shelled. The regional administration "
        "later said the miners had been reached.",
        [
            ("said", "the regional administration", "the regional administration"),
            ("said", "Russia's regional administration in Kursk", None),
            ("said", "The regional administration", "the regional administration"),
        ],
    ),
    # a bare noun refers back to the nearest ministry
    (
        "Three civilians died in Gaza, the health ministry said. Lebanon's health ministry said "
        "a man was killed. The ministry says 50,000 people have been killed since the war began.",
        [
            ("said", "the health ministry", "the health ministry"),
            ("said", "Lebanon's health ministry", "Lebanon's health ministry"),
            ("says", "The ministry", "Lebanon's health ministry"),
        ],
    ),
    # written like the nearer source: that one
    (
        "Three civilians died in Lebanon, Lebanon's health ministry said. A doctor was wounded, "
        "Lebanon's health ministry said later.",
        [
            ("said", "Lebanon's health ministry", "Lebanon's health ministry"),
            ("said", "Lebanon's health ministry", "Lebanon's health ministry"),
        ],
    ),
]

test_source_written_alike_before = cases_test(WRITTEN_ALIKE_CASES, READ_SOURCES, PUBLISHED)
