"""Web benchmark: API latencies and dashboard first paint with 100,000 events in the store.

    python benchmarks/bench_web.py [--events 100000] [--db /tmp/flashpoint-bench-web.db] [--runs 7]

1. Fills a SQLite store with N synthetic events (10 per report; 40 countries around their
   real centres; two years; actors on both sides) through the store's own row builders,
   then rebuilds the daily rollup. A store that already holds N events is reused.
2. Times the read endpoints through a live uvicorn server with httpx (median of --runs).
3. Loads the dashboard in headless Chromium (/usr/bin/chromium) and reports first
   contentful paint and the time until map, timeline and table are drawn (`data-ready`).
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from flashpoint.model import EVENT_TYPES, Actor, Article, Event, Place, Span, TimeSpan
from flashpoint.store import open_store
from flashpoint.store.rollup import refresh_all
from flashpoint.store.rows import actor_row, article_row, event_actor_rows, event_row, place_row
from flashpoint.store.schema import actors, articles, event_actors, events, places
from flashpoint.store.store import insert_ignore
from flashpoint.web.app import create_app

# Rough centres: points land where a real store's would, spread over ~3 degrees.
CENTRES = {
    "UKR": (49.0, 32.0), "RUS": (55.7, 37.6), "SYR": (35.0, 38.5), "IRQ": (33.3, 44.4), "YEM": (15.4, 44.2),
    "SDN": (15.6, 32.5), "SSD": (6.9, 31.3), "COD": (-1.7, 29.2), "SOM": (2.0, 45.3), "ETH": (9.0, 38.7),
    "MLI": (12.6, -8.0), "BFA": (12.4, -1.5), "NGA": (9.1, 7.4), "LBY": (32.9, 13.2), "AFG": (34.5, 69.2),
    "PAK": (33.7, 73.0), "IND": (28.6, 77.2), "MMR": (19.8, 96.1), "ISR": (31.8, 35.2), "PSE": (31.5, 34.5),
    "LBN": (33.9, 35.5), "ARM": (40.2, 44.5), "AZE": (40.4, 49.9), "GEO": (41.7, 44.8), "COL": (4.7, -74.1),
    "MEX": (19.4, -99.1), "VEN": (10.5, -66.9), "HTI": (18.5, -72.3), "USA": (38.9, -77.0),
    "CHN": (39.9, 116.4), "TWN": (25.0, 121.5), "PHL": (14.6, 121.0), "IRN": (35.7, 51.4),
    "TUR": (39.9, 32.9), "EGY": (30.0, 31.2), "MOZ": (-12.9, 40.5), "CMR": (3.9, 11.5), "NER": (13.5, 2.1),
    "TCD": (12.1, 15.0), "KEN": (-1.3, 36.8),
}  # fmt: skip
SECTORS = ["MIL", "GOV", "REB", "COP", "CVL", "PRO"]
FIRST_DAY = date(2022, 1, 1)
PER_REPORT = 10


def synthetic_report(i: int, rng: random.Random) -> tuple[Article, list[Event]]:
    day = FIRST_DAY + timedelta(days=rng.randrange(730))
    sentences, evs = [], []
    offset = 0
    for j in range(PER_REPORT):
        country, other = rng.sample(sorted(CENTRES), 2)
        lat, lon = CENTRES[country]
        etype = rng.choice(EVENT_TYPES)
        s = f"Event {i}-{j}: {etype.lower()} by forces from {country} against {other} near town {j}. "
        span = Span(s.strip(), offset, offset + len(s.strip()))
        offset += len(s)
        sentences.append(s)
        when = (day - timedelta(days=rng.randrange(3))).isoformat()
        status = rng.choice(["occurred", "claimed"])
        jitter = rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)
        evs.append(Event(
            article=f"b{i}", type=etype, evidence=span, trigger=span, status=status,
            source=[Actor(text=f"forces from {country}", country=country, sector=rng.choice(SECTORS))],
            target=[Actor(text=other, name=other, country=other, sector=rng.choice(SECTORS))],
            date=TimeSpan(when, when, "day", "on Monday"),
            location=Place(text=f"town {j}", name=f"Town {j} {country}", country=country,
                           lat=round(lat + jitter[0], 3), lon=round(lon + jitter[1], 3),
                           precision="place"),
            fatalities=rng.choice([None, None, None, 0, 1, 2, 5, 12]) if etype == "ASSAULT" else None,
        ))  # fmt: skip
    text = "".join(sentences)
    art = Article(id=f"b{i}", text=text, published=day, title=f"Synthetic report {i}",
                  source=f"outlet{i % 30}", url=f"https://bench.example/{i}")  # fmt: skip
    return art, evs


def fill(url: str, n_events: int) -> float:
    """Bulk-load through the store's row builders (the per-report API would take minutes)."""
    store = open_store(url)
    rng = random.Random(7)
    t0 = time.perf_counter()
    chunk = 500
    for first in range(0, n_events // PER_REPORT, chunk):
        reports = [synthetic_report(i, rng) for i in range(first, min(first + chunk, n_events // PER_REPORT))]
        with store.engine.begin() as conn:
            conn.execute(articles.insert(), [article_row(a) for a, _ in reports])
            evs = [e for _, es in reports for e in es]
            people = [a for e in evs for a in (*e.source, *e.target)]
            insert_ignore(conn, actors, [actor_row(a) for a in people])
            insert_ignore(conn, places, [place_row(e.location) for e in evs if e.location])
            conn.execute(events.insert(), [event_row(e) for e in evs])
            conn.execute(event_actors.insert(), [r for e in evs for r in event_actor_rows(e)])
    with store.engine.begin() as conn:
        refresh_all(conn)
    store.close()
    return time.perf_counter() - t0


def stored_events(url: str) -> int:
    store = open_store(url)
    n = store.stats()["events"]
    store.close()
    return int(n)


def start_server(url: str, warm: bool = False) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(url, None, warm=warm)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    if warm:
        t0 = time.perf_counter()
        while len(app.state.cache) < 3:
            time.sleep(0.05)
        print(f"\nwarm-up at start (what `flashpoint serve` does): {time.perf_counter() - t0:.1f} s")
    return srv, f"http://127.0.0.1:{port}"


ENDPOINTS: list[tuple[str, dict[str, Any]]] = [
    ("events", {"limit": 50}),
    ("events", {"limit": 50, "country": "SDN", "since": "2023-03", "until": "2023-03"}),
    ("events", {"limit": 50, "text": "assault", "offset": 5000}),
    ("events", {"limit": 50, "actor": "RUS"}),
    ("points", {"status": "occurred,claimed"}),
    ("points", {"type": "ASSAULT", "since": "2023-01-01", "until": "2023-01-31"}),
    ("timeline", {"status": "occurred,claimed"}),
    ("timeline", {"text": "protest"}),
    ("actors/matrix", {"status": "occurred,claimed"}),
    ("actors", {"limit": 20}),
    ("actors/phrases", {"limit": 20}),
    ("reports", {"limit": 100}),
    ("reports/b4242", {}),
    ("clusters", {"limit": 50}),
    ("stats", {}),
    ("world", {}),
]


def time_api(base: str, runs: int) -> None:
    # "cold" is the first request (aggregates computed); "warm" the median of the rest (cached
    # aggregates; listing pages are never cached).
    print(f"\nAPI latency (live server, ms): cold = first request, warm = median of {runs - 1} more")
    with httpx.Client(base_url=base, timeout=120) as client:
        for path, params in ENDPOINTS:
            times, size = [], 0
            for _ in range(runs):
                t0 = time.perf_counter()
                r = client.get(f"/api/{path}", params=params)
                times.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
                size = len(r.content)
            shown = "&".join(f"{k}={v}" for k, v in params.items())
            warm = statistics.median(times[1:])
            kb = size / 1024
            print(f"  cold {times[0]:7.1f}  warm {warm:7.1f}  {kb:7.1f} kB  /api/{path}?{shown}", flush=True)


def time_page(base: str, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
    fcp, ready = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/")
            page.wait_for_selector("body[data-ready='1']", timeout=120_000)
            fcp.append(page.evaluate(
                "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"))  # fmt: skip
            ready.append(page.evaluate("performance.now()"))
            points = page.locator("#map circle.point").count()
            page.close()
        browser.close()
    print(f"\nDashboard in Chromium, fresh page each time (first load, then median of {runs - 1} more):")
    print(f"  first contentful paint      {fcp[0]:8.1f} ms  {statistics.median(fcp[1:]):8.1f} ms")
    print(f"  map+timeline+table drawn    {ready[0]:8.1f} ms  {statistics.median(ready[1:]):8.1f} ms"
          f"  ({points} points on the map)")  # fmt: skip


def fresh_server_run(url: str, runs: int, browser: bool) -> None:
    """Page first (so its first load meets cold aggregates), then the API on a new server."""
    if browser:
        for warm in (False, True):
            srv, base = start_server(url, warm)
            try:
                time_page(base, max(3, runs // 2))
            finally:
                srv.should_exit = True
    srv, base = start_server(url)
    try:
        time_api(base, runs)
    finally:
        srv.should_exit = True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/flashpoint-bench-web.db")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium first-paint measurement")
    args = ap.parse_args()
    url = f"sqlite:///{args.db}"
    if Path(args.db).exists() and stored_events(url) != args.events:
        Path(args.db).unlink()
    if not Path(args.db).exists():
        seconds = fill(url, args.events)
        reports = args.events // PER_REPORT
        print(f"filled {args.events} events ({reports} reports) in {seconds:.1f} s", flush=True)
    print(f"store: {stored_events(url)} events in {args.db}")
    fresh_server_run(url, args.runs, not args.no_browser)

if __name__ == "__main__":
    main()
