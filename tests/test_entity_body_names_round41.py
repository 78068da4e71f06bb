"""Round 41: a body of a known organisation is no person.

'the United Nations Human Rights Monitoring Mission', 'The European Union Advisory Mission':
the model draws one name over a known organisation and the capitalised words after it, which
`_person_after_org` cut into the organisation and a person ('Human Rights Monitoring Mission'
PERSON), as it should for 'director of Amnesty International Man-kei Tam'. Words closed by a
body's head word of the word lists (`short_form_heads`, with `org_heads` and
`org_heads_before_of`: Mission, Programme, Office, Service) name a body of the organisation:
the name stays one ORG, and a source written with it resolves to the whole name (with its
'in Afghanistan', as `_fuller_name` reads a mission's place). Near forms: a person's name after
the organisation keeps its split, whether the model drew the two as one name or not.
"""

from tests.tables import assert_wordings_and_near_forms, cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"


def _names(doc):
    """The article's ORG and PERSON mentions as (text, label), in the order written."""
    return [
        (doc.text[e["start"] : e["end"]], e["label"])
        for e in doc._.news_entities
        if e["label"] in ("ORG", "PERSON")
    ]


BODY_NAME_CASES = [
    (
        "The United Nations Development Programme said the aid was delayed.",
        [("United Nations Development Programme", "ORG")],
    ),
    (
        "The European Union Advisory Mission said the talks were useful.",
        [("European Union Advisory Mission", "ORG")],
    ),
    (
        "The United Nations Assistance Mission in Afghanistan said 20 civilians were killed.",
        [("United Nations Assistance Mission", "ORG")],
    ),
    (
        "Officials of the United Nations Human Rights Monitoring Mission visited the city.",
        [("United Nations Human Rights Monitoring Mission", "ORG")],
    ),
    # near forms: a person named after the organisation, drawn as one name or as two
    (
        "The statement was read by director of Amnesty International Man-kei Tam on Friday.",
        [("Amnesty International", "ORG"), ("Man-kei Tam", "PERSON")],
    ),
    (
        "The report was written by Human Rights Watch researcher Belkis Wille.",
        [("Human Rights Watch", "ORG"), ("Belkis Wille", "PERSON")],
    ),
]

test_body_names = cases_test(BODY_NAME_CASES, _names, PUBLISHED)


def test_body_name_table():
    assert_wordings_and_near_forms(BODY_NAME_CASES)


READ_RESOLVED = _field_reader(("cue", "source", "source_resolved"))

BODY_SOURCE_CASES = [
    (
        "According to the United Nations Human Rights Monitoring Mission in Ukraine, more "
        "than 11,000 civilians have been killed.",
        [
            (
                "According to",
                "the United Nations Human Rights Monitoring Mission in Ukraine",
                "United Nations Human Rights Monitoring Mission in Ukraine",
            )
        ],
    ),
    (
        "The United Nations Assistance Mission in Afghanistan said 20 civilians were killed.",
        [
            (
                "said",
                "The United Nations Assistance Mission in Afghanistan",
                "United Nations Assistance Mission in Afghanistan",
            )
        ],
    ),
    (
        "The United Nations Development Programme said the aid was delayed.",
        [
            (
                "said",
                "The United Nations Development Programme",
                "United Nations Development Programme",
            )
        ],
    ),
    (
        "The European Union Advisory Mission said the talks were useful.",
        [("said", "The European Union Advisory Mission", "European Union Advisory Mission")],
    ),
    # near forms: the person speaks, not the body he works for
    (
        "The report was written by Human Rights Watch researcher Belkis Wille.",
        [("written", "Human Rights Watch researcher Belkis Wille", "Belkis Wille")],
    ),
    (
        '"We are alarmed," said Ravina Shamdasani of the United Nations Human Rights Office.',
        [
            (
                "said",
                "Ravina Shamdasani of the United Nations Human Rights Office",
                "Ravina Shamdasani",
            )
        ],
    ),
]

test_body_sources = cases_test(BODY_SOURCE_CASES, READ_RESOLVED, PUBLISHED)


def test_body_source_table():
    assert_wordings_and_near_forms(BODY_SOURCE_CASES)
