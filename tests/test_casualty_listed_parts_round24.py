"""Listed parts, twenty-fourth round: the people a counted group lists between two marks
inside its clause ("Two of the injured, a boy of about seven and an elderly man, died",
"two suspects -- one Arab, one Sudanese -- were arrested") are each a row `subset_of` the
group, so the article's totals hold the group once (ANNOTATION.md: listed people take the
relation of the counted group they name; fitted: articles I, TimeBank t1), also when a
relative clause after the closing mark tells the harm ("-- who had been arrested"). The
figure of a gapped clause after a partitive subject ("Three of them were killed in Homs and
four in Hama") is a part of the same whole with the same harm; one the parser hangs inside the
verb's place phrase is read from the words ("four of the dead were shot in Nairobi's Kibera
and Mathare informal settlements and two in the western city of Kisumu", fitted: articles I).
A bare part word ("one", "another", "the fourth", a numeral) as the subject of a clause
joined to the clause of a counted reference to the victims ("Two victims stayed at the lodge,
one crossed the county line, another was found at a school", "Of the eight victims, three
were stabbed, two were strangled") is one more part of the same whole, of the victims' harm
whatever its verb says how (fitted: GVA g4, wikinews c, TimeBank t1; the gold leaves out the
vague "others" and "the remaining suspect").

Near forms: ages or names set off after the group ("two men, aged 19 and 22", "Two other
men, Dillon and Raheam Jackson"), people of another status than the group's noun ("two
soldiers, a policeman and a teacher": more people), a list of one counted person ("a woman and
her son"), a gapped figure after a whole that is no partitive, a clause with a verb of its
own, a vague word or a part with a noun of its own beside a counted reference.

Each case gives the text and (type, count text, relation, count text of the related row,
counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests

PUBLISHED = "2024-03-11"


def related_to_rows(doc) -> list[tuple[str, str, str | None, str | None, bool]]:
    """(type, count text, relation, related row's count text, counts_toward_total) of every
    row, in text order."""
    rows = {c["id"]: c for c in doc._.news_casualties}

    def text(row):
        return doc.text[row["count_start"] : row["count_end"]]

    return [
        (
            c["type"],
            text(c),
            c["relation"],
            text(rows[c["related_id"]]) if c["related_id"] in rows else None,
            c["counts_toward_total"],
        )
        for c in doc._.news_casualties
    ]


BRACKETED_PARTS = [
    (
        "Fifteen people were hurt when the roof fell. Two of the injured, a girl of about ten "
        "and an elderly woman, died in hospital.",
        [
            ("injured", "Fifteen", None, None, True),
            ("killed", "Two of the injured", None, None, True),
            ("killed", "a girl of about ten", "subset_of", "Two of the injured", False),
            ("killed", "an elderly woman", "subset_of", "Two of the injured", False),
        ],
    ),
    (
        "A man stabbed several people at a market. Two of the victims, a woman and a boy, "
        "died overnight.",
        [
            ("killed_or_injured", "several people", None, None, True),
            ("killed", "Two of the victims", None, None, True),
            ("killed", "a woman", "subset_of", "Two of the victims", False),
            ("killed", "a boy", "subset_of", "Two of the victims", False),
        ],
    ),
    (
        "Police arrested two more suspects -- one Kenyan, one Somali -- on Friday.",
        [
            ("detained", "two more suspects", None, None, True),
            ("detained", "one Kenyan", "subset_of", "two more suspects", False),
            ("detained", "one Somali", "subset_of", "two more suspects", False),
        ],
    ),
    (
        "Gunmen killed three villagers, a man in his sixties and two teenagers, on Sunday.",
        [
            ("killed", "three villagers", None, None, True),
            ("killed", "a man", "subset_of", "three villagers", False),
            ("killed", "two teenagers", "subset_of", "three villagers", False),
        ],
    ),
    (
        "Three of the guards (a sergeant, a driver and a cook) were wounded in the ambush.",
        [
            ("injured", "Three of the guards", None, None, True),
            ("injured", "a sergeant", "subset_of", "Three of the guards", False),
            ("injured", "a driver", "subset_of", "Three of the guards", False),
            ("injured", "a cook", "subset_of", "Three of the guards", False),
        ],
    ),
    (
        "Police found two men -- a driver and a guard -- who had been shot in the head.",
        [
            ("injured", "two men", None, None, True),
            ("injured", "a driver", "subset_of", "two men", False),
            ("injured", "a guard", "subset_of", "two men", False),
        ],
    ),
    # Near forms: ages, names of one family, people of another status, one counted person.
    (
        "Two men, aged 19 and 22, were wounded in the shooting.",
        [("injured", "Two men", None, None, True)],
    ),
    (
        "Two other men, Dillon and Raheam Jackson, were fatally shot.",
        [("killed", "Two other men", None, None, True)],
    ),
    (
        "Gunmen killed two soldiers, a policeman and a teacher, in separate attacks.",
        [
            ("killed", "two soldiers", None, None, True),
            ("killed", "a policeman", None, None, True),
            ("killed", "a teacher", None, None, True),
        ],
    ),
    (
        "Police said five people were shot. Two of the dead, a woman and her son, were buried "
        "on Monday.",
        [
            ("killed_or_injured", "five", None, None, True),
            ("killed", "Two of the dead", None, None, True),
        ],
    ),
]

GAPPED_PARTS = [
    (
        "At least six people were killed in the protests. Four of the dead were shot in "
        "Kibera and two in Kisumu.",
        [
            ("killed", "At least six", None, None, True),
            ("killed", "Four of the dead", "subset_of", "At least six", False),
            ("killed", "two", "subset_of", "At least six", False),
        ],
    ),
    (
        "Seven people were killed on Sunday. Three of them were killed in Homs and four in Hama.",
        [
            ("killed", "Seven", None, None, True),
            ("killed", "Three of them", "subset_of", "Seven", False),
            ("killed", "four", "subset_of", "Seven", False),
        ],
    ),
    (
        "Twenty people were wounded. Five of the injured were treated in Goma and seven in Bukavu.",
        [
            ("injured", "Twenty", None, None, True),
            ("injured", "Five of the injured", "subset_of", "Twenty", False),
            ("injured", "seven", "subset_of", "Twenty", False),
        ],
    ),
    (
        "Eleven of the dead were found in Homs and three in Hama, officials said.",
        [
            ("killed", "Eleven of the dead", None, None, True),
            ("killed", "three", None, None, True),
        ],
    ),
    (
        "Ten people were killed in the fighting. Officials said six of the dead were shot in "
        "the town's Old and New markets and four in the eastern district of Kalma.",
        [
            ("killed", "Ten", None, None, True),
            ("killed", "six of the dead", "subset_of", "Ten", False),
            ("killed", "four", "subset_of", "Ten", False),
        ],
    ),
    (
        "Three people were wounded in Gaza City on Monday, two in the north.",
        [("injured", "Three", None, None, True), ("injured", "two", None, None, True)],
    ),
    # Near forms: no partitive, days joined after a place, a clause with a verb of its own, a
    # state of a part instead of a place.
    (
        "Four people were shot in the park and two men fled in a car.",
        [("injured", "Four", None, None, True)],
    ),
    (
        "Five people were injured in the blast, two in serious condition.",
        [("injured", "Five", None, None, True), ("injured", "two", "subset_of", "Five", False)],
    ),
    (
        "Three people were killed in Homs and four in Hama.",
        [("killed", "Three", None, None, True), ("killed", "four", None, None, True)],
    ),
    (
        "Two of the injured were treated in Goma on Monday and Tuesday.",
        [("injured", "Two of the injured", None, None, True)],
    ),
]

TALLIED_PARTS = [
    (
        "Six people were shot at a wedding on Saturday. Two victims stayed at the hall, one "
        "drove to a clinic and another was found near a bridge.",
        [
            ("injured", "Six", None, None, True),
            ("injured", "Two victims", "subset_of", "Six", False),
            ("injured", "one", "subset_of", "Six", False),
            ("injured", "another", "subset_of", "Six", False),
        ],
    ),
    (
        "A man went on a stabbing spree in the town hall, killing four. Three of the victims "
        "were clerks and the fourth was a visitor.",
        [
            ("killed", "four", None, None, True),
            ("killed", "Three of the victims", "subset_of", "four", False),
            ("killed", "the fourth", "subset_of", "four", False),
        ],
    ),
    (
        "Nine women were murdered in the city. Of the nine victims, four were shot, three were "
        "strangled and two were beaten to death.",
        [
            ("killed", "Nine women", None, None, True),
            ("killed", "four", "subset_of", "Nine women", False),
            ("killed", "three", "subset_of", "Nine women", False),
            ("killed", "two", "subset_of", "Nine women", False),
        ],
    ),
    (
        "Police said two people were killed. One of the victims was a nurse and the other was "
        "a driver.",
        [
            ("killed", "two", None, None, True),
            ("killed", "One of the victims", "subset_of", "two", False),
            ("killed", "the other", "subset_of", "two", False),
        ],
    ),
    # Near forms: a vague word, a part with a noun of its own, a bare figure of things.
    (
        "Twenty people were hurt. Paramedics took some victims to the hospital while others "
        "drove themselves.",
        [
            ("injured", "Twenty", None, None, True),
            ("injured", "some victims", "subset_of", "Twenty", False),
        ],
    ),
    (
        "Five people were shot at a bar. Two of the victims were regulars; the remaining "
        "victim was a cook.",
        [
            ("injured", "Five", None, None, True),
            ("injured", "Two of the victims", "subset_of", "Five", False),
        ],
    ),
    (
        "Six people were shot at a wedding. Two victims stayed at the hall and two cars were "
        "found near a bridge.",
        [
            ("injured", "Six", None, None, True),
            ("injured", "Two victims", "subset_of", "Six", False),
        ],
    ),
]

TABLES = {
    "BRACKETED_PARTS": BRACKETED_PARTS,
    "GAPPED_PARTS": GAPPED_PARTS,
    "TALLIED_PARTS": TALLIED_PARTS,
}

test_listed_parts_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_to_rows, PUBLISHED
)
