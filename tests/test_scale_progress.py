"""The progress bar: drawn on a terminal with total, rate and time left, silent when piped; the pairs
pass through unchanged. The total is counted from the inputs without parsing them."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from flashpoint.ingest import read_inputs
from flashpoint.model import Article, Event, Span
from flashpoint.scale.progress import count_reports, with_progress

EXAMPLES = Path(__file__).parents[1] / "examples"


def pairs(n: int) -> list[tuple[Article, list[Event]]]:
    event = Event(article="a", type="PROTEST", evidence=Span("x", 0, 1))
    return [(Article(id=f"a{i}", text="x"), [event] * (i % 2)) for i in range(n)]


def drawn_on_a_terminal(n: int, total: object) -> str:
    leader, follower = os.openpty()  # a real pseudo-terminal: isatty() is true on its follower end
    with open(follower, "w", encoding="utf-8", closefd=True) as tty:
        assert tty.isatty()
        assert list(with_progress(pairs(n), tty, total=total)) == pairs(n)  # type: ignore[arg-type]
    chunks = []
    while True:  # everything written, until the closed follower end reads as an error (Linux: EIO)
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode()


def test_piped_output_gets_nothing_and_the_total_is_never_counted() -> None:
    out = io.StringIO()

    def never() -> int:
        raise AssertionError("counting is only worth it when a bar is drawn")

    assert list(with_progress(pairs(5), out, total=never)) == pairs(5)
    assert out.getvalue() == ""


def test_a_terminal_gets_done_of_total_rate_time_left_and_events() -> None:
    drawn = drawn_on_a_terminal(5, 5)
    last = drawn.replace("\r", "\n").strip().splitlines()[-1]
    assert "5/5" in last and "100%" in last and "reports/s" in last and "2 events" in last
    assert "<00:00" in last  # elapsed<time left


def test_a_counted_total_that_was_too_high_ends_at_what_was_done() -> None:
    # 7 counted, 5 readable (say, two lines were broken): the bar ends full, not stuck at 71%.
    last = drawn_on_a_terminal(5, lambda: 7).replace("\r", "\n").strip().splitlines()[-1]
    assert "5/5" in last and "100%" in last


def test_without_a_total_the_bar_counts_up() -> None:
    last = drawn_on_a_terminal(3, None).replace("\r", "\n").strip().splitlines()[-1]
    assert "3 reports" in last and "reports/s" in last


def test_the_bundled_examples_are_counted_as_read() -> None:
    read = [a for a in read_inputs([EXAMPLES]) if isinstance(a, Article)]
    assert count_reports([EXAMPLES]) == len(read) > 5


def test_counting_jsonl_lines_and_feed_items(tmp_path: Path) -> None:
    records = tmp_path / "many.jsonl"
    # Records longer than a read block, the last one without a newline.
    rows = [json.dumps({"id": f"r{i}", "text": "word " * 300_000}) for i in range(3)]
    records.write_text("\n".join(rows), encoding="utf-8")
    assert count_reports([records]) == 3
    assert count_reports([records, EXAMPLES / "feed.xml", EXAMPLES / "report.txt"]) == 3 + 3 + 1
    assert count_reports(["-"]) is None
