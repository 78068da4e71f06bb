"""A present participle of speech after a report ('..., stating ...', '..., blaming X for Y',
'..., telling reporters ...', '..., calling it X', 'criticized X for Y saying ...') carries a
statement of its own: its row has the reporter for source, and it is neither part of the
report's content nor nested in it (the fitted gold never nests one). Each case gives the text
and, for every row in order, (source, cue, content, relation_to_parent).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content", "relation")

# -- set off by a comma after a reported clause (`reporter_participles`) -----------------------
# The parser hangs the participle on the reported clause; it goes on with the reporter. Near
# forms: a participle that is no speech act stays in what was reported.
AFTER_REPORTED_CLAUSE_CASES = [
    (
        "The ministry believes that the weapons were smuggled across the border, stating, "
        '"We have seen the trucks."',
        [
            ("The ministry", "believes", "the weapons were smuggled across the border", None),
            ("The ministry", "stating", "We have seen the trucks.", None),
        ],
    ),
    (
        "The army acknowledged its troops had fired on the crowd, blaming a breakdown in "
        "communication.",
        [
            ("The army", "acknowledged", "its troops had fired on the crowd", None),
            ("The army", "blaming", "a breakdown in communication", None),
        ],
    ),
    (
        "The senator said the convoy was ambushed near the river, telling reporters it had no "
        "escort.",
        [
            ("The senator", "said", "the convoy was ambushed near the river", None),
            ("The senator", "telling", "it had no escort", None),
        ],
    ),
    (
        "Officials said the dam had failed, blaming heavy rain for the collapse.",
        [
            ("Officials", "said", "the dam had failed", None),
            ("Officials", "blaming", "heavy rain for the collapse", None),
        ],
    ),
    (
        # the parser reads 'whilst' as a preposition, and leaves the closing mark on the clause
        'The envoy said the strikes would kill civilians, whilst also calling for NATO to "act '
        'with care".',
        [
            ("The envoy", "said", "the strikes would kill civilians", None),
            ("The envoy", "calling for", 'NATO to "act with care', None),
        ],
    ),
    # near forms
    (
        "The mayor said the road would reopen on Monday, leaving the detour in place until then.",
        [
            (
                "The mayor",
                "said",
                "the road would reopen on Monday, leaving the detour in place until then",
                None,
            )
        ],
    ),
    (
        "The council said the plan had passed, raising taxes by two percent.",
        [("The council", "said", "the plan had passed, raising taxes by two percent", None)],
    ),
]

# -- after the object of a report ---------------------------------------------------------------
# 'criticized X for Y saying': the parser hangs the participle on the charge (as its clause, or
# on its noun); 'condemned the shelling saying': on the object, a thing that cannot speak;
# 'calling it "X" as well as Y': the quoted predicate read as a second object. Near form: a
# signal heard is no speech of the hearer's.
AFTER_OBJECT_CASES = [
    (
        'The president criticized the police for the slow response saying, "Officers should '
        'have arrived sooner."',
        [
            ("The president", "criticized", "the police for the slow response", None),
            ("The president", "saying", "Officers should have arrived sooner.", None),
        ],
    ),
    (
        "The senator blamed the governor for the delays saying the money never arrived.",
        [
            ("The senator", "blamed", "the governor for the delays", None),
            ("The senator", "saying", "the money never arrived", None),
        ],
    ),
    (
        "The governor denounced the shelling saying it had hit a school.",
        [
            ("The governor", "denounced", "the shelling", None),
            ("The governor", "saying", "it had hit a school", None),
        ],
    ),
    (
        'The minister spoke out against the raid, calling it "a violation of our sovereignty" '
        "as well as a breach of the truce.",
        [
            ("The minister", "spoke out", "the raid", None),
            (
                "The minister",
                "calling",
                'it "a violation of our sovereignty" as well as a breach of the truce',
                None,
            ),
        ],
    ),
    # near form
    (
        "Residents heard sirens warning that missiles were on the way.",
        [(None, "warning", "missiles were on the way", None)],
    ),
]

# -- with no complement, before the quotation its colon opens -----------------------------------
# The cue model turns most of these down; after a report with its speaker, the participle is
# taken when a clause or a quotation follows. Near forms: 'adding' an object says nothing.
QUOTATION_AFTER_CASES = [
    (
        'She described the gunman as "a coward", adding to the BBC: "He will never be forgiven."',
        [
            ("She", "described", 'the gunman as "a coward"', None),
            ("She", "adding", "He will never be forgiven.", None),
        ],
    ),
    (
        'The governor thought of the flood as "a warning", adding in an interview: "We must '
        'build higher walls."',
        [("The governor", "adding", "We must build higher walls.", None)],
    ),
    (
        'The chief denied the claim, telling the radio station: "We were never there."',
        [
            ("The chief", "denied", "the claim", None),
            ("The chief", "telling", "We were never there.", None),
        ],
    ),
    (
        "The union rejected the offer, adding that the strike would go on.",
        [
            ("The union", "rejected", "the offer", None),
            ("The union", "adding", "the strike would go on", None),
        ],
    ),
    # near forms
    ("The mayor thanked the volunteers, adding flowers to the memorial.", []),
    (
        "The governor praised the nurses, adding staff to the night shift.",
        [("The governor", "praised", "the nurses", None)],
    ),
]

TABLES = {
    "after_reported_clause": AFTER_REPORTED_CLAUSE_CASES,
    "after_object": AFTER_OBJECT_CASES,
    "quotation_after": QUOTATION_AFTER_CASES,
}


@pytest.mark.parametrize(
    ("text", "rows"),
    [case for table in TABLES.values() for case in table],
    ids=[case[0][:40] for table in TABLES.values() for case in table],
)
def test_a_speech_participle_after_a_report(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


@pytest.mark.parametrize("name", sorted(TABLES))
def test_tables(name):
    assert_wordings_and_near_forms(TABLES[name], least=5)
