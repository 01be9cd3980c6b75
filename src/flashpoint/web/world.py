"""Country outlines for the map, from the GeoJSON polygons the `countryinfo` package ships.

The polygons are read once, simplified (coordinates rounded to a tenth of a degree, points
that fall on the same rounded spot dropped, rings too small to see removed) and kept in
memory: the whole world then weighs a few hundred kilobytes instead of megabytes.
Without `countryinfo` installed the map simply has no outlines.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

Ring = list[list[float]]

_PRECISION = 1  # decimals kept: 0.1 degree is ~11 km, finer than a world map shows


def simplify_ring(ring: Ring, decimals: int = _PRECISION) -> Ring | None:
    """The ring with rounded coordinates and no repeated points; None when nothing is left to draw."""
    out: Ring = []
    for lon, lat, *_ in ring:
        point = [round(float(lon), decimals), round(float(lat), decimals)]
        if not out or point != out[-1]:
            out.append(point)
    # Three distinct corners make the smallest visible shape; closing repeats the first.
    if len({tuple(p) for p in out}) < 3:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def simplify_geometry(geometry: dict[str, Any]) -> list[list[Ring]]:
    """Any Polygon/MultiPolygon as a list of polygons (outer ring first), simplified."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    result = []
    for polygon in polygons:
        rings = [r for r in (simplify_ring(ring) for ring in polygon) if r]
        if rings:
            result.append(rings)
    return result


def _country_files() -> list[Any]:
    try:
        root = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:
        return []
    return sorted((f for f in root.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


@lru_cache(maxsize=1)
def world() -> dict[str, Any]:
    """A FeatureCollection: one MultiPolygon per country, `id` = ISO alpha-3, `name`."""
    features = []
    for path in _country_files():
        record = json.loads(path.read_text(encoding="utf-8"))
        for feature in (record.get("geoJSON") or {}).get("features", []):
            polygons = simplify_geometry(feature.get("geometry") or {})
            if not polygons:
                continue
            iso = (record.get("ISO") or {}).get("alpha3") or feature.get("id")
            features.append(
                {
                    "type": "Feature",
                    "id": iso,
                    "properties": {"name": record.get("name")},
                    "geometry": {"type": "MultiPolygon", "coordinates": polygons},
                }
            )
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def world_json() -> bytes:
    return json.dumps(world(), separators=(",", ":")).encode("utf-8")
