"""A shot that hits someone, told with the projectile or the gun as what struck.

"fired a shot that struck the suspect" (a relative clause on the projectile), "The gun went
off and hit the boy" (the weapon as the subject of the clause before), "when a round was
fired, striking the boy" (the participle hung on the main verb beside the firing): each is a
gunshot wound, read like "was shot" against the article's deaths. Near forms: hits by a
vehicle, a bat, a strike on a building, a shot that struck a thing."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
PROJECTILE_HITS = [
    (
        "One of the patrons fired a shot that struck the suspect in the left eye.",
        [("injured", "the suspect", None, True)],
    ),
    (
        "A deputy fired a round that grazed a 19-year-old man.",
        [("injured", "a 19-year-old man", None, True)],
    ),
    (
        "The gun went off and hit the boy in his lower right leg, police said.",
        [("injured", "the boy", None, True)],
    ),
    (
        "The rifle discharged and struck his brother in the arm.",
        [("injured", "his brother", None, True)],
    ),
    (
        "Caine was holding the gun when a round was fired, striking Charpentier in the upper"
        " torso.",
        [("injured", "Charpentier", None, True)],
    ),
    (
        "A 7-year-old boy was shot in Baltimore on Monday. Police said the gun went off and hit"
        " the boy in the cheek.",
        [("injured", "A 7-year-old boy", None, True), ("injured", "the boy", "same_as", False)],
    ),
    # The participle on the volley itself, and on a clause whose subject is the bullets.
    (
        "A gunman walked up and fired several rounds hitting a 30-year-old man in the arm.",
        [("injured", "a 30-year-old man", None, True)],
    ),
    (
        "Three bullets tore through the bedroom wall, striking a woman in the shoulder.",
        [("injured", "a woman", None, True)],
    ),
    # The one hit, told by a pronoun after a gun the verb handles: not the gun's.
    (
        "A 5-year-old boy was hurt on Friday. Deputies said his uncle fired a pistol by"
        " mistake, hitting him.",
        [("injured", "A 5-year-old boy", None, True), ("injured", "him", "same_as", False)],
    ),
    # A person's hit, where on the body named, in a sentence of gunfire: the one shot.
    (
        "A store clerk returned fire and hit one of the robbers in the thigh, police said.",
        [("injured", "one of the robbers", None, True)],
    ),
    (
        "Troopers exchanged gunfire with the driver and struck him in the shoulder.",
        [("injured", "him", None, True)],
    ),
    # Near forms: no gunshot.
    ("During the brawl a bouncer struck the customer in the face.", []),
    ("The shooting suspect hit the officer in the face with a flashlight.", []),
    ("Three bullets tore through the bedroom wall, striking the headboard.", []),
    ("The gunman fired a round hitting the door.", []),
    ("A brick came through the window, striking a woman in the shoulder.", []),
    ("The man swung a bat, hitting a woman in the head.", []),
    ("The car hit a pedestrian on Main Street.", []),
    ("The jury heard about a shot that struck the wall.", []),
    ("Israeli strikes hit a school in Gaza.", []),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTILE_HITS)
def test_projectile_hits(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
