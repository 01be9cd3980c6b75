"""Properties that must hold for every publication date and any text."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.nlp import get_nlp
from flashpoint.timex import find_timexes, timex_to_span
from flashpoint.timex.calendar import add_months, weekday_date

ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def values(text: str, anchor: date) -> list[str | None]:
    return [t.value for t in find_timexes(get_nlp()(text), anchor)]


@FEW
@given(ANCHORS, st.integers(0, 6))
def test_past_and_future_weekdays_fall_within_a_week_of_the_report(anchor, wd):
    past, future = values(f"Troops attacked on {WEEKDAYS[wd]}. Troops will attack on {WEEKDAYS[wd]}.", anchor)
    past_day, future_day = date.fromisoformat(past), date.fromisoformat(future)
    assert past_day.isoweekday() == future_day.isoweekday() == wd + 1
    assert anchor - timedelta(days=6) <= past_day <= anchor <= future_day <= anchor + timedelta(days=6)


@FEW
@given(ANCHORS)
def test_deictic_days_and_relative_months(anchor):
    got = values("Yesterday troops left; tomorrow they return. Exports fell last month and rise next month.", anchor)
    assert got == [
        (anchor - timedelta(days=1)).isoformat(),
        (anchor + timedelta(days=1)).isoformat(),
        f"{add_months(anchor, -1):%Y-%m}",
        f"{add_months(anchor, 1):%Y-%m}",
    ]


@FEW
@given(ANCHORS)
def test_this_week_span_contains_the_report_date(anchor):
    (tx,) = find_timexes(get_nlp()("Prices fell this week."), anchor)
    span = timex_to_span(tx)
    assert span.precision == "week"
    assert date.fromisoformat(span.start) <= anchor <= date.fromisoformat(span.end)


@given(ANCHORS, st.integers(1, 7))
def test_weekday_date_directions(anchor, wd):
    assert weekday_date(anchor, wd, "this").isocalendar()[:2] == anchor.isocalendar()[:2]
    assert 0 <= (anchor - weekday_date(anchor, wd, "past")).days <= 6
    assert 1 <= (anchor - weekday_date(anchor, wd, "before")).days <= 7
    assert 1 <= (weekday_date(anchor, wd, "future") - anchor).days <= 7


WORDS = st.sampled_from([
    "on", "Monday", "last", "May", "may", "2020", "1,994", "in", "the", "past", "two", "days", "every", "week",
    "at", "20:00", "GMT", "yesterday", "evening", ",", "Wednesday", "31", "February", "13/13/2022", "Q5",
    "3-year-old", "mid-", "1990s", "'90s", "since", "a", "decade", "ago", "later", "now", "the", "next", "day",
])  # fmt: skip


@FEW
@given(st.lists(WORDS, min_size=1, max_size=25), st.one_of(st.none(), ANCHORS))
def test_any_text_gives_valid_non_overlapping_offsets(words, anchor):
    text = " ".join(words)
    txs = find_timexes(get_nlp()(text), anchor)
    for tx in txs:
        assert text[tx.start : tx.end] == tx.text
        assert tx.type in ("DATE", "TIME", "DURATION", "SET")
        timex_to_span(tx)  # never raises
    for a, b in zip(txs, txs[1:], strict=False):
        assert a.end <= b.start
