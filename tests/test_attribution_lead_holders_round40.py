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


TITLED_NEXT_CASES = [
    (
        "A glide-bomb attack killed at least five people on Tuesday, the regional governor "
        "said.\n\nIvan Fedorov, the governor of the Zaporizhzhia region, said on Telegram that "
        "two bombs struck an industrial area.\n\nAcross the border, the governor of Russia's "
        "Kursk region, Alexander Khinshtein, wrote on Telegram that a man was killed.",
        [
            ("said", "the regional governor", "Ivan Fedorov"),
            ("said", "Ivan Fedorov, the governor of the Zaporizhzhia region", "Ivan Fedorov"),
            (
                "wrote",
                "the governor of Russia's Kursk region, Alexander Khinshtein",
                "Alexander Khinshtein",
            ),
        ],
    ),
    (
        "Shelling killed three civilians in the city on Monday, the mayor said.\n\n"
        "Ihor Terekhov, the mayor of Kharkiv, said a school was also damaged.\n\n"
        "In the south, the mayor of Mykolaiv, Oleksandr Senkevych, said two people were hurt.",
        [
            ("said", "the mayor", "Ihor Terekhov"),
            ("said", "Ihor Terekhov, the mayor of Kharkiv", "Ihor Terekhov"),
            ("said", "the mayor of Mykolaiv, Oleksandr Senkevych", "Oleksandr Senkevych"),
        ],
    ),
    (
        "A missile strike killed four people on Sunday, the regional governor said.\n\n"
        "Oleh Kiper, the governor of the Odesa region, said a port warehouse was hit.\n\n"
        "Later, the governor of the Mykolaiv region, Vitaliy Kim, said debris fell on a farm.",
        [
            ("said", "the regional governor", "Oleh Kiper"),
            ("said", "Oleh Kiper, the governor of the Odesa region", "Oleh Kiper"),
            ("said", "the governor of the Mykolaiv region, Vitaliy Kim", "Vitaliy Kim"),
        ],
    ),
    (
        "Two soldiers were killed in the raid, the regional governor said.\n\n"
        "Vyacheslav Gladkov, the governor of the Belgorod region, said on Telegram that the "
        "attackers had withdrawn.\n\nThe governor of the Kursk region, Alexei Smirnov, said "
        "shelling had damaged a school.",
        [
            ("said", "the regional governor", "Vyacheslav Gladkov"),
            (
                "said",
                "Vyacheslav Gladkov, the governor of the Belgorod region",
                "Vyacheslav Gladkov",
            ),
            ("said", "The governor of the Kursk region, Alexei Smirnov", "Alexei Smirnov"),
        ],
    ),
    # the next speaker given another title holds another office: the lead's title goes to
    # the one holder named after it, as before
    (
        "A glide-bomb attack killed at least five people on Tuesday, the regional governor "
        "said.\n\nRehina Kharchenko, the secretary of the city council, said 30 people had been "
        "hurt.\n\nAcross the border, the governor of Russia's Kursk region, Alexander "
        "Khinshtein, wrote on Telegram that a man was killed.",
        [
            ("said", "the regional governor", "Alexander Khinshtein"),
            ("said", "Rehina Kharchenko, the secretary of the city council", "Rehina Kharchenko"),
            (
                "wrote",
                "the governor of Russia's Kursk region, Alexander Khinshtein",
                "Alexander Khinshtein",
            ),
        ],
    ),
]

TITLED_NEXT_CASES.append(
    # several holders after and the next speaker holds another office: none is chosen, the
    # title written again keeps its own words
    (
        "Shelling killed three civilians in the city on Monday, the mayor said.\n\n"
        "Anna Petrova, a spokeswoman for the city council, said a school was also damaged.\n\n"
        "The mayor of Kharkiv, Ihor Terekhov, and the mayor of Mykolaiv, Oleksandr Senkevych, "
        "were not reached for comment. Later the mayor of Sumy, Oleksandr Lysenko, said two "
        "people were hurt.",
        [
            ("said", "the mayor", "the mayor"),
            ("said", "Anna Petrova, a spokeswoman for the city council", "Anna Petrova"),
            ("said", "the mayor of Sumy, Oleksandr Lysenko", "Oleksandr Lysenko"),
        ],
    )
)

test_lead_title_held_by_next_speaker = cases_test(TITLED_NEXT_CASES, READ_RESOLVED, PUBLISHED)
