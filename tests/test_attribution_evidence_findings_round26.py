"""What a poll, study, survey or record 'found' is its finding, as what a video 'showed' is
(records.md's evidential sources): the verb with a bare noun-phrase object, or an object
with its participle ('found Trump receiving 20 percent'), is a row whose source is the
document and whose content is the object. 'research', 'review' and 'audit' are such
documents too (`evidential_nouns` in models/lexicons/cues.json). Near forms give no row: a
person who finds a thing ('Police found a weapon'), a search or a patrol that does, and a
negated finding ('The audit did not find any fraud' tells what was not found).

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

import pytest

from tests.tables import assert_wordings_and_near_forms
from tests.test_attribution_probes import _rows

FIELDS = ("source", "cue", "content")

FINDING_CASES = [
    (
        "A recent county survey found 70 percent support for the new bridge.",
        [("A recent county survey", "found", "70 percent support for the new bridge")],
    ),
    (
        "An October poll found the mayor trailing her challenger by nine points.",
        [("An October poll", "found", "the mayor trailing her challenger by nine points")],
    ),
    (
        "The state audit found serious gaps in the agency's accounts.",
        [("The state audit", "found", "serious gaps in the agency's accounts")],
    ),
    (
        "Research by the university found that most tenants pay more than a third of their income.",
        [
            (
                "Research by the university",
                "found",
                "most tenants pay more than a third of their income",
            )
        ],
    ),
    (
        "A review of the hospital's records found two missing doses.",
        [("A review of the hospital's records", "found", "two missing doses")],
    ),
    # near forms: a person or a search finds a thing; a negated finding
    ("Police found a rifle in the trunk of the car.", []),
    ("The farmer found the missing dog near the river.", []),
    ("A search of the woods found nothing.", []),
    ("The audit did not find any fraud.", []),
]


@pytest.mark.parametrize(("text", "rows"), FINDING_CASES, ids=[c[0][:40] for c in FINDING_CASES])
def test_what_a_document_found_is_its_finding(nlp, text, rows):
    assert _rows(nlp, text, FIELDS) == rows


def test_table():
    assert_wordings_and_near_forms(FINDING_CASES)
