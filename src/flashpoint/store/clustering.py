"""Incremental clustering inside the database: new events join an existing cluster or start one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from flashpoint.store import rollup
from flashpoint.store.dedup import UNDATED_DAYS, fits, summarize, window
from flashpoint.store.rows import day_range, now
from flashpoint.store.schema import articles, clusters, events

_MENTION_COLS = [
    events.c.data, events.c.cluster_id, events.c.day_start, events.c.day_end, events.c.country,
    events.c.type, events.c.status, articles.c.url, articles.c.source, articles.c.title, articles.c.published,
]  # fmt: skip
_JOINED = events.join(articles, articles.c.id == events.c.article_id)


@dataclass
class BatchResult:
    processed: int = 0
    touched: set[str] = field(default_factory=set)


def _mentions(conn: Connection, query: sa.Select) -> list[dict[str, Any]]:
    out = []
    for row in conn.execute(query).mappings():
        m = json.loads(row["data"])
        m["cluster"] = row["cluster_id"]
        m["report"] = {k: row[k] for k in ("url", "source", "title", "published")}
        m["_row"] = {k: row[k] for k in ("day_start", "day_end", "country", "type", "status")}
        out.append(m)
    return out


def cluster_batch(conn: Connection, size: int) -> BatchResult:
    """Assign up to `size` unclustered events, oldest first, to clusters."""
    query = (
        sa.select(*_MENTION_COLS)
        .select_from(_JOINED)
        .where(events.c.cluster_id.is_(None))
        .order_by(sa.func.coalesce(events.c.day_start, ""), articles.c.published, events.c.id)
        .limit(size)
    )
    pending = _mentions(conn, query)
    result = BatchResult(processed=len(pending))
    for mention in pending:
        result.touched.add(_assign(conn, mention))
    resummarize(conn, result.touched)
    rollup.refresh(conn, rollup.keys_of([m["_row"] for m in pending]))
    return result


def _assign(conn: Connection, mention: dict[str, Any]) -> str:
    groups = _candidate_clusters(conn, mention)
    fitting = [cid for cid, members in groups.items() if fits(mention, members)]
    if fitting:
        # The best-attested cluster wins; the id breaks ties so reruns agree.
        cluster_id = min(fitting, key=lambda cid: (-len(groups[cid]), cid))
    else:
        cluster_id = "c" + mention["id"]
        conn.execute(clusters.insert(), [_placeholder(cluster_id, mention)])
    conn.execute(events.update().where(events.c.id == mention["id"]).values(cluster_id=cluster_id))
    return cluster_id


def _candidate_clusters(conn: Connection, mention: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Clusters of the same type with a member whose dates could overlap (blocking)."""
    span = window(mention)
    if span is None:
        return {}
    lo, hi = span[0] - timedelta(days=1), span[1] + timedelta(days=1)
    dated = sa.and_(events.c.day_start <= hi.isoformat(), events.c.day_end >= lo.isoformat())
    undated = sa.and_(
        events.c.day_start.is_(None),
        articles.c.published >= lo.isoformat(),
        articles.c.published <= (hi + timedelta(days=UNDATED_DAYS)).isoformat(),
    )
    ids = (
        sa.select(events.c.cluster_id)
        .select_from(_JOINED)
        .where(events.c.type == mention["type"], events.c.cluster_id.is_not(None), sa.or_(dated, undated))
    )
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in _mentions(conn, sa.select(*_MENTION_COLS).select_from(_JOINED).where(events.c.cluster_id.in_(ids))):
        groups.setdefault(m["cluster"], []).append(m)
    return groups


def _placeholder(cluster_id: str, mention: dict[str, Any]) -> dict[str, Any]:
    return {"id": cluster_id, "type": mention["type"], "status": mention["status"], "mentions": 0,
            "reports": 0, "sources": 0, "merged": "{}", "updated_at": now()}  # fmt: skip


def resummarize(conn: Connection, cluster_ids: set[str]) -> None:
    """Recompute the merged record of each cluster; a cluster left without members is dropped."""
    for cid in sorted(cluster_ids):
        members = _mentions(
            conn,
            sa.select(*_MENTION_COLS).select_from(_JOINED).where(events.c.cluster_id == cid).order_by(events.c.id),
        )
        if not members:
            conn.execute(clusters.delete().where(clusters.c.id == cid))
            continue
        for m in members:
            m.pop("_row")
        conn.execute(clusters.update().where(clusters.c.id == cid).values(**_cluster_row(summarize(cid, members))))


def _cluster_row(merged: dict[str, Any]) -> dict[str, Any]:
    date = merged["date"] or {}
    loc = merged["location"] or {}
    fatalities = merged["fatalities"] or {}
    day_start, day_end = day_range(date.get("start"), date.get("end"))
    return {
        "type": merged["type"], "status": merged["status"], "day_start": day_start, "day_end": day_end,
        "date_precision": date.get("precision"), "country": loc.get("country"), "place_name": loc.get("name"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "geo_precision": loc.get("precision"),
        "mentions": merged["mentions"], "reports": merged["reports"], "sources": merged["sources"],
        "first_report": merged["first_report"], "last_report": merged["last_report"],
        "fatalities_min": fatalities.get("min"), "fatalities_max": fatalities.get("max"),
        "merged": json.dumps(merged, ensure_ascii=False, sort_keys=True), "updated_at": now(),
    }  # fmt: skip
