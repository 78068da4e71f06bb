"""The newsextract stages; importing this package registers their factories."""

from . import attributions, casualties, dates, entities

__all__ = ["attributions", "casualties", "dates", "entities"]
