"""The report a Doc was made from, as a Doc extension every flashpoint component reads."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from flashpoint.model import Article

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)
# The actor knowledge base to resolve this Doc's actors with (a store's memory), or None for the shipped one.
if not Doc.has_extension("actor_kb"):
    Doc.set_extension("actor_kb", default=None)


def article_of(doc: Doc) -> Article:
    """`doc._.article`, or an anonymous report with no date for a Doc made from bare text."""
    article = doc._.article
    if article is None:
        text = doc.text
        article = Article(id=hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], text=text)
        doc._.article = article
    return article  # type: ignore[no-any-return]
