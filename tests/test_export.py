"""Exports and the query subcommands, on both backends, from hand-built reports."""

from __future__ import annotations

import argparse
import csv
import json

import pytest

from conftest_store import ARM_MOD, GORIS, JERMUK, YEREVAN, article, event
from flashpoint.export import export
from flashpoint.export.codes import goldstein, quad_class
from flashpoint.store import Store
from flashpoint.store.commands import add_commands

pytest_plugins = ["conftest_store"]  # the `store` and `db_url` fixtures, on both backends

SHELLING = "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers, Armenia's defence ministry said."


@pytest.fixture
def filled(store: Store) -> Store:
    """Two outlets on one shelling, a second shelling elsewhere, and a protest (not ACLED violence)."""
    a = article("a", SHELLING, source="Wire A")
    b = article("b", "Armenia says four soldiers died when Azerbaijan shelled Jermuk.", source="Wire B",
                published="2022-09-15")  # fmt: skip
    c = article("c", "Azerbaijani artillery hit Goris on Tuesday.", source="Wire A")
    d = article("d", "Hundreds protested in Yerevan on Tuesday against the government.", source="Wire C")
    store.add_report(a, [event(a, place=JERMUK, fatalities=2, claimed_by=ARM_MOD)])
    store.add_report(b, [event(b, place=JERMUK, fatalities=4, claimed_by=ARM_MOD, date_text="on Tuesday")])
    store.add_report(c, [event(c, place=GORIS)])
    store.add_report(d, [event(d, "PROTEST", place=YEREVAN, source=[{"text": "Hundreds", "sector": "PRO"}],
                               target=[], mode="demo", acled={})])  # fmt: skip
    store.dedup()
    return store


def test_acled_export_has_one_row_per_act_with_acled_columns(filled: Store, tmp_path) -> None:
    out = tmp_path / "acled.csv"
    assert export(filled, "acled", out, type="ASSAULT") == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    jermuk = next(r for r in rows if r["location"] == "Jermuk")
    assert jermuk["event_date"] == "2022-09-13" and jermuk["country"] == "Armenia"
    assert (jermuk["event_type"], jermuk["sub_event_type"]) == ("Explosions/Remote violence",
                                                                "Shelling/artillery/missile attack")  # fmt: skip
    assert (jermuk["actor1"], jermuk["inter1"], jermuk["actor2"], jermuk["interaction"]) == (
        "Azerbaijan", "1", "Armenia", "11")  # fmt: skip
    assert jermuk["fatalities"] == "2"  # the conservative claim
    assert jermuk["source"] == "Wire A; Wire B"
    assert (jermuk["geo_precision"], jermuk["time_precision"]) == ("1", "1")
    assert list(rows[0])[1:5] == ["event_date", "event_type", "sub_event_type", "actor1"]


def test_gdelt_export_counts_mentions_sources_and_articles(filled: Store, tmp_path) -> None:
    out = tmp_path / "events.tsv"
    export(filled, "gdelt", out, country="ARM", type="ASSAULT")
    rows = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    jermuk = next(r for r in rows if r["ActionGeo_FullName"].startswith("Jermuk"))
    assert (jermuk["Actor1Code"], jermuk["Actor2Code"]) == ("AZEMIL", "ARMMIL")
    assert (jermuk["EventCode"], jermuk["EventRootCode"], jermuk["QuadClass"]) == ("195", "19", "4")
    assert jermuk["GoldsteinScale"] == "-10.0"
    assert (jermuk["NumMentions"], jermuk["NumSources"], jermuk["NumArticles"]) == ("2", "2", "2")
    assert (jermuk["Day"], jermuk["ActionGeo_Type"], jermuk["ActionGeo_CountryCode"]) == ("20220913", "4", "ARM")


def test_geojson_has_one_point_per_cluster(filled: Store, tmp_path) -> None:
    out = tmp_path / "events.geojson"
    assert export(filled, "geojson", out) == 3
    doc = json.loads(out.read_text(encoding="utf-8"))
    jermuk = next(f for f in doc["features"] if f["properties"]["place"] == "Jermuk")
    assert jermuk["geometry"]["coordinates"] == [JERMUK["lon"], JERMUK["lat"]]
    assert (jermuk["properties"]["fatalities_min"], jermuk["properties"]["fatalities_max"]) == (2, 4)


def test_jsonl_and_csv_keep_every_mention(filled: Store, tmp_path) -> None:
    assert export(filled, "jsonl", tmp_path / "e.jsonl") == 4
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["article"] for e in lines} == {"a", "b", "c", "d"} and all(e["cluster"] for e in lines)
    export(filled, "csv", tmp_path / "e.csv", type="PROTEST")
    [row] = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert (row["type"], row["place"], row["source_sectors"], row["outlet"]) == ("PROTEST", "Yerevan", "PRO", "Wire C")


def test_parquet_holds_the_full_table(filled: Store, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional [parquet] extra")
    export(filled, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 4 and "evidence" in table.column_names
    assert sorted(x for x in table.column("fatalities").to_pylist() if x is not None) == [2, 4]


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
    assert table[0].split()[:3] == ["DATE", "TYPE", "STATUS"] and len(table) == 5
    assert run(["export", "--db", db_url, "--format", "acled", "-o", str(tmp_path / "x.csv"), "--country", "ARM"]) == 0
    assert len((tmp_path / "x.csv").read_text(encoding="utf-8").splitlines()) == 3  # header + 2 shellings
    assert run(["stats", "--db", db_url, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["clusters"] == 3 and stats["fatalities_by_claimant"][0]["max"] == 4
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
    assert set(maps["acled_inter"]) == set(SECTORS)
    assert set(maps["cameo_type"]) <= set(SECTORS)
    assert set(maps["acled_inter"].values()) <= set(range(1, 9))
