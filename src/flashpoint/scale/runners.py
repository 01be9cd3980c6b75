"""What every runner shares: batches of reports, the one function run on each, and results in order.

Every runner (this process, the process pool, a Dask cluster) calls the same picklable function,
`extract_safely`, on a batch of reports; a runner only decides where it runs. A bounded window of
batches in flight keeps memory flat however many reports come in, and results come back in input order.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from flashpoint.model import Article, Event

if TYPE_CHECKING:
    from flashpoint.actors.kb import KnowledgeBase

# Reports per batch. nlp.pipe alone parses batches of 32 ~8% faster than 8, but on the pool batches
# of 8 finished 256 reports sooner (7.5-8.1 s vs 8.7-10.5 s, 2 workers): the first results come
# sooner and the last batch leaves fewer cores idle.
BATCH = 8
# Batches in flight per worker: one running, one queued, so a worker never waits for the parent.
IN_FLIGHT = 2

Pair = tuple[Article, list[Event]]


@dataclass(frozen=True)
class Failure:
    """Why one report could not be extracted (an exception may not pickle; its text always does)."""

    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


OnError = Callable[[Article, Failure], None]


class ExtractionError(RuntimeError):
    """A report failed and no `on_error` handler was given."""


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def default_workers() -> int:
    """Cores this process may use (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


WARM_UP = Article(id="warm-up", text="Police detained two protesters in the capital on Monday.")


def warm() -> None:
    """Load the model, lexicons, gazetteer and actor lists once per worker, before the first batch:
    each is loaded lazily on first use, and a short report touches them all."""
    from flashpoint.scale.batch import extract_batch  # spaCy: loaded by the worker, not by whoever imports this

    extract_batch([WARM_UP])


@lru_cache(maxsize=4)
def memory_kb(store_url: str) -> KnowledgeBase | None:
    """The actor knowledge base with what the store at `store_url` remembers, read once per process: a
    worker resolves actors with the memory as it was when the worker started (reports of the same run,
    handled by other workers, do not teach each other). The connection is let go at once: a worker holds
    none while it parses, so a dropped connection cannot fail a report."""
    from flashpoint.actors.memory import Memory
    from flashpoint.store import open_store

    try:
        store = open_store(store_url)
        try:
            return Memory(store).kb()
        finally:
            store.close()
    except Exception as exc:  # noqa: BLE001 - the parse goes on without memory, and says so
        print(f"flashpoint: a worker starts without actor memory ({type(exc).__name__})", file=sys.stderr)
        return None


Knowledge = Callable[[], "KnowledgeBase | None"]  # the knowledge base to use now (it may grow between batches)


def _kb(memory_url: str | None, knowledge: Knowledge | None) -> KnowledgeBase | None:
    if knowledge is not None:
        return knowledge()
    return memory_kb(memory_url) if memory_url is not None else None


def extract_safely(batch: list[Article], memory_url: str | None = None, knowledge: Knowledge | None = None
                   ) -> list[list[Event] | Failure]:
    """`extract_batch`, but one bad report fails alone: the batch is retried report by report.

    Actors resolve with `knowledge()` when given (in this process: a store's `Memory`, which learns as
    reports are stored), else with the memory of the store at `memory_url` (a worker's snapshot)."""
    from flashpoint.scale.batch import extract_batch

    kb = _kb(memory_url, knowledge)
    try:
        return list(extract_batch(batch, kb))
    except Exception:  # noqa: BLE001 - find which report it was below
        return [_one(article, kb) for article in batch]


def _one(article: Article, kb: KnowledgeBase | None) -> list[Event] | Failure:
    from flashpoint.scale.batch import extract_batch

    try:
        return extract_batch([article], kb)[0]
    except Exception as exc:  # noqa: BLE001 - reported to the caller, who decides
        return Failure(type(exc).__name__, str(exc))


def deliver(batch: list[Article], results: list[list[Event] | Failure], on_error: OnError | None
            ) -> Iterator[Pair]:
    """Pair reports with their events; failures go to `on_error`, or stop the stream without one."""
    for article, result in zip(batch, results, strict=True):
        if isinstance(result, Failure):
            if on_error is None:
                raise ExtractionError(f"report {article.id}: {result}")
            on_error(article, result)
        else:
            yield article, result


def in_order(batches: Iterable[list[Article]], submit: Callable[[list[Article]], Any], limit: int,
             on_error: OnError | None, window: deque[tuple[list[Article], Any]]) -> Iterator[Pair]:
    """Submit batches, keep at most `limit` in flight in `window`, and yield results in input order.
    The caller owns `window`, so it can cancel what is still queued when the consumer stops early."""
    for batch in batches:
        window.append((batch, submit(batch)))
        if len(window) >= limit:
            done, fut = window.popleft()
            yield from deliver(done, fut.result(), on_error)
    while window:
        done, fut = window.popleft()
        yield from deliver(done, fut.result(), on_error)
