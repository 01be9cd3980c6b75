"""`extract_stream`: (report, events) pairs in input order, from whichever runner the caller names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from flashpoint.model import Article
from flashpoint.scale.dask_runner import extract_stream_dask
from flashpoint.scale.pool import local_stream
from flashpoint.scale.progress import Total, with_progress
from flashpoint.scale.runners import BATCH, Knowledge, OnError, Pair, default_workers

if TYPE_CHECKING:
    from distributed import Client


def extract_stream(
    articles: Iterable[Article],
    workers: int | None = None,
    batch_size: int = BATCH,
    *,
    on_error: OnError | None = None,
    dask: str | Client | None = None,
    progress: bool = False,
    memory_url: str | None = None,
    knowledge: Knowledge | None = None,
    total: Total = None,
) -> Iterator[Pair]:
    """(article, events) in input order, on `workers` processes (default: every core; 1 runs here).

    At most `IN_FLIGHT` batches per worker are read ahead, so memory stays flat. A report whose
    extraction raises goes to `on_error(article, failure)` and is skipped; without a handler the
    stream stops with `ExtractionError`. `dask` (a scheduler address, or "local") runs the same
    batches on a Dask cluster instead; `progress` draws a progress bar on standard error if it is a terminal,
    out of `total` reports (a number, or a function counting them, called only when the bar is drawn).
    `memory_url` makes the workers resolve actors with that store's memory (`flashpoint.store.ingest`);
    `knowledge` gives the knowledge base to use in this process (a `Memory.kb`, which learns as reports are
    stored), where the memory grows from one report to the next.
    """
    if dask is not None:
        pairs = extract_stream_dask(articles, dask, batch_size, workers=workers, on_error=on_error,
                                    memory_url=memory_url)  # fmt: skip
    else:
        count = default_workers() if workers is None else max(1, workers)
        pairs = local_stream(articles, count, batch_size, on_error, memory_url, knowledge)
    if progress:
        pairs = with_progress(pairs, total=total)
    yield from pairs
