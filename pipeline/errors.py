"""newsextract's errors: one catalogue, each message naming the value, the place and the fix."""

from __future__ import annotations


class NewsExtractError(Exception):
    """Base of every error newsextract raises on purpose (the CLI shows these without a trace)."""


class InputError(NewsExtractError):
    """An input path that cannot be used at all: missing, or of an unknown format."""


class OutputExistsError(NewsExtractError):
    """The output directory already holds a run and `overwrite` was not given."""


class ModelError(NewsExtractError):
    """The spaCy pipeline named by `--model` cannot be loaded."""


class LexiconError(NewsExtractError):
    """A data file under `models/` is missing or malformed."""


class ReconcileError(NewsExtractError):
    """Counts in and rows out of a run differ: something was lost."""


class GoldFormatError(NewsExtractError):
    """A gold file cannot be read in the format detected or asked for."""


class NotARunError(NewsExtractError):
    """A folder given as a run's output does not hold one."""


class QueryError(NewsExtractError):
    """SQL that DuckDB cannot run over a run's views."""
