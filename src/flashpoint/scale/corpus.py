"""A corpus of news-like reports for benchmarks, recombined from sentences written for flashpoint.

Every report is a headline, an opening, several middle sentences in two or three paragraphs and a
closing, with the slots filled at random; a seed makes the corpus the same from run to run.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any

from flashpoint.data import parse_yaml
from flashpoint.model import Article

PARTS = ("headlines", "openings", "middles", "closings")
FIRST_DAY = date(2020, 1, 1)
NUMBERS = (2, 3, 4, 5, 7, 9, 12, 15, 20, 31, 48, 120)


@lru_cache(maxsize=1)
def load_parts() -> dict[str, Any]:
    text = files("flashpoint.scale").joinpath("data/corpus.yaml").read_text(encoding="utf-8")
    return parse_yaml(text)


def slots(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


def _draw(name: str, rng: random.Random, fillers: dict[str, list[str]]) -> str:
    if name in {"n", "m"}:
        return str(rng.choice(NUMBERS))
    return rng.choice(fillers[name.rstrip("2")])


def make_report(i: int, rng: random.Random) -> Article:
    parts = load_parts()
    fillers = parts["fillers"]
    # One draw of countries, cities and actors per report, so its sentences agree on who and where;
    # the second country and city must differ from the first to read like a real report.
    shared = {k: rng.choice(v) for k, v in fillers.items()}
    shared["country2"] = rng.choice([c for c in fillers["country"] if c != shared["country"]])
    shared["city2"] = rng.choice([c for c in fillers["city"] if c != shared["city"]])

    def fill(sentence: str) -> str:
        values = {name: shared.get(name) or _draw(name, rng, fillers) for name in slots(sentence)}
        return sentence.format(**values)

    title = fill(rng.choice(parts["headlines"]))
    paragraphs = [fill(rng.choice(parts["openings"]))]
    sizes = [rng.randint(2, 4) for _ in range(rng.randint(2, 4))]
    middles = iter(rng.sample(parts["middles"], sum(sizes)))  # no sentence twice in one report
    paragraphs.extend(" ".join(fill(next(middles)) for _ in range(size)) for size in sizes)
    paragraphs.append(fill(rng.choice(parts["closings"])))
    published = FIRST_DAY + timedelta(days=rng.randrange(1500))
    return Article(id=f"bench-{i}", text=title + "\n\n" + "\n\n".join(paragraphs), published=published,
                   title=title, source=f"outlet{i % 12}")


def build_corpus(n: int, seed: int = 8) -> Iterator[Article]:
    """`n` reports, generated lazily (a corpus of millions costs no memory)."""
    rng = random.Random(seed)
    for i in range(n):
        yield make_report(i, rng)


def word_count(text: str) -> int:
    return len(text.split())
