"""The gazetteer: its data files are well formed and every spelling news copy uses finds its place."""

from __future__ import annotations

import pytest
import yaml

from flashpoint.geo import Gazetteer, get_gazetteer
from flashpoint.geo.gazetteer import (
    DATA,
    load_abbreviations,
    load_admin_points,
    load_country_overlay,
    load_overlay,
)
from flashpoint.geo.normalize import fold
from flashpoint.geo.spot import words

KINDS = {"region", "admin1", "water", "site", "city", "continent", "union"}


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


def test_abbreviations_name_real_areas_and_countries(gaz: Gazetteer) -> None:
    rows = load_abbreviations()
    assert len(rows) >= 100
    for abbr, _, where in rows:
        assert where in {"any", "qualifier"}, abbr
        found = gaz.abbreviation(abbr)
        assert found is not None and found[1] == where, abbr
    west_virginia, _ = gaz.abbreviation("W.Va.") or (None, None)
    assert west_virginia is not None and west_virginia.name == "West Virginia"


def test_admin_points_are_the_areas_named(gaz: Gazetteer) -> None:
    for code, (name, lat, lon) in load_admin_points().items():
        area = gaz.area(code)
        assert area is not None and area.name == name, code
        assert (area.lat, area.lon) == (lat, lon)


def test_word_lists_are_lower_case_and_distinct() -> None:
    data = words()
    for key in ("organisation_words", "metonymy_verbs", "disease_words", "topic_nouns"):
        assert len(data[key]) == len(set(data[key])) and all(w == w.lower() for w in data[key]), key
    assert set(data["admin_suffixes"].values()) == {1, 2}


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


def test_country_points_are_where_geonames_puts_them(gaz: Gazetteer) -> None:
    canada = gaz.country("CAN")
    assert canada is not None and (round(canada.lat, 1), round(canada.lon, 1)) == (60.1, -113.6)


def test_continents_the_eu_and_seas_outrank_namesake_towns(gaz: Gazetteer) -> None:
    assert {"continent", "city"} <= {c.feature for c in gaz.lookup("Africa")}
    assert {"union", "city"} <= {c.feature for c in gaz.lookup("EU")}


def test_counties_and_districts_have_their_own_points(gaz: Gazetteer) -> None:
    (kanawha,) = gaz.lookup("Kanawha County")
    assert kanawha.feature == "admin2" and kanawha.admin1 == "West Virginia"
    assert abs(kanawha.lat - 38.34) < 0.3 and abs(kanawha.lon + 81.53) < 0.3  # not the state's point
    assert any(c.country == "IND" and c.feature == "admin2" for c in gaz.lookup("Poonch district"))


def test_towns_know_their_first_and_second_level_areas(gaz: Gazetteer) -> None:
    (kherson,) = [c for c in gaz.lookup("Kherson") if c.feature == "city" and c.country == "UKR"]
    assert kherson.admin1 and kherson.admin1_code == "UA.08"
    springfield = max((c for c in gaz.lookup("Springfield") if c.admin1 == "Illinois"), key=lambda c: c.population)
    assert springfield.admin2 == "Sangamon County"


def test_a_spanish_article_is_not_dropped_like_an_arabic_one(gaz: Gazetteer) -> None:
    assert gaz.lookup("Control") == []  # El Control, Mexico
    assert any(c.country == "SYR" for c in gaz.lookup("Qamishli"))


def test_capitals_are_marked(gaz: Gazetteer) -> None:
    (baku,) = [c for c in gaz.lookup("Baku") if c.country == "AZE"]
    assert baku.feature == "capital" and baku.precision == "place"


def test_border_point_lies_between_the_two_countries(gaz: Gazetteer) -> None:
    lat, lon = gaz.border_point("ARM", "AZE") or (0.0, 0.0)
    assert 38.5 < lat < 41.5 and 43.5 < lon < 47.5


def test_index_is_keyed_by_its_inputs(gaz: Gazetteer) -> None:
    assert gaz.path.name.startswith("gazetteer-") and gaz.path.exists()
