"""Calendar arithmetic for TIMEX3 values: pure functions of an anchor date, no text."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future", "present"] | None

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER: tuple[str, ...] = ("SP", "SU", "FA", "WI")  # a winter starts in December


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(d: date, months: int) -> date:
    """Same day-of-month `months` later, clamped to the month's last day."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(f"cannot shift {d} by {months} months")


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The date of ISO `weekday` (1=Monday) relative to `anchor`.

    direction: "past" (on or before), "before" (strictly before), "future" (strictly after),
    "ahead" (on or after), "this" (in the anchor's ISO week).
    """
    delta = weekday - anchor.isoweekday()
    if direction == "this":
        return anchor + timedelta(days=delta)
    if direction == "ahead":
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    if direction == "past":
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction == "before":
        return anchor + timedelta(days=delta if delta < 0 else delta - 7)
    return anchor + timedelta(days=delta if delta > 0 else delta + 7)


def month_year(anchor: date, month: int, tense: Tense, relation: str | None = None) -> int:
    """The year of a month named without one ("in May", "last July", "next March")."""
    if relation in ("last", "past", "previous"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if relation in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if relation == "this":
        return anchor.year
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense in ("future", "present"):
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year


def day_of_month(anchor: date, day: int, tense: Tense) -> date | None:
    """The day a bare ordinal names ("on the 15th"): in the anchor's month, or the month before when that day
    is still to come (the month after for a future clause); None when that month has no such day."""
    year, month = anchor.year, anchor.month
    if tense == "future" and day < anchor.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif tense != "future" and day > anchor.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_month_year(anchor: date, month: int, day: int, tense: Tense) -> int:
    """The year of a day named without one ("on 7 April"): past or future occurrence by tense."""
    if tense == "past":
        return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    if tense in ("future", "present"):
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    return anchor.year


def current_season(anchor: date) -> tuple[int, str]:
    """(year, season) containing the anchor; January's winter is the one that began the year before."""
    m = anchor.month
    if m in (12, 1, 2):
        return (anchor.year if m == 12 else anchor.year - 1, "WI")
    if m <= 5:
        return anchor.year, "SP"
    if m <= 8:
        return anchor.year, "SU"
    return anchor.year, "FA"


def season_value(anchor: date, season: str, relation: str | None, tense: Tense) -> str:
    """A TIMEX3 season value ("2022-SU") for "last summer", "this winter", "in spring"."""
    cur_year, cur = current_season(anchor)
    if relation == "this" or (relation is None and tense is None):
        return f"{cur_year if season == cur else anchor.year}-{season}"
    cur_idx = cur_year * 4 + SEASON_ORDER.index(cur)
    target = SEASON_ORDER.index(season)
    backward = relation in ("last", "past", "previous") or (relation is None and tense == "past")
    strict = relation is not None
    step = -1 if backward else 1
    idx = cur_idx + step if strict else cur_idx
    while idx % 4 != target:
        idx += step
    return f"{idx // 4}-{season}"


def weekend_value(anchor: date, relation: str | None, tense: Tense) -> str:
    """ISO week of the weekend meant: "over the weekend" in past tense is the latest one."""
    on_weekend = anchor.isoweekday() >= 6
    if relation in ("last", "past", "previous") or (relation is None and tense == "past"):
        base = anchor if on_weekend and relation is None else anchor - timedelta(days=7)
    elif relation in ("next", "coming"):
        base = anchor + timedelta(days=7)
    else:
        base = anchor
    return iso_week(base) + "-WE"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_quarter(anchor: date, offset: int) -> str:
    idx = anchor.year * 4 + quarter_of(anchor) - 1 + offset
    return f"{idx // 4}-Q{idx % 4 + 1}"


def shift(anchor: date, amount: int, unit: str) -> str | None:
    """The TIMEX3 value `amount` units from `anchor`, at the unit's granularity."""
    if unit == "D":
        return iso_day(anchor + timedelta(days=amount))
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=amount))
    if unit == "M":
        return month_value(add_months(anchor, amount))
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    return None


def unit_value(anchor: date, unit: str, offset: int = 0) -> str | None:
    """The anchor's own week/month/year/... shifted by `offset` units ("last month" = -1)."""
    if unit == "Q":
        return shift_quarter(anchor, offset)
    if unit == "H":
        idx = anchor.year * 2 + (anchor.month - 1) // 6 + offset
        return f"{idx // 2}-H{idx % 2 + 1}"
    return shift(anchor, offset, unit)
