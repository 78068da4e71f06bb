"""Named entities made consistent per article and grouped into clusters.

`find_entities(doc, lexicon)` keeps the model's entities whose labels the contract lists, gives
every mention of the same name the label most of its mentions carry (ties: the first seen),
and clusters mentions of one real-world entity: the same name, a surname or first name of a
longer PERSON name. The cluster's canonical name is its longest mention.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span

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
LEADING_WORDS = ("the ", "The ")


class EntityLexicon:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.title_words: set[str] = {w.lower() for w in data["title_words"]}


def name_key(text: str) -> str:
    """A mention's name without a leading "the" or a possessive, for comparing mentions."""
    for word in LEADING_WORDS:
        if text.startswith(word):
            text = text[len(word) :]
    text = text.removesuffix("'s").removesuffix("\u2019s")
    return " ".join(text.split()).lower()


def mentions(doc: Doc) -> list[Span]:
    return [ent for ent in doc.ents if ent.label_ in CONTRACT_LABELS]


def find_entities(doc: Doc, lexicon: EntityLexicon) -> list[EntityItem]:
    spans = mentions(doc)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for span in spans:
        votes[name_key(span.text)][span.label_] += 1
    label_of = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}

    # Cluster: identical names; then a one-word PERSON mention joins the longer PERSON whose
    # first or last word it is (surname or first name).
    cluster_of: dict[str, str] = {}
    canonical: dict[str, str] = {}
    order = sorted({name_key(s.text) for s in spans}, key=lambda k: -len(k))
    for key in order:
        label = label_of[key]
        words = [w for w in key.split() if w not in lexicon.title_words]
        target = None
        if label == "PERSON" and len(words) == 1:
            for other, cid in cluster_of.items():
                other_words = other.split()
                if (
                    label_of[other] == "PERSON"
                    and len(other_words) > 1
                    and words[0] in (other_words[0], other_words[-1])
                ):
                    target = cid
                    break
        cid = target or f"K{len(canonical) + 1}"
        cluster_of[key] = cid
        canonical.setdefault(cid, key)

    first_text: dict[str, str] = {}
    for span in spans:
        key = name_key(span.text)
        cid = cluster_of[key]
        if name_key(first_text.get(cid, "")) != canonical[cid] and key == canonical[cid]:
            first_text[cid] = span.text
    items: list[EntityItem] = []
    for span in spans:
        key = name_key(span.text)
        cid = cluster_of[key]
        items.append(
            EntityItem(
                id=f"E{len(items) + 1}",
                start=span.start_char,
                end=span.end_char,
                label=label_of[key],
                cluster_id=cid,
                canonical=first_text.get(cid, span.text),
                country_code=None,
                latitude=None,
                longitude=None,
                geonames_id=None,
            )
        )
    return items
