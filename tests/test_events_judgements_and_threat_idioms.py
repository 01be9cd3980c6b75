"""Judgements told as a copula or an equating verb, and threat idioms told in a reported clause (issue 13, session
9): phrasings that had no trigger at all. A judgement on an act is disapproval (ACCUSE) by the speaker; a threat idiom
("will pay a heavy price", "all options remain on the table") is a threat (THREATEN) by the speaker, aimed at the
side named as the one who will pay or regret. Look-alikes outside conflict stay no act.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 2)

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# ------------------------------------------------------------------ judgements


@pytest.mark.parametrize("text", [
    "China said the use of force against Filipino fishermen was unacceptable.",
    "\"The use of force against fishermen is unacceptable,\" the Philippine foreign ministry said.",
    "Kyiv said the strike was a flagrant violation of international law.",
    "Ukraine said the Russian strike on Kharkiv constitutes a war crime.",
    "Caracas denounced that the presence of the warships represents a grave violation of its sovereignty.",
    "The foreign ministry of Azerbaijan said the shelling of the villages amounts to aggression.",
])  # fmt: skip
def test_an_act_judged_in_a_reported_clause_is_disapproval_by_the_speaker(text: str) -> None:
    assert "ACCUSE" in types(extract(text))


def test_the_judgement_is_aimed_at_whoever_did_the_act_judged() -> None:
    judgement = only(extract("Ukraine said the Russian strike on Kharkiv constitutes a war crime."), "ACCUSE")
    assert codes(judgement.source) == {"UKR"} and codes(judgement.target) == {"RUS"}


@pytest.mark.parametrize("text", [
    "The farmers' union said the weather was unacceptable for the harvest.",
    "The minister said the use of the new stadium represents a milestone for the city.",
    "The ministry denied that the strike was a war crime.",
])  # fmt: skip
def test_judgements_of_things_that_are_no_acts_or_denied_are_no_disapproval(text: str) -> None:
    assert "ACCUSE" not in types(extract(text))


def test_a_red_line_crossed_is_an_accusation_against_whoever_crossed_it() -> None:
    accusation = only(extract("Washington said Damascus had crossed a red line by using chemical weapons."), "ACCUSE")
    assert codes(accusation.source) == {"USA"} and codes(accusation.target) == {"SYR"}


# ------------------------------------------------------------------ threat idioms


@pytest.mark.parametrize(("text", "target"), [
    ("Iran warned that Israel will pay a heavy price for the strike.", "ISR"),
    ("Putin said Kyiv will regret the attack.", "UKR"),
])  # fmt: skip
def test_a_side_told_it_will_pay_or_regret_is_threatened(text: str, target: str) -> None:
    threat = only(extract(text), "THREATEN")
    assert target in codes(threat.target)


@pytest.mark.parametrize("text", [
    "The White House said all options remain on the table after Iran seized the tanker.",
    "North Korea said any incursion into its waters will be met with force.",
    "Israel vowed it will not rest until Hamas is defeated.",
    "A White House spokeswoman said the president \"is not ruling anything out\" on Venezuela.",
])  # fmt: skip
def test_threat_idioms_in_a_reported_clause_are_threats(text: str) -> None:
    threat = only(extract(text), "THREATEN")
    assert threat.status == "occurred"


def test_a_forceful_reply_told_to_a_listener_is_a_threat() -> None:
    threat = only(extract("Pakistan's defence minister told a television channel that Pakistan \"will respond with full"
                          " force\" to any Indian aggression."), "THREATEN")  # fmt: skip
    assert codes(threat.source) == {"PAK"} and threat.status == "occurred"


def test_a_forceful_reply_the_speaker_announces_is_a_threat_not_a_planned_attack() -> None:
    events = extract("Pakistan's defence minister said Pakistan \"will respond with full force\" to any aggression.")
    assert "ASSAULT" not in types(events)


@pytest.mark.parametrize("text", [
    "The minister said the options remain on the table for the budget talks.",
    "The company said customers will pay a lower price for electricity next year.",
    "He said the price of bread will be met with anger by shoppers.",
    "The striker said he will not rest until the title is won.",
])  # fmt: skip
def test_idioms_outside_a_threat_are_no_threat(text: str) -> None:
    assert "THREATEN" not in types(extract(text))


# ------------------------------------------------------------------ exercises, engagements, tributes


@pytest.mark.parametrize("text", [
    "The Philippines and the United States began their annual military exercises on Monday.",
    "South Korea and the United States kicked off the five-day Freedom Flag exercise on Wednesday.",
])  # fmt: skip
def test_exercises_two_named_sides_hold_together_are_cooperation_between_them(text: str) -> None:
    drills = only(extract(text), "COOPERATE")
    assert len(codes(drills.source)) == 2 and codes(drills.source) == codes(drills.target)


@pytest.mark.parametrize("text", [
    "The Philippines began military exercises on Monday.",
    "China's army and navy began live-fire drills around Taiwan on Monday.",
])  # fmt: skip
def test_one_sides_exercises_stay_a_show_of_force(text: str) -> None:
    events = extract(text)
    assert "COOPERATE" not in types(events) and "MOBILIZE" in types(events)


def test_troops_engaging_armed_men_is_a_fight() -> None:
    fight = only(extract("Pakistani troops engaged the attackers near the border on Monday."), "ASSAULT")
    assert codes(fight.source) == {"PAK"}


def test_engaging_a_consultant_is_no_fight() -> None:
    assert extract("The ministry engaged a consultant to review its accounts.") == []


def test_paying_tribute_is_support() -> None:
    tribute = only(extract("Pakistan's prime minister paid tribute to the soldiers on Monday."), "SUPPORT")
    assert codes(tribute.source) == {"PAK"}


def test_a_tribute_band_is_no_support() -> None:
    assert "SUPPORT" not in types(extract("A tribute band played at the festival in Lahore on Monday."))


# ------------------------------------------------------------------ refusals and denials told as a clause


@pytest.mark.parametrize("text", [
    "Russia's foreign minister said Moscow saw no grounds for a ceasefire.",
    "Moscow saw no grounds for a ceasefire.",
])  # fmt: skip
def test_seeing_no_grounds_for_a_ceasefire_is_a_refusal_of_it(text: str) -> None:
    events = extract(text)
    refusal = only(events, "REJECT")
    assert codes(refusal.source) == {"RUS"}
    assert all(e.status != "occurred" for e in events if e.type != "REJECT")  # the ceasefire did not happen


def test_seeing_no_reason_for_a_change_of_players_is_no_refusal() -> None:
    assert "REJECT" not in types(extract("The coach said he saw no reason for a change in the team."))


def test_a_side_saying_it_did_not_break_a_truce_denies_the_accusation() -> None:
    denial = only(extract("India said its troops had not violated the ceasefire along the Line of Control."), "REJECT")
    assert codes(denial.source) == {"IND"}


@pytest.mark.parametrize("text", [
    "The minister said the company had not violated the law.",
    "India said Pakistani troops had violated the ceasefire.",
])  # fmt: skip
def test_a_rule_of_law_kept_or_a_truce_broken_is_no_denial(text: str) -> None:
    assert "REJECT" not in types(extract(text))
