"""Extraction over a Dask cluster: the same batch function as the process pool, on many machines.

    pip install "flashpoint[dask]"
    flashpoint extract --dask tcp://scheduler:8786 reports/    # an existing cluster
    flashpoint extract --dask local reports/                   # a LocalCluster on this machine

A worker plugin loads the spaCy model once per worker when it joins (and, for an ingest, the store's
actor memory, when the worker can reach the store); batches are submitted in a
bounded window and their results come back in input order, so memory stays flat on the client.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from flashpoint.model import Article, Event
from flashpoint.scale.runners import (
    BATCH,
    IN_FLIGHT,
    OnError,
    Pair,
    chunked,
    default_workers,
    in_order,
    memory_kb,
    warm,
)
from flashpoint.scale.runners import extract_safely as run_batch

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"
INSTALL_HINT = 'the Dask runner needs dask.distributed: pip install "flashpoint[dask]"'


def _distributed() -> Any:
    try:
        import distributed
    except ModuleNotFoundError as exc:
        raise RuntimeError(INSTALL_HINT) from exc
    return distributed


def model_plugin(memory_url: str | None = None) -> Any:
    """A WorkerPlugin that loads the model when a worker starts (also on workers that join later), after
    the actor memory of the store at `memory_url` if one is given."""
    distributed = _distributed()

    class FlashpointModel(distributed.WorkerPlugin):  # type: ignore[name-defined]
        name = "flashpoint-model"

        def setup(self, worker: Any) -> None:
            if memory_url is not None:
                memory_kb(memory_url)
            warm()

    return FlashpointModel()


@contextlib.contextmanager
def connect(address: str | Client = LOCAL, workers: int | None = None, memory_url: str | None = None
            ) -> Iterator[Client]:
    """A client on `address`: a scheduler's address, "local" for a LocalCluster of `workers`
    single-threaded processes on 127.0.0.1 (spaCy holds the GIL: threads would not help), or an
    existing Client, which is left open."""
    distributed = _distributed()
    if isinstance(address, distributed.Client):
        address.register_plugin(model_plugin(memory_url))
        yield address
        return
    if address == LOCAL:
        cluster = distributed.LocalCluster(
            n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
        )  # fmt: skip
        with cluster, distributed.Client(cluster) as client:
            client.register_plugin(model_plugin(memory_url))
            yield client
        return
    with distributed.Client(address) as client:
        client.register_plugin(model_plugin(memory_url))
        yield client


def _slots(client: Client) -> int:
    threads = client.nthreads()
    return max(1, sum(threads.values()) if threads else 1)


def extract_stream_dask(
    articles: Iterable[Article],
    address: str | Client = LOCAL,
    batch_size: int = BATCH,
    *,
    workers: int | None = None,
    on_error: OnError | None = None,
    memory_url: str | None = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) in input order, extracted on a Dask cluster (see `connect` for `address`).

    Each batch runs `flashpoint.scale.runners.extract_safely`, the function the process pool runs,
    so the output equals `extract_stream`'s; failures are handled the same way.
    """
    with connect(address, workers, memory_url) as client:
        yield from _stream(client, chunked(articles, batch_size), on_error, memory_url)


def _stream(client: Client, batches: Iterator[list[Article]], on_error: OnError | None, memory_url: str | None
            ) -> Iterator[Pair]:
    window: deque[tuple[list[Article], Any]] = deque()
    limit = IN_FLIGHT * _slots(client)
    try:
        # pure=False: two equal batches are still two jobs (and no hashing of the texts).
        yield from in_order(batches, lambda batch: client.submit(run_batch, batch, memory_url, pure=False), limit,
                            on_error, window)
    finally:
        client.cancel([fut for _, fut in window])


def peak_worker_memory(client: Client) -> dict[str, int]:
    """Peak resident memory (bytes) of each worker process so far."""

    def peak() -> int:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux

    return dict(client.run(peak))
