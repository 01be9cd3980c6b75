"""Retrying a whole transaction when the database was busy or the connection was lost.

Every write of the store is one transaction (a report, a dedup batch), so running it again after
a failure cannot write anything twice: the failed attempt was rolled back.

Two faults are transient and worth a retry:
- SQLite in WAL mode answers "database is locked" at once, without waiting out the busy
  timeout, when a transaction that has read tries to write after another writer committed
  (two `ingest` runs on one file). Starting the transaction again sees the new snapshot.
- PostgreSQL drops a connection (server restart, `pg_terminate_backend`, network): SQLAlchemy
  invalidates it and the next attempt checks out a fresh one.
Two concurrent inserts of the same new report on PostgreSQL end in a unique violation for the
slower one; its retry finds the report stored and answers "unchanged".
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from typing import TextIO, TypeVar

from sqlalchemy import exc as sa_exc

T = TypeVar("T")

ATTEMPTS = 10
FIRST_DELAY = 0.05  # seconds; doubled at each attempt
MAX_DELAY = 5.0  # the worst case waits about 16 s in all before giving up


def is_transient(error: BaseException) -> bool:
    """A failure that a second run of the same transaction can get past."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, sa_exc.OperationalError | sa_exc.IntegrityError | sa_exc.InterfaceError)


def short(error: BaseException) -> str:
    """The driver's own message, first line only: SQLAlchemy appends the SQL and its parameters."""
    inner = getattr(error, "orig", None) or error
    first = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return f"{type(inner).__name__}: {first}"[:200]


class Retrier:
    """Runs transactions, retrying transient failures with jittered exponential backoff.

    Each retry is announced in one line on `log`, or to `notify` when given; `retries` counts them
    for the run's summary.
    """

    def __init__(self, log: TextIO | None = sys.stderr, attempts: int = ATTEMPTS,
                 first_delay: float = FIRST_DELAY, notify: Callable[[str], None] | None = None) -> None:  # fmt: skip
        self.log = log
        self.notify = notify
        self.attempts = attempts
        self.first_delay = first_delay
        self.retries = 0

    def run(self, what: str, action: Callable[[], T]) -> T:
        for attempt in range(1, self.attempts + 1):
            try:
                return action()
            except Exception as error:
                if attempt == self.attempts or not is_transient(error):
                    raise
                delay = self._delay(attempt)
                self.retries += 1
                line = f"{what}: {short(error)}; retrying in {delay:.2f} s (attempt {attempt + 1} of {self.attempts})"
                if self.notify is not None:
                    self.notify(line)
                elif self.log is not None:
                    print(f"flashpoint: {line}", file=self.log)
                time.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _delay(self, attempt: int) -> float:
        # Jitter keeps two writers that collided from colliding again in lockstep.
        return min(MAX_DELAY, self.first_delay * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
