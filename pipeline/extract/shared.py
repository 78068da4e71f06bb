"""What the casualty and attribution readers both know, kept out of either stage's module so
neither stage imports the other.

`word_sexes(genders, *sections)` reads `models/lexicons/genders.json`, the one sex lexicon of
both stages; `HEADLINE_CLOSERS` are the marks that end a sentence, so a line ending in one is
not a headline.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: marks that close a sentence, not a headline
HEADLINE_CLOSERS = frozenset({".", "!", "?", '"', "”", "’"})


def word_sexes(genders: Mapping[str, Any], *sections: str) -> dict[str, str]:
    """Word -> "male" or "female", from the `sections` of `genders.json` ('pronouns', 'nouns')."""
    return {
        word: sex
        for section in sections
        for sex, words in genders.get(section, {}).items()
        for word in words
    }
