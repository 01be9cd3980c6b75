"""Query-string filters: parsed and checked once, so a typo gets a 400 that says what is wrong.

The checking is `flashpoint.store.filters`, which the command line uses too: a value is accepted or
refused, with the same message, in both.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import HTTPException, Query

from flashpoint.store import Filters
from flashpoint.store.errors import FilterError
from flashpoint.store.filters import parse_filters


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def _q(max_length: int, description: str) -> Any:
    return Query(None, max_length=max_length, description=description)


def event_filters(
    country: str | None = _q(400, "countries of the place, comma-separated: ISO alpha-3 or alpha-2 codes or names"),
    actor: str | None = _q(200, "a participant: country or organisation code, name or alias"),
    type: str | None = _q(400, "PLOVER type(s), comma-separated"),
    status: str | None = _q(200, "occurred, claimed, planned, hypothetical, negated (comma-separated)"),
    since: str | None = _q(10, "first day: YYYY, YYYY-MM or YYYY-MM-DD"),
    until: str | None = _q(10, "last day, inclusive"),
    bbox: str | None = _q(200, "min_lon,min_lat,max_lon,max_lat"),
    text: str | None = _q(200, "words in the evidence sentence"),
) -> Filters:
    """The filters every list, map and count endpoint shares."""
    try:
        return parse_filters(country=country, type=type, status=status, actor=actor, since=since, until=until,
                             bbox=bbox, text=text)  # fmt: skip
    except FilterError as exc:
        raise bad_request(str(exc)) from None


Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Order = Annotated[Literal["newest", "oldest"], Query(description="by the day each act starts; undated last")]
