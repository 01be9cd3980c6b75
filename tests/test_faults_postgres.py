"""PostgreSQL connection loss: a backend terminated mid-transaction is retried, and said so.

Needs FLASHPOINT_TEST_PG (start a server with `bash .ci/postgres.sh`).
"""

from __future__ import annotations

import io
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest_store import PG_URL, article, drop_pg_schema, event, fresh_pg_url
from flashpoint.store import open_store
from flashpoint.store.retry import Retrier
from test_faults import write_reports

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="FLASHPOINT_TEST_PG is unset (run .ci/postgres.sh)"),
]


@pytest.fixture
def pg_url() -> str:
    assert PG_URL is not None
    url, schema = fresh_pg_url(PG_URL)
    yield url
    drop_pg_schema(PG_URL, schema)


def admin() -> sa.Engine:
    assert PG_URL is not None
    return sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))


def terminate(pid: int) -> None:
    engine = admin()
    with engine.begin() as conn:
        conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    engine.dispose()


def test_a_transaction_whose_backend_is_terminated_runs_again_on_a_new_connection(pg_url: str) -> None:
    log = io.StringIO()
    retry = Retrier(log=log)
    pids: list[int] = []
    with open_store(pg_url) as store:
        art = article("a1", "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers, Armenia said.")

        def store_report() -> str:
            with store.engine.connect() as conn:
                pids.append(conn.execute(sa.text("SELECT pg_backend_pid()")).scalar())
                if len(pids) == 1:
                    terminate(pids[0])  # the server drops us while we hold the connection
                    conn.execute(sa.text("SELECT 1"))
            return store.add_report(art, [event(art)])

        assert retry.run("a1", store_report) == "added"
        assert len(store.events()) == 1
    assert retry.retries == 1 and len(set(pids)) == 2
    [line] = log.getvalue().splitlines()
    assert line.startswith("flashpoint: a1: ") and "retrying" in line and "\n" not in line.strip()


def test_ingest_survives_backends_terminated_while_it_runs(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder)
    tagged = pg_url + "&application_name=fp_fault_ingest"
    code = "import sys; from flashpoint.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen([sys.executable, "-c", code, "ingest", str(folder), "--db", tagged],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    killed = threading.Event()
    kills: list[int] = []

    def killer() -> None:
        engine = admin()
        while proc.poll() is None and len(kills) < 5:
            with engine.begin() as conn:
                done = conn.execute(sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fp_fault_ingest'"
                )).scalars().all()  # fmt: skip
            kills.extend(1 for ok in done if ok)
            time.sleep(0.3)
        engine.dispose()
        killed.set()

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    _, err = proc.communicate(timeout=300)
    killed.wait(10)
    assert proc.returncode == 0, err
    assert kills, "no backend was terminated: the run ended before the fault could be injected"
    with open_store(pg_url) as store:
        stats = store.stats()
    assert stats["reports"] == 30 and stats["unclustered"] == 0, err
