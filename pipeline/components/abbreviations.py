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
arrested"): after a letter the tokenizer still splits the stop off, but after a number it keeps
"11.Locklear" as one word, and the parser reads the two sentences as one. A stop between digits
and a capitalised word is split (an infix rule) and ends the sentence; a decimal ("1.5"), a time
("10.30") and "No.1" have no capital after the stop and stay whole.

A time of day written short ("at around 4 a.m.") keeps its stop, which is the sentence's
too: a quotation opening after it with a capital ('4 a.m. "They killed my neighbour," he said')
starts the next sentence, which the parser would join to the one before, giving the clause
before the quotation to the cue after it (`clock_abbreviations` in `lexicons/name_titles.json`).

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
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .base import DataPipe

#: A stop written between a number and a capitalised word: a sentence end that lost its space.
STOP_AFTER_NUMBER = r"(?<=[0-9])\.(?=[A-Z][a-z])"


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
        self._orths: numpy.ndarray | None = None

    def _build(self) -> None:
        # The tokenizer's special cases are part of what this component does: set on every load
        # (a saved pipeline's tokenizer holds them already; setting one again changes nothing).
        tokenizer = self.nlp.tokenizer
        self.titles = frozenset(self.data[self.lexicon_file]["titles"])
        self.clock = frozenset(self.data[self.lexicon_file].get("clock_abbreviations", ()))
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
        if infixes is None:
            tokenizer.infix_finditer = re.compile(STOP_AFTER_NUMBER).finditer
        elif STOP_AFTER_NUMBER not in infixes.__self__.pattern:
            pattern = infixes.__self__.pattern + "|" + STOP_AFTER_NUMBER
            tokenizer.infix_finditer = re.compile(pattern).finditer
        self._orths = None

    def __call__(self, doc: Doc) -> Doc:
        self._require_data()
        if self._orths is None:
            self._orths = numpy.array([doc.vocab.strings.add(t) for t in self.titles], "uint64")
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
        self._end_at_unspaced_stops_after_numbers(doc, stops)
        self._end_at_quotations_after_clock_times(doc)
        return doc

    def _end_at_quotations_after_clock_times(self, doc: Doc) -> None:
        # 'at around 4 a.m. "They killed ...," he said': the stop of the time is the sentence's
        # too, and an opening quotation mark with a capital after it starts the next
        for token in doc[1:-2]:
            if token.lower_ not in self.clock:
                continue
            mark, first = doc[token.i + 1], doc[token.i + 2]
            if not mark.is_quote or not mark.is_left_punct or not first.is_title:
                continue
            if mark.is_sent_start is None:
                mark.is_sent_start = True

    @staticmethod
    def _end_at_unspaced_stops_after_numbers(doc: Doc, stops: list[int]) -> None:
        for i in stops:
            number, token, after = doc[i - 1], doc[i], doc[i + 1]
            # only the stops `STOP_AFTER_NUMBER` split: written on both words
            if number.whitespace_ or token.whitespace_ or not number.is_digit:
                continue
            if after.is_title and after.is_sent_start is None:
                after.is_sent_start = True

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
