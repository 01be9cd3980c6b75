"""How much actor resolution adds to event extraction.

    python benchmarks/bench_actors.py [--repeat 3]

Texts: the scored sentences of tests/data/actors/mentions.yaml grouped into report-sized documents,
plus the reference report when ../shared/examples is present. Times: spaCy parse, `extract_doc`
(which builds an ActorIndex itself), and ActorIndex construction alone on the same parsed docs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from flashpoint.actors import ActorIndex, load_kb
from flashpoint.evaluate.actors import load_items
from flashpoint.model import Article
from flashpoint.nlp import get_nlp

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[str]:
    items = load_items(ROOT / "tests" / "data" / "actors" / "mentions.yaml")
    docs = [" ".join(i["text"] for i in items[k : k + 12]) for k in range(0, len(items), 12)]
    seed = ROOT.parent / "shared" / "examples" / "seed-article.txt"
    if seed.exists():
        docs.append(seed.read_text(encoding="utf-8"))
    return docs


def clock(fn) -> float:  # noqa: ANN001 - any zero-argument callable
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from flashpoint.events import extract_doc  # imported late: the events package is another stage

    nlp, kb = get_nlp(), load_kb()
    corpus = texts()
    when = dt.date(2024, 6, 1)
    t_parse = min(clock(lambda: list(nlp.pipe(corpus))) for _ in range(args.repeat))
    docs = list(nlp.pipe(corpus))
    articles = [Article(id=f"bench-{i}", text=d.text, published=when) for i, d in enumerate(docs)]
    t_extract = min(clock(lambda: [extract_doc(d, a) for d, a in zip(docs, articles, strict=True)])
                    for _ in range(args.repeat))  # fmt: skip
    t_actors = min(clock(lambda: [ActorIndex(d, kb, when) for d in docs]) for _ in range(args.repeat))
    words = sum(len(d) for d in docs)
    print(f"docs {len(docs)}, tokens {words}")
    print(f"parse        {t_parse:7.3f} s")
    print(f"extract_doc  {t_extract:7.3f} s  (after parsing; includes its own ActorIndex)")
    print(f"ActorIndex   {t_actors:7.3f} s  ({words / t_actors:,.0f} tokens/s)")
    print(f"actors / (parse + extract_doc) = {t_actors / (t_parse + t_extract):.1%}")
    print(f"actors / extract_doc alone     = {t_actors / t_extract:.1%}")


if __name__ == "__main__":
    main()
