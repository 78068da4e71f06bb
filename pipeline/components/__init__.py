"""The newsextract stages; importing this package registers their factories."""

from . import abbreviations, attribute_ruler, attributions, casualties, dates, entities, paragraphs

__all__ = [
    "abbreviations",
    "attribute_ruler",
    "attributions",
    "casualties",
    "dates",
    "entities",
    "paragraphs",
]
