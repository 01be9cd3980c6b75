"""Event extraction in the PLOVER ontology.

    from flashpoint.events import extract_article
    events = extract_article(Article(id="a1", text=..., published=date(2022, 9, 15)))

The rules are data (flashpoint/events/data/*.yaml; see CONTRIBUTING.md); the stage runs as the spaCy
component `flashpoint_events`, which writes `doc._.events`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from flashpoint.actors.kb import KnowledgeBase
    from flashpoint.events.extractor import Events
    from flashpoint.model import Article

__all__ = ["Events", "extract_article", "extract_doc"]


def extract_doc(doc: Doc, article: Article, nlp: Language | None = None, kb: KnowledgeBase | None = None
                ) -> Events:
    """Events of one report already parsed (by `flashpoint.nlp.annotate`): runs flashpoint's stages on it.
    `kb`: the actor knowledge base (a store's memory, `flashpoint.actors.memory.Memory.kb()`)."""
    from flashpoint.nlp import run_stages

    return run_stages(doc, article, nlp, kb)._.events  # type: ignore[no-any-return]


def extract_article(article: Article, nlp: Language | None = None, kb: KnowledgeBase | None = None) -> Events:
    """Parse one report and extract its events (none, with a warning, for a report not in English)."""
    from flashpoint.events.extractor import Events
    from flashpoint.events.readable import skip_unreadable
    from flashpoint.nlp import process

    if skip_unreadable(article):
        return Events()
    (doc,) = process([article], nlp, kb=kb)
    return doc._.events  # type: ignore[no-any-return]


def __getattr__(name: str) -> Any:
    if name == "Events":  # spaCy types come with it: imported only when asked for
        from flashpoint.events.extractor import Events

        return Events
    raise AttributeError(name)
