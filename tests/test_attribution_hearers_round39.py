"""Round 39: the hearer of a telling verb read as a second subject.

After a long subject set off by commas ('the official, who asked not to be named, told The
Associated Press'), the parser can attach the hearer of 'told' as another subject of the verb;
the nearer subject used to win, so the news agency that heard the report became its source. A
subject before the verb is the speaker; a noun after it that can hear a report is the hearer.
Near forms: a verb that takes no hearer, and a telling verb whose only subject stands before it.
"""

from tests.tables import assert_wordings_and_near_forms, cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ = _field_reader(("cue", "source", "source_resolved"))

HEARER_CASES = [
    (
        "A fighter jet dropped two bombs on the monastery in Nyaung Pin Thar village, in Ye-U "
        "township, on Friday, the official, who asked not to be named for security reasons, "
        "told The Associated Press.",
        [("told", "the official, who asked not to be named for security reasons", None)],
    ),
    (
        "Two shells hit the market in Kramatorsk, in Donetsk region, at dawn on Monday, the "
        "officer, who spoke on condition of anonymity, told Reuters.",
        [("told", "the officer, who spoke on condition of anonymity", None)],
    ),
    (
        "Rebel fighters shelled the camp in Zamzam, in North Darfur state, on Saturday, the "
        "aid worker, who was not authorised to speak to the media, told Agence France-Presse.",
        [("told", "the aid worker, who was not authorised to speak to the media", None)],
    ),
    (
        "Soldiers opened fire on the crowd in Hlaing Thar Yar, in Yangon, on Tuesday, the "
        "witness, who asked not to be named for fear of reprisals, told The Associated Press.",
        [("told", "the witness, who asked not to be named for fear of reprisals", None)],
    ),
    (
        "Troops burned houses in Let Yet Kone village, in Tabayin township, on Monday, the "
        "villager, who asked not to be named for fear of reprisals, told The Associated Press.",
        [("told", "the villager, who asked not to be named for fear of reprisals", None)],
    ),
    # the speaker named before, the 'he' after it takes the speaker, not the hearer
    (
        "Seventeen people were killed, a local resistance official said. Two bombs hit the "
        "monastery in Nyaung Pin Thar village, in Ye-U township, at around 1 a.m. on Friday, "
        "the official, who asked not to be named for security reasons, told The Associated "
        "Press. More than 150 villagers had been sleeping in the compound, he said.",
        [
            ("said", "a local resistance official", "a local resistance official"),
            (
                "told",
                "the official, who asked not to be named for security reasons",
                "a local resistance official",
            ),
            ("said", "he", "a local resistance official"),
        ],
    ),
    # near forms: a short subject the parser reads right, and a hearer that stays a hearer
    (
        "Two shells hit the market on Monday, the officer told Reuters.",
        [("told", "the officer", None)],
    ),
    (
        "Two shells hit the market on Monday, Reuters reported.",
        [("reported", "Reuters", "Reuters")],
    ),
]

test_hearer_read_as_subject = cases_test(HEARER_CASES, READ, PUBLISHED)


def test_hearer_table():
    assert_wordings_and_near_forms(HEARER_CASES)
