"""Read queries the dashboard needs beyond the store's own: aggregates that keep the page
fast on a large store (map points, timelines, actor matrix) and a few look-ups.

All of them run on the store's SQLAlchemy engine and accept the store's `Filters`, so the
API filters mean the same thing everywhere.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from flashpoint.store import Filters, Store
from flashpoint.store.query import bound, event_conditions
from flashpoint.store.schema import actors, articles, daily_counts, event_actors, events, places
from flashpoint.web.labels import actor_label

_GROUP = sa.func.coalesce(events.c.cluster_id, events.c.id)


def list_reports(engine: Engine, limit: int, offset: int) -> list[dict[str, Any]]:
    """Reports newest first without their text; events are counted for the page only."""
    cols = [c for c in articles.c if c.name not in ("text", "content_hash")]
    newest = (articles.c.published.desc(), articles.c.id)
    page = sa.select(*cols).order_by(*newest).limit(limit).offset(offset or None)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(page).mappings()]
        counts = sa.select(events.c.article_id, sa.func.count()).where(
            events.c.article_id.in_([r["id"] for r in rows])
        ).group_by(events.c.article_id)
        n: dict[str, int] = {k: v for k, v in conn.execute(counts).all()} if rows else {}
    return [{**r, "events": n.get(r["id"], 0)} for r in rows]


def count_events(engine: Engine, f: Filters) -> int:
    query = sa.select(sa.func.count()).select_from(events).where(*event_conditions(f))
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def count_clusters(engine: Engine, f: Filters) -> int:
    """Clusters with at least one event matching `f`, as `Store.clusters` lists them."""
    n = sa.func.count(sa.distinct(events.c.cluster_id))
    query = sa.select(n).where(events.c.cluster_id.is_not(None), *event_conditions(f))
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def map_points(engine: Engine, f: Filters, cell: float, limit: int) -> list[dict[str, Any]]:
    """Events binned into `cell`-degree squares, one point per square and type.

    A point sits at the mean position of its events; `events` counts distinct clusters
    (one act told by many reports counts once) and `fatalities` adds each cluster's lowest
    claim, so repeated reports do not inflate a toll. The biggest points win the limit.
    """
    gx = sa.func.floor(events.c.lon / cell).label("gx")
    gy = sa.func.floor(events.c.lat / cell).label("gy")
    per_cluster = (
        sa.select(
            gx, gy, events.c.type, _GROUP.label("grp"),
            sa.func.avg(events.c.lon).label("lon"), sa.func.avg(events.c.lat).label("lat"),
            sa.func.count(sa.distinct(events.c.article_id)).label("reports"),
            sa.func.min(events.c.fatalities).label("fat"), sa.func.min(events.c.place_id).label("place"),
        )  # fmt: skip
        .where(events.c.lat.is_not(None), events.c.lon.is_not(None), *event_conditions(f))
        .group_by(gx, gy, events.c.type, _GROUP)
        .subquery()
    )
    c = per_cluster.c
    n_events = sa.func.count().label("events")
    query = (
        sa.select(
            c.gx, c.gy, c.type, sa.func.avg(c.lon).label("lon"), sa.func.avg(c.lat).label("lat"), n_events,
            sa.func.sum(c.reports).label("reports"), sa.func.sum(c.fat).label("fatalities"),
            sa.func.min(c.place).label("place"), sa.func.max(c.place).label("last_place"),
        )  # fmt: skip
        .group_by(c.gx, c.gy, c.type)
        .order_by(n_events.desc(), c.gx, c.gy, c.type)
        .limit(limit)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        # Names for the few points shown only: joining places for every event costs ~50% more.
        ids = sorted({r["place"] for r in rows if r["place"]})
        named = sa.select(places.c.id, places.c.name).where(places.c.id.in_(ids))
        names = dict(conn.execute(named).all()) if ids else {}
    return [_point(r, cell, names.get(r["place"])) for r in rows]


def _point(r: Any, cell: float, place: str | None) -> dict[str, Any]:
    west, south = r["gx"] * cell, r["gy"] * cell
    return {
        "lon": round(r["lon"], 4),
        "lat": round(r["lat"], 4),
        "type": r["type"],
        "events": int(r["events"]),
        "reports": int(r["reports"] or 0),
        "fatalities": int(r["fatalities"]) if r["fatalities"] is not None else None,
        "place": place,  # the name of one place in the bin
        "more_places": r["place"] != r["last_place"],  # the bin holds other places too
        "bbox": [west, south, west + cell, south + cell],
    }


def timeline(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Daily events and fatalities by type; only events dated to one day (see store.rollup)."""
    if f.actor or f.bbox or f.text:
        return _timeline_from_events(store.engine, f)
    dc = daily_counts.c
    conds: list[sa.ColumnElement[bool]] = []
    for col, value in ((dc.country, f.country), (dc.type, f.type), (dc.status, f.status)):
        if value:
            conds.append(col.in_([value] if isinstance(value, str) else list(value)))
    if since := bound(f.since, end=False):
        conds.append(dc.day >= since)
    if until := bound(f.until, end=True):
        conds.append(dc.day <= until)
    query = (
        sa.select(dc.day, dc.type, sa.func.sum(dc.events).label("n"), sa.func.sum(dc.fatalities).label("fat"))
        .where(*conds)
        .group_by(dc.day, dc.type)
        .order_by(dc.day, dc.type)
    )
    with store.engine.connect() as conn:
        return [_day(r.day, r.type, r.n, r.fat) for r in conn.execute(query)]


def _day(day: str, etype: str, n: Any, fatalities: Any) -> dict[str, Any]:
    dead = int(fatalities) if fatalities is not None else None
    return {"day": day, "type": etype, "events": int(n), "fatalities": dead}


def by_week(days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Days folded into 7-day bins counted from the first day, so a long timeline stays small."""
    if not days:
        return days
    first = date.fromisoformat(min(d["day"] for d in days))
    bins: dict[tuple[str, str], dict[str, Any]] = {}
    for d in days:
        start = first + timedelta(days=(date.fromisoformat(d["day"]) - first).days // 7 * 7)
        slot = bins.setdefault((start.isoformat(), d["type"]), _day(start.isoformat(), d["type"], 0, None))
        slot["events"] += d["events"]
        if d["fatalities"] is not None:
            slot["fatalities"] = (slot["fatalities"] or 0) + d["fatalities"]
    return [bins[k] for k in sorted(bins)]


def _timeline_from_events(engine: Engine, f: Filters) -> list[dict[str, Any]]:
    # The rollup holds no actors, places or words, so these filters aggregate the events.
    per_cluster = (
        sa.select(
            events.c.day_start.label("day"), events.c.type, sa.func.min(events.c.fatalities).label("fat")
        )
        .where(events.c.day_start.is_not(None), events.c.day_start == events.c.day_end, *event_conditions(f))
        .group_by(events.c.day_start, events.c.type, _GROUP)
        .subquery()
    )
    c = per_cluster.c
    query = (
        sa.select(c.day, c.type, sa.func.count().label("events"), sa.func.sum(c.fat).label("fat"))
        .group_by(c.day, c.type)
        .order_by(c.day, c.type)
    )
    with engine.connect() as conn:
        return [_day(r.day, r.type, r.events, r.fat) for r in conn.execute(query)]


def actor_matrix(engine: Engine, f: Filters, size: int) -> dict[str, Any]:
    """Who acts on whom: event counts from source country to target country.

    Only the `size` countries most involved are kept, so the matrix stays readable.
    """
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    src_actor, tgt_actor = actors.alias("sa"), actors.alias("ta")
    n = sa.func.count(sa.distinct(events.c.id)).label("events")
    query = (
        sa.select(src_actor.c.country.label("source"), tgt_actor.c.country.label("target"), n)
        .select_from(
            events.join(src, sa.and_(src.c.event_id == events.c.id, src.c.role == "source"))
            .join(src_actor, src_actor.c.id == src.c.actor_id)
            .join(tgt, sa.and_(tgt.c.event_id == events.c.id, tgt.c.role == "target"))
            .join(tgt_actor, tgt_actor.c.id == tgt.c.actor_id)
        )
        .where(src_actor.c.country.is_not(None), tgt_actor.c.country.is_not(None), *event_conditions(f))
        .group_by(src_actor.c.country, tgt_actor.c.country)
    )
    with engine.connect() as conn:
        pairs = [dict(r) for r in conn.execute(query).mappings()]
    return _matrix(pairs, size)


def _matrix(pairs: list[dict[str, Any]], size: int) -> dict[str, Any]:
    weight: dict[str, int] = {}
    for p in pairs:
        for side in ("source", "target"):
            weight[p[side]] = weight.get(p[side], 0) + p["events"]
    keep = sorted(weight, key=lambda c: (-weight[c], c))[:size]
    index = {c: i for i, c in enumerate(keep)}
    counts = [[0] * len(keep) for _ in keep]
    for p in pairs:
        if p["source"] in index and p["target"] in index:
            counts[index[p["source"]]][index[p["target"]]] += p["events"]
    return {"countries": keep, "counts": counts, "pairs": sorted(pairs, key=lambda p: -p["events"])[:100]}


# An actor is resolved when the coder knows who it is: a name, an organisation or a country.
_RESOLVED = sa.or_(actors.c.name.is_not(None), actors.c.org.is_not(None), actors.c.country.is_not(None))


def _matching_event_actors(f: Filters) -> sa.Subquery:
    """(event_id, actor_id, text) rows of the events matching `f`."""
    return (
        sa.select(event_actors.c.event_id, event_actors.c.actor_id, event_actors.c.text)
        .join(events, events.c.id == event_actors.c.event_id)
        .where(*event_conditions(f))
        .subquery()
    )


def actor_list(engine: Engine, f: Filters, name: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """Resolved actors of the events matching `f`, with how many events they take part in, most active first.

    Many actors have no name (e.g. "Georgian police" is GEO/COP), so each row carries a readable
    `label` ("Georgia police") and one of the phrases the reports used; `name` matches either,
    or a country/org code.
    """
    ea = _matching_event_actors(f)
    n = sa.func.count(sa.distinct(ea.c.event_id)).label("events")
    cols = (actors.c.id, actors.c.name, actors.c.country, actors.c.sector, actors.c.org)
    query = (
        sa.select(*cols, sa.func.min(ea.c.text).label("text"), n)
        .select_from(actors.join(ea, ea.c.actor_id == actors.c.id))
        .where(_RESOLVED)
        .group_by(*cols)
        .order_by(n.desc(), actors.c.id)
        .limit(limit)
        .offset(offset or None)
    )
    if name and name.strip():
        needle = name.strip().lower()
        query = query.where(
            sa.or_(
                sa.func.lower(actors.c.name).contains(needle, autoescape=True),
                sa.func.lower(ea.c.text).contains(needle, autoescape=True),
                sa.func.lower(actors.c.country) == needle,
                sa.func.lower(actors.c.org) == needle,
            )
        )
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    return [{**r, "label": actor_label(r)} for r in rows]


def unresolved_phrases(engine: Engine, f: Filters, limit: int, offset: int) -> list[dict[str, Any]]:
    """The words reports used for actors the coder could not identify ("30 militants"), with their
    sector when known and how many events of `f` use them, most frequent first."""
    ea = _matching_event_actors(f)
    n = sa.func.count(sa.distinct(ea.c.event_id)).label("events")
    query = (
        sa.select(ea.c.text, actors.c.sector, n)
        .select_from(actors.join(ea, ea.c.actor_id == actors.c.id))
        .where(sa.not_(_RESOLVED), ea.c.text.is_not(None))
        .group_by(ea.c.text, actors.c.sector)
        .order_by(n.desc(), ea.c.text)
        .limit(limit)
        .offset(offset or None)
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def report_events(engine: Engine, article_id: str) -> list[dict[str, Any]]:
    """The full records of one report's events, in text order."""
    query = (
        sa.select(events.c.data, events.c.cluster_id)
        .where(events.c.article_id == article_id)
        .order_by(events.c.id)
    )
    with engine.connect() as conn:
        rows = [{**json.loads(r.data), "cluster": r.cluster_id} for r in conn.execute(query)]
    return sorted(rows, key=lambda e: (e["evidence"]["start"], e["evidence"]["end"], e["id"]))


def count_reports(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar() or 0)
