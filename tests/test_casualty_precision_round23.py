"""Casualty precision, round 23: rows the fitted sets' gold does not have, by construction. A
description after "be" says who harmed people were, not a part of them or a new group; a media
player's label after a clip's title is nobody; a figure a place has room for is no harm. Each
table holds four or more wordings of one construction and at least two near forms that keep the
old reading; the rows give every row's relation and whether it counts."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "the third person killed was a Syrian farm worker": a singular noun harmed by its participle is
#: one person, and the description the copula sets after it says who that person was; it is no
#: part of a group (`_one_person_noun`). Near forms: a plural subject lists its people, each a
#: part of it, as before.
ONE_PERSON_DESCRIBED = [
    (
        "The ministry said the third person killed was a Syrian farm worker.",
        [("killed", "the third person", None, True)],
    ),
    (
        "Three people died. The person killed on Monday was a farmer.",
        [("killed", "Three", None, True), ("killed", "The person", "subset_of", False)],
    ),
    (
        "Two men were shot. The man wounded in the attack was a taxi driver.",
        [("injured", "Two men", None, True), ("injured", "The man", "subset_of", False)],
    ),
    (
        "A bomb killed four people. The woman killed was a teacher.",
        [("killed", "four", None, True)],
    ),
    # Near forms.
    (
        "Two people died. The two killed were a farmer and a teacher.",
        [
            ("killed", "Two", None, True),
            ("killed", "The two killed", "same_as", False),
            ("killed", "a farmer", "subset_of", False),
            ("killed", "a teacher", "subset_of", False),
        ],
    ),
    (
        "Six other men arrested are a 40-year-old man, Rodney Smith and a 47-year-old man.",
        [
            ("detained", "Six other men", None, True),
            ("detained", "a 40-year-old man, Rodney Smith", "subset_of", False),
            ("detained", "a 47-year-old man", "subset_of", False),
        ],
    ),
]

#: "At least 1,300 of those detained are political prisoners": a bare plural harm noun after "be"
#: says what the subject's people are; the subject, harmed by a word of its own of the same
#: kind, is their row, and a part told of the description is a part of that row
#: (`_harmed_subject_described`). Near forms: an existential "there are" and a
#: subject with no harm word keep the noun's row.
HARM_NOUN_DESCRIBING_SUBJECT = [
    (
        "Police arrested 300 people. Most of those detained are political prisoners.",
        [("detained", "300", None, True), ("detained", "Most of those", "subset_of", False)],
    ),
    (
        "Police said 2,000 people had been held. At least 900 of those arrested are political "
        "prisoners.",
        [("detained", "At least 900 of those", None, True)],
    ),
    (
        "Police detained 60 people on Sunday. A third of those arrested are detainees from an "
        "earlier raid.",
        [
            ("detained", "60", None, True),
            ("detained", "A third of those arrested", "subset_of", False),
        ],
    ),
    (
        "Police arrested 300 people. Most of those detained are political prisoners, 40 of them "
        "women.",
        [
            ("detained", "300", None, True),
            ("detained", "Most of those", "subset_of", False),
            ("detained", "40 of them", "subset_of", False),
        ],
    ),
    (
        "Gunmen kidnapped 30 people. Ten of those abducted are hostages of a rival gang.",
        [("abducted", "30", None, True), ("abducted", "Ten of those", "subset_of", False)],
    ),
    # Near forms.
    (
        "Police said there are political prisoners in the jail.",
        [("detained", "political prisoners", None, True)],
    ),
    (
        "Most of them are political prisoners.",
        [("detained", "political prisoners", None, True)],
    ),
]

#: "2:53 Police discuss threats, arrest Pause": scraped pages keep a media player's button label
#: after a clip's title, where title case after a harm word reads as a name (`page_control_words`
#: in the context lexicon). Near forms: a name in that place is still a person arrested.
PLAYER_LABEL_AFTER_CLIP_TITLE = [
    (
        "1:12 Deputies search woods, arrest Pause\n\nA man was shot on Main Street on Friday.",
        [("injured", "A man", None, True)],
    ),
    (
        "3:10 Sheriff talks about manhunt, arrest Pause\n\nA woman was shot Sunday.",
        [("injured", "A woman", None, True)],
    ),
    (
        "0:58 Police chase ends in crash, arrest Replay\n\nTwo men were stabbed on Friday.",
        [("injured", "Two men", None, True)],
    ),
    (
        "2:40 Officers shoot Play\n\nTwo men were stabbed on Friday.",
        [("injured", "Two men", None, True)],
    ),
    # Near forms.
    (
        "1:12 Deputies search woods, arrest Jones\n\nA man was shot on Main Street on Friday.",
        [("detained", "Jones", None, True), ("injured", "A man", None, True)],
    ),
    (
        "Police arrest Pauley after chase\n\nA man was shot on Main Street on Friday.",
        [("detained", "Pauley", None, True), ("injured", "A man", None, True)],
    ),
]

#: "the morgue had room for only 10 bodies": a figure after a noun of how many a place can take
#: (`capacity_nouns`) counts places, harm that has not happened. Near forms: the place's own
#: verb with the figure states real harm.
FIGURE_OF_CAPACITY = [
    (
        "The island's morgue had room for only 10 bodies and asked Rome for refrigerated "
        "containers.",
        [],
    ),
    ("The mortuary has space for 40 bodies.", []),
    ("The hospital has capacity for 200 wounded.", []),
    ("The morgue has a capacity of 30 bodies.", []),
    # Near forms.
    ("The morgue received 10 bodies on Monday.", [("killed", "10 bodies", None, True)]),
    ("The hospital treated 200 wounded after the blast.", [("injured", "200 wounded", None, True)]),
]

test_rows, test_tables = table_tests(
    {
        "ONE_PERSON_DESCRIBED": ONE_PERSON_DESCRIBED,
        "HARM_NOUN_DESCRIBING_SUBJECT": HARM_NOUN_DESCRIBING_SUBJECT,
        "PLAYER_LABEL_AFTER_CLIP_TITLE": PLAYER_LABEL_AFTER_CLIP_TITLE,
        "FIGURE_OF_CAPACITY": FIGURE_OF_CAPACITY,
    },
    linked_rows,
    PUBLISHED,
)
