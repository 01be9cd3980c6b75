"""ACLED rows: one per act (cluster) that ACLED would code, in ACLED's 31 columns and order, then flashpoint's.

Every column is described in docs/exports.md. Codes and names come from data/codes.yaml and
data/countries.tsv; actor names follow ACLED's style ("Military Forces of Armenia (2018-)",
"Protesters (Georgia)") from the actor knowledge base, never the raw words of a report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

from flashpoint.export.codes import codes
from flashpoint.export.countries import Country, country
from flashpoint.export.tabular import Written, write_csv

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
FLASHPOINT_COLUMNS = [
    "status", "flashpoint_id", "plover_type", "plover_mode", "cameo", "date_start", "date_end", "date_precision",
    "fatalities_max", "reports", "sources", "urls",
]  # fmt: skip
COLUMNS = ACLED_COLUMNS + FLASHPOINT_COLUMNS
NO_COUNTRY = "FPT"  # event_id_cnty prefix of an act whose country the reports do not name


# -- dates -----------------------------------------------------------------------------------------


def event_day(date: dict[str, Any]) -> tuple[str, int] | None:
    """ACLED's event_date and time_precision: the day; the middle day of a stated week or month."""
    precision = codes()["acled_time_precision"].get(date.get("precision") or "")
    first, last = _days(date)
    if precision is None or first is None or last is None:
        return None  # a year, a decade or no date: ACLED codes no such event
    if precision == 1 and first != last:
        precision = 2  # "between Monday and Wednesday": a few days
    return (first + (last - first) / 2).isoformat(), precision


def _days(date: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    from flashpoint.store.rows import day_range

    lo, hi = day_range(date.get("start"), date.get("end"))
    return (dt.date.fromisoformat(lo) if lo else None), (dt.date.fromisoformat(hi) if hi else None)


# -- actors ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[str, dt.date | None, dt.date | None]]]:
    """Heads of state and government by country: (person, from, to), from the actor knowledge base."""
    from flashpoint.actors.kb import base_kb

    offices = set(codes()["acled_head_offices"])
    found: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for entry, _ in base_kb().entries():
        for p in entry.periods if entry.kind == "person" else []:
            if p.country and not p.org and (p.title or "").lower() in offices:
                found.setdefault(p.country, []).append((entry.name, p.start, p.end))
    return found


def period(iso3: str | None, day: dt.date | None) -> str:
    """ACLED's period suffix " (2018-)": when the longest-serving head of state or government in office
    on `day` took office (successive offices of one person count as one run). Empty when unknown."""
    if not iso3 or day is None:
        return ""
    terms = _heads().get(iso3, [])
    runs = [_run_start(name, terms, day) for name, start, end in terms
            if (start is None or start <= day) and (end is None or day <= end)]  # fmt: skip
    known = [r for r in runs if r is not None]
    return f" ({min(known).year}-)" if known else ""


def _run_start(name: str, terms: list[tuple[str, dt.date | None, dt.date | None]], day: dt.date) -> dt.date | None:
    mine = sorted((s, e) for n, s, e in terms if n == name and s is not None and s <= day)
    start: dt.date | None = None
    previous_end: dt.date | None = None
    for s, e in mine:  # walk forward, restarting the run after a gap of more than a month
        if start is None or (previous_end is not None and (s - previous_end).days > 31):
            start = s
        previous_end = e
    return start


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The names the knowledge base gives countries: an actor so named is the country, not a group."""
    from flashpoint.actors.kb import base_kb

    return frozenset(entry.name for entry, _ in base_kb().entries() if entry.kind == "country")


def _state(sector: str | None) -> bool:
    return sector in codes()["acled_state_sectors"]


def _civilian(sector: str | None) -> bool:
    return sector in codes()["acled_civilian_sectors"]


def acled_actor(actor: dict[str, Any], event_type: str, role: str, where: str | None, day: dt.date | None
                ) -> tuple[str, int] | None:  # fmt: skip
    """ACLED's name and inter code for an actor of an act of `event_type` in country `where`; None when
    the coding says too little to name it (a bare "it", "the attackers" with no country)."""
    sector, names = actor.get("sector"), codes()["acled_actor_names"]
    inter = codes()["acled_inter"].get(sector or "")
    home = actor.get("country") or (where if not _state(sector) else None)
    if _state(sector) and actor.get("country") and where and actor["country"] != where:
        inter = 8  # a state's forces abroad are external forces to ACLED
    if actor.get("org"):
        return actor.get("name") or actor["org"], inter or 8
    place = country(home)
    if event_type == "Riots" and role == "source" and sector == "PRO":
        return (names["rioters"].format(country=place.acled_name), 5) if place else None
    if _civilian(sector) or (sector == "PRO" and role == "target" and event_type != "Protests"):
        return (names["civilians"].format(country=place.acled_name), 7) if place else None
    if actor.get("name") and not _state(sector) and actor["name"] not in _country_names():
        return actor["name"], inter or 3  # a named group: the knowledge base's name
    template = names.get(sector or "")
    if template is None or place is None or inter is None:
        return None
    return template.format(country=place.acled_name, period=period(place.iso3, day)), inter


def _sides(cluster: dict[str, Any], event_type: str, where: str | None, day: dt.date | None
           ) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:  # fmt: skip
    def named(actors: list[dict[str, Any]], role: str) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for a in actors:
            if (found := acled_actor(a, event_type, role, where, day)) and found[0] not in {n for n, _ in out}:
                out.append(found)
        return out

    first = named(cluster.get("source") or [], "source")
    second = [x for x in named(cluster.get("target") or [], "target") if x[0] not in {n for n, _ in first}]
    if not second and len(first) > 1 and cluster.get("target"):  # mutual fighting: both sides in both lists
        first, second = first[:1], first[1:2]
    return first, second


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (13); N0 when one side acts alone (10)."""
    known = sorted(i for i in (inter1, inter2) if i)
    if not known:
        return None
    return known[0] * 10 + (known[1] if len(known) == 2 else 0)


# -- the row ---------------------------------------------------------------------------------------


def event_id(cluster: dict[str, Any], place: Country | None) -> str:
    """Country code and a number taken from the act's first event id: the same reports give the same id."""
    first = min((m["event"] for m in cluster.get("events") or []), default=cluster["id"])
    number = int(hashlib.sha1(first.encode("utf-8")).hexdigest()[:7], 16)
    return f"{place.iso3 if place else NO_COUNTRY}{number}"


def acled_row(cluster: dict[str, Any]) -> dict[str, Any] | None:
    """The ACLED row of an act, or None when ACLED would not code it (no ACLED category, no day or month)."""
    category = cluster.get("acled") or {}
    event_type, sub = category.get("event_type"), category.get("sub_event_type")
    when = event_day(cluster.get("date") or {})
    if not event_type or when is None:
        return None
    loc = cluster.get("location") or {}
    place = country(loc.get("country"))
    day = dt.date.fromisoformat(when[0])
    side1, side2 = _sides(cluster, event_type, loc.get("country"), day)
    inter1, inter2 = (side1[0][1] if side1 else None), (side2[0][1] if side2 else None)
    return {
        "event_id_cnty": event_id(cluster, place), "event_date": when[0], "year": day.year, "time_precision": when[1],
        "disorder_type": category.get("disorder_type") or disorder(event_type, sub), "event_type": event_type,
        "sub_event_type": sub, "actor1": side1[0][0] if side1 else None,
        "assoc_actor_1": "; ".join(n for n, _ in side1[1:]) or None, "inter1": inter1,
        "actor2": side2[0][0] if side2 else None, "assoc_actor_2": "; ".join(n for n, _ in side2[1:]) or None,
        "inter2": inter2 or 0, "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if _targets_civilians(cluster, event_type) else None,
        "iso": place.iso_numeric if place else None, "region": place.acled_region if place else None,
        "country": place.acled_name if place else None, "admin1": loc.get("admin1"), "admin2": None, "admin3": None,
        "location": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": codes()["acled_geo_precision"].get(loc.get("precision") or ""),
        "source": "; ".join(_outlets(cluster)), "source_scale": None, "notes": _notes(cluster),
        # ACLED records the most conservative figure, and 0 when no death is reported.
        "fatalities": (cluster.get("fatalities") or {}).get("min") or 0, "tags": None,
        "timestamp": _timestamp(cluster), **_own(cluster),
    }  # fmt: skip


def disorder(event_type: str, sub_event_type: str | None) -> str | None:
    return codes()["acled_disorder_of_sub_event"].get(sub_event_type or "") or codes()["acled_disorder"].get(event_type)


def _targets_civilians(cluster: dict[str, Any], event_type: str) -> bool:
    if event_type == "Violence against civilians":
        return True
    targets = cluster.get("target") or []
    violent = codes()["acled_disorder"].get(event_type) == "Political violence"
    return violent and bool(targets) and all(_civilian(a.get("sector")) for a in targets)


def _outlets(cluster: dict[str, Any]) -> list[str]:
    return sorted({m.get("source") or m.get("url") or m["article"] for m in cluster.get("events") or []})


def _notes(cluster: dict[str, Any]) -> str | None:
    """The sentence of the report that tells the act first (earliest published, then its id)."""
    mentions = sorted(cluster.get("events") or [], key=lambda m: (m.get("published") or "9999", m["event"]))
    return mentions[0]["evidence"] if mentions else None


def _timestamp(cluster: dict[str, Any]) -> int | None:
    """When the act's latest report was published (Unix time, midnight UTC): ACLED's last-update time."""
    last = cluster.get("last_report")
    if not last:
        return None
    return int(dt.datetime.fromisoformat(last[:10]).replace(tzinfo=dt.UTC).timestamp())


def _own(cluster: dict[str, Any]) -> dict[str, Any]:
    date, fatalities = cluster.get("date") or {}, cluster.get("fatalities") or {}
    urls = sorted({m["url"] for m in cluster.get("events") or [] if m.get("url")})
    return {"status": cluster.get("status"), "flashpoint_id": cluster["id"], "plover_type": cluster.get("type"),
            "plover_mode": cluster.get("mode"), "cameo": cluster.get("cameo"), "date_start": date.get("start"),
            "date_end": date.get("end"), "date_precision": date.get("precision"),
            "fatalities_max": fatalities.get("max"), "reports": cluster.get("reports"),
            "sources": cluster.get("sources"), "urls": " ".join(urls) or None}  # fmt: skip


def write_acled(clusters: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """CSV with ACLED's columns, then flashpoint's; acts ACLED does not code are left out (and counted)."""
    rows, skipped = [], 0
    for c in clusters:
        if (row := acled_row(c)) is not None:
            rows.append(row)
        else:
            skipped += 1
    written = write_csv(rows, out, COLUMNS)
    note = f"{skipped} acts left out (no ACLED category, or dated only to the year)" if skipped else None
    return Written(written, note)
