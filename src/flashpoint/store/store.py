"""The event store: one growing, queryable dataset on SQLite or PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from flashpoint.ingest.heads import Head, read_head
from flashpoint.model import Article, Event
from flashpoint.store import clustering, rollup
from flashpoint.store.db import create_engine, insert_ignore, sqlite_file
from flashpoint.store.errors import StoreNotFound
from flashpoint.store.query import ORDERS, Filters, bound, event_conditions, order_by
from flashpoint.store.rows import (
    actor_row,
    article_row,
    event_actor_rows,
    event_row,
    now,
    place_row,
    short_hash,
)
from flashpoint.store.schema import (
    HEADLINE,
    LEAD,
    actor_edits,
    actors,
    articles,
    clusters,
    daily_counts,
    event_actors,
    events,
    learned_actors,
    migrate,
    places,
)

_REPORT_COLS = [articles.c.url, articles.c.source, articles.c.title, articles.c.published]


class Store:
    """Reports, their events and the clusters that join mentions of one act."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.begin() as conn:
            migrate(conn)

    @property
    def url(self) -> str:
        """The URL to open this store again (another process, a worker), password included."""
        return self.engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def add_report(self, article: Article, events_: list[Event]) -> str:
        """Store one report and its events in one transaction: "added", "unchanged" or "replaced".

        A report is known by its id: the same id with the same text adds nothing, with new text
        it replaces the old report and every event it carried. Another id with the same text
        (line breaks and outer blank lines aside) is a copy and adds nothing. A URL is no
        identity: two records with different ids and one URL (a live blog, a page that was
        updated) are two reports.
        """
        with self.engine.begin() as conn:
            old = self._find_report(conn, article)
            if old is not None and old["content_hash"] == article.content_hash:
                return "unchanged"
            touched: set[rollup.Key] = set()
            if old is not None:
                touched |= self._delete_report(conn, old["id"])
            conn.execute(articles.insert(), [article_row(article)])
            touched |= self._insert_events(conn, events_, read_head(article.text))
            rollup.refresh(conn, touched)
            return "replaced" if old is not None else "added"

    def _find_report(self, conn: Connection, article: Article) -> dict[str, Any] | None:
        match = sa.or_(articles.c.id == article.id, articles.c.content_hash == article.content_hash)
        query = sa.select(articles.c.id, articles.c.content_hash).where(match).order_by(articles.c.id)
        rows = [r._asdict() for r in conn.execute(query)]
        same = [r for r in rows if r["content_hash"] == article.content_hash]
        found = same or [r for r in rows if r["id"] == article.id]
        return found[0] if found else None

    def _delete_report(self, conn: Connection, article_id: str) -> set[rollup.Key]:
        old_rows = conn.execute(sa.select(events).where(events.c.article_id == article_id)).mappings().all()
        cluster_ids = {r["cluster_id"] for r in old_rows if r["cluster_id"]}
        conn.execute(articles.delete().where(articles.c.id == article_id))  # its events, keys and links too
        conn.execute(learned_actors.delete().where(learned_actors.c.article == article_id))
        touched = clustering.recluster(conn, cluster_ids)  # the rest of those clusters, decided again
        return touched | rollup.keys_of(old_rows)

    def _insert_events(self, conn: Connection, events_: list[Event], head: Head | None = None) -> set[rollup.Key]:
        rows = [event_row(e) for e in events_]
        for row, e in zip(rows, events_, strict=True):
            row["headline"] = _part(e, head)
        people = [a for e in events_ for a in [*e.source, *e.target, *([e.claimed_by] if e.claimed_by else [])]]
        insert_ignore(conn, actors, [actor_row(a) for a in people])
        insert_ignore(conn, places, [place_row(e.location) for e in events_ if e.location])
        if rows:
            conn.execute(events.insert(), rows)
            links = [link for e in events_ for link in event_actor_rows(e)]
            if links:
                conn.execute(event_actors.insert(), links)
        return rollup.keys_of(rows)

    def dedup(self, batch: int = 500) -> int:
        """Cluster the events not yet clustered; returns how many clusters were created or grown."""
        touched: set[str] = set()
        while True:
            with self.engine.begin() as conn:
                done = clustering.cluster_batch(conn, batch)
            touched |= done.touched
            if done.processed < batch:
                return len(touched)

    def add_learned_actors(self, records: Iterable[dict[str, Any]]) -> int:
        """Remember actors learned from reports; a record seen before is not added twice."""
        fields = ("name", "country", "sector", "org", "evidence", "article", "date")
        rows = []
        for rec in records:
            row = {f: rec.get(f) for f in fields}
            if row["evidence"] is not None and not isinstance(row["evidence"], str):
                row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False, sort_keys=True)
            row["id"] = short_hash(*(row[f] for f in fields))
            row["added_at"] = now()
            row["kind"] = rec.get("kind")
            rows.append(row)
        with self.engine.begin() as conn:
            before = self._count(conn, learned_actors)
            insert_ignore(conn, learned_actors, rows)
            return self._count(conn, learned_actors) - before

    def edit_actor(self, record: dict[str, Any]) -> None:
        """Store a user's correction of an actor (name, kind, country, sector, org, aliases, note);
        a later correction of the same name replaces it."""
        key = " ".join(str(record["name"]).casefold().split())
        aliases = record.get("aliases") or []
        row = {"name_key": key, "name": record["name"], "kind": record.get("kind"), "country": record.get("country"),
               "sector": record.get("sector"), "org": record.get("org"), "note": record.get("note"),
               "aliases": ";".join(aliases) if isinstance(aliases, list) else aliases or None,
               "edited_at": now()}  # fmt: skip
        with self.engine.begin() as conn:
            conn.execute(actor_edits.delete().where(actor_edits.c.name_key == key))
            conn.execute(actor_edits.insert(), [row])

    def actor_edits(self, name: str | None = None) -> list[dict[str, Any]]:
        query = sa.select(actor_edits).order_by(actor_edits.c.name_key)
        if name:
            query = query.where(actor_edits.c.name_key == " ".join(name.casefold().split()))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # -- reading -------------------------------------------------------------------------

    def events(self, limit: int | None = None, offset: int = 0, order: str = ORDERS[0], **filters: Any
               ) -> list[dict[str, Any]]:
        """Event dicts (the extract contract) with `cluster` and `report` (url, source, title, published),
        newest first (or `order="oldest"`), undated last."""
        query = (
            sa.select(events.c.data, events.c.cluster_id, *_REPORT_COLS)
            .select_from(events.join(articles, articles.c.id == events.c.article_id))
            .where(*event_conditions(Filters.of(**filters)))
            .order_by(*order_by(events, order))
            .limit(limit)
            .offset(offset or None)
        )
        with self.engine.connect() as conn:
            return [_event_dict(r._asdict()) for r in conn.execute(query)]

    def clusters(self, limit: int | None = None, offset: int = 0, order: str = ORDERS[0], **filters: Any
                 ) -> list[dict[str, Any]]:
        """Merged records of the clusters with at least one mention matching the filters, in `order`."""
        members = sa.select(events.c.cluster_id).where(*event_conditions(Filters.of(**filters)))
        query = (
            sa.select(clusters.c.merged)
            .where(clusters.c.id.in_(members))
            .order_by(*order_by(clusters, order))
            .limit(limit)
            .offset(offset or None)
        )
        with self.engine.connect() as conn:
            return [json.loads(r.merged) for r in conn.execute(query)]

    def event(self, event_id: str) -> dict[str, Any] | None:
        query = (
            sa.select(events.c.data, events.c.cluster_id, *_REPORT_COLS)
            .select_from(events.join(articles, articles.c.id == events.c.article_id))
            .where(events.c.id == event_id)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _event_dict(row._asdict()) if row else None

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            merged = conn.execute(sa.select(clusters.c.merged).where(clusters.c.id == cluster_id)).scalar()
        return json.loads(merged) if merged else None

    def report(self, article_id: str) -> dict[str, Any] | None:
        """A stored report with its text and the ids of its events."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
            if row is None:
                return None
            ids = conn.execute(
                sa.select(events.c.id).where(events.c.article_id == article_id).order_by(events.c.id)
            ).scalars()
            return {**dict(row), "events": list(ids)}

    def reports(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Reports newest first, without their text, with their event count."""
        n_events = sa.func.count(events.c.id).label("events")
        cols = [c for c in articles.c if c.name != "text"]
        query = (
            sa.select(*cols, n_events)
            .select_from(articles.outerjoin(events, events.c.article_id == articles.c.id))
            .group_by(*cols)
            .order_by(articles.c.published.desc(), articles.c.id)
            .limit(limit)
            .offset(offset or None)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def daily_counts(self, **filters: Any) -> list[dict[str, Any]]:
        """Timeline rows from the rollup: day, country, type, status, mentions, events, fatalities."""
        f = Filters.of(**filters)
        conds = _rollup_conditions(f)
        query = sa.select(daily_counts).where(*conds).order_by(daily_counts.c.day, daily_counts.c.country)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def learned_actors(self, name: str | None = None) -> list[dict[str, Any]]:
        query = sa.select(learned_actors).order_by(learned_actors.c.name, learned_actors.c.id)
        if name:
            query = query.where(sa.func.lower(learned_actors.c.name) == name.lower())
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def stats(self) -> dict[str, Any]:
        """Totals, counts by day/country/type (from the rollup) and fatality claims by claimant."""
        with self.engine.connect() as conn:
            return {
                "reports": self._count(conn, articles),
                "events": self._count(conn, events),
                "clusters": self._count(conn, clusters),
                "unclustered": conn.execute(sa.select(sa.func.count()).where(events.c.cluster_id.is_(None))).scalar(),
                "by_day": _grouped(conn, daily_counts.c.day),
                "by_country": _grouped(conn, daily_counts.c.country),
                "by_type": _grouped(conn, daily_counts.c.type),
                "fatalities_by_claimant": _claimants(conn),
            }

    @staticmethod
    def _count(conn: Connection, table: sa.Table) -> int:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0


def _part(event: Event, head: Head | None) -> int:
    """Where in its report an event is told: the headline's act is told again in the body (dedup folds
    them), and the first paragraph tells a report's main act (GDELT's IsRootEvent)."""
    span = (event.evidence.start, event.evidence.end)
    for part, where in ((HEADLINE, head.headline if head else None), (LEAD, head.lead if head else None)):
        if where is not None and span[0] < where[1] and span[1] > where[0]:
            return part
    return 0


def _event_dict(row: dict[str, Any]) -> dict[str, Any]:
    d = json.loads(row["data"])
    d["cluster"] = row["cluster_id"]
    d["report"] = {k: row[k] for k in ("url", "source", "title", "published")}
    return d


def _rollup_conditions(f: Filters) -> list[sa.ColumnElement[bool]]:
    # The rollup has no actors, places or text: those filters need `events()`.
    if f.actor or f.bbox or f.text or f.involving or f.reported_since or f.reported_until:
        raise ValueError("daily counts filter by country, type, status and dates only")
    conds: list[sa.ColumnElement[bool]] = []
    for col, value, upper in (("country", f.country, True), ("type", f.type, True), ("status", f.status, False)):
        items = [v.strip() for v in (value.split(",") if isinstance(value, str) else value or [])]
        if items:
            conds.append(daily_counts.c[col].in_([i.upper() if upper else i.lower() for i in items]))
    if since := bound(f.since, end=False):
        conds.append(daily_counts.c.day >= since)
    if until := bound(f.until, end=True):
        conds.append(daily_counts.c.day <= until)
    return conds


def _grouped(conn: Connection, col: sa.Column) -> list[dict[str, Any]]:
    query = (
        sa.select(
            col,
            sa.func.sum(daily_counts.c.events).label("events"),
            sa.func.sum(daily_counts.c.mentions).label("mentions"),
            sa.func.sum(daily_counts.c.fatalities).label("fatalities"),
        )
        .where(daily_counts.c.status.in_(["occurred", "claimed"]))
        .group_by(col)
        .order_by(col)
    )
    return [{k: (int(v) if k != col.name and v is not None else v) for k, v in r.items()} for r in
            conn.execute(query).mappings()]  # fmt: skip


def _claimants(conn: Connection) -> list[dict[str, Any]]:
    who = sa.func.coalesce(events.c.claimant, "").label("claimant")
    query = (
        sa.select(
            who,
            sa.func.count().label("claims"),
            sa.func.min(events.c.fatalities).label("min"),
            sa.func.max(events.c.fatalities).label("max"),
        )
        .where(events.c.fatalities.is_not(None))
        .group_by(who)
        .order_by(sa.func.count().desc(), who)
    )
    return [{**dict(r), "claimant": r["claimant"] or None} for r in conn.execute(query).mappings()]


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the store a URL names.

    None -> $FLASHPOINT_DB or sqlite:///flashpoint.db; a bare path means SQLite;
    postgresql://... goes through psycopg 3. With `create=False` (commands that only read) a SQLite
    file that does not exist is an error, `StoreNotFound`, instead of a new empty database.
    """
    path = sqlite_file(url)
    if not create and path is not None and not path.exists():
        raise StoreNotFound(2, "no such database", str(path))
    return Store(create_engine(url))
