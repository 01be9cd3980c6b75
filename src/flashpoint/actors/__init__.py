"""Actors: who is who. A readable knowledge base and the rules that resolve mentions in a report.

    from flashpoint.actors import ActorIndex, load_kb
    kb = load_kb()                      # shipped data; load_kb([Path("mine.yaml")]) adds user files first
    kb.lookup("the Kremlin")            # Actor(country="RUS", sector="GOV", kind="capital", ...)
    index = ActorIndex(doc, kb, when=date(2022, 9, 15))
    index.mentions                      # every actor mention, with character offsets
    index.actor_for_token(doc[7])       # the actor of the noun phrase headed by a token

The names are imported on first use: listing or editing actors must not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.lazy import lazy

if TYPE_CHECKING:
    from flashpoint.actors.index import ActorIndex
    from flashpoint.actors.kb import Entry, KnowledgeBase, load_kb

__getattr__ = lazy(__name__, {"ActorIndex": "flashpoint.actors.index", "Entry": "flashpoint.actors.kb",
                               "KnowledgeBase": "flashpoint.actors.kb", "load_kb": "flashpoint.actors.kb"})


__all__ = ["ActorIndex", "Entry", "KnowledgeBase", "load_kb"]
