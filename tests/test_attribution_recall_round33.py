"""Reports the contract asks for that the parse hid (round 33).

An organisation whose name holds an infinitive ('The Committee to Protect Journalists', 'the
Coalition to Stop Gun Violence') is the speaker of the cue after it. With a sentence before
it, the parser may read the name as a clause subject of the cue ('Protect' its head): the cue
model then saw a verb with no subject and dropped it (`_name_read_as_clause`). Near forms: a
true clause subject ('To leave now would be ...'), a name read whole as the subject.

'X cited Y, a long title, as saying Z' where the parser hung 'as saying' (as a preposition
or as a clause marker) on a verb further on, a relative clause's in Z: the 'as' right after
the object is the citing verb's all the same (`_as_after_object_hung_later`), so X's row has
Z for content and Y's row is read, instead of one row with Y for what X said. Near forms:
the parses that already hung it on the verb or the object, and 'cited X as evidence'.

A cue in a relative clause with no relative word ('a man they say fired the shots', 'a truck
it says carried the bomb') reports the finite clause right after it, which the parser hung on
the main verb: the cue saw no complement and made no row (`_clause_after_contact_relative`).
Where the parser made that cue the root instead ('the names of doctors it says perform
abortions'), the sentence before it became its complement: that clause, ending in the noun
right before the cue's subject, is the host of the relative, not what was said
(`_host_read_as_complement`). Near forms: parses that already gave the clause, a relative with
no cue ('a lawyer they trust') and one with an object of its own.

'Observe' reports only with a that-clause or a quotation (`clause_only` in cues.json): with a
bare object it is watching or keeping a rite ('observing the rescue mission', 'observed a
minute of silence'), which says nothing. 'Rule' with a land for object ('warlords ruling the
nation', 'ruled the country for forty years') is governing, not a ruling (`non_report_objects`);
'ruled that ...', 'ruled out ...' and 'ruled the death a homicide' stay. 'Question' with a
person for object ('Police questioned the suspect', 'the bureau has questioned more than 100
people') is an interrogation, not a doubt voiced; 'questioned whether ...' and 'questioned
the timing of ...' stay.

Each case gives the text and, for every row in order, (source, cue, content).
"""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_attribution_probes import _fields

FIELDS = ("source", "cue", "content")
#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"

NAME_READ_AS_CLAUSE_CASES = [
    (
        "The rebels shelled the port again. The Committee to Protect Journalists reports "
        "nine reporters killed in the region since March.",
        [
            (
                "The Committee to Protect Journalists",
                "reports",
                "nine reporters killed in the region since March",
            )
        ],
    ),
    (
        "Fighting resumed on Friday. The Committee to Protect Journalists said two "
        "photographers were wounded.",
        [
            (
                "The Committee to Protect Journalists",
                "said",
                "two photographers were wounded",
            )
        ],
    ),
    (
        "The Campaign to Stop Killer Robots said the drones were used in the raid.",
        [
            (
                "The Campaign to Stop Killer Robots",
                "said",
                "the drones were used in the raid",
            )
        ],
    ),
    (
        "To leave the city now would be dangerous, the mayor said.",
        [("the mayor", "said", "To leave the city now would be dangerous")],
    ),
    ("To leave the city at night is dangerous.", []),
    (
        "The Committee to Protect Journalists condemned the arrest of the editor.",
        [("The Committee to Protect Journalists", "condemned", "the arrest of the editor")],
    ),
]

AS_SAYING_HUNG_LATER_CASES = [
    (
        "AFP also cited Juan Ortiz, chief of the Mexican Federal Police, as saying the killers "
        "were linked to the Gulf Cartel, which itself was related to the Zetas.",
        [
            ("AFP", "cited", "the killers were linked to the Gulf Cartel"),
            (
                "Juan Ortiz, chief of the Mexican Federal Police",
                "saying",
                "the killers were linked to the Gulf Cartel",
            ),
        ],
    ),
    (
        "Sky also cited Paul King, head of the Met Police, as saying the robbers were linked "
        "to the Adams family, which itself was related to older gangs.",
        [
            ("Sky", "cited", "the robbers were linked to the Adams family"),
            (
                "Paul King, head of the Met Police",
                "saying",
                "the robbers were linked to the Adams family",
            ),
        ],
    ),
    (
        "CNN also cited Ana Ruiz, chief of the Peruvian National Police, as saying the raiders "
        "were linked to the Shining Path, which itself was related to a drug ring.",
        [
            (
                "CNN",
                "cited",
                "the raiders were linked to the Shining Path, which itself was related to a "
                "drug ring",
            ),
            (
                "Ana Ruiz, chief of the Peruvian National Police",
                "saying",
                "the raiders were linked to the Shining Path, which itself was related to a "
                "drug ring",
            ),
        ],
    ),
    (
        "The BBC cited a police official as saying two people died.",
        [
            ("The BBC", "cited", "two people died"),
            ("a police official", "saying", "two people died"),
        ],
    ),
    (
        "The BBC cited the figures released by the ministry as evidence of the rise.",
        [
            (
                "The BBC",
                "cited",
                "the figures released by the ministry as evidence of the rise",
            )
        ],
    ),
    (
        "The paper described Tom Baker, a local farmer, as angry about the road, which the "
        "council had closed.",
        [
            (
                "The paper",
                "described",
                "Tom Baker, a local farmer, as angry about the road, which the council had closed",
            )
        ],
    ),
]

CONTACT_RELATIVE_CASES = [
    (
        "Police arrested a man they say fired the shots.",
        [("they", "say", "fired the shots")],
    ),
    (
        "The army released photos of a truck it says carried the bomb.",
        [("it", "says", "carried the bomb")],
    ),
    (
        "The report names three firms it says sold weapons to the militia.",
        [("it", "says", "sold weapons to the militia")],
    ),
    (
        "The site lists the names of doctors it says perform abortions.",
        [("it", "says", "perform abortions")],
    ),
    (
        "The coach picked the players he says deserve a chance.",
        [("he", "says", "deserve a chance")],
    ),
    ("The family hired a lawyer they trust.", []),
    (
        "He asked the people he met to vote.",
        [("He", "asked", "the people he met to vote")],
    ),
]

OBSERVED_CASES = [
    (
        "The president flew to the city on Monday, observing the rescue work and visiting "
        "the wounded.",
        [],
    ),
    ("The crowd observed a minute of silence for the victims.", []),
    ("Monitors observed the vote in several districts.", []),
    (
        "The judge observed that the evidence was thin.",
        [("The judge", "observed", "the evidence was thin")],
    ),
    (
        'A doctor at the clinic observed, "We have never seen so many burns."',
        [("A doctor at the clinic", "observed", "We have never seen so many burns.")],
    ),
    (
        "The envoy observed that the talks had stalled.",
        [("The envoy", "observed", "the talks had stalled")],
    ),
]

RULED_LAND_CASES = [
    ("The chaos left rival warlords ruling the nation for a decade.", []),
    ("The party ruled the country for forty years.", []),
    ("The dynasty ruled the province until the war.", []),
    (
        "The court ruled that the ban was unlawful.",
        [("The court", "ruled", "the ban was unlawful")],
    ),
    (
        "Officials ruled out the possibility of a tsunami.",
        [("Officials", "ruled out", "the possibility of a tsunami")],
    ),
    (
        "The coroner ruled the death a homicide.",
        [("The coroner", "ruled", "the death a homicide")],
    ),
]

QUESTIONED_PERSON_CASES = [
    ("Police questioned the suspect for several hours.", []),
    ("Detectives questioned two women about the fire.", []),
    (
        "The chief said the bureau had questioned more than 50 people there.",
        [
            (
                "The chief",
                "said",
                "the bureau had questioned more than 50 people there",
            )
        ],
    ),
    ("The driver was questioned by police and released.", []),
    (
        "Critics questioned whether the plan would work.",
        [("Critics", "questioned", "whether the plan would work")],
    ),
    (
        "The senator questioned the timing of the report.",
        [("The senator", "questioned", "the timing of the report")],
    ),
]


TABLES = {
    "NAME_READ_AS_CLAUSE_CASES": NAME_READ_AS_CLAUSE_CASES,
    "AS_SAYING_HUNG_LATER_CASES": AS_SAYING_HUNG_LATER_CASES,
    "CONTACT_RELATIVE_CASES": CONTACT_RELATIVE_CASES,
    "OBSERVED_CASES": OBSERVED_CASES,
    "RULED_LAND_CASES": RULED_LAND_CASES,
    "QUESTIONED_PERSON_CASES": QUESTIONED_PERSON_CASES,
}


def _field_rows(doc) -> list[tuple]:
    return [_fields(doc, a, FIELDS) for a in doc._.news_attributions]


test_reports_hidden_by_the_parse, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, _field_rows, PUBLISHED
)
