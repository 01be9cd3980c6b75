"""ACLED categories and PLOVER contexts for a coded event, from the tables in codes.yaml."""

from __future__ import annotations

from flashpoint.events.lexicon import Lexicon
from flashpoint.model import Event


def acled_for(lex: Lexicon, event: Event) -> dict[str, str] | None:
    """ACLED's event type and sub-event type for an act ACLED would code (only what happened)."""
    if event.status not in lex.acled_statuses:
        return None
    keys = [f"{event.type}/{event.mode}", event.type] if event.mode else [event.type]
    civilian = bool(event.target) and all(a.sector in lex.civilian_sectors for a in event.target)
    tables = [lex.acled_civilian, lex.acled] if civilian else [lex.acled]
    for table in tables:
        for key in keys:
            if key in table:
                event_type, sub_event_type = table[key]
                return {"event_type": event_type, "sub_event_type": sub_event_type}
    return None


def context_for(lex: Lexicon, event: Event) -> list[str]:
    return list(lex.context.get(event.type, ()))
