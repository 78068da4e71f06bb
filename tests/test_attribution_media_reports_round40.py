"""Round 40: reports of a medium ('Earlier reports by local media had put the toll at 13').

A report noun whose 'by' or channel phrase holds a source that is itself a medium speaks
through that medium, as the medium reporting alone would ('local media reported': `other`),
with no channel text (the writers' gold of articles O). Near forms: reports by a news agency
(agencies have no channel) and reports by people, which name no medium.
"""

from tests.tables import cases_test
from tests.test_attribution_probes import _field_reader

#: the publication date `conftest.process` gives by default
PUBLISHED = "2023-06-04"
READ = _field_reader(("cue", "source", "channel", "channel_text"))

MEDIA_REPORT_CASES = [
    (
        "Earlier reports by local media had put the death toll at 13.",
        [("put", "Earlier reports by local media", "other", None)],
    ),
    (
        "Reports in state media said 20 people had died in the fire.",
        [("said", "Reports in state media", "other", None)],
    ),
    (
        "An account by state television said two soldiers were wounded.",
        [("said", "An account by state television", "tv_radio", None)],
    ),
    (
        "Initial reports by local media said the bus had overturned near the bridge.",
        [("said", "Initial reports by local media", "other", None)],
    ),
    # a news agency's reports: agencies have no channel
    (
        "Reports by Reuters said 20 people had died in the fire.",
        [("said", "Reports by Reuters", None, None)],
    ),
    # people's reports name no medium
    (
        "Reports by residents said 20 people had died in the fire.",
        [("said", "Reports by residents", None, None)],
    ),
]

test_reports_of_a_medium = cases_test(MEDIA_REPORT_CASES, READ, PUBLISHED)
