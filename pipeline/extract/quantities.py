"""Quantities of people: "13", "1,200", "twenty-five", "a dozen", "at least 13", "between 10 and
15", "dozens of", "a man", "no one", with the contract's qualifier and low/best/high bounds.

Pure functions over strings and tokens. The word lists come from `models/lexicons/`
(`number_words.json`, `quantities.json`, `victims.json`, `genders.json`); `QuantityWords` compiles
them once.
`read_quantity(token, words)` reads the quantity phrase whose nominal head is `token`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Token

from .shared import word_sexes

_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DECIMAL_RE = re.compile(r"^\d+\.\d+$")
_ORDINAL_DIGITS_RE = re.compile(r"^\d+(?:st|nd|rd|th)$")
#: Hyphens and dashes that join the parts of a numeral ("twenty-five") or a range ("10-15").
_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2012"})


#: `doc.user_data` key of the per-doc token -> corrected entity label list (see `ent_label`).
LABELS_KEY = "news_casualties.entity_labels"
#: The model's labels `news_entities` does not correct (numbers, dates): read raw.
RAW_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def entity_labels(doc: Doc) -> list[str]:
    """Token index -> entity label, one per token ("" outside any entity).

    Names take the label `news_entities` settled on for their cluster (`Doc._.news_entities`),
    so a surname the model tagged ORG in one sentence is PERSON like the rest of its cluster;
    a name that stage dropped has none. Numeric and temporal labels, which that stage does not
    carry, stay the model's own; so do all labels of a doc that stage has not seen."""
    entities = doc._.news_entities if Doc.has_extension("news_entities") else None
    # read from the token array: `t.ent_type_` would make a Token object per token
    strings = doc.vocab.strings
    model_labels = [strings[h] if h else "" for h in doc.to_array(ENT_TYPE).tolist()]
    if entities is None:  # the entities stage did not run: the model's labels are all there is
        return model_labels
    labels = [label if label in RAW_LABELS else "" for label in model_labels]
    for entity in entities:
        span = doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
        if span is not None:
            for token in span:
                labels[token.i] = entity["label"]
    return labels


def ent_label(token: Token) -> str:
    """The corrected entity label of `token` (see `entity_labels`), built once per doc while
    `find_casualties` runs and built on first use otherwise."""
    labels = token.doc.user_data.get(LABELS_KEY)
    if labels is None or len(labels) != len(token.doc):
        labels = entity_labels(token.doc)
        token.doc.user_data[LABELS_KEY] = labels
    return labels[token.i]


class NumberWords:
    """Parses numerals written in digits or words ("1,200", "twenty-five", "1.5 million")."""

    def __init__(self, numbers: Mapping[str, Any]) -> None:
        self.units: dict[str, int] = dict(numbers["units"])
        self.scales: dict[str, int] = dict(numbers["scales"])
        self.ordinals: dict[str, int] = dict(numbers.get("ordinals", {}))

    def is_number_word(self, word: str) -> bool:
        """True for a word that can be part of a numeral ("twenty", "hundred", "1,200")."""
        word = word.lower()
        return bool(
            _DIGITS_RE.match(word)
            or _DECIMAL_RE.match(word)
            or (word in self.units and " " not in word)
            or word in self.scales
        )

    def parse(self, text: str) -> int | None:
        """The value of a numeral, or None when the text is not one."""
        words = text.lower()
        for dash in _DASHES:
            words = words.replace(dash, " ")
        parts = words.split()
        if not parts:
            return None
        joined = " ".join(parts)
        if joined in self.units:
            return self.units[joined]
        total: float = 0
        current: float = 0
        seen = False
        for word in parts:
            if word == "and":
                continue
            if _DIGITS_RE.match(word):
                current += int(word.replace(",", ""))
                seen = True
            elif _DECIMAL_RE.match(word):
                current += float(word)  # "1.5 million"
                seen = True
            elif word in self.scales and (seen or word not in self.units):
                # "two dozen", "three hundred"; a bare "dozen" is a unit (12).
                current = (current or 1) * self.scales[word]
                seen = True
                if self.scales[word] >= 1000:
                    total, current = total + current, 0
            elif word in self.units and " " not in word:
                current += self.units[word]
                seen = True
            elif word in ("a", "an") and not seen:
                current, seen = 1, True
            else:
                return None
        if not seen:
            return None
        value = total + current
        return int(value) if float(value).is_integer() else None

    def ordinal(self, word: str) -> int | None:
        """The value of an ordinal ("fourth" 4, "4th" 4), or None."""
        word = word.lower()
        if word in self.ordinals:
            return self.ordinals[word]
        if _ORDINAL_DIGITS_RE.match(word):
            return int(word[:-2])
        return None


class QuantityWords:
    """Quantity and victim word lists, compiled for token lookups."""

    def __init__(
        self,
        quantities: Mapping[str, Any],
        victims: Mapping[str, Any],
        numbers: Mapping[str, Any],
        given_names: Mapping[str, Any] | None = None,
        genders: Mapping[str, Any] | None = None,
    ) -> None:
        self.numbers = NumberWords(numbers)
        #: lower-cased given names (`lexicons/given_names.json`, the entities stage's list)
        self.given_names: frozenset[str] = frozenset((given_names or {}).get("given_names", ()))
        self.vague: dict[str, int] = dict(quantities["vague"])
        self.vague_best: dict[str, int] = dict(quantities.get("vague_best", {}))
        self.vague_multiples: set[str] = set(quantities.get("vague_multiples", []))
        self.qualifiers: dict[str, str] = dict(quantities["qualifiers"])
        self.postfix_qualifiers: dict[str, str] = dict(quantities.get("postfix_qualifiers", {}))
        self.intensifiers: set[str] = set(quantities.get("intensifiers", []))
        self.scope_adverbs: set[str] = set(quantities.get("scope_adverbs", []))
        self.max_qualifier_words = max(len(q.split()) for q in self.qualifiers)
        self.max_vague_words = max(len(q.split()) for q in self.vague)
        #: the last word of each vague phrase: only a token that is one can end such a phrase.
        self.vague_ends: set[str] = {q.split()[-1] for q in self.vague}
        self.negative: set[str] = set(quantities["negative"])
        self.negatable_pronouns: set[str] = set(quantities.get("negatable_pronouns", []))
        self.multipliers: dict[str, int] = dict(quantities.get("multipliers", {}))
        self.indefinite_heads: set[str] = set(quantities["indefinite_heads"])
        self.additive: set[str] = set(quantities.get("additive", []))
        self.part_words: set[str] = set(quantities.get("part_words", []))
        self.part_word_degrees: set[str] = set(quantities.get("part_word_degrees", []))
        self.distributive: set[str] = set(quantities.get("distributive_determiners", []))
        self.excluded_determiners: set[str] = set(quantities.get("excluded_determiners", []))
        self.totals: set[str] = set(quantities.get("total_nouns", []))
        self.exceptions: dict[str, set[str]] = {
            whole: set(preps) for whole, preps in quantities.get("exceptions", {}).items()
        }
        self.partitive_preps: set[str] = set(quantities.get("partitive_preps", ["of"]))
        self.whole_group_words: set[str] = set(quantities.get("whole_group_words", []))
        self.compound_units: set[str] = set(quantities.get("compound_units", []))
        self.money_words: set[str] = set(quantities.get("money_words", []))
        self.pronouns: dict[str, int | None] = dict(quantities.get("pronouns", {}))
        self.floating_counts: dict[str, int] = dict(quantities.get("floating_counts", {}))
        self.couple_nouns: dict[str, int] = dict(quantities.get("couple_nouns", {}))
        reciprocal = quantities.get("reciprocal", {})
        self.reciprocal_pronouns: set[str] = set(reciprocal.get("pronouns", []))
        self.reciprocal_determiners: set[str] = set(reciprocal.get("determiners", []))
        self.definite: set[str] = set(quantities.get("definite_determiners", []))
        self.victim_status: dict[str, str] = dict(victims["status"])
        self.status_compounds: dict[str, str] = dict(victims.get("status_phrases", {}))
        self.severity_adjectives: set[str] = set(victims.get("severity_adjectives", []))
        self.guard_nouns: dict[str, str] = dict(victims.get("guard_nouns", {}))
        self.generic: set[str] = set(victims["generic"])
        self.person_nouns: set[str] = set(victims["person_nouns"])
        self.non_person: set[str] = set(victims.get("non_person_nouns", []))
        self.described_person: dict[str, frozenset[str]] = {
            noun: frozenset(modifiers)
            for noun, modifiers in victims.get("described_person_nouns", {}).items()
        }
        self.person_suffixes: tuple[str, ...] = tuple(victims.get("person_suffixes", []))
        self.infant_units: set[str] = set(victims.get("infant_age_units", []))
        self.age_units: set[str] = self.infant_units | {"year", "years"}
        self.anaphoric: set[str] = set(victims.get("anaphoric_nouns", []))
        self.anaphoric_groups: set[str] = set(victims.get("group_nouns", []))
        self.name_particles: set[str] = set(victims.get("name_particles", []))
        self.perpetrators: set[str] = set(victims.get("perpetrator_nouns", []))
        self.captive_references: set[str] = set(victims.get("captive_reference_nouns", []))
        self.held_status: set[str] = set(victims.get("held_status_nouns", []))
        self.collective: set[str] = set(victims.get("collective_nouns", []))
        self.kin_collectives: set[str] = set(victims.get("kin_collectives", []))
        self.kin_nouns: set[str] = set(victims.get("kin_nouns", []))
        self.force_ranks: set[str] = set(victims.get("force_ranks", []))
        self.noun_synonyms: dict[str, str] = dict(victims.get("noun_synonyms", {}))
        #: 'he' and 'the girl' by sex, so that one does not refer back to the other.
        self.genders: dict[str, str] = word_sexes(genders or {}, "pronouns", "nouns")
        self.life_stages: dict[str, str] = {
            word: stage for stage, nouns in victims.get("life_stages", {}).items() for word in nouns
        }
        self.child_age_below: float = float(victims.get("child_age_below", 13))
        self.adult_age_from: float = float(victims.get("adult_age_from", 18))
        self.offspring: set[str] = set(victims.get("offspring_nouns", []))


@dataclasses.dataclass
class Quantity:
    """A quantity phrase: qualifier, value and bounds, and where it is (token indices)."""

    qualifier: str
    value: int | None
    value_upper: int | None
    low: int | None
    best: int | None
    high: int | None
    start: int
    end: int
    #: The victim noun (token index) when the phrase names one.
    noun: int | None = None
    negated: bool = False
    #: How the quantity was given: numeric, vague (a quantity word), plural (a bare plural),
    #: none, zero, indefinite, definite, named, pronoun, ordinal, definite_plural ("the men").
    #: Relations read it.
    kind: str = "numeric"
    #: "another 149", "three others", "twelve more": a group added to an earlier one.
    additive: bool = False
    #: "four of the deceased", "most of the injured": part of an earlier group.
    partitive: bool = False
    #: "a third person", "the fourth victim": the rank an ordinal gives one person.
    rank: int | None = None


def _hyphen_compound_count(head: Token, words: QuantityWords) -> Quantity | None:
    """ "killed four co-workers", "several co-workers were hurt": the parser may split a
    hyphenated noun into siblings and hang the quantity on its first part, so the head
    ("workers") has none of its own; the count is the first part's, the span runs to the head."""
    first = _hyphen_prefix(head)
    if first is None or first.head != head.head or first.dep_ != head.dep_:
        return None  # "a 10-year-old": one parsed word, the hyphen inside it
    if any(c.i < first.i and c.dep_ in ("nummod", "det", "amod") for c in head.children):
        return None  # the head has a quantity word of its own
    if not any(c.i < first.i for c in first.children):
        return None  # "co-workers" alone: a bare plural, read as the head's
    found = read_quantity(first, words)
    if found is None or found.kind not in ("numeric", "vague"):
        return None
    found.end = max(found.end, _phrase_end(head, words))
    found.noun = head.i
    return found


def _numeral_on_modifier(head: Token, words: QuantityWords) -> Quantity | None:
    """ "Twenty Nigerien soldiers", "Three Afghan police officers": a capitalised numeral the
    parser read as a name part of the modifier after it. The numeral must open the modifier's
    phrase and the head must have no quantity word of its own."""
    doc = head.doc
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return None  # "The Fifty Cent concert guards": the head has a determiner of its own
    for modifier in head.lefts:
        if modifier.dep_ not in ("compound", "amod", "nmod"):
            continue
        first = modifier.left_edge
        if first.i == modifier.i or first.dep_ != "compound":
            continue  # a numeral on a modifier noun ("30 people hostage") is that noun's
        span = numeral_span(first, words)
        if span is None or span[0] != first.i or split_numeral(first):
            continue
        if ent_label(first) in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT"):
            continue  # "Fifty Cent fans", "Seven Eleven staff": a name
        return _numeral_of_phrase(doc, span, head, words)
    return None


def bounds(
    qualifier: str,
    value: int | None,
    value_upper: int | None = None,
    vague_low: int | None = None,
    vague_best: int | None = None,
    asserted: bool = True,
) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of a quantity, by the contract's bounds table."""
    if qualifier == "exact" and value is not None:
        return value, value, value
    if qualifier == "at_least" and value is not None:
        return value, value, None
    if qualifier == "more_than" and value is not None:
        return value + 1, value + 1, None
    if qualifier == "approx":
        return None, value, None
    if qualifier == "approx_below" and value is not None:
        return None, value - 1, value - 1
    if qualifier == "up_to":
        return (1 if asserted else None), None, value
    if qualifier == "less_than" and value is not None:
        return (1 if asserted else None), None, value - 1
    if qualifier == "range":
        return value, None, value_upper
    if qualifier == "vague":
        return vague_low, vague_best, None
    return None, None, None


# -- numerals ----------------------------------------------------------------------------------


def numeral_span(token: Token, words: QuantityWords) -> tuple[int, int] | None:
    """The token range [start, end) of the numeral `token` belongs to ("twenty - five",
    "1.5 million", "two dozen"), or None when the token is not part of a numeral."""
    if not _is_numeral_token(token, words):
        return None
    doc = token.doc
    start = end = token.i  # inclusive while scanning
    while start > 0:
        if _continues(doc[start - 1], doc[start], words):
            start -= 1
        elif start > 1 and _hyphenated(doc[start - 2], doc[start - 1], doc[start], words):
            start -= 2
        else:
            break
    if (
        start > 0
        and doc[start - 1].lower_ in ("a", "an")
        and doc[start].lower_ in words.numbers.scales
    ):
        start -= 1  # "more than a dozen", "a hundred"
    while end + 1 < len(doc):
        if _continues(doc[end], doc[end + 1], words):
            end += 1
        elif end + 2 < len(doc) and _hyphenated(doc[end], doc[end + 1], doc[end + 2], words):
            end += 2
        else:
            break
    return start, end + 1


def split_numeral(token: Token) -> bool:
    """ "killed two and injured five", parsed with "two" as a modifier of "five" and "injured" as
    its conjunct: a numeral coordinated with a verb counts the first verb's group, not a part of
    the noun phrase it hangs on."""
    return token.like_num and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in token.children)


def _is_numeral_token(token: Token, words: QuantityWords) -> bool:
    return words.numbers.is_number_word(token.text) or token.lower_ == "dozen"


def _continues(left: Token, right: Token, words: QuantityWords) -> bool:
    """Two adjacent tokens of one numeral: "two hundred", "1.5 million", "two dozen"."""
    if not (_is_numeral_token(left, words) and _is_numeral_token(right, words)):
        return False
    return right.lower_ in words.numbers.scales or (
        left.lower_ in words.numbers.scales and not right.text[0].isdigit()
    )


def _hyphenated(left: Token, dash: Token, right: Token, words: QuantityWords) -> bool:
    """ "twenty-five": a tens word, a hyphen, a unit word (digits with a dash are a range)."""
    units = words.numbers.units
    return (
        dash.text in _DASHES
        and left.lower_ in units
        and right.lower_ in units
        and units[left.lower_] % 10 == 0
        and units[left.lower_] >= 20
        and units[right.lower_] < 10
    )


def numeral_value(doc: Doc, start: int, end: int, words: QuantityWords) -> int | None:
    """The value of the numeral doc[start:end], None for what only looks like a count: ages
    and sizes ("23-year-old", "two-story"), and years ("2019")."""
    if (
        end < len(doc) - 1
        and doc[end].text in _DASHES
        and not _is_numeral_token(doc[end + 1], words)
    ):
        return None  # "23-year-old", "two-story building"
    if end < len(doc) and doc[end].lower_ in words.compound_units:
        return None  # "a 9 mm pistol"
    text = doc[start:end].text
    value = words.numbers.parse(text)
    if value is None:
        return None
    token = doc[end - 1]
    if 1900 <= value <= 2100 and token.text.isdigit() and not _counts_people(token, words):
        return None  # a year
    return value


def _counts_people(token: Token, words: QuantityWords) -> bool:
    head = token.head
    return token.dep_ == "nummod" and is_person_noun(head, words)


# -- people ------------------------------------------------------------------------------------


def is_person_noun(token: Token, words: QuantityWords) -> bool:
    """True when the token names people: a person noun of the lexicon, a PERSON or NORP name,
    a personal pronoun, or a nationality ("Iraqis")."""
    lemma = token.lemma_.lower()
    if lemma in words.person_nouns or token.lower_ in words.person_nouns:
        return True
    if _aged(token):
        return True  # "5-year-old Noelle Shawver" (whatever the name's entity label)
    if (
        token.lower_ in ("old", "olds")
        and token.i > 1
        and (token.doc[token.i - 1].text == "-" or token.doc[token.i - 1].lower_ in words.age_units)
    ):
        return True  # "the 17-year-old", "an 18-month old", "two 15-year-olds"
    if ent_label(token) in ("PERSON", "NORP"):
        return True
    if lemma in words.described_person and any(
        c.dep_ in ("amod", "compound") and c.lower_ in words.described_person[lemma]
        for c in token.children
    ):
        return True  # "two senior opposition figures", not "the figures rose"
    if token.pos_ == "PRON" and token.lower_ in words.pronouns:
        return True
    if (
        token.pos_ == "NOUN"
        and lemma.endswith(words.person_suffixes)
        and lemma not in words.person_suffixes
        and lemma not in words.non_person
    ):
        return True  # "businessman", "fishermen", "townspeople": compounds of a person word
    # "a police sergeant": a person compound names a person; a plural one names a thing for
    # those people ("a missing persons report", "the victims fund", "a workers union").
    return any(
        c.dep_ == "compound" and c.lower_ in words.person_nouns and c.tag_ not in ("NNS", "NNPS")
        for c in token.children
    )


def _hyphen_prefix(head: Token) -> Token | None:
    """ "ex" of "ex-girlfriend" when the parser made the parts of the word separate tokens."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "-":
        return None
    if doc[head.i - 1].whitespace_ or doc[head.i - 2].whitespace_:
        return None
    return doc[head.i - 2]


def _names_a_person(token: Token) -> bool:
    return ent_label(token) == "PERSON" or (token.pos_ == "PROPN" and token.is_title)


def _surname_after_given_name(head: Token) -> bool:
    """ "Izaak Bridges", "Tyrell Banks", and "Banks" again later: the tagger reads a surname
    ending in -s as a plural, but a PERSON name part with no determiner, number or possessive
    of its own is one person's name ("the Williamses" has a determiner)."""
    return (
        head.pos_ in ("PROPN", "NOUN")  # the tagger may make a lone "Banks" a common noun
        and ent_label(head) == "PERSON"  # not "Journalists Anna Petrova and Mark Ellis"
        and head.is_title
        and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
        and all(
            ent_label(c) == "PERSON" and c.is_title
            for c in head.children
            if c.dep_ == "compound" and c.i < head.i
        )
    )


#: the oldest age a bare number set off after a name may give ("Marcus, 19,")
OLDEST_AGE = 110


def _aged(token: Token) -> bool:
    """ "15-year-old Braxton Bourda": a noun an age describes names a person; so does a name
    with a bare age set off in commas ("Marcus, 19, suffered a gunshot wound"), which the
    recognizer may take for a place or for nothing."""
    if any(c.dep_ == "amod" and c.lower_ == "old" for c in token.children):
        return True
    return token.tag_ == "NNP" and token.is_title and any(_set_off_age(c) for c in token.children)


def generational_name(token: Token, words: QuantityWords) -> bool:
    """ "Tremaine Woodson Jr.", "Marquise Hill III": a name closed by a generational suffix is a
    person's, whatever the recognizer called it (a place, in a title-case headline). The
    suffix must follow a given name and a surname, so "the Fourth" alone is no one."""
    if token.lower_ not in words.name_particles or not (token.is_title or token.is_upper):
        return False
    # the parser may hang each name on the next ("Printess" on "Winston" on "IV") or both on
    # the suffix: count the whole chain of title-case compounds before it
    names = []
    pending = [token]
    while pending:
        head = pending.pop()
        found = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
        names += found
        pending += found
    return len(names) >= 2


#: what the recognizer may call a lone given name it misreads ("Christian" a faith, or nothing)
#: and still be a person's; a place or an organisation keeps its label ("Georgia", "China")
LONE_NAME_LABELS = frozenset({"NORP", ""})


def _lone_given_name(head: Token, words: QuantityWords) -> bool:
    """ "Christian was shot", "police arrested Christian": a single title-case proper noun the
    census lists as a given name, standing alone as the subject or object of the harm clause,
    is a person the recognizer misread. A determiner, a number or a name word beside it ("the
    Christian", "two Christians", "Christian Moore") make it no lone name."""
    return (
        head.tag_ == "NNP"
        and head.is_title
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and ent_label(head) in LONE_NAME_LABELS
        and head.lower_ in words.given_names
        and not any(c.dep_ in ("det", "nummod", "compound", "poss", "amod") for c in head.children)
    )


def _age_start(old: Token, words: QuantityWords) -> int | None:
    """Where the age that ends in `old` begins: "16" of "16-year-old", of "16 year old" and of
    "18-month old". None when no numeral and unit stand before it."""
    doc = old.doc
    i = old.i - 1
    while i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0 or doc[i].lower_ not in words.age_units:
        return None
    i -= 1
    while i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0 or not _is_numeral_token(doc[i], words):
        return None
    span = numeral_span(doc[i], words)
    return span[0] if span is not None else i


def _article_headed_age(head: Token, words: QuantityWords) -> Quantity | None:
    """ "A 17 year old was shot in the face": without hyphens the parser may make the article
    the head and the age its adjective. The article and the age right after it are one person,
    as "a 17-year-old" is."""
    if head.tag_ != "DT" or head.lower_ not in ("a", "an", "the"):
        return None
    for age in head.children:
        if age.dep_ != "amod" or age.i <= head.i or age.lower_ != "old":
            continue
        if is_person_noun(age, words) and _age_start(age, words) == head.i + 1:
            kind = "definite" if head.lower_ == "the" else "indefinite"
            return one_person(head.i, age.i + 1, age, kind)
    return None


def _suspended_ages(head: Token, words: QuantityWords) -> Quantity | None:
    """ "including a 12- and 16-year-old", "a 12- and a 16-year-old": a number whose hyphen is
    left hanging shares the unit of the age it is joined to; the parser makes it the head and
    the ages its conjuncts. One person for each age, counted as one phrase."""
    if head.lower_ == "old" and is_person_noun(head, words):
        # "a 13- and 15-year-old" parsed as one age whose number is the hanging one with the
        # other joined to it
        hanging = [t for t in head.subtree if t.i < head.i and _hanging_number(t, words)]
        joined = [c for t in hanging for c in t.children if c.dep_ == "conj" and c.like_num]
        if not hanging or not joined:
            return None
        dets = [c for c in head.children if c.dep_ == "det" and c.i < hanging[0].i]
        start = dets[0].i if dets else hanging[0].i
        return _exact_people(len(hanging) + len(joined), start, head.i + 1, head, "numeric")
    if not _hanging_number(head, words):
        return None
    ages = [
        c
        for c in head.children
        if c.dep_ == "conj" and c.lower_ == "old" and is_person_noun(c, words)
    ]
    if not ages:
        return None
    dets = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
    start = dets[0].i if dets else head.i
    return _exact_people(1 + len(ages), start, ages[-1].i + 1, ages[-1], "numeric")


def _hanging_number(token: Token, words: QuantityWords) -> bool:
    """ "12-" of "a 12- and 16-year-old": a number whose hyphen waits for the unit after."""
    number = token.text[:-1]
    return token.text.endswith("-") and (number.isdigit() or words.numbers.is_number_word(number))


def _suspended_age_conjunct(head: Token, words: QuantityWords) -> bool:
    """Whether `head` is an age joined to a number whose hyphen is left hanging ("16-year-old"
    of "a 12- and 16-year-old"), counted with it by `_suspended_ages`."""
    return head.dep_ == "conj" and _suspended_ages(head.head, words) is not None


def _stray_age_article(old: Token, words: QuantityWords) -> Token | None:
    """The article of an age standing for its person that the parser hung on another word
    ("with a 16-year-old being shot": "a" on "shot"): the article right before the age."""
    start = _age_start(old, words)
    if start is None or start == 0:
        return None
    article = old.doc[start - 1]
    if article.dep_ == "det" and article.lower_ in ("a", "an", "the") and article.head != old:
        return article
    return None


def _set_off_age(token: Token) -> bool:
    """ "19" of "Marcus, 19,": a whole number an age may be, an apposition between commas."""
    doc = token.doc
    if token.dep_ != "appos" or not token.is_digit or not 0 < int(token.text) <= OLDEST_AGE:
        return False
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," == doc[token.i + 1].text


def is_non_person_noun(token: Token, words: QuantityWords) -> bool:
    """True for nouns that never name harmed people ("houses", "towns", "cattle")."""
    if _aged(token) or (token.lower_ in ("old", "olds") and is_person_noun(token, words)):
        return False  # "the 17-year-old" (tagged DATE), "15-year-old Braxton Bourda" (ORG)
    if generational_name(token, words):
        return False  # "Tremaine Woodson Jr." (tagged GPE in a title-case headline)
    if token.lemma_.lower() in words.person_nouns or token.lower_ in words.person_nouns:
        return False  # "hundreds of Taliban" (tagged ORG)
    if token.pos_ == "PROPN" and token.is_title and ent_label(token) == "PERSON":
        return False  # "Kevin Church, 54": a surname that is also a thing's name
    if ent_label(token) in ("GPE", "LOC", "FAC", "ORG", "PRODUCT", "DATE", "TIME", "MONEY"):
        return ent_label(token) != "ORG" or token.pos_ == "PROPN"
    return token.lemma_.lower() in words.non_person or token.lower_ in words.non_person


# -- reading a quantity phrase -----------------------------------------------------------------


def _qualifier_before(doc: Doc, start: int, words: QuantityWords) -> tuple[str, int]:
    """The qualifier phrase ending just before token `start`: ("at_least", its first token),
    or ("exact", start). An intensifier before it ("well over") joins the span."""
    for size in range(words.max_qualifier_words, 0, -1):
        first = start - size
        if first < 0 or any(t.is_sent_start for t in doc[first + 1 : start + 1]):
            continue
        if any(t.is_punct for t in doc[first:start]):
            continue
        phrase = " ".join(t.lower_ for t in doc[first:start])
        if phrase in words.qualifiers:
            if first > 0 and doc[first - 1].lower_ in words.intensifiers:
                first -= 1
            return words.qualifiers[phrase], first
    return "exact", start


def _postfix_qualifier(doc: Doc, end: int, words: QuantityWords) -> tuple[str, int] | None:
    """ "13 or more", "20 or so": (qualifier, new end) when one follows token end - 1."""
    for phrase, qualifier in words.postfix_qualifiers.items():
        parts = phrase.split()
        if (
            end + len(parts) <= len(doc)
            and [t.lower_ for t in doc[end : end + len(parts)]] == parts
        ):
            return qualifier, end + len(parts)
    return None


def _opens_phrase(doc: Doc, i: int) -> bool:
    """Whether token i continues the words before it into a new phrase ("or more than 20",
    "or more vehicles"): then "or more" is not a qualifier of the count before it."""
    return i < len(doc) and (doc[i].lower_ == "than" or doc[i].pos_ in ("NOUN", "PROPN", "NUM"))


def _range_after(doc: Doc, end: int, words: QuantityWords, between: bool) -> tuple[int, int] | None:
    """(upper value, end) of "10-15", "10 to 15", "two or three", "between 10 and 15"."""
    if end + 1 >= len(doc):
        return None
    joiner = doc[end].lower_
    if not (joiner in _DASHES or joiner in ("to", "or") or (between and joiner == "and")):
        return None
    span = numeral_span(doc[end + 1], words)
    if span is None or span[0] != end + 1:
        return None
    value = numeral_value(doc, span[0], span[1], words)
    return (value, span[1]) if value is not None else None


def _range_start(doc: Doc, start: int, words: QuantityWords) -> tuple[int, int] | None:
    """The span of the numeral that opens a range ending with the numeral at `start` ("15" of
    "15 to 20"); None after "from" ("rose from four to eleven" is a change)."""
    if start < 2 or not (doc[start - 1].lower_ in ("to", "or") or doc[start - 1].text in _DASHES):
        return None
    span = numeral_span(doc[start - 2], words)
    if span is None or span[1] != start - 1:
        return None
    if _from_change(doc, span[0]):
        return None
    return span


def _from_change(doc: Doc, num_start: int) -> bool:
    """Whether the numeral at `num_start` is the object of a "from" before it ("rose from four
    to eleven", "the toll rose from 10 to 12 people": a change), not the first number of a
    range that merely follows "from" ("From 10 to 12 people were killed", where the parser
    leaves "from" without the figure)."""
    if num_start == 0 or doc[num_start - 1].lower_ != "from":
        return False
    return doc[num_start - 1].is_ancestor(doc[num_start])


def _stranded_qualified_numeral(head: Token, words: QuantityWords) -> Quantity | None:
    """ "Over a dozen people were injured", "Under a hundred soldiers survived": the parser
    reads a one-word qualifier as a preposition on the verb and the numeral as its object, so
    the noun right after it loses its figure. The numeral still counts that noun when the two
    touch and the preposition is a qualifier word ("over", "under", "above"); "Over two days
    people fled" has no numeral right before the noun."""
    doc = head.doc
    if head.i < 2 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    numeral = doc[head.i - 1]
    qualifier = numeral.head
    if (
        numeral.dep_ != "pobj"
        or qualifier.pos_ != "ADP"
        or qualifier.i >= numeral.i
        or qualifier.lower_ not in words.qualifiers
        or any(c.dep_ == "det" and c.i < head.i for c in head.children)
    ):
        return None
    span = numeral_span(numeral, words)
    if span is None or span[1] != head.i or split_numeral(numeral):
        return None
    return _numeral_of_phrase(doc, span, head, words)


def _numeral_of_phrase(
    doc: Doc, span: tuple[int, int], head: Token, words: QuantityWords
) -> Quantity | None:
    """The quantity of the numeral doc[span] counting the group headed by `head`, its span the
    whole noun phrase."""
    found = _numeric(doc, span[0], span[1], head, words)
    if found is not None:
        found.start = min(found.start, _phrase_start(head, 0, words))
        found.end = max(found.end, _phrase_end(head, words))
        found.noun = head.i
    return found


def _numeric(
    doc: Doc, num_start: int, num_end: int, head: Token, words: QuantityWords
) -> Quantity | None:
    """The quantity of a numeral doc[num_start:num_end] counting the group headed by `head`."""
    value = numeral_value(doc, num_start, num_end, words)
    if value is None:
        return None
    multiple = _vague_multiple(doc, num_start, num_end, words)
    if multiple is not None:
        return multiple
    lower = _range_start(doc, num_start, words)
    if lower is not None:
        # "15 to 20 people" parsed with "20" as the head: the range from its first numeral.
        found = _numeric(doc, lower[0], lower[1], head, words)
        if found is not None and found.qualifier == "range" and found.value_upper == value:
            return found
    qualifier, start = _qualifier_before(doc, num_start, words)
    upper = None
    end = num_end
    between = qualifier == "range" or (num_start > 0 and doc[num_start - 1].lower_ == "between")
    # "rose from four to eleven" is a change, not a range.
    changed = _from_change(doc, num_start)
    found = None if changed else _range_after(doc, num_end, words, between)
    if found is not None and found[0] <= value and doc[num_end].text in _DASHES:
        return None  # "a 117-104 loss": a score
    if found is not None and found[0] > value:
        upper, end = found
        qualifier = "range"
        if between and start == num_start:
            start = num_start - 1
    if qualifier == "exact":
        post = _postfix_qualifier(doc, end, words)
        if post is not None:
            qualifier, end = post[0], max(end, post[1])
        elif head.i >= end:
            # "Sixty-six people or more": the qualifier after the counted noun.
            post = _postfix_qualifier(doc, head.i + 1, words)
            if post is not None and not _opens_phrase(doc, post[1]):
                qualifier = post[0]
    if qualifier == "range" and upper is None:
        qualifier = "exact"
    low, best, high = bounds(qualifier, value, upper)
    return Quantity(qualifier, value, upper, low, best, high, start, max(end, head.i + 1))


def _vague_multiple(
    doc: Doc, num_start: int, num_end: int, words: QuantityWords
) -> Quantity | None:
    """ "several dozen", "a few hundred": a bare scale word after a vague word
    (`vague_multiples`) is a vague quantity with the low bound of the scale's plural ("dozens"),
    not the scale's own value; None for anything else ("two dozen", "a dozen")."""
    if num_end - num_start != 1 or doc[num_start].lower_ not in words.numbers.scales:
        return None
    for size in (2, 1):
        start = num_start - size
        if start < 0 or doc[start:num_start].text.lower() not in words.vague_multiples:
            continue
        low = words.vague.get(doc[num_start].lower_ + "s")
        if low is None:
            return None
        return Quantity("vague", None, None, low, None, None, start, num_end, kind="vague")
    return None


def _vague_phrase(head: Token, words: QuantityWords) -> tuple[str, int] | None:
    """The vague quantity word (possibly multiword: "a few", "tens of thousands") that ends at
    or modifies `head`, with its first token."""
    doc = head.doc
    plural_people = head.tag_ == "NNPS" or ent_label(head) == "NORP"  # "several Palestinians"
    if ent_label(head) == "PERSON" or (
        head.pos_ == "PROPN" and not head.is_sent_start and not plural_people
    ):
        return None  # "Few was listed in critical condition": a name
    left = head.left_edge.i
    for size in range(words.max_vague_words, 0, -1) if head.lower_ in words.vague_ends else ():
        first = head.i - size + 1
        if first < left or first < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[first : head.i + 1])
        if phrase in words.vague and not (size == 1 and phrase in words.generic):
            # "Several others were wounded": the modifier, not the bare plural of people, says
            # how many ("many thousands" keeps its number word).
            plural = size == 1 and phrase in words.person_nouns
            return (_vague_modifier(head, words) if plural else None) or (phrase, first)
    return _vague_modifier(head, words)


def _vague_modifier(head: Token, words: QuantityWords) -> tuple[str, int] | None:
    """The vague quantity word that modifies `head` ("several guards", "a few others"), with
    its first token."""
    doc = head.doc
    for child in head.children:
        if (
            child.i < head.i
            and child.dep_ in ("amod", "det", "nummod", "quantmod", "nmod")
            and child.lower_ in words.vague_ends
        ):
            for size in range(words.max_vague_words, 0, -1):
                first = child.i - size + 1
                if first < 0:
                    continue
                phrase = " ".join(t.lower_ for t in doc[first : child.i + 1])
                if phrase in words.vague:
                    return phrase, first
    return None


def _partitive_object(head: Token, words: QuantityWords) -> Token | None:
    """The object of "of"/"from" after a quantity head ("six of the crew", "seventeen from the
    Armed Forces"); None without one. A "from" whose object is a thing names a cause or a
    source, not the whole a part is taken from ("eight from stray bullets", "two from smoke
    inhalation"), so it is no partitive."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in words.partitive_preps and child.i > head.i:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    if child.lower_ != "of" and is_non_person_noun(grand, words):
                        return None
                    return grand
    return None


def noun_phrase_end(token: Token) -> int:
    """End (exclusive) of the noun phrase headed by `token` without the clauses, appositions
    and coordinations hanging off it ("the Baghdad Provincial Council, which runs ...")."""
    end = token.i + 1
    for child in token.children:
        if child.i < token.i or child.dep_ in _PHRASE_BREAK_DEPS:
            continue
        end = max(end, noun_phrase_end(child))
    return end


_PHRASE_BREAK_DEPS = frozenset(
    {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis", "dep", "prep_including"}
)


def _phrase_end(head: Token, words: QuantityWords) -> int:
    """End (exclusive) of the count phrase headed by `head`: the head, its "of"/"from"
    complements, a following "more"/"others", and a PERSON apposition."""
    end = head.i + 1
    for child in head.children:
        if child.i < head.i:
            continue
        if child.dep_ == "prep" and child.lower_ in words.partitive_preps:
            # "member of the Coast Guard"; "from" only after a number ("seventeen from the
            # Armed Forces"), not "a man from under the rubble" nor "five people from the
            # rubble" ("people" is a vague word only standing alone).
            vague = head.lower_ in words.vague and head.lower_ not in words.generic
            cause = child.lower_ != "of" and any(
                g.dep_ == "pobj" and is_non_person_noun(g, words) for g in child.children
            )  # "eight from stray bullets": the cause, outside the count
            if (child.lower_ == "of" or head.like_num or vague) and not cause:
                end = max(end, _partitive_end(child, words), _named_part_end(child))
        elif child.dep_ in ("amod", "advmod") and child.lower_ in words.additive and child.i == end:
            end = child.i + 1
        elif (child.dep_ == "appos" and ent_label(child) == "PERSON" and not child.like_num) or (
            child.dep_ == "compound" and ent_label(child) == "PERSON"
        ):
            # "Iranian general, Qasem Soleimani"; "Two men, Kevin Lane and Jamal Price"
            end = max(end, noun_phrase_end(_last_listed_person(child)))
        elif shares_figure(child, words):
            end = max(end, noun_phrase_end(child))  # "287 pupils and teachers": one figure
        elif _hyphen_glued(head, child):
            end = max(end, child.i + 1)  # "a passer-by": one word the tokenizer split
    while end - 1 > head.i and (head.doc[end - 1].is_punct or head.doc[end - 1].is_space):
        end -= 1
    return end


def _named_part_end(prep: Token) -> int:
    """End (exclusive) of the one name set after a partitive's group ("One of the wounded men,
    Darnell Price"): the parser hangs that name on the group noun or on the count alike, and
    either way it names the part counted; a list of names ("two of the men, A and B") names the
    group, and an age is no name. `prep.i + 1` when there is none."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        for appos in obj.children:
            if appos.dep_ != "appos" or ent_label(appos) != "PERSON" or appos.like_num:
                continue
            if _last_listed_person(appos) is appos:
                return noun_phrase_end(appos)
    return prep.i + 1


def _last_listed_person(name: Token) -> Token:
    """The last name of a list of people a name heads ("Two men, Kevin Lane and Jamal Price":
    the names are the men, so the count phrase runs to the last); the name itself alone."""
    while True:
        listed = [c for c in name.children if c.dep_ == "conj" and ent_label(c) == "PERSON"]
        if not listed:
            return name
        name = listed[-1]


def _split_word(head: Token) -> bool:
    """Whether `head` begins a hyphenated word the tokenizer split ("passer-by")."""
    return any(_hyphen_glued(head, c) for c in head.children)


def _hyphen_glued(head: Token, child: Token) -> bool:
    """Whether `child` ends a hyphenated word that `head` begins ("passer-by", "passers-by"):
    glued to the hyphen right after the head, without spaces."""
    doc = head.doc
    return (
        child.i == head.i + 2
        and doc[head.i + 1].text == "-"
        and not head.whitespace_
        and not doc[head.i + 1].whitespace_
    )


def _partitive_end(prep: Token, words: QuantityWords) -> int:
    """End (exclusive) of a partitive complement ("of protesters", "of members of the party").
    The counted noun inside it is the head noun of the count, so, as after a numeral ("25
    students from a school in Kaduna"), its own place or circumstance phrases stay outside:
    "dozens of protesters in Nairobi", "scores of travellers on the highway". Only nested
    partitives go on ("tens of thousands of people"); a pronoun or determiner object ("two of
    those in the car") needs its phrase to say who is meant."""
    end = prep.i + 1
    for obj in prep.children:
        if obj.i < prep.i or obj.dep_ in _PHRASE_BREAK_DEPS:
            continue
        if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            end = max(end, noun_phrase_end(obj))
            continue
        end = max(end, obj.i + 1)
        for child in obj.children:
            if child.i < obj.i or child.dep_ in _PHRASE_BREAK_DEPS:
                continue
            if child.dep_ == "prep":
                if child.lower_ in words.partitive_preps and child.lower_ == "of":
                    end = max(end, _partitive_end(child, words))
                continue
            end = max(end, noun_phrase_end(child))
    return end


def shares_figure(conj: Token, words: QuantityWords) -> bool:
    """Whether `conj` is a bare plural noun, not a thing, joined by "and"/"or" straight to a counted
    plural noun ("287 pupils and teachers", "12 soldiers and policemen", "34 soldiers and
    volunteer auxiliaries"): the figure counts both nouns together, so the conjunct is no group
    of its own. A conjunct with its own determiner, number or possessor ("12 soldiers and a
    policeman"), a quantity word ("95 civilians, and hundreds of Taliban") or one after a comma
    is a group of its own; adjectives and noun modifiers alone ("local traders") say what kind
    of people, not how many, so they keep it in the figure."""
    head = conj.head
    doc = conj.doc
    lefts = list(conj.lefts)
    return (
        conj.dep_ == "conj"
        and conj.tag_ == "NNS"
        and head.tag_ == "NNS"
        and conj.i == head.i + 2 + len(lefts)
        and doc[head.i + 1].dep_ == "cc"
        and doc[head.i + 1].lower_ in ("and", "or")
        and any(c.dep_ == "nummod" and c.i < head.i for c in head.children)
        and all(
            t.dep_ in ("amod", "compound")
            and not t.like_num
            and t.lower_ not in words.vague
            and not list(t.children)
            for t in lefts
        )
        and conj.lower_ not in words.vague
        and conj.lemma_.lower() not in words.vague
        and not is_non_person_noun(conj, words)
    )


#: Dependents to the left of a noun that belong to its phrase ("the three other victims").
_NP_LEFT_DEPS = frozenset(
    {
        "det",
        "predet",
        "amod",
        "compound",
        "nmod",
        "nummod",
        "quantmod",
        "poss",
        "advmod",
        "npadvmod",
        "case",
        "punct",
    }
)


def _age_word(token: Token, words: QuantityWords) -> bool:
    """Whether `token` is the "old" of an age standing for its person ("a 17 year old")."""
    return token.lower_ in ("old", "olds") and is_person_noun(token, words)


def _phrase_start(head: Token, floor: int, words: QuantityWords) -> int:
    """Start of the count phrase headed by `head`: its noun-phrase modifiers on the left,
    without "all", punctuation, symbols or dates at the start, never before `floor`."""
    doc = head.doc
    start = head.i
    for child in head.children:
        if child.i < head.i and child.dep_ in _NP_LEFT_DEPS and not split_numeral(child):
            if head.like_num and child.like_num and _from_change(doc, child.left_edge.i):
                continue  # "rose from 10 to 12" parsed with 10 on 12: the older figure
            start = min(start, child.left_edge.i)
    start = max(start, floor)
    while start < head.i and (
        doc[start].lower_ in words.excluded_determiners
        # a name with an apostrophe ("Stef'an Strawder") is a word; punctuation is not
        or not (_is_word(doc[start]) or doc[start].like_num)
        or (
            ent_label(doc[start]) in ("DATE", "TIME")
            and not doc[start].like_num
            # "shot a 17 year old": the recognizer may take the article into the age's DATE
            and not (
                doc[start].dep_ == "det" and doc[start].head == head and _age_word(head, words)
            )
        )
        or doc[start].dep_ in ("cc", "preconj", "prep", "mark")
        or doc[start].tag_ == "TO"  # "rose from 10 to 12": the change's "to", not the count
    ):
        start += 1
    # "So far 210 people have died": the parser hangs the time adverb on the numeral; it says
    # when, not how many.
    skip = next(
        (
            n
            for n in range(3, 1, -1)
            if start + n <= head.i and doc[start : start + n].text.lower() in words.scope_adverbs
        ),
        0,
    )
    if skip:
        # past punctuation after the time adverb
        start += skip
        while start < head.i and not (doc[start].is_alpha or doc[start].like_num):
            start += 1
    return start


def _is_word(token: Token) -> bool:
    return token.is_alpha or token.text.replace("'", "").replace("\u2019", "").isalpha()


def _additive(doc: Doc, start: int, end: int, words: QuantityWords) -> bool:
    """Whether the count span `doc[start:end]` adds people to those told before ("two more",
    "another three", "other victims"); "more" before "than" is the qualifier of a comparison
    ("more than 60 people had been killed"), not an addition."""
    return any(
        t.lower_ in words.additive and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
        for t in doc[start:end]
    )


def _opens_line(token: Token) -> bool:
    """True when only symbols or spaces stand between the token and the start of its line (or
    of the text): where a headline begins ("× Hummelstown Juvenile dead")."""
    for before in reversed(token.doc[: token.i]):
        if before.is_space:
            return "\n" in before.text
        if before.is_alpha or before.like_num:
            return False
    return True


def _age_after_description(head: Token) -> int | None:
    """Where the description starts when a numeral set off by commas follows a definite
    description that the parser hung on it ("The other, 29, was shot"): an age, not a count
    of 29. None otherwise ("the two, who were 29", "Police said 29 were hurt")."""
    doc = head.doc
    if (
        head.i < 2
        or head.i + 1 >= len(doc)
        or doc[head.i - 1].text != ","
        or doc[head.i + 1].text != ","
    ):
        return None
    left = [c for c in head.children if c.i < head.i - 1]
    if not left or not any(c.dep_ == "det" and c.lower_ == "the" for c in left):
        return None
    if not all(c.dep_ in ("det", "amod") for c in left):
        return None
    return min(c.i for c in left)


def _exact_people(
    count: int, start: int, end: int, head: Token, kind: str, *, additive: bool = False
) -> Quantity:
    """Exactly `count` people, counted by the noun phrase from token `start` to `end`."""
    return Quantity(
        qualifier="exact",
        value=count,
        value_upper=None,
        low=count,
        best=count,
        high=count,
        start=start,
        end=end,
        noun=head.i,
        kind=kind,
        additive=additive,
    )


def one_person(start: int, end: int, head: Token, kind: str, *, additive: bool = False) -> Quantity:
    """Exactly one person, counted by the noun phrase from token `start` to `end`."""
    return _exact_people(1, start, end, head, kind, additive=additive)


def _couple(head: Token, words: QuantityWords) -> Quantity | None:
    """ "the pair", "the trio": a definite noun of a set number of people (`couple_nouns`)
    counts them exactly, as does "a pair of teens", "a trio of men" (the article and an "of"
    phrase naming people); "a pair of gloves" or a bare "pair" counts nothing."""
    size = words.couple_nouns.get(head.lower_)
    if size is None or head.pos_ != "NOUN":
        return None
    if any(c.dep_ == "prep" for c in head.children):
        return _couple_of_people(head, size, words)
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ in words.definite]
    if not det:
        return None
    return _exact_people(size, det[0].i, head.i + 1, head, "numeric")


def _couple_of_people(head: Token, size: int, words: QuantityWords) -> Quantity | None:
    """ "a pair of teens", "a trio of gunmen": an indefinite `couple_nouns` noun whose "of"
    phrase names people counts them exactly; the count span runs to the end of that phrase."""
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < head.i]
    people = [
        o
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1
        for o in prep.children
        if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and is_person_noun(o, words)
    ]
    if not det or len(people) != 1:
        return None
    found = _exact_people(size, det[0].i, _phrase_end(people[0], words), people[0], "numeric")
    return found


def _floating_count(pronoun: Token, words: QuantityWords) -> int | None:
    """The size a quantifier floated off a plural pronoun gives it ("They both died", "They
    were both arrested": two), beside the pronoun or before the verb it is the subject of."""
    beside = [c for c in pronoun.children if c.dep_ in ("appos", "det")]
    verb = pronoun.head
    floated = (
        [
            c
            for c in verb.children
            if c.dep_ in ("dep", "advmod", "det", "preconj") and c.i > pronoun.i
        ]
        if pronoun.dep_ in ("nsubj", "nsubjpass") and verb.i > pronoun.i
        else []
    )
    for word in beside + [c for c in floated if c.i < verb.i]:
        if word.lower_ in words.floating_counts:
            return words.floating_counts[word.lower_]
    return None


def _count_after_object(pronoun: Token, words: QuantityWords) -> int | None:
    """The size a quantifier right after an object pronoun gives it ("shot them both", "killed
    them two", "tied us three up"), or None. Not a numeral that counts a noun or a unit after
    it ("shot them two times", "gave them two hours"), nor one that stands before the pronoun's
    own noun ("among them two children")."""
    doc = pronoun.doc
    if pronoun.dep_ != "dobj" or pronoun.i + 1 >= len(doc):
        return None
    word = doc[pronoun.i + 1]
    value = words.floating_counts.get(word.lower_)
    if value is None and word.like_num:
        value = words.numbers.parse(word.lower_)
    if value is None or value < 2:
        return None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    return value


def _headline_singular(head: Token, words: QuantityWords) -> bool:
    """True for a capitalised singular person noun without a determiner that opens a line:
    headline style ("Man dead after shooting", "Teen killed"), where the "a" is dropped. A
    proper-noun prefix ("Hummelstown Juvenile") is a compound, not a determiner. Describing
    adjectives may open the line before the noun ("Homeless man found dead", "Young woman
    shot dead"), the line's first word capitalised in the noun's place; a headline's second
    clause after a semicolon opens the same way, in lower case ("...; suspect arrested")."""
    if head.tag_ not in ("NN", "NNP", "JJ"):
        return False
    if head.lemma_.lower() in words.generic or head.lower_ not in words.person_nouns:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in head.children):
        return False
    compounds = [c.i for c in head.children if c.dep_ == "compound"]
    described = _described_start(head)
    first = min([*compounds, described])
    allowed = ("PROPN", "SYM", "PUNCT", "X") + (("ADJ",) if described < head.i else ())
    if any(not (t.pos_ in allowed or t.is_space) for t in head.doc[first : head.i]):
        return False
    if first > 0 and head.doc[first - 1].text == ";":
        return not _opens_line(head.doc[first - 1]) and _headline_clause(head.doc[first])
    # "Houston rapper": the noun's own case
    opener = head.doc[first] if described < head.i else head
    return opener.text[:1].isupper() and _opens_line(head.doc[first])


def _described_start(head: Token) -> int:
    """Where the describing adjectives before a noun begin ("Homeless" of "Homeless man"), or
    the noun itself when none stand before it."""
    return min(
        (c.left_edge.i for c in head.children if c.dep_ == "amod" and c.i < head.i), default=head.i
    )


def _headline_clause(opener: Token) -> bool:
    """Whether a clause after a semicolon is a headline's ("Homeless man found dead in
    Parkland; suspect arrested"): its line opens with a capitalised word and has no full stop
    before the semicolon, so the line is one title, not prose."""
    doc = opener.doc
    i = opener.i - 1
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
        if doc[i].text in (".", "!", "?"):
            return False
    return doc[i].text[:1].isupper() or doc[i].like_num


def multiplier(head: Token, words: QuantityWords) -> Token | None:
    """The "double" of "a double homicide": a `multipliers` adjective right before a singular
    noun."""
    if head.tag_ != "NN" or head.i == 0:
        return None
    before = head.doc[head.i - 1]
    if before.head == head and before.lower_ in words.multipliers:
        return before
    return None


def _multiplied(head: Token, words: QuantityWords) -> Quantity | None:
    mod = multiplier(head, words)
    if mod is None:
        return None
    value = words.multipliers[mod.lower_]
    return Quantity("exact", value, None, value, value, value, mod.i, head.i + 1)


def _numeral_fraction(head: Token, words: QuantityWords) -> bool:
    """ "two thirds", "three quarters": a numeral before a fraction noun, listed as a vague
    phrase (`vague`), counts no people by itself."""
    if head.i == 0 or not head.doc[head.i - 1].like_num:
        return False
    return f"{head.doc[head.i - 1].lower_} {head.lower_}" in words.vague


def _money(head: Token, words: QuantityWords) -> bool:
    """Whether the MONEY entity around `head` names money: a currency sign or word in it or
    just after it ("$916 million", "12 million euros"). The model also tags a bare large
    figure MONEY ("uprooted more than 12 million", "displaced more than 2 million"): with
    neither, it counts what its phrase says, people after a harm verb."""
    doc = head.doc
    start = end = head.i
    while start > 0 and ent_label(doc[start - 1]) == "MONEY":
        start -= 1
    while end + 1 < len(doc) and ent_label(doc[end + 1]) == "MONEY":
        end += 1
    span = doc[start : min(end + 2, len(doc))]
    return any(t.is_currency or t.lower_ in words.money_words for t in span)


def read_quantity(head: Token, words: QuantityWords) -> Quantity | None:
    """The quantity of the group whose nominal head is `head`, or None when the phrase does not
    count people (a definite plural back-reference, a noun without a determiner, ...).

    Reads the head's dependents and the tokens just before it; returns token indices."""
    doc = head.doc
    lower = head.lower_
    if (ent_label(head) == "MONEY" and _money(head, words)) or any(
        t.is_currency for t in doc[head.left_edge.i : head.i + 1]
    ):
        return None  # "a loss of $916 million": an amount of money counts nobody
    # "Over 500 were hurt": the parser may make the qualifier the head of the number.
    if head.pos_ == "ADP":
        objects = [c for c in head.children if c.dep_ == "pobj"]
        if objects and (objects[0].like_num or _is_numeral_token(objects[0], words)):
            return read_quantity(objects[0], words)
        if objects and any(
            c.dep_ == "nummod" and (c.like_num or _is_numeral_token(c, words))
            for c in objects[0].children
        ):
            return read_quantity(objects[0], words)  # '"between 60 and 80 people" remained'
        return None
    found = _article_headed_age(head, words)
    if found is not None:
        return found
    found = _suspended_ages(head, words)
    if found is not None or _suspended_age_conjunct(head, words):
        return found
    # "A total of 39": the total's figure, the span starting at "A total".
    if head.lemma_.lower() in words.totals:
        inner = _partitive_object(head, words)
        if inner is not None:
            found = read_quantity(inner, words)
            if found is not None and found.kind == "numeric":
                found.start = min(found.start, _phrase_start(head, 0, words))
                return found
        return None
    found = _all_but(head, words)
    if found is not None:
        return found  # "All but one of the sixteen on board": 15
    found = _multiplied(head, words)
    if found is not None:
        return found  # "a double homicide": two
    # "no one", "nobody", "none", "no injuries", "No Coalition troops".
    if lower in words.negative and head.pos_ in ("PRON", "NOUN", "DET", "NUM"):
        obj = _partitive_object(head, words)
        if obj is not None and _definite(obj, words):
            return None  # "none of the victims suffered life-threatening wounds": a property
        start = head.i
        if lower == "one" or (head.i > 0 and doc[head.i - 1].lower_ == "no"):
            start = head.i - 1
        return _zero(start, head.i + 1)
    if lower == "one" and head.i > 0 and doc[head.i - 1].lower_ == "no":
        return _zero(head.i - 1, head.i + 1)
    no = [c for c in head.children if c.dep_ == "det" and c.lower_ == "no" and c.i < head.i]
    if no:
        return _zero(no[0].i, _phrase_end(head, words), noun=head.i)
    no = negated_any(head)
    if no is not None:
        return _zero(no.i, _phrase_end(head, words), noun=head.i)
    if _denied_anyone(head, words):
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        end = head.i + 2 if after is not None and after.lower_ == "else" else head.i + 1
        return _zero(head.i, end)  # "it did not appear that anyone else was injured"
    found = _couple(head, words)
    if found is not None:
        return found  # "Police arrested the pair": two
    # The head is itself a numeral: "killing two", "Four of the deceased", "another 149".
    span = numeral_span(head, words)
    if span is not None and _is_age_or_reciprocal(head, span, words):
        return None
    aged = _age_after_description(head) if span is not None else None
    if aged is not None:
        # "The other, 29, was shot": the parser made the age the head; the person is the
        # description before it, one person.
        return one_person(aged, head.i - 1, head.doc[head.i - 2], "definite")
    if span is not None:
        found = _numeric(doc, span[0], span[1], head, words)
        if found is None:
            return None
        found.start = min(found.start, _phrase_start(head, 0, words))
        found.end = max(found.end, _phrase_end(head, words))
        found.additive = _additive(doc, found.start, found.end, words)
        if found.value == 1 and any(
            c.dep_ == "det" and c.lower_ in words.definite for c in head.children
        ):
            found.kind = "definite"  # "the only one injured", "the one who died"
        obj = _partitive_object(head, words)
        if obj is not None:
            found.partitive = obj.i > head.i and _definite(obj, words)
            found.noun = obj.i
        return found
    found = _hyphen_compound_count(head, words)
    if found is not None:
        return found
    # A numeral modifying the head noun: "13 people", "three children", "a dozen soldiers"; not
    # the numerator of a fraction ("two thirds of whom"), which is a quantity word.
    fraction = _numeral_fraction(head, words)
    numerals = () if fraction else itertools.chain(head.children, modifier_numerals(head, words))
    for child in numerals:
        if child.i > head.i or child.dep_ not in (
            "nummod",
            "quantmod",
            "compound",
            "amod",
            "nmod",
            "det",
            "predet",
        ):
            continue
        span = numeral_span(child, words)
        if span is None or split_numeral(child):
            continue
        if (
            head.tag_ in ("NN", "NNP")
            and any(c.dep_ == "conj" for c in head.children)
            and (numeral_value(doc, span[0], span[1], words) or 0) > 1
        ):
            # "Both pilot and co-pilot": a plural numeral on a singular noun spans the
            # coordination; each noun is one person ("one person ... and one" keeps its one).
            continue
        found = _numeral_of_phrase(doc, span, head, words)
        if found is None:
            return None
        own = _partitive_object(child, words)
        if own is not None and own.pos_ == "PRON" and own.i < head.i:
            # "about 10 of them children": the figure's own "of them" closes the count, as in
            # "10 of them"; the noun after it says what they were
            found.end = own.i + 1
        found.additive = _additive(doc, found.start, found.end, words)
        obj = _partitive_object(head, words)
        found.partitive = obj is not None and lower in words.vague
        return found
    found = _numeral_on_modifier(head, words)
    if found is not None:
        return found
    found = _stranded_qualified_numeral(head, words)
    if found is not None:
        return found
    if lower in words.reciprocal_pronouns and any(
        c.lower_ in words.reciprocal_determiners for c in head.children
    ):
        return None  # "hurting each other", "killing one another": reciprocal
    # "the other" alone: the one person left of two ("One man was shot in the arm and the
    # other in the leg"), not the vague "others".
    if (
        lower == "other"
        and head.tag_ == "JJ"
        and [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod")] == ["the"]
    ):
        return one_person(head.i - 1, head.i + 1, head, "definite")
    # A vague quantity: "dozens (of people)", "several guards", "others", "a few".
    vague = _vague_phrase(head, words)
    if vague is not None and not (lower in words.generic and vague[0] == lower):
        phrase, first = vague
        qualifier_start = _qualifier_before(doc, first, words)[1]
        start = min(first, qualifier_start, _phrase_start(head, first, words))
        end = _phrase_end(head, words)
        obj = _partitive_object(head, words)
        # "the majority", "a few": a quantity word as the head names no kind of thing.
        bare = phrase == lower or lower in words.vague
        noun = obj.i if obj is not None else (None if bare else head.i)
        if bare and lower in words.person_nouns and lower not in words.generic:
            noun = head.i  # "others", "several others"
        return Quantity(
            "vague",
            None,
            None,
            words.vague[phrase],
            words.vague_best.get(phrase),
            None,
            start,
            end,
            noun=noun,
            kind="vague",
            additive=_additive(doc, start, end, words),
            partitive=obj is not None and _definite(obj, words),
        )
    # Pronouns: "he" one person, "they" a vague group.
    if head.pos_ == "PRON" or lower in ("another",):
        if lower not in words.pronouns:
            return None
        value = words.pronouns[lower]
        end = head.i + 1
        if value is None:
            value = _count_after_object(head, words)
            end += value is not None
        if value is None:
            value = _floating_count(head, words)
        if value is None:
            low = words.vague.get("people", 2)
            return Quantity(
                "vague", None, None, low, None, None, head.i, head.i + 1, kind="pronoun"
            )
        return Quantity(
            "exact",
            value,
            None,
            value,
            value,
            value,
            head.i,
            end,
            kind="pronoun",
            additive=lower in words.additive,
        )
    # An ordinal standing for a person: "a fourth", "A fifth person" (someone new), "the
    # third suspect" (one of a group already named).
    ordinal = _ordinal_child(head, words)
    if ordinal is not None or words.numbers.ordinal(lower) is not None:
        dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
        if dets or ordinal is not None:
            if ordinal is not None and not is_person_noun(head, words):
                return None  # "the second homicide of the year": a rank, not a count
            start = _phrase_start(head, 0, words)
            if ordinal is None and start > 0 and _names_a_person(doc[start - 1]):
                return None  # "Printess Winston the fourth": part of a name
            definite = bool(dets) and dets[0] in words.definite
            return Quantity(
                "exact",
                1,
                None,
                1,
                1,
                1,
                start,
                _phrase_end(head, words),
                noun=head.i if ordinal is not None else None,
                kind="definite" if definite else "ordinal",
                additive=not definite,
                rank=words.numbers.ordinal(ordinal.lower_ if ordinal is not None else lower),
            )
    # A named person: "Ziad al-Sharabi", "Iranian general, Qasem Soleimani", "15-year-old
    # Braxton Bourda" (a name with an age, whatever the entity recognizer called it).
    if (
        ent_label(head) == "PERSON"
        or any(c.dep_ == "appos" and ent_label(c) == "PERSON" for c in head.children)
        or (head.tag_ == "NNP" and (_aged(head) or generational_name(head, words)))
        or _lone_given_name(head, words)
    ):
        if head.tag_ in ("NNS", "NNPS") and not _surname_after_given_name(head):
            return None
        start = _phrase_start(head, 0, words)
        # "a fifth victim, Shandextria Pitts": the rank of the noun the name stands beside.
        ordinal = _ordinal_child(head.head, words) if head.dep_ == "appos" else None
        return Quantity(
            "exact",
            1,
            None,
            1,
            1,
            1,
            start,
            _phrase_end(head, words),
            noun=head.i,
            kind="named",
            rank=words.numbers.ordinal(ordinal.lower_) if ordinal is not None else None,
        )
    # One person: "a man", "another person", "the driver of the car", "the suspect's wife".
    if _headline_singular(head, words):
        # "Man dead after shooting", "Juvenile dead from gunshot wound": headlines drop "a";
        # the count span keeps the describing words ("Homeless man")
        return one_person(_described_start(head), _phrase_end(head, words), head, "indefinite")
    collective = head.lemma_.lower() in words.collective or lower in words.collective
    if collective:
        size = _collective_size(head, words)
        if size is not None:
            return size  # "a family of five", "a crew of 12"
    if (
        (
            head.tag_ in ("NN", "NNP")
            or head.lower_ == "old"
            or _nominal_participle(head)
            or _split_word(head)  # "passer-by" tagged an adverb once split
        )
        and is_person_noun(head, words)
        and not collective  # "all 162 passengers and crew": a crew of unknown size, not one
    ):
        dets = [c for c in head.children if c.dep_ in ("det", "poss") and c.i < head.i]
        if not dets and head.dep_ in ("conj", "appos") and head.lemma_.lower() not in words.generic:
            # "A mother, father, and toddler were found dead": the first determiner serves all.
            return one_person(head.i, _phrase_end(head, words), head, "indefinite")
        start = _phrase_start(head, 0, words)
        prefix = _hyphen_prefix(head)
        if not dets and prefix is not None:
            # "his ex-girlfriend", tokenized "ex - girlfriend" and parsed as three words.
            dets = [c for c in prefix.children if c.dep_ in ("det", "poss") and c.i < prefix.i]
            start = min([start, prefix.i, *(d.i for d in dets)])
        article = _stray_age_article(head, words) if not dets and lower == "old" else None
        if article is not None:
            dets, start = [article], article.i  # "ended with a 16-year-old being shot"
        before = head.doc[head.i - 1] if head.i > 0 else None
        if not dets and before is not None and before.lower_ in ("a", "an") and _split_word(head):
            # "A passer-by was killed": the word the tokenizer split throws the parser, which
            # hangs its article on the verb or makes it a subject of its own
            dets, start = [before], before.i
        if not dets:
            return None
        det = dets[0].lower_
        if det in words.distributive:
            return None  # "the family of each person who died": no one counted
        end = _phrase_end(head, words)
        kind = "indefinite" if det in ("a", "an", "one", "another") else "definite"
        return one_person(start, end, head, kind, additive=det in words.additive)
    # A bare plural: "people were trapped", "shoppers", "Palestinians".
    if head.tag_ in ("NNS", "NNPS") or (head.tag_ == "NN" and lower in ("police", "staff")):
        if any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in words.definite)
            for c in head.children
            if c.i < head.i
        ) and not _own_kin(head, words):
            # "the victims", "their casualties": a back-reference; "the men" of a clause of
            # its own stating their harm is one (`_definite_plural`)
            return _definite_plural(head, words)
        start = _phrase_start(head, 0, words)
        low = words.vague.get("people", 2)
        return Quantity(
            "vague",
            None,
            None,
            low,
            None,
            None,
            start,
            _phrase_end(head, words),
            noun=head.i,
            kind="plural",
        )
    return None


def _definite_plural(head: Token, words: QuantityWords) -> Quantity | None:
    """ "the men were shot", "police arrested the suspects": a plural person noun with "the"
    and nothing else on it, the subject or object of its clause, may tell of a group
    again (ANNOTATION.md: a definite person harmed in a clause of its own is a row, as "the
    three officers were stabbed" is for a group); the casualty reader keeps it only when its
    clause states the harm and an earlier group of that harm is there to be restated. A harm
    or reference noun ("the victims", "the others"), a described noun ("the injured
    teenagers") and a possessed one ("their sons") stay back-references."""
    children = list(head.children)
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or len(children) != 1:
        # an apposition ("The attackers, three militants") or a clause ("the men who were
        # shot") tells the people or the harm inside the noun phrase
        return None
    det = children[0]
    lemma = head.lemma_.lower()
    if det.dep_ != "det" or det.lower_ != "the" or not is_person_noun(head, words):
        return None
    if any(
        lemma in group
        for group in (words.anaphoric_groups, words.generic, words.collective, words.held_status)
    ):
        return None  # "the victims", "the people", "the crowd", "the hostages": told before
    low = words.vague.get("people", 2)
    end = _phrase_end(head, words)
    return Quantity(
        "vague", None, None, low, None, None, det.i, end, head.i, kind="definite_plural"
    )


def _own_kin(head: Token, words: QuantityWords) -> bool:
    """Whether a plural kin noun is someone's own ("her children", "his parents"): people the
    possessor brings in, not a back-reference to people told before, as "their casualties" is.
    A speaker's "our children" speaks of a community's children in general."""
    return head.lemma_.lower() in words.kin_nouns and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
        for c in head.children
        if c.i < head.i
    )


def modifier_numerals(head: Token, words: QuantityWords) -> Iterator[Token]:
    """ "53 measles related deaths", "210 flu related deaths": without the hyphen the parser
    hangs the figure on the cause noun before the head ("measles", or "flu" under
    "related"), yet a cause is not counted, so the figure counts the head. A figure on a
    person noun or a unit ("five police officers", "a 20-year-old") stays where it is. Lazy:
    `read_quantity` reads these only when the head has no numeral of its own."""
    for mod in head.children:
        if mod.i > head.i:
            continue
        inner = [mod] if mod.dep_ in ("nmod", "compound") else []
        if mod.dep_ == "amod" and mod.tag_ == "VBN":
            inner = [c for c in mod.children if c.dep_ == "npadvmod"]
        for noun in inner:
            if (
                noun.pos_ != "NOUN"
                or is_person_noun(noun, words)
                or ent_label(noun) not in ("", "O")
            ):
                continue
            yield from (
                c
                for c in noun.children
                if c.dep_ == "nummod" and c.i == noun.i - 1 and ent_label(c) != "DATE"
            )


def _nominal_participle(head: Token) -> bool:
    """A participle or adjective the parser tagged so where it heads a noun phrase ("the
    accused", "The juvenile sustained injuries" as a subject or object): it names a person
    when the lexicon says so. An adjective heads one only behind its own determiner."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return False
    if head.tag_ == "JJ":
        return any(c.dep_ == "det" and c.i < head.i for c in head.children)
    return head.tag_ == "VBN"


def _all_but(head: Token, words: QuantityWords) -> Quantity | None:
    """The excepted figure of "All but one of the sixteen", whatever the parser made its head:
    "All" (with the figure as its preposition's object or its conjunct) or the figure itself."""
    if head.lower_ in words.exceptions:
        for child in head.children:
            inner = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
            for token in inner or ([child] if child.dep_ == "conj" else []):
                found = _all_but_at(token, words)
                if found is not None:
                    return found
        return None
    return _all_but_at(head, words)


def _all_but_at(number: Token, words: QuantityWords) -> Quantity | None:
    """ "All but one of the sixteen on board", "all except two of the 30 miners": the whole
    less the figure `number` takes out of it, an exact figure spanning the phrase; None when
    the words before it are no exception or either number is missing ("all but one victim")."""
    doc = number.doc
    span = numeral_span(number, words)
    if span is None or span[0] < 2:
        return None
    whole_word, prep = doc[span[0] - 2], doc[span[0] - 1]
    if prep.lower_ not in words.exceptions.get(whole_word.lower_, set()):
        return None
    whole = _partitive_object(number, words)
    if whole is None:
        return None
    total_span = next(
        (
            found
            for token in (whole, *whole.children)
            if token.i <= whole.i and (found := numeral_span(token, words)) is not None
        ),
        None,
    )
    if total_span is None:
        return None
    total = numeral_value(doc, total_span[0], total_span[1], words)
    less = numeral_value(doc, span[0], span[1], words)
    if total is None or less is None or less >= total:
        return None
    value = total - less
    noun = whole.i if is_person_noun(whole, words) else None
    return Quantity(
        "exact", value, None, value, value, value, whole_word.i, noun_phrase_end(whole), noun
    )


def _collective_size(head: Token, words: QuantityWords) -> Quantity | None:
    """The number that sizes a collective noun: "a family of five" (its "of" object). Reads the
    head's "of" complements; returns the quantity with its span over the whole phrase."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            span = numeral_span(obj, words)
            if obj.dep_ != "pobj" or span is None:
                continue
            found = _numeric(head.doc, span[0], span[1], head, words)
            if found is not None:
                found.start = min(found.start, _phrase_start(head, 0, words))
                found.end = max(found.end, span[1])
                found.noun = head.i
            return found
    return None


def _is_age_or_reciprocal(number: Token, span: tuple[int, int], words: QuantityWords) -> bool:
    """ "Calvin Williams, 24, was shot", "ages 25, 26 and 33": an age. "killing one another":
    a reciprocal. Neither counts people."""
    doc = number.doc
    start, end = span
    if end < len(doc) and doc[end].lower_ in words.reciprocal_pronouns:
        return True  # "killing one another"
    if start >= 2 and doc[start - 1].text == "," and ent_label(doc[start - 2]) == "PERSON":
        return True
    token = number
    for _ in range(3):
        if token.lower_ in ("age", "ages", "aged"):
            return True
        if token.dep_ not in ("conj", "appos", "nummod", "npadvmod") or token.head == token:
            break
        token = token.head
    return number.dep_ in ("appos", "npadvmod") and ent_label(number.head) == "PERSON"


def negated_any(head: Token) -> Token | None:
    """ "Police have not made any arrests", "did not suffer any injuries": "any" on the object
    of a negated verb says none, as "made no arrests" does. Only the object of the verb the
    negation sits on: "not because any arrests were made" negates something else."""
    if head.dep_ != "dobj" or head.pos_ != "NOUN":
        return None
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ == "any" and c.i < head.i]
    if not det or not any(c.dep_ == "neg" for c in head.head.children):
        return None
    return det[0]


def _denied_anyone(head: Token, words: QuantityWords) -> bool:
    """ "It did not appear that anyone else was injured", "police did not believe anybody was
    hurt": the subject of a complement of a negated verb, when a `negatable_pronouns` pronoun,
    counts nobody; a complement under "if" or "whether" ("it was not clear whether anyone was
    hurt") states nothing. A small clause without an auxiliary is what a perception verb saw
    ("they did not see anyone injured as they drove past"): a witness's view, no count. The
    object of a negated verb counts nobody as well ("police have not arrested anyone", "the
    blast did not kill anybody"), as "arrested nobody" does."""
    if head.lower_ not in words.negatable_pronouns:
        return False
    if head.dep_ == "dobj":
        return any(c.dep_ == "neg" for c in head.head.children)
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = head.head
    if clause.dep_ != "ccomp":
        return False
    if not any(c.dep_ in ("aux", "auxpass") for c in clause.children) and clause.tag_ in (
        "VBN",
        "VBG",
    ):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
        return False
    return any(c.dep_ == "neg" for c in clause.head.children)


def _zero(start: int, end: int, noun: int | None = None) -> Quantity:
    return Quantity("exact", 0, None, 0, 0, 0, start, end, noun=noun, negated=True, kind="zero")


def _definite(token: Token, words: QuantityWords) -> bool:
    return token.pos_ == "PRON" or any(
        c.dep_ in ("det", "poss") and (c.lower_ in words.definite or c.dep_ == "poss")
        for c in token.children
    )


def _ordinal_child(head: Token, words: QuantityWords) -> Token | None:
    doc = head.doc
    for child in head.children:
        if child.i < head.i and child.dep_ == "amod" and words.numbers.ordinal(child.lower_):
            if child.i + 1 < len(doc) and doc[child.i + 1].text == "-":
                continue  # "a first-grader", "third-degree burns": part of a word
            return child
    return None
