"""The actors that fill an act's roles: role phrases resolved with the report's actor index.

On top of the index's own resolution, a role knows who speaks ("we", "our" in a quote are the speaker),
whose thing an unresolved noun is ("praised Kenya's decision": Kenya), and which armed group a definite
group noun points back to ("the rebels": the armed group named last).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from flashpoint.actors import ActorIndex
from flashpoint.events.lexicon import Words
from flashpoint.model import Actor

_GROUP_SECTORS = {"REB", "UAF", "PTY"}


def _group_antecedent(index: ActorIndex, tok: Token) -> list[Actor]:
    """ "The paramilitary group", "the rebels": the armed group the report named last."""
    earlier = [a for a in index.mentions if a.start is not None and a.start < tok.idx]
    for actor in reversed(earlier):
        if actor.sector in _GROUP_SECTORS and (actor.org or actor.name):
            return [replace(actor, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
    return []


def _actor(index: ActorIndex, tok: Token, speaker: Actor | None, w: Words) -> list[Actor]:
    if tok.lower_ in w.first_person and speaker is not None:
        return [replace(speaker, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
    found = [a for a in index.actors_for_token(tok) if a is not None]
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not found and owners and tok.pos_ == "NOUN":  # "praised Kenya's decision": the decision's owner
        found = [a for a in index.actors_for_token(owners[0]) if a is not None]
    if not found and tok.lemma_.lower() in w.group_nouns and any(c.lower_ in w.definite for c in tok.children):
        found = _group_antecedent(index, tok)
    return found


def role_actors(index: ActorIndex, toks: Iterable[Token], speaker: Actor | None, w: Words) -> list[Actor]:
    """The coded actors of the phrases headed by `toks`, each once."""
    seen: set[tuple[str | None, ...]] = set()
    out: list[Actor] = []
    for tok in toks:
        for actor in _actor(index, tok, speaker, w):
            key = actor.key()
            if key not in seen and (actor.country or actor.org or actor.name or actor.sector):
                seen.add(key)
                out.append(actor)
    return out
