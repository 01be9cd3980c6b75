"""One way into the store: `flashpoint ingest`, `POST /api/reports` and library users all call `ingest`.

    from flashpoint.store import ingest, open_store
    with open_store("events.db") as store:
        summary = ingest(store, articles, workers=2)       # articles: an iterable of flashpoint.model.Article
        print(summary.line())                              # "3 added, 0 unchanged, 0 replaced, 0 failed; ..."

For every report, in input order: a report recognisably not in English is skipped with a reason;
the rest are extracted with the store's actor memory (what earlier runs taught: "Camara said"
resolves to the minister an earlier report named in full), on `workers` processes or a Dask cluster;
each report, its events and what it taught about actors are stored in one transaction, retried when
the database is busy or the connection drops. Finally new events are clustered with the events of
other reports (`dedup=False` leaves that for later).

A run codes every report with the memory as it stood when the run began: what its own reports teach
is stored with them but used from the next run on. So the result depends neither on the number of
workers nor on batching, and a run that is killed and run again ends as one uninterrupted run would:
what the killed run's reports taught stays out of the memory (its run never finished) until the run
that went over them again finishes (`Store.finish_run`).
A report that fails is named to `on_problem` and the rest go on: nothing already stored is lost. A
database that cannot be written at all (a full disk, a read-only file: `DatabaseUnusable`) stops the
run at once instead, with every report stored so far complete.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flashpoint.actors.memory import Memory, to_remember
from flashpoint.model import Article, Event
from flashpoint.scale import extract_stream
from flashpoint.store.errors import DatabaseUnusable
from flashpoint.store.retry import Retrier, short
from flashpoint.store.store import Store

if TYPE_CHECKING:
    from distributed import Client

    from flashpoint.scale import Failure
    from flashpoint.scale.progress import Total

@dataclass(frozen=True)
class Problem:
    """Something that went wrong with one report (or a retried write): where, and what."""

    where: str
    message: str
    severity: str = "error"  # error: the report is not stored; warning: it was skipped by rule, or retried

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class Stored:
    """One report as the store now holds it."""

    article: Article
    status: str  # added, unchanged, replaced
    events: list[Event]


@dataclass
class IngestSummary:
    """What one `ingest` did."""

    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "unchanged": 0, "replaced": 0})
    failed: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)  # not English
    retries: int = 0
    clusters: int = 0
    learned: int = 0  # actor records remembered

    def line(self, failed_before: int = 0) -> str:
        """One line for a person: counts, failures (plus `failed_before`, the caller's own), clusters."""
        counts = ", ".join(f"{n} {k}" for k, n in self.counts.items())
        extra = f", {len(self.skipped)} skipped (not English)" if self.skipped else ""
        extra += f", {self.retries} database retries" if self.retries else ""
        failed = len(self.failed) + failed_before
        return f"{counts}, {failed} failed{extra}; {self.clusters} clusters updated"


OnProblem = Callable[[Problem], None]
OnStored = Callable[[Stored], None]


def _to_stderr(problem: Problem) -> None:
    print(f"flashpoint: {problem}", file=sys.stderr)


def where(article: Article) -> str:
    return article.url or article.id


def ingest(
    store: Store,
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    dask: str | Client | None = None,
    dedup: bool = True,
    progress: bool = False,
    total: Total = None,
    on_problem: OnProblem | None = None,
    on_stored: OnStored | None = None,
) -> IngestSummary:
    """Extract, store and remember every report (see the module docstring); cluster afterwards.

    `workers`: processes (default every core; 1 runs here); `dask`: a scheduler address or "local"
    instead. `progress` draws a bar on standard error when it is a terminal, out of `total` reports (a
    number, or a function counting them). `on_problem` hears of each failed, skipped or retried report as
    it happens (default: one line on standard error); `on_stored` of each report stored, with its status
    and events.
    """
    say = on_problem or _to_stderr
    summary = IngestSummary()
    retry = Retrier(notify=lambda line: say(Problem("database", line, "warning")))

    def failed(article: Article, failure: Failure | str) -> None:
        problem = Problem(where(article), str(failure))
        summary.failed.append(problem)
        say(problem)

    run = retry.run("starting the run", store.begin_run)
    memory = retry.run("reading the actor memory", lambda: Memory(store))
    pairs = extract_stream(_readable(articles, summary, say), workers=workers, dask=dask, progress=progress,
                           total=total, on_error=failed, memory_url=store.url, knowledge=memory.kb)  # fmt: skip
    for article, events in pairs:
        try:
            status = _store_one(store, article, events, retry, summary, run)
        except DatabaseUnusable:
            raise  # a full disk or a read-only file fails every later report the same way: stop here
        except Exception as exc:  # one bad report must not stop the batch
            failed(article, short(exc))
            continue
        summary.counts[status] += 1
        if on_stored is not None:
            on_stored(Stored(article, status, events))
    retry.run("finishing the run", lambda: store.finish_run(run))
    if dedup:
        summary.clusters = retry.run("deduplicating", store.dedup)
    summary.retries = retry.retries
    return summary


def _readable(articles: Iterable[Article], summary: IngestSummary, say: OnProblem) -> Iterator[Article]:
    from flashpoint.events.readable import not_english_reason

    for article in articles:
        if reason := not_english_reason(article):
            problem = Problem(where(article), reason, "warning")
            summary.skipped.append(problem)
            say(problem)
            continue
        yield article


def _store_one(store: Store, article: Article, events: list[Event], retry: Retrier, summary: IngestSummary,
               run: str) -> str:  # fmt: skip
    """Store a report with its events and what it taught about actors, in one transaction: a kill at any
    moment leaves either all three or none (before, a kill between two transactions lost what a stored
    report had taught for good). The memory in use does not learn it: the run's reports are all coded
    with the memory as the run began."""
    taught = to_remember(article, getattr(events, "learned", []))
    status = retry.run(where(article), lambda: store.add_report(article, events, taught, run))
    if status != "unchanged":
        summary.learned += len(taught)
    return status


def extract_remembering(store: Store, article: Article) -> list[Event]:
    """The events `ingest` would store for `article`, with the same actor memory; nothing is stored."""
    memory = Memory(store)
    return next(events for _, events in extract_stream([article], workers=1, knowledge=memory.kb))


__all__ = ["IngestSummary", "Problem", "Stored", "extract_remembering", "ingest"]
