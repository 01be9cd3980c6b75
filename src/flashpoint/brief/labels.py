"""Short labels for actors, dates and places, from the fields an event carries (nothing added)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def actor_label(actor: dict[str, Any] | None) -> str | None:
    """'Nikol Pashinyan (ARM)', 'CSTO', 'Azerbaijan', "Armenia's defence ministry (ARM)"."""
    if not actor:
        return None
    country, org = actor.get("country"), actor.get("org")
    if org:
        return str(org)
    name = actor.get("name") or actor.get("text")
    if not name:
        return country
    if country and not _names_country(name, country):
        return f"{name} ({country})"
    return str(name)


def _names_country(name: str, country: str) -> bool:
    # "Armenia" is ARM itself: "Armenia (ARM)" would say it twice.
    return name.upper() == country or _country_name(country) == name


@lru_cache(maxsize=512)
def _country_name(code: str) -> str | None:
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return getattr(found, "common_name", None) or getattr(found, "name", None) if found else None


def side_labels(actors: list[dict[str, Any]]) -> list[str]:
    """Labels of one side; an unnamed actor is dropped when a named one of its country is there."""
    named_countries = {a.get("country") for a in actors if a.get("name") and a.get("country")}
    labels: list[str] = []
    for a in actors:
        if not a.get("name") and not a.get("org") and a.get("country") in named_countries:
            continue
        label = actor_label(a)
        if label and label not in labels:
            labels.append(label)
    return labels


def when_label(date: dict[str, Any] | None, reported: str | None) -> str:
    """'2022-09-12', '2022-09-12 to 2022-09-14', '2022-05', or 'undated (reported 2022-09-15)'."""
    if not date or not date.get("start"):
        return f"undated (reported {reported[:10]})" if reported else "undated"
    start, end = date["start"], date.get("end")
    return start if not end or end == start else f"{start} to {end}"


def place_label(location: dict[str, Any] | None) -> str | None:
    if not location:
        return None
    name = location.get("name") or location.get("text")
    country = location.get("country")
    if name and country and not _names_country(name, country):
        return f"{name} ({country})"
    return name or country
