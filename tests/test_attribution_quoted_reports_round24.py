"""Two constructions of hearsay the cue model turns down.

A third person's report told inside a quotation ('"Local leaders called for calm," the mayor
said', '"She's saying that the convoy never reached the town," her lawyer said') is the
quoted speaker's nested attribution: a phrasal cue with its object, a progressive speech
verb with its clause. Near forms: speech verbs there with no content or an act's ('people
were screaming', 'they read a lot', 'it is threatening stability'), negated or with a modal
('nobody is telling us', 'they won't tell us'), a first person ('I think I heard') and a
passive ('we were called because').

The agentless passive of 'think' and 'project' with an infinitive ('is thought to have
started', 'has been projected to win') is hearsay with no source, as 'is believed to' is; in a
relative clause its claim starts with its subject ('the roof from which the sniper is thought
to have fired'). Near forms: 'project' of an image ('was projected onto a screen') and
'project' with a that-clause and its subject, the ordinary cue.

What a hearer was told with no "that" ('told the foreign minister the British people share
in the grief'), which the parser reads as a relative clause on the hearer, is the content when
the clause opens with its subject, of one word or several. Near forms: a hearer with a
relative clause of its own and an order ('told residents who live nearby to stay indoors'),
and a story told ('told the children the story of the flood').

A third person's pronoun inside a quotation ('"He is saying that ...," the critic explained')
means someone else than the one quoted, who would say 'I': it resolves to the person named
before, not to the quotation's speaker. Near forms: a noun inside the quotation, and a
pronoun outside one, which goes on with the last speaker.

A time of day written short ends its sentence when a quotation opens after it with a capital
('arrived at around 4 a.m. "They killed my neighbour," he said'): the cue after the quotation
reports the quotation, not the clause before it (news_abbreviations). Near forms: a quoted
word inside the sentence ('at 6 p.m. "sharp"') and a day after the time ('at 5 a.m. Sunday').

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

QUOTED_REPORT_CASES = [
    (
        '"Local leaders called for calm after the clashes," the mayor said.',
        [
            ("Local leaders", "called for", "calm"),
            ("the mayor", "said", "Local leaders called for calm after the clashes,"),
        ],
    ),
    (
        '"She\'s saying that the convoy never reached the town," her lawyer said.',
        [
            ("She", "saying", "the convoy never reached the town"),
            ("her lawyer", "said", "She's saying that the convoy never reached the town,"),
        ],
    ),
    (
        '"He is claiming that the ballots were burned," the election monitor said.',
        [
            ("He", "claiming", "the ballots were burned"),
            ("the election monitor", "said", "He is claiming that the ballots were burned,"),
        ],
    ),
    # near forms: no content or an act's, negated, a modal, a first person, a passive
    (
        '"People were screaming in the dark," a survivor said.',
        [("a survivor", "said", "People were screaming in the dark,")],
    ),
    (
        '"They read a lot, and they follow the news closely," the agent said.',
        [("the agent", "said", "They read a lot, and they follow the news closely,")],
    ),
    (
        '"Nobody is telling us whether my brother is alive," said his sister.',
        [("his sister", "said", "Nobody is telling us whether my brother is alive,")],
    ),
    (
        '"They won\'t tell us where he is," the mother said.',
        [("the mother", "said", "They won't tell us where he is,")],
    ),
    (
        '"It is threatening stability in the whole region," the minister said.',
        [("the minister", "said", "It is threatening stability in the whole region,")],
    ),
    (
        '"I think I heard three shots," a neighbour said.',
        [("a neighbour", "said", "I think I heard three shots,")],
    ),
    (
        '"We were called because a child had been shot," the chief said.',
        [("the chief", "said", "We were called because a child had been shot,")],
    ),
]

RAISED_PASSIVE_CASES = [
    (
        "The challenger has been projected to win the state by a wide margin.",
        [
            (
                None,
                "projected",
                "The challenger has been projected to win the state by a wide margin",
            )
        ],
    ),
    (
        "The fire is thought to have started in a storage room.",
        [(None, "thought", "The fire is thought to have started in a storage room")],
    ),
    (
        "The gunmen were thought to be members of a local gang.",
        [(None, "thought", "The gunmen were thought to be members of a local gang")],
    ),
    (
        "Investigators searched the roof from which the sniper is thought to have fired.",
        [(None, "thought", "the sniper is thought to have fired")],
    ),
    (
        "The house in which the men were believed to be hiding was raided.",
        [(None, "believed", "the men were believed to be hiding")],
    ),
    # near forms: an image projected, and the active cue with its subject
    ("The film was projected onto a screen in the square.", []),
    ("Images of the victims were projected on the wall of the embassy.", []),
    (
        "Analysts projected that the economy would shrink this year.",
        [("Analysts", "projected", "the economy would shrink this year")],
    ),
]


CONTACT_CLAUSE_CASES = [
    (
        "The ambassador told the foreign minister the British people share in the grief "
        "of the nation.",
        [("The ambassador", "told", "the British people share in the grief of the nation")],
    ),
    (
        "The president told the prime minister the Kenyan people stand with the victims.",
        [("The president", "told", "the Kenyan people stand with the victims")],
    ),
    (
        "The official told the foreign minister the two governments share the same goals.",
        [("The official", "told", "the two governments share the same goals")],
    ),
    (
        "Rescuers told the district governor the collapsed school holds more children.",
        [("Rescuers", "told", "the collapsed school holds more children")],
    ),
    # near forms: an order to a hearer picked out by a relative clause, a story told
    (
        "Police told residents who live nearby to stay indoors.",
        [("Police", "told", "residents who live nearby to stay indoors")],
    ),
    ("She told the children the story of the flood.", []),
]


RESOLVED_FIELDS = ("source", "cue", "resolved")

QUOTED_PRONOUN_CASES = [
    (
        "Governor Tom Reed said on Monday that the dam had held. His critic, Jim Cole, "
        'explained: "He is saying that the dam held, but he means the town is safe."',
        [
            ("Governor Tom Reed", "said", "tom reed"),
            ("His critic, Jim Cole", "explained", "jim cole"),
            ("He", "saying", "tom reed"),
        ],
    ),
    (
        "Mayor Ana Ruiz said the roads were open. Her rival, Lena Park, said: "
        '"She is saying that the roads are open, but the bridges are closed."',
        [
            ("Mayor Ana Ruiz", "said", "ana ruiz"),
            ("Her rival, Lena Park", "said", "lena park"),
            ("She", "saying", "ana ruiz"),
        ],
    ),
    (
        "Police chief Dan Moss said the suspect had fled. A neighbour, Sara Cole, told "
        'reporters: "He is claiming that the man ran north, but nobody saw him."',
        [
            ("Police chief Dan Moss", "said", "dan moss"),
            ("A neighbour, Sara Cole", "told", "sara cole"),
            ("He", "claiming", "dan moss"),
        ],
    ),
    (
        "Senator Mark Hale said the vote would pass. His colleague, Tom Ward, said: "
        '"He is saying that we have the votes."',
        [
            ("Senator Mark Hale", "said", "mark hale"),
            ("His colleague, Tom Ward", "said", "tom ward"),
            ("He", "saying", "mark hale"),
        ],
    ),
    # near forms: a noun inside the quotation, a pronoun outside one
    (
        "Governor Tom Reed said on Monday that the dam had held. His critic, Jim Cole, "
        'explained: "The engineers are saying that the dam held."',
        [
            ("Governor Tom Reed", "said", "tom reed"),
            ("His critic, Jim Cole", "explained", "jim cole"),
            ("The engineers", "saying", None),
        ],
    ),
    (
        "Governor Tom Reed said on Monday that the dam had held. His critic, Jim Cole, "
        "disagreed. He said the town was still at risk.",
        [
            ("Governor Tom Reed", "said", "tom reed"),
            ("He", "said", "jim cole"),
        ],
    ),
]

CLOCK_TIME_CASES = [
    (
        'The gunmen arrived at around 4 a.m. "They burned every house on our street," '
        "a farmer said.",
        [("a farmer", "said", "They burned every house on our street,")],
    ),
    (
        'The roof fell in shortly after 11 a.m. "I ran and never looked back," he told AFP.',
        [("he", "told", "I ran and never looked back,")],
    ),
    (
        'The convoy was hit at 9 p.m. "Nobody could reach the wounded," the medic said.',
        [("the medic", "said", "Nobody could reach the wounded,")],
    ),
    (
        'Shelling resumed at 6 a.m. "We are hiding in the basement," a resident wrote.',
        [("a resident", "wrote", "We are hiding in the basement,")],
    ),
    # near forms: a quoted word inside the sentence, a day after the time
    (
        'The curfew starts at 6 p.m. "sharp", the mayor said.',
        [("the mayor", "said", 'The curfew starts at 6 p.m. "sharp"')],
    ),
    (
        "The shelling began at 5 a.m. Sunday, residents said.",
        [("residents", "said", "The shelling began at 5 a.m. Sunday")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), QUOTED_REPORT_CASES, ids=[c[0][:40] for c in QUOTED_REPORT_CASES]
)
def test_a_third_persons_report_in_a_quotation_is_nested(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"), RAISED_PASSIVE_CASES, ids=[c[0][:40] for c in RAISED_PASSIVE_CASES]
)
def test_a_raised_passive_of_thinking_or_projecting_is_hearsay(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"), CONTACT_CLAUSE_CASES, ids=[c[0][:40] for c in CONTACT_CLAUSE_CASES]
)
def test_what_a_hearer_was_told_without_that_is_the_content(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"), QUOTED_PRONOUN_CASES, ids=[c[0][-40:] for c in QUOTED_PRONOUN_CASES]
)
def test_a_third_persons_pronoun_in_a_quotation_is_not_the_speaker(nlp, text, rows):
    assert _rows(nlp, text, RESOLVED_FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"), CLOCK_TIME_CASES, ids=[c[0][:40] for c in CLOCK_TIME_CASES]
)
def test_a_quotation_after_a_clock_time_starts_a_sentence(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


@pytest.mark.parametrize(
    "table",
    [
        QUOTED_REPORT_CASES,
        RAISED_PASSIVE_CASES,
        CONTACT_CLAUSE_CASES,
        CLOCK_TIME_CASES,
        QUOTED_PRONOUN_CASES,
    ],
)
def test_tables(table):
    assert_wordings_and_near_forms(table)
