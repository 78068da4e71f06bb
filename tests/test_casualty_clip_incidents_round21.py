"""Clip lists of scraped report pages, twenty-first round (the GVA gold's clip rows).

A page listing two or more video clips gives each clip's title after its running time ("0:43
Homeless man found dead in Parkland; suspect arrested"). ANNOTATION.md counts every figure, and
the GVA annotators gave each title's figures a row of its own that counts toward the totals: a
clip is an incident of its own. So no figure of one clip restates, parts, revises or retypes a
figure of another clip or of the story beside them ("the victim" of one clip is not the "three
people shot" of another; a story's "two men were shot" is not "killed or injured" for a clip's
death). A single running time is no list, a clock time in prose is no clip, and the time stamps
of a live page open entries of prose, not titles."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: each clip's title read as its own incident
CLIP_TITLES = [
    (
        "0:45 Two women shot in drive-by\n\n1:10 Man killed in crash on the interstate\n\n"
        "2:30 Three people hurt in apartment fire",
        [
            ("injured", "Two women", None, True),
            ("killed", "Man", None, True),
            ("injured", "Three", None, True),
        ],
    ),
    (
        "1:40 Gunman kills two in store\n\n0:58 Woman shot dead by neighbor\n\n"
        "Four people were shot at a park on Sunday.",
        [
            ("killed", "two", None, True),
            ("killed", "Woman", None, True),
            ("injured", "Four", None, True),
        ],
    ),
    (
        "2:10 Three people shot outside a bar\n\n0:52 Police say the victim was shot in the back",
        [("injured", "Three", None, True), ("injured", "the victim", None, True)],
    ),
    (
        "1:05 Man killed in crash on Route 9\n\n0:40 Weather forecast for the weekend\n\n"
        "Two men were shot outside a bar on Friday night.",
        [("killed", "Man", None, True), ("injured", "Two men", None, True)],
    ),
    # Near form: one running time is no list; the story's shooting then holds the death.
    (
        "1:05 Man killed in crash on Route 9\n\nTwo men were shot outside a bar on Friday night.",
        [("killed", "Man", None, True), ("killed_or_injured", "Two men", None, True)],
    ),
    # Near form: a live page's time stamps open paragraphs of prose, no clip titles; the later
    # entry revises the earlier one's toll.
    (
        "08:45 A drone hit a bus depot in the city overnight, killing three workers, the mayor"
        " said.\n\n10:20 The number of dead has risen to five, the mayor said in a later update.",
        [("killed", "three workers", None, False), ("killed", "five", "update_of", True)],
    ),
    # Near form: a clock time in prose before a figure is no clip list.
    (
        "Police said that at 10:30 three people were shot outside the bar.",
        [("injured", "three", None, True)],
    ),
]

test_clip_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    {"CLIP_TITLES": CLIP_TITLES}, linked_rows, PUBLISHED
)
