"""What a brief reads from the store: the events of the period and the clusters they belong to.

An act belongs to the period when its stated date starts inside it. Reports of the period also
tell acts without a date, and acts announced for after it: both are read by the reports'
publication dates, so a summit "tomorrow" or martial law threatened "if the situation
deteriorates" is not lost. Background history (a war in 2020) stays out.
"""

from __future__ import annotations

from typing import Any

from flashpoint.store import Store
from flashpoint.store.dedup import summarize
from flashpoint.store.query import bound
from flashpoint.store.rows import day_range


def first_day(event: dict[str, Any]) -> str | None:
    span = event.get("date") or {}
    return day_range(span.get("start"), span.get("end"))[0]


def select_events(
    store: Store, country: list[str] | None, actor: str | None, since: str | None, until: str | None
) -> list[dict[str, Any]]:
    """Events of the period matching the filters: dated inside it, or undated or later and reported in it."""
    base: dict[str, Any] = {"involving": country, "actor": actor}
    chosen = {e["id"]: e for e in store.events(since=since, until=until, **base)}
    if since or until:
        last = bound(until, end=True)
        for e in store.events(reported_since=since, reported_until=until, **base):
            day = first_day(e)
            if day is None or (last is not None and day > last):
                chosen.setdefault(e["id"], e)
    return list(chosen.values())


def cluster_records(
    store: Store, events: list[dict[str, Any]], country: list[str] | None, actor: str | None,
    since: str | None, until: str | None,
) -> dict[str, dict[str, Any]]:
    """The merged record of every act the events belong to, by act key.

    A clustered event's act is its cluster (all its reports, also those outside the period);
    an event not yet clustered is an act of its own.
    """
    wanted = {e["cluster"] for e in events if e.get("cluster")}
    base: dict[str, Any] = {"involving": country, "actor": actor}
    # The same two selections as the events, one query each, instead of one query per cluster.
    found = {c["id"]: c for c in store.clusters(since=since, until=until, **base) if c.get("id") in wanted}
    if since or until:
        found.update((c["id"], c) for c in store.clusters(reported_since=since, reported_until=until, **base)
                     if c.get("id") in wanted)  # fmt: skip
    for cid in sorted(wanted - found.keys()):  # clustered while we read
        if merged := store.cluster(cid):
            found[cid] = merged
    for e in events:
        key = act_key(e)
        if key not in found:
            found[key] = summarize(key, [e])
    return found


def act_key(event: dict[str, Any]) -> str:
    return event.get("cluster") or "e" + event["id"]
