"""Targets in harder positions, found by probing sentences written for the purpose (session 10).

A wrong target is worse than none: each rule fills a target only where the text leaves one reading. Every test
runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from functools import partial

from flashpoint.model import Event
from test_events import PUBLISHED, codes
from test_events import extract as _extract

extract = partial(_extract, published=PUBLISHED)


def _of(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.status) for e in events]}"
    return found[-1]


# --- a vow of reprisal is aimed at whoever did the act to the speaker's side --------------------------------------

def test_a_vow_to_retaliate_is_aimed_at_whoever_struck_the_speaker() -> None:
    threat = _of(extract("Turkish jets bombed Kurdish-held villages near Qamishli on Friday. "
                         "Syria vowed to retaliate."), "THREATEN")
    assert codes(threat.source) == {"SYR"}
    assert codes(threat.target) == {"TUR"}


def test_a_vow_of_revenge_after_a_killing_of_ones_own() -> None:
    threat = _of(extract("A Russian missile killed nine civilians in Sumy on Sunday. Kyiv vowed revenge."),
                 "THREATEN")
    assert codes(threat.source) == {"UKR"}
    assert codes(threat.target) == {"RUS"}


def test_a_vow_to_avenge_a_groups_fighters() -> None:
    threat = _of(extract("Israeli jets bombed Hamas positions in Khan Younis on Tuesday, killing six fighters. "
                         "Hamas vowed to avenge them."), "THREATEN")
    assert codes(threat.target) == {"ISR"}


def test_a_groups_vow_does_not_pay_back_an_arrest_by_its_own_countrys_police() -> None:
    """Of one country, a group and the police are two sides: what police did to suspects is no blow to the group."""
    threat = _of(extract("Police arrested three suspects in Anbar on Monday. "
                         "Kataib Hezbollah vowed to avenge its fighters."), "THREATEN")
    assert not codes(threat.target)


def test_a_reprisal_held_out_against_an_act_named_beside_it() -> None:
    """The act answered may be told only as a possibility, in the threat's own words."""
    threat = _of(extract("Manila warned of a firm response to any Chinese attack on its vessels."), "THREATEN")
    assert codes(threat.source) == {"PHL"}
    assert codes(threat.target) == {"CHN"}


def test_a_vow_after_ones_own_attack_is_aimed_at_no_one() -> None:
    """The speaker did the act told before: what it pays back the text does not say."""
    threat = _of(extract("Iranian forces shelled Kurdish camps in northern Iraq on Monday. "
                         "Iran vowed a harsh response."), "THREATEN")
    assert not codes(threat.target)


def test_a_vow_after_an_act_on_a_third_party_is_aimed_at_no_one() -> None:
    threat = _of(extract("Sudanese army jets bombed a market in Nyala on Monday. Chad vowed to retaliate."),
                 "THREATEN")
    assert not codes(threat.target)


# --- an owned object: its owner is the target, not what it is for ------------------------------------------------

def test_endorsing_a_neighbours_plan_for_a_third_country() -> None:
    support = _of(extract("The Gulf Cooperation Council endorsed the Omani peace plan for Yemen."), "SUPPORT")
    assert codes(support.target) == {"OMN"}


def test_backing_a_possessed_plan_for_a_region() -> None:
    support = _of(extract("Spain backed Morocco's autonomy proposal for Western Sahara on Monday."), "SUPPORT")
    assert codes(support.target) == {"MAR"}


def test_support_for_a_country_still_names_it() -> None:
    support = _of(extract("Lithuania voiced strong support for Ukraine on Monday."), "SUPPORT")
    assert codes(support.target) == {"UKR"}

