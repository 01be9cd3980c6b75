"""Checks the status probes and audits share: an act not done is never coded as done, and the like act that was
done still is (so that a fix cannot simply drop events)."""

from __future__ import annotations

from test_events import extract

HAPPENED = {"occurred", "claimed"}


def statuses(text: str, type_: str) -> list[str]:
    return [e.status for e in extract(text) if e.type == type_]


def assert_not_done(text: str, type_: str) -> None:
    found = statuses(text, type_)
    assert not HAPPENED & set(found), f"{type_} coded as {found}"


def assert_done(text: str, type_: str) -> None:
    found = statuses(text, type_)
    assert HAPPENED & set(found), f"{type_} coded as {found}"
