"""One way into the store: `flashpoint ingest`, `POST /api/reports` and library users all call `ingest`.

    from flashpoint.store import ingest, open_store
    with open_store("events.db") as store:
        summary = ingest(store, articles, workers=2)       # articles: an iterable of flashpoint.model.Article
        print(summary.line())                              # "3 added, 0 unchanged, 0 replaced, 0 failed; ..."

For every report, in input order: a report recognisably not in English is skipped with a reason;
the rest are extracted with the store's actor memory (what earlier reports taught: "Camara said"
resolves to the minister an earlier report named in full), on `workers` processes or a Dask cluster;
each report and its events are stored in one transaction, then what the report taught about actors
is remembered, each retried on its own when the database is busy or the connection drops. Finally
new events are clustered with the events of other reports (`dedup=False` leaves that for later).
A report that fails is named to `on_problem` and the rest go on: nothing already stored is lost.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flashpoint.actors.memory import Memory, remember
from flashpoint.model import Article, Event
from flashpoint.scale import extract_stream
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

    memory = retry.run("reading the actor memory", lambda: Memory(store))
    pairs = extract_stream(_readable(articles, summary, say), workers=workers, dask=dask, progress=progress,
                           total=total, on_error=failed, memory_url=store.url, knowledge=memory.kb)  # fmt: skip
    for article, events in pairs:
        try:
            status = _store_one(store, article, events, retry, summary, memory)
        except Exception as exc:  # one bad report must not stop the batch
            failed(article, short(exc))
            continue
        summary.counts[status] += 1
        if on_stored is not None:
            on_stored(Stored(article, status, events))
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
               memory: Memory) -> str:
    """Store a report's events, then remember what the report taught about actors.

    Storing and remembering are separate transactions, each retried on its own, so a retry of
    the second cannot find the report "unchanged" and skip the remembering.
    """
    status = retry.run(where(article), lambda: store.add_report(article, events))
    learned: list[dict[str, Any]] = getattr(events, "learned", [])
    if status != "unchanged" and learned:
        summary.learned += retry.run(where(article), lambda: remember(store, article, learned, memory))
    return status


def extract_remembering(store: Store, article: Article) -> list[Event]:
    """The events `ingest` would store for `article`, with the same actor memory; nothing is stored."""
    memory = Memory(store)
    return next(events for _, events in extract_stream([article], workers=1, knowledge=memory.kb))


__all__ = ["IngestSummary", "Problem", "Stored", "extract_remembering", "ingest"]
