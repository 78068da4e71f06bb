"""Casualty rows of constructions read from the fitted Wikinews gold's misses, sixteenth round:
a name told again only as carried to or cared for in hospital, a name whose condition is told
before the harm clause of its pronoun, an aside after a superlative "since" that gives the
earlier event's toll, a loss of consciousness (also brought about by a causative "caused
... to"), an arrest ranked by an ordinal ("made a second arrest"), and a vague part told with
how or whither it was harmed ("most of them by gunfire"). Each table holds four or more
wordings of one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Wiranto was stabbed ... Wiranto was flown to a hospital in Jakarta": a name told again
#: only as carried or treated states no harm of its own (as a pronoun there does not).
NAME_TOLD_AGAIN_ONLY_IN_CARE = [
    (
        "Security minister Wiranto was stabbed on Thursday. Wiranto was flown to a hospital in "
        "Jakarta.",
        [("injured", "Security minister Wiranto", None, True)],
    ),
    (
        "Governor Musa Bello was shot outside a mosque. President Tinubu visited Bello, who is "
        "being treated at the National Hospital.",
        [("injured", "Governor Musa Bello", None, True)],
    ),
    (
        "Constable Andrew Hart was shot during a traffic stop. Hart was airlifted to Leeds "
        "General Infirmary.",
        [("injured", "Constable Andrew Hart", None, True)],
    ),
    (
        "Mayor Lena Ortiz was wounded in the attack. Ortiz was rushed to a hospital in the "
        "capital.",
        [("injured", "Mayor Lena Ortiz", None, True)],
    ),
    (
        "Sergeant Matt Ratana was shot at the custody centre. Ratana was then airlifted to "
        "hospital, but he was later pronounced dead.",
        [
            ("injured", "Sergeant Matt Ratana", None, False),
            ("killed", "he", "update_of", True),
        ],
    ),
    # Near forms: a name's first row told by its care, and a name told again with a harm of
    # its own, stay rows.
    (
        "A man was injured in the stabbing. Officers said Jose Ruiz, 52, was taken to a hospital.",
        [("injured", "A man", None, True), ("injured", "Jose Ruiz", "same_as", False)],
    ),
    (
        "Security minister Wiranto was stabbed on Thursday. Wiranto suffered two deep wounds "
        "in the attack.",
        [
            ("injured", "Security minister Wiranto", None, True),
            ("injured", "Wiranto", "same_as", False),
        ],
    ),
    (
        "Constable Andrew Hart was shot during a traffic stop. Hart died in hospital.",
        [
            ("injured", "Constable Andrew Hart", None, False),
            ("killed", "Hart", "update_of", True),
        ],
    ),
]

#: "De Zoysa was still in critical condition, after a bullet hit him in the neck": the row is
#: the pronoun of the harm clause, not the name whose condition comes first.
CONDITION_BEFORE_THE_HARM_CLAUSE = [
    (
        "As of Monday, De Zoysa was still in critical condition, after a bullet hit him in "
        "the neck.",
        [("injured", "him", None, True)],
    ),
    (
        "Officers said Kyle Dobson was in serious condition after a bullet struck him in the "
        "abdomen.",
        [("injured", "him", None, True)],
    ),
    (
        "The gunman, Kyle Dobson, was wounded by police. On Sunday Dobson remained in critical "
        "condition, after a bullet struck him in the abdomen.",
        [
            ("injured", "The gunman, Kyle Dobson", None, True),
            ("injured", "him", "same_as", False),
        ],
    ),
    (
        "Maria Lopez was in stable condition on Friday after a stray bullet hit her in the leg.",
        [("injured", "her", None, True)],
    ),
    # Near forms: the harm told first, or no pronoun's harm clause after the condition, keep
    # the name's row.
    (
        "A bullet hit De Zoysa in the neck. He was still in critical condition on Monday.",
        # the pronoun told only in a hospital state is no row (round 19)
        [("injured", "De Zoysa", None, True)],
    ),
    (
        "As of Monday, De Zoysa was still in critical condition.",
        [("injured", "De Zoysa", None, True)],
    ),
]

#: "the deadliest since an assault in Ghazni in August 2018, with officials reporting at the
#: time 150 security forces ... killed": an aside pointing back to the earlier event gives its
#: toll, another incident's figure that counts on its own.
SINCE_EVENT_ASIDE = [
    (
        "Dozens died in the attack. Reuters called Monday's attack the deadliest since an "
        "assault in Ghazni in August 2018, with officials reporting at the time 95 civilians "
        "and hundreds of Taliban killed.",
        [
            ("killed", "Dozens", None, True),
            ("killed", "95 civilians", None, True),
            ("killed", "hundreds of Taliban", None, True),
        ],
    ),
    (
        "Dozens were killed on Monday. It was the deadliest attack in the province since a "
        "truck bombing in 2019, with officials saying at the time 60 people died.",
        [("killed", "Dozens", None, True), ("killed", "60", None, True)],
    ),
    (
        "Scores of people died in the blast. It was the worst attack since a bombing in the "
        "capital in 2017, with police reporting at the time 90 people killed.",
        [("killed", "Scores of people", None, True), ("killed", "90", None, True)],
    ),
    (
        "Dozens of soldiers died. Officials called it the deadliest attack since a raid in "
        "2015, when 40 soldiers were killed.",
        [("killed", "Dozens of soldiers", None, True), ("killed", "40 soldiers", None, True)],
    ),
    # Near forms: an aside without a word pointing back gives this incident's toll, and a
    # "since" that ranks nothing tallies.
    (
        "Dozens were killed on Monday. It was the deadliest attack since a bombing in 2019, "
        "with officials saying 60 people died.",
        [("killed", "Dozens", None, True), ("killed", "60", "same_as", False)],
    ),
    (
        "Police have arrested 30 people since the attack, with 12 more arrested on Friday.",
        [("detained", "30", None, True), ("detained", "12 more arrested", None, True)],
    ),
]

#: "caused the pilot and several passengers to lose consciousness", "was knocked unconscious":
#: a loss of consciousness is an injury; a causative told as done states its complement.
LOSS_OF_CONSCIOUSNESS = [
    (
        "The impact caused the pilot and several passengers to lose consciousness.",
        [("injured", "the pilot", None, True), ("injured", "several passengers", None, True)],
    ),
    (
        "Two firefighters lost consciousness after inhaling smoke.",
        [("injured", "Two firefighters", None, True)],
    ),
    (
        "A man was knocked unconscious during a brawl outside the bar.",
        [("injured", "A man", None, True)],
    ),
    (
        "The plane crashed into the lake. Robert, the pilot, was still unconscious when "
        "rescuers reached him.",
        [("injured", "Robert", None, True)],
    ),
    (
        "The blast caused three workers to lose their lives.",
        [("killed", "three workers", None, True)],
    ),
    # A person the article already counts dead, told unconscious, is told as before he died:
    # no injured row besides the death. Near forms: a person only wounded, another person, a
    # harm told in the clause.
    (
        "Marcus Hill, 16, was shot and killed on Friday. His cousin ran back to Hill, who was "
        "unconscious, and called 911.",
        [("killed", "Marcus Hill", None, True)],
    ),
    (
        "Jaden Cole, 9, was fatally shot on Sunday. Police said Jaden was unconscious when "
        "officers arrived.",
        [("killed", "Jaden Cole", None, True)],
    ),
    (
        "Jaden Cole, 9, was shot on Sunday. Police said Jaden was unconscious when officers "
        "arrived.",
        [("injured", "Jaden Cole", None, True), ("injured", "Jaden", "same_as", False)],
    ),
    (
        "Jaden Cole, 9, was shot dead on Sunday. His brother was unconscious when officers "
        "arrived.",
        [("killed", "Jaden Cole", None, True), ("injured", "His brother", None, True)],
    ),
    (
        "Jaden Cole, 9, was shot dead on Sunday. Police said Jaden was unconscious after being "
        "beaten.",
        [("killed", "Jaden Cole", None, True), ("injured", "Jaden", "same_as", False)],
    ),
    # Near forms: a causative under a modal stays hypothetical; "unconscious" of a thing is no
    # harm.
    ("The storm could cause thousands to lose their homes.", []),
    ("Officials fear the blaze may cause dozens to lose consciousness.", []),
    ("The study found unconscious bias in hiring decisions.", []),
]

#: "have made a second arrest in connection with it": a performed arrest ranked by an ordinal
#: holds one more person, besides the people held before.
RANKED_ARREST = [
    (
        "Police made a second arrest on Friday.",
        [("detained", "a second arrest", None, True)],
    ),
    (
        "Detectives said they had made a third arrest in connection with the killing.",
        [("detained", "a third arrest", None, True)],
    ),
    (
        "Officers arrested a man on Friday. A second arrest was made on Saturday.",
        [("detained", "a man", None, True), ("detained", "A second arrest", None, True)],
    ),
    (
        "A woman was detained on Monday. Police have made a fourth arrest in the case.",
        [("detained", "A woman", None, True), ("detained", "a fourth arrest", None, True)],
    ),
    # Near forms: a rank the people held before already reach tells one of them again, a
    # sought arrest holds no one, an ordinal on another noun counts nobody, and "an arrest"
    # after a person still names that person's arrest.
    (
        "Police said they had arrested a second man. Another man was arrested on Monday. "
        "Police said they have made a second arrest in connection with it.",
        [
            ("detained", "a second man", None, True),
            ("detained", "Another man", None, True),
            ("detained", "a second arrest", "same_as", False),
        ],
    ),
    ("Police hope to make a second arrest soon.", []),
    ("The team suffered a second loss on Friday.", []),
    (
        "Officers arrested a man on Friday. An arrest was made on Saturday.",
        [("detained", "a man", None, True), ("detained", "An arrest", "same_as", False)],
    ),
]

#: "24 people were killed in the protests, most of them by gunfire", "3,500 people had fled,
#: many of them to the coastal city": a vague part in an absolute phrase told with how or
#: whither it was harmed is still a part of the group (a place it is in is not: "most of them
#: in the Buner and Swat districts" tells where, and stays no row).
VAGUE_PART_WITH_HOW_OR_WHITHER = [
    (
        "It says 24 people were killed in the protests, most of them by gunfire.",
        [("killed", "24", None, True), ("killed", "most of them", "subset_of", False)],
    ),
    (
        "About 3,500 people had fled the area since the attack, many of them to the coastal "
        "city of Pemba.",
        [
            ("displaced", "About 3,500", None, True),
            ("displaced", "many of them", "subset_of", False),
        ],
    ),
    (
        "At least 30 people were injured, many of them by flying glass.",
        [("injured", "At least 30", None, True), ("injured", "many of them", "subset_of", False)],
    ),
    (
        "Police arrested 40 protesters, most of them for blocking the road.",
        [
            ("detained", "40 protesters", None, True),
            ("detained", "most of them", "subset_of", False),
        ],
    ),
    # Near forms: a place the part is in tells where, not who.
    (
        "Some 200 people were injured and 13 were still missing, most of them in the Buner and "
        "Swat districts.",
        [("injured", "Some 200", None, True), ("missing", "13", None, True)],
    ),
    (
        "At least 40 people were killed, most of them on the outskirts of the city.",
        [("killed", "At least 40", None, True)],
    ),
]

TABLES = {
    "name told again only in care": NAME_TOLD_AGAIN_ONLY_IN_CARE,
    "condition before the harm clause": CONDITION_BEFORE_THE_HARM_CLAUSE,
    "since-event aside": SINCE_EVENT_ASIDE,
    "loss of consciousness": LOSS_OF_CONSCIOUSNESS,
    "ranked arrest": RANKED_ARREST,
    "vague part with how or whither": VAGUE_PART_WITH_HOW_OR_WHITHER,
}


#: (short report, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        "A suicide car bomb struck an army base in Paktia province on Tuesday, killing at least "
        "40 soldiers, officials said. Another 25 were wounded. Officials called it the deadliest "
        "attack in the province since a truck bombing in Gardez in 2019, when 60 people were "
        "killed.",
        {"killed": 100, "injured": 25},
    ),
    (
        "A police constable was shot during a traffic stop in Leeds early on Saturday. Constable "
        "Andrew Hart, 38, was hit in the chest. Hart was later airlifted to Leeds General "
        "Infirmary, but he was pronounced dead shortly after midnight. The suspected gunman, "
        "Kyle Dobson, was wounded in an exchange of fire. As of Sunday, Dobson remained in "
        "critical condition, after a bullet struck him in the abdomen. A woman who drove the "
        "getaway car was arrested on Sunday.",
        {"killed": 1, "injured": 1, "detained": 1},
    ),
    (
        "A light aircraft carrying six people crashed into a lake near Kelowna on Friday. The "
        "pilot, a 55-year-old man, died at the scene. The impact caused two passengers to lose "
        "consciousness, the RCMP said. Rescuers said one passenger remains missing.",
        {"killed": 1, "injured": 2, "missing": 1},
    ),
]


test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)


test_wikinews_constructions_give_their_rows, test_each_table_has_wordings_and_near_forms = (
    table_tests(TABLES, linked_rows, PUBLISHED)
)
