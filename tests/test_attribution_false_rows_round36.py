"""False rows and a floating quote the fitted sets showed (round 36).

An event told in the article ('His death shows how ...', 'The killing shows that ...', 'The
unrest forced the president to ... dismiss ...') is the writer's reading of what happened, not
a source that speaks: such event nouns join the things that make no claim ('an explosion
shows', `non_communicating` in models/lexicons/sources.json). Near forms keep their rows: a
recording or a report that shows, a person named with the event ('Survivors of the massacre
said'), the event as what was said or as the object of the cue ('Police said the shooting was
an accident', 'The killing was condemned by the United Nations').

A quotation followed by 'read the statement' ('"...," read the statement; "..."') is the
statement's row: the parser takes the message noun after the inverted cue for its object, and
only parties and media were taken there as speakers, so the quotation was left a floating row
with no cue. A message noun (`message_nouns`) is a speaker there as after 'said'. Near forms:
a person reading a statement aloud, a message after 'said'.

A citing participle closing the sentence with no comma ('reported X to be dead citing sources
within the ministry') names the origin as the set-off one does (`_unset_off_citing`): the
origin's row has the complement for content, and the complement stops before the participle;
before, the participle was the reporter's own row with the origin for content. Near forms: the
participle as the complement's own verb ('the police were citing witnesses'), grounds ('citing
security concerns'), the set-off participle.

A finite clause right after a later cue with no complement of its own ('have not named a
cause, though it was intimated there were no signs of an explosion') is that cue's, though the
parser hung it on the cue further back (`_nearer_cue_of_complement`): 'intimate' is a speech
verb (cues.json), and the negated naming keeps no clause it did not say. Near forms: a clause
after 'that' on a cue of its own, two cues each with its clause, a negated naming alone.

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

FIELDS = ("source", "cue", "content")
#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"

EVENT_SUBJECT_CASES = [
    ("Her death shows once more how exposed the clinic staff are.", []),
    ("The killing shows that the smugglers are growing bolder.", []),
    ("The bombing showed how thin the town's defences had become.", []),
    ("The violence shows the provincial government has lost control.", []),
    ("The massacre demonstrates that nobody in the valley is safe.", []),
    (
        "The unrest forced the governor to scrap the levy and dismiss half of his advisers.",
        [],
    ),
    # near forms: a recording or a report shows; a person named with the event speaks; the
    # event as content or as the object of the cue
    (
        "Footage of the attack shows masked men dragging a guard outside.",
        [("Footage of the attack", "shows", "masked men dragging a guard outside")],
    ),
    (
        "The coroner's report shows that the victim died of blood loss.",
        [("The coroner's report", "shows", "the victim died of blood loss")],
    ),
    (
        "Survivors of the massacre said the gunmen fired without warning.",
        [("Survivors of the massacre", "said", "the gunmen fired without warning")],
    ),
    (
        "Police said the shooting was an accident.",
        [("Police", "said", "the shooting was an accident")],
    ),
    (
        "The killing was condemned by the United Nations.",
        [("the United Nations", "condemned", "The killing")],
    ),
]


INVERTED_MESSAGE_CASES = [
    (
        '"No shots were fired. We thank the guards for their calm," read the statement.',
        [("the statement", "read", "No shots were fired. We thank the guards for their calm,")],
    ),
    (
        '"Keep your windows shut," read a text sent to residents on Friday.',
        [("a text sent to residents on Friday", "read", "Keep your windows shut,")],
    ),
    (
        '"The shop is closed until further notice," read a sign on the door.',
        [("a sign on the door", "read", "The shop is closed until further notice,")],
    ),
    (
        '"No one was hurt," read the statement; "we will not be deterred by threats."',
        [
            ("the statement", "read", "No one was hurt,"),
            (None, None, "we will not be deterred by threats."),
        ],
    ),
    # near forms: a person reads a statement aloud; a message after 'said', as before
    (
        "The mayor walked to the podium and read the statement.",
        [("The mayor", "read", "the statement")],
    ),
    (
        '"We will rebuild the school," said the statement.',
        [("the statement", "said", "We will rebuild the school,")],
    ),
]


UNSET_OFF_CITING_CASES = [
    (
        "Two newspapers reported the colonel to be missing quoting relatives of his crew.",
        [
            ("Two newspapers", "reported", "the colonel to be missing"),
            ("relatives of his crew", "quoting", "the colonel to be missing"),
        ],
    ),
    (
        "State radio said nine miners had died citing rescue workers.",
        [
            ("State radio", "said", "nine miners had died"),
            ("rescue workers", "citing", "nine miners had died"),
        ],
    ),
    (
        "Local media reported the bridge to have collapsed citing witnesses on the riverbank.",
        [
            ("Local media", "reported", "the bridge to have collapsed"),
            ("witnesses on the riverbank", "citing", "the bridge to have collapsed"),
        ],
    ),
    (
        "The broadcaster reported the mayor to be in hospital, citing his office.",
        [
            ("The broadcaster", "reported", "the mayor to be in hospital"),
            ("his office", "citing", "the mayor to be in hospital"),
        ],
    ),
    # near forms: the complement's own verb; grounds given, no origin
    (
        "The agency said the police were citing witnesses.",
        [("The agency", "said", "the police were citing witnesses")],
    ),
    (
        "The ministry said the border crossing was shut citing security concerns.",
        [("The ministry", "said", "the border crossing was shut citing security concerns")],
    ),
]


NEARER_CUE_CASES = [
    (
        "Investigators have not named a cause for the crash, though it was intimated there "
        "had been a fault in the engine.",
        [(None, "intimated", "there had been a fault in the engine")],
    ),
    (
        "The league has not named a venue for the final, though it was intimated the match "
        "would move abroad.",
        [(None, "intimated", "the match would move abroad")],
    ),
    (
        "Police have not named the victim, though it was intimated she was a local teacher.",
        [(None, "intimated", "she was a local teacher")],
    ),
    (
        "It was intimated that the talks had failed.",
        [(None, "intimated", "the talks had failed")],
    ),
    # near forms: a cue of its own with its clause; two cues, each with its clause; a negated
    # naming alone
    (
        "The minister intimated that he would resign.",
        [("The minister", "intimated", "he would resign")],
    ),
    (
        "Police said the man fled and added he was armed.",
        [("Police", "said", "the man fled"), ("Police", "added", "he was armed")],
    ),
    ("Investigators have not named a cause for the crash.", []),
]


TABLES = {
    "EVENT_SUBJECT_CASES": EVENT_SUBJECT_CASES,
    "INVERTED_MESSAGE_CASES": INVERTED_MESSAGE_CASES,
    "UNSET_OFF_CITING_CASES": UNSET_OFF_CITING_CASES,
    "NEARER_CUE_CASES": NEARER_CUE_CASES,
}


def _field_rows(doc) -> list[tuple]:
    return [_fields(doc, a, FIELDS) for a in doc._.news_attributions]


test_event_subjects_make_no_claim, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _field_rows, PUBLISHED
)
