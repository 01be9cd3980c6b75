"""The gazetteer: its data files are well formed and every spelling news copy uses finds its place."""

from __future__ import annotations

import pytest
import yaml

from flashpoint.geo import Gazetteer, get_gazetteer
from flashpoint.geo.gazetteer import DATA, load_country_overlay, load_overlay
from flashpoint.geo.normalize import fold

KINDS = {"region", "admin1", "water", "site", "city"}


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_overlay_entries_are_complete_and_on_earth() -> None:
    entries = load_overlay()
    assert len(entries) >= 100
    names = [fold(e["name"]) for e in entries]
    assert len(names) == len(set(names)), "an overlay name is listed twice"
    for e in entries:
        assert e["kind"] in KINDS, e
        assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180, e
        assert e.get("country") is None or len(e["country"]) == 3, e
        assert all(isinstance(a, str) and a for a in e.get("aliases", [])), e


def test_country_overlay_rows_are_iso_codes_with_demonyms() -> None:
    rows = load_country_overlay()
    assert len(rows) >= 150
    for code, row in rows.items():
        assert len(code) == 3 and code.isupper(), code
        assert row["aliases"] and row["demonyms"] or code in {"COG"}, code
        assert (row["lat"] is None) == (row["lon"] is None), code


def test_stoplist_is_plain_words() -> None:
    words = [w for w in (DATA / "stoplist.txt").read_text().splitlines() if w and not w.startswith("#")]
    assert words and all(" " not in w for w in words)
    assert yaml.safe_load((DATA / "overlay.yaml").read_text())  # parses


@pytest.mark.parametrize(
    ("spelling", "name", "country"),
    [
        ("Kiev", "Kyiv", "UKR"),
        ("Kyiv", "Kyiv", "UKR"),
        ("Odessa", "Odesa", "UKR"),
        ("Samarqand", "Samarkand", "UZB"),
        ("Côte d'Ivoire", "Ivory Coast", "CIV"),
        ("Cote d’Ivoire", "Ivory Coast", "CIV"),
        ("Türkiye", "Turkey", "TUR"),
        ("Burma", "Myanmar", "MMR"),
        ("Artsakh", "Nagorno-Karabakh", "AZE"),
        ("Nagorno Karabakh", "Nagorno-Karabakh", "AZE"),
        ("Qamishli", "Al Qāmishlī", "SYR"),
        ("Wad Madani", "Wad Medani", "SDN"),
    ],
)
def test_lookup_by_any_spelling(gaz: Gazetteer, spelling: str, name: str, country: str) -> None:
    assert any(c.name == name and c.country == country for c in gaz.lookup(spelling))


def test_ambiguous_names_keep_all_their_places(gaz: Gazetteer) -> None:
    countries = {c.country for c in gaz.lookup("Tripoli")}
    assert {"LBY", "LBN", "USA"} <= countries
    features = {(c.country, c.feature) for c in gaz.lookup("Georgia")}
    assert ("GEO", "country") in features and ("USA", "admin1") in features


def test_country_by_code_name_alias_or_demonym(gaz: Gazetteer) -> None:
    for query in ("AM", "ARM", "Armenia", "Republic of Armenia", "Armenian"):
        found = gaz.country(query)
        assert found is not None and found.country == "ARM", query
    assert gaz.country("Atlantis") is None


def test_capitals_are_marked(gaz: Gazetteer) -> None:
    (baku,) = [c for c in gaz.lookup("Baku") if c.country == "AZE"]
    assert baku.feature == "capital" and baku.precision == "place"


def test_border_point_lies_between_the_two_countries(gaz: Gazetteer) -> None:
    lat, lon = gaz.border_point("ARM", "AZE") or (0.0, 0.0)
    assert 38.5 < lat < 41.5 and 43.5 < lon < 47.5


def test_index_is_keyed_by_its_inputs(gaz: Gazetteer) -> None:
    assert gaz.path.name.startswith("gazetteer-") and gaz.path.exists()
