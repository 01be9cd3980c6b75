"""What the knowledge base is made of: named actors (entries) with their offices, and role words.

Plain data, shared by the knowledge base (`kb`) and the rules that compose a phrase's actor
(`compose`), so that neither needs the other's module to describe what it works on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from flashpoint.model import Actor


@dataclass(frozen=True)
class Period:
    """One office (for a person) or one phase (for a group) with its coding."""

    start: dt.date | None
    end: dt.date | None
    country: str | None
    sector: str | None
    org: str | None = None
    title: str | None = None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Entry:
    """A named actor the knowledge base knows."""

    name: str
    kind: str  # person, country, capital, demonym, org, group, institution
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    periods: list[Period] = field(default_factory=list)
    source: str = "builtin"  # builtin, user, learned
    evidence: dict[str, Any] | None = None

    def coding(self, when: dt.date | None) -> tuple[str | None, str | None, str | None]:
        """(country, sector, org) on `when`: the office held that day, else the default coding."""
        if not self.periods:
            return self.country, self.sector, self.org
        if when is None:  # no date: the latest office
            p = max(self.periods, key=lambda p: (p.end or dt.date.max, p.start or dt.date.min))
            return p.country, p.sector, p.org
        held = [p for p in self.periods if p.covers(when)]
        if held:
            p = max(held, key=lambda p: p.start or dt.date.min)
            return p.country, p.sector, p.org
        if self.kind == "group":
            return self.country, self.sector, self.org
        # Out of office that day: still from the same country, but with no office to code.
        nearest = min(self.periods, key=lambda p: _distance(p, when))
        return nearest.country, None, None

    def actor(self, text: str, when: dt.date | None) -> Actor:
        country, sector, org = self.coding(when)
        return Actor(text=text, name=self.name, country=country, sector=sector, org=org, kind=self.kind)


@dataclass(frozen=True)
class Role:
    """A word for a body or a function: "army", "spokesman", "foreign minister"."""

    phrase: str
    sector: str | None
    kind: str  # institution (a body or a group of people), title (one person), inheriting (a title that
    # takes the sector of the body it belongs to), asset (a thing of a body: "army post")
    plural: bool = False


@dataclass(frozen=True)
class Key:
    """What a normalised key stands for, and how strictly its letter case must match."""

    entry: Entry | None
    role: Role | None
    case: str  # any, upper (an acronym: "US", "WHO"), cap (a proper name: not all lower case)


def _distance(p: Period, when: dt.date) -> int:
    if p.start and when < p.start:
        return (p.start - when).days
    if p.end and when > p.end:
        return (when - p.end).days
    return 0
