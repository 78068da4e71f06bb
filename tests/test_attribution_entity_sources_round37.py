"""Round 37: sources whose resolution depends on the entity stage's names.

A person given with the street or town they live on ("Dana Whitfield of Linden Court") is a
PERSON; the address after "of" is no part of an organisation's name that swallows the person,
so a later surname alone resolves to the full name.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
#: each row's fields as the tables give them
READ_CONTENT = _field_reader(("cue", "source", "content"))
READ_RESOLVED = _field_reader(("cue", "source", "source_resolved"))
READ_CUE_RESOLVED = _field_reader(("cue", "source_resolved"))

CASES = [
    (
        "Dana Whitfield of Linden Court was charged on Tuesday. Whitfield told officers the "
        "rifle had gone off by accident.",
        [("told", "Whitfield", "Dana Whitfield")],
    ),
    (
        "Nadia Perez of Riverside Center was arrested. Perez said she had done nothing wrong.",
        [("said", "Perez", "Nadia Perez")],
    ),
    # an organisation whose own name holds "of" stays whole
    (
        "The Virginia Museum of Fine Arts said the painting had been stolen.",
        [("said", "The Virginia Museum of Fine Arts", "Virginia Museum of Fine Arts")],
    ),
    (
        "Grace Church of Christ said the pastor was safe.",
        [("said", "Grace Church of Christ", "Grace Church of Christ")],
    ),
]


test_person_before_an_address_of = cases_test(CASES, READ_RESOLVED, PUBLISHED)


# A light verb whose object is what was disclosed ('released the name of ...'): the object is
# the content and the verb the cue; negated, nothing was disclosed.
DISCLOSED_CASES = [
    (
        "Deputies released the name of the woman who drowned in the quarry.",
        [("released", "Deputies", "the name of the woman who drowned in the quarry")],
    ),
    (
        "The sheriff's office also released more details on the crash.",
        [("released", "The sheriff's office", "more details on the crash")],
    ),
    ("Investigators have not released the identity of the driver.", []),
    ("The county did not release further information.", []),
    ("The gunmen released two hostages on Friday.", []),
    # a disclosure not yet made: the infinitive of an expectation or a plan
    ("Officers did not expect to release the names of the dead before Monday.", []),
    ("The coroner plans to release the identity of the driver next week.", []),
]


test_disclosed_object_is_the_content = cases_test(DISCLOSED_CASES, READ_CONTENT, PUBLISHED)


# 'A member of X' is one person: 'he' after it refers back to it; a member who is the victim,
# inside what the row reports, is no speaker.
MEMBER_CASES = [
    (
        "A member of the village guard put the toll at 12. He said six others were missing.",
        [("put", None), ("said", "A member of the village guard")],
    ),
    ("A member of the crew was killed in the blast, he said.", [("said", None)]),
]


test_a_member_is_a_person_a_pronoun_refers_back_to = cases_test(
    MEMBER_CASES, READ_CUE_RESOLVED, PUBLISHED
)
