"""Brief benchmark: a situation brief over 10,000 stored events (goal: under 3 s).

    python benchmarks/bench_brief.py [--events 10000] [--db /tmp/flashpoint-bench-brief.db] [--runs 3]

1. Fills a SQLite store with N synthetic events (bench_web's generator: 40 countries, two years,
   actors on both sides) and clusters them with the store's deduplicator. A store that already
   holds N events is reused.
2. Times, in this process, `build_brief` and `render_html` / `render_markdown` over every stored
   event (no filter: the largest brief the store can give), and over one country-month.
3. Times the command a user runs, `flashpoint brief --db ... -o brief.html`, in a fresh process:
   Python start-up, imports (matplotlib included), the queries, the charts and the file.
Each figure is the median of --runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_web import fill, stored_events

from flashpoint.brief import build_brief, render_html, render_markdown
from flashpoint.store import open_store


def median_time(fn: Callable[[], Any], runs: int, clock: Callable[[], float] = time.perf_counter) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        t0 = clock()
        result = fn()
        times.append(clock() - t0)
    return statistics.median(times), result


def cpu_and_wall(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """CPU seconds (what a shared machine does not inflate) and wall seconds, medians of `runs`."""
    cpu, _ = median_time(fn, runs, time.process_time)
    wall, result = median_time(fn, runs)
    return cpu, wall, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "flashpoint-bench-brief.db"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    if stored_events(url) != args.events:
        Path(args.db).unlink(missing_ok=True)
        print(f"filling {args.events} events: {fill(url, args.events):.1f} s", flush=True)
        t0 = time.perf_counter()
        with open_store(url) as store:
            store.dedup()
        print(f"clustering: {time.perf_counter() - t0:.1f} s", flush=True)
    with open_store(url) as store:
        print(f"store: {store.stats()['events']} events in {store.stats()['clusters']} clusters")
        t0 = time.process_time()
        import matplotlib.figure  # noqa: F401  (timed on its own: the first brief of a process pays for it)

        print(f"importing matplotlib: {time.process_time() - t0:.2f} s CPU")
        for label, filters in (("every event", {}), ("one country-month", {"country": "SDN", "since": "2023-03",
                                                                          "until": "2023-03"})):  # fmt: skip
            c_build, w_build, brief = cpu_and_wall(lambda f=filters: build_brief(store, **f), args.runs)
            c_html, w_html, html = cpu_and_wall(lambda b=brief: render_html(b), args.runs)
            c_md, w_md, _ = cpu_and_wall(lambda b=brief: render_markdown(b), args.runs)
            print(f"{label}: {len(brief.acts)} acts, {len(brief.coming)} coming listed, {brief.figures.reports} "
                  f"reports; CPU (wall) build {c_build:.2f} s ({w_build:.2f}), HTML {c_html:.2f} s ({w_html:.2f}, "
                  f"{len(html) // 1024} KiB), Markdown {c_md:.2f} s ({w_md:.2f})")
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "flashpoint.cli", "brief", "--db", url, "-o", f"{tmp}/brief.html"]
        bare = [sys.executable, "-m", "flashpoint.cli", "--version"]
        t_cmd, _ = median_time(lambda: subprocess.run(command, check=True, capture_output=True), args.runs)
        t_bare, _ = median_time(lambda: subprocess.run(bare, check=True, capture_output=True), args.runs)
    print(f"`flashpoint brief -o brief.html` over every event, fresh process: {t_cmd:.2f} s wall, of which "
          f"{t_bare:.2f} s is the command line's own start-up (`flashpoint --version`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
