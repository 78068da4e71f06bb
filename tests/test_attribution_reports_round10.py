"""Attribution constructions found in thirty reports of our own (war reports from Ukraine,
Gaza, Lebanon, Sudan; US and European crime reports), each generalised: every table gives
wordings of the construction and near forms beside them that must keep their reading.

Each case gives the text and what every row must hold, in the order of the rows, as tuples of
the fields the table is about (see `tests.test_attribution_probes._fields`).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import _rows

# -- '..., the regional governor, Vyacheslav Gladkov, said on Thursday.' ---------------------
# The parser hangs a trailing speaker set off by commas on the last noun of the clause it
# reports, and the cue after the apposition's closing comma had no subject: the row was lost.
# Near forms: a fronted phrase before the speaker (no reported clause), and no apposition.
TRAILING_APPOSITION_CASES = [
    (
        "Ukrainian shelling killed two civilians in Belgorod, the regional governor, "
        "Vyacheslav Gladkov, said on Thursday.",
        [("the regional governor, Vyacheslav Gladkov", "vyacheslav gladkov")],
    ),
    (
        "A drone hit a school in Kharkiv, the city's mayor, Ihor Terekhov, said.",
        [("the city's mayor, Ihor Terekhov", "ihor terekhov")],
    ),
    (
        "Two deputies were wounded in the shootout, the county sheriff, Mark Lamb, said Tuesday.",
        [("the county sheriff, Mark Lamb", "mark lamb")],
    ),
    (
        "A missile hit a port facility in Odesa, Oleh Kiper, the regional governor, said on "
        "Telegram.",
        [("Oleh Kiper, the regional governor", "oleh kiper")],
    ),
    # near forms
    (
        "In a post on Telegram, the mayor of Odesa, Hennadiy Trukhanov, said the port had been "
        "hit.",
        [("the mayor of Odesa, Hennadiy Trukhanov", "hennadiy trukhanov")],
    ),
    (
        "Ukrainian shelling killed two civilians, Vyacheslav Gladkov said.",
        [("Vyacheslav Gladkov", "vyacheslav gladkov")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    TRAILING_APPOSITION_CASES,
    ids=[c[0][:40] for c in TRAILING_APPOSITION_CASES],
)
def test_a_trailing_speaker_in_apposition_keeps_its_row(nlp, text, rows):
    assert _rows(nlp, text, ("source", "resolved")) == rows


# -- '"...," military spokesman Lt. Col. Nadav Shoshani said.' ---------------------------------
# The parser ends a sentence at each stop of a short rank; the office written out before the
# rank was left in the quotation's sentence, and the row was lost or began at the rank. The
# office opens the speaker's phrase. Near forms: the rank alone, and the rank opening the
# phrase after a clause.
OFFICE_BEFORE_RANK_CASES = [
    (
        '"We hit a terrorist cell," military spokesman Lt. Col. Nadav Shoshani said.',
        [("military spokesman Lt. Col. Nadav Shoshani", "said")],
    ),
    (
        '"The suspect fled on foot," police spokesman Sgt. John Ramirez said.',
        [("police spokesman Sgt. John Ramirez", "said")],
    ),
    (
        '"Our troops are holding the line," army spokesman Col. Nazar Voloshyn said on Monday.',
        [("army spokesman Col. Nazar Voloshyn", "said")],
    ),
    (
        "Military spokesman Lt. Col. Peter Lerner said troops had found a tunnel.",
        [("Military spokesman Lt. Col. Peter Lerner", "said")],
    ),
    (
        "The victim was 19, police spokesman Lt. Dan Cole said.",
        [("police spokesman Lt. Dan Cole", "said")],
    ),
    # near forms
    (
        '"The suspect fled on foot," Sgt. John Ramirez said.',
        [("Sgt. John Ramirez", "said")],
    ),
    (
        "Ukrainian shelling killed two civilians, Vyacheslav Gladkov said.",
        [("Vyacheslav Gladkov", "said")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    OFFICE_BEFORE_RANK_CASES,
    ids=[c[0][:40] for c in OFFICE_BEFORE_RANK_CASES],
)
def test_an_office_before_a_short_rank_opens_the_speaker(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue")) == rows


# -- 'commander-in-chief Oleksandr Syrskyi wrote ... Syrskyi said' -----------------------------
# The recogniser took one word of a two-word name after a title for an organisation
# ('Oleksandr', 'Shoshani') and left the other out: the surname alone later resolved to
# itself, and the channel chain broke. Near forms: a body after a title's 'of', and a name
# whose surname is never written alone.
HALF_NAME_AFTER_TITLE_CASES = [
    (
        '"The situation is difficult," commander-in-chief Oleksandr Syrskyi wrote on Facebook. '
        "Syrskyi said reserves were sent.",
        [("oleksandr syrskyi", "facebook"), ("oleksandr syrskyi", "facebook")],
    ),
    (
        "Army chief Oleksandr Syrskyi said the front was stable. Syrskyi said reserves were sent.",
        [("oleksandr syrskyi", None), ("oleksandr syrskyi", None)],
    ),
    (
        "Military spokesman Nadav Shoshani said troops hit a terrorist. Shoshani said the army "
        "used precise munitions.",
        [("nadav shoshani", None), ("nadav shoshani", None)],
    ),
    (
        '"We will respond," spokesman Hussam Badran said. Badran said the talks were over.',
        [("hussam badran", None), ("hussam badran", None)],
    ),
    # near forms
    (
        "Military spokesman Nadav Shoshani said troops hit a terrorist.",
        [("nadav shoshani", None)],
    ),
    (
        "Ukrainian shelling killed two civilians, Vyacheslav Gladkov said.",
        [("vyacheslav gladkov", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    HALF_NAME_AFTER_TITLE_CASES,
    ids=[c[0][:40] for c in HALF_NAME_AFTER_TITLE_CASES],
)
def test_a_surname_alone_names_the_titled_person_the_recogniser_split(nlp, text, rows):
    assert _rows(nlp, text, ("resolved", "channel")) == rows


# -- 'Zelenskyy said ...' opening a text ------------------------------------------------------
# The tagger takes an unknown capitalised word opening a text for a common noun; the
# recogniser still tags it, and it is the speaker's name ('he' refers back to it). Near
# forms: a common noun of the source lexicons, and a plural (evidence, not a name).
NAME_READ_AS_NOUN_CASES = [
    (
        "Zelenskyy said Ukraine had received jets. He said more were needed.",
        [("name", "zelenskyy"), ("pronoun", "zelenskyy")],
    ),
    (
        "Budanov said Russia was preparing an offensive. He said it would come in June.",
        [("name", "budanov"), ("pronoun", "budanov")],
    ),
    (
        "Kadyrov said his fighters had taken the village. He said the enemy had fled.",
        [("name", "kadyrov"), ("pronoun", "kadyrov")],
    ),
    (
        "Zelenskyy said Ukraine had received the first batch of F-16 fighter jets.",
        [("name", "zelenskyy")],
    ),
    # near forms
    (
        "Police said a man was killed. He said nothing more.",
        [("nominal", None), ("pronoun", None)],
    ),
    ("Photographs showed the aircraft buried in a house.", [("nominal", None)]),
]


@pytest.mark.parametrize(
    ("text", "rows"), NAME_READ_AS_NOUN_CASES, ids=[c[0][:40] for c in NAME_READ_AS_NOUN_CASES]
)
def test_a_name_opening_a_text_is_a_name(nlp, text, rows):
    assert _rows(nlp, text, ("source_type", "resolved")) == rows


# -- 'The Hostages and Missing Families Forum said ... The forum said' -------------------------
# A body's name with 'and' inside that the recogniser missed read as a joined source, which
# speaks by its first part ('Hostages'); a later 'the forum' found no name to share mentions
# with. Near forms: two named speakers joined, and two nominals joined.
NAME_WITH_AND_CASES = [
    (
        "The Hostages and Missing Families Forum said in a statement that time was running out. "
        "The forum said the deal was vital.",
        [
            ("hostages and missing families forum", "statement"),
            ("hostages and missing families forum", "statement"),
        ],
    ),
    (
        "The Families and Survivors Association said the inquiry was a whitewash. The "
        "association said it would appeal.",
        [
            ("families and survivors association", None),
            ("families and survivors association", None),
        ],
    ),
    (
        "The Doctors and Nurses Union said hospitals were overwhelmed.",
        [("doctors and nurses union", None)],
    ),
    (
        "The Hostages and Missing Families Forum said the deal was vital.",
        [("hostages and missing families forum", None)],
    ),
    # near forms
    ("Hamas and Islamic Jihad said their fighters attacked a tank.", [("hamas", None)]),
    ("The police and the army said the attack was repelled.", [(None, None)]),
]


@pytest.mark.parametrize(
    ("text", "rows"), NAME_WITH_AND_CASES, ids=[c[0][:40] for c in NAME_WITH_AND_CASES]
)
def test_a_name_with_and_inside_is_one_speaker(nlp, text, rows):
    assert _rows(nlp, text, ("resolved", "channel")) == rows


# -- 'Axios, citing three sources, reported on Friday that ...' --------------------------------
# The tagger takes a one-word outlet opening the sentence for an adverb: the cue had no
# subject and neither row was made. A known outlet set off by a comma is the subject. Near
# forms: an outlet tagged as a name, and a real adverb set off by a comma.
OUTLET_READ_AS_ADVERB_CASES = [
    (
        "Axios, citing three sources, reported on Friday that CIA Director William Burns would "
        "travel to Cairo.",
        [("three sources", "citing", "cited_origin"), ("Axios", "reported", None)],
    ),
    (
        "Axios, citing two U.S. officials, reported on Friday that Burns would travel to Cairo.",
        [("two U.S. officials", "citing", "cited_origin"), ("Axios", "reported", None)],
    ),
    (
        "Politico, citing two officials, reported on Monday that the talks had stalled.",
        [("two officials", "citing", "cited_origin"), ("Politico", "reported", None)],
    ),
    (
        "Haaretz, citing security sources, reported on Sunday that the army would withdraw.",
        [("security sources", "citing", "cited_origin"), ("Haaretz", "reported", None)],
    ),
    # near forms
    (
        "Reuters, citing two sources, reported that the talks had stalled.",
        [("two sources", "citing", "cited_origin"), ("Reuters", "reported", None)],
    ),
    ("Sadly, the talks had stalled, officials said.", [("officials", "said", None)]),
]


@pytest.mark.parametrize(
    ("text", "rows"),
    OUTLET_READ_AS_ADVERB_CASES,
    ids=[c[0][:40] for c in OUTLET_READ_AS_ADVERB_CASES],
)
def test_an_outlet_read_as_an_adverb_is_the_subject(nlp, text, rows):
    assert _rows(nlp, text, ("source", "cue", "relation")) == rows


# -- '..., according to police, who said officers arrived ...' ---------------------------------
# The parser may hang the phrase on the relative clause of its own source: the phrase took
# the relative clause's content, and the 'who' row became an origin it cites. The phrase
# sources the clause before it; 'who' says more, on its own. Near forms: the relative inside
# a fronted phrase, and a speaker under the phrase who is cited.
ACCORDING_TO_WHO_CASES = [
    (
        "The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who said "
        "officers arrived at the Walmart six minutes later.",
        [
            ("according to", "The shooting began at 10:39 a.m. local time (1639 UTC)", None),
            ("said", "officers arrived at the Walmart six minutes later", None),
        ],
    ),
    (
        "The fire started shortly after midnight, according to firefighters, who said the blaze "
        "spread quickly.",
        [
            ("according to", "The fire started shortly after midnight", None),
            ("said", "the blaze spread quickly", None),
        ],
    ),
    (
        "Israel had not presented a credible plan, according to Sullivan, who said the US would "
        "keep pressing.",
        [
            ("according to", "Israel had not presented a credible plan", None),
            ("said", "the US would keep pressing", None),
        ],
    ),
    (
        "The attack began at dawn, according to the governor, who said troops had repelled it.",
        [
            ("according to", "The attack began at dawn", None),
            ("said", "troops had repelled it", None),
        ],
    ),
    # near forms
    (
        "According to police, who arrived within minutes, the gunman had fled.",
        [("According to", "the gunman had fled", None)],
    ),
    (
        "According to a police report, the driver said he had been drinking.",
        [
            ("According to", "the driver said he had been drinking", None),
            ("said", "he had been drinking", "nested"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), ACCORDING_TO_WHO_CASES, ids=[c[0][:40] for c in ACCORDING_TO_WHO_CASES]
)
def test_according_to_a_source_who_says_more(nlp, text, rows):
    assert _rows(nlp, text, ("cue", "content", "relation")) == rows


# -- 'UN humanitarian coordinator Martin Griffiths ... The UN aid chief said' ------------------
# Wires name an official with the body's title, then call them the body's 'chief' or 'head':
# no title word is shared, and the row resolved to no one. A leader's title with the body's
# name before it stands for the one person named before with a title of that body. Near
# forms: two such people (no guess), and a spokesman, who speaks for a body but does not
# lead it.
BODY_LEADER_CASES = [
    (
        "UN humanitarian coordinator Martin Griffiths told the Security Council that aid had "
        'fallen. "We are out of words," Griffiths said. The UN aid chief said Israel had '
        "rejected half of the convoys.",
        ["martin griffiths", "martin griffiths", "martin griffiths"],
    ),
    (
        "IAEA Director General Rafael Grossi said the plant's safety was precarious. The IAEA "
        "chief said he would visit the plant.",
        ["rafael grossi", "rafael grossi"],
    ),
    (
        "UN humanitarian coordinator Martin Griffiths said aid had fallen. The UN aid chief said "
        "convoys were blocked.",
        ["martin griffiths", "martin griffiths"],
    ),
    (
        "IAEA Director General Rafael Grossi said the plant was shelled. The IAEA head said "
        "experts would stay.",
        ["rafael grossi", "rafael grossi"],
    ),
    # near forms
    (
        "UN Secretary-General Antonio Guterres said the war must end. UN humanitarian "
        "coordinator Martin Griffiths said aid had fallen. The UN aid chief said convoys were "
        "blocked.",
        ["antonio guterres", "martin griffiths", None],
    ),
    (
        "UN spokesman Stephane Dujarric said the convoy was hit. The UN chief said the attack "
        "was unacceptable.",
        ["stephane dujarric", None],
    ),
]


@pytest.mark.parametrize(
    ("text", "resolved"), BODY_LEADER_CASES, ids=[c[0][:40] for c in BODY_LEADER_CASES]
)
def test_a_bodys_chief_is_the_one_titled_with_that_body(nlp, text, resolved):
    got = [r for r in _rows(nlp, text, ("resolved", "relation")) if r[1] != "nested"]
    assert [r[0] for r in got] == resolved


# -- 'said in a statement ... "Every day that passes ...," the forum said' --------------------
# The parser may hang a time phrase opening the quotation on the cue after it; the channel
# chain took it for the time of a new occasion and broke. A time inside the quotation is
# what was said. Near forms: a time on the cue outside any quotation still starts a new
# occasion.
TIME_INSIDE_QUOTE_CASES = [
    (
        'The forum said in a statement that time was short. "Every day that passes endangers '
        'their lives," the forum said.',
        ["statement", "statement"],
    ),
    (
        'Hamas said in a statement that the talks had stalled. "Every day that passes costs '
        'lives," the group said.',
        ["statement", "statement"],
    ),
    (
        'The ministry said in a statement that 12 people died. "Every day the numbers grow," '
        "the ministry said.",
        ["statement", "statement"],
    ),
    (
        'The agency said in a statement that aid had stopped. "Every hour that goes by means '
        'more deaths," the agency said.',
        ["statement", "statement"],
    ),
    # near forms
    (
        "The ministry said on Telegram that 12 people died. On Monday the ministry said 14 had "
        "died.",
        ["telegram", None],
    ),
    (
        "The ministry said on Telegram that 12 people died. The ministry said on Tuesday that 14 "
        "had died.",
        ["telegram", None],
    ),
]


@pytest.mark.parametrize(
    ("text", "channels"), TIME_INSIDE_QUOTE_CASES, ids=[c[0][:40] for c in TIME_INSIDE_QUOTE_CASES]
)
def test_a_time_inside_the_quotation_keeps_the_channel(nlp, text, channels):
    assert [r[0] for r in _rows(nlp, text, ("channel",))] == channels


# -- 'said a commander who goes by the call sign Taras' ----------------------------------------
# War reports name soldiers by their call sign, as military rules ask; the speaker resolved
# to its own words or to no one, and 'he' after it to the same. The proper name right after
# a call sign's noun in the speaker's phrase is the name the speaker goes by. Near forms: a
# first name set off by commas (read as before), and a phrase with no call sign.
CALL_SIGN_CASES = [
    (
        '"We fire one shell for every ten of theirs," said a 34-year-old commander who goes by '
        "the call sign Taras, in line with military rules. He said Russian forces were attacking "
        "in small groups.",
        ["taras", "taras"],
    ),
    (
        "A 28-year-old drone pilot, who goes by the call sign Moroz, said the unit had lost "
        "three drones that night.",
        ["moroz"],
    ),
    (
        '"The drones never stop," said a sniper who uses the call sign Grom, speaking on '
        "condition that his full name not be used.",
        ["grom"],
    ),
    (
        "A paramedic, who goes by the nickname Ryzhyi, said the evacuation route was under fire. "
        "He said two medics were wounded.",
        ["ryzhyi", "ryzhyi"],
    ),
    (
        '"We hold this line," said a platoon commander who goes by the call sign Dnipro in line '
        "with military rules.",
        ["dnipro"],
    ),
    # near forms
    (
        "A soldier who gave only his first name, Oleh, said the trench was flooded.",
        ["oleh"],
    ),
    ("A soldier whose unit fought near Avdiivka said the trench was flooded.", [None]),
]


@pytest.mark.parametrize(
    ("text", "resolved"), CALL_SIGN_CASES, ids=[c[0][:40] for c in CALL_SIGN_CASES]
)
def test_a_speaker_goes_by_the_call_sign_named_in_the_phrase(nlp, text, resolved):
    assert [r[0] for r in _rows(nlp, text, ("resolved",))] == resolved
