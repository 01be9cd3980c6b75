"""The Dask runner on a LocalCluster bound to 127.0.0.1 gives the single-process events, in order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

NEEDS = 'the Dask runner needs dask.distributed: pip install "flashpoint[dask]"'
pytest.importorskip("distributed", reason=NEEDS, exc_type=ImportError)

from distributed import Client, LocalCluster  # noqa: E402

from flashpoint.scale.batch import extract_batch  # noqa: E402
from flashpoint.scale.corpus import build_corpus  # noqa: E402
from flashpoint.scale.dask_runner import extract_stream_dask, peak_worker_memory  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)  # fmt: skip
    with cluster, Client(cluster) as c:
        yield c


def test_dask_output_equals_the_single_process_output(client: Client) -> None:
    reports = list(build_corpus(10, seed=5))
    alone = [[e.to_dict() for e in evs] for evs in extract_batch(reports)]
    pairs = list(extract_stream_dask(reports, client, batch_size=3))
    assert [a.id for a, _ in pairs] == [a.id for a in reports]
    assert [[e.to_dict() for e in evs] for _, evs in pairs] == alone
    assert any(alone)


def test_every_worker_loaded_the_model_and_reports_its_memory(client: Client) -> None:
    def loaded() -> bool:
        from flashpoint.nlp import get_nlp

        return get_nlp.cache_info().currsize > 0

    assert all(client.run(loaded).values())
    peaks = peak_worker_memory(client)
    assert len(peaks) == 2 and all(p > 50_000_000 for p in peaks.values())  # a spaCy model is in there


def test_extract_stream_hands_over_to_dask_when_asked(client: Client) -> None:
    from flashpoint.scale import extract_stream

    reports = list(build_corpus(4, seed=6))
    via_dask = [(a.id, [e.to_dict() for e in evs]) for a, evs in extract_stream(reports, dask=client)]
    alone = [(a.id, [e.to_dict() for e in evs]) for a, evs in extract_stream(reports, workers=1)]
    assert via_dask == alone
