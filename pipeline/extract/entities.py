"""Named entities made consistent per article, clustered, and placed on the map.

`find_entities(doc, lexicon)` reads the model's `doc.ents` and the Doc's tokens and returns one
`EntityItem` per mention, in four steps:

1. Mentions: the model's entities with their edges cleaned (a leading "the", a trailing "'s",
   numbers and lower-case words trimmed; split at line breaks and spaced dashes), plus rule
   spans the model missed (countries, large cities, admin regions, demonyms, international
   bodies, "Ministry of ..." patterns), plus later mentions of a name the article already
   gave (a surname after the full name, also a double or hyphenated one: "Padrino López",
   "Grande-Marlaska"; a headline in capitals). A PERSON span grows over the name parts the
   model cut off (particles: "Frans | van der Berg", "De | Zoysa"; "Grande- | Marlaska";
   "Sheikh") and stops at a comma (an apposition follows); a name ending a long title the
   model missed ("UN High Commissioner for Human Rights Navi Pillay") is found when the
   article later writes its surname alone.
2. Clusters: mentions of one real-world entity share a cluster: the same name, a surname
   (also of several words: "La Russa", "Murillo Karam") or title + name of a longer PERSON,
   a spelling variant by a transliteration-aware key
   ("Sersky" / "Sirski" / "Syrskyi"), an acronym and its expansion ("NATO"), and places the
   gazetteer resolves to one GeoNames id ("Kiev" / "Kyiv", "Artemovsk" / "Bakhmut").
3. Labels: one label per cluster, from its mentions' votes: the model's label, the lexicons'
   (a country is GPE, a demonym NORP), and the context (a title before a name says PERSON,
   also a lower-case role noun: "spokesman Sediq Sediqqi"; "in X" says a place). A surname
   joined to a longer PERSON name is a PERSON, and a PERSON cluster's mentions and canonical
   (its fullest name) carry no titles and no apposition.
4. Places: GPE/LOC/FAC clusters get a country code, a point and a GeoNames id from the
   gazetteer; an ambiguous name ("Paris", "Alexandria") goes to the candidate the article's
   other places support, a qualifier ("Paris, Texas") settles it, and a national capital or
   major city keeps its reading against mere mentions of other countries ("Washington and
   Moscow"). A small town needs evidence for its country, or, in an article that names no
   country or region, words that place it ("killed in Sake", "the town of Palmyra"); "Gaza"
   alone is the Gaza Strip. A place the gazetteer does not know gets no country code.

Everything here is a pure function of the Doc and the data loaded once in `EntityLexicon`.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import numpy
from spacy.attrs import (
    ENT_IOB,
    ENT_TYPE,
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
    SENT_START,
    SPACY,
)
from spacy.tokens import Doc

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
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
SPLIT_TOKENS = frozenset({"-", "\u2013", "\u2014", "|", "/"})
BRACKETS = frozenset({"(", ")", "[", "]"})
#: Vote weights: a lexicon entry that names the thing (a country, a demonym) outweighs the
#: model on a few mentions; context and smaller gazetteer hits only tip a close vote.
#: Weights, like the geocoding ones, are in the scale of one model mention (MODEL = 1).
#: A capitalised word with an apostrophe inside and lower-case letters after it ("Hay'at",
#: "Jama'at"), not an English contraction ("Don't", "It's").
INNER_APOSTROPHE = re.compile(r"\b[A-Z][a-z]*'(?!(?:s|t|re|ve|ll|d|m)\b)[a-z]+\b")

STRONG = 3.0
MEDIUM = 1.5
WEAK = 1.1
MODEL = 1.0
#: Parts of speech of common words: a capitalised token the tagger reads as one of these is a
#: sentence opening or a table header ("Sirens", "Women"), unless a word list knows the name.
COMMON_POS = frozenset({"NOUN", "VERB", "ADV", "ADP", "PRON", "DET", "AUX", "NUM"})


# -- names and keys ------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
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


@lru_cache(maxsize=1 << 16)
def article_key(key: str, articles: frozenset[str]) -> str | None:
    """A place name's key with the Arabic article written one way, "al" and a space ("deir
    el-balah" -> "deir al balah", "as sukhnah" / "al-sukhnah" -> "al sukhnah", "jisr ash
    shughur" -> "jisr al shughur"). `articles` are its spellings (`place_articles`). None
    when the key holds no article (or nothing after one)."""
    words: list[str] = []
    found = False
    parts = key.split(" ")
    for i, word in enumerate(parts):
        head, hyphen, rest = word.partition("-")
        if word in articles and i + 1 < len(parts):
            words.append("al")
            found = True
        elif hyphen and head in articles and rest:
            words.extend(("al", rest))
            found = True
        else:
            words.append(word)
    if not found or words == ["al"]:
        return None
    return " ".join(words)


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
    not a masculine/feminine pair ("Ivanov" / "Ivanova"; "Sare" / "Sarea" is one name)."""
    if len(a) < 4 or len(b) < 4 or skeleton(a) != skeleton(b):
        return False
    if (a + "a" == b or b + "a" == a) and not min(a, b, key=len).endswith("e"):
        # "Ivanov" / "Ivanova", "Fawzi" / "Fawzia"; but "Sare" / "Sarea" is one final vowel
        # written two ways
        return False
    return edit_distance(a, b, 2) <= (1 if min(len(a), len(b)) < 6 else 2)


# -- the gazetteer -----------------------------------------------------------------------------


#: Name lookups remembered by the gazetteer before it starts again.
FOUND_CACHE_SIZE = 100_000


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country_code: str
    latitude: float | None
    longitude: float | None
    population: int
    kind: str  # country, admin1, city, capital (a national capital city)
    admin1: str | None

    @cached_property
    def prior(self) -> float:
        """The reading's weight before any evidence: log10 of its population."""
        return math.log10(self.population + 10)

    @property
    def is_town(self) -> bool:
        """A populated place (capital or not), as opposed to a country or an admin region."""
        return self.kind in ("city", "capital")


class Gazetteer:
    """GeoNames places by name, from the two text files `build_gazetteer.py` writes.

    `places.tsv`: `id  name  country  lat  lon  population  kind  admin1`; `names.tsv`:
    `key  id,id,...` with keys made by `name_key`. Lines are parsed only when a name is looked
    up. The names stay a sorted list of lines searched by bisection: a dict of their 240,000
    keys took twice as long to build (0.4 s against 0.2 s here), on every load of the
    pipeline, for the few hundred names an article asks about.
    """

    def __init__(self, places_text: str, names_text: str) -> None:
        # Keyed by the id as written: converting 175,000 ids to int took a fifth of this
        # parse on every load, for the few hundred places a run looks up.
        self._rows: dict[str, str] = {
            gid: rest
            for gid, _, rest in (line.partition("\t") for line in places_text.splitlines())
            if gid and gid[0] != "#"
        }
        self._name_lines = [line for line in names_text.splitlines() if line and line[0] != "#"]
        self._name_lines.sort()  # written sorted by build_gazetteer.py: a linear pass then
        self._cache: dict[int, Place] = {}
        #: Spellings of the Arabic article (`place_articles`), set by `EntityLexicon`.
        self.articles: frozenset[str] = frozenset()
        #: key -> the ids its `article_key` finds (None: none), for keys not found as written.
        self._article_ids: dict[str, str | None] = {}
        #: Answers already looked up: the same few hundred places recur article after article.
        self._found: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, geonames_id: int) -> Place | None:
        place = self._cache.get(geonames_id)
        if place is None:
            row = self._rows.get(str(geonames_id))
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

    def _ids_of(self, key: str) -> str | None:
        """The comma-separated ids on the line of `key`, if there is one. A tab sorts before
        every character of a key, so `key + TAB` lands on the key's own line, not on a longer
        key it begins ("paris" before "paris hilton")."""
        if key in self._found:
            return self._found[key]
        prefix = key + "\t"
        i = bisect.bisect_left(self._name_lines, prefix)
        ids = None
        if i < len(self._name_lines) and self._name_lines[i].startswith(prefix):
            ids = self._name_lines[i][len(prefix) :]
        if len(self._found) >= FOUND_CACHE_SIZE:
            self._found.clear()  # a long dump asks about ever new words; keep memory bounded
        self._found[key] = ids
        return ids

    def lookup(self, key: str) -> list[Place]:
        """Places whose name or other name has this `name_key`; else, for a name with an
        Arabic article, those of its `article_key` ("al-Sukhnah" is "As Sukhnah")."""
        ids = self._ids_of(key)
        if not ids and self.articles and (" " in key or "-" in key):
            ids = self._article_ids.get(key, "")
            if ids == "":
                other = article_key(key, self.articles)
                ids = self._ids_of(other) if other and other != key else None
                if len(self._article_ids) >= FOUND_CACHE_SIZE:
                    self._article_ids.clear()
                self._article_ids[key] = ids
        if not ids:
            return []
        return [p for p in (self.place(int(i)) for i in ids.split(",")) if p is not None]


# -- the lexicon -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GeoWeights:
    """The place chooser's weights (`geocoding` in entities.json, where each is explained)."""

    country_weight: float
    country_bonus_cap: float
    protected_rival_cap: float
    admin_weight: float
    country_kind_bonus: float
    region_bonus: float
    admin_city_penalty: float
    demonym_weight: float
    clear_reading_ratio: float

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> GeoWeights:
        return cls(**{name: float(data[name]) for name in cls.__dataclass_fields__})


class EntityLexicon:
    """Word lists, patterns and the gazetteer, compiled once (the stage's `_build`)."""

    def __init__(
        self,
        data: Mapping[str, Any],
        gazetteer: Gazetteer,
        person_names: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        person_names = person_names or {}
        self.given_names = frozenset(fold(w) for w in person_names.get("given_names", ()))
        self.surnames_in_s = frozenset(fold(w) for w in person_names.get("surnames_in_s", ()))
        self.place_articles = frozenset(fold(w) for w in data["place_articles"])
        gazetteer.articles = self.place_articles
        self.title_words = {w.lower() for w in data["title_words"]}
        self.title_stems = {w.rstrip(".") for w in self.title_words}
        self.name_titles = {w.lower() for w in data["name_titles"]}
        self.post_nominals = frozenset(data["post_nominals"])
        #: generational suffixes, without their dot: a comma before them is inside a name.
        self.name_suffixes = {w.lower() for w in data["name_suffixes"]}
        self.title_modifiers = {w.lower() for w in data["title_modifiers"]}
        self.apposition_roles = {w.lower() for w in data["apposition_roles"]}
        self.org_descriptors = {w.lower() for w in data["org_descriptors"]}
        #: last words of the descriptors of two words ("think tank" -> "tank")
        self.org_descriptor_ends = {w.split()[-1] for w in self.org_descriptors if " " in w}
        self.told_words = {w.lower() for w in data["told_words"]}
        self.portfolio_words = {w.lower() for w in data["portfolio_words"]}
        self.word_variants = {k.lower(): v.lower() for k, v in data["word_variants"].items()}
        self.place_kind_words = {w.lower() for w in data["place_kind_words"]}
        self.settlement_words = {w.lower() for w in data["settlement_words"]}
        self.name_title_prefixes = {w.lower() for w in data["name_title_prefixes"]}
        self.org_heads = {w.lower() for w in data["org_heads"]}
        self.the_names = {fold(w) for w in data["the_names"]}
        self.connectors = {w.lower() for w in data["connector_words"]}
        self.place_prepositions = {w.lower() for w in data["place_prepositions"]}
        self.region_words = {w.lower() for w in data["region_words"]}
        self.water_words = {w.lower() for w in data["water_words"]}
        self.min_pop_new = int(data["place_min_population_new"])
        self.min_pop_vote = int(data["place_min_population_vote"])
        self.min_pop_placed = int(data["place_min_population_placed"])
        self.not_new_places = {name_key(w) for w in data["not_new_places"]}
        self.bare_region_names = {
            name_key(k): name_key(v) for k, v in data["bare_region_names"].items()
        }
        self.major_city_population = int(data["major_city_population"])
        self.place_prefixes = tuple(fold(w) + " " for w in data["place_prefixes"])
        self.name_particles = {fold(w) for w in data["name_particles"]}
        self.compass_words = {fold(w) for w in data["compass_words"]}
        self.hyphen_suffixes = {fold(w) for w in data["hyphen_suffixes"]}
        self.media_words = {fold(w) for w in data["media_words"]}
        self.media_names = {name_key(w) for w in data["media_names"]}
        self.geo = GeoWeights.from_data(data["geocoding"])
        self.translit_rules = [(a, b) for a, b in data["translit"]]
        self._translit_cache: dict[str, str] = {}
        #: folded demonym -> country code ("ukrainian" -> "UA").
        self.demonyms: dict[str, str] = {}
        for code, words in data["demonyms"].items():
            for word in words:
                self.demonyms[name_key(word)] = code
        self.norp_words = {name_key(w) for w in data["norp_words"]}
        self.org_names = {name_key(w): w for w in data["org_names"]}
        self.acronyms = {name_key(k): v for k, v in data["acronyms"].items()}
        self.org_heads_before_of = {w.lower() for w in data["org_heads_before_of"]}
        self.field_org_heads = {w.lower() for w in data["field_org_heads"]}
        self.short_form_heads = (
            self.org_heads
            | self.org_heads_before_of
            | {w.lower() for w in data["short_form_heads"]}
        )
        self.non_entities = {name_key(w) for w in data["non_entities"]}
        #: a name's last word -> the label it gives ("mosque" -> FAC, "estuary" -> LOC).
        self.head_labels = {
            w.lower(): label for label, words in data["head_labels"].items() for w in words
        }
        #: a name's first word -> the label it gives ("operation" -> EVENT, "mount" -> LOC).
        self.first_word_labels = {
            w.lower(): label for label, words in data["first_word_labels"].items() for w in words
        }
        self.not_given_names = {fold(w) for w in data["not_given_names"]}
        #: storm titles as word tuples ("tropical", "storm")
        self.storm_titles = {tuple(w.lower().split()) for w in data["storm_titles"]}
        self.storm_title_starts = {words[0] for words in self.storm_titles}
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

    def translit(self, word: str) -> str:
        """`translit_key` of a word with the shipped rules, memoised for this lexicon."""
        key = self._translit_cache.get(word)
        if key is None:
            if len(self._translit_cache) > 1 << 16:
                self._translit_cache.clear()
            key = self._translit_cache[word] = translit_key(word, self.translit_rules)
        return key

    def is_water(self, key: str) -> bool:
        """A sea, gulf or strait by its head word ("Red Sea", "Gulf of Aden", "Mediterranean")."""
        words = key.split()
        if not words:
            return False
        return words[-1] in self.water_words or (
            words[0] in self.water_words and len(words) > 2 and words[1] == "of"
        )

    def surname(self, word: str) -> str:
        """A surname without its particle ("al-burhan" -> "burhan", "d'estaing" -> "estaing")."""
        for sep in ("-", "'"):
            head, found, rest = word.partition(sep)
            if (
                found
                and rest
                and (head in self.name_particles or head + sep in self.name_particles)
            ):
                return rest
        return word

    def strip_particles(self, words: Sequence[str]) -> list[str]:
        """A name's words without leading particles ("de gaulle" -> ["gaulle"])."""
        i = 0
        while i < len(words) - 1 and words[i] in self.name_particles:
            i += 1
        return [*words[i:-1], self.surname(words[-1])] if words else []


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
    #: the key of a longer name this mention is a short form of ("observatory" -> "syrian
    #: observatory for human rights"), joined in one cluster by `cluster_mentions`.
    joins: str = ""


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
                SENT_START,
                ENT_IOB,
                ENT_TYPE,
            ]
        )
        n = len(doc)
        cols = rows.T if n else numpy.zeros((15, 0), dtype="uint64")
        self.text = [strings[h] for h in cols[0].tolist()]
        self.lower = [strings[h] for h in cols[1].tolist()]
        pos_hashes = cols[2].tolist()
        pos_names = {h: strings[h] for h in set(pos_hashes)}
        self.pos = [pos_names[h] for h in pos_hashes]
        self.upper = (cols[4] != 0).tolist()
        self.stop = (cols[5] != 0).tolist()
        self.alpha = (cols[6] != 0).tolist()
        self.ws = [" " if v else "" for v in cols[7].tolist()]
        self.punct = (cols[8] != 0).tolist()
        self.space = (cols[9] != 0).tolist()
        self.is_lower = (cols[10] != 0).tolist()
        self.idx = cols[11].tolist()
        starts = cols[12] == 1  # SENT_START: 1 starts a sentence, -1 does not, 0 unknown
        if n:
            starts[0] = True
        self.sentence: list[int] = numpy.cumsum(starts).tolist()  # each token's sentence
        self.starts: list[bool] = starts.tolist()
        # IS_UPPER implies cased letters, so a capitalised or all-capitals token is a name word.
        self.name = ((cols[3] != 0) | (cols[4] != 0)).tolist()
        self.title = (cols[3] != 0).tolist()
        # "Hay'at", "Jama'at", "Sa'ada": a capitalised word with an apostrophe inside is a
        # name word, though not title-case to Python
        # the text from the token columns: `doc.text` makes a Token object per token, twice
        text = "".join(word + space for word, space in zip(self.text, self.ws, strict=True))
        inner = set(INNER_APOSTROPHE.findall(text)) if "'" in text else None
        if inner:
            for i, word in enumerate(self.text):
                if word in inner:
                    self.name[i] = self.title[i] = True
        self.outside = (cols[13] == 2).tolist()  # ENT_IOB 2: in no model entity
        # The model's entities as (start, end, label), read from the IOB codes (3 begins an
        # entity, 1 continues it): the same spans as `doc.ents`, without making Span objects.
        starts_at = numpy.flatnonzero(cols[13] == 3)
        breaks = numpy.append(numpy.flatnonzero(cols[13] != 1), n)
        ends_at = breaks[numpy.searchsorted(breaks, starts_at, side="right")]
        self.ents = [
            (start, end, strings[label])
            for start, end, label in zip(
                starts_at.tolist(), ends_at.tolist(), cols[14][starts_at].tolist(), strict=True
            )
        ]
        self.runs = list(_capital_runs(self, lexicon))

    @cached_property
    def words(self) -> frozenset[str]:
        """The article's tokens, lower-cased: a quick test that a pass has anything to look
        at."""
        return frozenset(self.lower)

    @cached_property
    def lower_case_words(self) -> set[str]:
        """Words the article writes in lower case somewhere (read only for one-word names)."""
        return {w for w, low in zip(self.text, self.is_lower, strict=True) if low}

    @cached_property
    def lone_names(self) -> set[str]:
        """Capitalised words the article writes alone as a name ("Pillay said") and nowhere in
        lower case, lower-cased (read only where a candidate name needs them)."""
        return {
            self.lower[s]
            for s, e in self.runs
            if e - s == 1 and self.title[s] and self.lower[s] not in self.lower_case_words
        }

    @cached_property
    def names_mid_sentence(self) -> set[str]:
        """Capitalised words the article writes where capitals mean a name (not opening a
        sentence, a line or a quotation)."""
        return {self.text[i] for i in range(len(self.text)) if self.name[i] and not self.opening(i)}

    def opening(self, i: int) -> bool:
        """True where capitals say nothing: a sentence's first word, or a line's (headlines,
        tables), also after an opening quote or bracket."""
        while not self.starts[i]:
            if "\n" in self.text[i - 1]:
                return True
            if not self.punct[i - 1]:
                return False
            i -= 1
        return True

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end-1 as written."""
        if end - start == 1:
            return self.text[start]
        return "".join(
            [
                *map(str.__add__, self.text[start : end - 1], self.ws[start : end - 1]),
                self.text[end - 1],
            ]
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
        and text[start - 1] == "The"
        and fold("the " + view.span_text(start, end)) in lexicon.the_names
    ):
        # "The Guardian": the article belongs to the name where it is written as part of it;
        # a lower-case "the" stays outside ("the Netherlands", "the New York Times").
        start -= 1
    while end > start:
        last = end - 1
        word = text[last]
        trailing_junk = (
            word in POSSESSIVES
            or view.space[last]
            or (view.punct[last] and not word.endswith("."))
            or (label not in NUMBERED_LABELS and any(c.isdigit() for c in word))
        )
        trailing_word = (
            end - start > 1
            and (
                lower[last] in lexicon.connectors
                or (label not in LOWER_TAIL_LABELS and view.is_lower[last] and view.alpha[last])
            )
            and not (label == "PERSON" and _hyphen_part(view, last, start, lexicon))
        )
        # "Durham Hall QC": letters after two capitalised words are honours, not a name
        # part (matched as written, so the surname "Obe" stays).
        post_nominal = (
            end - start > 2
            and word in lexicon.post_nominals
            and view.title[last - 1]
            and view.title[last - 2]
        )
        if not (trailing_junk or trailing_word or post_nominal):
            break
        end -= 1
    return start, end


def _after_hyphen(view: TokenView, i: int) -> bool:
    """True when token i follows a hyphen written without spaces after a word ("Ki-moon",
    "Grande-Marlaska")."""
    return i > 1 and view.text[i - 1] in HYPHENS and not view.ws[i - 2] and not view.ws[i - 1]


def _hyphen_part(view: TokenView, i: int, start: int, lexicon: EntityLexicon) -> bool:
    """True when token i is the second part of a hyphenated name ("Ki-moon", "Jean-Pierre"):
    a hyphen written without spaces between it and a word of the span, and not a word that
    makes the name an adjective ("Smith-led")."""
    return (
        i - 2 >= start
        and _after_hyphen(view, i)
        and view.alpha[i]
        and view.alpha[i - 2]
        and view.lower[i] not in lexicon.hyphen_suffixes
    )


def _name_word(view: TokenView, i: int, lexicon: EntityLexicon, in_entity: bool = False) -> bool:
    """Token i can continue a person's name the model cut short: a capitalised proper noun
    (not all capitals: an acronym is an organisation) in no model entity (or in one, with
    `in_entity`: "Frans van | der Berg" split in two by the model), not a title or an
    organisation's head word."""
    return (
        0 <= i < len(view.text)
        and (in_entity or view.outside[i])
        and view.title[i]
        and view.alpha[i]
        and view.pos[i] == "PROPN"
        and view.lower[i].rstrip(".") not in lexicon.title_stems
        and view.lower[i] not in lexicon.org_heads
        and view.lower[i] not in lexicon.region_words
        and view.lower[i] not in lexicon.water_words
    )


def _person_edges(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> tuple[int, int]:
    """A PERSON span grown over the name parts the model left out: a given name before a
    particle ("Maria | da Silva"), a hyphenated part ("Jean | -Pierre"), a particle and
    surname ("Maria | da Silva") or a capitalised surname after it ("Siti Nurhaliza |
    Tarudin"). Reads only the tokens next to the span; returns the new (start, end)."""
    n = len(view.text)
    same_line = view.sentence
    # English function words spelt like particles ("as", "at", "an") join no names here.
    particles = lexicon.name_particles
    # Particles before the span: "van der | Berg", "De | Zoysa" (a capitalised particle opens
    # the name), "Maria | da Silva" (a given name before a lower-case particle).
    first = start
    while (
        first > 0
        and first > start - 2
        and view.lower[first - 1] in particles
        and not view.stop[first - 1]
        and view.outside[first - 1]
        and view.ws[first - 1]
        and same_line[first - 1] == same_line[start]
    ):
        first -= 1
    if (
        first > 0
        and view.lower[first] in particles
        and view.is_lower[first]
        and view.ws[first - 1]
        and same_line[first - 1] == same_line[start]
        and _name_word(view, first - 1, lexicon)
    ):
        start = first - 1
    elif first < start and view.title[first]:
        start = first
    elif (
        _after_hyphen(view, start)
        and view.outside[start - 1]
        and _name_word(view, start - 2, lexicon)
    ):
        start -= 2  # "Grande- | Marlaska"
    if (
        start > 0
        and view.lower[start - 1] in lexicon.name_title_prefixes
        and view.title[start - 1]
        and view.outside[start - 1]
        and same_line[start - 1] == same_line[start]
    ):
        start -= 1  # "Sheikh | Yusuf Mohammad Siad", "Pope | Francis": the title is the name's
    while end < n and same_line[end] == same_line[end - 1]:
        # Lower-case particles and a capitalised surname after them ("Maria | da Silva",
        # "Frans | van der Berg"), even where the model made the surname its own entity.
        after = end
        while (
            after < n
            and after < end + 2
            and view.ws[after - 1]
            and view.lower[after] in particles
            and not view.stop[after]
            and view.is_lower[after]
        ):
            after += 1
        if (
            end + 1 < n
            and view.outside[end]
            and _hyphen_part(view, end + 1, end - 1, lexicon)
            and (view.title[end + 1] or view.is_lower[end + 1])
        ):
            end += 2
        elif after > end and view.ws[after - 1] and _name_word(view, after, lexicon, True):
            end = after + 1
        elif (
            view.lower[end] in lexicon.name_title_prefixes
            and view.title[end]
            and view.ws[end - 1]
            and view.ws[end]
            and _name_word(view, end + 1, lexicon, True)
        ):
            end += 2  # "Sheikh Sharif | Sheikh Ahmed": a title inside a Somali or Arabic name
        elif view.ws[end - 1] and _name_word(view, end, lexicon):
            end += 1
        else:
            break
    if (
        end + 1 < n
        and view.text[end] == ","
        and view.lower[end + 1].rstrip(".") in lexicon.name_suffixes
        and view.title[end + 1]
        and same_line[end + 1] == same_line[end - 1]
    ):
        # "Arthur Sumbry | , Jr.": the suffix after its comma is the name's, as inside a
        # model span (`_apposition_cut`); its stop too when the tokenizer split it off
        end += 2
        if end < n and view.text[end] == "." and not view.ws[end - 1]:
            end += 1
    return start, end


def _title_of_place(
    view: TokenView, start: int, end: int, label: str, lexicon: EntityLexicon
) -> int | None:
    """Where a non-PERSON entity after "<title> of" splits into the title's country and the
    title holder's name ("Prime Minister of [Spain | Pedro Sanchez]"): the end of its
    longest opening that the gazetteer knows as a country or region, when at least two
    capitalised proper nouns follow it. None when the span is no such run."""
    if (
        label == "PERSON"
        or start < 2
        or view.lower[start - 1] != "of"
        or view.lower[start - 2].rstrip(".") not in lexicon.title_stems
    ):
        return None
    for split in range(min(end - 2, start + 3), start, -1):
        rest = range(split, end)
        if not all(view.title[i] and view.pos[i] == "PROPN" for i in rest):
            continue
        places = lexicon.gazetteer.lookup(name_key(view.span_text(start, split)))
        if any(p.kind in ("country", "admin1") for p in places):
            return split
    return None


def _adjacent_names(view: TokenView, lexicon: EntityLexicon) -> list[tuple[int, int, str]]:
    """The model's entities with a place name joined to the organisation it names: a place
    before a newspaper's or an organisation's head word ("Manila | Times", "Kenya | Airways")
    and a broadcaster before its national edition ("BBC | Scotland") are one ORG. Reads
    `view.ents`; returns them as (start, end, label) with such pairs merged."""
    ents = view.ents
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(ents):
        start, end, label = ents[i]
        if i + 1 < len(ents):
            start2, end2, label2 = ents[i + 1]
            joined = (
                start2 == end
                and view.ws[end - 1] == " "
                and view.sentence[start2] == view.sentence[end - 1]
                and (
                    (
                        label in PLACE_LABELS
                        and label2 == "ORG"
                        and end2 - start2 == 1
                        and view.title[start2]
                        and (
                            view.lower[start2] in lexicon.media_words
                            or view.lower[start2] in lexicon.org_heads
                        )
                    )
                    or (
                        label == "ORG"
                        and label2 in PLACE_LABELS
                        and name_key(view.span_text(start, end)) in lexicon.media_names
                        # "told CNN Ukraine would ...": the place opens the reported clause
                        # (an auxiliary after it); "CNN Philippines reported" stays one name
                        and (end2 >= len(view.pos) or view.pos[end2] != "AUX")
                    )
                )
            )
            if joined:
                out.append((start, end2, "ORG"))
                i += 2
                continue
        out.append((start, end, label))
        i += 1
    return out


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
    """Spans no name can be: no letters, all lower case, or one common word.

    A name a word list knows is never junk; nor is one the gazetteer knows, where its capital
    letter means something (not opening a sentence) or where it is a country, region or
    large town ("which Ukraine calls Bakhmut", although the tagger reads "Bakhmut" as ADV)."""
    words = view.text[start:end]
    if not any(c.isalpha() for w in words for c in w):
        return True
    text = view.span_text(start, end)
    key = name_key(text)
    if key in lexicon.non_entities:
        return True
    if all(view.is_lower[i] or not view.alpha[i] for i in range(start, end)):
        return key not in lexicon.demonyms and key not in lexicon.norp_words
    if lexicon.lexicon_label(key, text)[0] is not None:
        return False
    if end - start == 1:
        if view.upper[start] and len(words[0]) > 1:
            return False
        # A capitalised common word the tagger does not call a proper noun ("Sirens",
        # "Women", "Attendance") is the start of a sentence or a table header, not a name.
        if view.pos[start] not in COMMON_POS:
            # "Measles is one of ...": a word opening a sentence that the article also writes
            # in lower case is a common word there too, whatever the tagger says.
            # Unless the article also capitalises it where capitals mean a name ("Theresa
            # May ... May said", against the modal "may").
            return (
                view.opening(start)
                and view.lower[start] in view.lower_case_words
                and view.text[start] not in view.names_mid_sentence
            )
        places = lexicon.gazetteer.lookup(key)
        return not places or (view.opening(start) and not _notable_place(places, lexicon))
    return False


def model_mentions(view: TokenView, lexicon: EntityLexicon) -> list[Mention]:
    """The model's entities with contract labels, cleaned and split."""
    found = []
    for ent_start, ent_end, label in _adjacent_names(view, lexicon):
        if label not in CONTRACT_LABELS:
            continue
        for piece_start, piece_end in _pieces(view, ent_start, ent_end):
            split = _title_of_place(view, piece_start, piece_end, label, lexicon)
            places = _town_and_region(view, piece_start, piece_end, lexicon)
            person = _person_after_org(view, piece_start, piece_end, lexicon)
            resident = (
                _person_before_of(view, piece_start, piece_end, {}, lexicon)
                if label != "PERSON"
                else None
            )
            if places:
                parts = places
            elif split:
                parts = [(piece_start, split, "GPE"), (split, piece_end, "PERSON")]
            elif person:
                parts = [(piece_start, person, "ORG"), (person, piece_end, "PERSON")]
            elif resident:
                parts = [(piece_start, resident, "PERSON"), (resident + 1, piece_end, label)]
            else:
                parts = [(piece_start, piece_end, label)]
            for part_start, part_end, part_label in parts:
                mention = _model_mention(view, part_start, part_end, part_label, lexicon)
                if mention is not None:
                    found.append(mention)
    # A name grown over the next model entity ("Frans van der Berg" over "Berg") replaces it.
    kept: list[Mention] = []
    for m in found:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def _person_after_org(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> int | None:
    """Where a person's name starts in a span that opens with an organisation the word lists
    know ("director of Amnesty International Man-kei Tam": the model drew employer and
    person as one name): the rest must be two or more capitalised words (hyphened parts
    joined) that are no known name, place, title or organisation head ("Amnesty
    International Hong Kong", "Amnesty International UK" stay whole). A rest closed by a
    body's head word of any of the word lists (`short_form_heads`: "Mission", "Programme",
    "Office", "Committee") names a body of the organisation, no person ("United Nations
    Human Rights Monitoring Mission", "European Union Advisory Mission"). The longest known
    organisation is tried first. Returns the first token of the person, or None."""
    for split in range(end - 2, start, -1):
        org_text = view.span_text(start, split)
        if lexicon.lexicon_label(name_key(org_text), org_text)[0] != "ORG":
            continue
        rest = range(split, end)
        rest_key = name_key(view.span_text(split, end))
        if (
            all(
                view.title[i]
                or (view.text[i] in HYPHENS and not view.ws[i - 1] and not view.ws[i])
                or _hyphen_part(view, i, split, lexicon)
                for i in rest
            )
            and view.title[split]
            and sum(view.ws[i] != "" for i in range(split, end - 1)) >= 1
            and not any(view.lower[i].rstrip(".") in lexicon.title_stems for i in rest)
            and view.lower[end - 1] not in lexicon.short_form_heads
            and lexicon.lexicon_label(rest_key, view.span_text(split, end))[0] is None
            and not lexicon.gazetteer.lookup(rest_key)
        ):
            return split
        return None
    return None


def _town_and_region(
    view: TokenView, start: int, end: int, lexicon: EntityLexicon
) -> list[tuple[int, int, str]] | None:
    """ "Auckland, New Zealand", "Blakehurst, New South Wales" (a dateline or an address read
    as one name, often ORG): two places, as the gold marks "Doha, Qatar", when the part after
    the comma is a country or a first-level region the gazetteer knows and the part before it
    is a capitalised name; None otherwise."""
    commas = [i for i in range(start + 1, end - 1) if view.text[i] == ","]
    if len(commas) != 1:
        return None
    comma = commas[0]
    if not all(view.name[i] for i in (start, comma + 1)):
        return None
    region = lexicon.gazetteer.lookup(name_key(view.span_text(comma + 1, end)))
    if not any(p.kind in ("country", "admin1") for p in region):
        return None
    return [(start, comma, "GPE"), (comma + 1, end, "GPE")]


def _apposition_cut(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> int:
    """The end of a person's name in the span start..end: a name holds no comma, so
    "Jangeli, Somali Foreign" is a name and the start of an apposition ("Somali Foreign
    Minister"); "King, Jr." is the exception (`name_suffixes`). Returns the new end."""
    for i in range(start + 1, end):
        if view.text[i] == ",":
            if view.lower[min(i + 1, end - 1)].rstrip(".") in lexicon.name_suffixes:
                return end
            return i
    return end


def _model_mention(
    view: TokenView, start: int, end: int, label: str, lexicon: EntityLexicon
) -> Mention | None:
    """One piece of a model entity as a mention with the model's vote, or None if junk."""
    start, end = _trim(view, start, end, label, lexicon)
    if label == "PERSON" and start < end:
        start, end = _trim(view, start, _apposition_cut(view, start, end, lexicon), label, lexicon)
        start, end = _person_edges(view, start, end, lexicon)
    if start >= end or _junk(view, start, end, lexicon):
        return None
    if label == "PERSON" and all(
        view.lower[i].rstrip(".") in lexicon.title_stems for i in range(start, end)
    ):
        return None  # "Emir Sheikh" before a name the model drew apart: titles, no name
    mention = Mention(start, end, from_model=True)
    # A word the tagger reads as a common word, kept because the gazetteer knows it
    # ("Bakhmut" as ADV): its span stands, its label counts for less than the
    # gazetteer's (a place).
    doubtful = end - start == 1 and view.pos[start] in COMMON_POS and not view.upper[start]
    mention.votes[label] += MODEL / 2 if doubtful else MODEL
    if doubtful:
        mention.votes["GPE"] += WEAK
    return mention


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
        while (
            start < j
            and view.stop[start]
            and (
                not view.upper[start]
                or (lower[start] == "a" and start + 1 < j and len(text[start + 1]) > 1)
            )
        ):
            start += 1  # "The", "In"; also "A" before a word ("A State Department spokesman")
        if start < j:
            yield start, j
        i = j


def _notable_place(
    places: list[Place], lexicon: EntityLexicon, min_population: int | None = None
) -> bool:
    """True when a name may be a new place on the gazetteer's word alone: a country, or a
    region or town of `place_min_population_new` people (or `min_population`)."""
    if min_population is None:
        min_population = lexicon.min_pop_new
    return any(p.kind == "country" or p.population >= min_population for p in places)


def _region_named_like_org(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> bool:
    """True when a name ending in an organisation's head word is a country or a region people
    live in ("West Bank", "North Bank", "Cauca Department"): the gazetteer knows it, and the
    head word says nothing. GeoNames' unpeopled admin entries are councils ("Limerick City and
    County Council"), which stay organisations."""
    key = name_key(view.span_text(start, end))
    return any(
        p.kind in ("country", "admin1") and p.population > 0 for p in lexicon.gazetteer.lookup(key)
    )


def _opens_with_storm_title(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> bool:
    """Whether a storm title opens the run start..end with a name after it."""
    if view.lower[start] not in lexicon.storm_title_starts:
        return False
    return any(
        start + len(words) < end and tuple(view.lower[start : start + len(words)]) == words
        for words in lexicon.storm_titles
    )


def _org_head_at(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> int | None:
    """The first organisation head word ("Service", "Ministry") in start..end after its first
    word, or None."""
    for h in range(start + 1, end):
        if view.lower[h] in lexicon.org_heads and not view.upper[h]:
            return h
    return None


def _joined_org(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> int | None:
    """The end of an organisation's name that joins two capitalised runs with "and" ("North
    Wales Fire and Rescue Service", "Fish and Wildlife Service"): the run start..end has no
    organisation head and is no place or known name of its own, the next run follows right
    after "and" and ends in a head word. Returns the end token of the whole name, or None."""
    after = end + 1
    if (
        after >= len(view.text)
        or view.lower[end] != "and"
        or not view.name[after]
        or view.opening(after)
        or _org_head_at(view, start, end, lexicon) is not None
        or "\n" in view.ws[end]
    ):
        return None
    key = name_key(view.span_text(start, end))
    if lexicon.gazetteer.lookup(key) or lexicon.lexicon_label(key, key)[0] is not None:
        return None
    next_end = after
    while next_end < len(view.text) and view.name[next_end] and "\n" not in view.ws[next_end - 1]:
        next_end += 1
    head = _org_head_at(view, after - 1, next_end, lexicon)
    if head is None:
        return None
    next_key = name_key(view.text[after])
    if next_key in lexicon.demonyms or lexicon.gazetteer.lookup(next_key):
        return None  # "Britain and Russian Defence Ministry": two names
    return head + 1


def _demonym_before_noun(view: TokenView, i: int, lexicon: EntityLexicon) -> bool:
    """Whether token i is a demonym used as an adjective before a lower-case noun ("Group of
    Russian soldiers"): no name ends there."""
    return (
        name_key(view.text[i]) in lexicon.demonyms
        and i + 1 < len(view.text)
        and view.text[i + 1][:1].islower()
        and view.pos[i + 1] in ("NOUN", "PROPN")
    )


def _and_name_end(view: TokenView, end: int, lexicon: EntityLexicon) -> int:
    """The end of a "<Kind> of/for <field>" name that goes on with "and [the] <Name>" ("Group
    for the Support of Islam and Muslims", "Coalition for Truth and Justice"): the name after
    "and" is its last word(s) when it ends there and is no place, person or other organisation
    ("the Ministry of Defence and Ukraine", "... and Amnesty International" are two names).
    Returns `end` itself otherwise."""
    n = len(view.text)
    if end >= n or view.lower[end] != "and" or "\n" in view.ws[end]:
        return end
    start = end + 1
    if start < n and view.lower[start] == "the":
        start += 1
    stop = start
    while stop < n and view.name[stop] and "\n" not in view.ws[stop - 1]:
        stop += 1
    if stop == start or stop - start > 2 or (stop < n and view.lower[stop] in ("of", "for")):
        return end
    key = name_key(view.span_text(start, stop))
    if (
        _notable_place(lexicon.gazetteer.lookup(key), lexicon)
        or key in lexicon.org_names
        or key in lexicon.demonyms
    ):
        return end
    if any(view.upper[i] for i in range(start, stop)) or key in lexicon.acronyms:
        return end
    for s, e, label in view.ents:
        if (s < stop and start < e) and (
            label in ("PERSON", "GPE", "FAC", "LOC") or (label == "ORG" and e - s > 1)
        ):
            return end
    return stop


def _field_org_end(view: TokenView, start: int, lexicon: EntityLexicon) -> int | None:
    """The end of a name "<Kind> for/of [the] <Field> [of ...] [and <Name>]" opening at
    `start` with a kind word of `field_org_heads` ("Group for the Support of Islam and
    Muslims", "Movement for the Emancipation of the Niger Delta"), or None. The words after
    the kind run through names and "of", "for", "the", "&" on one line; the name must end in
    a name word that is no demonym before a common noun ("Group of Russian soldiers")."""
    lower, n = view.lower, len(view.text)
    if (
        lower[start] not in lexicon.field_org_heads
        or not view.title[start]
        or start + 2 >= n
        or lower[start + 1] not in ("of", "for")
    ):
        return None
    end, last = start + 1, None
    while end < n and "\n" not in view.ws[end - 1]:
        if view.name[end]:
            last = end
        elif lower[end] not in ("of", "for", "the", "&"):
            break
        end += 1
    if last is None or _demonym_before_noun(view, last, lexicon):
        return None
    return _and_name_end(view, last + 1, lexicon)


def _particle_name_end(view: TokenView, end: int, lexicon: EntityLexicon) -> int:
    """The end of a name that goes on from `end` through hyphenated particles and the name
    words after them ("Jaish" + "al-Adl", "Jama'at Nusrat" + "al-Islam wal-Muslimin")."""
    n = len(view.text)
    while end + 2 < n and (
        (view.lower[end] in lexicon.name_particles or view.lower[end] == "wal")
        and view.text[end + 1] == "-"
        and not view.ws[end]
        and not view.ws[end + 1]
        and view.name[end + 2]
    ):
        end += 3
        while end < n and view.name[end] and "\n" not in view.ws[end - 1]:
            end += 1
    return end


def _person_before_of(
    view: TokenView, start: int, end: int, persons: dict[int, int], lexicon: EntityLexicon
) -> int | None:
    """The "of" after a person's name that opens the span start..end ("Harrison Marshman of
    Sandusky Court", "Nadia Perez of Riverside Center": local news gives a person's street or
    town after "of", and the model, or the capital run with its head word, reads the whole as
    one organisation): the name is a PERSON the model found or a given-name run
    (`_given_name_run`, which keeps "Virginia Museum of Fine Arts" and "Grace Church of
    Christ" whole), and a capitalised word follows "of". None otherwise."""
    for of in range(start + 1, min(start + 4, end - 1)):
        if view.lower[of] != "of":
            continue
        if view.title[of + 1] and (
            persons.get(start) == of or _given_name_run(view, start, of, lexicon)
        ):
            return of
        return None
    return None


def rule_mentions(view: TokenView, lexicon: EntityLexicon) -> list[Mention]:
    """Spans the word lists, the gazetteer and the ORG patterns name."""
    found: list[Mention] = []
    lower, connectors = view.lower, lexicon.connectors
    # A run that goes on with a connector and a date the model found ("Qamishli on Friday",
    # "Kharkiv in March") ends, for a place, before the connector: dated[j] is True there.
    date_tokens = {i for s, e, label in view.ents if label in ("DATE", "TIME") for i in range(s, e)}
    dated = [False] * (len(view.text) + 1)
    # the model's PERSON spans by start, for a person's address run on after "of"
    persons = {start: end for start, end, label in view.ents if label == "PERSON"}
    for run_start, run_end in view.runs:
        for j in range(run_start + 1, run_end - 1):
            if lower[j] in connectors and all(k in date_tokens for k in range(j + 1, run_end)):
                dated[j] = True
                break
    for run_start, run_end in view.runs:
        # An organisation's name ends in its kind: "Ukrainian Ground Forces", "Interior
        # Ministry", "Abu Sayyaf Group".
        i = run_start
        if _opens_with_storm_title(view, run_start, run_end, lexicon):
            # "Typhoon Phanfone", "Tropical Storm Alberto": a named storm, an event
            mention = Mention(run_start, run_end)
            mention.votes["EVENT"] += STRONG
            found.append(mention)
            continue
        group = next(
            (
                k
                for k in range(run_start + 1, run_end - 1)
                if lower[k - 1] in connectors and lexicon.first_word_labels.get(lower[k]) == "ORG"
            ),
            None,
        )
        if group is not None:
            # "Fighters of Hay'at Tahrir al-Sham": the group's kind word after a connector
            name_end = group + 1
            while name_end < run_end and view.name[name_end]:
                name_end += 1
            mention = Mention(group, _particle_name_end(view, name_end, lexicon))
            mention.votes["ORG"] += STRONG
            found.append(mention)
            continue
        if run_end - run_start > 1 or lower[run_start] in lexicon.first_word_labels:
            # "Operation Olive Branch", "Mount Apo": a kind word before a name.
            kind = lexicon.first_word_labels.get(lower[run_start])
            name_end = run_start + 1
            while name_end < run_end and view.name[name_end]:
                name_end += 1  # "Mount Apo in Kidapawan City": the name stops at "in"
            if kind == "ORG":
                name_end = _particle_name_end(view, name_end, lexicon)
            if kind is not None and name_end > run_start + 1:
                mention = Mention(run_start, name_end)
                mention.votes[kind] += STRONG
                found.append(mention)
                continue
        joined = _joined_org(view, run_start, run_end, lexicon)
        if joined is not None:
            mention = Mention(run_start, joined)
            mention.votes["ORG"] += STRONG
            found.append(mention)
        field_end = _field_org_end(view, run_start, lexicon)
        if field_end is not None:
            # "Group for the Support of Islam and Muslims", "Front for the Liberation of ..."
            mention = Mention(run_start, field_end)
            mention.votes["ORG"] += STRONG
            found.append(mention)
            continue
        if (
            run_end - run_start > 2
            and lower[run_start] in lexicon.org_heads_before_of
            and lower[run_start + 1] == "of"
            and not _demonym_before_noun(view, run_end - 1, lexicon)
        ):
            # "Ministry of Defence", "Bank of England"; "in London" after it is not the name.
            end = run_start + 2
            while end < run_end and (
                view.name[end] or lower[end] in ("of", "for", "and", "the", "&")
            ):
                end += 1
            if end == run_end:
                end = _and_name_end(view, end, lexicon)
            mention = Mention(run_start, end)
            mention.votes["ORG"] += STRONG
            found.append(mention)
            continue
        for h in range(run_start + 1, run_end):
            if (
                (lower[h] in lexicon.org_heads and not view.upper[h])
                or (lower[h] in lexicon.org_heads and view.upper[run_start])
            ) and not _region_named_like_org(view, i, h + 1, lexicon):
                of = _person_before_of(view, i, h + 1, persons, lexicon)
                i = i if of is None else of + 1
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
                # Seas and gulfs are no towns ("Red Sea" is also a Sudanese state).
                places = lexicon.gazetteer.lookup(key)
                if places and lexicon.is_water(key):
                    places = []
                if not label and not places:
                    continue
                mention = Mention(i, j)
                if label:
                    mention.votes[label] += weight
                if places:
                    # the whole run, or all of it after a place preposition the run holds
                    # ("Police in Ciudad del Este": a sentence's first word joined by "in")
                    opens = i == run_start or (
                        lower[i - 1] in lexicon.place_prepositions and view.opening(run_start)
                    )
                    whole_run = opens and (j == run_end or dated[j])
                    if any(p.kind == "country" for p in places):
                        mention.votes["GPE"] += STRONG
                    elif _notable_place(places, lexicon) and (whole_run or text.isupper()):
                        mention.votes["GPE"] += MEDIUM
                    elif (
                        whole_run
                        and not any(k in date_tokens for k in range(i, j))  # "in March"
                        and key not in lexicon.not_new_places  # "believe in God"
                        # the name itself is the place, not a word qualifying a noun after
                        # it ("spoke to Sake relatives")
                        and (j == len(view.pos) or view.pos[j] not in ("NOUN", "PROPN"))
                        and _placed_by_context(view, i, j, lexicon)
                        and _notable_place(places, lexicon, lexicon.min_pop_placed)
                    ):
                        # a smaller town where the words around it say place ("killed in
                        # Sake", "Sake, a town west of Goma")
                        mention.votes["GPE"] += MEDIUM
                if mention.votes:
                    found.append(mention)
                    i = j
                    matched = True
                    break
            if not matched:
                i += 1
    found.extend(settlement_names(view, lexicon))
    # A whole run of two or three words opening with a given name that the model missed
    # ("the death of Shane Moore"): a person.
    for run_start, run_end in view.runs:
        if (
            _given_name_run(view, run_start, run_end, lexicon)
            # a word the article writes in lower case is no surname ("Everett Factory"),
            # and a date is none ("Asia Monday")
            and view.text[run_end - 1].lower() not in view.lower_case_words
            and not any(i in date_tokens for i in range(run_start, run_end))
        ):
            mention = Mention(run_start, run_end)
            mention.votes["PERSON"] += MEDIUM
            found.append(mention)
    return found


def settlement_names(view: TokenView, lexicon: EntityLexicon) -> list[Mention]:
    """The capitalised words right before a lower-case settlement word ("Sabon Gari
    village", "Al-Mughayyir village"): one place mention, GPE (MEDIUM), over the pieces and
    labels the model gave it. Hyphenated parts join the name; a sentence's opening function
    word ("The") does not; a name a word list knows ("Druze", "Hezbollah") is left alone."""
    if view.words.isdisjoint(lexicon.settlement_words):
        return []
    found: list[Mention] = []
    text, name, ws = view.text, view.name, view.ws
    for k in range(1, len(text)):
        if view.lower[k] not in lexicon.settlement_words or not view.is_lower[k]:
            continue
        start = k
        while start > 0 and k - start < 6:
            b = start - 1
            if "\n" in ws[b]:
                break
            if name[b] and not view.upper[b]:
                start = b
            elif text[b] == "-" and not ws[b] and b > 0 and name[b - 1] and not ws[b - 1]:
                start = b - 1
            else:
                break
        if start < k and view.stop[start] and view.opening(start):
            start += 1  # "The Kukawa village"
        if start >= k or text[start] == "-":
            continue
        mention_text = view.span_text(start, k)
        key = name_key(mention_text)
        if lexicon.lexicon_label(key, mention_text)[0] is not None or key in lexicon.demonyms:
            continue
        mention = Mention(start, k)
        mention.votes["GPE"] += MEDIUM
        found.append(mention)
    return found


def merge_mentions(model: list[Mention], rules: list[Mention]) -> list[Mention]:
    """One set of non-overlapping mentions.

    A rule span as long as or longer than the model spans it overlaps replaces them (keeping
    their votes when it is the same span); a model span wins over shorter rule spans inside it.
    """
    rules = sorted(rules, key=lambda m: (-(m.end - m.start), m.start))
    # The chosen mentions never overlap, so each token has at most one: a lookup by token
    # finds the mentions a rule span overlaps without scanning them all.
    owner: dict[int, Mention] = {}

    def take(m: Mention) -> None:
        for i in range(m.start, m.end):
            owner[i] = m

    for m in sorted(model, key=lambda m: m.start):
        take(m)
    for rule in rules:
        overlapping = list(
            {id(m): m for i in range(rule.start, rule.end) if (m := owner.get(i))}.values()
        )
        if not overlapping:
            take(rule)
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
                for label, weight in m.votes.items():
                    if label == "ORG" or label in rule.votes:
                        rule.votes[label] += weight
            rule.from_model = any(m.from_model for m in overlapping)
            take(rule)  # covers every token of the mentions it replaces
    return sorted({id(m): m for m in owner.values()}.values(), key=lambda m: m.start)


def _covered(view: TokenView, mentions: Iterable[Mention]) -> list[bool]:
    """For each token, whether one of the mentions holds it."""
    covered = [False] * len(view.text)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    return covered


def propagate(view: TokenView, mentions: list[Mention], lexicon: EntityLexicon) -> list[Mention]:
    """Later mentions of names the article already gave, which the model missed.

    A name (or a PERSON's surname) found once is the same name elsewhere in the article when
    it stands alone as a capitalised run; a headline in capitals matches it case-insensitively.
    A lone proper noun spelt like a PERSON's surname by the transliteration key ("Sersky"
    after "Oleksandr Syrskyi") is that person too.
    """
    covered = _covered(view, mentions)
    names: dict[tuple[str, ...], Counter[str]] = {}
    #: surnames of the article's multi-word PERSON names, as written ("sediqqi").
    given_surnames: set[tuple[str, ...]] = set()
    #: skeleton -> transliteration keys of the article's PERSON surnames.
    surnames: dict[str, set[str]] = defaultdict(set)
    #: given name -> surnames of the article's PERSON names that start with it.
    given_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = tuple(view.lower[m.start : m.end])
        names.setdefault(words, Counter()).update(m.votes)
        label = m.votes.most_common(1)[0][0] if m.votes else None
        if label != "PERSON":
            continue
        last = lexicon.surname(fold(words[-1]))
        if len(words) > 1 and len(words[-1]) > 2:
            names.setdefault((words[-1],), Counter())["PERSON"] += MODEL
            given_surnames.add((words[-1],))
            if last != fold(words[-1]):
                names.setdefault((last,), Counter())["PERSON"] += MODEL
            # A hyphenated surname is one word of the name ("Grande-Marlaska"), and a surname
            # after particles keeps them ("La Russa", "van der Berg").
            unit = m.end - 1
            while unit > m.start + 1 and view.text[unit - 1] in HYPHENS and not view.ws[unit - 1]:
                unit -= 2
            while unit > m.start + 1 and view.lower[unit - 1] in lexicon.name_particles:
                unit -= 1
            if unit < m.end - 1:
                names.setdefault(words[unit - m.start :], Counter())["PERSON"] += MODEL
            # A double surname written alone ("Padrino López" after "Vladimir Padrino
            # López"): the last two words of a name of three or more.
            if len(words) > 2 and all(view.title[i] for i in (m.end - 2, m.end - 1)):
                names.setdefault(words[-2:], Counter())["PERSON"] += MODEL
        if len(last) >= 4:
            tkey = lexicon.translit(last)
            surnames[skeleton(tkey)].add(tkey)
        first = words[0]
        if len(words) > 1 and first not in lexicon.not_given_names:
            given_of[first].add(words[-1])
    given_only: set[tuple[str, ...]] = set()
    # A given name written alone after the full name ("Hardeep also stated" after "Hardeep
    # Singh Puri") is that person when one person only has it and it is no other name of the
    # article (a place, an organisation, another person's surname).
    for first, lasts in given_of.items():
        if (
            len(lasts) == 1
            and len(first) > 2
            and first.isalpha()
            and (first,) not in names
            and first.rstrip(".") not in lexicon.title_stems
            and not lexicon.gazetteer.lookup(first)
            and first not in lexicon.demonyms
        ):
            names[(first,)] = Counter({"PERSON": MODEL})
            given_only.add((first,))
    added: list[Mention] = []
    for run_start, run_end in view.runs:
        if any(covered[run_start:run_end]):
            continue
        if (
            _after_hyphen(view, run_start)
            and view.name[run_start - 2]
            and not covered[run_start - 2]
            and tuple(view.lower[run_start - 2 : run_end]) in names
        ):
            run_start -= 2  # "Grande-Marlaska": the capital runs stop at the hyphen
        lone_word = run_end - run_start == 1
        votes = names.get(tuple(view.lower[run_start:run_end]))
        exact = tuple(view.lower[run_start:run_end]) in given_surnames
        if votes is None and lone_word and len(view.text[run_start]) >= 4:
            tkey = lexicon.translit(view.text[run_start])
            if any(similar_spelling(tkey, other) for other in surnames.get(skeleton(tkey), ())):
                votes = Counter({"PERSON": MODEL})
        if votes is None:
            continue
        if tuple(view.lower[run_start:run_end]) in given_only and not (
            # A given name alone stands as the subject of prose ("Hardeep also stated"), not
            # in a table row ("Borac 4 0 0") nor as the start of a compound or of a longer
            # name ("Ata-ur-Rehman", "Joost van der Westhuizen").
            run_end < len(view.text)
            and view.is_lower[run_end]
            and view.alpha[run_end]
            and view.lower[run_end] not in lexicon.name_particles
            and not (run_start > 0 and view.text[run_start - 1] in HYPHENS)
        ):
            continue
        # The tagger reads an unknown capitalised word opening a sentence as a common word
        # ("Zelenskyy said" as NOUN): a person's surname all the same there, unless the
        # article also writes it in lower case. Mid-sentence the tagger is right ("exhibits
        # of Polaroids" after a "Warhol Polaroids" the model took for a person). A spelling
        # variant counts only where the model saw a name (an entity it labelled, later
        # dropped as one common word).
        if (
            lone_word
            and view.pos[run_start] != "PROPN"
            and not view.upper[run_start]
            and (
                "PERSON" not in votes
                or not view.opening(run_start)
                or (view.outside[run_start] and not exact)
                or view.lower[run_start] in view.lower_case_words
            )
        ):
            continue
        for i in range(run_start, run_end):
            covered[i] = True
        mention = Mention(run_start, run_end)
        mention.votes.update({label: MODEL for label in votes})
        added.append(mention)
    add_context_votes(view, added, lexicon)
    return sorted(mentions + added, key=lambda m: m.start)


def _person_over(start: int, end: int, inside: list[Mention], from_model: bool) -> Mention:
    """A PERSON mention over `start:end` that keeps the PERSON votes of the pieces the model
    drew inside it, plus a MEDIUM vote of its own: the name the pieces were cut from."""
    mention = Mention(start, end, from_model=from_model)
    for m in inside:
        if "PERSON" in m.votes:
            mention.votes["PERSON"] += m.votes["PERSON"]
    mention.votes["PERSON"] += MEDIUM
    return mention


def _replacing(
    view: TokenView,
    mentions: list[Mention],
    added: list[Mention],
    replaced: set[int],
    lexicon: EntityLexicon,
) -> list[Mention]:
    """`mentions` less those whose ids are in `replaced`, plus `added` with the votes of their
    context, in text order; `mentions` itself when nothing changed."""
    if not added and not replaced:
        return mentions
    add_context_votes(view, added, lexicon)
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


#: What may stand between two items of a list of names ("A, B, C and D").
LIST_GLUE = frozenset({(",",), ("and",), ("or",), (",", "and"), (",", "or")})
#: Labels a list lends its items (a list of laws or events says little about a name in it).
LIST_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC"})


def list_votes(view: TokenView, mentions: list[Mention]) -> None:
    """Items of one list share a kind: in "Dolgellau, Harlech, Barmouth, Bala, and Blaenau
    Ffestiniog" the model's PERSON on "Barmouth" gives way to the places around it. A list is
    three or more mentions joined by commas, "and" or "or". When two or more items are sure of
    one label (a word list, the gazetteer or the context voted for it beyond the model) and no
    item is sure of another, an item whose only vote is the model's gets a MEDIUM vote for
    that label. Reads the mentions in text order; updates their votes."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and tuple(view.lower[groups[-1][-1].end : m.start]) in LIST_GLUE:
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        if len(group) < 3:
            continue
        sure: Counter[str] = Counter()
        for m in group:
            if m.votes:
                label, weight = m.votes.most_common(1)[0]
                if weight > MODEL:
                    sure[label] += 1
        if len(sure) != 1:
            continue
        label, count = sure.most_common(1)[0]
        if count < 2 or label not in LIST_LABELS:
            continue
        for m in group:
            if len(m.votes) == 1 and label not in m.votes and max(m.votes.values()) <= MODEL:
                m.votes[label] += MEDIUM


def surname_votes(view: TokenView, mentions: list[Mention], lexicon: EntityLexicon) -> None:
    """A person's name the model read as a place or a group ("Petro Sydor" as GPE): a name of
    two or more capitalised words, voted for by the model alone, that neither the gazetteer
    nor a word list knows, whose last word the article also writes alone ("Sydor later
    died") where that word is no place either, gets a MEDIUM PERSON vote. Reads the
    mentions (with keys) and `view.runs`; updates their votes."""
    for m in mentions:
        if m.end - m.start < 2 or not m.from_model or len(m.votes) != 1:
            continue
        words = m.key.split()
        top, weight = m.votes.most_common(1)[0]
        if (
            top not in ("GPE", "NORP")
            or len(words) < 2
            or weight > MODEL
            or not all(view.title[i] for i in range(m.start, m.end))
        ):
            continue
        if (
            words[-1] not in view.lone_names
            or words[0] in lexicon.compass_words
            or words[-1] in lexicon.region_words
            or lexicon.gazetteer.lookup(m.key)
            or lexicon.gazetteer.lookup(words[-1])
            or lexicon.gazetteer.lookup(words[0])
            or lexicon.lexicon_label(m.key, m.text)[0] is not None
            or any(w in lexicon.demonyms or w in lexicon.norp_words for w in words)
        ):
            continue
        m.votes["PERSON"] += MEDIUM


#: Most words between an apposition's comma and its role noun ("a fire service spokesman").
APPOSITION_WORDS = 5


def apposition_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """Names the model missed that an apposition describes as a person ("Tomasz Kubiak, a fire
    service spokesman, told AFP"): a capitalised run of two to four proper nouns in no
    mention, no place or known name, then a comma, "a", "an" or "the", and within a few
    lower-case words a role noun (`title_words`: "spokesman", "spokesperson"). Reads
    `view.runs` and the mentions; returns them with such names added as PERSON."""
    covered = _covered(view, mentions)
    n = len(view.text)
    added: list[Mention] = []
    for start, end in view.runs:
        if (
            not 2 <= end - start <= 4
            or end + 2 >= n
            or view.text[end] != ","
            or view.lower[end + 1] not in ("a", "an", "the")
            or any(covered[start:end])
            or not all(_name_word(view, i, lexicon) for i in range(start, end))
        ):
            continue
        role = False
        for i in range(end + 2, min(n, end + 2 + APPOSITION_WORDS)):
            if not (view.is_lower[i] and view.alpha[i]):
                break
            if (
                view.lower[i] in lexicon.title_stems
                and view.lower[i] not in lexicon.title_modifiers
            ):
                role = True
                break
        key = name_key(view.span_text(start, end))
        if not role or lexicon.gazetteer.lookup(key) or lexicon.lexicon_label(key, key)[0]:
            continue
        mention = Mention(start, end)
        mention.votes["PERSON"] += MEDIUM
        added.append(mention)
    add_context_votes(view, added, lexicon)
    return sorted(mentions + added, key=lambda m: m.start)


def _role_before(view: TokenView, comma: int, lexicon: EntityLexicon) -> bool:
    """True when the words before the comma at `comma` end in a role noun ("the agency's
    director-general,", "Sumy's regional governor,"), also one followed by "of" or "in" and a
    capitalised name ("The mayor of Kramatorsk,", "head of the Red Cross in Sudan,"). A word
    that only qualifies a title counts after a hyphen ("director-general") and not alone."""
    i = comma - 1
    if i >= 0 and view.name[i] and not _role_word(view, i, lexicon):
        while i >= 0 and (view.name[i] or view.lower[i] in ("of", "for", "and", "the")):
            i -= 1
            if view.lower[i + 1] in ("of", "in") and not view.name[i + 1]:
                break
        if i + 1 >= comma or view.lower[i + 1] not in ("of", "in"):
            return False
    return i >= 0 and _role_word(view, i, lexicon)


def _role_word(view: TokenView, i: int, lexicon: EntityLexicon) -> bool:
    """Token i is a role noun naming a person's post ("spokesman", "governor", "head")."""
    word = view.lower[i].rstrip(".")
    if word not in lexicon.title_stems and word not in lexicon.apposition_roles:
        return False
    return word not in lexicon.title_modifiers or (i > 1 and view.text[i - 1] in HYPHENS)


def _name_words_end(view: TokenView, start: int, lexicon: EntityLexicon) -> tuple[int, int]:
    """How far a person's name written from `start` goes: capitalised words (no titles),
    hyphened parts ("Diallo-Koné") and particles ("al-Baba") joined, on one line. Returns
    (end, number of words), a hyphened word counting once; the end never after a hyphen."""
    n, i, words = len(view.text), start, 0
    while i < n and view.sentence[i] == view.sentence[start]:
        if view.title[i] and view.alpha[i] and view.lower[i].rstrip(".") not in lexicon.title_stems:
            words += 0 if i > start and view.text[i - 1] in HYPHENS else 1
        elif (
            i > start
            and view.text[i] in HYPHENS
            and not view.ws[i - 1]
            and not view.ws[i]
            and i + 1 < n
            and view.title[i + 1]
        ):
            pass
        elif not (
            view.lower[i] in lexicon.name_particles
            and view.is_lower[i]
            and not view.stop[i]  # "at", "as", "an" are English words here
            and i > start
            and i + 1 < n
            and (view.title[i + 1] or view.text[i + 1] in HYPHENS)
        ):
            break
        i += 1
    return i, words


def _apposition_name_end(view: TokenView, start: int, lexicon: EntityLexicon) -> int | None:
    """The end of a person's name written from `start` up to a comma: two to four
    capitalised words, hyphened parts ("Diallo-Koné") and particles ("al-Baba") joined.
    None when anything else stands before the comma."""
    end, words = _name_words_end(view, start, lexicon)
    if end >= len(view.text) or view.text[end] != "," or not 2 <= words <= 4:
        return None
    return end


def _owners(mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index -> the mention that holds it."""
    return {i: m for m in mentions for i in range(m.start, m.end)}


def title_names(view: TokenView, mentions: list[Mention], lexicon: EntityLexicon) -> list[Mention]:
    """A person's name after a capitalised title ("Governor Babajide Sanwo-Olu", "Prime
    Minister Alix Didier Fils-Aimé") that the model missed or split in two ("Alix Didier" |
    "Fils-Aimé" as an organisation): the two to four name words after the title are one
    PERSON (MEDIUM). Not a name ending in an organisation's or a building's head word
    ("Captain Elias Hospital"), one the gazetteer or a word list knows, one the model drew
    whole already (with a title of the name: "Sheikh Yusuf Mohammad Siad"), nor one where
    a word list or the gazetteer is sure of another label. Returns the mentions so changed."""
    if view.words.isdisjoint(lexicon.title_words) and view.words.isdisjoint(lexicon.title_stems):
        return mentions
    titles = [
        t
        for run_start, run_end in view.runs
        for t in range(run_start, run_end)
        if view.lower[t] in lexicon.title_stems or view.lower[t] in lexicon.title_words
    ]
    if not titles:
        return mentions
    owner = _owners(mentions)
    n = len(view.text)
    replaced: set[int] = set()
    added: list[Mention] = []
    for t in titles:
        word = view.lower[t].rstrip(".")
        if (
            t + 2 >= n
            or not view.title[t]
            or word not in lexicon.title_stems
            or word in lexicon.title_modifiers
            or not view.ws[t]
            or not view.title[t + 1]
        ):
            continue
        start = t + 1
        end, words = _name_words_end(view, start, lexicon)
        if not 2 <= words <= 4 or any(
            view.pos[i] in COMMON_POS and view.pos[i] != "NOUN" and not view.upper[i]
            for i in range(start, end)
        ):
            continue  # "Officer Involved Shooting": a headline's words, no name
        last = view.lower[end - 1]
        if (
            last in lexicon.org_heads
            or last in lexicon.head_labels
            or last in lexicon.media_words
            or last in lexicon.region_words
        ):
            continue
        inside = list({id(m): m for i in range(t, end) if (m := owner.get(i))}.values())
        if any(m.end > end or m.start < t for m in inside):
            continue
        if len(inside) == 1 and inside[0].end == end and inside[0].start <= start:
            continue  # the model drew the name whole
        if any(
            label != "PERSON" and weight >= MEDIUM
            for m in inside
            for label, weight in m.votes.items()
        ):
            continue
        key = name_key(view.span_text(start, end))
        if lexicon.gazetteer.lookup(key) or lexicon.lexicon_label(key, key)[0] is not None:
            continue
        mention = _person_over(start, end, inside, from_model=any(m.from_model for m in inside))
        replaced.update(id(m) for m in inside)
        added.append(mention)
        for i in range(t, end):
            owner[i] = mention
    return _replacing(view, mentions, added, replaced, lexicon)


def role_apposition_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """Names in apposition after a role noun ("The agency's director-general, Tunde
    Adebayo-Oyetoro, told reporters", "The mayor of Kramatorsk, Oleksandr Honcharenko,
    said"): the words between the two commas are one PERSON with a MEDIUM vote, where the
    model labelled them otherwise, cut them ("Fashola") or missed them. Not a name the
    gazetteer or a word list knows ("the province's capital, Kandahar,"), nor one a word list
    or the context is sure is something else. Returns the mentions with such names made."""
    n = len(view.text)
    starts = [
        run_start  # a name opens a capital run, after the comma
        for run_start, _ in view.runs
        if 2 <= run_start < n - 2 and view.text[run_start - 1] == "," and view.title[run_start]
    ]
    if not starts:
        return mentions
    owner = _owners(mentions)
    replaced: set[int] = set()
    added: list[Mention] = []
    for start in starts:
        comma = start - 1
        end = _apposition_name_end(view, start, lexicon)
        if end is None or not _role_before(view, comma, lexicon):
            continue
        inside = list({id(m): m for i in range(start, end) if (m := owner.get(i))}.values())
        if any(m.start < start or m.end > end for m in inside):
            continue
        if any(
            label != "PERSON" and weight > MODEL
            for m in inside
            for label, weight in m.votes.items()
        ):
            continue
        key = name_key(view.span_text(start, end))
        if lexicon.gazetteer.lookup(key) or lexicon.lexicon_label(key, key)[0] is not None:
            continue
        mention = Mention(start, end, from_model=any(m.from_model for m in inside))
        for m in inside:
            mention.votes.update(m.votes)
            replaced.add(id(m))
        mention.votes["PERSON"] += MEDIUM
        added.append(mention)
    return _replacing(view, mentions, added, replaced, lexicon)


#: Model labels a kind word after a name overrides ("the Myawady daily", read as a person);
#: an event, a product or a location keeps its label ("a World Cup group qualifier").
AFTER_KIND_OVERRIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Words of an organisation's name after its kind word ("the rights group Human Rights Watch").
ORG_NAME_GLUE = frozenset({"of", "for", "and", "the", "&"})


def _describes_org(view: TokenView, d: int, lexicon: EntityLexicon, after: bool = False) -> bool:
    """Token d is a lower-case noun naming a kind of organisation ("firm", "watchdog", "think
    tank"), before a name and not the object of "told" ("told the newspaper Zelensky had
    ...": a new clause), or after one (`after`: "the Bild newspaper", "the Grand Ravine
    gang")."""
    if d < 0 or d >= len(view.text) or not view.is_lower[d]:
        return False
    word = view.lower[d]
    if after:
        # "The Myawady daily said": the tagger may read the head noun as an adverb
        heads_phrase = d + 1 >= len(view.text) or view.pos[d + 1] in ("VERB", "AUX", "PUNCT")
        return word in lexicon.org_descriptors and (
            view.pos[d] == "NOUN" or (heads_phrase and view.pos[d] in ("ADV", "ADJ"))
        )
    if view.pos[d] != "NOUN":
        return False
    if word not in lexicon.org_descriptors and not (
        d > 0 and f"{view.lower[d - 1]} {word}" in lexicon.org_descriptors
    ):
        return False
    before = d - 1
    while before >= 0 and view.lower[before] in ("the", "a", "an"):
        before -= 1
    return before < 0 or view.lower[before] not in lexicon.told_words


def _person_words(mentions: list[Mention]) -> dict[str, set[int]]:
    """Keys a PERSON of the article goes by, with the mentions' starts: its names of two or
    more words and their last word ("elon musk", "musk")."""
    words: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.end - m.start > 1 and m.votes and _group_label(m.votes) == "PERSON":
            words[m.key].add(m.start)
            words[m.key.split()[-1]].add(m.start)
    return words


def described_org_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """Names written next to a lower-case noun for a kind of organisation, before it ("risk
    consultancy SBM Intelligence", "monitoring group Airwars", "the watchdog Insecurity
    Insight") or after it ("the Bild newspaper", "the Grand Ravine gang"): the capitalised
    name (with "of", "for", "and" inside) is one ORG with a STRONG vote, over the model's
    cut, missed or mislabelled spans. Not a title opening the name ("group spokesman"), a
    place, a demonym, a date the model found, a person the article names ("Elon Musk" ...
    "the Musk company"), nor a name a word list or the gazetteer is sure is something else
    (a vote of MEDIUM or more; a role noun's WEAK vote gives way: "state broadcaster Malawi
    Television"). Returns the mentions with such names made."""
    if view.words.isdisjoint(lexicon.org_descriptors) and view.words.isdisjoint(
        lexicon.org_descriptor_ends
    ):
        return mentions
    n = len(view.text)
    runs = [
        (run_start, run_end)
        for run_start, run_end in view.runs
        if (run_start > 0 and view.lower[run_start - 1] in lexicon.org_descriptors)
        or (run_start > 1 and view.lower[run_start - 1] in lexicon.org_descriptor_ends)
        or (run_end < n and view.lower[run_end] in lexicon.org_descriptors)
    ]
    if not runs:
        return mentions
    owner = _owners(mentions)
    other_ents = set()
    for s, e, label in view.ents:
        if label not in CONTRACT_LABELS:
            other_ents.update(range(s, e))
    persons: dict[str, set[int]] | None = None
    replaced: set[int] = set()
    added: list[Mention] = []
    for run_start, run_end in runs:
        before = _describes_org(view, run_start - 1, lexicon) and (
            view.sentence[run_start - 1] == view.sentence[run_start]
        )
        if not before and not (
            _describes_org(view, run_end, lexicon, after=True) and view.ws[run_end - 1]
        ):
            continue
        start = run_start
        while start < run_end and view.lower[start] in ("a", "an", "the"):
            start += 1  # "A Gaza group": a capitalised article opening the sentence
        if not before and (
            start >= run_end
            or (view.opening(start) and view.pos[start] != "PROPN")
            or any(
                label not in AFTER_KIND_OVERRIDES
                for s, e, label in view.ents
                if s < run_end and e > start
            )
        ):
            continue  # "Opposition group says": a common word; "World Cup group": an event
        end = start
        while end < run_end and (view.name[end] or view.lower[end] in ORG_NAME_GLUE):
            end += 1
        while end > start and view.lower[end - 1] in ORG_NAME_GLUE:
            end -= 1
        if not before and end != run_end:
            continue
        if (
            end <= start
            or view.lower[start].rstrip(".") in lexicon.title_stems
            or any(i in other_ents for i in range(start, end))
        ):
            continue
        key = name_key(view.span_text(start, end))
        if (
            key in lexicon.demonyms
            or key in lexicon.norp_words
            or lexicon.gazetteer.lookup(key)
            or lexicon.is_water(key)
        ):
            continue  # a place, a people, a sea ("drown in the Mediterranean daily")
        if persons is None:
            persons = _person_words(mentions)
        if any(not start <= at < end for at in persons.get(key, ())):
            continue  # the name of a person the article gives elsewhere
        inside = list({id(m): m for i in range(start, end) if (m := owner.get(i))}.values())
        if any(m.start < start or m.end > end for m in inside) or any(
            label != "ORG" and weight >= MEDIUM for m in inside for label, weight in m.votes.items()
        ):
            continue
        if (
            len(inside) == 1
            and (inside[0].start, inside[0].end) == (start, end)
            and end - start > 1
            and inside[0].votes.most_common(1)[0][0] == "PERSON"
            and view.lower[end - 1] not in lexicon.org_heads
            and view.lower[end - 1] not in lexicon.media_words
        ):
            continue  # "its alleged operator Jong Woo Son": the model read a whole name
        mention = Mention(start, end, from_model=any(m.from_model for m in inside))
        for m in inside:
            mention.votes.update(m.votes)
            replaced.add(id(m))
        mention.votes["ORG"] += STRONG
        added.append(mention)
    return _replacing(view, mentions, added, replaced, lexicon)


def _org_short_heads(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> dict[str, str]:
    """Head word -> the longest ORG name of the article it heads: the last word of the name
    ("State Emergency Service") or the word before its first "of" or "for" ("Syrian
    Observatory for Human Rights", "International Committee of the Red Cross"), when it is a
    word for a body (`short_form_heads`). A head shared by two names that are no short and
    long form of one ("Interior Ministry", "Health Ministry") heads nothing."""
    names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if len(words) < 2 or not m.votes or _group_label(m.votes) != "ORG" or words[-2] == "the":
            continue  # "Later the Committee" is the short form itself, drawn too long
        heads = {words[-1]}
        for i, word in enumerate(words):
            if word in ("of", "for"):
                if i:
                    heads.add(words[i - 1])
                break
        for head in heads:
            if head in lexicon.short_form_heads:
                names[head].add(m.key)
    out: dict[str, str] = {}
    for head, keys in names.items():
        longest = max(keys, key=lambda k: (len(k.split()), k))
        if all(set(k.split()) <= set(longest.split()) for k in keys):
            out[head] = longest
    return out


def short_org_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """ "the" and the head word of a long organisation name the article gives ("the
    Observatory" after "the Syrian Observatory for Human Rights", "the Committee" after "the
    International Committee of the Red Cross"): an ORG mention (STRONG) of that name's
    cluster, made where the model missed it, called it a person, or drew it with the words
    before "the" ("Later the Committee"). Returns the mentions with such short forms."""
    if "the" not in view.words or view.words.isdisjoint(lexicon.short_form_heads):
        return mentions
    lower = view.lower
    found = [
        h
        for run_start, run_end in view.runs
        for h in range(run_start or 1, run_end)
        if lower[h] in lexicon.short_form_heads and lower[h - 1] == "the"
    ]
    if not found:
        return mentions
    heads = _org_short_heads(view, mentions, lexicon)
    if not heads:
        return mentions
    owner = _owners(mentions)
    n = len(view.text)
    added: list[Mention] = []
    for h in found:
        target = heads.get(view.lower[h])
        if target is None or not view.title[h] or (h + 1 < n and view.name[h + 1] and view.ws[h]):
            continue
        m = owner.get(h)
        if m is None:
            m = Mention(h, h + 1)
            added.append(m)
        elif m.end != h + 1 or m.key == target:
            continue
        elif m.start < h:
            m.start = h  # "Later the Committee": the words before "the" are no name
            m.text, m.key = view.span_text(h, h + 1), view.lower[h]
        m.votes["ORG"] += STRONG
        m.joins = target
    return _replacing(view, mentions, added, set(), lexicon)


def _title_field(view: TokenView, run_start: int, run_end: int, lexicon: EntityLexicon):
    """In a capital run, a title and its field ("Minister for Defence", "Secretary of State
    for Defence"): (title, field_end) token indexes, or None. The field is one or more
    `portfolio_words` (with "of", "for", "and", "the" between) after "of" or "for"."""
    for t in range(run_start, run_end - 2):
        word = view.lower[t].rstrip(".")
        if not view.title[t] or word not in lexicon.title_stems or word in lexicon.title_modifiers:
            continue
        if view.lower[t + 1] not in ("of", "for"):
            return None
        k = t + 2
        while k < run_end and (
            view.lower[k] in lexicon.portfolio_words or view.lower[k] in ORG_NAME_GLUE
        ):
            k += 1
        while k > t + 2 and view.lower[k - 1] in ORG_NAME_GLUE:
            k -= 1
        return (t, k) if k > t + 2 else None
    return None


def title_field_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """Names after a title and its field in one capital run ("Italian Minister for Defence
    Ignazio La Russa", "Secretary of State for Defence Ben Wallace"): the two to four
    capitalised words after the field are one PERSON (MEDIUM), where the model missed them
    or split them ("Evan Faeq | Jabro"); a field word the model took for an organisation
    ("State", "Trade") is no mention. Not a name the gazetteer or a word list knows.
    Returns the mentions so changed."""
    fields = [
        (run_start, run_end, found)
        for run_start, run_end in view.runs
        if run_end - run_start >= 3
        and (found := _title_field(view, run_start, run_end, lexicon)) is not None
    ]
    if not fields:
        return mentions
    owner = _owners(mentions)
    dropped: set[int] = set()
    added: list[Mention] = []
    for _, run_end, (title, start) in fields:
        for i in range(title + 1, start):
            m = owner.get(i)
            if (
                m is not None
                and title < m.start
                and m.end <= start
                and all(w in lexicon.portfolio_words for w in m.key.split())
            ):
                dropped.add(id(m))  # "Secretary of State": "State" is no organisation
        end, words = start, 0
        while end < run_end and view.title[end] and view.alpha[end]:
            if view.lower[end].rstrip(".") in lexicon.title_stems:
                break
            end += 1
            words += 1
        if end != run_end or not 2 <= words <= 4:
            continue
        key = name_key(view.span_text(start, end))
        if lexicon.gazetteer.lookup(key) or lexicon.lexicon_label(key, key)[0] is not None:
            continue
        inside = list({id(m): m for i in range(start, end) if (m := owner.get(i))}.values())
        if any(m.end > end or (m.start < start and m.start <= title) for m in inside):
            continue
        mention = _person_over(start, end, inside, from_model=any(m.from_model for m in inside))
        dropped.update(id(m) for m in inside)
        added.append(mention)
    return _replacing(view, mentions, added, dropped, lexicon)


def _abbreviates(acronym: str, key: str, lexicon: EntityLexicon) -> bool:
    """True when `acronym` ("TPLF") is the initials of the name `key` ("tigray people's
    liberation front"), connectors left out or not ("ACLED" for "armed conflict location and
    event data")."""
    letters = acronym.replace(".", "").lower()
    words = [w for w in key.replace("-", " ").split() if w[:1].isalpha()]
    if len(letters) < 2 or len(words) < 2:
        return False
    return letters in (_initials(words, lexicon), "".join(w[0] for w in words))


def _translated_acronym(acronym: str, m: Mention, lexicon: EntityLexicon) -> bool:
    """True when `acronym` is an organisation's acronym in another language or word order
    ("National Liberation Army (ELN)", "Haitian National Police (PNH)", "Group for the
    Support of Islam and Muslims (JNIM)"): the name before it is an organisation of two or
    more words, the acronym is no other name the word lists know nor a news agency's credit,
    and at least half its letters are initials of the name's words."""
    letters = acronym.lower()
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
        return False
    if not m.votes or _group_label(m.votes) != "ORG":
        return False
    key = name_key(acronym)
    if key in lexicon.acronyms or key in lexicon.org_names or key in lexicon.media_names:
        return False
    initials = Counter(_initials(m.key.replace("-", " ").split(), lexicon))
    if sum(initials.values()) < 2:
        return False
    shared = sum((Counter(letters) & initials).values())
    return 2 * shared >= len(letters)


def bracket_acronyms(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """An acronym in brackets right after a name it abbreviates ("the Allied Democratic Forces
    (ADF)", "the Tigray People's Liberation Front (TPLF)"): a mention of that name's cluster
    (by `joins`), made where the model missed it. A person has no such acronym, so a name the
    model read as a PERSON is an organisation (STRONG on both); another label ("Democratic
    Republic of Congo (DRC)") is the acronym's too. A credit that abbreviates nothing
    ("Maiduguri (AP)") is left alone. Returns the mentions with such acronyms."""
    at = {m.start: m for m in mentions}
    ending = {m.end: m for m in mentions}
    n = len(view.text)
    added: list[Mention] = []
    owned: set[int] = set()
    for m in mentions:
        a = m.end + 1
        if a + 1 >= n or view.text[m.end] != "(" or view.text[a + 1] != ")" or not view.upper[a]:
            continue
        owner = None
        if not _abbreviates(view.text[a], m.key, lexicon):
            # "Islamic State's Khorasan Province (ISKP)": the initials take in the owner;
            # else an acronym in another language ("National Liberation Army (ELN)")
            owner = ending.get(m.start - 1)
            if (
                owner is None
                or id(owner) in owned
                or view.lower[m.start - 1] not in ("'s", "’s")
                or not _abbreviates(view.text[a], f"{owner.key} {m.key}", lexicon)
            ):
                owner = None
                if not _translated_acronym(view.text[a], m, lexicon):
                    continue
        if owner is not None:
            owned.add(id(owner))
            m.start = owner.start
            m.text = view.span_text(m.start, m.end)
            m.key = name_key(m.text)
            m.votes = Counter({"ORG": STRONG})
            m.from_model = m.from_model or owner.from_model
        label = _group_label(m.votes) if m.votes else "ORG"
        acronym = at.get(a)
        if acronym is None:
            acronym = Mention(a, a + 1)
            added.append(acronym)
        elif acronym.end != a + 1:
            continue
        acronym.joins = m.key
        if label in ("PERSON", "ORG"):
            m.votes["ORG"] += STRONG
            acronym.votes["ORG"] += STRONG
        else:
            acronym.votes[label] += MEDIUM
    if owned:
        mentions = [m for m in mentions if id(m) not in owned]
    if not added:
        return mentions
    add_context_votes(view, added, lexicon)
    return sorted(mentions + added, key=lambda m: m.start)


#: Quote marks that open and close a nickname inside a name.
OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def nickname_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """A nickname in quotes inside a person's name (Joaquín "El Chapo" Guzmán, Mohamed
    'Hemedti' Dagalo), which the model splits around the quotes: given names, the quoted
    capitalised words (one to three) and the surname are one PERSON (MEDIUM), where a
    mention there is a PERSON and every mention there lies inside. Not a quoted title with a
    lower-case word ("Meet the Press") or a date after it. Returns the mentions so changed."""
    if view.words.isdisjoint(OPENING_QUOTES):
        return mentions
    n = len(view.text)
    quotes = [  # the quote opens right after a capitalised word
        e for _, e in view.runs if 1 <= e < n - 3 and view.text[e] in OPENING_QUOTES
    ]
    if not quotes:
        return mentions
    owner = _owners(mentions)
    other = {i for s, e, label in view.ents if label not in CONTRACT_LABELS for i in range(s, e)}
    replaced: set[int] = set()
    added: list[Mention] = []
    for q in quotes:
        if view.ws[q] or not view.ws[q - 1]:
            continue
        c = q + 1
        while c < n and c <= q + 3 and view.title[c] and view.alpha[c]:
            c += 1
        if c == q + 1 or c >= n - 1 or view.text[c] not in CLOSING_QUOTES or not view.ws[c]:
            continue
        if view.ws[c - 1]:
            continue  # the quote closes right after the nickname
        start = q
        while (
            start > 0
            and q - start < 3
            and view.title[start - 1]
            and view.alpha[start - 1]
            and view.lower[start - 1].rstrip(".") not in lexicon.title_stems
            and view.sentence[start - 1] == view.sentence[q]
        ):
            start -= 1
        end, words = _name_words_end(view, c + 1, lexicon)
        if start == q or not 1 <= words <= 3 or any(i in other for i in range(start, end)):
            continue
        inside = list({id(m): m for i in range(start, end) if (m := owner.get(i))}.values())
        if (
            not inside
            or any(m.start < start or m.end > end for m in inside)
            or not any(_group_label(m.votes) == "PERSON" for m in inside if m.votes)
            or (len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end))
        ):
            continue
        mention = _person_over(start, end, inside, from_model=True)
        replaced.update(id(m) for m in inside)
        added.append(mention)
        for i in range(start, end):
            owner[i] = mention
    return _replacing(view, mentions, added, replaced, lexicon)


def title_run_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """Names at the end of a long capitalised title the model read as one run or missed
    ("UN High Commissioner for Human Rights Navi Pillay"): the run's last two words are a
    PERSON when the run holds a capitalised title word, the model put no entity on them, and
    the article later writes the last word alone as a name ("Pillay said"). Reads
    `view.runs` and the mentions; returns the mentions with such names added (the title's
    words before the name are left as they were)."""
    covered = _covered(view, mentions)
    lone = view.lone_names
    added: list[Mention] = []
    for run_start, run_end in view.runs:
        first = run_end - 2
        if (
            first - run_start < 1
            or covered[first]
            or covered[first + 1]
            or view.lower[run_end - 1] not in lone
            or not all(_name_word(view, i, lexicon) for i in (first, first + 1))
            or not any(
                view.title[i] and view.lower[i].rstrip(".") in lexicon.title_stems
                for i in range(run_start, first)
            )
        ):
            continue
        mention = Mention(first, run_end)
        mention.votes["PERSON"] += MEDIUM
        added.append(mention)
    add_context_votes(view, added, lexicon)
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


def add_context_votes(view: TokenView, mentions: Iterable[Mention], lexicon: EntityLexicon) -> None:
    """Set each mention's `text` and `key` and add the votes of the words around it (once per
    mention: before `propagate`, which reads the labels, and for the mentions it adds)."""
    for m in mentions:
        m.text = view.span_text(m.start, m.end)
        m.key = name_key(m.text)
        _context_votes(view, m, lexicon)


def _one_name_after_role(view: TokenView, m: Mention, lexicon: EntityLexicon) -> bool:
    """Whether a one-word mention is a person known by one name after a lower-case role noun
    with its modifier ("disaster agency chief Heriyanto", "army spokesman Nugroho", "rescue
    head Wicaksono"): the role word is not capitalised and has a word before it, the name is
    title-case (no acronym) and no place, country or listed name ("the police chief Kabul
    appointed")."""
    b = m.start - 1
    if m.end - m.start != 1 or b < 1 or view.name[b] or not view.title[m.start]:
        return False
    role = view.lower[b]
    if role in lexicon.title_modifiers or not (
        role in lexicon.title_words or role in lexicon.apposition_roles
    ):
        return False
    if view.punct[b - 1] or view.opening(m.start):
        return False
    if m.end < len(view.text) and view.name[m.end]:
        return False
    if lexicon.lexicon_label(m.key, m.text)[0] is not None:
        return False
    return not lexicon.gazetteer.lookup(m.key)


def _given_name_run(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> bool:
    """Whether tokens [start, end) are two or three title-case words opening with a given name
    ("Ronnie Daniels", "Tyrell Banks"): a person, which the model calls ORG when the surname
    looks plural, or misses ("Shane Moore"). Not when a word after the given name is a kind of
    organisation, place or building ("Grace Baptist Church"), when a last word in -s is no
    known surname ("Charlotte Hornets"), when the first word is also a notable place ("China
    Eastern"), or when a word list or the gazetteer knows the name."""
    # the cheap tests first: this runs on every capitalised run of every article
    if not 2 <= end - start <= 3 or fold(view.lower[start]) not in lexicon.given_names:
        return False
    text = view.span_text(start, end)
    key = name_key(text)
    words = key.split()
    if end - start != len(words) or words[0] not in lexicon.given_names:
        return False
    if not all(view.title[i] and not view.upper[i] for i in range(start, end)):
        return False
    if any(_kind_word(w, lexicon) for w in words[1:]) or _notable_place_word(words[0], lexicon):
        return False
    if words[-1].endswith("s") and words[-1] not in lexicon.surnames_in_s:
        return False
    if lexicon.lexicon_label(key, text)[0] is not None:
        return False
    return not lexicon.gazetteer.lookup(key)


def _notable_place_word(word: str, lexicon: EntityLexicon) -> bool:
    """Whether a word alone names a country, a region or a major city ("China Eastern",
    "Venice Film Festival", "Georgia Power"), so a name opening with it is as likely a firm
    or an event as a person."""
    return any(
        p.kind in ("country", "admin1", "capital") or p.population >= lexicon.major_city_population
        for p in lexicon.gazetteer.lookup(word)
    )


def _kind_word(word: str, lexicon: EntityLexicon) -> bool:
    """Whether a word says what kind of organisation, place or building a name is."""
    return (
        word in lexicon.short_form_heads
        or word in lexicon.head_labels
        or word in lexicon.region_words
        or word in lexicon.place_kind_words
        or word in lexicon.settlement_words
        or word in lexicon.media_words
    )


def _plural_region_after_next(view: TokenView, start: int, lexicon: EntityLexicon) -> bool:
    """Whether the name opening at `start` is followed by a plural region word ("... and
    Ye-U townships", "... or Kherson regions"): the names joined before it are regions too."""
    n, j = len(view.text), start
    while j < n and (view.name[j] or (view.text[j] == "-" and j > start and not view.ws[j - 1])):
        j += 1
    return (
        j > start and j < n and view.lower[j] in lexicon.region_words and view.lower[j][-1] == "s"
    )


def _context_votes(view: TokenView, m: Mention, lexicon: EntityLexicon) -> None:
    """Words around a mention that say what it is: a title before a name ("President"), a
    region word after it ("Belgorod region"), a place preposition before a known place."""
    before = view.lower[m.start - 1] if m.start > 0 else None
    after = view.lower[m.end] if m.end < len(view.lower) else None
    # A capitalised title says PERSON ("President X"); so does a lower-case role noun before a
    # name of two or more capitalised words ("spokesman Sediq Sediqqi", "commander-in-chief
    # Oleksandr Syrskyi"), but not a word that only qualifies a title ("state Gazprom").
    if (
        before is not None
        and before.rstrip(".") in lexicon.title_stems
        and (
            view.name[m.start - 1]
            or (
                before not in lexicon.title_modifiers
                and m.end - m.start > 1
                and all(
                    view.title[i] or view.lower[i] in lexicon.name_particles
                    for i in range(m.start, m.end)
                )
            )
        )
    ):
        m.votes["PERSON"] += WEAK
    elif _one_name_after_role(view, m, lexicon):
        m.votes["PERSON"] += MEDIUM
    if _given_name_run(view, m.start, m.end, lexicon):
        m.votes["PERSON"] += MEDIUM
    if after is not None and after in lexicon.region_words:
        m.votes["GPE"] += WEAK
    elif after in ("and", "or") and _plural_region_after_next(view, m.end + 1, lexicon):
        m.votes["GPE"] += WEAK  # "Tabayin and Ye-U townships"
    # A word list knows the whole name where the capital runs could not see it as one
    # ("Neo-Nazi" is two runs).
    known, weight = lexicon.lexicon_label(m.key, m.text)
    if known is not None and known not in m.votes:
        m.votes[known] += weight
    # The kind word of a name outweighs the model's label on each mention: "Al Noor Mosque"
    # is a building (FAC) the model calls ORG, "Operation Centurion" an EVENT; but a country
    # or a first-level region keeps its own kind ("Rhode Island" is a state).
    words = m.key.split()
    if len(words) > 1:
        kind = lexicon.head_labels.get(words[-1]) or lexicon.first_word_labels.get(words[0])
        if kind is not None and not any(
            p.kind in ("country", "admin1") for p in lexicon.gazetteer.lookup(m.key)
        ):
            m.votes[kind] += STRONG
    if _after_place_preposition(view, m.start, lexicon) and lexicon.gazetteer.lookup(m.key):
        m.votes["GPE"] += WEAK
    if (
        before == "of"
        and _after_place_kind(view, m.start, lexicon)
        and not (m.votes and _group_label(m.votes) in ("FAC", "GPE"))
    ):
        # "the occupied town of Vasylivka", "the port of Vlissingen" (read as a group, a
        # person or a mere location: towns, districts and provinces are GPE); a street or a
        # building the model saw stays what it is
        m.votes["GPE"] += MEDIUM


def _after_place_preposition(view: TokenView, start: int, lexicon: EntityLexicon) -> bool:
    """True when a place preposition stands right before token `start` ("killed in | Sake").
    Not after "the": there the name mostly qualifies a noun ("at the Getulio Vargas
    hospital", "in the Freedom article"), which a place preposition says nothing about."""
    return start > 0 and view.lower[start - 1] in lexicon.place_prepositions


def _placed_by_context(view: TokenView, start: int, end: int, lexicon: EntityLexicon) -> bool:
    """True when the words around a name say it is a place: a place preposition before it
    ("killed in Sake", "near Bakhmut"), a kind of place and "of" ("the town of Palmyra"), or
    an apposition naming its kind after it ("Sake, a town west of Goma")."""
    if _after_place_preposition(view, start, lexicon) or _after_place_kind(view, start, lexicon):
        return True
    n = len(view.text)
    if end + 2 < n and view.text[end] == "," and view.lower[end + 1] in ("a", "an", "the"):
        # ", a town", ", a small town", ", the besieged city": the kind within two words
        return any(
            view.lower[k] in lexicon.place_kind_words and view.is_lower[k]
            for k in range(end + 2, min(end + 4, n))
        )
    return False


def _after_place_kind(view: TokenView, start: int, lexicon: EntityLexicon) -> bool:
    """True when a lower-case word for a kind of place and "of" stand before token `start`
    ("the town of | Djibo", "the port of | Vlissingen")."""
    return (
        start >= 2
        and view.lower[start - 1] == "of"
        and view.is_lower[start - 2]
        and view.lower[start - 2] in lexicon.place_kind_words
    )


def place_kind_names(
    view: TokenView, mentions: list[Mention], lexicon: EntityLexicon
) -> list[Mention]:
    """Names after a word for a kind of place and "of" that the model missed ("the city of
    Huliaipole"): the capitalised words there are a GPE mention (MEDIUM). Reads
    `view.runs`; returns the mentions with such places added."""
    if "of" not in view.words or view.words.isdisjoint(lexicon.place_kind_words):
        return mentions
    starts = [s for s, _ in view.runs if _after_place_kind(view, s, lexicon)]
    if not starts:
        return mentions
    covered = _covered(view, mentions)
    dates = {i for s, e, label in view.ents if label not in CONTRACT_LABELS for i in range(s, e)}
    added: list[Mention] = []
    for run_start in starts:
        if covered[run_start]:
            continue
        end, _ = _name_words_end(view, run_start, lexicon)  # "Urus-Martan" is one name
        if end == run_start or any(covered[i] or i in dates for i in range(run_start, end)):
            continue
        if view.lower[end - 1] in lexicon.head_labels:
            continue  # "the neighbourhood of Strickland Street": a street, no town
        added.append(Mention(run_start, end))
    return _replacing(view, mentions, added, set(), lexicon)  # the kind word: the GPE vote


def _place_codes(words: Sequence[str], lexicon: EntityLexicon) -> tuple[set[str], int]:
    """Country codes the opening words of a name give ("united states", "russian", "gaza"),
    and how many words that is (the longest known opening)."""
    for k in range(min(len(words), 3), 0, -1):
        key = " ".join(words[:k])
        if key in lexicon.demonyms:
            return {lexicon.demonyms[key]}, k
        places = lexicon.gazetteer.lookup(key)
        if places and not all(w in lexicon.portfolio_words for w in words[:k]):
            return {p.country_code for p in places if p.kind in ("country", "admin1")} or {
                p.country_code for p in places
            }, k
    return set(), 0


def _office_form(key: str, lexicon: EntityLexicon) -> tuple[str, frozenset[str], set[str]] | None:
    """A ministry's or department's name as (head, field words, country codes): "russian
    defence ministry" and "ministry of defence" are ("ministry", {"defence"}, {RU}) and
    ("ministry", {"defence"}, {}); "united states department of state" is ("department",
    {"state"}, {US}). None for other names, or a field that is only a place ("Bank of
    England")."""
    words = key.split()
    if len(words) < 2:
        return None
    heads = lexicon.org_heads_before_of
    head_at = next(
        (i for i, w in enumerate(words[:-1]) if w in heads and words[i + 1] == "of"), None
    )
    if head_at is not None:
        codes, _ = _place_codes(words[:head_at], lexicon) if head_at else (set(), 0)
        rest = words[head_at + 2 :]
        if "of" in rest:
            more, _ = _place_codes(rest[rest.index("of") + 1 :], lexicon)
            codes |= more
            rest = rest[: rest.index("of")]
        head = words[head_at]
    elif words[-1] in heads:
        codes, k = _place_codes(words[:-1], lexicon)
        rest = words[k:-1]
        head = words[-1]
    else:
        return None
    field = frozenset(lexicon.word_variants.get(w, w) for w in rest if w not in ORG_NAME_GLUE)
    if not field:
        return None
    return head, field, codes


def _office_context(view: TokenView, m: Mention, lexicon: EntityLexicon) -> set[str]:
    """Country codes written just before a mention: "Britain's | Ministry of Defence",
    "the Iraqi | Ministry of Interior"."""
    i = m.start - 1
    if i >= 1 and view.text[i] in POSSESSIVES:
        i -= 1
    if i < 0:
        return set()
    codes, _ = _place_codes([view.lower[i]], lexicon)
    return codes


def _join_country_spellings(
    keys: list[str], labels: list[str], uf: _Clusters, lexicon: EntityLexicon
) -> None:
    """One organisation whose name opens with its country written two ways ("United States
    Geological Survey" / "U.S. Geological Survey", "US Army" / "United States Army") is one
    cluster: ORG names whose opening place words give one and the same country and whose
    other words are the same. A name whose opening words fit several countries joins none."""
    forms: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if labels[i] != "ORG":
            continue
        words = [w.replace(".", "") if w.count(".") > 1 else w for w in key.split()]  # "u.s."
        codes, k = _place_codes(words, lexicon)
        if len(codes) != 1 or not 0 < k < len(words):
            continue
        forms[(next(iter(codes)), " ".join(words[k:]))].append(i)
    for members in forms.values():
        for i in members[1:]:
            uf.union(members[0], i)


def _join_offices(
    view: TokenView,
    keys: list[str],
    groups: Mapping[str, list[Mention]],
    labels: list[str],
    uf: _Clusters,
    lexicon: EntityLexicon,
) -> None:
    """One ministry written two ways ("Defence Ministry" / "Ministry of Defence", "State
    Department" / "United States Department of State") is one cluster: ORG names of one
    head and field whose countries (in the name or just before it) agree. Where two
    countries have one (Russia's and Britain's defence ministries), a name without a country
    joins neither."""
    if view.words.isdisjoint(lexicon.org_heads_before_of):
        return
    forms: dict[tuple[str, frozenset[str]], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for i, key in enumerate(keys):
        if labels[i] != "ORG":
            continue
        form = _office_form(key, lexicon)
        if form is None:
            continue
        head, field, codes = form
        for m in groups[key]:
            codes |= _office_context(view, m, lexicon)
        forms[(head, field)].append((i, frozenset(codes)))
    for members in forms.values():
        if len(members) < 2:
            continue
        countries = {codes for _, codes in members if codes}
        if len(countries) <= 1:
            for i, _ in members[1:]:
                uf.union(members[0][0], i)
            continue
        for a, (i, codes) in enumerate(members):
            for j, other in members[a + 1 :]:
                if codes and codes == other:
                    uf.union(i, j)


def _join_lone_surname_spellings(
    keys: list[str], labels: list[str], uf: _Clusters, lexicon: EntityLexicon
) -> None:
    """Spelling variants of one person the article names by surname alone ("Zelenskiy said
    ... Zelensky said"), with no full name for either to join: one-word PERSON names, each
    still a cluster of its own, whose transliteration keys are close."""
    roots = Counter(uf.find(i) for i in range(len(keys)))
    block: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, key in enumerate(keys):
        if labels[i] != "PERSON" or len(key.split()) != 1 or roots[uf.find(i)] != 1:
            continue
        tkey = lexicon.translit(key.replace("-", ""))
        if len(tkey) < 5:
            continue
        for other, j in block[skeleton(tkey)]:
            if similar_spelling(tkey, other):
                uf.union(i, j)
        block[skeleton(tkey)].append((tkey, i))


def cluster_mentions(view: TokenView, mentions: list[Mention], lexicon: EntityLexicon) -> list[str]:
    """Assign `cluster` to every mention; returns each cluster's label (index = cluster)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    keys = list(groups)
    index = {k: i for i, k in enumerate(keys)}
    votes: list[Counter[str]] = []
    for k in keys:
        total: Counter[str] = Counter()
        for m in groups[k]:
            total.update(m.votes)
        votes.append(total)
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
    #: the last two or more words of a longer PERSON name ("la russa", "murillo karam").
    tail_of: dict[str, set[int]] = defaultdict(set)
    first_of: dict[str, set[int]] = defaultdict(set)
    stripped: dict[str, int] = {}
    translit_block: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, key in enumerate(keys):
        if labels[i] != "PERSON":
            continue
        words = [w for w in key.split() if w.rstrip(".") not in lexicon.title_words]
        if not words:
            continue
        bare = " ".join(words)
        if bare != key and bare in stripped:
            uf.union(i, stripped[bare])
        stripped.setdefault(bare, i)
        if len(words) > 1:
            # "Abdel Fattah al-Burhan" is also "Burhan"; "Charles de Gaulle" also "Gaulle".
            surname = lexicon.surname(words[-1])
            surname_of[words[-1]].add(i)
            surname_of[surname].add(i)
            for k in range(1, len(words) - 1):
                tail_of[" ".join(words[k:])].add(i)
            if words[0] not in lexicon.not_given_names:
                first_of[words[0]].add(i)  # "Hardeep" is Hardeep Singh Puri; "Abu" no one
            tkey = lexicon.translit(surname)
            translit_block[skeleton(tkey)].append((tkey, i))
    # Full names spelt differently ("Aleksandr Sersky" / "Oleksandr Syrskyi"), joined first
    # so that a surname alone then finds one person, not two ("Kristen" / "Kristin Wilkins").
    for block in translit_block.values():
        for a in range(len(block)):
            for b in range(a + 1, len(block)):
                (ka, ia), (kb, ib) = block[a], block[b]
                first_a = lexicon.translit(keys[ia].split()[0])
                first_b = lexicon.translit(keys[ib].split()[0])
                if similar_spelling(ka, kb) and (
                    first_a == first_b or similar_spelling(first_a, first_b)
                ):
                    uf.union(ia, ib)
    for i, key in enumerate(keys):
        words = key.split()
        short = lexicon.strip_particles(words) if len(words) == 1 or labels[i] == "PERSON" else []
        if len(short) == 1 and not strong_non_person(i):
            word = short[0]
            targets = {uf.find(t) for t in surname_of.get(words[-1], ()) if t != i}
            if not targets:
                targets = {uf.find(t) for t in surname_of.get(word, ()) if t != i}
            if not targets:
                targets = {uf.find(t) for t in first_of.get(word, ()) if t != i}
            if not targets and len(word) >= 4:
                tkey = lexicon.translit(word)
                targets = {
                    uf.find(j)
                    for other, j in translit_block.get(skeleton(tkey), ())
                    if j != i and similar_spelling(tkey, other)
                }
            if len(targets) == 1:
                uf.union(i, targets.pop())
        elif labels[i] == "PERSON" and len(words) > 1 and key in stripped and stripped[key] != i:
            uf.union(i, stripped[key])
        elif len(words) > 1 and not strong_non_person(i):
            # A surname of several words ("La Russa", "Murillo Karam", "van der Berg") is the
            # longer PERSON name it ends, whatever label the model gave it alone.
            targets = {uf.find(t) for t in tail_of.get(key, ()) if t != i}
            if len(targets) == 1:
                uf.union(i, targets.pop())
    # Short forms of a long organisation name ("the Observatory"), found by `short_org_names`.
    for m in mentions:
        if m.joins and m.joins in index:
            uf.union(index[m.key], index[m.joins])
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
    _join_offices(view, keys, groups, labels, uf, lexicon)
    _join_country_spellings(keys, labels, uf, lexicon)
    _join_lone_surname_spellings(keys, labels, uf, lexicon)
    # Spelling variants of one organisation ("al-Shabab" / "al-Shabaab", "Taliban" /
    # "Taleban"): one-word ORG names whose transliteration keys are close. Acronyms are
    # left out ("IS" / "ISI" are no spellings of each other).
    org_block: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, key in enumerate(keys):
        text = groups[key][0].text
        if labels[i] != "ORG" or len(key.split()) != 1 or text.isupper():
            continue
        tkey = lexicon.translit(key.replace("-", ""))
        if len(tkey) < 5:
            continue
        for other, j in org_block[skeleton(tkey)]:
            if similar_spelling(tkey, other):
                uf.union(i, j)
        org_block[skeleton(tkey)].append((tkey, i))
    # One label per cluster, by the votes of all its mentions.
    cluster_votes: dict[int, Counter[str]] = defaultdict(Counter)
    for i in range(len(keys)):
        cluster_votes[uf.find(i)].update(votes[i])
    roots = sorted({uf.find(i) for i in range(len(keys))})
    root_label = {r: _group_label(cluster_votes[r]) for r in roots}
    # A surname linked to a full PERSON name is that person whatever its own mentions said.
    for i in range(len(keys)):
        r = uf.find(i)
        if labels[r] == "PERSON" and len(keys[r].split()) > len(keys[i].split()):
            root_label[r] = "PERSON"
    for m in mentions:
        m.cluster = uf.find(index[m.key])
    return [root_label.get(i, "") for i in range(len(keys))]


# -- places ------------------------------------------------------------------------------------


def _candidates(key: str, lexicon: EntityLexicon) -> tuple[list[Place], bool]:
    """Gazetteer candidates for a place name; True when the name says it is a region."""
    words = key.split()
    region = len(words) > 1 and words[-1] in lexicon.region_words
    names = [key]
    if region:
        names.append(" ".join(words[:-1]))
    names.extend(key[len(prefix) :] for prefix in lexicon.place_prefixes if key.startswith(prefix))
    places = [p for name in names for p in lexicon.gazetteer.lookup(name)]
    region_name = lexicon.bare_region_names.get(key)
    if region_name is not None:
        # "Gaza" alone is the Gaza Strip: the region takes the place of its namesake town of
        # the same country ("Gaza City" is written out); other countries' readings stay
        regions = lexicon.gazetteer.lookup(region_name)
        codes = {r.country_code for r in regions}
        places = regions + [p for p in places if p.country_code not in codes]
    if lexicon.is_water(key):
        # A sea or a gulf is neither a country nor a region ("Red Sea" is also a Sudanese
        # state); only a large town may share such a name ("Green Bay").
        places = [p for p in places if p.is_town and p.population >= lexicon.min_pop_new]
    return places, region


@dataclass
class PlaceEvidence:
    """What the article's places say about where its other places are, by mention counts."""

    countries: Counter[str] = field(default_factory=Counter)  # every kind of evidence
    named: Counter[str] = field(default_factory=Counter)  # named countries, regions, demonyms
    admins: Counter[str] = field(default_factory=Counter)  # admin codes ("US.TX")

    def add(self, place: Place, weight: float, admin: bool = True) -> None:
        """Count a reading `weight` times; `admin` False when only its country is sure."""
        self.countries[place.country_code] += weight
        if place.kind in ("country", "admin1"):
            self.named[place.country_code] += weight
        if admin and place.admin1:
            self.admins[place.admin1] += weight

    def copy(self) -> PlaceEvidence:
        return PlaceEvidence(Counter(self.countries), Counter(self.named), Counter(self.admins))

    def update(self, other: PlaceEvidence) -> None:
        self.countries.update(other.countries)
        self.named.update(other.named)
        self.admins.update(other.admins)

    def without(self, place: Place, weight: float, admin: bool = True) -> PlaceEvidence:
        """The evidence the other places give (a place does not vote for itself)."""
        rest = self.copy()
        rest.add(place, -weight, admin)
        rest.countries, rest.named, rest.admins = +rest.countries, +rest.named, +rest.admins
        return rest


#: The evidence of an article with no places (never modified).
NO_EVIDENCE = PlaceEvidence()


def _protected(places: Sequence[Place], lexicon: EntityLexicon) -> list[Place]:
    """The national capitals and major cities among a name's readings: what the bare name
    means in news unless something specific says otherwise."""
    return [
        p
        for p in places
        if p.is_town and (p.kind == "capital" or p.population >= lexicon.major_city_population)
    ]


def _town_named_admins(places: Sequence[Place], protected: Sequence[Place]) -> set[int]:
    """The admin readings a town among the readings names: a town lies in the region
    ("Kharkiv"), or is its country's capital or major city of the same name ("Washington").
    The bare name is then the town, and the region needs a region word."""
    town_admins = {p.admin1 for p in places if p.is_town}
    capital_names = {(p.country_code, name_key(p.name)) for p in protected}
    return {
        a.geonames_id
        for a in places
        if a.kind == "admin1"
        and (a.admin1 in town_admins or (a.country_code, name_key(a.name)) in capital_names)
    }


def _towns(places: Sequence[Place]) -> list[Place]:
    return [p for p in places if p.is_town]


def _plausible(
    places: Sequence[Place],
    evidence: PlaceEvidence,
    lexicon: EntityLexicon,
    floor: int | None = None,
) -> list[Place]:
    """The readings worth considering: a small town nothing else in the article points to is
    more likely another place the gazetteer lacks (or no place at all: "the West"). `floor`:
    the population a town needs without such evidence (`place_min_population_vote`, or the
    lower `place_min_population_placed` where the words around the name say it is a place)."""
    if floor is None:
        floor = lexicon.min_pop_vote
    return [
        p
        for p in places
        if not p.is_town or p.population >= floor or evidence.countries.get(p.country_code, 0.0) > 0
    ]


def rank_places(
    places: Sequence[Place],
    region: bool,
    evidence: PlaceEvidence,
    lexicon: EntityLexicon,
    local: PlaceEvidence | None = None,
    protected: list[Place] | None = None,
    floor: int | None = None,
) -> list[tuple[float, Place]]:
    """The plausible readings of a place name with their scores, best first.

    `local` is the evidence of the name's own sentences: against a capital or a major city,
    only neighbours in the same sentence may speak for a namesake's region ("the villages of
    A, B and Madrid", but not "Moscow and Paris said" in a story about Texas). Weights and
    their reasons: `geocoding` in entities.json. `protected`: `_protected(places)`, when the
    caller has it. `floor`: as in `_plausible`."""
    geo = lexicon.geo
    total = sum(evidence.countries.values()) or 1.0
    named_total = sum(evidence.named.values()) or 1.0
    if protected is None:
        protected = _protected(places, lexicon)
    admins = not region and any(p.kind == "admin1" for p in places)
    penalised = _town_named_admins(places, protected) if admins else set()
    admin_totals = {id(e): sum(e.admins.values()) or 1.0 for e in (evidence, local) if e}

    def admin_bonus(p: Place, source: PlaceEvidence) -> float:
        if not p.admin1:
            return 0.0
        return geo.admin_weight * source.admins.get(p.admin1, 0.0) / admin_totals[id(source)]

    def score(p: Place) -> float:
        value = p.prior
        if p.kind == "country":
            value += geo.country_kind_bonus
        elif p.kind == "admin1":
            if region:
                value += geo.region_bonus
            elif p.geonames_id in penalised:
                value -= geo.admin_city_penalty
        rivals = [c for c in protected if c.country_code != p.country_code]
        value += admin_bonus(p, local if rivals and local is not None else evidence)
        if not rivals:
            share = evidence.countries.get(p.country_code, 0.0) / total
            value += min(geo.country_bonus_cap, geo.country_weight * share)
        elif not any(evidence.countries.get(c.country_code) for c in rivals):
            # Against a capital ("Washington and Athens"), only a named country counts.
            share = evidence.named.get(p.country_code, 0.0) / named_total
            value += min(geo.protected_rival_cap, geo.country_weight * share)
        return value

    scored = [(score(p), p) for p in _plausible(places, evidence, lexicon, floor)]
    return sorted(scored, key=lambda sp: (-sp[0], sp[1].geonames_id))


def choose_place(
    places: Sequence[Place],
    region: bool,
    evidence: PlaceEvidence,
    lexicon: EntityLexicon,
    local: PlaceEvidence | None = None,
    protected: list[Place] | None = None,
    floor: int | None = None,
) -> Place | None:
    """The reading of a place name the evidence supports best (None: no reading is plausible)."""
    ranked = rank_places(places, region, evidence, lexicon, local, protected, floor)
    return ranked[0][1] if ranked else None


def _qualified(
    places: Sequence[Place], containers: Sequence[Place], lexicon: EntityLexicon
) -> tuple[list[Place], list[Place]]:
    """A name qualified by the next ("Paris, Texas", "Tripoli, Lebanon", "Sloviansk, Donetsk
    region"): the readings of the first that lie in a reading of the second (a country or an
    admin region), and those containers. Empty lists when no reading fits."""
    penalised = _town_named_admins(containers, _protected(containers, lexicon))
    usable = [
        c
        for c in containers
        if c.kind == "country" or (c.kind == "admin1" and c.geonames_id not in penalised)
    ]
    inside = [
        p
        for p in places
        if p.kind != "country"
        and any(
            p.country_code == c.country_code and (c.kind == "country" or p.admin1 == c.admin1)
            for c in usable
        )
    ]
    used = [
        c
        for c in usable
        if any(
            p.country_code == c.country_code and (c.kind == "country" or p.admin1 == c.admin1)
            for p in inside
        )
    ]
    return inside, used


def _region_follows(view: TokenView, i: int, lexicon: EntityLexicon) -> bool:
    """True when token `i` is a region word heading the name before it ("Washington state
    was", "Kharkiv region,"), not a modifier ("Moscow state television")."""
    n = len(view.text)
    return (
        i < n
        and view.lower[i] in lexicon.region_words
        and (i + 1 >= n or view.pos[i + 1] not in ("NOUN", "PROPN"))
    )


def _town_floors(
    clusters: Mapping[int, list[Mention]],
    candidates: Mapping[int, tuple[list[Place], bool]],
    view: TokenView,
    lexicon: EntityLexicon,
) -> dict[int, int]:
    """The population a town reading of each place cluster needs without evidence for its
    country: `place_min_population_placed` where the words around a mention say it is a place
    ("killed in Sake", "the town of Palmyra"), else `place_min_population_vote`.

    The lower floor stands in for a country the article does not name. It does not hold
    when the article names a country or a region (a small town in one of them has its
    evidence already; one elsewhere is more likely a place the gazetteer lacks:
    "visitors to use at Blenheim" in a story about Oxfordshire, England), nor when the same
    sentence names a place that lies only in other countries ("the neighbourhood of Mansur
    in west Baghdad" is no small Algerian town). A demonym names actors, not the place
    ("Russian shelling near Bakhmut")."""
    floors = dict.fromkeys(candidates, lexicon.min_pop_vote)
    for places, region in candidates.values():
        best = choose_place(places, region, NO_EVIDENCE, lexicon)
        if best is not None and best.kind in ("country", "admin1"):
            return floors
    by_sentence: dict[int, set[int]] = defaultdict(set)
    for cid in candidates:
        for m in clusters[cid]:
            by_sentence[view.sentence[m.start]].add(cid)

    def readings(cid: int) -> list[Place]:
        places = candidates[cid][0]
        if not places:  # "west Baghdad": the place the compass word qualifies
            words = clusters[cid][0].key.split()
            if len(words) > 1 and words[0] in lexicon.compass_words:
                places = _candidates(" ".join(words[1:]), lexicon)[0]
        return _plausible(places, NO_EVIDENCE, lexicon)

    for cid, (places, region) in candidates.items():
        members = clusters[cid]
        if region:
            continue  # "Pinecrest County" names a region: a small town of its stem is not it
        if not any(_placed_by_context(view, m.start, m.end, lexicon) for m in members):
            continue
        codes = {p.country_code for p in places}
        neighbours = {o for m in members for o in by_sentence[view.sentence[m.start]]} - {cid}
        if not any(
            found and not any(p.country_code in codes for p in found)
            for found in map(readings, neighbours)
        ):
            floors[cid] = lexicon.min_pop_placed
    return floors


def geocode(
    clusters: Mapping[int, list[Mention]],
    labels: Mapping[int, str],
    lexicon: EntityLexicon,
    view: TokenView,
) -> dict[int, Place | None]:
    """The GeoNames place of each place cluster, resolved by the article's other places."""
    candidates: dict[int, tuple[list[Place], bool]] = {}
    cluster_at: dict[int, int] = {}
    for cid, members in clusters.items():
        if labels[cid] not in PLACE_LABELS:
            continue
        seen: dict[int, Place] = {}
        region = False
        for m in members:
            cluster_at[m.start] = cid
        # "Washington state" is the state; "Kharkiv region ... Kharkiv" stays the city.
        region = all(_region_follows(view, m.end, lexicon) for m in members)
        for key in {m.key for m in members}:
            places, is_region = _candidates(key, lexicon)
            region = region or is_region
            for p in places:
                seen[p.geonames_id] = p
        candidates[cid] = (list(seen.values()), region)
    # A qualifier right after a name ("Paris, Texas") settles both names.
    for cid in list(candidates):
        for m in clusters[cid]:
            if m.end + 1 >= len(view.text) or view.text[m.end] != ",":
                continue
            other = cluster_at.get(m.end + 1)
            if other is None or other == cid:
                continue
            (places, region), (containers, other_region) = candidates[cid], candidates[other]
            inside, used = _qualified(places, containers, lexicon)
            if inside:
                candidates[cid] = (inside, region)
                candidates[other] = (used, other_region)
    # Evidence in two rounds: first what the article names outright (countries, regions,
    # demonyms), then the places with one clear reading given that ("Carrascal" once the
    # Philippines are named). A place does not vote for its own reading.
    geo = lexicon.geo
    evidence = PlaceEvidence()
    for cid, members in clusters.items():
        if labels[cid] == "NORP":
            for m in members:
                if m.key in lexicon.demonyms:
                    evidence.named[lexicon.demonyms[m.key]] += geo.demonym_weight
                    evidence.countries[lexicon.demonyms[m.key]] += geo.demonym_weight
    #: cluster -> its reading, and whether its admin region is as sure as its country.
    own: dict[int, tuple[Place, bool]] = {}
    protected: dict[int, list[Place]] = {}
    for cid, (places, region) in candidates.items():
        protected[cid] = _protected(places, lexicon)
        if len(places) == 1:
            # One reading: a country or a region names itself; a town waits for evidence.
            if places[0].kind in ("country", "admin1"):
                own[cid] = (places[0], True)
            continue
        best = choose_place(places, region, NO_EVIDENCE, lexicon, None, protected[cid])
        named = best is not None and (
            best.kind == "country" or (best.kind == "admin1" and (region or not _towns(places)))
        )
        if best is not None and named:
            own[cid] = (best, True)
    for cid, (best, admin) in own.items():
        evidence.add(best, len(clusters[cid]), admin)
    floors = _town_floors(clusters, candidates, view, lexicon)
    named_evidence = evidence.copy()
    clear_margin = math.log10(geo.clear_reading_ratio)
    for cid, (places, region) in candidates.items():
        if cid in own:
            continue
        ranked = rank_places(
            places, region, named_evidence, lexicon, None, protected[cid], floors[cid]
        )
        if not ranked:
            continue
        # The readings close to the best: when they share a country ("Kyiv", the city or
        # the oblast), the country is clear even if the place is not.
        close = [p for score, p in ranked if ranked[0][0] - score < clear_margin]
        best = ranked[0][1]
        if all(p.country_code == best.country_code for p in close):
            own[cid] = (best, all(p.admin1 == best.admin1 for p in close))
            evidence.add(best, len(clusters[cid]), own[cid][1])
    # The same evidence by sentence, for the names that need their neighbours' word.
    by_sentence: dict[int, PlaceEvidence] = defaultdict(PlaceEvidence)
    for cid, (best, admin) in own.items():
        for m in clusters[cid]:
            by_sentence[view.sentence[m.start]].add(best, 1, admin)
    resolved: dict[int, Place | None] = {}
    for cid, (places, region) in candidates.items():
        if len(places) == 1 and _plausible(places, NO_EVIDENCE, lexicon, floors[cid]):
            resolved[cid] = places[0]  # one reading, plausible without any evidence
            continue
        others, local = evidence, None
        if protected[cid] and len({p.country_code for p in places}) > 1:
            local = PlaceEvidence()
            for sentence in {view.sentence[m.start] for m in clusters[cid]}:
                local.update(by_sentence.get(sentence, NO_EVIDENCE))
        if cid in own:
            best, admin = own[cid]
            others = evidence.without(best, len(clusters[cid]), admin)
            if local is not None:
                local = local.without(best, len(clusters[cid]), admin)
        resolved[cid] = choose_place(
            places, region, others, lexicon, local, protected[cid], floors[cid]
        )
    return resolved


def containing_places(
    clusters: Mapping[int, list[Mention]],
    labels: Mapping[int, str],
    resolved: Mapping[int, Place | None],
    view: TokenView,
    lexicon: EntityLexicon,
) -> dict[int, tuple[Place, bool]]:
    """For each place cluster the gazetteer does not know, a place the text itself puts it in,
    and whether the name is that place ("west Baghdad") rather than a place inside it:

    - a compass word before a place the article or the gazetteer knows well: "west Baghdad",
      "Eastern Ukraine";
    - a town the article names inside the name: "New Baghdad", "Paris Metro";
    - a qualifier after it: "Babyninsky, Russia", "Masbah, central Baghdad";
    - a possessive before it: "California's Golden Gate Bridge";
    - a place preposition and a place after it: "Al Noor Mosque in Christchurch".

    The article's most frequent country is no such evidence: "Donbas" or "Europe" get none.
    """
    at_start: dict[int, Place] = {}
    at_end: dict[int, Place] = {}
    by_key: dict[str, Place] = {}
    for cid, members in clusters.items():
        place = resolved.get(cid)
        if place is None:
            continue
        for m in members:
            at_start[m.start] = place
            at_end[m.end] = place
            by_key.setdefault(m.key, place)
    found: dict[int, tuple[Place, bool]] = {}
    for cid, members in clusters.items():
        if labels.get(cid) not in PLACE_LABELS or resolved.get(cid) is not None:
            continue
        for m in members:
            words = m.key.split()
            if lexicon.is_water(m.key):
                break
            if len(words) > 1 and words[0] in lexicon.compass_words:
                rest = " ".join(words[1:])
                place = by_key.get(rest)
                if place is None:
                    places, region = _candidates(rest, lexicon)
                    place = choose_place(places, region, NO_EVIDENCE, lexicon)
                    if place is not None and not _notable_place([place], lexicon):
                        place = None
                if place is not None:
                    found[cid] = (place, True)
                    break
            inner = [
                by_key[k]
                for n in range(len(words) - 1, 0, -1)
                for i in range(len(words) - n + 1)
                if (k := " ".join(words[i : i + n])) in by_key and by_key[k].is_town
            ]
            if inner:
                found[cid] = (inner[0], False)
                break
            after = m.end + 1
            if m.end < len(view.text) and view.text[m.end] == ",":
                while after < len(view.text) and view.lower[after] in lexicon.compass_words:
                    after += 1
                if after in at_start:
                    found[cid] = (at_start[after], False)
                    break
            if (
                m.end + 1 < len(view.text)
                and view.lower[m.end] in lexicon.place_prepositions
                and m.end + 1 in at_start
            ):
                # "Al Noor Mosque in Christchurch", "Mount Apo in Kidapawan City"
                found[cid] = (at_start[m.end + 1], False)
                break
            if m.start > 0 and view.text[m.start - 1] in POSSESSIVES and m.start - 1 in at_end:
                found[cid] = (at_end[m.start - 1], False)
                break
    return found


# -- the whole stage ---------------------------------------------------------------------------


def _person_name_only(view: TokenView, m: Mention, lexicon: EntityLexicon) -> None:
    """A mention of a PERSON cluster cut to the name: without the titles before it (kept by a
    mention the model labelled otherwise: "Defence Minister Ali Jangeli" as ORG) and without
    an apposition after a comma ("Jangeli, Somali Foreign"). Titles that belong to the name
    ("Sheikh", "Pope") stay. Updates the mention's span, text and key in place."""
    start, end = m.start, m.end
    while (
        end - start > 1
        and view.lower[start].rstrip(".") in lexicon.title_stems
        and view.lower[start] not in lexicon.name_titles
    ):
        start += 1
    end = _apposition_cut(view, start, end, lexicon)
    if (start, end) != (m.start, m.end):
        m.start, m.end = start, end
        m.text = view.span_text(start, end)
        m.key = name_key(m.text)


def _canonical(members: list[Mention]) -> str:
    """The cluster's fullest name as written: most words, then most letters, then first.

    Only names the article writes: a lone "IDF" stays "IDF" (the contract's canonical is the
    cluster's fullest name, and a resolved source is a name "found in the article"); the
    acronym list joins "UN" to "United Nations" only where the article writes both."""
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
    return text


def _end_char(view: TokenView, end: int) -> int:
    """The end offset of a mention ending before token `end`. An abbreviation with inner dots
    closing a sentence ("... in the U.S.") loses its last dot to the sentence's full stop in
    the tokenizer; the dot is part of the name."""
    last = view.text[end - 1]
    stop = view.idx[end - 1] + len(last)
    if (
        end < len(view.text)
        and view.text[end][:1] == "."
        and last[-2:-1] == "."
        and not view.ws[end - 1]
        and len(last) >= 3
        and last[-2] == "."
        and all(c == "." for c in last[1::2])
        and last.replace(".", "").isalpha()
    ):
        return stop + 1
    return stop


def find_entities(doc: Doc, lexicon: EntityLexicon) -> list[EntityItem]:
    """The article's entity mentions with consistent labels, clusters and places."""
    view = TokenView(doc, lexicon)
    mentions = merge_mentions(model_mentions(view, lexicon), rule_mentions(view, lexicon))
    add_context_votes(view, mentions, lexicon)
    mentions = title_run_names(view, mentions, lexicon)
    mentions = title_field_names(view, mentions, lexicon)
    mentions = title_names(view, mentions, lexicon)
    mentions = nickname_names(view, mentions, lexicon)
    mentions = place_kind_names(view, mentions, lexicon)
    mentions = apposition_names(view, mentions, lexicon)
    mentions = role_apposition_names(view, mentions, lexicon)
    mentions = described_org_names(view, mentions, lexicon)
    list_votes(view, mentions)
    surname_votes(view, mentions, lexicon)
    mentions = bracket_acronyms(view, mentions, lexicon)
    mentions = short_org_names(view, mentions, lexicon)
    mentions = propagate(view, mentions, lexicon)
    group_labels = cluster_mentions(view, mentions, lexicon)
    clusters: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[m.cluster].append(m)
    labels = {cid: group_labels[cid] for cid in clusters}
    resolved = geocode(clusters, labels, lexicon, view)
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
    inside = containing_places(clusters, labels, resolved, view, lexicon)
    order = sorted(clusters, key=lambda cid: min(m.start for m in clusters[cid]))
    number = {cid: f"K{i + 1}" for i, cid in enumerate(order)}
    for cid, members in clusters.items():
        if labels.get(cid) == "PERSON":
            for m in members:
                _person_name_only(view, m, lexicon)
    for members in clusters.values():
        for m in members:
            stop = view.idx[m.end - 1] + len(view.text[m.end - 1])
            if _end_char(view, m.end) > stop:
                m.text += "."  # "U.S." before a sentence's full stop
    canonical = {cid: _canonical(clusters[cid]) for cid in clusters}
    items: list[EntityItem] = []
    for m in sorted((m for members in clusters.values() for m in members), key=lambda m: m.start):
        cid = m.cluster
        label = labels.get(cid) or _group_label(m.votes)
        place = resolved.get(cid)
        country = place.country_code if place else None
        if place is None and cid in inside:
            container, same = inside[cid]
            country = container.country_code
            place = container if same else None
        items.append(
            EntityItem(
                id=f"E{len(items) + 1}",
                start=view.idx[m.start],
                end=_end_char(view, m.end),
                label=label,
                cluster_id=number[cid],
                canonical=canonical[cid],
                country_code=country,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                geonames_id=place.geonames_id if place else None,
                place_kind=place.kind if place else None,
                admin1=place.admin1 if place else None,
            )
        )
    return items
