"""news_paragraphs: a sentence starts after a blank line, before the parser decides.

Scraped news runs a headline, a photo caption or a "Related:" teaser straight into the next
paragraph with no final full stop; the parser then joins them into one sentence, and every
stage reads across the join ("Man dead after shooting\\n\\nA 25-year-old ..." as one clause).
A blank line is the writer's own boundary, so the token after it starts a sentence; the
parser respects sentence starts set before it and still decides every other boundary.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBoundaries:
    """Marks the first token after `min_newlines` line breaks (in one whitespace token, spaces
    between them allowed) as a sentence start."""

    def __init__(self, name: str, min_newlines: int) -> None:
        self.name = name
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # spaCy keeps a run of whitespace as one token; a single space is only whitespace_.
        # Only whitespace tokens are looked at (the column, not a Token per word).
        spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1])
        for i in spaces.tolist():
            if doc[i].text.count("\n") >= self.min_newlines:
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory("news_paragraphs", default_config={"min_newlines": 2})
def make_paragraph_boundaries(nlp: Language, name: str, min_newlines: int) -> ParagraphBoundaries:
    return ParagraphBoundaries(name, min_newlines)
