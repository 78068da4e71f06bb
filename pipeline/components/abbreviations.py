"""news_abbreviations: a short rank or title before a name is one word and ends no sentence.

spaCy's English tokenizer keeps "Gen." or "Dr." whole but splits "Sgt." into "Sgt" and ".", and
the parser then reads the stop as a full stop: "Sgt. Mark Cole, Cpl. Dan Reid and Pvt. Amy Lin
were wounded" becomes three sentences, and only the last name is left beside the harm verb. The
titles (`lexicons/name_titles.json`) become tokenizer special cases, and a proper noun after one
is marked as no sentence start before the parser (after the tagger), which respects that.
Like the stages, it reads its two data files in `initialize` and saves them with the pipeline
(`to_disk` / `from_disk`), setting the tokenizer's special cases on every load.

The opposite case: a platform named by one letter ("said in a post on X. Officers detained a
man") is written like an initial, so the tokenizer keeps "X." whole and the parser joins the
two sentences. After a channel preposition and before a capitalised word, that stop ends the
sentence; an initial inside a name ("Malcolm X. Smith", "George W. Bush") follows no
preposition and keeps its sentence.

A street written short ("in the 900 block of North Rockton Ave. as Jamario Crawford") is the
other way round again: the tokenizer splits "Ave." into "Ave" and ".", and the parser ends the
sentence at the stop, cutting "identified ... as" and "at ..., police said" from their clause.
A stop the tokenizer split off a capitalised word, followed by a lower-case word, is an
abbreviation's point: a news sentence never starts in lower case.

Scraped pages lose the space after a full stop ("shot on January 11.Locklear's mother was also
arrested", "where he died.Family said", "a small, gray SUV.Police say", "liquor
house.21-year-old Isaak Bridges"). spaCy's English tokenizer splits such a stop off only between
a lower-case letter and a capital; after a number or an acronym, or before a number, it keeps
one word ("11.Locklear", "SUV.Police", "house.21"), and in every case the parser reads the two
sentences as one, so a victim or a cue of the second is read in the first's clause. A stop
written on both words is split by infix rules (`GLUED_STOPS`) and, when a word that is not an
abbreviation stands before it and a capitalised word or a number after it, ends the sentence.
What stays one sentence, or one word: a decimal or version ("1.5", "v2.0", "105.9FM"), a
domain, a file name or an address (no capital after the stop: "Amazon.com", "report.pdf";
upper case on both sides: "WBRC.COM"; spaCy's URL and e-mail match), initials ("U.S.",
"W.Va.": one letter before the stop), the abbreviations the tokenizer keeps whole or this
component adds ("St.Louis", "Dr.Smith", "Sgt.Mark", 'Sept.11' with a number after a capital's
three letters) and the short titles of `lexicons/name_titles.json`. A glued stop with a
quotation mark after it ('were killed."On Sunday') splits the mark off too; the sentence starts
after the mark if it closes a quotation, at it if it opens one. A time of day written short and
glued to the next sentence ("at 4 p.m.The victim") ends its sentence too.

A time of day written short ("at around 4 a.m.") keeps its stop, which is the sentence's
too: a quotation opening after it with a capital ('4 a.m. "They killed my neighbour," he said')
starts the next sentence, which the parser would join to the one before, giving the clause
before the quotation to the cue after it (`clock_abbreviations` in `lexicons/name_titles.json`).
A day word after the time ("It happened about 11:20 p.m. Sept. 19 at a residence", "around
4:25 p.m. Saturday, court documents say") is the time's, not a new sentence's first word
(`clock_days`): the parser would cut the day and the rest of the clause from "It happened".

Wire copy of the 1990s types a dash as an underscore between spaces ("Since 1985 _ when the
zone was created _ nearly 200 soldiers have been killed"); the model reads "_" as a noun and
splits the sentence there, so a "since" or a subject is cut from its verb. Each such spelling
(`lexicons/wire_dashes.json`) is given the word features of the dash the model knows (norm,
shape, prefix, suffix: what its tagger and parser read of a word), so it is tagged and attached
as that dash; its text stays as written.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .base import DataPipe

#: A stop written between two words, a sentence end that lost its space, where spaCy's own infix
#: rule (a stop between a lower-case letter and a capital) does not split it: after a number
#: ("11.Locklear"), after an acronym of two capitals or more ("SUV.Police": 'W.Va.' has one),
#: after a closing bracket ("(WBRC).Police", the bracket split off too), and before a number
#: after a lower-case word of four letters or more ("house.21-year-old"; shorter ones are
#: abbreviations before a number: "vol.3", "No.1", "Sept.11"). A quotation mark after such a
#: stop, before a capital ('killed."On'), is split off as well (spaCy leaves it on the word). A
#: question or exclamation mark glued to the next sentence ('on the ground?"Hours later', 'he
#: asked?Police') spaCy does not split at all. A comma or a colon with a quotation mark glued on
#: both sides ('he said,"Look', 'audiences,"Katie Packer said', 'Clinton:"We') is split into
#: the three: kept one word, the quotation neither opens nor closes at a word, and the cue
#: beside it is lost.
GLUED_STOPS = (
    r"(?<=[0-9])\.(?=[A-Z][a-z])",
    r"(?<=[A-Z]{2})\.(?=[A-Z][a-z])",
    r"(?<=[a-z])\)(?=\.[A-Z][a-z])",
    r"(?<=\))\.(?=[A-Z][a-z])",
    r"(?<=[a-z]{4})\.(?=[0-9])",
    r"(?<=[a-z]\.)[\"\u201c\u201d](?=[A-Z])",
    r"(?<=[a-z])[?!](?=[\"\u201c\u201d]?[A-Z][a-z])",
    r"(?<=[a-z][?!])[\"\u201c\u201d](?=[A-Z])",
    r"(?<=[A-Za-z0-9])[,:](?=[\"\u201c\u201d][A-Za-z])",
    r"(?<=[A-Za-z0-9][,:])[\"\u201c\u201d](?=[A-Za-z])",
)
QUOTES = frozenset('"\u201c\u201d')


class NameTitles(DataPipe):
    """Marks the name after a short title as continuing the title's sentence."""

    def __init__(self, nlp: Language, name: str, lexicon: str, channels: str, dashes: str) -> None:
        super().__init__(nlp, name)
        # The factory's settings name the files (`models/newsextract.cfg` may point elsewhere),
        # so they are this component's, not the class's.
        self.lexicon_file = lexicon
        self.channels_file = channels
        self.dashes_file = dashes
        self.data_files = (lexicon, channels, dashes)
        self.titles: frozenset[str] = frozenset()
        #: One-letter platform names ("X"), and the prepositions that introduce a channel.
        self.letters: frozenset[str] = frozenset()
        self.prepositions: frozenset[str] = frozenset()
        #: Times of day written short ("a.m."), after which a quotation starts a sentence.
        self.clock: frozenset[str] = frozenset()
        #: Day words ("Saturday", "Sept.", lower case) that continue a time's sentence.
        self.clock_days: frozenset[str] = frozenset()
        #: Words of a time zone ("time", "eastern") that continue a time's sentence.
        self.clock_zones: frozenset[str] = frozenset()
        #: Words written short with a stop (lower case, without it), which a glued stop after
        #: them does not end a sentence ('St.Louis', 'Sgt.Mark').
        self.abbreviations: frozenset[str] = frozenset()
        self._orths: numpy.ndarray | None = None
        self._clock_lowers: numpy.ndarray | None = None

    def _build(self) -> None:
        # The tokenizer's special cases are part of what this component does: set on every load
        # (a saved pipeline's tokenizer holds them already; setting one again changes nothing).
        tokenizer = self.nlp.tokenizer
        self.titles = frozenset(self.data[self.lexicon_file]["titles"])
        self.clock = frozenset(self.data[self.lexicon_file].get("clock_abbreviations", ()))
        self.clock_days = frozenset(self.data[self.lexicon_file].get("clock_days", ()))
        self.clock_zones = frozenset(self.data[self.lexicon_file].get("clock_zones", ()))
        for title in self.titles:
            tokenizer.add_special_case(title, [{ORTH: title}])
        media = self.data[self.channels_file]
        # the platforms the channel lexicon names by one letter ('on X')
        self.letters = frozenset(
            w.upper() for w in media["mentions"] if len(w) == 1 and w.isalpha()
        )
        for letter in self.letters:
            # the tokenizer keeps a capital with its stop as an initial ('X.'); split, the stop
            # may end the sentence and the component decides where it does not
            tokenizer.add_special_case(letter + ".", [{ORTH: letter}, {ORTH: "."}])
        self.prepositions = frozenset(media["prepositions"])
        for spelling, dash in self.data[self.dashes_file]["dashes"].items():
            # the word standing alone only: "_" inside a word ("group_name") is another word
            written, read = self.nlp.vocab[spelling], self.nlp.vocab[dash]
            written.norm_, written.shape_ = read.norm_, read.shape_
            written.prefix_, written.suffix_ = read.prefix_, read.suffix_
        infixes = tokenizer.infix_finditer
        pattern = infixes.__self__.pattern if infixes is not None else ""
        added = [rule for rule in GLUED_STOPS if rule not in pattern]
        if added:
            tokenizer.infix_finditer = re.compile(
                "|".join(([pattern] if pattern else []) + added)
            ).finditer
        # the abbreviations a glued stop does not end: those the tokenizer keeps whole with their
        # stop when spaced ('St.', 'Sept.', 'Mr.': split off a glued word by the infix rules)
        # and the short titles
        self.abbreviations = (
            frozenset(key[:-1].lower() for key in (tokenizer.rules or {}) if key.endswith("."))
            | frozenset(t[:-1].lower() for t in self.titles)
            | frozenset(self.data[self.lexicon_file].get("expansions", {}))
        )
        self._orths = None
        self._clock_lowers = None

    def __call__(self, doc: Doc) -> Doc:
        self._require_data()
        if self._orths is None:
            self._orths = numpy.array([doc.vocab.strings.add(t) for t in self.titles], "uint64")
            self._clock_lowers = numpy.array(
                [doc.vocab.strings.add(t) for t in self.clock], "uint64"
            )
        # Only the title tokens are looked at (the column, not a Token per word): this runs on
        # every document before the parser.
        orths = doc.to_array(ORTH)
        found = numpy.flatnonzero(numpy.isin(orths[:-1], self._orths))
        for i in found.tolist():
            after = doc[i + 1]
            # Only before a proper noun (the tagger runs before this): a title is written before
            # a name or another title; elsewhere ("promoted to Sgt. Two days later") the parser
            # decides.
            if after.tag_ in ("NNP", "NNPS") and after.is_sent_start is not True:
                after.is_sent_start = False
        # the stops with a word before and after them, read once for both stop rules
        stops = (numpy.flatnonzero(orths[1:-1] == doc.vocab.strings.add(".")) + 1).tolist()
        self._end_at_platform_letters(doc, stops)
        self._continue_after_split_abbreviations(doc, stops)
        marks = orths[1:-1]
        questions = marks == doc.vocab.strings.add("?")
        questions |= marks == doc.vocab.strings.add("!")
        self._end_at_glued_stops(doc, sorted(stops + (numpy.flatnonzero(questions) + 1).tolist()))
        # the short times of day ("a.m."), found in the column as the titles are
        clocks = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), self._clock_lowers)).tolist()
        self._end_after_glued_clock_times(doc, clocks)
        self._end_at_quotations_after_clock_times(doc, clocks)
        self._continue_at_days_after_clock_times(doc, clocks)
        self._end_at_capitals_after_clock_times(doc, clocks)
        return doc

    def _end_at_capitals_after_clock_times(self, doc: Doc, clocks: list[int]) -> None:
        # 'shortly after 2 a.m. Maria Kovalenko, 34, died at the scene': the stop of the time is
        # the sentence's too, and a capitalised word after it starts the next one, which the
        # parser would join to the first (the victim's clause read inside the time's sentence).
        # A day ('2 a.m. Sunday', set above) or a time zone ('10 a.m. Central European Time',
        # '9 a.m. Kyiv time', which the parser cuts off too) goes on with the time.
        for i in clocks:
            if i < 1 or i + 1 >= len(doc) or not doc[i].whitespace_:
                continue
            after = doc[i + 1]
            if not after.is_title or after.is_sent_start is not None:
                continue
            after.is_sent_start = not any(t.lower_ in self.clock_zones for t in doc[i + 1 : i + 4])

    def _continue_at_days_after_clock_times(self, doc: Doc, clocks: list[int]) -> None:
        # 'It happened about 11:20 p.m. Sept. 19 at a residence': the day after a time written
        # short is the time's, whose stop the parser would read as a full stop before a capital
        for i in clocks:
            if i + 1 >= len(doc) or not doc[i].whitespace_:
                continue
            after = doc[i + 1]
            if after.lower_ in self.clock_days and after.is_sent_start is None:
                after.is_sent_start = False

    @staticmethod
    def _end_at_quotations_after_clock_times(doc: Doc, clocks: list[int]) -> None:
        # 'at around 4 a.m. "They killed ...," he said': the stop of the time is the sentence's
        # too, and an opening quotation mark with a capital after it starts the next
        for i in clocks:
            if i < 1 or i + 2 >= len(doc):
                continue
            mark, first = doc[i + 1], doc[i + 2]
            if not mark.is_quote or not mark.is_left_punct or not first.is_title:
                continue
            if mark.is_sent_start is None:
                mark.is_sent_start = True

    def _end_at_glued_stops(self, doc: Doc, stops: list[int]) -> None:
        for i in stops:
            word, token = doc[i - 1], doc[i]
            # a stop written on both words (`GLUED_STOPS` and spaCy's own infix split them)
            if word.whitespace_ or token.whitespace_ or not self._ends_sentence(word):
                continue
            # 'killed."On Sunday': the sentence starts after a closing mark, at an opening one
            mark = doc[i + 1]
            quoted = mark.text in QUOTES and not mark.whitespace_ and i + 2 < len(doc)
            after = doc[i + 2] if quoted else mark
            if not (
                after.is_title or (after.is_upper and len(after) > 1) or after.text[0].isdigit()
            ):
                continue
            first = after if quoted and _closes_quotation(doc, i + 1) else mark
            if first.is_sent_start is None:
                first.is_sent_start = True
            if first is after and quoted and mark.is_sent_start is None:
                # the closing mark stays with the sentence it closes
                mark.is_sent_start = False

    @staticmethod
    def _end_after_glued_clock_times(doc: Doc, clocks: list[int]) -> None:
        # 'at 4 p.m.The victim': a time written short, glued to a capitalised word
        for i in clocks:
            if i < 1 or i + 1 >= len(doc) or doc[i].whitespace_:
                continue
            after = doc[i + 1]
            if after.is_title and after.is_sent_start is None:
                after.is_sent_start = True

    def _ends_sentence(self, word) -> bool:
        # a number ('January 11.Locklear'), a closing bracket, or a word that is neither an
        # initial ('U.S.') nor an abbreviation ('Sgt.Mark')
        if word.is_digit or word.text == ")":
            return True
        return word.is_alpha and len(word) > 1 and word.lower_ not in self.abbreviations

    @staticmethod
    def _continue_after_split_abbreviations(doc: Doc, stops: list[int]) -> None:
        for i in stops:
            word, token, after = doc[i - 1], doc[i], doc[i + 1]
            # 'Ave.': the stop written on the word; 'shot. the' (a stop, a space) is a typo's
            # sentence end and the parser decides
            if word.whitespace_ or not word.is_title or not word.is_alpha:
                continue
            if token.whitespace_ != " " or not after.is_lower or not after.is_alpha:
                continue
            if after.is_sent_start is None:
                after.is_sent_start = False

    def _end_at_platform_letters(self, doc: Doc, stops: list[int]) -> None:
        if not self.letters:
            return
        for i in stops:
            # 'on X.': two words before the stop at the least
            if i < 2 or doc[i - 1].text not in self.letters:
                continue
            token, after = doc[i], doc[i + 1]
            if not after.is_title or after.is_sent_start is not None:
                continue
            # 'on X. Officers': the platform closes the sentence; 'Malcolm X. Smith': an
            # initial inside a name, which goes on
            after.is_sent_start = doc[token.i - 2].lower_ in self.prepositions


def _closes_quotation(doc: Doc, i: int) -> bool:
    """Whether the quotation mark `doc[i]` closes a quotation: a curly mark says so, a straight
    one does when an odd number of straight marks stands before it in its paragraph."""
    if doc[i].text != '"':
        return doc[i].text == "\u201d"
    count = 0
    for token in reversed(doc[:i]):
        if "\n" in token.text or "\n" in token.whitespace_:
            break
        count += token.text == '"'
    return count % 2 == 1


@Language.factory(
    "news_abbreviations",
    default_config={
        "lexicon": "lexicons/name_titles.json",
        "channels": "lexicons/channels.json",
        "dashes": "lexicons/wire_dashes.json",
    },
)
def make_name_titles(
    nlp: Language, name: str, lexicon: str, channels: str, dashes: str
) -> NameTitles:
    return NameTitles(nlp, name, lexicon, channels, dashes)
