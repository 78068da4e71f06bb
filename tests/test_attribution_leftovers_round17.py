"""Attribution constructions the round-16 rounds left, and misses of the GVA crime pages,
generalised: a clause reported 'according to' someone with a report of its own inside, a
speaker's own noun cue restated by a verb, a recording joined to the participle that put it
online, the platform a recording was posted 'to', and a time phrase closing the source. Each
table gives wordings written for this round that the pipeline got wrong and near forms beside
them that must keep their reading.

Each case gives the text and what every row must hold, in the order of the rows, as tuples of
the fields the table is about (see `tests.test_attribution_probes._fields`).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

# -- 'X ruled out Y, according to Z' ----------------------------------------------------------
# 'According to Z' before or after a whole clause reports the clause, the report in it
# included: Z's content is the clause and the inner report is `nested` in it (records.md:
# an attribution inside another's content). The corpus gold ('... ruled out the possibility
# of a tsunami, according to Radio Cooperativa') and the GVA gold ('An autopsy showed ...,
# according to the complaint'; 'According to a statement from the ... Coroner's Office,
# investigators believe ...') read it so; the phrase took only the inner content and made the
# inner row its cited origin. Near forms: the phrase inside the reporting clause ('Witnesses,
# according to The Telegraph, said', the corpus gold's cited origin), a direct quotation, and
# a report citing its origin.
ACCORDING_TO_CLAUSE_CASES = [
    (
        "Police ruled out a link to terrorism, according to the BBC.",
        [
            ("Police", "ruled out", "a link to terrorism", "nested"),
            ("the BBC", "according to", "Police ruled out a link to terrorism", None),
        ],
    ),
    (
        "The coroner ruled out foul play, according to a statement from the family.",
        [
            ("The coroner", "ruled out", "foul play", "nested"),
            (
                "a statement from the family",
                "according to",
                "The coroner ruled out foul play",
                None,
            ),
        ],
    ),
    (
        "An autopsy showed the man was shot twice in the back, according to court records.",
        [
            ("An autopsy", "showed", "the man was shot twice in the back", "nested"),
            (
                "court records",
                "according to",
                "An autopsy showed the man was shot twice in the back",
                None,
            ),
        ],
    ),
    (
        "According to the station, investigators believe the driver was drunk.",
        [
            (
                "the station",
                "According to",
                "investigators believe the driver was drunk",
                None,
            ),
            ("investigators", "believe", "the driver was drunk", "nested"),
        ],
    ),
    (
        "According to the complaint, the boy told officers he had found the gun under a bed.",
        [
            (
                "the complaint",
                "According to",
                "the boy told officers he had found the gun under a bed",
                None,
            ),
            ("the boy", "told", "he had found the gun under a bed", "nested"),
        ],
    ),
    # near forms
    (
        "Witnesses, according to the Telegraph, said a man ran from the scene.",
        [
            ("the Telegraph", "according to", "a man ran from the scene", None),
            ("Witnesses", "said", "a man ran from the scene", "cited_origin"),
        ],
    ),
    (
        '"We have no suspects," the chief said, according to the Herald.',
        [
            ("the chief", "said", "We have no suspects,", "cited_origin"),
            ("the Herald", "according to", "We have no suspects,", None),
        ],
    ),
    (
        "Twenty people were arrested, according to a report citing the mayor's office.",
        [
            ("a report", "according to", "Twenty people were arrested", None),
            ("the mayor's office", "citing", "Twenty people were arrested", "cited_origin"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), ACCORDING_TO_CLAUSE_CASES, ids=[c[0][:40] for c in ACCORDING_TO_CLAUSE_CASES]
)
def test_according_to_reports_the_whole_clause(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content", "relation")) == rows


def test_according_to_clause_table():
    assert_wordings_and_near_forms(ACCORDING_TO_CLAUSE_CASES)


# -- 'He stated his belief that ...' --------------------------------------------------------
# The speaker's own noun cue as the object of a verb that restates it is what the verb
# reports: one row, the verb's (the corpus gold's 'commented on his belief that ...' has no
# row for 'belief'). Near forms: another speaker's claim or belief questioned or rejected, a
# named possessor, and a noun cue that is no object keep the noun's row.
RESTATED_NOUN_CUE_CASES = [
    (
        "He stated his belief that the suspect had acted alone.",
        [("He", "stated", "his belief that the suspect had acted alone")],
    ),
    (
        "The officer explained his belief that the gun was real.",
        [("The officer", "explained", "his belief that the gun was real")],
    ),
    (
        "The sheriff expressed her hope that witnesses would come forward.",
        [("The sheriff", "expressed", "her hope that witnesses would come forward")],
    ),
    (
        "The family voiced their fear that the killer would never be found.",
        [("The family", "voiced", "their fear that the killer would never be found")],
    ),
    (
        "The mayor commented on his belief that the shooting was gang-related.",
        [("The mayor", "commented", "the shooting was gang-related")],
    ),
    # near forms
    (
        "Police rejected his claim that he had acted in self-defence.",
        [
            ("Police", "rejected", "his claim that he had acted in self-defence"),
            ("his", "claim", "he had acted in self-defence"),
        ],
    ),
    (
        "Prosecutors questioned her belief that the gun was unloaded.",
        [
            ("Prosecutors", "questioned", "her belief that the gun was unloaded"),
            ("her", "belief", "the gun was unloaded"),
        ],
    ),
    (
        "The chief repeated the department's claim that no shots were fired by officers.",
        [
            (
                "The chief",
                "repeated",
                "the department's claim that no shots were fired by officers",
            ),
            ("the department's", "claim", "no shots were fired by officers"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), RESTATED_NOUN_CUE_CASES, ids=[c[0][:40] for c in RESTATED_NOUN_CUE_CASES]
)
def test_a_speakers_own_noun_cue_restated_is_one_row(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_restated_noun_cue_table():
    assert_wordings_and_near_forms(RESTATED_NOUN_CUE_CASES)


# -- 'Video posted to social media showed ...' ----------------------------------------------
# records.md: 'photos posted on social media showed ...' is a row with the whole phrase as
# source. The parser may read the participle as the root, with the recording its subject and
# the cue a second verb joined with no conjunction ('posted/ROOT ... showed/conj'), or the
# writer coordinates the two ('was posted online and showed'); the cue had no subject of its
# own and no row. A platform after 'to' ('posted to Facebook') is where the recording was
# put, its channel. Near forms: the participle hung on the noun as usual, a negated showing,
# and a recording released by someone, whose channel stays the recording's own.
JOINED_RECORDING_CASES = [
    (
        "Video posted to social media showed the suspect walking away from the car.",
        [
            (
                "Video posted to social media",
                "showed",
                "the suspect walking away from the car",
                "social_media",
            )
        ],
    ),
    (
        "The video was posted on social media and showed a crowd fleeing.",
        [("The video", "showed", "a crowd fleeing", "social_media")],
    ),
    (
        "Photos posted to Facebook showed the burned-out shell of the car on Elm Street.",
        [
            (
                "Photos posted to Facebook",
                "showed",
                "the burned-out shell of the car on Elm Street",
                "facebook",
            )
        ],
    ),
    (
        "Video posted on social media Sunday showed officers tackling a man outside a store.",
        [
            (
                "Video posted on social media",
                "showed",
                "officers tackling a man outside a store",
                "social_media",
            )
        ],
    ),
    (
        "Footage was uploaded to YouTube and showed two men fighting outside the club.",
        [("Footage", "showed", "two men fighting outside the club", "social_media")],
    ),
    # near forms
    (
        "Video posted on social media showed a man firing into the crowd.",
        [
            (
                "Video posted on social media",
                "showed",
                "a man firing into the crowd",
                "social_media",
            )
        ],
    ),
    ("The video was posted online but did not show the shooting.", []),
    (
        "Surveillance video released by police showed two men breaking into the store.",
        [
            (
                "Surveillance video released by police",
                "showed",
                "two men breaking into the store",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), JOINED_RECORDING_CASES, ids=[c[0][:40] for c in JOINED_RECORDING_CASES]
)
def test_a_recording_joined_to_the_verb_that_posted_it(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content", "channel")) == rows


def test_joined_recording_table():
    assert_wordings_and_near_forms(JOINED_RECORDING_CASES)


# -- 'Authorities in Harris County on Sunday night said ...' --------------------------------
# records.md: the source is the speaker's noun phrase; a time phrase the parser hung on the
# speaker, last before the cue, says when the cue was made ('late on Monday', 'on Sunday
# night'). Near forms: a place or a group after the speaker stays in the source, and a time
# the parser hung on the verb was never in it.
TIME_CLOSING_SOURCE_CASES = [
    (
        "Authorities in Harris County on Sunday night said the gunman had been killed.",
        [("Authorities in Harris County", "said")],
    ),
    (
        "Officials in Kharkiv late on Monday said three people were wounded in the strike.",
        [("Officials in Kharkiv", "said")],
    ),
    (
        "Investigators in Bristol early on Saturday said the fire had been set deliberately.",
        [("Investigators in Bristol", "said")],
    ),
    (
        "Residents of the estate on Friday evening said they had heard several shots.",
        [("Residents of the estate", "said")],
    ),
    # near forms
    (
        "Officers at the scene said the driver had fled on foot.",
        [("Officers at the scene", "said")],
    ),
    (
        "A spokesman for the family on Wednesday said the boy was recovering.",
        [("A spokesman for the family", "said")],
    ),
    (
        "Police in Leeds said two men had been arrested.",
        [("Police in Leeds", "said")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    TIME_CLOSING_SOURCE_CASES,
    ids=[c[0][:40] for c in TIME_CLOSING_SOURCE_CASES],
)
def test_a_time_closing_the_source_is_no_part_of_it(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue")) == rows


def test_time_closing_source_table():
    assert_wordings_and_near_forms(TIME_CLOSING_SOURCE_CASES)


# -- 'addressed the public: "..."' ----------------------------------------------------------
# A verb of turning to an audience (`audience_verbs`), with the audience for object and a
# colon opening a quotation, reports the quotation: the corpus gold's 'Governor John Bel
# Edwards addressed the public: "No one should take this storm lightly. ..."'. The open-verb
# model took it only when the quotation was one sentence. Near forms: no quotation, and a
# topic addressed instead of an audience.
AUDIENCE_COLON_QUOTE_CASES = [
    (
        'Governor Maria Lopez addressed the public: "Nobody should ignore this warning. We have '
        'seen what these storms can do."',
        [
            (
                "Governor Maria Lopez",
                "addressed",
                "Nobody should ignore this warning. We have seen what these storms can do.",
            )
        ],
    ),
    (
        'Sheriff Tom Hale addressed reporters: "The suspect is in custody. There is no further '
        'threat."',
        [
            (
                "Sheriff Tom Hale",
                "addressed",
                "The suspect is in custody. There is no further threat.",
            )
        ],
    ),
    (
        'The prime minister addressed the nation: "These are dark days. We will get through '
        'them together."',
        [
            (
                "The prime minister",
                "addressed",
                "These are dark days. We will get through them together.",
            )
        ],
    ),
    (
        'The commissioner addressed residents: "The water is safe to drink. Tests came back '
        'clean this morning."',
        [
            (
                "The commissioner",
                "addressed",
                "The water is safe to drink. Tests came back clean this morning.",
            )
        ],
    ),
    (
        'The mayor greeted supporters: "We did it. This city voted for change."',
        [("The mayor", "greeted", "We did it. This city voted for change.")],
    ),
    # near forms
    ("The mayor addressed the city council on Tuesday about the budget.", []),
    ("The governor addressed the crowd outside the courthouse.", []),
    (
        'The report addressed the shortage: "Staffing remains low. Waiting times have doubled."',
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    AUDIENCE_COLON_QUOTE_CASES,
    ids=[c[0][:40] for c in AUDIENCE_COLON_QUOTE_CASES],
)
def test_an_audience_addressed_before_a_quotation(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_audience_colon_quote_table():
    assert_wordings_and_near_forms(AUDIENCE_COLON_QUOTE_CASES)


# -- 'as X put it' ------------------------------------------------------------------------------
# 'Put it' in an as-clause with its speaker reports the clause the as-clause hangs on, as 'as
# the minister said' does (`as_clause_cues`); the cue keeps its fixed object ('put it'), and a
# medium 'in' it names is the channel. Near forms: 'put' moving a thing (a particle, a place,
# another object) and a figure set ('put the toll at 11') keep their readings.
AS_PUT_IT_CASES = [
    (
        "As one farmer put it, the harvest is lost.",
        [("one farmer", "put it", "the harvest is lost")],
    ),
    (
        "The ceasefire is holding only on paper, as a UN envoy put it.",
        [("a UN envoy", "put it", "The ceasefire is holding only on paper")],
    ),
    (
        "As the defence minister put it in an interview, the front line has not moved.",
        [("the defence minister", "put it", "the front line has not moved")],
    ),
    (
        "The shelling never stops, as one nurse put it to reporters.",
        [("one nurse", "put it", "The shelling never stops")],
    ),
    # near forms
    ("As the driver put it in the boot, the alarm went off.", []),
    ("As she put it down, the lights went out.", []),
    ("As the medics put the wounded on stretchers, the firing resumed.", []),
    (
        "The regional governor put the toll at 14.",
        [("The regional governor", "put", "the toll at 14")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), AS_PUT_IT_CASES, ids=[c[0][:40] for c in AS_PUT_IT_CASES]
)
def test_as_speaker_put_it_reports_the_clause(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


def test_as_put_it_table():
    assert_wordings_and_near_forms(AS_PUT_IT_CASES)
