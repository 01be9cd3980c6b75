"""When two mentions from different reports describe the same act, and what the merged record says.

A mention is an event dict (the extract contract) plus `report` (url, source, published).
Two mentions match when they share type and factuality, their dates overlap within the
stated precision, their places lie within a distance set by the coarser precision, and
their actors do not contradict each other. A cluster accepts a mention only if it matches
every member (complete link), so a vague report cannot chain two distinct acts together.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from flashpoint.geometry import haversine_km
from flashpoint.store.rows import day_range

# Distance within which two places can be the same scene, by the coarser precision (km).
MAX_KM = {"place": 30.0, "border": 60.0, "admin1": 150.0, "region": 300.0}
DATE_ORDER = ("day", "week", "month", "year", "decade")
GEO_ORDER = ("place", "border", "admin1", "region", "water", "country")
STATUS_ORDER = ("occurred", "claimed", "planned", "hypothetical", "negated")
FACT_GROUP = {"occurred": "fact", "claimed": "fact"}
# Reports of a clash often disagree about who fired first: roles may be swapped.
UNDIRECTED = {"ASSAULT"}
UNIDENTIFIED = "UAF"
# How far before its publication an undated event may lie.
UNDATED_DAYS = 7


def window(m: dict[str, Any]) -> tuple[date, date] | None:
    """The days a mention can fall on."""
    span = m.get("date") or {}
    lo, hi = day_range(span.get("start"), span.get("end"))
    if lo and hi:
        first, last = date.fromisoformat(lo), date.fromisoformat(hi)
        if not span.get("text"):  # dated by publication: the act may be the day before
            first -= timedelta(days=1)
        return first, last
    published = (m.get("report") or {}).get("published")
    if published:
        pub = date.fromisoformat(published[:10])
        return pub - timedelta(days=UNDATED_DAYS), pub
    return None


def dates_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return False
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def places_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    la, lb = a.get("location") or {}, b.get("location") or {}
    border = "border" in (la.get("precision"), lb.get("precision"))
    if la.get("country") and lb.get("country") and la["country"] != lb["country"] and not border:
        return False
    if None in (la.get("lat"), la.get("lon"), lb.get("lat"), lb.get("lon")):
        return True  # one side names no point: the country check is all we can do
    limit = _coarser_limit(la.get("precision"), lb.get("precision"))
    return limit is None or haversine_km(la["lat"], la["lon"], lb["lat"], lb["lon"]) <= limit


def _coarser_limit(pa: str | None, pb: str | None) -> float | None:
    limits = [MAX_KM.get(p or "place") for p in (pa, pb)]
    if None in limits:  # country or water level: the distance says nothing
        return None
    return max(limits)  # type: ignore[type-var]


def actors_match(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Same participant, as far as the coding tells: country, org, then name, then sector."""
    for key in ("country", "org"):
        if x.get(key) and y.get(key):
            return x[key] == y[key]
    if UNIDENTIFIED in (x.get("sector"), y.get("sector")):
        return True  # "gunmen" may be the group another outlet names
    nx, ny = _name(x), _name(y)
    if nx and ny:
        return nx in ny or ny in nx
    if x.get("sector") and y.get("sector"):
        return x["sector"] == y["sector"]
    return True


def _name(actor: dict[str, Any]) -> str:
    # Only a resolved name identifies; the raw words ("gunmen") do not.
    return (actor.get("name") or "").strip().lower()


def sides_match(xs: list[dict[str, Any]], ys: list[dict[str, Any]]) -> bool:
    if not xs or not ys:
        return True  # an unnamed side contradicts nothing
    return any(actors_match(x, y) for x in xs for y in ys)


def parties_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if sides_match(a["source"], b["source"]) and sides_match(a["target"], b["target"]):
        return True
    if a["type"] in UNDIRECTED:
        return sides_match(a["source"], b["target"]) and sides_match(a["target"], b["source"])
    return False


def same_act(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Could these two mentions, from different reports, be the same act?"""
    if a["article"] == b["article"] or a["type"] != b["type"]:
        return False
    if FACT_GROUP.get(a["status"], a["status"]) != FACT_GROUP.get(b["status"], b["status"]):
        return False
    return dates_match(a, b) and places_match(a, b) and parties_match(a, b)


def fits(mention: dict[str, Any], members: list[dict[str, Any]]) -> bool:
    return all(same_act(mention, m) for m in members)


def _rank(order: tuple[str, ...], value: str | None) -> int:
    return order.index(value) if value in order else len(order)


def _best(members: list[dict[str, Any]], field: str, order: tuple[str, ...]) -> dict[str, Any] | None:
    """The most precise value of a field; among equals the most often reported, then the earliest."""
    present = [m[field] for m in members if m.get(field)]
    if not present:
        return None
    counts = Counter(repr(sorted(v.items())) for v in present)
    return min(present, key=lambda v: (_rank(order, v.get("precision")), -counts[repr(sorted(v.items()))]))


def _most_common(members: list[dict[str, Any]], field: str) -> Any:
    values = [m[field] for m in members if m.get(field)]
    if not values:
        return None
    counts = Counter(repr(v) for v in values)
    return max(values, key=lambda v: counts[repr(v)])  # first reported wins a tie


def _outlet(m: dict[str, Any]) -> str:
    report = m.get("report") or {}
    return report.get("source") or report.get("url") or m["article"]


def _merged_actors(members: list[dict[str, Any]], role: str) -> list[dict[str, Any]]:
    seen: dict[tuple, dict[str, Any]] = {}
    for m in members:
        for a in m[role]:
            seen.setdefault((a.get("name"), a.get("country"), a.get("sector"), a.get("org")), a)
    return list(seen.values())


def _claims(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "value": m["fatalities"],
            "claimant": m.get("claimed_by"),
            "event": m["id"],
            "article": m["article"],
            "source": _outlet(m),
        }
        for m in members
        if m.get("fatalities") is not None
    ]


def summarize(cluster_id: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """The merged record of a cluster: best date and place, every claim with its claimant."""
    claims = _claims(members)
    values = [c["value"] for c in claims]
    published = sorted(p for m in members if (p := (m.get("report") or {}).get("published")))
    status = min((m["status"] for m in members), key=lambda s: _rank(STATUS_ORDER, s))
    return {
        "id": cluster_id,
        "type": members[0]["type"],
        "status": status,
        "mode": _most_common(members, "mode"),
        "cameo": _most_common(members, "cameo"),
        "acled": _most_common(members, "acled"),
        "date": _best(members, "date", DATE_ORDER),
        "location": _best(members, "location", GEO_ORDER),
        "source": _merged_actors(members, "source"),
        "target": _merged_actors(members, "target"),
        "fatalities": {"min": min(values), "max": max(values), "claims": claims} if claims else None,
        "mentions": len(members),
        "reports": len({m["article"] for m in members}),
        "sources": len({_outlet(m) for m in members}),
        "first_report": published[0] if published else None,
        "last_report": published[-1] if published else None,
        "events": [_mention_ref(m) for m in members],
    }


def _mention_ref(m: dict[str, Any]) -> dict[str, Any]:
    report = m.get("report") or {}
    return {
        "event": m["id"],
        "article": m["article"],
        "url": report.get("url"),
        "source": report.get("source"),
        "published": report.get("published"),
        "evidence": m["evidence"]["text"],
        "status": m["status"],
    }
