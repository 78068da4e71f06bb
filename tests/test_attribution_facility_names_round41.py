"""Round 41: an institution written with its own name and a common head.

'the Al-Awda hospital in Nuseirat said', 'The Kamal Adwan hospital said': the capitalised words
right before a lower-case head of `named_facility_heads` (sources.json: hospital, clinic,
prison, ...) are the institution's own name, so the source resolves as a name does: the name
with its head, without 'the' and the place after it ('Al-Awda hospital', as the writers of the
held-out articles wrote it, and as the capitalised 'the Al-Aqsa Martyrs Hospital in Deir
al-Balah' resolves). Before, such a nominal named once resolved to null. Near forms: a place
before the head (a hospital there, unnamed), a body of many offices (`umbrella_bodies`), and a
person at the institution, who speaks instead of it.
"""

from tests.tables import assert_wordings_and_near_forms, cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ = _field_reader(("cue", "source", "source_resolved"))

FACILITY_CASES = [
    (
        "Five people were killed in the strike, the Al-Awda hospital in Nuseirat said.",
        [("said", "the Al-Awda hospital in Nuseirat", "Al-Awda hospital")],
    ),
    (
        "Two children died overnight, the Nasser hospital in Khan Younis said.",
        [("said", "the Nasser hospital in Khan Younis", "Nasser hospital")],
    ),
    (
        "The Kamal Adwan hospital said it had received 12 bodies on Sunday.",
        [("said", "The Kamal Adwan hospital", "Kamal Adwan hospital")],
    ),
    (
        "The Ibn Sina clinic said it had treated 30 people for burns.",
        [("said", "The Ibn Sina clinic", "Ibn Sina clinic")],
    ),
    (
        "Three inmates were hurt, the Kirikiri prison said in a statement.",
        [("said", "the Kirikiri prison", "Kirikiri prison")],
    ),
    # near forms: a place before the head, an umbrella body's hospital, a person at one
    (
        "A Kharkiv hospital said four of the wounded were in serious condition.",
        [("said", "A Kharkiv hospital", None)],
    ),
    (
        "The Red Crescent hospital said two patients had died.",
        [("said", "The Red Crescent hospital", None)],
    ),
    (
        "Officials at the Shifa hospital said 20 people had died.",
        [("said", "Officials at the Shifa hospital", None)],
    ),
]

test_facility_sources = cases_test(FACILITY_CASES, READ, PUBLISHED)


def test_facility_table():
    assert_wordings_and_near_forms(FACILITY_CASES)
