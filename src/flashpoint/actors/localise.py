"""Nationality for actors the text leaves without one, from where the act happened.

"14 civilians were killed in El Fasher" are Sudanese; "police" in a report about Kenya are Kenyan;
"the army" with no nationality is the army of the country the report is about, never merely of the
place (foreign troops fight abroad). Which sectors follow which rule is data (data/localise.yaml).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from flashpoint.model import Actor, Event, Place

_DATA = Path(__file__).parent / "data" / "localise.yaml"


@dataclass(frozen=True)
class LocalRules:
    local_sectors: frozenset[str]
    state_sectors: frozenset[str]
    foreign_precisions: frozenset[str]


@lru_cache(maxsize=1)
def local_rules() -> LocalRules:
    raw = yaml.load(_DATA.read_text("utf-8"), Loader=yaml.CSafeLoader)
    return LocalRules(*(frozenset(raw[k]) for k in ("local_sectors", "state_sectors", "foreign_precisions")))


def main_country(places: list[Place]) -> str | None:
    """The country a report is about: named by most of its place mentions, and by a clear margin."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def localised(actor: Actor, place: Place | None, report_country: str | None) -> Actor:
    """`actor` with the country of the act's place or of the report, where its sector calls for it."""
    if actor.country is not None or actor.org is not None:
        return actor
    rules = local_rules()
    here = place.country if place is not None and place.precision not in rules.foreign_precisions else None
    country = (here or report_country) if actor.sector in rules.local_sectors else None
    if actor.sector in rules.state_sectors:
        country = report_country
    return replace(actor, country=country) if country is not None else actor


def localise_event(ev: Event, report_country: str | None) -> None:
    """Every party and the claimant of `ev`, after folding (the event's place may now be known)."""
    for group in (ev.source, ev.target):
        for i, actor in enumerate(group):
            group[i] = localised(actor, ev.location, report_country)
    if ev.claimed_by is not None:
        ev.claimed_by = localised(ev.claimed_by, ev.location, report_country)
