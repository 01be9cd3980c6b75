"""Database files and permanent faults (issue 17, items 5 and 6).

What is not a flashpoint database (empty, garbage, truncated, another program's, a newer
flashpoint's) is named in one line that says what to do, and left as it was. A full disk, a
read-only file and a missing column stop `ingest` at the first report that meets them, in one
line and without retries; a read-only file system can still be queried.

The disk-full and read-only tests need a file system of their own: CI (`.ci/run`, as root) mounts a
small tmpfs and names it in FLASHPOINT_TEST_TMPFS; elsewhere root mounts one here, others skip.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest_store import PG_URL, article, drop_pg_schema, event, fresh_pg_url
from flashpoint.cli import main
from flashpoint.store import open_store
from flashpoint.store.errors import DatabaseUnusable
from flashpoint.store.retry import Retrier, is_transient

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends

TEXT = "Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday, killing {n} soldiers, officials said."


def write_reports(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"r{i}", "published": "2022-09-14", "text": TEXT.format(n=i + 2),
                                 "url": f"https://news.example/{i}"}) + "\n")  # fmt: skip
    return path


def flashpoint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flashpoint.cli", *args], capture_output=True, text=True,
                          timeout=600)  # fmt: skip


def digest(path: Path) -> str:
    """The database file and its write-ahead log, as bytes."""
    wal = path.with_name(path.name + "-wal")
    return hashlib.sha256(path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).hexdigest()


def a_database(path: Path, reports: int = 2) -> Path:
    with open_store(str(path)) as store:
        for i in range(reports):
            art = article(f"a{i}", TEXT.format(n=i + 2))
            store.add_report(art, [event(art)])
    return path


# -- files that are not flashpoint databases ----------------------------------------------------


def garbage(path: Path) -> str:
    path.write_bytes(bytes(range(256)) * 40)
    return "is not a database (not an SQLite file: another format, or damaged); restore it from a backup"


def text_file(path: Path) -> str:
    path.write_text("Troops shelled the town.\n", encoding="utf-8")
    return "is not a database (not an SQLite file"


def truncated(path: Path) -> str:
    a_database(path, reports=40)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    return "the file is damaged or is not a flashpoint database (database disk image is malformed)"


def other_program(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    return "is an SQLite database of another program (tables: moz_places), not a flashpoint database"


def newer_flashpoint(path: Path) -> str:
    a_database(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("INSERT INTO schema_version VALUES (99, '2031-01-01')")
    return "was written by a newer flashpoint (schema version 99; this flashpoint 0.1.0 knows versions up to"


NOT_OURS = [garbage, text_file, truncated, other_program, newer_flashpoint]


@pytest.mark.parametrize("make", NOT_OURS, ids=[m.__name__ for m in NOT_OURS])
@pytest.mark.parametrize("command", [["stats"], ["events"], ["export", "--format", "csv", "-o", os.devnull],
                                     ["dedup"], ["ingest", "REPORTS"]])  # fmt: skip
def test_a_file_that_is_not_a_flashpoint_database_is_named_in_one_line_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, command: list[str]
) -> None:
    db = tmp_path / "events.db"
    expected = make(db)
    before = digest(db)
    reports = write_reports(tmp_path / "reports.jsonl", 2)
    args = [str(reports) if a == "REPORTS" else a for a in command]
    assert main([*args, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [f"flashpoint: {db}: {err.split(': ', 2)[2].rstrip()}"]  # one line, the file first
    assert expected in err
    assert digest(db) == before


def test_an_empty_file_is_not_silently_made_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "events.db"
    db.touch()
    assert main(["stats", "--db", str(db)]) == 2
    assert capsys.readouterr().err == (f"flashpoint: {db}: is an empty file (0 bytes), not a database; "
                                       "`flashpoint ingest` fills it; check the --db path\n")  # fmt: skip
    assert db.stat().st_size == 0
    # A writing command may make it one (what a run killed at its start leaves), and says so.
    assert main(["dedup", "--db", str(db)]) == 0
    assert f"flashpoint: {db} is an empty file; making it a new flashpoint database" in capsys.readouterr().err
    assert main(["stats", "--db", str(db)]) == 0


def test_reading_commands_do_not_create_a_database_for_a_mistyped_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "evnets.db"
    assert main(["events", "--db", str(db)]) == 2
    assert f"no database at {db}: check --db" in capsys.readouterr().err
    assert not db.exists()


def test_an_older_database_is_still_upgraded_by_a_reading_command(tmp_path: Path) -> None:
    from flashpoint.store.schema import LATEST, migrate

    db = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        migrate(conn, target=1)
    engine.dispose()
    with open_store(str(db), read_only=True) as store:
        assert store.stats()["reports"] == 0
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == LATEST


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="FLASHPOINT_TEST_PG is unset (run .ci/postgres.sh)")
def test_a_postgresql_schema_of_a_newer_flashpoint_is_refused_without_showing_the_password() -> None:
    assert PG_URL is not None
    url, schema = fresh_pg_url(PG_URL)
    try:
        open_store(url).close()
        engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO schema_version VALUES (99, '2031-01-01')")
        engine.dispose()
        with pytest.raises(DatabaseUnusable, match="was written by a newer flashpoint") as caught:
            open_store(url)
        shown = str(caught.value)
        assert shown.startswith("postgresql://") and ":***@" in shown
        assert f":{sa.engine.make_url(PG_URL).password}@" not in shown
    finally:
        drop_pg_schema(PG_URL, schema)


# -- permanent faults stop a run at once ---------------------------------------------------------


def test_a_lock_is_worth_a_retry_a_full_disk_is_not(tmp_path: Path) -> None:
    db = a_database(tmp_path / "events.db")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    engine = sa.create_engine(f"sqlite:///{db}", connect_args={"timeout": 0})
    try:
        with pytest.raises(sa.exc.OperationalError) as locked, engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO actor_edits (name_key, name, edited_at) VALUES ('x', 'x', 'now')")
        assert is_transient(locked.value)
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    assert not is_transient(DatabaseUnusable(str(db), "the disk is full", "free some space"))


def test_a_missing_column_stops_ingest_at_the_first_report_without_retrying(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN confidence")
    reports = write_reports(tmp_path / "reports.jsonl", 5)
    proc = flashpoint("ingest", str(reports), "--db", db_url, "--workers", "1")
    assert proc.returncode == 2, proc.stderr
    assert "retrying" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[-2] == ("flashpoint: ingest stopped: 0 added, 0 unchanged, 0 replaced before the database "
                         "failed; every stored report is complete")  # fmt: skip
    assert "its tables do not match this flashpoint" in lines[-1] and "confidence" in lines[-1]
    assert "Traceback" not in proc.stderr


def test_the_retrier_gives_up_at_once_on_a_permanent_fault(tmp_path: Path) -> None:
    calls = []

    def write() -> None:
        calls.append(1)
        raise DatabaseUnusable("events.db", "the disk is full", "free some space")

    retry = Retrier(log=None)
    with pytest.raises(DatabaseUnusable):
        retry.run("storing", write)
    assert len(calls) == 1 and retry.retries == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A directory on a small file system of its own, which a test may fill."""
    shared = os.environ.get("FLASHPOINT_TEST_TMPFS")
    if shared:
        folder = Path(shared) / uuid.uuid4().hex
        folder.mkdir()
        yield folder
        shutil.rmtree(folder)
        return
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True,
                          text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"no small file system to fill: mounting a tmpfs failed ({done.stderr.strip()}); run as root "
                    "as CI does (.ci/run mounts one), or set FLASHPOINT_TEST_TMPFS")  # fmt: skip
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def fill(folder: Path, leave: int) -> Path:
    """Take all but `leave` bytes of the file system `folder` is on."""
    fs = os.statvfs(folder)
    filler = folder / "filler"
    with filler.open("wb") as fh:
        fh.truncate(0)
        remaining = fs.f_bavail * fs.f_frsize - leave
        chunk = b"\0" * (1 << 20)
        while remaining > 0:
            remaining -= fh.write(chunk[: min(len(chunk), remaining)])
    return filler


def test_a_full_disk_stops_ingest_in_one_line_and_what_was_stored_is_whole(small_disk: Path) -> None:
    db = small_disk / "events.db"
    first = flashpoint("ingest", str(write_reports(small_disk / "a.jsonl", 10)), "--db", str(db), "--workers", "1")
    assert first.returncode == 0, first.stderr
    more = write_reports(small_disk / "b.jsonl", 300, start=10)
    filler = fill(small_disk, leave=400_000)
    proc = flashpoint("ingest", str(more), "--db", str(db))
    assert proc.returncode == 2, proc.stderr
    assert "retrying" not in proc.stderr and "Traceback" not in proc.stderr
    *_, stopped, reason = proc.stderr.splitlines()
    assert stopped.startswith("flashpoint: ingest stopped: ") and "before the database failed" in stopped
    assert reason == (f"flashpoint: {db}: the disk is full; free some space and run again; what is already "
                      "stored is kept")  # fmt: skip
    added = int(stopped.split(": ")[2].split()[0])
    assert added < 300
    filler.unlink()
    with open_store(str(db), read_only=True) as store:
        events = store.events()
        assert store.stats()["reports"] == 10 + added
    per_report: dict[str, int] = {}
    for e in events:
        per_report[e["article"]] = per_report.get(e["article"], 0) + 1
    assert len(per_report) == 10 + added and set(per_report.values()) == {1}  # no report without its event


@pytest.fixture
def read_only_view(small_disk: Path) -> Iterator[tuple[Path, Path]]:
    """(a folder, the same folder mounted read-only elsewhere)."""
    source = small_disk / "rw"
    view = small_disk.parent / f"{small_disk.name}-ro"
    source.mkdir()
    view.mkdir()
    bind = subprocess.run(["mount", "--bind", str(source), str(view)], capture_output=True, text=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot make a read-only view: {bind.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True, capture_output=True)
        yield source, view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)
        view.rmdir()


def test_a_read_only_file_system_can_still_be_queried_but_not_written(
    read_only_view: tuple[Path, Path], tmp_path: Path
) -> None:
    source, view = read_only_view
    filled = flashpoint("ingest", str(write_reports(tmp_path / "a.jsonl", 3)), "--db", str(source / "events.db"),
                        "--workers", "1")  # fmt: skip
    assert filled.returncode == 0, filled.stderr
    db = view / "events.db"
    stats = flashpoint("stats", "--db", str(db), "--format", "json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["reports"] == 3
    events = flashpoint("events", "--db", str(db), "--format", "jsonl")
    assert events.returncode == 0 and len(events.stdout.splitlines()) == 3, events.stderr
    out = tmp_path / "events.csv"
    exported = flashpoint("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert exported.returncode == 0 and len(out.read_text().splitlines()) == 4, exported.stderr
    refused = flashpoint("ingest", str(write_reports(tmp_path / "b.jsonl", 3, start=3)), "--db", str(db))
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1] == (
        f"flashpoint: {db}: the database is read-only; writing needs write access to the file and its folder; "
        "`flashpoint events`, `stats` and `export` can still read it"
    )
