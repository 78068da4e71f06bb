"""Casualty mentions: a quantity of people tied to a harm through the dependency parse.

`find_casualties(doc, lexicon, matchers)` works in three steps:

1. Triggers: harm words of the lexicon (verbs, adjectives, nouns, tolls) and the multiword and
   dependency patterns of `harm.json` ("lost their lives", "taken to hospital").
2. Groups: for each trigger, the harmed group(s) the parse links it to (passive subject, active
   object, subject of "die", head of a participle, "N dead", "the death toll rose to N",
   "three children were among the injured", "including ..."), each read as a `Quantity`.
3. Context and relations across the article: victim, time scope, event date, location,
   `subset_of` / `same_as` / `update_of` / `conflicts_with` and `counts_toward_total`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import CasualtyItem, DateItem, EntityItem
from .quantities import (
    Quantity,
    QuantityWords,
    bounds,
    is_non_person_noun,
    is_person_noun,
    noun_phrase_end,
    read_quantity,
)

#: Dependents that start another clause: the mention span stops before them.
CLAUSE_BREAK_DEPS = frozenset(
    {"conj", "cc", "advcl", "punct", "mark", "parataxis", "relcl", "ccomp", "dep", "preconj"}
)
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


class CasualtyLexicon:
    """Harm, quantity, victim and context word lists, compiled for lookups."""

    def __init__(
        self,
        harm: Mapping[str, Any],
        quantities: Mapping[str, Any],
        victims: Mapping[str, Any],
        numbers: Mapping[str, Any],
        context: Mapping[str, Any],
    ) -> None:
        self.words = QuantityWords(quantities, victims, numbers)
        self.verbs: dict[str, str] = dict(harm["verbs"])
        self.intransitive: dict[str, str] = dict(harm["intransitive_verbs"])
        self.person_only: set[str] = set(harm.get("person_only_verbs", []))
        self.numeric_only: set[str] = set(harm.get("numeric_only_verbs", []))
        self.mechanism: dict[str, str] = dict(harm.get("mechanism_verbs", {}))
        self.fatal_adverbs: set[str] = set(harm.get("fatal_adverbs", []))
        self.adjectives: dict[str, str] = dict(harm["adjectives"])
        self.nouns: dict[str, str] = dict(harm["nouns"])
        self.unquantified: dict[str, str] = dict(harm["unquantified_nouns"])
        self.toll_nouns: dict[str, str] = dict(harm["toll_nouns"])
        self.toll_types: dict[str, str] = dict(harm.get("toll_types", {}))
        self.toll_verb_qualifiers: dict[str, str] = dict(harm.get("toll_verb_qualifiers", {}))
        self.phrases: list[dict[str, Any]] = list(harm.get("phrases", []))
        self.dependency_patterns: list[dict[str, Any]] = list(harm.get("dependency_patterns", []))
        self.location_phrase_verbs: set[str] = set(harm["location_phrase_verbs"])
        self.victim_harm_nouns: set[str] = set(harm.get("victim_harm_nouns", []))
        self.modals: set[str] = set(context["modals"])
        self.intention_verbs: set[str] = set(context["intention_verbs"])
        self.report_verbs: set[str] = set(context["report_verbs"])
        self.conditional_marks: set[str] = set(context["conditional_marks"])
        self.time_scope: dict[str, list[str]] = dict(context["time_scope"])
        self.scope_date_granularities: set[str] = set(context.get("cumulative_granularities", []))
        self.update_words: set[str] = set(context["update_words"])
        self.speech_verbs: set[str] = set(context["speech_verbs"])
        self.locative_preps: set[str] = set(context["locative_preps"])
        self.separate_incident_words: set[str] = set(context["separate_incident_words"])
        self.event_nouns: set[str] = set(context["event_nouns"])
        self.aggregate_event_nouns: set[str] = set(context["aggregate_event_nouns"])
        self.generic_nouns: set[str] = set(context["generic_event_nouns"])
        self.generic_subjects: set[str] = set(context["generic_subjects"])
        self.indefinite_subjects: set[str] = set(context["indefinite_subjects"])
        self.temporal_marks: set[str] = set(context["temporal_marks"])
        self.period_preps: set[str] = set(context["period_preps"])
        self.superseded_words: set[str] = set(context["superseded_words"])
        self.rate_blockers: set[str] = set(context["rate_blockers"])
        self.additive_adverbs: set[str] = set(context["additive_adverbs"])


class Patterns:
    """Harm patterns keyed by the word of their first token.

    Token-sequence patterns use spaCy `Matcher` syntax (keys TEXT, LEMMA, LOWER, POS, TAG, DEP with
    a value or `IN` / `NOT_IN`, and `"OP": "?"`); dependency patterns use `DependencyMatcher`
    syntax with the operators `>` (child) and `<` (head). The first token of each is keyed by
    LEMMA or LOWER, so only the few tokens whose word starts a pattern are tried. spaCy's own
    matchers test every pattern at every token (the `DependencyMatcher` runs a token `Matcher`
    per node): for these patterns that alone costs several times this stage's time budget."""

    def __init__(
        self, sequences: list[list[dict[str, Any]]], trees: list[list[dict[str, Any]]]
    ) -> None:
        self.sequences = sequences
        self.trees = trees
        self.keys: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for number, pattern in enumerate(sequences):
            self._index(pattern[0], ("sequence", number))
        for number, pattern in enumerate(trees):
            if any(node.get("REL_OP") not in (">", "<") for node in pattern[1:]):
                raise ValueError(f"dependency pattern {number}: only the operators > and < work")
            self._index(pattern[0]["RIGHT_ATTRS"], ("tree", number))

    def _index(self, attrs: Mapping[str, Any], target: tuple[str, int]) -> None:
        keys = [k for k in ("LEMMA", "LOWER") if k in attrs]
        if not keys:
            raise ValueError(f"pattern {target}: its first token needs a LEMMA or LOWER")
        values = attrs[keys[0]]
        for word in values["IN"] if isinstance(values, dict) else [values]:
            self.keys.setdefault((keys[0], word), []).append(target)

    def words(self) -> set[str]:
        """Every word that can start a pattern."""
        return {word for _, word in self.keys}

    def at(self, token: Token) -> list[tuple[str, int, list[int]]]:
        """(kind, pattern number, token index per pattern token or node) starting at `token`."""
        targets = self.keys.get(("LEMMA", token.lemma_), []) + self.keys.get(
            ("LOWER", token.lower_), []
        )
        found = []
        for kind, number in targets:
            if kind == "sequence":
                pattern = self.sequences[number]
                found += [(kind, number, ids) for ids in _sequence_at(pattern, token)]
            else:
                pattern = self.trees[number]
                if _attrs_match(token, pattern[0]["RIGHT_ATTRS"]):
                    bound = {pattern[0]["RIGHT_ID"]: token}
                    found += [(kind, number, ids) for ids in _extend_tree(pattern, 1, bound)]
        return found


_ATTRS = {
    "TEXT": lambda t: t.text,
    "LEMMA": lambda t: t.lemma_,
    "LOWER": lambda t: t.lower_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
}


def _attrs_match(token: Token, attrs: Mapping[str, Any]) -> bool:
    for key, wanted in attrs.items():
        if key == "OP":
            continue
        value = _ATTRS[key](token)
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
        elif value != wanted:
            return False
    return True


def _sequence_at(pattern: list[dict[str, Any]], token: Token) -> list[list[int]]:
    """Matches of a token-sequence pattern starting at `token`: the index per pattern token
    (an optional token that is absent gets the index of the next one)."""
    doc = token.doc
    states: list[tuple[int, list[int]]] = [(token.i, [])]
    for spec in pattern:
        optional = spec.get("OP") == "?"
        next_states = []
        for i, ids in states:
            if i < len(doc) and _attrs_match(doc[i], spec):
                next_states.append((i + 1, [*ids, i]))
            if optional:
                next_states.append((i, [*ids, min(i, len(doc) - 1)]))
        states = next_states
        if not states:
            return []
    return [ids for _, ids in states]


def _extend_tree(
    pattern: list[dict[str, Any]], position: int, bound: dict[str, Token]
) -> list[list[int]]:
    if position == len(pattern):
        return [[bound[node["RIGHT_ID"]].i for node in pattern]]
    node = pattern[position]
    left = bound[node["LEFT_ID"]]
    candidates = list(left.children) if node["REL_OP"] == ">" else [left.head]
    out = []
    for candidate in candidates:
        if candidate in bound.values() or not _attrs_match(candidate, node["RIGHT_ATTRS"]):
            continue
        out += _extend_tree(pattern, position + 1, {**bound, node["RIGHT_ID"]: candidate})
    return out


@dataclasses.dataclass
class Matchers:
    """What a stage builds once from the lexicon: the harm patterns, the hashes of every word
    that can start a harm (to skip all other tokens at C speed) and the time-scope cues."""

    patterns: Patterns
    trigger_hashes: frozenset[int]
    scopes: PhraseMatcher


def build_matchers(lex: CasualtyLexicon, vocab: Any, make_doc: Any) -> Matchers:
    """Matchers for the harm words and patterns and for the time-scope cues."""
    patterns = Patterns(
        [entry["pattern"] for entry in lex.phrases],
        [entry["pattern"] for entry in lex.dependency_patterns],
    )
    words = (
        set(lex.verbs)
        | set(lex.intransitive)
        | set(lex.mechanism)
        | set(lex.adjectives)
        | set(lex.nouns)
        | set(lex.toll_nouns)
        | patterns.words()
    )
    forms = words | {w.capitalize() for w in words}
    hashes = frozenset(vocab.strings.add(w) for w in forms)
    scopes = PhraseMatcher(vocab, attr="LOWER")
    for scope, cues in lex.time_scope.items():
        scopes.add(scope.upper(), [make_doc(cue) for cue in cues])
    return Matchers(patterns, hashes, scopes)


# -- triggers ----------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False)
class Trigger:
    """A harm word or pattern, with the role that tells where its harmed group is."""

    token: Token
    type: str
    #: verb, subject, object, adj, noun, toll, pobj, place
    role: str
    #: lower wins when two harms claim the same group ("shot and killed": killed).
    priority: int = 1
    #: a harm that says how, not how badly ("shot"): resolved against the article's deaths.
    mechanism: bool = False


def _candidates(doc: Doc, matchers: Matchers) -> list[Token]:
    """The tokens whose lemma or lower-case form can start a harm."""
    if len(doc) == 0:
        return []
    hashes = matchers.trigger_hashes
    rows = doc.to_array([LEMMA, LOWER]).tolist()
    return [doc[i] for i, (lemma, lower) in enumerate(rows) if lemma in hashes or lower in hashes]


def _word_triggers(token: Token, lex: CasualtyLexicon) -> Iterable[Trigger]:
    """The harm a single word states, by its part of speech."""
    if token.i > 0 and token.doc[token.i - 1].text == "-":
        return  # "booby-trapped", "war-wounded": part of a compound word
    lemma = token.lemma_.lower()
    lower = token.lower_
    if token.pos_ in ("VERB", "AUX") or token.tag_ == "VBN":
        if lemma in lex.intransitive:
            yield Trigger(token, lex.intransitive[lemma], "subject")
        elif lemma in lex.mechanism:
            fatal = any(c.lower_ in lex.fatal_adverbs for c in token.children)
            type_ = "killed" if fatal else lex.mechanism[lemma]
            yield Trigger(token, type_, "verb", priority=1 if fatal else 2, mechanism=not fatal)
        elif lemma in lex.verbs:
            yield Trigger(token, lex.verbs[lemma], "verb")
        elif lower in lex.adjectives:
            yield Trigger(token, lex.adjectives[lower], "adj")  # "were missing" (VBG)
    elif token.pos_ == "ADJ" and lower in lex.adjectives:
        yield Trigger(token, lex.adjectives[lower], "adj")
    elif token.pos_ in ("NOUN", "PROPN"):
        if lemma in lex.toll_nouns or lower in lex.toll_nouns:
            default = lex.toll_nouns.get(lemma, lex.toll_nouns.get(lower, ""))
            type_ = _toll_type(token, default, lex)
            if type_:
                yield Trigger(token, type_, "toll")
        elif lemma in lex.nouns:
            yield Trigger(token, lex.nouns[lemma], "noun")
        elif lower in lex.adjectives:
            yield Trigger(token, lex.adjectives[lower], "adj")  # "27 dead", "the injured"


def _pattern_triggers(token: Token, lex: CasualtyLexicon, matchers: Matchers) -> Iterable[Trigger]:
    doc = token.doc
    for kind, number, ids in matchers.patterns.at(token):
        if kind == "sequence":
            entry = lex.phrases[number]
            anchor = doc[ids[int(entry.get("anchor", 0))]]
        else:
            entry = lex.dependency_patterns[number]
            names = [node["RIGHT_ID"] for node in entry["pattern"]]
            anchor = doc[ids[names.index(entry.get("anchor", names[0]))]]
        if any(_negated_word(doc[i]) for i in ids):
            continue  # "non-fatal wounds"
        role = entry.get("role", "verb")
        priority = int(entry.get("priority", 1))
        yield Trigger(anchor, entry["type"], role, priority, bool(entry.get("mechanism", False)))


def _negated_word(token: Token) -> bool:
    """ "non-fatal", "non-life-threatening": the word is negated by its prefix."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "non"


def triggers_of(doc: Doc, lex: CasualtyLexicon, matchers: Matchers) -> list[Trigger]:
    """Every harm word and pattern in `doc`, in text order."""
    found: list[Trigger] = []
    for token in _candidates(doc, matchers):
        found += _word_triggers(token, lex)
        found += _pattern_triggers(token, lex, matchers)
    return found


# -- hypothetical and negated harm -------------------------------------------------------------


def _is_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def generic_harm(trigger: Trigger, lex: CasualtyLexicon) -> str | None:
    """A harm verb in the simple present with a generic subject states what happens, not what
    happened: "habitual" for "they kill taxi drivers" (a periodic figure), "hypothetical" for
    "before somebody gets killed" (no figure at all), else None."""
    verb = trigger.token
    if trigger.role not in ("verb", "subject") or verb.pos_ != "VERB":
        return None
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ != "have"
        for c in verb.children
    )
    if not present:
        return None
    for subject in _children(verb, "nsubj", "nsubjpass"):
        bare = not any(c.dep_ in ("det", "nummod", "amod", "poss") for c in subject.children)
        if subject.lower_ in lex.generic_subjects and bare:
            marks = {c.lower_ for c in _children(verb, "mark")}
            if subject.lower_ in lex.indefinite_subjects or marks & lex.temporal_marks:
                return "hypothetical"
            return "habitual"
    for obj in _children(verb, "dobj"):
        if obj.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children):
            return "habitual"  # "guns kill people"
    return None


def is_unasserted(anchor: Token, lex: CasualtyLexicon) -> bool:
    """True when the clause of `anchor` does not state that harm happened: a modal ("could
    kill"), an intention ("threatened to kill"), a condition ("if ... were killed"), a
    negation ("was not hurt"), or a purpose infinitive ("to kill")."""
    token = anchor
    for _ in range(4):
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in lex.modals and not _is_perfect(token):
                return True
            if child.dep_ == "neg":
                return True
            if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
                return True
            if (
                child.dep_ == "aux"
                and child.lower_ == "to"
                and not _is_perfect(token)
                and token.head.lemma_.lower() not in lex.report_verbs
            ):
                return True
        if token.dep_ in ("xcomp", "ccomp", "oprd", "acomp") and (
            token.head.lemma_.lower() in lex.intention_verbs
        ):
            return True  # "threatened to kill", "they want the more dead"
        if (
            token.dep_ in ("conj", "xcomp", "oprd", "acomp", "auxpass", "aux")
            and token.head != token
        ):
            token = token.head
        elif token.dep_ in ("advcl", "relcl") and token.head != token:
            # "where four or more people are killed": a definition, not a report.
            marks = [c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")]
            if token.head.lemma_.lower() in lex.generic_nouns and token.head.tag_ == "NNS":
                return True
            if any(m in lex.conditional_marks for m in marks):
                return True
            break
        else:
            break
    return False


# -- groups ------------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False)
class Group:
    """A harmed group: its head token and how it relates to the harm."""

    token: Token
    relation: str | None = None  # subset_of when the parse says so ("among", "including")
    #: the harm word is the head of the count phrase ("27 dead", "six deaths").
    harm_head: Token | None = None
    #: qualifier and first token given by a toll verb ("exceeded 100").
    verb_qualifier: tuple[str, int] | None = None
    superseded: bool = False
    update: bool = False
    #: a harm without any quantity ("heavy losses"); its victims are the clause's subject.
    unquantified: bool = False


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not _children(verb, "dobj", "nsubj") and not _is_perfect(verb)


def _resolve_relative(token: Token) -> Token:
    """ "who" in "people who died" stands for "people"."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, inherited along coordination ("was shot and later died") and from
    the noun a participle modifies ("13 people injured")."""
    found = _children(verb, "nsubjpass", "nsubj")
    if found:
        return [_resolve_relative(t) for t in found]
    for prep in _children(verb, "prep"):
        if prep.i < verb.i:  # "Over 500 were hurt": the qualifier parsed as the head
            numbers = [o for o in _children(prep, "pobj") if o.like_num]
            if numbers:
                return numbers
    if depth > 3:
        return []
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _subjects(verb.head, depth + 1)
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in NOMINAL_POS:
        head = verb.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            owner = head.head.head
            if owner.lemma_.lower() not in ("number", "total"):
                return [owner]  # "the driver of the car arrested by police"
        return [head]
    if verb.dep_ in ("xcomp", "oprd", "acomp") and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        objects = _children(head, "dobj")
        if objects:
            return objects  # "left two people dead", "found him shot"
        return _subjects(head, depth + 1)
    return []


def _objects(verb: Token) -> list[Token]:
    found = _children(verb, "dobj", "obj", "dative")
    if found:
        return found
    # "shot and killed two people": the first verb shares the second one's object.
    for conj in _children(verb, "conj"):
        if conj.pos_ == "VERB" and not _children(conj, "nsubj", "nsubjpass"):
            shared = _children(conj, "dobj")
            if shared:
                return shared
    # "12 wounded" parsed as a clause with the number as subject.
    return [c for c in _children(verb, "nsubj") if c.like_num]


def _expand_conj(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    stack = list(tokens)
    while stack:
        token = stack.pop(0)
        if token in out:
            continue
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj" and c.pos_ in NOMINAL_POS)
        # "A mother, father, and toddler": a list the parser reads as an apposition.
        stack.extend(
            c
            for c in token.children
            if c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and any(g.dep_ in ("cc", "conj") for g in c.children)
        )
    return out


def _as_were(verb: Token) -> list[Token]:
    """ "90 civilians were wounded, as were seventeen soldiers": the elided harm."""
    out: list[Token] = []
    for clause in _children(verb, "advcl"):
        if clause.lemma_ == "be" and any(c.lower_ == "as" for c in _children(clause, "mark")):
            out += _children(clause, "nsubj", "nsubjpass", "attr", "acomp")
    return out


def _verb_groups(verb: Token) -> list[Token]:
    if _is_passive(verb):
        return _subjects(verb)
    if verb.tag_ == "VBN" and not _children(verb, "aux", "auxpass", "dobj"):
        subjects = _children(verb, "nsubj")
        if subjects:
            return subjects  # "left two dead and five others injured"
    objects = _objects(verb)
    if (
        not objects
        and verb.dep_ == "conj"
        and not _children(verb, "nsubj", "nsubjpass")
        and _is_passive(verb.head)
    ):
        return _subjects(verb)  # "was shot five times and killed" (tagged VBD)
    return objects


def _among(harm: Token) -> list[Group]:
    """ "three children were among the injured": the subject of the clause, a subset."""
    if harm.dep_ == "pobj" and harm.head.lower_ == "among":
        clause = harm.head.head
        return [Group(t, "subset_of") for t in _subjects(clause)]
    return []


def _partitive_head(harm: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "four of the deceased", "most of the injured": the quantity before "of"."""
    if harm.dep_ == "pobj" and harm.head.lower_ == "of":
        head = harm.head.head
        words = lex.words
        if head.like_num or head.lower_ in words.vague or head.pos_ == "NUM":
            return [Group(head, "subset_of")]
    return []


def _numeric_child(token: Token, lex: CasualtyLexicon) -> Token | None:
    for child in token.children:
        if (
            child.dep_ in ("nummod", "npadvmod", "nsubj", "quantmod", "amod", "det", "nmod")
            and child.i < token.i
            and (child.like_num or child.lower_ in lex.words.vague or child.lower_ == "no")
        ):
            return child
    return None


def groups_of(trigger: Trigger, lex: CasualtyLexicon) -> list[Group]:
    """The groups a trigger harms, by its role."""
    token, role = trigger.token, trigger.role
    if role in ("verb", "adj", "noun"):
        special = _among(token) or _partitive_head(token, lex)
        if special:
            return special
    if role == "verb":
        if (
            token.lower_ in lex.adjectives
            and token.dep_ != "amod"
            and any(
                c.dep_ in ("amod", "nummod", "quantmod")
                and c.i < token.i
                and (c.like_num or c.lower_ in lex.words.vague)
                for c in token.children
            )
        ):
            return [Group(token, harm_head=token)]  # "there are many wounded"
        groups = _verb_groups(token)
        groups += _as_were(token)
        return [Group(t) for t in _expand_conj(groups)]
    if role == "subject":
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            return [Group(token)]  # "a man in critical condition"
        return [Group(t) for t in _expand_conj(_subjects(token))]
    if role == "self":
        return [Group(token, harm_head=token)]  # "claimed 13 lives"
    if role == "object":
        groups = _subjects(token) if _is_passive(token) else _children(token, "dobj")
        return [Group(t) for t in _expand_conj(groups)]
    if role == "pobj":
        return [Group(t) for t in _expand_conj(_children(token, "pobj"))]
    if role == "adj":
        return _adjective_groups(token, lex)
    if role == "noun":
        return _noun_groups(token, lex)
    if role == "toll":
        return _toll_groups(token, lex)
    if role == "place":
        return _place_groups(token, lex)
    return []


def _adjective_groups(adj: Token, lex: CasualtyLexicon) -> list[Group]:
    child = _numeric_child(adj, lex)
    if child is not None and child.lower_ not in ("the", "no"):
        if child.like_num or child.pos_ == "NUM":
            return [Group(child, harm_head=adj)]  # "27 dead", "39 injured"
        return [Group(adj, harm_head=adj)]  # "many wounded"
    if adj.dep_ == "amod" and adj.head.pos_ in NOMINAL_POS:
        head = adj.head
        if any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "no")
            for c in head.children
        ):
            return []  # "the injured child", "the deceased seaman": a back-reference
        return [Group(head)]  # "dead Palestinians", "wounded soldiers", "a wounded man"
    if adj.dep_ in ("acomp", "oprd", "xcomp", "attr", "ccomp", "advcl") and adj.head.pos_ in (
        "VERB",
        "AUX",
    ):
        own = _children(adj, "nsubj", "nsubjpass")
        if own:
            return [Group(t) for t in _expand_conj(own)]
        head = adj.head
        objects = [o for o in _children(head, "dobj") if o.i < adj.i]  # "left two people dead"
        groups = objects or _subjects(head)
        return [Group(t) for t in _expand_conj(groups)]
    if adj.dep_ == "conj":
        own = _children(adj, "nsubj", "nsubjpass")
        if own:
            return [Group(t) for t in _expand_conj(own)]
    if adj.pos_ == "VERB":
        return [Group(t) for t in _expand_conj(_verb_groups(adj))]
    return []


def _noun_groups(noun: Token, lex: CasualtyLexicon) -> list[Group]:
    if noun.dep_ == "compound":
        return []  # "death threats", "casualty figures"
    child = _numeric_child(noun, lex)
    if child is not None:
        if noun.tag_ == "NN" and child.like_num and child.lower_ not in ("one", "1", "a", "an"):
            return []  # "a 117-104 loss": a singular harm noun counts one at most
        return [Group(noun, harm_head=noun)]  # "six deaths", "35 bodies", "no injuries"
    # "the death of all 33 passengers", "deaths of 67 Palestinians".
    for prep in _children(noun, "prep"):
        if prep.lower_ == "of":
            objects = [
                o for o in _children(prep, "pobj") if is_person_noun(o, lex.words) or o.like_num
            ]
            if objects:
                return [Group(t) for t in _expand_conj(objects)]
    # "the confirmed deaths are fourteen civilians, five soldiers ...".
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        attrs = _children(noun.head, "attr")
        if attrs:
            return [Group(t) for t in _expand_conj(attrs)]
    lemma = noun.lemma_.lower()
    if (
        lemma in lex.victim_harm_nouns
        and noun.tag_ == "NNS"
        and noun.dep_ != "pobj"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    ):
        return [Group(noun)]  # "bodies had washed onto the riverbanks"
    if lemma in lex.unquantified and noun.tag_ in ("NNS", "NNPS"):
        if any(c.dep_ in ("det", "poss") for c in noun.children):
            return []  # "the casualties", "their losses": a back-reference
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            return []  # "the number of casualties"
        return [Group(noun, harm_head=noun, unquantified=True)]  # "heavy losses", "casualties"
    return []


def _toll_type(toll: Token, default: str, lex: CasualtyLexicon) -> str:
    for child in toll.children:
        word = child.lemma_.lower()
        if child.dep_ in ("compound", "amod", "nmod") and word in lex.toll_types:
            return lex.toll_types[word]
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in _children(child, "pobj"):
                if obj.lemma_.lower() in lex.toll_types:
                    return lex.toll_types[obj.lemma_.lower()]
                if obj.lower_ in lex.toll_types:
                    return lex.toll_types[obj.lower_]
    return default


def _figures(prep: Token) -> list[tuple[str, Token]]:
    """(preposition, figure) pairs under a preposition chain ("from four to eleven")."""
    out = []
    for obj in _children(prep, "pobj"):
        out.append((prep.lower_, obj))
    for nested in _children(prep, "prep"):
        out.extend(_figures(nested))
    return out


def _toll_groups(toll: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "the death toll rose to 13", "a toll of 13", "the number of casualties rose from four to
    eleven", "the death toll exceeded 100"."""
    groups: list[Group] = []
    is_number = toll.lemma_.lower() in ("number", "count", "tally", "figure", "total")
    if is_number and _toll_type(toll, "", lex) == "":
        return []  # "a number of cars"
    # "an earlier toll of 27": a figure since revised.
    old = any(c.dep_ == "amod" and c.lower_ in lex.superseded_words for c in toll.children)
    for prep in _children(toll, "prep"):
        if prep.lower_ in ("of", "at") and not is_number:
            groups += [Group(f, superseded=old) for _, f in _figures(prep) if _is_figure(f)]
    if toll.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = toll.head
        qualifier = lex.toll_verb_qualifiers.get(verb.lemma_.lower())
        for child in verb.children:
            if child == toll:
                continue
            if child.dep_ in ("attr", "dobj") and _is_figure(child):
                vq = (qualifier, verb.i) if qualifier and child.dep_ == "dobj" else None
                groups.append(Group(child, verb_qualifier=vq))
            elif child.dep_ == "prep" and child.lower_ in ("to", "at", "from", "in"):
                pairs = _figures(child)
                figures = [(p, f) for p, f in pairs if _is_figure(f) or p == "in"]
                for p, figure in figures:
                    if p == "in" and not _is_figure(figure):
                        if figure.lower_ in lex.words.vague:
                            groups.append(Group(figure))  # "in the hundreds"
                        continue
                    superseded = p == "from" and any(q in ("to",) for q, _ in figures)
                    for each in _expand_conj([figure]):  # "1,035 in Turkey and about 19 in Greece"
                        if _is_figure(each):
                            groups.append(Group(each, superseded=superseded, update=p == "to"))
    return groups


def _is_figure(token: Token) -> bool:
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _place_groups(prep: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "people under the rubble", "rescued a man from under the rubble", "pulled out of the
    debris"."""
    head = prep.head
    while (
        head.dep_ in ("prep", "advmod", "prt") and head.pos_ in ("ADP", "ADV") and head.head != head
    ):
        head = head.head
    if head.pos_ in ("NOUN", "PRON", "NUM", "PROPN"):
        return [Group(head)]
    lemma = head.lemma_.lower()
    if lemma not in lex.location_phrase_verbs and lemma not in lex.verbs:
        return []  # "officials said under the ruins": the phrase harms no one
    groups = _children(head, "dobj", "nsubjpass", "attr")
    if not groups:
        groups = _children(head, "nsubj")
    return [Group(t) for t in _expand_conj(groups)]


# -- mentions ----------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False)
class Mention:
    """A casualty mention while the article is being read; becomes a `CasualtyItem`."""

    type: str
    quantity: Quantity
    trigger: Trigger
    group: Group
    priority: int
    relation: str | None = None
    parent: Mention | None = None
    related: Mention | None = None
    superseded: bool = False
    counts: bool = True
    time_scope: str = "incident"
    event_date: str | None = None
    date_known: bool = False  # the sentence names a date (even one without a day)
    location: tuple[int, int] | None = None
    location_text: str | None = None
    #: the PERSON cluster of a named victim
    referent: str | None = None
    #: who states the figure (None: the author)
    voice: str | None = None
    #: the sentence is about another incident ("in a separate attack")
    separate: bool = False
    #: the sentence revises a figure ("the toll rose to")
    updates: bool = False
    #: the later mention that revised this one
    updated_by: Mention | None = None
    #: the towns and countries (GPE clusters) of its location
    places: frozenset[str] = frozenset()
    #: a generic present ("they kill taxi drivers"): periodic
    habitual: bool = False
    #: "was also injured": someone besides the people harmed so far
    also: bool = False
    id: str = ""


def _accepts(group: Token, quantity: Quantity, trigger: Trigger, lex: CasualtyLexicon) -> bool:
    """Whether a group can be harmed people: not "four towns", not "two houses"."""
    words = lex.words
    noun = group.doc[quantity.noun] if quantity.noun is not None else None
    if noun is not None and noun.i != trigger.token.i and is_non_person_noun(noun, words):
        return False
    if noun is not None and noun.lemma_.lower() in lex.toll_nouns:
        return False
    lemma = trigger.token.lemma_.lower()
    if lemma in lex.numeric_only and trigger.role == "verb" and quantity.kind != "numeric":
        return False  # "lost 300 soldiers" counts losses; "lost her son" does not
    strict = lemma in lex.person_only or trigger.role == "place"
    if strict and quantity.kind not in ("pronoun", "named", "zero"):
        if noun is None:
            return group.like_num or group.pos_ == "NUM"
        return is_person_noun(noun, words)
    if quantity.kind in ("vague", "plural", "indefinite", "definite") and noun is not None:
        # A vague or bare noun must be people: "several explosions" is not a casualty.
        return (
            is_person_noun(noun, words)
            or noun.i == trigger.token.i
            or (noun.lemma_.lower() in lex.nouns)
        )
    return True


def _mention_for(trigger: Trigger, group: Group, lex: CasualtyLexicon) -> Mention | None:
    token = group.token
    unquantified = group.unquantified
    quantity = _unquantified(token, lex) if unquantified else read_quantity(token, lex.words)
    if quantity is None:
        return None
    if not _accepts(token, quantity, trigger, lex):
        return None
    harm_head = group.harm_head
    if harm_head is not None and harm_head.i >= quantity.end and harm_head.i - quantity.end < 3:
        quantity.end = harm_head.i + 1  # "27 dead", "39 injured"
    elif (
        quantity.noun is None
        and quantity.end == trigger.token.i
        and trigger.role in ("verb", "adj")
        and trigger.token.tag_ in ("VBN", "JJ")
        and trigger.token.lower_ in lex.adjectives
    ):
        quantity.end = trigger.token.i + 1  # "39 injured" parsed as a participle
    if quantity.kind == "plural":
        # "taxi drivers, public employees and shopkeepers": one group.
        for conj in _expand_conj([token])[1:]:
            if conj.tag_ in ("NNS", "NNPS") and read_quantity(conj, lex.words) is not None:
                quantity.end = max(quantity.end, noun_phrase_end(conj))
    root = _clause_root(trigger.token)
    also = any(
        c.lower_ in lex.additive_adverbs and c.i > quantity.start
        for c in (*root.children, *trigger.token.children)
    )
    if group.verb_qualifier is not None and quantity.qualifier == "exact":
        qualifier, start = group.verb_qualifier
        quantity.qualifier = qualifier
        quantity.start = min(quantity.start, start)
        quantity.low, quantity.best, quantity.high = bounds(qualifier, quantity.value)
    if (
        harm_head is not None
        and quantity.noun == harm_head.i
        and harm_head.lemma_.lower() not in (lex.victim_harm_nouns)
    ):
        quantity.noun = None  # "six deaths": no victim noun
    if quantity.kind == "none":
        owner = _owner(token)
        quantity.noun = owner.i if owner is not None else None
    mention = Mention(trigger.type, quantity, trigger, group, trigger.priority, group.relation)
    mention.also = also  # "a bystander was also injured"
    mention.superseded = group.superseded  # "rose from four to eleven": four
    return mention


def _owner(noun: Token) -> Token | None:
    """Who suffers an unquantified harm: "Russian troops are suffering heavy losses",
    "inflicted heavy losses on the enemy"."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in _children(verb, "prep"):
        if prep.lower_ in ("on", "among"):
            objects = _children(prep, "pobj")
            if objects:
                return objects[0]
    subjects = [s for s in _subjects(verb) if s != noun]
    return subjects[0] if subjects and noun.dep_ == "dobj" else None


def _unquantified(noun: Token, lex: CasualtyLexicon) -> Quantity | None:
    """ "heavy losses", "casualties": qualifier none, no bounds."""
    if noun.lemma_.lower() not in lex.unquantified:
        return None
    start = min(
        [
            noun.i,
            *(
                c.left_edge.i
                for c in noun.children
                if c.dep_ in ("amod", "compound") and c.i < noun.i
            ),
        ]
    )
    return Quantity("none", None, None, None, None, None, start, noun.i + 1, kind="none")


def _subset_groups(mention: Mention, lex: CasualtyLexicon) -> list[Group]:
    """ "killing three, including a woman", "20 bodies, eleven women and nine men": parts of
    a group the parse attaches to it."""
    token = mention.group.token
    holders = [token]
    if mention.trigger.role in ("verb", "subject"):
        holders.append(mention.trigger.token)
    found: list[Group] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("including", "among"):
                found += [Group(t, "subset_of") for t in _expand_conj(_children(child, "pobj"))]
            elif child.dep_ == "appos" and holder == token and child.ent_type_ != "PERSON":
                if child.like_num and (_is_one(mention) or token.ent_type_ == "PERSON"):
                    continue  # "Eric Whitaker, 52, died": an age
                if any(t.lower_ in ("aged", "age", "ages") for t in child.subtree):
                    continue  # "five girls, all aged fifteen"
                if child.like_num and child.pos_ == "NUM":
                    continue  # "two of the boys, 14 and 15": ages
                if _has_quantity_child(child, lex):
                    found += [Group(t, "subset_of") for t in _expand_conj([child])]
    return found


def _is_one(mention: Mention) -> bool:
    return mention.quantity.value == 1


def _has_quantity_child(token: Token, lex: CasualtyLexicon) -> bool:
    return any(
        c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in lex.words.vague)
        for c in token.children
    )


def _collect(doc: Doc, lex: CasualtyLexicon, matchers: Matchers) -> list[Mention]:
    """Every mention the triggers find, one per count span (the strongest harm wins)."""
    triggers = triggers_of(doc, lex, matchers)
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for trigger in triggers:
        anchor = trigger.token
        if trigger.role in ("noun", "toll", "adj") and anchor.pos_ in ("NOUN", "PROPN"):
            clause = anchor.head if anchor.dep_ not in ("ROOT",) else anchor
        else:
            clause = anchor
        generic = generic_harm(trigger, lex)
        if is_unasserted(clause, lex) or generic == "hypothetical":
            continue
        pending = groups_of(trigger, lex)
        while pending:
            group = pending.pop(0)
            mention = _mention_for(trigger, group, lex)
            if mention is None:
                continue
            mention.habitual = generic == "habitual"
            key = (mention.quantity.start, mention.quantity.end)
            by_span.setdefault(key, []).append(mention)
            if group.relation is None:
                for sub in _subset_groups(mention, lex):
                    sub_mention = _mention_for(trigger, sub, lex)
                    if sub_mention is not None:
                        sub_mention.parent = mention
                        sub_key = (sub_mention.quantity.start, sub_mention.quantity.end)
                        by_span.setdefault(sub_key, []).append(sub_mention)
    mentions = [_merge(candidates, doc) for candidates in by_span.values()]
    return _drop_overlaps(sorted(mentions, key=lambda m: (m.quantity.start, -m.quantity.end)))


def _merge(candidates: list[Mention], doc: Doc) -> Mention:
    """One mention for one count span: the strongest harm; "killed or injured" is both."""
    best = min(candidates, key=lambda m: m.priority)
    types = {m.type for m in candidates if m.priority == best.priority}
    if {"killed", "injured"} <= types:
        triggers = [m.trigger.token for m in candidates]
        if any(c.dep_ == "cc" and c.lower_ == "or" for t in triggers for c in t.children):
            best.type = "killed_or_injured"
    relations = [m for m in candidates if m.relation]
    if relations and best.relation is None:
        best.relation, best.parent = relations[0].relation, relations[0].parent
    return best


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Of two overlapping count spans with the same type, keep the longer (the first in text
    order when equal); a weaker harm yields to a stronger one on the same words."""
    kept: list[Mention] = []
    for mention in mentions:
        clash = next(
            (
                k
                for k in kept
                if k.quantity.start < mention.quantity.end
                and mention.quantity.start < k.quantity.end
                and (k.type == mention.type or k.priority != mention.priority)
            ),
            None,
        )
        if clash is None:
            kept.append(mention)
        elif mention.priority < clash.priority or (
            mention.priority == clash.priority
            and mention.quantity.end - mention.quantity.start
            > clash.quantity.end - clash.quantity.start
        ):
            kept[kept.index(clash)] = mention
    return kept


# -- context -----------------------------------------------------------------------------------


def clause_span(harm: Token, count_start: int, count_end: int) -> tuple[int, int]:
    """Smallest clause around the harm word: its subtree without coordinated or adverbial
    clauses, stretched to cover the count phrase (token indices)."""
    start, end = harm.i, harm.i + 1
    stack = [harm]
    while stack:
        token = stack.pop()
        start, end = min(start, token.i), max(end, token.i + 1)
        for child in token.children:
            if child.dep_ in CLAUSE_BREAK_DEPS:
                continue
            if child.dep_ == "advmod" and child.i < count_start and child.i < harm.i:
                continue
            stack.append(child)
    start, end = min(start, count_start), max(end, count_end)
    doc = harm.doc
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def _clause_root(token: Token) -> Token:
    """The clause head above a harm word: above participles, coordinated verbs and the
    prepositions and nouns that hold it."""
    if token.pos_ in ("NOUN", "PROPN", "ADP", "ADJ", "NUM") and token.dep_ != "ROOT":
        token = token.head
    for _ in range(4):
        if token.dep_ in ("xcomp", "oprd", "acomp", "conj", "prep", "pobj", "acl", "amod", "dobj"):
            token = token.head
        else:
            break
    return token


def _governs(head: Token, token: Token) -> bool:
    """Whether `head` is `token` or one of its ancestors (at most six levels up)."""
    for _ in range(7):
        if token == head:
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _victim(mention: Mention, lex: CasualtyLexicon) -> tuple[int | None, int | None, str]:
    """(start, end) token indices of the victim noun with its modifiers, and its status."""
    words = lex.words
    quantity = mention.quantity
    doc = mention.group.token.doc
    if quantity.noun is None:
        return None, None, _status_of_span(doc, quantity.start, quantity.end, lex)
    noun = doc[quantity.noun]
    if noun.pos_ == "PRON" or noun.lower_ in lex.adjectives:
        return None, None, "unknown"  # "him", "four of the deceased"
    start = noun.i
    for child in noun.children:
        if child.i >= noun.i or child.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod"):
            continue
        if child.like_num or child.lower_ in words.vague or child.lower_ in words.additive:
            continue
        if words.numbers.ordinal(child.lower_) is not None:
            continue
        start = min(start, child.left_edge.i)
    while start < noun.i and (doc[start].is_punct or doc[start].dep_ in ("det", "cc")):
        start += 1
    end = noun.i + 1
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, noun_phrase_end(child))
    while end - 1 > noun.i and doc[end - 1].is_punct:
        end -= 1
    return start, end, _status_of_span(doc, start, end, lex, noun)


def _status_of_span(
    doc: Doc, start: int, end: int, lex: CasualtyLexicon, noun: Token | None = None
) -> str:
    """civilian, combatant or law_enforcement when the victim's words say so, else unknown."""
    words = lex.words
    text = " " + " ".join(t.lemma_.lower() for t in doc[start:end]) + " "
    for phrase, status in words.status_compounds.items():
        if f" {phrase} " in text:
            return status
    if noun is not None:
        for key in (noun.lemma_.lower(), noun.lower_):
            if key in words.victim_status:
                return words.victim_status[key]
    for token in doc[start:end]:
        lemma = token.lemma_.lower()
        if token.dep_ in ("compound", "pobj", "amod", "nmod") and lemma in words.victim_status:
            return words.victim_status[lemma]
        if (
            token.lower_ in words.infant_units
            and token.i + 2 < len(doc)
            and doc[token.i + 2].lower_ == "old"
        ):
            return "civilian"  # "a six-month-old baby"
    return "unknown"


def _scope_cues(doc: Doc, matchers: Matchers, lex: CasualtyLexicon) -> list[tuple[int, str]]:
    """(token index, scope) of the time-scope cues in `doc`; a rate ("a day") followed by
    "after" or "ago" is a point in time, not a rate."""
    out = []
    for match_id, start, end in matchers.scopes(doc):
        scope = doc.vocab.strings[match_id].lower()
        if scope == "periodic" and end < len(doc) and doc[end].lower_ in lex.rate_blockers:
            continue
        if scope == "periodic" and start > 0 and doc[start - 1].pos_ == "ADP":
            continue  # "for a day", "in a week"
        out.append((start, scope))
    return out


def _time_scope(
    mention: Mention,
    sent: Span,
    cues: list[tuple[int, str]],
    dates: list[tuple[Span, DateItem]],
    lex: CasualtyLexicon,
) -> str:
    """incident, cumulative ("since the war began", "so far this year", "in 2018", "killed in
    attacks") or periodic ("every day", "per year", "they kill taxi drivers")."""
    if mention.habitual:
        return "periodic"
    if mention.quantity.kind in ("indefinite", "definite", "named", "pronoun", "zero", "ordinal"):
        return "incident"  # one person, or nobody: an incident
    if mention.quantity.value == 1:
        return "incident"
    in_sentence = [scope for i, scope in cues if sent.start <= i < sent.end]
    for scope in ("periodic", "cumulative"):
        if scope in in_sentence:
            return scope
    anchor = mention.trigger.token
    root = _clause_root(anchor)
    has_day = coarse = governed_coarse = False
    for span, date in dates:
        if not (sent.start <= span.start < sent.end):
            continue
        if date["granularity"] in ("day", "time") or date["kind"] == "time":
            has_day = True
        elif date["granularity"] in lex.scope_date_granularities:
            if date["granularity"] == "duration" and not _over_a_period(span, lex):
                continue  # "trapped for hours", "thirteen hours later": not a tally
            if _in_comparison(span.root):
                continue  # "the deadliest day of fighting in several years"
            coarse = True
            # "In 2018, 750 people died", "168 homicides this year"; not "of the year" nor a
            # date in a relative clause ("the attacks, the worst in two years").
            if _in_clause(root, span.root) or _in_clause(anchor, span.root):
                governed_coarse = True
            elif span.root.dep_ == "nsubj":
                governed_coarse = True  # "2018 saw 750 deaths"
    if governed_coarse and _single_event(root, anchor, lex):
        return "incident"  # "earlier this year, an earthquake caused eleven deaths"
    aggregate = False
    for token in sent:
        if token.lower_ == "since" and (_governs(root, token) or _governs(anchor, token)):
            return "cumulative"  # "since 2015", "since the war began"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "in"
            and token.tag_ == "NNS"
            and token.lemma_.lower() in lex.aggregate_event_nouns
            and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
        ):
            aggregate = True  # "killed in attacks last month"
    if governed_coarse or (coarse and (aggregate or not has_day)):
        return "cumulative"
    return "incident"


def _in_comparison(token: Token) -> bool:
    """Whether a date belongs to a superlative ("the deadliest day in several years")."""
    for _ in range(6):
        if token.tag_ == "JJS" or any(c.tag_ == "JJS" for c in token.children):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _over_a_period(span: Span, lex: CasualtyLexicon) -> bool:
    """ "over the past two weeks", "in two years": a duration the figure is tallied over."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    words = {first.lower_, before.lower_ if before is not None else ""}
    return bool(words & lex.period_preps)


def _in_clause(head: Token, token: Token) -> bool:
    """Whether `token` is in the clause of `head`: `head` is its ancestor without a relative,
    adverbial or complement clause in between."""
    for _ in range(8):
        if token == head:
            return True
        if token.head == token or token.dep_ in (
            "relcl",
            "acl",
            "advcl",
            "ccomp",
            "parataxis",
            "appos",
        ):
            return False
        token = token.head
    return False


def _single_event(root: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm's clause names one event ("an earthquake", "the attack") as its cause."""
    for head in {root, anchor}:
        for token in head.subtree:
            if (
                token.lemma_.lower() in lex.event_nouns
                and token.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children)
                and _in_clause(head, token)
            ):
                return True
    return False


def _date_spans(doc: Doc, dates: list[DateItem]) -> list[tuple[Span, DateItem]]:
    out = []
    for date in dates:
        span = doc.char_span(date["start"], date["end"], alignment_mode="expand")
        if span is not None:
            out.append((span, date))
    return out


def _is_day(date: DateItem, published: str | None) -> bool:
    return (
        date["granularity"] in ("day", "time")
        and bool(date["resolved_start"])
        and (published is None or date["resolved_start"] <= published)
    )


def _event_date(
    mention: Mention, sent: Span, dates: list[tuple[Span, DateItem]], published: str | None
) -> tuple[str | None, bool]:
    """(the day of the harm its sentence gives, whether the sentence names a date at all).

    A toll's verb carries the day the toll was reported ("rose to 22 on Monday"): only a date
    inside the toll's own phrase ("the toll from Sunday's attack") is the incident's."""
    in_sentence = [(s, d) for s, d in dates if sent.start <= s.start < sent.end]
    if mention.trigger.role == "toll":
        toll = mention.trigger.token
        in_sentence = [(s, d) for s, d in in_sentence if _governs(toll, s.root)]
    if not in_sentence:
        return None, False
    days = [(s, d) for s, d in in_sentence if _is_day(d, published)]
    anchor = mention.trigger.token
    root = _clause_root(anchor)
    if not days:
        # "was killed last August": a month or year the harm's clause names, not a day. A
        # participle ("..., killing about 100") belongs to the clause it follows.
        heads = [root, anchor]
        if root.dep_ == "advcl" and root.tag_ == "VBG":
            heads.append(root.head)
        known = any(
            d["granularity"] not in ("unknown", "duration", "set")
            and d["kind"] == "date"
            and any(_in_clause(h, s.root) for h in heads)
            for s, d in in_sentence
        )
        return None, known
    governed = [(s, d) for s, d in days if _governs(root, s.root) or _governs(anchor, s.root)]
    chosen = governed or sorted(days, key=lambda sd: abs(sd[0].start - anchor.i))
    return chosen[0][1]["resolved_start"], True


def _entity_tokens(doc: Doc, entities: list[EntityItem]) -> dict[int, EntityItem]:
    """Token index -> the person or place entity it belongs to."""
    out: dict[int, EntityItem] = {}
    for entity in entities:
        if entity["label"] not in PLACE_LABELS and entity["label"] != "PERSON":
            continue
        span = doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            out[token.i] = entity
    return out


def _locatives(
    sent: Span, places: dict[int, EntityItem], lex: CasualtyLexicon
) -> list[tuple[Token, int, int]]:
    """(preposition, start, end) of each locative phrase of the sentence that holds a place
    name ("in the Gaza Strip"); the phrase stops before a relative clause."""
    out = []
    for token in sent:
        if token.dep_ != "prep" or token.lower_ not in lex.locative_preps:
            continue
        for obj in _children(token, "pobj"):
            if any(t.i in places and places[t.i]["label"] in PLACE_LABELS for t in obj.subtree):
                start, end = obj.left_edge.i, noun_phrase_end(obj)
                for child in obj.children:
                    if child.dep_ == "appos" and child.i > obj.i and child.i in places:
                        end = max(end, noun_phrase_end(child))  # "El Paso, Texas"
                if end > start:
                    out.append((token, start, end))
    return out


def _location(
    mention: Mention, locatives: list[tuple[Token, int, int]]
) -> tuple[tuple[int, int] | None, bool]:
    """The place the harm's clause names: the locative phrase of the figure itself ("about 19
    in Greece"), else the one the harm governs, else the nearest one in its sentence; and
    whether the clause governs it."""
    anchor = mention.trigger.token
    group = mention.group.token
    root = _clause_root(anchor)
    best: tuple[int, tuple[int, int], bool] | None = None
    for prep, start, end in locatives:
        if not (anchor.sent.start <= prep.i < anchor.sent.end):
            continue
        own = prep.head == group
        # The clause's own place hangs on its verb or group, not inside another phrase ("taken
        # to a hospital in San Pablo" names where the victim went, not where the harm was).
        governed = own or prep.head in (root, anchor)
        distance = abs(prep.i - anchor.i) - (1000 if governed else 0) - (1000 if own else 0)
        if best is None or distance < best[0]:
            best = (distance, (start, end), governed)
    return (best[1], best[2]) if best else (None, False)


def _voice(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """Who states the figure: the subject of the speech verb above it, or "according to X";
    None for the author's voice."""
    token = mention.trigger.token
    for _ in range(8):
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.speech_verbs:
            subjects = _children(token, "nsubj")
            if subjects:
                return subjects[0].lemma_.lower()
        if token.head == token:
            break
        token = token.head
    return None


def _according_to(sent: Span) -> str | None:
    """The source of "according to X" in a sentence."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            objects = [o for o in t.doc[t.i + 1].children if o.dep_ == "pobj"]
            objects += [o for c in t.children for o in c.children if o.dep_ == "pobj"]
            if objects:
                return objects[0].lemma_.lower()
    return None


@dataclasses.dataclass
class _Sentence:
    """What the context of every mention in one sentence shares, read once."""

    locatives: list[tuple[Token, int, int]]
    according_to: str | None
    separate: bool
    updates: bool

    @classmethod
    def of(cls, sent: Span, places: dict[int, EntityItem], lex: CasualtyLexicon) -> _Sentence:
        return cls(
            _locatives(sent, places, lex),
            _according_to(sent),
            _separate_incident(sent, lex),
            any(t.lemma_.lower() in lex.update_words for t in sent),
        )


def _separate_incident(sent: Span, lex: CasualtyLexicon) -> bool:
    """ "In a separate attack", "another shooting": the sentence is about another incident."""
    return any(
        t.lower_ in lex.separate_incident_words
        and t.dep_ in ("amod", "det")
        and t.head.lemma_.lower() in lex.event_nouns
        and t.head.tag_ == "NN"  # "in separate shootings" sums several incidents
        for t in sent
    )


# -- relations ---------------------------------------------------------------------------------

SINGULAR_KINDS = frozenset({"indefinite", "definite", "named", "pronoun", "ordinal"})
HARM_TYPES = frozenset({"injured", "killed", "killed_or_injured"})


def _is_singular(mention: Mention) -> bool:
    return mention.quantity.value == 1 and mention.quantity.kind in SINGULAR_KINDS | {"numeric"}


def _is_person(mention: Mention) -> bool:
    """One person named or described ("a man", "the victim", "John Smith", "he"), not "one"."""
    return mention.quantity.value == 1 and mention.quantity.kind in SINGULAR_KINDS


def _size(quantity: Quantity, low_first: bool) -> int | None:
    first, second = (quantity.low, quantity.best) if low_first else (quantity.best, quantity.low)
    return first if first is not None else second


def _same_incident(earlier: Mention, later: Mention) -> bool:
    """False when the two mentions are about different incidents: other towns, a month or
    year against an incident day, or a sentence that says so ("in a separate attack"). Two
    different days are not enough: a report's days are often those of the inquiry."""
    if later.separate:
        return False
    if later.date_known and not later.event_date and earlier.event_date:
        return False  # "in August 2018" against an incident day
    # "in El Paso" and "in Gilroy"
    return not (earlier.places and later.places and not earlier.places & later.places)


def _compatible(earlier: Mention, later: Mention) -> bool:
    """Whether a later mention may speak of the same people as an earlier one."""
    if earlier.type == later.type:
        return True
    return earlier.type in HARM_TYPES and later.type in HARM_TYPES


REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _people(mentions: list[Mention]) -> list[Mention]:
    """The distinct single people among `mentions` (each person's current mention)."""
    out: list[Mention] = []
    for mention in mentions:
        if _is_singular(mention):
            person = _canonical(mention)
            if person not in out:
                out.append(person)
    return out


def _gender(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """ "male" or "female" when a pronoun or the victim noun says so ("he", "the girl")."""
    q = mention.quantity
    token = mention.group.token if q.noun is None else mention.group.token.doc[q.noun]
    word = token.lower_ if token.pos_ == "PRON" else token.lemma_.lower()
    return lex.words.genders.get(word)


def _link_person(mention: Mention, earlier: list[Mention], lex: CasualtyLexicon) -> Mention | None:
    """The earlier mention one person's mention speaks of, or None for someone new.

    The same name; a pronoun or "the victim" for the last person harmed (of a gender that
    fits); "the boy" for an earlier boy; while the article has harmed only one person, any
    description of one person of the same harm ("a 2-year-old child", "his sister") and a first
    name given to an unnamed victim ("a man was killed ... John Smith died"). People named in
    one clause are different people ("a mother and her child"); a reflexive is its clause's
    subject ("he killed the boy and himself": someone new)."""
    q = mention.quantity
    doc = mention.group.token.doc
    if q.additive or q.kind == "ordinal":
        return None  # "another person", "a fifth person": someone new
    trigger = mention.trigger.token
    if mention.group.token.lower_ in REFLEXIVES:
        reflexives = [e for e in earlier if e.group.token.lower_ in REFLEXIVES]
        if reflexives and _compatible(reflexives[-1], mention):
            return reflexives[-1]  # "killed himself ... turned the gun on himself"
        killer = _killer(mention, earlier)
        if killer is not None:
            # "he killed the boy and himself": the reflexive is the killer, already harmed
            # ("Travis Carnez was also found dead") or someone new.
            names = {killer.lower_} | {
                c.lower_ for c in killer.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
            }
            for other in earlier:
                noun = other.quantity.noun
                if other.quantity.start <= killer.i < other.quantity.end or (
                    noun is not None
                    and other.quantity.kind == "named"
                    and doc[noun].lower_ in names
                ):
                    return other
            return None
    singles = [
        e
        for e in earlier
        if _is_singular(e) and _compatible(e, mention) and e.trigger.token != trigger
    ]
    gender = _gender(mention, lex)
    if gender is not None:
        singles = [e for e in singles if _gender(e, lex) in (None, gender)]
    if not singles:
        return None
    people = _people(singles)
    alone = _alone(people, mention)
    if q.kind == "named":
        named = [e for e in singles if e.quantity.kind == "named" and _same_name(e, mention)]
        if named:
            return named[-1]  # "15-year-old Braxton Bourda ... Bourda"
    if mention.referent is not None:
        same = [e for e in singles if e.referent == mention.referent]
        if same:
            return same[-1]
        if any(e.quantity.kind == "named" and e.type == mention.type for e in people):
            return None  # another name: another person
        unnamed = [p for p in people if p.group.token.lower_ not in REFLEXIVES]
        if alone is None and len(unnamed) == 1:
            alone = unnamed[0]  # the only person harmed so far: "Johnson was taken to hospital"
        if alone is not None and alone.quantity.kind not in ("pronoun", "named"):
            return alone  # "a man was killed ... John Smith died"
        return None
    if q.kind == "pronoun":
        return None if mention.also else singles[-1]
    if q.kind not in ("definite", "indefinite", "named") or q.noun is None:
        return None
    noun = doc[q.noun]
    lemma = noun.lemma_.lower()
    # In one sentence, two descriptions are two people ("killed a boy and wounded his father").
    elsewhere = [c for c in singles if c.trigger.token.sent.start != trigger.sent.start]
    candidates = elsewhere if q.kind == "indefinite" else singles
    age = _age(mention)
    candidates = [c for c in candidates if _age(c) in (None, age) or age is None]
    singles = [c for c in singles if _age(c) in (None, age) or age is None]
    if age is not None and q.kind == "definite":
        same_age = [c for c in singles if _age(c) == age]
        if same_age:
            return same_age[-1]  # "a 17-year-old boy ... the 17-year-old"
    for candidate in reversed(candidates):
        other = candidate.quantity.noun
        if other is not None and doc[other].lemma_.lower() == lemma:
            return candidate  # "a boy ... the boy"
    if mention.also:
        return None  # "a bystander was also injured": someone besides them
    if q.kind == "definite" and lemma in lex.words.anaphoric:
        return singles[-1]  # "the victim", "the man"
    candidates = elsewhere
    if alone is not None and alone in [_canonical(c) for c in candidates]:
        return alone  # one victim so far: "his sister", "a 2-year-old child"
    return None


def _age(mention: Mention) -> int | None:
    """The age a description gives ("a 7-year-old girl": 7): two ages, two people."""
    doc = mention.group.token.doc
    q = mention.quantity
    for token in doc[q.start : q.end]:
        if (
            token.like_num
            and token.i + 2 < len(doc)
            and doc[token.i + 1].text == "-"
            and doc[token.i + 2].lower_ in ("year", "month", "week", "day")
        ):
            return int(token.text) if token.text.isdigit() else None
    return None


def _killer(reflexive: Mention, earlier: list[Mention]) -> Token | None:
    """ "he killed the boy and himself", "shot his wife before turning the gun on himself": the
    reflexive's subject harmed someone else, so the reflexive is that killer (returned: the
    word naming him, or the reflexive's own subject), not an earlier victim."""
    verb = reflexive.trigger.token
    subject = next(iter(_subjects(verb)), None)
    sentence = verb.sent.start
    for other in earlier:
        other_verb = other.trigger.token
        if other.group.token.lower_ in REFLEXIVES:
            continue
        agent = _agent(other_verb)
        if other.type == "killed" and agent is not None:
            return agent  # "X was killed by her ex-boyfriend ... he killed himself"
        if other_verb.sent.start != sentence:
            continue
        if other_verb == verb:
            return subject or verb  # one verb, two objects
        if _is_passive(other_verb):
            continue
        agent = next(iter(_subjects(other_verb)), None)
        if agent is not None and subject is not None and agent == subject:
            return subject
    return None


def _agent(verb: Token) -> Token | None:
    """The person who did the harm: "shot and killed by her ex-boyfriend, Travis", "the gunman
    shot ..."."""
    if _is_passive(verb):
        verbs = [verb, *_children(verb, "conj")]
        if verb.dep_ == "conj":
            verbs.append(verb.head)
        for each in verbs:
            for agent in _children(each, "agent"):
                for obj in _children(agent, "pobj"):
                    if obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in ("man", "woman"):
                        return obj
                    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children):
                        return obj
        return None
    if not _children(verb, "dobj"):
        return None  # "he died": the subject is the victim
    for subject in _children(verb, "nsubj"):
        if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ == "PERSON":
            return subject
    return None


def _same_name(a: Mention, b: Mention) -> bool:
    """Whether two named mentions share the name's last word ("Braxton Bourda", "Bourda")."""
    doc = a.group.token.doc
    names = []
    for m in (a, b):
        noun = m.quantity.noun
        if noun is None:
            return False
        names.append(doc[noun].lower_)
    return names[0] == names[1]


def _alone(people: list[Mention], mention: Mention) -> Mention | None:
    """The only person harmed so far who can be the one `mention` speaks of: the only one with
    the same harm, or, for a shooting told after a death, the only one killed."""
    same = [p for p in people if p.type == mention.type]
    if len(same) == 1:
        return same[0]
    if not same and mention.type in ("injured", "killed_or_injured") and mention.trigger.mechanism:
        killed = [p for p in people if p.type == "killed"]
        if len(killed) == 1 and len(people) == 1:
            return killed[0]  # "X was killed ... X was shot in the head"
    return None


def relate(mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """subset_of / same_as / update_of / conflicts_with and counts_toward_total, in text
    order, by the contract: subsets, repeats, superseded figures, rates and cumulative
    figures do not count; of conflicting figures the first stated counts."""
    for i, mention in enumerate(mentions):
        if mention.superseded:
            mention.counts = False
            if not mention.group.update and mention.updated_by is None:
                # "at least 20 were killed ... This revised downwards an earlier toll of 27".
                newer = _last_counted(
                    [e for e in mentions[:i] if e.time_scope == "incident"], mention.type
                )
                if newer is not None and newer.relation is None:
                    newer.relation, newer.related, mention.updated_by = "update_of", mention, newer
            continue
        if mention.time_scope != "incident":
            mention.counts = False
            if mention.relation == "subset_of" and mention.parent is not None:
                mention.related = mention.parent
            continue
        before = [e for e in mentions[:i] if e.time_scope == "incident"]
        earlier = [e for e in before if _same_incident(e, mention)]
        if mention.relation == "subset_of":
            parent = mention.parent or _last_counted(earlier, mention.type)
            if parent is not None:
                mention.related, mention.counts = parent, False
            else:
                mention.relation = None
            continue
        if mention.group.update:
            previous = [e for e in mentions[:i] if e.superseded and e.type == mention.type]
            if previous:
                mention.relation, mention.related = "update_of", previous[-1]
                continue
        if _is_person(mention):
            # One person: the same person as before (a name, "the victim", "he"), one of an
            # earlier group, or someone new.
            group = _last_group(earlier, mention)
            person = _link_person(mention, before, lex)
            if (
                person is not None
                and group is not None
                and mention.quantity.kind == "named"
                and (person.referent is None or person.referent != mention.referent)
            ):
                person = None  # "two teens were killed ... John Smith died": one of them
            if person is not None:
                _relate_person(mention, person)
                continue
            group = _last_group(earlier, mention)
            if mention.also:
                group = None  # "a bystander was also injured": besides them
            if group is not None and (not mention.quantity.additive or _room(group, mentions) >= 1):
                # "... two women were wounded. Another man was shot in the leg": one of them
                # while the group has people not yet described.
                mention.relation, mention.related, mention.counts = "subset_of", group, False
            continue
        if mention.quantity.kind == "pronoun":
            _relate_pronoun(mention, earlier)
            continue
        trigger = mention.trigger.token
        same_type = [
            e for e in earlier if e.type == mention.type and e.counts and e.trigger.token != trigger
        ]
        groups = [e for e in same_type if not _is_person(e)]
        if groups:
            _relate_figures(mention, groups[-1], same_type, mentions, lex)
        if mention.counts and not mention.quantity.additive:
            _absorb_people(mention, [e for e in same_type if _is_person(e)])


def _room(group: Mention, mentions: list[Mention]) -> int:
    """How many of a group's people no part of it has described yet."""
    size = _size(group.quantity, low_first=True) or 0
    parts = [m for m in mentions if m.related is group and m.relation == "subset_of"]
    return size - sum(_size(m.quantity, low_first=True) or 1 for m in parts)


def _relate_pronoun(mention: Mention, earlier: list[Mention]) -> None:
    """ "they", "them": the people last mentioned with a compatible harm, else a new group."""
    previous = [e for e in earlier if _compatible(e, mention) and e.quantity.kind != "zero"]
    same = [e for e in previous if e.type == mention.type]
    pools = (
        [e for e in same if not _is_singular(e)],
        same,
        [e for e in previous if not _is_singular(e)],
        previous,
    )
    target = next((pool[-1] for pool in pools if pool), None)
    if target is not None:
        target = _canonical(target)
        mention.relation, mention.related, mention.counts = "same_as", target, False


def _absorb_people(group: Mention, people: list[Mention]) -> None:
    """ "my brother was shot ... 19 were taken to hospitals": people named before a figure for
    the same harm are part of it (when it is large enough to hold them)."""
    size = _size(group.quantity, low_first=True)
    if not people or size is None or group.quantity.kind in ("zero", "none", "plural"):
        return
    if len(people) <= size:
        for person in people:
            person.relation, person.related, person.counts = "subset_of", group, False


def _last_counted(earlier: list[Mention], type_: str) -> Mention | None:
    counted = [e for e in earlier if e.type == type_ and e.counts]
    return counted[-1] if counted else None


def _last_group(earlier: list[Mention], mention: Mention) -> Mention | None:
    groups = [
        e
        for e in earlier
        if e.type == mention.type
        and e.counts
        and not _is_singular(e)
        and e.quantity.kind not in ("none", "zero")
    ]
    return groups[-1] if groups else None


def _canonical(mention: Mention) -> Mention:
    """The mention that currently counts for the people `mention` speaks of: through repeats
    to the first statement, and through revisions to the latest."""
    seen = set()
    while id(mention) not in seen:
        seen.add(id(mention))
        if mention.relation == "same_as" and mention.related is not None:
            mention = mention.related
        elif mention.superseded and mention.updated_by is not None:
            mention = mention.updated_by
        else:
            break
    return mention


def _relate_person(mention: Mention, person: Mention) -> None:
    person = _canonical(person)
    if mention.type == "killed" and person.type in ("injured", "killed_or_injured"):
        # "A man was shot ... he died": the later figure revises the earlier one.
        person.counts, person.superseded, person.updated_by = False, True, mention
        mention.relation, mention.related = "update_of", person
    else:
        mention.relation, mention.related, mention.counts = "same_as", person, False


def _relate_figures(
    mention: Mention,
    first: Mention,
    counted: list[Mention],
    mentions: list[Mention],
    lex: CasualtyLexicon,
) -> None:
    """A later figure for the same harm as the last counted group (`first`); `counted` holds
    every counted figure of that harm before it."""
    q, f = mention.quantity, first.quantity
    if q.kind == "zero":
        return  # "no injuries" is never part of an earlier figure
    if q.kind == "none" or f.kind == "none":
        if q.kind == "none":
            mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    if f.qualifier == "vague" and q.qualifier == "vague":
        # "others were trapped ... still people under the rubble": a bare plural names some of
        # the group; a quantity word restates it ("dozens of occupants").
        relation = "subset_of" if q.kind == "plural" or q.partitive else "same_as"
        mention.relation, mention.related, mention.counts = relation, first, False
        return
    if f.qualifier == "vague":
        relation = "subset_of" if _is_singular(mention) or q.partitive else "same_as"
        mention.relation, mention.related, mention.counts = relation, first, False
        return
    if q.qualifier == "vague":
        relation = "subset_of" if q.partitive or q.kind == "plural" else "same_as"
        mention.relation, mention.related, mention.counts = relation, first, False
        return
    if _other_people(mention, first, lex):
        return  # "two teenage girls and two men": other people, not a repeat
    if q.value == f.value and q.value_upper == f.value_upper:
        mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    later, earlier = _size(q, low_first=False), _size(f, low_first=True)
    if later is None or earlier is None:
        return
    if q.additive:
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in mention.group.token.children)
        if not q.partitive and not definite and _room(first, mentions) < later:
            return  # "two were killed ... three more died": a new group (not "the other two")
        mention.relation, mention.related, mention.counts = "subset_of", first, False
        return
    if q.partitive or later < earlier:
        mention.relation, mention.related, mention.counts = "subset_of", first, False
        return
    total = sum(_size(m.quantity, low_first=False) or 0 for m in counted)
    if len(counted) > 1 and later == total:
        # "two girls and two men were shot ... all four were taken to hospital"
        mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    if mention.group.update or mention.updates or mention.voice == first.voice:
        mention.relation, mention.related = "update_of", first
        first.counts, first.superseded, first.updated_by = False, True, mention
        return
    mention.relation, mention.related, mention.counts = "conflicts_with", first, False


def _other_nouns(a: Mention, b: Mention) -> bool:
    """Whether two mentions name their people with different nouns ("teens", "guards")."""
    doc = a.group.token.doc
    if a.quantity.noun is None or b.quantity.noun is None:
        return False
    return doc[a.quantity.noun].lemma_.lower() != doc[b.quantity.noun].lemma_.lower()


def _other_people(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether two figures name different kinds of people ("girls" and "men")."""
    if mention.quantity.partitive:
        return False  # "one of those patients" is one of them
    doc = mention.group.token.doc
    nouns = []
    for m in (mention, first):
        noun = m.quantity.noun
        lemma = doc[noun].lemma_.lower() if noun is not None else None
        if lemma is None or lemma in lex.words.generic or lemma in lex.words.anaphoric_groups:
            return False
        nouns.append(lemma)
    return nouns[0] != nouns[1]


def _resolve_mechanism(mentions: list[Mention]) -> None:
    """ "shot five people" where people died in the same incident: the same people when a death
    toll gives their number, else the killed and the injured together."""
    killed = [m for m in mentions if m.type == "killed" and m.time_scope == "incident"]
    for mention in mentions:
        if not mention.trigger.mechanism or mention.type != "injured":
            continue
        if _is_singular(mention) or mention.quantity.kind not in ("numeric", "vague", "plural"):
            continue
        same_incident = [
            k for k in killed if _same_incident(k, mention) and _same_incident(mention, k)
        ]
        if not same_incident:
            continue
        value = mention.quantity.value
        if value is not None and any(
            k.quantity.value == value and not _other_nouns(k, mention) for k in same_incident
        ):
            mention.type = "killed"  # "two were killed ... both were shot in the head"
        else:
            mention.type = "killed_or_injured"


# -- the whole article -------------------------------------------------------------------------


def find_casualties(doc: Doc, lex: CasualtyLexicon, matchers: Matchers) -> list[CasualtyItem]:
    """Every casualty mention in `doc`, with context, relations and counts_toward_total.

    Reads the parse, `Doc._.news_dates`, `Doc._.news_entities` and `Doc._.news_published`;
    returns items with character offsets into `doc.text`."""
    mentions = _collect(doc, lex, matchers)
    if not mentions:
        return []
    dates = _date_spans(doc, doc._.news_dates or [])
    entities = _entity_tokens(doc, doc._.news_entities or [])
    cues = _scope_cues(doc, matchers, lex)
    published = doc._.news_published
    sentences: dict[int, _Sentence] = {}
    for mention in mentions:
        sent = mention.trigger.token.sent
        if sent.start not in sentences:
            sentences[sent.start] = _Sentence.of(sent, entities, lex)
        facts = sentences[sent.start]
        mention.time_scope = _time_scope(mention, sent, cues, dates, lex)
        mention.event_date, mention.date_known = _event_date(mention, sent, dates, published)
        mention.location, governed = _location(mention, facts.locatives)
        if mention.location is not None:
            start, end = mention.location
            mention.location_text = doc[start:end].text
            if governed:  # only a place the clause names tells incidents apart
                mention.places = frozenset(
                    entities[i]["cluster_id"]
                    for i in range(start, end)
                    if i in entities and entities[i]["label"] == "GPE"
                )
        mention.voice = _voice(mention, lex) or facts.according_to
        mention.separate = facts.separate
        mention.updates = facts.updates
        mention.referent = _referent(mention, entities)
    _carry_dates(mentions, dates, published)
    _resolve_mechanism(mentions)
    relate(mentions, lex)
    _inherit_dates(mentions)
    for number, mention in enumerate(mentions, start=1):
        mention.id = f"C{number}"
    return [_item(m, lex) for m in mentions]


def _referent(mention: Mention, entities: dict[int, EntityItem]) -> str | None:
    """The PERSON cluster of a named victim ("John Smith", "the victim, Diego Rodriguez")."""
    noun = mention.quantity.noun
    if noun is None:
        return None
    token = mention.group.token.doc[noun]
    for candidate in (token, *(c for c in token.children if c.dep_ == "appos")):
        entity = entities.get(candidate.i)
        if entity is not None and entity["label"] == "PERSON":
            return entity["cluster_id"]
    return None


def _carry_dates(
    mentions: list[Mention], dates: list[tuple[Span, DateItem]], published: str | None
) -> None:
    """The incident date of mentions whose sentence gives none: the article's incident date
    (the first one a harm's sentence states, else the lead's first day). Cumulative and
    periodic figures have no event date."""
    first = next(
        (m.event_date for m in mentions if m.event_date and m.time_scope == "incident"), None
    )
    if first is None and dates:
        # The lead's first day ("on Sunday") dates the incident the article reports.
        doc = dates[0][0].doc
        lead_end = next((s.end for i, s in enumerate(doc.sents) if i == 1), len(doc))
        days = [
            d["resolved_start"] for s, d in dates if s.start < lead_end and _is_day(d, published)
        ]
        first = days[0] if days else None
    for mention in mentions:
        if mention.time_scope != "incident":
            mention.event_date = None
        elif not mention.event_date and not mention.date_known:
            mention.event_date = first


def _inherit_dates(mentions: list[Mention]) -> None:
    """A repeat, part or revision of an earlier figure happened when that figure's incident did:
    "the toll rose to 22 on Monday" dates the toll, not the shooting."""
    for mention in mentions:
        if mention.related is None or mention.time_scope != "incident":
            continue
        root = mention.related
        seen = {id(mention)}
        while root.related is not None and id(root) not in seen:
            seen.add(id(root))
            root = root.related
        if root.event_date and (not mention.event_date or mention.event_date > root.event_date):
            mention.event_date = root.event_date


def _item(mention: Mention, lex: CasualtyLexicon) -> CasualtyItem:
    doc = mention.group.token.doc
    q = mention.quantity
    start, end = q.start, q.end
    # Leave out the generic noun: "at least 13" of "at least 13 people".
    if end - start > 1 and doc[end - 1].lower_ in lex.words.generic and q.kind == "numeric":
        end -= 1
    harm = mention.trigger.token
    m_start, m_end = clause_span(harm, start, end)
    v_start, v_end, status = _victim(mention, lex)
    location = mention.location
    related = mention.related
    return CasualtyItem(
        id=mention.id,
        type=mention.type,
        qualifier=q.qualifier,
        value=q.value,
        value_upper=q.value_upper,
        low=q.low,
        best=q.best,
        high=q.high,
        count_start=doc[start].idx,
        count_end=doc[end - 1].idx + len(doc[end - 1]),
        mention_start=doc[m_start].idx,
        mention_end=doc[m_end - 1].idx + len(doc[m_end - 1]),
        victim_start=doc[v_start].idx if v_start is not None else None,
        victim_end=doc[v_end - 1].idx + len(doc[v_end - 1]) if v_end is not None else None,
        victim_status=status,
        negated=q.negated,
        time_scope=mention.time_scope,
        relation=mention.relation if related is not None else None,
        related_id=related.id if related is not None else None,
        counts_toward_total=mention.counts,
        event_date=mention.event_date,
        location_start=doc[location[0]].idx if location else None,
        location_end=doc[location[1] - 1].idx + len(doc[location[1] - 1]) if location else None,
    )
