"""The picklable unit of work every runner (process pool, Dask) calls: a batch of reports in, events out."""

from __future__ import annotations

from flashpoint.events.extractor import Events
from flashpoint.events.readable import skip_unreadable
from flashpoint.model import Article
from flashpoint.nlp import process


def extract_batch(articles: list[Article]) -> list[Events]:
    """Events per report, in order; a report not in English gives none (with a warning) and is not parsed."""
    readable = [a for a in articles if not skip_unreadable(a)]
    found = {id(doc._.article): doc._.events for doc in process(readable)}
    return [found.get(id(a), Events()) for a in articles]
