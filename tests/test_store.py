"""The event store, on SQLite and on PostgreSQL: idempotent ingestion, queries, rollup, dedup."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest_store import (
    ARM_GOV,
    ARM_MOD,
    ARMENIA,
    AZE_MIL,
    GORIS,
    JERMUK,
    YEREVAN,
    article,
    event,
)
from flashpoint.store import Store, open_store
from flashpoint.store.schema import LATEST, metadata

pytest_plugins = ["conftest_store"]  # the `store` and `db_url` fixtures, on both backends

SHELLING = "Azerbaijani forces shelled Jermuk overnight on Tuesday, killing two soldiers, Armenia said."


def one_report(aid: str = "a1", text: str = SHELLING, **kw) -> tuple:
    art = article(aid, text, **kw)
    return art, [event(art, place=JERMUK, fatalities=2, claimed_by=ARM_MOD)]


def test_a_new_report_is_added_and_its_events_come_back_in_the_contract(store: Store) -> None:
    art, evs = one_report()
    assert store.add_report(art, evs) == "added"
    [got] = store.events()
    expected = evs[0].to_dict()
    assert {k: got[k] for k in expected} == expected
    assert got["report"]["url"] == art.url and got["report"]["published"] == "2022-09-14"
    assert store.event(evs[0].id)["id"] == evs[0].id
    assert store.report("a1")["events"] == [evs[0].id]
    assert store.report("a1")["content_hash"] == art.content_hash


def test_the_same_report_twice_adds_nothing(store: Store) -> None:
    art, evs = one_report()
    store.add_report(art, evs)
    assert store.add_report(art, evs) == "unchanged"
    assert store.stats()["events"] == 1 and store.stats()["reports"] == 1


def test_a_syndicated_copy_with_the_same_text_adds_nothing(store: Store) -> None:
    store.add_report(*one_report("a1"))
    copy, copy_events = one_report("copy", source="Other Outlet", url="https://other.example/x")
    assert store.add_report(copy, copy_events) == "unchanged"
    assert [r["id"] for r in store.reports()] == ["a1"]


def test_an_updated_report_replaces_its_own_events(store: Store) -> None:
    store.add_report(*one_report("a1"))
    other = article("b1", "Protesters gathered in Yerevan on Tuesday.", url="https://news.example/b1")
    store.add_report(other, [event(other, "PROTEST", source=[], target=[], place=YEREVAN, mode=None)])
    updated = SHELLING.replace("two soldiers", "three soldiers")
    art = article("a1", updated, url="https://news.example/a1?v=2")
    assert store.add_report(art, [event(art, place=JERMUK, fatalities=3)]) == "replaced"  # the same id
    got = store.events(type="ASSAULT")
    assert [(e["article"], e["fatalities"]) for e in got] == [("a1", 3)]
    assert store.report("a1")["text"] == updated
    assert len(store.events()) == 2  # the other report is untouched


def test_records_sharing_a_url_are_distinct_reports_when_their_ids_differ(store: Store) -> None:
    # A live blog: one URL, many entries, each with its own id.
    first = article("live-1", "Azerbaijani forces shelled Jermuk on Tuesday.", url="https://news.example/live")
    second = article("live-2", "Protesters gathered in Yerevan on Tuesday.", url="https://news.example/live")
    assert store.add_report(first, [event(first, place=JERMUK)]) == "added"
    assert store.add_report(second, [event(second, "PROTEST", source=[], target=[], place=YEREVAN)]) == "added"
    assert {r["id"] for r in store.reports()} == {"live-1", "live-2"}
    copy = article("copy", "\r\nAzerbaijani forces shelled Jermuk on Tuesday.\r\n", url="https://other.example/x")
    assert store.add_report(copy, [event(copy, place=JERMUK)]) == "unchanged"  # the same text: a copy


def test_a_bad_report_mid_batch_leaves_no_half_report_and_loses_nothing(store: Store) -> None:
    store.add_report(*one_report("a1"))
    bad = article("bad", "Troops clashed near Goris on Tuesday and again on Wednesday.")
    good = event(bad, place=GORIS)
    broken = event(bad, place=GORIS)
    broken.type = "SKIRMISH"  # not a PLOVER type: the database refuses it after `good` was written
    with pytest.raises(sa.exc.IntegrityError):
        store.add_report(bad, [good, broken])
    assert store.report("bad") is None
    assert store.event(good.id) is None
    assert [e["article"] for e in store.events()] == ["a1"]
    assert store.add_report(bad, [good]) == "added"  # the report can come again once fixed


def test_filters_narrow_by_country_type_dates_actor_text_and_box(store: Store) -> None:
    art, evs = one_report("a1")
    store.add_report(art, evs)
    talks = article("t1", "Armenian and Azerbaijani ministers met in Geneva on 2 October.", published="2022-10-03")
    meeting = event(talks, "CONSULT", day="2022-10-02", place=None, source=[ARM_GOV], target=[AZE_MIL], mode=None)
    store.add_report(talks, [meeting])
    ids = lambda **f: [e["id"] for e in store.events(**f)]  # noqa: E731
    assert ids(country="ARM") == [evs[0].id]
    assert ids(type="CONSULT") == [meeting.id]
    assert ids(type="consult,assault") == [meeting.id, evs[0].id]  # newest first
    assert ids(type="consult,assault", order="oldest") == [evs[0].id, meeting.id]
    assert ids(since="2022-10", until="2022-10") == [meeting.id]
    assert ids(since="2022-09-01", until="2022-09-30") == [evs[0].id]
    assert ids(actor="AZE") == [meeting.id, evs[0].id]
    assert ids(actor="ministry of defence") == [evs[0].id]  # the claimant is a participant too
    assert ids(text="JERMUK") == [evs[0].id]
    assert ids(bbox=(45.0, 39.0, 46.0, 40.0)) == [evs[0].id]
    assert ids(bbox=(10.0, 10.0, 11.0, 11.0)) == []
    assert ids(status="negated") == []
    assert ids(limit=1, offset=1) == [evs[0].id]
    with pytest.raises(ValueError, match="not a date"):
        store.events(since="last week")


def test_month_precision_dates_are_stored_as_the_whole_month(store: Store) -> None:
    art = article("m1", "Shelling hit Goris several times in September, officials said.", published="2022-10-01")
    store.add_report(art, [event(art, day="2022-09", precision="month", date_text="in September", place=GORIS)])
    assert len(store.events(since="2022-09", until="2022-09")) == 1
    assert store.daily_counts() == []  # a month is not a day: no spike on 1 September


def test_reports_from_several_outlets_join_one_cluster_with_every_claim(store: Store) -> None:
    a = article("a", SHELLING, source="Wire A")
    b_text = "Armenia's defence ministry said Azerbaijan shelled positions near Jermuk, and that 4 soldiers died."
    b = article("b", b_text, published="2022-09-13", source="Wire B")
    c_text = "Shelling by Azerbaijani units was reported around Vayots Dzor province on Tuesday."
    c = article("c", c_text, published="2022-09-15", source="Wire A")
    store.add_report(a, [event(a, place=JERMUK, fatalities=2, claimed_by=ARM_MOD)])
    store.add_report(b, [event(b, place=JERMUK, fatalities=4, claimed_by=ARM_MOD, date_text=None)])
    assert store.dedup() == 1
    store.add_report(c, [event(c, place=ARMENIA)])
    assert store.dedup() == 1  # incremental: the new mention joins the existing cluster
    assert store.dedup() == 0
    [cluster] = store.clusters()
    assert cluster["mentions"] == 3 and cluster["reports"] == 3 and cluster["sources"] == 2
    assert (cluster["first_report"], cluster["last_report"]) == ("2022-09-13", "2022-09-15")
    assert cluster["location"]["name"] == "Jermuk"  # the most precise place reported
    assert (cluster["fatalities"]["min"], cluster["fatalities"]["max"]) == (2, 4)
    assert {c["claimant"]["name"] for c in cluster["fatalities"]["claims"]} == {"Armenian Ministry of Defence"}
    assert {e["cluster"] for e in store.events()} == {cluster["id"]}
    assert store.cluster(cluster["id"])["events"][0]["evidence"]


def test_distinct_acts_stay_in_distinct_clusters(store: Store) -> None:
    a = article("a", SHELLING)
    b = article("b", "Azerbaijani artillery hit Goris on Tuesday, local officials said.")
    c = article("c", "Azerbaijani forces shelled Jermuk again on Thursday.", published="2022-09-16")
    store.add_report(a, [event(a, place=JERMUK)])
    store.add_report(b, [event(b, place=GORIS)])  # 70 km away: another scene
    store.add_report(c, [event(c, place=JERMUK, day="2022-09-15", date_text="on Thursday")])  # another day
    store.dedup()
    assert len(store.clusters()) == 3


def test_replacing_a_report_removes_its_mention_from_the_cluster(store: Store) -> None:
    a = article("a", SHELLING, source="Wire A")
    b = article("b", "Azerbaijan shelled Jermuk on Tuesday, Yerevan said.", source="Wire B")
    store.add_report(a, [event(a, place=JERMUK, fatalities=2)])
    store.add_report(b, [event(b, place=JERMUK, fatalities=5)])
    store.dedup()
    [before] = store.clusters()
    b2 = article("b", "Azerbaijan shelled Jermuk on Tuesday, Yerevan said; talks were called off.")
    assert store.add_report(b2, []) == "replaced"
    [cluster] = store.clusters()
    assert cluster["reports"] == 1 and cluster["fatalities"]["max"] == 2
    assert cluster["id"] == before["id"]  # the act keeps its id: links to it still work


def test_the_daily_rollup_counts_acts_once_and_claims_conservatively(store: Store) -> None:
    a = article("a", SHELLING, source="Wire A")
    b = article("b", "Azerbaijan shelled Jermuk on Tuesday; five were killed, Yerevan said.", source="Wire B")
    store.add_report(a, [event(a, place=JERMUK, fatalities=2)])
    store.add_report(b, [event(b, place=JERMUK, fatalities=5)])
    [row] = store.daily_counts(country="ARM")
    assert (row["mentions"], row["events"], row["fatalities"]) == (2, 2, 7)  # not yet deduplicated
    store.dedup()
    [row] = store.daily_counts(country="arm", since="2022-09")
    assert (row["day"], row["type"], row["mentions"], row["events"], row["fatalities"]) == (
        "2022-09-13", "ASSAULT", 2, 1, 2)  # fmt: skip
    stats = store.stats()
    assert stats["by_country"] == [{"country": "ARM", "events": 1, "mentions": 2, "fatalities": 2}]
    assert stats["clusters"] == 1 and stats["unclustered"] == 0
    assert {c["claimant"] for c in stats["fatalities_by_claimant"]} == {None}


def test_learned_actors_are_remembered_once(store: Store) -> None:
    rec = {"name": "Vayots Dzor Regional Police", "country": "ARM", "sector": "COP", "org": None,
           "evidence": "the Vayots Dzor regional police said", "article": "a1", "date": "2022-09-14"}  # fmt: skip
    assert store.add_learned_actors([rec, rec]) == 1
    assert store.add_learned_actors([rec]) == 0
    [got] = store.learned_actors("vayots dzor regional police")
    assert got["country"] == "ARM" and got["sector"] == "COP"


def test_a_new_database_is_at_the_latest_version_with_every_table(db_url: str) -> None:
    s = open_store(db_url)
    with s.engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT MAX(version) FROM schema_version").scalar()
        inspector = sa.inspect(conn)
        for table in metadata.tables.values():
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert version == LATEST
    s.close()
    open_store(db_url).close()  # reopening applies nothing twice
