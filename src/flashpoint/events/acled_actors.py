"""ACLED's names and `inter` codes for the actors of a coded act: "Military Forces of Armenia (2018-)",
"Protesters (Georgia)", "Rioters (Kenya)", "Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)", or
the knowledge base's name of a group or organisation; never a report's raw words ("it", "its troops").

The one place ACLED's actor columns are decided: the `acled` field of each event carries them and the ACLED
export copies them. The rules are acled.yaml's `inter`, `actors` and `actor_names`; country names are ACLED's
own (geo/data/country_codes.tsv); the period of a state's forces comes from the offices in the actor
knowledge base.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from flashpoint.events.lexicon import (
    ARMED,
    BY_SECTOR,
    CIVILIANS,
    FOREIGN_STATE,
    ORGANISATION,
    PROTESTERS,
    RIOTERS,
    STATE,
    AcledRules,
)  # fmt: skip
from flashpoint.geo.countries import Country, country
from flashpoint.model import Actor

Named = tuple[str, int | None]  # ACLED's name of an actor and its inter code (None: the sector is unknown)
_Term = tuple[str, dt.date | None, dt.date | None]  # a person's office: (name, from, to)


def acled_actor(actor: Actor, event_type: str, source: bool, where: str | None, day: dt.date | None,
                rules: AcledRules) -> Named | None:  # fmt: skip
    """ACLED's name and inter code for an actor of an act of `event_type` that happened in country `where`
    on `day`; None when the coding says too little to name it (a bare "it", state forces of no country)."""
    sector, labels, names = actor.sector or "", rules.labels, rules.actor_names
    inter = rules.inter[BY_SECTOR].get(sector)
    if sector in labels[STATE] and actor.country and where and actor.country != where:
        inter = rules.inter[FOREIGN_STATE]  # a state's forces abroad are external forces to ACLED
    # people ACLED names by their country: their own when stated, else the act's (not for state forces)
    home = country(actor.country or (where if sector not in labels[STATE] else None))
    if event_type in rules.rioters_in and source and sector not in labels[ARMED]:
        return _people(names[RIOTERS], home, rules.inter[RIOTERS])
    protester = next(iter(labels[PROTESTERS]))
    if event_type in rules.protesters_in and sector not in labels[STATE] | labels[ARMED]:
        return _people(names[protester], home, rules.inter[BY_SECTOR][protester])
    civilian = sector in labels[CIVILIANS] | labels[PROTESTERS] or event_type in rules.civilians_in
    if not source and civilian and event_type not in rules.protesters_in:
        return _people(names[CIVILIANS], home, rules.inter[CIVILIANS])
    if actor.org:
        return actor.name or actor.org, inter if inter is not None else rules.inter[ORGANISATION]
    if actor.name and inter is not None and sector not in labels[STATE] and actor.name not in _country_names():
        return actor.name, inter  # a named group the coding knows the kind of: the knowledge base's name
    template = names.get(sector) or (names[CIVILIANS] if sector in labels[CIVILIANS] else None)
    if template is None or home is None or inter is None:
        return None
    return template.format(country=home.acled_name, period=period(home.iso3, day, rules.period_offices)), inter


def _people(template: str, home: Country | None, inter: int) -> Named | None:
    return (template.format(country=home.acled_name), inter) if home is not None else None


def sides(source: list[tuple[Actor, Named | None]], target: list[tuple[Actor, Named | None]], mutual: bool,
          state: frozenset[str]) -> tuple[list[Named], list[Named]]:  # fmt: skip
    """ACLED's actor1 side and actor2 side, each actor with its ACLED name (None: not nameable): each name once,
    the first of a side its actor, the others its associated actors. When both sides fight (`mutual`, the
    same actors on both), the first actor named and its camp (same country, state or not: a government and
    its army) face the others; when the coding tells one camp only, the first actor named faces the rest."""
    if mutual:
        return _facing([(a, n) for a, n in source if n is not None], state)
    first = _distinct([n for _, n in source], set())
    return first, _distinct([n for _, n in target], {name for name, _ in first})


def _facing(named: list[tuple[Actor, Named]], state: frozenset[str]) -> tuple[list[Named], list[Named]]:
    def camp(actor: Actor) -> tuple[str | None, bool]:
        return actor.country, actor.sector in state

    lead = camp(named[0][0]) if named else None
    own = _distinct([n for a, n in named if camp(a) == lead], set())
    other = [n for a, n in named if camp(a) != lead]
    if not other:
        return own[:1], own[1:]
    return own, _distinct(other, {name for name, _ in own})


def _distinct(named: list[Named] | list[Named | None], taken: set[str]) -> list[Named]:
    out: list[Named] = []
    seen = set(taken)
    for found in named:
        if found is not None and found[0] not in seen:
            seen.add(found[0])
            out.append(found)
    return out


# ---------------------------------------------------------------- the period of a state's forces


def period(iso3: str | None, day: dt.date | None, offices: frozenset[str]) -> str:
    """ACLED's period suffix " (2018-)": when the longest-serving head of state or government in office
    on `day` took office (successive offices of one person count as one run). Empty when unknown."""
    if not iso3 or day is None:
        return ""
    terms = _heads(offices).get(iso3, [])
    runs = [_run_start(name, terms, day) for name, start, end in terms
            if (start is None or start <= day) and (end is None or day <= end)]  # fmt: skip
    known = [r for r in runs if r is not None]
    return f" ({min(known).year}-)" if known else ""


@lru_cache(maxsize=2)
def _heads(offices: frozenset[str]) -> dict[str, list[_Term]]:
    """Holders of `offices` by country, from the actor knowledge base."""
    from flashpoint.actors.kb import base_kb

    found: dict[str, list[_Term]] = {}
    for entry, _ in base_kb().entries():
        for p in entry.periods:  # only people's periods are offices with a title
            if p.country and not p.org and (p.title or "").lower() in offices:
                found.setdefault(p.country, []).append((entry.name, p.start, p.end))
    return found


def _run_start(name: str, terms: list[_Term], day: dt.date) -> dt.date | None:
    mine = sorted((s, e) for n, s, e in terms if n == name and s is not None and s <= day)
    start: dt.date | None = None
    previous_end: dt.date | None = None
    for s, e in mine:  # walk forward, restarting the run after a gap of more than a month
        if start is None or (previous_end is not None and (s - previous_end).days > 31):
            start = s
        previous_end = e
    return start


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The names the knowledge base gives countries: an actor so named is the country, not a group."""
    from flashpoint.actors.kb import base_kb

    return frozenset(entry.name for entry, _ in base_kb().entries() if entry.kind == "country")
