"""From model objects to table rows, and the calendar arithmetic the queries rely on."""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from datetime import UTC, date, datetime
from typing import Any

from flashpoint.model import Actor, Article, Event, Place

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE = re.compile(r"^(\d{3})X?$")


def period(value: str | None) -> tuple[str, str] | None:
    """The first and last ISO day of a calendar value ("2022-09" -> 2022-09-01, 2022-09-30)."""
    if not value:
        return None
    value = value.strip()
    try:
        return _period(value)
    except ValueError:  # e.g. 2022-02-30: not a day, so no period
        return None


def _period(value: str) -> tuple[str, str] | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), date.fromisocalendar(int(m[1]), int(m[2]), 7).isoformat()
    if m := _YEAR.match(value):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    if m := _DECADE.match(value):
        return f"{m[1]}0-01-01", f"{m[1]}9-12-31"
    return None


def day_range(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The span of days an event's stated date covers; (None, None) when it has no date."""
    first = period(start)
    last = period(end) if end else first
    if first is None:
        return None, None
    return first[0], (last or first)[1]


def middle_day(start: str | None, end: str | None) -> date | None:
    """The middle day of the days a stated date covers (ACLED's day of an act dated to a week or a month)."""
    lo, hi = day_range(start, end)
    if lo is None or hi is None:
        return None
    first, last = date.fromisoformat(lo), date.fromisoformat(hi)
    return first + (last - first) / 2


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def short_hash(*parts: object) -> str:
    raw = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def article_row(article: Article) -> dict[str, Any]:
    d = article.to_dict()
    d.update(content_hash=article.content_hash, added_at=now())
    return d


def actor_row(actor: Actor) -> dict[str, Any]:
    return {
        "id": short_hash(*actor.key()),
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "org": actor.org,
    }


def place_row(place: Place) -> dict[str, Any]:
    key = (place.name or place.text, place.country, place.admin1, place.lat, place.lon, place.precision)
    return {
        "id": short_hash(*key),
        "name": place.name or place.text,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
    }


def claimant(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.name or actor.org or actor.text


def event_row(event: Event) -> dict[str, Any]:
    d = event.to_dict()
    span = event.date
    day_start, day_end = day_range(span.start, span.end) if span else (None, None)
    loc = event.location
    return {
        "id": d["id"],
        "article_id": event.article,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "status": event.status,
        "date_start": span.start if span else None,
        "date_end": span.end if span else None,
        "date_precision": span.precision if span else None,
        "day_start": day_start,
        "day_end": day_end,
        "place_id": place_row(loc)["id"] if loc else None,
        "country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": loc.precision if loc else None,
        "fatalities": event.fatalities,
        "injured": event.injured,
        "claimant": claimant(event.claimed_by),
        "confidence": d["confidence"],
        "evidence": event.evidence.text,
        "data": json.dumps(d, ensure_ascii=False, sort_keys=True),
        "cluster_id": None,
        "headline": 0,
    }


def event_actor_rows(event: Event) -> list[dict[str, Any]]:
    rows = []
    roles = [("source", event.source), ("target", event.target)]
    if event.claimed_by is not None:
        roles.append(("claimed_by", [event.claimed_by]))
    for role, group in roles:
        for pos, actor in enumerate(group):
            rows.append(
                {
                    "event_id": event.id,
                    "role": role,
                    "position": pos,
                    "actor_id": actor_row(actor)["id"],
                    "text": actor.text,
                }
            )
    return rows
