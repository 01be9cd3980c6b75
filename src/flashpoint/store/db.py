"""Engines: which database a URL names, the connection settings each backend needs, and what a
database file must look like before flashpoint writes into it."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.interfaces import ExceptionContext

from flashpoint.store.errors import DatabaseUnusable
from flashpoint.store.retry import FULL, READ_ONLY, permanent_problem

DEFAULT_URL = "sqlite:///flashpoint.db"
SQLITE_HEADER = b"SQLite format 3\x00"
NEARLY_FULL = 1 << 20  # bytes free below which a failed write is put down to a full disk
_NEW_HERE = "give another --db path (a new database is created there)"


def normalise_url(url: str | None) -> str:
    """None -> $FLASHPOINT_DB or the default file; a bare path means SQLite; postgres uses psycopg 3."""
    url = url or os.environ.get("FLASHPOINT_DB") or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def sqlite_file(url: str | None) -> Path | None:
    """The file a SQLite URL names (None for other databases and in-memory SQLite)."""
    full = normalise_url(url)
    if not full.startswith("sqlite"):
        return None
    path = sa.engine.make_url(full).database
    return Path(path) if path and path != ":memory:" and not path.startswith("file:") else None


def describe(url: str) -> str:
    """How messages name a database: its file, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=True)


def create_engine(url: str | None, read_only: bool = False) -> Engine:
    """An engine for `url`. `read_only` never writes (SQLite opens the file read-only, so a read-only
    file or file system can still be queried); it needs an existing database."""
    full = normalise_url(url)
    if full.startswith("sqlite"):
        engine = _sqlite_engine(full, read_only)
    else:
        engine = sa.create_engine(full, pool_pre_ping=True)
    where = describe(full)
    folder = Path(where).parent if full.startswith("sqlite") else None

    @sa.event.listens_for(engine, "handle_error")
    def _permanent(context: ExceptionContext) -> BaseException | None:
        # One line naming the database instead of a driver traceback, and no retry (see retry.py).
        found = permanent_problem(context.original_exception)
        if found and folder is not None and _nearly_full(folder):
            found = FULL  # SQLite reports a full disk as an I/O error when it cannot grow its -shm file
        return DatabaseUnusable(where, *found) if found else None

    return engine


def _nearly_full(folder: Path) -> bool:
    try:
        fs = os.statvfs(folder)
    except OSError:
        return False
    return fs.f_bavail * fs.f_frsize < NEARLY_FULL


def writable(url: str) -> bool:
    """Whether flashpoint could write the database (always assumed for a server)."""
    path = sqlite_file(url)
    return path is None or _can_write(path)


def _can_write(path: Path) -> bool:
    # access() answers EROFS for a read-only file system even to root; SQLite also writes beside the file.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _sqlite_engine(url: str, read_only: bool) -> Engine:
    path = make_url(url).database
    if path and path != ":memory:":
        check_sqlite_file(Path(path), read_only)
    if read_only and path and path != ":memory:":
        url = f"sqlite:///{_read_only_uri(Path(path))}&uri=true"
    engine = sa.create_engine(url, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL
        # and a whole report really sit in one transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL (see use_wal), and much faster
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def insert_ignore(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows whose key is new; shared rows (actors, places) are written once."""
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


def use_wal(engine: Engine) -> None:
    """Put an SQLite database in WAL mode (`serve` keeps reading while `ingest` writes).

    The mode is kept in the file, so this runs once the file is known to be flashpoint's: setting it
    on every connection would rewrite the header of any SQLite file --db named by mistake.
    """
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # outside SQLAlchemy's transaction: the mode cannot change inside one
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    except sqlite3.OperationalError as exc:
        # a second ingest opening the file while the first sets the mode gets "database is locked" from the
        # driver itself: wrap it as SQLAlchemy would, so the retrier sees a transient error and tries again
        raise sa.exc.OperationalError("PRAGMA journal_mode=WAL", None, exc) from exc
    finally:
        raw.close()


def _read_only_uri(path: Path) -> str:
    # A WAL database opened read-only needs its -shm file, which cannot be created in a read-only
    # folder; with no pending -wal content there the file is complete and can be read as immutable.
    wal = path.with_name(path.name + "-wal")
    frozen = not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size > 0)
    return f"file:{quote(str(path.resolve()))}?{'immutable=1' if frozen else 'mode=ro'}"


def check_sqlite_file(path: Path, read_only: bool) -> None:
    """Refuse what is not a flashpoint database before SQLite silently makes one of it."""
    where = str(path)
    if not path.exists():
        return  # created, or refused as StoreNotFound by a caller that only reads (open_store)
    if path.is_dir():
        raise DatabaseUnusable(where, "is a folder, not a database file", _NEW_HERE)
    if not read_only and not _can_write(path):
        raise DatabaseUnusable(where, *READ_ONLY)
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if not head:
        if read_only:
            raise DatabaseUnusable(where, "is an empty file (0 bytes), not a database",
                                   "`flashpoint ingest` fills it; check the --db path")  # fmt: skip
        # An empty file is what a run killed at its very start (or `touch`) leaves: writing
        # commands make it a database, and say so.
        print(f"flashpoint: {where} is an empty file; making it a new flashpoint database", file=sys.stderr)
        return
    if head != SQLITE_HEADER:
        raise DatabaseUnusable(where, "is not a database (not an SQLite file: another format, or damaged)",
                               f"restore it from a backup, or {_NEW_HERE}")  # fmt: skip
