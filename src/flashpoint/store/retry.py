"""Which database failures are worth a second attempt, and running a transaction until one passes.

Every write of the store is one transaction (a report, a dedup batch), so running it again after
a failure cannot write anything twice: the failed attempt was rolled back.

Only faults that a second attempt can get past are retried:
- SQLite in WAL mode answers "database is locked" at once, without waiting out the busy
  timeout, when a transaction that has read tries to write after another writer committed
  (two `ingest` runs on one file). Starting the transaction again sees the new snapshot.
- PostgreSQL drops a connection (server restart, `pg_terminate_backend`, network), or reports a
  lock timeout, deadlock or serialisation failure: the next attempt checks out a fresh connection.
- Two concurrent inserts of the same new report on PostgreSQL end in a unique violation for the
  slower one; its retry finds the report stored and answers "unchanged".
Permanent faults (a full disk, a read-only file, a damaged file, tables that do not match) are
turned into one `DatabaseUnusable` line by the engine (`flashpoint.store.db`) and never retried:
ten attempts with back-off would only cost a quarter of a minute per report.
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

# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_TRANSIENT = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
# PostgreSQL SQLSTATEs a new attempt can get past: lost connection (class 08), serialisation
# failure, deadlock, lock timeout, server shutting down or starting, too many connections, and
# the unique violation of two runs inserting the same new report.
_PG_TRANSIENT = {"40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300", "23505"}

FULL = ("the disk is full", "free some space and run again; what is already stored is kept")
READ_ONLY = (
    "the database is read-only",
    "writing needs write access to the file and its folder; `flashpoint events`, `stats` and `export` "
    "can still read it",
)
_DAMAGED = (
    "the file is damaged or is not a flashpoint database",
    "restore it from a backup, or give another --db path (a new database is created there)",
)
_MISMATCH = (
    "its tables do not match this flashpoint",
    "the database was changed by hand or by another program; restore it from a backup or use a new --db path",
)
_DENIED = ("permission denied", "check who may read and write the database")
_SQLITE_PERMANENT: dict[int, tuple[str, str]] = {
    3: _DENIED,  # SQLITE_PERM
    8: READ_ONLY,  # SQLITE_READONLY
    10: ("disk input/output error", "check the disk; what is already stored is kept"),  # SQLITE_IOERR
    11: _DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: ("cannot open the database file", "check that the path and its folder exist and can be written"),
    23: _DENIED,  # SQLITE_AUTH
    26: _DAMAGED,  # SQLITE_NOTADB
}
_PG_PERMANENT: dict[str, tuple[str, str]] = {
    "53100": FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction
    "42703": _MISMATCH,  # undefined_column
    "42P01": _MISMATCH,  # undefined_table
    "42501": _DENIED,  # insufficient_privilege
}
_SQLITE_MISMATCH = ("no such column", "no such table", "has no column named")


def is_transient(error: BaseException) -> bool:
    """A failure that a second run of the same transaction can get past."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    if not isinstance(error, sa_exc.DBAPIError):
        return False
    inner = error.orig
    code = getattr(inner, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _SQLITE_TRANSIENT
    state = getattr(inner, "sqlstate", None)
    if state is not None:
        return state.startswith("08") or state in _PG_TRANSIENT
    # A driver error without a code is a connection that failed or broke (psycopg's
    # "connection failed", "server closed the connection unexpectedly").
    return isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError)


def permanent_problem(driver_error: BaseException) -> tuple[str, str] | None:
    """(what is wrong, what to do) for a driver error no retry can fix; None for other errors."""
    code = getattr(driver_error, "sqlite_errorcode", None)
    if code is not None:
        if code & 0xFF == 1 and any(m in str(driver_error) for m in _SQLITE_MISMATCH):  # SQLITE_ERROR
            return f"{_MISMATCH[0]} ({driver_error})", _MISMATCH[1]
        found = _SQLITE_PERMANENT.get(code & 0xFF)
        if found is _DAMAGED:  # "file is not a database" or "database disk image is malformed"
            return f"{found[0]} ({driver_error})", found[1]
        return found
    state = getattr(driver_error, "sqlstate", None)
    if state in _PG_PERMANENT:
        problem, advice = _PG_PERMANENT[state]
        return f"{problem} ({short(driver_error).split(': ', 1)[-1]})", advice
    return None


def short(error: BaseException) -> str:
    """The driver's own message, first line only: SQLAlchemy appends the SQL and its parameters."""
    inner = getattr(error, "orig", None) or error
    first = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return f"{type(inner).__name__}: {first}"[:200]


class Retrier:
    """Runs transactions, retrying transient failures with jittered exponential backoff.

    Each retry is announced in one line on `log`, or to `notify` when given; `retries` counts them
    for the run's summary. Anything else is raised at once.
    """

    def __init__(self, log: TextIO | None | str = "stderr", attempts: int = ATTEMPTS,
                 first_delay: float = FIRST_DELAY, notify: Callable[[str], None] | None = None) -> None:  # fmt: skip
        # "stderr" is looked up when a line is written: whatever sys.stderr is then (None is silent).
        self._log = log
        self.notify = notify
        self.attempts = attempts
        self.first_delay = first_delay
        self.retries = 0

    @property
    def log(self) -> TextIO | None:
        return sys.stderr if self._log == "stderr" else self._log  # type: ignore[return-value]

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
