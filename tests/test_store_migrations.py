"""Databases made by earlier versions open, upgrade in place and keep their data."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest_store import JERMUK, article, event
from flashpoint.store import open_store
from flashpoint.store.db import create_engine
from flashpoint.store.rollup import refresh_all
from flashpoint.store.rows import article_row, event_row, place_row
from flashpoint.store.schema import LATEST, MIGRATIONS, migrate

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends


def insert(conn: sa.Connection, table: str, row: dict) -> None:
    conn.execute(sa.text(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})"), row)


def version_of(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT MAX(version) FROM schema_version").scalar()


@pytest.mark.parametrize("old", range(1, len(MIGRATIONS)))
def test_a_database_from_an_earlier_version_upgrades_and_keeps_its_events(db_url: str, old: int) -> None:
    engine = create_engine(db_url)
    art = article("a1", "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers.")
    ev = event(art, place=JERMUK, fatalities=2)
    with engine.begin() as conn:
        assert migrate(conn, target=old) == 0
        # What a store of that version held: rows written with the v1 columns.
        conn.execute(sa.text("INSERT INTO articles (id, url, source, title, published, language, text, "
                             "content_hash, added_at) VALUES (:id, :url, :source, :title, :published, "
                             ":language, :text, :content_hash, :added_at)"), article_row(art))  # fmt: skip
        insert(conn, "places", place_row(ev.location))
        insert(conn, "events", {k: v for k, v in event_row(ev).items() if k != "headline"})  # a v5 column
        if old >= 2:  # a store of v2 or later keeps its rollup up to date as it writes
            refresh_all(conn)
    assert version_of(engine) == old
    engine.dispose()

    store = open_store(db_url)
    assert version_of(store.engine) == LATEST
    assert [e["id"] for e in store.events(country="ARM", since="2022-09")] == [ev.id]
    # The rollup added in v2 is filled from the events already there.
    [day] = store.daily_counts()
    assert (day["day"], day["events"], day["fatalities"]) == ("2022-09-13", 1, 2)
    assert store.dedup() == 1
    store.close()


def test_an_empty_database_gets_every_migration_once(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        assert migrate(conn) == 0
    with engine.begin() as conn:
        assert migrate(conn) == LATEST
        assert [r[0] for r in conn.exec_driver_sql("SELECT version FROM schema_version ORDER BY version")] == list(
            range(1, LATEST + 1)
        )
    engine.dispose()


def test_clusters_of_earlier_versions_are_rebuilt_by_the_new_rules(db_url: str) -> None:
    """Before v5 a mention with no place could chain acts of two countries into one cluster: the upgrade
    drops such clusters, and the next dedup builds them again from positive evidence only."""
    engine = create_engine(db_url)
    a = article("a1", "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers.")
    b = article("b1", "Gangs attacked a prison in Port-au-Prince on Tuesday.", url="https://news.example/a1")
    port_au_prince = dict(name="Port-au-Prince", country="HTI", lat=18.54, lon=-72.34, precision="place")
    with engine.begin() as conn:
        migrate(conn, target=4)
        insert(conn, "clusters", {"id": "cold", "type": "ASSAULT", "status": "occurred", "mentions": 2, "reports": 2,
                                  "sources": 1, "merged": "{}", "updated_at": "2022-09-14"})  # fmt: skip
        for art, ev in ((a, event(a, place=JERMUK)), (b, event(b, place=port_au_prince, source=[], target=[]))):
            row = article_row(art)
            row["url"] = f"{row['url']}-{art.id}"  # v4 held one report per URL
            insert(conn, "articles", row)
            insert(conn, "places", place_row(ev.location))
            old_row = {k: v for k, v in event_row(ev).items() if k != "headline"}
            insert(conn, "events", {**old_row, "cluster_id": "cold"})
    engine.dispose()
    with open_store(db_url) as store:
        assert store.clusters() == [] and store.stats()["unclustered"] == 2
        store.dedup()
        assert len(store.clusters()) == 2  # Armenia and Haiti apart
        same_url = article("c1", "Protesters marched in Yerevan on Tuesday.", url="https://news.example/a1-a1")
        assert store.add_report(same_url, []) == "added"  # v5: a URL no longer names one report
