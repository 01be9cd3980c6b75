"""Incremental clustering inside the database, at a cost that does not grow with the store.

1. Each new event gets **keys** (`dedup_keys`): its type, country and each day it can fall on,
   and a grid cell when it names a town. Only events that can link at all get keys (a country,
   a date fine to the week).
2. Its **candidates** are the events sharing a key, fetched through the index: the same type,
   country and days, and the neighbouring cells (or any cell, for a province or a country).
   Their number depends on how many acts of that type the country saw those days, not on
   how many events the store holds.
3. Pairs with enough evidence (`dedup.link_score`) are stored as **links** (`dedup_links`).
4. The new events' **component** (everything linked to them, directly or through others) is
   clustered again from scratch by `partition`, which sees only the component's events and
   links, never the order they arrived in: ingesting the same reports in any order gives the
   same clusters (their ids aside: a cluster keeps its id as it grows).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any

import sqlalchemy as sa
import yaml
from sqlalchemy.engine import Connection

from flashpoint.store import rollup
from flashpoint.store.db import insert_ignore
from flashpoint.store.dedup import LINK, Generic, conflict, link_score, linkable_window, summarize
from flashpoint.store.rows import day_range, now, short_hash
from flashpoint.store.schema import HEADLINE, LEAD, articles, clusters, dedup_keys, dedup_links, events

CELL_DEG = 0.5  # grid cells of half a degree: a town's neighbours within 30 km are in the 3 x 3 around it
ANY_CELL = "*"
MAX_COMPONENT = 500
"""Most events re-clustered around one new event. A component this large means a long chain of
links (daily reports of one front line); beyond it, the order of arrival may matter again."""
_CHUNK = 500

_MENTION_COLS = [
    events.c.id, events.c.data, events.c.cluster_id, events.c.headline, events.c.day_start, events.c.day_end,
    events.c.country, events.c.type, events.c.status,
    articles.c.url, articles.c.source, articles.c.title, articles.c.published,
]  # fmt: skip
_JOINED = events.join(articles, articles.c.id == events.c.article_id)


@dataclass
class BatchResult:
    processed: int = 0
    touched: set[str] = field(default_factory=set)


# -- keys and candidates ---------------------------------------------------------------------------


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


def _town_cell(m: dict[str, Any]) -> tuple[int, int] | None:
    loc = m.get("location") or {}
    if loc.get("precision") != "place" or loc.get("lat") is None or loc.get("lon") is None:
        return None
    return _cell(loc["lat"], loc["lon"])


def _buckets(m: dict[str, Any]) -> list[str]:
    span = linkable_window(m)
    country = (m.get("location") or {}).get("country")
    if span is None or not country:
        return []
    days = (span[1] - span[0]).days + 1
    return [f"{m['type']}|{country}|{(span[0] + timedelta(days=i)).isoformat()}" for i in range(days)]


def keys_for(m: dict[str, Any]) -> list[dict[str, str]]:
    """The index rows of a mention: one per day it can fall on."""
    cell = _town_cell(m)
    tag = f"{cell[0]}:{cell[1]}" if cell else ANY_CELL
    return [{"bucket": b, "cell": tag, "event_id": m["id"]} for b in _buckets(m)]


def _near_cells(cell: tuple[int, int]) -> list[str]:
    """The cell and those around it, wide enough in longitude that 30 km are covered at any latitude."""
    lat = (cell[0] + 0.5) * CELL_DEG
    km_per_cell = max(111.32 * math.cos(math.radians(min(abs(lat), 89.0))) * CELL_DEG, 1.0)
    reach = min(math.ceil(30.0 / km_per_cell), 20)
    return [f"{cell[0] + i}:{cell[1] + j}" for i in (-1, 0, 1) for j in range(-reach, reach + 1)]


def _candidate_ids(conn: Connection, m: dict[str, Any]) -> set[str]:
    buckets = _buckets(m)
    if not buckets:
        return set()
    query = sa.select(dedup_keys.c.event_id).where(dedup_keys.c.bucket.in_(buckets))
    if (cell := _town_cell(m)) is not None:  # a town meets towns nearby and every coarser place
        query = query.where(dedup_keys.c.cell.in_([*_near_cells(cell), ANY_CELL]))
    return {r for r in conn.execute(query.distinct()).scalars() if r != m["id"]}


def _same_report_ids(conn: Connection, m: dict[str, Any]) -> set[str]:
    """A headline meets its report's body, and a body mention its report's headline."""
    wanted = (events.c.headline.is_(None) | (events.c.headline != HEADLINE) if m.get("headline")
              else events.c.headline == HEADLINE)  # fmt: skip
    query = sa.select(events.c.id).where(events.c.article_id == m["article"], wanted, events.c.id != m["id"])
    return set(conn.execute(query).scalars())


# -- loading -------------------------------------------------------------------------------------


def _mention(row: Any) -> dict[str, Any]:
    m = json.loads(row["data"])
    m["cluster"] = row["cluster_id"]
    m["headline"] = row["headline"] == HEADLINE
    m["lead"] = row["headline"] in (HEADLINE, LEAD)
    m["report"] = {k: row[k] for k in ("url", "source", "title", "published")}
    m["_row"] = {k: row[k] for k in ("day_start", "day_end", "country", "type", "status")}
    return m


def _load(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(ids)):
        query = sa.select(*_MENTION_COLS).select_from(_JOINED).where(events.c.id.in_(chunk))
        for row in conn.execute(query).mappings():
            out[row["id"]] = _mention(row)
    return out


def _chunks(items: list[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# -- one batch -------------------------------------------------------------------------------------


def cluster_batch(conn: Connection, size: int) -> BatchResult:
    """Cluster up to `size` events not yet clustered (oldest first) with everything they link to."""
    query = sa.select(events.c.id).where(events.c.cluster_id.is_(None)).order_by(events.c.id).limit(size)
    pending = _load(conn, conn.execute(query).scalars())
    result = BatchResult(processed=len(pending))
    if not pending:
        return result
    _insert_ignore(conn, dedup_keys, [k for m in pending.values() for k in keys_for(m)])
    _link(conn, pending)
    component = _component(conn, set(pending))
    mentions = {**pending, **_load(conn, component - set(pending))}
    links = _links_among(conn, set(mentions))
    result.touched = _apply(conn, mentions, partition(mentions, links))
    return result


def _link(conn: Connection, pending: dict[str, dict[str, Any]]) -> None:
    """Store the links of each pending event with its candidates."""
    rows: dict[tuple[str, str], int] = {}
    for m in pending.values():
        ids = _candidate_ids(conn, m) | _same_report_ids(conn, m)
        others = {i: pending[i] for i in ids if i in pending}
        others.update(_load(conn, ids - set(others)))
        for other in others.values():
            score = link_score(m, other)
            if score is not None and score >= LINK:
                a, b = sorted((m["id"], other["id"]))
                rows[(a, b)] = score
    _insert_ignore(conn, dedup_links, [{"a": a, "b": b, "score": s} for (a, b), s in sorted(rows.items())])


def _neighbours(conn: Connection, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(ids)):
        found.update(conn.execute(sa.select(dedup_links.c.b).where(dedup_links.c.a.in_(chunk))).scalars())
        found.update(conn.execute(sa.select(dedup_links.c.a).where(dedup_links.c.b.in_(chunk))).scalars())
    return found


def _component(conn: Connection, seeds: set[str]) -> set[str]:
    """Every event linked to the seeds, directly or through others (up to MAX_COMPONENT per seed
    batch), with all members of the clusters they are in."""
    seen, frontier = set(seeds), set(seeds)
    while frontier and len(seen) < MAX_COMPONENT + len(seeds):
        frontier = _neighbours(conn, frontier) - seen
        seen |= frontier
    current = {c for chunk in _chunks(sorted(seen)) for c in conn.execute(
        sa.select(events.c.cluster_id).where(events.c.id.in_(chunk), events.c.cluster_id.is_not(None))).scalars()}
    for chunk in _chunks(sorted(current)):
        seen |= set(conn.execute(sa.select(events.c.id).where(events.c.cluster_id.in_(chunk))).scalars())
    return seen


def _links_among(conn: Connection, ids: set[str]) -> list[tuple[str, str, int]]:
    found: set[tuple[str, str, int]] = set()
    for chunk in _chunks(sorted(ids)):
        query = sa.select(dedup_links.c.a, dedup_links.c.b, dedup_links.c.score).where(dedup_links.c.a.in_(chunk))
        found |= {(a, b, s) for a, b, s in conn.execute(query) if b in ids}
    return sorted(found)


# -- the partition ----------------------------------------------------------------------------------


def partition(mentions: dict[str, dict[str, Any]], links: list[tuple[str, str, int]]) -> list[list[str]]:
    """Clusters of `mentions` from their links, independent of any order of arrival.

    Links are taken strongest first (ties by ids); two groups join only if no member of one
    conflicts with a member of the other. A mention whose evidence points as strongly to
    another group as to its own is ambiguous and stays alone; its links are dropped and the
    groups are formed again, until no mention is ambiguous.
    """
    ambiguous: set[str] = set()
    while True:
        usable = [lk for lk in links if lk[0] not in ambiguous and lk[1] not in ambiguous]
        groups = _join(mentions, usable)
        found = _ambiguous(mentions, usable, groups)
        if not found:
            return sorted((sorted(g) for g in {id(g): g for g in groups.values()}.values()), key=lambda g: g[0])
        ambiguous |= found


def _order(mentions: dict[str, dict[str, Any]], link: tuple[str, str, int]) -> tuple[int, int, str, str]:
    a, b, score = link
    ma, mb = mentions[a], mentions[b]
    # Of two body acts that fit a headline equally, the one told first (the lede) takes it.
    body_start = (mb if ma.get("headline") else ma)["evidence"]["start"] if ma["article"] == mb["article"] else 0
    return (-score, body_start, a, b)


def _join(mentions: dict[str, dict[str, Any]], links: list[tuple[str, str, int]]) -> dict[str, list[str]]:
    group: dict[str, list[str]] = {i: [i] for i in mentions}
    for a, b, _ in sorted((lk for lk in links if lk[0] in mentions and lk[1] in mentions),
                          key=lambda lk: _order(mentions, lk)):  # fmt: skip
        ga, gb = group[a], group[b]
        if ga is gb or any(conflict(mentions[x], mentions[y]) for x in ga for y in gb):
            continue
        ga.extend(gb)
        for x in gb:
            group[x] = ga
    return group


def _ambiguous(mentions: dict[str, dict[str, Any]], links: list[tuple[str, str, int]],
               groups: dict[str, list[str]]) -> set[str]:  # fmt: skip
    """Mentions of another report linked at least as strongly into a group that would also take them."""
    best: dict[str, dict[int, int]] = {}
    for a, b, score in links:
        if a not in mentions or b not in mentions or mentions[a]["article"] == mentions[b]["article"]:
            continue
        for x, y in ((a, b), (b, a)):
            slot = best.setdefault(x, {})
            slot[id(groups[y])] = max(slot.get(id(groups[y]), 0), score)
    found = set()
    for x, by_group in best.items():
        own = by_group.get(id(groups[x]), 0)
        for gid, score in by_group.items():
            other = next(g for g in groups.values() if id(g) == gid)
            if gid != id(groups[x]) and score >= own and not any(conflict(mentions[x], mentions[y]) for y in other):
                found.add(x)
    return found


# -- writing ----------------------------------------------------------------------------------------


def _apply(conn: Connection, mentions: dict[str, dict[str, Any]], groups: list[list[str]]) -> set[str]:
    """Write the new partition of `mentions`; returns the clusters created, changed or dropped."""
    old_ids = {m["cluster"] for m in mentions.values() if m["cluster"]}
    old_keys = rollup.keys_of(_cluster_rows(conn, old_ids)) | rollup.keys_of(
        [m["_row"] for m in mentions.values() if not m["cluster"]])
    wanted = {i: cid for group, cid in _names(conn, mentions, groups).items() for i in group}
    new_ids = set(wanted.values())
    changed = {i for i, cid in wanted.items() if mentions[i]["cluster"] != cid}
    first = {cid: mentions[i] for i, cid in sorted(wanted.items(), reverse=True)}
    _insert_ignore(conn, clusters, [_placeholder(cid, first[cid]) for cid in sorted(new_ids - old_ids)])
    by_cluster: dict[str, list[str]] = {}
    for i in sorted(changed):
        by_cluster.setdefault(wanted[i], []).append(i)
    for cid, ids in by_cluster.items():
        for chunk in _chunks(ids):
            conn.execute(events.update().where(events.c.id.in_(chunk)).values(cluster_id=cid))
    touched = {mentions[i]["cluster"] for i in changed if mentions[i]["cluster"]} | set(by_cluster)
    resummarize(conn, touched)
    rollup.refresh(conn, old_keys | rollup.keys_of(_cluster_rows(conn, new_ids)))
    return touched


def _names(conn: Connection, mentions: dict[str, dict[str, Any]], groups: list[list[str]]
           ) -> dict[tuple[str, ...], str]:  # fmt: skip
    """A cluster keeps its id as it grows, so links to it last: each group takes the id of the old
    cluster most of its members were in (not yet taken by another group); a new group is called
    "c" + its smallest event id, or a hash of its members if that id is in use elsewhere."""
    names: dict[tuple[str, ...], str] = {}
    taken: set[str] = set()
    for group in sorted(groups, key=lambda g: (-len(g), g[0])):
        votes = Counter(mentions[i]["cluster"] for i in group if mentions[i]["cluster"])
        old = [cid for cid, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if cid not in taken]
        names[tuple(group)] = old[0] if old else _fresh_name(conn, group, taken)
        taken.add(names[tuple(group)])
    return names


def _fresh_name(conn: Connection, group: list[str], taken: set[str]) -> str:
    name = "c" + group[0]
    in_use = conn.execute(sa.select(clusters.c.id).where(clusters.c.id == name)).first() is not None
    return "c" + short_hash(*group) if in_use or name in taken else name


def _cluster_rows(conn: Connection, ids: set[str]) -> list[dict[str, Any]]:
    cols = [clusters.c.day_start, clusters.c.day_end, clusters.c.country, clusters.c.type, clusters.c.status]
    return [dict(r) for chunk in _chunks(sorted(ids))
            for r in conn.execute(sa.select(*cols).where(clusters.c.id.in_(chunk))).mappings()]  # fmt: skip


def _insert_ignore(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), _CHUNK):
        insert_ignore(conn, table, rows[i : i + _CHUNK])


def _placeholder(cluster_id: str, mention: dict[str, Any]) -> dict[str, Any]:
    return {"id": cluster_id, "type": mention["type"], "status": mention["status"], "mentions": 0,
            "reports": 0, "sources": 0, "merged": "{}", "updated_at": now()}  # fmt: skip


@lru_cache(maxsize=1)
def generic_acled() -> Generic:
    """Each type's ACLED categories when nothing refines them, from the extractor's rules (acled.yaml
    `generic`): a merged act takes a more specific one when a mention has it."""
    path = files("flashpoint") / "events" / "data" / "acled.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    event_type = {sub: etype for etype, entry in (data.get("categories") or {}).items()
                  for sub in entry.get("sub_events") or {}}  # fmt: skip
    return {etype: {(event_type[sub], sub) for sub in subs} for etype, subs in (data.get("generic") or {}).items()}


def resummarize(conn: Connection, cluster_ids: set[str]) -> None:
    """Recompute the merged record of each cluster; a cluster left without members is dropped."""
    for cid in sorted(c for c in cluster_ids if c):
        query = sa.select(*_MENTION_COLS).select_from(_JOINED).where(events.c.cluster_id == cid)
        members = [_mention(r) for r in conn.execute(query).mappings()]
        if not members:
            conn.execute(clusters.delete().where(clusters.c.id == cid))
            continue
        for m in members:
            m.pop("_row")
        merged = summarize(cid, members, generic_acled())
        conn.execute(clusters.update().where(clusters.c.id == cid).values(**_cluster_row(merged)))


def recluster(conn: Connection, cluster_ids: set[str]) -> set[rollup.Key]:
    """After a report's events were deleted (a report replaced): what is left of their clusters is
    partitioned again with everything it links to, each cluster keeping its id where it can. Returns the
    rollup keys of the clusters as they were."""
    ids = {c for c in cluster_ids if c}
    keys = rollup.keys_of(_cluster_rows(conn, ids))
    left = {i for chunk in _chunks(sorted(ids))
            for i in conn.execute(sa.select(events.c.id).where(events.c.cluster_id.in_(chunk))).scalars()}  # fmt: skip
    if left:
        mentions = _load(conn, _component(conn, left))
        _apply(conn, mentions, partition(mentions, _links_among(conn, set(mentions))))
    resummarize(conn, ids)  # a cluster left without members is dropped
    return keys


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
