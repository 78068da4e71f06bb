"""Casualty mentions: a quantity of people tied to a harm word through the dependency parse.

`find_casualties(doc, lexicon)` walks the harm words of the lexicon (verbs, adjectives, nouns,
multiword phrases), finds the group each one harms (passive subject, active object, subject of
"die", head of a participle, "N dead", "N fatalities", "the death toll rose to N"), reads the
group's quantity (digits, number words, "a man", vague words, qualifiers) and builds items with
the contract's bounds. Relations (subset_of, same_as) and counts_toward_total are decided
across the article afterwards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import CasualtyItem, DateItem
from .quantities import NumberWords

NUMERIC_DEPS = ("nummod", "quantmod")
CLAUSE_BREAK_DEPS = (
    "conj",
    "cc",
    "advcl",
    "punct",
    "mark",
    "parataxis",
    "relcl",
    "ccomp",
    "dep",
    "prep_including",
)


class CasualtyLexicon:
    """The harm, quantity and victim word lists, compiled for lookups."""

    def __init__(
        self,
        harm: Mapping[str, Any],
        quantities: Mapping[str, Any],
        victims: Mapping[str, Any],
        numbers: Mapping[str, Any],
    ) -> None:
        self.verbs: dict[str, str] = dict(harm["verbs"])
        self.intransitive: dict[str, str] = dict(harm["intransitive_verbs"])
        self.adjectives: dict[str, str] = dict(harm["adjectives"])
        self.nouns: dict[str, str] = dict(harm["nouns"])
        self.toll_nouns: dict[str, str] = dict(harm["toll_nouns"])
        self.phrases: dict[str, str] = dict(harm["phrases"])
        self.unquantified: dict[str, str] = dict(harm["unquantified_nouns"])
        self.location_phrase_verbs: set[str] = set(harm["location_phrase_verbs"])
        self.time_scope_words: dict[str, list[str]] = dict(harm.get("time_scope", {}))
        self.vague: dict[str, int] = dict(quantities["vague"])
        self.vague_best: dict[str, int] = dict(quantities.get("vague_best", {}))
        self.qualifiers: dict[str, str] = dict(quantities["qualifiers"])
        self.max_qualifier_words = max(len(q.split()) for q in self.qualifiers)
        self.negative: set[str] = set(quantities["negative"])
        self.indefinite_heads: set[str] = set(quantities["indefinite_heads"])
        self.victim_status: dict[str, str] = dict(victims["status"])
        self.generic: set[str] = set(victims["generic"])
        self.person_nouns: set[str] = set(victims["person_nouns"])
        self.numbers = NumberWords(numbers)


@dataclasses.dataclass
class Quantity:
    qualifier: str
    value: int | None
    value_upper: int | None
    low: int | None
    best: int | None
    high: int | None
    start: int  # token index of the count phrase
    end: int
    negated: bool = False


def bounds(
    qualifier: str,
    value: int | None,
    value_upper: int | None,
    vague_low: int | None = None,
    vague_best: int | None = None,
    asserted: bool = True,
) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) from the contract's bounds table."""
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
        return vague_low, vague_best, vague_best
    return None, None, None


def _number_token_value(token: Token, lex: CasualtyLexicon) -> int | None:
    if not (token.like_num or token.pos_ == "NUM"):
        return None
    # "23-year-old": a number inside a hyphenated compound is an age or a size, not a count.
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
        return None
    value = lex.numbers.parse(token.text)
    if value is None:
        return None
    # A four-digit number without a comma that looks like a year is a year.
    if 1900 <= value <= 2100 and token.text.isdigit():
        return None
    return value


def _qualifier_before(doc: Doc, start: int, lex: CasualtyLexicon, floor: int) -> tuple[str, int]:
    """The qualifier phrase ending just before token `start` ("at least", "more than")."""
    for size in range(lex.max_qualifier_words, 0, -1):
        first = start - size
        if first < floor:
            continue
        phrase = " ".join(t.lower_ for t in doc[first:start])
        if phrase in lex.qualifiers:
            return lex.qualifiers[phrase], first
    return "exact", start


def quantity_of(group: Token, lex: CasualtyLexicon) -> Quantity | None:
    """The quantity phrase of a harmed group's head noun (or of a bare number), or None."""
    doc = group.doc
    floor = group.left_edge.i
    lower = group.lower_
    # "no one", "nobody", "none".
    if lower in ("nobody", "none", "noone") or (
        lower == "one" and any(c.lower_ == "no" for c in group.children)
    ):
        start = min([group.i, *(c.i for c in group.children if c.lower_ == "no")])
        return Quantity("exact", 0, None, 0, 0, 0, start, group.i + 1, negated=True)
    # The group itself is a number: "killing two", "12 wounded".
    value = _number_token_value(group, lex)
    if value is not None:
        qualifier, start = _qualifier_before(doc, group.i, lex, floor)
        return _numeric(qualifier, value, group, start, group.i + 1, lex)
    # A person noun with a numeral, a quantity word or an article.
    person = group.lemma_.lower() in lex.person_nouns or lower in lex.person_nouns
    for child in group.children if person else ():
        if child.dep_ in NUMERIC_DEPS or child.like_num:
            value = _number_token_value(child, lex)
            if value is None:
                continue
            qualifier, start = _qualifier_before(doc, child.left_edge.i, lex, floor)
            if qualifier == "exact":
                qualifier, start = _qualifier_before(doc, child.i, lex, floor)
            upper = _range_upper(child, lex)
            if upper is not None:
                qualifier = "range"
            return _numeric(
                qualifier, value, group, min(start, child.left_edge.i), group.i + 1, lex, upper
            )
    # A vague quantity noun: "dozens (of people)", "others", "hundreds".
    if (
        lower in lex.vague
        and lower not in lex.generic
        and group.pos_ in ("NOUN", "PRON", "ADJ", "NUM")
    ):
        end = group.i + 1
        for child in group.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                end = max(end, child.right_edge.i + 1)
        qualifier, start = _qualifier_before(doc, group.i, lex, floor)
        low = lex.vague[lower]
        return Quantity(
            "vague", None, None, low, lex.vague_best.get(lower), None, min(start, group.i), end
        )
    if not person:
        return None
    for child in group.children:
        word = child.lower_
        if child.dep_ in ("amod", "det", "nummod") and word in lex.vague and child.i < group.i:
            return Quantity(
                "vague",
                None,
                None,
                lex.vague[word],
                lex.vague_best.get(word),
                None,
                child.i,
                group.i + 1,
            )
        indefinite = group.lemma_.lower() in lex.indefinite_heads or lower in lex.indefinite_heads
        if child.dep_ == "det" and word in ("a", "an", "one") and child.i < group.i and indefinite:
            return Quantity("exact", 1, None, 1, 1, 1, child.i, group.i + 1)
        if child.dep_ == "det" and word == "no":
            return Quantity("exact", 0, None, 0, 0, 0, child.i, group.i + 1, negated=True)
    # A bare plural person noun: "people were trapped".
    if group.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "his", "her", "their")
        for c in group.children
    ):
        return Quantity(
            "vague", None, None, lex.vague.get("people", 2), None, None, group.i, group.i + 1
        )
    return None


def _range_upper(number: Token, lex: CasualtyLexicon) -> int | None:
    for child in number.children:
        if child.dep_ == "conj":
            return _number_token_value(child, lex)
    return None


def _numeric(
    qualifier: str,
    value: int,
    group: Token,
    start: int,
    end: int,
    lex: CasualtyLexicon,
    upper: int | None = None,
) -> Quantity:
    low, best, high = bounds(qualifier, value, upper)
    if upper is not None:
        end = max(end, group.i + 1)
    return Quantity(qualifier, value, upper, low, best, high, start, end)


def harm_of(token: Token, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """(type, part of speech class) when the token is a harm word."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in lex.verbs:
        return lex.verbs[lemma], "verb"
    if token.pos_ == "ADJ" and token.lower_ in lex.adjectives:
        return lex.adjectives[token.lower_], "adj"
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.lower_ in lex.adjectives:
        return lex.adjectives[token.lower_], "verb"
    if token.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns:
        return lex.nouns[lemma], "noun"
    if token.pos_ == "NOUN" and token.lower_ in lex.adjectives:  # "among the injured"
        return lex.adjectives[token.lower_], "nominal_adj"
    if token.pos_ == "NOUN" and lemma == "toll":
        return "killed", "toll"
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _expand_conj(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out.extend(
            c
            for c in token.children
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM", "PROPN", "PRON")
        )
    return out


def groups_of(harm: Token, pos: str, lex: CasualtyLexicon) -> list[Token]:
    """The tokens naming the harmed group(s) of a harm word."""
    if pos == "verb":
        if _is_passive(harm):
            groups = [c for c in harm.children if c.dep_ == "nsubjpass"]
        elif harm.lemma_.lower() in lex.intransitive:
            groups = [c for c in harm.children if c.dep_ == "nsubj"]
        else:
            groups = [c for c in harm.children if c.dep_ in ("dobj", "obj")]
            # "12 wounded" parsed as a clause with the number as subject.
            groups += [c for c in harm.children if c.dep_ == "nsubj" and c.like_num]
        if (
            not groups
            and harm.dep_ in ("acl", "amod")
            and harm.head.pos_ in ("NOUN", "NUM", "PRON")
        ):
            groups = [harm.head]  # "13 people injured in the attack"
        if not groups and harm.dep_ == "conj":
            head = harm.head
            if _is_passive(harm) and not any(c.dep_ == "nsubjpass" for c in harm.children):
                groups = [c for c in head.children if c.dep_ == "nsubjpass"]
        return _expand_conj(groups)
    if pos == "adj":
        groups = [
            c
            for c in harm.children
            if c.dep_ in ("nsubj", "nummod", "npadvmod")
            and (c.like_num or c.pos_ in ("NOUN", "PRON"))
        ]
        if not groups and harm.dep_ == "amod":
            groups = [harm.head]
        if not groups and harm.dep_ == "acomp":
            groups = [c for c in harm.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not groups and harm.dep_ in ("oprd", "xcomp", "ccomp"):
            groups = [c for c in harm.children if c.like_num]
        return _expand_conj(groups)
    if pos == "noun":
        # "13 fatalities", "two deaths"; the noun is its own group.
        if any(c.dep_ in NUMERIC_DEPS and c.like_num for c in harm.children):
            return [harm]
        return []
    if pos == "toll":
        verb = harm.head
        found = []
        for child in verb.children:
            if child.dep_ in ("attr", "dobj") and child.like_num:
                found.append(child)
            if child.dep_ == "prep" and child.lower_ in ("to", "at"):
                found += [g for g in child.children if g.dep_ == "pobj" and g.like_num]
        return found[-1:]  # "rose from 10 to 13": the last figure is the toll
    return []


def _clause_span(harm: Token, count_start: int, count_end: int) -> tuple[int, int]:
    """Smallest clause around the harm word: its subtree without coordinated or adverbial
    clauses, stretched to cover the count phrase."""
    start, end = harm.i, harm.i + 1
    stack = [harm]
    while stack:
        token = stack.pop()
        start, end = min(start, token.i), max(end, token.i + 1)
        for child in token.children:
            if child.dep_ in CLAUSE_BREAK_DEPS and child.i > harm.i:
                continue
            if (
                child.dep_ in ("conj", "cc", "advcl", "mark", "parataxis", "ccomp")
                and child.i < harm.i
            ):
                continue
            if child.dep_ == "punct":
                continue
            if child.dep_ == "advmod" and child.i < count_start and child.i < harm.i:
                continue
            stack.append(child)
    return min(start, count_start), max(end, count_end)


def _victim(
    group: Token, quantity: Quantity, lex: CasualtyLexicon
) -> tuple[int | None, int | None, str | None]:
    """(start, end) token indices of the victim noun (with its compound and adjective
    modifiers), and its status."""
    noun = group
    if group.like_num or group.lower_ in lex.vague:
        for child in group.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                noun = next((g for g in child.children if g.dep_ == "pobj"), group)
        if noun is group and group.like_num:
            return None, None, None
    start = noun.i
    for child in noun.children:
        if (
            child.i < noun.i
            and child.dep_ in ("amod", "compound", "nmod")
            and not child.like_num
            and child.lower_ not in lex.vague
            and child.i >= quantity.start
        ):
            start = min(start, child.left_edge.i)
    lemma = noun.lemma_.lower()
    status = lex.victim_status.get(lemma) or lex.victim_status.get(noun.lower_)
    for child in noun.children:
        if child.dep_ == "compound" and child.lemma_.lower() in lex.victim_status:
            status = status or lex.victim_status[child.lemma_.lower()]
    return start, noun.i + 1, status or "unknown"


def _time_scope(sent: Span, lex: CasualtyLexicon) -> str:
    text = " " + sent.text.lower() + " "
    for scope in ("periodic", "cumulative"):
        if any(f" {w} " in text for w in lex.time_scope_words.get(scope, [])):
            return scope
    return "incident"


def _event_date(mention_sent: Span, dates: list[DateItem]) -> str | None:
    for date in dates:
        if (
            date["granularity"] == "day"
            and date["resolved_start"]
            and mention_sent.start_char <= date["start"] < mention_sent.end_char
        ):
            return date["resolved_start"]
    return None


def find_casualties(doc: Doc, lex: CasualtyLexicon, phrases: PhraseMatcher) -> list[CasualtyItem]:
    """Every casualty mention in `doc`, with relations and counts_toward_total decided."""
    dates: list[DateItem] = doc._.news_dates or []
    found: dict[tuple[int, int], CasualtyItem] = {}
    harms: list[tuple[Token, str, str]] = []
    for token in doc:
        harm = harm_of(token, lex)
        if harm:
            harms.append((token, *harm))
    for _, start, end in phrases(doc):
        span = doc[start:end]
        type_ = lex.phrases[span.text.lower()]
        harms.append((span.root, type_, "phrase"))

    for harm, type_, pos in harms:
        if pos == "phrase":
            head = harm.head if harm.dep_ == "prep" else harm
            groups = _phrase_groups(head, lex)
        else:
            groups = groups_of(harm, "verb" if pos == "nominal_adj" else pos, lex)
        if pos == "noun" and not groups and harm.lemma_.lower() in lex.unquantified:
            groups = [harm]
        for group in groups:
            quantity = quantity_of(group, lex)
            if quantity is None and group is harm:
                quantity = _unquantified(harm, lex)
            if quantity is None:
                continue
            key = (quantity.start, quantity.end)
            if key in found:
                continue
            count_start, count_end = quantity.start, quantity.end
            # Leave out the generic noun: "at least 13" of "at least 13 people".
            if count_end - count_start > 1 and doc[count_end - 1].lower_ in lex.generic:
                count_end -= 1
            clause_start, clause_end = _clause_span(
                harm if pos != "phrase" else harm.head, count_start, count_end
            )
            victim_group = _owner(harm) if group is harm else group
            v_start, v_end, status = (
                _victim(victim_group, quantity, lex)
                if victim_group is not None
                else (None, None, None)
            )
            sent = doc[harm.i].sent
            found[key] = CasualtyItem(
                id="",
                type=type_,
                qualifier=quantity.qualifier,
                value=quantity.value,
                value_upper=quantity.value_upper,
                low=quantity.low,
                best=quantity.best,
                high=quantity.high,
                count_start=doc[count_start].idx,
                count_end=doc[count_end - 1].idx + len(doc[count_end - 1]),
                mention_start=doc[clause_start].idx,
                mention_end=doc[clause_end - 1].idx + len(doc[clause_end - 1]),
                victim_start=doc[v_start].idx if v_start is not None else None,
                victim_end=(doc[v_end - 1].idx + len(doc[v_end - 1]))
                if v_end is not None
                else None,
                victim_status=status,
                negated=quantity.negated,
                time_scope=_time_scope(sent, lex),
                relation="subset_of" if _is_among(harm) else None,
                related_id=None,
                counts_toward_total=True,
                event_date=_event_date(sent, dates),
                location_start=None,
                location_end=None,
            )
    items = sorted(found.values(), key=lambda c: c["count_start"])
    for i, item in enumerate(items, start=1):
        item["id"] = f"C{i}"
    _relate(items)
    return items


def _owner(noun: Token) -> Token | None:
    """The subject of the verb a harm noun hangs from ("Russian troops" suffering losses)."""
    verb = noun.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _unquantified(noun: Token, lex: CasualtyLexicon) -> Quantity | None:
    """ "heavy losses", "casualties" (qualifier none) or "no casualties" (0, negated)."""
    if noun.lemma_.lower() not in lex.unquantified:
        return None
    start = min(
        [noun.i, *(c.i for c in noun.children if c.dep_ in ("amod", "det") and c.i < noun.i)]
    )
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return Quantity("exact", 0, None, 0, 0, 0, start, noun.i + 1, negated=True)
    start = min([noun.i, *(c.i for c in noun.children if c.dep_ == "amod" and c.i < noun.i)])
    return Quantity("none", None, None, None, None, None, start, noun.i + 1)


def _phrase_groups(head: Token, lex: CasualtyLexicon) -> list[Token]:
    """Groups of a multiword harm: "rescued a man from under the rubble", "people under the
    rubble", "lost their lives"."""
    if head.pos_ in ("NOUN", "PRON", "NUM"):
        return [head]
    if (
        head.lemma_.lower() not in lex.location_phrase_verbs
        and head.lemma_.lower() not in lex.verbs
    ):
        return []  # "officials said under the ruins": the phrase does not harm the speakers
    groups = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    if not groups:
        groups = [c for c in head.children if c.dep_ == "nsubj"]
    return _expand_conj(groups)


def _is_among(harm: Token) -> bool:
    return harm.dep_ == "pobj" and harm.head.lower_ == "among"


def _relate(items: list[CasualtyItem]) -> None:
    """subset_of / same_as links and counts_toward_total, in text order."""
    for i, item in enumerate(items):
        earlier = [e for e in items[:i] if e["type"] == item["type"] and e["counts_toward_total"]]
        if item["relation"] == "subset_of":
            if earlier:
                item["related_id"] = earlier[-1]["id"]
            else:
                item["relation"] = None
        elif earlier:
            first = earlier[-1]
            if (
                item["value"] is not None
                and item["value"] == first["value"]
                and item["qualifier"] == first["qualifier"]
            ):
                item["relation"], item["related_id"] = "same_as", first["id"]
            elif first["qualifier"] == "vague" or (
                first["low"] is not None
                and item["best"] is not None
                and item["best"] < first["low"]
            ):
                item["relation"], item["related_id"] = "subset_of", first["id"]
        if item["event_date"] is None:
            previous = [e for e in items[:i] if e["event_date"]]
            if previous and item["time_scope"] == "incident":
                item["event_date"] = previous[-1]["event_date"]
        if item["relation"] is not None or item["time_scope"] != "incident":
            item["counts_toward_total"] = False
