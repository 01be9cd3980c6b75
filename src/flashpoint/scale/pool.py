"""A process pool whose workers load the model once and stream batches back in order."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from flashpoint.model import Article, Event

BATCH = 8


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _warm() -> None:
    from flashpoint.nlp import get_nlp

    get_nlp()


def _extract(batch: list[Article]) -> list[list[Event]]:
    from flashpoint.events import extract_batch

    return extract_batch(batch)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def extract_stream(
    articles: Iterable[Article], workers: int | None = None, batch_size: int = BATCH
) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) in input order; at most two batches per worker are in flight, so memory stays flat."""
    workers = default_workers() if workers is None else max(1, workers)
    batches = chunked(articles, batch_size)
    if workers == 1:
        for batch in batches:
            yield from zip(batch, _extract(batch), strict=True)
        return
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None:  # one small batch: not worth starting processes
        yield from zip(first, _extract(first), strict=True)
        return
    yield from _pooled([first, second], batches, workers)


def _pooled(head: list[list[Article]], rest: Iterator[list[Article]], workers: int) -> Iterator[
    tuple[Article, list[Event]]
]:
    window: deque[tuple[list[Article], Future[list[list[Event]]]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        source = iter([*head, *[]])
        pending = [source, rest]
        for feed in pending:
            for batch in feed:
                window.append((batch, pool.submit(_extract, batch)))
                while len(window) >= 2 * workers:
                    done_batch, fut = window.popleft()
                    yield from zip(done_batch, fut.result(), strict=True)
        while window:
            done_batch, fut = window.popleft()
            yield from zip(done_batch, fut.result(), strict=True)
