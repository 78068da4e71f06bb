"""Casualty precision and article totals, round 18: a singular noun set beside a full name the
recognizer did not label ("Tavarion Bledsoe, a 19-year-old college freshman, and ...") describes
that one person and is no second victim; a definition told on "one"
("defines a mass shooting as one in which four or more people are shot") reports no harm; a
distributive determiner ("the family of each person who died") counts nobody. Each table holds
four or more wordings of one construction and at least two near forms that keep the old
reading; the rows give every row's relation and count, and the totals table the article's
totals."""

from __future__ import annotations

from tests.tables import cases_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Police said A, an 18-year-old high school basketball star, and B, 14, were killed": the
#: apposition describes the first person (`_describes_one`,
#: now also for a full name the recognizer left unlabelled); two killed, not three. Near forms:
#: a plural group with its people in apposition keeps them as its parts, and a list of
#: described people stays one row each.
A_DESCRIBED_UNLABELLED_NAME = [
    (
        "Police said Tavarion Bledsoe, a 19-year-old college freshman, and Marcus Oyelaran, 22, "
        "were killed.",
        [
            ("killed", "Tavarion Bledsoe", None, True),
            ("killed", "Marcus Oyelaran", None, True),
        ],
    ),
    (
        "Officials said Dashiell Okonkwo, a 31-year-old father of two, and Rhea Castellano were "
        "shot outside the bar.",
        [
            ("injured", "Dashiell Okonkwo", None, True),
            ("injured", "Rhea Castellano", None, True),
        ],
    ),
    (
        "Rangers arrested Bronwyn Talliaferro, a 40-year-old truck driver, and Ezequiel Munro on "
        "Friday.",
        [
            ("detained", "Bronwyn Talliaferro", None, True),
            ("detained", "Ezequiel Munro", None, True),
        ],
    ),
    (
        "Police said Ke'On Darbley, an 18-year-old high school point guard, and Devon "
        "Arkwright, 16, were killed.",
        [
            ("killed", "Ke'On Darbley", None, True),
            ("killed", "Devon Arkwright", None, True),
        ],
    ),
    # Near forms: a counted group's people in apposition are its parts; a plain list of
    # described people is one row each.
    (
        "Police said two men, a cashier and a customer, were wounded in the robbery.",
        [
            ("injured", "two men", None, True),
            ("injured", "a cashier", "subset_of", False),
            ("injured", "a customer", "subset_of", False),
        ],
    ),
    (
        "Police said a cashier, a customer and a guard were wounded in the robbery.",
        [
            ("injured", "a cashier", None, True),
            ("injured", "a customer", None, True),
            ("injured", "a guard", None, True),
        ],
    ),
]

#: "the Gun Violence Archive, which defines a mass shooting as one in which four or more people
#: are shot": "one" stands for the generic event noun the definition is about, whether the
#: parser hangs "as one" on the noun or on its verb. Near forms: a past clause on "one" tells
#: an incident.
A_DEFINITION_ON_ONE = [
    ("The agency defines a terror attack as one in which five or more people are killed.", []),
    ("The study counts an incident as one in which three or more people are wounded.", []),
    (
        "The archive defines a mass shooting as one where four people are shot, not counting "
        "the gunman.",
        [],
    ),
    ("The report describes a fatal case as one in which two or more people die.", []),
    # Near forms: a past clause on "one" reports the incident.
    (
        "The attack was one in which four people were shot.",
        [("injured", "four", None, True)],
    ),
    (
        "The bombing was one in which three soldiers were killed.",
        [("killed", "three soldiers", None, True)],
    ),
]

#: "announced compensation ... for the family of each person who died": "each" and "every" take
#: people one at a time and count no one. Near forms: "another" and an ordinal bring in one
#: more person.
A_DISTRIBUTIVE_DETERMINER = [
    ("The governor promised compensation to the family of each person who died in the flood.", []),
    ("Relatives of every passenger who was killed will receive a payment, the airline said.", []),
    ("The council will pay for the funeral of each person killed in the blast.", []),
    ("Each victim was shot in the head, police said.", []),
    # Near forms: one more person.
    (
        "A man was killed and another person was injured in the blast.",
        [("killed", "A man", None, True), ("injured", "another person", None, True)],
    ),
    (
        "One person died and a second person was wounded, police said.",
        [("killed", "One person", None, True), ("injured", "a second person", None, True)],
    ),
]

TABLES = {
    "a described unlabelled name": A_DESCRIBED_UNLABELLED_NAME,
    "a definition on one": A_DEFINITION_ON_ONE,
    "a distributive determiner": A_DISTRIBUTIVE_DETERMINER,
}

test_precision_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)


#: (text, the article's totals by type: low, best, high)
ARTICLE_TOTALS = [
    # the described name counts once
    (
        "Two teenagers were killed outside a club early Sunday. Police said Tavarion Bledsoe, a "
        "19-year-old college freshman, and Marcus Oyelaran, 22, were killed.",
        {"killed": (2, 2, 2)},
    ),
    # a definition adds nobody to the toll
    (
        "Three people were shot at a park on Saturday. The archive defines a mass shooting as "
        "one in which four or more people are shot.",
        {"injured": (3, 3, 3)},
    ),
    # near form: a second incident told in the past adds its own people
    (
        "Three people were shot at a park on Saturday. In a separate shooting, two men were "
        "wounded outside a store.",
        {"injured": (5, 5, 5)},
    ),
]

test_article_totals = cases_test(ARTICLE_TOTALS, totals, PUBLISHED)
