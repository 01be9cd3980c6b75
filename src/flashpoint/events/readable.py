"""Which reports the extractor can read: English ones, or text too short to tell.

The parser, the trigger lexicon and the actor names are English; run on French or Arabic they
produce confident nonsense (a French "pour" is no verb, an Arabic script token is a proper noun
to the tagger). A report recognisably in another language is therefore skipped, with a reason.
"""

from __future__ import annotations

import logging

from flashpoint.ingest.language import guess_language
from flashpoint.model import Article

log = logging.getLogger("flashpoint.events")

ENGLISH = frozenset({"en", "eng", "english"})


def primary_language(tag: str | None) -> str | None:
    """The primary subtag of a language label ("en-GB", "en_US", "EN" -> "en")."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower()


def not_english_reason(article: Article) -> str | None:
    """Why `article` cannot be coded (None when it can).

    The text decides when it is long enough to tell; a label given by the source (JSONL field,
    feed `xml:lang`) decides only when the text cannot. Unknown stays readable: a one-line
    English headline must not be lost.
    """
    guess = guess_language(article.text)
    if guess is not None:
        return None if guess == "en" else f"report is in language {guess!r}, not English; not coded"
    declared = primary_language(article.language)
    if declared is None or declared in ENGLISH:
        return None
    return f"report is labelled language {declared!r}, not English; not coded"


def skip_unreadable(article: Article) -> bool:
    """True (after one warning line naming the report) when the extractor must not code `article`."""
    reason = not_english_reason(article)
    if reason is None:
        return False
    log.warning("flashpoint: %s: %s", article.url or article.id, reason)
    return True
