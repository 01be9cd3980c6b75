"""RSS and Atom feeds: one report per entry, text from the entry's content or summary."""

from __future__ import annotations

import email.utils
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from flashpoint.ingest.common import FEED_FILE_LIMIT, Found, article, read_file
from flashpoint.ingest.problems import WARNING, InputProblem
from flashpoint.model import parse_published

_BLOCKS = frozenset(
    ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
     "section", "article", "header", "footer", "pre", "figure", "figcaption", "dd", "dt")
)  # fmt: skip
_SKIPPED = frozenset(("script", "style", "noscript", "template"))


def read_feed(path: Path, published: date | None) -> Iterator[Found]:
    import feedparser  # imported lazily: only feeds need it

    where = str(path)
    data = read_file(path, FEED_FILE_LIMIT)
    try:
        feed = feedparser.parse(data)  # bytes, never a str: a str may be fetched as a URL
    except Exception as exc:  # noqa: BLE001 - a third-party parser must not stop the batch
        yield InputProblem(where, f"not an RSS or Atom feed ({type(exc).__name__}: {exc})")
        return
    if not feed.entries:
        yield InputProblem(where, f"no RSS or Atom entries found{_bozo(feed)}")
        return
    if feed.get("bozo"):
        yield InputProblem(where, f"feed is not well-formed{_bozo(feed)}; read what could be read", WARNING)
    source = _one_line(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        yield from _entry(f"{where}#item{number}", f"{path.stem}#item{number}", entry, source, published)


def _bozo(feed: Any) -> str:
    exc = feed.get("bozo_exception")
    return f" ({type(exc).__name__}: {exc})" if exc else ""


def _entry(
    where: str, fallback_id: str, entry: Any, source: str | None, default: date | None
) -> Iterator[Found]:
    body = _body(entry)
    if not body:
        yield InputProblem(where, "entry has no text (no content or summary)")
        return
    day, problem = _entry_date(where, entry, default)
    if problem:
        yield problem
    report_id = _one_line(entry.get("id")) or _one_line(entry.get("link")) or fallback_id
    yield from article(
        where, body, id=report_id, published=day, title=_one_line(entry.get("title")),
        url=_one_line(entry.get("link")), source=source, language=_language(entry),
    )  # fmt: skip


def _body(entry: Any) -> str:
    for part in entry.get("content") or []:
        if text := html_to_text(part.get("value") or ""):
            return text
    return html_to_text(entry.get("summary") or "")


def _entry_date(where: str, entry: Any, default: date | None) -> tuple[date | None, InputProblem | None]:
    """The entry's own publication date, in the publisher's time zone; `default` when absent."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        day = _parse_feed_date(raw) or _from_struct(entry.get(f"{key}_parsed"))
        if day is not None:
            return day, None
        shown = raw if len(raw) <= 60 else raw[:57] + "..."
        return None, InputProblem(where, f"invalid {key} date {shown!r}; report kept without a date", WARNING)
    return default, None


def _parse_feed_date(raw: str) -> date | None:
    try:
        return parse_published(raw)  # Atom: RFC 3339
    except (ValueError, OverflowError):
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).date()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _from_struct(parsed: Any) -> date | None:
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
    except (AttributeError, ValueError):
        return None


def _language(entry: Any) -> str | None:
    detail = entry.get("content", [{}])[0] if entry.get("content") else entry.get("summary_detail") or {}
    lang = detail.get("language") if hasattr(detail, "get") else None
    return lang.split("-")[0].lower() if isinstance(lang, str) and lang.strip() else None


def _one_line(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = html_to_text(value) if "<" in value else value  # feedparser leaves markup in some titles
    return " ".join(text.split()) or None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: one line per block, runs of spaces collapsed."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)
