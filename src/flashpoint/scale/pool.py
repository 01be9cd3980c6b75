"""A process pool whose workers load the model once and stream batches back in order.

Every runner calls the same picklable function, `extract_batch`, on a batch of reports; the
pool only decides where it runs. A bounded window of batches in flight keeps memory flat
however many reports come in, and results come back in input order.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from flashpoint.model import Article, Event

if TYPE_CHECKING:
    from distributed import Client

    from flashpoint.scale.progress import Total

# Reports per batch. nlp.pipe alone parses batches of 32 ~8% faster than 8, but on the pool batches
# of 8 finished 256 reports sooner (7.5-8.1 s vs 8.7-10.5 s, 2 workers): the first results come
# sooner and the last batch leaves fewer cores idle.
BATCH = 8
# Batches in flight per worker: one running, one queued, so a worker never waits for the parent.
IN_FLIGHT = 2

Pair = tuple[Article, list[Event]]
OnError = Callable[[Article, "Failure"], None]


@dataclass(frozen=True)
class Failure:
    """Why one report could not be extracted (an exception may not pickle; its text always does)."""

    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


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
    from flashpoint.scale.batch import extract_batch

    extract_batch([WARM_UP])


def _die_with_parent() -> None:
    """A worker whose parent is killed (kill -9, OOM) must not live on holding the model and the
    database: ask Linux to end it with the parent. Elsewhere this is a no-op."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def warm_with_memory(store_url: str | None) -> None:
    """A pool worker: dies with its parent, and when `store_url` is given (`flashpoint ingest`) resolves
    actors with what the store remembers when the worker starts (reports of the same run, handled by
    other workers, do not teach each other)."""
    _die_with_parent()
    if store_url is not None:
        _load_memory(store_url)
    warm()


def _load_memory(store_url: str) -> None:
    """Read the store's actor memory once, then let go of the connection: a worker holds no database
    connection while it parses, so a dropped connection cannot fail a report."""
    from flashpoint.actors import memory
    from flashpoint.store import open_store

    try:
        store = open_store(store_url)
        memory.use_store(store)
        store.close()
    except Exception as exc:  # noqa: BLE001 - the parse goes on without memory, and says so
        print(f"flashpoint: a worker starts without actor memory ({type(exc).__name__})", file=sys.stderr)


def extract_safely(batch: list[Article]) -> list[list[Event] | Failure]:
    """`extract_batch`, but one bad report fails alone: the batch is retried report by report."""
    from flashpoint.scale.batch import extract_batch

    try:
        return list(extract_batch(batch))
    except Exception:  # noqa: BLE001 - find which report it was below
        return [_one(article) for article in batch]


def _one(article: Article) -> list[Event] | Failure:
    from flashpoint.scale.batch import extract_batch

    try:
        return extract_batch([article])[0]
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


def extract_stream(
    articles: Iterable[Article],
    workers: int | None = None,
    batch_size: int = BATCH,
    *,
    on_error: OnError | None = None,
    dask: str | Client | None = None,
    progress: bool = False,
    memory_url: str | None = None,
    total: Total = None,
) -> Iterator[Pair]:
    """(article, events) in input order, on `workers` processes (default: every core; 1 runs here).

    At most `IN_FLIGHT` batches per worker are read ahead, so memory stays flat. A report whose
    extraction raises goes to `on_error(article, failure)` and is skipped; without a handler the
    stream stops with `ExtractionError`. `dask` (a scheduler address, or "local") runs the same
    batches on a Dask cluster instead; `progress` draws a progress bar on standard error if it is a terminal,
    out of `total` reports (a number, or a function counting them, called only when the bar is drawn).
    `memory_url` makes pool workers resolve actors with that store's memory (`flashpoint ingest`).
    """
    if dask is not None:
        from flashpoint.scale.dask_runner import extract_stream_dask

        pairs = extract_stream_dask(articles, dask, batch_size, workers=workers, on_error=on_error)
    else:
        pairs = _local_stream(articles, default_workers() if workers is None else max(1, workers), batch_size,
                              on_error, memory_url)  # fmt: skip
    if progress:
        from flashpoint.scale.progress import with_progress

        pairs = with_progress(pairs, total=total)
    yield from pairs


def _local_stream(articles: Iterable[Article], workers: int, batch_size: int, on_error: OnError | None,
                  memory_url: str | None = None) -> Iterator[Pair]:
    batches = chunked(articles, batch_size)
    if workers == 1:
        for batch in batches:
            yield from deliver(batch, extract_safely(batch), on_error)
        return
    head = list(islice(batches, 2))
    if len(head) < 2:  # one small batch: not worth starting processes
        for batch in head:
            yield from deliver(batch, extract_safely(batch), on_error)
        return
    yield from _pooled(_chain(head, batches), workers, on_error, memory_url)


def _chain(head: list[list[Article]], rest: Iterator[list[Article]]) -> Iterator[list[Article]]:
    yield from head
    yield from rest


def _pooled(batches: Iterator[list[Article]], workers: int, on_error: OnError | None,
            memory_url: str | None = None) -> Iterator[Pair]:
    window: deque[tuple[list[Article], Future[list[list[Event] | Failure]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=warm_with_memory, initargs=(memory_url,))
    try:
        yield from in_order(batches, lambda batch: pool.submit(extract_safely, batch), IN_FLIGHT * workers,
                            on_error, window)
    finally:
        # A consumer that stops early (`| head`, an error) must not wait for queued batches.
        pool.shutdown(wait=True, cancel_futures=True)
