"""Detentions, thirty-eighth round (recall probes on unannotated crime and war wordings).

"Placed under arrest" and "under house arrest" hold the person placed or kept there (object,
or passive subject) and the one who is or remains there (subject), as "in custody" does;
"under fire" or a plan "under review" holds nobody. A denied detention of "anyone" ("police
have not arrested anyone") and a denied single arrest ("investigators have not made an
arrest") count none held, as "arrested nobody" and "have not made any arrests" do; an arrest
only hoped for or not possible ("hope to make an arrest", "could not make an arrest") states
nothing.

A pronoun held by the main verb itself ("An officer took him into custody", "A judge kept him
in jail") or the subject of a small clause under it ("A judge ordered him held without bail")
is not that verb's subject: the row is the pronoun's, not the officer's or the judge's. A
pronoun in a clause set under or joined to the main one still names the person it introduced
("Deputies found a man and took him to a hospital").

People left "without homes", "without shelter" or "without a home" are displaced, as "left
homeless" already is; homes left "without power" and a building left "without a roof" are not
people.

People left "without homes", "without shelter" or "without a home" are displaced, as "left
homeless" already is; homes left "without power" and a building left "without a roof" are not
people.

People taken "captive" are abducted or detained as their captor says, like people captured:
gunmen, rebels or bandits abduct, troops detain; only "hostage" says abducted whoever took
them.

"Missing" with an object is lacking something, not the state of a missing person: "the court
was missing two justices", "the team is missing its best player" give no row (three such false
rows in three PolNeAR political texts), while "two people are missing" and "boys who are
missing" keep theirs.

Each case gives the text and (type, count text, value, negated) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2021-05-10"


def valued_rows(doc) -> list[tuple[str, str, int | None, bool]]:
    """(type, count text, value, negated) of every row, in text order."""
    return [
        (c["type"], doc.text[c["count_start"] : c["count_end"]], c["value"], c["negated"])
        for c in doc._.news_casualties
    ]


UNDER_ARREST = [
    (
        "Deputies placed the driver under arrest at the gas station.",
        [("detained", "the driver", 1, False)],
    ),
    (
        "Two teenagers were placed under arrest after the car chase.",
        [("detained", "Two teenagers", 2, False)],
    ),
    ("The pastor was put under arrest on Tuesday evening.", [("detained", "The pastor", 1, False)]),
    (
        "The general was placed under house arrest after the coup.",
        [("detained", "The general", 1, False)],
    ),
    (
        "The former mayor remains under house arrest in her villa.",
        [("detained", "The former mayor", 1, False)],
    ),
    (
        "Officers placed four protesters under arrest outside the embassy.",
        [("detained", "four protesters", 4, False)],
    ),
    # Near forms: under fire, under review, under way hold nobody.
    ("The convoy came under fire near the border crossing.", []),
    ("The mayor's budget plan is under review by the council.", []),
    ("Repairs to the bridge are under way.", []),
]

DENIED_ARRESTS = [
    ("Detectives have not arrested anyone in the stabbing.", [("detained", "anyone", 0, True)]),
    ("Troopers did not detain anybody at the checkpoint.", [("detained", "anybody", 0, True)]),
    ("Investigators have not made an arrest in the case.", [("detained", "an arrest", 0, True)]),
    ("An arrest has not been made in the robbery.", [("detained", "An arrest", 0, True)]),
    ("Police made an arrest in the robbery on Friday.", [("detained", "an arrest", 1, False)]),
    # Near forms: an arrest hoped for or not possible, a question of anyone: no row.
    ("Detectives hope to make an arrest in the robbery soon.", []),
    ("Officers could not make an arrest because the man fled.", []),
    ("Police have not identified anyone in the surveillance video.", []),
]

HELD_PRONOUNS = [
    ("An officer took him into custody near the bridge.", [("detained", "him", 1, False)]),
    ("A trooper took her into custody after a short chase.", [("detained", "her", 1, False)]),
    ("A judge kept him in jail after the hearing.", [("detained", "him", 1, False)]),
    ("A magistrate ordered him held without bail.", [("detained", "him", 1, False)]),
    # Near forms: a pronoun in a joined or subordinate clause names the person introduced.
    (
        "Medics found a man in the alley and took him to a hospital.",
        [("injured", "a man", 1, False)],
    ),
    (
        "A teenager is undergoing surgery after he was shot on Elm Street.",
        [("injured", "A teenager", 1, False)],
    ),
]

LEFT_WITHOUT_HOMES = [
    (
        "The cyclone has left 12,000 villagers without homes.",
        [("displaced", "12,000 villagers", 12000, False)],
    ),
    (
        "About 400 families were left without shelter after the landslide.",
        [("displaced", "About 400 families", 400, False)],
    ),
    ("The blaze left 60 tenants without a home.", [("displaced", "60 tenants", 60, False)]),
    (
        "The earthquake left 900 residents without housing.",
        [("displaced", "900 residents", 900, False)],
    ),
    # Near forms: homes without power, a building without a roof, a person without a coat.
    ("The storm left 30,000 homes without power.", []),
    ("The tornado left the school without a roof.", []),
]

TAKEN_CAPTIVE = [
    ("Gunmen took 14 passengers captive.", [("abducted", "14 passengers", 14, False)]),
    ("Bandits took nine farmers captive near the river.", [("abducted", "nine farmers", 9, False)]),
    (
        "Rebels took two aid workers captive on Monday.",
        [("abducted", "two aid workers", 2, False)],
    ),
    ("Pirates took six sailors captive off the coast.", [("abducted", "six sailors", 6, False)]),
    # Near forms: troops detain their captives; a hostage is abducted whoever took him.
    ("Troops took 30 fighters captive in the valley.", [("detained", "30 fighters", 30, False)]),
    ("Soldiers took two officials hostage.", [("abducted", "two officials", 2, False)]),
]

MISSING_SOMETHING = [
    ("The panel was missing three of its members at the vote.", []),
    ("The squad is missing its captain for the final.", []),
    ("The orchestra was missing two violinists on Friday.", []),
    ("He was just missing a chance to meet the governor.", []),
    # Near forms: the state of being missing keeps its rows.
    ("Two climbers are missing, rangers said.", [("missing", "Two climbers", 2, False)]),
    ("Fifteen of the miners are still missing.", [("missing", "Fifteen of the miners", 15, False)]),
]

TABLES = {
    "MISSING_SOMETHING": MISSING_SOMETHING,
    "TAKEN_CAPTIVE": TAKEN_CAPTIVE,
    "LEFT_WITHOUT_HOMES": LEFT_WITHOUT_HOMES,
    "HELD_PRONOUNS": HELD_PRONOUNS,
    "UNDER_ARREST": UNDER_ARREST,
    "DENIED_ARRESTS": DENIED_ARRESTS,
}

test_detained_probes_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, valued_rows, PUBLISHED
)
