"""`dedup-integrity`: real reports through the real pipeline (spaCy, extractor, store, dedup),
on both database backends.

tests/data/dedup/unrelated.jsonl holds 21 reports of 21 unrelated stories published the same
day (written for flashpoint): several name no town or no actor, which once made them wildcards
that chained a missile launch, a drone strike and a prison attack into one "event".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.cli import main
from flashpoint.store import Store, open_store

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends

UNRELATED = Path(__file__).parent / "data" / "dedup" / "unrelated.jsonl"
SYNDICATED = {"id": "u07-syndicated", "source": "Outlet Z", "url": "https://outlet-z.example/world/rafah",
              "published": "2024-03-18",
              "text": "Israeli aircraft struck a house in Rafah on Monday, killing six people, the Gaza health "
                      "ministry said.\n(Reporting by Outlet E staff; editing by the world desk)"}  # fmt: skip
RETOLD = [  # the same acts as u06 and u16, told by other outlets in other words
    {"id": "u06-other-outlet", "source": "Outlet Y", "url": "https://outlet-y.example/odesa",
     "published": "2024-03-19",
     "text": "A Russian missile attack on Odesa on Monday killed 14 people, Ukrainian officials said."},
    {"id": "u16-other-outlet", "source": "Outlet X", "url": "https://outlet-x.example/fasher",
     "published": "2024-03-18",
     "text": "RSF artillery hit El Fasher on Monday and nine civilians died, according to medics."},
]  # fmt: skip


def ingest(db_url: str, path: Path) -> None:
    assert main(["ingest", str(path), "--db", db_url, "--workers", "1"]) == 0


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def cross_report(store: Store) -> list[dict]:
    return [c for c in store.clusters() if c["reports"] > 1]


def countries(store: Store, cluster: dict) -> set[str]:
    found = {(e["location"] or {}).get("country") for e in store.events() if e["cluster"] == cluster["id"]}
    return found - {None}


@pytest.fixture
def unrelated(db_url: str) -> str:
    ingest(db_url, UNRELATED)
    return db_url


def test_unrelated_stories_never_chain_into_one_act(unrelated: str) -> None:
    with open_store(unrelated) as store:
        assert len(store.reports()) == 21
        assert len(cross_report(store)) <= 1
        for cluster in store.clusters():
            assert len(countries(store, cluster)) <= 1, cluster["events"]
        # The kidnapping in Niger keeps its own actors; no North Korean gets into it.
        [niger] = [e for e in store.events() if e["article"] == "u04"]
        merged = store.cluster(niger["cluster"])
        assert {a.get("country") for a in merged["source"] + merged["target"]} <= {"NER", None}


def test_a_syndicated_copy_adds_no_cluster(unrelated: str, tmp_path: Path) -> None:
    with open_store(unrelated) as store:
        before = len(store.clusters())
    ingest(unrelated, write_jsonl(tmp_path / "copy.jsonl", [SYNDICATED]))
    with open_store(unrelated) as store:
        assert len(store.clusters()) == before
        copy = [e for e in store.events() if e["article"] == SYNDICATED["id"]]
        original = {e["cluster"] for e in store.events() if e["article"] == "u07"}
        assert copy and {e["cluster"] for e in copy} <= original


def test_one_act_told_by_two_outlets_is_one_act_with_one_toll(unrelated: str, tmp_path: Path) -> None:
    ingest(unrelated, write_jsonl(tmp_path / "retold.jsonl", RETOLD))
    with open_store(unrelated) as store:
        for first, second in (("u06", "u06-other-outlet"), ("u16", "u16-other-outlet")):
            a = {e["cluster"] for e in store.events(type="ASSAULT") if e["article"] == first}
            b = {e["cluster"] for e in store.events(type="ASSAULT") if e["article"] == second}
            assert a and a == b, (first, second)
        by_country = {r["country"]: r for r in store.stats()["by_country"]}
        assert (by_country["UKR"]["events"], by_country["UKR"]["fatalities"]) == (1, 14)  # not 28
        assert (by_country["SDN"]["events"], by_country["SDN"]["fatalities"]) == (1, 9)


def test_a_headline_and_its_body_are_one_event(unrelated: str) -> None:
    """ "Turkish drones strike al-Shabaab in Somalia" heads the body that tells the strike: the headline first
    tells the act and is its evidence (gold-format: one event, anchored where first told), the body's sentence,
    which gives its day and place, its further mention; one act, not two."""
    with open_store(unrelated) as store:
        told = [e for e in store.events(type="ASSAULT") if e["article"] == "u02"]
        assert len(told) == 1
        assert told[0]["evidence"]["text"].startswith("Turkish drones strike al-Shabaab")
        assert any(m["text"].startswith("Turkish drones struck") for m in told[0]["mentions"])
        assert store.cluster(told[0]["cluster"])["mentions"] == 1
