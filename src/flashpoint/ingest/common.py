"""Pieces every reader shares: bounded file reads, the article builder, field checks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from flashpoint.ingest.problems import WARNING, InputProblem
from flashpoint.ingest.text import (
    MAX_BYTES_PER_CHAR,
    MAX_REPORT_CHARS,
    SNIFF_BYTES,
    clean,
    normalise,
    sniff_binary,
    storable,
)
from flashpoint.model import Article, parse_published

# What an internal reader yields: an article with the place it came from, or a problem.
Found = tuple[str, Article] | InputProblem

TEXT_FILE_LIMIT = MAX_REPORT_CHARS * MAX_BYTES_PER_CHAR
# Markup, scripts and menus can outweigh a page's article many times over.
MARKUP_FILE_LIMIT = 20 * MAX_REPORT_CHARS
FEED_FILE_LIMIT = 100 * MAX_REPORT_CHARS


class TooLarge(Exception):
    """An input exceeded its byte budget before it was fully read."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"report too large ({size} bytes > {limit} byte limit for this kind of input)")


class Binary(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(f"binary file ({kind}), not text")


def read_bounded(stream: IO[bytes], limit: int) -> bytes:
    """Read at most `limit` bytes; raise TooLarge rather than pull a huge input into memory."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(len(data), limit)
    if kind := sniff_binary(data[:SNIFF_BYTES]):
        raise Binary(kind)
    return data


def read_file(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:  # a regular file's size is known: refuse before reading anything
        raise TooLarge(size, limit)
    with path.open("rb") as stream:
        return read_bounded(stream, limit)


def article(where: str, raw_text: str, **fields: Any) -> Iterator[Found]:
    """Normalise `raw_text` and yield the Article, or the reason it cannot be one."""
    text, reason = clean(raw_text)
    if reason:
        yield InputProblem(where, reason)
        return
    yield where, Article(text=text, **fields)


def published_field(where: str, value: Any, default: date | None) -> tuple[date | None, InputProblem | None]:
    """A record's `published` value as a date; missing means `default`, invalid means None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default, None
    if not isinstance(value, str):
        return None, _bad_date(where, repr(value))
    try:
        return parse_published(value), None
    except (ValueError, OverflowError):
        return None, _bad_date(where, repr(value))


def _bad_date(where: str, shown: str) -> InputProblem:
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return InputProblem(where, f"invalid published date {shown}; report kept without a date", WARNING)


def optional_str(where: str, record: dict[str, Any], key: str) -> tuple[str | None, InputProblem | None]:
    """A free-text field: strings kept (stripped), anything else dropped with a warning."""
    value = record.get(key)
    if value is None:
        return None, None
    if isinstance(value, str):
        text = " ".join(storable(normalise(value)).split())  # titles and urls are one line
        return text or None, None
    return None, InputProblem(
        where, f"field {key!r} is not a string ({type(value).__name__}); ignored", WARNING
    )
