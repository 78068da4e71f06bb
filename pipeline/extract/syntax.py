"""Small tests on a token's dependency children, shared by the casualty and attribution readers.

`subject_of(token)` is the first child of `token` whose dependency is a nominal subject ("nsubj",
"nsubjpass"), or None; `has_subject(token)` says whether there is one. Both take the dependency set
to look for, so a caller that also counts an expletive ("there were ...") or a clausal subject
names its own set. `has_dependent(token, deps)` is the same test for a set that is not only
subjects (a subject or an auxiliary: a clause of its own), so that `has_subject` means a subject.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

NOMINAL_SUBJECTS = ("nsubj", "nsubjpass")
SUBJECTS_OR_EXPLETIVE = ("nsubj", "nsubjpass", "expl")


def subject_of(token: Token, deps: Collection[str] = NOMINAL_SUBJECTS) -> Token | None:
    """The first child of `token` (in the parser's order) whose dependency is in `deps`, or None."""
    return next((c for c in token.children if c.dep_ in deps), None)


def has_subject(token: Token, deps: Collection[str] = NOMINAL_SUBJECTS) -> bool:
    """Whether `token` has a subject: a child whose dependency is in `deps`."""
    return has_dependent(token, deps)


def has_dependent(token: Token, deps: Collection[str]) -> bool:
    """Whether `token` has a child whose dependency is in `deps`."""
    return any(c.dep_ in deps for c in token.children)
