"""Readable names for coded actors: "Georgia police" for GEO/COP, an organisation's full name for its code."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from flashpoint.data import parse_yaml
from flashpoint.model import SECTORS


@lru_cache(maxsize=1)
def sector_names() -> dict[str, str]:
    """Sector code -> words, from data/sectors.yaml; every sector of the model is named there."""
    text = (resources.files("flashpoint.web") / "data" / "sectors.yaml").read_text(encoding="utf-8")
    names: dict[str, str] = parse_yaml(text)["sectors"]
    if set(names) != set(SECTORS):
        raise ValueError(f"sectors.yaml must name exactly the sectors {', '.join(SECTORS)}")
    return names


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    # The knowledge base is loaded once per process (lru-cached there).
    from flashpoint.actors.kb import base_kb

    kb = base_kb()
    return {k: e.name for k, e in kb.countries.items()}, {k: e.name for k, e in kb.orgs.items()}


def actor_label(actor: dict[str, Any]) -> str:
    """A name for an actor row (`name`, `country`, `sector`, `org`) a reader understands without codes."""
    countries, orgs = _names()
    name, iso3, sector, org = (actor.get(k) for k in ("name", "country", "sector", "org"))
    country = countries.get(iso3, iso3) if iso3 else None
    if org and not name:
        name = orgs.get(org, org)
    if name and name != country:
        return str(name)
    words = sector_names().get(sector) if sector else None
    if country:
        return f"{country} {words}" if words else country
    return words or "unidentified"
