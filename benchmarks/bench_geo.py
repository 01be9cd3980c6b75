"""Gazetteer and place-resolution speed and memory.

    python benchmarks/bench_geo.py

Builds the index from scratch in a temporary cache (build time, size), then times find_places on the
test corpus reports (already parsed, so spaCy's own time is not counted) against the spaCy parse of the
same reports, and reports the resident memory the gazetteer adds to a process.
Targets: build < 60 s, find_places < 5% of the spaCy parse, < 300 MB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_and_memory() -> None:
    from flashpoint.geo.gazetteer import Gazetteer, build_index, index_path

    t0 = time.perf_counter()
    path = build_index(index_path())
    print(f"index build: {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB on disk)")
    before = rss_mb()
    t0 = time.perf_counter()
    gaz = Gazetteer(path)
    print(f"index load: {time.perf_counter() - t0:.2f} s, resident memory added: {rss_mb() - before:.0f} MB")
    assert gaz.lookup("Kyiv")


def lookups() -> None:
    from flashpoint.evaluate.geo import load_corpus
    from flashpoint.geo import find_places, get_gazetteer
    from flashpoint.nlp import annotate, annotate_many

    t0 = time.perf_counter()
    get_gazetteer()
    print(f"gazetteer open: {time.perf_counter() - t0:.2f} s")
    texts = [text for name in ("corpus.yaml", "heldout.yaml")
             for _, text, _ in load_corpus(ROOT / "tests" / "data" / "geo" / name)]
    annotate("warm up")  # the bare parse: flashpoint's own stages are not part of it
    t0 = time.perf_counter()
    docs = list(annotate_many(texts))
    parse_ms = (time.perf_counter() - t0) * 1000 / len(docs)
    print(f"spaCy parse: {parse_ms:.2f} ms per report ({len(docs)} reports)")
    t0 = time.perf_counter()
    find_places(docs[0])
    print(f"first find_places (builds the PhraseMatchers): {time.perf_counter() - t0:.2f} s")
    for label in ("first pass (cold name cache)", "second pass (warm)"):
        t0 = time.perf_counter()
        n = sum(len(find_places(doc)) for doc in docs)
        ms = (time.perf_counter() - t0) * 1000 / len(docs)
        print(f"find_places {label}: {ms:.2f} ms per report ({len(docs)} reports, {n} places), "
              f"{100 * ms / parse_ms:.1f}% of the parse")
    seed = ROOT.parent / "shared" / "examples" / "seed-article.txt"
    if seed.exists():  # a full-length report, when the shared folder is beside the repo
        text = seed.read_text(encoding="utf-8")
        find_places(annotate(text))  # the first border named costs one nearest-towns search, cached after
        parses, finds = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            doc = annotate(text)
            parses.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            find_places(doc)
            finds.append(time.perf_counter() - t0)
        print(f"find_places on a {len(text):,}-character report: {min(finds) * 1000:.2f} ms, "
              f"{100 * min(finds) / min(parses):.1f}% of its parse ({min(parses) * 1000:.1f} ms)")
    print(f"process resident memory with spaCy: {rss_mb():.0f} MB")


if __name__ == "__main__":
    if sys.argv[1:] == ["--build"]:
        build_and_memory()
    else:
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, FLASHPOINT_CACHE=cache)
            # the build runs in its own process so its peak memory does not count against lookups
            subprocess.run([sys.executable, __file__, "--build"], env=env, check=True)
            os.environ["FLASHPOINT_CACHE"] = cache
            lookups()
