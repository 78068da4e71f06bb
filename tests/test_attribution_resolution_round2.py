"""`source_resolved` constructions found by a second round of probing with wire-style war,
crime and disaster reports: each table gives one construction in several wordings, with near
forms beside them that must keep their reading. Each case is the text and the (source as
written, `source_resolved`) pair of every row in order; resolutions compare without case and a
leading "the" (the helpers of `test_attribution_resolution_probes`)."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_attribution_resolution_probes import _check

# Wires alternate "the military" and "the army" for one state's forces, as they do "the
# company" and "the firm": the second noun names the body set apart before again.
ARMY_AND_MILITARY = [
    (
        "The Israeli military said a soldier was killed in southern Gaza. The army said the "
        "soldier was 20 years old.",
        [("The Israeli military", "Israeli military"), ("The army", "Israeli military")],
    ),
    (
        "The Israeli army said it struck a Hezbollah weapons depot. The military said the depot "
        "was near a school.",
        [("The Israeli army", "Israeli army"), ("The military", "Israeli army")],
    ),
    (
        "The Sudanese army said it repelled an attack on El Fasher. The military said dozens of "
        "fighters were killed.",
        [("The Sudanese army", "Sudanese army"), ("The military", "Sudanese army")],
    ),
    (
        "The Ukrainian military said it destroyed a Russian command post. The army said the "
        "strike was carried out with drones.",
        [("The Ukrainian military", "Ukrainian military"), ("The army", "Ukrainian military")],
    ),
    (
        "The mining company said three workers were killed in the explosion. The firm said it "
        "was investigating the cause.",
        [("The mining company", "mining company"), ("The firm", "mining company")],
    ),
]

ARMY_AND_MILITARY_NEAR = [
    # the same noun again names the nearer body
    (
        "The Israeli military said it killed a commander. The Lebanese army said one soldier "
        "was wounded. The army said it would respond.",
        [
            ("The Israeli military", None),
            ("The Lebanese army", "Lebanese army"),
            ("The army", "Lebanese army"),
        ],
    ),
    # a bare body set apart by nothing is not named again by the other noun
    (
        "The army said it repelled an attack. The military said two soldiers were wounded.",
        [("The army", None), ("The military", None)],
    ),
    # army officials are people of the army, not the military named before
    (
        "The Russian military said it shot down drones. Ukrainian army officials said the "
        "drones hit a base.",
        [("The Russian military", None), ("Ukrainian army officials", None)],
    ),
    # a paramilitary force is not 'the army'
    (
        "The Rapid Support Forces said it captured the town. The army said it repelled the attack.",
        [("The Rapid Support Forces", "Rapid Support Forces"), ("The army", None)],
    ),
]


@pytest.mark.parametrize("text, expected", ARMY_AND_MILITARY + ARMY_AND_MILITARY_NEAR)
def test_army_and_military_name_one_body(nlp, text, expected):
    _check(nlp, text, expected)


# "..., according to X, which said ...": the relative clause is X's next statement, a row of its
# own; X's words stop before it, and "which" resolves to X's words (a nominal named once gives
# its text to the pronoun, and stays null itself).
ACCORDING_THEN_RELATIVE = [
    (
        "A man was shot dead in Nablus, according to the Palestinian health ministry in "
        "Ramallah, which said two other men were wounded.",
        [
            ("the Palestinian health ministry in Ramallah", None),
            ("which", "Palestinian health ministry in Ramallah"),
        ],
    ),
    (
        "Five people were killed, according to the regional police department, which said the "
        "gunman was arrested.",
        [("the regional police department", None), ("which", "regional police department")],
    ),
    (
        "Three soldiers died, according to the Defence Ministry in Kyiv, which added that the "
        "attack was repelled.",
        [("the Defence Ministry in Kyiv", "Defence Ministry"), ("which", "Defence Ministry")],
    ),
    (
        "Two people were killed, according to the state news agency in Baghdad, which said a "
        "third was missing.",
        [("the state news agency in Baghdad", None), ("which", "state news agency in Baghdad")],
    ),
    (
        "The blast was caused by a gas leak, according to Hamid Karimi, the police chief, who "
        "said nobody was arrested.",
        [("Hamid Karimi, the police chief", "Hamid Karimi"), ("who", "Hamid Karimi")],
    ),
]

ACCORDING_THEN_RELATIVE_NEAR = [
    # a clause that only says which one, with no comma and nothing reported, stays
    (
        "Around 50 workers were on site, according to a foreman who spoke to Channels Television.",
        [("a foreman who spoke to Channels Television", None)],
    ),
    # a clause that describes the source, not one that reports, stays in its words
    (
        "Two people were killed, according to the ministry, which oversees the police.",
        [("the ministry, which oversees the police", None)],
    ),
    # a relative clause on a subject source stays in the source, as the annotators wrote it
    (
        "A spokesman for the ministry, which oversees the police, said two officers were wounded.",
        [("A spokesman for the ministry, which oversees the police", None)],
    ),
    # a name the relative clause follows keeps its name
    (
        "At least 12 people were killed, according to the Sudan Doctors Network, which said the "
        "dead included children.",
        [
            ("the Sudan Doctors Network", "Sudan Doctors Network"),
            ("which", "Sudan Doctors Network"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", ACCORDING_THEN_RELATIVE + ACCORDING_THEN_RELATIVE_NEAR)
def test_according_to_a_source_then_its_relative_clause(nlp, text, expected):
    _check(nlp, text, expected)


def _channels(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = process(nlp, text)
    return [
        (doc.text[item["cue_start"] : item["cue_end"]], item["channel"])
        for item in doc._.news_attributions
    ]


# The medium of the relative clause's statement is that row's, not the "according to" row's.
ACCORDING_RELATIVE_CHANNEL = [
    (
        "By Tuesday the toll had climbed to 31, according to a local emergency response room, "
        "which said on Facebook that eight of the wounded had died.",
        [("according to", None), ("said", "facebook")],
    ),
    (
        "Five people were killed, according to the regional police, which said in a statement "
        "that the gunman was arrested.",
        [("according to", None), ("said", "statement")],
    ),
    (
        "Two soldiers were killed, according to the army, which said on Telegram that the "
        "attack was repelled.",
        [("according to", None), ("said", "telegram")],
    ),
    (
        "Ten people died, according to the governor, who wrote on X that rescuers were "
        "searching for others.",
        [("according to", None), ("wrote", "x_twitter")],
    ),
]

ACCORDING_RELATIVE_CHANNEL_NEAR = [
    # a medium inside the phrase itself stays its channel
    (
        "Ten people died, according to a statement on the governor's Telegram channel.",
        [("according to", "telegram")],
    ),
    (
        "Ten people died, according to a post on Facebook by the local council.",
        [("according to", "facebook")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", ACCORDING_RELATIVE_CHANNEL + ACCORDING_RELATIVE_CHANNEL_NEAR
)
def test_according_to_row_keeps_no_channel_of_the_relative_clause(nlp, text, expected):
    assert _channels(nlp, text) == expected


# A wire lead gives the official's title ("..., the regional governor said.") and the next
# report names the person bare ("Oleh Syniehubov wrote ..."): the title is that person, and
# so is "the governor" after it, though another governor is titled later in the article.
LEAD_TITLE_NAMED_NEXT = [
    (
        "A missile strike on Kharkiv killed seven people, the regional governor said.\n\n"
        "Oleh Syniehubov wrote on Telegram that the missiles hit a residential district. Later, "
        "the governor raised the toll to 11.",
        [
            ("the regional governor", "Oleh Syniehubov"),
            ("Oleh Syniehubov", "Oleh Syniehubov"),
            ("the governor", "Oleh Syniehubov"),
        ],
    ),
    (
        "A missile strike on Kharkiv killed seven people, the regional governor said.\n\n"
        "Oleh Syniehubov wrote on Telegram that the missiles hit a residential district. Later, "
        "the governor raised the toll to 11.\n\n"
        "In Russia, Governor Vyacheslav Gladkov said a drone hit a car in Belgorod.",
        [
            ("the regional governor", "Oleh Syniehubov"),
            ("Oleh Syniehubov", "Oleh Syniehubov"),
            ("the governor", "Oleh Syniehubov"),
            ("Governor Vyacheslav Gladkov", "Vyacheslav Gladkov"),
        ],
    ),
    (
        "Two police officers were shot dead in Chicago, the police superintendent said.\n\n"
        "Larry Snelling told reporters that the gunman was arrested. The superintendent said "
        "the officers were 28 and 31.",
        [
            ("the police superintendent", "Larry Snelling"),
            ("Larry Snelling", "Larry Snelling"),
            ("The superintendent", "Larry Snelling"),
        ],
    ),
    (
        "A car bomb killed three soldiers in the north, the provincial governor said.\n\n"
        "Ahmed Nouri said the bomb was hidden in a parked truck.",
        [("the provincial governor", "Ahmed Nouri"), ("Ahmed Nouri", "Ahmed Nouri")],
    ),
]

LEAD_TITLE_NAMED_NEXT_NEAR = [
    # a witness is described, or quoted: not the official of the lead
    (
        "A bus crash killed 12 people, the governor said.\n\nMaria Lopez, 45, said the bus was "
        "swerving.",
        [("the governor", None), ("Maria Lopez, 45", "Maria Lopez")],
    ),
    (
        'A bus crash killed 12 people, the governor said.\n\n"It was terrible," said Maria Lopez.',
        [("the governor", None), ("Maria Lopez", "Maria Lopez")],
    ),
    # a title after the lead is no lead's title
    (
        "A fire killed four people in a market, police said.\n\nLater, the governor said the "
        "fire began in a shop. Ahmed Nouri said he saw smoke.",
        [("police", None), ("the governor", None), ("Ahmed Nouri", "Ahmed Nouri")],
    ),
    # the title's holder named before keeps it
    (
        "Governor Ivan Fedorov said a strike killed two people in Zaporizhzhia. A school was "
        "hit, the governor said.\n\nOleh Kiper said the port was damaged.",
        [
            ("Governor Ivan Fedorov", "Ivan Fedorov"),
            ("the governor", "Ivan Fedorov"),
            ("Oleh Kiper", "Oleh Kiper"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", LEAD_TITLE_NAMED_NEXT + LEAD_TITLE_NAMED_NEXT_NEAR)
def test_a_lead_title_is_the_person_named_next(nlp, text, expected):
    _check(nlp, text, expected)


# A part of an umbrella body told by what it does ('the U.N. refugee agency') after the
# agency spoke by name is that agency: wires name it, then describe it so.
UMBRELLA_PART_AFTER_NAME = [
    (
        "The UNHCR said 5,000 people fled the fighting. The U.N. refugee agency said more were "
        "expected.",
        [("The UNHCR", "UNHCR"), ("The U.N. refugee agency", "UNHCR")],
    ),
    (
        "UNICEF said 30 children were killed in the attack. The U.N. children's agency said "
        "schools were closed.",
        [("UNICEF", "UNICEF"), ("The U.N. children's agency", "UNICEF")],
    ),
    (
        "The World Food Programme said famine was imminent. The U.N. food agency said aid "
        "trucks were blocked.",
        [
            ("The World Food Programme", "World Food Programme"),
            ("The U.N. food agency", "World Food Programme"),
        ],
    ),
    (
        "Frontex said 40 migrants were rescued. The EU border agency said the boat was overloaded.",
        [("Frontex", "Frontex"), ("The EU border agency", "Frontex")],
    ),
]

UMBRELLA_PART_AFTER_NAME_NEAR = [
    # the umbrella itself is not its part
    (
        "The United Nations said 1,200 people had fled. The U.N. refugee agency said camps "
        "were full.",
        [("The United Nations", "United Nations"), ("The U.N. refugee agency", None)],
    ),
    # a group is no agency of the umbrella
    (
        "Hamas said 20 people were killed. The U.N. humanitarian office said aid was blocked.",
        [("Hamas", "Hamas"), ("The U.N. humanitarian office", None)],
    ),
    # the part before the name still takes the name that follows
    (
        "The U.N. refugee agency said 5,000 people fled the fighting. The UNHCR said more were "
        "expected.",
        [("The U.N. refugee agency", "UNHCR"), ("The UNHCR", "UNHCR")],
    ),
]


@pytest.mark.parametrize("text, expected", UMBRELLA_PART_AFTER_NAME + UMBRELLA_PART_AFTER_NAME_NEAR)
def test_an_umbrella_part_after_the_agency_named(nlp, text, expected):
    _check(nlp, text, expected)


def _resolved_and_channels(nlp, text: str) -> list[tuple[str | None, str | None]]:
    doc = process(nlp, text)
    return [
        (
            None if item["source_resolved"] is None else item["source_resolved"].lower(),
            item["channel"],
        )
        for item in doc._.news_attributions
    ]


# "The paper said" names again the newspaper named before it, with the newspaper's channel; a
# paper with other words, or after a study, is no newspaper.
THE_PAPER = [
    (
        "Haaretz reported that three soldiers were killed. The paper said the army was "
        "investigating.",
        [("haaretz", "newspaper"), ("haaretz", "newspaper")],
    ),
    (
        "The Washington Post reported that the gunman had bought the rifle legally. The paper "
        "said he had no criminal record.",
        [("the washington post", "newspaper"), ("the washington post", "newspaper")],
    ),
    (
        "The Kyiv Post reported that a strike hit a hospital. The paper said two doctors were "
        "wounded.",
        [("the kyiv post", "newspaper"), ("the kyiv post", "newspaper")],
    ),
    (
        "The Guardian reported that the ship sank. A spokesman said the crew was rescued. The "
        "paper said the cause was unknown.",
        [("the guardian", "newspaper"), (None, None), ("the guardian", "newspaper")],
    ),
]

THE_PAPER_NEAR = [
    (
        "A paper published by the Lancet said the death toll was underestimated.",
        [(None, None)],
    ),
    (
        "Researchers at Oxford published a study on the war's toll. The paper said deaths were "
        "undercounted.",
        [(None, None), (None, None)],
    ),
]


@pytest.mark.parametrize("text, expected", THE_PAPER + THE_PAPER_NEAR)
def test_the_paper_names_the_newspaper_again(nlp, text, expected):
    assert _resolved_and_channels(nlp, text) == expected


# A title word before a state body's noun is part of its name: 'the General Staff' is no
# general named Staff; a title before a person's name still goes.
TITLE_WORD_IN_BODY_NAME = [
    (
        "The Ukrainian General Staff said 1,200 Russian soldiers were killed. The General Staff "
        "said 15 tanks were destroyed.",
        [
            ("The Ukrainian General Staff", "Ukrainian General Staff"),
            ("The General Staff", "General Staff"),
        ],
    ),
    (
        "The General Staff of Ukraine's armed forces said 30 drones were shot down. The General "
        "Staff said two were missed.",
        [
            ("The General Staff of Ukraine's armed forces", "General Staff"),
            ("The General Staff", "General Staff"),
        ],
    ),
    (
        "Ukraine's General Staff said it struck a Russian airfield. The General Staff said "
        "several aircraft were hit.",
        [("Ukraine's General Staff", "General Staff"), ("The General Staff", "General Staff")],
    ),
    (
        "The General Staff said the strike hit a depot.",
        [("The General Staff", "General Staff")],
    ),
]

TITLE_WORD_IN_BODY_NAME_NEAR = [
    (
        "Sheriff Larry Smith said two deputies were wounded. Sheriff Smith said the suspect was "
        "arrested.",
        [("Sheriff Larry Smith", "Larry Smith"), ("Sheriff Smith", "Larry Smith")],
    ),
    ("General Ahmed said five soldiers died.", [("General Ahmed", "Ahmed")]),
    ("Mayor Lopez said the water rose quickly.", [("Mayor Lopez", "Lopez")]),
]


@pytest.mark.parametrize("text, expected", TITLE_WORD_IN_BODY_NAME + TITLE_WORD_IN_BODY_NAME_NEAR)
def test_a_title_word_in_a_body_name(nlp, text, expected):
    _check(nlp, text, expected)


def _sources(nlp, text: str) -> list[str | None]:
    doc = process(nlp, text)
    return [
        None
        if item["source_start"] is None
        else doc.text[item["source_start"] : item["source_end"]]
        for item in doc._.news_attributions
    ]


# A hyphenated name ('al-Qidra') the parser splits into several dependents of the cue: the
# source is the whole phrase, title and name, not the name's last part.
SPLIT_HYPHENATED_NAME = [
    (
        "Health ministry spokesman Ashraf al-Qidra said 40 people were killed.",
        ["Health ministry spokesman Ashraf al-Qidra"],
    ),
    (
        "Ministry spokesman Ashraf al-Qidra said most were women and children.",
        ["Ministry spokesman Ashraf al-Qidra"],
    ),
    ("Ashraf al-Qidra said 40 people were killed.", ["Ashraf al-Qidra"]),
    (
        "Gaza's health ministry said 35 people were killed. Ministry spokesman Ashraf al-Qidra "
        "said most were women and children.",
        ["Gaza's health ministry", "Ministry spokesman Ashraf al-Qidra"],
    ),
]

SPLIT_HYPHENATED_NAME_NEAR = [
    # words the parser set apart with no hyphen between them stay apart
    ("Say Mexico demanded that the United States pay for the wall.", ["Mexico"]),
    (
        "Army chief Abdel Fattah al-Burhan said the war would continue.",
        ["Army chief Abdel Fattah al-Burhan"],
    ),
    ("Police on Monday said two people died.", ["Police"]),
    (
        "Houthi spokesman Yahya Saree said the group fired missiles.",
        ["Houthi spokesman Yahya Saree"],
    ),
]


@pytest.mark.parametrize("text, expected", SPLIT_HYPHENATED_NAME + SPLIT_HYPHENATED_NAME_NEAR)
def test_a_split_hyphenated_name_keeps_its_whole_source(nlp, text, expected):
    assert _sources(nlp, text) == expected


# A person whose title holds a medium's word ('press secretary', 'press officer') speaks in
# person: no channel; a medium itself keeps its own.
PRESS_TITLE = [
    (
        "The Pentagon's press secretary, Maj. Gen. Pat Ryder, said the drone was shot down.",
        [("said", None)],
    ),
    ("The Kremlin's press secretary said Putin had been informed.", [("said", None)]),
    ("A press officer for the army said two soldiers were wounded.", [("said", None)]),
    (
        "White House press secretary Karine Jean-Pierre said the president was briefed.",
        [("said", None)],
    ),
]

PRESS_TITLE_NEAR = [
    ("The local press reported that three people died.", [("reported", "newspaper")]),
    ("Press TV reported that the strike killed five people.", [("reported", "tv_radio")]),
    ("The Economist reported that the army lost 300 soldiers.", [("reported", "newspaper")]),
]


@pytest.mark.parametrize("text, expected", PRESS_TITLE + PRESS_TITLE_NEAR)
def test_a_press_title_is_a_person_not_a_medium(nlp, text, expected):
    assert _channels(nlp, text) == expected


# 'the attorney' after 'the suspect's lawyer' is the same lawyer, as 'the army' after 'the
# Israeli military': a nominal named again resolves to the first one's words.
LAWYER_AND_ATTORNEY = [
    (
        "The suspect's lawyer said his client was innocent. The attorney said he would appeal.",
        [("The suspect's lawyer", "suspect's lawyer"), ("The attorney", "suspect's lawyer")],
    ),
    (
        "A lawyer for the family said the police used excessive force. The attorney said a "
        "lawsuit would be filed.",
        [
            ("A lawyer for the family", "A lawyer for the family"),
            ("The attorney", "A lawyer for the family"),
        ],
    ),
    (
        "Smith's attorney said the shooting was self-defence. The lawyer said his client "
        "feared for his life.",
        [("Smith's attorney", "Smith's attorney"), ("The lawyer", "Smith's attorney")],
    ),
    (
        "The defence lawyer said the evidence was weak. The attorney said the trial should be "
        "moved.",
        [("The defence lawyer", "defence lawyer"), ("The attorney", "defence lawyer")],
    ),
]

LAWYER_AND_ATTORNEY_NEAR = [
    # an attorney general is an office, not the lawyers
    (
        "Lawyers said the case was political. The attorney general said the charges were "
        "justified.",
        [("Lawyers", None), ("The attorney general", None)],
    ),
    # 'another' brings in someone new
    (
        "The family's lawyer said the boy was unarmed. Another attorney said the video was clear.",
        [("The family's lawyer", None), ("Another attorney", None)],
    ),
]


@pytest.mark.parametrize("text, expected", LAWYER_AND_ATTORNEY + LAWYER_AND_ATTORNEY_NEAR)
def test_lawyer_and_attorney_name_one_speaker(nlp, text, expected):
    _check(nlp, text, expected)


# 'Special Agent in Charge Lisa Reyes': an agent is a person's title, and the person named
# after it speaks.
AGENT_TITLE = [
    (
        "Special Agent in Charge Lisa Reyes said the bureau was working with local police.",
        [("Special Agent in Charge Lisa Reyes", "Lisa Reyes")],
    ),
    (
        "FBI Special Agent in Charge Robert Wells said the suspect acted alone.",
        [("FBI Special Agent in Charge Robert Wells", "Robert Wells")],
    ),
    (
        "ATF Special Agent in Charge Mark Lee said the rifle was bought legally.",
        [("ATF Special Agent in Charge Mark Lee", "Mark Lee")],
    ),
    (
        "The FBI said the gunman acted alone. Special Agent in Charge Jeffrey Veltri said "
        "agents were searching his home.",
        [("The FBI", "FBI"), ("Special Agent in Charge Jeffrey Veltri", "Jeffrey Veltri")],
    ),
]

AGENT_TITLE_NEAR = [
    ("Agents said the suspect fled.", [("Agents", None)]),
    ("The agency said two agents were injured.", [("The agency", None)]),
    (
        "A federal agent said the weapons were bought in Texas. The agent said they were "
        "smuggled across the border.",
        [("A federal agent", "A federal agent"), ("The agent", "A federal agent")],
    ),
]


@pytest.mark.parametrize("text, expected", AGENT_TITLE + AGENT_TITLE_NEAR)
def test_an_agent_title_before_a_name(nlp, text, expected):
    _check(nlp, text, expected)


# 'The agency said' after a news agency spoke by name is that agency, as 'the newspaper' is
# the paper; a state body named since, or 'another agency', is someone else.
THE_AGENCY_AFTER_NEWS_AGENCY = [
    (
        "Interfax reported that 12 people were killed. The agency said 40 were injured.",
        [("Interfax", "Interfax"), ("The agency", "Interfax")],
    ),
    (
        "Russia's TASS said a drone hit a refinery. The agency said a fire broke out.",
        [("Russia's TASS", "TASS"), ("The agency", "TASS")],
    ),
    (
        "Reuters reported that the ship was hit by two missiles. The agency said the crew was "
        "evacuated.",
        [("Reuters", "Reuters"), ("The agency", "Reuters")],
    ),
    (
        "The Associated Press reported that three officers were shot. The agency, citing "
        "police, said one died.",
        [
            ("The Associated Press", "Associated Press"),
            ("police", None),
            ("The agency", "Associated Press"),
        ],
    ),
]

THE_AGENCY_AFTER_NEWS_AGENCY_NEAR = [
    (
        "Interfax reported that 12 people were killed. The health ministry said 40 were "
        "injured. The agency said rescuers were at the scene.",
        [("Interfax", "Interfax"), ("The health ministry", None), ("The agency", None)],
    ),
    (
        "Reuters reported that the ship was hit. Another agency said the crew was evacuated.",
        [("Reuters", "Reuters"), ("Another agency", None)],
    ),
    (
        "The World Health Organization said 12 hospitals were out of service. The agency said "
        "fuel was running out.",
        [
            ("The World Health Organization", "World Health Organization"),
            ("The agency", "World Health Organization"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text, expected", THE_AGENCY_AFTER_NEWS_AGENCY + THE_AGENCY_AFTER_NEWS_AGENCY_NEAR
)
def test_the_agency_after_a_news_agency(nlp, text, expected):
    _check(nlp, text, expected)
