"""PLOVER contexts for a coded event, from the table in codes.yaml (ACLED's categories: acled.py)."""

from __future__ import annotations

from flashpoint.events.lexicon import Lexicon
from flashpoint.model import Event


def context_for(lex: Lexicon, event: Event) -> list[str]:
    return list(lex.context.get(event.type, ()))
