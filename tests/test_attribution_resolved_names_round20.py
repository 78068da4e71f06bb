"""`source_resolved` of named speakers, round 20: a clerical title before a name is no given
name the recogniser left out ('Bishop Jane Doe' is 'Jane Doe', as 'the Rev. X' is 'X'), and
a given name written before a surname that the entity clusters joined to another person of
that surname names that other person ('Mayor of London Sadiq Khan' after 'Usman Khan'). Each
case is the text and the (source as written, `source_resolved`) pair of every row in order
(the helpers of `test_attribution_resolution_probes`)."""

from __future__ import annotations

import pytest

from tests.test_attribution_resolution_probes import _check

CLERICAL_TITLE = [
    (
        "At a service in Dublin, Cardinal Sean Brady called the bombing an act of cowardice.",
        [("Cardinal Sean Brady", "Sean Brady")],
    ),
    (
        "In his sermon at St. Mary's Church in Boston, Cardinal Sean O'Malley called the "
        "shooting a tragedy.",
        [("Cardinal Sean O'Malley", "Sean O'Malley")],
    ),
    (
        "Bishop Robert Barron of the Diocese of Winona said the killing was an act of madness.",
        [("Bishop Robert Barron of the Diocese of Winona", "Robert Barron")],
    ),
]

CLERICAL_TITLE_NEAR = [
    # a title the recogniser already left out of the name
    (
        "Outside the mosque, Imam Yusuf Okafor said the worshippers were in shock.",
        [("Imam Yusuf Okafor", "Yusuf Okafor")],
    ),
    (
        "The Rev. Donald Carver said the clinic would stay open.",
        [("The Rev. Donald Carver", "Donald Carver")],
    ),
]

# 'Khan' clusters with the attacker named first; the mayor's given name says he is another
SURNAME_OF_ANOTHER = [
    (
        "Police said Usman Khan carried out the stabbing. Khan had been released in 2018. "
        '"The city stands together," tweeted Mayor of London Sadiq Khan.',
        [("Police", None), ("Mayor of London Sadiq Khan", "Sadiq Khan")],
    ),
]

SURNAME_OF_ANOTHER_NEAR = [
    # the same given name: the one person, named in full before
    (
        "Sadiq Khan visited the scene on Friday. Later Mayor of London Sadiq Khan said the "
        "city would not be divided.",
        [("Mayor of London Sadiq Khan", "Sadiq Khan")],
    ),
    # a bare surname after the full name stays the person named in full
    (
        "Police said Usman Khan carried out the stabbing. Khan said in 2012 that he regretted "
        "nothing.",
        [("Police", None), ("Khan", "Usman Khan")],
    ),
]


@pytest.mark.parametrize("text, expected", CLERICAL_TITLE + CLERICAL_TITLE_NEAR)
def test_clerical_title_is_no_given_name(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text, expected", SURNAME_OF_ANOTHER + SURNAME_OF_ANOTHER_NEAR)
def test_given_name_sets_apart_another_bearer_of_the_surname(nlp, text, expected):
    _check(nlp, text, expected)
