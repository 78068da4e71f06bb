"""Attribution constructions the Wikinews-misses round found and left, generalised: speech acts
whose content is a prepositional object or an infinitive after the hearer, recordings that
'captured' a scene, the origin a report cites inside 'according to', passives with an agent
and an 'as' predicate, and negated agentless passives that report nothing. Each table gives
wordings written for this round that the pipeline got wrong and near forms beside them that
must keep their reading.

Each case gives the text and what every row must hold, in the order of the rows, as tuples of
the fields the table is about (see `tests.test_attribution_probes._fields`).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

# -- 'apologized for X', 'cautioned against X' ---------------------------------------------
# A speech act whose content is the object of its preposition (corpus/ANNOTATION.md: cues
# include speech acts with a noun-phrase content; the corpus gold's 'apologized for the loss
# of civilians'). Without the phrasal entry the verb had no object and no row. Near forms: no
# such phrase ('apologized after the match'), and a bare apology.
PREPOSITIONAL_SPEECH_ACT_CASES = [
    (
        "The airline apologized for the delays after a computer fault grounded 40 flights.",
        [("The airline", "apologized for", "the delays")],
    ),
    (
        "Officials apologized for the confusion caused by the conflicting figures.",
        [("Officials", "apologized for", "the confusion caused by the conflicting figures")],
    ),
    (
        "The company apologised for the inconvenience and said an inquiry had been opened.",
        [
            ("The company", "apologised for", "the inconvenience"),
            ("The company", "said", "an inquiry had been opened"),
        ],
    ),
    (
        "The spokesman cautioned against drawing conclusions before the inquiry ends.",
        [("The spokesman", "cautioned against", "drawing conclusions before the inquiry ends")],
    ),
    (
        "Doctors cautioned about reading too much into the early figures.",
        [("Doctors", "cautioned about", "reading too much into the early figures")],
    ),
    # near forms
    ("He apologized after the match.", []),
    ("The airline apologized on Monday.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    PREPOSITIONAL_SPEECH_ACT_CASES,
    ids=[c[0][:40] for c in PREPOSITIONAL_SPEECH_ACT_CASES],
)
def test_a_speech_act_with_a_prepositional_content(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_prepositional_speech_act_table():
    assert_wordings_and_near_forms(PREPOSITIONAL_SPEECH_ACT_CASES)


# -- 'advised residents to keep their windows closed' --------------------------------------
# A directive verb with the hearer as object and the act asked for in an infinitive is a row
# in the corpus gold and the held-out articles, as 'urged' is; the cue model left 'advised'
# and 'encouraged' under its bar, and the parser may hang the infinitive as a purpose clause.
# Near forms: a subject that cannot speak, a negation, and 'encouraged' with no infinitive.
DIRECTIVE_INFINITIVE_CASES = [
    (
        "West Yorkshire Police advised residents to keep their windows closed.",
        [("West Yorkshire Police", "advised", "residents to keep their windows closed")],
    ),
    (
        "Health officials advised people with asthma to stay indoors.",
        [("Health officials", "advised", "people with asthma to stay indoors")],
    ),
    (
        "The storm is expected to make landfall on Saturday. The mayor of New Orleans, Jane "
        "Cole, advised residents of her city to make plans and shelter in place.",
        [
            # no row for the agentless forecast (round 20)
            (
                "The mayor of New Orleans, Jane Cole",
                "advised",
                "residents of her city to make plans and shelter in place",
            ),
        ],
    ),
    (
        "The union encouraged its members to vote against the deal.",
        [("The union", "encouraged", "its members to vote against the deal")],
    ),
    (
        "The rapporteur encouraged the agency to release the files from its investigation.",
        [
            (
                "The rapporteur",
                "encouraged",
                "the agency to release the files from its investigation",
            )
        ],
    ),
    # coordinated after a speech verb: the appeal goes on with its speaker
    (
        "The governor announced a curfew and asked residents to stay home.",
        [
            ("The governor", "announced", "a curfew"),
            ("The governor", "asked", "residents to stay home"),
        ],
    ),
    (
        "Police confirmed the arrest and asked witnesses to come forward.",
        [
            ("Police", "confirmed", "the arrest"),
            ("Police", "asked", "witnesses to come forward"),
        ],
    ),
    # near forms
    ("The explosion forced residents to flee.", []),
    ("The police did not advise residents to leave.", []),
    ("The coach encouraged his players after the defeat.", []),
    ("The fire spread overnight and forced families to leave their homes.", []),
    # after a verb that reports nothing the parser may have joined the wrong pair
    (
        "She was giving interviews, which she was doing when police located her and told "
        "her to leave.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    DIRECTIVE_INFINITIVE_CASES,
    ids=[c[0][:40] for c in DIRECTIVE_INFINITIVE_CASES],
)
def test_a_directive_with_the_act_asked_for(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_directive_infinitive_table():
    assert_wordings_and_near_forms(DIRECTIVE_INFINITIVE_CASES)


# -- 'according to a report citing the mayor's office' --------------------------------------
# The participle on the object of 'according to' names where the report got its claim: the
# corpus gold has the report's row (source 'a report') and the cited office's row with the cue
# 'citing' as its cited_origin. The whole phrase was one source. Near forms: grounds given
# ('citing security concerns'), and a by-phrase, which stays in the source.
ACCORDING_TO_CITING_CASES = [
    (
        "Twenty people were arrested, according to a report citing the mayor's office.",
        [
            ("a report", "according to", "Twenty people were arrested", None),
            ("the mayor's office", "citing", "Twenty people were arrested", "cited_origin"),
        ],
    ),
    (
        "According to a report citing the city military administration, four people were "
        "killed overnight.",
        [
            ("a report", "According to", "four people were killed overnight", None),
            (
                "the city military administration",
                "citing",
                "four people were killed overnight",
                "cited_origin",
            ),
        ],
    ),
    (
        "According to local media citing police sources, the gunman was known to officers.",
        [
            ("local media", "According to", "the gunman was known to officers", None),
            ("police sources", "citing", "the gunman was known to officers", "cited_origin"),
        ],
    ),
    (
        "The attackers fled on motorbikes, according to a Reuters report citing two witnesses.",
        [
            ("a Reuters report", "according to", "The attackers fled on motorbikes", None),
            ("two witnesses", "citing", "The attackers fled on motorbikes", "cited_origin"),
        ],
    ),
    # near forms
    (
        "According to officials citing security concerns, the road was closed.",
        [("officials citing security concerns", "According to", "the road was closed", None)],
    ),
    (
        "According to a report by the BBC, three people were killed.",
        [("a report by the BBC", "According to", "three people were killed", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), ACCORDING_TO_CITING_CASES, ids=[c[0][:40] for c in ACCORDING_TO_CITING_CASES]
)
def test_the_origin_a_report_cites_inside_according_to(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content", "relation")) == rows


def test_according_to_citing_table():
    assert_wordings_and_near_forms(ACCORDING_TO_CITING_CASES)


# -- 'Footage from a nearby shop captured the moment ...' -----------------------------------
# records.md: evidential sources that show are attributions. An evidential verb with a
# recording for subject tells what it shows, but the cue model saw 'capture' mostly as a
# military act and scores 'showed' low after 'while'. Near forms: troops and a person
# capturing, and a negated showing, keep no row.
RECORDING_VERB_CASES = [
    (
        "Footage from a nearby shop captured the moment the car struck the wall.",
        [("Footage from a nearby shop", "captured", "the moment the car struck the wall")],
    ),
    (
        "Video captured two groups of fans pushing and punching each other.",
        [("Video", "captured", "two groups of fans pushing and punching each other")],
    ),
    (
        "Security camera footage captured the suspect entering the building at 2am.",
        [
            (
                "Security camera footage",
                "captured",
                "the suspect entering the building at 2am",
            )
        ],
    ),
    (
        "A doorbell recording captured two men carrying a television from the house.",
        [("A doorbell recording", "captured", "two men carrying a television from the house")],
    ),
    (
        "The agency said three gunmen were killed on Monday night, while footage from the "
        "scene showed the vehicle burn amid what sounds like gunfire.",
        [
            ("The agency", "said", "three gunmen were killed on Monday night"),
            (
                "footage from the scene",
                "showed",
                "the vehicle burn amid what sounds like gunfire",
            ),
        ],
    ),
    # near forms
    ("The footage did not show the attacker's face.", []),
    ("Troops captured the town on Sunday.", []),
    ("The photographer captured the scene on his phone.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"), RECORDING_VERB_CASES, ids=[c[0][:40] for c in RECORDING_VERB_CASES]
)
def test_a_recording_that_captured_a_scene(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_recording_verb_table():
    assert_wordings_and_near_forms(RECORDING_VERB_CASES)


# -- 'was identified as X by a spokesman' -------------------------------------------------
# A full passive with its agent and an 'as' predicate: the agent said the predicate of the
# subject, the content of the corpus gold's such rows ('described as "knife-obsessed" by the
# police', 'identified by the coroner's office as ...'). The subject alone was the content,
# and 'identified' passed no bar. Near forms: a passive with an agent and no 'as' keeps its
# subject, an agentless one its whole clause.
PASSIVE_AGENT_AS_CASES = [
    (
        "The victim was identified as Mark Zammit, 34, by a police spokesman.",
        [("a police spokesman", "identified", "as Mark Zammit, 34")],
    ),
    (
        "The deceased sailor was identified as Ramon Cruz by a navy spokesperson.",
        [("a navy spokesperson", "identified", "as Ramon Cruz")],
    ),
    (
        "The suspect was described as a white male in his 30s by witnesses.",
        [("witnesses", "described", "as a white male in his 30s")],
    ),
    (
        "The boy's condition was described as stable by doctors on Monday.",
        [("doctors", "described", "as stable")],
    ),
    (
        "The gunman was named as Tomas Berg by police.",
        [("police", "named", "as Tomas Berg")],
    ),
    # near forms
    (
        "This move was criticized by rights groups.",
        [("rights groups", "criticized", "This move")],
    ),
    (
        "The dead were identified as Maya Ruiz, 14, and Ethan Cole, 15.",
        [(None, "identified", "The dead were identified as Maya Ruiz, 14, and Ethan Cole, 15")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), PASSIVE_AGENT_AS_CASES, ids=[c[0][:40] for c in PASSIVE_AGENT_AS_CASES]
)
def test_a_passive_with_its_agent_and_an_as_predicate(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_passive_agent_as_table():
    assert_wordings_and_near_forms(PASSIVE_AGENT_AS_CASES)


# -- 'Protests were not reported in Mosul' -------------------------------------------------
# A negated agentless passive with no complement that states something reports that nothing
# was reported; the corpus gold has no row for it. Near forms: 'No casualties were reported'
# (a report that there were none), a plain agentless report, and a negated speech verb with a
# that-clause, which keep their rows.
NEGATED_PASSIVE_CASES = [
    ("Protests were not reported in Mombasa.", []),
    ("Casualties were not immediately reported.", []),
    ("It was not confirmed when the bridge would reopen.", []),
    ("Arrests were not reported in the northern districts on Sunday.", []),
    # near forms
    (
        "No casualties were reported.",
        [(None, "reported", "No casualties were reported")],
    ),
    (
        "Fighting was reported near the airport.",
        [(None, "reported", "Fighting was reported near the airport")],
    ),
    (
        "The ministry did not say that arrests had been made.",
        [("The ministry", "did not say", "arrests had been made")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), NEGATED_PASSIVE_CASES, ids=[c[0][:40] for c in NEGATED_PASSIVE_CASES]
)
def test_a_negated_agentless_passive_reports_nothing(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_negated_passive_table():
    assert_wordings_and_near_forms(NEGATED_PASSIVE_CASES)


# -- 'the President's claims of fraud', 'protesters' demands for an inquiry' ---------------
# 'claim' and 'demand' with a preposition name what was claimed or asked as a topic; neither
# the corpus gold nor PolNeAR has a row for them (the fitted Wikinews gold: two false
# positives). Near forms: the other topic nouns ('announcement of', 'comments on') and
# 'claim' with a that-clause keep their rows.
CLAIM_DEMAND_TOPIC_CASES = [
    (
        "Workers' demands for better safety equipment were ignored, the union said.",
        [("the union", "said", "Workers' demands for better safety equipment were ignored")],
    ),
    (
        "Officials rejected the protesters' demands for an independent inquiry.",
        [("Officials", "rejected", "the protesters' demands for an independent inquiry")],
    ),
    ("There is no evidence to support the mayor's claims of voter fraud.", []),
    (
        "Opposition leader Raila Odinga dismissed the President's claims of a foreign plot.",
        [
            (
                "Opposition leader Raila Odinga",
                "dismissed",
                "the President's claims of a foreign plot",
            )
        ],
    ),
    # near forms
    (
        "The ministry's announcement of new strikes angered residents.",
        [("The ministry's", "announcement", "new strikes")],
    ),
    ("His comments on the attack drew criticism.", [("His", "comments", "the attack")]),
    (
        "The ministry's claim that the strike hit a depot was disputed.",
        [
            ("The ministry's", "claim", "the strike hit a depot"),
            (None, "disputed", "The ministry's claim that the strike hit a depot was disputed"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), CLAIM_DEMAND_TOPIC_CASES, ids=[c[0][:40] for c in CLAIM_DEMAND_TOPIC_CASES]
)
def test_claims_and_demands_of_a_topic_are_no_rows(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_claim_demand_topic_table():
    assert_wordings_and_near_forms(CLAIM_DEMAND_TOPIC_CASES)


# -- 'is considered a terrorist body by the United States' ---------------------------------
# The parser hangs the passive's by-phrase on the noun of its predicate, so the verb had no
# agent: the row had no source and the whole clause for content (or, before a semicolon, no
# row). The corpus gold's row has the by-phrase's object for source and the predicate for
# content. Near forms: no by-phrase keeps the agentless reading, and a by-phrase the parser
# read as the agent keeps its reading.
AGENT_ON_PREDICATE_CASES = [
    (
        "Al-Shabaab is considered a terrorist group by the United States.",
        [("the United States", "considered", "a terrorist group")],
    ),
    (
        "The group is regarded as a threat by Western governments.",
        [("Western governments", "regarded", "as a threat")],
    ),
    (
        "The movement is viewed as a proxy by Israeli officials.",
        [("Israeli officials", "viewed", "as a proxy")],
    ),
    (
        "The militia is considered a terrorist organisation by the European Union; it denies "
        "the charge.",
        [
            ("the European Union", "considered", "a terrorist organisation"),
            ("it", "denies", "the charge"),
        ],
    ),
    # near forms
    (
        "The man is considered a suspect.",
        [(None, "considered", "The man is considered a suspect")],
    ),
    (
        "The road is considered dangerous by drivers.",
        [("drivers", "considered", "The road is considered dangerous")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), AGENT_ON_PREDICATE_CASES, ids=[c[0][:40] for c in AGENT_ON_PREDICATE_CASES]
)
def test_an_agent_hung_on_the_predicate(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_agent_on_predicate_table():
    assert_wordings_and_near_forms(AGENT_ON_PREDICATE_CASES)


# -- 'ruled out the possibility of a tsunami' ----------------------------------------------
# The particle belongs to the cue, as the corpus gold writes it ('ruled out'); the cue was
# 'ruled'. Near forms: 'ruled that ...' and 'ruled on' (no report) keep their readings.
RULED_OUT_CASES = [
    (
        "The tsunami warning centre ruled out the possibility of a tsunami.",
        [("The tsunami warning centre", "ruled out", "the possibility of a tsunami")],
    ),
    ("Police have ruled out foul play.", [("Police", "ruled out", "foul play")]),
    ("The judge ruled out a retrial.", [("The judge", "ruled out", "a retrial")]),
    (
        "The minister has ruled out new taxes this year.",
        [("The minister", "ruled out", "new taxes")],
    ),
    # near forms
    (
        "The court ruled that the law was unconstitutional.",
        [("The court", "ruled", "the law was unconstitutional")],
    ),
    ("The court ruled on the appeal on Monday.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"), RULED_OUT_CASES, ids=[c[0][:40] for c in RULED_OUT_CASES]
)
def test_ruled_out_keeps_its_particle(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_ruled_out_table():
    assert_wordings_and_near_forms(RULED_OUT_CASES)
