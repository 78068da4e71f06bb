"""news_attribute_ruler: the model's attribute ruler, same rules, matched through an index.

spaCy's `AttributeRuler` runs its `Matcher` with every pattern over every token: with the 180
tag-map and exception rules of the English pipelines that is about a sixth of the model's whole
time, more than its tagger and parser together. Almost all of those rules test one token
against fixed values ("TAG is VBZ and LOWER is 's"), so an index from those values to rules
finds the same matches for a few dictionary lookups per token. Rules the index cannot express
(several tokens, operators, extension attributes) stay in a `Matcher` of their own, and every
match is applied in the original order, so the tokens come out exactly as the stock component
leaves them (tests/test_attribute_ruler.py compares them on real news).

Whether a one-token rule matches a token depends only on the token's values of the attributes
the rules read, and news text repeats the same (word, tag, ...) rows all the time, so the
one-token rules matching a row are worked out once and remembered (a bounded cache); only rules
of several tokens are tried at each position.

`pipeline.load` swaps this in for a stock `attribute_ruler` and hands it the same patterns;
patterns, serialisation and scoring are the parent's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import DEP, ENT_TYPE, IS_SPACE, LEMMA, LOWER, NORM, ORTH, POS, SHAPE, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Token attributes an indexed rule may test, as the Matcher names them, with their array ids.
STRING_ATTRS = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "NORM": NORM,
    "SHAPE": SHAPE,
    "TAG": TAG,
    "POS": POS,
    "DEP": DEP,
    "LEMMA": LEMMA,
    "ENT_TYPE": ENT_TYPE,
}
FLAG_ATTRS = {"IS_SPACE": IS_SPACE}
ATTR_IDS = {**STRING_ATTRS, **FLAG_ATTRS}
#: Which attribute to index a rule by, when it tests several: the most selective first.
INDEX_PREFERENCE = ("ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "POS", "ENT_TYPE")
#: Bound on the cache of one-token matches, in distinct rows; it starts again when full.
MAX_CACHED_ROWS = 200_000


Test = tuple[int, Callable[[Any, Any, Any], bool], Any]


@dataclass
class Rule:
    """One fixed-length pattern: per token position, a conjunction of tests on its values."""

    attr_id: int  # the rule's number in the ruler (its matcher key), which orders application
    positions: list[list[Test]] = field(default_factory=list)

    def matches(self, table: list[list[int]], start: int, strings: Any) -> bool:
        if start + len(self.positions) > len(table):
            return False
        for offset, tests in enumerate(self.positions):
            row = table[start + offset]
            for column, test, expected in tests:
                if not test(row[column], expected, strings):
                    return False
        return True


def _eq(value: int, expected: int, strings: Any) -> bool:
    return value == expected


def _in(value: int, expected: frozenset[int], strings: Any) -> bool:
    return value in expected


def _not_in(value: int, expected: frozenset[int], strings: Any) -> bool:
    return value not in expected


def _regex(value: int, expected: re.Pattern[str], strings: Any) -> bool:
    return expected.search(strings[value]) is not None


def _string_ids(values: Iterable[Any]) -> frozenset[int]:
    return frozenset(get_string_id(v) for v in values)


def compile_token_spec(spec: dict[str, Any]) -> tuple[list[tuple[int, Any, Any]], dict] | None:
    """The tests of one token's pattern dict, as (attribute id, test, expected value), and
    the values each equality or membership test accepts (attribute name -> ids), which can
    index it; None when a test is not one of these exact forms (operators, extension
    attributes, lengths...), so the caller leaves the pattern to a Matcher."""
    tests: list[tuple[int, Any, Any]] = []
    keys: dict[str, frozenset[int]] = {}
    for raw_name, condition in spec.items():
        name = str(raw_name).upper()
        if name in FLAG_ATTRS:
            if not isinstance(condition, bool):
                return None
            tests.append((FLAG_ATTRS[name], _eq, int(condition)))
            keys[name] = frozenset({int(condition)})
            continue
        if name not in STRING_ATTRS:
            return None
        attr = STRING_ATTRS[name]
        if isinstance(condition, str):
            tests.append((attr, _eq, get_string_id(condition)))
            keys[name] = frozenset({get_string_id(condition)})
        elif isinstance(condition, dict) and len(condition) == 1:
            ((op, operand),) = condition.items()
            if op == "IN" and isinstance(operand, list):
                tests.append((attr, _in, _string_ids(operand)))
                keys[name] = _string_ids(operand)
            elif op == "NOT_IN" and isinstance(operand, list):
                tests.append((attr, _not_in, _string_ids(operand)))
            elif op == "REGEX" and isinstance(operand, str):
                tests.append((attr, _regex, re.compile(operand)))
            else:
                return None
        else:
            return None
    return tests, keys


def _first_matches(rule: Rule, row: tuple[int, ...], strings: Any) -> bool:
    """Whether a token with these values passes the tests of the rule's first token."""
    return all(test(row[column], expected, strings) for column, test, expected in rule.positions[0])


class IndexedAttributeRuler(AttributeRuler):
    """An `AttributeRuler` whose fixed-length rules are found through a value index."""

    def __init__(self, vocab: Any, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled: tuple[Any, ...] | None = None
        #: token row (the values of the attributes read) -> the one-token rules it matches
        self._row_matches: dict[tuple[int, ...], tuple[int, ...]] = {}

    def clear(self) -> None:
        super().clear()
        self._compiled = None
        self._row_matches = {}

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = None
        self._row_matches = {}

    def _compile(self) -> tuple[Any, ...]:
        """(attributes to read, then for the one-token rules and for the longer ones each an
        index: column -> first-token value -> rules, and the rules no value indexes; the
        Matcher of the patterns the index cannot express; each rule's match id)."""
        compiled: list[tuple[int, list[list[tuple[int, Any, Any]]], dict]] = []
        rest = Matcher(self.vocab, validate=False)
        for attr_id in range(len(self.attrs)):
            key = str(attr_id)
            _, patterns = self.matcher.get(key)
            leftovers = []
            for pattern in patterns:
                specs = [compile_token_spec(spec) for spec in pattern]
                if not pattern or any(spec is None for spec in specs):
                    leftovers.append(pattern)
                    continue
                compiled.append((attr_id, [tests for tests, _ in specs], specs[0][1]))
            if leftovers:
                rest.add(self.vocab.strings.add(key), leftovers)
        attrs = sorted(
            {a for _, positions, _ in compiled for tests in positions for a, _, _ in tests}
        )
        column_of = {a: i for i, a in enumerate(attrs)}
        # One index for the one-token rules (consulted once per distinct row, then cached)
        # and one for the longer rules (tried at every position).
        single: tuple[dict[int, dict[int, list[Rule]]], list[Rule]] = ({}, [])
        longer: tuple[dict[int, dict[int, list[Rule]]], list[Rule]] = ({}, [])
        for attr_id, positions, first_keys in compiled:
            rule = Rule(
                attr_id, [[(column_of[a], t, e) for a, t, e in tests] for tests in positions]
            )
            index, everywhere = single if len(positions) == 1 else longer
            key_name = next((n for n in (*INDEX_PREFERENCE, *FLAG_ATTRS) if n in first_keys), None)
            if key_name is None:
                everywhere.append(rule)
                continue
            by_value = index.setdefault(column_of[ATTR_IDS[key_name]], {})
            for value in first_keys[key_name]:
                by_value.setdefault(value, []).append(rule)
        # The match id of each rule, as the stock Matcher reports it (the key's string hash).
        match_ids = [self.vocab.strings[str(a)] for a in range(len(self.attrs))]
        return attrs, single, longer, (rest if len(rest) else None), match_ids

    def _row_entry(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[Rule, ...]]:
        """For a token with these values: the numbers of the one-token rules it matches, and
        the longer rules whose first token it matches (their other tokens are checked in
        place)."""
        _, single, longer, _, _ = self._compiled
        strings = self.vocab.strings
        entry = []
        for index, everywhere in (single, longer):
            found: dict[int, Rule] = {}
            for column, by_value in index.items():
                for rule in by_value.get(row[column], ()):
                    if _first_matches(rule, row, strings):
                        found[id(rule)] = rule
            for rule in everywhere:
                if _first_matches(rule, row, strings):
                    found[id(rule)] = rule
            entry.append(found.values())
        single_rules, longer_rules = entry
        return tuple(sorted({r.attr_id for r in single_rules})), tuple(longer_rules)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches the stock component's Matcher finds, sorted as it sorts them."""
        if self._compiled is None:
            self._compiled = self._compile()
            self._row_matches = {}
        attrs, _, _, rest, match_ids = self._compiled
        strings = self.vocab.strings
        matches: list[tuple[int, int, int, int]] = []
        if attrs and len(doc):
            table = list(map(tuple, doc.to_array(attrs).reshape(len(doc), len(attrs)).tolist()))
            cache = self._row_matches
            longer_found: set[tuple[int, int, int]] = set()
            for i, row in enumerate(table):
                entry = cache.get(row)
                if entry is None:
                    if len(cache) >= MAX_CACHED_ROWS:
                        cache.clear()
                    entry = cache[row] = self._row_entry(row)
                single_ids, longer_rules = entry
                for a in single_ids:
                    matches.append((a, match_ids[a], i, i + 1))
                for rule in longer_rules:
                    if rule.matches(table, i, strings):
                        longer_found.add((rule.attr_id, i, i + len(rule.positions)))
            matches += [(a, match_ids[a], start, end) for a, start, end in longer_found]
        if rest is not None:
            matches += [
                (int(strings[m_id]), m_id, start, end)
                for m_id, start, end in rest(doc, allow_missing=True, as_spans=False)
            ]
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """The parent's, without a Span per match: the rule's token is start + index (or
        end + index for a negative index), checked against the match as the parent checks."""
        for attr_id, match_id, start, end in matches:
            index = self.indices[attr_id]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                super().set_annotations(doc, [(attr_id, match_id, start, end)])  # its error
            set_token_attrs(doc[position], self.attrs[attr_id])


@Language.factory(
    "news_attribute_ruler",
    default_config={
        "validate": False,
        "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"},
    },
)
def make_indexed_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable | None
) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(
        nlp.vocab, name, validate=validate, scorer=scorer or attribute_ruler_score
    )


def use_indexed_attribute_ruler(nlp: Language) -> None:
    """Swap a stock `attribute_ruler` of `nlp` for the indexed one, with the same patterns."""
    for name, pipe in list(nlp.pipeline):
        if type(pipe) is AttributeRuler:
            patterns = pipe.patterns
            nlp.replace_pipe(name, "news_attribute_ruler", config={"validate": pipe.validate})
            nlp.get_pipe(name).add_patterns(patterns)
