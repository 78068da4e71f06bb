"""Event dates of the thirty-first round.

A bare holiday name that modifies the common noun after it ("a Christmas party", "a Halloween
party", "a Thanksgiving dinner") names an occasion of the season, not its day: the harm takes
the day the article gives, or none. A holiday with its day word ("Christmas Day"), on an event
noun ("the Christmas attack", "a Christmas shooting") or on a part of the day ("Christmas
morning") still dates the harm.

When no row's sentence states a day, a day on a verb that kills or wounds ("None of the victims
was seriously hurt after being shot late Saturday") dates the article's incident before the
lead's day, which may be that of what followed ("A man was being questioned Monday after police
say he shot three people"). An arrest's day, or a day of no harm, does not.

Each case gives the text and (type, count text, event date) of every row; published Tuesday
2023-12-26."""

from __future__ import annotations

from tests.casualty_rows import dated_rows
from tests.tables import table_tests

PUBLISHED = "2023-12-26"


#: a holiday name on an occasion's noun, against the holiday's own day
HOLIDAY_OCCASION = [
    (
        "Deputies said a gunman shot four people during a Christmas party at a lodge. The "
        "shooting happened early Saturday.",
        [("injured", "four", "2023-12-23")],
    ),
    (
        "A gunman shot four people during a Christmas party at a lodge early Saturday, deputies "
        "said.",
        [("injured", "four", "2023-12-23")],
    ),
    (
        "Two men were stabbed at a Halloween party in a warehouse, police said. The attack was "
        "reported on Sunday night.",
        [("injured", "Two men", "2023-12-24")],
    ),
    (
        "A man wounded three shoppers at a Christmas market, police said.",
        [("injured", "three shoppers", None)],
    ),
    (
        "Police said two guests were shot at a Thanksgiving dinner in a home on Friday.",
        [("injured", "two guests", "2023-12-22")],
    ),
    # Near forms: the holiday's day word, an event noun, a part of the day.
    (
        "A gunman killed three people on Christmas Day at a church.",
        [("killed", "three", "2023-12-25")],
    ),
    (
        "A gunman killed three people in a Christmas shooting at a church.",
        [("killed", "three", "2023-12-25")],
    ),
    (
        "A gunman killed three people on Christmas morning at a church.",
        [("killed", "three", "2023-12-25")],
    ),
    (
        "Three people were killed in the Christmas attack on a church.",
        [("killed", "Three", "2023-12-25")],
    ),
]

#: a day on a verb of violence in a sentence of no row, against the lead's day of the aftermath
HARM_VERB_DAY = [
    (
        "A man was being questioned Monday after police say he shot three people at a bar.\n\n"
        "None of the victims was seriously hurt after being shot late Saturday, police said.",
        [("injured", "three", "2023-12-23")],
    ),
    (
        "A man was being questioned Monday after police say he stabbed three people at a bar."
        "\n\nNone of the victims was seriously hurt after being stabbed late Saturday, police "
        "said.",
        [("injured", "three", "2023-12-23")],
    ),
    (
        "A woman was being questioned Monday after police say she wounded two people at a "
        "party.\n\nNone of the guests was seriously hurt after being wounded early Sunday, "
        "police said.",
        [("injured", "two", "2023-12-24")],
    ),
    # Near forms: an arrest's day, a day of no harm.
    (
        "A man was being questioned Monday after police say he stabbed three people at a bar."
        "\n\nThe man had been arrested late Saturday, police said.",
        [("injured", "three", "2023-12-25"), ("detained", "The man", "2023-12-23")],
    ),
    (
        "A man was being questioned Monday after police say he stabbed three people at a bar."
        "\n\nThe bar had reopened on Saturday, police said.",
        [("injured", "three", "2023-12-25")],
    ),
    (
        "A man was being questioned on Monday after police say he shot three people at a bar.",
        [("injured", "three", "2023-12-25")],
    ),
]

TABLES = {
    "HOLIDAY_OCCASION": HOLIDAY_OCCASION,
    "HARM_VERB_DAY": HARM_VERB_DAY,
}

test_event_dates, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, dated_rows, PUBLISHED
)
