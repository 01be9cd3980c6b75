"""Deduplication cost as the store grows (issue 18): CPU per 100 new reports at 1k ... 1M stored events.

    python benchmarks/bench_dedup.py [--sizes 1000,10000,100000,1000000] [--db /tmp/dedup.db | postgresql://...]

One store grows in steps. At each size, 100 new reports (500 events, about a third of them
retelling acts already stored) are added and `Store.dedup()` is timed (process CPU and wall
clock); then the store is bulk-loaded up to the next size and the step repeats.

The synthetic feed is a global one that accumulates over time: 1,000 events a day over 60
countries, so a store of 1M events spans 1,000 days and the new reports fall on its last day.
What a new event costs depends on how many events share its type, country and days (the
density of the feed), which the index reads; it should not depend on how many days, countries
or events the store holds. Bulk loading writes the same rows `add_report` and `dedup` would
(events, keys, links, clusters), without running the pairwise scoring for the old events.
Results: benchmarks/results/dedup-<backend>.json and a markdown table on standard output.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from flashpoint.model import Actor, Article, Event, Place, Span, TimeSpan
from flashpoint.store import Store, open_store
from flashpoint.store.clustering import keys_for
from flashpoint.store.rollup import refresh_all
from flashpoint.store.rows import article_row, event_row, now
from flashpoint.store.schema import articles, clusters, dedup_keys, dedup_links, events

PER_DAY = 1000
COUNTRIES = [f"C{i:02d}" for i in range(60)]
TOWNS = 40
TYPES = ["ASSAULT"] * 10 + ["PROTEST"] * 3 + ["COERCE"] * 2 + ["CONSULT"] * 2 + ["ACCUSE"] * 2 + ["MOBILIZE"]
SECTORS = ["MIL", "GOV", "REB", "CVL", "PRO", "COP"]
FIRST_DAY = date(2020, 1, 1)
RETOLD = 0.3
NEW_REPORTS, EVENTS_PER_REPORT = 100, 5


@dataclass
class Act:
    """A real-world act that reports tell: what every retelling shares."""

    n: int
    type: str
    country: str
    town: int
    day: date
    source: str
    target: str
    first_event: str | None = None  # the stored event that opened its cluster


def _town(country: str, town: int) -> tuple[float, float]:
    rng = random.Random(f"{country}-{town}")
    base = COUNTRIES.index(country)
    return (-40 + (base % 10) * 9 + rng.uniform(0, 6), -60 + (base // 10) * 30 + rng.uniform(0, 20))


def _act(rng: random.Random, day: date) -> Act:
    return Act(n=rng.getrandbits(48), type=rng.choice(TYPES), country=rng.choice(COUNTRIES),
               town=rng.randrange(TOWNS), day=day, source=rng.choice(SECTORS), target=rng.choice(SECTORS))  # fmt: skip


def _event(art: Article, act: Act, n: int, rng: random.Random) -> Event:
    sentence = f"Report sentence {n} about {act.type.lower()} in town {act.town} of {act.country}."
    start = art.text.index(sentence)
    lat, lon = _town(act.country, act.town)
    roll = rng.random()
    precision = "country" if roll < 0.1 else "place"
    place = None if roll > 0.95 else Place(text=f"Town {act.town}", name=f"Town {act.town}", country=act.country,
                                           lat=lat, lon=lon, precision=precision)  # fmt: skip
    stated = rng.random() < 0.7
    month = rng.random() < 0.05
    when = (TimeSpan(act.day.isoformat()[:7], act.day.isoformat()[:7], "month", "that month") if month else
            TimeSpan(act.day.isoformat(), act.day.isoformat(), "day", "on Monday" if stated else None))  # fmt: skip
    return Event(
        article=art.id, type=act.type, evidence=Span(sentence, start, start + len(sentence)),
        trigger=Span(sentence[:6], start, start + 6), status="occurred" if rng.random() < 0.8 else "claimed",
        source=[Actor(text="they", name=f"{act.country} {act.source}", country=act.country, sector=act.source)],
        target=[Actor(text="them", country=act.country, sector=act.target)], date=when, location=place,
        fatalities=rng.choice([None, None, 1, 2, 5]),
    )  # fmt: skip


def _report(i: int, day: date, n_events: int, pool: list[Act], rng: random.Random
            ) -> tuple[Article, list[Event], list[Act]]:  # fmt: skip
    """A report of `n_events` acts, about a third of them retold from `pool` (new ones join it)."""
    chosen = [rng.choice(pool) if pool and rng.random() < RETOLD else _act(rng, day) for _ in range(n_events)]
    text = " ".join(f"Report sentence {n} about {a.type.lower()} in town {a.town} of {a.country}."
                    for n, a in enumerate(chosen))  # fmt: skip
    art = Article(id=f"r{i}", text=text, published=day, source=f"outlet{i % 70}", url=f"https://x.example/{i}")
    pool.extend(a for a in chosen if a.first_event is None and a not in pool)
    return art, [_event(art, a, n, rng) for n, a in enumerate(chosen)], chosen


# -- bulk loading --------------------------------------------------------------------------------


def grow(store: Store, have: int, want: int, rng: random.Random, pools: dict[date, list[Act]]) -> int:
    """Bulk-load reports (one event each) from event number `have` up to `want`."""
    chunk: list[tuple[Article, Event, Act]] = []
    for i in range(have, want):
        day = FIRST_DAY + timedelta(days=i // PER_DAY)
        pool = pools.setdefault(day, [])
        art, evs, acts = _report(i, day, 1, pool, rng)
        chunk.append((art, evs[0], acts[0]))
        if len(chunk) == 20_000 or i == want - 1:
            _write(store, chunk)
            chunk = []
        while len(pools) > 3:
            pools.pop(min(pools))
    return want


def _write(store: Store, chunk: list[tuple[Article, Event, Act]]) -> None:
    rows, keys, links, made = [], [], [], []
    for _, ev, act in chunk:
        row = event_row(ev)
        row["place_id"] = None
        if act.first_event is not None:  # a retelling: linked to the act's first event, in its cluster
            row["cluster_id"] = "c" + act.first_event
            links.append({"a": min(act.first_event, ev.id), "b": max(act.first_event, ev.id), "score": 6})
        else:
            act.first_event = ev.id
            row["cluster_id"] = "c" + ev.id
            made.append({"id": "c" + ev.id, "type": ev.type, "status": ev.status, "day_start": row["day_start"],
                         "day_end": row["day_end"], "country": row["country"], "mentions": 1, "reports": 1,
                         "sources": 1, "merged": "{}", "updated_at": now()})  # fmt: skip
        rows.append(row)
        keys.extend(keys_for(json.loads(row["data"])))
    with store.engine.begin() as conn:
        conn.execute(articles.insert(), [article_row(a) for a, _, _ in chunk])
        conn.execute(clusters.insert(), made)
        conn.execute(events.insert(), rows)
        if keys:
            conn.execute(dedup_keys.insert(), keys)
        if links:
            conn.execute(dedup_links.insert(), links)


# -- one measurement -----------------------------------------------------------------------------


def measure(store: Store, size: int, rng: random.Random, pools: dict[date, list[Act]], step: int) -> dict[str, Any]:
    """Add 100 reports on the store's last day, then time dedup."""
    day = FIRST_DAY + timedelta(days=(size - 1) // PER_DAY)
    pool = [a for d in sorted(pools) for a in pools[d] if d >= day - timedelta(days=1)]
    first = 10**9 + step * 1000
    for n in range(NEW_REPORTS):
        art, evs, _ = _report(first + n, day, EVENTS_PER_REPORT, pool, rng)
        store.add_report(art, evs)
    cpu, wall = time.process_time(), time.perf_counter()
    store.dedup()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    with store.engine.connect() as conn:  # how many new events found an act already stored
        joined = conn.exec_driver_sql(
            "SELECT COUNT(*) FROM events e JOIN clusters c ON c.id = e.cluster_id "
            f"WHERE e.article_id >= 'r{first}' AND e.article_id < 'r{first + NEW_REPORTS}' AND c.reports > 1").scalar()
    return {"stored_events": size, "new_events": NEW_REPORTS * EVENTS_PER_REPORT, "joined_clusters": joined,
            "cpu_s": round(cpu, 3), "wall_s": round(wall, 3)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--db", default="/tmp/flashpoint-bench-dedup.db")
    args = parser.parse_args(argv)
    if "://" not in args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    store = open_store(args.db)
    backend = store.engine.dialect.name
    rng, pools, have, results = random.Random(18), {}, 0, []
    for step, size in enumerate(int(s) for s in args.sizes.split(",")):
        t0 = time.perf_counter()
        have = grow(store, have, size, rng, pools)
        with store.engine.begin() as conn:
            refresh_all(conn)
            conn.exec_driver_sql("ANALYZE")
        load = time.perf_counter() - t0
        results.append({**measure(store, size, rng, pools, step), "load_s": round(load, 1)})
        have += NEW_REPORTS * EVENTS_PER_REPORT
        print(json.dumps(results[-1]), flush=True)
    store.close()
    out = Path(__file__).parent / "results" / f"dedup-{backend}.json"
    out.write_text(json.dumps({"backend": backend, "per_day": PER_DAY, "results": results}, indent=1) + "\n")
    base = results[0]["cpu_s"]
    print(f"\n| stored events | dedup CPU per 100 reports ({backend}) | wall | vs smallest |\n|---|---|---|---|")
    for r in results:
        print(f"| {r['stored_events']:,} | {r['cpu_s']:.2f} s | {r['wall_s']:.2f} s | {r['cpu_s'] / base:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
