"""TIMEX3 values to calendar intervals (`TimeSpan`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flashpoint.model import TimeSpan, Timex
from flashpoint.timex.calendar import SEASON_MONTHS

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    end_year = year + 1 if last < first else year
    return f"{year:04d}-{first:02d}", f"{end_year:04d}-{last:02d}"


def value_interval(value: str) -> tuple[str, str, str] | None:
    """(start, end, precision) for a DATE/TIME value; None for references, durations, sets."""
    if m := _DAY.match(value):
        return m.group(1), m.group(1), "day"
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = monday + timedelta(days=5) if m.group(3) else monday
        return first.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
    if m := _MONTH.match(value):
        return value, value, "month"
    if m := _PART.match(value):
        year, part = int(m.group(1)), m.group(2)
        if part[0] == "Q":
            q = int(part[1])
            return (*_months(year, 3 * q - 2, 3 * q), "month")
        if part[0] == "H":
            h = int(part[1])
            return (*_months(year, 6 * h - 5, 6 * h), "month")
        return (*_months(year, *SEASON_MONTHS[part]), "month")
    if m := _YEAR.match(value):
        return m.group(1), m.group(1), "year"
    if m := _DECADE.match(value):
        return f"{m.group(1)}0", f"{m.group(1)}9", "decade"
    if m := _CENTURY.match(value):
        return f"{m.group(1)}00", f"{m.group(1)}99", "year"
    return None


def timex_to_span(tx: Timex) -> TimeSpan | None:
    """The calendar interval a DATE or TIME expression names; None for durations, sets, references."""
    if tx.type not in ("DATE", "TIME") or not tx.value:
        return None
    try:
        interval = value_interval(tx.value)
    except ValueError:  # e.g. week 53 of a year that has none
        return None
    if interval is None:
        return None
    start, end, precision = interval
    return TimeSpan(start=start, end=end, precision=precision, text=tx.text, value=tx.value,
                    char_start=tx.start, char_end=tx.end)
