"""Casualty constructions from real Wikinews reports (round 6), each generalised: four or more
wordings of one construction and at least two near forms that keep the old reading."""

from __future__ import annotations

from tests.tables import table_tests
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "killed at least 62, including, according to government reports, 54 small children": a
#: source set off by commas right after "including" leaves the list opener without its object;
#: the part follows the closing comma. Near forms: the source before "including", and no source.
INCLUDING_INTERRUPTED_BY_A_SOURCE = [
    (
        (
            "The flu season has killed at least 40, including, health officials "
            "said, 31 elderly residents."
        ),
        [
            ("killed", "at least 40", None, True),
            ("killed", "31 elderly residents", "subset_of", False),
        ],
    ),
    (
        "Gunmen killed 19 people, including, according to police, seven women.",
        [("killed", "19", None, True), ("killed", "seven women", "subset_of", False)],
    ),
    (
        "The storm injured 23, including, the mayor said, four children.",
        [("injured", "23", None, True), ("injured", "four children", "subset_of", False)],
    ),
    (
        ("Troops arrested 30 protesters, including, according to activists, two journalists."),
        [
            ("detained", "30 protesters", None, True),
            ("detained", "two journalists", "subset_of", False),
        ],
    ),
    (
        (
            "The outbreak had killed at least 62, including, according to "
            "government reports, 54 small children."
        ),
        [
            ("killed", "at least 62", None, True),
            ("killed", "54 small children", "subset_of", False),
        ],
    ),
    (
        "Gunmen killed 19 people, according to police, including seven women.",
        [("killed", "19", None, True), ("killed", "seven women", "subset_of", False)],
    ),
    (
        "The storm injured 23, including four children.",
        [("injured", "23", None, True), ("injured", "four children", "subset_of", False)],
    ),
]

#: "detained eight people for spreading rumors, including ophthalmologist Li Wenliang": the
#: parser hangs "including" on the reason or circumstance; people listed after it are part of the
#: harmed group when that phrase names no people. Near forms: the reason names people
#: ("attacking villagers"), or what is included is no person ("two pharmacies").
INCLUDING_ON_THE_REASONS_WORDS = [
    (
        ("Police arrested 12 men for looting shops, including opposition activist Juan Perez."),
        [
            ("detained", "12 men", None, True),
            ("detained", "opposition activist Juan Perez", "subset_of", False),
        ],
    ),
    (
        ("Officers detained nine students for painting slogans, including journalist Amal Haddad."),
        [
            ("detained", "nine students", None, True),
            ("detained", "journalist Amal Haddad", "subset_of", False),
        ],
    ),
    (
        (
            'Police detained eight people for "spreading rumors," including '
            "ophthalmologist Li Wenliang, who tried to warn people."
        ),
        [
            ("detained", "eight", None, True),
            ("detained", "ophthalmologist Li Wenliang", "subset_of", False),
        ],
    ),
    (
        ("Security forces arrested 15 people over the protests, including two teachers."),
        [("detained", "15", None, True), ("detained", "two teachers", "subset_of", False)],
    ),
    (
        ("Police arrested 12 men for attacking villagers, including two children."),
        [("detained", "12 men", None, True)],
    ),
    (
        "Police arrested 12 men for looting shops, including two pharmacies.",
        [("detained", "12 men", None, True)],
    ),
]

#: "Fourteen people were injured, including all on board, and one airport worker": the parser
#: closes the "including" list early and joins the next counted item to the verb. Near forms: the
#: item has its own verb ("one dog was killed", "police said one officer was wounded").
A_LIST_ITEM_JOINED_TO_THE_HARM_VERB = [
    (
        (
            "Fourteen people were injured in the crash, including all on board the "
            "plane, and one airport worker on the ground."
        ),
        [
            ("injured", "Fourteen", None, True),
            ("injured", "one airport worker", "subset_of", False),
        ],
    ),
    (
        (
            "Twenty people were wounded in the shelling, including four medics, and"
            " two journalists who were filming nearby."
        ),
        [
            ("injured", "Twenty", None, True),
            ("injured", "four medics", "subset_of", False),
            ("injured", "two journalists", "subset_of", False),
        ],
    ),
    (
        (
            "Nine people were injured in the blast, including the driver, and three"
            " pedestrians nearby."
        ),
        [
            ("injured", "Nine", None, True),
            ("injured", "the driver", "subset_of", False),
            ("injured", "three pedestrians", "subset_of", False),
        ],
    ),
    (
        (
            "Six people were arrested after the match, including the club captain, "
            "and three stewards from the stadium."
        ),
        [
            ("detained", "Six", None, True),
            ("detained", "the club captain", "subset_of", False),
            ("detained", "three stewards", "subset_of", False),
        ],
    ),
    (
        (
            "Thirty people were hurt in the stampede, including a police officer, "
            "and two nurses from the clinic."
        ),
        [
            ("injured", "Thirty", None, True),
            ("injured", "a police officer", "subset_of", False),
            ("injured", "two nurses", "subset_of", False),
        ],
    ),
    (
        "Eleven people were hurt in the collapse, and one dog was killed.",
        [("injured", "Eleven", None, True)],
    ),
    (
        (
            "Seven people were killed in the raid, including a child, and police "
            "said one officer was wounded."
        ),
        [
            ("killed", "Seven", None, True),
            ("killed", "a child", "subset_of", False),
            ("injured", "one officer", None, True),
        ],
    ),
]

#: "53 measles related deaths": without a hyphen the parser hangs the figure on the cause noun.
#: Near forms: a year before the noun, a figure on a person noun, an age.
A_FIGURE_ON_THE_CAUSE_NOUN = [
    (
        "To date, 53 measles related deaths have been recorded.",
        [("killed", "53 measles related deaths", None, False)],
    ),
    # an epidemic's deaths with no day of their own are its running count, which no total
    # holds (round 20, `epidemic_nouns`); the row is what this table is about
    (
        ("Officials said 210 flu related deaths have been confirmed this winter."),
        [("killed", "210 flu related deaths", None, False)],
    ),
    (
        "Hospitals logged 35 heat related deaths over the weekend.",
        [("killed", "35 heat related deaths", None, True)],
    ),
    (
        "The ministry confirmed 17 malaria related deaths in the camp.",
        [("killed", "17 malaria related deaths", None, False)],
    ),
    ("The 2014 Ebola deaths shocked the region.", []),
    ("Five police officers were injured.", [("injured", "Five police officers", None, True)]),
    ("A 20-year-old died in the crash.", [("killed", "A 20-year-old", None, True)]),
]

#: "over 50 bodies remain lost", "are still lost": people not found are missing. Near forms:
#: lost for a while ("was lost in the fog"), a force's losses ("lost 300 soldiers").
REMAINING_LOST_IS_MISSING = [
    (
        "Over 50 bodies remain lost after the ferry sank.",
        [("missing", "Over 50 bodies", None, True)],
    ),
    (
        "Four fishermen remain lost after the boat capsized.",
        [("missing", "Four fishermen", None, True)],
    ),
    (
        "Twelve climbers are still lost on the mountain.",
        [("missing", "Twelve climbers", None, True)],
    ),
    (
        "At least 30 passengers remain lost at sea, the coast guard said.",
        [("missing", "At least 30 passengers", None, True)],
    ),
    ("The crew was lost in the fog for two hours.", []),
    ("The regiment lost 300 soldiers in the battle.", [("losses", "300 soldiers", None, True)]),
]

#: "should prepare for significant losses": a harm with no figure in the phrase of a modal or
#: wished verb did not happen. Near forms: losses suffered or reported, and after a real event.
AN_UNCOUNTED_HARM_UNDER_A_MODAL = [
    (("Petraeus was asked if, once again, Americans should prepare for significant losses."), []),
    ("Analysts asked whether the army should prepare for heavy losses.", []),
    ("Commanders warned the offensive could lead to heavy casualties.", []),
    (("Officials said the troops might run into significant casualties in the valley."), []),
    ("The army suffered heavy losses in the battle.", [("losses", "heavy losses", None, True)]),
    (
        "The rebels reported significant casualties on Monday.",
        [("killed_or_injured", "significant casualties", None, True)],
    ),
    (
        "The brigade withdrew after heavy losses in the fighting.",
        [("losses", "heavy losses", None, True)],
    ),
]

#: "there was one passenger seriously injured, and two more with minor injuries": the
#: existential's noun is the participle's group, and a bare figure "with injuries" is injured.
#: Near forms: things damaged, passengers with luggage.
THERE_WAS_A_FIGURE_HURT = [
    (
        (
            "The report said there was one passenger seriously injured, and two "
            "more with minor injuries; no crew were injured."
        ),
        [
            ("injured", "one passenger", None, True),
            ("injured", "two more", None, True),
            ("injured", "no crew", None, True),
        ],
    ),
    (
        "There was one man critically injured and two others hurt.",
        [("injured", "one man", None, True), ("injured", "two others", None, True)],
    ),
    (
        ("Five people died and 12 more with minor injuries were taken to hospital."),
        [("killed", "Five", None, True), ("injured", "12 more", None, True)],
    ),
    (
        "Three people were killed and two with burns were flown to Dublin.",
        [("killed", "Three", None, True), ("injured", "two", None, True)],
    ),
    ("There were three cars damaged in the crash.", []),
    ("The bus carried 40 passengers with luggage.", []),
]

#: "As of yesterday, the virus had killed at least 813": a tally up to a day, cumulative, like
#: "so far" (one event named keeps its toll: "the death toll from the earthquake"). Near forms:
#: an earthquake's toll as of a day, an incident on a day.
AS_OF_A_DAY_IS_A_RUNNING_TALLY = [
    (
        ("As of yesterday, the virus had reportedly killed at least 813 in China."),
        [("killed", "at least 813", None, False)],
    ),
    (
        "As of Monday, the flu had killed 212 people across the state.",
        [("killed", "212", None, False)],
    ),
    (
        "The disease has killed 90 people as of Friday, health officials said.",
        [("killed", "90", None, False)],
    ),
    (
        ("As of Sunday, cholera had killed 40 people in the province since January."),
        [("killed", "40", None, False)],
    ),
    (
        "As of Tuesday, the death toll from the earthquake stood at 2,000.",
        [("killed", "2,000", None, True)],
    ),
    (
        "Troops killed 40 militants in the offensive on Sunday.",
        [("killed", "40 militants", None, True)],
    ),
]

#: "Three occupants died ... The three deceased were contract employees": "the" with the figure
#: already told and the harm word as its only noun names the group again, like "the dead"
#: (ANNOTATION.md): no row. Near forms: another figure ("the two dead" of three), another noun.
THE_FIGURE_AGAIN_WITH_ONLY_THE_HARM_WORD = [
    (
        (
            "Three occupants of the helicopter died. The three deceased were "
            "reportedly contract employees."
        ),
        [("killed", "Three occupants of the helicopter", None, True)],
    ),
    (
        (
            "Two soldiers were killed in the ambush. The two dead were identified "
            "as privates from Ohio."
        ),
        [("killed", "Two soldiers", None, True)],
    ),
    (
        ("Five miners died underground. The five dead had worked at the pit for years."),
        [("killed", "Five miners", None, True)],
    ),
    (
        ("Six climbers were killed by the avalanche. The six dead were all from Nepal."),
        [("killed", "Six climbers", None, True)],
    ),
    (
        ("Three people died in the fire. The two dead were found in the kitchen."),
        [("killed", "Three", None, True), ("killed", "The two dead", "subset_of", False)],
    ),
    (
        ("Three people were hurt in the crash. The three injured men were taken to hospital."),
        [("injured", "Three", None, True), ("injured", "The three injured men", "same_as", False)],
    ),
]

#: "So far, 12 NATO troops have died in the offensive": an offensive is the one event the
#: figure is of (the wikinews annotator's reading), so "so far" is its toll to date. Near forms:
#: a war, a year.
A_CAMPAIGN_NAMED_AS_THE_EVENT = [
    (
        "So far, 12 NATO troops have died in the offensive.",
        [("killed", "12 NATO troops", None, True)],
    ),
    (
        "So far, eight soldiers have been killed in the offensive on the town.",
        [("killed", "eight soldiers", None, True)],
    ),
    (
        "To date, 30 rebels have been killed in the government offensive.",
        [("killed", "30 rebels", None, True)],
    ),
    (
        "Four civilians have died so far in the offensive, the army said.",
        [("killed", "Four civilians", None, True)],
    ),
    ("So far, 300 people have been killed in the war.", [("killed", "300", None, False)]),
    (
        "So far this year, 40 people have been killed in the region.",
        [("killed", "40", None, False)],
    ),
]

#: "The same aircraft was involved in an incident in Beaver Falls on August 23, 1987. The
#: report said one passenger was seriously injured": a sentence placing an incident on a day long
#: before publication makes the rest of its paragraph that incident's, not parts of the new toll.
#: Near forms: a recent day, an incident the new one is compared with ("since a bombing").
A_PARAGRAPH_AFTER_AN_OLD_DATED_INCIDENT = [
    (
        (
            "Fourteen people were injured in the crash on Wednesday. The same "
            "aircraft was involved in an incident in Beaver Falls on August 23, "
            "1987. The report said there was one passenger seriously injured, and "
            "two more with minor injuries."
        ),
        [
            ("injured", "Fourteen", None, True),
            ("injured", "one passenger", None, True),
            ("injured", "two more", None, True),
        ],
    ),
    (
        (
            "Nine people were hurt in the blaze on Monday. The hotel was damaged in"
            " a fire on March 3, 2015. Two guests were injured at the time."
        ),
        [("injured", "Nine", None, True), ("injured", "Two guests", None, True)],
    ),
    (
        (
            "Thirty people were injured in the derailment on Sunday. A train on the"
            " same line came off the rails in an accident on May 2, 2019. Six "
            "passengers were hurt then."
        ),
        [("injured", "Thirty", None, True), ("injured", "Six passengers", None, True)],
    ),
    (
        (
            "Seven people were wounded in the attack on Friday. The market was hit "
            "in an attack on June 5, 2016. Four shoppers were wounded."
        ),
        [("injured", "Seven", None, True), ("injured", "Four shoppers", None, True)],
    ),
    (
        (
            "Twelve people were injured on Friday. The factory was hit in an "
            "explosion on Thursday. Three workers were hurt."
        ),
        [("injured", "Twelve", None, True), ("injured", "Three workers", "subset_of", False)],
    ),
    (
        (
            "Twenty people were hurt in the blast on Tuesday. The blast was the "
            "deadliest since a bombing on June 19, 2007. Two of the injured were "
            "children."
        ),
        [("injured", "Twenty", None, True), ("injured", "Two of the injured", "subset_of", False)],
    ),
]

#: "Sirhan is serving a life sentence": jailed people (ANNOTATION.md: held or jailed is
#: detained); a bare plural object ("serving prison sentences") is what the subject undergoes, no
#: habit. Near forms: a sentence served and over, a term in office, a sentence handed down.
SERVING_A_SENTENCE_IS_HELD = [
    (
        "Two men are serving prison sentences for the robbery.",
        [("detained", "Two men", None, True)],
    ),
    (
        "Three former officials are serving long sentences in a military jail.",
        [("detained", "Three former officials", None, True)],
    ),
    (
        "The smuggler is currently serving a nine-year sentence in Turkey.",
        [("detained", "The smuggler", None, True)],
    ),
    (
        "John Smith, 45, is serving a life sentence for murder.",
        [("detained", "John Smith", None, True)],
    ),
    ("He was released in 2020 after he served half his sentence.", []),
    ("The senator is serving a second term in office.", []),
    ("The judge handed down a life sentence on Monday.", []),
]

#: "sentenced two people smugglers to four years of prison": a sentence's length is no period
#: the figure is tallied over. Near forms: "three years of war", "two weeks of fighting".
A_SENTENCE_LENGTH_IS_NO_PERIOD = [
    (
        "Turkey sentenced two men to four years of prison each.",
        [("detained", "two men", None, True)],
    ),
    (
        "A court sentenced three men to ten years of imprisonment.",
        [("detained", "three men", None, True)],
    ),
    (
        "The judge sentenced four smugglers to six years of jail on Monday.",
        [("detained", "four smugglers", None, True)],
    ),
    (
        "Two guards were sentenced to 12 years of prison for the abuse.",
        [("detained", "Two guards", None, True)],
    ),
    ("After three years of war, 500 people have been killed.", [("killed", "500", None, False)]),
    ("Twelve people died during two weeks of fighting.", [("killed", "Twelve", None, False)]),
]

#: "three people killed and two others with serious injuries": a conjunct carrying a harm of
#: its own takes that harm, not the one of the word before. Near forms: a verb of its own, "with"
#: a companion.
A_CONJUNCT_WITH_A_WOUND_OF_ITS_OWN = [
    (
        "There were three people killed and two others with serious injuries.",
        [("killed", "three", None, True), ("injured", "two others", None, True)],
    ),
    (
        ("Four soldiers died and two civilians with gunshot wounds were taken to hospital."),
        [("killed", "Four soldiers", None, True), ("injured", "two civilians", None, True)],
    ),
    (
        "The attack left five people dead and three others with burns.",
        [("killed", "five", None, True), ("injured", "three others", None, True)],
    ),
    (
        ("Police said two men were killed and a woman with head injuries was flown to Boston."),
        [("killed", "two men", None, True), ("injured", "a woman", None, True)],
    ),
    (
        "Three people were killed and two others were injured.",
        [("killed", "Three", None, True), ("injured", "two others", None, True)],
    ),
    (
        "Five people were killed, including two children with their mother.",
        [("killed", "Five", None, True), ("killed", "two children", "subset_of", False)],
    ),
]

#: "Navalny was poisoned": a harm saying how, like "shot" (a mechanism verb: injured unless the
#: person died). Near forms: a river poisoned, relations poisoned.
POISONED_PEOPLE_ARE_HURT = [
    ("His associates have alleged Navalny was poisoned.", [("injured", "Navalny", None, True)]),
    (
        "Three workers were poisoned by fumes at the plant.",
        [("injured", "Three workers", None, True)],
    ),
    (
        ("Doctors said the former spy and his daughter were poisoned with a nerve agent."),
        [("injured", "the former spy", None, True), ("injured", "his daughter", None, True)],
    ),
    ("A man was poisoned and died in hospital.", [("killed", "A man", None, True)]),
    ("The river was poisoned by waste from the mine.", []),
    ("The dispute poisoned relations between the two countries.", []),
]

TABLES = {
    "including_interrupted_by_a_source": INCLUDING_INTERRUPTED_BY_A_SOURCE,
    "including_on_the_reasons_words": INCLUDING_ON_THE_REASONS_WORDS,
    "a_list_item_joined_to_the_harm_verb": A_LIST_ITEM_JOINED_TO_THE_HARM_VERB,
    "a_figure_on_the_cause_noun": A_FIGURE_ON_THE_CAUSE_NOUN,
    "remaining_lost_is_missing": REMAINING_LOST_IS_MISSING,
    "an_uncounted_harm_under_a_modal": AN_UNCOUNTED_HARM_UNDER_A_MODAL,
    "there_was_a_figure_hurt": THERE_WAS_A_FIGURE_HURT,
    "as_of_a_day_is_a_running_tally": AS_OF_A_DAY_IS_A_RUNNING_TALLY,
    "the_figure_again_with_only_the_harm_word": THE_FIGURE_AGAIN_WITH_ONLY_THE_HARM_WORD,
    "a_campaign_named_as_the_event": A_CAMPAIGN_NAMED_AS_THE_EVENT,
    "a_paragraph_after_an_old_dated_incident": A_PARAGRAPH_AFTER_AN_OLD_DATED_INCIDENT,
    "serving_a_sentence_is_held": SERVING_A_SENTENCE_IS_HELD,
    "a_sentence_length_is_no_period": A_SENTENCE_LENGTH_IS_NO_PERIOD,
    "a_conjunct_with_a_wound_of_its_own": A_CONJUNCT_WITH_A_WOUND_OF_ITS_OWN,
    "poisoned_people_are_hurt": POISONED_PEOPLE_ARE_HURT,
}


test_construction_gives_its_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
