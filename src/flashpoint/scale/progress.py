"""A progress line for long runs: reports, reports/s and events, drawn only when a person is watching."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO

from flashpoint.model import Article, Event

Pair = tuple[Article, list[Event]]
EVERY = 0.5  # seconds between redraws: often enough to look alive, rarely enough to cost nothing


def with_progress(pairs: Iterable[Pair], stream: TextIO | None = None) -> Iterator[Pair]:
    """Pass (article, events) pairs through, drawing a counter on `stream` (standard error) when it is
    a terminal; piped or redirected, nothing is written, so logs stay clean."""
    out = sys.stderr if stream is None else stream
    if not out.isatty():
        yield from pairs
        return
    started = last = time.monotonic()
    reports = events = 0
    try:
        for pair in pairs:
            reports += 1
            events += len(pair[1])
            now = time.monotonic()
            if now - last >= EVERY:
                last = now
                out.write(f"\r{reports} reports, {reports / (now - started):.1f} reports/s, {events} events ")
                out.flush()
            yield pair
    finally:
        elapsed = max(time.monotonic() - started, 1e-9)
        out.write(f"\r{reports} reports, {reports / elapsed:.1f} reports/s, {events} events \n")
        out.flush()
