"""The speech act is the event (PLOVER; issue 13 item 5): a threat is coded as THREATEN by whoever makes it, toward
whoever it is aimed at, and the act it is about is that event's `content` (hypothetical), never an act that
happened. A warning of a consequence aimed at no one is no threat, and a threat named as a danger ("posed no
threat") is no act at all.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2024, 9, 10)


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def happened(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_ and e.status in {"occurred", "claimed"}]


# ------------------------------------------------------------------ measures held out against another country


@pytest.mark.parametrize(("text", "speaker", "aimed_at"), [
    ("Philippine Trade Secretary Cristina Roque said Manila would impose tariffs of 25 percent on Chinese steel.",
     "PHL", "CHN"),
    ("Lithuania's foreign minister says Vilnius will propose sanctions against Georgian officials at next week's "
     "EU meeting.", "LTU", "GEO"),
])
def test_sanctions_a_side_announces_against_another_country_are_its_threat(text: str, speaker: str,
                                                                          aimed_at: str) -> None:
    events = extract(text)
    threat = only(events, "THREATEN")
    assert codes(threat.source) == {speaker}
    assert aimed_at in codes(threat.target)
    assert threat.content is not None and threat.content.type == "SANCTION"
    assert threat.content.status == "hypothetical"
    assert not [e for e in events if e.type == "SANCTION"]  # the measures are the threat's content only


def test_sanctions_reported_without_a_speaker_stay_the_planned_measure() -> None:
    # a decision told by the report itself, not a side holding out measures: the planned sanction
    sanction = only(extract("The EU will impose sanctions on Russia next week."), "SANCTION")
    assert sanction.status == "planned"
    assert codes(sanction.target) == {"RUS"}


@pytest.mark.parametrize("text", [
    "The Palestinian Authority said it might suspend security coordination with Israel.",
    "Pakistan said it could carry out strikes inside Afghan territory.",
])
def test_what_a_side_says_it_might_do_stays_the_act_hypothetical(text: str) -> None:
    # "might", "could": a possibility the speaker names, not a measure it announces (the dev gold's reading)
    events = extract(text)
    assert not [e for e in events if e.type == "THREATEN"]
    assert [e.status for e in events] == ["hypothetical"]


def test_force_another_side_could_use_is_no_threat_of_the_speaker() -> None:
    # Israel speaks of what Hamas might do: Hamas threatens nobody here, and nothing happened
    events = extract("Israel said Hamas could launch an attack on Sderot.")
    assert not [e for e in events if e.type == "THREATEN"]
    assert not happened(events, "ASSAULT")


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
