"""Casualty fields, round 34: victim status, value and time scope of matched rows.

A partitive on a pronoun ("eight of them", "ten of whom") is of the group the pronoun refers to:
the plural people of the nearest clause above it ("ambushed a convoy of police officers,
killing eight of them"), the noun a "whom" clause hangs on, else the previous sentence's. Near
forms: the harmer and a speaker ("Police said ...") are no antecedent, people of two statuses
give none, and a part described anew ("most of them young men") stays unknown as the
annotators leave it.

A bare noun joined to the victim noun shares its figure ("162 passengers and crew"): when the
two differ in status the group's is unknown; a joined noun with a figure of its own ("ten
soldiers and a civilian") is a row of its own with its own status.

"Minor" grading a harm ("one minor injury") says nothing of who was hurt; a guard noun
("security") is a status only as the victim or its "of" object ("the head of the consulate's
security"), not as a modifier ("the security minister").

A rank alone is one person, not a toll ("A third person has died"); a quantifier after an
object pronoun is its size ("shot them both")."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2024-05-10"


def status_rows(doc) -> list[tuple[str, str, str | None]]:
    """(type, count text, victim_status) of every row, in text order."""
    return [
        (c["type"], doc.text[c["count_start"] : c["count_end"]], c["victim_status"])
        for c in doc._.news_casualties
    ]


#: (text, every row: type, count text, victim_status)
PARTS_OF_THEM = [
    (
        "Gunmen ambushed a patrol of border guards near the river, killing six of them.",
        [("killed", "six of them", "law_enforcement")],
    ),
    (
        "Three soldiers were hurt in the blast. Two of them were flown to hospital.",
        [("injured", "Three soldiers", "combatant"), ("injured", "Two of them", "combatant")],
    ),
    (
        "Four deputies were shot during the standoff, one of them critically.",
        [
            ("injured", "Four deputies", "law_enforcement"),
            ("injured", "one of them", "law_enforcement"),
        ],
    ),
    (
        "All nine prison officers were released at dawn after the army stormed the jail, though "
        "two of them were treated for burns.",
        [("injured", "two of them", "law_enforcement")],
    ),
    (
        "The rebels held 40 soldiers, twelve of whom were later executed.",
        [("abducted", "40 soldiers", "combatant"), ("killed", "twelve of whom", "combatant")],
    ),
    # Near forms: the harmer, mixed people, no status, a part described anew.
    ("Soldiers shot at the rebels, killing four of them.", [("killed", "four of them", "unknown")]),
    (
        "Police arrested 20 protesters. Five of them were hurt.",
        [("detained", "20 protesters", "unknown"), ("injured", "Five of them", "unknown")],
    ),
    (
        "Police said 300 people were arrested during the riots. Most of them were arrested in "
        "the north.",
        [("detained", "300", "unknown"), ("detained", "Most of them", "unknown")],
    ),
    (
        "Militants kidnapped around 25 villagers, most of them young women, on Sunday.",
        [("abducted", "around 25 villagers", "civilian"), ("abducted", "most of them", "unknown")],
    ),
]

JOINED_NOUNS = [
    (
        "All 88 passengers and crew were killed when the ferry sank.",
        [("killed", "88 passengers", "unknown")],
    ),
    (
        "Shelling killed more than 200 civilians and security personnel last year.",
        [("killed", "more than 200 civilians and security personnel", "unknown")],
    ),
    (
        "Police and journalists were injured in the clashes.",
        [("injured", "Police and journalists", "unknown")],
    ),
    (
        "Ambushes killed 30 soldiers and militiamen in the region.",
        [("killed", "30 soldiers and militiamen", "combatant")],
    ),
    # Near forms: each joined noun with a figure of its own keeps its own status.
    (
        "Ten soldiers and a civilian were killed in the blast.",
        [("killed", "Ten soldiers", "combatant"), ("killed", "a civilian", "civilian")],
    ),
    (
        "Two policemen and three children were wounded in the attack.",
        [
            ("injured", "Two policemen", "law_enforcement"),
            ("injured", "three children", "civilian"),
        ],
    ),
]

GRADES_AND_GUARDS = [
    ("Officers said there was one minor injury.", [("injured", "one minor injury", "unknown")]),
    ("The crash caused two minor injuries.", [("injured", "two minor injuries", "unknown")]),
    (
        "The head of the consulate's security was shot dead on Friday.",
        [("killed", "The head of the consulate's security", "law_enforcement")],
    ),
    (
        "The chief of the airport's security was wounded in the blast.",
        [("injured", "The chief of the airport's security", "law_enforcement")],
    ),
    # Near forms: "minor" on a person is a child; "security" as a modifier is no force.
    ("Two minor girls were injured in the crash.", [("injured", "Two minor girls", "civilian")]),
    (
        "The security minister was injured in the blast.",
        [("injured", "The security minister", "unknown")],
    ),
]

TABLES = {
    "PARTS_OF_THEM": PARTS_OF_THEM,
    "JOINED_NOUNS": JOINED_NOUNS,
    "GRADES_AND_GUARDS": GRADES_AND_GUARDS,
}

test_victim_status_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, status_rows, PUBLISHED
)


def valued_rows(doc) -> list[tuple[str, str, int | None, bool]]:
    """(type, count text, value, counts_toward_total) of every row, in text order."""
    return [
        (
            c["type"],
            doc.text[c["count_start"] : c["count_end"]],
            c["value"],
            c["counts_toward_total"],
        )
        for c in doc._.news_casualties
    ]


#: An ordinal alone ("A third person has died", no one counted before) is one person: the
#: annotators of three families count the person the sentence tells of, not the rank. Near
#: forms: a rank after a counted group is a part of it or one more, and a rank in a period's
#: tally ("the town's 30th of the year") does not count.
RANKED_PEOPLE = [
    (
        "A third person has died after a shooting outside a bar on Friday night.",
        [("killed", "A third person", 1, True)],
    ),
    ("A second man was shot in the arm, police said.", [("injured", "A second man", 1, True)]),
    (
        "A fourth victim was taken to hospital in critical condition on Sunday.",
        [("injured", "A fourth victim", 1, True)],
    ),
    (
        "A fifth suspect was arrested on Tuesday in connection with the robbery.",
        [("detained", "A fifth suspect", 1, True)],
    ),
    (
        "Two men were stabbed outside the club. A third man was stabbed in the car park.",
        [("injured", "Two men", 2, True), ("injured", "A third man", 1, True)],
    ),
    (
        "A man was stabbed on Friday and has died. The killing is the town's 30th of the year.",
        [("killed", "A man", 1, True), ("killed", "the town's 30th of the year", 1, False)],
    ),
]

#: A quantifier right after an object pronoun fixes its size ("shot them both", "killed them
#: two"): an exact count, not a vague group. Near forms: a numeral that counts a noun after it
#: ("shot them three times", "among them two children") and "all", which fixes no size.
COUNTED_PRONOUNS = [
    ("The gunman walked in and shot them both.", [("injured", "them both", 2, True)]),
    ("He stabbed them two before he ran off.", [("injured", "them two", 2, True)]),
    ("She said the men killed them three and fled.", [("killed", "them three", 3, True)]),
    ("Masked men seized them four at the checkpoint.", [("abducted", "them four", 4, True)]),
    ("The gunman shot them three times.", [("injured", "them", None, True)]),
    ("The gunman killed them all.", [("killed", "them", None, True)]),
    (
        "The blast killed nine people, among them two children.",
        [("killed", "nine", 9, True), ("killed", "two children", 2, False)],
    ),
]

test_ranked_people_rows, test_ranked_table_has_wordings_and_near_forms = table_tests(
    {"RANKED_PEOPLE": RANKED_PEOPLE, "COUNTED_PRONOUNS": COUNTED_PRONOUNS}, valued_rows, PUBLISHED
)
