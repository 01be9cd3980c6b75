"""Memory across reports: what one stored report teaches about an actor codes later reports that name him bare.

Sentences written for these tests; the store parts run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest_store import article
from flashpoint.actors import ActorIndex, KnowledgeBase, load_kb, memory
from flashpoint.actors.commands import export_records, write_user_file
from flashpoint.actors.kb import base_kb
from flashpoint.actors.memory import Memory, remember
from flashpoint.evaluate.actors import head_of
from flashpoint.events import extract_doc
from flashpoint.model import Article, Event
from flashpoint.nlp import annotate
from flashpoint.store import Store

pytest_plugins = ["conftest_store"]  # the `store` fixture, on both backends

TEACHER = ("Malian Defence Minister Sadio Camara inspected troops in Gao on Monday. "
           "Camara said the army would reopen the road to Kidal.")  # fmt: skip
LATER = "Camara said on Friday that soldiers had repelled an attack near Menaka."


@pytest.fixture
def mem(store: Store) -> Memory:
    """The store's memory, as `flashpoint ingest` holds it while it reads reports."""
    return Memory(store)


def ingest(store: Store, mem: Memory, art: Article) -> list[Event]:
    """What `flashpoint ingest` does with one report."""
    doc = annotate(art.text)
    events = extract_doc(doc, art, kb=mem.kb())
    if store.add_report(art, events) != "unchanged":
        remember(store, art, memory.learned_from(doc, art.published), mem)
    return events


def code(text: str, mention: str, when: dt.date, nth: int = 0, kb: KnowledgeBase | None = None) -> tuple | None:
    """(country, sector, name) of the nth `mention` in `text`, with the knowledge base `kb` (default: shipped)."""
    doc = annotate(text)
    index = ActorIndex(doc, kb or load_kb(), when)
    start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)][nth]
    actor = index.actor_for_token(head_of(doc.char_span(start, start + len(mention), alignment_mode="expand")))
    return (actor.country, actor.sector, actor.name) if actor else None


def learned(name: str, country: str | None, sector: str | None, day: str, aid: str = "r0",
            kind: str = "person") -> dict:  # fmt: skip
    return {"name": name, "kind": kind, "country": country, "sector": sector, "org": None, "article": aid,
            "date": day, "evidence": {"text": f"{name} (written for the test)", "start": 0, "end": 1}}  # fmt: skip


# -- learning and remembering ------------------------------------------------------------------
def test_a_stored_report_teaches_the_name_with_its_evidence_report_and_date(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    [row] = store.learned_actors("Sadio Camara")
    assert (row["country"], row["sector"], row["kind"]) == ("MLI", "GOV", "person")
    assert (row["article"], row["date"]) == ("r1", "2024-03-04")
    assert "Malian Defence Minister Sadio Camara" in row["evidence"]


def test_a_later_report_naming_him_bare_resolves_from_the_store(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    events = ingest(store, mem, article("r2", LATER, published="2024-03-09"))
    claimants = {(e.claimed_by.country, e.claimed_by.name) for e in events if e.claimed_by}
    assert claimants == {("MLI", "Sadio Camara")}


def test_without_the_store_the_bare_name_stays_unknown(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    assert code(LATER, "Camara", dt.date(2024, 3, 9)) == (None, None, "Camara")
    assert code(LATER, "Camara", dt.date(2024, 3, 9), kb=mem.kb()) == ("MLI", "GOV", "Sadio Camara")


def test_the_same_report_again_teaches_nothing_new(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    assert len(store.learned_actors()) == 1


def test_a_replaced_report_takes_what_it_taught_with_it(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04", url="https://news.example/mali"))
    fixed = article("r1", "Soldiers patrolled the road to Kidal on Monday.", published="2024-03-04",
                    url="https://news.example/mali")  # fmt: skip
    assert store.add_report(fixed, []) == "replaced"
    assert store.learned_actors() == []


# -- precedence -------------------------------------------------------------------------------
def test_a_user_edit_wins_over_what_reports_taught(store: Store, mem: Memory) -> None:
    store.add_learned_actors([learned("Aden Duale", "KEN", "GOV", "2024-05-02")])
    store.edit_actor({"name": "Aden Duale", "country": "KEN", "sector": "MIL"})
    mem.refresh()
    text = "Duale said the troops would stay."
    assert code(text, "Duale", dt.date(2024, 6, 1), kb=mem.kb()) == ("KEN", "MIL", "Aden Duale")


def test_a_later_edit_replaces_the_earlier_one(store: Store) -> None:
    store.edit_actor({"name": "Aden Duale", "country": "KEN", "sector": "MIL"})
    store.edit_actor({"name": "aden  duale", "country": "KEN", "sector": "GOV", "aliases": ["Mr Duale"]})
    [edit] = store.actor_edits("Aden Duale")
    assert (edit["sector"], edit["aliases"]) == ("GOV", "Mr Duale")


def test_learned_records_never_override_the_shipped_data(store: Store, mem: Memory) -> None:
    store.add_learned_actors([learned("Ankara", "SYR", "REB", "2024-05-02", kind="institution")])
    mem.refresh()
    assert code("Ankara said it would respond.", "Ankara", dt.date(2024, 6, 1), kb=mem.kb())[:2] == ("TUR", "GOV")


def test_records_disagreeing_on_the_country_are_a_conflict_and_not_used(store: Store, mem: Memory) -> None:
    store.add_learned_actors([learned("Kwame Mensah", "GHA", "GOV", "2024-05-02", "r1"),
                                    learned("Kwame Mensah", "TGO", "GOV", "2024-05-20", "r2")])  # fmt: skip
    mem.refresh()
    [rec] = memory.remembered(store.learned_actors(), [])
    assert rec.status == "conflict"
    text = "Kwame Mensah said the border would close."
    assert code(text, "Kwame Mensah", dt.date(2024, 6, 1), kb=mem.kb())[0] is None


def test_a_surname_two_remembered_people_share_names_neither(store: Store, mem: Memory) -> None:
    store.add_learned_actors([learned("Amadou Diallo", "GIN", "GOV", "2024-05-02"),
                                    learned("Boubacar Diallo", "SEN", "MIL", "2024-05-03")])  # fmt: skip
    mem.refresh()
    text = "Diallo said the talks had failed, and Boubacar Diallo agreed."
    assert code(text, "Diallo", dt.date(2024, 6, 1), kb=mem.kb()) == (None, None, "Diallo")
    assert code(text, "Boubacar Diallo", dt.date(2024, 6, 1), kb=mem.kb())[:2] == ("SEN", "MIL")


def test_unknown_names_stay_unknown_with_a_store_in_use(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    text = "Zorigt Batbayar said the talks would resume."
    assert code(text, "Zorigt Batbayar", dt.date(2024, 3, 9), kb=mem.kb()) == (None, None, "Zorigt Batbayar")


def test_what_a_report_says_wins_over_what_the_store_remembers(store: Store, mem: Memory) -> None:
    ingest(store, mem, article("r1", TEACHER, published="2024-03-04"))
    text = "Burkinabe envoy Sadio Camara arrived in Bamako. Camara said talks would start."
    assert code(text, "Sadio Camara", dt.date(2024, 4, 1), kb=mem.kb())[:2] == ("BFA", "GOV")
    assert code(text, "Camara", dt.date(2024, 4, 1), kb=mem.kb())[:2] == ("BFA", "GOV")


# -- time ---------------------------------------------------------------------------------------
def test_a_remembered_person_is_coded_by_the_latest_office_on_the_event_date(store: Store, mem: Memory) -> None:
    store.add_learned_actors([learned("Fatou Keita", "MLI", "MIL", "2021-02-01", "r1"),
                                    learned("Fatou Keita", "MLI", "GOV", "2023-07-10", "r2")])  # fmt: skip
    mem.refresh()
    text = "Keita said the convoy had arrived."
    assert code(text, "Keita", dt.date(2022, 1, 5), kb=mem.kb())[:2] == ("MLI", "MIL")
    assert code(text, "Keita", dt.date(2024, 1, 5), kb=mem.kb())[:2] == ("MLI", "GOV")
    # before any report: no office known
    assert code(text, "Keita", dt.date(2020, 1, 5), kb=mem.kb())[:2] == ("MLI", None)


def test_the_shipped_offices_decide_when_the_store_disagrees(store: Store, mem: Memory) -> None:
    # The store learned Hulusi Akar as military in 2022; the shipped list says defence minister then,
    # and chief of the general staff before July 2018.
    store.add_learned_actors([learned("Hulusi Akar", "TUR", "MIL", "2022-09-15")])
    mem.refresh()
    text = "Akar said the operation would continue."
    assert code(text, "Akar", dt.date(2022, 9, 15), kb=mem.kb()) == ("TUR", "GOV", "Hulusi Akar")
    assert code(text, "Akar", dt.date(2017, 3, 1), kb=mem.kb()) == ("TUR", "MIL", "Hulusi Akar")


# -- user files and export ------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_export_reads_back_as_a_user_file_with_the_same_codings(store: Store, tmp_path: Path, suffix: str) -> None:
    store.add_learned_actors([learned("Fatou Keita", "MLI", "MIL", "2021-02-01", "r1"),
                              learned("Fatou Keita", "MLI", "GOV", "2023-07-10", "r2"),
                              learned("Lamine Toure", "SEN", "GOV", "2024-01-01", "r3"),
                              learned("Lamine Toure", "GIN", "GOV", "2024-01-02", "r4")])  # fmt: skip
    store.edit_actor({"name": "Aden Duale", "country": "KEN", "sector": "MIL", "aliases": ["CS Duale"]})
    names = memory.remembered(store.learned_actors(), store.actor_edits())
    path = tmp_path / f"mine{suffix}"
    write_user_file(export_records(base_kb(), names), path)
    exported = load_kb(extra_paths=[path])
    remembered = memory.apply_memory(base_kb(), names)
    for name, day in [("Keita", "2022-01-05"), ("Fatou Keita", "2024-01-05"), ("Duale", "2024-06-01"),
                      ("CS Duale", "2024-06-01"), ("Lamine Toure", "2024-06-01")]:  # fmt: skip
        when = dt.date.fromisoformat(day)
        mine, theirs = exported.lookup(name, when), remembered.lookup(name, when)
        assert (mine and mine.key()) == (theirs and theirs.key()), name
    assert exported.lookup("Lamine Toure") is None  # the conflict is not exported


def test_user_files_named_in_the_environment_take_precedence(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n- {name: Hulusi Akar, aliases: Akar, country: TUR, sector: MIL}\n", encoding="utf-8")
    monkeypatch.setenv("FLASHPOINT_ACTORS", str(path))
    assert load_kb().lookup("Akar", dt.date(2022, 9, 15)).sector == "MIL"
    monkeypatch.delenv("FLASHPOINT_ACTORS")
    assert load_kb().lookup("Akar", dt.date(2022, 9, 15)).sector == "GOV"


def test_dated_rows_of_one_name_in_a_user_file_are_one_persons_offices(tmp_path: Path) -> None:
    path = tmp_path / "offices.csv"
    path.write_text("name,aliases,country,sector,from,to\n"
                    "Grace Achieng,Achieng,KEN,MIL,2019-01-01,2022-08-31\n"
                    "Grace Achieng,,KEN,GOV,2022-09-01,\n", encoding="utf-8")  # fmt: skip
    kb = load_kb(extra_paths=[path])
    assert kb.lookup("Achieng", dt.date(2020, 5, 1)).sector == "MIL"
    assert kb.lookup("Achieng", dt.date(2023, 5, 1)).sector == "GOV"


def test_only_full_names_are_remembered(store: Store, mem: Memory) -> None:
    # The resolver takes "Defence" for the name in "Defence Cabinet Secretary ...": one word carries no further.
    taught = [learned("Defence", "KEN", "GOV", "2024-05-06"), learned("Soipan Tuya", "KEN", "GOV", "2024-05-06"),
              learned("Unknown Person", None, None, "2024-05-06")]  # fmt: skip
    assert remember(store, article("r1", TEACHER, published="2024-05-06"), taught, mem) == 1
    assert [r["name"] for r in store.learned_actors()] == ["Soipan Tuya"]


def test_reports_read_one_after_another_update_the_memory_in_use(store: Store, mem: Memory) -> None:
    """The memory follows each stored report: a new office in place, then a conflict, then a
    surname two people share."""
    def teach(aid: str, *records: dict) -> None:
        remember(store, article(aid, TEACHER, published="2024-05-06"), list(records), mem)

    text, later = "Keita said the convoy had arrived.", dt.date(2024, 1, 5)
    teach("r1", learned("Fatou Keita", "MLI", "MIL", "2021-02-01"))
    assert code(text, "Keita", later, kb=mem.kb())[:2] == ("MLI", "MIL")
    teach("r2", learned("Fatou Keita", "MLI", "GOV", "2023-07-10"))
    assert code(text, "Keita", later, kb=mem.kb())[:2] == ("MLI", "GOV")
    teach("r3", learned("Fatou Keita", "NER", "GOV", "2023-08-10"))
    assert code(text, "Keita", later, kb=mem.kb())[0] is None
    teach("r4", learned("Lamine Toure", "SEN", "GOV", "2024-01-01"))
    assert code("Toure said so.", "Toure", later, kb=mem.kb())[:2] == ("SEN", "GOV")
    teach("r5", learned("Awa Toure", "SEN", "MIL", "2024-01-02"))
    assert (code("Toure said so.", "Toure", later, kb=mem.kb()) or (None,))[0] is None
    assert code("Awa Toure said so.", "Awa Toure", later, kb=mem.kb())[:2] == ("SEN", "MIL")
