"""What the top of a plain-text report says about it: header lines, the headline, a dated file name.

    Date: 2022-09-15                      <- a header line: the publication date
    Armenia and Azerbaijan trade fire     <- the headline: the report's title
    Azerbaijani forces shelled ...        <- the body

Nothing is guessed: a date comes only from a header line that says it is one, or from a file
name that starts with one; the headline is the first line that reads as one (short, no
sentence-final punctuation, followed by more text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

HEADER = re.compile(r"^[ \t]*(date|published|publication date|dateline|title|headline|source|url|by|author)"
                    r"[ \t]*:[ \t]*(\S.*?)[ \t]*$", re.IGNORECASE)  # fmt: skip
_FIELD = {"date": "published", "published": "published", "publication date": "published", "dateline": "published",
          "title": "title", "headline": "title", "source": "source", "url": "url"}  # fmt: skip
MAX_HEADER_LINES = 8
HEADLINE_WORDS = (2, 25)
_SENTENCE_END = tuple('.;,:"”’)') + ("...",)
_DATED_NAME = re.compile(r"^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?:$|[^0-9])")


@dataclass
class Head:
    """Fields read from the top of a report; `headline` is (start, end) of the headline line."""

    fields: dict[str, str] = field(default_factory=dict)
    headline: tuple[int, int] | None = None
    lead: tuple[int, int] | None = None  # the first paragraph of the body: where the main act is told

    @property
    def title(self) -> str | None:
        if "title" in self.fields:
            return self.fields["title"]
        return None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the line break."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def read_head(text: str) -> Head:
    """Header lines at the top of `text` (up to MAX_HEADER_LINES) and the first line after them
    that reads as a headline."""
    head = Head()
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    i = 0
    while i < min(len(lines), MAX_HEADER_LINES) and (m := HEADER.match(text[slice(*lines[i])])):
        head.fields.setdefault(_FIELD.get(m[1].lower(), m[1].lower()), m[2])
        i += 1
    if i < len(lines) - 1 and reads_as_headline(text[slice(*lines[i])]):
        head.headline = _trimmed(text, *lines[i])
        i += 1
    if i < len(lines):
        head.lead = _trimmed(text, *lines[i])
    return head


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    line = text[start:end]
    return start + len(line) - len(line.lstrip()), end - (len(line) - len(line.rstrip()))


def reads_as_headline(line: str) -> bool:
    """Short, starts with a capital or a digit, and does not end like a sentence."""
    words = line.split()
    low, high = HEADLINE_WORDS
    if not low <= len(words) <= high:
        return False
    first = line.strip()[0]
    return (first.isupper() or first.isdigit()) and not line.rstrip().endswith(_SENTENCE_END)


def date_in_name(stem: str) -> date | None:
    """A date the file name starts with: 2022-09-15-armenia, 20220915_armenia, 2022_09_15 armenia."""
    m = _DATED_NAME.match(stem)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
