"""Numbers and quantity words: "13", "1,200", "thirteen", "twenty-five", "a dozen", "dozens".

Pure functions over strings and tokens; the word lists come from `models/lexicons/`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


class NumberWords:
    """Parses numerals written in digits or words."""

    def __init__(self, numbers: Mapping[str, Any]) -> None:
        self.units: dict[str, int] = {k: v for k, v in numbers["units"].items()}
        self.scales: dict[str, int] = dict(numbers["scales"])

    def parse(self, text: str) -> int | None:
        """The value of a numeral ("1,200", "twenty-five", "two hundred", "3 million")."""
        words = text.lower().replace("-", " ").replace("\u2013", " ").split()
        if not words:
            return None
        joined = " ".join(words)
        if joined in self.units:
            return self.units[joined]
        total, current = 0, 0
        seen = False
        for word in words:
            if word == "and":
                continue
            if _DIGITS_RE.match(word):
                current += int(word.replace(",", ""))
                seen = True
            elif re.match(r"^\d+\.\d+$", word):
                current += float(word)  # "1.5 million"
                seen = True
            elif word in self.units and " " not in word:
                current += self.units[word]
                seen = True
            elif word in self.scales and seen:
                current = (current or 1) * self.scales[word]
                if self.scales[word] >= 1000:
                    total, current = total + current, 0
            elif word in ("a", "an") and not seen:
                current, seen = 1, True
            else:
                return None
        if not seen:
            return None
        value = total + current
        return int(value) if float(value).is_integer() else None
