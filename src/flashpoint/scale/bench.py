"""The throughput benchmark: one run, every figure side by side, on a corpus of our own writing.

    python benchmarks/run.py [--reports 2000] [--workers N] [--no-dask] [--profile]
    flashpoint bench ...                                  # the same

Measures bare spaCy words/s, `extract` words/s and reports/s (and the share of time that is
flashpoint's own work rather than the parse), scaling from 1 to N workers, peak memory per worker,
`ingest` into SQLite, and a Dask LocalCluster against the process pool. Writes JSON and prints a
markdown table. Timings are wall-clock on a possibly shared machine: the load average is recorded.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from flashpoint.model import Article
from flashpoint.scale import default_workers, extract_stream
from flashpoint.scale.corpus import build_corpus, word_count
from flashpoint.scale.runners import BATCH

Result = dict[str, Any]
# The targets: speed ratios are floors, memory a ceiling.
GOALS = {"extract_vs_spacy": 0.8, "speedup_2_workers": 1.8, "peak_mb_per_worker": 600.0,
         "ingest_vs_extract": 0.7}


def machine() -> Result:
    mem_kb = 0
    if Path("/proc/meminfo").exists():
        first = Path("/proc/meminfo").read_text().split("\n", 1)[0]
        mem_kb = int(first.split()[1])
    import spacy

    return {
        "cores": default_workers(), "memory_gib": round(mem_kb / 2**20, 1),
        "python": platform.python_version(), "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "spacy": spacy.__version__, "load_average_at_start": list(os.getloadavg()),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }  # fmt: skip


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    n = run()
    return time.perf_counter() - start, n


def best_of(repeats: int, measure: Callable[[], Result], key: str = "seconds") -> Result:
    """The fastest of a few runs: on a shared machine the slow ones measure the neighbours."""
    return min((measure() for _ in range(max(1, repeats))), key=lambda r: r[key])


def bare_spacy(reports: list[Article], batch_size: int) -> Result:
    """The stock pipeline, nothing of ours: the ceiling extraction is measured against."""
    import spacy

    from flashpoint.nlp.pipeline import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)
    nlp("warm up")
    words = sum(word_count(a.text) for a in reports)
    seconds, _ = _timed(lambda: sum(1 for _ in nlp.pipe((a.parse_text for a in reports), batch_size=batch_size)))
    return {"words": words, "seconds": seconds, "words_per_s": words / seconds}


def own_work_share(reports: list[Article], batch_size: int) -> Result:
    """Parse and extraction timed apart, in one process: how much of `extract` is flashpoint's own code."""
    from flashpoint.events import extract_doc
    from flashpoint.nlp import annotate_many

    parse = extract = 0.0
    for start in range(0, len(reports), batch_size):
        batch = reports[start : start + batch_size]
        t0 = time.perf_counter()
        docs = list(annotate_many([a.parse_text for a in batch], batch_size=batch_size))
        t1 = time.perf_counter()
        for doc, article in zip(docs, batch, strict=True):
            extract_doc(doc, article)
        extract += time.perf_counter() - t1
        parse += t1 - t0
    return {"parse_seconds": parse, "own_seconds": extract, "own_share": extract / (parse + extract)}


def run_extract(reports: list[Article], workers: int, batch_size: int) -> Result:
    words = sum(word_count(a.text) for a in reports)
    seconds, events = _timed(lambda: sum(len(evs) for _, evs in extract_stream(reports, workers, batch_size)))
    return {"workers": workers, "seconds": seconds, "reports_per_s": len(reports) / seconds,
            "words_per_s": words / seconds, "events": events}  # fmt: skip


def run_ingest(reports: list[Article], workers: int, batch_size: int) -> Result:
    """Extraction on the pool, each report stored as it arrives (one transaction each), then dedup."""
    from flashpoint.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        store_s, n = _timed(lambda: sum(1 for a, evs in extract_stream(reports, workers, batch_size)
                                        if store.add_report(a, evs)))  # fmt: skip
        dedup_s, _ = _timed(store.dedup)
    return {"workers": workers, "seconds": store_s, "reports_per_s": n / store_s, "dedup_seconds": dedup_s}


def run_shipped_ingest(reports: list[Article]) -> Result:
    """`flashpoint ingest` as the CLI runs it (reading JSON Lines, actor memory, storing), without dedup."""
    from flashpoint.cli import main as cli

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        source.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in reports), encoding="utf-8")
        argv = ["ingest", str(source), "--db", str(Path(tmp) / "cli.db"), "--no-dedup"]
        seconds, _ = _timed(lambda: cli(argv))
    return {"seconds": seconds, "reports_per_s": len(reports) / seconds}


def run_dask(reports: list[Article], workers: int, batch_size: int) -> Result | None:
    try:
        from flashpoint.scale.dask_runner import connect, extract_stream_dask, peak_worker_memory
    except RuntimeError:
        return None
    t0 = time.perf_counter()
    with connect("local", workers) as client:
        client.run(lambda: None)  # every worker is up and has run its plugin
        startup = time.perf_counter() - t0
        seconds, _ = _timed(lambda: sum(1 for _ in extract_stream_dask(reports, client, batch_size)))
        peak = max(peak_worker_memory(client).values()) / 2**20
    return {"workers": workers, "startup_seconds": startup, "seconds": seconds,
            "reports_per_s": len(reports) / seconds, "peak_mb_per_worker": peak}  # fmt: skip


def profile_own_work(reports: list[Article], top: int = 20) -> str:
    """cProfile of extraction over already-parsed reports: where flashpoint's own time goes."""
    from flashpoint.events import extract_doc
    from flashpoint.nlp import annotate_many

    docs = list(annotate_many([a.parse_text for a in reports]))
    profile = cProfile.Profile()
    profile.enable()
    for doc, article in zip(docs, reports, strict=True):
        extract_doc(doc, article)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(n_reports: int, max_workers: int, batch_size: int, dask: bool, repeats: int = 2) -> Result:
    reports = list(build_corpus(n_reports))
    results: Result = {"machine": machine(), "reports": n_reports, "batch_size": batch_size,
                       "words": sum(word_count(a.text) for a in reports)}  # fmt: skip
    _say(f"corpus: {n_reports} reports, {results['words']} words; bare spaCy ...")
    results["repeats"] = repeats
    results["spacy"] = best_of(repeats, lambda: bare_spacy(reports, batch_size))
    _say("parse vs own work ...")
    results["own_work"] = own_work_share(reports, batch_size)
    results["scaling"] = []
    for workers in range(1, max_workers + 1):
        _say(f"extract, {workers} worker(s) ...")
        results["scaling"].append(best_of(repeats, partial(run_extract, reports, workers, batch_size)))
    # Pool workers are forked children: the largest of them is the peak per worker.
    results["peak_mb_in_process"] = _peak_mb(resource.RUSAGE_SELF)
    results["peak_mb_per_worker"] = _peak_mb(resource.RUSAGE_CHILDREN) if max_workers > 1 else None
    _say(f"ingest into SQLite, {max_workers} worker(s) ...")
    results["ingest"] = run_ingest(reports, max_workers, batch_size)
    _say("flashpoint ingest as shipped (all cores) ...")
    results["ingest_cli"] = run_shipped_ingest(reports)
    if dask:
        _say(f"Dask LocalCluster, {max_workers} worker(s) ...")
        results["dask"] = run_dask(reports, max_workers, batch_size)
    results["load_average_at_end"] = list(os.getloadavg())
    results["summary"] = summarise(results)
    return results


def summarise(r: Result) -> Result:
    one, best = r["scaling"][0], r["scaling"][-1]
    speedup = best["reports_per_s"] / one["reports_per_s"]
    peak = r["peak_mb_per_worker"] or r["peak_mb_in_process"]
    return {
        "extract_vs_spacy": one["words_per_s"] / r["spacy"]["words_per_s"],
        "own_share": r["own_work"]["own_share"],
        f"speedup_{best['workers']}_workers": speedup,
        "peak_mb_per_worker": peak,
        "ingest_vs_extract": r["ingest"]["reports_per_s"] / best["reports_per_s"],
        "cli_ingest_vs_extract_1_worker": r["ingest_cli"]["reports_per_s"] / one["reports_per_s"]
        if r.get("ingest_cli") else None,
        "dask_vs_pool": r["dask"]["reports_per_s"] / best["reports_per_s"] if r.get("dask") else None,
    }


def _goal(name: str, value: float) -> str:
    if name.startswith("speedup_"):
        name = "speedup_2_workers"
    elif name.startswith("cli_ingest"):
        name = "ingest_vs_extract"
    goal = GOALS.get(name)
    if goal is None:
        return ""
    met = value <= goal if name.startswith("peak") else value >= goal
    sign = "≤" if name.startswith("peak") else "≥"
    return f"{sign} {goal:g} {'met' if met else 'NOT met'}"


def table(r: Result) -> str:
    m, s = r["machine"], r["summary"]
    rows = [("bare spaCy pipeline (1 process)", f"{r['spacy']['words_per_s']:,.0f} words/s", "")]
    for run_ in r["scaling"]:
        speed = f"{run_['words_per_s']:,.0f} words/s, {run_['reports_per_s']:.1f} reports/s"
        rows.append((f"extract, {run_['workers']} worker(s)", speed, ""))
    ing = r["ingest"]
    rows.append((f"pool extract + store into SQLite, {ing['workers']} worker(s)",
                 f"{ing['reports_per_s']:.1f} reports/s (+ dedup {ing['dedup_seconds']:.1f} s)", ""))
    if r.get("ingest_cli"):
        rows.append(("`flashpoint ingest` as shipped (all cores, actor memory)",
                     f"{r['ingest_cli']['reports_per_s']:.1f} reports/s", ""))  # fmt: skip
    if r.get("dask"):
        d = r["dask"]
        speed = (f"{d['reports_per_s']:.1f} reports/s (start-up {d['startup_seconds']:.1f} s, "
                 f"peak {d['peak_mb_per_worker']:.0f} MB/worker)")  # fmt: skip
        rows.append((f"Dask LocalCluster, {d['workers']} workers", speed, ""))
    for name, value in s.items():
        if value is not None:
            shown = f"{value:.0f} MB" if name.startswith("peak") else f"{value:.2f}"
            rows.append((name.replace("_", " "), shown, _goal(name, value)))
    start, end = m["load_average_at_start"][0], r["load_average_at_end"][0]
    load = f"load average {start:.1f} at start, {end:.1f} at end"
    head = (f"{r['reports']} reports, {r['words']:,} words, batch {r['batch_size']}, best of {r['repeats']}; "
            f"{m['cores']} cores, "
            f"{m['memory_gib']} GiB, Python {m['python']}, spaCy {m['spacy']}; {load}")  # fmt: skip
    lines = [head, "", "| measure | result | goal |", "|---|---|---|"]
    lines.extend(f"| {a} | {b} | {c} |" for a, b, c in rows)
    return "\n".join(lines)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reports", type=int, default=2000, help="corpus size (default 2000)")
    p.add_argument("--workers", type=int, default=None, help="scale from 1 to this many (default: all cores)")
    p.add_argument("--batch-size", type=int, default=BATCH, help=f"reports per batch (default {BATCH})")
    p.add_argument("--repeats", type=int, default=2, help="runs of spaCy and extract; the fastest counts")
    p.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    p.add_argument("--profile", action="store_true", help="also print a profile of flashpoint's own work")
    p.add_argument("--out", default="benchmarks/results/latest.json", help="where the JSON goes")


def run_from_args(args: argparse.Namespace) -> int:
    workers = args.workers or default_workers()
    results = run(args.reports, workers, args.batch_size, not args.no_dask, args.repeats)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(table(results))
    if args.profile:
        print("\n" + profile_own_work(list(build_corpus(min(args.reports, 300)))))
    _say(f"results written to {out}")
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flashpoint bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    add_arguments(parser)
    return run_from_args(parser.parse_args(list(argv) if argv is not None else None))
