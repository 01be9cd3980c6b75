"""ACLED-style rows: one per cluster (an act counted once), only for acts ACLED codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

import pycountry

from flashpoint.export.codes import codes
from flashpoint.export.tabular import write_csv

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "location", "latitude",
    "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities",
]  # fmt: skip


def country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    found = pycountry.countries.get(alpha_3=iso3)
    return found.name if found else iso3


def _actor_name(actor: dict[str, Any]) -> str:
    return actor.get("name") or actor.get("org") or actor.get("text") or ""


def _inter(actor: dict[str, Any] | None) -> int | None:
    if not actor or not actor.get("sector"):
        return None
    return codes()["acled_inter"].get(actor["sector"])


def interaction(inter1: int | None, inter2: int | None) -> str | None:
    """ACLED's two-digit interaction code: the two inter codes, lower first; 'N0' for one side."""
    known = sorted(i for i in (inter1, inter2) if i is not None)
    if not known:
        return None
    return f"{known[0]}{known[1]}" if len(known) == 2 else f"{known[0]}0"


def acled_row(cluster: dict[str, Any]) -> dict[str, Any] | None:
    """The ACLED row of a cluster, or None when ACLED would not code the act (no `acled` category)."""
    category = cluster.get("acled")
    if not category:
        return None
    sources, targets = cluster.get("source") or [], cluster.get("target") or []
    actor1, actor2 = (sources[:1] or [None])[0], (targets[:1] or [None])[0]
    inter1, inter2 = _inter(actor1), _inter(actor2)
    date, loc = cluster.get("date") or {}, cluster.get("location") or {}
    fatalities = cluster.get("fatalities") or {}
    mentions = cluster.get("events") or []
    return {
        "event_id_cnty": cluster["id"], "event_date": date.get("start"),
        "event_type": category.get("event_type"), "sub_event_type": category.get("sub_event_type"),
        "actor1": _actor_name(actor1) if actor1 else None,
        "assoc_actor_1": "; ".join(_actor_name(a) for a in sources[1:]) or None, "inter1": inter1,
        "actor2": _actor_name(actor2) if actor2 else None,
        "assoc_actor_2": "; ".join(_actor_name(a) for a in targets[1:]) or None, "inter2": inter2,
        "interaction": interaction(inter1, inter2), "country": country_name(loc.get("country")),
        "admin1": loc.get("admin1"), "location": loc.get("name"), "latitude": loc.get("lat"),
        "longitude": loc.get("lon"), "geo_precision": codes()["acled_geo_precision"].get(loc.get("precision") or ""),
        "time_precision": codes()["acled_time_precision"].get(date.get("precision") or ""),
        "source": "; ".join(sorted({m["source"] or m["url"] or m["article"] for m in mentions})),
        "notes": mentions[0]["evidence"] if mentions else None,
        # ACLED records the most conservative figure; no figure stays empty rather than 0.
        "fatalities": fatalities.get("min"),
    }  # fmt: skip


def write_acled(clusters: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """CSV with ACLED's columns; acts ACLED does not code are left out."""
    return write_csv((r for c in clusters if (r := acled_row(c))), out, ACLED_COLUMNS)
