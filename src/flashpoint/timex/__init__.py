"""flashpoint.timex: time expressions found in a report and resolved against its publication date.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in normalize_text("Troops withdrew last Monday.", date(2022, 9, 15))]
    [('last Monday', '2022-09-12')]
"""

from __future__ import annotations

from datetime import date

from flashpoint.model import Timex
from flashpoint.timex.finder import clause_tense, find_timexes
from flashpoint.timex.span import timex_to_span


def normalize_text(text: str, anchor: date | None) -> list[Timex]:
    """Parse `text` with the project pipeline, then find its time expressions."""
    from flashpoint.nlp import annotate

    return find_timexes(annotate(text), anchor)


__all__ = ["clause_tense", "find_timexes", "normalize_text", "timex_to_span"]
