"""Detentions, twenty-ninth round: a town named as where a road leads ("arrested at a
checkpoint on the road to Ibadan") is not where the harm was, so a person held there after a
counted group of the same harm is one of that group, as one held with no place told is; a
person held in another town named as such is someone new (art_I). A passive joined after a
reported clause goes on with that clause's subject, even where the parser joins it to the
speech verb: in "The chief tells us the driver fled, but was caught and arrested" the driver is
held, not the chief (gva_g4). One person "arrested" since a time ("has been arrested five
times since 2010") has a record of arrests, a cumulative figure that counts toward no total
(tb_t2); one held since a time, or arrested since an event, is still a detention.

Each case gives the text and (type, count text, relation, counts_toward_total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2019-05-20"


ROAD_DESTINATIONS = [
    (
        "Soldiers detained three students in Lagos on Friday. Ada Obi was detained on the road "
        "to Ibadan the same night.",
        [
            ("detained", "three students", None, True),
            ("detained", "Ada Obi", "subset_of", False),
        ],
    ),
    (
        "Police arrested two union leaders in Madrid on Tuesday. Carlos Vega, a former mayor, "
        "was arrested at a checkpoint on the road to Valencia an hour later.",
        [
            ("detained", "two union leaders", None, True),
            ("detained", "Carlos Vega", "subset_of", False),
        ],
    ),
    (
        "Agents detained two opposition figures in Caracas on Monday night.\n\nMaria Soto, a "
        "former lawmaker, was arrested at a checkpoint on the road to Maracay about an hour "
        "later, the party said.",
        [
            ("detained", "two opposition figures", None, True),
            ("detained", "Maria Soto", "subset_of", False),
        ],
    ),
    (
        "Police arrested two union leaders in Madrid on Tuesday. Carlos Vega, a former mayor, "
        "was arrested at a checkpoint an hour later.",
        [
            ("detained", "two union leaders", None, True),
            ("detained", "Carlos Vega", "subset_of", False),
        ],
    ),
    # Near forms: held in another town, named as where it happened: someone new.
    (
        "Soldiers detained three students in Lagos on Friday. Ada Obi was detained in Ibadan "
        "the same night.",
        [
            ("detained", "three students", None, True),
            ("detained", "Ada Obi", None, True),
        ],
    ),
    (
        "Police arrested two union leaders in Madrid on Tuesday. Carlos Vega, a former mayor, "
        "was arrested at a checkpoint in Valencia an hour later.",
        [
            ("detained", "two union leaders", None, True),
            ("detained", "Carlos Vega", None, True),
        ],
    ),
]

REPORTED_THEN_HELD = [
    (
        "The chief tells us the driver fled, but was caught and arrested.",
        [("detained", "the driver", None, True)],
    ),
    (
        "Sergeant Cole tells us the gunman fled, but was found by officers and taken to the "
        "police station.",
        [("detained", "the gunman", None, True)],
    ),
    (
        "The chief tells us the boy who fired the rifle ran away, but was found by deputies "
        "and arrested.",
        [("detained", "the boy", None, True)],
    ),
    (
        "Harper tells us the boy who fired the shot ran away, but was found by officers and "
        "taken to the police station.",
        [("detained", "the boy", None, True)],
    ),
    (
        "The captain said the driver ran away and was taken into custody.",
        [("detained", "the driver", None, True)],
    ),
    # Near forms: the speaker himself held; a passive that tells no harm.
    (
        "The chief said he was at home and was later arrested.",
        [("detained", "he", None, True)],
    ),
    ("The mayor said the plan was sound, but was criticised by residents.", []),
]

ARREST_RECORDS = [
    (
        "Thomas Grady, a veteran of clinic protests, had been arrested in four states since "
        "1995 for blocking clinic doors.",
        [("detained", "Thomas Grady", None, False)],
    ),
    (
        "Miller has been arrested five times since 2010 for trespassing.",
        [("detained", "Miller", None, False)],
    ),
    (
        "Grant had been arrested in three countries since 2001, court papers show.",
        [("detained", "Grant", None, False)],
    ),
    (
        "Ortiz has been apprehended twice since January for shoplifting.",
        [("detained", "Ortiz", None, False)],
    ),
    # Near forms: held since a time (a state), arrested on a day, arrested since an event.
    (
        "Miller has been detained since March in the city jail.",
        [("detained", "Miller", None, True)],
    ),
    ("Miller was arrested on Monday, police said.", [("detained", "Miller", None, True)]),
    (
        "Police said Miller has been arrested since the shooting.",
        [("detained", "Miller", None, True)],
    ),
]

TABLES = {
    "ROAD_DESTINATIONS": ROAD_DESTINATIONS,
    "REPORTED_THEN_HELD": REPORTED_THEN_HELD,
    "ARREST_RECORDS": ARREST_RECORDS,
}

test_detentions_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
