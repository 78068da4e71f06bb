"""The attributions stage: hand-written sentences with every attribution they hold, the seed
article against its gold, the quotation finder, and a save-and-reload round trip.

Each case lists all the attributions the stage must find in its text, in the order of their
cues, as `Row`s: source, cue and content as written (content without quote marks or a leading
"that"), the channel and the relation to a parent. An empty list is a negative: words that look
like reported speech but make no claim (intentions, non-communicating subjects, conditions,
questions).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import pipeline
from pipeline.evaluation.matching import greedy_match
from pipeline.extract.attributions import quotations
from tests.conftest import process


class Row(NamedTuple):
    source: str | None
    cue: str | None
    content: str
    channel: str | None = None
    relation: str | None = None


CASES = [
    # indirect speech, with and without "that"
    (
        "Zelensky said that Russia had launched 40 drones overnight.",
        [Row("Zelensky", "said", "Russia had launched 40 drones overnight")],
    ),
    (
        "The governor of the Kharkiv region, Oleh Synehubov, said two people were injured.",
        [
            Row(
                "The governor of the Kharkiv region, Oleh Synehubov",
                "said",
                "two people were injured",
            )
        ],
    ),
    (
        "Moscow denied that its forces had targeted civilians.",
        [Row("Moscow", "denied", "its forces had targeted civilians")],
    ),
    (
        "Two people were injured, the regional governor said.",
        [Row("the regional governor", "said", "Two people were injured")],
    ),
    (
        "The mayor told reporters that the water supply had been restored.",
        [Row("The mayor", "told", "the water supply had been restored")],
    ),
    (
        "The army said it shot down 12 drones and added that the debris damaged a school.",
        [
            Row("The army", "said", "it shot down 12 drones"),
            Row("The army", "added", "the debris damaged a school"),
        ],
    ),
    # "according to", before and after its clause
    (
        "According to local officials, the bridge was destroyed overnight.",
        [Row("local officials", "According to", "the bridge was destroyed overnight")],
    ),
    (
        "The bridge was destroyed overnight, according to the regional administration.",
        [
            Row(
                "the regional administration",
                "according to",
                "The bridge was destroyed overnight",
            )
        ],
    ),
    # direct quotations before and after the cue, inverted, over several sentences
    (
        'The mayor said: "We will rebuild every house."',
        [Row("The mayor", "said", "We will rebuild every house.")],
    ),
    (
        '"We will rebuild every house," the mayor said.',
        [Row("the mayor", "said", "We will rebuild every house,")],
    ),
    (
        '"The strike hit a school," said Oleh Synehubov, the governor of Kharkiv.',
        [Row("Oleh Synehubov, the governor of Kharkiv", "said", "The strike hit a school,")],
    ),
    (
        "\u201cThe city was shelled all night. Nobody slept,\u201d a resident told AFP.",
        [Row("a resident", "told", "The city was shelled all night. Nobody slept,")],
    ),
    # a quotation the cue interrupts is one content
    (
        '"That," he added, "promises to make life harder for our children."',
        [Row("he", "added", 'That," he added, "promises to make life harder for our children.')],
    ),
    # a mixed quotation
    (
        'The minister said the strike was "a war crime" and demanded an inquiry.',
        [
            Row("The minister", "said", 'the strike was "a war crime"'),
            Row("The minister", "demanded", "an inquiry"),
        ],
    ),
    # a floating quotation continues the last speaker
    (
        'The mayor said the shelling had stopped. "We are counting the damage now."',
        [
            Row("The mayor", "said", "the shelling had stopped"),
            Row(None, None, "We are counting the damage now.", relation="floating"),
        ],
    ),
    # channels: a phrase on the cue, a message noun, a cue that names its medium
    (
        "Governor Vitaliy Kim wrote on Telegram that the port had been hit.",
        [Row("Governor Vitaliy Kim", "wrote", "the port had been hit", "telegram")],
    ),
    (
        "The ministry said in a statement that the talks had collapsed.",
        [Row("The ministry", "said", "the talks had collapsed", "statement")],
    ),
    (
        "The general told a press conference in Kyiv that the offensive had begun.",
        [Row("The general", "told", "the offensive had begun", "press_conference")],
    ),
    (
        "The general said at a press conference that the offensive had begun.",
        [Row("The general", "said", "the offensive had begun", "press_conference")],
    ),
    (
        "The president said in an interview with CNN that the war would end this year.",
        [Row("The president", "said", "the war would end this year", "interview")],
    ),
    (
        "The foreign minister tweeted that the embassy would reopen.",
        [Row("The foreign minister", "tweeted", "the embassy would reopen", "x_twitter")],
    ),
    # a source that is a medium; a news agency has no channel
    (
        "The Wall Street Journal reported that the allies were planning a summit.",
        [
            Row(
                "The Wall Street Journal",
                "reported",
                "the allies were planning a summit",
                "newspaper",
            )
        ],
    ),
    (
        "Russian state television reported that the dam had burst.",
        [Row("Russian state television", "reported", "the dam had burst", "tv_radio")],
    ),
    (
        "Reuters reported that the convoy had crossed the border.",
        [Row("Reuters", "reported", "the convoy had crossed the border")],
    ),
    # the channel carries over to the same source's next statement, not to another source's
    (
        "Zelensky said on Telegram that the attack killed three people. Zelensky added that "
        "rescuers were still working. The governor said the fire was out.",
        [
            Row("Zelensky", "said", "the attack killed three people", "telegram"),
            Row("Zelensky", "added", "rescuers were still working", "telegram"),
            Row("The governor", "said", "the fire was out"),
        ],
    ),
    # "X, citing Y": Y is the origin of X's claim
    (
        "The newspaper, citing two senior officials, said the talks would resume in May.",
        [
            Row(
                "two senior officials",
                "citing",
                "the talks would resume in May",
                relation="cited_origin",
            ),
            Row("The newspaper", "said", "the talks would resume in May", "newspaper"),
        ],
    ),
    # an attribution inside another's content; "as it said" of the same source
    (
        "The mayor said police believed the gunman had acted alone.",
        [
            Row("The mayor", "said", "police believed the gunman had acted alone"),
            Row("police", "believed", "the gunman had acted alone", relation="nested"),
        ],
    ),
    (
        "The Kremlin added that, as it said, the West left Russia with no other options.",
        [
            Row("The Kremlin", "added", "the West left Russia with no other options"),
            Row(
                "it",
                "said",
                "the West left Russia with no other options",
                relation="nested_reiteration",
            ),
        ],
    ),
    # attributions without a source: hearsay adverbs and agentless passives
    (
        "Five soldiers were reportedly killed near the border.",
        [Row(None, "reportedly", "Five soldiers were reportedly killed near the border")],
    ),
    (
        "At least 12 people were reported killed in the strike.",
        [Row(None, "reported", "At least 12 people were reported killed in the strike")],
    ),
    # evidential sources, with the channel inside the source
    (
        "Photos posted on social media showed smoke rising over the port.",
        [
            Row(
                "Photos posted on social media",
                "showed",
                "smoke rising over the port",
                "social_media",
            )
        ],
    ),
    (
        "Satellite images indicate that the airfield was badly damaged.",
        [Row("Satellite images", "indicate", "the airfield was badly damaged")],
    ),
    # speech acts whose content is a noun phrase
    (
        "Kyiv accused Moscow of shelling the nuclear plant.",
        [Row("Kyiv", "accused", "Moscow of shelling the nuclear plant")],
    ),
    (
        "The governor pointed to the damage at the railway station.",
        [Row("The governor", "pointed to", "the damage at the railway station")],
    ),
    (
        "Officials described the attack as deliberate.",
        [Row("Officials", "described", "the attack as deliberate")],
    ),
    # negation and modality stay in the cue
    (
        "The ministry did not confirm that the general had been killed.",
        [Row("The ministry", "did not confirm", "the general had been killed")],
    ),
    # "quoted as saying"; "As reported by X, ..."; "According to X, which cited Y, ..."
    (
        "The commander was quoted as saying that the town had fallen.",
        [Row("The commander", "quoted as saying", "the town had fallen")],
    ),
    (
        "As reported by the BBC, the ceasefire collapsed within hours.",
        [Row("the BBC", "reported", "the ceasefire collapsed within hours", "tv_radio")],
    ),
    (
        "According to Interfax, which cited a military source, the convoy was hit twice.",
        [
            Row("Interfax", "According to", "the convoy was hit twice"),
            Row("a military source", "cited", "the convoy was hit twice", relation="cited_origin"),
        ],
    ),
    # a verb and its noun, an adjective: reports in two words
    (
        "The president made it clear that the troops would stay.",
        [Row("The president", "made it clear", "the troops would stay")],
    ),
    (
        "The ministry issued a warning that more strikes were likely.",
        [Row("The ministry", "issued a warning", "more strikes were likely")],
    ),
    (
        "Engineers are confident that the dam will hold.",
        [Row("Engineers", "are confident", "the dam will hold")],
    ),
    # a cue ending in a colon over the next paragraph; mixed straight and curly marks
    (
        'The governor said:\n\n"We will rebuild every school in the region."',
        [Row("The governor", "said", "We will rebuild every school in the region.")],
    ),
    (
        '"The town is surrounded,\u201d said Oleh Synehubov, the regional governor.',
        [Row("Oleh Synehubov, the regional governor", "said", "The town is surrounded,")],
    ),
    # content before a comma that the parser took for a second subject of the cue
    (
        "Heavy losses on both sides, the governor said.",
        [Row("the governor", "said", "Heavy losses on both sides")],
    ),
    # transcript speaker labels: capitals and a colon opening two lines or more
    (
        "MODERATOR: Welcome back to the programme.\n\n"
        "OSMAN: The army has lost control of the capital.",
        [
            Row("MODERATOR", ":", "Welcome back to the programme."),
            Row("OSMAN", ":", "The army has lost control of the capital."),
        ],
    ),
    # verbs outside the lexicon heading a that-clause pass only on the cue model's word
    ("The new corridor ensures that civilians can leave the city.", []),
    ("The rules mean that aid trucks must wait at the border.", []),
    # naming: an object with a predicate is what was said, even an object that otherwise
    # makes the verb an act ("called a strike")
    (
        "Zelensky called the strike a war crime.",
        [Row("Zelensky", "called", "the strike a war crime")],
    ),
    ("The unions called a strike for Monday.", []),
    # a citing participle on a verb that reports nothing: the subject gave it as its grounds
    (
        "Russia withdrew its ambassador, citing security concerns.",
        [Row("Russia", "citing", "security concerns")],
    ),
    (
        "The airline suspended flights to Kyiv, citing the risk of missile strikes.",
        [Row("The airline", "citing", "the risk of missile strikes")],
    ),
    ("The storm closed the port, citing the danger to ships.", []),
    # noun cues whose speaker is a name before them, or a possessive parsed as a subject,
    # and a that-clause the parser took for a relative clause
    (
        "The Kremlin statement that the drone was shot down could not be verified.",
        [Row("Kremlin", "statement", "the drone was shot down")],
    ),
    (
        "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net "
        "loss in 1995.",
        [
            Row(
                "New York Times",
                "report",
                "Donald Trump had a net loss in 1995",
                "newspaper",
            )
        ],
    ),
    # negatives: a place before a noun cue is its topic, and a report of no one has no row
    ("A Ukraine report that the dam was destroyed spread quickly.", []),
    ("Reports that the dam was destroyed spread quickly.", []),
    # negatives: a one-off capitalised label is no speaker
    ("BREAKING: Two explosions were heard in the capital overnight.", []),
    # negatives: intentions with infinitives
    ("Ukraine's allies planned to hold a summit in July.", []),
    ("The two sides agreed to exchange prisoners next week.", []),
    ("The army wants to recapture the town before winter.", []),
    ("The city council decided to close all schools.", []),
    # negatives: subjects that cannot make a claim
    ("Sirens sounded across the city, warning of air strikes.", []),
    ("Russia proves once again that it is a terrorist state.", []),
    ("The explosion showed how fragile the power grid is.", []),
    ("Monday saw heavy fighting near Bakhmut.", []),
    # negatives: acts that are not reports
    ("The militants claimed responsibility for the bombing.", []),
    ("President Putin was briefed on the situation.", []),
    ("He did not explain how the weapons reached the front.", []),
    # negatives: conditions and questions
    ("If Moscow says the talks are over, Kyiv will respond.", []),
    ("Did the Kremlin confirm that the strike took place?", []),
    ("It is not clear how many civilians remain in the city.", []),
    ("Officials are unsure how many people were on board.", []),
    # negatives: no reporting at all
    ("Rescuers worked through the night to reach the trapped residents.", []),
]


def _rows(doc) -> list[Row]:
    text = doc.text

    def span(item, role):
        start, end = item[f"{role}_start"], item[f"{role}_end"]
        return None if start is None else text[start:end]

    ids = {a["id"]: a for a in doc._.news_attributions}
    rows = []
    for a in doc._.news_attributions:
        assert a["parent_id"] is None or a["parent_id"] in ids
        rows.append(
            Row(
                span(a, "source"),
                span(a, "cue"),
                text[a["content_start"] : a["content_end"]],
                a["channel"],
                a["relation_to_parent"],
            )
        )
    return rows


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_attributions_of_hand_written_sentences(nlp, text, expected):
    assert _rows(process(nlp, text)) == expected


def test_the_cases_cover_forms_and_negatives():
    negatives = [text for text, rows in CASES if not rows]
    assert len(CASES) >= 40
    assert len(negatives) * 4 >= len(CASES)


RESOLUTION_CASES = [
    (
        "Governor Vitaliy Kim said the port was hit. He added that two people were injured.",
        ["Vitaliy Kim", "Vitaliy Kim"],
        ["name", "pronoun"],
    ),
    (
        "Ukrainian commander Oleksandr Syrskyi said the front held. Syrskyi said the enemy "
        "suffered heavy losses.",
        ["Oleksandr Syrskyi", "Oleksandr Syrskyi"],
        ["name", "name"],
    ),
    ("Moscow denied the report.", ["Russian government"], ["name"]),
    (
        "The military administration in Kyiv said the air defence was active.",
        [None],
        ["nominal"],
    ),
    (
        "European diplomats said a summit was planned. Diplomats said it would be held in July.",
        ["European diplomats", "European diplomats"],
        ["nominal", "nominal"],
    ),
    (
        "The Wall Street Journal reported the plan on Sunday. According to the newspaper, "
        "leaders are divided.",
        ["The Wall Street Journal", "The Wall Street Journal"],
        ["name", "nominal"],
    ),
    # a surname alone, the tagger taking it for a plural noun
    (
        "Chief Superintendent Graciano Mijares said 20 people died. Mijares further claimed 90 "
        "civilians were wounded.",
        ["Graciano Mijares", "Graciano Mijares"],
        ["name", "name"],
    ),
    # a title inside the name span is not part of the name
    (
        'Survivor Syakrani, 24, asserted "The authorities should have closed the bridge."',
        ["Syakrani"],
        ["name"],
    ),
    # a definite title refers to the person given that title, not to a deputy
    (
        "Regional governor Boris Dubrovsky said the search was over. The governor also "
        "promised a payout to each family.",
        ["Boris Dubrovsky", "Boris Dubrovsky"],
        ["name", "nominal"],
    ),
    (
        "Deputy Governor Oleg Klimov said the gas leak caused the blast. The governor "
        "promised a payout to each family.",
        ["Oleg Klimov", None],
        ["name", "nominal"],
    ),
    # a sentence-initial common noun is a nominal, whatever the tagger says
    ("Reports said at least 116 people died.", [None], ["nominal"]),
    # a name written in lower case, named properly elsewhere
    (
        "The Emergencies Ministry said the building collapsed. Rescuers, according to the "
        "emergencies ministry, recovered ten survivors.",
        ["Emergencies Ministry", "Emergencies Ministry"],
        ["name", "nominal"],
    ),
    # 'who' after a comma, when the parser did not make it a relative clause
    (
        "The shooting began at 10:39 a.m., according to police, who said officers arrived six "
        "minutes later.",
        [None, "police"],
        ["nominal", "pronoun"],
    ),
    # a shortened title of a named paper
    (
        "The Daily Telegraph reported the arrest. According to The Telegraph, the man used a "
        "knife.",
        ["The Daily Telegraph", "The Daily Telegraph"],
        ["name", "name"],
    ),
    (
        "According to data from the Gun Violence Archive, the shooting followed four others "
        "that week.",
        ["Gun Violence Archive"],
        ["nominal"],
    ),
    # the author of a message a participle describes
    (
        "The task force released a statement saying an attack hit the base.",
        [None],
        ["nominal"],
    ),
]


@pytest.mark.parametrize(("text", "resolved", "types"), RESOLUTION_CASES)
def test_sources_resolve_to_names_in_the_article(nlp, text, resolved, types):
    items = process(nlp, text)._.news_attributions
    assert [a["source_resolved"] for a in items] == resolved
    assert [a["source_type"] for a in items] == types


def test_floating_quote_takes_its_speakers_name_and_channel(nlp):
    text = (
        'The governor said on Telegram that the shelling went on. "We are counting the damage now."'
    )
    said, floating = process(nlp, text)._.news_attributions
    assert floating["parent_id"] == said["id"]
    assert floating["cue_start"] is None and floating["source_start"] is None
    assert floating["source_type"] is None
    assert floating["channel"] == "telegram" and floating["channel_start"] is None


def test_channel_text_is_the_medium_phrase_without_the_cue(nlp):
    text = "Sirski said on his Telegram page that he would visit the front."
    [item] = process(nlp, text)._.news_attributions
    assert text[item["channel_start"] : item["channel_end"]] == "on his Telegram page"


CHANNEL_CASES = [
    # the medium the message was posted on; the delivering verb makes no row of its own
    (
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
        "attacks.",
        [("blaming", "Mike Pompeo", "x_twitter", "on Twitter")],
    ),
    (
        "The task force released a statement saying an attack hit the base.",
        [("saying", None, "statement", "a statement")],
    ),
    # what one comments on is the topic, not the medium, and 'Commenting on' is no cue
    (
        "Commenting on the radio communications, Captain Rochester said the situation was "
        "confusing.",
        [("said", "Rochester", None, None)],
    ),
    (
        "Speaking on state television, the minister said the front was holding.",
        [("said", None, "tv_radio", "on state television")],
    ),
    # a news agency that passed the words on
    (
        "The bus was going to a dance competition, according to the mayor of Yartsevo via news "
        "agency Interfax.",
        [("according to", None, "other", "via news agency Interfax")],
    ),
    # a news agency as source has no channel (the annotation guide)
    ("Interfax reported that the bridge was closed.", [("reported", "Interfax", None, None)]),
    # a televised statement is a statement, a televised address TV (ANNOTATION.md); a
    # broadcaster only on TV or by name
    (
        "The president said in a televised statement that the troops would stay.",
        [("said", None, "statement", "in a televised statement")],
    ),
    (
        "The president said in a televised address that the troops would stay.",
        [("said", None, "tv_radio", "in a televised address")],
    ),
    (
        "The president said on TV that the troops would stay.",
        [("said", None, "tv_radio", "on TV")],
    ),
    # a medium told is who heard it: a new occasion, so the earlier channel does not carry over
    (
        'Jane Hill said on CNN that the search would go on. She told the Daily Mail, "We are '
        'devastated."',
        [("said", "Jane Hill", "tv_radio", "on CNN"), ("told", "Jane Hill", None, None)],
    ),
    (
        "Jane Hill said on CNN that the search would go on. Hill told NPR that the family was "
        "devastated.",
        [("said", "Jane Hill", "tv_radio", "on CNN"), ("told", "Jane Hill", None, None)],
    ),
    (
        'Jane Hill said on CNN that the search would go on. She added, "We are devastated."',
        [("said", "Jane Hill", "tv_radio", "on CNN"), ("added", "Jane Hill", "tv_radio", None)],
    ),
    # a document of an organisation speaks for it, under its cluster's name
    (
        "The National Hurricane Center said the storm was weakening. The NHC advisory "
        "indicated the storm would turn north.",
        [
            ("said", "National Hurricane Center", None, None),
            ("indicated", "National Hurricane Center", "statement", None),
        ],
    ),
    (
        "The National Hurricane Center said in an advisory that the storm was weakening.",
        [("said", "National Hurricane Center", "statement", "in an advisory")],
    ),
    (
        "A UN report concluded that the camp was overcrowded.",
        [("concluded", "UN", None, None)],
    ),
    # "the ministry's statement" is the ministry's, when the article names it; else no one's
    (
        "The Interior Ministry said the talks had failed. The ministry's statement said the "
        "envoy had left.",
        [
            ("said", "Interior Ministry", None, None),
            ("said", "Interior Ministry", "statement", None),
        ],
    ),
    (
        "The ministry's statement said the envoy had left.",
        [("said", None, "statement", None)],
    ),
    # a medium phrase between a speech act's object and the phrase completing it says how
    # the act was made; a place there says nothing of it
    (
        'Chief Dana Ruiz described the suspect at a press briefing as "extremely dangerous."',
        [("described", "Dana Ruiz", "press_conference", "at a press briefing")],
    ),
    ('The mayor described the fire in Kharkiv as "a tragedy."', [("described", None, None, None)]),
    # a message whose own words name its platform is on that platform; an unnamed one is a
    # social media post
    (
        "A Facebook post by the sheriff's office said two deputies were hurt.",
        [("said", None, "facebook", None)],
    ),
    (
        "According to a Twitter post by the mayor, the bridge was closed.",
        [("According to", None, "x_twitter", None)],
    ),
    ("A post by the mayor said the bridge was closed.", [("said", None, "social_media", None)]),
    # newspapers: a known title, and a place's name closed by a newspaper's head word; a
    # person or an office of the same word is none
    (
        "Three men were arrested, according to Le Parisien.",
        [("according to", "Le Parisien", "newspaper", None)],
    ),
    (
        "The boy was charged with manslaughter, the Columbus Dispatch reported.",
        [("reported", "Columbus Dispatch", "newspaper", None)],
    ),
    ("A victims' advocate said the family was grieving.", [("said", None, None, None)]),
    (
        "The Kent County Medical Examiner said the man died of gunshot wounds.",
        [("said", "Kent County Medical Examiner", None, None)],
    ),
    # a cue that addresses hearers of its own (an appeal, a warning) is a new occasion: the
    # statement's channel does not go on through it
    (
        "The Interior Ministry said in a statement that two officers were hurt. It also urged "
        "residents to stay indoors.",
        [
            ("said", "Interior Ministry", "statement", "in a statement"),
            ("urged", "Interior Ministry", None, None),
        ],
    ),
    (
        "The embassy said in a statement that the roads were closed. It asked citizens not to "
        "travel.",
        [
            # (round 21: a body only 'It' refers back to, written once, resolves to null;
            # 'the embassy' is no body set apart, as 'the army' or 'Kenyan police' are)
            ("said", None, "statement", "in a statement"),
            ("asked", "The embassy", None, None),
        ],
    ),
    (
        "The governor said on Telegram that a drone hit a school. He also warned residents that "
        "more attacks were likely.",
        [
            ("said", None, "telegram", "on Telegram"),
            ("warned", "The governor", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANNEL_CASES)
def test_channels_and_resolution_of_message_participles(nlp, text, expected):
    items = process(nlp, text)._.news_attributions

    def span(item, role):
        start = item[f"{role}_start"]
        return None if start is None else text[start : item[f"{role}_end"]]

    got = [(span(a, "cue"), a["source_resolved"], a["channel"], span(a, "channel")) for a in items]
    assert got == expected


def test_a_verb_that_speaks_of_a_message_keeps_its_row_and_lends_no_source(nlp):
    # 'noted' reports on the reports; unlike 'posted' or 'released', it does not deliver them,
    # so its subject is not the author of what the reports allege.
    text = "Her lawyer noted published reports alleging that the money was missing."
    items = process(nlp, text)._.news_attributions
    cues = [text[a["cue_start"] : a["cue_end"]] for a in items]
    assert cues == ["noted", "alleging"]
    assert items[0]["source_start"] == 0
    assert items[1]["source_start"] != 0


QUOTE_CASES = [
    ('He said "yes" and left.', ["yes"]),
    ("\u201cWe will win,\u201d she said.", ["We will win,"]),
    ("It\u2019s the army\u2019s view, he said.", []),
    (
        "Headline: \u2018We Do Not Pay Candidates\u2019 says the network",
        ["We Do Not Pay Candidates"],
    ),
    (
        '"An unclosed quotation runs to the end of its paragraph\nNext paragraph.',
        ["An unclosed quotation runs to the end of its paragraph"],
    ),
    ("He said: ''It is over,'' and hung up.", ["It is over,"]),
    ('"Mixed marks pair,\u201d he said, "as typed."', ["Mixed marks pair,", "as typed."]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CASES)
def test_quotations_pair_marks_within_a_paragraph(text, expected):
    assert [text[q.start : q.end] for q in quotations(text)] == expected


def test_seed_attributions_match_the_gold_with_channel_and_resolution(nlp, seed_gold):
    doc = process(nlp, seed_gold["text"], seed_gold["published"])
    predicted = doc._.news_attributions
    gold = seed_gold["attributions"]

    def key(record):
        return (
            (record["cue_start"], record["cue_end"]),
            (record["content_start"], record["content_end"]),
        )

    pairs = greedy_match(gold, predicted, key)
    precision = len(pairs) / len(predicted)
    recall = len(pairs) / len(gold)
    assert 2 * precision * recall / (precision + recall) >= 0.9
    assert len(pairs) >= 21
    for g, p in ((gold[gi], predicted[pi]) for gi, pi in pairs):
        assert p["channel"] == g["channel"], g["cue_text"]
        expected = (g["source_resolved"] or "").lower().removeprefix("the ")
        assert (p["source_resolved"] or "").lower().removeprefix("the ") == expected
        assert p["relation_to_parent"] == g["relation_to_parent"]


def test_saved_pipeline_gives_the_same_attributions(nlp, tmp_path, seed_gold):
    nlp.to_disk(tmp_path / "saved")
    reloaded = pipeline.load(tmp_path / "saved")
    text = seed_gold["text"]
    before = process(nlp, text)._.news_attributions
    after = process(reloaded, text)._.news_attributions
    assert after == before
    assert len(before) >= 20


# -- war reports: channels, source resolution, cited origins ---------------------------------


class WarRow(NamedTuple):
    """One expected attribution with every field the war-report gold checks: `parent` is the
    index of the parent row in the same expected list."""

    source: str | None
    resolved: str | None
    cue: str | None
    content: str
    channel: str | None = None
    channel_text: str | None = None
    relation: str | None = None
    parent: int | None = None


# Written from the contract and corpus/ANNOTATION.md before running the stage. Where the
# contract is silent: "told state television" names a recipient, like "told AFP" (the contract's
# rule), so no channel; a message posted on a platform ("a video posted on Telegram") takes the
# platform, and a statement published on a website stays a statement (the more specific of the
# two); a ministry's daily update or bulletin is a statement; "vowed to retaliate" is an
# intention with an infinitive like "planned to hold" (no row), "vowed that" a report.
WAR_CASES = [
    # channels on the cue
    (
        "Ukrainian President Volodymyr Zelensky said in his nightly video address that Russia "
        "had fired 40 missiles.",
        [
            WarRow(
                "Ukrainian President Volodymyr Zelensky",
                "Volodymyr Zelensky",
                "said",
                "Russia had fired 40 missiles",
                "other",
                "in his nightly video address",
            )
        ],
    ),
    (
        "\u201cWe will not give up Bakhmut,\u201d Zelensky said in his nightly address.",
        [
            WarRow(
                "Zelensky",
                "Zelensky",
                "said",
                "We will not give up Bakhmut,",
                "other",
                "in his nightly address",
            )
        ],
    ),
    (
        "The head of the Kharkiv regional military administration, Oleh Syniehubov, wrote on "
        "Telegram that a 67-year-old woman was killed.",
        [
            WarRow(
                "The head of the Kharkiv regional military administration, Oleh Syniehubov",
                "Oleh Syniehubov",
                "wrote",
                "a 67-year-old woman was killed",
                "telegram",
                "on Telegram",
            )
        ],
    ),
    (
        "Prime Minister Benjamin Netanyahu said in a televised address that the war would "
        "continue.",
        [
            WarRow(
                "Prime Minister Benjamin Netanyahu",
                "Benjamin Netanyahu",
                "said",
                "the war would continue",
                "tv_radio",
                "in a televised address",
            )
        ],
    ),
    (
        "Foreign Minister Dmytro Kuleba said on X, formerly Twitter, that the strike was a war "
        "crime.",
        [
            WarRow(
                "Foreign Minister Dmytro Kuleba",
                "Dmytro Kuleba",
                "said",
                "the strike was a war crime",
                "x_twitter",
                "on X, formerly Twitter",
            )
        ],
    ),
    (
        "The regional administration posted on Facebook that power had been restored to 20,000 "
        "homes.",
        [
            WarRow(
                "The regional administration",
                None,
                "posted",
                "power had been restored to 20,000 homes",
                "facebook",
                "on Facebook",
            )
        ],
    ),
    (
        "Hamas said in a statement on its website that the strike killed 12 people.",
        [
            WarRow(
                "Hamas",
                "Hamas",
                "said",
                "the strike killed 12 people",
                "statement",
                "in a statement on its website",
            )
        ],
    ),
    (
        "Air force spokesman Yuriy Ihnat said at a briefing that Russia had used 30 Shahed drones.",
        [
            WarRow(
                "Air force spokesman Yuriy Ihnat",
                "Yuriy Ihnat",
                "said",
                "Russia had used 30 Shahed drones",
                "press_conference",
                "at a briefing",
            )
        ],
    ),
    (
        "In an interview with the BBC, Dmytro Kuleba said Ukraine would not cede territory.",
        [
            WarRow(
                "Dmytro Kuleba",
                "Dmytro Kuleba",
                "said",
                "Ukraine would not cede territory",
                "interview",
                "In an interview with the BBC",
            )
        ],
    ),
    (
        "Yevgeny Prigozhin said in a video posted on Telegram that his men were out of ammunition.",
        [
            WarRow(
                "Yevgeny Prigozhin",
                "Yevgeny Prigozhin",
                "said",
                "his men were out of ammunition",
                "telegram",
                "in a video posted on Telegram",
            )
        ],
    ),
    (
        "Britain's Ministry of Defence said in its daily intelligence update that Russia had "
        "moved more troops to the south.",
        [
            WarRow(
                "Britain's Ministry of Defence",
                "Ministry of Defence",
                "said",
                "Russia had moved more troops to the south",
                "statement",
                "in its daily intelligence update",
            )
        ],
    ),
    (
        "The Israeli army said on national television that two soldiers were wounded.",
        [
            WarRow(
                "The Israeli army",
                None,
                "said",
                "two soldiers were wounded",
                "tv_radio",
                "on national television",
            )
        ],
    ),
    # recipients are not channels
    (
        "Ukrainian officials told Reuters that the counteroffensive had begun.",
        [WarRow("Ukrainian officials", None, "told", "the counteroffensive had begun")],
    ),
    (
        "The governor told state television that the evacuation would continue.",
        [WarRow("The governor", None, "told", "the evacuation would continue")],
    ),
    # a medium as source: newspapers and broadcasters name their channel, agencies none
    (
        "Russian state media reported that the bridge had been closed to traffic.",
        [
            WarRow(
                "Russian state media",
                None,
                "reported",
                "the bridge had been closed to traffic",
                "other",
            )
        ],
    ),
    (
        "Iran's official news agency IRNA said the drone was shot down.",
        [WarRow("Iran's official news agency IRNA", "IRNA", "said", "the drone was shot down")],
    ),
    (
        "Haaretz reported that the army was preparing a ground operation. The newspaper said "
        "the cabinet would meet on Sunday.",
        [
            WarRow(
                "Haaretz",
                "Haaretz",
                "reported",
                "the army was preparing a ground operation",
                "newspaper",
            ),
            WarRow(
                "The newspaper",
                "Haaretz",
                "said",
                "the cabinet would meet on Sunday",
                "newspaper",
            ),
        ],
    ),
    (
        "According to the Kyiv Independent, the brigade withdrew from the village.",
        [
            WarRow(
                "the Kyiv Independent",
                "Kyiv Independent",
                "According to",
                "the brigade withdrew from the village",
                "newspaper",
            )
        ],
    ),
    # "X, citing Y", "X, quoting Y", "citing unnamed officials"
    (
        "Ukrainska Pravda, citing sources in the military, reported that the brigade had "
        "withdrawn.",
        [
            WarRow(
                "sources in the military",
                None,
                "citing",
                "the brigade had withdrawn",
                relation="cited_origin",
                parent=1,
            ),
            WarRow(
                "Ukrainska Pravda",
                "Ukrainska Pravda",
                "reported",
                "the brigade had withdrawn",
                "newspaper",
            ),
        ],
    ),
    (
        "The New York Times reported, citing unnamed US officials, that the drones were launched "
        "from Russia.",
        [
            WarRow(
                "The New York Times",
                "The New York Times",
                "reported",
                "the drones were launched from Russia",
                "newspaper",
            ),
            WarRow(
                "unnamed US officials",
                None,
                "citing",
                "the drones were launched from Russia",
                relation="cited_origin",
                parent=0,
            ),
        ],
    ),
    (
        "Al Jazeera, quoting medical sources, said 20 people were killed in the strike.",
        [
            WarRow(
                "medical sources",
                None,
                "quoting",
                "20 people were killed in the strike",
                relation="cited_origin",
                parent=1,
            ),
            WarRow(
                "Al Jazeera",
                "Al Jazeera",
                "said",
                "20 people were killed in the strike",
                "tv_radio",
            ),
        ],
    ),
    (
        "Russia's TASS news agency reported, citing the defence ministry, that the drone was "
        "downed over Crimea.",
        [
            WarRow(
                "Russia's TASS news agency",
                "TASS",
                "reported",
                "the drone was downed over Crimea",
            ),
            WarRow(
                "the defence ministry",
                None,
                "citing",
                "the drone was downed over Crimea",
                relation="cited_origin",
                parent=0,
            ),
        ],
    ),
    # "according to" with an apposed name; titles, surnames and pronouns across sentences
    (
        "Two people were killed in the shelling of Kherson, according to the regional governor, "
        "Oleksandr Prokudin.",
        [
            WarRow(
                "the regional governor, Oleksandr Prokudin",
                "Oleksandr Prokudin",
                "according to",
                "Two people were killed in the shelling of Kherson",
            )
        ],
    ),
    (
        "Regional governor Vitaliy Kim said a missile hit an apartment block in Mykolaiv. Kim "
        "said rescuers were searching the rubble.",
        [
            WarRow(
                "Regional governor Vitaliy Kim",
                "Vitaliy Kim",
                "said",
                "a missile hit an apartment block in Mykolaiv",
            ),
            WarRow("Kim", "Vitaliy Kim", "said", "rescuers were searching the rubble"),
        ],
    ),
    (
        "Mykolaiv Governor Vitaliy Kim said the attack began at dawn. He later wrote on Telegram "
        "that the port had been hit.",
        [
            WarRow(
                "Mykolaiv Governor Vitaliy Kim", "Vitaliy Kim", "said", "the attack began at dawn"
            ),
            WarRow(
                "He",
                "Vitaliy Kim",
                "wrote",
                "the port had been hit",
                "telegram",
                "on Telegram",
            ),
        ],
    ),
    (
        "Hamas said its fighters had fired rockets at Tel Aviv. It said the attack was a "
        "response to the raid.",
        [
            WarRow("Hamas", "Hamas", "said", "its fighters had fired rockets at Tel Aviv"),
            WarRow("It", "Hamas", "said", "the attack was a response to the raid"),
        ],
    ),
    # organisations; the channel of a statement carries over to the same source's next cue.
    # A name resolves to its entity cluster's canonical (the contract), which the entities
    # stage writes out for known acronyms.
    (
        "The IDF said in a statement that two soldiers were killed. The IDF added that the "
        "operation would continue.",
        [
            WarRow(
                "The IDF",
                "IDF",
                "said",
                "two soldiers were killed",
                "statement",
                "in a statement",
            ),
            WarRow(
                "The IDF",
                "IDF",
                "added",
                "the operation would continue",
                "statement",
            ),
        ],
    ),
    (
        "The Israeli military said it had struck more than 100 targets in Gaza overnight.",
        [
            WarRow(
                "The Israeli military",
                None,
                "said",
                "it had struck more than 100 targets in Gaza overnight",
            )
        ],
    ),
    # quotes after a colon, floating quotes with the speaker's channel
    (
        "Kim wrote on Telegram: \u201cThe city was attacked again tonight.\u201d",
        [
            WarRow(
                "Kim",
                "Kim",
                "wrote",
                "The city was attacked again tonight.",
                "telegram",
                "on Telegram",
            )
        ],
    ),
    (
        "Governor Oleh Syniehubov said on Telegram that two people were wounded. \u201cRescue "
        "work is ongoing.\u201d",
        [
            WarRow(
                "Governor Oleh Syniehubov",
                "Oleh Syniehubov",
                "said",
                "two people were wounded",
                "telegram",
                "on Telegram",
            ),
            WarRow(
                None,
                "Oleh Syniehubov",
                None,
                "Rescue work is ongoing.",
                "telegram",
                relation="floating",
                parent=0,
            ),
        ],
    ),
    # claims, denials, accusations, and a claim made without evidence
    (
        "Russia's defence ministry said, without providing evidence, that Ukraine had lost 300 "
        "soldiers.",
        [
            WarRow(
                "Russia's defence ministry",
                None,
                "said",
                "Ukraine had lost 300 soldiers",
            )
        ],
    ),
    (
        "Yevgeny Prigozhin claimed his fighters had captured the town.",
        [
            WarRow(
                "Yevgeny Prigozhin",
                "Yevgeny Prigozhin",
                "claimed",
                "his fighters had captured the town",
            )
        ],
    ),
    (
        "The Kremlin denied any involvement in the attack.",
        [WarRow("The Kremlin", "Kremlin", "denied", "any involvement in the attack")],
    ),
    (
        "Israel accused Hamas of using hospitals as command centres.",
        [WarRow("Israel", "Israel", "accused", "Hamas of using hospitals as command centres")],
    ),
    # no source: hearsay adverbs and agentless passives
    (
        "Russian forces reportedly shelled the village overnight.",
        [
            WarRow(
                None,
                None,
                "reportedly",
                "Russian forces reportedly shelled the village overnight",
            )
        ],
    ),
    (
        "Heavy fighting was reported near Avdiivka.",
        [WarRow(None, None, "reported", "Heavy fighting was reported near Avdiivka")],
    ),
    (
        "The soldiers allegedly executed two prisoners of war.",
        [
            WarRow(
                None,
                None,
                "allegedly",
                "The soldiers allegedly executed two prisoners of war",
            )
        ],
    ),
    # a vow, promise, pledge or threat with an infinitive tells what the source means to do,
    # as "planned to hold" does: no row (corpus/ANNOTATION.md; every annotator of our gold
    # left it out, though PolNeAR marks it); with a that-clause or a quotation it says what
    # will be, and is a row
    ("Iran vowed to retaliate for the strike.", []),
    ("The militants threatened to kill the hostages.", []),
    ("The government has promised to tighten weapons laws.", []),
    (
        "Iran vowed that it would retaliate for the strike.",
        [WarRow("Iran", "Iran", "vowed", "it would retaliate for the strike")],
    ),
    # a name after an inverted cue with its title in apposition; a recipient after 'told'
    (
        "\u201cWe are under constant fire,\u201d said Serhiy Lysak, head of the Dnipropetrovsk "
        "regional administration.",
        [
            WarRow(
                "Serhiy Lysak, head of the Dnipropetrovsk regional administration",
                "Serhiy Lysak",
                "said",
                "We are under constant fire,",
            )
        ],
    ),
    (
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow was open to talks.",
        [
            WarRow(
                "Kremlin spokesman Dmitry Peskov",
                "Dmitry Peskov",
                "told",
                "Moscow was open to talks",
            )
        ],
    ),
    (
        "Speaking to reporters in Kyiv, Zelensky said the counteroffensive was going well.",
        [WarRow("Zelensky", "Zelensky", "said", "the counteroffensive was going well")],
    ),
    (
        "Witnesses told the Associated Press that they heard several explosions.",
        [WarRow("Witnesses", None, "told", "they heard several explosions")],
    ),
    # channels written as a post, before the source, or as a published assessment
    (
        "Ukraine's military said in a Facebook post that it had destroyed an ammunition depot.",
        [
            WarRow(
                "Ukraine's military",
                None,
                "said",
                "it had destroyed an ammunition depot",
                "facebook",
                "in a Facebook post",
            )
        ],
    ),
    (
        "In a post on Telegram, the mayor of Odesa, Hennadiy Trukhanov, said the port had been "
        "hit.",
        [
            WarRow(
                "the mayor of Odesa, Hennadiy Trukhanov",
                "Hennadiy Trukhanov",
                "said",
                "the port had been hit",
                "telegram",
                "In a post on Telegram",
            )
        ],
    ),
    (
        "The Institute for the Study of War said in its latest assessment that Russian forces "
        "were regrouping.",
        [
            WarRow(
                "The Institute for the Study of War",
                "Institute for the Study of War",
                "said",
                "Russian forces were regrouping",
                "other",
                "in its latest assessment",
            )
        ],
    ),
    (
        "Hamas-run Al-Aqsa TV reported that the hospital had been hit.",
        [
            WarRow(
                "Hamas-run Al-Aqsa TV",
                "Al-Aqsa TV",
                "reported",
                "the hospital had been hit",
                "tv_radio",
            )
        ],
    ),
    # the author's aside on a figure is not part of what the source said
    (
        "The Palestinian health ministry in Gaza said 30 people were killed, a figure that could "
        "not be independently verified.",
        [
            WarRow(
                "The Palestinian health ministry in Gaza",
                None,
                "said",
                "30 people were killed",
            )
        ],
    ),
    (
        "Israel's military said it was investigating the report.",
        [WarRow("Israel's military", None, "said", "it was investigating the report")],
    ),
    (
        "The White House said on Thursday that it would send more air defence systems.",
        [
            WarRow(
                "The White House",
                "White House",
                "said",
                "it would send more air defence systems",
            )
        ],
    ),
    (
        "Zelensky's office said the president had met commanders in Kharkiv.",
        [WarRow("Zelensky's office", None, "said", "the president had met commanders in Kharkiv")],
    ),
    # a quoted sentence of the same speaker repeats the channel of the statement it continues
    (
        "The mayor, Ihor Terekhov, said on Telegram that the strike hit a residential area. "
        "\u201cThere are people under the rubble,\u201d he said.",
        [
            WarRow(
                "The mayor, Ihor Terekhov",
                "Ihor Terekhov",
                "said",
                "the strike hit a residential area",
                "telegram",
                "on Telegram",
            ),
            WarRow(
                "he",
                "Ihor Terekhov",
                "said",
                "There are people under the rubble,",
                "telegram",
            ),
        ],
    ),
    (
        "Gladkov said one person had been killed. Later, he said the death toll had risen to two.",
        [
            WarRow("Gladkov", "Gladkov", "said", "one person had been killed"),
            WarRow("he", "Gladkov", "said", "the death toll had risen to two"),
        ],
    ),
    (
        "Asked whether Ukraine would strike Crimea, Kuleba said the peninsula was Ukrainian.",
        [WarRow("Kuleba", "Kuleba", "said", "the peninsula was Ukrainian")],
    ),
    # a name in apposition after a fronted "according to" phrase is the source's
    (
        "According to the regional governor, Oleh Syniehubov, two people were killed.",
        [
            WarRow(
                "the regional governor, Oleh Syniehubov",
                "Oleh Syniehubov",
                "According to",
                "two people were killed",
            )
        ],
    ),
    (
        "According to police, John Smith, 45, was arrested.",
        [WarRow("police", None, "According to", "John Smith, 45, was arrested")],
    ),
    # a title refers back to the person given the same office under another word
    (
        "Mexico's Foreign Secretary Marcelo Ebrard said the government would act. The foreign "
        "minister said Mexico would consider charges.",
        [
            WarRow(
                "Mexico's Foreign Secretary Marcelo Ebrard",
                "Marcelo Ebrard",
                "said",
                "the government would act",
            ),
            WarRow(
                "The foreign minister", "Marcelo Ebrard", "said", "Mexico would consider charges"
            ),
        ],
    ),
    # negatives
    ("Peskov, the Kremlin spokesman, declined to comment.", []),
    ("Air raid sirens warned of a missile threat across Ukraine.", []),
    ("An air raid alert was declared in Kyiv and nine other regions.", []),
    ("The statement did not say how many soldiers were killed.", []),
    ("Explosions were heard in Odesa early on Sunday.", []),
    ("The strike on the port showed that Russia could still reach Odesa.", []),
    ("Drones attacked the city overnight for the third night in a row.", []),
    ("Moscow plans to hold referendums in the occupied regions.", []),
    ("Hamas agreed to release 50 hostages.", []),
    ("Zelensky will address the nation on Monday.", []),
    ("The shelling showed no sign of easing.", []),
]


def _war_rows(doc) -> list[WarRow]:
    text = doc.text

    def span(item, role):
        start, end = item[f"{role}_start"], item[f"{role}_end"]
        return None if start is None else text[start:end]

    items = doc._.news_attributions
    position = {a["id"]: n for n, a in enumerate(items)}
    return [
        WarRow(
            span(a, "source"),
            a["source_resolved"],
            span(a, "cue"),
            text[a["content_start"] : a["content_end"]],
            a["channel"],
            span(a, "channel"),
            a["relation_to_parent"],
            position.get(a["parent_id"]),
        )
        for a in items
    ]


def _normal_name(name: str | None) -> str | None:
    """Resolved names compare as the scorer does: case-insensitive, without a leading 'the'."""
    return None if name is None else name.lower().removeprefix("the ")


@pytest.mark.parametrize(("text", "expected"), WAR_CASES, ids=[c[0][:50] for c in WAR_CASES])
def test_war_report_attributions(nlp, text, expected):
    got = [r._replace(resolved=_normal_name(r.resolved)) for r in _war_rows(process(nlp, text))]
    assert got == [r._replace(resolved=_normal_name(r.resolved)) for r in expected]


# Verbs that report only in some frames (cues.json 'frames'): with a clause, a quotation or an
# object and its predicate they are cues; with a bare noun-phrase object they are an act, a
# perception or a finding. Naming participles and clause-only verbs with an infinitive are not
# cues either. Each false form has its true form beside it.
FRAME_CASES = [
    ("The governor declared a state of emergency on Monday.", []),
    ("The truce, which was declared in March, collapsed within days.", []),
    (
        "The ministry declared that the ceasefire had ended.",
        [Row("The ministry", "declared", "the ceasefire had ended")],
    ),
    (
        "The regional council declared the flooded district a disaster zone.",
        [Row("The regional council", "declared", "the flooded district a disaster zone")],
    ),
    ("Rescue workers are identifying the bodies of the victims.", []),
    ("Forty more suspects have been identified across Europe.", []),
    (
        "Officials identified the gunman as a 24-year-old local man.",
        [Row("Officials", "identified", "the gunman as a 24-year-old local man")],
    ),
    ("The town saw a similar flood in 2011.", []),
    ("The general was seen as a rival to the president.", []),
    (
        "Neighbours said they last saw the family on Friday.",
        [Row("Neighbours", "said", "they last saw the family on Friday")],
    ),
    (
        "Analysts see the offensive as a test of the new commander.",
        [Row("Analysts", "see", "the offensive as a test of the new commander")],
    ),
    ("A search of the house found two rifles.", []),
    ("The driver was found guilty of manslaughter.", []),
    (
        "The inquiry found that the pilots had ignored the warnings.",
        [Row("The inquiry", "found", "the pilots had ignored the warnings")],
    ),
    ("The registry does not list any such aircraft.", []),
    ("Two of the wounded were listed in serious condition.", []),
    ("Local officials referred to the attacker.", []),
    (
        'The army referred to the strike as "a precise operation".',
        [Row("The army", "referred to", 'the strike as "a precise operation"')],
    ),
    (
        'Police referred to the gunman as "a lone wolf."',
        [Row("Police", "referred to", 'the gunman as "a lone wolf."')],
    ),
    ("A rebel faction, called the Free Army, claimed responsibility for the attack.", []),
    (
        "The militia as well as another group, called the Islamic Front, claimed the attack.",
        [],
    ),
    (
        'The prosecutor said, "Children are safer because of this case […] We will continue to '
        'pursue such criminals on and off the darknet, to ensure they are punished."',
        [
            Row(
                "The prosecutor",
                "said",
                "Children are safer because of this case […] We will continue to pursue such "
                "criminals on and off the darknet, to ensure they are punished.",
            )
        ],
    ),
    (
        '"It was chaos," the witness continued.',
        [Row("the witness", "continued", "It was chaos,")],
    ),
    # The source of "according to X" stops at X: not the time it spoke, not the subject of the
    # clause that the parser hung on X; an agentless passive under it is X's report alone.
    (
        "According to the district attorney on Friday, the driver was identified as a local man.",
        [
            Row(
                "the district attorney",
                "According to",
                "the driver was identified as a local man",
            )
        ],
    ),
    (
        "According to Kyiv Independent, Monday's strike, at 4.1, was the deadliest this year.",
        [
            Row(
                "Kyiv Independent",
                "According to",
                "Monday's strike, at 4.1, was the deadliest this year",
                "newspaper",
            )
        ],
    ),
]


def test_a_participle_after_a_passive_reported_clause_speaks_for_the_reporter(nlp):
    text = (
        "The minister believes that the weapons were smuggled across the border, stating, "
        '"They came from outside."'
    )
    rows = [r for r in _war_rows(process(nlp, text)) if r.cue == "stating"]
    assert [(r.source, r.content) for r in rows] == [("The minister", "They came from outside.")]


def test_a_relative_pronoun_after_a_time_stands_for_the_object(nlp):
    # The account the clause quotes is the owner's medium (the contract's rule as the corpus
    # gold applies it: 'updated his Twitter account ..., which read' is the owner's row).
    text = 'The mayor updated his Facebook page on Sunday, which read, "Stay indoors tonight."'
    rows = [r for r in _war_rows(process(nlp, text)) if r.cue == "read"]
    assert [(r.source, r.resolved, r.content, r.channel) for r in rows] == [
        ("The mayor", None, "Stay indoors tonight.", "facebook")
    ]


# Forms found missing on PolNeAR's train split (round 8), each beside a near form that must stay
# out: a person named by age, whom the recogniser tags as a date; "call for X to Y", which the
# parser reads as an infinitive clause; a headline opening with a name the recogniser missed
# but the article gives elsewhere; a reporting participle after a reported clause.
RECALL_CASES = [
    (
        '"We have had better years than this one," the 58-year-old said.',
        [Row("the 58-year-old", "said", "We have had better years than this one,")],
    ),
    (
        "The 46-year-old said that the shelling had stopped.",
        [Row("The 46-year-old", "said", "the shelling had stopped")],
    ),
    ("Monday saw police searching the building.", []),
    (
        "The past 24 hours saw heavy shelling, the army said.",
        [Row("the army", "said", "The past 24 hours saw heavy shelling")],
    ),
    (
        "The mayor called for residents to stay indoors.",
        [Row("The mayor", "called for", "residents to stay indoors")],
    ),
    ("The residents waited for the buses to arrive.", []),
    ("The commander asked for reinforcements to arrive before dawn.", []),
    (
        "Sanders: Clinton email story has moved on.\n\n"
        "Senator Bernie Sanders spoke in Iowa on Monday.",
        [Row("Sanders", ":", "Clinton email story has moved on.")],
    ),
    (
        "Kharkiv: Russia fired 40 drones overnight.\n\n"
        "Ukraine's Oleh Synehubov said the city was hit.",
        [Row("Ukraine's Oleh Synehubov", "said", "the city was hit")],
    ),
    (
        "Navi Pillay stated that cluster bombs would lead to civilian casualties, whilst also "
        "calling for NATO forces to exercise caution.",
        [
            Row("Navi Pillay", "stated", "cluster bombs would lead to civilian casualties"),
            # the speaker going on after what was stated, not part of it: the corpus gold
            # (wikinews h) ends the content before 'whilst' and nests nothing
            Row("Navi Pillay", "calling for", "NATO forces to exercise caution"),
        ],
    ),
    (
        "Police said the gunman fled the scene, firing at officers.",
        [Row("Police", "said", "the gunman fled the scene, firing at officers")],
    ),
]


# Forms found missing on PolNeAR's train split (round 9), each beside a near form that must stay
# out: speech verbs in title-case headlines, which the tagger reads as names or nouns; noun
# cues with an owner and a topic; "the following statement:" with what follows the colon; the
# credit line of an embedded post and a pull quote credited on the next line.
HEADLINE_BODY = "\n\nThe summit opened in Vilnius on Monday."
ROUND9_CASES = [
    (
        "Putin Warns West Over Grain Deal" + HEADLINE_BODY,
        [Row("Putin", "Warns", "West Over Grain Deal")],
    ),
    (
        "Zelensky Tells Leaders Russia Must Pay." + HEADLINE_BODY,
        [Row("Zelensky", "Tells", "Leaders Russia Must Pay")],
    ),
    ("Peace Talks Resume In Istanbul" + HEADLINE_BODY, []),
    ("Police Reports Show Rise In Looting" + HEADLINE_BODY, []),
    ("Man Accused Of Killing Three In Kharkiv Shooting" + HEADLINE_BODY, []),
    ("Hamas Claims Responsibility For Attack" + HEADLINE_BODY, []),
    ("Kremlin Agrees To Talks With Kyiv" + HEADLINE_BODY, []),
    ("If Russia Says Yes, Talks Could Resume" + HEADLINE_BODY, []),
    (
        "The ministry's announcement of new strikes angered residents.",
        [Row("The ministry's", "announcement", "new strikes")],
    ),
    ("The ministry's announcement on Friday angered residents.", []),
    ("His comments on the attack drew criticism.", [Row("His", "comments", "the attack")]),
    ("Their fear of new strikes kept residents indoors.", []),
    (
        "In his statement on the shelling, Zelensky said the city would be rebuilt.",
        [Row("Zelensky", "said", "the city would be rebuilt", "statement")],
    ),
    (
        'The ministry released the following statement: "Our forces struck a depot in Kherson."',
        [
            Row(
                "The ministry",
                "released the following statement",
                "Our forces struck a depot in Kherson.",
                # the message noun of the cue names the channel (round 6)
                "statement",
            )
        ],
    ),
    (
        "The army issued the following statement:\n\n"
        "Two soldiers were killed and five were wounded near Bakhmut.",
        [
            Row(
                "The army",
                "issued the following statement",
                "Two soldiers were killed and five were wounded near Bakhmut.",
                "statement",
            )
        ],
    ),
    (
        'Earlier, the ministry made the following announcement: "Four drones were shot down." '
        "Since then, the army has reported more strikes.",
        [
            Row("the ministry", "made the following announcement", "Four drones were shot down."),
            Row("the army", "reported", "more strikes"),
        ],
    ),
    ("Police released the following description of the suspect: a tall man in a black jacket.", []),
    (
        "Residents fled the city.\n\n"
        "Russian troops shelled the centre of Kherson again tonight. Two people were killed. "
        "pic.twitter.com/Abc123 \u2014 Oleksandr Prokudin (@OProkudin) March 3, 2023",
        [
            Row(
                "Oleksandr Prokudin (@OProkudin)",
                None,
                "Russian troops shelled the centre of Kherson again tonight. Two people were "
                "killed.",
                "x_twitter",
            )
        ],
    ),
    (
        "We will rebuild every home in Kharkiv.\n\u2014 Volodymyr Zelensky (@ZelenskyyUa) June 4, "
        "2023",
        [
            Row(
                "Volodymyr Zelensky (@ZelenskyyUa)",
                None,
                "We will rebuild every home in Kharkiv.",
            )
        ],
    ),
    ("The match ended 2-1 - a result that surprised fans (@fans) who had expected more.", []),
    (
        '"We will not leave our city."\n- Ihor Terekhov, mayor of Kharkiv',
        [Row("Ihor Terekhov, mayor of Kharkiv", None, "We will not leave our city.")],
    ),
    ('"We will not leave our city."\n- The army shelled the port overnight.', []),
]


# Forms found wrong on PolNeAR's train split (round 10), each beside a near form: a time clause
# ("when ...") or a fronted subordinate clause is never what was said; a quotation the parser
# hung under the speaker, or on a verb inside the quotation, is the content of the cue after
# it; a long subject the parser broke at a participle or an adjective is still the source; a
# dash after a quotation followed by a clause is no credit; a section label before a colon is
# no speaker.
TRAIN_SPLIT_CASES = [
    (
        "\u201cVery good reporter, very good reporter this guy,\u201d Zelensky, the Ukrainian "
        "president, said when a journalist greeted him.",
        [
            Row(
                "Zelensky, the Ukrainian president",
                "said",
                "Very good reporter, very good reporter this guy,",
            )
        ],
    ),
    (
        "The governor said when the shelling stopped the town was empty.",
        [Row("The governor", "said", "when the shelling stopped the town was empty")],
    ),
    (
        '"We are ready," the commander added when reporters arrived at the base.',
        [Row("the commander", "added", "We are ready,")],
    ),
    (
        "The city is quiet because the shelling has stopped: The mayor said he would reopen "
        "schools.",
        [Row("The mayor", "said", "he would reopen schools")],
    ),
    (
        "Two soldiers were wounded, the ministry said.",
        [Row("the ministry", "said", "Two soldiers were wounded")],
    ),
    (
        "In a statement released shortly after the Kharkiv governor suspended the evacuation, "
        "Synehubov said the city would hold.",
        [Row("Synehubov", "said", "the city would hold", "statement")],
    ),
    (
        '"Let\'s just boil it down to the bare essentials," he continued.',
        [Row("he", "continued", "Let's just boil it down to the bare essentials,")],
    ),
    ("The army continued to shell the town.", []),
    (
        '"We will hold the line." Zelensky said.',
        [Row("Zelensky", "said", "We will hold the line.")],
    ),
    (
        '"We will hold the line." Zelensky said the army needed more shells.',
        [Row("Zelensky", "said", "the army needed more shells")],
    ),
    ('"We will hold the line." The mayor left.', []),
    (
        "\u201cNot us, but we cannot argue with it!\u201d Kovalenko, the head of the Kharkiv "
        "Defence Council, Tweeted on Friday.",
        [
            Row(
                "Kovalenko, the head of the Kharkiv Defence Council",
                "Tweeted",
                "Not us, but we cannot argue with it!",
                "x_twitter",
            )
        ],
    ),
    (
        "\u201cWe were tremendously wrong to not have confronted him from the beginning,\u201d "
        "Petrov, 58, told AFP in an interview in Kyiv on Monday.",
        [
            Row(
                "Petrov, 58",
                "told",
                "We were tremendously wrong to not have confronted him from the beginning,",
                "interview",
            )
        ],
    ),
    ('The station, known as "Radio Free Kherson," resumed broadcasts on Friday.', []),
    (
        "Multiple sources privy to the negotiations say the ministers have insisted on acting now.",
        [
            Row(
                "Multiple sources privy to the negotiations",
                "say",
                "the ministers have insisted on acting now",
            )
        ],
    ),
    ("Voters going to the polls on Sunday face long queues.", []),
    ('When the mayor finished - "We will rebuild!" - the crowd cheered.', []),
    (
        "EXCLUSIVE \u2013 Zelensky: We Will Not Cede Land" + HEADLINE_BODY,
        [Row("Zelensky", ":", "We Will Not Cede Land")],
    ),
    ("VIDEO: Russian Drones Hit Odesa Port" + HEADLINE_BODY, []),
    (
        "Five sailors were rescued while the rest are presumed dead.",
        [Row(None, "presumed", "the rest are presumed dead")],
    ),
    # "show" read as a noun after an evidential phrase; the noun "show" stays out
    (
        "Audit files from the defence ministry show that four accounts were opened in March.",
        [
            Row(
                "Audit files from the defence ministry",
                "show",
                "four accounts were opened in March",
            )
        ],
    ),
    (
        "Zaluzhny had not visited the front since May, personnel records compiled by the "
        "ministry show.",
        [
            Row(
                "personnel records compiled by the ministry",
                "show",
                "Zaluzhny had not visited the front since May",
            )
        ],
    ),
    ("The Kyiv air show was cancelled.", []),
    # a past cue read as a participle of the noun before it, with its that-clause; a clause
    # without a subject after a participle is no complement
    (
        "A Kyiv university poll found last week that most residents want a ceasefire.",
        [Row("A Kyiv university poll", "found", "most residents want a ceasefire")],
    ),
    ("Documents found last week in the archive were published.", []),
    ("Police were answering a call regarding an unconscious man.", []),
    (
        "The minister answered that the town had fallen.",
        [Row("The minister", "answered", "the town had fallen")],
    ),
    # the cue opens the line, the speaker follows it before a colon
    (
        "Added the mayor: \u201cWe will rebuild the school before winter.\u201d",
        [Row("the mayor", "Added", "We will rebuild the school before winter.")],
    ),
    ("Continued shelling: the town was hit again overnight.", []),
    # an as-clause cue with an object of its own reports that object, not the clause it is on
    (
        "Residents fled the city just as the army announced a new offensive.",
        [Row("the army", "announced", "a new offensive")],
    ),
    (
        "The mayor is rebuilding the school, as he urges families to return.",
        [Row("he", "urges", "families to return")],
    ),
    (
        "The town fell on Monday, as the army reported.",
        [Row("the army", "reported", "The town fell on Monday")],
    ),
    ("Reported by Reuters: the town fell after a week of fighting.", []),
]


def test_a_headline_source_resolves_past_a_name_run_over_the_cue(nlp):
    """The recogniser reads 'Putin Warns West Over Grain Deal' as one name; the source is the
    person the article names."""
    doc = process(
        nlp,
        "Putin Warns West Over Grain Deal\n\n"
        "Russian President Vladimir Putin met officials in Moscow on Monday.",
    )
    assert [a["source_resolved"] for a in doc._.news_attributions] == ["Vladimir Putin"]


# Round 11: forms from war and crisis reports no rule was tuned to. Each row: source, resolved,
# cue, content, quote type, channel, relation, parent (index in the same list). Written from
# the contract and corpus/ANNOTATION.md; each true form has a near false form beside it.
class FullRow(NamedTuple):
    source: str | None
    resolved: str | None
    cue: str | None
    content: str
    quote_type: str = "indirect"
    channel: str | None = None
    relation: str | None = None
    parent: int | None = None


CRISIS_REPORT_CASES = [
    # a nominal resolves to its own text only when the article names that group again
    (
        "Aides of the cleric say the ceasefire is still in force.",
        [FullRow("Aides of the cleric", None, "say", "the ceasefire is still in force")],
    ),
    (
        "Aides of the cleric say the ceasefire is still in force. The aides also said the "
        "talks would go on.",
        [
            FullRow(
                "Aides of the cleric",
                "Aides of the cleric",
                "say",
                "the ceasefire is still in force",
            ),
            FullRow("The aides", "Aides of the cleric", "said", "the talks would go on"),
        ],
    ),
    # 'other' sets a group apart, 'one' brings in someone new: neither refers back
    (
        "Other officials insisted that the army was not the target. Local officials said 75 "
        "people had been killed.",
        [
            FullRow("Other officials", None, "insisted", "the army was not the target"),
            FullRow("Local officials", None, "said", "75 people had been killed"),
        ],
    ),
    (
        "Local officials said 75 people had been killed. The officials added that the road "
        "was closed.",
        [
            FullRow("Local officials", "Local officials", "said", "75 people had been killed"),
            FullRow("The officials", "Local officials", "added", "the road was closed"),
        ],
    ),
    (
        "A local soldier said the bridge was closed. One soldier said his unit had surrendered.",
        [
            FullRow("A local soldier", None, "said", "the bridge was closed"),
            FullRow("One soldier", None, "said", "his unit had surrendered"),
        ],
    ),
    # a pronoun stands for someone who can speak, not for the helicopters of the sentence
    (
        "Army helicopters struck the town on Friday, which they say killed 10 militants.",
        # the relative pronoun stands before the cue: content starts after it (wikinews_d)
        [FullRow("they", None, "say", "killed 10 militants")],
    ),
    (
        "Army commanders launched the offensive on Friday, which they say killed 10 militants.",
        [FullRow("they", "Army commanders", "say", "killed 10 militants")],
    ),
    # an acronym the article defines resolves to the full name, also on a document noun
    (
        "The National Disaster Agency (NDA) confirmed ten deaths. According to the NDA, most "
        "of the dead were children.",
        [
            FullRow(
                "The National Disaster Agency (NDA)",
                "National Disaster Agency",
                "confirmed",
                "ten deaths",
            ),
            FullRow(
                "the NDA",
                "National Disaster Agency",
                "According to",
                "most of the dead were children",
            ),
        ],
    ),
    (
        "The National Disaster Agency (NDA) confirmed ten deaths. An NDA report said 30 houses "
        "were destroyed.",
        [
            FullRow(
                "The National Disaster Agency (NDA)",
                "National Disaster Agency",
                "confirmed",
                "ten deaths",
            ),
            FullRow(
                "An NDA report", "National Disaster Agency", "said", "30 houses were destroyed"
            ),
        ],
    ),
    (
        "According to the NDA, most of the dead were children.",
        [FullRow("the NDA", "NDA", "According to", "most of the dead were children")],
    ),
    # a medium as source: media and news sites are 'other', a named paper 'newspaper'
    (
        "Local media reported that most of the victims suffocated.",
        [
            FullRow(
                "Local media", None, "reported", "most of the victims suffocated", channel="other"
            )
        ],
    ),
    (
        "According to the Manila Bulletin, the quake was the strongest in years.",
        [
            FullRow(
                "the Manila Bulletin",
                "Manila Bulletin",
                "According to",
                "the quake was the strongest in years",
                channel="newspaper",
            )
        ],
    ),
    # a televised statement is a statement; state television is the broadcaster
    (
        "The president said in a televised statement that the curfew would be lifted.",
        [
            FullRow(
                "The president",
                None,
                "said",
                "the curfew would be lifted",
                channel="statement",
            )
        ],
    ),
    (
        "The president said on state television that the curfew would be lifted.",
        [
            FullRow(
                "The president",
                None,
                "said",
                "the curfew would be lifted",
                channel="tv_radio",
            )
        ],
    ),
    # no claim: a refusal to comment, a topic left out, nothing known or reported
    ("The military has not yet commented on the report.", []),
    (
        "The military commented that the report was inaccurate.",
        [FullRow("The military", None, "commented", "the report was inaccurate")],
    ),
    ("The minister did not mention the protests in his speech.", []),
    ("No cause was immediately known.", []),
    ("No claims of responsibility were reported.", []),
    (
        "The cause was believed to be a gas leak.",
        [FullRow(None, None, "believed", "The cause was believed to be a gas leak")],
    ),
    # 'referring to X' after a quotation glosses it; it reports nothing
    (
        '"They will pay for this," the governor said, referring to the rebels.',
        [FullRow("the governor", None, "said", "They will pay for this,", "direct")],
    ),
    # a group's voice inside a quotation is nested there, and indirect (rows in cue order)
    (
        '"We condemn the shelling of our villages," the governor said.',
        [
            FullRow(
                "We",
                "the governor",
                "condemn",
                "the shelling of our villages",
                "indirect",
                None,
                "nested",
                1,
            ),
            FullRow(
                "the governor",
                None,
                "said",
                "We condemn the shelling of our villages,",
                "direct",
            ),
        ],
    ),
    (
        '"We will not say more about the shelling," the governor said.',
        [
            FullRow(
                "the governor", None, "said", "We will not say more about the shelling,", "direct"
            )
        ],
    ),
    # a partial quotation after the object is a mixed content
    (
        'The minister called the attack "a cowardly act of terror."',
        [
            FullRow(
                "The minister", None, "called", 'the attack "a cowardly act of terror."', "mixed"
            )
        ],
    ),
    # a passive with its agent: the agent speaks, the subject is what was spoken of
    (
        "The decision was criticized by Ali Hassan, a member of parliament.",
        [FullRow("Ali Hassan, a member of parliament", "Ali Hassan", "criticized", "The decision")],
    ),
    # an order to someone is a speech act; ordering a thing done is an act
    (
        "The government ordered the militants to surrender their weapons.",
        [FullRow("The government", None, "ordered", "the militants to surrender their weapons")],
    ),
    ("The judge ordered an investigation into the fire.", []),
    # a report the narrator sets beside another ('despite X claiming', 'with X reporting') is
    # neither nested in it nor part of its content
    (
        "The committee says it found no trace of explosives, despite a news site claiming that "
        "the flat was a depot.",
        [
            FullRow("The committee", None, "says", "it found no trace of explosives"),
            FullRow("a news site", None, "claiming", "the flat was a depot", channel="other"),
        ],
    ),
    (
        "The driver told reporters that he lost control, with local media reporting that he "
        "was speeding.",
        [
            FullRow("The driver", None, "told", "he lost control"),
            FullRow("local media", None, "reporting", "he was speeding", channel="other"),
        ],
    ),
    # a clause that is part of what was said stays in the content
    (
        "The army said its troops fired while civilians fled the town.",
        [FullRow("The army", None, "said", "its troops fired while civilians fled the town")],
    ),
    # a belief the same source states is nested, not a reiteration ('as it said' is one); the
    # pronoun names the ministry again, so the nominal resolves to its own text
    (
        "The ministry said it believes the blast was caused by gas.",
        [
            FullRow(
                "The ministry", "The ministry", "said", "it believes the blast was caused by gas"
            ),
            FullRow(
                "it",
                "The ministry",
                "believes",
                "the blast was caused by gas",
                relation="nested",
                parent=0,
            ),
        ],
    ),
]


def _full_rows(doc) -> list[FullRow]:
    text = doc.text

    def span(item, role):
        start, end = item[f"{role}_start"], item[f"{role}_end"]
        return None if start is None else text[start:end]

    items = doc._.news_attributions
    position = {a["id"]: n for n, a in enumerate(items)}
    return [
        FullRow(
            span(a, "source"),
            _normal_name(a["source_resolved"]),
            span(a, "cue"),
            text[a["content_start"] : a["content_end"]],
            a["quote_type"],
            a["channel"],
            a["relation_to_parent"],
            position.get(a["parent_id"]),
        )
        for a in items
    ]


def test_floating_quote_with_a_nested_report_keeps_its_speaker(nlp):
    """A quotation with no cue of its own continues the last speaker even when a report of the
    quoted speaker's own lies inside it; 'we' there is that speaker."""
    text = (
        'The decision was criticized by Ali Hassan, a member of parliament. "We condemn the '
        'shelling," he said. "We say the war will not end through airstrikes on villages."'
    )
    items = process(nlp, text)._.news_attributions
    floating = [a for a in items if a["relation_to_parent"] == "floating"]
    assert len(floating) == 1
    say = next(a for a in items if text[a["cue_start"] or 0 : a["cue_end"] or 0] == "say")
    assert say["parent_id"] == floating[0]["id"] and say["relation_to_parent"] == "nested"
    assert say["source_resolved"] == "Ali Hassan"
    assert say["quote_type"] == "indirect"


# Round 12: forms from a batch of harm reports annotated blind to the stage. Each true form has
# a near false form beside it.
HARM_REPORT_CASES = [
    # a naming verb whose named thing is a relative pronoun or the noun a passive participle
    # hangs on: what was said of it is the "as" phrase
    (
        'Amman, who was described as "knife-obsessed" by the police, sent videos to a friend.',
        [FullRow("the police", None, "described", 'as "knife-obsessed"', "mixed")],
    ),
    (
        "The attack, which the police have now declared as terrorism-related, shocked the city.",
        [FullRow("the police", None, "declared", "as terrorism-related")],
    ),
    (
        "The week of mourning, described by Mende as a display of solidarity, began on Thursday.",
        [FullRow("Mende", "Mende", "described", "as a display of solidarity")],
    ),
    (
        # a proclaimed observance is a row of its own (round 16; the corpus gold, wikinews e)
        "Kabila declared a week of mourning, described by Mende as a display of solidarity.",
        [
            FullRow("Kabila", "Kabila", "declared", "a week of mourning"),
            FullRow("Mende", "Mende", "described", "as a display of solidarity"),
        ],
    ),
    (
        "The mourning, described as a display of solidarity, began on Thursday.",
        [],
    ),
    # a perception verb with an "as" phrase is a view, not a report
    ("People are worried about what they see as a loss of control.", []),
    # ... but the object of an active naming verb is part of what was said
    (
        "The police described the attacker as a loner.",
        [FullRow("The police", None, "described", "the attacker as a loner")],
    ),
    # 'we' in a spokesperson's quotation is the body spoken for, which then counts as named
    # again; in anyone else's it is the speaker
    (
        'The ministry said the boat capsized. A spokesman for the ministry, Ali Khan, said: "We '
        'confirm that 20 people died."',
        [
            FullRow("The ministry", "The ministry", "said", "the boat capsized"),
            FullRow(
                "A spokesman for the ministry, Ali Khan",
                "Ali Khan",
                "said",
                "We confirm that 20 people died.",
                "direct",
            ),
            FullRow("We", "The ministry", "confirm", "20 people died", relation="nested", parent=1),
        ],
    ),
    (
        'Ali Khan, a member of parliament, said: "We confirm that 20 people died."',
        [
            FullRow(
                "Ali Khan, a member of parliament",
                "Ali Khan",
                "said",
                "We confirm that 20 people died.",
                "direct",
            ),
            FullRow("We", "Ali Khan", "confirm", "20 people died", relation="nested", parent=0),
        ],
    ),
    # a given name the recogniser left out between a title and the surname is part of the name
    (
        "Police Senior Superintendent Yolanda Yu Hoi-kwan said the officers were threatened.",
        [
            FullRow(
                "Police Senior Superintendent Yolanda Yu Hoi-kwan",
                "Yolanda Yu Hoi-kwan",
                "said",
                "the officers were threatened",
            )
        ],
    ),
    (
        "Police Superintendent Yu Hoi-kwan said the officers were threatened.",
        [
            FullRow(
                "Police Superintendent Yu Hoi-kwan",
                "Yu Hoi-kwan",
                "said",
                "the officers were threatened",
            )
        ],
    ),
    # recorded material from a named origin is that origin's; 'the recording' names it
    # again, 'a second recording' is another
    (
        "Footage from the City University Student Union showed protesters throwing things. "
        "The recording showed an officer surrounded by protesters.",
        [
            FullRow(
                "Footage from the City University Student Union",
                "City University Student Union",
                "showed",
                "protesters throwing things",
            ),
            FullRow(
                "The recording",
                "City University Student Union",
                "showed",
                "an officer surrounded by protesters",
            ),
        ],
    ),
    (
        "Footage from the City University Student Union showed protesters throwing things. "
        "A second recording showed an officer surrounded by protesters.",
        [
            FullRow(
                "Footage from the City University Student Union",
                "City University Student Union",
                "showed",
                "protesters throwing things",
            ),
            FullRow("A second recording", None, "showed", "an officer surrounded by protesters"),
        ],
    ),
    # a that-less complement after a channel and a date, the cue misread as a participle
    (
        "The city's security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday there "
        "were suspects in custody.",
        [
            FullRow(
                "The city's security chief, Abdullah al-Jahafi",
                "Abdullah al-Jahafi",
                "announced",
                "there were suspects in custody",
                channel="facebook",
            )
        ],
    ),
    ("The statement released on Facebook on Tuesday was read on television.", []),
    # common knowledge and evidence in the narrator's voice make no claim
    ("The waterway is known to be dangerous when the weather is rough.", []),
    ("It is apparent from his messages that the plot had been planned for a year.", []),
    # a forecast with no one holding it (round 20: the fitted gold leaves five of six out)
    ("The accord is expected to be ratified next month.", []),
    (
        "The rebels are believed to have withdrawn from the town.",
        [
            FullRow(
                None,
                None,
                "believed",
                "The rebels are believed to have withdrawn from the town",
            )
        ],
    ),
]


#: Forms from the crisis and harm reports, scored with channel, resolution and parent.
# Round 12: how a later source names a speaker again, from probes written in the style of wire
# and war reports before any run. Each true form sits beside a near false form.
REFERENCE_CASES = [
    # 'the latter' / 'the former': the second / first of the two speakers named just before
    (
        "Police chief Ahmed Farah met the interior minister, Hassan Ali, on Monday. The latter "
        "told journalists that the curfew would be lifted.",
        [FullRow("The latter", "Hassan Ali", "told", "the curfew would be lifted")],
    ),
    (
        "Army spokesman Col. John Mensah and police commissioner Grace Owusu visited the site. "
        "The former said the blast was caused by a gas leak.",
        [FullRow("The former", "John Mensah", "said", "the blast was caused by a gas leak")],
    ),
    # a name the recogniser missed after a title is still one of the two
    (
        "The envoy met President Ruto on Sunday. The latter said the talks were useful.",
        [FullRow("The latter", "Ruto", "said", "the talks were useful")],
    ),
    # near-false: one candidate (a date is none) makes no pair
    (
        "Rescuers reached the village on Sunday. The latter said the road was blocked.",
        [FullRow("The latter", None, "said", "the road was blocked")],
    ),
    # another head noun for the same group, with a definite article
    (
        "Health authorities in Gaza said 34 people died in the strike. The officials said most "
        "of the dead were women and children.",
        [
            FullRow(
                "Health authorities in Gaza",
                "Health authorities in Gaza",
                "said",
                "34 people died in the strike",
            ),
            FullRow(
                "The officials",
                "Health authorities in Gaza",
                "said",
                "most of the dead were women and children",
            ),
        ],
    ),
    # near-false: another country's officials are another group
    (
        "Russian authorities said the fire was an accident. Ukrainian officials said it was arson.",
        [
            FullRow("Russian authorities", None, "said", "the fire was an accident"),
            FullRow("Ukrainian officials", None, "said", "it was arson"),
        ],
    ),
    # a place word on a bare group named before: the same force
    (
        "Police said three suspects were arrested. County police said the men were aged "
        "between 19 and 24.",
        [
            FullRow("Police", "Police", "said", "three suspects were arrested"),
            FullRow("County police", "Police", "said", "the men were aged between 19 and 24"),
        ],
    ),
    # near-false: the earlier group was placed already, elsewhere
    (
        "State police said the road was closed. County police said it would reopen on Monday.",
        [
            FullRow("State police", None, "said", "the road was closed"),
            FullRow("County police", None, "said", "it would reopen on Monday"),
        ],
    ),
    # 'the militants' after a group named as a speaker
    (
        "Al-Shabaab said its fighters stormed the base. The militants said 20 soldiers died.",
        [
            FullRow("Al-Shabaab", "Al-Shabaab", "said", "its fighters stormed the base"),
            FullRow("The militants", "Al-Shabaab", "said", "20 soldiers died"),
        ],
    ),
    # near-false: a state body is never 'the attackers'
    (
        "The Interior Ministry said four police officers were killed. The attackers said the "
        "raid was revenge.",
        [
            FullRow(
                "The Interior Ministry",
                "Interior Ministry",
                "said",
                "four police officers were killed",
            ),
            FullRow("The attackers", None, "said", "the raid was revenge"),
        ],
    ),
    # a document named again speaks for whoever issued it
    (
        "Kenyan President William Ruto issued a statement on Sunday. The statement read: "
        '"The nation mourns its sons."',
        [
            FullRow(
                "The statement",
                "William Ruto",
                "read",
                "The nation mourns its sons.",
                "direct",
                "statement",
            )
        ],
    ),
    # near-false: a letter received was not written by its receiver
    (
        "The envoy received a letter on Sunday. The letter said the border would stay closed.",
        [FullRow("The letter", None, "said", "the border would stay closed", channel="other")],
    ),
    # a named source described with the later noun ('news agency ... The agency')
    (
        "The state news agency WAFA said the raid began before dawn. The agency said a "
        "16-year-old was among the dead.",
        [
            FullRow("The state news agency WAFA", "WAFA", "said", "the raid began before dawn"),
            FullRow("The agency", "WAFA", "said", "a 16-year-old was among the dead"),
        ],
    ),
    # a message quoted by a relative clause: its author is the source, its medium the channel
    (
        "The aid worker Maria Lopez posted a final message on her Twitter account, which read: "
        '"Heavy shelling all night, no water."',
        [
            FullRow(
                "The aid worker Maria Lopez",
                "Maria Lopez",
                "read",
                "Heavy shelling all night, no water.",
                "direct",
                "x_twitter",
            )
        ],
    ),
    # near-false: a report only studied has no author here; the clause stays its own
    (
        "Officials studied a report which said the dam was weak.",
        [FullRow("which", "a report", "said", "the dam was weak")],
    ),
    # a post by a pronoun: the person it stands for wrote it; a 'post' is no newspaper
    (
        'Army chief Valerii Zaluzhnyi posted on Facebook. One post by him read: "The enemy is '
        'exhausted."',
        [
            FullRow(
                "One post by him",
                "Valerii Zaluzhnyi",
                "read",
                "The enemy is exhausted.",
                "direct",
                "social_media",
            )
        ],
    ),
    # a message to staff is a statement; a message on a platform is that platform
    (
        "The company's chief executive, Sarah Jones, said in a message to employees that the "
        "plant would close for a week.",
        [
            FullRow(
                "The company's chief executive, Sarah Jones",
                "Sarah Jones",
                "said",
                "the plant would close for a week",
                channel="statement",
            )
        ],
    ),
    (
        "The chief executive said in a message on Telegram that the plant would close.",
        [FullRow("The chief executive", None, "said", "the plant would close", channel="telegram")],
    ),
]


REFERENCE_CASES += [
    # near-false for the placed group: a force with a name of its own is not the bare one
    (
        "Police said two men were held. Baltimore County police said the men were charged.",
        [
            FullRow("Police", None, "said", "two men were held"),
            FullRow("Baltimore County police", None, "said", "the men were charged"),
        ],
    ),
    # near-false for a described name: a modifier of a title ('defense attorney') is no noun
    # the name was described by
    (
        "The defense attorney Mark Lee said the video was unclear. The defense claims the "
        "officer fired first.",
        [
            FullRow("The defense attorney Mark Lee", "Mark Lee", "said", "the video was unclear"),
            FullRow("The defense", None, "claims", "the officer fired first"),
        ],
    ),
    # a name before an apposition whose closing comma is left out: the person speaks
    (
        'Nadia Farah, a local teacher said: "We could not sleep."',
        [
            FullRow(
                "Nadia Farah, a local teacher",
                "Nadia Farah",
                "said",
                "We could not sleep.",
                "direct",
            )
        ],
    ),
    (
        'In Kharkiv, a local teacher said: "We could not sleep."',
        [FullRow("a local teacher", None, "said", "We could not sleep.", "direct")],
    ),
    # an account updated on a day, 'which read': the owner speaks through the account
    (
        'The journalist last updated her Facebook page on Monday, which read, "Shelling again '
        'tonight."',
        [FullRow("The journalist", None, "read", "Shelling again tonight.", "direct", "facebook")],
    ),
    ("The reporter visited the town on Monday, which was quiet.", []),
    # claiming an attack is claiming responsibility, no report; the statement is the group's
    (
        "Islamic Jihad claimed the attack in a statement it posted online. The statement said "
        "two fighters died.",
        [
            FullRow(
                "The statement", "Islamic Jihad", "said", "two fighters died", channel="statement"
            )
        ],
    ),
    (
        "The army claimed the strike killed 40 fighters.",
        [FullRow("The army", None, "claimed", "the strike killed 40 fighters")],
    ),
    # a people's adjective and a place are no party to 'the former'
    (
        "Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara. The "
        "former said Moscow was ready for talks.",
        [FullRow("The former", "Sergei Lavrov", "said", "Moscow was ready for talks")],
    ),
    # a body that issued a document, named as the text names it; not a passer-by
    (
        "The UN human rights office issued a report on Friday. The report said at least 10,000 "
        "civilians had been killed.",
        [
            FullRow(
                "The report",
                "UN human rights office",
                "said",
                "at least 10,000 civilians had been killed",
            )
        ],
    ),
    (
        "A man issued a statement. The statement said he was innocent.",
        [FullRow("The statement", None, "said", "he was innocent", channel="statement")],
    ),
]


def test_reference_cases_hold_near_negatives():
    resolved_to_none = sum(1 for _, rows in REFERENCE_CASES for r in rows if r.resolved is None)
    assert sum(1 for _, rows in REFERENCE_CASES if not rows) >= 1 and resolved_to_none >= 8


# Forms counted by frequency over a sample of wire news nobody tuned on, each beside a near
# form that must not change: typewriter quotes (`` ... ''), a quotation continued after a
# source with stops inside it ("said Gen. X, commander of the Y Corps."), and a channel phrase
# the parser hangs on the object of a speech act ("condemned the attack in a statement").
AUDIT_CASES = [
    (
        "``The bridge is gone and the road is cut,'' the mayor said.",
        [Row("the mayor", "said", "The bridge is gone and the road is cut,")],
    ),
    (
        "The mayor said the bridge was gone. ``We have no way out,'' he said in a statement.",
        [
            Row("The mayor", "said", "the bridge was gone"),
            Row("he", "said", "We have no way out,", "statement"),
        ],
    ),
    # a quoted name inside an indirect report stays part of the content
    (
        "The ministry said the ``humanitarian corridor'' had been closed.",
        [Row("The ministry", "said", "the ``humanitarian corridor'' had been closed")],
    ),
    (
        '"We will hold the line," said Gen. Oleg Marchenko, commander of the Eastern Corps. '
        '"Nobody is leaving the town tonight."',
        [
            Row(
                "Gen. Oleg Marchenko, commander of the Eastern Corps",
                "said",
                "We will hold the line,",
            ),
            Row(None, None, "Nobody is leaving the town tonight.", None, "floating"),
        ],
    ),
    # a sentence of narrative between the cue and the next quotation ends the speaker's turn
    (
        '"We will hold the line," said Gen. Oleg Marchenko. Shelling resumed at dawn. '
        'Residents fled west. "Nobody is leaving the town tonight."',
        [Row("Gen. Oleg Marchenko", "said", "We will hold the line,")],
    ),
    (
        "The foreign ministry condemned the shelling in a statement.",
        [Row("The foreign ministry", "condemned", "the shelling", "statement")],
    ),
    (
        "The governor lashed out at the defence minister on Telegram.",
        [Row("The governor", "lashed out", "the defence minister", "telegram")],
    ),
    # a medium inside a clause belongs to that clause, not to the cue
    (
        "The governor said the rebels had hidden the weapons in a newspaper office.",
        [Row("The governor", "said", "the rebels had hidden the weapons in a newspaper office")],
    ),
    # a channel phrase that is not at the end of the object is no channel of the cue
    (
        "The minister denied the claims made on state television by the rebels.",
        [Row("The minister", "denied", "the claims made on state television by the rebels")],
    ),
]


NAME_CASES = [
    # a role word the recogniser took into a name, and an employer after it
    ("Columnist Maria Lopez said the curfew would be lifted.", "Maria Lopez"),
    ("Tom Becker of The Guardian reported that the border was closed.", "Tom Becker"),
    # a body named with "of" keeps it
    ("The Bank of England said the rate would not change.", "Bank of England"),
    # a given name after "Mayor of PLACE" is the person's
    ('"Stay indoors tonight," tweeted Mayor of Kyiv Vitali Klitschko.', "Vitali Klitschko"),
    # honours after a name are no part of it; "Jr." is
    ("Judge Durham Hall QC said the sentence was fair.", "Durham Hall"),
    ("Prosecutor Kama Melly QC said the defendant had lied.", "Kama Melly"),
    ("Martin Luther King Jr. said the march would go on.", "Martin Luther King Jr."),
    # ... and so is one set off by a comma, which the recogniser leaves out
    ("Sheriff Dale Burton, Jr., said the deputy was hurt.", "Dale Burton, Jr."),
    ("Chief Ray Collins, Sr., said two men were arrested.", "Ray Collins, Sr."),
    # a person 'of' a body speaks for himself, though the parser hangs him on the body's name
    ("Dana Cole of Neighbors Together said the curfew had failed.", "Dana Cole"),
    ("Jerome Price of Pastors United said the shootings must end.", "Jerome Price"),
    ("Malik Stone of Mothers United said the families needed answers.", "Malik Stone"),
    # an employer written before the person, and a hyphened given name that is no role word
    (
        "Hong Kong director of Amnesty International Man-kei Tam said the law was vague.",
        "Man-kei Tam",
    ),
    # ... the organisation speaking alone keeps its name
    ("Amnesty International said the law was vague.", "Amnesty International"),
    ("The Friends of the Earth group said the spill was huge.", "Friends of the Earth"),
]


@pytest.mark.parametrize(("text", "resolved"), NAME_CASES)
def test_names_resolve_without_roles_and_employers(nlp, text, resolved):
    [item] = process(nlp, text)._.news_attributions
    assert _normal_name(item["source_resolved"]) == _normal_name(resolved)


QUESTION_CASES = [
    # a question put to someone by an unnamed asker claims nothing
    ("The general was asked whether more troops would be sent to the front.", []),
    ("The minister was also asked about the curfew in the capital.", []),
    # near forms: the asker named, or a request with what was asked
    (
        "The mayor asked whether the army would help.",
        [Row("The mayor", "asked", "whether the army would help")],
    ),
    (
        "Residents were asked to leave the town, the governor said.",
        [
            Row(None, "asked", "to leave the town", None, "nested"),
            Row("the governor", "said", "Residents were asked to leave the town"),
        ],
    ),
]


REFERENT_CASES = [
    # 'they' after a clause about victims stands for the speakers before, not the victims
    # (round 21: the group only 'they' refers back to is written once: null)
    (
        "Police officials said the bridge was hit. Dozens of people were still missing, "
        "and more bodies were found, they said.",
        [None, "police officials"],
    ),
    # near form: a body that acts in the clause is the one that speaks
    ("State prosecutors charged the suspect with murder, they said.", ["state prosecutors"]),
    # a group is not the one member named before, nor another group of the same noun
    (
        "One senior official said the talks had failed. Officials said the border was closed.",
        [None, None],
    ),
    (
        "Japanese nuclear safety officials said the leak was small. Fire officials in the "
        "city said three people were rescued.",
        [None, None],
    ),
    # near form: the same group named again without new words
    (
        "European diplomats said the talks had failed. Diplomats said the border was closed.",
        ["european diplomats", "european diplomats"],
    ),
]


@pytest.mark.parametrize(("text", "resolved"), REFERENT_CASES)
def test_groups_and_pronouns_refer_to_the_speakers_before(nlp, text, resolved):
    items = process(nlp, text)._.news_attributions
    assert [_normal_name(a["source_resolved"]) for a in items] == resolved


LATER_CASES = [
    # the agent of a passive report is its source, also before an infinitive
    (
        "Two soldiers were reported by local media to have died in the blast.",
        [
            Row(
                "local media",
                "reported",
                "Two soldiers were reported by local media to have died in the blast",
                "other",
            )
        ],
    ),
    # near form: no agent, no source
    (
        "Two soldiers were reported to have died in the blast.",
        [Row(None, "reported", "Two soldiers were reported to have died in the blast")],
    ),
    # a stance summed up in the perfect does not repeat the medium of the statement before
    (
        "The governor wrote on Telegram that the dam had been hit. The governor has blamed "
        "the army for the flooding.",
        [
            Row("The governor", "wrote", "the dam had been hit", "telegram"),
            Row("The governor", "blamed", "the army for the flooding"),
        ],
    ),
    # near form: the same statement goes on in the simple past and keeps the medium
    (
        "The governor wrote on Telegram that the dam had been hit. The governor added that "
        "the water was rising.",
        [
            Row("The governor", "wrote", "the dam had been hit", "telegram"),
            Row("The governor", "added", "the water was rising", "telegram"),
        ],
    ),
    # a person is no medium, whatever the role word before the name
    (
        "Broadcaster Anna Kovacs said the shelling had stopped.",
        [Row("Broadcaster Anna Kovacs", "said", "the shelling had stopped")],
    ),
    (
        "The broadcaster said the shelling had stopped.",
        [Row("The broadcaster", "said", "the shelling had stopped", "tv_radio")],
    ),
]


# -- resolution by the article's own names: pronouns after a new subject, bare institution
# nominals to the body the article names, titles and surnames, the organisation written about.
# Each row: (source as written, source_resolved compared as the scorer does).

BODY_AND_PERSON_CASES = [
    # 'she' after a person brought in as a main-clause subject is that person ...
    (
        "Police Chief Tom Ward said the shooter fled on foot. Anna Kowalski, 34, was treated "
        "at a hospital for a leg wound. She said the gunman fired twice.",
        [("Police Chief Tom Ward", "tom ward"), ("She", "anna kowalski")],
    ),
    (
        "Mayor Tom Barrett said the city needed help. Desmond Barnes goes to church across "
        'the street.\n\n"It\'s very sad," he says.',
        [("Mayor Tom Barrett", "tom barrett"), ("he", "desmond barnes")],
    ),
    # ... not a person inside what the speaker reported, nor one named only as an object
    (
        "Police Chief Tom Ward said Anna Kowalski, 34, was treated at a hospital for a leg "
        "wound. He said the gunman fired twice.",
        [("Police Chief Tom Ward", "tom ward"), ("He", "tom ward")],
    ),
    (
        "Police Chief Tom Ward said the shooter fled on foot. Officers found Anna Kowalski at "
        "the scene. He said the gunman fired twice.",
        [("Police Chief Tom Ward", "tom ward"), ("He", "tom ward")],
    ),
    (
        "According to analyst Hazem Nuaimi, Sadr is a thorn in the side of other groups. "
        '"There is a need to limit them," he said.',
        [("analyst Hazem Nuaimi", "hazem nuaimi"), ("he", "hazem nuaimi")],
    ),
    # bare 'police' is the police body the article names, before or after it
    (
        "The Dayton Police Department is investigating the shooting. Police said the gunman "
        "fled in a gold SUV.",
        [("Police", "dayton police department")],
    ),
    (
        "Police said the gunman fled on foot, and the Dayton Police Department is searching "
        "for him.",
        [("Police", "dayton police department")],
    ),
    # its fullest name, the nominal's own place word among the name's words
    (
        "Monroe police said the boy was shot in the arm. Lt. Keith Brown of the Monroe Police "
        "Department said he would recover.",
        [
            ("Monroe police", "monroe police department"),
            ("Lt. Keith Brown of the Monroe Police Department", "keith brown"),
        ],
    ),
    (
        "Deputies from the Knox County Sheriff's Office arrived at noon. The sheriff's office "
        "said the gunman fled.",
        [("The sheriff's office", "knox county sheriff's office")],
    ),
    # near forms: no body named, another kind of body, a group set apart by its place
    ("Police said the gunman fled on foot.", [("Police", None)]),
    (
        "The Dayton Police Department closed the road. The sheriff's office said the gunman fled.",
        [("The sheriff's office", None)],
    ),
    (
        "Police in Dayton said the gunman fled. Troopers from the Ohio State Highway Patrol "
        "closed the road.",
        [("Police in Dayton", None)],
    ),
    # no body of its own: one the police belong to, a name cut from a title, a generic
    # 'State Police', two bodies named only later
    (
        "Police said the gunman fled. The Fraternal Order of Police held a vigil.",
        [("Police", None)],
    ),
    (
        "Fort Myers Interim Police Chief Dennis Eads visited the scene. Police said the "
        "gunman fled.",
        [("Police", None)],
    ),
    (
        "Police said the gun was sent to the State Police laboratory for tests.",
        [("Police", None)],
    ),
    (
        "Police said the gunman fled. The Longview Police Department and the Tyler Police "
        "Department joined the search.",
        [("Police", None)],
    ),
    # a name after a group in a fronted 'according to' phrase is the clause's subject
    (
        "According to troopers, Zack Marlow, 23, shot the woman in the driveway.",
        [("troopers", None)],
    ),
    # a time word the parser hung on the noun is not the source
    ("Earlier police said the man had been shot twice.", [("police", None)]),
    # titles before a name, and a title with the surname alone
    (
        "Sheriff Larry Smith of Smith County said the victim was 19. Sheriff Smith said the "
        "shooting was not random.",
        [
            ("Sheriff Larry Smith of Smith County", "larry smith"),
            ("Sheriff Smith", "larry smith"),
        ],
    ),
    (
        "Detective Karen Adams said a warrant was issued. Detective Adams said the suspect was "
        "armed.",
        [("Detective Karen Adams", "karen adams"), ("Detective Adams", "karen adams")],
    ),
    (
        "Pendleton High School Principal Brian Couch told parents that classes would resume.",
        [("Pendleton High School Principal Brian Couch", "brian couch")],
    ),
    # near form: a title word inside a name is part of it
    ("Yuen Man Boronski said she heard five shots.", [("Yuen Man Boronski", "yuen man boronski")]),
    # 'the company' is the organisation written about; not an indefinite or plural one
    (
        "Hadson Corp. lost $5 million in the quarter. The company said the charge would be "
        "$4 million.",
        [("The company", "hadson corp.")],
    ),
    ("A company said the charge would be large.", [("A company", None)]),
    # a group of one nation is part of a joint group before, not that group named again
    (
        "U.S. and Kuwaiti officials said the talks had failed. U.S. officials said the border "
        "was closed. U.S. officials added that troops were ready.",
        [
            ("U.S. and Kuwaiti officials", None),
            ("U.S. officials", "u.s. officials"),
            ("U.S. officials", "u.s. officials"),
        ],
    ),
    (
        "Kuwaiti officials said the talks had failed. Kuwaiti officials added that troops were "
        "ready.",
        [("Kuwaiti officials", "kuwaiti officials"), ("Kuwaiti officials", "kuwaiti officials")],
    ),
    (
        "Shares of Hadson Corp. and Kellogg Co. fell. The companies said the charges would be "
        "large.",
        [("The companies", None)],
    ),
    # an upper-case name that spells a pronoun is the name ('The US', not "us")
    (
        "The United States condemned the attack. The US said it would send aid.",
        [("The United States", "united states"), ("The US", "united states")],
    ),
    # a surname of several words is the person named in full before
    (
        "Defence Minister Ignazio La Russa announced the plan. La Russa said the advisers "
        "would not fight.",
        [
            ("Defence Minister Ignazio La Russa", "ignazio la russa"),
            ("La Russa", "ignazio la russa"),
        ],
    ),
    # near form: a two-word name that only shares the last word is someone else
    (
        "Defence Minister Ignazio La Russa announced the plan. Maria Russa said the advisers "
        "would not fight.",
        [("Defence Minister Ignazio La Russa", "ignazio la russa"), ("Maria Russa", "maria russa")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), BODY_AND_PERSON_CASES, ids=[c[0][:50] for c in BODY_AND_PERSON_CASES]
)
def test_sources_resolve_to_the_bodies_and_people_the_article_names(nlp, text, expected):
    doc = process(nlp, text)
    got = [
        (doc.text[a["source_start"] : a["source_end"]], _normal_name(a["source_resolved"]))
        for a in doc._.news_attributions
        if a["source_start"] is not None
    ]
    assert got == expected


# Round 3: syntactic forms the parser misreads. Each true form sits next to a near-false one.
SYNTAX_CASES = [
    # a second cue coordinated with the first: its own row, the shared source, its own content
    (
        "The senator found the air strike justified and called Trump's order swift, forceful "
        "and lawful.",
        [
            Row("The senator", "found", "the air strike justified"),
            Row("The senator", "called", "Trump's order swift, forceful and lawful"),
        ],
    ),
    (
        "The ministry denied the claim and accused the rebels of shelling the town.",
        [
            Row("The ministry", "denied", "the claim"),
            Row("The ministry", "accused", "the rebels of shelling the town"),
        ],
    ),
    # near-false: a verb coordinated inside the content is the content's, not a second cue
    (
        "The mayor said the soldiers entered the town and seized the bridge.",
        [Row("The mayor", "said", "the soldiers entered the town and seized the bridge")],
    ),
    # a participial adjunct cue: the main clause's subject is its source, its own complement
    # its content; the main clause is never its content
    (
        "The government called the strikes defensive, pointing to the shelling of Kharkiv.",
        [
            Row("The government", "called", "the strikes defensive"),
            Row("The government", "pointing to", "the shelling of Kharkiv"),
        ],
    ),
    (
        "The army said four soldiers died, adding that nine were wounded.",
        [
            Row("The army", "said", "four soldiers died"),
            Row("The army", "adding", "nine were wounded"),
        ],
    ),
    # near-false: a participle that reports nothing takes no row
    ("The rebels left the village, heading north.", []),
    (
        "The governor said the river rose overnight, flooding the lower town.",
        [Row("The governor", "said", "the river rose overnight, flooding the lower town")],
    ),
    # "quoted as saying" with a quotation before it and the agency after it
    (
        '"We will not retreat," the commander was quoted as saying by the Interfax agency.',
        [Row("the commander", "quoted as saying", "We will not retreat,")],
    ),
    (
        '"The border is closed," he was quoted as saying.',
        [Row("he", "quoted as saying", "The border is closed,")],
    ),
    # a cue opening its sentence before the speaker and a quotation
    (
        'Replied the minister, "Our forces hold the city."',
        [Row("the minister", "Replied", "Our forces hold the city.")],
    ),
    # near-false: no quotation after the comma
    ("Said to be ill, the minister stayed home.", []),
    # police sense of "wanted": nothing said
    ("A second man is wanted for questioning in the killing.", []),
    (
        "Police said a second man is wanted for questioning.",
        [Row("Police", "said", "a second man is wanted for questioning")],
    ),
    # a participle on a noun is not a report of its own words; on a message noun it reports
    # that message
    (
        "The shelling was deliberate, a claim repeated by several aid groups.",
        [Row("several aid groups", "repeated", "a claim")],
    ),
    ("Volunteers collected a reward offered earlier by the council.", []),
    # a mid-sentence "according to": the clause before it is the content
    (
        "Three people were hurt, according to the fire service, none of them badly.",
        [Row("the fire service", "according to", "Three people were hurt")],
    ),
    # near-false: with the clause's verb after the phrase, the clause stays whole
    (
        "The convoy, according to witnesses, was hit twice.",
        [Row("witnesses", "according to", "The convoy, according to witnesses, was hit twice")],
    ),
    # a subject the parser split from its apposition
    (
        "TEPCO, the operator of the plant, has said that the leak was stopped.",
        [Row("TEPCO, the operator of the plant", "said", "the leak was stopped")],
    ),
    # near-false: a date before the subject is no part of it
    (
        "Monday, the spokesman, a former colonel, said the talks had stalled.",
        [Row("the spokesman, a former colonel", "said", "the talks had stalled")],
    ),
]


#: Every table of (sentence, rows) above shares one test: each sentence's rows, a near
#: negative's none.
NEAR_NEGATIVE_CASES = [
    *FRAME_CASES,
    *RECALL_CASES,
    *ROUND9_CASES,
    *TRAIN_SPLIT_CASES,
    *AUDIT_CASES,
    *QUESTION_CASES,
    *LATER_CASES,
    *SYNTAX_CASES,
]


@pytest.mark.parametrize(
    ("text", "expected"), NEAR_NEGATIVE_CASES, ids=[c[0][:50] for c in NEAR_NEGATIVE_CASES]
)
def test_cue_forms_beside_their_near_negatives(nlp, text, expected):
    assert _rows(process(nlp, text)) == expected


def test_an_opening_cue_is_not_part_of_the_speakers_name(nlp):
    doc = process(nlp, 'Replied Jones, "We will never surrender."')
    assert [a["source_resolved"] for a in doc._.news_attributions] == ["Jones"]


# Round 2 of the war-report batch: the kind of outlet, false rows, rows the parser hides and
# who "it" is after a statement. Each true form sits next to a near-false one.
OUTLET_AND_FORM_CASES = [
    # a broadcaster's own name says what it is, over a paper word in it ('Press')
    (
        "Iran's Press TV reported that two drones had been shot down over Isfahan.",
        [
            FullRow(
                "Iran's Press TV",
                "press tv",
                "reported",
                "two drones had been shot down over Isfahan",
                channel="tv_radio",
            )
        ],
    ),
    (
        "Radio Svoboda reported that the checkpoint was shelled overnight.",
        [
            FullRow(
                "Radio Svoboda",
                "radio svoboda",
                "reported",
                "the checkpoint was shelled overnight",
                channel="tv_radio",
            )
        ],
    ),
    # a website named as one
    (
        "KyivOnline reported that three civilians were wounded in the strike.",
        [
            FullRow(
                "KyivOnline",
                "kyivonline",
                "reported",
                "three civilians were wounded in the strike",
                channel="other",
            )
        ],
    ),
    # a paper word alone does not make a newspaper ...
    (
        "The Aviation Herald reported that the transport plane lost an engine.",
        [
            FullRow(
                "The Aviation Herald",
                "aviation herald",
                "reported",
                "the transport plane lost an engine",
                channel="other",
            )
        ],
    ),
    # ... the text saying so does, and so does a known paper
    (
        "The Donbas Herald, a weekly newspaper, reported that the mine was flooded.",
        [
            FullRow(
                "The Donbas Herald, a weekly newspaper",
                "donbas herald",
                "reported",
                "the mine was flooded",
                channel="newspaper",
            )
        ],
    ),
    (
        "The Lakeside News Herald reported that the mine was flooded.",
        [
            FullRow(
                "The Lakeside News Herald",
                "lakeside news herald",
                "reported",
                "the mine was flooded",
                channel="newspaper",
            )
        ],
    ),
    (
        "The Age reported that the Australian soldier had been killed in Uruzgan.",
        [
            FullRow(
                "The Age",
                "age",
                "reported",
                "the Australian soldier had been killed in Uruzgan",
                channel="newspaper",
            )
        ],
    ),
    # a platform a medium's name opens with is its channel, not 'channel' as television
    (
        "The pro-Russian Telegram channel Rybar said the village had fallen.",
        [
            FullRow(
                "The pro-Russian Telegram channel Rybar",
                "rybar",
                "said",
                "the village had fallen",
                channel="telegram",
            )
        ],
    ),
    # a paper spoken to is a recipient, an interview with it a channel
    (
        "The general said in remarks to The Washington Post that the brigade had withdrawn.",
        [FullRow("The general", None, "said", "the brigade had withdrawn")],
    ),
    (
        "The general said in an interview with The Washington Post that the brigade had withdrawn.",
        [FullRow("The general", None, "said", "the brigade had withdrawn", channel="interview")],
    ),
    # summoned, pronounced, pleaded: no report
    ("Firefighters were called to the building shortly after 3 a.m.", []),
    (
        "The mayor called the strike a war crime.",
        [FullRow("The mayor", None, "called", "the strike a war crime")],
    ),
    (
        "The driver was pronounced dead at the scene, police said.",
        [FullRow("police", None, "said", "The driver was pronounced dead at the scene")],
    ),
    ("Fields made an arrangement with prosecutors to plead guilty to the charges.", []),
    # what someone is urged to report is an act asked for, not a report
    (
        "Officials urged residents to report any drones they see.",
        [FullRow("Officials", None, "urged", "residents to report any drones they see")],
    ),
    # a photo posted showing something is the row, with the medium it was posted on
    (
        "The ministry posted a photo on Telegram showing the wreckage of the helicopter.",
        [FullRow("a photo", None, "showing", "the wreckage of the helicopter", channel="telegram")],
    ),
    (
        "The ministry posted on Telegram that the helicopter was shot down.",
        [
            FullRow(
                "The ministry",
                None,
                "posted",
                "the helicopter was shot down",
                channel="telegram",
            )
        ],
    ),
    # a content clause read as a relative clause on the recipient ...
    (
        "His daughter reported to the police he had left home four hours earlier.",
        [FullRow("His daughter", None, "reported", "he had left home four hours earlier")],
    ),
    # ... but not a real relative clause, whose object is missing
    ("He reported to the commander he trusted.", []),
    # a report inside a 'with' phrase, whose clause the parser hung on the main verb
    (
        "The shelling stopped at dawn, with local media reporting no-one was hurt.",
        [FullRow("local media", None, "reporting", "no-one was hurt", channel="other")],
    ),
    # 'it' after a released statement is the statement: its issuer, its channel
    (
        'The army released a statement on Sunday. It read, "Our forces repelled the attack."',
        [
            FullRow(
                "It",
                "army",
                "read",
                "Our forces repelled the attack.",
                quote_type="direct",
                channel="statement",
            )
        ],
    ),
    # a speaker's wish to state something states it; a past wish does not
    (
        '"We would like to state that no civilians were harmed," the spokesman said.',
        [
            FullRow(
                "We",
                "spokesman",
                "state",
                "no civilians were harmed",
                relation="nested",
                parent=1,
            ),
            FullRow(
                "the spokesman",
                None,
                "said",
                "We would like to state that no civilians were harmed,",
                quote_type="direct",
            ),
        ],
    ),
    ("He wanted to say that he was sorry, but he left.", []),
    # 'X cited Y as stating Z': Y's own cue is 'stating'; 'quoted as saying' stays one cue
    (
        "The Aviation Herald reported the crash. It cited the air force as stating that the "
        "plane belonged to a cargo firm.",
        [
            FullRow(
                "The Aviation Herald", "aviation herald", "reported", "the crash", channel="other"
            ),
            FullRow(
                "It",
                "aviation herald",
                "cited",
                "the plane belonged to a cargo firm",
                channel="other",
            ),
            FullRow(
                "the air force",
                None,
                "stating",
                "the plane belonged to a cargo firm",
                relation="cited_origin",
                parent=1,
            ),
        ],
    ),
    ("The commander was called to Moscow for talks.", []),
    # what a statement read out or posted said, not the participle that says how it went out
    (
        "The ministry said in a statement read out on state television that the strikes hit "
        "military targets.",
        [
            FullRow(
                "The ministry",
                None,
                "said",
                "the strikes hit military targets",
                channel="statement",
            )
        ],
    ),
    (
        "The general said he was pleased that the town held.",
        [FullRow("The general", None, "said", "he was pleased that the town held")],
    ),
]


# Round 7: classes of construction from war reporting, each in a true form and a near-false
# form (a sentence that looks alike and must not give the same rows).
CONSTRUCTION_CASES = [
    # a conjunction before a coordinated source is not part of it
    (
        "Drone footage showed a column of tanks near the bridge, and radar data indicate the "
        "convoy turned north.",
        [
            FullRow("Drone footage", None, "showed", "a column of tanks near the bridge"),
            FullRow("radar data", None, "indicate", "the convoy turned north"),
        ],
    ),
    # a speech verb as the infinitive of a plan, wish or refusal says nothing yet
    (
        "The ministry spokesman declined to comment, but the army said two soldiers died.",
        [FullRow("the army", None, "said", "two soldiers died")],
    ),
    ("The council plans to ask donors for more funds at a meeting in Geneva.", []),
    # near-false: after "continued to" the speech act has happened
    (
        "The council continued to insist that the funds had been spent.",
        [FullRow("The council", None, "insist", "the funds had been spent")],
    ),
    # a question put to a speaker (passive participle, with or without its asker) claims nothing
    (
        "Asked by journalists whether the ceasefire would hold, the minister said talks were "
        "continuing.",
        [FullRow("the minister", None, "said", "talks were continuing")],
    ),
    # an owned medium named again by a definite noun speaks for its owner, with its channel
    (
        "The 47th Brigade said in a Telegram post that it had destroyed two tanks. The post "
        "said no soldiers were hurt.",
        [
            FullRow(
                "The 47th Brigade",
                "47th Brigade",
                "said",
                "it had destroyed two tanks",
                channel="telegram",
            ),
            FullRow(
                "The post", "47th Brigade", "said", "no soldiers were hurt", channel="telegram"
            ),
        ],
    ),
    (
        "The governor said on his Telegram channel that schools would close. A video on the "
        "channel showed firefighters were still searching the rubble.",
        [
            FullRow("The governor", "governor", "said", "schools would close", channel="telegram"),
            FullRow(
                "A video on the channel",
                "governor",
                "showed",
                "firefighters were still searching the rubble",
                channel="telegram",
            ),
        ],
    ),
    # near-false: an indefinite statement of another body is not the first one again
    (
        "The regional police said in a statement that three people were detained. A statement "
        "from the opposition party said the arrests were illegal.",
        [
            FullRow(
                "The regional police",
                None,
                "said",
                "three people were detained",
                channel="statement",
            ),
            FullRow(
                "A statement from the opposition party",
                None,
                "said",
                "the arrests were illegal",
                channel="statement",
            ),
        ],
    ),
    # the group that runs a body is not its name; an acronym on the noun is
    (
        "The Taliban-run interior ministry said four guards were killed.",
        [FullRow("The Taliban-run interior ministry", None, "said", "four guards were killed")],
    ),
    (
        "Nigeria's NEMA agency said 30 homes were flooded.",
        [FullRow("Nigeria's NEMA agency", "NEMA", "said", "30 homes were flooded")],
    ),
    # a hedge covers its own clause, not the next clause with its own subject
    (
        "Two soldiers were reportedly captured near the river, and the unit has not commented.",
        [FullRow(None, None, "reportedly", "Two soldiers were reportedly captured near the river")],
    ),
    (
        "Several villagers are believed to have fled into the forest, but the number is unclear.",
        [
            FullRow(
                None,
                None,
                "believed",
                "Several villagers are believed to have fled into the forest",
            )
        ],
    ),
    # near-false: coordinated clauses inside a complement are all said
    (
        "Officials said two soldiers were captured and a third was missing.",
        [FullRow("Officials", None, "said", "two soldiers were captured and a third was missing")],
    ),
    # a noun phrase after the object and its comma describes the object
    (
        "The ministry announced a curfew in the capital, the second since the war began.",
        [
            FullRow(
                "The ministry",
                None,
                "announced",
                "a curfew in the capital, the second since the war began",
            )
        ],
    ),
    # a postposed cue joined to its clause by a comma alone, with the speaker after it
    (
        "The death toll rose to 14 overnight, reported local officials, with dozens more hurt.",
        [FullRow("local officials", None, "reported", "The death toll rose to 14 overnight")],
    ),
    (
        "The shell landed near the school, stated police spokesman Oleg Ivanov, and damaged two "
        "cars.",
        [
            FullRow(
                "police spokesman Oleg Ivanov",
                "Oleg Ivanov",
                "stated",
                "The shell landed near the school",
            )
        ],
    ),
    # near-false: one act of a list is not a postposed cue
    ("He drew his rifle, pointed it, and fired twice.", []),
    # a complement clause the parser coordinated with its cue (no comma, no conjunction)
    (
        "The coast guard indicated on Facebook the two fishermen were still missing.",
        [
            FullRow(
                "The coast guard",
                None,
                "indicated",
                "the two fishermen were still missing",
                channel="facebook",
            )
        ],
    ),
    # near-false: a clause joined by "and" to an act is the narrator's
    ("The coast guard searched the bay and the fishermen were found at dawn.", []),
    # a report before a semicolon is a statement of its own, not the next verb's complement
    (
        "The army denies its units shelled the market; local reports describe heavy damage to "
        "the stalls.",
        [
            FullRow("The army", None, "denies", "its units shelled the market"),
            FullRow("local reports", None, "describe", "heavy damage to the stalls"),
        ],
    ),
    # near-false: the narrator's clause after the semicolon is no part of the denial
    (
        "The army denies that its units shelled the market; the shelling lasted an hour.",
        [FullRow("The army", None, "denies", "its units shelled the market")],
    ),
    # the inner speaker read as the object of the outer cue
    (
        "Reuters reported its correspondent said that the bridge had collapsed.",
        [
            FullRow(
                "Reuters",
                "Reuters",
                "reported",
                "its correspondent said that the bridge had collapsed",
            ),
            FullRow(
                "its correspondent",
                None,
                "said",
                "the bridge had collapsed",
                relation="nested",
                parent=0,
            ),
        ],
    ),
    # the person named after a long title, not the employer or the office's words
    (
        "UN High Commissioner for Human Rights Navi Pillay stated that the use of such "
        "munitions would lead to civilian casualties.",
        [
            FullRow(
                "UN High Commissioner for Human Rights Navi Pillay",
                "Navi Pillay",
                "stated",
                "the use of such munitions would lead to civilian casualties",
            )
        ],
    ),
    # one nominal mention shared by two cues is named once, so it resolves to nothing
    (
        "The regional governor denied the report and said shelters were open.",
        [
            FullRow("The regional governor", None, "denied", "the report"),
            FullRow("The regional governor", None, "said", "shelters were open"),
        ],
    ),
    # near-false: a second mention of the group refers back, so both take its text
    (
        "The regional governor denied the report. The governor said shelters were open.",
        [
            FullRow("The regional governor", "regional governor", "denied", "the report"),
            FullRow("The governor", "regional governor", "said", "shelters were open"),
        ],
    ),
    # near-false: a title with no name after it names nobody
    (
        "The Commissioner for Refugees said the camps were full.",
        [FullRow("The Commissioner for Refugees", None, "said", "the camps were full")],
    ),
]


# Round 8: constructions of wire reports, each in four or more wordings that vary the cue, the
# source phrase, the cue's position and the channel phrase, with near-false forms beside them.
WIRE_CONSTRUCTION_CASES = [
    # a wire dateline opening the paragraph is no part of the content or the source
    (
        "KYIV (Reuters) - Russian drones killed four people overnight, the regional governor said.",
        [
            FullRow(
                "the regional governor",
                None,
                "said",
                "Russian drones killed four people overnight",
            )
        ],
    ),
    (
        "KHAN YOUNIS, Gaza Strip (AP) \u2014 Israeli strikes killed 12 people on Sunday, according "
        "to the Health Ministry.",
        [
            FullRow(
                "the Health Ministry",
                "Health Ministry",
                "according to",
                "Israeli strikes killed 12 people on Sunday",
            )
        ],
    ),
    (
        "ABUJA, Nigeria - Gunmen abducted 30 students from a school on Friday, police spokesman "
        "Olumuyiwa Adejobi told reporters.",
        [
            FullRow(
                "police spokesman Olumuyiwa Adejobi",
                "Olumuyiwa Adejobi",
                "told",
                "Gunmen abducted 30 students from a school on Friday",
            )
        ],
    ),
    (
        "NEW DELHI (AFP) \u2013 Floods have killed at least 40 people in the north, officials "
        "said on Sunday.",
        [FullRow("officials", None, "said", "Floods have killed at least 40 people in the north")],
    ),
    (
        "BEIRUT (AP) - The Lebanese army said on Monday that two soldiers were wounded.",
        [FullRow("The Lebanese army", None, "said", "two soldiers were wounded")],
    ),
    # a second that-clause coordinated onto the cue is said too ...
    (
        "The ministry said in a statement that 31 people were injured, including 13 by gunfire, "
        "and that 52 people had been arrested.",
        [
            FullRow(
                "The ministry",
                None,
                "said",
                "31 people were injured, including 13 by gunfire, and that 52 people had been "
                "arrested",
                channel="statement",
            )
        ],
    ),
    (
        "The mayor wrote on Facebook on Sunday that power had been restored, and that schools "
        "would reopen on Monday.",
        [
            FullRow(
                "The mayor",
                None,
                "wrote",
                "power had been restored, and that schools would reopen on Monday",
                channel="facebook",
            )
        ],
    ),
    (
        "Police told reporters that the gunman had been shot dead and that no officers were hurt.",
        [
            FullRow(
                "Police",
                None,
                "told",
                "the gunman had been shot dead and that no officers were hurt",
            )
        ],
    ),
    (
        "Officials said the fire was under control and that three firefighters were being "
        "treated for burns.",
        [
            FullRow(
                "Officials",
                None,
                "said",
                "the fire was under control and that three firefighters were being treated for "
                "burns",
            )
        ],
    ),
    # ... near-false: a main clause with its own subject after the complement is not
    (
        "The ministry said that 31 people were injured, and police arrested 52 people.",
        [FullRow("The ministry", None, "said", "31 people were injured")],
    ),
    # a platform named inside a message phrase is the channel ...
    (
        "The ministry said in a statement on Telegram that 12 people were killed.",
        [FullRow("The ministry", None, "said", "12 people were killed", channel="telegram")],
    ),
    (
        "In a statement posted on Facebook, the regional governor said two people died.",
        [FullRow("the regional governor", None, "said", "two people died", channel="facebook")],
    ),
    (
        "It was a reckless attack, the general staff said in a communique read on state "
        "television.",
        [
            FullRow(
                "the general staff", None, "said", "It was a reckless attack", channel="tv_radio"
            )
        ],
    ),
    (
        "Police said in a statement on their Telegram channel that the suspect had been arrested.",
        [FullRow("Police", None, "said", "the suspect had been arrested", channel="telegram")],
    ),
    # ... near-false: a website is no more specific than the statement posted on it
    (
        "Hamas said in a statement on its website that the strike killed 12 people.",
        [FullRow("Hamas", "Hamas", "said", "the strike killed 12 people", channel="statement")],
    ),
    # a later cue with a time of its own speaks on another occasion: no channel carried over ...
    (
        "Governor Oleh Syniehubov said on Telegram that two people died. On Monday he said the "
        "toll had risen to five.",
        [
            FullRow(
                "Governor Oleh Syniehubov",
                "Oleh Syniehubov",
                "said",
                "two people died",
                channel="telegram",
            ),
            FullRow("he", "Oleh Syniehubov", "said", "the toll had risen to five"),
        ],
    ),
    (
        "Police spokesman Ivan Petrov said in a statement that a man was arrested. Later on "
        "Sunday, Petrov said he had been charged with murder.",
        [
            FullRow(
                "Police spokesman Ivan Petrov",
                "Ivan Petrov",
                "said",
                "a man was arrested",
                channel="statement",
            ),
            FullRow("Petrov", "Ivan Petrov", "said", "he had been charged with murder"),
        ],
    ),
    (
        "The Defence Ministry wrote on X that 12 soldiers were wounded. It said on Tuesday that "
        "four had died.",
        [
            FullRow(
                "The Defence Ministry",
                "Defence Ministry",
                "wrote",
                "12 soldiers were wounded",
                channel="x_twitter",
            ),
            FullRow("It", "Defence Ministry", "said", "four had died"),
        ],
    ),
    (
        "Mayor Anna Kovac said at a press conference that the fire was contained. She added two "
        "days later that three people were missing.",
        [
            FullRow(
                "Mayor Anna Kovac",
                "Anna Kovac",
                "said",
                "the fire was contained",
                channel="press_conference",
            ),
            FullRow("She", "Anna Kovac", "added", "three people were missing"),
        ],
    ),
    # ... near-false: the next sentence of the same statement keeps it
    (
        "Governor Oleh Syniehubov said on Telegram that two people died. He added that a child "
        "was among them.",
        [
            FullRow(
                "Governor Oleh Syniehubov",
                "Oleh Syniehubov",
                "said",
                "two people died",
                channel="telegram",
            ),
            FullRow("He", "Oleh Syniehubov", "added", "a child was among them", channel="telegram"),
        ],
    ),
    # a cue coordinated onto a verb of the same subject speaks through that verb's medium ...
    (
        "A Hamas official appeared on Al Jazeera and said the talks had failed.",
        [FullRow("A Hamas official", None, "said", "the talks had failed", channel="tv_radio")],
    ),
    (
        "The army went on state television and announced that the coup had failed.",
        [FullRow("The army", None, "announced", "the coup had failed", channel="tv_radio")],
    ),
    (
        "The spokesman spoke on national radio and said the curfew would be lifted.",
        [FullRow("The spokesman", None, "said", "the curfew would be lifted", channel="tv_radio")],
    ),
    # ... near-false: a place or a time on that verb is no medium
    (
        "The mayor visited the site on Sunday and said the fire was under control.",
        [FullRow("The mayor", None, "said", "the fire was under control")],
    ),
    # a participle cue after a cue with a noun-phrase content is the reporter's own row
    (
        "The ministry denied the report, saying that no civilians had been hurt.",
        [
            FullRow("The ministry", None, "denied", "the report"),
            FullRow("The ministry", None, "saying", "no civilians had been hurt"),
        ],
    ),
    (
        "The army rejected the claims, blaming the rebels for the attack.",
        [
            FullRow("The army", None, "rejected", "the claims"),
            FullRow("The army", None, "blaming", "the rebels for the attack"),
        ],
    ),
    (
        "Defence lawyer Sophie Marchal said her client would appeal, arguing that the evidence "
        "was circumstantial.",
        [
            FullRow(
                "Defence lawyer Sophie Marchal", "Sophie Marchal", "said", "her client would appeal"
            ),
            FullRow(
                "Defence lawyer Sophie Marchal",
                "Sophie Marchal",
                "arguing",
                "the evidence was circumstantial",
            ),
        ],
    ),
    (
        "The ministry issued a statement, saying the strike hit only military targets and "
        "accusing Kyiv of staging the scene.",
        [
            FullRow(
                "The ministry",
                None,
                "saying",
                "the strike hit only military targets",
                channel="statement",
            ),
            FullRow(
                "The ministry", None, "accusing", "Kyiv of staging the scene", channel="statement"
            ),
        ],
    ),
    # a gerund coordinated onto a participle's finite complement goes on with the reporter
    (
        "M23 spokesman Lawrence Kanyuka rejected the accusations on X, writing that the group "
        '"protects all Congolese civilians" and blaming the army for the killings.',
        [
            FullRow(
                "M23 spokesman Lawrence Kanyuka",
                "Lawrence Kanyuka",
                "rejected",
                "the accusations",
                channel="x_twitter",
            ),
            FullRow(
                "M23 spokesman Lawrence Kanyuka",
                "Lawrence Kanyuka",
                "writing",
                'the group "protects all Congolese civilians"',
                quote_type="mixed",
                channel="x_twitter",
            ),
            FullRow(
                "M23 spokesman Lawrence Kanyuka",
                "Lawrence Kanyuka",
                "blaming",
                "the army for the killings",
                channel="x_twitter",
            ),
        ],
    ),
    (
        'The spokesman responded on Facebook, saying the army "never targets civilians" and '
        "accusing the rebels of lying.",
        [
            FullRow(
                "The spokesman",
                None,
                "saying",
                'the army "never targets civilians"',
                quote_type="mixed",
                channel="facebook",
            ),
            FullRow("The spokesman", None, "accusing", "the rebels of lying", channel="facebook"),
        ],
    ),
    (
        "Officials reacted angrily, insisting that the vote was fair and accusing the opposition "
        "of fraud.",
        [
            FullRow("Officials", None, "insisting", "the vote was fair"),
            FullRow("Officials", None, "accusing", "the opposition of fraud"),
        ],
    ),
    (
        "The mayor spoke for an hour, insisting that the city is safe and praising the "
        "firefighters.",
        [
            FullRow("The mayor", None, "insisting", "the city is safe"),
            FullRow("The mayor", None, "praising", "the firefighters"),
        ],
    ),
    # an 'as' clause of time inside the content is said; one headed by a cue reiterates ...
    (
        "A woman told WREG-TV that people ran into nearby houses as the shots rang out.",
        [FullRow("A woman", None, "told", "people ran into nearby houses as the shots rang out")],
    ),
    (
        "The governor said the roof collapsed as rescuers were pulling survivors from the "
        "basement.",
        [
            FullRow(
                "The governor",
                None,
                "said",
                "the roof collapsed as rescuers were pulling survivors from the basement",
            )
        ],
    ),
    (
        "Witnesses told AFP the gunmen fled as soldiers arrived from the nearby base.",
        [
            FullRow(
                "Witnesses",
                None,
                "told",
                "the gunmen fled as soldiers arrived from the nearby base",
            )
        ],
    ),
    (
        "Kenyan police fired tear gas at protesters on Tuesday, killing at least five people, as "
        "thousands marched against a finance bill, rights groups said.",
        [
            FullRow(
                "rights groups",
                None,
                "said",
                "Kenyan police fired tear gas at protesters on Tuesday, killing at least five "
                "people, as thousands marched against a finance bill",
            )
        ],
    ),
    # ... near-false: 'as it had warned' is the same source's reiteration
    (
        "The army said the bridge was destroyed, as it had warned last week.",
        [
            FullRow("The army", "army", "said", "the bridge was destroyed"),
            FullRow(
                "it",
                "army",
                "warned",
                "the bridge was destroyed",
                relation="nested_reiteration",
                parent=0,
            ),
        ],
    ),
    # a closing 'according to' sources the whole coordination it ends
    (
        "Two defendants were acquitted, and one was convicted in absentia, according to Le "
        "Parisien.",
        [
            FullRow(
                "Le Parisien",
                "Le Parisien",
                "according to",
                "Two defendants were acquitted, and one was convicted in absentia",
                channel="newspaper",
            )
        ],
    ),
    (
        "The war has killed thousands of people and driven millions from their homes, according "
        "to United Nations figures.",
        [
            FullRow(
                "United Nations figures",
                "United Nations",
                "according to",
                "The war has killed thousands of people and driven millions from their homes",
            )
        ],
    ),
    (
        "The bridge collapsed at dawn and two cars fell into the river, according to witnesses.",
        [
            FullRow(
                "witnesses",
                None,
                "according to",
                "The bridge collapsed at dawn and two cars fell into the river",
            )
        ],
    ),
    (
        "According to the police, the gunman fled on foot and was arrested an hour later.",
        [
            FullRow(
                "the police",
                None,
                "According to",
                "the gunman fled on foot and was arrested an hour later",
            )
        ],
    ),
    # near-false: a phrase inside the clause, with words after it, sources only its clause
    (
        "Six people were injured, according to the coroner, none of them seriously.",
        [FullRow("the coroner", None, "according to", "Six people were injured")],
    ),
    # a speech verb coordinated onto the complement by "did not" is the reporter's, no content
    (
        "The Russian Defence Ministry said its forces had struck a military depot but did not "
        "mention the apartment block.",
        [
            FullRow(
                "The Russian Defence Ministry",
                "Russian Defence Ministry",
                "said",
                "its forces had struck a military depot",
            )
        ],
    ),
    (
        "The governor said the shelling had stopped but did not explain why the sirens kept "
        "sounding.",
        [FullRow("The governor", None, "said", "the shelling had stopped")],
    ),
    (
        "Police said a suspect was arrested at his home and did not disclose his identity.",
        [FullRow("Police", None, "said", "a suspect was arrested at his home")],
    ),
    (
        "The ministry said 12 soldiers were killed, but did not say where.",
        [FullRow("The ministry", None, "said", "12 soldiers were killed")],
    ),
    # ... near-false: a verb that is no speech act goes on with the complement's subject
    (
        "Witnesses said the soldiers entered the village and did not fire.",
        [FullRow("Witnesses", None, "said", "the soldiers entered the village and did not fire")],
    ),
    # ... near-false: a verb that may be the reported person's own stays a nested report
    (
        "State television revealed that the prince accepted responsibility for the murder but "
        "did not say he had ordered it.",
        [
            FullRow(
                "State television",
                None,
                "revealed",
                "the prince accepted responsibility for the murder but did not say he had "
                "ordered it",
                channel="tv_radio",
            ),
            FullRow(
                "the prince",
                None,
                "did not say",
                "he had ordered it",
                relation="nested",
                parent=0,
            ),
        ],
    ),
    # a bare gerund after a verb of seeing is what was seen, not a report
    ("Residents saw militiamen looting shops on Sunday.", []),
    ("A reporter saw troops loading bodies onto a truck.", []),
    (
        "Witnesses said they saw soldiers firing into the crowd.",
        [FullRow("Witnesses", None, "said", "they saw soldiers firing into the crowd")],
    ),
    (
        "Its observers had seen police firing at demonstrators, Amnesty International said.",
        [
            FullRow(
                "Amnesty International",
                "Amnesty International",
                "said",
                "Its observers had seen police firing at demonstrators",
            )
        ],
    ),
    # ... near-false: seeing that a clause holds is a cognition cue
    (
        "Officials see that the ceasefire is holding.",
        [FullRow("Officials", None, "see", "the ceasefire is holding")],
    ),
    # asking with no one asked is a condition of speaking, not a report
    (
        "Gunmen stormed the base before dawn, a local official told AFP, asking not to be named.",
        [FullRow("a local official", None, "told", "Gunmen stormed the base before dawn")],
    ),
    (
        "One resident, asking to remain anonymous, said the militia had left.",
        [FullRow("One resident, asking to remain anonymous", None, "said", "the militia had left")],
    ),
    (
        "A police source, who requested not to be named, told Reuters the suspect had fled.",
        [
            FullRow(
                "A police source, who requested not to be named",
                None,
                "told",
                "the suspect had fled",
            )
        ],
    ),
    (
        "A soldier, who asked not to be identified, said the base was overrun.",
        [
            FullRow(
                "A soldier, who asked not to be identified", None, "said", "the base was overrun"
            )
        ],
    ),
    # ... near-false: asking someone to act is a report of the request
    (
        "The mayor asked residents to stay indoors.",
        [FullRow("The mayor", None, "asked", "residents to stay indoors")],
    ),
    (
        "The mayor wrote to the ministry asking to reopen the bridge.",
        [FullRow("The mayor", None, "asking", "to reopen the bridge")],
    ),
    # a speaker after a quotation, even where the parser took a quoted word for the head
    (
        '"I heard a sound like thunder, and then dust everywhere," the foreman, Musa Abdullahi, '
        "told the broadcaster.",
        [
            FullRow(
                "the foreman, Musa Abdullahi",
                "Musa Abdullahi",
                "told",
                "I heard a sound like thunder, and then dust everywhere,",
                quote_type="direct",
            )
        ],
    ),
    (
        '"We ran, and then the roof fell," the driver, Ali Khan, told reporters.',
        [
            FullRow(
                "the driver, Ali Khan",
                "Ali Khan",
                "told",
                "We ran, and then the roof fell,",
                quote_type="direct",
            )
        ],
    ),
    (
        '"It was chaos, and nobody helped," a nurse, Maria Diaz, said.',
        [
            FullRow(
                "a nurse, Maria Diaz",
                "Maria Diaz",
                "said",
                "It was chaos, and nobody helped,",
                quote_type="direct",
            )
        ],
    ),
    (
        '"Our boys fought, but the gunmen were too many," the village chief, Amadou Diallo, '
        "told AFP.",
        [
            FullRow(
                "the village chief, Amadou Diallo",
                "Amadou Diallo",
                "told",
                "Our boys fought, but the gunmen were too many,",
                quote_type="direct",
            )
        ],
    ),
    # a title qualified by another name is another office, not the person titled before ...
    (
        "M23 spokesman Lawrence Kanyuka denied the accusations. Congo's government spokesman "
        "said 31 rebels had been killed.",
        [
            FullRow(
                "M23 spokesman Lawrence Kanyuka", "Lawrence Kanyuka", "denied", "the accusations"
            ),
            FullRow("Congo's government spokesman", None, "said", "31 rebels had been killed"),
        ],
    ),
    (
        "Belgorod governor Vyacheslav Gladkov said two people died. The Kursk governor said a "
        "school was hit.",
        [
            FullRow(
                "Belgorod governor Vyacheslav Gladkov",
                "Vyacheslav Gladkov",
                "said",
                "two people died",
            ),
            FullRow("The Kursk governor", None, "said", "a school was hit"),
        ],
    ),
    (
        "Hamas spokesman Hazem Qassem said the talks had stalled. Israel's military spokesman "
        "said troops had entered the camp.",
        [
            FullRow(
                "Hamas spokesman Hazem Qassem", "Hazem Qassem", "said", "the talks had stalled"
            ),
            FullRow("Israel's military spokesman", None, "said", "troops had entered the camp"),
        ],
    ),
    # ... near-false: the same office named again, bare or with the same name, is that person
    (
        "Belgorod governor Vyacheslav Gladkov said two people died. The governor said a school "
        "was hit.",
        [
            FullRow(
                "Belgorod governor Vyacheslav Gladkov",
                "Vyacheslav Gladkov",
                "said",
                "two people died",
            ),
            FullRow("The governor", "Vyacheslav Gladkov", "said", "a school was hit"),
        ],
    ),
    (
        "Belgorod governor Vyacheslav Gladkov said two people died. Belgorod's governor said a "
        "school was hit.",
        [
            FullRow(
                "Belgorod governor Vyacheslav Gladkov",
                "Vyacheslav Gladkov",
                "said",
                "two people died",
            ),
            FullRow("Belgorod's governor", "Vyacheslav Gladkov", "said", "a school was hit"),
        ],
    ),
    # intentions and non-communicating subjects stay negatives next to these forms
    (
        "KYIV (Reuters) - Ukraine plans to hold talks with its allies next week.",
        [],
    ),
    (
        "The ministry's warehouse, a two-storey building, was hit by a missile on Sunday.",
        [],
    ),
]

# Sources whose resolution is the name in the phrase, in four or more wordings each.
WIRE_RESOLUTION_CASES = [
    # an acronym in apposition names the body
    ("The UN peacekeeping mission, MONUSCO, said its patrols had found 40 bodies.", "MONUSCO"),
    ("The UN refugee agency, UNHCR, said 3,000 people had fled.", "UNHCR"),
    ("The country's disaster agency, NDMA, said 12 people had died.", "NDMA"),
    ("Nigeria's emergency agency NEMA said nine people were rescued.", "NEMA"),
    # a title the recogniser took into the name, and a given name it cut off an apposition
    (
        '"We will rebuild every home," Mayor Ihor Terekhov said in a televised address.',
        "Ihor Terekhov",
    ),
    (
        "A district official, Harish Chandra Sharma, said that 200 houses had collapsed.",
        "Harish Chandra Sharma",
    ),
    ("Governor Oleh Syniehubov said two people died.", "Oleh Syniehubov"),
    # an organisation's national branch is the branch, not the country
    (
        "Amnesty International Kenya said its observers had counted 12 bodies.",
        "Amnesty International Kenya",
    ),
    ("Human Rights Watch Ukraine said the strike hit a school.", "Human Rights Watch Ukraine"),
    # a joined source resolves to its first named part
    (
        "A local civil society leader and the United Nations said at least 52 civilians were "
        "killed.",
        "United Nations",
    ),
    ("Residents and the Red Cross said the river had burst its banks.", "Red Cross"),
    ("The opposition and rights groups said the vote was rigged.", None),
    # a name written out before its acronym, whatever part of it the recogniser found
    (
        "The Group to Support Islam and Muslims (JNIM) said it had captured seven soldiers.",
        "Group to Support Islam and Muslims",
    ),
    (
        "The Syrian Observatory for Human Rights (SOHR) said 12 fighters were killed.",
        "Syrian Observatory for Human Rights",
    ),
    (
        "The National Emergency Management Agency (NEMA) said nine people were rescued.",
        "National Emergency Management Agency",
    ),
    (
        "Islamic State West Africa Province (ISWAP) said in a statement that its fighters "
        "attacked the base.",
        "Islamic State West Africa Province",
    ),
    # ... near-false: a person of a body, and a joined source, keep their own rule
    (
        "Nikki Holland of the UK's National Crime Agency (NCA) said the offenders could not hide.",
        "Nikki Holland",
    ),
    (
        "The Investigative Committee and the Federal Security Service (FSB) said gas was the "
        "trigger.",
        "Investigative Committee",
    ),
    # a medium noun after the outlet's name is that outlet; words of its kind name none
    (
        "Bild newspaper, citing security sources, reported that the suspects had tried to buy "
        "weapons.",
        "Bild",
    ),
    ("Ukrainska Pravda newspaper reported that the minister would resign.", "Ukrainska Pravda"),
    ("Al Arabiya television reported that the ceasefire had collapsed.", "Al Arabiya"),
    ("Kyodo news agency reported that two sailors were missing.", "Kyodo"),
    ("State television reported that the talks had failed.", None),
    # 'it' after a clause about someone who does not speak is the speaker before
    (
        "The Federal Prosecutor's Office said in a statement that officers searched 15 "
        "apartments. The remaining suspect is a German citizen, it said.",
        "Federal Prosecutor's Office",
    ),
    (
        "The health ministry said 40 people were killed. The wounded boy was taken to Lviv, it "
        "said.",
        "health ministry",
    ),
    # near-false: a body that speaks may be the subject of its own report
    ("The ministry has sent 40 ambulances, it said.", "ministry"),
]


@pytest.mark.parametrize(("text", "resolved"), WIRE_RESOLUTION_CASES)
def test_wire_report_sources_resolve_to_the_name_in_the_phrase(nlp, text, resolved):
    rows = _full_rows(process(nlp, text))
    assert [r.resolved for r in rows][-1:] == [_normal_name(resolved)]


# Round 3: a count reported by setting a figure ('put the toll at 11'); the cue is the verb,
# the content the figure with its number. Wordings vary the verb, the source (name, nominal,
# pronoun, acronym), the channel and the words around the figure.
FIGURE_CASES = [
    (
        "The health ministry put the death toll at 31 on Friday.",
        [FullRow("The health ministry", None, "put", "the death toll at 31")],
    ),
    (
        "Officials later placed the number of dead at 14.",
        [FullRow("Officials", None, "placed", "the number of dead at 14")],
    ),
    (
        "Local authorities, however, put the toll at more than 40.",
        [FullRow("Local authorities", None, "put", "the toll at more than 40")],
    ),
    (
        "In a statement, the Red Crescent set the number of injured at about 200.",
        [
            FullRow(
                "the Red Crescent",
                "red crescent",
                "set",
                "the number of injured at about 200",
                channel="statement",
            )
        ],
    ),
    (
        "Mayor Ihor Terekhov spoke to reporters. He put the number of missing people at six.",
        [FullRow("He", "ihor terekhov", "put", "the number of missing people at six")],
    ),
    (
        "The governor lowered the death toll to nine on Monday.",
        [FullRow("The governor", None, "lowered", "the death toll to nine")],
    ),
    (
        "A second official put the toll at nearly 50 dead.",
        [FullRow("A second official", None, "put", "the toll at nearly 50 dead")],
    ),
    (
        "The National Disaster Management Agency (NDMA) had earlier put the number of dead at 19.",
        [
            FullRow(
                "The National Disaster Management Agency (NDMA)",
                "national disaster management agency",
                "put",
                "the number of dead at 19",
            )
        ],
    ),
    # a revision by its speaker is the same report with another verb
    (
        "The civil defence agency increased the death toll to 23 on Sunday evening.",
        [FullRow("The civil defence agency", None, "increased", "the death toll to 23")],
    ),
    (
        "Officials in Kherson later reduced the number of missing to four.",
        [FullRow("Officials in Kherson", None, "reduced", "the number of missing to four")],
    ),
    (
        "The Interior Ministry of Ecuador updated its count of detained inmates to 112.",
        [
            FullRow(
                "The Interior Ministry of Ecuador",
                "interior ministry of ecuador",
                "updated",
                "its count of detained inmates to 112",
            )
        ],
    ),
    (
        "Governor Oleh Syniehubov visited the site. He increased the toll to seven dead late on "
        "Monday.",
        [FullRow("He", "oleh syniehubov", "increased", "the toll to seven dead")],
    ),
    # negatives: no figure object, no number, or a subject that reports nothing
    ("The aftershock increased the death toll to six.", []),
    ("The new strikes reduced the number of working hospitals to two.", []),
    ("The blast put the hospital out of action.", []),
    ("Rescuers put the bodies in a truck.", []),
    ("The new deaths brought the toll to 30.", []),
    ("The council set the date for a new vote.", []),
]


# Every table of full rows (source, resolution, cue, content) is checked by one test; each
# table keeps negatives beside its true forms, so a rule that fires everywhere fails it.
FULL_ROW_TABLES = {
    "crisis reports": (CRISIS_REPORT_CASES, 0),
    "harm reports": (HARM_REPORT_CASES, 0),
    "references": (REFERENCE_CASES, 0),
    "outlets and forms": (OUTLET_AND_FORM_CASES, 5),
    "construction classes with near-false forms": (CONSTRUCTION_CASES, 3),
    "wire constructions in several wordings": (WIRE_CONSTRUCTION_CASES, 2),
    "figures set by a speaker": (FIGURE_CASES, 0),
}
FULL_ROW_CASES = [case for cases, _ in FULL_ROW_TABLES.values() for case in cases]


@pytest.mark.parametrize(
    ("text", "expected"), FULL_ROW_CASES, ids=[c[0][:50] for c in FULL_ROW_CASES]
)
def test_war_and_crisis_report_forms(nlp, text, expected):
    assert _full_rows(process(nlp, text)) == [
        r._replace(resolved=_normal_name(r.resolved)) for r in expected
    ]


# Round 3: 'it' or 'they' after a sentence whose subject is a body (not a row of its own)
# means that body, not a medium named in the row's own channel phrase nor a people's
# adjective; an acronym in brackets inside a nominal source phrase names what speaks.
BODY_REFERENT_CASES = [
    (
        "The State Emergency Service sent 40 rescuers to the site. In a Facebook post, it said "
        "two bodies had been recovered.",
        "State Emergency Service",
    ),
    (
        "The Interior Ministry opened an investigation. On its Telegram channel, it said three "
        "suspects were held.",
        "Interior Ministry",
    ),
    (
        "The Israeli army deployed extra troops on Sunday. In a post on X, it wrote that the "
        "border was calm.",
        "Israeli army",
    ),
    (
        "The Kharkiv police closed the road. In a statement on Facebook, they said the driver "
        "had fled.",
        "Kharkiv police",
    ),
    (
        "The regional administration evacuated 300 residents. Two more villages would be "
        "cleared on Monday, it said.",
        "regional administration",
    ),
    # near-false: a subject that is talked about, or one inside another's report, is not it
    (
        "The health ministry said two hospitals were hit. Three residents remain missing. It "
        "said rescuers were still digging.",
        "health ministry",
    ),
    (
        "Britain's United Kingdom Maritime Trade Operations (UKMTO) agency said a vessel was hit.",
        "United Kingdom Maritime Trade Operations",
    ),
    (
        "The Nigerian army's Defence Headquarters (DHQ) said 20 militants were killed.",
        "Defence Headquarters",
    ),
    (
        "Violence has killed 20,000 people since 2015, according to the Armed Conflict Location "
        "and Event Data project (ACLED). ACLED said attacks rose in May.",
        # 'project' closes the name the acronym stands for (`name_closing_words`); the earlier
        # reading stopped where the recogniser did
        "Armed Conflict Location and Event Data project",
    ),
]


@pytest.mark.parametrize(("text", "resolved"), BODY_REFERENT_CASES)
def test_a_pronoun_after_a_body_subject_and_a_bracketed_acronym_resolve(nlp, text, resolved):
    rows = _full_rows(process(nlp, text))
    assert [r.resolved for r in rows][-1:] == [_normal_name(resolved)]


# Round 3: a given name the recogniser left out where it opens the person's name (no title
# before it) is part of the name the source resolves to; a family name as a modifier is not.
GIVEN_NAME_CASES = [
    (
        '"This has to stop," said Irungu Houghton, Amnesty\'s executive director in Kenya. '
        '"They are shooting at unarmed young people."',
        ["irungu houghton", "irungu houghton"],
    ),
    (
        "Irungu Houghton, who heads the group in Kenya, said that 12 protesters were detained.",
        ["irungu houghton"],
    ),
    (
        "Four bodies were found, according to Tembo Mwakasege, a village elder.",
        ["tembo mwakasege"],
    ),
    ("The bridge had collapsed, Nyasha Chikwinya told reporters.", ["nyasha chikwinya"]),
    ("The Houghton family said the boy was shot.", [None]),
    # near-false: a word after a title's preposition belongs to the title
    (
        "The bomb was placed in a market, stated Minister of Information Moammar al-Eryani.",
        ["moammar al-eryani"],
    ),
    ("The road was cut, said Minister for Roads Tembo Mwakasege.", ["tembo mwakasege"]),
]


@pytest.mark.parametrize(("text", "resolved"), GIVEN_NAME_CASES)
def test_a_given_name_left_out_of_the_person_opens_the_resolved_name(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 3: one member of a group named before as a source ('one of the sources', 'a second
# witness') resolves to that group, which is then named again and resolves to its own words.
MEMBER_CASES = [
    (
        "Security sources told AFP that 34 soldiers died. One of the sources said the base was "
        "overrun.",
        ["security sources", "security sources"],
    ),
    (
        "Medical sources said 12 people were killed in the strike. Another source said the toll "
        "could rise.",
        ["medical sources", "medical sources"],
    ),
    (
        "Witnesses said the gunmen arrived at dawn. A second witness said they wore uniforms.",
        ["witnesses", "witnesses"],
    ),
    (
        "Two diplomats said talks had stalled. One of the diplomats added that a deal was "
        "unlikely.",
        ["two diplomats", "two diplomats"],
    ),
    # near-false: a member of another group, or of none, has no referent
    (
        "Police officers said the road was closed. Another witness said the driver fled.",
        [None, None],
    ),
    ("One of the victims said the guards had fled.", [None]),
]


@pytest.mark.parametrize(("text", "resolved"), MEMBER_CASES)
def test_a_member_of_a_group_resolves_to_the_group(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 4: a nominal source resolves by what else the article writes about the same body or
# group (pipeline/extract/attribution_referents.py). Four or more wordings per construction,
# each beside near-negatives.
ARTICLE_REFERENT_CASES = [
    # a bare body noun stands for the body the article sets apart with a name or a possessor,
    # before it (same sentence, next sentence, next paragraph), inside a title, or after it
    (
        "Haitian police said 17 people were kidnapped on Saturday. The gang is holding other "
        "hostages, police said.",
        ["haitian police", "haitian police"],
    ),
    (
        "Eleven people died in the fire, the city's police department said. Police said the "
        "bar's owner had been detained.",
        ["city's police department", "city's police department"],
    ),
    (
        "Northamptonshire police were able to identify the driver. The suspect left the "
        "country, police revealed on Saturday.",
        ["northamptonshire police"],
    ),
    (
        "Kenyan police arrested 12 protesters in Nairobi on Monday.\n\nThe protesters were "
        "later released, according to police.",
        ["kenyan police"],
    ),
    (
        "Kogi police spokesman William Aya said eight worshippers were abducted. Police said "
        "the abductors fled into a forest.",
        ["william aya", "kogi police"],
    ),
    (
        "Three people were wounded, police said on Sunday.\n\nOn Monday, Somali police "
        "spokesman Abdifatah Aden told reporters the attackers fled.",
        ["somali police", "abdifatah aden"],
    ),
    (
        "The Italian coast guard reached the vessel at dawn. The coast guard said in a "
        "statement that 20 bodies had been recovered.",
        ["italian coast guard"],
    ),
    # a joined source resolves to its first part, and a later bare noun to that part
    (
        "Haitian police and a church group said 17 people were kidnapped. Police said the "
        "hostages were held in a house near the airport.",
        ["haitian police", "haitian police"],
    ),
    # near-false: a kind of police is no body of its own; two bodies before leave it open;
    # a police officer is a person, not the force
    (
        "Undercover police shot the attacker. The police declared the attack terrorist-related.",
        [None],
    ),
    (
        "Kenyan police and Ugandan police met on Monday. Police said the border would stay closed.",
        [None],
    ),
    (
        "A police officer said the road was closed. Police said three people were hurt.",
        [None, None],
    ),
    ("Local police said the road was closed.", [None]),
    # a bare group or body the article writes again resolves to its own words
    (
        "According to authorities, at least 12 people died. Authorities are at the scene.",
        ["authorities"],
    ),
    (
        "Residents hid inside their houses. This was the worst fighting in months, claim "
        "residents.",
        ["residents"],
    ),
    (
        "His lawyers posted bond on Friday. His lawyers have claimed he acted in self-defence.",
        ["his lawyers"],
    ),
    (
        "The government said the curfew would stay. Protesters marched against the government "
        "on Sunday.",
        ["government"],
    ),
    (
        "Three men were arrested, police said.\n\nPolice were still searching the area on Monday.",
        ["police"],
    ),
    # near-false: written once; written again only with a number or other words (another set);
    # anonymous functionaries quoted by role are a different set at each mention
    ("Residents said the water was cut.", [None]),
    (
        "Survivors told aid workers that 95 people had boarded. The coast guard found 60 "
        "survivors.",
        [None],
    ),
    (
        "Investigators said the rifle belonged to the boy's father. The FBI was assisting "
        "local investigators.",
        [None],
    ),
    ("Officials said the road was closed. Officials later reopened it.", [None]),
    # a definite body written again as the subject pronoun of the next sentence
    (
        "The Israeli military said it had struck a command centre. It did not provide evidence.",
        ["israeli military"],
    ),
    (
        "The Sudanese army said it had retaken the town. It has deployed more troops to the area.",
        ["sudanese army"],
    ),
    (
        "Nine civilians died in the raid, the Nigerian police said on Monday. They have "
        "arrested two suspects.",
        ["nigerian police"],
    ),
    ("According to the government, the dam is safe. It has ordered inspections.", ["government"]),
    # near-false: the pronoun opens another paragraph; no pronoun; an indefinite person
    (
        "The Israeli military said it had struck a command centre.\n\nIt was the third strike "
        "this week.",
        [None],
    ),
    ("Three soldiers died, the army said. The convoy was hit near the border.", [None]),
    ("A local official said the bridge collapsed. It was built in 1970.", [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"), ARTICLE_REFERENT_CASES, ids=[c[0][:50] for c in ARTICLE_REFERENT_CASES]
)
def test_nominal_sources_resolve_by_the_articles_other_mentions(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 4: an organisation's name where the recogniser or the writer gave only a part: the
# source phrase goes on with the name's own words, or the article writes the name out once.
FULLER_NAME_CASES = [
    (
        "Police recorded 628 kidnappings this year, the Centre for Analysis and Research in "
        "Human Rights said last week.",
        ["centre for analysis and research in human rights"],
    ),
    (
        "Civilian deaths rose, the U.N. Human Rights Monitoring Mission in Ukraine said.",
        ["u.n. human rights monitoring mission in ukraine"],
    ),
    (
        "The Syrian Observatory for Human Rights said 14 soldiers died. The Syrian Observatory "
        "said the ambush lasted an hour.",
        ["syrian observatory for human rights", "syrian observatory for human rights"],
    ),
    (
        "At least 30 people died, the Norwegian Refugee Council said. The Refugee Council said "
        "aid was blocked.",
        ["norwegian refugee council", "norwegian refugee council"],
    ),
    # near-false: a state body placed, another name joined on, a person of a paper, and a
    # short form two longer names share
    ("The Defence Ministry in Kyiv said 20 drones were downed.", ["defence ministry"]),
    ("According to Reuters and NBC, the prince is the de facto ruler.", ["reuters"]),
    (
        "Lucy Fischer of The Times told NPR that the suspect had been released a year ago.",
        ["lucy fischer"],
    ),
    (
        "The Refugee Council said aid was blocked. The Norwegian Refugee Council and the "
        "Danish Refugee Council run camps in the area.",
        ["refugee council"],
    ),
]


@pytest.mark.parametrize(
    ("text", "resolved"), FULLER_NAME_CASES, ids=[c[0][:50] for c in FULLER_NAME_CASES]
)
def test_an_organisation_resolves_to_its_full_name(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 4: a person in what a pronoun's own row reports is talked about, not the speaker; the
# pronoun takes the person named before ('Her brother was taken to hospital, she said').
OWN_CONTENT_PRONOUN_CASES = [
    (
        'Halima Osman was at the market when the bomb went off. "My friend was bleeding from '
        'her head," she told the BBC.',
        ["halima osman"],
    ),
    (
        "Amina Yusuf, 34, lost her shop in the blast. Her brother was taken to hospital, she said.",
        ["amina yusuf"],
    ),
    (
        "Resident Omar Hassan said the road was blocked. His neighbour had been injured, he said.",
        ["omar hassan", "omar hassan"],
    ),
    (
        "The driver, Musa Ali, said he saw the explosion.\n\nThe conductor had fled on foot, he "
        "said.",
        ["musa ali", "musa ali"],
    ),
    # near-false: no person named before the row; the one in its content does not speak
    (
        "Police said the market was crowded. The governor had visited the site, he said.",
        [None, None],
    ),
]


@pytest.mark.parametrize(
    ("text", "resolved"),
    OWN_CONTENT_PRONOUN_CASES,
    ids=[c[0][:50] for c in OWN_CONTENT_PRONOUN_CASES],
)
def test_a_pronoun_is_not_the_person_its_own_row_reports_on(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


def test_a_group_in_its_own_rows_content_still_speaks(nlp):
    doc = process(
        nlp,
        "State prosecutors charged the suspect with capital murder, they said on Sunday.",
    )
    assert [r.resolved for r in _full_rows(doc)] == ["state prosecutors"]


# Round 4: a hyphenated description before a name written out with its acronym ('the
# Kurdish-led Syrian Democratic Forces (SDF)') is not part of the name.
DESCRIBED_NAME_CASES = [
    (
        "The Kurdish-led Syrian Democratic Forces (SDF) said 38 suspects were detained.",
        ["syrian democratic forces"],
    ),
    (
        "The Iran-backed Popular Mobilization Forces (PMF) said two fighters died in the strike.",
        ["popular mobilization forces"],
    ),
    (
        "Five soldiers were killed, the Turkish-backed Syrian National Army (SNA) said on Monday.",
        ["syrian national army"],
    ),
    (
        "Fourteen soldiers died, the London-based Syrian Observatory for Human Rights (SOHR) said.",
        ["syrian observatory for human rights"],
    ),
    # near-false: a hyphen inside the name itself; no description at all
    (
        "The Al-Aqsa Martyrs Brigades (AMB) said two of its fighters were killed.",
        ["al-aqsa martyrs brigades"],
    ),
    (
        "The Rapid Support Forces (RSF) said its fighters had taken the town.",
        ["rapid support forces"],
    ),
]


@pytest.mark.parametrize(
    ("text", "resolved"), DESCRIBED_NAME_CASES, ids=[c[0][:50] for c in DESCRIBED_NAME_CASES]
)
def test_a_description_before_a_name_with_its_acronym_is_left_out(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 5, person names: a person's canonical is the fullest form the article writes (given
# names and surname, hyphens, a quoted nickname as written), which a pronoun, a surname or a
# title with the name takes; two people of one surname stay apart; a post-nominal ('QC') is
# no part of the name.
FULL_NAME_CASES = [
    (
        "Interior Minister Marie-Claire Dubois-Leroy said the curfew would be lifted on Friday. "
        "She added that patrols would continue.",
        [
            FullRow(
                "Interior Minister Marie-Claire Dubois-Leroy",
                "marie-claire dubois-leroy",
                "said",
                "the curfew would be lifted on Friday",
            ),
            FullRow("She", "marie-claire dubois-leroy", "added", "patrols would continue"),
        ],
    ),
    (
        'Gang leader Johnny "Blade" Mercier told reporters that his men would not disarm.',
        [
            FullRow(
                'Gang leader Johnny "Blade" Mercier',
                'johnny "blade" mercier',
                "told",
                "his men would not disarm",
            )
        ],
    ),
    (
        '"The city is ours," gang boss Marco "The Fox" Delgado told a local radio station.\n\n'
        "Delgado later said his fighters would leave the port.",
        [
            FullRow(
                'gang boss Marco "The Fox" Delgado',
                'marco "the fox" delgado',
                "told",
                "The city is ours,",
                "direct",
            ),
            FullRow(
                "Delgado", 'marco "the fox" delgado', "said", "his fighters would leave the port"
            ),
        ],
    ),
    # near-false: two people of one surname; a post-nominal after the name
    (
        "Health official Omar Haddad said nine people were hurt. A second official, Karim "
        "Haddad, said the figure could rise.",
        [
            FullRow("Health official Omar Haddad", "omar haddad", "said", "nine people were hurt"),
            FullRow(
                "A second official, Karim Haddad", "karim haddad", "said", "the figure could rise"
            ),
        ],
    ),
    (
        "Judge Peter Hall QC said the defendant had shown no remorse.",
        [
            FullRow(
                "Judge Peter Hall QC", "peter hall", "said", "the defendant had shown no remorse"
            )
        ],
    ),
    # a generational suffix after a comma: the surname alone is the word before it
    (
        "Pastor Leon Harris, Jr., led the vigil. Harris said the families wanted answers.",
        [FullRow("Harris", "leon harris, jr.", "said", "the families wanted answers")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FULL_NAME_CASES, ids=[c[0][:50] for c in FULL_NAME_CASES]
)
def test_a_person_resolves_to_the_fullest_name_written(nlp, text, expected):
    assert _full_rows(process(nlp, text)) == expected


# Round 5, counted groups: a figure of victims inside a report never speaks; a speech verb
# coordinated onto its clause is a second report of the reporter, outside the first content.
COUNTED_GROUP_CASES = [
    (
        "The health ministry said on Sunday that 18 people were killed in the strikes and warned "
        "that hospitals were running out of fuel.",
        [
            FullRow("The health ministry", None, "said", "18 people were killed in the strikes"),
            FullRow("The health ministry", None, "warned", "hospitals were running out of fuel"),
        ],
    ),
    (
        "Local officials said at least 40 villagers had drowned, and urged residents to move to "
        "higher ground.",
        [
            FullRow("Local officials", None, "said", "at least 40 villagers had drowned"),
            FullRow("Local officials", None, "urged", "residents to move to higher ground"),
        ],
    ),
    (
        "A UN monitoring mission said last week that at least 9,000 civilians had been killed "
        "since the war began, and has warned that the true toll is far higher.",
        [
            FullRow(
                "A UN monitoring mission",
                None,
                "said",
                "at least 9,000 civilians had been killed since the war began",
            ),
            FullRow("A UN monitoring mission", None, "warned", "the true toll is far higher"),
        ],
    ),
    # near-false: a counted group that speaks itself; a non-speech conjunct stays content
    (
        "Two witnesses told Reuters that the gunmen fled on motorbikes.",
        [FullRow("Two witnesses", None, "told", "the gunmen fled on motorbikes")],
    ),
    (
        "Police said three suspects were arrested and confessed to the robbery.",
        [
            FullRow(
                "Police", None, "said", "three suspects were arrested and confessed to the robbery"
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COUNTED_GROUP_CASES, ids=[c[0][:50] for c in COUNTED_GROUP_CASES]
)
def test_a_counted_group_in_a_report_is_never_a_source(nlp, text, expected):
    assert _full_rows(process(nlp, text)) == expected


# Round 5, nominals the article names: an organisation-kind nominal ('a human rights group',
# "the UN children's agency") takes the organisation of its kind that speaks by name next, in
# its paragraph or the next; a definite one ('The agency', 'the group') the organisation that
# is the main-clause subject of the sentence before; an outlet written before its kind ('the
# Mizzima news agency') is that outlet. A nominal nothing names, or names only as another kind
# (a ministry is no 'group'), stays null.
NAMED_NOMINAL_CASES = [
    (
        "Gunmen killed 12 farmers in a village in central Mali on Thursday, a human rights group "
        "said.\n\nThe Malian Association for Human Rights said in a statement that the attackers "
        "arrived on motorbikes.",
        [
            FullRow(
                "a human rights group",
                "malian association for human rights",
                "said",
                "Gunmen killed 12 farmers in a village in central Mali on Thursday",
            ),
            FullRow(
                "The Malian Association for Human Rights",
                "malian association for human rights",
                "said",
                "the attackers arrived on motorbikes",
                channel="statement",
            ),
        ],
    ),
    (
        "Floods displaced 4,000 children in Chad, the UN children's agency said on Monday.\n\n"
        "UNICEF said schools in three provinces had been closed.",
        [
            FullRow(
                "the UN children's agency",
                "unicef",
                "said",
                "Floods displaced 4,000 children in Chad",
            ),
            FullRow("UNICEF", "unicef", "said", "schools in three provinces had been closed"),
        ],
    ),
    (
        "Heavy rain will continue until Sunday, the Nepal Meteorological Department said. The "
        "agency warned that rivers could burst their banks.",
        [
            FullRow(
                "the Nepal Meteorological Department",
                "nepal meteorological department",
                "said",
                "Heavy rain will continue until Sunday",
            ),
            FullRow(
                "The agency",
                "nepal meteorological department",
                "warned",
                "rivers could burst their banks",
            ),
        ],
    ),
    (
        "Clashes erupted between the army and the Popular Resistance Front on Tuesday. The Popular "
        "Resistance Front did not respond to requests for comment. In a post on Telegram, the "
        "group said its fighters had repelled the attack.",
        [
            FullRow(
                "the group",
                "popular resistance front",
                "said",
                "its fighters had repelled the attack",
                channel="telegram",
            )
        ],
    ),
    (
        "Troops detained 20 villagers, the Mizzima news agency reported.",
        [FullRow("the Mizzima news agency", "mizzima", "reported", "Troops detained 20 villagers")],
    ),
    # near-false: nothing named of that kind after the nominal
    (
        "A rights group said the prison was overcrowded.\n\nPolice said 20 inmates escaped.",
        [
            FullRow("A rights group", None, "said", "the prison was overcrowded"),
            FullRow("Police", None, "said", "20 inmates escaped"),
        ],
    ),
    (
        "A local aid group said the camp had run out of water.\n\nThe Interior Ministry said more "
        "tankers would be sent.",
        [
            FullRow("A local aid group", None, "said", "the camp had run out of water"),
            FullRow(
                "The Interior Ministry", "interior ministry", "said", "more tankers would be sent"
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NAMED_NOMINAL_CASES, ids=[c[0][:50] for c in NAMED_NOMINAL_CASES]
)
def test_a_nominal_resolves_to_the_name_the_article_gives_it(nlp, text, expected):
    assert _full_rows(process(nlp, text)) == expected


# Round 5, the noun that named an organisation before: 'the charity' after 'a spokesman for the
# charity Save the Children' is that charity, though the recogniser found no name there or took
# it for a person, and another organisation is named more often; a bare 'The agency' nothing
# names stays null.
DESCRIBED_BEFORE_CASES = [
    (
        "At least 27 migrants drowned off Lampedusa, the International Organization for "
        "Migration said. The IOM said 60 survivors had been brought ashore.\n\n"
        '"They were exhausted," said Filippo Ungaro, a spokesman for the charity Save the '
        "Children. Four of the survivors were taken to a hospital, he said. Among the survivors "
        "were 11 minors, the charity added.",
        [
            "international organization for migration",
            "international organization for migration",
            "filippo ungaro",
            "filippo ungaro",
            "save the children",
        ],
    ),
    (
        '"We need more boats," said Anna Riva, a spokeswoman for the charity Mediterranea Saving '
        "Humans. The coast guard said 40 people were rescued. The charity added that two "
        "children were missing.",
        ["anna riva", None, "mediterranea saving humans"],
    ),
    ("The agency said the clinic was full.", [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"), DESCRIBED_BEFORE_CASES, ids=[c[0][:50] for c in DESCRIBED_BEFORE_CASES]
)
def test_a_noun_resolves_to_the_name_it_was_written_before(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, the occasion a telling verb addresses: 'told a news conference', 'told a press
# briefing' name the occasion of the statement, so its channel (the contract: 'told AFP',
# 'told reporters' name a recipient, an occasion is a channel); the same speaker's later cues
# of that statement inherit it. A hearer, a medium or a crowd as object gives no channel.
# The policy is off in models/ (`occasion_channels` is empty: CASES above holds 'told a press
# conference in Kyiv' without a channel); these cases run with it on.
OCCASION_OBJECT_CASES = [
    (
        "Police Chief Ana Ruiz told a news conference on Monday that three suspects had been "
        "arrested.",
        [
            FullRow(
                "Police Chief Ana Ruiz",
                "ana ruiz",
                "told",
                "three suspects had been arrested",
                channel="press_conference",
            )
        ],
    ),
    (
        "Interior Minister Ahmad Zia told a press briefing in Kabul that 40 militants had been "
        "killed. Two police officers were also wounded, he said.",
        [
            FullRow(
                "Interior Minister Ahmad Zia",
                "ahmad zia",
                "told",
                "40 militants had been killed",
                channel="press_conference",
            ),
            FullRow(
                "he",
                "ahmad zia",
                "said",
                "Two police officers were also wounded",
                channel="press_conference",
            ),
        ],
    ),
    (
        "At least nine people died in the blaze, Fire Chief Tom Hale told a news conference late "
        "on Saturday.",
        [
            FullRow(
                "Fire Chief Tom Hale",
                "tom hale",
                "told",
                "At least nine people died in the blaze",
                channel="press_conference",
            )
        ],
    ),
    (
        "Army spokesman Colonel Ibrahim Musa told a televised news conference that troops had "
        'freed 20 hostages.\n\n"We will not stop until every captive is home," Musa said.',
        [
            FullRow(
                "Army spokesman Colonel Ibrahim Musa",
                "ibrahim musa",
                "told",
                "troops had freed 20 hostages",
                channel="press_conference",
            ),
            FullRow(
                "Musa",
                "ibrahim musa",
                "said",
                "We will not stop until every captive is home,",
                "direct",
                channel="press_conference",
            ),
        ],
    ),
    (
        "The sheriff's spokeswoman, Dana Price, told a joint press conference with the FBI that "
        "the gunman had acted alone.",
        [
            FullRow(
                "The sheriff's spokeswoman, Dana Price",
                "dana price",
                "told",
                "the gunman had acted alone",
                channel="press_conference",
            )
        ],
    ),
    # near-false: a hearer, a medium or a crowd is told, no occasion is named
    (
        "Police Chief Ana Ruiz told reporters on Monday that three suspects had been arrested.",
        [FullRow("Police Chief Ana Ruiz", "ana ruiz", "told", "three suspects had been arrested")],
    ),
    (
        "Police Chief Ana Ruiz told the BBC that three suspects had been arrested.",
        [FullRow("Police Chief Ana Ruiz", "ana ruiz", "told", "three suspects had been arrested")],
    ),
    (
        "Police Chief Mary Ruiz told a news conference that three suspects had been arrested. "
        "She told the Daily Mail on Tuesday that a fourth man was being sought.",
        [
            FullRow(
                "Police Chief Mary Ruiz",
                "mary ruiz",
                "told",
                "three suspects had been arrested",
                channel="press_conference",
            ),
            FullRow("She", "mary ruiz", "told", "a fourth man was being sought"),
        ],
    ),
]


@pytest.fixture
def no_occasion_nlp(nlp):
    """The pipeline under a convention where whatever 'told' takes is a hearer: the lexicon's
    'occasion_channels' emptied, as an analyst's copy of models/ would."""
    lexicon = nlp.get_pipe("news_attributions").lexicon
    before = lexicon.occasion_channels
    lexicon.occasion_channels = frozenset()
    try:
        yield nlp
    finally:
        lexicon.occasion_channels = before


@pytest.mark.parametrize(
    ("text", "expected"), OCCASION_OBJECT_CASES, ids=[c[0][:50] for c in OCCASION_OBJECT_CASES]
)
def test_an_occasion_told_is_the_channel(nlp, text, expected):
    assert _full_rows(process(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), OCCASION_OBJECT_CASES, ids=[c[0][:50] for c in OCCASION_OBJECT_CASES]
)
def test_an_occasion_told_gives_no_channel_when_the_list_is_empty(no_occasion_nlp, text, expected):
    assert _full_rows(process(no_occasion_nlp, text)) == [
        r._replace(channel=None) for r in expected
    ]


# Round 6, a that-clause the parser hung as a relative clause on whom or where a telling
# verb told ('told a crowd of mourners that ...', 'told a news briefing that ...'): the
# clause is what was told, the object is not part of it.
TOLD_OBJECT_CLAUSE_CASES = [
    (
        "The mayor told a crowd of mourners that the city would rebuild.",
        [FullRow("The mayor", None, "told", "the city would rebuild")],
    ),
    (
        "Sheriff Dana Price told a news briefing that the gunman had acted alone.",
        [
            FullRow(
                "Sheriff Dana Price",
                "dana price",
                "told",
                "the gunman had acted alone",
                channel="press_conference",
            )
        ],
    ),
    (
        "The sheriff's spokeswoman, Dana Price, told a joint press conference with the FBI that "
        "the gunman had acted alone.",
        [
            FullRow(
                "The sheriff's spokeswoman, Dana Price",
                "dana price",
                "told",
                "the gunman had acted alone",
                channel="press_conference",
            )
        ],
    ),
    (
        "An army spokesman told a gathering of elders that four soldiers were missing.",
        [FullRow("An army spokesman", None, "told", "four soldiers were missing")],
    ),
    # near-false: a relative clause on whom was told, with no subject of its own
    ("The mayor told a crowd that gathered outside the hall about the plan.", []),
]


# Round 6, who is asked to act: a directive verb ('urged', 'asked', 'encouraged') whose
# infinitive the parser hung on a modifier of the addressee ('anyone with information to
# contact police', 'anyone who saw it to come forward') reports the addressee and the act.
ADDRESSEE_INFINITIVE_CASES = [
    (
        "The mayor urged anyone with information to contact police.",
        [FullRow("The mayor", None, "urged", "anyone with information to contact police")],
    ),
    (
        "Police asked anyone who saw the attack to come forward.",
        [FullRow("Police", None, "asked", "anyone who saw the attack to come forward")],
    ),
    (
        "On Sunday, detectives asked anyone with information about the shooting to call the "
        "tip line.",
        [
            FullRow(
                "detectives",
                None,
                "asked",
                "anyone with information about the shooting to call the tip line",
            )
        ],
    ),
    (
        "Investigators urged anybody who had been at the party to speak to them.",
        [
            FullRow(
                "Investigators",
                None,
                "urged",
                "anybody who had been at the party to speak to them",
            )
        ],
    ),
    (
        "Sheriff Dana Price said the gunman had acted alone and urged anyone with video of the "
        "shooting to send it to detectives.",
        [
            FullRow("Sheriff Dana Price", "dana price", "said", "the gunman had acted alone"),
            FullRow(
                "Sheriff Dana Price",
                "dana price",
                "urged",
                "anyone with video of the shooting to send it to detectives",
            ),
        ],
    ),
    # near-false: no verb that asks, or nothing asked of the addressee
    ("The mayor visited everyone in the shelter to hand out blankets.", []),
    ("The mayor thanked everyone with a boat for their help.", []),
]

# Round 6, figures of a body by its acronym: a nominal source whose modifier is an acronym
# the article defined ('IOM figures', 'an ACLED tally', 'A NEMA report') resolves to the
# body's name, though the recogniser found no name in the phrase.
ACRONYM_OWNER_CASES = [
    (
        "The International Organization for Migration (IOM) said 60 survivors were brought "
        "ashore. More than 1,100 people have died this year, according to IOM figures.",
        [
            "international organization for migration",
            "international organization for migration",
        ],
    ),
    (
        "The Armed Conflict Location and Event Data project (ACLED) tracks attacks in the "
        "region. More than 300 civilians were killed in June, according to an ACLED tally.",
        # 'project' closes the name (`name_closing_words`), as the fitted gold writes it
        ["armed conflict location and event data project"],
    ),
    (
        "The National Emergency Management Agency (NEMA) sent rescuers. A NEMA report said 30 "
        "houses had collapsed.",
        ["national emergency management agency"],
    ),
    (
        "The World Food Programme (WFP) said food stocks were low. Some 2.3 million people "
        "face hunger, according to WFP estimates.",
        ["world food programme", "world food programme"],
    ),
    (
        "Some 1,200 civilians were killed last year, according to the Sahel Violence Mapping "
        "project (SVM).",
        ["sahel violence mapping project"],
    ),
    (
        "Few donors have paid, according to the Lake Chad Recovery initiative (LCR). About 40 "
        "schools have reopened, according to LCR figures.",
        ["lake chad recovery initiative", "lake chad recovery initiative"],
    ),
    # near-false: no acronym, or one the article never defined; a descriptor before the
    # bracket is no part of the name
    (
        "At least 30 people died, according to the Syrian Network for Human Rights monitoring "
        "group (SNHR).",
        ["syrian network for human rights"],
    ),
    (
        "More than 1,100 people have died this year, according to official figures.",
        [None],
    ),
    (
        "The National Emergency Management Agency sent rescuers. A police report said 30 "
        "houses had collapsed.",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("text", "resolved"), ACRONYM_OWNER_CASES, ids=[c[0][:50] for c in ACRONYM_OWNER_CASES]
)
def test_figures_by_a_defined_acronym_resolve_to_the_body(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, a citing participle that closes the reported clause ('X said CLAUSE, citing Y'):
# the parser hangs it on the clause, but Y is where X got the claim, a cited origin sharing
# X's content; a participle whose object cannot speak ('citing security concerns') stays the
# grounds X gave, as before.
CLOSING_CITING_CASES = [
    (
        "The monitoring group said 14 fighters had been killed, citing medical sources.",
        [
            FullRow("The monitoring group", None, "said", "14 fighters had been killed"),
            FullRow(
                "medical sources",
                None,
                "citing",
                "14 fighters had been killed",
                relation="cited_origin",
                parent=0,
            ),
        ],
    ),
    (
        "State television said the dam had burst overnight, citing local officials.",
        [
            FullRow(
                "State television", None, "said", "the dam had burst overnight", channel="tv_radio"
            ),
            FullRow(
                "local officials",
                None,
                "citing",
                "the dam had burst overnight",
                relation="cited_origin",
                parent=0,
            ),
        ],
    ),
    (
        "Reuters reported that the talks had collapsed, citing two diplomats.",
        [
            FullRow("Reuters", "reuters", "reported", "the talks had collapsed"),
            FullRow(
                "two diplomats",
                None,
                "citing",
                "the talks had collapsed",
                relation="cited_origin",
                parent=0,
            ),
        ],
    ),
    (
        "The rights group said on Monday that nine villagers were abducted, citing witnesses in "
        "the area.",
        [
            FullRow("The rights group", None, "said", "nine villagers were abducted"),
            FullRow(
                "witnesses in the area",
                None,
                "citing",
                "nine villagers were abducted",
                relation="cited_origin",
                parent=0,
            ),
        ],
    ),
    # near-false: what is cited cannot speak, so it is the grounds the speaker gave
    (
        "The army said the road would stay closed, citing security concerns.",
        [
            FullRow("The army", None, "said", "the road would stay closed"),
            FullRow("The army", None, "citing", "security concerns"),
        ],
    ),
]


# Round 6, a source after the clause it reports that the parser coordinated with the last noun
# of that clause ('..., killing at least 15 people, police and local officials said', '...,
# health workers and residents told Reuters'): the speakers after the comma are the source,
# the clause before it the content.
SOURCE_READ_AS_CONJUNCT_CASES = [
    (
        "Gunmen stormed the village before dawn, killing nine people and burning the market, "
        "police and local officials said.",
        [
            FullRow(
                "police and local officials",
                None,
                "said",
                "Gunmen stormed the village before dawn, killing nine people and burning the "
                "market",
            )
        ],
    ),
    (
        "Three soldiers died in the ambush, police and witnesses told Reuters.",
        [FullRow("police and witnesses", None, "told", "Three soldiers died in the ambush")],
    ),
    (
        "A mortar round hit a crowded bus station in the city centre, two doctors and a nurse "
        "told AFP.",
        [
            FullRow(
                "two doctors and a nurse",
                None,
                "told",
                "A mortar round hit a crowded bus station in the city centre",
            )
        ],
    ),
    (
        "The fire spread to four neighbouring houses, residents and firefighters said on Sunday.",
        [
            FullRow(
                "residents and firefighters",
                None,
                "said",
                "The fire spread to four neighbouring houses",
            )
        ],
    ),
    # the speaker read as another object of the clause's participle, before 'told' + hearer
    (
        "Militants attacked the camp and the school, forcing thousands of people to flee into "
        "the bush, the head of the district, Musa Bello, told the BBC.",
        [
            FullRow(
                "the head of the district, Musa Bello",
                "musa bello",
                "told",
                "Militants attacked the camp and the school, forcing thousands of people to flee "
                "into the bush",
            )
        ],
    ),
    (
        "The fighters looted shops and the police post, forcing dozens of traders to flee into "
        "the hills, the town's mayor, Paul Mbeki, told AFP.",
        [
            FullRow(
                "the town's mayor, Paul Mbeki",
                "paul mbeki",
                "told",
                "The fighters looted shops and the police post, forcing dozens of traders to flee "
                "into the hills",
            )
        ],
    ),
    (
        "Rebels shelled the town and the airport, forcing residents to hide in the church, the "
        "mayor of Goma, Jean Kabila, told Reuters.",
        [
            FullRow(
                "the mayor of Goma, Jean Kabila",
                "jean kabila",
                "told",
                "Rebels shelled the town and the airport, forcing residents to hide in the church",
            )
        ],
    ),
    # near-false: the nouns after the comma are part of a list in the clause, no cue follows
    ("Gunmen killed three farmers, two herders and a trader in the raid.", []),
]


# Round 6, a one-word name after a person's title ('agency chief Heriyanto', 'Police spokesman
# Sumarno') is a person, whatever label the recogniser gave it or none: 'he' or 'she' after
# the speaker's quote or in the next paragraph means that person. A place is no speaker.
TITLED_MONONYM_CASES = [
    (
        'Rescue chief Syahrial said 12 people were missing. "We are digging by hand," he said.',
        ["syahrial", "syahrial"],
    ),
    (
        "Police spokesman Sumarno told reporters four bodies had been found.\n\n"
        '"The search will go on tonight," he said.',
        ["sumarno", "sumarno"],
    ),
    (
        'Army spokeswoman Sutarti said two soldiers were hurt. "Both are stable," she said.',
        ["sutarti", "sutarti"],
    ),
    (
        "Agency chief Heriyanto said 27 bodies had been recovered. "
        '"The ground is still moving," he said.',
        ["heriyanto", "heriyanto"],
    ),
    # near-false: a place named before the pronoun is no speaker
    ('Rescuers reached Sumbawa on Monday. "The ground is still moving," he said.', [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"), TITLED_MONONYM_CASES, ids=[c[0][:50] for c in TITLED_MONONYM_CASES]
)
def test_a_pronoun_after_a_titled_one_word_name_is_that_person(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, a message of no kind ('a video', 'a letter', 'a video message': channel other)
# shared on a medium named in the same phrase ('on social media') was made through that
# medium, as 'a video posted on Telegram' is a Telegram message; alone it stays other.
SHARED_MESSAGE_CASES = [
    (
        "The gang leader said in a video shared on social media that the gangs would keep "
        "fighting.",
        [
            FullRow(
                "The gang leader",
                None,
                "said",
                "the gangs would keep fighting",
                channel="social_media",
            )
        ],
    ),
    (
        "In a video circulated on social media, the militia commander said his fighters had "
        "taken the town.",
        [
            FullRow(
                "the militia commander",
                None,
                "said",
                "his fighters had taken the town",
                channel="social_media",
            )
        ],
    ),
    (
        "The mayor said in a recorded video message on social media that the curfew would stay.",
        [FullRow("The mayor", None, "said", "the curfew would stay", channel="social_media")],
    ),
    (
        "Protest organisers said in a letter shared on social media that two marchers had been "
        "detained.",
        [
            FullRow(
                "Protest organisers",
                None,
                "said",
                "two marchers had been detained",
                channel="social_media",
            )
        ],
    ),
    # near-false: no medium named beside the message
    (
        "The rebel spokesman said in a video that his men had withdrawn.",
        [FullRow("The rebel spokesman", None, "said", "his men had withdrawn", channel="other")],
    ),
]


# Round 6, a recording shown by a broadcaster ('Footage broadcast by local channels showed',
# 'Images aired by local TV stations showed'): the agent of the delivery participle is the
# medium it came through; one filmed or released by people or a group names no medium.
BROADCAST_RECORDING_CASES = [
    (
        "Images broadcast by local TV stations showed collapsed houses along the river.",
        [
            FullRow(
                "Images broadcast by local TV stations",
                None,
                "showed",
                "collapsed houses along the river",
                channel="tv_radio",
            )
        ],
    ),
    (
        "Video aired by local broadcasters showed smoke rising from the hospital.",
        [
            FullRow(
                "Video aired by local broadcasters",
                None,
                "showed",
                "smoke rising from the hospital",
                channel="tv_radio",
            )
        ],
    ),
    (
        "Footage broadcast by state television showed the president visiting the wounded.",
        [
            FullRow(
                "Footage broadcast by state television",
                None,
                "showed",
                "the president visiting the wounded",
                channel="tv_radio",
            )
        ],
    ),
    (
        "Footage circulated by local news channels showed a burning bus.",
        [
            FullRow(
                "Footage circulated by local news channels",
                None,
                "showed",
                "a burning bus",
                channel="tv_radio",
            )
        ],
    ),
    # near-false: filmed by people, no medium
    (
        "Footage filmed by residents showed a column of tanks.",
        [FullRow("Footage filmed by residents", None, "showed", "a column of tanks")],
    ),
]


def _no_medium_free(rows: list[FullRow]) -> bool:
    """A near-false case of a message noun: its row keeps the message's channel."""
    return any(r.channel is not None for r in rows)


def _no_medium(rows: list[FullRow]) -> bool:
    return all(r.channel in (None, "other") for r in rows)


# Round 6, a person's name set off by commas after the place of a title ('The mayor of
# Jérémie, Jean-Baptiste Pétion, said'): the parser may make the name the object of 'of' and
# the place its modifier; the speaker is still the named person. A description set off the
# same way ('a town of 30,000') names no one.
NAME_AFTER_PLACE_CASES = [
    (
        "The mayor of Jérémie, Jean-Baptiste Pétion, said two schools had collapsed.",
        ["jean-baptiste pétion"],
    ),
    (
        "The mayor of Mirebalais, Jean-Robert Désir, said gangs had stormed the town.",
        ["jean-robert désir"],
    ),
    (
        "The prefect of Ouémé, Marie-Hélène Adjovi, said three villages were flooded.",
        ["marie-hélène adjovi"],
    ),
    (
        "The police chief of Gonaïves, José-Luis Ramírez, told reporters that four officers "
        "were hurt.",
        ["josé-luis ramírez"],
    ),
    # near-false: a description of the place, no name
    ("The mayor of Jérémie, a town of 30,000, said two schools had collapsed.", [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"), NAME_AFTER_PLACE_CASES, ids=[c[0][:50] for c in NAME_AFTER_PLACE_CASES]
)
def test_a_name_set_off_after_a_titles_place_is_the_speaker(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, a descriptor set off after the name that closes the reported clause ('... with the
# help of Europol, the EU police agency said'): the descriptor is the name's apposition, so
# the source is that organisation (ANNOTATION: a nominal resolves to the name the article
# attaches it to). A place before the comma, or a kind that does not fit, names no one.
DESCRIPTOR_AFTER_NAME_CASES = [
    (
        "Thirty-four others were picked up in Germany and Spain with the help of Europol, the "
        "EU police agency said in a statement.",
        ["europol"],
    ),
    (
        "The raids were coordinated with Interpol, the global police body said on Friday.",
        ["interpol"],
    ),
    (
        "Aid was delivered to the camp by UNICEF, the UN children's agency said.",
        ["unicef"],
    ),
    (
        "The clinic in Marib is run by Doctors Without Borders, the medical charity said.",
        ["doctors without borders"],
    ),
    # near-false: a place, or a kind the name does not have
    ("The convoy was attacked near the border with Sudan, the agency said.", [None]),
    ("Troops clashed with al-Shabaab fighters near Afgoye, the army said.", [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"),
    DESCRIPTOR_AFTER_NAME_CASES,
    ids=[c[0][:50] for c in DESCRIPTOR_AFTER_NAME_CASES],
)
def test_a_descriptor_after_the_name_closing_the_clause_is_that_name(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, a report closed by a semicolon before another party's reply ('X said S; Y did not
# comment'): the parser may hang the report under the clause after the semicolon, or that
# clause under the report; a semicolon ends a statement, so the content stops at it and the
# cue keeps its row.
SEMICOLON_REPLY_CASES = [
    (
        "The governor said nine people were hurt; the company did not respond.",
        [FullRow("The governor", None, "said", "nine people were hurt")],
    ),
    (
        "Police said three men were arrested; their lawyers did not comment.",
        [FullRow("Police", None, "said", "three men were arrested")],
    ),
    (
        "The army said two soldiers died; the rebels did not comment.",
        [FullRow("The army", None, "said", "two soldiers died")],
    ),
    (
        "The SDF blamed Turkish forces for the strike; Ankara did not comment.",
        [FullRow("The SDF", "sdf", "blamed", "Turkish forces for the strike")],
    ),
    (
        "The monitor said 14 civilians were killed; Moscow did not comment.",
        [FullRow("The monitor", None, "said", "14 civilians were killed")],
    ),
    # near-false: no report on either side of the semicolon
    ("The army shelled the town; residents fled.", []),
]


# Round 6, a belief reported inside a fronted content ('Police believe the kidnappers belong
# to a gang, a police official said'): the cognition cue with its own subject and clause is
# an attribution nested in the speaker's, as 'Police say ..., the mayor said' is.
NESTED_BELIEF_CASES = [
    (
        "Investigators believed the shooting stemmed from a dispute between two groups, he said.",
        [
            FullRow(
                "Investigators",
                None,
                "believed",
                "the shooting stemmed from a dispute between two groups",
                relation="nested",
                parent=1,
            ),
            FullRow(
                "he",
                None,
                "said",
                "Investigators believed the shooting stemmed from a dispute between two groups",
            ),
        ],
    ),
    (
        "Police believe the kidnappers belong to a local gang, a police official told reporters.",
        [
            FullRow(
                "Police",
                None,
                "believe",
                "the kidnappers belong to a local gang",
                relation="nested",
                parent=1,
            ),
            FullRow(
                "a police official",
                None,
                "told",
                "Police believe the kidnappers belong to a local gang",
            ),
        ],
    ),
    (
        "Officials think the fire was started deliberately, the mayor said.",
        [
            FullRow(
                "Officials",
                None,
                "think",
                "the fire was started deliberately",
                relation="nested",
                parent=1,
            ),
            FullRow("the mayor", None, "said", "Officials think the fire was started deliberately"),
        ],
    ),
    (
        "Doctors fear the toll will rise, a hospital official said.",
        [
            FullRow("Doctors", None, "fear", "the toll will rise", relation="nested", parent=1),
            FullRow("a hospital official", None, "said", "Doctors fear the toll will rise"),
        ],
    ),
    # near-false: no clause of their own is believed
    (
        "Officials worry about the cost of the repairs, the mayor said.",
        [FullRow("the mayor", None, "said", "Officials worry about the cost of the repairs")],
    ),
]


# Round 6, hearsay on a noun ('dozens more feared trapped in the hull', 'three children
# believed to be siblings'): the reduced form of 'are feared trapped', an agentless report
# (ANNOTATION: passive reports without an agent are rows without a source) whose content is
# the noun with its participle and predicate. 'Suspected of' and 'reported missing' are acts.
HEARSAY_MODIFIER_CASES = [
    (
        "Divers searched for dozens more feared trapped in the hull.",
        [FullRow(None, None, "feared", "dozens more feared trapped in the hull")],
    ),
    (
        "Rescuers searched for 12 miners feared trapped underground.",
        [FullRow(None, None, "feared", "12 miners feared trapped underground")],
    ),
    (
        "Police found three children believed to be siblings.",
        [FullRow(None, None, "believed", "three children believed to be siblings")],
    ),
    (
        "The coast guard is looking for six crew members feared lost at sea.",
        [FullRow(None, None, "feared", "six crew members feared lost at sea")],
    ),
    # near-false: a suspicion that is an act of the police, a report made to the police
    ("Police detained two men suspected of steering the boat.", []),
    ("A woman reported missing last week was found in a forest.", []),
]


# Round 6, 'saying' with no comma after the object of a verb ('condemned the shooting saying
# ...', 'welcomed the ceasefire saying ...'): the parser hangs the participle on the object,
# but an object that is neither a message nor a party says nothing; the participle goes on
# with the verb's subject, and it is no part of the verb's own content. A message noun
# ('a statement saying') keeps its author.
SAYING_AFTER_OBJECT_CASES = [
    (
        "The mayor condemned the shooting saying the city would not be intimidated.",
        [
            FullRow("The mayor", None, "condemned", "the shooting"),
            FullRow("The mayor", None, "saying", "the city would not be intimidated"),
        ],
    ),
    (
        "Police defended the raid saying officers had been fired upon.",
        [
            FullRow("Police", None, "defended", "the raid"),
            FullRow("Police", None, "saying", "officers had been fired upon"),
        ],
    ),
    (
        "The minister welcomed the ceasefire saying it would save lives.",
        [
            FullRow("The minister", None, "welcomed", "the ceasefire"),
            FullRow("The minister", None, "saying", "it would save lives"),
        ],
    ),
    (
        "The governor visited the flooded district on Sunday saying aid would arrive within days.",
        [FullRow("The governor", None, "saying", "aid would arrive within days")],
    ),
    # near-false: a message noun keeps its author and channel
    (
        "The ministry released a statement saying 12 soldiers died.",
        [FullRow("The ministry", None, "saying", "12 soldiers died", channel="statement")],
    ),
]


# Round 6, a cue coordinated with an act made through a medium named on that act's object
# ('claimed responsibility in a message on Telegram and said ...'): one subject, one act of
# speaking, one medium, wherever the parser hung the phrase (on the verb or its object).
MEDIUM_ON_COORDINATED_ACT_CASES = [
    (
        "The group claimed responsibility in a message on Telegram and said it had captured "
        "seven soldiers.",
        [FullRow("The group", None, "said", "it had captured seven soldiers", channel="telegram")],
    ),
    (
        "The militia claimed the attack in a statement on its website and said 12 soldiers had "
        "been killed.",
        [FullRow("The militia", None, "said", "12 soldiers had been killed", channel="statement")],
    ),
    (
        "The president condemned the bombing in a post on X and said the attackers would be "
        "punished.",
        [
            FullRow("The president", None, "condemned", "the bombing", channel="x_twitter"),
            FullRow(
                "The president",
                None,
                "said",
                "the attackers would be punished",
                channel="x_twitter",
            ),
        ],
    ),
    (
        "The rebels denied the report in a video on Telegram and said their fighters had "
        "withdrawn.",
        [
            FullRow("The rebels", None, "denied", "the report", channel="telegram"),
            FullRow("The rebels", None, "said", "their fighters had withdrawn", channel="telegram"),
        ],
    ),
    # near-false: a place on the object, no medium
    (
        "The group claimed responsibility for the attack in the city and said it had captured "
        "seven soldiers.",
        [FullRow("The group", None, "said", "it had captured seven soldiers")],
    ),
]


# Round 6, an unnamed speaker named later ('a foreman said ... the foreman, Musa Abdullahi,
# told'): the definite noun with the name in apposition gives the indefinite one its name
# (ANNOTATION: a nominal resolves to the name the article attaches to it, before or after).
# Another person of the kind ('Another resident, X') or another noun names no one.
NAMED_LATER_CASES = [
    (
        'Around 50 workers were on site, according to a foreman. "I heard a sound like '
        'thunder," the foreman, Musa Abdullahi, said.',
        ["musa abdullahi", "musa abdullahi"],
    ),
    (
        "A nurse said 14 wounded had arrived overnight. The nurse, Amina Bello, said the "
        "hospital had run out of blood.",
        ["amina bello", "amina bello"],
    ),
    (
        "A witness said the gunman fired from a car. The witness, John Okafor, said he saw two "
        "men inside.",
        ["john okafor", "john okafor"],
    ),
    (
        "The bus left the road at dawn, a survivor told Reuters.\n\nThe survivor, Grace "
        "Mwangi, said the driver had been speeding.",
        ["grace mwangi", "grace mwangi"],
    ),
    # near-false: another person of the kind, or another noun
    (
        "A resident said the water rose fast. Another resident, Jane Doe, said the road was cut.",
        [None, "jane doe"],
    ),
    (
        "A nurse said 14 wounded had arrived. The doctor, Amina Bello, said blood was short.",
        [None, "amina bello"],
    ),
]


@pytest.mark.parametrize(
    ("text", "resolved"), NAMED_LATER_CASES, ids=[c[0][:50] for c in NAMED_LATER_CASES]
)
def test_an_unnamed_speaker_takes_the_name_given_later(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, many bodies of an organisation ('United Nations agencies', 'UN agencies', 'Red Cross
# organisations'): a plural body noun names no one entity, as 'UN officials' does not. One
# agency of a body of many offices ('the UN agency', `umbrella_bodies`) is not that body
# either: records.md resolves a nominal to the speaking entity named in the article, and the
# agency is not named here, so null. The singular of any other organisation named on the noun
# ('the Wagner group') stays that organisation.
PLURAL_BODIES_CASES = [
    (
        "It has uprooted more than 12 million people, according to United Nations agencies.",
        [None],
    ),
    ("UN agencies said the camps were full.", [None]),
    ("EU agencies warned that the flood defences were weak.", [None]),
    ("Red Cross organisations said 300 volunteers were deployed.", [None]),
    ("The UN agency said the camps were full.", [None]),
    ("The United Nations refugee agency said the camps were full.", [None]),
    # near-false: one organisation, named on the noun
    ("The Wagner group said the camps were full.", ["wagner"]),
    ("Russia's TASS news agency said the camps were full.", ["tass"]),
]


@pytest.mark.parametrize(
    ("text", "resolved"), PLURAL_BODIES_CASES, ids=[c[0][:50] for c in PLURAL_BODIES_CASES]
)
def test_many_bodies_of_an_organisation_name_no_one(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, an unnamed speaker given a name in its own phrase ('A Fano commander, who gave his
# name only as Abebe', 'A nurse, identified only as Grace'): that name is the speaker's. A
# role after 'as' is no name.
NAME_GIVEN_IN_PHRASE_CASES = [
    (
        "A militia commander, who gave his name only as Abebe, told the BBC that his fighters "
        "had captured 40 soldiers.",
        ["abebe"],
    ),
    ("A nurse, identified only as Grace, said the ward was full.", ["grace"]),
    ("A fighter who gave his name as Abu Omar said the town had fallen.", ["abu omar"]),
    (
        "A shopkeeper, who gave his name only as Karim, told AFP that the market burned for hours.",
        ["karim"],
    ),
    # near-false: a role, not a name
    ("A nurse, identified as the head of the ward, said the ward was full.", [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"),
    NAME_GIVEN_IN_PHRASE_CASES,
    ids=[c[0][:50] for c in NAME_GIVEN_IN_PHRASE_CASES],
)
def test_a_name_given_in_the_speakers_phrase_is_the_speakers(nlp, text, resolved):
    assert [r.resolved for r in _full_rows(process(nlp, text))] == resolved


# Round 6, a cue clause closing the sentence after a name and its apposition ('Among the dead
# was X, a student, his family said in a statement'): the parser may make it a relative
# clause of the name or a conjunct of the main verb; it reports the main clause.
TRAILING_CUE_CLAUSE_CASES = [
    (
        "The victim was Maria Lopez, a nurse at the clinic, her family said in a statement on "
        "Sunday.",
        [
            FullRow(
                "her family",
                None,
                "said",
                "The victim was Maria Lopez, a nurse at the clinic",
                channel="statement",
            )
        ],
    ),
    (
        "Among the dead was Tariq Bello, a high school student, his family said in a statement.",
        [
            FullRow(
                "his family",
                None,
                "said",
                "Among the dead was Tariq Bello, a high school student",
                channel="statement",
            )
        ],
    ),
    (
        "The gunman was identified as Tom Reed, a former soldier, the sheriff's office said on "
        "Monday.",
        [
            # the agentless identification nested in the office's report (round 20: the
            # fitted gold nests it)
            FullRow(
                None,
                None,
                "identified",
                "The gunman was identified as Tom Reed, a former soldier",
                relation="nested",
                parent=1,
            ),
            FullRow(
                "the sheriff's office",
                None,
                "said",
                "The gunman was identified as Tom Reed, a former soldier",
            ),
        ],
    ),
    (
        "Among those killed was Amina Yusuf, a mother of four, her sister told the BBC.",
        [
            FullRow(
                "her sister", None, "told", "Among those killed was Amina Yusuf, a mother of four"
            )
        ],
    ),
    # near-false: a relative clause with its own object reports nothing
    ("The victim was Maria Lopez, a nurse whom the patients loved.", []),
]


def _no_nested(rows: list[FullRow]) -> bool:
    return not any(r.relation == "nested" for r in rows)


def _no_cited_origin(rows: list[FullRow]) -> bool:
    return not any(r.relation == "cited_origin" for r in rows)


def _no_rows(rows: list[FullRow]) -> bool:
    return not rows


# table -> (cases, how many near-false cases at least, what makes a case near-false)
ROUND_SIX_TABLES = {
    "that-clauses on whom was told": (TOLD_OBJECT_CLAUSE_CASES, 1, _no_rows),
    "addressee infinitives": (ADDRESSEE_INFINITIVE_CASES, 2, _no_rows),
    "citing participles closing the clause": (CLOSING_CITING_CASES, 1, _no_cited_origin),
    "sources read as conjuncts of the clause": (SOURCE_READ_AS_CONJUNCT_CASES, 1, _no_rows),
    "messages shared on a medium": (SHARED_MESSAGE_CASES, 1, _no_medium),
    "recordings shown by a broadcaster": (BROADCAST_RECORDING_CASES, 1, _no_medium),
    "reports closed by a semicolon": (SEMICOLON_REPLY_CASES, 1, _no_rows),
    "beliefs nested in a fronted content": (NESTED_BELIEF_CASES, 1, _no_nested),
    "hearsay participles on a noun": (HEARSAY_MODIFIER_CASES, 2, _no_rows),
    "saying after an object": (SAYING_AFTER_OBJECT_CASES, 1, _no_medium_free),
    "a medium on a coordinated act": (MEDIUM_ON_COORDINATED_ACT_CASES, 1, _no_medium),
    "cue clauses closing the sentence": (TRAILING_CUE_CLAUSE_CASES, 1, _no_rows),
}
ROUND_SIX_CASES = [case for cases, _, _ in ROUND_SIX_TABLES.values() for case in cases]


@pytest.mark.parametrize(
    ("text", "expected"), ROUND_SIX_CASES, ids=[c[0][:50] for c in ROUND_SIX_CASES]
)
def test_round_six_constructions(nlp, text, expected):
    assert _full_rows(process(nlp, text)) == expected


# Round 7. Resolution tables: each case lists (source as written, resolved) of every row.
def _sources(doc) -> list[tuple[str | None, str | None]]:
    return [(r.source, r.resolved) for r in _full_rows(doc)]


# 'Police' and 'the coast guard' are collective bodies: a later 'it said' may stand for them
# ('Rio state's military police said ... Nine suspects were killed, it said'), though the
# tagger reads 'police' as a plural and 'guard' names a person too.
COLLECTIVE_BODY_IT_CASES = [
    (
        "Kenyan police said in a statement that officers had arrested 40 people. Two of them were "
        "minors, it said.",
        [("Kenyan police", "kenyan police"), ("it", "kenyan police")],
    ),
    (
        "The riot police said its officers were attacked with stones and petrol bombs. Three "
        "officers were taken to hospital, it added.",
        [("The riot police", "riot police"), ("it", "riot police")],
    ),
    (
        "Haitian national police said its units had secured the port. Six gang members were "
        "killed in the operation, it said.",
        [("Haitian national police", "haitian national police"), ("it", "haitian national police")],
    ),
    (
        "The border police said in a statement that the crossing was closed. Hundreds of trucks "
        "were stuck on the road, it said.",
        [("The border police", "border police"), ("it", "border police")],
    ),
    (
        "The coast guard said the ferry sank at dawn. Eleven passengers were rescued, and a search "
        "involving two ships was under way, it said.",
        [("The coast guard", "coast guard"), ("it", "coast guard")],
    ),
    (
        "Italy's coast guard said its vessels had reached the boat at night. Forty migrants were "
        "brought ashore in Lampedusa, it added.",
        [("Italy's coast guard", "italy's coast guard"), ("it", "italy's coast guard")],
    ),
    # near-false: an impersonal 'it' reports nothing
    (
        "Police cordoned off the area. It was not clear who fired first, a witness said.",
        [("a witness", None)],
    ),
    # near-false: 'it' inside what a named person says is no source
    (
        "Police said the road was closed on Monday. A spokesman, John Miller, said it would "
        "reopen on Friday.",
        [("Police", None), ("A spokesman, John Miller", "john miller")],
    ),
]


# A body's short name before the words of its kind ("Ukraine's SBU security service",
# 'the Carabinieri paramilitary police'): the name is the body's, whatever the recogniser or
# the tagger made of it (an adjective, a person, a people).
NAME_BEFORE_KIND_WORDS_CASES = [
    (
        "Ukraine's SBU security service said on Monday it had detained two residents of the city.",
        [("Ukraine's SBU security service", "sbu")],
    ),
    (
        "Israel's Shin Bet security service said it had arrested two men suspected of planning "
        "the attack.",
        [("Israel's Shin Bet security service", "shin bet")],
    ),
    (
        "The Carabinieri paramilitary police said four men had been arrested in Naples.",
        [("The Carabinieri paramilitary police", "carabinieri")],
    ),
    (
        "Nigeria's DSS secret police said it had detained the journalist in Abuja.",
        [("Nigeria's DSS secret police", "dss")],
    ),
    # near-false: a country before the kind words names no body; nor a person's name alone
    (
        "Kenya's national police said officers had arrested 40 people in Nairobi.",
        [("Kenya's national police", None)],
    ),
    (
        "The Biden administration said it would send more aid to the region.",
        [("The Biden administration", None)],
    ),
    # near-false: an office of a larger body is not the body
    (
        "The UN human rights office said at least 40 civilians were killed in the shelling.",
        [("The UN human rights office", None)],
    ),
]


# A definite noun of the same kind names a body again ('the SBU security service' ... 'the
# agency'; "Rio state's military police" ... 'the force'): a security service is an agency, a
# police a force.
KIND_SYNONYM_CASES = [
    (
        "Ukraine's SBU security service said it had detained two residents. A third suspect was "
        "arrested in Poltava, the agency added.",
        [("Ukraine's SBU security service", "sbu"), ("the agency", "sbu")],
    ),
    (
        "Russia's FSB security service said it had detained a man in Moscow. The agency said he "
        "had been recruited online.",
        [("Russia's FSB security service", "fsb"), ("The agency", "fsb")],
    ),
    (
        "Rio state's military police said nine suspects were killed. Two officers were wounded, "
        "according to the force.",
        [
            ("Rio state's military police", "rio state's military police"),
            ("the force", "rio state's military police"),
        ],
    ),
    (
        "The Kenyan police said officers had arrested 40 people in Nairobi. The force said 12 of "
        "them were minors.",
        [("The Kenyan police", "kenyan police"), ("The force", "kenyan police")],
    ),
    # near-false: a ministry is no agency; an indefinite noun brings in another body
    (
        "The interior ministry said two men were detained. The agency said they would be charged.",
        [("The interior ministry", None), ("The agency", None)],
    ),
    (
        "Kenyan police said 40 people were arrested. A security force said 12 of them were minors.",
        [("Kenyan police", None), ("A security force", None)],
    ),
]


# An outlet's name after the word of its kind ('the newspaper El Universo', 'the daily La
# Prensa', 'the broadcaster Al Jazeera'): the source is a medium of that kind, whatever the
# parser hung the kind word on. Each case lists (source, channel) of every row.
KIND_BEFORE_OUTLET_CASES = [
    (
        "Three soldiers were killed near the border, the daily La Prensa reported.",
        [("the daily La Prensa", "newspaper")],
    ),
    (
        "Two officers were wounded, the broadcaster Al Jazeera reported.",
        [("the broadcaster Al Jazeera", "tv_radio")],
    ),
    (
        "The magazine Der Spiegel reported that two men were detained in Hanover.",
        [("The magazine Der Spiegel", "newspaper")],
    ),
    (
        "Several of the inmates had been beaten, the newspaper El Comercio reported on Monday.",
        [("the newspaper El Comercio", "newspaper")],
    ),
    (
        "The newspaper Le Monde reported on Tuesday that the suspect had fled to Belgium.",
        [("The newspaper Le Monde", "newspaper")],
    ),
    # near-false: a person working for the outlet speaks for himself, through no medium
    (
        "A reporter for the newspaper El Comercio said the prison was on fire.",
        [("A reporter for the newspaper El Comercio", None)],
    ),
]


# A medium named in the plural ('in two statements', 'in written statements'): each is one
# of the statements, and the channel is the same.
PLURAL_MEDIUM_CASES = [
    (
        "The ministry said in two statements that 14 people had been arrested.",
        [("The ministry", "statement")],
    ),
    (
        "Both parties said in written statements that the talks had failed.",
        [("Both parties", "statement")],
    ),
    (
        "The group said in a series of statements that its fighters had killed 12 soldiers.",
        [("The group", "statement")],
    ),
    (
        "The governor said in televised statements on Sunday that the curfew would be lifted.",
        [("The governor", "statement")],
    ),
    # near-false: statements talked about are no medium
    (
        "The ministry said the statements were false.",
        [("The ministry", None)],
    ),
]


# A known outlet the recogniser takes for a person ('Die Welt reported', 'according to Asahi
# Shimbun'): the whole name is the outlet's, and the source is that medium.
OUTLET_READ_AS_PERSON_CASES = [
    (
        "Two soldiers were killed near the border, Die Welt reported.",
        [("Die Welt", "newspaper")],
    ),
    (
        "According to Asahi Shimbun, three men were arrested.",
        [("Asahi Shimbun", "newspaper")],
    ),
    (
        "Two soldiers were killed near the border, Bild reported on Sunday.",
        [("Bild", "newspaper")],
    ),
    (
        "According to El País, the suspect had been arrested twice before.",
        [("El País", "newspaper")],
    ),
    # near-false: a person whose name shares a word with an outlet speaks through no medium
    (
        "Two soldiers were killed near the border, Lena Welt said.",
        [("Lena Welt", None)],
    ),
]


# A body whose name opens with the words of an outlet's name ('The Independent Electoral
# Commission', 'The Age Concern charity') is no medium: the outlet's name must be the whole name.
NAME_OPENING_WITH_AN_OUTLET_CASES = [
    (
        "The Independent Electoral Commission said turnout was low.",
        [("The Independent Electoral Commission", None)],
    ),
    (
        "The Independent Commission for Human Rights said four protesters were shot.",
        [("The Independent Commission for Human Rights", None)],
    ),
    (
        "The Independent Police Complaints Authority said an inquiry was opened.",
        [("The Independent Police Complaints Authority", None)],
    ),
    (
        "The Age Concern charity said two residents were hurt.",
        [("The Age Concern charity", None)],
    ),
    # near-false: the outlet's own name is a medium
    (
        "The Independent reported that two men were arrested.",
        [("The Independent", "newspaper")],
    ),
]


def _channels(doc) -> list[tuple[str | None, str | None]]:
    return [(r.source, r.channel) for r in _full_rows(doc)]


# A body brought in by its kind and then its name ('The community group Redes da Mare gave a
# different account. It said ...'): 'it' stands for that body even where the recogniser takes
# the name for a person's or finds none.
BODY_NAMED_AFTER_KIND_CASES = [
    (
        "The ministry said the town was calm. The community group Vozes da Favela gave a "
        "different account. It said 40 people had been detained.",
        [("The ministry", None), ("It", "vozes da favela")],
    ),
    (
        "The ministry said the town was calm. The rights group Maria Pereira gave a different "
        "account. It said 40 people had been detained.",
        [("The ministry", None), ("It", "maria pereira")],
    ),
    (
        "The ministry said the town was calm. The residents' group Luz do Morro gave a different "
        "account. It said 40 people had been detained.",
        [("The ministry", None), ("It", "luz do morro")],
    ),
    (
        "The ministry said the town was calm. The rights group Fala Roca gave a different "
        "account. It said 40 people had been detained.",
        [("The ministry", None), ("It", "fala roca")],
    ),
    # near-false: a person brought in by a role is 'she', and 'it' stays with the body
    (
        "The ministry said the town was calm. The rights lawyer Ana Duarte gave a different "
        "account. She said 40 people had been detained.",
        [("The ministry", None), ("She", "ana duarte")],
    ),
]


# A military rank before a person's name is a title, not a part of the name ('police spokesman
# Major Ivan Blaz' -> 'Ivan Blaz'), as 'Captain' and 'Sergeant' already were.
RANK_BEFORE_NAME_CASES = [
    (
        "Four people were detained at checkpoints, police spokesman Major Carlos Dias told "
        "reporters.",
        [("police spokesman Major Carlos Dias", "carlos dias")],
    ),
    (
        "Brigadier Daniel Okafor said the town had been retaken from the insurgents.",
        [("Brigadier Daniel Okafor", "daniel okafor")],
    ),
    (
        "The convoy came under fire near the port, Admiral Helen Ross said on Monday.",
        [("Admiral Helen Ross", "helen ross")],
    ),
    (
        "Army spokesman Major Hamid Said told a news conference that 12 militants were killed.",
        [("Army spokesman Major Hamid Said", "hamid said")],
    ),
    # near-false: a rank word opening an organisation's name stays in it
    (
        "Major League Baseball said in a statement that the game was postponed.",
        [("Major League Baseball", "major league baseball")],
    ),
]


# A state's armed forces named by its people and their noun ('The Israeli military', 'The
# Sudanese army') and named again so with another noun ('the Israeli army') are one body, named
# as first written; named once, they stay unresolved (as the war-report cases above expect).
ARMED_FORCES_OF_A_PEOPLE_CASES = [
    (
        "The Israeli military said its jets struck a rocket launcher in southern Lebanon. Later, "
        "the Israeli army said two soldiers were wounded near Metula.",
        [("The Israeli military", "israeli military"), ("the Israeli army", "israeli military")],
    ),
    (
        "The Sudanese army said it had retaken the bridge on Tuesday. The Sudanese military said "
        "later that 30 fighters had been captured.",
        [("The Sudanese army", "sudanese army"), ("The Sudanese military", "sudanese army")],
    ),
    (
        "The Ukrainian navy said a Russian landing ship had been hit. Hours later, the Ukrainian "
        "military said the crew had been evacuated.",
        [("The Ukrainian navy", "ukrainian navy"), ("the Ukrainian military", "ukrainian navy")],
    ),
    (
        "Two soldiers were wounded near the border, the Israeli army said on Monday. The Israeli "
        "military said on Tuesday that one of them had died.",
        [("the Israeli army", "israeli army"), ("The Israeli military", "israeli army")],
    ),
    # near-false: named once; officers or a spokesman of the forces are not the forces
    (
        "The Sudanese army said it had retaken the bridge on Tuesday.",
        [("The Sudanese army", None)],
    ),
    (
        "Iraqi military officials said five soldiers were killed.",
        [("Iraqi military officials", None)],
    ),
    (
        "An Israeli military spokesman said the strike hit a weapons depot. The Israeli army "
        "said on Monday that the depot was destroyed.",
        [("An Israeli military spokesman", None), ("The Israeli army", None)],
    ),
]


# People of a place brought in as the subject of a sentence that reports nothing ('Doctors at
# the Nasser Hospital gave a higher toll. They said ...'): 'they' stands for that group, as
# written, not for a body that spoke before nor for the place in its phrase.
GROUP_OF_PEOPLE_AS_THEY_CASES = [
    (
        "The ministry said 12 people were killed. Doctors at the Nasser Hospital gave a higher "
        "toll. They said 20 people had died.",
        [("The ministry", None), ("They", "doctors at the nasser hospital")],
    ),
    (
        "The army said the strike hit a depot. Workers at the Red Crescent clinic counted 40 "
        "wounded. They said most were children.",
        [("The army", None), ("They", "workers at the red crescent clinic")],
    ),
    (
        "The governor said the shelling had stopped. Officials in the Kherson regional "
        "administration gave a lower figure. They said six people were hurt.",
        [("The governor", None), ("They", "officials in the kherson regional administration")],
    ),
    (
        "The ministry said 12 people were killed. Medics at the field hospital treated dozens "
        "of people overnight. They said most had shrapnel wounds.",
        [("The ministry", None), ("They", "medics at the field hospital")],
    ),
    # near-false: an organisation of that name is a name, not a group of people
    (
        "The ministry said 12 people were killed. Doctors Without Borders gave a higher toll. "
        "They said 20 people had died.",
        [("The ministry", None), ("They", "doctors without borders")],
    ),
]


# A body described by where it sits or who funds or backs it ('The London-based monitor', 'The
# state-funded commission') right after a sentence whose subject is a body of that kind: the
# description does not set another body apart, so the noun stands for that subject.
DESCRIBED_KIND_NOUN_CASES = [
    (
        "The Syrian Observatory for Human Rights said 12 fighters were killed. The London-based "
        "monitor said the clashes continued overnight.",
        [
            ("The Syrian Observatory for Human Rights", "syrian observatory for human rights"),
            ("The London-based monitor", "syrian observatory for human rights"),
        ],
    ),
    (
        "The Independent Commission for Human Rights said four protesters were shot. The "
        "state-funded commission said it had also recorded 71 injuries.",
        [
            (
                "The Independent Commission for Human Rights",
                "independent commission for human rights",
            ),
            ("The state-funded commission", "independent commission for human rights"),
        ],
    ),
    (
        "The Committee to Protect Journalists said two reporters were detained. The New "
        "York-based watchdog said neither had been charged.",
        [
            ("The Committee to Protect Journalists", "committee to protect journalists"),
            ("The New York-based watchdog", "committee to protect journalists"),
        ],
    ),
    (
        "The Armed Conflict Monitoring Network said 40 people were killed in March. The "
        "Geneva-based monitor said most of them were civilians.",
        [
            ("The Armed Conflict Monitoring Network", "armed conflict monitoring network"),
            ("The Geneva-based monitor", "armed conflict monitoring network"),
        ],
    ),
    # near-false: a body the previous subject is not of the kind of
    (
        "The ministry said 12 people were killed. The London-based monitor said 15 people were "
        "killed.",
        [("The ministry", None), ("The London-based monitor", None)],
    ),
]


# A name written after a description of several words ('The New York-based Committee for
# Free Reporting', 'The al Qaeda-linked Group for ...'): the description is not of the name.
DESCRIPTION_BEFORE_NAME_CASES = [
    (
        "The New York-based Committee for Free Reporting (CFR) said two reporters were detained.",
        [("The New York-based Committee for Free Reporting (CFR)", "committee for free reporting")],
    ),
    (
        "The Islamic State-affiliated Movement for Unity and Jihad (MUJ) said its fighters had "
        "killed 12 soldiers.",
        [
            (
                "The Islamic State-affiliated Movement for Unity and Jihad (MUJ)",
                "movement for unity and jihad",
            )
        ],
    ),
    (
        "The al Qaeda-linked Front for the Defence of the Sahel (FDS) said in a statement that "
        "its fighters had taken the town.",
        [
            (
                "The al Qaeda-linked Front for the Defence of the Sahel (FDS)",
                "front for the defence of the sahel",
            )
        ],
    ),
    (
        "The Iran-backed Popular Resistance Front (PRF) said it had fired rockets at the base.",
        [("The Iran-backed Popular Resistance Front (PRF)", "popular resistance front")],
    ),
    # near-false: a hyphened word of the name itself stays
    (
        "The Al-Aqsa Martyrs Brigades said two of its fighters were killed.",
        [("The Al-Aqsa Martyrs Brigades", "al-aqsa martyrs brigades")],
    ),
]


# A name after the words of its kind, of capitalised words joined by short particles ('the
# monitoring group Paz con Justicia'): the whole run is the name where the recogniser split it.
NAME_AFTER_KIND_WORDS_CASES = [
    (
        "Twelve people were killed, the monitoring group Paz con Justicia said.",
        [("the monitoring group Paz con Justicia", "paz con justicia")],
    ),
    (
        "Two activists were detained, the rights group Manos en Red said on Monday.",
        [("the rights group Manos en Red", "manos en red")],
    ),
    (
        "Nine bodies were found, according to the local group Madres en Busca.",
        [("the local group Madres en Busca", "madres en busca")],
    ),
    (
        "Three people were wounded, the aid group Medicos en Accion said.",
        [("the aid group Medicos en Accion", "medicos en accion")],
    ),
    # near-false: a name the recogniser found whole stays as found; no name, no resolution
    (
        "Two men were detained, the rights group Casa de la Memoria said.",
        [("the rights group Casa de la Memoria", "casa de la memoria")],
    ),
    (
        "Two men were detained, a local rights group said.",
        [("a local rights group", None)],
    ),
]


# A body brought in by its kind ('the country's prison authority said') and named in the next
# paragraph by its short name and the words of its kind ('The SNAI prison agency said'): the
# kind nominal stands for that body, though the recogniser finds no organisation in the name.
NAMED_NEXT_BY_SHORT_NAME_CASES = [
    (
        "At least 15 inmates were killed in the riot, the country's prison authority said.\n\n"
        "The SNAI prison agency said on X that 47 inmates escaped.",
        [("the country's prison authority", "snai"), ("The SNAI prison agency", "snai")],
    ),
    (
        "Nine people died in the floods, the national disaster agency said.\n\nThe NDMA disaster "
        "agency said in a statement that 2,000 homes were destroyed.",
        [("the national disaster agency", "ndma"), ("The NDMA disaster agency", "ndma")],
    ),
    (
        "Two ferries capsized off the coast, a regional rescue agency said.\n\nThe BASARNAS "
        "rescue agency said 40 people had been pulled from the water.",
        [("a regional rescue agency", "basarnas"), ("The BASARNAS rescue agency", "basarnas")],
    ),
    (
        "Two soldiers were killed near the border, the country's military intelligence agency "
        "said.\n\nThe DGSI intelligence agency said the attackers had fled.",
        [
            ("the country's military intelligence agency", "dgsi"),
            ("The DGSI intelligence agency", "dgsi"),
        ],
    ),
    # near-false: a person speaking next is not the body
    (
        "At least 15 inmates were killed in the riot, the country's prison authority said.\n\n"
        "Its director, Ana Ruiz, said the prison was back under control.",
        [("the country's prison authority", None), ("Its director, Ana Ruiz", "ana ruiz")],
    ),
]


def _hyphen_kept(rows: list[tuple[str | None, str | None]]) -> bool:
    return any(resolved is not None and "-" in resolved for _, resolved in rows)


def _name_as_they(rows: list[tuple[str | None, str | None]]) -> bool:
    return ("They", "doctors without borders") in rows


def _resolved_as_written(rows: list[tuple[str | None, str | None]]) -> bool:
    return any(source is not None and source.lower() == resolved for source, resolved in rows)


def _person_resolved(rows: list[tuple[str | None, str | None]]) -> bool:
    return any(source in ("He", "She", "he", "she") for source, _ in rows)


def _some_channel(rows: list[tuple[str | None, str | None]]) -> bool:
    return any(channel is not None for _, channel in rows)


def _none_channel(rows: list[tuple[str | None, str | None]]) -> bool:
    return any(channel is None for _, channel in rows)


def _none_resolved(rows: list[tuple[str | None, str | None]]) -> bool:
    return any(resolved is None for _, resolved in rows)


# table -> (cases, how many near-false cases at least, what makes a case near-false)
ROUND_SEVEN_TABLES = {
    "a collective body as 'it'": (COLLECTIVE_BODY_IT_CASES, 1, _none_resolved),
    "a name before the kind words": (NAME_BEFORE_KIND_WORDS_CASES, 2, _none_resolved),
    "a noun of the same kind names a body again": (KIND_SYNONYM_CASES, 2, _none_resolved),
    "a body named after its kind as 'it'": (BODY_NAMED_AFTER_KIND_CASES, 1, _person_resolved),
    "a military rank before a name": (RANK_BEFORE_NAME_CASES, 1, _resolved_as_written),
    "armed forces of a people": (ARMED_FORCES_OF_A_PEOPLE_CASES, 2, _none_resolved),
    "a group of people as 'they'": (GROUP_OF_PEOPLE_AS_THEY_CASES, 1, _name_as_they),
    "a described noun of a body's kind": (DESCRIBED_KIND_NOUN_CASES, 1, _none_resolved),
    "a name after the words of its kind": (NAME_AFTER_KIND_WORDS_CASES, 1, _none_resolved),
    "a body named next by a short name": (NAMED_NEXT_BY_SHORT_NAME_CASES, 1, _none_resolved),
    "a description of several words before a name": (
        DESCRIPTION_BEFORE_NAME_CASES,
        1,
        _hyphen_kept,
    ),
}
ROUND_SEVEN_CASES = [case for cases, _, _ in ROUND_SEVEN_TABLES.values() for case in cases]
#: tables whose cases list (source, channel) of every row
ROUND_SEVEN_CHANNEL_TABLES = {
    "the word of an outlet's kind before its name": (KIND_BEFORE_OUTLET_CASES, 1, _none_channel),
    "a medium named in the plural": (PLURAL_MEDIUM_CASES, 1, _none_channel),
    "a known outlet read as a person": (OUTLET_READ_AS_PERSON_CASES, 1, _none_channel),
    "a name opening with an outlet's": (NAME_OPENING_WITH_AN_OUTLET_CASES, 1, _some_channel),
}
ROUND_SEVEN_CHANNEL_CASES = [
    case for cases, _, _ in ROUND_SEVEN_CHANNEL_TABLES.values() for case in cases
]


@pytest.mark.parametrize(
    ("text", "expected"), ROUND_SEVEN_CASES, ids=[c[0][:50] for c in ROUND_SEVEN_CASES]
)
def test_round_seven_constructions(nlp, text, expected):
    assert _sources(process(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    ROUND_SEVEN_CHANNEL_CASES,
    ids=[c[0][:50] for c in ROUND_SEVEN_CHANNEL_CASES],
)
def test_round_seven_channel_constructions(nlp, text, expected):
    assert _channels(process(nlp, text)) == expected


def _no_rows_at_all(rows) -> bool:
    return not rows


# Every table of true forms keeps near-false forms beside it (the issue asks a quarter of the
# sentences to be negatives), one quota per table: name -> (cases, at least this many
# near-false, what near-false means for the table's rows, at least this many cases).
NEAR_FALSE_QUOTAS = {
    "war reports": (WAR_CASES, 6, _no_rows_at_all, 30),
    "syntax": (SYNTAX_CASES, 4, _no_rows_at_all, 0),
    "article referents": (
        ARTICLE_REFERENT_CASES,
        9,
        lambda resolved: all(r is None for r in resolved),
        24,
    ),
    "occasion objects": (
        OCCASION_OBJECT_CASES,
        3,
        lambda rows: any(r.channel is None for r in rows),
        0,
    ),
    "acronym owners": (ACRONYM_OWNER_CASES, 2, lambda resolved: resolved == [None], 0),
    "descriptors after a name": (
        DESCRIPTOR_AFTER_NAME_CASES,
        2,
        lambda resolved: resolved == [None],
        0,
    ),
    "named later": (NAMED_LATER_CASES, 2, lambda resolved: resolved[0] is None, 0),
    # the table's near-false form resolves the other way from its true forms
    "titled mononym": (TITLED_MONONYM_CASES, 1, lambda resolved: resolved == [None], 0),
    # the table's near-false form resolves the other way from its true forms
    "name after place": (NAME_AFTER_PLACE_CASES, 1, lambda resolved: resolved == [None], 0),
    # the table's near-false form resolves the other way from its true forms
    "plural bodies": (PLURAL_BODIES_CASES, 1, lambda resolved: resolved != [None], 0),
    # the table's near-false form resolves the other way from its true forms
    "name given in phrase": (NAME_GIVEN_IN_PHRASE_CASES, 1, lambda resolved: resolved == [None], 0),
    **{
        name: (cases, least, _no_rows_at_all, 0)
        for name, (cases, least) in FULL_ROW_TABLES.items()
        if least
    },
    **{
        name: (cases, least, near_false, 0)
        for name, (cases, least, near_false) in {
            **ROUND_SIX_TABLES,
            **ROUND_SEVEN_TABLES,
            **ROUND_SEVEN_CHANNEL_TABLES,
        }.items()
    },
}


@pytest.mark.parametrize("table", list(NEAR_FALSE_QUOTAS))
def test_tables_hold_their_near_false_forms(table):
    cases, least, near_false, size = NEAR_FALSE_QUOTAS[table]
    assert len(cases) >= size
    assert sum(1 for _, rows in cases if near_false(rows)) >= least
