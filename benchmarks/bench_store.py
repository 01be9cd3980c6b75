"""Storage benchmark: country-month query at 1M events on SQLite, and ingest throughput.

    python benchmarks/bench_store.py [--events 1000000] [--reports 2000] [--db /tmp/bench.db]

1. Bulk-loads N synthetic events (50 countries, ten years) through the store's schema, then
   times `Store.events(country=..., since=month, until=month)` and `Store.daily_counts(...)`.
2. Times `Store.add_report` on hand-built reports (reports/s, one transaction each), and, when
   the extractor is installed, `extract_article` alone against extract + store.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from flashpoint.model import Actor, Article, Event, Place, Span, TimeSpan
from flashpoint.store import open_store
from flashpoint.store.rollup import refresh_all
from flashpoint.store.rows import article_row, event_row
from flashpoint.store.schema import articles, events

COUNTRIES = [f"C{i:02d}" for i in range(48)] + ["ARM", "AZE"]
TYPES = ["ASSAULT", "PROTEST", "CONSULT", "ACCUSE", "COERCE", "MOBILIZE"]
FIRST_DAY = date(2015, 1, 1)


def synthetic(i: int, rng: random.Random) -> tuple[Article, Event]:
    day = FIRST_DAY + timedelta(days=rng.randrange(3650))
    country = rng.choice(COUNTRIES)
    text = f"Report {i}: forces clashed near town {i % 997} in {country}."
    art = Article(id=f"r{i}", text=text, published=day, source=f"outlet{i % 40}", url=f"https://x.example/{i}")
    ev = Event(article=art.id, type=rng.choice(TYPES), evidence=Span(text, 0, len(text)),
               source=[Actor(text="forces", country=country, sector="MIL")],
               date=TimeSpan(day.isoformat(), day.isoformat(), "day", "on Monday"),
               location=Place(text="town", name=f"Town {i % 997}", country=country, lat=rng.uniform(-40, 60),
                              lon=rng.uniform(-20, 120), precision="place"),
               fatalities=rng.choice([None, 0, 1, 2, 5]))  # fmt: skip
    return art, ev


def bulk_load(db: str, n: int, chunk: int = 50_000) -> float:
    """Rows go straight into `articles` and `events` (no actor/place rows): the query reads only those."""
    store = open_store(db)
    rng = random.Random(7)
    started = time.perf_counter()
    for lo in range(0, n, chunk):
        pairs = [synthetic(i, rng) for i in range(lo, min(n, lo + chunk))]
        ev_rows = [event_row(e) for _, e in pairs]
        for row in ev_rows:
            row["place_id"] = None
        with store.engine.begin() as conn:
            conn.execute(articles.insert(), [article_row(a) for a, _ in pairs])
            conn.execute(events.insert(), ev_rows)
    with store.engine.begin() as conn:
        refresh_all(conn)
        conn.exec_driver_sql("ANALYZE")
    store.close()
    return time.perf_counter() - started


def time_query(db: str, repeats: int = 20) -> dict[str, float]:
    store = open_store(db)
    timings, counts, rollup = [], [], []
    rng = random.Random(1)
    for _ in range(repeats):
        month = f"{rng.randrange(2015, 2025)}-{rng.randrange(1, 13):02d}"
        t0 = time.perf_counter()
        rows = store.events(country="ARM", since=month, until=month)
        timings.append(time.perf_counter() - t0)
        counts.append(len(rows))
        t0 = time.perf_counter()
        store.daily_counts(country="ARM", since=month, until=month)
        rollup.append(time.perf_counter() - t0)
    store.close()
    return {"median_ms": 1000 * statistics.median(timings), "max_ms": 1000 * max(timings),
            "rows": statistics.mean(counts), "rollup_median_ms": 1000 * statistics.median(rollup)}  # fmt: skip


def time_ingest(db: str, n: int) -> float:
    store = open_store(db)
    rng = random.Random(3)
    pairs = [synthetic(i, rng) for i in range(n)]
    t0 = time.perf_counter()
    for art, ev in pairs:
        store.add_report(art, [ev])
    elapsed = time.perf_counter() - t0
    store.close()
    return n / elapsed


def time_extract(db: str) -> dict[str, float] | None:
    try:
        from flashpoint.events import extract_article
    except ImportError:
        return None
    seed = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-article.txt"
    if not seed.exists():
        return None
    text = seed.read_text(encoding="utf-8")
    arts = [Article(id=f"s{i}", text=text + f"\n({i})", published=date(2022, 9, 15)) for i in range(20)]
    extract_article(arts[0])  # load the model outside the timing
    t0 = time.perf_counter()
    results = [(a, extract_article(a)) for a in arts]
    extract_only = len(arts) / (time.perf_counter() - t0)
    store = open_store(db)
    t0 = time.perf_counter()
    for a in arts:
        store.add_report(a, extract_article(a))
    with_store = len(arts) / (time.perf_counter() - t0)
    store.close()
    return {"extract_reports_per_s": extract_only, "extract_and_store_reports_per_s": with_store,
            "events_per_report": statistics.mean(len(e) for _, e in results)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--db", default="/tmp/flashpoint-bench.db")
    args = ap.parse_args()
    for suffix in ("", "-wal", "-shm", "-ingest", "-ingest-wal", "-ingest-shm", "-x", "-x-wal", "-x-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    load_s = bulk_load(args.db, args.events)
    show = lambda d: print(json.dumps(d, default=lambda x: round(x, 2)), flush=True)  # noqa: E731
    show({"events": args.events, "bulk_load_s": round(load_s, 1), **time_query(args.db)})
    show({"add_report_reports_per_s": time_ingest(args.db + "-ingest", args.reports)})
    show({"extract": time_extract(args.db + "-x")})


if __name__ == "__main__":
    main()
