"""False rows PolNeAR dev showed inside the contract's own negatives (round 37).

The writer's own aside ('It is worth noting that ...', 'It is important to note that ...',
'It goes without saying that ...') puts a verb of saying in an empty-'it' frame of an
evaluation: nobody is reported to have said anything (`writer_asides` in cues.json). Near
forms: a speaker who says it is worth noting keeps the row of 'said'; a gerund of saying with
a subject of its own after 'without' is a row.

A cue verb as the infinitive of a decision, an obligation or a dare ('decided not to
recommend charges', 'the law requires candidates to disclose their assets', 'dared the
minister to say that ...') has not been done: 'decide', 'require' and 'dare' join
`unrealised_heads`, and a light verb of saying ('needs to make additional appeals', 'failed to
make clear that ...') is checked there as a plain cue verb already was. Near forms: the same
verbs done ('made clear that ...', 'disclosed its assets'), a decision told with a
that-clause. An attempt or a decision that gives its claim is still a row ('tried to make
the case that ...', 'sought to argue that ...', PolNeAR's rows; 'decided to announce that
...': `claim_giving_heads`); without the clause it is none.

A verb of likening says its object is like what its 'to' phrase names ('likened the rules to
"burning the Constitution"'): the phrase is part of the content (`likeness_prepositions`), as
the 'as' phrase of 'described X as Y' is; before, the content stopped at the object. Near
forms: 'to' naming the hearer of another cue, 'described X as Y'.

'Officials are convinced that ...': 'convinced' is one of the lexicon's adjectives of a stance,
but the tagger reads it as a participle, so it was never a candidate (`_participle_adjective`).
Near forms: negated, with an agent and no clause, inside a quotation.

'Biden called Zelensky on Tuesday': a dialling verb whose only complement is a person or body
(the parser may make the lone name a predicate) rang them; it named nothing, so no row
(`_party_rung`, `dialling_verbs`). Near forms: 'called Smith a liar', 'called it "a
massacre"', 'called out X for Y'.

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

FIELDS = ("source", "cue", "content")
#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"

WRITER_ASIDE_CASES = [
    ("It is worth noting that the convoy was hit twice.", []),
    ("It is important to note that the casualty figures are provisional.", []),
    ("It goes without saying that the shelling must stop.", []),
    ("It's safe to say the talks have stalled for good.", []),
    # near forms: a speaker says the evaluation; a gerund of saying with a clause of its own
    (
        "The mayor said it was worth noting that the convoy was hit twice.",
        [("The mayor", "said", "it was worth noting that the convoy was hit twice")],
    ),
    (
        "Residents said the shelling went on without pause, saying that the town was cut off.",
        [
            ("Residents", "said", "the shelling went on without pause"),
            ("Residents", "saying", "the town was cut off"),
        ],
    ),
]

UNREALISED_CASES = [
    ("The ministry decided not to announce the death toll.", []),
    ("The new rules require companies to disclose their fuel stocks.", []),
    ("The union dared the minister to say that the mines were safe.", []),
    ("The opposition needs to make additional appeals to rural voters.", []),
    ("The council failed to make clear that the curfew had been lifted.", []),
    # near forms: the act done; a decision told with a that-clause
    (
        "The council made clear that the curfew had been lifted.",
        [("The council", "made clear", "the curfew had been lifted")],
    ),
    (
        "The ministry announced it had decided to extend the curfew.",
        [("The ministry", "announced", "it had decided to extend the curfew")],
    ),
    (
        "The ministry decided that the death toll would be announced on Monday.",
        [("The ministry", "decided", "the death toll would be announced on Monday")],
    ),
]

# An attempt to persuade that gives its claim ('tried to make the case that ...') has made it
# (`claim_giving_heads`); without the clause the attempt reports nothing.
ATTEMPT_CASES = [
    (
        "Stumpf tried to argue that the firings were rare.",
        [("Stumpf", "argue", "the firings were rare")],
    ),
    (
        "The army tried on Tuesday to make the case that the strike hit a depot.",
        [("The army", "make the case", "the strike hit a depot")],
    ),
    (
        "The envoy sought to make the case to donors that the camps were safe.",
        [("The envoy", "make the case", "the camps were safe")],
    ),
    ("The minister sought to reassure residents.", []),
    ("The army tried to explain the delay.", []),
    ("The governor wants to make the case that the camps were safe.", []),
    (
        "The ministry decided to announce that the crossing would reopen.",
        [("The ministry", "announce", "the crossing would reopen")],
    ),
]

# What a verb of likening likens its object to is said with it (`likeness_prepositions`), as
# the 'as' phrase of 'described X as Y' is; after other cues 'to' names the hearer.
LIKENESS_CASES = [
    (
        "Another critic likened the rules to burning the constitution.",
        [("Another critic", "likened", "the rules to burning the constitution")],
    ),
    (
        'The governor likened the blockade to "a slow siege".',
        [("The governor", "likened", 'the blockade to "a slow siege"')],
    ),
    (
        "The senator likened the refugees to snakes, drawing boos.",
        [("The senator", "likened", "the refugees to snakes")],
    ),
    (
        "The opposition leader has likened the new tax to theft.",
        [("The opposition leader", "likened", "the new tax to theft")],
    ),
    # near forms: 'to' names the hearer; 'as' after 'described'
    (
        "The mayor announced the curfew to residents.",
        [("The mayor", "announced", "the curfew")],
    ),
    (
        "The minister described the strike as a crime.",
        [("The minister", "described", "the strike as a crime")],
    ),
]

# An adjective of the lexicon that the tagger reads as a participle ('are convinced that') is
# the stance 'is confident that' is; negated, with no clause, or inside a quotation it is none.
PARTICIPLE_ADJECTIVE_CASES = [
    (
        "Officials are convinced that the dam will hold.",
        [("Officials", "are convinced", "the dam will hold")],
    ),
    (
        "After years abroad, we are convinced this is the only country that works.",
        [("we", "are convinced", "this is the only country that works")],
    ),
    (
        "Aid groups are deeply concerned that the camps will flood.",
        [("Aid groups", "are deeply concerned", "the camps will flood")],
    ),
    (
        "Residents are worried that the dam will fail.",
        [("Residents", "are worried", "the dam will fail")],
    ),
    ("Officials are not convinced that the dam will hold.", []),
    ("The jury was convinced by the evidence.", []),
    (
        '"We are convinced the dam will hold," the engineer said.',
        [("the engineer", "said", "We are convinced the dam will hold,")],
    ),
]

# A dialling verb whose one complement is a person or body rang them (`_party_rung`): no row;
# with a predicate, a quotation or a particle of its own it names or denounces.
RUNG_CASES = [
    ("Biden called Zelensky on Tuesday.", []),
    ("The president called the prime minister on Sunday night.", []),
    ("The governor called the mayor back on Monday.", []),
    (
        "Macron called Putin on Friday, the Elysee said.",
        [("the Elysee", "said", "Macron called Putin on Friday")],
    ),
    # near forms: a predicate, a quotation, a particle
    ("The premier called Smith a liar.", [("The premier", "called", "Smith a liar")]),
    ('He called it "a massacre".', [("He", "called", 'it "a massacre"')]),
    (
        "The anchor called out the senator for his lies.",
        [("The anchor", "called", "the senator for his lies")],
    ),
]


TABLES = {
    "WRITER_ASIDE_CASES": WRITER_ASIDE_CASES,
    "UNREALISED_CASES": UNREALISED_CASES,
    "ATTEMPT_CASES": ATTEMPT_CASES,
    "LIKENESS_CASES": LIKENESS_CASES,
    "PARTICIPLE_ADJECTIVE_CASES": PARTICIPLE_ADJECTIVE_CASES,
    "RUNG_CASES": RUNG_CASES,
}


def _field_rows(doc) -> list[tuple]:
    return [_fields(doc, a, FIELDS) for a in doc._.news_attributions]


test_false_rows_round37, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _field_rows, PUBLISHED
)
