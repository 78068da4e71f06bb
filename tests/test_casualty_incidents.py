"""Telling incidents apart in an article: a later figure of another place or another day is a
figure of its own and adds to the total; a part, a repeat or a revision of the same incident
does not. Each table holds four or more wordings of one construction and the near forms that
must keep their relation."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualties import items, totals

#: (text, count text of the later figure, its relation, whether it counts, killed total best)
PLACE_OF_THE_SUBJECT = [
    # The place hangs on the event that did the harm ("shelling in Odesa killed 35"), not on the
    # verb: it still places the figure.
    (
        "Shelling killed at least nine people in Kharkiv on Monday, officials said. Shelling in "
        "Odesa killed at least 35 people, the regional governor said.",
        "at least 35",
        None,
        True,
        44,
    ),
    (
        "A car bomb killed 20 people in Mosul. A roadside bomb near Kirkuk killed seven soldiers.",
        "seven soldiers",
        None,
        True,
        27,
    ),
    (
        "Israeli strikes killed 17 people in Rafah, medics said. A strike on a house in Khan "
        "Younis killed five people, the civil defence said.",
        "five",
        None,
        True,
        22,
    ),
    (
        "Gunmen in Plateau state killed 12 villagers, police said. Bandits in Zamfara killed "
        "eight people, residents said.",
        "eight",
        None,
        True,
        20,
    ),
    # Near forms: a part of the group in a place inside the first, a place of a relative
    # clause, and the same figure told again.
    (
        "Air strikes killed 20 people in Gaza, medics said. A strike on a house in Gaza City "
        "killed 12 of them.",
        "12 of them",
        "subset_of",
        False,
        20,
    ),
    (
        "Gunmen killed 12 people in Zamfara, police said. A man who lived in Gusau was among "
        "the dead.",
        "A man",
        "subset_of",
        False,
        12,
    ),
    (
        "Gunmen killed 30 people in Borno state, officials said. Fighters in Maiduguri killed "
        "18 of them.",
        "18 of them",
        "subset_of",
        False,
        30,
    ),
    (
        "Shelling killed nine people in Kharkiv on Monday. Shelling in Kharkiv killed nine "
        "people, the governor said.",
        "nine",
        "same_as",
        False,
        9,
    ),
]

ANOTHER_DAY = [
    # An event brought in ("a suicide bombing", "a strike on a school") on a day other than the
    # earlier figure's is another incident, even in the same region or with the same word.
    (
        "At least 30 people were killed in an attack in Borno state on Friday. On Saturday, a "
        "suicide bombing in Maiduguri killed at least 18.",
        "at least 18",
        None,
        True,
        48,
    ),
    (
        "Air strikes killed 20 people in Gaza on Tuesday. On Wednesday, a strike on a school in "
        "Gaza killed 14 people.",
        "14",
        None,
        True,
        34,
    ),
    (
        "Gunmen killed 12 people in Zamfara on Sunday, police said. On Monday, an attack on a "
        "village in the same state killed five.",
        "five",
        None,
        True,
        17,
    ),
    (
        "Russian strikes killed 11 people in the region on Friday. On Sunday, a drone attack "
        "killed two more, the governor said.",
        "two more",
        None,
        True,
        13,
    ),
    # Near forms: a part told on the same day, a toll revised the next day, and the figure
    # told again on the day of the inquiry.
    (
        "Strikes killed 20 people in Gaza on Tuesday. On Tuesday, a strike on a house killed 12 "
        "of them.",
        "12 of them",
        "subset_of",
        False,
        20,
    ),
    (
        "A bomb killed 20 people in Kabul on Friday. The toll rose to 25 on Saturday.",
        "25",
        "update_of",
        True,
        25,
    ),
    (
        "A gunman killed five people at a school on Monday. Police said on Tuesday that five "
        "people had died.",
        "five",
        "same_as",
        False,
        5,
    ),
]

ALSO_ADDS = [
    # "also" on an active harm verb before its object adds the object's people to those harmed
    # so far, as "a bystander was also injured" does.
    (
        "Gunmen killed 20 villagers in Zamfara on Sunday. The attackers also killed a police "
        "officer.",
        "a police officer",
        None,
        True,
        21,
    ),
    (
        "Gunmen killed 12 people in a village on Sunday. They also killed a local chief.",
        "a local chief",
        None,
        True,
        13,
    ),
    (
        "An air strike killed nine people at a market, medics said. It also killed a child in a "
        "nearby house.",
        "a child",
        None,
        True,
        10,
    ),
    (
        "Bandits killed 15 people in Katsina on Friday. The gunmen also shot dead a man who "
        "tried to flee.",
        "a man",
        None,
        True,
        16,
    ),
    # Near forms: "also" on the speech verb, and a person told among the dead.
    (
        "Gunmen killed 20 villagers on Sunday, police said. Police also said that three of the "
        "dead were children.",
        "three of the dead",
        "subset_of",
        False,
        20,
    ),
    (
        "Gunmen killed 20 villagers on Sunday. A police officer was among the dead.",
        "A police officer",
        "subset_of",
        False,
        20,
    ),
    (
        "Gunmen killed six villagers on Saturday, residents said. An elderly man was among those "
        "killed on Saturday.",
        "An elderly man",
        "subset_of",
        False,
        6,
    ),
]

DAY_OF_THE_ACT = [
    # A verb of violence with its own day names the day of the act: another day, another
    # incident, though no new event word brings it in.
    (
        "Gunmen killed eight people in a village in Plateau state on Monday, police said. On "
        "Tuesday, a farmer was killed in a neighbouring village.",
        "a farmer",
        None,
        True,
        9,
    ),
    (
        "Gunmen killed six villagers on Saturday, residents said. A 70-year-old man was killed on "
        "Sunday as he tended his farm.",
        "A 70-year-old man",
        None,
        True,
        7,
    ),
    (
        "Gunmen killed eight people on Monday. Two more people were shot dead on Wednesday, police "
        "said.",
        "Two more",
        None,
        True,
        10,
    ),
    (
        "Russian strikes killed four people on Sunday. A man was killed on Monday when a drone hit "
        "his car.",
        "A man",
        None,
        True,
        5,
    ),
    # Near forms: a day of the report, not of the act ("police said on Tuesday"), and a day
    # that is the same.
    (
        "Gunmen killed eight people on Monday. On Tuesday, police said two of the dead were "
        "children.",
        "two of the dead",
        "subset_of",
        False,
        8,
    ),
    (
        "Gunmen killed eight people on Monday. Police said on Tuesday that eight people had been "
        "killed.",
        "eight",
        "same_as",
        False,
        8,
    ),
]


def _later(doc, count_text: str) -> dict:
    """The last item with this count text (the earlier figure may have the same words)."""
    found = [
        c
        for c in doc._.news_casualties
        if doc.text[c["count_start"] : c["count_end"]] == count_text
    ]
    assert found, f"no casualty {count_text!r} in {sorted(items(doc))}"
    return found[-1]


@pytest.mark.parametrize(
    ("text", "count_text", "relation", "counts", "killed"),
    PLACE_OF_THE_SUBJECT + ANOTHER_DAY + ALSO_ADDS + DAY_OF_THE_ACT,
)
def test_a_later_figure_is_told_apart_or_joined(nlp, text, count_text, relation, counts, killed):
    doc = process(nlp, text, "2024-05-12")
    later = _later(doc, count_text)
    assert (later["relation"], later["counts_toward_total"]) == (relation, counts)
    assert totals(doc)["killed"][1] == killed


def test_each_table_keeps_its_near_forms():
    for table in (PLACE_OF_THE_SUBJECT, ANOTHER_DAY, ALSO_ADDS, DAY_OF_THE_ACT):
        apart = [row for row in table if row[2] is None]
        joined = [row for row in table if row[2] is not None]
        assert len(apart) >= 4 and len(joined) >= 2
