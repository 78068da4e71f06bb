"""Casualty constructions left by earlier rounds, seventh round: an age standing for its person
before the state a verb leaves him in ("left a 16-year-old dead"), a gapped "a third" the
recognizer reads as a fraction, "both" floated off a pronoun, a time adverb the parser hangs on
the numeral ("So far 210 people"), people still held after some were released, bodies recovered
"so far", attackers told before their victims, a gerund cause after "Earlier,", a figure given
by an apposition ("The attackers, three militants,"), and a participle toll whose period is its
own. Each table holds four or more wordings of one construction and at least two near forms that
keep the old reading."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.tables import best_totals_test, table_tests
from tests.test_casualties import totals
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)

#: "The shooting left a 16-year-old dead": with an age for a noun the parser makes "a ... old"
#: modifiers of the harm word; the age with its article is the one person harmed.
AGE_PERSON_LEFT_IN_STATE = [
    (
        "The shooting left a 16-year-old dead and two other teenagers wounded, police in Chicago "
        "said.",
        [("killed", "a 16-year-old", None, True), ("injured", "two other teenagers", None, True)],
    ),
    (
        "A car bomb left a 40-year-old dead in Mogadishu on Friday.",
        [("killed", "a 40-year-old", None, True)],
    ),
    (
        "The stabbing left a 19-year-old dead, police said.",
        [("killed", "a 19-year-old", None, True)],
    ),
    (
        "The blast left two teenagers dead and a 10-year-old injured.",
        [("killed", "two teenagers", None, True), ("injured", "a 10-year-old", None, True)],
    ),
    (
        "The explosion left an 11-year-old critically injured.",
        [("injured", "an 11-year-old", None, True)],
    ),
    # Near forms: an age on a person noun keeps the noun; an age of a thing harms nobody.
    (
        "A drive-by attack on Saturday night left a 34-year-old woman dead outside a bar in "
        "Memphis.",
        [("killed", "a 34-year-old woman", None, True)],
    ),
    (
        "The shooting left a man dead and three people wounded.",
        [("killed", "a man", None, True), ("injured", "three", None, True)],
    ),
    ("The storm left a 300-year-old church damaged.", []),
]

#: "Two suspects were killed and a third arrested": the recognizer may call "a third" a
#: fraction (CARDINAL) and the parser hang it as a noun-phrase adverb; with no "of" phrase it
#: is one more person.
GAPPED_ORDINAL_READ_AS_FRACTION = [
    (
        "Two suspects were killed and a third arrested after a gunfight with police in Lagos on "
        "Monday.",
        [("killed", "Two suspects", None, True), ("detained", "a third arrested", None, True)],
    ),
    (
        "One attacker was killed and a second detained, the army said.",
        [("killed", "One attacker", None, True), ("detained", "a second detained", None, True)],
    ),
    (
        "Three bandits were killed and a third arrested by vigilantes near Kano.",
        [("killed", "Three bandits", None, True), ("detained", "a third arrested", None, True)],
    ),
    (
        "Two soldiers died and a third was hurt.",
        [("killed", "Two soldiers", None, True), ("injured", "a third", None, True)],
    ),
    # Near forms: no harm in the second clause; a rescue is none.
    ("Two men were killed and a third escaped.", [("killed", "Two men", None, True)]),
    (
        "Two smugglers drowned and a third was rescued by the coast guard.",
        [("killed", "Two smugglers", None, True)],
    ),
]

#: "They were both arrested", "They both died": "both" floated off the pronoun makes it two.
BOTH_FLOATED_OFF_A_PRONOUN = [
    (
        "Police arrested two men in Leeds on Tuesday. They were both arrested on suspicion of "
        "murder.",
        [("detained", "two men", None, True), ("detained", "They", "same_as", False)],
    ),
    ("They both died in hospital, police said.", [("killed", "They", None, True)]),
    ("They have both been detained, the ministry said.", [("detained", "They", None, True)]),
    ("They were both killed in the blast, relatives said.", [("killed", "They", None, True)]),
    # Near forms: "all" leaves the pronoun vague; "Both of them" was read already.
    ("They all died in the crash.", [("killed", "They", None, True)]),
    ("Both of them were arrested.", [("detained", "Both of them", None, True)]),
]

#: "So far 210 people have died": the parser hangs "So far" on the numeral; it tells when,
#: and stays out of the count span.
TIME_ADVERB_BEFORE_THE_NUMERAL = [
    ("So far 210 people have died in the floods, officials said.", [("killed", "210", None, True)]),
    ("Thus far 35 people have been injured in the unrest.", [("injured", "35", None, True)]),
    (
        "So far 40 bodies have been recovered from the rubble.",
        [("killed", "40 bodies", None, True)],
    ),
    ("So far 12 have been arrested.", [("detained", "12", None, False)]),
    # Near forms: an intensifier of a qualifier stays in the span.
    ("Well over 50 people were injured.", [("injured", "Well over 50", None, True)]),
    ("Far more than 100 people were killed.", [("killed", "Far more than 100", None, True)]),
]

#: "released two of the hostages but continue to hold the other five": those still held are
#: captives of who holds them (the subject of the verb the infinitive completes); the part
#: released is still a part of the hostages, as the held-out gold reads it.
STILL_HELD_AFTER_A_RELEASE = [
    (
        "The militants released two of the hostages on Friday but continue to hold the other five.",
        [
            ("abducted", "two of the hostages", "subset_of", False),
            ("abducted", "the other five", None, True),
        ],
    ),
    (
        "The gunmen freed 20 of the passengers on Sunday and continue to hold 15 others.",
        [("abducted", "15 others", None, True)],
    ),
    (
        "Pirates released four crew members but continue to hold the captain.",
        [("abducted", "the captain", None, True)],
    ),
    (
        "Authorities released 40 of the detained protesters on Monday but continue to hold 12 "
        "others.",
        [("detained", "12 others", None, True)],
    ),
    # Near forms: a thing held is no captive; a part harmed otherwise keeps its harm.
    ("The company continues to hold two warehouses in the port.", []),
    ("Two of the hostages were killed.", [("killed", "Two of the hostages", None, True)]),
    (
        "Three of the hostages were freed on Tuesday.",
        [("abducted", "Three of the hostages", None, True)],
    ),
]

#: "Rescuers have recovered 40 bodies so far": a recovery's running count is that one
#: disaster's toll (the fitted gold: "19 bodies had been recovered so far", incident).
BODIES_RECOVERED_SO_FAR = [
    (
        "Rescuers have recovered 40 bodies so far from the collapsed building in Dhaka.",
        [("killed", "40 bodies", None, True)],
    ),
    (
        "Rescue teams have pulled 18 bodies from the rubble so far, the fire service said.",
        [("killed", "18 bodies", None, True)],
    ),
    (
        "To date, divers have retrieved 23 bodies from the sunken ferry.",
        [("killed", "23 bodies", None, True)],
    ),
    (
        "Rescuers said 40 people had died in the collapse, with only 12 bodies recovered so far.",
        [("killed", "40", None, True), ("killed", "only 12 bodies", "subset_of", False)],
    ),
    # Near forms: a tally with no recovery stays cumulative.
    ("So far, 300 people have been killed in the fighting.", [("killed", "300", None, False)]),
    (
        "Police said 12 bodies had been found so far in the mass grave.",
        [("killed", "12 bodies", None, False)],
    ),
]

#: "officers shot dead six gang members ... 19 bodies had been found": attackers told first
#: and their victims after are other people, as the other way round; "gang members" are
#: attackers by their compound.
ATTACKERS_THEN_THEIR_VICTIMS = [
    (
        "Police said officers had shot dead six gang members in a raid. Residents said 19 bodies "
        "had been found in the village.",
        [("killed", "six gang members", None, True), ("killed", "19 bodies", None, True)],
    ),
    (
        "Troops killed four cartel members in a shootout in Sinaloa. Earlier, gunmen had killed "
        "11 people at a party.",
        [("killed", "four cartel members", None, True), ("killed", "11", None, True)],
    ),
    (
        "Police killed two robbers during the heist. Seven people were injured and 12 killed in "
        "the attack.",
        [
            ("killed", "two robbers", None, True),
            ("injured", "Seven", None, True),
            ("killed", "12 killed", None, True),
        ],
    ),
    (
        "The spokesman said officers had killed at least six gang members in a "
        "counter-operation, and that 19 bodies had been recovered so far.",
        [
            ("killed", "at least six gang members", None, True),
            ("killed", "19 bodies", None, True),
        ],
    ),
    # Near forms: a total may hold the attackers; a part of the victims stays a part.
    (
        "Officers shot dead three traffickers at a checkpoint. A total of 15 people were killed "
        "in the raid.",
        [
            ("killed", "three traffickers", None, False),
            ("killed", "A total of 15", "update_of", True),
        ],
    ),
    (
        "Gunmen killed 14 people in the attack. Three of them were later killed by police.",
        [("killed", "14", None, True), ("killed", "Three of them", "subset_of", False)],
    ),
]

#: "Earlier, shelling of a market killed 15 people": a gerund subject is tagged a verb with
#: the verb's lemma; the word as written names the event, another incident after "Earlier,".
GERUND_CAUSE_AFTER_SEQUEL = [
    (
        "A drone strike on a hospital killed nine patients, medics said. Earlier, shelling of a "
        "market killed 15 people.",
        [("killed", "nine patients", None, True), ("killed", "15", None, True)],
    ),
    (
        "A car bomb killed four soldiers in Mogadishu. Hours later, bombing of a checkpoint "
        "killed seven civilians.",
        [("killed", "four soldiers", None, True), ("killed", "seven civilians", None, True)],
    ),
    (
        "Gunmen killed six villagers on Monday. A day earlier, shooting at a wedding killed three "
        "guests.",
        [("killed", "six villagers", None, True), ("killed", "three guests", None, True)],
    ),
    (
        "A bomb killed eight people at a bus station. Later, flooding in the north killed 12 "
        "people.",
        [("killed", "eight", None, True), ("killed", "12", None, True)],
    ),
    # Near forms: the event pointed back to is the same one, its toll revised.
    (
        "A bomb killed nine people in the market on Friday. Later, officials said the blast had "
        "killed 15 people.",
        [("killed", "nine", None, False), ("killed", "15", "update_of", True)],
    ),
    (
        "Nine people died in the shelling. Later, the shelling killed 15 people, officials said.",
        [("killed", "Nine", None, False), ("killed", "15", "update_of", True)],
    ),
]

#: "The attackers, three militants, were later killed": a definite plural that counts nobody
#: takes the figure of its apposition.
COUNTED_APPOSITION = [
    (
        "Two police officers were killed in an ambush in Kashmir. The attackers, three militants, "
        "were later killed in a gunfight with troops.",
        [("killed", "Two police officers", None, True), ("killed", "three militants", None, True)],
    ),
    (
        "The attackers, two brothers, were shot dead by police.",
        [("killed", "two brothers", None, True)],
    ),
    (
        "The kidnappers, two brothers from Enugu, were arrested on Monday.",
        [("detained", "two brothers", None, True)],
    ),
    (
        "The gunmen, four men in their twenties, were detained at a checkpoint.",
        [("detained", "four men", None, True)],
    ),
    # Near forms: "the victims" point back to those counted; an apposition without a figure.
    (
        "Five people were killed. The victims, five men, were shot at close range.",
        [("killed", "Five", None, True)],
    ),
    ("The attackers, armed with rifles, were killed.", []),
]

#: "killed 11 overnight, bringing the death toll from weeks of flooding to 181": a participle
#: after the harm verb tells a toll of its own; its period does not make the harm a tally.
PARTICIPLE_TOLL_KEEPS_ITS_PERIOD = [
    (
        "Heavy rain killed 11 people in Kenya overnight, bringing the death toll from weeks of "
        "flooding to 181, the interior ministry said.",
        [("killed", "11", None, True)],
    ),
    (
        "A strike killed 40 people on Tuesday, bringing the toll since the war began to 35,000.",
        [("killed", "40", None, True)],
    ),
    (
        "A bomb killed six soldiers, raising the number of troops killed since January to 120.",
        [("killed", "six soldiers", None, True), ("killed", "120", None, False)],
    ),
    (
        "A landslide killed 14 villagers on Sunday, pushing the number of deaths since the rains "
        "began to 90.",
        [("killed", "14 villagers", None, True)],
    ),
    # Near forms: the period in the harm's own clause still makes it a tally.
    (
        "The war has killed 35,000 people since October, leaving thousands homeless.",
        [("killed", "35,000", None, False), ("displaced", "thousands homeless", None, False)],
    ),
    (
        "Russian attacks have killed 500 civilians since January, officials said.",
        [("killed", "500 civilians", None, False)],
    ),
]

#: "abducted 287 pupils on Thursday ... On Friday 61 people were kidnapped": a seizure done on
#: another day is another act, as a killing is; a part ("12 of them") stays a part.
SEIZURES_ON_OTHER_DAYS = [
    (
        "Gunmen abducted 287 pupils from a school on Thursday. On Friday 61 people were "
        "kidnapped in Kajuru.",
        [("abducted", "287 pupils", None, True), ("abducted", "61", None, True)],
    ),
    (
        "Police arrested 40 protesters on Monday. On Tuesday, officers detained 12 more.",
        [("detained", "40 protesters", None, True), ("detained", "12 more", None, True)],
    ),
    (
        "Bandits kidnapped 20 farmers on Monday. On Wednesday, gunmen abducted eight women in "
        "the same district.",
        [("abducted", "20 farmers", None, True), ("abducted", "eight women", None, True)],
    ),
    (
        "Troops arrested 15 suspects on Saturday. On Sunday, police arrested six men in a raid.",
        [("detained", "15 suspects", None, True), ("detained", "six men", None, True)],
    ),
    # Near forms: a part of those seized; a day of the report, not of the act.
    (
        "Police detained 40 protesters on Monday. On Tuesday, 12 of them were jailed.",
        [("detained", "40 protesters", None, True), ("detained", "12 of them", "subset_of", False)],
    ),
    (
        "Police arrested 40 protesters in Dakar on Monday, officials said on Tuesday. Ten of "
        "them were women.",
        # round 13: "N of them were ..." after arrests picks out part of those held
        [
            ("detained", "40 protesters", None, True),
            ("detained", "Ten of them", "subset_of", False),
        ],
    ),
]

#: "Two suspects were killed ... A bystander died": one more person brought in after a group
#: of attackers is not one of them; "also" before the verb that leaves him so says it too.
ONE_PERSON_AFTER_ATTACKERS = [
    (
        "Two suspects were killed in a shootout with police. A bystander died.",
        [("killed", "Two suspects", None, True), ("killed", "A bystander", None, True)],
    ),
    (
        "Two suspects were killed and a third arrested after a gunfight with police. The "
        "shooting also left a 16-year-old dead.",
        [
            ("killed", "Two suspects", None, True),
            ("detained", "a third arrested", None, True),
            ("killed", "a 16-year-old", None, True),
        ],
    ),
    (
        "Three gunmen were shot dead by troops on Monday. A soldier was killed in the fighting.",
        [("killed", "Three gunmen", None, True), ("killed", "A soldier", None, True)],
    ),
    (
        "Two robbers were killed by police. A woman was wounded by a stray bullet.",
        [("killed", "Two robbers", None, True), ("injured", "A woman", None, True)],
    ),
    # Near forms: the attackers' own parts in the same sentence; "the man" points back.
    (
        "Officers shot two suspects - a man and a woman - outside the bank.",
        [
            ("injured", "two suspects", None, True),
            ("injured", "a man", "subset_of", False),
            ("injured", "a woman", "subset_of", False),
        ],
    ),
    (
        "Two suspects were shot by police. The man later died.",
        [("killed_or_injured", "Two suspects", None, True), ("killed", "The man", None, True)],
    ),
]

#: "left a man dead and his wife seriously injured": the second state, tagged a finite past
#: when an adverb stands before it, is a participle with the person as its subject.
LEFT_STATE_CONJUNCT = [
    (
        "The crash left a man dead and his wife seriously injured.",
        [("killed", "a man", None, True), ("injured", "his wife", None, True)],
    ),
    (
        "The crash left a 72-year-old dead and his wife seriously injured.",
        [("killed", "a 72-year-old", None, True), ("injured", "his wife", None, True)],
    ),
    (
        "The blast left three soldiers dead and a civilian wounded.",
        [("killed", "three soldiers", None, True), ("injured", "a civilian", None, True)],
    ),
    (
        "The storm left a man dead and his neighbour hurt.",
        [("killed", "a man", None, True), ("injured", "his neighbour", None, True)],
    ),
    # Near forms: a finite verb with a subject of its own tells no harm of it.
    ("Gunmen killed two guards and the driver fled.", [("killed", "two guards", None, True)]),
    ("Police arrested two men and a woman escaped.", [("detained", "two men", None, True)]),
]

#: "At least 23 were killed ... gang members shot dead 15 ... Police killed eight suspected
#: gang members": a figure that fills the toll's breakdown to the number told is its last part,
#: even when its people are the attackers.
BREAKDOWN_FILLED_BY_ATTACKERS = [
    (
        "At least 23 people were killed in Haiti over the weekend, the UN said. In "
        "Port-au-Prince, gang members shot dead 15 people. Police killed eight suspected gang "
        "members in a counter-operation.",
        [
            ("killed", "At least 23", None, True),
            ("killed", "15", "subset_of", False),
            ("killed", "eight suspected gang members", "subset_of", False),
        ],
    ),
    (
        "Twenty people were killed in the attack. Twelve villagers died in the market. Eight "
        "attackers were killed by troops.",
        [
            ("killed", "Twenty", None, True),
            ("killed", "Twelve villagers", "subset_of", False),
            ("killed", "Eight attackers", "subset_of", False),
        ],
    ),
    (
        "Ten people died in the raid, police said. Seven hostages were killed by the kidnappers. "
        "Three suspects were shot dead by officers.",
        [
            ("killed", "Ten", None, True),
            ("killed", "Seven hostages", "subset_of", False),
            ("killed", "Three suspects", "subset_of", False),
        ],
    ),
    (
        "Nine people were killed in the attack. Six worshippers died inside the church. Three "
        "gunmen were shot dead by police.",
        [
            ("killed", "Nine", None, True),
            ("killed", "Six worshippers", "subset_of", False),
            ("killed", "Three gunmen", "subset_of", False),
        ],
    ),
    # Near forms: parts that do not fill the toll leave the attackers a figure of their own.
    (
        "Twenty people were killed in the attack. Twelve villagers died in the market. Five "
        "attackers were killed by troops.",
        [
            ("killed", "Twenty", None, True),
            ("killed", "Twelve villagers", "subset_of", False),
            ("killed", "Five attackers", None, True),
        ],
    ),
    (
        "Fourteen people were killed in the attack. Two suspects were killed by police.",
        [("killed", "Fourteen", None, True), ("killed", "Two suspects", None, True)],
    ),
]

#: "68 missing ... By Sunday, ... with 67 still missing": the missing shrink as people are
#: found; a smaller count told later ("later", "by" a day) revises the first.
MISSING_RECOUNTED_LATER = [
    (
        "Heavy rains in Brazil killed 39 people and left 68 missing. By Sunday, the toll had "
        "risen to 57, with 67 still missing.",
        [
            ("killed", "39", None, False),
            ("missing", "68 missing", None, False),
            ("killed", "57", "update_of", True),
            ("missing", "67 still missing", "update_of", True),
        ],
    ),
    (
        "Landslides left 30 people missing on Monday. By Wednesday, the number of missing had "
        "fallen to 18.",
        [("missing", "30", None, False), ("missing", "18", "update_of", True)],
    ),
    (
        "A boat capsized with 50 migrants aboard; 35 were missing. Later, officials said 20 were "
        "still missing.",
        [("missing", "35", None, False), ("missing", "20", "update_of", True)],
    ),
    (
        "Twenty fishermen were missing after the storm. Later, rescuers said 12 had been found "
        "and eight were still missing.",
        [("missing", "Twenty fishermen", None, False), ("missing", "eight", "update_of", True)],
    ),
    # Near forms: a part told with the first count; those found are no row.
    (
        "Floods left 40 people missing on Monday, including 15 in Kogi state.",
        [("missing", "40", None, True), ("missing", "15", "subset_of", False)],
    ),
    (
        "Floods left 40 people missing. By Friday, 25 of them had been found alive.",
        [("missing", "40", None, True)],
    ),
]

TABLES = {
    "missing recounted later": MISSING_RECOUNTED_LATER,
    "breakdown filled by attackers": BREAKDOWN_FILLED_BY_ATTACKERS,
    "left state conjunct": LEFT_STATE_CONJUNCT,
    "seizures on other days": SEIZURES_ON_OTHER_DAYS,
    "one person after attackers": ONE_PERSON_AFTER_ATTACKERS,
    "age person left in state": AGE_PERSON_LEFT_IN_STATE,
    "gapped ordinal read as fraction": GAPPED_ORDINAL_READ_AS_FRACTION,
    "both floated off a pronoun": BOTH_FLOATED_OFF_A_PRONOUN,
    "time adverb before the numeral": TIME_ADVERB_BEFORE_THE_NUMERAL,
    "still held after a release": STILL_HELD_AFTER_A_RELEASE,
    "bodies recovered so far": BODIES_RECOVERED_SO_FAR,
    "attackers then their victims": ATTACKERS_THEN_THEIR_VICTIMS,
    "gerund cause after sequel": GERUND_CAUSE_AFTER_SEQUEL,
    "counted apposition": COUNTED_APPOSITION,
    "participle toll keeps its period": PARTICIPLE_TOLL_KEEPS_ITS_PERIOD,
}


#: "They were both arrested": two people, exact.
@pytest.mark.parametrize(
    "text",
    [
        "They were both arrested on suspicion of murder.",
        "They both died in hospital, police said.",
        "They have both been detained, the ministry said.",
        "They both suffered serious injuries.",
    ],
)
def test_both_floated_off_a_pronoun_is_two(nlp, text):
    (row,) = process(nlp, text, PUBLISHED)._.news_casualties
    assert (row["qualifier"], row["value"]) == ("exact", 2)


#: (round-up report, totals a careful coder gives)
ARTICLE_TOTALS = [
    (
        "Gunmen killed nine people in two attacks in central Mali on Sunday, local officials "
        "said. In the first attack, six villagers were shot dead in Bankass. Hours later, three "
        "traders were killed on the road to Mopti. Separately, two soldiers were killed when "
        "their vehicle hit a mine near Gao.",
        {"killed": 11},
    ),
    (
        "Two police officers were killed and five wounded in an ambush in Kashmir on Friday. The "
        "attackers, three militants, were later killed in a gunfight with troops. A civilian was "
        "also injured in the crossfire.",
        {"killed": 5, "injured": 6},
    ),
    (
        "Heavy rain killed 11 people in Kenya overnight, bringing the death toll from weeks of "
        "flooding to 181, the interior ministry said. In Mai Mahiu, 45 people died when a dam "
        "burst on Monday.",
        {"killed": 56},
    ),
    (
        "Two suspects were killed and a third arrested after a gunfight with police in Lagos on "
        "Monday. The shooting also left a 16-year-old dead. Police said the militants who "
        "kidnapped eight traders last week released two of them but continue to hold the other "
        "six.",
        {"killed": 3, "detained": 1, "abducted": 8},
    ),
    (
        "At least 18 people, including four children, were killed when a fuel tanker exploded in "
        "Liberia's Bong county, officials said. Another 83 were injured. A day earlier, a "
        "minibus crash in the same county killed six.",
        {"killed": 24, "injured": 83},
    ),
    (
        "A building collapsed in Dhaka on Tuesday. Rescuers have recovered 40 bodies so far, the "
        "fire service said. So far 12 people have been arrested over the collapse.",
        {"killed": 40},
    ),
]


test_article_totals = best_totals_test(ARTICLE_TOTALS, totals, linked_rows, PUBLISHED)


test_a_reports_people_give_their_rows, test_each_table_has_wordings_and_near_forms = table_tests(
    TABLES, linked_rows, PUBLISHED
)
