"""The picklable unit of work every runner (process pool, Dask) calls: a batch of reports in, events out."""

from __future__ import annotations

from flashpoint.actors.kb import KnowledgeBase
from flashpoint.events.extractor import Events
from flashpoint.events.readable import skip_unreadable
from flashpoint.model import Article
from flashpoint.nlp import process


def extract_batch(articles: list[Article], kb: KnowledgeBase | None = None) -> list[Events]:
    """Events per report, in order; a report not in English gives none (with a warning) and is not parsed.
    `kb`: the actor knowledge base (a store's memory); default the shipped one."""
    readable = [a for a in articles if not skip_unreadable(a)]
    found = {id(doc._.article): doc._.events for doc in process(readable, kb=kb)}
    return [found.get(id(a), Events()) for a in articles]
