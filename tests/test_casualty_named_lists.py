"""A list of full names is one person each: a row per name, with the list's relations carried.

Annotators of real crime and wire reports ("Injured were Taylor McCormick, Sidresha Lamb, Ronald
Smith, and Jamil Bolden"; "Twenty-one-year-old Izaak Bridges and 32-year-old Tanishia Graham were
shot to death") give each named person a row of 1, as they do "a woman and a baby". The list is
read as one group for relations and totals, then told name by name: a name restating a counted
group is `subset_of` it, a name told again is `same_as` its first mention, and the article
totals stay what the group gave. Near forms stay one row of the group: names sharing one surname
("David and Louise Turpin") and names that list a plural noun's people ("His colleagues,
photographers Tom Baker and Lisa Grant", "aid workers A and B", "Two journalists, A and B")."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"


def related_rows(doc) -> list[tuple[str, str, str | None, str | None, bool]]:
    """(type, count text, relation, count text of the related row, counts) of every row."""
    rows = doc._.news_casualties
    text = {c["id"]: doc.text[c["count_start"] : c["count_end"]] for c in rows}
    return [
        (
            c["type"],
            text[c["id"]],
            c["relation"],
            text.get(c["related_id"]) if c["related_id"] else None,
            c["counts_toward_total"],
        )
        for c in rows
    ]


#: (text, every row: type, count text, relation, counts)
NAMED_LISTS = [
    (
        "Injured were Marcus Reed, Latoya Banks, Derrick Hall, and Kevin Ortiz, police said.",
        [
            ("injured", "Marcus Reed", None, True),
            ("injured", "Latoya Banks", None, True),
            ("injured", "Derrick Hall", None, True),
            ("injured", "Kevin Ortiz", None, True),
        ],
    ),
    (
        "Nineteen-year-old Jalen Price and 24-year-old Tamika Ford were shot to death outside a "
        "bar.",
        [
            ("killed", "Nineteen-year-old Jalen Price", None, True),
            ("killed", "24-year-old Tamika Ford", None, True),
        ],
    ),
    (
        "Police arrested Darnell Hughes and Ricky Sanders on Tuesday.",
        [("detained", "Darnell Hughes", None, True), ("detained", "Ricky Sanders", None, True)],
    ),
    (
        "The avalanche killed Tomas Berger and Lukas Hofer, Austrian mountain rescue officials "
        "said.",
        [("killed", "Tomas Berger", None, True), ("killed", "Lukas Hofer", None, True)],
    ),
    (
        "Officers detained Samuel Okoro, 31, Peter Mensah, 27, and Kwame Boateng, 40, after the "
        "raid.",
        [
            ("detained", "Samuel Okoro", None, True),
            ("detained", "Peter Mensah", None, True),
            ("detained", "Kwame Boateng", None, True),
        ],
    ),
    (
        "Among the dead were Captain James Holt and Sergeant Peter Lang, the army said.",
        [
            ("killed", "Captain James Holt", None, True),
            ("killed", "Sergeant Peter Lang", None, True),
        ],
    ),
    # A place the parser hangs on the last name is no part of its span.
    (
        "Marshals detained Victor Hale in Tulsa. Agents later detained Nina Cole and Omar West in "
        "Dallas.",
        [
            ("detained", "Victor Hale", None, True),
            ("detained", "Nina Cole", None, True),
            ("detained", "Omar West", None, True),
        ],
    ),
    (
        "Officers arrested Jose Perez, 19, of Hialeah, and Kevin Brown, 22, of Miami, on charges "
        "of attempted murder.",
        [("detained", "Jose Perez", None, True), ("detained", "Kevin Brown", None, True)],
    ),
    (
        "A shooting in Memphis killed Dwayne Hill and wounded Carla Price and Tyrone James.",
        [
            ("killed", "Dwayne Hill", None, True),
            ("injured", "Carla Price", None, True),
            ("injured", "Tyrone James", None, True),
        ],
    ),
    # Near forms: one surname for both; the people of a plural noun.
    (
        "David and Louise Turpin were arrested in January.",
        [("detained", "David and Louise Turpin", None, True)],
    ),
    (
        "His colleagues, photographers Tom Baker and Lisa Grant, were severely wounded.",
        [("injured", "His colleagues, photographers Tom Baker and Lisa Grant", None, True)],
    ),
    (
        "Kidnappers seized aid workers Hans Muller and Pierre Dubois in northern Mali on Monday.",
        [("abducted", "aid workers Hans Muller and Pierre Dubois", None, True)],
    ),
    (
        "Two journalists, Sara Kovac and Miguel Torres, were killed covering the fighting.",
        [("killed", "Two journalists", None, True)],
    ),
]

#: The names a counted noun is set beside are its people: the count phrase runs to the last
#: name, not into the first. Near forms: one name; a name beside a description.
COUNTED_NOUN_WITH_NAMES = [
    (
        "Two men, Kevin Lane and Jamal Price, were arrested and charged with robbery.",
        [("detained", "Two men, Kevin Lane and Jamal Price", None, True)],
    ),
    (
        "Two teenagers, Marcus Bell and Tony Diaz, were wounded in the shooting.",
        [("injured", "Two teenagers, Marcus Bell and Tony Diaz", None, True)],
    ),
    (
        "Police said two women, Karen White and Emma Stone, were killed in the crash.",
        [("killed", "two women, Karen White and Emma Stone", None, True)],
    ),
    (
        "Three brothers, Omar Haddad, Sami Haddad and Nabil Haddad, were detained at the border.",
        [("detained", "Three brothers, Omar Haddad, Sami Haddad and Nabil Haddad", None, True)],
    ),
    # Near forms: one name; a description beside the name.
    (
        "The shooter, Kevin Brooks, was pronounced dead.",
        [("killed", "The shooter, Kevin Brooks", None, True)],
    ),
    (
        "Two men, Kevin Lane and a teenager, were arrested.",
        [("detained", "Two men, Kevin Lane", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_LISTS, ids=[t[:50] for t, _ in NAMED_LISTS])
def test_a_row_per_listed_name(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    COUNTED_NOUN_WITH_NAMES,
    ids=[t[:50] for t, _ in COUNTED_NOUN_WITH_NAMES],
)
def test_a_counted_noun_runs_to_its_last_name(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


#: The list's relation goes to each name: a part of the counted group it restates, the same
#: person as the one it names again (in the list's order, or by name). Near forms: a first
#: statement counts each name; other given names are other people.
#: (text, every row: type, count text, relation, related count text, counts)
NAMES_CARRY_THE_RELATION = [
    (
        "Five people were arrested, including Lamar Jenkins and Curtis Boyd, police said.",
        [
            ("detained", "Five", None, None, True),
            ("detained", "Lamar Jenkins", "subset_of", "Five", False),
            ("detained", "Curtis Boyd", "subset_of", "Five", False),
        ],
    ),
    (
        "Two people were killed in the shooting. Police said Brandon Lee and Ashley Moore died at "
        "the scene.",
        [
            ("killed", "Two", None, None, True),
            ("killed", "Brandon Lee", "subset_of", "Two", False),
            ("killed", "Ashley Moore", "subset_of", "Two", False),
        ],
    ),
    (
        "Two soldiers were killed in the ambush. Sergeant Mark Cole and Corporal Dan Reid died at "
        "the scene, the army said.",
        [
            ("killed", "Two soldiers", None, None, True),
            ("killed", "Sergeant Mark Cole", "subset_of", "Two soldiers", False),
            ("killed", "Corporal Dan Reid", "subset_of", "Two soldiers", False),
        ],
    ),
    (
        "A man fatally shot his estranged wife and her mother on Monday. Deputies found Angela "
        "Brooks, 36, and Dorothy Simmons, 61, dead in the living room.",
        [
            ("killed", "his estranged wife", None, None, True),
            ("killed", "her mother", None, None, True),
            ("killed", "Angela Brooks", "same_as", "his estranged wife", False),
            ("killed", "Dorothy Simmons", "same_as", "her mother", False),
        ],
    ),
    (
        "Police arrested Tom Baker and Lisa Grant on Friday. Tom Baker and Lisa Grant were jailed "
        "on Saturday.",
        [
            ("detained", "Tom Baker", None, None, True),
            ("detained", "Lisa Grant", None, None, True),
            ("detained", "Tom Baker", "same_as", "Tom Baker", False),
            ("detained", "Lisa Grant", "same_as", "Lisa Grant", False),
        ],
    ),
    (
        "Police arrested Derrick Stafford and Chris Greene on Friday. Chris Greene and Derrick "
        "Stafford were indicted Thursday and remain in custody.",
        [
            ("detained", "Derrick Stafford", None, None, True),
            ("detained", "Chris Greene", None, None, True),
            ("detained", "Chris Greene", "same_as", "Chris Greene", False),
            ("detained", "Derrick Stafford", "same_as", "Derrick Stafford", False),
        ],
    ),
    (
        "Mark Dunn was arrested on Sunday. Police said Luis Ortega and Mark Dunn were both "
        "arrested.",
        [
            ("detained", "Mark Dunn", "same_as", "Mark Dunn", False),
            ("detained", "Luis Ortega", None, None, True),
            ("detained", "Mark Dunn", None, None, True),
        ],
    ),
    # A back-reference given names by "identified as" / "named as", the ages (and a home
    # town) set off by commas: each name is a part of the group told before.
    (
        "Two men were shot outside a gas station Friday night. Police identified them as Marco "
        "Diaz, 24, and Kevin Lund, 31.",
        [
            ("injured", "Two men", None, None, True),
            ("injured", "Marco Diaz", "subset_of", "Two men", False),
            ("injured", "Kevin Lund", "subset_of", "Two men", False),
        ],
    ),
    (
        "Two women were killed in a house fire on Elm Street. The victims were identified as Rosa "
        "Tate, 67, and Lena Marsh, 70.",
        [
            ("killed", "Two women", None, None, True),
            ("killed", "Rosa Tate", "subset_of", "Two women", False),
            ("killed", "Lena Marsh", "subset_of", "Two women", False),
        ],
    ),
    (
        "Two teenagers were wounded in the shooting. The injured were named as Jordan Pike, 16, "
        "and Tyler Voss, 17.",
        [
            ("injured", "Two teenagers", None, None, True),
            ("injured", "Jordan Pike", "subset_of", "Two teenagers", False),
            ("injured", "Tyler Voss", "subset_of", "Two teenagers", False),
        ],
    ),
    (
        "Two people died in a crash on Route 9. The dead were identified as Nora Vance, 52, of "
        "Dover, and Eli Ward, 48.",
        [
            ("killed", "Two", None, None, True),
            ("killed", "Nora Vance", "subset_of", "Two", False),
            ("killed", "Eli Ward", "subset_of", "Two", False),
        ],
    ),
    # Near forms: the suspects given names, or arrested; people named with no harm told.
    (
        "Two men were shot outside a gas station Friday night. Police identified the suspects as "
        "Carl Moss, 30, and Dean Pratt, 41.",
        [("injured", "Two men", None, None, True)],
    ),
    (
        "Two men were shot outside a gas station Friday night. Police later arrested Carl Moss, "
        "30, and Dean Pratt, 41.",
        [
            ("injured", "Two men", None, None, True),
            ("detained", "Carl Moss", None, None, True),
            ("detained", "Dean Pratt", None, None, True),
        ],
    ),
    ("Police identified the two men as Carl Moss, 30, and Dean Pratt, 41, both of Dover.", []),
    (
        "The council met on Monday. Officials identified them as Carl Moss, 30, and Dean Pratt, "
        "41.",
        [],
    ),
    # Near forms: the first statement; the same surnames with other given names.
    (
        "Jamal Carter, Tyrese Wells and Andre Hill were taken to a hospital with gunshot wounds.",
        [
            ("injured", "Jamal Carter", None, None, True),
            ("injured", "Tyrese Wells", None, None, True),
            ("injured", "Andre Hill", None, None, True),
        ],
    ),
    (
        "Police arrested Tom Baker and Lisa Grant on Friday. Ryan Baker and Ann Grant were jailed "
        "on Saturday.",
        [
            ("detained", "Tom Baker", None, None, True),
            ("detained", "Lisa Grant", None, None, True),
            ("detained", "Ryan Baker", None, None, True),
            ("detained", "Ann Grant", None, None, True),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NAMES_CARRY_THE_RELATION,
    ids=[t[:50] for t, _ in NAMES_CARRY_THE_RELATION],
)
def test_listed_names_carry_the_relation(nlp, text, expected):
    assert related_rows(process(nlp, text, PUBLISHED)) == expected


#: A list of names holds only the people it names: a person named before by another surname is
#: besides it, not part of it. Near forms: an unnamed person may be one of the list; the person
#: named again in the list is that one.
PERSON_BESIDE_A_NAMED_LIST = [
    (
        "Deputies arrested Brian Keller on Sunday. Investigators later arrested Luis Ortega and "
        "Mark Dunn.",
        [
            ("detained", "Brian Keller", None, True),
            ("detained", "Luis Ortega", None, True),
            ("detained", "Mark Dunn", None, True),
        ],
    ),
    (
        "Police said Derek Moss was shot on Main Street. Hours later, Tina Cruz and Joel Reyes "
        "were shot in the park.",
        [
            ("injured", "Derek Moss", None, True),
            ("injured", "Tina Cruz", None, True),
            ("injured", "Joel Reyes", None, True),
        ],
    ),
    (
        "Police said Jose Vargas was shot in the leg. Amy Chen and Rita Gomez were also shot.",
        [
            ("injured", "Jose Vargas", None, True),
            ("injured", "Amy Chen", None, True),
            ("injured", "Rita Gomez", None, True),
        ],
    ),
    (
        "A gunman wounded Paul Grant outside the store. Police said Eli Moss and Ray Kent were "
        "wounded inside.",
        [
            ("injured", "Paul Grant", None, True),
            ("injured", "Eli Moss", None, True),
            ("injured", "Ray Kent", None, True),
        ],
    ),
    # Near forms: an unnamed person; the surname of one of the names.
    (
        "A man was arrested on Sunday. Police later arrested Luis Ortega and Mark Dunn.",
        # (round 39: "later arrested" tells arrests besides the man's, who counts on his own)
        [
            ("detained", "A man", None, True),
            ("detained", "Luis Ortega", None, True),
            ("detained", "Mark Dunn", None, True),
        ],
    ),
    (
        "Chris Hondros and Guy Martin were wounded. Martin, a British citizen, was injured by "
        "shrapnel.",
        [
            ("injured", "Chris Hondros", None, True),
            ("injured", "Guy Martin", None, True),
            ("injured", "Martin", "same_as", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PERSON_BESIDE_A_NAMED_LIST,
    ids=[t[:50] for t, _ in PERSON_BESIDE_A_NAMED_LIST],
)
def test_a_named_list_holds_only_its_names(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
