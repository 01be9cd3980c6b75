"""The progress line: drawn on a terminal, silent when piped; the pairs pass through unchanged."""

from __future__ import annotations

import io
import os

from flashpoint.model import Article, Event, Span
from flashpoint.scale.progress import with_progress


def pairs(n: int) -> list[tuple[Article, list[Event]]]:
    event = Event(article="a", type="PROTEST", evidence=Span("x", 0, 1))
    return [(Article(id=f"a{i}", text="x"), [event] * (i % 2)) for i in range(n)]


def test_piped_output_gets_nothing_and_every_pair_passes() -> None:
    out = io.StringIO()
    assert list(with_progress(pairs(5), out)) == pairs(5)
    assert out.getvalue() == ""


def test_a_terminal_gets_a_final_count_of_reports_and_events() -> None:
    leader, follower = os.openpty()  # a real pseudo-terminal: isatty() is true on its follower end
    with open(follower, "w", encoding="utf-8", closefd=True) as tty:
        assert tty.isatty()
        assert len(list(with_progress(pairs(5), tty))) == 5
    drawn = os.read(leader, 4096).decode()
    os.close(leader)
    assert "5 reports" in drawn and "2 events" in drawn and "reports/s" in drawn
