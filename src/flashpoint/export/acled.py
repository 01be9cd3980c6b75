"""ACLED rows: one per act (cluster) that ACLED would code, in ACLED's 31 columns and order, then flashpoint's.

Every column is described in docs/exports.md. The ACLED coding of the act (category, disorder type, civilian
targeting, actors and their inter codes, geo_precision) is the `acled` field the extractor gave its events
(flashpoint.events.acled), taken over as the store's merged record chose it (store.dedup.summarize); this module
fills only what an event cannot know: the row's id, ACLED's day, the country's codes and names in ACLED's
spelling (geo/data/country_codes.tsv), the place, the outlets, the toll across reports and the timestamp.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import IO, Any

from flashpoint.export.codes import codes
from flashpoint.export.tabular import Written, write_csv
from flashpoint.geo.countries import Country, country
from flashpoint.store.rows import day_range, middle_day

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
    first, last = day_range(date.get("start"), date.get("end"))
    middle = middle_day(date.get("start"), date.get("end"))
    if precision is None or middle is None:
        return None  # a year, a decade or no date: ACLED codes no such event
    if precision == 1 and first != last:
        precision = 2  # "between Monday and Wednesday": a few days
    return middle.isoformat(), precision


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (13); N0 when one side acts alone (inter2
    0: 10). None when either side's code is unknown."""
    if inter1 is None or inter2 is None:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


# -- the row ---------------------------------------------------------------------------------------


def event_id(cluster: dict[str, Any], place: Country | None) -> str:
    """Country code and a number taken from the act's first event id: the same reports give the same id."""
    first = min((m["event"] for m in cluster.get("events") or []), default=cluster["id"])
    number = int(hashlib.sha1(first.encode("utf-8")).hexdigest()[:7], 16)
    return f"{place.iso3 if place else NO_COUNTRY}{number}"


# The columns the act's `acled` field carries, as the extractor coded them.
FROM_EVENT = ("disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
              "assoc_actor_2", "inter2", "civilian_targeting", "geo_precision")  # fmt: skip


def acled_row(cluster: dict[str, Any]) -> dict[str, Any] | None:
    """The ACLED row of an act, or None when ACLED would not code it (no ACLED category, no day or month)."""
    coded = cluster.get("acled") or {}
    when = event_day(cluster.get("date") or {})
    if not coded.get("event_type") or when is None:
        return None
    loc = cluster.get("location") or {}
    place = country(loc.get("country"))
    row = {
        "event_id_cnty": event_id(cluster, place), "event_date": when[0], "year": int(when[0][:4]),
        "time_precision": when[1], **{column: coded.get(column) for column in FROM_EVENT},
        "interaction": interaction(coded.get("inter1"), coded.get("inter2")),
        "iso": place.iso_numeric if place else None, "region": place.acled_region if place else None,
        "country": place.acled_name if place else None, "admin1": loc.get("admin1"), "admin2": loc.get("admin2"),
        "admin3": None,
        "location": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "source": "; ".join(_outlets(cluster)), "source_scale": None, "notes": _notes(cluster),
        # ACLED records the most conservative figure, and 0 when no death is reported.
        "fatalities": (cluster.get("fatalities") or {}).get("min") or 0, "tags": None,
        "timestamp": _timestamp(cluster), **_own(cluster),
    }  # fmt: skip
    return {column: row[column] for column in COLUMNS}


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
