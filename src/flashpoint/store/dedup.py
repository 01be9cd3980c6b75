"""When two mentions describe the same act, and what the merged record of a cluster says.

A mention is an event dict (the extract contract) plus `report` (url, source, published) and
`headline` (whether its evidence is the report's headline). Two mentions are weighed field by
field:

- a **conflict** keeps them apart whatever else agrees: another type or factuality, another
  country, dates that cannot overlap, places farther apart than their precision allows, actors
  that contradict each other, or two acts one report tells apart;
- a **link** joins them: no conflict, and enough positive evidence (`LINK` points) from the
  date, the place, the actors, the toll and the wording. A field one side lacks counts against
  the link, never for it: a mention with no place or no usable date links to nothing, and one
  with no actor needs the place and the day to agree exactly.

The headline of a report and the act its body tells are one event: a headline mention links
to the body mentions of its own report that do not contradict it (see `headline_score`).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from flashpoint.geometry import haversine_km
from flashpoint.store.rows import day_range

LINK = 3
"""Points of positive evidence two mentions need to be joined."""

# How far apart two mentions' places may be, by the coarser precision (km). Two differently
# named towns are one scene only when they are close: ACLED, too, codes each town apart.
SAME_NAME_KM = 30.0
OTHER_NAME_KM = 10.0
MAX_KM = {"place": SAME_NAME_KM, "border": 60.0, "admin2": 60.0, "admin1": 150.0, "region": 300.0}
DATE_ORDER = ("day", "week", "month", "year", "decade")
GEO_ORDER = ("place", "border", "admin2", "admin1", "region", "water", "country")
STATUS_ORDER = ("occurred", "claimed", "planned", "hypothetical", "negated")
FACT_GROUP = {"occurred": "fact", "claimed": "fact"}
# Precisions fine enough to tell one act from the next: a month-dated mention ("a June massacre")
# could be any of that month's acts, so it stays on its own.
LINKABLE_DATES = {"day", "week"}
TOWN_LEVEL = {"place", "border"}
# Reports of a clash often disagree about who fired first: roles may be swapped.
UNDIRECTED = {"ASSAULT"}
UNIDENTIFIED = "UAF"

AGREE, UNKNOWN, CONTRA, MISSING = "agree", "unknown", "contradict", "missing"


# -- dates -------------------------------------------------------------------------------------


def window(m: dict[str, Any]) -> tuple[date, date] | None:
    """The days a mention can fall on; None when it has no date."""
    span = m.get("date") or {}
    lo, hi = day_range(span.get("start"), span.get("end"))
    if not (lo and hi):
        return None
    first, last = date.fromisoformat(lo), date.fromisoformat(hi)
    if not span.get("text"):  # dated by publication: the act may be the day before
        first -= timedelta(days=1)
    return first, last


def linkable_window(m: dict[str, Any]) -> tuple[date, date] | None:
    """The window of a mention dated finely enough to be told from other acts, else None."""
    span = m.get("date") or {}
    if span.get("precision") not in LINKABLE_DATES:
        return None
    return window(m)


def _stated_day(m: dict[str, Any]) -> str | None:
    span = m.get("date") or {}
    if span.get("precision") == "day" and span.get("text") and span.get("start") == (span.get("end") or span["start"]):
        return span.get("start")
    return None


def _date_points(a: dict[str, Any], b: dict[str, Any]) -> int:
    """2 for the same stated day; 1 for overlapping windows (a publication date, a week)."""
    day = _stated_day(a)
    return 2 if day is not None and day == _stated_day(b) else 1


def _dates_conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    wa, wb = window(a), window(b)
    return wa is not None and wb is not None and (wa[0] > wb[1] or wb[0] > wa[1])


def dates_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Could the two fall on one day? (Both must have a date.)"""
    return window(a) is not None and window(b) is not None and not _dates_conflict(a, b)


# -- places ------------------------------------------------------------------------------------


def _loc(m: dict[str, Any]) -> dict[str, Any]:
    return m.get("location") or {}


def _limit_km(la: dict[str, Any], lb: dict[str, Any]) -> float | None:
    """How far apart the two places may be; None when the precision says nothing of distance."""
    pa, pb = la.get("precision") or "place", lb.get("precision") or "place"
    if pa in TOWN_LEVEL and pb in TOWN_LEVEL and pa == pb == "place":
        same = (la.get("name") or "").casefold() == (lb.get("name") or "").casefold()
        return SAME_NAME_KM if same else OTHER_NAME_KM
    limits = [MAX_KM.get(p) for p in (pa, pb)]
    return None if None in limits else max(x for x in limits if x is not None)


def _places_conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    la, lb = _loc(a), _loc(b)
    if la.get("country") and lb.get("country") and la["country"] != lb["country"]:
        return True  # a cluster never spans two countries
    if _province_mismatch(la, lb):
        return True
    if None in (la.get("lat"), la.get("lon"), lb.get("lat"), lb.get("lon")):
        return False
    limit = _limit_km(la, lb)
    return limit is not None and haversine_km(la["lat"], la["lon"], lb["lat"], lb["lon"]) > limit


def _province_mismatch(la: dict[str, Any], lb: dict[str, Any]) -> bool:
    """A province named as the place, and a place in another province."""
    if "admin1" not in (la.get("precision"), lb.get("precision")):
        return False
    a1, b1 = (la.get("admin1") or "").casefold(), (lb.get("admin1") or "").casefold()
    return bool(a1 and b1 and a1 != b1)


def places_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Could the two places be one scene (one country, within the distance their precision allows)?"""
    return not _places_conflict(a, b)


def _place_points(a: dict[str, Any], b: dict[str, Any]) -> int:
    """2 for the same town, 1 for the same province, 0 when one names only the country (or a sea)."""
    pa, pb = _loc(a).get("precision"), _loc(b).get("precision")
    if pa in TOWN_LEVEL and pb in TOWN_LEVEL:
        return 2
    if {pa, pb} <= TOWN_LEVEL | {"admin1"}:
        return 1
    return 0


# -- actors ------------------------------------------------------------------------------------


def actor_relation(x: dict[str, Any], y: dict[str, Any]) -> str:
    """Same participant, as far as the coding tells: by country, organisation, name, then sector."""
    for key in ("country", "org"):
        if x.get(key) and y.get(key):
            return AGREE if x[key] == y[key] else CONTRA
    if UNIDENTIFIED in (x.get("sector"), y.get("sector")):
        return UNKNOWN  # "gunmen" may be the group another outlet names
    nx, ny = _name(x), _name(y)
    if nx and ny:
        return AGREE if nx in ny or ny in nx else CONTRA
    if x.get("sector") and y.get("sector") and x["sector"] != y["sector"]:
        return CONTRA
    return UNKNOWN


def actors_match(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Could these be the same participant (nothing in the coding says otherwise)?"""
    return actor_relation(x, y) != CONTRA


def _name(actor: dict[str, Any]) -> str:
    # Only a resolved name identifies; the raw words ("gunmen") do not.
    return (actor.get("name") or "").strip().lower()


def side_relation(xs: list[dict[str, Any]], ys: list[dict[str, Any]]) -> str:
    if not xs or not ys:
        return MISSING
    relations = {actor_relation(x, y) for x in xs for y in ys}
    if AGREE in relations:
        return AGREE
    return CONTRA if relations == {CONTRA} else UNKNOWN


def _orientations(a: dict[str, Any], b: dict[str, Any], swap: bool | None = None) -> list[tuple[str, str]]:
    """(source relation, target relation) as told, and with roles swapped for undirected acts."""
    found = [(side_relation(a["source"], b["source"]), side_relation(a["target"], b["target"]))]
    # Across reports, roles may be swapped; within one report (a headline and its body) they never are.
    if a["type"] in UNDIRECTED and (swap if swap is not None else a["article"] != b["article"]):
        found.append((side_relation(a["source"], b["target"]), side_relation(a["target"], b["source"])))
    return found


def parties_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do the two mentions' actors leave room for one act (roles of a clash may be swapped)?"""
    return any(CONTRA not in o for o in _orientations(a, b, swap=True))


def _actor_points(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    """2 when a participant agrees (3 when both sides do), 0 when nothing tells, -1 when one
    mention names no participant at all; None when the actors contradict each other."""
    usable = [o for o in _orientations(a, b) if CONTRA not in o]
    if not usable:
        return None
    if not (a["source"] or a["target"]) or not (b["source"] or b["target"]):
        return -1
    return max(3 if o == (AGREE, AGREE) else 2 if AGREE in o else 0 for o in usable)


# -- the verdicts --------------------------------------------------------------------------------


def _outlet(m: dict[str, Any]) -> str:
    report = m.get("report") or {}
    return report.get("source") or report.get("url") or m["article"]


def conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do these two mentions contradict each other, so that they can never be one act?"""
    if a["type"] != b["type"] or FACT_GROUP.get(a["status"], a["status"]) != FACT_GROUP.get(b["status"], b["status"]):
        return True
    if a["article"] == b["article"] and bool(a.get("headline")) == bool(b.get("headline")):
        return True  # one report telling two acts tells them apart (a headline is the exception)
    return _dates_conflict(a, b) or _places_conflict(a, b) or _actor_points(a, b) is None or _weapons_conflict(a, b)


# ACLED's event type whose sub-event types name the weapon: a car bomb and an air strike are two acts.
_BY_WEAPON = "Explosions/Remote violence"


def _weapons_conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ca, cb = a.get("acled") or {}, b.get("acled") or {}
    both = ca.get("event_type") == cb.get("event_type") == _BY_WEAPON
    return both and ca.get("sub_event_type") != cb.get("sub_event_type")


def link_score(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    """Points of positive evidence that two mentions are one act; None when they conflict or
    when a field a link needs (a country, a date fine to the week) is missing."""
    if conflict(a, b):
        return None
    if a["article"] == b["article"]:
        return headline_score(a, b)
    if not (linkable_window(a) and linkable_window(b) and _loc(a).get("country") and _loc(b).get("country")):
        return None
    actors = _actor_points(a, b)
    assert actors is not None  # conflict() has checked
    score = _date_points(a, b) + _place_points(a, b) + actors
    score += 1 if a.get("fatalities") and a.get("fatalities") == b.get("fatalities") else 0
    score -= 1 if a.get("mode") and b.get("mode") and a["mode"] != b["mode"] else 0
    score += 3 if _words(a) == _words(b) else 0  # a syndicated copy
    return score


def headline_score(a: dict[str, Any], b: dict[str, Any]) -> int:
    """A headline and a body mention of one report that do not conflict: the body tells the
    headline's act. Agreeing tolls and actors make the match stronger, so that of two body acts
    of the headline's type the better-fitting one takes it."""
    score = LINK
    score += 1 if a.get("fatalities") and a.get("fatalities") == b.get("fatalities") else 0
    actors = _actor_points(a, b) or 0
    return score + max(actors, 0)


def _words(m: dict[str, Any]) -> str:
    return " ".join(((m.get("evidence") or {}).get("text") or "").split()).casefold()


def same_act(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Is the evidence enough to join these two mentions?"""
    score = link_score(a, b)
    return score is not None and score >= LINK


# -- the merged record ---------------------------------------------------------------------------


def _rank(order: tuple[str, ...], value: str | None) -> int:
    return order.index(value) if value in order else len(order)


def _key(value: Any) -> str:
    return repr(sorted(value.items())) if isinstance(value, dict) else repr(value)


def _best(members: list[dict[str, Any]], field: str, order: tuple[str, ...]) -> dict[str, Any] | None:
    """The most precise value of a field; among equals the one told in most wordings, then the first
    in a fixed order (so the merged record does not depend on which report came first)."""
    present = [m[field] for m in members if m.get(field)]
    if not present:
        return None
    support = _support(members, field)
    return min(present, key=lambda v: (_rank(order, v.get("precision")), -support[_key(v)], _key(v)))


def _support(members: list[dict[str, Any]], field: str) -> Counter[str]:
    """How many distinct wordings carry each value: 300 copies of one report count once."""
    seen = {(_key(m[field]), _words(m)) for m in members if m.get(field)}
    return Counter(key for key, _ in seen)


def _most_supported(members: list[dict[str, Any]], field: str) -> Any:
    values = [m[field] for m in members if m.get(field)]
    if not values:
        return None
    support = _support(members, field)
    return min(values, key=lambda v: (-support[_key(v)], _key(v)))


Generic = dict[str, set[tuple[str, str]]]


def _acled(members: list[dict[str, Any]], generic: Generic) -> dict[str, Any] | None:
    """The `acled` field of the member whose category is the most specific: one coded from what the act
    says ("Air/drone strike") beats the type's default ("Armed clash"); then the category most wordings carry.
    Its actors and inter codes come with it: of the members with that category, the one that names its
    first actor, then the coding most wordings carry, then a fixed order."""
    values = [m["acled"] for m in members if m.get("acled")]
    if not values:
        return None
    support = _support(members, "acled")
    categories = Counter(category for category, _ in {(_category(m["acled"]), _words(m)) for m in members
                                                      if m.get("acled")})  # fmt: skip

    def rank(v: dict[str, Any]) -> tuple[bool, int, bool, int, str]:
        is_default = _category(v) in generic.get(members[0]["type"], set())
        return (is_default, -categories[_category(v)], v.get("actor1") is None, -support[_key(v)], _key(v))

    return min(values, key=rank)


def _category(coded: dict[str, Any]) -> tuple[str, str]:
    return coded.get("event_type") or "", coded.get("sub_event_type") or ""


def _geo_precision(members: list[dict[str, Any]], location: dict[str, Any] | None) -> int | None:
    """ACLED's geo_precision of the merged place: the finest the members that give that place coded (a
    report that names the town itself beats one that only borrowed it from elsewhere in its text)."""
    found = [m["acled"].get("geo_precision") for m in members if m.get("acled") and m.get("location") == location]
    return min((g for g in found if g is not None), default=None)


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


def summarize(cluster_id: str, members: list[dict[str, Any]], generic: Generic | None = None) -> dict[str, Any]:
    """The merged record of a cluster: best date and place, every claim with its claimant, the ACLED coding
    of the member with the most specific category (`_acled`).

    `generic` maps a type to its default ACLED categories (those used when no mode refines it).
    Members are taken in id order, so the record depends on who the members are, not on the
    order they arrived in."""
    members = sorted(members, key=lambda m: m["id"])
    claims = _claims(members)
    values = [c["value"] for c in claims]
    published = sorted(p for m in members if (p := (m.get("report") or {}).get("published")))
    status = min((m["status"] for m in members), key=lambda s: _rank(STATUS_ORDER, s))
    acled = _acled(members, generic or {})
    mode = next((m["mode"] for m in members if m.get("acled") == acled and m.get("mode")), None) if acled else None
    location = _best(members, "location", GEO_ORDER)
    if acled is not None:  # the coding of the chosen member, with the precision of the place the record keeps
        acled = {**acled, "geo_precision": _geo_precision(members, location)}
    return {
        "id": cluster_id,
        "type": members[0]["type"],
        "status": status,
        "mode": mode or _most_supported(members, "mode"),
        "cameo": _most_supported(members, "cameo"),
        "acled": acled,
        "date": _best(members, "date", DATE_ORDER),
        "location": location,
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
        "lead": bool(m.get("lead")),  # told in its report's headline or first paragraph
    }
