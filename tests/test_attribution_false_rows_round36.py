"""False rows the fitted sets showed (round 36).

An event told in the article ('His death shows how ...', 'The killing shows that ...', 'The
unrest forced the president to ... dismiss ...') is the writer's reading of what happened, not
a source that speaks: such event nouns join the things that make no claim ('an explosion
shows', `non_communicating` in models/lexicons/sources.json). Near forms keep their rows: a
recording or a report that shows, a person named with the event ('Survivors of the massacre
said'), the event as what was said or as the object of the cue ('Police said the shooting was
an accident', 'The killing was condemned by the United Nations').

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


TABLES = {"EVENT_SUBJECT_CASES": EVENT_SUBJECT_CASES}


def _field_rows(doc) -> list[tuple]:
    return [_fields(doc, a, FIELDS) for a in doc._.news_attributions]


test_event_subjects_make_no_claim, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _field_rows, PUBLISHED
)
