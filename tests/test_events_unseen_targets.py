"""Targets on text nobody tuned on: the wrong party is worse than none.

Those who speak of "both sides" are never one of them; a state's deployment aimed at nobody named is aimed at the
one armed group of its own country whose acts the report told before, never at one it may be sent to support.
Each test runs the real spaCy model and resolvers on reports written for the purpose.
"""

from __future__ import annotations

from functools import partial

from flashpoint.model import Event
from test_events import PUBLISHED, codes
from test_events import extract as _extract

extract = partial(_extract, published=PUBLISHED)


def _of(events: list[Event], type_: str) -> Event:
    return next(e for e in events if e.type == type_)


def test_those_who_call_on_both_sides_are_not_one_of_the_sides() -> None:
    """ "The United States and Britain called on both sides": Britain, a co-speaker, is no side."""
    events = extract("Fighting between South Sudan's army and the SPLA-IO killed 27 people in Jonglei state. "
                     "The United States and Britain called on both sides to halt the fighting immediately.")
    request = _of(events, "REQUEST")
    assert not codes(request.target) & {"USA", "GBR"}


def test_a_deployment_aimed_at_nobody_is_aimed_at_the_armed_group_the_report_told_of() -> None:
    events = extract("Fano fighters captured the town of Bichena on Friday and freed some 300 inmates.\n\n"
                     "On Monday the Ethiopian defence ministry announced the deployment of two more divisions to "
                     "the region.")
    deployment = _of(events, "MOBILIZE")
    assert any(a.text == "Fano fighters" for a in deployment.target)
    assert "the one armed group" in deployment.notes["target"]


def test_troops_sent_abroad_are_not_aimed_at_the_group_they_may_support() -> None:
    """Rwanda sends troops into Congo's war with the M23: whom they fight the text does not say."""
    events = extract("M23 rebels attacked army positions near Goma on Sunday.\n\n"
                     "Rwanda deployed troops along the border on Monday.")
    deployment = _of(events, "MOBILIZE")
    assert not codes(deployment.target) - {"COD"} or not deployment.target
    assert not any(a.text.startswith("M23") for a in deployment.target)

