"""Engines: which database a URL names, and the connection settings each backend needs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

DEFAULT_URL = "sqlite:///flashpoint.db"


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


def create_engine(url: str | None) -> Engine:
    full = normalise_url(url)
    if full.startswith("sqlite"):
        return _sqlite_engine(full)
    return sa.create_engine(full, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    engine = sa.create_engine(url, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL
        # and a whole report really sit in one transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # WAL: `serve` keeps reading while `ingest` writes.
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
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
