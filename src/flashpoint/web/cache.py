"""A small cache for the aggregates the dashboard asks for on every load.

An aggregate over 100,000 events costs up to a second on SQLite; the same answer is reused
while the store has not visibly changed (same numbers of events, reports and clusters) and
for at most `ttl` seconds, so writes by another process (an `ingest` run) show up soon.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from flashpoint.store.schema import articles, clusters, events

T = TypeVar("T")


def store_version(engine: Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(
            int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0)
            for t in (events, articles, clusters)
        )


class AggregateCache:
    def __init__(self, ttl: float = 30.0, size: int = 256) -> None:
        self.ttl = ttl
        self.size = size
        self._items: OrderedDict[Hashable, tuple[float, tuple[int, ...], Any]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, engine: Engine, key: Hashable, compute: Callable[[], T]) -> T:
        version = store_version(engine)
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
            if hit and hit[1] == version and now - hit[0] < self.ttl:
                self._items.move_to_end(key)
                return hit[2]
        value = compute()  # outside the lock: two identical misses may both compute, which is harmless
        with self._lock:
            self._items[key] = (now, version, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def filter_key(f: Any) -> tuple[Any, ...]:
    """A hashable form of a `Filters` (lists become tuples)."""
    return tuple(tuple(v) if isinstance(v, list) else v for v in vars(f).values())
