"""Filter values as users type them, checked once for the command line and the API alike.

    parse_filters(type="assault", country="Burkina,AM", bbox="-6,10,4,16")
    # Filters(type=['ASSAULT'], country=['BFA', 'ARM'], bbox=(-6.0, 10.0, 4.0, 16.0), ...)
    parse_filters(type="attack")
    # FilterError: type 'ATTACK' is unknown: use one of AGREE, CONSULT, ...

Countries are ISO 3166-1 alpha-3 codes, alpha-2 codes or names and aliases the actor knowledge base
knows ("Burkina", "DRC", "UK"); a value that fits no country is refused with the closest names.
"""

from __future__ import annotations

import difflib
import math
from functools import lru_cache

from flashpoint.actors.kb import country_names
from flashpoint.actors.text import norm
from flashpoint.model import EVENT_TYPES, STATUSES
from flashpoint.store.errors import FilterError
from flashpoint.store.query import ALL, ORDERS, Filters, bound


def _items(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def checked(name: str, value: str | None, allowed: tuple[str, ...], upper: bool) -> list[str] | None:
    """Comma-separated values, each one of `allowed` (case-insensitive), else a FilterError naming them."""
    items = [i.upper() if upper else i.lower() for i in _items(value)]
    unknown = [i for i in items if i not in allowed]
    if unknown:
        raise FilterError(f"{name} {unknown[0]!r} is unknown: use one of {', '.join(allowed)}")
    return items or None


@lru_cache(maxsize=1)
def _country_keys() -> tuple[dict[str, str], dict[str, str]]:
    """(code -> ISO3 for alpha-3 and alpha-2 codes, normalised name -> ISO3). Names are the knowledge
    base's own (ISO's short names are not all what news calls a country: ISO's "Congo" is one of two)."""
    import pycountry

    names = dict(country_names())
    codes = {iso3: iso3 for iso3 in names.values()}
    for c in pycountry.countries:
        codes.setdefault(c.alpha_3, c.alpha_3)
        codes.setdefault(c.alpha_2, c.alpha_3)
        # a name news gives one country and ISO another ("Congo") is ambiguous in a filter: ask which
        key = norm(c.name)
        if names.get(key, c.alpha_3) != c.alpha_3:
            del names[key]
    return codes, names


def country_code(value: str) -> str:
    """The ISO alpha-3 code of a code, alpha-2 code or country name; FilterError when none fits."""
    codes, names = _country_keys()
    text = value.strip()
    if text.isalpha() and text.isupper() and text in codes:
        return codes[text]
    if (found := names.get(norm(text))) is not None:
        return found
    if text.isalpha() and len(text) in (2, 3) and text.upper() in codes:  # "arm", "am"
        return codes[text.upper()]
    close = difflib.get_close_matches(norm(text), list(names), n=3, cutoff=0.75)
    hint = f"; did you mean {', '.join(f'{n} ({names[n]})' for n in close)}?" if close else ""
    raise FilterError(f"country {value!r} is not one flashpoint knows: use an ISO 3166-1 alpha-3 or alpha-2 code "
                      f"or a country name (ARM, AM or Armenia){hint}")  # fmt: skip


def countries(value: str | None) -> list[str] | None:
    return [country_code(v) for v in _items(value)] or None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise FilterError("bbox is four numbers: min_lon,min_lat,max_lon,max_lat") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        raise FilterError("bbox numbers must be finite")
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise FilterError("bbox must lie within -180..180, -90..90 with min <= max")
    return (w, s, e, n)


def parse_date(name: str, value: str | None) -> str | None:
    try:
        bound(value, end=False)
    except ValueError:
        raise FilterError(f"{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value or None


def parse_order(value: str | None) -> str:
    if value is None:
        return ORDERS[0]
    if value not in ORDERS:
        raise FilterError(f"order {value!r} is unknown: use one of {', '.join(ORDERS)}")
    return value


def statuses(value: str | None) -> list[str] | None:
    """Statuses, or "all" for every one (datasets hold only what happened unless asked)."""
    items = checked("status", value, (*STATUSES, ALL), upper=False)
    return list(STATUSES) if items and ALL in items else items


def _text(value: str | None) -> str | None:
    return value.strip() or None if value else None


def parse_filters(
    *,
    country: str | None = None,
    type: str | None = None,
    status: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    bbox: str | None = None,
    text: str | None = None,
) -> Filters:
    """Filters from the strings a user typed; FilterError (a ValueError) says what is wrong."""
    return Filters(
        country=countries(country),
        type=checked("type", type, EVENT_TYPES, upper=True),
        status=statuses(status),
        actor=_text(actor),
        since=parse_date("since", since),
        until=parse_date("until", until),
        bbox=parse_bbox(bbox),
        text=_text(text),
    )


__all__ = ["FilterError", "checked", "country_code", "parse_bbox", "parse_date", "parse_filters", "parse_order"]
