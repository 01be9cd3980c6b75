"""Query-string filters: parsed and checked once, so a typo gets a 400 that says what is wrong."""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from fastapi import HTTPException, Query

from flashpoint.model import EVENT_TYPES, STATUSES
from flashpoint.store import Filters
from flashpoint.store.query import bound

_COUNTRY = re.compile(r"^[A-Z]{3}$")


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def _items(value: str | None, upper: bool) -> list[str]:
    if not value:
        return []
    return [v.strip().upper() if upper else v.strip().lower() for v in value.split(",") if v.strip()]


def _checked(name: str, value: str | None, allowed: tuple[str, ...], upper: bool) -> list[str] | None:
    items = _items(value, upper)
    unknown = [i for i in items if i not in allowed]
    if unknown:
        raise bad_request(f"unknown {name} {unknown[0]!r}: use one of {', '.join(allowed)}")
    return items or None


def _countries(value: str | None) -> list[str] | None:
    items = _items(value, upper=True)
    for item in items:
        if not _COUNTRY.match(item):
            raise bad_request(f"country {item!r} is not an ISO 3166-1 alpha-3 code such as UKR")
    return items or None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise bad_request("bbox is four numbers: min_lon,min_lat,max_lon,max_lat") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        raise bad_request("bbox numbers must be finite")
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise bad_request("bbox must lie within -180..180, -90..90 with min <= max")
    return (w, s, e, n)


def _date(name: str, value: str | None) -> str | None:
    try:
        bound(value, end=False)
    except ValueError:
        raise bad_request(f"{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value or None


def _q(max_length: int, description: str) -> Any:
    return Query(None, max_length=max_length, description=description)


def event_filters(
    country: str | None = _q(400, "ISO alpha-3 code(s) of the place, comma-separated"),
    actor: str | None = _q(200, "a participant: country code, organisation or name"),
    type: str | None = _q(400, "PLOVER type(s), comma-separated"),
    status: str | None = _q(200, "occurred, claimed, planned, hypothetical, negated (comma-separated)"),
    since: str | None = _q(10, "first day: YYYY, YYYY-MM or YYYY-MM-DD"),
    until: str | None = _q(10, "last day, inclusive"),
    bbox: str | None = _q(200, "min_lon,min_lat,max_lon,max_lat"),
    text: str | None = _q(200, "words in the evidence sentence"),
) -> Filters:
    """The filters every list, map and count endpoint shares."""
    return Filters(
        country=_countries(country),
        type=_checked("type", type, EVENT_TYPES, upper=True),
        status=_checked("status", status, STATUSES, upper=False),
        actor=actor.strip() or None if actor else None,
        since=_date("since", since),
        until=_date("until", until),
        bbox=parse_bbox(bbox),
        text=text.strip() or None if text else None,
    )


Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
