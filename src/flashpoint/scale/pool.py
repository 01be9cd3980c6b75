"""A process pool whose workers load the model once and stream batches back in order."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from flashpoint.model import Article, Event
from flashpoint.scale.runners import (
    IN_FLIGHT,
    Failure,
    Knowledge,
    OnError,
    Pair,
    chunked,
    deliver,
    extract_safely,
    in_order,
    memory_kb,
    warm,
)


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
    """A pool worker: dies with its parent, and when `store_url` is given (ingest) resolves actors
    with what that store remembers when the worker starts."""
    _die_with_parent()
    if store_url is not None:
        memory_kb(store_url)  # read the memory before the first batch, as the model is
    warm()


def local_stream(articles: Iterable[Article], workers: int, batch_size: int, on_error: OnError | None,
                 memory_url: str | None = None, knowledge: Knowledge | None = None) -> Iterator[Pair]:
    """In this process (one worker, or a single small batch), else on a pool of `workers` processes."""
    batches = chunked(articles, batch_size)
    if workers == 1:
        for batch in batches:
            yield from deliver(batch, extract_safely(batch, memory_url, knowledge), on_error)
        return
    head = list(islice(batches, 2))
    if len(head) < 2:  # one small batch: not worth starting processes
        for batch in head:
            yield from deliver(batch, extract_safely(batch, memory_url, knowledge), on_error)
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
        yield from in_order(batches, lambda batch: pool.submit(extract_safely, batch, memory_url), IN_FLIGHT * workers,
                            on_error, window)
    finally:
        # A consumer that stops early (`| head`, an error) must not wait for queued batches. A stream dropped
        # on an error may be finalised by the garbage collector on the pool's own manager thread, which
        # cannot wait for itself ("cannot join current thread"): it only cancels.
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=threading.current_thread() is not manager, cancel_futures=True)
