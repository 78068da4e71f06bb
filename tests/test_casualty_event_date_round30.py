"""Event dates of the thirtieth round.

A figure whose sentence names no day takes the article's incident day, the first a harm sentence
states (`_carry_dates`). A repeat or part of an earlier figure that has a day of its own ("Four
men were shot on Monday night ... All four men were hospitalized") happened on that figure's
day: the article's day, carried over to it, gives way (`_inherit_dates`), as it would when the
article's first day is another incident's ("A woman was killed in a crash on Saturday").

When no harm sentence gives a day, the article's incident day is the day an event word takes;
a harm noun of the act is such a word ("since the May 28 slaying"), and so is a verb that says
only that "it" took place ("It happened about 9 p.m. on Sunday"); else the lead's first day;
else, when the lead names none, the last day named before the first figure in its paragraph
("On May 30, the envoy had just ended a meeting next door. They were talking when the bomb went
off, killing 20").

A day on a verb of speech that tells the harm's clause ("The army announced on Monday that four
soldiers were killed", "police reported Monday morning") is the day it was told: the harm takes
the article's incident day, as when its sentence names none.

A harm its sentence dates only by the week or weekend just past ("was shot over the weekend")
takes the article's incident day when that lies within it ("Deputies were called to the home
around 3 p.m. Saturday"); a month, or a day outside the week, leaves it undated.

A harm told in an "after" clause ("The search ended on Monday after four fishermen drowned")
happened before the main clause's day, which is not its own: it takes the article's day.

A day on a participle that describes a record ("says a document released Monday by
prosecutors", "In a 911 call released Monday") is that record's day, not the harm's.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-06-06."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-06-06"


#: a repeat or part of a dated figure, in an article whose first day is another incident's
REPEAT_TAKES_ITS_FIGURES_DAY = [
    (
        "A woman was killed in a crash on Saturday.\n\nFour men were shot on Monday night in a "
        "park. All four men were hospitalized.",
        [
            ("killed", "A woman", "2023-06-03"),
            ("injured", "Four men", "2023-06-05"),
            ("injured", "four men", "2023-06-05"),
        ],
    ),
    (
        "A woman was killed in a crash on Saturday.\n\nFour men were shot on Monday night in a "
        "park. One of them is in critical condition.",
        [
            ("killed", "A woman", "2023-06-03"),
            ("injured", "Four men", "2023-06-05"),
            ("injured", "One of them", "2023-06-05"),
        ],
    ),
    (
        "A woman was stabbed on Saturday near the station.\n\nTwo teenagers were wounded in a "
        "shooting on Monday. Both teenagers were taken to a hospital.",
        [
            ("injured", "A woman", "2023-06-03"),
            ("injured", "Two teenagers", "2023-06-05"),
            ("injured", "Both teenagers", "2023-06-05"),
        ],
    ),
    (
        "A man was found dead in his car on Saturday.\n\nThree people were hurt when a gunman "
        "opened fire on a bus on Monday. Two of the victims were children.",
        [
            ("killed", "A man", "2023-06-03"),
            ("injured", "Three", "2023-06-05"),
            ("injured", "Two of the victims", "2023-06-05"),
        ],
    ),
    # Near forms: a figure with no day of its own, and a figure of no dated group, keep the
    # article's day.
    (
        "A woman was killed in a crash on Saturday.\n\nFour men were wounded in a park. All "
        "four men were hospitalized.",
        [
            ("killed", "A woman", "2023-06-03"),
            ("injured", "Four men", "2023-06-03"),
            ("injured", "four men", "2023-06-03"),
        ],
    ),
    (
        "A woman was killed in a crash on Saturday. Her husband was injured.",
        [("killed", "A woman", "2023-06-03"), ("injured", "Her husband", "2023-06-03")],
    ),
]

#: the incident day an article states outside its harm sentences, whose lead names no day
STATED_OUTSIDE_HARM_SENTENCES = [
    (
        "A man who shot a clerk was charged with murder. He is held without bail.\n\nPolice "
        "had searched for him since the May 28 slaying. The clerk was killed behind the counter.",
        [
            ("killed", "a clerk", "2023-05-28"),
            ("detained", "He", None),
            ("killed", "The clerk", "2023-05-28"),
        ],
    ),
    (
        "Prosecutors charged a woman with murder. She is held without bail.\n\nThe clerk died "
        "behind the counter. Police had sought her since the May 28 killing.",
        [("detained", "She", None), ("killed", "The clerk", "2023-05-28")],
    ),
    (
        "A teenager died at his home. Deputies are investigating.\n\nIt happened about 9 p.m. "
        "on Sunday in the back yard.",
        [("killed", "A teenager", "2023-06-04")],
    ),
    (
        "A teenager was found with a gunshot wound at his home. Deputies are investigating."
        "\n\nIt occurred Saturday night, deputies said.",
        [("injured", "A teenager", "2023-06-03")],
    ),
    (
        "A bomb destroyed the embassy. The building was empty.\n\nOn May 30, the envoy had just "
        "ended a meeting next door. They were talking when the bomb went off, killing 20 people.",
        [("killed", "20", "2023-05-30")],
    ),
    # Near forms: a custody noun's day, another event that occurred, a day after the figure or
    # in another paragraph.
    (
        "A man who shot a clerk was charged with murder. He is held without bail.\n\nPolice "
        "had searched for him since the May 28 arrest of his brother. The clerk was killed "
        "behind the counter.",
        [
            ("killed", "a clerk", None),
            ("detained", "He", None),
            ("detained", "his brother", "2023-05-28"),
            ("killed", "The clerk", None),
        ],
    ),
    (
        "A teenager died at his home. Deputies are investigating.\n\nThe chase occurred "
        "Saturday night on the highway.",
        [("killed", "A teenager", None)],
    ),
    (
        "A bomb destroyed the embassy. The building was empty.\n\nThe envoy had just ended a "
        "meeting next door. They were talking when the bomb went off, killing 20 people.\n\n"
        "On May 30, the envoy flew home.",
        [("killed", "20", None)],
    ),
    (
        "A bomb destroyed the embassy. The building was empty.\n\nThe envoy met reporters on "
        "May 30.\n\nThey were talking when the bomb went off, killing 20 people.",
        [("killed", "20", None)],
    ),
]

#: a day of telling beside the harm
TELLING_DAY = [
    (
        "A boy was shot in a park on Saturday.\n\nIt was reported on Monday that his brother "
        "was wounded as well.",
        [("injured", "A boy", "2023-06-03"), ("injured", "his brother", "2023-06-03")],
    ),
    (
        "A truck bomb exploded at a checkpoint on Saturday.\n\nThe army announced on Monday "
        "that four soldiers were killed.",
        [("killed", "four soldiers", "2023-06-03")],
    ),
    (
        "Two hikers were swept away by a flood on Saturday.\n\nRescuers confirmed on Monday "
        "that one of them had drowned.",
        [("killed", "one of them", "2023-06-03")],
    ),
    (
        "A ferry capsized on a river on Saturday.\n\nOfficials said on Monday that 12 "
        "passengers had drowned.",
        [("killed", "12 passengers", "2023-06-03")],
    ),
    # Near forms: the harm's own day beside the telling, and a telling day alone (the lead's).
    (
        "Two hikers were swept away by a flood on Saturday.\n\nOne of them drowned on Monday, "
        "rescuers confirmed.",
        [("killed", "One of them", "2023-06-05")],
    ),
    (
        "A ferry capsized on a river on Saturday.\n\nTwelve passengers drowned on Monday when "
        "a second boat sank, officials said.",
        [("killed", "Twelve passengers", "2023-06-05")],
    ),
    (
        "Police said on Monday that a man was shot outside a bar.",
        [("injured", "a man", "2023-06-05")],
    ),
]

#: a harm dated by the week or weekend just past, its day stated elsewhere
WEEK_AND_ITS_DAY = [
    (
        "A girl was shot over the weekend while playing in a yard.\n\nDeputies were called to "
        "the home around 3 p.m. Saturday.",
        [("injured", "A girl", "2023-06-03")],
    ),
    (
        "A teen accidentally shot himself earlier this week. Police are investigating.\n\nIt "
        "happened on Monday night at his home.",
        [("injured", "A teen", "2023-06-05")],
    ),
    (
        "A man was hurt in a shooting over the weekend. He is in stable condition.\n\nThe "
        "shooting was reported around 1 a.m. Sunday.",
        [("injured", "A man", "2023-06-04")],
    ),
    (
        "Two hikers died in a rock slide earlier this week. Rangers closed the trail.\n\nThe "
        "slide hit the trail around noon Monday.",
        [("killed", "Two hikers", "2023-06-05")],
    ),
    # Near forms: a day outside the weekend, a month, no day at all.
    (
        "A girl was shot over the weekend while playing in a yard.\n\nHer family moved to the "
        "town on May 20.",
        [("injured", "A girl", None)],
    ),
    (
        "A girl was shot last month while playing in a yard.\n\nDeputies were called to the "
        "home around 3 p.m. on May 13.",
        [("injured", "A girl", None)],
    ),
    (
        "A girl was shot over the weekend while playing in a yard.",
        [("injured", "A girl", None)],
    ),
]

#: a harm in an "after" clause of a clause with a day of its own
AFTER_CLAUSE = [
    (
        "A fire destroyed a warehouse on Saturday.\n\nA watchman was questioned on Monday after "
        "he was hurt in the blaze.",
        [("injured", "A watchman", "2023-06-03")],
    ),
    (
        "A gunman opened fire at a wedding on Saturday.\n\nThe venue closed on Monday after two "
        "guests were killed.",
        [("killed", "two guests", "2023-06-03")],
    ),
    (
        "A boat capsized on a lake on Saturday.\n\nThe search ended on Monday after four "
        "fishermen drowned.",
        [("killed", "four fishermen", "2023-06-03")],
    ),
    (
        "A storm hit the coast on Saturday.\n\nSchools shut on Monday after a falling tree "
        "injured two pupils.",
        [("injured", "two pupils", "2023-06-03")],
    ),
    # Near forms: the day inside the "after" clause, or on the harm's own clause.
    (
        "A storm hit the coast on Saturday.\n\nSchools shut after a falling tree injured two "
        "pupils on Monday.",
        [("injured", "two pupils", "2023-06-05")],
    ),
    (
        "A gunman opened fire at a wedding on Saturday.\n\nOn Monday, two guests were killed "
        "after a second gunman opened fire.",
        [("killed", "two guests", "2023-06-05")],
    ),
]

#: a day on the participle of a record that tells the harm
RECORD_DAY = [
    (
        "A fight broke out at a party on Saturday night.\n\nThe host stabbed two guests, says a "
        "document released Monday by prosecutors.",
        [("injured", "two guests", "2023-06-03")],
    ),
    (
        "A fight broke out at a party on Saturday night.\n\nIn a 911 call released Monday, a "
        "guest says the host shot two men.",
        [("injured", "two men", "2023-06-03")],
    ),
    (
        "A boat sank off the coast on Saturday.\n\nThree sailors drowned, says a report issued "
        "Monday by the coast guard.",
        [("killed", "Three sailors", "2023-06-03")],
    ),
    (
        "A fight broke out at a party on Saturday night.\n\nA guest wounded two men, says a "
        "complaint filed Monday by prosecutors.",
        [("injured", "two men", "2023-06-03")],
    ),
    # Near forms: the harm's own day beside the record, and a participle of the harm itself.
    (
        "A fight broke out at a party on Saturday night.\n\nThe host stabbed two guests on "
        "Monday, says a document released by prosecutors.",
        [("injured", "two guests", "2023-06-05")],
    ),
    (
        "A fire broke out in a garage on Saturday.\n\nA firefighter was hurt by a beam that "
        "fell Monday.",
        [("injured", "A firefighter", "2023-06-05")],
    ),
]

TABLES = {
    "RECORD_DAY": RECORD_DAY,
    "AFTER_CLAUSE": AFTER_CLAUSE,
    "WEEK_AND_ITS_DAY": WEEK_AND_ITS_DAY,
    "TELLING_DAY": TELLING_DAY,
    "REPEAT_TAKES_ITS_FIGURES_DAY": REPEAT_TAKES_ITS_FIGURES_DAY,
    "STATED_OUTSIDE_HARM_SENTENCES": STATED_OUTSIDE_HARM_SENTENCES,
}

test_event_dates, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
