""" A figure in a photo caption, forty-first round: "Police respond to the scene ... Officials say
15 to 20 people have been wounded. RACHEL LUNA - STAFF PHOTOGRAPHER ... At least 14 people were
killed and 21 others injured" tells in the caption the figure of when the photo was filed; the
story's own larger figure revises it (update_of), whoever told either. It used to be read as
another source's count set against the caption's, so the caption's range counted and the story's
21 did not. A caption is a line of more than one sentence closed by a short photo credit
(`photo_credit_words`: "STAFF PHOTOGRAPHER", "(AP Photo/...)", "Photograph: ...", "Photo by
...", or an agency in capitals before a slash: "REUTERS/..."). Found on a US mass-shooting
report (GVA dev, fitted mention gold g11). Near forms: the same two figures with no credit
after the first keep the contract's conflict; a smaller story figure is still a part, and
once the story tells the caption's figure as its own the caption is its figure.

Each case gives the text and (type, count text, relation, counts toward total) of every row."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_part_words_round21 import related_rows

PUBLISHED = "2024-07-05"

CAPTION_FIGURE_REVISED = [
    (
        "Firefighters work at the scene of the fire at the apartment block on Monday. Officials "
        "say 10 to 12 people were injured. JOHN SMITH \u2014 STAFF PHOTOGRAPHER\n\nAt least three "
        "people were killed and 15 others injured when fire swept through an apartment block on "
        "Monday, the fire department said.",
        [
            ("injured", "10 to 12", None, False),
            ("killed", "At least three", None, True),
            ("injured", "15 others", "update_of", True),
        ],
    ),
    (
        "Police stand outside the mall after the shooting on Saturday. At least five people were "
        "wounded, police said. (AP Photo/Jane Doe)\n\nNine people were wounded when a gunman "
        "opened fire at the mall on Saturday, a hospital spokesman said.",
        [("injured", "At least five", None, False), ("injured", "Nine", "update_of", True)],
    ),
    (
        "Rescuers search the rubble of the collapsed building in the city on Tuesday. Eight "
        "people were killed, officials said. REUTERS/Ali Khan\n\nThe collapse of the building "
        "killed 11 people, the city's mayor said on Wednesday.",
        [("killed", "Eight", None, False), ("killed", "11", "update_of", True)],
    ),
    (
        "Medics treat a man at the scene of the bus crash on Friday. Twelve passengers were "
        "hurt, police said. Photo by Ana Ruiz\n\nTwenty passengers were injured when the bus "
        "overturned on the highway on Friday, a hospital official said.",
        [
            ("injured", "a man", "subset_of", False),
            ("injured", "Twelve passengers", None, False),
            ("injured", "Twenty passengers", "update_of", True),
        ],
    ),
    (
        "Smoke rises over the factory after the blast on Thursday. Two workers died, the company "
        "said. Photograph: Lee Park/Getty Images\n\nThe blast at the chemical factory killed "
        "three workers on Thursday, the county fire marshal said.",
        [("killed", "Two workers", None, False), ("killed", "three workers", "update_of", True)],
    ),
    # Near forms: no credit after the first figure: two sources' counts, the first counts.
    (
        "At least five people were wounded in the shooting at the mall on Saturday, police "
        "said.\n\nNine people were wounded when a gunman opened fire at the mall, a hospital "
        "spokesman said.",
        [("injured", "At least five", None, True), ("injured", "Nine", "conflicts_with", False)],
    ),
    # ... a smaller story figure is a part of the caption's
    (
        "Police stand outside the mall after the shooting on Saturday. Six people were wounded, "
        "police said. (AP Photo/Jane Doe)\n\nFour people were shot in the parking lot of the "
        "mall on Saturday, police said.",
        [("injured", "Six", None, True), ("injured", "Four", "subset_of", False)],
    ),
    # ... and once the story tells the caption's figure, the parts are the story's
    (
        "Police stand outside the mall after the shooting on Saturday. Six people were wounded, "
        "police said. (AP Photo/Jane Doe)\n\nSix people were wounded when a gunman opened fire "
        "at the mall on Saturday. Four of them were shot in the parking lot.",
        [
            ("injured", "Six", None, True),
            ("injured", "Six", "same_as", False),
            ("injured", "Four of them", "subset_of", False),
        ],
    ),
]

TABLES = {"CAPTION_FIGURE_REVISED": CAPTION_FIGURE_REVISED}

test_caption_figure_revised, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, related_rows, PUBLISHED
)
