""" "Another" in an "including" list, fortieth round: "hitting him in the face and other people
at the gas station ... the pellets struck multiple other targets including another witness who
was shot in the leg" tells the witness as one of those struck, so one of the people already
counted; "another" sets him beside the victim told first, not beside the group. A role noun
after "another" used to add a person the group did not name ("25 were injured ... another
soldier was wounded"), whatever the part word before it. Found on a US crime report (GVA dev,
fitted mention gold g5). Near forms: "another" + a role noun in a sentence of its own, with no
part word, is still one more person.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2024-07-05"

ANOTHER_IN_PART_LIST = [
    (
        "The gunman fired a shotgun at a man, hitting him in the face and other people nearby. "
        "The pellets struck multiple other targets including another witness who was shot in "
        "the leg.",
        [
            ("injured", "him", None, True),
            ("injured", "other people", None, True),
            ("injured", "another witness", "subset_of", False),
        ],
    ),
    (
        "Two people were wounded at the bus stop on Friday. Bullets struck the shelter and a "
        "bus, including another passenger who was grazed in the arm.",
        [("injured", "Two", None, True), ("injured", "another passenger", "subset_of", False)],
    ),
    (
        "Gunfire wounded several people outside the club. The shots struck parked cars and "
        "patrons, including another bouncer who was hit in the hip.",
        [
            ("injured", "several people", None, True),
            ("injured", "patrons", "subset_of", False),
            ("injured", "another bouncer", "subset_of", False),
        ],
    ),
    (
        "Four people were shot at a party late Saturday. Stray rounds hit two houses across "
        "the street, including another guest who was struck in the foot.",
        [("injured", "Four", None, True), ("injured", "another guest", "subset_of", False)],
    ),
    (
        "A man was shot dead and others were wounded at a barbecue on Sunday. Bullets hit "
        "several cars including another relative who was grazed in the arm.",
        [
            ("killed", "A man", None, True),
            ("injured", "others", None, True),
            ("injured", "another relative", "subset_of", False),
        ],
    ),
    (
        "Five people were hurt when a man opened fire outside a bar. The shots hit a taxi and a "
        "bus stop, including another driver who was struck in the shoulder.",
        [("injured", "Five", None, True), ("injured", "another driver", "subset_of", False)],
    ),
    # Near forms: "another" + a role noun told in a sentence of its own is one more person.
    (
        "Two people were wounded at the bus stop on Friday. Another passenger was grazed in "
        "the arm.",
        [("injured", "Two", None, True), ("injured", "Another passenger", None, True)],
    ),
    (
        "Three people were wounded in the shooting at the park, police said. Another officer "
        "was hurt in a crash on the way to the scene.",
        [("injured", "Three", None, True), ("injured", "Another officer", None, True)],
    ),
]

TABLES = {"ANOTHER_IN_PART_LIST": ANOTHER_IN_PART_LIST}

test_another_in_part_list, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
