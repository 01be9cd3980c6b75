"""GDELT 2.0 event table rows: the 61 columns in GDELT's order, tab-separated, no header row.

One row per act (cluster) dated to a day and coded in CAMEO; a 62nd column carries the act's status.
Every column is described in docs/exports.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

import yaml

from flashpoint.export.codes import DATA, codes, goldstein, quad_class
from flashpoint.export.tabular import Written
from flashpoint.geo.countries import country


def _actor_columns(n: int) -> list[str]:
    return [f"Actor{n}{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                                     "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]  # fmt: skip


def _geo_columns(prefix: str) -> list[str]:
    return [f"{prefix}Geo_{c}" for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                                         "FeatureID")]  # fmt: skip


GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", *_actor_columns(1), *_actor_columns(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone", *_geo_columns("Actor1"), *_geo_columns("Actor2"),
    *_geo_columns("Action"), "DATEADDED", "SOURCEURL",
]  # fmt: skip
COLUMNS = [*GDELT_COLUMNS, "status"]  # flashpoint's own, after GDELT's 61


@lru_cache(maxsize=1)
def _cameo_actors() -> dict[str, dict[str, dict[str, str]]]:
    data: dict[str, dict[str, dict[str, str]]] = yaml.safe_load((DATA / "cameo_actors.yaml").read_text("utf-8"))
    return data


def cameo_country(iso3: str | None) -> str | None:
    return codes()["cameo_country"].get(iso3, iso3) if iso3 else None


def actor_code(actor: dict[str, Any] | None) -> tuple[str | None, str | None]:
    """A CAMEO actor code and known-group code: country then role ("ARMMIL"), or the organisation's
    ("IGOUNO", "UNO"); a named group the codebook lists takes its code ("LBNREBHEZ", "HEZ")."""
    if not actor:
        return None, None
    table = _cameo_actors()
    known = table["orgs"].get(actor.get("org") or "") or table["groups"].get(actor.get("name") or "")
    if known:
        return known["code"], known["group"]
    kind = codes()["cameo_type"].get(actor.get("sector") or "")
    code = (cameo_country(actor.get("country")) or "") + (kind or "")
    return code or None, None


def _actor_cols(n: int, actor: dict[str, Any] | None) -> dict[str, Any]:
    code, group = actor_code(actor)
    actor = actor or {}
    return {
        f"Actor{n}Code": code,
        f"Actor{n}Name": (actor.get("name") or "").upper() or None,  # a resolved name only, as GDELT writes it
        f"Actor{n}CountryCode": cameo_country(actor.get("country")),
        f"Actor{n}KnownGroupCode": group,
        f"Actor{n}Type1Code": codes()["cameo_type"].get(actor.get("sector") or ""),
    }


def _when(day: dt.date) -> dict[str, Any]:
    # GDELT's FractionDate: YYYY.FFFF with FFFF = (MONTH * 30 + DAY) / 365.
    return {"Day": int(day.strftime("%Y%m%d")), "MonthYear": int(day.strftime("%Y%m")), "Year": day.year,
            "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4)}  # fmt: skip


def _day(cluster: dict[str, Any]) -> dt.date | None:
    date = cluster.get("date") or {}
    start = date.get("start")
    if date.get("precision") != "day" or not start or len(start) != 10 or (date.get("end") or start) != start:
        return None  # GDELT has no event without a day
    return dt.date.fromisoformat(start)


def _action_geo(loc: dict[str, Any]) -> dict[str, Any]:
    place = country(loc.get("country"))
    if not place:
        return {}
    precision = loc.get("precision") or ""
    geo_type = codes()["gdelt_geo_type"].get(precision)
    if loc.get("country") == "USA" and geo_type in (4, 5):
        geo_type -= 2  # GDELT's US city (3) and US state (2)
    names = [loc.get("name"), loc.get("admin1"), place.acled_name] if precision != "country" else [place.acled_name]
    full = ", ".join(dict.fromkeys(n for n in names if n))
    return {"ActionGeo_Type": geo_type, "ActionGeo_FullName": full, "ActionGeo_CountryCode": place.fips,
            "ActionGeo_ADM1Code": adm1_code(loc, place.fips), "ActionGeo_Lat": loc.get("lat"),
            "ActionGeo_Long": loc.get("lon")}  # fmt: skip


def adm1_code(loc: dict[str, Any], fips: str | None) -> str | None:
    """The FIPS country code followed by the GeoNames code of the place's first-order division (GeoNames
    keeps FIPS 10-4 division codes for most countries); the country code alone when the division is unknown."""
    if not fips:
        return None
    if loc.get("precision") in ("country", "region", "water"):
        return fips
    code = _geonames_admin1(loc)
    return f"{fips}{code}" if code else fips


def _geonames_admin1(loc: dict[str, Any]) -> str | None:
    from flashpoint.geo import get_gazetteer
    from flashpoint.geometry import haversine_km

    if not loc.get("name") or loc.get("lat") is None or loc.get("lon") is None:
        return None
    for cand in get_gazetteer().lookup(loc["name"]):
        if (cand.country == loc.get("country") and cand.admin1_code and cand.lat is not None and cand.lon is not None
                and haversine_km(cand.lat, cand.lon, loc["lat"], loc["lon"]) < 5):  # fmt: skip
            # "ML.04" -> "04"; "PS.GZ.7870260" (GeoNames subdivides Palestine) -> "GZ": two characters, as GDELT's
            return str(cand.admin1_code).split(".")[1] if "." in str(cand.admin1_code) else None
    return None


def global_event_id(cluster: dict[str, Any]) -> int:
    """An integer taken from the act's first event id: the same reports give the same id."""
    first = min((m["event"] for m in cluster.get("events") or []), default=cluster["id"])
    return int(hashlib.sha1(first.encode("utf-8")).hexdigest()[:12], 16)


def gdelt_row(cluster: dict[str, Any]) -> dict[str, Any] | None:
    """The GDELT row of an act, or None when GDELT could hold none (no day, no CAMEO code)."""
    cameo, day = cluster.get("cameo"), _day(cluster)
    if not cameo or day is None:
        return None
    sources, targets = cluster.get("source") or [], cluster.get("target") or []
    mentions = sorted(cluster.get("events") or [], key=lambda m: (m.get("published") or "9999", m["event"]))
    first_report = cluster.get("first_report")
    return {
        "GlobalEventID": global_event_id(cluster), **_when(day),
        **_actor_cols(1, sources[0] if sources else None), **_actor_cols(2, targets[0] if targets else None),
        "IsRootEvent": 1 if any(m.get("lead") for m in mentions) else 0, "EventCode": cameo,
        "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2], "QuadClass": quad_class(cameo),
        "GoldsteinScale": goldstein(cameo), "NumMentions": cluster["mentions"], "NumSources": cluster["sources"],
        "NumArticles": cluster["reports"], **_action_geo(cluster.get("location") or {}),
        "DATEADDED": int(first_report[:10].replace("-", "") + "000000") if first_report else None,
        "SOURCEURL": next((m["url"] for m in mentions if m.get("url")), None), "status": cluster.get("status"),
    }  # fmt: skip


def write_gdelt(clusters: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Tab-separated, no header row (as GDELT's files); acts without a day or a CAMEO code are left out."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n", extrasaction="ignore")
    written = no_day = no_code = 0
    for c in clusters:
        row = gdelt_row(c)
        if row is not None:
            writer.writerow(row)
            written += 1
        elif not c.get("cameo"):
            no_code += 1
        else:
            no_day += 1
    notes = [f"{no_day} acts without a day left out (GDELT has no such rows)" if no_day else "",
             f"{no_code} without a CAMEO code" if no_code else ""]  # fmt: skip
    return Written(written, "; ".join(n for n in notes if n) or None)
