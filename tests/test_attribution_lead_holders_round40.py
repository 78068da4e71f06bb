"""Round 40: a wire lead's title ('..., the regional governor said.') and the holder named next.

The parser may hang a person's given name on the verb ('Vyacheslav Gladkov wrote on Telegram'
with 'Vyacheslav' as the object): the source phrase still holds the whole name the recogniser
found. A lead's definite title is the next speaker's when that speaker is given the very title
in the source phrase ('Ivan Fedorov, the governor of the Zaporizhzhia region, said'), though
another holder of the title is named further down; a next speaker with another title does not
hold it.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ_RESOLVED = _field_reader(("cue", "source", "source_resolved"))

GIVEN_NAME_CASES = [
    (
        "A drone strike on a minibus left two dead on Monday, the regional governor said.\n\n"
        "Vyacheslav Gladkov wrote on Telegram that the drone hit the vehicle near the town.",
        [
            ("said", "the regional governor", "Vyacheslav Gladkov"),
            ("wrote", "Vyacheslav Gladkov", "Vyacheslav Gladkov"),
        ],
    ),
    (
        "Shelling killed three people in the border town on Friday, the regional governor "
        "said.\n\nRoman Starovoit wrote on Telegram that a shell hit a bus stop in the town.",
        [
            ("said", "the regional governor", "Roman Starovoit"),
            ("wrote", "Roman Starovoit", "Roman Starovoit"),
        ],
    ),
    (
        "A missile strike killed four people in the port city on Sunday, the mayor said.\n\n"
        "Hennadiy Trukhanov wrote on Telegram that the missile hit a warehouse.",
        [
            ("said", "the mayor", "Hennadiy Trukhanov"),
            ("wrote", "Hennadiy Trukhanov", "Hennadiy Trukhanov"),
        ],
    ),
    (
        "Two people were killed when a drone hit a car on Monday, the regional governor said.\n\n"
        "Alexander Bogomaz wrote on Telegram that the car was hit near the border.",
        [
            ("said", "the regional governor", "Alexander Bogomaz"),
            ("wrote", "Alexander Bogomaz", "Alexander Bogomaz"),
        ],
    ),
    # a next speaker who speaks in direct quotation is a voice, not the official
    (
        "A drone strike on a minibus left two dead on Monday, the regional governor said.\n\n"
        '"It was terrible," said Maria Lopez, who lives nearby.',
        [
            ("said", "the regional governor", None),
            ("said", "Maria Lopez, who lives nearby", "Maria Lopez"),
        ],
    ),
    # a next speaker the article describes as someone else holds no such office
    (
        "A drone strike on a minibus left two dead on Monday, the regional governor said.\n\n"
        "Maria Lopez, a nurse at the hospital, said six wounded were brought in.",
        [
            ("said", "the regional governor", None),
            ("said", "Maria Lopez, a nurse at the hospital", "Maria Lopez"),
        ],
    ),
]

test_given_name_kept_in_source = cases_test(GIVEN_NAME_CASES, READ_RESOLVED, PUBLISHED)
