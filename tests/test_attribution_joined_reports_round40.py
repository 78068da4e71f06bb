"""Round 40: a second speaker's report joined after a parenthetical cue.

'A strike killed five people, police said, and medics said two more were missing': the parser
hangs the second cue on the reported clause as its conjunct, so the first cue's content ran on
over it and the second row was read as nested in the first. A speech verb with a subject of
its own joined there is a report of its own. Near forms: the interrupted clause going on with
no subject ('..., police said, and was carried out ...'), and one speaker throughout.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ = _field_reader(("cue", "source", "content", "relation"))

JOINED_REPORT_CASES = [
    (
        "A strike killed five people on Monday, police said, and medics said two more were "
        "missing.",
        [
            ("said", "police", "A strike killed five people on Monday", None),
            ("said", "medics", "two more were missing", None),
        ],
    ),
    (
        "An air strike on a school shelter killed at least 18 people before dawn, health "
        "officials said, and rescuers said about a dozen more were still trapped.",
        [
            (
                "said",
                "health officials",
                "An air strike on a school shelter killed at least 18 people before dawn",
                None,
            ),
            ("said", "rescuers", "about a dozen more were still trapped", None),
        ],
    ),
    (
        "Shelling destroyed three houses in the village overnight, the mayor said, and "
        "residents said a school was also hit.",
        [
            ("said", "the mayor", "Shelling destroyed three houses in the village overnight", None),
            ("said", "residents", "a school was also hit", None),
        ],
    ),
    (
        "Gunmen killed four farmers near the border on Sunday, the army said, and local "
        "officials said six others were abducted.",
        [
            ("said", "the army", "Gunmen killed four farmers near the border on Sunday", None),
            ("said", "local officials", "six others were abducted", None),
        ],
    ),
    # the clause goes on after the cue with no subject: one report, the whole clause
    (
        "The attack, police said, was carried out by two gunmen.",
        [("said", "police", "The attack, police said, was carried out by two gunmen", None)],
    ),
    # the speaker goes on in a clause of its own after the quotation: nothing joined
    (
        "A strike killed five people on Monday, police said. Medics said two more were missing.",
        [
            ("said", "police", "A strike killed five people on Monday", None),
            ("said", "Medics", "two more were missing", None),
        ],
    ),
]

test_joined_second_report = cases_test(JOINED_REPORT_CASES, READ, PUBLISHED)
