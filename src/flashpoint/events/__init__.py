"""Event extraction in the PLOVER ontology."""

from flashpoint.events.extractor import extract_article, extract_batch, extract_doc

__all__ = ["extract_article", "extract_batch", "extract_doc"]
