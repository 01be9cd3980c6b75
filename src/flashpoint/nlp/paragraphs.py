"""A sentence starts at every line break: news text puts headings and paragraphs on their own lines."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("flashpoint_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Without this the parser glues a heading ("Military assistance") onto the next paragraph's sentence.
    """
    for tok in doc[:-1]:
        if "\n" in (tok.text if tok.is_space else tok.whitespace_):
            doc[tok.i + 1].is_sent_start = True
    return doc
