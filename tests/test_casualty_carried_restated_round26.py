"""People told again only as carried to care, twenty-sixth round: a person already counted and
then only carried or admitted somewhere ("The woman was airlifted to a hospital", "the boy was
hospitalized overnight", "The victim, a father of four, was flown to a hospital") has no harm
told again, so no row of his own (ANNOTATION.md: "the victim was taken to hospital" is no row),
even when the carrying verb is also read as a harm of a first mention ("A man was airlifted to
hospital"). A person carried to a place "where he died" is the one row of the pronoun's death,
not a second, wounded row beside it (fitted: GVA g5, g12, g14). A heading of a bare plural
("Update on injured victims") over its own line break points back as it does without one, and
a bare "the victim" read as a part of a group told before names someone already told, never
a new person (ANNOTATION.md), so carried it has no row either (fitted: Wikinews e).
Near forms: a new person (a possessive "His wife", "The driver", "The youngest victim", a
figure "Two victims"), a harm in the same clause ("was rushed to a hospital and later died"),
a first mention, a state told in the "where" clause ("where he is listed in critical
condition"), a heading whose noun is no victim noun and a heading with no group told before it
keep their rows.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2021-06-14"

#: a definite person, or an indefinite noun set beside one, told again only as carried
CARRIED_AGAIN = [
    (
        "A woman was stabbed outside a bar on Friday. The woman was airlifted to a hospital in "
        "Leeds.",
        [("injured", "A woman", None, True)],
    ),
    (
        "A boy was hit by a car on Main Street. Police said the boy was hospitalized overnight.",
        [("injured", "A boy", None, True)],
    ),
    (
        "Gunmen shot a farmer near the village. The victim, a father of four, was flown to a "
        "hospital in the capital.",
        [("injured", "a farmer", None, True)],
    ),
    (
        "A teenager was shot in a park on Sunday. The teenager was rushed to a hospital and "
        "later died.",
        [("injured", "A teenager", None, False), ("killed", "The teenager", "update_of", True)],
    ),
    (
        "A cyclist was struck by a truck on Monday. His wife was airlifted to a hospital.",
        [("injured", "A cyclist", None, True), ("injured", "His wife", None, True)],
    ),
    (
        "Deputies found the victim, a 7-year-old child, suffering from injuries from a handgun.",
        [("injured", "a 7-year-old child", None, True)],
    ),
]

#: a person told before, carried to a place where the sentence's pronoun died there
DIED_WHERE_CARRIED = [
    (
        "A deputy fatally shot a teenage boy on Monday. The deputy argued with 17-year-old "
        "Trevon Johnson. Johnson was taken to Elmhurst Hospital, where he died.",
        [("killed", "a teenage boy", None, True), ("killed", "he", "same_as", False)],
    ),
    (
        "Officers shot a man during a standoff on Friday. Police later named him as Carl Rowe. "
        "Rowe was rushed to Mercy Hospital, where he died.",
        [("injured", "a man", None, False), ("killed", "he", "update_of", True)],
    ),
    (
        "Police found a 14-year-old boy lying on the ground with a gunshot wound. Police say he "
        "was taken to Miami Valley Hospital with life-threatening injuries where he later died.",
        [("injured", "a 14-year-old boy", None, False), ("killed", "he", "update_of", True)],
    ),
    (
        "A woman was shot outside her home. She was rushed to a hospital, where she was "
        "pronounced dead.",
        [("injured", "A woman", None, False), ("killed", "she", "update_of", True)],
    ),
    (
        "A man was shot on Elm Street on Monday. The man was taken to a hospital, where he is "
        "listed in critical condition.",
        [("injured", "A man", None, True)],
    ),
    (
        "A man was found with a gunshot wound on Monday. He was taken to Grady Hospital, where "
        "he remains in stable condition.",
        [("injured", "A man", None, True)],
    ),
]

#: a heading of a bare plural harmed noun over a line break
HEADINGS = [
    (
        "Twelve people were hurt when a bus crashed on Monday.\n\nUpdate on injured victims\n\n"
        "Officials said most were released.",
        [("injured", "Twelve", None, True)],
    ),
    (
        "Five people were shot at a party on Saturday.\n\nMore on wounded victims\n\nPolice "
        "said two were still in hospital.",
        [("injured", "Five", None, True)],
    ),
    (
        "Twelve people were hurt when a bus crashed on Monday.\n\nUpdate on injured "
        "passengers\n\nOfficials said most were released.",
        [
            ("injured", "Twelve", None, True),
            ("injured", "injured passengers", "subset_of", False),
        ],
    ),
    (
        "Twelve people were hurt when a bus crashed on Monday. Update on injured victims: "
        "officials said most were released.",
        [("injured", "Twelve", None, True)],
    ),
    (
        "Four people were stabbed in the city center on Friday.\n\nLatest on injured "
        "victims\n\nThe hospital said all four were stable.",
        [("injured", "Four", None, True), ("injured", "four", "same_as", False)],
    ),
    (
        "A bus crashed on Monday.\n\nUpdate on injured victims\n\nOfficials said the driver "
        "was arrested.",
        [("injured", "injured victims", None, True), ("detained", "the driver", None, True)],
    ),
]

#: "the victim" read as a part of a group told before
BARE_VICTIM_OF_GROUP = [
    (
        "Five people were shot at a bar. The victim was taken to the hospital.",
        [("injured", "Five", None, True)],
    ),
    (
        "Three men were stabbed outside a club on Sunday. The victim was flown to a trauma center.",
        [("injured", "Three men", None, True)],
    ),
    (
        "Six people were hurt when a car hit a crowd. The victim was airlifted to hospital.",
        [("injured", "Six", None, True)],
    ),
    (
        "Five people were shot at a bar. The driver was taken to the hospital.",
        [("injured", "Five", None, True), ("injured", "The driver", "subset_of", False)],
    ),
    (
        "Five people were shot at a bar. The youngest victim was taken to the hospital.",
        [("injured", "Five", None, True), ("injured", "The youngest victim", "subset_of", False)],
    ),
    (
        "Five people were shot at a bar. Two victims were taken to the hospital.",
        [("injured", "Five", None, True), ("injured", "Two victims", "subset_of", False)],
    ),
]

TABLES = {
    "CARRIED_AGAIN": CARRIED_AGAIN,
    "BARE_VICTIM_OF_GROUP": BARE_VICTIM_OF_GROUP,
    "DIED_WHERE_CARRIED": DIED_WHERE_CARRIED,
    "HEADINGS": HEADINGS,
}

test_carried_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
