"""PLOVER modes and the act families of the manual that a first pass over every type and mode left uncoded.

A threat's, a demand's or a refusal's mode is what it is about (rewrites.yaml `content_modes`); unmanned
strikes are the drone mode; leaving a body, letting aid or monitors in and going on a hunger strike each have a
type and mode of their own. Each sentence was written for this file; the vocabulary lives
in src/flashpoint/events/data/. The tests run the real spaCy model.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from test_events import codes
from test_events import extract as extract_on
from test_events_vocabulary import test_news_phrasings_name_an_act as names_the_act

PUBLISHED = date(2025, 3, 10)


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    # a threat is coded by what is threatened
    ("Mali threatened to expel the French ambassador.", "THREATEN", "expel", "MLI", "FRA"),
    ("Algeria threatened to sever ties with Spain.", "THREATEN", "relations", "DZA", "ESP"),
    ("Israel's defence minister threatened to arrest the Hamas leaders abroad.", "THREATEN", "arrest", "ISR", None),
    ("The junta warned that it would outlaw the main opposition party.", "THREATEN", "ban", None, None),
    ("China warned it would impose a blockade on Taiwan.", "THREATEN", "restrict", "CHN", "TWN"),
    # a demand or a refusal by what is asked for or refused
    ("Kinshasa demanded the withdrawal of Rwandan troops from its territory.", "REQUEST", "yield", "COD", "RWA"),
    ("The opposition demanded the resignation of the president.", "REQUEST", "change", None, None),
    ("The Taliban asked for a meeting with the UN envoy.", "REQUEST", "meet", None, "UN"),
    ("The Taliban refused to meet the UN envoy.", "REJECT", "meet", None, "UN"),
    ("Moscow refused to withdraw its troops from Transnistria.", "REJECT", "yield", "RUS", None),
    # asking for help names what is asked for
    ("The United Nations appealed for $40 million in aid for flood victims.", "REQUEST", "assist", "UN", None),
    ("Ukraine asked Germany for more tanks.", "REQUEST", "assist", "UKR", "DEU"),
])
def test_a_speech_act_takes_its_mode_from_what_it_is_about(text: str, type_: str, mode: str | None,
                                                            source: str | None, target: str | None) -> None:
    names_the_act(text, type_, mode, source, target)


@pytest.mark.parametrize("text", [
    "A drone strike killed three militants in Somalia.",
    "Russia launched dozens of drones at Kyiv overnight.",
    "A Ukrainian drone attack hit a refinery in Russia.",
    "The militia carried out a drone raid on the airport.",
])
def test_strikes_by_unmanned_aircraft_are_the_drone_mode(text: str) -> None:
    assert [e.mode for e in extract(text) if e.type == "ASSAULT"] == ["drone"], text


def test_a_warplane_strike_stays_aerial() -> None:
    assert [e.mode for e in extract("An Israeli air strike hit a house in Gaza.") if e.type == "ASSAULT"] == ["aerial"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The withdrawal of Burkina Faso from ECOWAS took effect in January.", "BFA", "ECOWAS"),
    ("Nicaragua left the OAS in 2023.", "NIC", "OAS"),
    ("Mali quit the G5 Sahel alliance in 2022.", "MLI", None),
    ("Washington pulled out of the nuclear deal in 2018.", "USA", None),
])
def test_leaving_a_body_is_a_sanction_not_a_retreat(text: str, source: str, target: str | None) -> None:
    names_the_act(text, "SANCTION", "withdraw", source, target)


@pytest.mark.parametrize("text", [
    "The withdrawal of Russian troops from Kherson was completed.",   # forces leave a place
    "Israeli troops pulled out of the camp.",
])
def test_forces_leaving_a_place_still_retreat(text: str) -> None:
    assert {e.type for e in extract(text)} == {"RETREAT"}, text


def test_leaving_a_union_in_a_countrys_history_is_no_withdrawal() -> None:
    text = "Montenegro, which left its state union with Serbia in 2006, joined NATO in 2017."
    assert not [e for e in extract(text) if e.type == "SANCTION"]


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    # the noun of an act whose doer follows "of", as subject of a verb that only reports it
    ("The resignation of the Peruvian defence minister was announced on Monday.", "RETREAT", "resign", "PER", None),
    ("The disarmament of the FARC was completed in 2017.", "RETREAT", "disarm", "COL", None),
    # letting people or goods through
    ("Israel allowed aid trucks into northern Gaza.", "RETREAT", "access", "ISR", None),
    ("UN monitors were admitted to the prison by the Ethiopian authorities.", "RETREAT", "access", "ETH", "UN"),
    ("Egypt let 200 trucks into Gaza through Rafah.", "RETREAT", "access", "EGY", None),
    # a hunger strike, and forces massed
    ("The jailed activist went on a hunger strike in Cairo.", "PROTEST", "hunger", None, None),
    ("Hezbollah massed fighters along the border.", "MOBILIZE", "troops", "LBN", None),
    # phrasal and light-verb acts: set free, moved weapons, shunned goods, carried out a search
    ("Three aid workers were set free by Russian authorities.", "RETREAT", "release", "RUS", None),
    ("Russia moved tactical nuclear weapons to Belarus.", "MOBILIZE", "weapons", "RUS", None),
    ("Jordanian shoppers shunned American brands over Gaza.", "PROTEST", "boycott", None, None),
    ("Soldiers conducted house-to-house searches in the village.", "COERCE", "seize", None, None),
])
def test_acts_of_the_manual_with_no_trigger_before(text: str, type_: str, mode: str | None, source: str | None,
                                                   target: str | None) -> None:
    names_the_act(text, type_, mode, source, target)


@pytest.mark.parametrize(("text", "not_type"), [
    ("The hospital admitted 40 wounded patients.", "RETREAT"),     # patients, not monitors let in
    ("Israel let the deadline pass.", "RETREAT"),
    ("Teachers went on strike in Lagos.", "hunger"),                # a strike, no hunger strike
    ("Rescuers launched a search for survivors.", "COERCE"),       # a rescue, no search of anyone's home
    ("The bird was set free.", "RETREAT"),                           # nobody's captive
])
def test_look_alikes_of_the_new_families(text: str, not_type: str) -> None:
    assert not [e for e in extract(text) if not_type in (e.type, e.mode)], text


def test_a_threat_to_expel_targets_the_one_who_would_be_expelled() -> None:
    threat = [e for e in extract("Mali threatened to expel the French ambassador.") if e.type == "THREATEN"][0]
    assert threat.content is not None and threat.content.type == "SANCTION"
    assert "FRA" in codes(threat.target)
