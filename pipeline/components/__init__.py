"""The newsextract stages; importing this package registers their factories."""

from . import attribute_ruler, attributions, casualties, dates, entities, paragraphs

__all__ = [
    "attribute_ruler",
    "attributions",
    "casualties",
    "dates",
    "entities",
    "paragraphs",
]
