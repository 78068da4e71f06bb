"""Article totals of war and wire reports, round 30: hand-made paragraphs that stress the
relations deciding a killed total (a war's tally with the day's part, a source disputing the
toll, a figure told again after another source's, the dead told by how they died, a toll
revised "down to", a round-up of a country broken down by town). Each table holds four or
more wordings of one construction and at least two near forms that keep the old reading; the
totals cases check the article-level figure a user reads."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "at least 37,000 have been killed in the war, including 45 in the past 24 hours": the day's
#: window closes the part, so it dates the part, not the war's tally, which stays cumulative.
PART_DATED_BY_WINDOW = [
    (
        "Gaza's health ministry said at least 37,000 Palestinians have been killed in the war, "
        "including 45 in the past 24 hours.",
        [
            ("killed", "at least 37,000 Palestinians", None, False),
            ("killed", "45", "subset_of", False),
        ],
    ),
    (
        "The ministry said more than 14,000 people have died in the fighting, among them 60 in "
        "the last 24 hours.",
        [("killed", "more than 14,000", None, False), ("killed", "60", "subset_of", False)],
    ),
    (
        "Officials say more than 9,000 people have died in the conflict, including 31 in the "
        "last 48 hours.",
        [("killed", "more than 9,000", None, False), ("killed", "31", "subset_of", False)],
    ),
    (
        "At least 35,200 people have been killed in the war, including 52 over the past day, "
        "the health ministry said.",
        [("killed", "At least 35,200", None, False), ("killed", "52", "subset_of", False)],
    ),
    # Near forms: the window on the whole's own clause keeps it one day's toll.
    (
        "At least 1,200 people have been killed in the war over the past 24 hours, the ministry "
        "said.",
        [("killed", "At least 1,200", None, True)],
    ),
    (
        "More than 300 people have been killed in the fighting over the past week, including 12 "
        "children, officials said.",
        [("killed", "More than 300", None, True), ("killed", "12 children", "subset_of", False)],
    ),
]

#: "A police spokeswoman disputed the toll, saying three people had died": the source's own
#: count of the same people, set against the toll, whatever noun it gives them.
DISPUTING_SOURCE = [
    (
        "At least six people were killed as police fired live rounds at protesters in Lagos on "
        "Monday, a rights group said. A police spokesman disputed the toll, saying three people "
        "had died.",
        [("killed", "At least six", None, True), ("killed", "three", "conflicts_with", False)],
    ),
    (
        "Rebels said they had killed 40 government troops in the ambush. The defence ministry "
        "denied the claim, saying only nine soldiers had died.",
        [
            ("killed", "40 government troops", None, True),
            ("killed", "only nine soldiers", "conflicts_with", False),
        ],
    ),
    (
        "Local officials said 15 civilians were killed in the air strike. The military disputed "
        "the figure, saying 15 militants had been killed.",
        [
            ("killed", "15 civilians", None, True),
            ("killed", "15 militants", "conflicts_with", False),
        ],
    ),
    (
        "Residents said 20 people were wounded in the raid. The army contested the account, "
        "saying eight people were hurt.",
        [("injured", "20", None, True), ("injured", "eight", "conflicts_with", False)],
    ),
    # Near forms: a dispute that gives no figure, and a source that breaks the toll down.
    (
        "Six people were killed in the strike, local officials said. The army disputed the "
        "account, saying its jets had hit a weapons depot.",
        [("killed", "Six", None, True)],
    ),
    (
        "Twelve people were killed in a drone attack on a market, residents said. The army "
        "denied carrying out the attack. Police said two of the dead were children.",
        [("killed", "Twelve", None, True), ("killed", "two of the dead", "subset_of", False)],
    ),
]

#: "an Israeli strike killed 27 people ... the military said it killed about 10 militants ...
#: Basal said 27 people had died": the first figure told again, not a count set against the
#: figure of another source told in between.
FIGURE_TOLD_AGAIN_PAST_ANOTHER = [
    (
        "Palestinian health officials said an Israeli strike on a school in Gaza City killed 27 "
        "people on Thursday. The Israeli military said the strike killed about 10 militants. "
        "Civil defence spokesman Mahmoud Basal said 27 people had died.",
        [
            ("killed", "27", None, True),
            ("killed", "about 10 militants", None, True),
            ("killed", "27", "same_as", False),
        ],
    ),
    (
        "Ukrainian officials said a Russian missile killed nine people in Odesa. Russia's "
        "defence ministry said its forces had killed 30 foreign fighters in the city. The "
        "regional governor said nine people had been killed.",
        [
            ("killed", "nine", None, True),
            ("killed", "30 foreign fighters", "conflicts_with", False),
            ("killed", "nine", "same_as", False),
        ],
    ),
    (
        "A Sudanese army official said 14 soldiers were killed in the assault. The RSF said it "
        "had killed 100 soldiers. A second army official said 14 troops had died.",
        [
            ("killed", "14 soldiers", None, True),
            ("killed", "100 soldiers", "conflicts_with", False),
            ("killed", "14 troops", "same_as", False),
        ],
    ),
    (
        "An air strike killed 12 people in the town, officials said. Local medics said 20 "
        "people had been killed. Hospital staff later said 12 bodies had been identified.",
        [
            ("killed", "12", None, True),
            ("killed", "20", "conflicts_with", False),
            ("killed", "12 bodies", "same_as", False),
        ],
    ),
    # Near forms: figures told as more people stay figures of their own.
    (
        "A strike killed five people in Kherson on Monday. Medics said three more people died "
        "in the fire that followed. On Tuesday, five more people were killed.",
        [
            ("killed", "five", None, True),
            ("killed", "three more", None, True),
            ("killed", "five more", None, True),
        ],
    ),
    (
        "Two people were killed in the raid, officials said. Another strike killed three "
        "people in the next village. Two more people died on the way to hospital.",
        [
            ("killed", "Two", None, True),
            ("killed", "three", None, True),
            ("killed", "Two more", None, True),
        ],
    ),
]

#: "At least six people were killed ... three of them had been shot in the head": how some of
#: the dead just told died, part of them, not the dead and the wounded together.
DEAD_TOLD_BY_HOW = [
    (
        "At least six people were killed in the clashes, a rights group said. A police "
        "spokesman said three of them had been shot in the head.",
        [("killed", "At least six", None, True), ("killed", "three of them", "subset_of", False)],
    ),
    (
        "Police killed 12 protesters in the capital, witnesses said. Most of them were shot in "
        "the chest.",
        [("killed", "12 protesters", None, True), ("killed", "Most of them", "subset_of", False)],
    ),
    (
        "Eight miners were killed in the attack. Five of them were shot at close range, police "
        "said.",
        [("killed", "Eight miners", None, True), ("killed", "Five of them", "subset_of", False)],
    ),
    (
        "Nine villagers died when gunmen raided the settlement on Sunday. Four of them were "
        "shot, a local official said.",
        [("killed", "Nine villagers", None, True), ("killed", "Four of them", "subset_of", False)],
    ),
    # Near forms: "them" after people taken, or after the wounded, are not the dead.
    (
        "Gunmen stormed a wedding party and seized 20 guests. Three of them were shot as they "
        "tried to flee.",
        [("abducted", "20 guests", None, True), ("injured", "Three of them", None, True)],
    ),
    (
        "Two people were killed in the raid. Three of them were shot, officials said.",
        [("killed", "Two", None, True), ("killed_or_injured", "Three of them", None, True)],
    ),
]

#: "later revised the toll down to 24": the figure of a toll whose "to" the parser hangs on the
#: particle is the toll's new figure, as "revised the toll to 24" is.
TOLL_REVISED_WITH_PARTICLE = [
    (
        "Officials initially said 30 people had died in the blast at the fuel depot, but later "
        "revised the toll down to 24.",
        [("killed", "30", None, False), ("killed", "24", "update_of", True)],
    ),
    (
        "Officials later revised the toll down to 24.",
        [("killed", "24", None, True)],
    ),
    (
        "Officials revised the death toll up from 16 to 21.",
        [("killed", "16", None, False), ("killed", "21", "update_of", True)],
    ),
    (
        "The police revised the number of injured down to 12.",
        [("injured", "12", None, True)],
    ),
    # Near forms: the toll on the verb itself, and a toll that is not a harm's.
    (
        "Officials initially said 30 people had died, but later revised the toll to 24.",
        [("killed", "30", None, False), ("killed", "24", "update_of", True)],
    ),
    (
        "The company revised its forecast down to 24 percent.",
        [],
    ),
]

TABLES = {
    "part_dated_by_window": PART_DATED_BY_WINDOW,
    "disputing_source": DISPUTING_SOURCE,
    "figure_told_again_past_another": FIGURE_TOLD_AGAIN_PAST_ANOTHER,
    "dead_told_by_how": DEAD_TOLD_BY_HOW,
    "toll_revised_with_particle": TOLL_REVISED_WITH_PARTICLE,
}

test_a_reports_rows_relate, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
