"""One way into the store: a report posted over HTTP is stored as `flashpoint ingest` stores it.

Both go through `flashpoint.store.ingest.ingest`: the same language check, the same actor memory (what
earlier reports taught), the same retries and clustering. Sentences written for these tests; real
extractor, real SQLite and PostgreSQL, the real web app.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flashpoint.cli import main
from flashpoint.model import Article
from flashpoint.store import open_store
from flashpoint.store.ingest import ingest
from flashpoint.web.app import create_app

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends

TOKEN = "test-token-for-ingest-paths"
PUBLISHED = "2023-04-10"
TEACHER = ("Malian Defence Minister Sadio Camara inspected troops in Gao on Monday. "
           "Camara said the army would reopen the road to Kidal.")  # fmt: skip
LATER = "Camara said on Friday that soldiers had repelled an attack near Menaka."
FRENCH = ("Les forces armées ont repoussé une attaque près de Ménaka vendredi, a déclaré le ministre de la "
          "Défense, qui a ajouté que les soldats avaient sécurisé la route vers Gao.")  # fmt: skip


def cli_ingest(tmp_path: Path, db: str, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["ingest", str(path), "--db", db, "--published", PUBLISHED, "--workers", "1"]) == 0


def http_post(client: TestClient, name: str, text: str) -> dict:
    body = {"id": name, "text": text, "published": PUBLISHED}
    r = client.post("/api/reports", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (200, 201), r.text
    return r.json()


def stored_events(db: str, article: str) -> list[dict]:
    with open_store(db) as store:
        return sorted((e for e in store.events() if e["article"] == article), key=lambda e: e["id"])


@pytest.fixture
def second_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'http.db'}"


def test_a_report_posted_over_http_gets_the_codes_the_cli_gives_it(tmp_path: Path, db_url: str,
                                                                   second_db: str) -> None:  # fmt: skip
    cli_ingest(tmp_path, db_url, "teacher", TEACHER)
    cli_ingest(tmp_path, db_url, "later", LATER)
    with TestClient(create_app(second_db, TOKEN)) as client:
        http_post(client, "teacher", TEACHER)
        answered = http_post(client, "later", LATER)["events"]
    by_cli, by_http = stored_events(db_url, "later"), stored_events(second_db, "later")
    assert by_cli and by_http == by_cli
    assert sorted(e["id"] for e in answered) == [e["id"] for e in by_http]
    # The bare "Camara" is the minister only because the first report taught it: memory was used both ways.
    speakers = [a for e in by_http for a in [*e["source"], *([e["claimed_by"]] if e["claimed_by"] else [])]]
    assert any(a["name"] == "Sadio Camara" and a["country"] == "MLI" for a in speakers), speakers


def test_a_report_posted_over_http_teaches_the_actor_memory(db_url: str) -> None:
    with TestClient(create_app(db_url, TOKEN)) as client:
        with open_store(db_url) as store:
            assert store.learned_actors(name="Sadio Camara") == []
        http_post(client, "teacher", TEACHER)
        with open_store(db_url) as store:
            learned = store.learned_actors(name="Sadio Camara")
    assert learned and learned[0]["country"] == "MLI" and learned[0]["article"] == "teacher"


def test_a_report_not_in_english_is_skipped_with_its_reason_both_ways(tmp_path: Path, db_url: str) -> None:
    with TestClient(create_app(db_url, TOKEN)) as client:
        answer = http_post(client, "fr", FRENCH)
    assert answer["status"] == "skipped" and "not English" in answer["reason"]
    with open_store(db_url) as store:
        problems: list = []
        summary = ingest(store, [Article(id="fr", text=FRENCH)], workers=1, on_problem=problems.append)
        assert store.report("fr") is None
    assert summary.counts == {"added": 0, "unchanged": 0, "replaced": 0}
    assert [p.where for p in summary.skipped] == ["fr"] and problems == summary.skipped
