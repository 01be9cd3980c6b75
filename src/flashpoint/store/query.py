"""Filters shared by `events`, `clusters`, `daily_counts` and the exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa

from flashpoint.actors.kb import Entry, base_kb
from flashpoint.actors.text import norm
from flashpoint.model import DATASET_STATUSES
from flashpoint.store.rows import period
from flashpoint.store.schema import actors, articles, event_actors, events

# How lists are ordered, everywhere (command line, API, exports): by the day an act starts, newest first
# unless asked; acts with no stated date come last either way.
ORDERS = ("newest", "oldest")

Many = str | Sequence[str] | None


@dataclass
class Filters:
    """What a user narrows a query with. Dates accept YYYY, YYYY-MM or YYYY-MM-DD.

    `since`/`until` select events whose stated date starts inside the window, so a
    country-month query is one index range scan. `involving` selects events that took place
    in, or have a participant from, one of the countries; `reported_since`/`reported_until`
    select by the publication date of the report (briefs use them for undated and coming acts).
    """

    country: Many = None
    type: Many = None
    status: Many = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    text: str | None = None
    involving: Many = None
    reported_since: str | None = None
    reported_until: str | None = None

    @classmethod
    def of(cls, **kwargs: Any) -> Filters:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in kwargs.items() if k in names})


ALL = "all"


def dataset_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """`filters` with the dataset's default status when none is given; status "all" lifts it."""
    status = filters.get("status")
    if status is None:
        return {**filters, "status": list(DATASET_STATUSES)}
    if status == ALL or (not isinstance(status, str) and list(status) == [ALL]):
        return {k: v for k, v in filters.items() if k != "status"}
    return filters


def _many(value: Many, upper: bool = True) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip().upper() if upper else i.strip().lower() for i in items if i.strip()]


def bound(value: str | None, end: bool) -> str | None:
    if not value:
        return None
    span = period(value)
    if span is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return span[1] if end else span[0]


def event_conditions(f: Filters) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses on the `events` table."""
    conds: list[sa.ColumnElement[bool]] = []
    if countries := _many(f.country):
        conds.append(events.c.country.in_(countries))
    if types := _many(f.type):
        conds.append(events.c.type.in_(types))
    if statuses := _many(f.status, upper=False):
        conds.append(events.c.status.in_(statuses))
    if since := bound(f.since, end=False):
        conds.append(events.c.day_start >= since)
    if until := bound(f.until, end=True):
        conds.append(events.c.day_start <= until)
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        conds += [events.c.lon.between(min_lon, max_lon), events.c.lat.between(min_lat, max_lat)]
    if f.text:
        conds.append(sa.func.lower(events.c.evidence).contains(f.text.lower(), autoescape=True))
    if f.actor:
        conds.append(events.c.id.in_(_actor_events(f.actor)))
    if involving := _many(f.involving):
        conds.append(sa.or_(events.c.country.in_(involving), events.c.id.in_(_country_events(involving))))
    if f.reported_since or f.reported_until:
        conds.append(events.c.article_id.in_(_reports_between(f.reported_since, f.reported_until)))
    return conds


def order_by(table: sa.Table, order: str) -> list[sa.ColumnElement[Any]]:
    """ORDER BY for `events` or `clusters` rows in one of `ORDERS`."""
    day = table.c.day_start
    if order == "oldest":
        return [day.asc().nulls_last(), table.c.id]
    return [day.desc().nulls_last(), table.c.id.desc()]


def _known(actor: str) -> Entry | None:
    """The knowledge base's actor for a name, alias or code, in any letter case ("rsf", "Kremlin")."""
    found = base_kb().keys.get(norm(actor))
    return found.entry if found is not None else None


def _country_events(countries: list[str]) -> sa.Select:
    joined = event_actors.join(actors, actors.c.id == event_actors.c.actor_id)
    return sa.select(event_actors.c.event_id).select_from(joined).where(actors.c.country.in_(countries))


def _reports_between(since: str | None, until: str | None) -> sa.Select:
    conds: list[sa.ColumnElement[bool]] = []
    if first := bound(since, end=False):
        conds.append(articles.c.published >= first)
    if last := bound(until, end=True):
        conds.append(articles.c.published <= last)
    return sa.select(articles.c.id).where(*conds)


def _actor_events(actor: str) -> sa.Select:
    """Events with a participant matching by country or organisation code, name, the words in the
    report, or a name, alias or code the knowledge base gives for the same actor ("RSF")."""
    needle = actor.strip().lower()
    match = [
        sa.func.upper(actors.c.country) == actor.strip().upper(),
        sa.func.lower(actors.c.org) == needle,
        sa.func.lower(actors.c.name).contains(needle, autoescape=True),
        sa.func.lower(event_actors.c.text).contains(needle, autoescape=True),
    ]
    entry = _known(actor)
    if entry is not None:
        match.append(sa.func.lower(actors.c.name) == entry.name.lower())
        if entry.org:
            match.append(sa.func.lower(actors.c.org) == entry.org.lower())
        if entry.kind in ("country", "capital", "demonym") and entry.country:
            match.append(actors.c.country == entry.country)
    joined = event_actors.join(actors, actors.c.id == event_actors.c.actor_id)
    return sa.select(event_actors.c.event_id).select_from(joined).where(sa.or_(*match))


__all__ = ["ORDERS", "Filters", "bound", "event_conditions", "order_by"]
