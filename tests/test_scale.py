"""The process pool: the same events as one process, in input order, reading ahead only a little."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flashpoint.model import Article
from flashpoint.scale import ExtractionError, Failure, chunked, extract_stream
from flashpoint.scale.batch import extract_batch
from flashpoint.scale.corpus import build_corpus
from flashpoint.scale.runners import IN_FLIGHT

SHORT = [
    "Police detained five protesters in Tbilisi on Monday.",
    "Rebels attacked an army post near Gao, killing three soldiers.",
    "The foreign ministers of Armenia and Azerbaijan met in Brussels on Tuesday.",
    "Sudan accused Chad of arming the Rapid Support Forces.",
]


def short_reports(n: int) -> list[Article]:
    return [Article(id=f"s{i}", text=SHORT[i % len(SHORT)]) for i in range(n)]


def as_dicts(pairs: Iterator[tuple[Article, list]]) -> list[tuple[str, list[dict]]]:
    return [(article.id, [e.to_dict() for e in events]) for article, events in pairs]


def test_chunked_keeps_order_and_the_short_tail() -> None:
    batches = list(chunked(short_reports(5), 2))
    assert [[a.id for a in b] for b in batches] == [["s0", "s1"], ["s2", "s3"], ["s4"]]


def test_two_workers_give_the_single_process_events_in_input_order() -> None:
    reports = list(build_corpus(8, seed=3))
    alone = as_dicts(zip(reports, extract_batch(reports), strict=True))
    pooled = as_dicts(extract_stream(reports, workers=2, batch_size=2))
    assert [rid for rid, _ in pooled] == [a.id for a in reports]
    assert pooled == alone
    assert any(events for _, events in alone)  # the comparison is about real events, not empty lists


def test_one_worker_runs_in_this_process_with_the_same_result() -> None:
    reports = short_reports(5)
    assert as_dicts(extract_stream(reports, workers=1, batch_size=2)) == as_dicts(
        zip(reports, extract_batch(reports), strict=True)
    )


class Counting:
    """An endless-looking source that records how many reports were read from it."""

    def __init__(self, n: int) -> None:
        self.reports = short_reports(n)
        self.read = 0

    def __iter__(self) -> Iterator[Article]:
        for report in self.reports:
            self.read += 1
            yield report


@pytest.mark.parametrize("workers", [1, 2])
def test_the_stream_reads_ahead_a_bounded_window_only(workers: int) -> None:
    source = Counting(40)
    stream = extract_stream(source, workers=workers, batch_size=2)
    next(stream)
    assert source.read <= IN_FLIGHT * workers * 2
    stream.close()  # stopping early must not wait for, or run, the rest
    assert source.read < 40


def test_a_report_that_fails_is_handed_to_on_error_and_the_rest_go_on() -> None:
    reports = short_reports(3)
    reports.insert(1, Article(id="broken", text=None))  # type: ignore[arg-type]
    failed: list[tuple[str, Failure]] = []
    out = as_dicts(extract_stream(reports, workers=1, batch_size=4,
                                  on_error=lambda a, f: failed.append((a.id, f))))
    assert [rid for rid, _ in out] == ["s0", "s1", "s2"]
    assert [rid for rid, _ in failed] == ["broken"] and failed[0][1].kind


def test_without_a_handler_a_failure_stops_the_stream_naming_the_report() -> None:
    reports = [Article(id="broken", text=None)]  # type: ignore[arg-type]
    with pytest.raises(ExtractionError, match="broken"):
        list(extract_stream(reports, workers=1))
