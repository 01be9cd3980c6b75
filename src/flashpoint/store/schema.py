"""The database schema: versioned migrations, and Core tables mirroring the latest version.

Migrations are plain, portable SQL (it runs unchanged on SQLite and PostgreSQL), applied in
order on open. A migration is never edited once released: a change is a new migration.
Ids are text (article ids, event ids, hashes) so neither backend needs sequences.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from flashpoint.model import EVENT_TYPES, STATUSES

_TYPES = ", ".join(f"'{t}'" for t in EVENT_TYPES)
_STATUSES = ", ".join(f"'{s}'" for s in STATUSES)

V1 = [
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY, url TEXT, source TEXT, title TEXT, published TEXT, language TEXT,
        text TEXT NOT NULL, content_hash TEXT NOT NULL, added_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX articles_url ON articles (url)",
    "CREATE INDEX articles_hash ON articles (content_hash)",
    """CREATE TABLE places (
        id TEXT PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, precision TEXT)""",
    """CREATE TABLE actors (
        id TEXT PRIMARY KEY, name TEXT, country TEXT, sector TEXT, org TEXT)""",
    """CREATE TABLE clusters (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL,
        day_start TEXT, day_end TEXT, date_precision TEXT, country TEXT, place_name TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, geo_precision TEXT,
        mentions INTEGER NOT NULL, reports INTEGER NOT NULL, sources INTEGER NOT NULL,
        first_report TEXT, last_report TEXT, fatalities_min INTEGER, fatalities_max INTEGER,
        merged TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX clusters_type_day ON clusters (type, day_start)",
    f"""CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ({_TYPES})),
        mode TEXT, cameo TEXT,
        status TEXT NOT NULL CHECK (status IN ({_STATUSES})),
        date_start TEXT, date_end TEXT, date_precision TEXT, day_start TEXT, day_end TEXT,
        place_id TEXT REFERENCES places (id), country TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, geo_precision TEXT,
        fatalities INTEGER, injured INTEGER, claimant TEXT, confidence DOUBLE PRECISION,
        evidence TEXT NOT NULL, data TEXT NOT NULL,
        cluster_id TEXT REFERENCES clusters (id) ON DELETE SET NULL)""",
    "CREATE INDEX events_article ON events (article_id)",
    "CREATE INDEX events_cluster ON events (cluster_id)",
    "CREATE INDEX events_type_day ON events (type, day_start)",
    """CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        role TEXT NOT NULL, position INTEGER NOT NULL,
        actor_id TEXT NOT NULL REFERENCES actors (id), text TEXT,
        PRIMARY KEY (event_id, role, position))""",
    "CREATE INDEX event_actors_actor ON event_actors (actor_id)",
    """CREATE TABLE learned_actors (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, sector TEXT, org TEXT,
        evidence TEXT, article TEXT, date TEXT, added_at TEXT NOT NULL)""",
    "CREATE INDEX learned_actors_name ON learned_actors (name)",
]

# v2: the daily rollup behind timelines, and the index a country-month query needs.
V2 = [
    """CREATE TABLE daily_counts (
        day TEXT NOT NULL, country TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
        mentions INTEGER NOT NULL, events INTEGER NOT NULL, fatalities INTEGER,
        PRIMARY KEY (day, country, type, status))""",
    "CREATE INDEX events_country_day ON events (country, day_start)",
    "CREATE INDEX daily_counts_country ON daily_counts (country, day)",
]

# v3: actor and claimant look-ups by name, for `--actor` and stats.
V3 = [
    "CREATE INDEX actors_name ON actors (name)",
    "CREATE INDEX actors_country ON actors (country)",
    "CREATE INDEX events_day ON events (day_start)",
]

# v4: actor memory: the kind of a learned actor, and the corrections users make (`flashpoint actors edit`).
V4 = [
    "ALTER TABLE learned_actors ADD COLUMN kind TEXT",
    "CREATE INDEX learned_actors_article ON learned_actors (article)",
    """CREATE TABLE actor_edits (
        name_key TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT, country TEXT, sector TEXT, org TEXT,
        aliases TEXT, note TEXT, edited_at TEXT NOT NULL)""",
]


# v5: deduplication through an index (keys and links), headlines, and ids as report identity.
# Clusters made by earlier versions could join different acts; they are dropped and the next
# `flashpoint dedup` (or ingest) builds them again.
V5 = [
    # Where in its report an event is told: 1 the headline, 2 the first paragraph, 0 later (HEADLINE, LEAD).
    "ALTER TABLE events ADD COLUMN headline INTEGER",
    """CREATE TABLE dedup_keys (
        bucket TEXT NOT NULL, cell TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        PRIMARY KEY (bucket, cell, event_id))""",
    "CREATE INDEX dedup_keys_event ON dedup_keys (event_id)",
    """CREATE TABLE dedup_links (
        a TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        score INTEGER NOT NULL, PRIMARY KEY (a, b))""",
    "CREATE INDEX dedup_links_b ON dedup_links (b)",
    "CREATE INDEX events_unclustered ON events (cluster_id, id)",
    "UPDATE events SET cluster_id = NULL",
    "DELETE FROM clusters",
    # Two records with different ids and one URL (a live blog, an updated page) are two reports.
    "DROP INDEX articles_url",
    "CREATE INDEX articles_url ON articles (url)",
]


def _statements(sql: list[str]) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        for stmt in sql:
            conn.exec_driver_sql(stmt)

    return apply


def _v2(conn: Connection) -> None:
    _statements(V2)(conn)
    # Deferred import: the rollup query lives with the store code that keeps it fresh.
    from flashpoint.store.rollup import refresh_all

    refresh_all(conn)


def _v5(conn: Connection) -> None:
    _statements(V5)(conn)
    from flashpoint.store.rollup import refresh_all  # acts now counted once per cluster

    refresh_all(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [_statements(V1), _v2, _statements(V3), _statements(V4), _v5]
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.exec_driver_sql("SELECT MAX(version) FROM schema_version").scalar() or 0


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema up to `target` inside the caller's transaction; returns the old version."""
    if conn.dialect.name == "postgresql":
        # Two processes opening a fresh database at once must not both run v1.
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7246601)")
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    old = current_version(conn)
    for version in range(old + 1, target + 1):
        MIGRATIONS[version - 1](conn)
        conn.execute(
            sa.text("INSERT INTO schema_version (version, applied_at) VALUES (:v, CURRENT_TIMESTAMP)"),
            {"v": version},
        )
    return old


HEADLINE, LEAD = 1, 2  # values of events.headline

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("url", sa.Text), sa.Column("source", sa.Text),
    sa.Column("title", sa.Text), sa.Column("published", sa.Text), sa.Column("language", sa.Text),
    sa.Column("text", sa.Text), sa.Column("content_hash", sa.Text), sa.Column("added_at", sa.Text),
)  # fmt: skip

places = sa.Table(
    "places", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("name", sa.Text), sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
    sa.Column("precision", sa.Text),
)  # fmt: skip

actors = sa.Table(
    "actors", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("name", sa.Text), sa.Column("country", sa.Text),
    sa.Column("sector", sa.Text), sa.Column("org", sa.Text),
)  # fmt: skip

clusters = sa.Table(
    "clusters", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("type", sa.Text), sa.Column("status", sa.Text),
    sa.Column("day_start", sa.Text), sa.Column("day_end", sa.Text), sa.Column("date_precision", sa.Text),
    sa.Column("country", sa.Text), sa.Column("place_name", sa.Text), sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float), sa.Column("geo_precision", sa.Text), sa.Column("mentions", sa.Integer),
    sa.Column("reports", sa.Integer), sa.Column("sources", sa.Integer), sa.Column("first_report", sa.Text),
    sa.Column("last_report", sa.Text), sa.Column("fatalities_min", sa.Integer),
    sa.Column("fatalities_max", sa.Integer), sa.Column("merged", sa.Text), sa.Column("updated_at", sa.Text),
)  # fmt: skip

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("article_id", sa.Text), sa.Column("type", sa.Text),
    sa.Column("mode", sa.Text), sa.Column("cameo", sa.Text), sa.Column("status", sa.Text),
    sa.Column("date_start", sa.Text), sa.Column("date_end", sa.Text), sa.Column("date_precision", sa.Text),
    sa.Column("day_start", sa.Text), sa.Column("day_end", sa.Text), sa.Column("place_id", sa.Text),
    sa.Column("country", sa.Text), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.Text), sa.Column("fatalities", sa.Integer), sa.Column("injured", sa.Integer),
    sa.Column("claimant", sa.Text), sa.Column("confidence", sa.Float), sa.Column("evidence", sa.Text),
    sa.Column("data", sa.Text), sa.Column("cluster_id", sa.Text), sa.Column("headline", sa.Integer),
)  # fmt: skip

dedup_keys = sa.Table(
    "dedup_keys", metadata,
    sa.Column("bucket", sa.Text, primary_key=True), sa.Column("cell", sa.Text, primary_key=True),
    sa.Column("event_id", sa.Text, primary_key=True),
)  # fmt: skip

dedup_links = sa.Table(
    "dedup_links", metadata,
    sa.Column("a", sa.Text, primary_key=True), sa.Column("b", sa.Text, primary_key=True),
    sa.Column("score", sa.Integer),
)  # fmt: skip

event_actors = sa.Table(
    "event_actors", metadata,
    sa.Column("event_id", sa.Text, primary_key=True), sa.Column("role", sa.Text, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True), sa.Column("actor_id", sa.Text),
    sa.Column("text", sa.Text),
)  # fmt: skip

learned_actors = sa.Table(
    "learned_actors", metadata,
    sa.Column("id", sa.Text, primary_key=True), sa.Column("name", sa.Text), sa.Column("country", sa.Text),
    sa.Column("sector", sa.Text), sa.Column("org", sa.Text), sa.Column("evidence", sa.Text),
    sa.Column("article", sa.Text), sa.Column("date", sa.Text), sa.Column("added_at", sa.Text),
    sa.Column("kind", sa.Text),
)  # fmt: skip

actor_edits = sa.Table(
    "actor_edits", metadata,
    sa.Column("name_key", sa.Text, primary_key=True), sa.Column("name", sa.Text), sa.Column("kind", sa.Text),
    sa.Column("country", sa.Text), sa.Column("sector", sa.Text), sa.Column("org", sa.Text),
    sa.Column("aliases", sa.Text), sa.Column("note", sa.Text), sa.Column("edited_at", sa.Text),
)  # fmt: skip

daily_counts = sa.Table(
    "daily_counts", metadata,
    sa.Column("day", sa.Text, primary_key=True), sa.Column("country", sa.Text, primary_key=True),
    sa.Column("type", sa.Text, primary_key=True), sa.Column("status", sa.Text, primary_key=True),
    sa.Column("mentions", sa.Integer), sa.Column("events", sa.Integer), sa.Column("fatalities", sa.Integer),
)  # fmt: skip
