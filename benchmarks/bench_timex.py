"""Time-expression normaliser speed against the parse and the whole extraction.

    python benchmarks/bench_timex.py [repeats]

Parses the gold reports (tests/data/gold) and the reference article when present, then times
`find_timexes` alone on the parsed docs, the bare spaCy parse, and `extract_doc` (which calls
find_timexes once per doc). Target: the normaliser adds < 10% to extraction time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def reports() -> list[tuple[str, str, object]]:
    from flashpoint.model import parse_published

    out = []
    for path in sorted((ROOT / "tests" / "data" / "gold").glob("g*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append((raw["id"], raw["text"], parse_published(raw.get("published"))))
    seed = ROOT.parent / "shared" / "examples" / "seed-article.txt"
    if seed.exists():
        out.append(("seed", seed.read_text(encoding="utf-8"), parse_published("2022-09-15")))
    return out


def timed(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(repeats: int = 5) -> None:
    from flashpoint.events import extract_doc
    from flashpoint.model import Article
    from flashpoint.nlp import get_nlp
    from flashpoint.timex import find_timexes

    nlp = get_nlp()
    items = reports()
    texts = [text for _, text, _ in items]
    chars = sum(len(t) for t in texts)
    docs = [nlp(t) for t in texts]
    articles = [Article(id=i, text=t, published=p) for i, t, p in items]  # type: ignore[arg-type]

    parse = timed(lambda: [nlp(t) for t in texts], repeats)
    timex = timed(lambda: [find_timexes(d, a.published, a.id) for d, a in zip(docs, articles, strict=True)], repeats)
    extract = timed(lambda: [extract_doc(d, a) for d, a in zip(docs, articles, strict=True)], repeats)
    n = sum(len(find_timexes(d, a.published)) for d, a in zip(docs, articles, strict=True))

    print(f"{len(texts)} reports, {chars} characters, {n} time expressions (best of {repeats})")
    print(f"spaCy parse:        {parse * 1000:8.1f} ms ({parse * 1000 / len(texts):.2f} ms/report)")
    print(f"find_timexes:       {timex * 1000:8.1f} ms ({timex * 1000 / len(texts):.2f} ms/report)")
    print(f"extract_doc:        {extract * 1000:8.1f} ms (events from parsed docs, includes find_timexes)")
    print(f"normaliser share of parse + extraction: {100 * timex / (parse + extract):.1f}% (target < 10%)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
