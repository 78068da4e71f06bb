"""Casualty mentions the round-16/17 report-page rounds left, generalised: a ranked person
("the second man", "a second man") numbered among the single people already told, and an
indefinite person of a fronted "Also wounded were ..." list, who is someone besides those told;
on roundup pages, a street's name read as a town and a "Later," sentence after a round-up.
Each table holds four or more wordings of one construction and at least two near forms that
keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "One man was killed and another was wounded ... The second man was shot in the leg": a rank
#: within the single people told so far numbers one of them (the second one told), so the row
#: restates him (`same_as`), neither one more wounded nor, by "shot" told of the first man, a
#: death. Near forms: a rank beyond those told is someone new ("arrested a man ... A second man
#: was arrested", "A third man"), a gender that leaves too few people ("a woman was wounded ...
#: A second man"), and "also", which sets the ranked one apart from those told.
RANK_AMONG_TOLD = [
    (
        "One man was killed and another was wounded in a shooting in Gary. The second man was "
        "shot in the leg and is expected to survive.",
        [
            ("killed", "One man", None, True),
            ("injured", "another", None, True),
            ("injured", "The second man", "same_as", False),
        ],
    ),
    (
        "A man was shot dead in Dayton on Friday, and another is hurt. Police said a second man "
        "took a bullet to the arm.",
        [
            ("killed", "A man", None, True),
            ("injured", "another", None, True),
            ("injured", "a second man", "same_as", False),
        ],
    ),
    (
        "One teen was killed and another was injured Saturday night. Police said the second teen "
        "was grazed in the shoulder.",
        [
            ("killed", "One teen", None, True),
            ("injured", "another", None, True),
            ("injured", "the second teen", "same_as", False),
        ],
    ),
    (
        "A woman was killed and another woman was hurt near a bus stop in Toledo. Police said "
        "the second woman was shot in the foot.",
        [
            ("killed", "A woman", None, True),
            ("injured", "another woman", None, True),
            ("injured", "the second woman", "same_as", False),
        ],
    ),
    (
        "Police arrested a man at the scene. A second man was arrested Monday.",
        [("detained", "a man", None, True), ("detained", "A second man", None, True)],
    ),
    (
        "One man was killed and another was wounded. A third man was shot in the hand.",
        [
            ("killed", "One man", None, True),
            ("injured", "another", None, True),
            ("injured", "A third man", None, True),
        ],
    ),
    (
        "A man was killed and a woman was wounded on Elm Street. A second man was shot in the arm.",
        [
            ("killed", "A man", None, True),
            ("injured", "a woman", None, True),
            ("injured", "A second man", None, True),
        ],
    ),
]

#: "killing one man. Also wounded were a 19-year-old woman and a 40-year-old man": "also" sets
#: every person of the fronted list apart from those told, so an indefinite "a 40-year-old man"
#: is no restatement of "one man" by its noun. Only the fronted harm word counts: "also" after
#: the subject may bring back someone told ("The mother and her child were rushed to the
#: hospital ... A 21-year-old mother and her three-year-old son were also shot", a GVA dev page).
#: Near forms: without "also" an indefinite person after the only one told is still that one,
#: and a definite "the man" restates him.
ALSO_LIST_IS_NEW = [
    (
        "A gunman opened fire outside a bar in Tulsa, killing one man. Also wounded were a "
        "19-year-old woman and a 40-year-old man.",
        [
            ("killed", "one man", None, True),
            ("injured", "a 19-year-old woman", None, True),
            ("injured", "a 40-year-old man", None, True),
        ],
    ),
    (
        "A man was killed at a bus stop. Also shot were a 25-year-old man and a 17-year-old girl.",
        [
            ("killed", "A man", None, True),
            ("injured", "a 25-year-old man", None, True),
            ("injured", "a 17-year-old girl", None, True),
        ],
    ),
    (
        "A woman was killed in the crash. Also hurt were a man, 60, and a boy, 9.",
        [
            ("killed", "A woman", None, True),
            ("injured", "a man", None, True),
            ("injured", "a boy", None, True),
        ],
    ),
    (
        "A man was killed on Sunday. Also hospitalized with gunshot wounds were a man, 22, and a "
        "woman, 19.",
        [
            ("killed", "A man", None, True),
            ("injured", "a man", None, True),
            ("injured", "a woman", None, True),
        ],
    ),
    (
        "A man was killed Sunday. A 31-year-old man was taken to the hospital with a gunshot "
        "wound.",
        [("killed", "A man", None, True), ("injured", "A 31-year-old man", "same_as", False)],
    ),
    (
        "A man was killed Sunday. Police said the man was shot in the chest.",
        [("killed", "A man", None, True), ("killed", "the man", "same_as", False)],
    ),
]

#: "Two people were killed and four others wounded in weekend shootings across Milwaukee ... a
#: 19-year-old man was killed in the 3000 block of North 35th Street ... a woman was wounded in
#: a shooting on West Burleigh Street": the gazetteer may take "North" of a street's name for a
#: town, which then set every street's shooting apart from the round-up (and both victims were
#: counted again). A word of a street's name is no place of the incident. Near forms: a town of
#: its own ("in Racine", "in Gary, Indiana") is still another place.
STREET_NAME_IS_NO_TOWN = [
    (
        "Two people were killed and four others wounded in weekend shootings across Milwaukee. "
        "Shortly after 1 a.m. Saturday, a 19-year-old man was killed in the 3000 block of North "
        "35th Street. Around 4 p.m., a 27-year-old woman was wounded in a shooting on West "
        "Burleigh Street.",
        [
            ("killed", "Two", None, True),
            ("injured", "four others", None, True),
            ("killed", "a 19-year-old man", "subset_of", False),
            ("injured", "a 27-year-old woman", "subset_of", False),
        ],
    ),
    (
        "One person was killed and three were hurt in shootings across Milwaukee over the "
        "weekend. Early Saturday, a man was killed on North 27th Street. Around 6 p.m., a teen "
        "was wounded in a shooting on West Capitol Drive.",
        [
            ("killed", "One person", None, True),
            ("injured", "three", None, True),
            ("killed", "a man", "same_as", False),
            ("injured", "a teen", "subset_of", False),
        ],
    ),
    (
        "Two people were wounded in shootings across Philadelphia on Friday. Early Friday, a man "
        "was shot on North Broad Street. Around 8 p.m., a woman was wounded in a shooting on "
        "West Girard Avenue.",
        [
            ("injured", "Two", None, True),
            ("injured", "a man", "subset_of", False),
            ("injured", "a woman", "subset_of", False),
        ],
    ),
    (
        "Five people were wounded in shootings across Detroit on Saturday. Early Saturday, a man "
        "was shot on East Warren Avenue. Around 7 p.m., a woman was wounded in a shooting on "
        "West Seven Mile Road.",
        [
            ("injured", "Five", None, True),
            ("injured", "a man", "subset_of", False),
            ("injured", "a woman", "subset_of", False),
        ],
    ),
    (
        "Two people were killed and four others wounded in weekend shootings in Milwaukee. "
        "Around 4 p.m., a 27-year-old woman was wounded in a shooting in Racine.",
        [
            ("killed", "Two", None, True),
            ("injured", "four others", None, True),
            ("injured", "a 27-year-old woman", None, True),
        ],
    ),
    (
        "Five people were wounded in shootings across Chicago on Sunday. Around 9 p.m., a woman "
        "was shot in Gary, Indiana.",
        [("injured", "Five", None, True), ("injured", "a woman", None, True)],
    ),
]

#: "Four people were shot across Philadelphia ... Later, a woman was shot in the leg on North
#: Broad Street": after a round-up across a city, a sentence opening with a time ("Later,",
#: "Hours later,") and no event word of its own goes on with the round-up's incidents, as one
#: with "in a shooting" does (round 11). Near forms: "in" the city is no round-up, and another
#: town ("in Camden") is elsewhere.
SEQUEL_IN_A_ROUND_UP = [
    (
        "Four people were shot across Philadelphia on Saturday. A man was wounded on Germantown "
        "Avenue. Later, a woman was shot in the leg on North Broad Street.",
        [
            ("injured", "Four", None, True),
            ("injured", "A man", "subset_of", False),
            ("injured", "a woman", "subset_of", False),
        ],
    ),
    (
        "Three people were wounded across Detroit overnight. About an hour later, a man was shot "
        "in the arm on West Warren Avenue.",
        [("injured", "Three", None, True), ("injured", "a man", "subset_of", False)],
    ),
    (
        "Seven people were shot throughout the city over the weekend. Hours later, a teen was "
        "wounded near a park.",
        [("injured", "Seven", None, True), ("injured", "a teen", "subset_of", False)],
    ),
    (
        "Two people were killed across Baltimore on Friday. Later that night, a man was shot "
        "dead on Greenmount Avenue.",
        [("killed", "Two", None, True), ("killed", "a man", "subset_of", False)],
    ),
    (
        "Four people were shot in Philadelphia on Saturday. Later, a woman was shot in the leg "
        "on North Broad Street.",
        [("injured", "Four", None, True), ("injured", "a woman", None, True)],
    ),
    (
        "Four people were shot across Philadelphia on Saturday. Later, a woman was shot in the "
        "leg in Camden.",
        [("injured", "Four", None, True), ("injured", "a woman", None, True)],
    ),
]

#: 'Treated for "non-life-threatening injuries" were a 17-year-old boy and a 19-year-old woman':
#: a scraped page's quotes between the fronted participle and its "were" may hang outside the
#: participle's phrase; they add no words, so the people after "were" are still its people.
#: Near forms: quotes in a plain clause ("the injured were "treated ..."": a back-reference,
#: no row) and in a relative clause on a subject of its own.
QUOTES_IN_A_FRONTED_PARTICIPLE = [
    (
        'A gunman opened fire at a party in Flint. Treated for "non-life-threatening injuries" '
        "were a 17-year-old boy and a 19-year-old woman.",
        [
            ("injured", "a 17-year-old boy", None, True),
            ("injured", "a 19-year-old woman", None, True),
        ],
    ),
    (
        'One person died in the shooting. Wounded in the "chaos" were two men and a woman.',
        [
            ("killed", "One person", None, True),
            ("injured", "two men", None, True),
            ("injured", "a woman", None, True),
        ],
    ),
    (
        'Police said a man was killed. Injured in what officers called a "targeted attack" were '
        "two women.",
        [("killed", "a man", None, True), ("injured", "two women", None, True)],
    ),
    (
        'Killed in the "ambush" near the border were three soldiers.',
        [("killed", "three soldiers", None, True)],
    ),
    (
        'Officers said the injured were "treated for minor injuries" at the scene.',
        [],
    ),
    (
        'The officer who was wounded in the "chaos" was released on Sunday.',
        [("injured", "The officer", None, True)],
    ),
]

#: "In overnight violence across Chicago, two people were killed ... a man was shot dead in
#: Chatham ... injured in a shooting in Englewood": the gazetteer files a city's neighbourhoods
#: as towns of their own, which set each shooting apart from the round-up (and counted its
#: victims again); a "town" within `round_up_km` of the city rounded up is one of its places.
#: Near forms: a town farther off (Gary, Evanston) stays elsewhere, and "in Chicago" is no
#: round-up.
NEIGHBOURHOOD_IN_A_ROUND_UP = [
    (
        "In overnight violence across Chicago, two people were killed and three wounded. About "
        "10 p.m., a man was shot dead in Chatham. About an hour later, a 22-year-old man was "
        "seriously injured in a shooting in Englewood.",
        [
            ("killed", "two", None, True),
            ("injured", "three wounded", None, True),
            ("killed", "a man", "subset_of", False),
            ("injured", "a 22-year-old man", "subset_of", False),
        ],
    ),
    (
        "Four people were shot across Detroit on Friday. A man was wounded in a shooting in "
        "Hamtramck.",
        [("injured", "Four", None, True), ("injured", "A man", "subset_of", False)],
    ),
    (
        "Five people were shot throughout Chicago on Friday night. A 19-year-old man was wounded "
        "in Englewood.",
        [("injured", "Five", None, True), ("injured", "A 19-year-old man", "subset_of", False)],
    ),
    (
        "Three people were killed in shootings across Chicago on Sunday. A woman was shot dead "
        "in Chatham.",
        [("killed", "Three", None, True), ("killed", "A woman", "subset_of", False)],
    ),
    (
        "Two people were wounded across Chicago overnight. A teen was shot in the arm in "
        "Englewood.",
        [("injured", "Two", None, True), ("injured", "A teen", "subset_of", False)],
    ),
    (
        "In overnight violence across Chicago, two people were killed. About 10 p.m., a man was "
        "shot dead in Gary.",
        [("killed", "two", None, True), ("killed", "a man", None, True)],
    ),
    (
        "In overnight violence across Chicago, two people were killed. About 10 p.m., a man was "
        "shot dead in Evanston.",
        [("killed", "two", None, True), ("killed", "a man", None, True)],
    ),
    (
        "Two people were killed in Chicago on Saturday. A man was shot dead in Chatham.",
        [("killed", "Two", None, True), ("killed", "A man", None, True)],
    ),
]

#: "Treated for minor injuries were Ashley Grant, 19, Devon Miles, 22, and Rico Alvarez, 20": with
#: a list of names the parser may hang the first name on the fronted participle's "were" as its
#: subject, not as the attribute the fronted-participle rule reads; after "were", that subject is
#: the participle's people. Near forms: "were" with no participle before it ("Also at the party
#: were ...": no harm) and the names as the subject of a plain clause.
NAMES_AFTER_A_FRONTED_PARTICIPLE = [
    (
        "Three people were hurt when shots rang out at a cookout in Tulsa. Treated for minor "
        "injuries were Ashley Grant, 19, Devon Miles, 22, and Rico Alvarez, 20.",
        [
            ("injured", "Three", None, True),
            ("injured", "Ashley Grant", "subset_of", False),
            ("injured", "Devon Miles", "subset_of", False),
            ("injured", "Rico Alvarez", "subset_of", False),
        ],
    ),
    (
        "One man died in the shooting. Also wounded were Tyrone Bates, 31, and Keisha Long, 28.",
        [
            ("killed", "One man", None, True),
            ("injured", "Tyrone Bates", None, True),
            ("injured", "Keisha Long", None, True),
        ],
    ),
    (
        "Two people were shot outside a bar in Mobile. Wounded were Marcus Reed, 25, and Terrell "
        "Hayes, 30.",
        [
            ("injured", "Two", None, True),
            ("injured", "Marcus Reed", "subset_of", False),
            ("injured", "Terrell Hayes", "subset_of", False),
        ],
    ),
    (
        "Police arrested three men on Friday. Arrested were Juan Ortiz, 21, Luis Vega, 19, and "
        "Omar Diaz, 20.",
        [
            ("detained", "three men", None, True),
            ("detained", "Juan Ortiz", "subset_of", False),
            ("detained", "Luis Vega", "subset_of", False),
            ("detained", "Omar Diaz", "subset_of", False),
        ],
    ),
    (
        "Also at the party were Ashley Grant, 19, and Devon Miles, 22.",
        [],
    ),
    (
        "Three people were hurt at a cookout in Tulsa. Ashley Grant, 19, and Devon Miles, 22, "
        "were treated for minor injuries.",
        [
            ("injured", "Three", None, True),
            ("injured", "Ashley Grant", "subset_of", False),
            ("injured", "Devon Miles", "subset_of", False),
        ],
    ),
]

TABLES = {
    "NAMES_AFTER_A_FRONTED_PARTICIPLE": NAMES_AFTER_A_FRONTED_PARTICIPLE,
    "NEIGHBOURHOOD_IN_A_ROUND_UP": NEIGHBOURHOOD_IN_A_ROUND_UP,
    "QUOTES_IN_A_FRONTED_PARTICIPLE": QUOTES_IN_A_FRONTED_PARTICIPLE,
    "RANK_AMONG_TOLD": RANK_AMONG_TOLD,
    "ALSO_LIST_IS_NEW": ALSO_LIST_IS_NEW,
    "STREET_NAME_IS_NO_TOWN": STREET_NAME_IS_NO_TOWN,
    "SEQUEL_IN_A_ROUND_UP": SEQUEL_IN_A_ROUND_UP,
}


test_leftover_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
