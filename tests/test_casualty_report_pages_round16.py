"""Casualty mentions of US local gun-violence report pages, round 16 (recall): a denied arrest
told with "any" ("Police have not made any arrests"), a bare age found with a wound ("found a
15-year-old with a gunshot wound"), "the victim" beside an indefinite person in apposition
("the victim, a 7-year-old child,"), a pronoun cared for a wound ("he was treated for
non-life-threatening injuries"), a list of names shot of whom one later died, a definite
person who died told again ("the boy died from his injuries"), a headline's name set before
its harm noun ("in Keith Lamont Scott death"), a harm participle on a partitive's group ("One
of the men injured during the shooting"), and an "including" list after "A total of". Each
table holds four or more wordings of one construction and at least two near forms that keep
the old reading."""

from __future__ import annotations

from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "Police have not made any arrests": "any" on the object of a negated verb says none, as
#: "No arrests have been made" does (detained 0, negated, counted). Near forms: "any" under a
#: question ("whether any arrests were made"), a plural with no denial, and a denied injury,
#: which stays no row (only a denied custody is a row of 0).
NEGATED_ANY_ARRESTS = [
    (
        "A man was shot and wounded Sunday. Police have not made any arrests.",
        [("injured", "A man", None, True), ("detained", "any arrests", None, True)],
    ),
    (
        "Two women were shot near the park Friday night. Officers did not make any arrests, a "
        "spokesman said.",
        [("injured", "Two women", None, True), ("detained", "any arrests", None, True)],
    ),
    (
        "A teenager was wounded in a drive-by shooting. Investigators haven't made any arrests "
        "in the case.",
        [("injured", "A teenager", None, True), ("detained", "any arrests", None, True)],
    ),
    (
        "A man was killed in a shooting Saturday. Police have not yet made any arrests.",
        [("killed", "A man", None, True), ("detained", "any arrests", None, True)],
    ),
    (
        "A man was shot Sunday. Police have not said whether any arrests were made.",
        [("injured", "A man", None, True)],
    ),
    (
        "A man was shot Sunday. Police have made several arrests in the case.",
        [("injured", "A man", None, True), ("detained", "several arrests", None, True)],
    ),
    ("The two officers did not suffer any injuries.", []),
]

#: "found a 15-year-old with a gunshot wound": the parser makes the age's "old" the object; it
#: stands for the person who bears the wound, as "a 15-year-old man" does. Near forms: the age
#: with "with" and no wound, and the forms already read (a person noun, a passive subject).
AGED_PERSON_FOUND_WITH_A_WOUND = [
    (
        "Deputies found a 15-year-old with a gunshot wound to the thigh.",
        [("injured", "a 15-year-old", None, True)],
    ),
    (
        "Officers arrived to find a 22-year-old with gunshot wounds to the legs.",
        [("injured", "a 22-year-old", None, True)],
    ),
    (
        "Police located a 17-year-old with a gunshot wound in the 2400 block of Elm Street.",
        [("injured", "a 17-year-old", None, True)],
    ),
    (
        "Medics found a 3-year-old with a gunshot wound to the arm.",
        [("injured", "a 3-year-old", None, True)],
    ),
    ("Police found a 15-year-old with a handgun in his waistband.", []),
    (
        "A 15-year-old was found with a gunshot wound to the thigh.",
        [("injured", "A 15-year-old", None, True)],
    ),
]

#: "found the victim, a 7-year-old child, suffering from injuries": "the victim" is a bare harm
#: noun that names nobody (ANNOTATION.md); the indefinite person in apposition is the count
#: span. Near forms: a counted victim ("The second victim, a 17-year-old boy,") and a name in
#: apposition, which already make one span with the noun.
VICTIM_BESIDE_AN_INDEFINITE_PERSON = [
    (
        "Deputies found the victim, a 7-year-old child, suffering from non-life threatening "
        "injuries from a handgun.",
        [("injured", "a 7-year-old child", None, True)],
    ),
    (
        "Police said the victim, a 34-year-old woman, was shot in the arm.",
        [("injured", "a 34-year-old woman", None, True)],
    ),
    (
        "Officers found the victim, a man in his 40s, with a gunshot wound to the chest.",
        [("injured", "a man", None, True)],
    ),
    (
        "The victim, a 19-year-old college student, died at the hospital.",
        [("killed", "a 19-year-old college student", None, True)],
    ),
    (
        "The second victim, a 17-year-old boy, who was shot in the chest, later died.",
        [("killed", "The second victim", None, True)],
    ),
    (
        "The victim, Jerome Ellis, 35, was wounded.",
        [("injured", "The victim, Jerome Ellis", None, True)],
    ),
]

#: "where he was treated for non-life-threatening injuries": care given for a wound states the
#: wound, so the pronoun is the subject of a harm clause of its own (`same_as` its person), not
#: only carried somewhere, also when a noun before it in the sentence only carries that person
#: there ("drove the boy to a clinic, where he was treated"). Near forms: carried to a hospital,
#: treated for something that is no wound, treated with no wound named, a "where" clause that
#: tells no care, a person counted in the same sentence.
PRONOUN_TREATED_FOR_A_WOUND = [
    (
        "A man was shot Sunday. He was treated for a gunshot wound.",
        [("injured", "A man", None, True), ("injured", "He", "same_as", False)],
    ),
    (
        "A woman was shot Sunday. She was treated at a local hospital for minor injuries and "
        "released.",
        [("injured", "A woman", None, True), ("injured", "She", "same_as", False)],
    ),
    (
        "A man was shot Sunday. Friends drove him to a hospital, where he was treated for a "
        "gunshot wound.",
        [("injured", "A man", None, True), ("injured", "he", "same_as", False)],
    ),
    (
        "A man was shot Sunday. He was being treated for non-life-threatening injuries.",
        [("injured", "A man", None, True), ("injured", "He", "same_as", False)],
    ),
    # the person carried there by a noun is no row of that sentence, so the pronoun keeps it
    (
        "A boy was shot Sunday. His mother drove the boy to a clinic, where he was treated for a "
        "gunshot wound.",
        [("injured", "A boy", None, True), ("injured", "he", "same_as", False)],
    ),
    (
        "A girl was shot on Friday. The girl was taken to Mercy Hospital, where she is being "
        "treated for non-life-threatening injuries.",
        [("injured", "A girl", None, True), ("injured", "she", "same_as", False)],
    ),
    ("A man was shot Sunday. Friends drove him to a hospital.", [("injured", "A man", None, True)]),
    (
        "A boy was shot Sunday. His mother drove the boy to a clinic, where he waited for hours.",
        [("injured", "A boy", None, True)],
    ),
    (
        "A girl was shot on Friday. The girl was taken to Mercy Hospital, where she was visited "
        "by her family.",
        [("injured", "A girl", None, True)],
    ),
    # the person that sentence already counts holds the row: the pronoun names him again
    (
        "Two men were shot Sunday. A third man was wounded and taken to Mercy Hospital, where he "
        "was treated for a gunshot wound.",
        [("injured", "Two men", None, True), ("injured", "A third man", None, True)],
    ),
    (
        "A man was shot Sunday. He was treated for depression years ago.",
        [("injured", "A man", None, True)],
    ),
    ("A man was shot Sunday. Medics treated him at the scene.", [("injured", "A man", None, True)]),
]

#: "A gunman shot Marcus Hill and Devon Carter ... Hill was pronounced dead": each name of a
#: list is one person whose own harm the article tells by the surname, so the list is not read
#: as "killed or injured" (which counted the named dead twice); the death is `update_of` the
#: name it revises, which no longer counts. Near forms: a figure with no names keeps "killed or
#: injured"; names shot and killed in one clause; names shot with no death told.
LISTED_NAMES_SHOT_ONE_DIED = [
    (
        "A gunman shot Marcus Hill, 23, and Devon Carter, 31, early Sunday. Hill was pronounced "
        "dead at the scene.",
        [
            ("injured", "Marcus Hill", None, False),
            ("injured", "Devon Carter", None, True),
            ("killed", "Hill", "update_of", True),
        ],
    ),
    (
        "Police are looking for the man who shot Michael Strickland and Jamie Clayton. "
        "Strickland died at the scene.",
        [
            ("injured", "Michael Strickland", None, False),
            ("injured", "Jamie Clayton", None, True),
            ("killed", "Strickland", "update_of", True),
        ],
    ),
    (
        "Someone opened fire and shot Tyrone Bell and Angela Ruiz on Friday night. Ruiz died two "
        "days later.",
        [
            ("injured", "Tyrone Bell", None, True),
            ("injured", "Angela Ruiz", None, False),
            ("killed", "Ruiz", "update_of", True),
        ],
    ),
    (
        "Officers said a man shot Carlos Diaz and Maria Lopez inside the home. Diaz was "
        "pronounced dead at a hospital.",
        [
            ("injured", "Carlos Diaz", None, False),
            ("injured", "Maria Lopez", None, True),
            ("killed", "Diaz", "update_of", True),
        ],
    ),
    (
        "A gunman shot Michael Strickland and Jamie Clayton on Tuesday. Both men survived.",
        [("injured", "Michael Strickland", None, True), ("injured", "Jamie Clayton", None, True)],
    ),
    (
        "A gunman shot two men on Tuesday. One of them died.",
        [("killed_or_injured", "two men", None, True), ("killed", "One of them", None, True)],
    ),
    (
        "A gunman shot and killed Marcus Hill and Devon Carter on Sunday. Hill was 23.",
        [("killed", "Marcus Hill", None, True), ("killed", "Devon Carter", None, True)],
    ),
    (
        "A gunman shot Marcus Hill and Devon Carter on Sunday. One man died at the scene.",
        [
            ("killed_or_injured", "Marcus Hill", None, True),
            ("killed_or_injured", "Devon Carter", None, True),
            ("killed", "One man", None, True),
        ],
    ),
]

#: "An 8-year-old boy was killed ... the boy died from his injuries": a definite person who is
#: the subject of his own intransitive harm verb ("died", "did not survive") is a row
#: `same_as` the first mention (ANNOTATION.md), as "The boy was injured" already was. Near
#: forms: a bare harm noun ("The victim died"), the harm inside the noun phrase ("The man who
#: died"), and a change of harm, which stays `update_of`.
DEFINITE_PERSON_DIED_AGAIN = [
    (
        "An 8-year-old boy was killed Sunday. The autopsy confirmed what authorities already "
        "knew: the boy died from injuries sustained from the gunshot wounds.",
        [("killed", "An 8-year-old boy", None, True), ("killed", "the boy", "same_as", False)],
    ),
    (
        "A woman was shot and killed Sunday. The woman died at the scene.",
        [("killed", "A woman", None, True), ("killed", "The woman", "same_as", False)],
    ),
    (
        "A woman was found dead in her home Monday. Police said the woman did not survive a "
        "gunshot wound to the head.",
        [("killed", "A woman", None, True), ("killed", "the woman", "same_as", False)],
    ),
    (
        "A teenager was killed in a shooting Friday. Police said the teen died at the scene.",
        [("killed", "A teenager", None, True), ("killed", "the teen", "same_as", False)],
    ),
    (
        "A 5-year-old girl was shot Tuesday. Officials said she died at the hospital. The "
        "hospital said Wednesday evening that the girl had died.",
        [
            ("injured", "A 5-year-old girl", None, False),
            ("killed", "she", "update_of", True),
            ("killed", "the girl", "same_as", False),
        ],
    ),
    (
        "A man was shot and killed Sunday. The victim died at the scene.",
        [("killed", "A man", None, True)],
    ),
    (
        "A man was shot and killed Sunday. The man who died was 34.",
        [("killed", "A man", None, True)],
    ),
    (
        "A man was shot Sunday. The man died at the hospital.",
        [("injured", "A man", None, False), ("killed", "The man", "update_of", True)],
    ),
]

#: "charged in Keith Lamont Scott death": a headline sets the victim's name before the harm
#: noun, with no "'s" or "of"; a named person inside a harm noun phrase is a row of 1
#: (ANNOTATION.md). Near forms: the name before a noun the harm noun modifies ("murder trial")
#: and a family name before a noun that is no harm.
NAME_BEFORE_A_HEADLINE_HARM_NOUN = [
    (
        "DA declines to charge officer in Keith Lamont Scott death",
        [("killed", "Keith Lamont Scott", None, True)],
    ),
    ("Police arrest suspect in Tyshawn Lee murder", [("killed", "Tyshawn Lee", None, True)]),
    ("Family seeks answers in Maria Lopez death", [("killed", "Maria Lopez", None, True)]),
    (
        "Grand jury indicts officer in Breonna Taylor death",
        [("killed", "Breonna Taylor", None, True)],
    ),
    ("Reward offered in Tyrone Bell murder", [("killed", "Tyrone Bell", None, True)]),
    ("Officer testifies at Derek Chauvin murder trial", []),
    ("Hundreds attend vigil for the Martinez family.", []),
]

#: "One of the men injured during the shooting is being charged": a harm participle on the
#: definite plural of a partitive names the harmed, so the figure before "of" is a part of them
#: (a row), as "one of those killed" is. Near forms: the plural counted by its own numeral
#: ("the five people shot"), and a participle that harms nobody ("the cars damaged").
PARTICIPLE_ON_A_PARTITIVE_GROUP = [
    (
        "One of the men injured during the shooting on Feb. 17 is being charged with murder.",
        [("injured", "One of the men", None, True)],
    ),
    (
        "Two of the men injured in the shooting spoke to reporters.",
        [("injured", "Two of the men", None, True)],
    ),
    (
        "One of the men wounded in the shooting spoke to reporters.",
        [("injured", "One of the men", None, True)],
    ),
    (
        "Three people were shot Saturday. One of the men injured in the shooting spoke to "
        "reporters.",
        [("injured", "Three", None, True), ("injured", "One of the men", "subset_of", False)],
    ),
    ("One of the five people shot was a child.", [("injured", "the five", None, True)]),
    ("One of the cars damaged in the crash was towed.", []),
]

#: "A total of four people, including Mr. Bolden, were wounded": the "including" list hangs on
#: the people the total counts, not on "total"; its names and figures are parts of the total,
#: as they are of "Four people, including ...". Near forms: a total with no list, and the list
#: after the verb, read already.
INCLUDING_AFTER_A_TOTAL = [
    (
        "A total of four people, including Mr. Bolden, were wounded in the shooting.",
        [("injured", "A total of four", None, True), ("injured", "Bolden", "subset_of", False)],
    ),
    (
        "A total of four people, including John Bolden, were wounded in the shooting.",
        [
            ("injured", "A total of four", None, True),
            ("injured", "John Bolden", "subset_of", False),
        ],
    ),
    (
        "A total of five people, including a 12-year-old girl, were shot overnight.",
        [
            ("injured", "A total of five", None, True),
            ("injured", "a 12-year-old girl", "subset_of", False),
        ],
    ),
    (
        "A total of six people, including two children, were killed in the fire.",
        [
            ("killed", "A total of six", None, True),
            ("killed", "two children", "subset_of", False),
        ],
    ),
    ("A total of three people were hurt.", [("injured", "A total of three", None, True)]),
    (
        "A total of 14 people were arrested, including two juveniles.",
        [
            ("detained", "A total of 14", None, True),
            ("detained", "two juveniles", "subset_of", False),
        ],
    ),
]

TABLES = {
    "including after a total": INCLUDING_AFTER_A_TOTAL,
    "participle on a partitive group": PARTICIPLE_ON_A_PARTITIVE_GROUP,
    "name before a headline harm noun": NAME_BEFORE_A_HEADLINE_HARM_NOUN,
    "listed names shot, one died": LISTED_NAMES_SHOT_ONE_DIED,
    "definite person died again": DEFINITE_PERSON_DIED_AGAIN,
    "negated any arrests": NEGATED_ANY_ARRESTS,
    "aged person found with a wound": AGED_PERSON_FOUND_WITH_A_WOUND,
    "victim beside an indefinite person": VICTIM_BESIDE_AN_INDEFINITE_PERSON,
    "pronoun treated for a wound": PRONOUN_TREATED_FOR_A_WOUND,
}


test_report_page_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)


#: Whole report pages in the register of the held-out batches (TV-station and city-paper
#: shootings with police quotes), with their article totals.
ARTICLE_TOTALS = [
    (
        "CHARLOTTE, N.C. (WBTV) - Two men were shot outside a convenience store on Beatties "
        "Ford Road early Sunday, police said. Officers arrived to find a 24-year-old with a "
        "gunshot wound to the chest. The second victim, a 31-year-old man, drove himself to "
        "Atrium Health, where he was treated for non-life-threatening injuries. Police have "
        'not made any arrests. "We are asking anyone with information to call Crime '
        'Stoppers," Lt. Dana Ruiz said.',
        {"injured": 2, "detained": 0},
    ),
    (
        "TOLEDO, Ohio - A gunman shot Marcus Hill, 23, and Devon Carter, 31, outside a bar on"
        " Dorr Street just after 1 a.m. Saturday, police said. Hill was pronounced dead at "
        "the scene. Carter was taken to ProMedica Toledo Hospital and is in stable condition."
        " No arrests have been made. Anyone with information is asked to call Crime Stopper "
        "at 419-255-1111.",
        {"killed": 1, "injured": 1, "detained": 0},
    ),
    (
        "MEMPHIS, Tenn. - Deputies found the victim, a 16-year-old boy, suffering from a "
        "gunshot wound to the leg in the 3400 block of Kirby Parkway on Friday night. He was "
        "taken to Le Bonheur Children's Hospital, where he was treated for the wound and "
        "released. Shelby County Sheriff's Office said investigators have not made any "
        "arrests in the case.",
        {"injured": 1, "detained": 0},
    ),
    (
        "KANSAS CITY, Mo. - One man is dead and a woman is hurt after a shooting near East "
        "35th Street on Thursday evening. Officers located a 29-year-old with multiple "
        "gunshot wounds inside a home. He died at the scene. The woman, a 27-year-old, was "
        "treated at a local hospital for minor injuries. Police did not make any arrests, a "
        "department spokesman said Friday.",
        {"killed": 1, "injured": 1, "detained": 0},
    ),
    (
        "FRESNO, Calif. - A shooting at a house party in southeast Fresno early Sunday left "
        "one man dead and three others wounded, police said. Officers found the victim, a "
        "19-year-old man, lying in the driveway. The three wounded were taken to Community "
        "Regional Medical Center. Two of them were treated for minor injuries and released; a"
        " third remains in critical condition. A 20-year-old man was arrested Monday.",
        {"killed": 1, "injured": 3, "detained": 1},
    ),
]


test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)
