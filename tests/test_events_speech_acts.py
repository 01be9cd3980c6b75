"""The speech act is the event (PLOVER; issue 13 item 5): a threat is coded as THREATEN by whoever makes it, toward
whoever it is aimed at, and the act it is about is that event's `content` (hypothetical), never an act that
happened. A warning of a consequence aimed at no one is no threat, and a threat named as a danger ("posed no
threat") is no act at all.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2024, 9, 10)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ warnings of consequences


@pytest.mark.parametrize("text", [
    "The World Food Programme warned that it could be forced to cut rations by half in November.",
    "UNHCR warned it may have to suspend aid to refugees in Chad.",
])
def test_a_warning_of_what_would_be_forced_on_the_speaker_is_no_threat(text: str) -> None:
    assert not [e for e in extract(text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Iran warned that it would be forced to respond to any attack on its territory.",
    "Washington warned that the decision would have consequences for the Taliban.",
])
def test_a_warning_of_reprisal_or_consequences_is_still_a_threat(text: str) -> None:
    threat = only(extract(text), "THREATEN")
    assert threat.status == "occurred"


# ------------------------------------------------------------------ "threat" as a danger


@pytest.mark.parametrize("text", [
    "US Indo-Pacific Command said the launch did not pose an immediate threat to US personnel or territory.",
    "The militants posed no threat to anyone, witnesses said.",
    "Iran is a threat to the region, Netanyahu said.",
])
def test_a_threat_posed_is_a_danger_judged_not_an_act(text: str) -> None:
    assert not [e for e in extract(text) if e.type == "THREATEN"]


def test_a_threat_issued_is_still_an_act() -> None:
    threat = only(extract("Hamas issued a threat against Israel."), "THREATEN")
    assert codes(threat.target) == {"ISR"}
