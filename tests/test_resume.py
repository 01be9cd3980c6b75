"""A resumed ingest equals a clean one (issue 17, item 4), on SQLite and PostgreSQL.

`flashpoint ingest` is killed at random points, or fails inside the write that stores a report with
what it taught the actor memory; run again, the database must equal one clean run in every event
field, in the learned actors, in the clusters and in the daily rollup. The reports teach people's
countries and offices and name them bare later on, so the actor memory decides codes: before, a rerun
started from what the killed run had taught and coded differently, and a kill between storing a
report and remembering its actors lost those actors for good.

FLASHPOINT_FAULT_SEED and FLASHPOINT_FAULT_ROUNDS widen the kill search (test_faults.py reads them too).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from conftest_store import BACKENDS, PG_URL, drop_pg_schema, fresh_pg_url
from flashpoint.store import open_store

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("FLASHPOINT_FAULT_SEED", "20220915"))
ROUNDS = int(os.environ.get("FLASHPOINT_FAULT_ROUNDS", "3"))

# Written for these tests. An earlier run teaches three people; the batch teaches five more and names
# all of them bare, in an order that puts teachers and bare names in different batches of eight.
EARLIER = [
    "Malian Defence Minister Sadio Camara inspected troops in Gao on Monday. Camara said the army would "
    "reopen the road to Kidal.",
    "Kenyan Interior Minister Kipchumba Murkomen visited Lodwar on Monday. Murkomen said police would deploy "
    "to the border.",
    "Nigerien army spokesman Colonel Amadou Abdramane said on Monday that soldiers had secured Tillaberi.",
]
PAD = "{who} shelled {where} on Tuesday, killing {n} civilians, officials said."
BATCH = [
    "Chadian Foreign Minister Abderaman Koulamallah met envoys in N'Djamena on Monday.",
    "Ethiopian army spokesman Colonel Getnet Adane said on Monday that troops had entered Bahir Dar.",
    PAD.format(who="Russian troops", where="the Ukrainian city of Kharkiv", n="five"),
    "Camara said on Friday that soldiers had repelled an attack near Menaka.",
    "Haitian police chief Rameau Normil said on Monday that officers had cleared a road in Port-au-Prince.",
    PAD.format(who="Houthi rebels", where="the port of Mokha", n="six"),
    "Murkomen said on Friday that police had arrested ten suspects in Lokichogio.",
    PAD.format(who="M23 rebels", where="the town of Rutshuru", n="nine"),
    "Koulamallah said on Friday that Chad had closed the border with Sudan.",
    "Somali Defence Minister Abdulkadir Mohamed Nur toured Baidoa on Monday.",
    "Adane said on Friday that soldiers had killed twenty militants near Gondar.",
    PAD.format(who="Al-Shabaab fighters", where="a military base near Mogadishu", n="seven"),
    "Normil said on Friday that police had arrested fifteen gang members.",
    "Abdramane said on Friday that troops had killed twelve militants near Ayorou.",
    "Congolese Defence Minister Guy Kabombo Muadiamvita visited Goma on Monday.",
    PAD.format(who="Syrian government forces", where="the city of Idlib", n="eight"),
    "Nur said on Friday that troops had recaptured a town near Baidoa.",
    "Koulamallah said on Saturday that Chadian soldiers had detained smugglers near Adre.",
    PAD.format(who="Myanmar's army", where="a village in Rakhine state", n="eleven"),
    "Muadiamvita said on Friday that the army had shelled rebel positions near Sake.",
    "Adane said on Saturday that the army had arrested thirty militia members in Lalibela.",
    PAD.format(who="Pakistani security forces", where="a compound in North Waziristan", n="five"),
    "Normil said on Saturday that gangs had attacked a police station in Mirebalais.",
    "Nur said on Saturday that soldiers had killed four militants near Jowhar.",
]
TAUGHT_IN_BATCH = "b00"  # the first report that teaches a name (Abderaman Koulamallah)


def write_corpus(root: Path) -> tuple[Path, Path]:
    earlier, batch = root / "earlier.jsonl", root / "batch"
    earlier.write_text("".join(json.dumps({"id": f"e{i}", "text": t, "published": "2023-04-10",
                                           "url": f"https://earlier.example/{i}"}) + "\n"
                               for i, t in enumerate(EARLIER)), encoding="utf-8")  # fmt: skip
    batch.mkdir()
    for i, text in enumerate(BATCH):
        record = {"id": f"b{i:02d}", "text": text, "published": f"2023-04-{14 + i % 3}",
                  "url": f"https://batch.example/{i}"}  # fmt: skip
        (batch / f"b{i:02d}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return earlier, batch


def ingest(source: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "ingest", str(source), "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def finish(proc: subprocess.Popen[str], failed: int = 0) -> str:
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == failed, err
    return err


def engine(url: str) -> sa.Engine:
    """Plain SQLAlchemy on the same database: what another program sees, without flashpoint's code."""
    full = url if "://" in url else f"sqlite:///{url}"
    return sa.create_engine(full.replace("postgresql://", "postgresql+psycopg://", 1))


def stored_reports(url: str) -> int:
    eng = engine(url)
    try:
        with eng.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() or 0
    except sa.exc.DBAPIError:  # not created or not migrated yet
        return 0
    finally:
        eng.dispose()


def snapshot(url: str) -> dict[str, Any]:
    """Everything a resumed run must reproduce (store-assigned times and run ids aside)."""
    with open_store(url) as store:
        events = store.events()
        learned = store.learned_actors()
        clusters = store.clusters()
        stats = store.stats()
    volatile = {"added_at", "run"}
    return {
        "events": sorted(({k: v for k, v in e.items() if k != "cluster"} for e in events), key=lambda e: e["id"]),
        "partition": sorted(sorted(e["id"] for e in events if e["cluster"] == c) for c in {e["cluster"] for e in events}),  # noqa: E501
        "clusters": sorted(json.dumps(c, sort_keys=True) for c in clusters),
        "learned": sorted(json.dumps({k: v for k, v in r.items() if k not in volatile}, sort_keys=True)
                          for r in learned),  # fmt: skip
        "stats": stats,
    }


def learned_by_report(snap: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in snap["learned"]:
        found.setdefault(json.loads(row)["article"], []).append(row)
    return found


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The corpus, a way to make empty databases on the backend, and what one clean run stores."""
    root = tmp_path_factory.mktemp(f"resume-{request.param}")
    earlier, batch = write_corpus(root)
    schemas: list[str] = []

    def new_db(name: str) -> str:
        if request.param == "sqlite":
            return f"sqlite:///{root / name}.db"
        assert PG_URL is not None
        url, schema = fresh_pg_url(PG_URL)
        schemas.append(schema)
        return url

    def with_earlier_run(name: str) -> str:
        url = new_db(name)
        finish(ingest(earlier, url))
        return url

    clean = with_earlier_run("clean")
    finish(ingest(batch, clean))
    expected = snapshot(clean)
    taught = learned_by_report(expected)
    assert {"e0", "e1", "e2", TAUGHT_IN_BATCH} <= set(taught), "the corpus no longer teaches the actor memory"
    # The memory decides codes: a bare name an earlier run taught is coded, one this run teaches is not yet.
    speaker = {e["article"]: (e["claimed_by"] or {}) for e in expected["events"]}
    assert (speaker["b03"].get("name"), speaker["b03"].get("country")) == ("Sadio Camara", "MLI")
    assert (speaker["b17"].get("name"), speaker["b17"].get("country")) == ("Koulamallah", None)
    yield {"batch": batch, "new_db": with_earlier_run, "expected": expected, "taught": taught,
           "backend": request.param}  # fmt: skip
    for schema in schemas:
        drop_pg_schema(PG_URL or "", schema)


def test_a_run_killed_at_random_points_then_resumed_equals_one_clean_run(backend: dict[str, Any]) -> None:
    url = backend["new_db"]("killed")
    rng = random.Random(SEED)
    seen = []
    for _ in range(ROUNDS):
        target = rng.randint(1, len(BATCH))
        delay = rng.uniform(0, 0.6) if target == len(BATCH) else rng.uniform(0, 0.05)
        proc = ingest(backend["batch"], url)
        while proc.poll() is None and stored_reports(url) < 3 + target:
            time.sleep(0.02)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        seen.append(stored_reports(url) - 3)
        _assert_each_stored_report_has_what_it_taught(url, backend["taught"])
    finish(ingest(backend["batch"], url))
    assert snapshot(url) == backend["expected"], f"seed {SEED}: batch reports stored at each kill {seen}"


def _assert_each_stored_report_has_what_it_taught(url: str, taught: dict[str, list[str]]) -> None:
    now = learned_by_report(snapshot(url))
    eng = engine(url)
    with eng.connect() as conn:
        stored = set(conn.exec_driver_sql("SELECT id FROM articles").scalars())
    eng.dispose()
    for report in stored:
        assert now.get(report, []) == taught.get(report, []), f"report {report} is stored without what it taught"
    assert set(now) <= stored, "learned actors of a report that is not stored"


BLOCK = {
    "sqlite": [f"""CREATE TRIGGER fault BEFORE INSERT ON learned_actors WHEN NEW.article = '{TAUGHT_IN_BATCH}'
                  BEGIN SELECT RAISE(ABORT, 'injected fault'); END"""],
    "postgresql": [
        f"""CREATE FUNCTION fault() RETURNS trigger AS $$ BEGIN
              IF NEW.article = '{TAUGHT_IN_BATCH}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW;
            END $$ LANGUAGE plpgsql""",
        "CREATE TRIGGER fault BEFORE INSERT ON learned_actors FOR EACH ROW EXECUTE FUNCTION fault()",
    ],
}
UNBLOCK = {"sqlite": ["DROP TRIGGER fault"],
           "postgresql": ["DROP TRIGGER fault ON learned_actors", "DROP FUNCTION fault()"]}  # fmt: skip


def run_sql(url: str, statements: list[str]) -> None:
    eng = engine(url)
    with eng.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    eng.dispose()


def test_a_fault_while_storing_what_a_report_taught_leaves_nothing_half_stored(backend: dict[str, Any]) -> None:
    url = backend["new_db"]("fault")
    run_sql(url, BLOCK[backend["backend"]])
    err = finish(ingest(backend["batch"], url), failed=1)
    assert "failed: https://batch.example/0: " in err and "injected fault" in err
    _assert_each_stored_report_has_what_it_taught(url, backend["taught"])  # the report went with its actors
    assert stored_reports(url) == 3 + len(BATCH) - 1
    run_sql(url, UNBLOCK[backend["backend"]])
    finish(ingest(backend["batch"], url))
    assert snapshot(url) == backend["expected"]


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="FLASHPOINT_TEST_PG is unset (run .ci/postgres.sh)")
def test_a_kill_while_storing_what_a_report_taught_then_a_rerun_equals_a_clean_run(
    backend: dict[str, Any]
) -> None:
    """The moment the old code's second write filled: the insert of learned actors is held (a trigger
    sleeps on it), then the process is killed there."""
    if backend["backend"] != "postgresql":
        pytest.skip("a trigger can only hold an insert on PostgreSQL")
    url = backend["new_db"]("kill-window")
    run_sql(url, [f"""CREATE FUNCTION hold() RETURNS trigger AS $$ BEGIN
                        IF NEW.article = '{TAUGHT_IN_BATCH}' THEN PERFORM pg_sleep(120); END IF; RETURN NEW;
                      END $$ LANGUAGE plpgsql""",
                  "CREATE TRIGGER hold BEFORE INSERT ON learned_actors FOR EACH ROW EXECUTE FUNCTION hold()"])
    proc = ingest(backend["batch"], url)
    admin = engine(PG_URL or "")
    try:
        sleeping: list[int] = []
        deadline = time.monotonic() + 300
        while not sleeping:
            assert proc.poll() is None and time.monotonic() < deadline, "the insert was never held"
            with admin.connect() as conn:
                sleeping = list(conn.execute(sa.text(
                    "SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND query LIKE '%learned_actors%'"
                )).scalars())  # fmt: skip
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        with admin.begin() as conn:  # the server notices the dead client at its next read; hurry it up
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({sleeping[0]})")
    finally:
        admin.dispose()
    _assert_each_stored_report_has_what_it_taught(url, backend["taught"])
    run_sql(url, ["DROP TRIGGER hold ON learned_actors", "DROP FUNCTION hold()"])
    finish(ingest(backend["batch"], url))
    assert snapshot(url) == backend["expected"]


def test_one_worker_codes_every_report_as_the_pool_does(backend: dict[str, Any]) -> None:
    """Every report is coded with the memory as the run began, so the number of workers does not matter."""
    url = backend["new_db"]("one-worker")
    proc = subprocess.run([sys.executable, "-m", "flashpoint.cli", "ingest", str(backend["batch"]), "--db", url,
                           "--workers", "1"], capture_output=True, text=True, timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert snapshot(url) == backend["expected"]
