"""Named entities made consistent per article, clustered, and placed on the map.

`find_entities(doc, lexicon)` reads the model's `doc.ents` and the Doc's tokens and returns one
`EntityItem` per mention, in four steps:

1. Mentions: the model's entities with their edges cleaned (a leading "the", a trailing "'s",
   numbers and lower-case words trimmed; split at line breaks and spaced dashes), plus rule
   spans the model missed (countries, large cities, admin regions, demonyms, international
   bodies, "Ministry of ..." patterns), plus later mentions of a name the article already
   gave (a surname after the full name; a headline in capitals).
2. Clusters: mentions of one real-world entity share a cluster: the same name, a surname or
   title + name of a longer PERSON, a spelling variant by a transliteration-aware key
   ("Sersky" / "Sirski" / "Syrskyi"), an acronym and its expansion ("NATO"), and places the
   gazetteer resolves to one GeoNames id ("Kiev" / "Kyiv", "Artemovsk" / "Bakhmut").
3. Labels: one label per cluster, from its mentions' votes: the model's label, the lexicons'
   (a country is GPE, a demonym NORP), and the context (a title before a name says PERSON;
   "in X" says a place).
4. Places: GPE/LOC/FAC clusters get a country code, a point and a GeoNames id from the
   gazetteer; an ambiguous name ("Paris", "Alexandria") goes to the candidate the article's
   other places support.

Everything here is a pure function of the Doc and the data loaded once in `EntityLexicon`.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LOWER,
    ORTH,
    POS,
    SPACY,
)
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..extensions import EntityItem

CONTRACT_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels whose names may end in a number ("World War II", "Boeing 747", "Terminal 2").
NUMBERED_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})
#: Labels whose names may end in a lower-case word ("Khurais oil field", "Treaty of Rome").
LOWER_TAIL_LABELS = frozenset({"FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
SPLIT_TOKENS = frozenset({"-", "\u2013", "\u2014", "|", "/"})
BRACKETS = frozenset({"(", ")", "[", "]"})
#: Vote weights: a lexicon entry that names the thing (a country, a demonym) outweighs the
#: model on a few mentions; context and smaller gazetteer hits only tip a close vote.
STRONG = 3.0
MEDIUM = 1.5
WEAK = 1.1
MODEL = 1.0
#: Towns below this population are chosen only when the article names their country.
SMALL_PLACE = 100000


# -- names and keys ------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents, curly apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A mention's name for comparing mentions: folded, no leading "the", no possessive."""
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.strip(" .,;:")


def translit_key(word: str, rules: Sequence[tuple[str, str]]) -> str:
    """A spelling-insensitive form of one word: "Syrskyi", "Sirski", "Sersky" -> close keys."""
    word = "".join(c for c in fold(word) if c.isalpha())
    for source, target in rules:
        word = word.replace(source, target)
    out = []
    for char in word:  # doubled letters are a spelling habit, not a different name
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


def skeleton(key: str) -> str:
    """First letter and consonants of a transliteration key: the block for comparing names."""
    return key[:1] + "".join(c for c in key[1:] if c not in "aeiou")


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similar_spelling(a: str, b: str) -> bool:
    """Two transliteration keys of one name: same skeleton, at most one or two edits apart,
    not a masculine/feminine pair ("Ivanov" / "Ivanova")."""
    if len(a) < 4 or len(b) < 4 or skeleton(a) != skeleton(b):
        return False
    if a + "a" == b or b + "a" == a:
        return False
    return edit_distance(a, b, 2) <= (1 if min(len(a), len(b)) < 6 else 2)


# -- the gazetteer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country_code: str
    latitude: float | None
    longitude: float | None
    population: int
    kind: str  # country, admin1, city
    admin1: str | None


class Gazetteer:
    """GeoNames places by name, from the two text files `build_gazetteer.py` writes.

    `places.tsv`: `id  name  country  lat  lon  population  kind  admin1`; `names.tsv`:
    `key  id,id,...` with keys made by `name_key`. Lines are parsed only when a name is looked
    up, so loading is two dict builds over the lines.
    """

    def __init__(self, places_text: str, names_text: str) -> None:
        self._rows: dict[int, str] = {}
        for line in places_text.splitlines():
            if line and not line.startswith("#"):
                gid, _, rest = line.partition("\t")
                self._rows[int(gid)] = rest
        self._names: dict[str, str] = {}
        for line in names_text.splitlines():
            if line and not line.startswith("#"):
                key, _, ids = line.partition("\t")
                self._names[key] = ids
        self._cache: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, geonames_id: int) -> Place | None:
        place = self._cache.get(geonames_id)
        if place is None:
            row = self._rows.get(geonames_id)
            if row is None:
                return None
            name, cc, lat, lon, pop, kind, admin1 = row.split("\t")
            place = Place(
                geonames_id,
                name,
                cc,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(pop or 0),
                kind,
                admin1 or None,
            )
            self._cache[geonames_id] = place
        return place

    def lookup(self, key: str) -> list[Place]:
        """Places whose name or other name has this `name_key`."""
        ids = self._names.get(key)
        if not ids:
            return []
        return [p for p in (self.place(int(i)) for i in ids.split(",")) if p is not None]


# -- the lexicon -------------------------------------------------------------------------------


class EntityLexicon:
    """Word lists, patterns and the gazetteer, compiled once (the stage's `_build`)."""

    def __init__(
        self,
        data: Mapping[str, Any],
        gazetteer: Gazetteer,
        vocab: Vocab,
        tokenize: Any = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.title_words = {w.lower() for w in data["title_words"]}
        self.title_stems = {w.rstrip(".") for w in self.title_words}
        self.name_titles = {w.lower() for w in data["name_titles"]}
        self.org_heads = {w.lower() for w in data["org_heads"]}
        self.the_names = {fold(w) for w in data["the_names"]}
        self.connectors = {w.lower() for w in data["connector_words"]}
        self.place_prepositions = {w.lower() for w in data["place_prepositions"]}
        self.region_words = {w.lower() for w in data["region_words"]}
        self.water_words = {w.lower() for w in data["water_words"]}
        self.min_pop_new = int(data["place_min_population_new"])
        self.min_pop_vote = int(data["place_min_population_vote"])
        self.translit_rules = [(a, b) for a, b in data["translit"]]
        #: folded demonym -> country code ("ukrainian" -> "UA").
        self.demonyms: dict[str, str] = {}
        for code, words in data["demonyms"].items():
            for word in words:
                self.demonyms[name_key(word)] = code
        self.norp_words = {name_key(w) for w in data["norp_words"]}
        self.org_names = {name_key(w): w for w in data["org_names"]}
        self.acronyms = {name_key(k): v for k, v in data["acronyms"].items()}
        self.org_heads_before_of = {w.lower() for w in data["org_heads_before_of"]}
        #: longest lexicon phrase, in words: bounds the sub-run search.
        self.max_words = max(
            [len(k.split()) for k in (*self.org_names, *self.demonyms, *self.norp_words)] + [4]
        )

    def lexicon_label(self, key: str, text: str) -> tuple[str | None, float]:
        """The label a word list gives this name, and how strongly."""
        if key in self.demonyms or key in self.norp_words:
            return "NORP", STRONG
        if key in self.org_names:
            entry = self.org_names[key]
            # Acronyms count only when written in capitals ("WHO", not "who").
            if entry.isupper() and not text.isupper():
                return None, 0.0
            return "ORG", STRONG
        return None, 0.0


# -- mentions ----------------------------------------------------------------------------------


@dataclass
class Mention:
    start: int  # token indexes, end exclusive
    end: int
    votes: Counter[str] = field(default_factory=Counter)
    from_model: bool = False
    key: str = ""
    text: str = ""
    cluster: int = -1


class TokenView:
    """The token attributes the stage reads, taken from the Doc once (Doc indexing is slow)."""

    def __init__(self, doc: Doc, lexicon: EntityLexicon) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array(
            [
                ORTH,
                LOWER,
                POS,
                IS_TITLE,
                IS_UPPER,
                IS_STOP,
                IS_ALPHA,
                SPACY,
                IS_PUNCT,
                IS_SPACE,
                IS_LOWER,
                IDX,
            ]
        )
        columns = rows.T.tolist() if len(doc) else [[] for _ in range(12)]
        self.text = [strings[h] for h in columns[0]]
        self.lower = [strings[h] for h in columns[1]]
        self.pos = [strings[h] for h in columns[2]]
        self.upper = [bool(v) for v in columns[4]]
        self.stop = [bool(v) for v in columns[5]]
        self.alpha = [bool(v) for v in columns[6]]
        self.ws = [" " if v else "" for v in columns[7]]
        self.punct = [bool(v) for v in columns[8]]
        self.space = [bool(v) for v in columns[9]]
        self.is_lower = [bool(v) for v in columns[10]]
        self.idx = columns[11]
        # IS_UPPER implies cased letters, so a capitalised or all-capitals token is a name word.
        self.name = [bool(t or u) for t, u in zip(columns[3], columns[4], strict=True)]
        self.runs = list(_capital_runs(self, lexicon))

    def span_text(self, start: int, end: int) -> str:
        return (
            "".join(self.text[k] + self.ws[k] for k in range(start, end - 1)) + self.text[end - 1]
        )


def _trim(
    view: TokenView, start: int, end: int, label: str, lexicon: EntityLexicon
) -> tuple[int, int]:
    """Edges of a model entity cleaned as the gold conventions want them: no leading "the"
    (unless it belongs to the name: "The Guardian"), no trailing possessive, punctuation,
    numbers ("Mexico 2-0") or lower-case words ("Interfax news agency")."""
    text, lower = view.text, view.lower
    while start < end:
        if (
            (
                lower[start] in ("the", "a", "an")
                and (
                    text[start] != "The"
                    or end - start == 1
                    or fold(view.span_text(start, end)) not in lexicon.the_names
                )
            )
            or view.punct[start]
            or view.space[start]
        ):
            start += 1
        elif (
            label == "PERSON"
            and end - start > 1
            and lower[start].rstrip(".") in lexicon.title_stems
            and lower[start] not in lexicon.name_titles
        ):
            start += 1  # "Superintendent Graciano Mijares": the title is not the name
        else:
            break
    if (
        start > 0
        and lower[start - 1] == "the"
        and fold("the " + view.span_text(start, end)) in lexicon.the_names
    ):
        start -= 1  # "The Guardian": the article belongs to the name
    while end > start:
        last = end - 1
        word = text[last]
        trailing_junk = (
            word in POSSESSIVES
            or view.space[last]
            or (view.punct[last] and not word.endswith("."))
            or (label not in NUMBERED_LABELS and any(c.isdigit() for c in word))
        )
        trailing_word = end - start > 1 and (
            lower[last] in lexicon.connectors
            or (label not in LOWER_TAIL_LABELS and view.is_lower[last] and view.alpha[last])
        )
        if not (trailing_junk or trailing_word):
            break
        end -= 1
    return start, end


def _pieces(view: TokenView, start: int, end: int) -> Iterable[tuple[int, int]]:
    """A span cut at line breaks and at dashes or brackets standing between spaces."""
    piece_start = start
    text, ws = view.text, view.ws
    for i in range(start, end):
        cut = (
            "\n" in text[i]
            or text[i] in BRACKETS
            or (text[i] in SPLIT_TOKENS and (ws[i] or i == end - 1) and (i == start or ws[i - 1]))
        )
        if cut:
            if i > piece_start:
                yield piece_start, i
            piece_start = i + 1
    if piece_start < end:
        yield piece_start, end


def _junk(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> bool:
    """Spans no name can be: no letters, all lower case, or one common word."""
    words = view.text[start:end]
    if not any(c.isalpha() for w in words for c in w):
        return True
    if all(view.is_lower[i] or not view.alpha[i] for i in range(start, end)):
        key = name_key(view.span_text(start, end))
        return key not in lexicon.demonyms and key not in lexicon.norp_words
    if end - start == 1:
        key = name_key(words[0])
        if key in lexicon.demonyms or key in lexicon.norp_words or key in lexicon.org_names:
            return False
        if view.upper[start] and len(words[0]) > 1:
            return False
        # A capitalised common word the tagger does not call a proper noun ("Sirens",
        # "Women", "Attendance") is the start of a sentence or a table header, not a name.
        return view.pos[start] in ("NOUN", "VERB", "ADV", "ADP", "PRON", "DET", "AUX", "NUM")
    return False


def model_mentions(doc: Doc, view: TokenView, lexicon: EntityLexicon) -> list[Mention]:
    """The model's entities with contract labels, cleaned and split."""
    found = []
    for ent in doc.ents:
        label = ent.label_
        if label not in CONTRACT_LABELS:
            continue
        for piece_start, piece_end in _pieces(view, ent.start, ent.end):
            start, end = _trim(view, piece_start, piece_end, label, lexicon)
            if start >= end or _junk(view, start, end, lexicon):
                continue
            mention = Mention(start, end, from_model=True)
            mention.votes[label] += MODEL
            found.append(mention)
    return found


def _capital_runs(view: TokenView, lexicon: EntityLexicon) -> Iterable[tuple[int, int]]:
    """Maximal runs of capitalised tokens ("of" and the like allowed inside), per line; a
    capitalised function word opening the run ("In", "The") is left out."""
    i, n = 0, len(view.text)
    name, lower, ws, text = view.name, view.lower, view.ws, view.text
    while i < n:
        if not name[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if "\n" in ws[j - 1] or "\n" in text[j]:
                break
            if name[j] or (
                lower[j] in lexicon.connectors
                and lower[j] != "and"
                and j + 1 < n
                and name[j + 1]
                and "\n" not in ws[j]
            ):
                j += 1
            else:
                break
        start = i
        while start < j and view.stop[start] and not view.upper[start]:
            start += 1
        if start < j:
            yield start, j
        i = j


def _place_score_for_new(places: list[Place], lexicon: EntityLexicon) -> bool:
    return any(
        p.kind == "country"
        or (p.kind == "admin1" and p.population >= lexicon.min_pop_new)
        or p.population >= lexicon.min_pop_new
        for p in places
    )


def rule_mentions(doc: Doc, view: TokenView, lexicon: EntityLexicon) -> list[Mention]:
    """Spans the word lists, the gazetteer and the ORG patterns name."""
    found: list[Mention] = []
    lower, connectors = view.lower, lexicon.connectors
    for run_start, run_end in view.runs:
        # An organisation's name ends in its kind: "Ukrainian Ground Forces", "Interior
        # Ministry", "Abu Sayyaf Group".
        i = run_start
        if (
            lower[run_start] in lexicon.org_heads_before_of
            and run_end - run_start > 2
            and lower[run_start + 1] == "of"
        ):
            # "Ministry of Defence", "Bank of England"; "in London" after it is not the name.
            end = run_start + 2
            while end < run_end and (
                view.name[end] or lower[end] in ("of", "for", "and", "the", "&")
            ):
                end += 1
            mention = Mention(run_start, end)
            mention.votes["ORG"] += STRONG
            found.append(mention)
            continue
        for h in range(run_start + 1, run_end):
            if (lower[h] in lexicon.org_heads and not view.upper[h]) or (
                lower[h] in lexicon.org_heads and view.upper[run_start]
            ):
                mention = Mention(i, h + 1)
                mention.votes["ORG"] += STRONG
                found.append(mention)
                i = h + 1
        # Sub-runs: the longest known phrase first, so "Ukrainian Ground Forces" is not read as
        # "Ukrainian"; a headline in capitals ("JAPAN GET LUCKY WIN") yields "JAPAN".
        while i < run_end:
            matched = False
            if lower[i] in connectors:
                i += 1
                continue
            for j in range(min(run_end, i + lexicon.max_words), i, -1):
                if lower[j - 1] in connectors:
                    continue
                text = view.span_text(i, j)
                key = name_key(text)
                label, weight = lexicon.lexicon_label(key, text)
                places = lexicon.gazetteer.lookup(key)
                if not label and not places:
                    continue
                mention = Mention(i, j)
                if label:
                    mention.votes[label] += weight
                if places:
                    whole_run = i == run_start and j == run_end
                    if any(p.kind == "country" for p in places):
                        mention.votes["GPE"] += STRONG
                    elif _place_score_for_new(places, lexicon) and (whole_run or text.isupper()):
                        mention.votes["GPE"] += MEDIUM
                if mention.votes:
                    found.append(mention)
                    i = j
                    matched = True
                    break
            if not matched:
                i += 1
    return found


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def merge_mentions(model: list[Mention], rules: list[Mention]) -> list[Mention]:
    """One set of non-overlapping mentions.

    A rule span as long as or longer than the model spans it overlaps replaces them (keeping
    their votes when it is the same span); a model span wins over shorter rule spans inside it.
    """
    rules = sorted(rules, key=lambda m: (-(m.end - m.start), m.start))
    by_start = sorted(model, key=lambda m: m.start)
    chosen: list[Mention] = list(by_start)
    for rule in rules:
        overlapping = [m for m in chosen if _overlaps(m, rule)]
        if not overlapping:
            chosen.append(rule)
            continue
        if all(m.start == rule.start and m.end == rule.end for m in overlapping):
            for m in overlapping:
                m.votes.update(rule.votes)
            continue
        inside = all(rule.start <= m.start and m.end <= rule.end for m in overlapping)
        if inside and all(
            not m.from_model or m.end - m.start < rule.end - rule.start for m in overlapping
        ):
            # Rule spans only extend model spans when the pattern names an organisation or a
            # country: a gazetteer hit never swallows a longer-looking model entity.
            for m in overlapping:
                chosen.remove(m)
                for label, weight in m.votes.items():
                    if label == "ORG" or label in rule.votes:
                        rule.votes[label] += weight
            rule.from_model = any(m.from_model for m in overlapping)
            chosen.append(rule)
    chosen.sort(key=lambda m: m.start)
    return chosen


def propagate(view: TokenView, mentions: list[Mention]) -> list[Mention]:
    """Later mentions of names the article already gave, which the model missed.

    A name (or a PERSON's surname) found once is the same name elsewhere in the article when
    it stands alone as a capitalised run; a headline in capitals matches it case-insensitively.
    """
    covered = [False] * len(view.text)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    names: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        words = tuple(view.lower[m.start : m.end])
        names.setdefault(words, Counter()).update(m.votes)
        label = m.votes.most_common(1)[0][0] if m.votes else None
        if label == "PERSON" and len(words) > 1 and len(words[-1]) > 2:
            names.setdefault((words[-1],), Counter())["PERSON"] += MODEL
    added: list[Mention] = []
    for run_start, run_end in view.runs:
        if any(covered[run_start:run_end]):
            continue
        votes = names.get(tuple(view.lower[run_start:run_end]))
        if votes is None:
            continue
        lone_word = run_end - run_start == 1
        if lone_word and view.pos[run_start] != "PROPN" and not view.upper[run_start]:
            continue
        mention = Mention(run_start, run_end)
        mention.votes.update({label: MODEL for label in votes})
        added.append(mention)
    return sorted(mentions + added, key=lambda m: m.start)


# -- clusters ----------------------------------------------------------------------------------


class _Clusters:
    """Union-find over mention groups."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _group_label(votes: Counter[str]) -> str:
    return max(votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0] if votes else "ORG"


def _initials(words: Sequence[str], lexicon: EntityLexicon) -> str:
    return "".join(w[0] for w in words if w not in lexicon.connectors and w[:1].isalpha())


def _context_votes(view: TokenView, m: Mention, lexicon: EntityLexicon) -> None:
    """Words around a mention that say what it is: a title before a name ("President"), a
    region word after it ("Belgorod region"), a place preposition before a known place."""
    before = view.lower[m.start - 1] if m.start > 0 else None
    after = view.lower[m.end] if m.end < len(view.lower) else None
    if before is not None and before.rstrip(".") in lexicon.title_stems and view.name[m.start - 1]:
        m.votes["PERSON"] += WEAK
    if after is not None and after in lexicon.region_words:
        m.votes["GPE"] += WEAK
    if before in lexicon.place_prepositions and lexicon.gazetteer.lookup(m.key):
        m.votes["GPE"] += WEAK


def cluster_mentions(view: TokenView, mentions: list[Mention], lexicon: EntityLexicon) -> list[str]:
    """Assign `cluster` to every mention; returns each cluster's label (index = cluster)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        m.text = view.span_text(m.start, m.end)
        m.key = name_key(m.text)
        _context_votes(view, m, lexicon)
        groups[m.key].append(m)
    keys = list(groups)
    index = {k: i for i, k in enumerate(keys)}
    votes = [sum((m.votes for m in groups[k]), Counter()) for k in keys]
    # The model often calls a small town it does not know an organisation ("Carrascal",
    # "Bakhmut"); a town the gazetteer places in a country the article names is a place.
    countries = {lexicon.demonyms[k] for k in keys if k in lexicon.demonyms}
    for k in keys:
        countries.update(p.country_code for p in lexicon.gazetteer.lookup(k) if p.kind == "country")
    for i, k in enumerate(keys):
        if (
            _group_label(votes[i]) == "ORG"
            and votes[i]["ORG"] <= len(groups[k]) * MODEL
            and k not in lexicon.org_names
            and any(p.country_code in countries for p in lexicon.gazetteer.lookup(k))
        ):
            votes[i]["GPE"] += MEDIUM * len(groups[k])
    labels = [_group_label(v) for v in votes]
    uf = _Clusters(len(keys))

    def strong_non_person(i: int) -> bool:
        key = keys[i]
        return (
            key in lexicon.demonyms
            or key in lexicon.norp_words
            or key in lexicon.org_names
            or any(p.kind == "country" for p in lexicon.gazetteer.lookup(key))
        )

    # Persons: a full name registers its surname, its first name and the name without titles.
    surname_of: dict[str, set[int]] = defaultdict(set)
    first_of: dict[str, set[int]] = defaultdict(set)
    stripped: dict[str, int] = {}
    translit_block: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, key in enumerate(keys):
        if labels[i] != "PERSON":
            continue
        words = [w for w in key.split() if w.rstrip(".") not in lexicon.title_words]
        words = [w for w in words if w not in lexicon.title_words]
        if not words:
            continue
        bare = " ".join(words)
        if bare != key and bare in stripped:
            uf.union(i, stripped[bare])
        stripped.setdefault(bare, i)
        if len(words) > 1:
            surname_of[words[-1]].add(i)
            first_of[words[0]].add(i)
            tkey = translit_key(words[-1], lexicon.translit_rules)
            translit_block[skeleton(tkey)].append((tkey, i))
    for i, key in enumerate(keys):
        words = key.split()
        if len(words) == 1 and not strong_non_person(i):
            word = words[0]
            targets = {uf.find(t) for t in surname_of.get(word, ())}
            if not targets:
                targets = {uf.find(t) for t in first_of.get(word, ())}
            if not targets and len(word) >= 4:
                tkey = translit_key(word, lexicon.translit_rules)
                targets = {
                    uf.find(j)
                    for other, j in translit_block.get(skeleton(tkey), ())
                    if similar_spelling(tkey, other)
                }
            if len(targets) == 1:
                uf.union(i, targets.pop())
        elif labels[i] == "PERSON" and len(words) > 1 and key in stripped and stripped[key] != i:
            uf.union(i, stripped[key])
    # Full names spelt differently ("Aleksandr Sersky" / "Oleksandr Syrskyi").
    for block in translit_block.values():
        for a in range(len(block)):
            for b in range(a + 1, len(block)):
                (ka, ia), (kb, ib) = block[a], block[b]
                first_a = translit_key(keys[ia].split()[0], lexicon.translit_rules)
                first_b = translit_key(keys[ib].split()[0], lexicon.translit_rules)
                if similar_spelling(ka, kb) and (
                    first_a == first_b or similar_spelling(first_a, first_b)
                ):
                    uf.union(ia, ib)
    # Acronyms: "NATO" and "North Atlantic Treaty Organization", by initials or the lexicon.
    expansions: dict[str, int] = {}
    for i, key in enumerate(keys):
        words = key.split()
        if len(words) > 1 and labels[i] not in ("PERSON", "NORP"):
            expansions.setdefault(_initials(words, lexicon), i)
            expansions.setdefault(key, i)
    for i, key in enumerate(keys):
        text = groups[key][0].text
        if len(key.split()) == 1 and text.replace(".", "").isupper() and len(text) > 1:
            target = expansions.get(key.replace(".", ""))
            if target is None and key in lexicon.acronyms:
                target = expansions.get(name_key(lexicon.acronyms[key]))
            if target is not None:
                uf.union(i, target)
    # One label per cluster, by the votes of all its mentions.
    cluster_votes: dict[int, Counter[str]] = defaultdict(Counter)
    for i in range(len(keys)):
        cluster_votes[uf.find(i)].update(votes[i])
    roots = sorted({uf.find(i) for i in range(len(keys))})
    root_label = {r: _group_label(cluster_votes[r]) for r in roots}
    # A surname linked to a full PERSON name is that person whatever its own mentions said.
    for i in range(len(keys)):
        r = uf.find(i)
        if labels[r] == "PERSON" and len(keys[r].split()) > 1 and len(keys[i].split()) == 1:
            root_label[r] = "PERSON"
    for m in mentions:
        m.cluster = uf.find(index[m.key])
    return [root_label.get(i, "") for i in range(len(keys))]


# -- places ------------------------------------------------------------------------------------


def _candidates(key: str, lexicon: EntityLexicon) -> tuple[list[Place], bool]:
    """Gazetteer candidates for a place name; True when the name says it is a region."""
    places = lexicon.gazetteer.lookup(key)
    words = key.split()
    region = len(words) > 1 and words[-1] in lexicon.region_words
    if region:
        places = places + lexicon.gazetteer.lookup(" ".join(words[:-1]))
    for prefix in ("city of ", "town of ", "village of ", "province of ", "region of "):
        if key.startswith(prefix):
            places = places + lexicon.gazetteer.lookup(key[len(prefix) :])
    return places, region


def _choose(
    places: list[Place],
    region: bool,
    country_weight: Mapping[str, float],
    admin_weight: Mapping[str, float],
) -> Place | None:
    if not places:
        return None
    total = sum(country_weight.values()) or 1.0
    admin_total = sum(admin_weight.values()) or 1.0
    city_admins = {p.admin1 for p in places if p.kind == "city"}

    def score(p: Place) -> float:
        value = math.log10(p.population + 10)
        value += 6.0 * country_weight.get(p.country_code, 0.0) / total
        if p.admin1:
            value += 2.0 * admin_weight.get(p.admin1, 0.0) / admin_total
        if p.kind == "country":
            value += 3.0
        elif p.kind == "admin1":
            # "Kharkiv" is the city; "Kharkiv region" the oblast.
            value += 3.0 if region else (-3.0 if p.admin1 in city_admins else 0.0)
        return value

    # A small town far from everything else the article names is more likely another place
    # the gazetteer lacks (or no place at all: "the West") than that town.
    plausible = [
        p
        for p in places
        if p.kind != "city"
        or p.population >= SMALL_PLACE
        or country_weight.get(p.country_code, 0.0) > 0
    ]
    if not plausible:
        return None
    return max(plausible, key=lambda p: (score(p), -p.geonames_id))


def geocode(
    clusters: Mapping[int, list[Mention]],
    labels: Mapping[int, str],
    lexicon: EntityLexicon,
) -> dict[int, Place | None]:
    """The GeoNames place of each place cluster, resolved by the article's other places."""
    candidates: dict[int, tuple[list[Place], bool]] = {}
    for cid, members in clusters.items():
        if labels[cid] not in PLACE_LABELS:
            continue
        seen: dict[int, Place] = {}
        region = False
        for key in {m.key for m in members}:
            places, is_region = _candidates(key, lexicon)
            region = region or is_region
            for p in places:
                seen[p.geonames_id] = p
        candidates[cid] = (list(seen.values()), region)
    # Evidence: countries named, demonyms, and places with one clear reading.
    country_weight: Counter[str] = Counter()
    admin_weight: Counter[str] = Counter()
    for cid, members in clusters.items():
        for m in members:
            if m.key in lexicon.demonyms and labels[cid] == "NORP":
                country_weight[lexicon.demonyms[m.key]] += 0.5
    own: dict[int, Place] = {}
    for cid, (places, region) in candidates.items():
        if not places:
            continue
        best = _choose(places, region, {}, {})
        if best is None:
            continue
        others = [p.population for p in places if p is not best and p.kind == best.kind]
        clear = best.kind == "country" or not others or best.population >= 20 * max(others)
        if clear:
            own[cid] = best
            country_weight[best.country_code] += len(clusters[cid])
            if best.admin1:
                admin_weight[best.admin1] += len(clusters[cid])
    resolved: dict[int, Place | None] = {}
    for cid, (places, region) in candidates.items():
        # A place is resolved by the others: its own first reading does not vote for itself.
        countries, admins = Counter(country_weight), Counter(admin_weight)
        if cid in own:
            countries[own[cid].country_code] -= len(clusters[cid])
            if own[cid].admin1:
                admins[own[cid].admin1] -= len(clusters[cid])
        resolved[cid] = _choose(places, region, +countries, +admins)
    return resolved


def dominant_country(resolved: Mapping[int, Place | None], sizes: Mapping[int, int]) -> str | None:
    """The country most of the article's resolved places are in."""
    counts: Counter[str] = Counter()
    for cid, place in resolved.items():
        if place is not None:
            counts[place.country_code] += sizes[cid]
    return counts.most_common(1)[0][0] if counts else None


# -- the whole stage ---------------------------------------------------------------------------


def _canonical(members: list[Mention], lexicon: EntityLexicon) -> str:
    """The cluster's fullest name as written: most words, then most letters, then first."""
    best = max(
        members,
        key=lambda m: (
            len(m.key.split()),
            len(m.key),
            not m.text.isupper(),
            -m.start,
        ),
    )
    text = best.text
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if len(best.key.split()) == 1 and best.key in lexicon.acronyms and best.text.isupper():
        return lexicon.acronyms[best.key]
    return text


def find_entities(doc: Doc, lexicon: EntityLexicon) -> list[EntityItem]:
    """The article's entity mentions with consistent labels, clusters and places."""
    view = TokenView(doc, lexicon)
    mentions = merge_mentions(model_mentions(doc, view, lexicon), rule_mentions(doc, view, lexicon))
    mentions = propagate(view, mentions)
    group_labels = cluster_mentions(view, mentions, lexicon)
    clusters: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[m.cluster].append(m)
    labels = {cid: group_labels[cid] for cid in clusters}
    resolved = geocode(clusters, labels, lexicon)
    # Transliterations and renamed places: one GeoNames id, one cluster.
    by_place: dict[int, int] = {}
    for cid in sorted(resolved):
        place = resolved[cid]
        if place is None:
            continue
        target = by_place.setdefault(place.geonames_id, cid)
        if target != cid:
            for m in clusters[cid]:
                m.cluster = target
            clusters[target].extend(clusters.pop(cid))
            resolved.pop(cid)
    sizes = {cid: len(members) for cid, members in clusters.items()}
    fallback_country = dominant_country(resolved, sizes)
    order = sorted(clusters, key=lambda cid: min(m.start for m in clusters[cid]))
    number = {cid: f"K{i + 1}" for i, cid in enumerate(order)}
    canonical = {cid: _canonical(clusters[cid], lexicon) for cid in clusters}
    items: list[EntityItem] = []
    for m in sorted((m for members in clusters.values() for m in members), key=lambda m: m.start):
        cid = m.cluster
        label = labels.get(cid) or _group_label(m.votes)
        place = resolved.get(cid)
        country = place.country_code if place else None
        if (
            place is None
            and label in PLACE_LABELS
            and not any(w in lexicon.water_words for w in m.key.split())
        ):
            country = fallback_country
        items.append(
            EntityItem(
                id=f"E{len(items) + 1}",
                start=view.idx[m.start],
                end=view.idx[m.end - 1] + len(view.text[m.end - 1]),
                label=label,
                cluster_id=number[cid],
                canonical=canonical[cid],
                country_code=country,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                geonames_id=place.geonames_id if place else None,
            )
        )
    return items
