"""Round 40: an empty 'it' is no source.

'It is hard to know where the donors will go', 'It now seems inevitable that X will win': the
'it' subject of a verb whose predicate is an evaluation or likelihood adjective with a clause of
its own stands for that clause, not for anyone who says or thinks it (`empty_it_adjectives` in
cues.json). The row keeps its cue and content and has no source, as 'It has emerged that ...'
has none (corpus/ANNOTATION.md); PolNeAR train gives such rows no source. Near forms: an 'it'
that names a thing said before ('The paper ... It says ...'), and one whose adjective takes no
empty subject ('it was confident that ...', inside a report of its own).
"""

from tests.tables import assert_wordings_and_near_forms, cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ = _field_reader(("cue", "source", "content"))

EMPTY_IT_CASES = [
    (
        "It is difficult to predict how the new rules will affect the vote.",
        [("predict", None, "how the new rules will affect the vote")],
    ),
    (
        "It is hard to imagine that the governor will sign the bill.",
        [("imagine", None, "the governor will sign the bill")],
    ),
    (
        "Still, it's hard to know where the union's members will turn next.",
        [("know", None, "where the union's members will turn next")],
    ),
    (
        "It is easy to see why the farmers are angry.",
        [("see", None, "why the farmers are angry")],
    ),
    (
        "It may seem surprising that a single post could sway the council.",
        [("may seem", None, "a single post could sway the council")],
    ),
    # near forms: an 'it' that names the paper before it, and a body's 'it' in its own report
    (
        "The paper hired a new editor last week. It says the editor will start on Monday.",
        [("says", "It", "the editor will start on Monday")],
    ),
    (
        "The ministry said it was confident that the deal would hold.",
        [("said", "The ministry", "it was confident that the deal would hold")],
    ),
]

test_empty_it_sources = cases_test(EMPTY_IT_CASES, READ, PUBLISHED)


def test_empty_it_table():
    assert_wordings_and_near_forms(EMPTY_IT_CASES)
