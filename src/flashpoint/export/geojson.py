"""GeoJSON: one point feature per cluster that has coordinates."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def feature(cluster: dict[str, Any]) -> dict[str, Any] | None:
    loc = cluster.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    date, fatalities = cluster.get("date") or {}, cluster.get("fatalities") or {}
    props = {
        "id": cluster["id"], "type": cluster["type"], "status": cluster["status"], "mode": cluster.get("mode"),
        "date": date.get("start"), "date_end": date.get("end"), "date_precision": date.get("precision"),
        "place": loc.get("name"), "country": loc.get("country"), "geo_precision": loc.get("precision"),
        "source": [a.get("name") or a.get("text") for a in cluster.get("source") or []],
        "target": [a.get("name") or a.get("text") for a in cluster.get("target") or []],
        "fatalities_min": fatalities.get("min"), "fatalities_max": fatalities.get("max"),
        "mentions": cluster["mentions"], "reports": cluster["reports"], "sources": cluster["sources"],
        "first_report": cluster.get("first_report"), "last_report": cluster.get("last_report"),
    }  # fmt: skip
    # GeoJSON orders coordinates longitude first.
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": props}  # fmt: skip


def feature_collection(clusters: Iterable[dict[str, Any]]) -> dict[str, Any]:
    features = [f for c in clusters if (f := feature(c)) is not None]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(clusters: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection; acts without coordinates are left out. Returns the number of features."""
    collection = feature_collection(clusters)
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(collection["features"])
