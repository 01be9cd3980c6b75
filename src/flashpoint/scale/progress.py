"""A progress bar for long runs (tqdm): reports done of the total, reports/s, time left and events found,
drawn only when a person is watching."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from flashpoint.model import Article, Event

Pair = tuple[Article, list[Event]]
Total = int | Callable[[], int | None] | None
EVERY = 0.5  # seconds between redraws: often enough to look alive, rarely enough to cost nothing
_CHUNK = 1 << 20


def with_progress(pairs: Iterable[Pair], stream: TextIO | None = None, total: Total = None) -> Iterator[Pair]:
    """Pass (article, events) pairs through, drawing a bar on `stream` (standard error) when it is a
    terminal; piped or redirected, nothing is written, so logs stay clean.

    `total` is the number of reports expected, or a function counting them (called only when the
    bar is drawn); without it the bar counts up with its rate and no time left.
    """
    out = sys.stderr if stream is None else stream
    if not out.isatty():
        yield from pairs
        return
    from tqdm import tqdm  # type: ignore[import-untyped]

    expected = total() if callable(total) else total
    # Follow the window's size as it changes; a terminal that reports no size (a bare pseudo-terminal)
    # gets 80 columns and 24 rows, else tqdm would hide the bar as if off screen.
    size = _size(out)
    sized = size.columns > 0 and size.lines > 0
    bar = tqdm(total=expected, file=out, unit=" reports", mininterval=EVERY, dynamic_ncols=sized,
               ncols=None if sized else 80, nrows=None if sized else 24, leave=True)  # fmt: skip
    events = 0
    finished = False
    try:
        for pair in pairs:
            events += len(pair[1])
            bar.set_postfix_str(f"{events} events", refresh=False)
            bar.update(1)
            yield pair
        finished = True
    finally:
        if finished and bar.total is not None and bar.n != bar.total:
            # Some inputs held fewer readable reports than counted (bad lines, other languages).
            bar.total = bar.n
        bar.set_postfix_str(f"{events} events", refresh=False)
        bar.close()


def _size(stream: TextIO) -> os.terminal_size:
    try:
        return os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return os.terminal_size((0, 0))


def count_reports(inputs: Sequence[str | Path]) -> int | None:
    """How many reports `inputs` (files and folders, as `read_inputs` takes them) hold, cheaply: a
    line per JSONL record, an item per feed entry, one per page or text. None when it cannot tell
    (standard input, a JSON array)."""
    from flashpoint.ingest import folder_files

    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        files = list(folder_files(path)) if path.is_dir() else [path]
        for file in files:
            n = _reports_in(file)
            if n is None:
                return None
            total += n
    return total


def _reports_in(path: Path) -> int | None:
    from flashpoint.ingest.feeds import read_feed
    from flashpoint.ingest.jsonl import read_json, read_jsonl
    from flashpoint.ingest.readers import reader_for

    if not path.is_file():
        return 0  # a folder link, a named pipe (opening one waits for a writer): the reader names it
    try:
        reader = reader_for(path)
        if reader is read_jsonl:
            return _count(path, lambda chunk: chunk.count(b"\n"), tail=True)
        if reader is read_feed:
            return _count(path, lambda chunk: chunk.count(b"<item") + chunk.count(b"<entry"))
        if reader is read_json:
            return None
    except OSError:
        return 0  # the reader will name the problem; nothing to count
    return 1


def _count(path: Path, in_chunk: Callable[[bytes], int], tail: bool = False) -> int:
    # Read in blocks that overlap by a few bytes, so a marker split across two blocks is counted once.
    n, carry, last = 0, b"", b""
    with path.open("rb") as stream:
        while block := stream.read(_CHUNK):
            data = carry + block
            n += in_chunk(data) - in_chunk(carry)
            carry, last = data[-8:], block
    # A last JSONL line without a newline is a record too.
    return n + (1 if tail and last and not last.endswith(b"\n") else 0)
