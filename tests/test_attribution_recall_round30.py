"""Reports the contract asks for that the parse hid, found from the words around the cue.

A cue with a subject of its own set off by commas inside the clause it reports ("The convoy,
the army said in a statement, was hit by a bomb"): the whole sentence, the aside inside it, is
what was said, whatever the parser made of the pieces. It hung the second comma on the rest of
the clause instead of on the cue (`_clause_resumed_after_aside`), made the cue a parataxis of
that rest while keeping the fronted subject its own, read the fronted subject as a loose noun
phrase of the cue ('These employees, Stumpf explained in the hearing, were well paid'), or made
the cue a clause on the fronted subject ('The bridge, the mayor told reporters, was damaged':
`_interrupts_subject`). Near forms: a true relative clause ('The bridge, which the mayor
visited, ...'), one with no commas ('The plan the mayor announced was ...'), a time phrase
before the cue ('Last week, the army said, troops ...') and an aside followed by a clause with
its own subject.

A that-clause after a time phrase of the cue ('told reporters at the time that the suspect was
armed'), which the parser read as a relative clause on 'time', is what was said.

A person's name closing a phrase fronted before the cue with no comma ('At a news conference
on Tuesday Sheriff Ramos said ...'), which the parser read as the phrase's last object, is the
speaker.

An as-clause with its speaker between the subject and its verb ('The village, as one of the
aid workers pointed out, has no clean water'), which the parser broke up, is read from the
words (`_as_aside_after_subject`): the speaker is the noun phrase after 'as', the content the
whole sentence, as for the parses that already gave it.

A relative clause whose "that" is its own subject, deep in a phrase of the cue ('praised the
firefighters for their work at the plant that makes fertilizer'), is no complement of the cue.

A phrase set off after the object of a phrasal cue ('called for calm, a plea echoed by the
police'), which the parser made the verb's own object, is no part of what was said.

A quotation inside a speech participle fronted before the cue ('Bemoaning the "phony system,"
Trump accused Holt of ...') is what the participle reports, not the cue's quotation.

A clause closed by a colon or semicolon before the cue is not its complement, also where the
parser hung the colon on that clause.

A day the parser gave a phrasal cue's particle for object ('weighed in Friday about whether
...') is not what was said: the next preposition's object is.

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

FIELDS = ("source", "cue", "content")
#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"

INTERRUPTING_ASIDE_CASES = [
    (
        "The convoy, the army said in a statement, was hit by a roadside bomb.",
        [
            (
                "the army",
                "said",
                "The convoy, the army said in a statement, was hit by a roadside bomb",
            )
        ],
    ),
    (
        "The ferry, the coast guard said in a statement, was struck by a large wave.",
        [
            (
                "the coast guard",
                "said",
                "The ferry, the coast guard said in a statement, was struck by a large wave",
            )
        ],
    ),
    (
        "The man, police said in a statement on Sunday, was shot in the leg.",
        [
            (
                "police",
                "said",
                "The man, police said in a statement on Sunday, was shot in the leg",
            )
        ],
    ),
    (
        "The bridge, the mayor told reporters on Monday, was damaged by the flood.",
        [
            (
                "the mayor",
                "told",
                "The bridge, the mayor told reporters on Monday, was damaged by the flood",
            )
        ],
    ),
    (
        "The plan, the governor announced last year, was abandoned.",
        [
            (
                "the governor",
                "announced",
                "The plan, the governor announced last year, was abandoned",
            )
        ],
    ),
    (
        "These nurses, the director explained earlier in the committee hearing, were badly "
        "underpaid.",
        [
            (
                "the director",
                "explained",
                "These nurses, the director explained earlier in the committee hearing, were "
                "badly underpaid",
            )
        ],
    ),
    # near forms: a relative clause, an aside with no commas, a time phrase before the cue
    ("The bridge, which the mayor visited on Monday, was damaged by the flood.", []),
    ("The plan the governor announced last year was abandoned.", []),
    (
        "Last week, the army said in a statement, troops killed five fighters.",
        [("the army", "said", "troops killed five fighters")],
    ),
]


# -- a name closing a fronted phrase with no comma --------------------------------------------
# 'At a news conference on Tuesday Sheriff Ramos said ...': the parser read the speaker as the
# last object of the phrase and left the cue without a subject (`_name_closing_fronted_phrase`).
# The day such a phrase names is no part of the name the parser may join it to ('on Sunday
# Mayor Johnson said'). Near forms: a common noun after the phrase, which the parser already
# takes for the subject, a comma after the phrase, and a name that is the phrase's own object.
NAME_CLOSING_PHRASE_CASES = [
    (
        "At a news conference on Tuesday Sheriff Ramos said the suspect had fled.",
        [("Sheriff Ramos", "said", "the suspect had fled")],
    ),
    (
        "During an interview with the Times Governor Hochul said the state would rebuild.",
        [("Governor Hochul", "said", "the state would rebuild")],
    ),
    (
        "At a briefing in Kyiv on Friday General Syrskyi said the troops had pulled back.",
        [("General Syrskyi", "said", "the troops had pulled back")],
    ),
    (
        "In a radio interview on Sunday Mayor Johnson said the curfew would be lifted.",
        [("Mayor Johnson", "said", "the curfew would be lifted")],
    ),
    (
        "At the briefing the spokesman said three soldiers were killed.",
        [("the spokesman", "said", "three soldiers were killed")],
    ),
    (
        "At a news conference on Tuesday, Sheriff Ramos said the suspect had fled.",
        [("Sheriff Ramos", "said", "the suspect had fled")],
    ),
    (
        "In a letter to Governor Hochul the mayor said the state would rebuild.",
        [("the mayor", "said", "the state would rebuild")],
    ),
]

# -- a that-clause read as a relative clause on the time of the report -----------------------
# 'told reporters at the time that the suspect was armed': the parser hung the clause on
# 'time' (`time_of_report_nouns` in cues.json). Near forms: a true relative clause with no
# subject of its own after 'that', and a verb that takes a topic, never a clause ('spoke').
TIME_OF_REPORT_CASES = [
    (
        "The sheriff told reporters at the time that the suspect was armed.",
        [("The sheriff", "told", "the suspect was armed")],
    ),
    (
        "The agency reported at the time that the convoy was attacked.",
        [("The agency", "reported", "the convoy was attacked")],
    ),
    (
        "The ministry announced at the time that the border would close.",
        [("The ministry", "announced", "the border would close")],
    ),
    (
        "Police said at the time that the victim had been shot twice.",
        [("Police", "said", "the victim had been shot twice")],
    ),
    ("The mayor spoke at the time that the storm hit.", []),
    ("The sheriff arrived at the time that the suspect was arrested.", []),
]


# -- an as-clause between the subject and its verb --------------------------------------------
# Near forms: an as-clause of time ('as the aid workers arrived'), a directive ('as the
# general ordered': an act done as asked), 'put' with no fixed object.
AS_ASIDE_CASES = [
    (
        "The village, as one of the aid workers pointed out, has no clean water.",
        [
            (
                "one of the aid workers",
                "pointed out",
                "The village, as one of the aid workers pointed out, has no clean water",
            )
        ],
    ),
    (
        "Kherson, as one of the governor's advisers pointed out, rarely loses power for long.",
        [
            (
                "one of the governor's advisers",
                "pointed out",
                "Kherson, as one of the governor's advisers pointed out, rarely loses power "
                "for long",
            )
        ],
    ),
    (
        "The bridge, as residents told reporters, had been closed for weeks.",
        [
            (
                "residents",
                "told",
                "The bridge, as residents told reporters, had been closed for weeks",
            )
        ],
    ),
    (
        "The army, as one analyst put it, is exhausted.",
        [("one analyst", "put it", "The army, as one analyst put it, is exhausted")],
    ),
    (
        "The hospital, as the director explained, has run out of fuel.",
        [
            (
                "the director",
                "explained",
                "The hospital, as the director explained, has run out of fuel",
            )
        ],
    ),
    ("The village, as the aid workers arrived, had no water.", []),
    ("The troops, as the general ordered, withdrew from the town.", []),
    ("The house, as he put it down, was empty.", []),
]


# -- a relative clause deep in a phrase of the cue is no complement ---------------------------
# `_complement_read_as_relative` took every relative clause whose "that" is its subject for a
# complement whose "that" the parser misread: it compared tokens by identity, which spaCy
# never keeps. Near forms: the that-clauses the parser hung on a phrase of the cue.
STRAY_RELATIVE_CASES = [
    (
        "The mayor praised the firefighters for their work at the plant that makes fertilizer.",
        [
            (
                "The mayor",
                "praised",
                "the firefighters for their work at the plant that makes fertilizer",
            )
        ],
    ),
    (
        "The governor criticized the agency for its delays in the towns that lost power.",
        [("The governor", "criticized", "the agency for its delays in the towns that lost power")],
    ),
    (
        "The minister spoke about the offensive at a base that houses the brigade.",
        [("The minister", "spoke about", "the offensive")],
    ),
    (
        "The senator attacked her rival as a fraud during the debate, with jabs that cut deep.",
        [
            (
                "The senator",
                "attacked",
                "her rival as a fraud during the debate, with jabs that cut deep",
            )
        ],
    ),
    (
        "The ministry said at a briefing that Russia had used 30 drones.",
        [("The ministry", "said", "Russia had used 30 drones")],
    ),
    ("He said in a post on the site that he would resign.", [("He", "said", "he would resign")]),
]


# -- a phrase set off after the object of a phrasal cue ---------------------------------------
# 'called for calm, a plea echoed by the police': the parser made the phrase after the comma
# the verb's own object or predicate; the object of 'for' is what was called for. Near forms:
# an apposition the parser hung on the phrasal object keeps it, and a phrasal cue with nothing
# after its object.
PHRASAL_APPOSITION_CASES = [
    (
        "The mayor called for calm, a plea echoed by the police.",
        [("The mayor", "called for", "calm")],
    ),
    (
        "Residents called for an inquiry, the first such demand since the flood.",
        [("Residents", "called for", "an inquiry")],
    ),
    (
        "The general pointed to the losses, the heaviest of the war.",
        [("The general", "pointed to", "the losses")],
    ),
    (
        "The agency pointed to the drought as a cause of the unrest, a factor in the exodus.",
        [("The agency", "pointed to", "the drought as a cause of the unrest")],
    ),
    (
        "The governor pointed to the floods, a disaster that killed 40 people.",
        [("The governor", "pointed to", "the floods, a disaster that killed 40 people")],
    ),
    (
        "The minister pointed to the damage in the north.",
        [("The minister", "pointed to", "the damage in the north")],
    ),
]


# -- a quotation in a fronted participle phrase is the participle's ---------------------------
# Near forms: a quotation next to the cue after such a phrase, and a participle that is no cue.
FRONTED_PARTICIPLE_QUOTE_CASES = [
    (
        'Bemoaning the "rigged courts," the senator accused the judge of bias.',
        [
            ("the senator", "Bemoaning", 'the "rigged courts,"'),
            ("the senator", "accused", "the judge of bias"),
        ],
    ),
    (
        'Calling the strike "a war crime," the minister demanded an inquiry.',
        [
            ("the minister", "Calling", 'the strike "a war crime,"'),
            ("the minister", "demanded", "an inquiry"),
        ],
    ),
    (
        'Describing the flood as "biblical," the governor urged residents to leave.',
        [
            ("the governor", "Describing", 'the flood as "biblical,"'),
            ("the governor", "urged", "residents to leave"),
        ],
    ),
    (
        'Citing "serious concerns," the agency denied the permit.',
        [("the agency", "denied", "the permit")],
    ),
    ('"We will rebuild," the mayor said.', [("the mayor", "said", "We will rebuild,")]),
    (
        'Warning of "more strikes," the general ordered the troops to dig in.',
        [
            ("the general", "Warning of", "more strikes"),
            ("the general", "ordered", "the troops to dig in"),
        ],
    ),
]


# -- a clause closed by a colon the parser hung on it ------------------------------------------
# 'They have been warned before: the governor denied the report': the colon closes the clause
# before it even when the parser hangs it on that clause (`_across_clause`). Near forms: the
# same sentences parsed with the colon elsewhere, and a colon inside the quotation reported.
COLON_CLAUSE_CASES = [
    (
        "They have been warned before: the governor denied the report.",
        [("the governor", "denied", "the report")],
    ),
    (
        "They have been warned before: the militia said the town would fall.",
        [("the militia", "said", "the town would fall")],
    ),
    (
        "They have been warned before: the army confirmed the deaths of two soldiers.",
        [("the army", "confirmed", "the deaths of two soldiers")],
    ),
    (
        "They had been told before: the mayor announced a curfew.",
        [("the mayor", "announced", "a curfew")],
    ),
    (
        "The risk is real: the general said the front could break.",
        [("the general", "said", "the front could break")],
    ),
    (
        '"We are ready: the army is strong," he said.',
        [("he", "said", "We are ready: the army is strong,")],
    ),
]


# -- a day after a phrasal particle read as its object -----------------------------------------
# 'weighed in Friday about whether ...': the parser read the particle as a preposition taking
# the day; the topic is the object of the next preposition. Near forms: no day, a phrasal
# verb with a real object.
PARTICLE_DAY_CASES = [
    (
        "Other officials weighed in Friday about whether the footage should be released.",
        [("Other officials", "weighed in", "whether the footage should be released")],
    ),
    (
        "The governor weighed in Monday on the dispute.",
        [("The governor", "weighed in", "the dispute")],
    ),
    (
        "The minister commented on Friday on the strike.",
        [("The minister", "commented on", "the strike")],
    ),
    (
        "The senator lashed out Tuesday at the agency.",
        [("The senator", "lashed out", "the agency")],
    ),
    ("The mayor weighed in on the plan.", [("The mayor", "weighed in", "the plan")]),
    ("The minister pointed to the damage.", [("The minister", "pointed to", "the damage")]),
]


TABLES = {
    "INTERRUPTING_ASIDE_CASES": INTERRUPTING_ASIDE_CASES,
    "NAME_CLOSING_PHRASE_CASES": NAME_CLOSING_PHRASE_CASES,
    "TIME_OF_REPORT_CASES": TIME_OF_REPORT_CASES,
    "AS_ASIDE_CASES": AS_ASIDE_CASES,
    "STRAY_RELATIVE_CASES": STRAY_RELATIVE_CASES,
    "PHRASAL_APPOSITION_CASES": PHRASAL_APPOSITION_CASES,
    "FRONTED_PARTICIPLE_QUOTE_CASES": FRONTED_PARTICIPLE_QUOTE_CASES,
    "COLON_CLAUSE_CASES": COLON_CLAUSE_CASES,
    "PARTICLE_DAY_CASES": PARTICLE_DAY_CASES,
}


def _field_rows(doc) -> list[tuple]:
    return [_fields(doc, a, FIELDS) for a in doc._.news_attributions]


test_reports_hidden_by_the_parse, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _field_rows, PUBLISHED
)
