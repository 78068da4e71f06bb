"""The newsextract stages; importing this package registers their factories."""

from . import attributions, casualties, dates, entities, paragraphs

__all__ = ["attributions", "casualties", "dates", "entities", "paragraphs"]
