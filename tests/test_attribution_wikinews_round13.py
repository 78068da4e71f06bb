"""Attribution constructions of Wikinews reports, which summarise outlets and officials
('the agency', 'the network', 'the newspaper' naming an outlet again; 'X cited Y as saying'),
found by probing reports written in that register: each table gives wordings the pipeline
read wrongly and near forms beside them that must keep their reading.

Each case gives the text and what every row must hold, in the order of the rows, as tuples of
the fields the table is about (see `tests.test_attribution_probes._fields`).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import _rows


def _ids(cases):
    return [c[0][:50] for c in cases]


# -- 'AFP, citing Y, reported ... The agency said' ----------------------------------------------
# The origin cited by the agency is written after the agency's name, so it was the last
# speaker before 'the agency' and, as a nominal, stopped the look-back: 'the agency' named
# nothing or an earlier state agency. Near forms: no citing aside, and a state body speaking
# last, which 'the agency' must not skip.
AGENCY_AFTER_CITING_CASES = [
    (
        "Reuters, citing two police sources, reported that the gunman was arrested. "
        "The agency said he was 22.",
        [("two police sources", None), ("Reuters", "reuters"), ("The agency", "reuters")],
    ),
    (
        "Agence France-Presse (AFP), citing a militia leader, reported that the bombers were "
        "women. The agency said dozens more were wounded.",
        [
            ("a militia leader", None),
            ("Agence France-Presse (AFP)", "agence france-presse"),
            ("The agency", "agence france-presse"),
        ],
    ),
    (
        "Citing hospital officials, Anadolu Agency reported that nine people died. "
        "The agency added that the roads were closed.",
        [
            ("hospital officials", None),
            ("Anadolu Agency", "anadolu agency"),
            ("The agency", "anadolu agency"),
        ],
    ),
    (
        "Interfax, citing an emergency services source, reported that the fire was out. "
        "The agency said two firefighters were hurt.",
        [
            ("an emergency services source", None),
            ("Interfax", "interfax"),
            ("The agency", "interfax"),
        ],
    ),
    # near forms
    (
        "Reuters reported that the gunman was arrested. The agency said he was 22.",
        [("Reuters", "reuters"), ("The agency", "reuters")],
    ),
    (
        "Reuters reported that the gunman was arrested. The health ministry said nine people "
        "died. The agency said he was 22.",
        [("Reuters", "reuters"), ("The health ministry", None), ("The agency", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), AGENCY_AFTER_CITING_CASES, ids=_ids(AGENCY_AFTER_CITING_CASES)
)
def test_the_agency_after_an_agency_citing_someone(nlp, text, rows):
    assert _rows(nlp, text, ("source", "resolved")) == rows


# -- 'CNN reported ... The network said' --------------------------------------------------------
# 'the network' names a broadcaster again, as 'the paper' names a newspaper: it had no channel
# and no referent. Near forms: an organisation the article names by that word ('the Sudan
# Doctors Network'), a network of fighters, and a newspaper before it.
NETWORK_CASES = [
    (
        "At least three people were killed, according to CNN. The network said one man died "
        "when a tree fell.",
        [("CNN", "cnn", "tv_radio"), ("The network", "cnn", "tv_radio")],
    ),
    (
        "NBC News reported that the suspect fled. The network said police were searching.",
        [("NBC News", "nbc news", "tv_radio"), ("The network", "nbc news", "tv_radio")],
    ),
    (
        "Al Jazeera reported that the hospital was shelled. The network said six patients died.",
        [("Al Jazeera", "al jazeera", "tv_radio"), ("The network", "al jazeera", "tv_radio")],
    ),
    (
        "Fox News reported that the bridge collapsed at 1:30 am. The network added that six "
        "workers were missing.",
        [("Fox News", "fox news", "tv_radio"), ("The network", "fox news", "tv_radio")],
    ),
    # near forms
    (
        "The Sudan Doctors Network said 12 people died. Al Jazeera reported that the city was "
        "shelled. The network said the hospital was hit.",
        [
            ("The Sudan Doctors Network", "sudan doctors network", None),
            ("Al Jazeera", "al jazeera", "tv_radio"),
            ("The network", "sudan doctors network", None),
        ],
    ),
    (
        "Fighters from a militant network attacked the base, officials said. The network said "
        "it had killed 20 soldiers.",
        [("officials", None, None), ("The network", None, None)],
    ),
    (
        "The Wall Street Journal reported the deal. The network said the talks had stalled.",
        [
            ("The Wall Street Journal", "wall street journal", "newspaper"),
            ("The network", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), NETWORK_CASES, ids=_ids(NETWORK_CASES))
def test_the_network_names_a_broadcaster_again(nlp, text, rows):
    assert _rows(nlp, text, ("source", "resolved", "channel")) == rows


# -- 'X told Dawn ... The newspaper reported' ---------------------------------------------------
# An outlet named only as the one spoken to is what a later 'the newspaper' names; the
# recogniser takes one-word papers for people ('Dawn'), and only organisations were read.
# Near forms: the outlet speaking itself, and a person's name that only holds an outlet's.
OUTLET_AS_RECIPIENT_CASES = [
    (
        "Police chief Usman Anwar told Dawn that more arrests were expected. The newspaper "
        "reported that 80 homes were burned.",
        [("Police chief Usman Anwar", "usman anwar"), ("The newspaper", "dawn")],
    ),
    (
        "A local official told Dawn that the road was closed. The newspaper said the floods "
        "had cut off three villages.",
        [("A local official", None), ("The newspaper", "dawn")],
    ),
    (
        "Residents told the Honolulu Star-Advertiser that they had received no warning. "
        "The newspaper said sirens did not sound.",
        [("Residents", None), ("The newspaper", "honolulu star-advertiser")],
    ),
    (
        "A rescue worker told El Tiempo that the mine had flooded. The newspaper said two men "
        "were still trapped.",
        [("A rescue worker", None), ("The newspaper", "el tiempo")],
    ),
    # near forms
    (
        "Dawn reported that more arrests were expected. The newspaper said 80 homes burned.",
        [("Dawn", "dawn"), ("The newspaper", "dawn")],
    ),
    (
        "Dawn Butler told reporters that the vote was delayed. The newspaper said the bill "
        "would return.",
        [("Dawn Butler", "dawn butler"), ("The newspaper", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), OUTLET_AS_RECIPIENT_CASES, ids=_ids(OUTLET_AS_RECIPIENT_CASES)
)
def test_the_newspaper_after_an_outlet_spoken_to(nlp, text, rows):
    assert _rows(nlp, text, ("source", "resolved")) == rows


# -- 'X cited Y as saying Z' with 'as' on the object -----------------------------------------------
# Without 'that' the parser hangs 'as saying' on the cited object: the origin had no row and
# the citing verb took 'Y as saying Z' for its content. Near forms: the same with 'that'
# (already right), 'quoted Y as saying' (one cue, by the convention of the older tables) and
# 'cited X as the cause' (no speech).
CITED_AS_SAYING_CASES = [
    (
        "Reuters cited a witness as saying the gunmen fled.",
        [
            ("Reuters", "cited", "the gunmen fled", None),
            ("a witness", "saying", "the gunmen fled", "cited_origin"),
        ],
    ),
    (
        "The BBC cited a local official as saying 40 houses were destroyed.",
        [
            ("The BBC", "cited", "40 houses were destroyed", None),
            ("a local official", "saying", "40 houses were destroyed", "cited_origin"),
        ],
    ),
    (
        "Al Jazeera cited local officials as saying the village was destroyed.",
        [
            ("Al Jazeera", "cited", "the village was destroyed", None),
            ("local officials", "saying", "the village was destroyed", "cited_origin"),
        ],
    ),
    (
        "The newspaper cited police as saying 14 people were arrested.",
        [
            ("The newspaper", "cited", "14 people were arrested", None),
            ("police", "saying", "14 people were arrested", "cited_origin"),
        ],
    ),
    # near forms
    (
        "Reuters cited a witness as saying that the gunmen fled.",
        [
            ("Reuters", "cited", "the gunmen fled", None),
            ("a witness", "saying", "the gunmen fled", "cited_origin"),
        ],
    ),
    (
        "The newspaper quoted a resident as saying the gangs had burned homes.",
        [
            ("The newspaper", "quoted", "the gangs had burned homes", None),
            ("a resident", "quoted", "the gangs had burned homes", "cited_origin"),
        ],
    ),
    (
        "The ministry cited the fire as the cause of the deaths.",
        [("The ministry", "cited", "the fire as the cause of the deaths", None)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), CITED_AS_SAYING_CASES, ids=_ids(CITED_AS_SAYING_CASES))
def test_cited_as_saying_hung_on_the_object(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content", "relation")) == rows


# -- 'CLAUSE, killing N, according to X' --------------------------------------------------------
# A closing 'according to' sources the whole sentence (the gold's reading); where the parser
# hung it on the participle set off after the main clause, the content was the participle's
# clause alone. Near forms: the parse that was already right, a clause with no participle, a
# fronted phrase and a phrase inside the clause.
TRAILING_PARTICIPLE_CASES = [
    (
        "A suicide bomber attacked a mosque in Peshawar on Friday, killing at least 56 people, "
        "according to hospital officials.",
        [
            (
                "hospital officials",
                "according to",
                "A suicide bomber attacked a mosque in Peshawar on Friday, killing at least 56 "
                "people",
            )
        ],
    ),
    (
        "Militants stormed the village at dawn, killing 11 farmers, according to the "
        "provincial governor.",
        [
            (
                "the provincial governor",
                "according to",
                "Militants stormed the village at dawn, killing 11 farmers",
            )
        ],
    ),
    (
        "The ship sank off Lampedusa, leaving 41 migrants missing, according to survivors.",
        [("survivors", "according to", "The ship sank off Lampedusa, leaving 41 migrants missing")],
    ),
    (
        "Gunmen opened fire on a bus, killing six passengers, according to police.",
        [("police", "according to", "Gunmen opened fire on a bus, killing six passengers")],
    ),
    # near forms
    (
        "Fighting continued, according to witnesses.",
        [("witnesses", "according to", "Fighting continued")],
    ),
    (
        "According to police, a bomber attacked the mosque, killing 56 people.",
        [("police", "According to", "a bomber attacked the mosque, killing 56 people")],
    ),
    (
        "The blast, which according to officials killed 12 people, destroyed the market.",
        [("officials", "according to", "which according to officials killed 12 people")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), TRAILING_PARTICIPLE_CASES, ids=_ids(TRAILING_PARTICIPLE_CASES)
)
def test_a_closing_according_to_after_a_participle(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


# -- 'Speaking to the BBC, a local official, X, said' ------------------------------------------
# The parser hangs the speaker as an apposition inside the fronted participle's phrase (on
# the outlet spoken to, or on the platform), and may take the participle itself for the
# subject: the cue had no source (no row) or the participle's words as its source, and the
# platform no channel. Near forms: the speaker as the plain subject after the participle.
FRONTED_PARTICIPLE_SPEAKER_CASES = [
    (
        "Speaking to the BBC, a local official, Abdullahi Baba-Arah, said the fire spread to "
        "two other vehicles.",
        [("a local official, Abdullahi Baba-Arah", "abdullahi baba-arah", None)],
    ),
    (
        "Speaking to Reuters, a police spokesman, Ahmed Ali, said the gunmen fled.",
        [("a police spokesman, Ahmed Ali", "ahmed ali", None)],
    ),
    (
        "Writing on Telegram, the governor, Vitaly Kim, said two people died.",
        [("the governor, Vitaly Kim", "vitaly kim", "telegram")],
    ),
    (
        "Writing on Facebook, the mayor, Ihor Terekhov, said the city was hit.",
        [("the mayor, Ihor Terekhov", "ihor terekhov", "facebook")],
    ),
    # near forms
    (
        "Speaking to the BBC, a local official said the fire spread.",
        [("a local official", None, None)],
    ),
    (
        "Writing on Telegram, the governor said two people died.",
        [("the governor", None, "telegram")],
    ),
    (
        "In a post on Telegram, the mayor of Odesa, Hennadiy Trukhanov, said three people died.",
        [("the mayor of Odesa, Hennadiy Trukhanov", "hennadiy trukhanov", "telegram")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    FRONTED_PARTICIPLE_SPEAKER_CASES,
    ids=_ids(FRONTED_PARTICIPLE_SPEAKER_CASES),
)
def test_a_speaker_apposed_inside_a_fronted_participle(nlp, text, rows):
    assert _rows(nlp, text, ("source", "resolved", "channel")) == rows


# -- 'the Herald newspaper', 'the Danish broadcaster DR' ----------------------------------------
# A medium noun says the outlet's kind and sits beside its name: a paper word in the name
# ('Herald', 'Post') made the channel 'other' though the head noun says newspaper, and a name
# set right after the noun ('broadcaster DR') was not the outlet's resolution. Near forms: a
# paper word with no kind word ('The Aviation Herald', 'The Herald'), and a kind word alone.
MEDIUM_NOUN_BESIDE_NAME_CASES = [
    (
        "The Herald newspaper reported that hospitals had run out of medicine.",
        [("herald", "newspaper")],
    ),
    ("The local Herald newspaper said the mayor resigned.", [("herald", "newspaper")]),
    (
        "The Danish broadcaster DR reported that the victims included two teenagers.",
        [("dr", "tv_radio")],
    ),
    ("The public broadcaster NHK said the quake was felt in Tokyo.", [("nhk", "tv_radio")]),
    # near forms
    ("The Aviation Herald reported the crash.", [("aviation herald", "other")]),
    (
        "The Herald reported that hospitals had run out of medicine.",
        [("herald", "newspaper")],
    ),
    ("State television reported that the dam burst.", [(None, "tv_radio")]),
]


@pytest.mark.parametrize(
    ("text", "rows"), MEDIUM_NOUN_BESIDE_NAME_CASES, ids=_ids(MEDIUM_NOUN_BESIDE_NAME_CASES)
)
def test_a_medium_noun_beside_the_outlet_name(nlp, text, rows):
    assert _rows(nlp, text, ("resolved", "channel")) == rows


# -- 'The daily said' ---------------------------------------------------------------------------
# The recogniser tags 'daily' as a date, and a date cannot speak: 'the daily' naming a
# newspaper again had no row. Near forms: 'daily' as an adjective of a figure, in a subject
# that is no medium and after a speaker of its own.
DAILY_CASES = [
    (
        "The Times of India reported the crash. The daily said the driver had ignored a signal.",
        [("The Times of India", "times of india"), ("The daily", "times of india")],
    ),
    (
        "Prothom Alo reported that police fired on the crowd. The daily said 12 people were "
        "killed.",
        [("Prothom Alo", "prothom alo"), ("The daily", "prothom alo")],
    ),
    (
        "The Hindu reported the landslide. The daily said 40 homes were buried.",
        [("The Hindu", "hindu"), ("The daily", "hindu")],
    ),
    (
        "Dawn reported the blast. The daily said it was the third this month.",
        [("Dawn", "dawn"), ("The daily", "dawn")],
    ),
    # near forms
    ("The daily death toll rose to 40, officials said.", [("officials", None)]),
    (
        "Haaretz reported the strike. The daily said 20 people died.",
        [("Haaretz", "haaretz"), ("The daily", "haaretz")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), DAILY_CASES, ids=_ids(DAILY_CASES))
def test_the_daily_taken_for_a_date(nlp, text, rows):
    assert _rows(nlp, text, ("source", "resolved")) == rows


# -- 'CLAUSE, reported state media' -------------------------------------------------------------
# An inverted cue takes the phrase after it for its speaker only when that phrase is a party
# (a name, a person noun): a medium named by its noun ('state media', 'the state news agency')
# was read as the object, with the clause's subject for the source. Near forms: a named
# outlet and a person noun after the cue (already right), and the cue after its speaker.
INVERTED_MEDIUM_CASES = [
    (
        "Twelve people died in the blast, reported state media.",
        [("state media", "reported", "Twelve people died in the blast")],
    ),
    (
        "Twelve people died in the blast, reported local media.",
        [("local media", "reported", "Twelve people died in the blast")],
    ),
    (
        "The toll rose to 40, reported the state news agency.",
        [("the state news agency", "reported", "The toll rose to 40")],
    ),
    (
        "The town was shelled overnight, reported Ukrainian media.",
        [("Ukrainian media", "reported", "The town was shelled overnight")],
    ),
    # near forms
    (
        "Twelve people died in the blast, reported the BBC.",
        [("the BBC", "reported", "Twelve people died in the blast")],
    ),
    (
        "The army lost the town, reported officials.",
        [("officials", "reported", "The army lost the town")],
    ),
    ("Police fired tear gas, the report said.", [("the report", "said", "Police fired tear gas")]),
]


@pytest.mark.parametrize(("text", "rows"), INVERTED_MEDIUM_CASES, ids=_ids(INVERTED_MEDIUM_CASES))
def test_an_inverted_cue_before_a_medium_noun(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


# -- 'CLAUSE, CNN reported the governor said.' --------------------------------------------------
# A trailing cue whose complement is only a speaker and a speech verb: the inner verb had no
# content of its own and no row. It reports the clause before the comma, nested in the
# outlet's row. Near forms: the outlet alone after the clause, the order with the clause after
# the cues (already right), and a plain trailing cue.
REPORTED_SPEAKER_AFTER_CASES = [
    (
        "Twenty people were injured, CNN reported the governor said.",
        [
            ("CNN", "reported", "Twenty people were injured", None),
            ("the governor", "said", "Twenty people were injured", "nested"),
        ],
    ),
    (
        "Three soldiers died, the agency reported a military source said.",
        [
            ("the agency", "reported", "Three soldiers died", None),
            ("a military source", "said", "Three soldiers died", "nested"),
        ],
    ),
    (
        "Dozens were arrested, Reuters reported police said.",
        [
            ("Reuters", "reported", "Dozens were arrested", None),
            ("police", "said", "Dozens were arrested", "nested"),
        ],
    ),
    (
        "The bridge collapsed, Al Jazeera reported witnesses said.",
        [
            ("Al Jazeera", "reported", "The bridge collapsed", None),
            ("witnesses", "said", "The bridge collapsed", "nested"),
        ],
    ),
    # near forms
    (
        "Twenty people were injured, CNN reported.",
        [("CNN", "reported", "Twenty people were injured", None)],
    ),
    (
        "CNN reported the governor said twenty people were injured.",
        [
            ("CNN", "reported", "the governor said twenty people were injured", None),
            ("the governor", "said", "twenty people were injured", "nested"),
        ],
    ),
    (
        "Twenty people were injured, the governor said.",
        [("the governor", "said", "Twenty people were injured", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), REPORTED_SPEAKER_AFTER_CASES, ids=_ids(REPORTED_SPEAKER_AFTER_CASES)
)
def test_a_speaker_reported_after_a_trailing_cue(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content", "relation")) == rows


# -- 'It has emerged that ...' ------------------------------------------------------------------
# Impersonal 'It has emerged that' is a row without a source (corpus/ANNOTATION.md), like
# 'it is believed': the verb was no cue. Near forms: 'emerge' with a subject of its own, 'it'
# naming a thing, and no that-clause.
IMPERSONAL_CASES = [
    (
        "It has emerged that the pilot had warned of engine trouble.",
        [
            (None, "emerged", "the pilot had warned of engine trouble"),
            ("the pilot", "warned of", "engine trouble"),
        ],
    ),
    (
        "It emerged on Monday that the gunman had been arrested before.",
        [(None, "emerged", "the gunman had been arrested before")],
    ),
    (
        "It has since emerged that three of the dead were children.",
        [(None, "emerged", "three of the dead were children")],
    ),
    (
        "It later transpired that the fire had been set deliberately.",
        [(None, "transpired", "the fire had been set deliberately")],
    ),
    # near forms
    ("Survivors emerged from the rubble on Tuesday.", []),
    ("It emerged from the sea at dawn.", []),
    ("A new leader emerged after the talks.", []),
]


@pytest.mark.parametrize(("text", "rows"), IMPERSONAL_CASES, ids=_ids(IMPERSONAL_CASES))
def test_it_has_emerged_that(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


# -- 'X cited Y that CLAUSE' --------------------------------------------------------------------
# The parser hangs the that-clause on the one cited, as a relative clause: the citing verb
# took 'Y that CLAUSE' for its content and Y had no row. With a subject of its own after
# 'that' the clause is what was cited. Near forms: true relative clauses ('a report that was
# published', 'a witness who saw') and the parse that was already right.
CITED_THAT_CASES = [
    (
        "The Daily Telegraph cited a security source that mental health may be a factor in "
        "the attack.",
        [
            ("The Daily Telegraph", "cited", "mental health may be a factor in the attack"),
            ("a security source", "cited", "mental health may be a factor in the attack"),
        ],
    ),
    (
        "The newspaper cited a police officer that five men were arrested.",
        [
            ("The newspaper", "cited", "five men were arrested"),
            ("a police officer", "cited", "five men were arrested"),
        ],
    ),
    (
        "Sky News cited a witness that the gunman wore a mask.",
        [
            ("Sky News", "cited", "the gunman wore a mask"),
            ("a witness", "cited", "the gunman wore a mask"),
        ],
    ),
    (
        "The agency cited an official that the border was closed.",
        [
            ("The agency", "cited", "the border was closed"),
            ("an official", "cited", "the border was closed"),
        ],
    ),
    # near forms
    (
        "The minister cited a report that was published last year.",
        [("The minister", "cited", "a report that was published last year")],
    ),
    ("Police cited a witness who saw the car.", [("Police", "cited", "a witness who saw the car")]),
    (
        "Reuters cited police sources that the gunman had been known to police.",
        [
            ("Reuters", "cited", "the gunman had been known to police"),
            ("police sources", "cited", "the gunman had been known to police"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), CITED_THAT_CASES, ids=_ids(CITED_THAT_CASES))
def test_a_that_clause_hung_on_the_one_cited(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows


# -- 'Per police, ...' --------------------------------------------------------------------------
# 'per' sources a clause as 'according to' does when it is set off by a comma with a speaker
# or a report for object (`prepositional_set_off`); it was no cue. Near forms: rates ('per
# day', 'per week'), 'per capita', and a rate beside a sourcing 'per'.
PER_CASES = [
    ("Per police, the suspect fled on foot.", [("police", "Per", "the suspect fled on foot")]),
    ("The suspect fled on foot, per police.", [("police", "per", "The suspect fled on foot")]),
    (
        "Per the health ministry, 40 people have died.",
        [("the health ministry", "Per", "40 people have died")],
    ),
    ("Two people died, per the coroner.", [("the coroner", "per", "Two people died")]),
    # near forms
    (
        "The militia killed 12 people per day, officials said.",
        [("officials", "said", "The militia killed 12 people per day")],
    ),
    ("Per capita, the country has the most deaths.", []),
    ("The fighting killed five people per week in May.", []),
    (
        "Deaths rose to 40 per day, per the ministry.",
        [("the ministry", "per", "Deaths rose to 40 per day")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), PER_CASES, ids=_ids(PER_CASES))
def test_per_as_a_sourcing_phrase(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "content")) == rows
