"""GDELT 2.0 event table rows (tab-separated), limited to the columns flashpoint can fill."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from flashpoint.export.codes import codes, goldstein, quad_class
from flashpoint.export.tabular import write_csv

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
]  # fmt: skip


def actor_code(actor: dict[str, Any] | None) -> str | None:
    """A CAMEO actor code: country then type ("AZEMIL"), or the organisation code ("NATO")."""
    if not actor:
        return None
    kind = codes()["cameo_type"].get(actor.get("sector") or "")
    parts = [actor.get("country") or actor.get("org") or "", kind or ""]
    return "".join(parts) or None


def _actor_cols(n: int, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {
        f"Actor{n}Code": actor_code(actor) if actor else None,
        f"Actor{n}Name": (actor.get("name") or actor.get("text") or "").upper() or None,
        f"Actor{n}CountryCode": actor.get("country"),
        f"Actor{n}KnownGroupCode": actor.get("org"),
        f"Actor{n}Type1Code": codes()["cameo_type"].get(actor.get("sector") or ""),
    }


def _when(start: str | None) -> dict[str, Any]:
    if not start or len(start) != 10:  # GDELT needs a day
        return {"Day": None, "MonthYear": None, "Year": start[:4] if start else None, "FractionDate": None}
    d = date.fromisoformat(start)
    fraction = d.year + (d.timetuple().tm_yday - 1) / 365.0
    return {"Day": d.strftime("%Y%m%d"), "MonthYear": d.strftime("%Y%m"), "Year": d.year,
            "FractionDate": round(fraction, 4)}  # fmt: skip


def gdelt_row(cluster: dict[str, Any]) -> dict[str, Any]:
    cameo = cluster.get("cameo")
    loc, date_ = cluster.get("location") or {}, cluster.get("date") or {}
    sources, targets = cluster.get("source") or [], cluster.get("target") or []
    mentions = cluster.get("events") or []
    return {
        "GlobalEventID": cluster["id"], **_when(date_.get("start")),
        **_actor_cols(1, sources[0] if sources else None), **_actor_cols(2, targets[0] if targets else None),
        "IsRootEvent": None, "EventCode": cameo, "EventBaseCode": cameo[:3] if cameo else None,
        "EventRootCode": cameo[:2] if cameo else None, "QuadClass": quad_class(cameo),
        "GoldsteinScale": goldstein(cameo), "NumMentions": cluster["mentions"],
        "NumSources": cluster["sources"], "NumArticles": cluster["reports"],
        "ActionGeo_Type": codes()["gdelt_geo_type"].get(loc.get("precision") or ""),
        "ActionGeo_FullName": ", ".join(p for p in (loc.get("name"), loc.get("admin1")) if p) or None,
        "ActionGeo_CountryCode": loc.get("country"), "ActionGeo_ADM1Code": None,
        "ActionGeo_Lat": loc.get("lat"), "ActionGeo_Long": loc.get("lon"),
        "SOURCEURL": next((m["url"] for m in mentions if m.get("url")), None),
    }  # fmt: skip


def write_gdelt(clusters: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Tab-separated, with a header row of GDELT's column names."""
    return write_csv((gdelt_row(c) for c in clusters), out, GDELT_COLUMNS, delimiter="\t")
