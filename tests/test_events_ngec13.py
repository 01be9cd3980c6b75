"""Families of missing or wrong event types found by reading NGEC's synthetic PLOVER stories (session 13).

Every sentence here is written for flashpoint (other countries, other words than the stories). Each family is
tried as a verb, a passive, a noun or a light verb where news uses them, beside a sentence that must keep its
old coding (a wrong type is worse than none). Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from functools import partial

import pytest

from flashpoint.model import Event
from test_events import PUBLISHED, codes
from test_events import extract as _extract

extract = partial(_extract, published=PUBLISHED)


def _of(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.mode, e.status) for e in events]}"
    return found[0]


def _types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# --- intrusions are COERCE cyber (PLOVER: "cyber attacks and crime, including hacking"), whatever verb hits ------

@pytest.mark.parametrize("text", [
    "A Belgian power utility was hit by a cyberattack that disabled its booking website.",   # passive, noun agent
    "The port authority in Gdansk was crippled by a ransomware attack on Friday.",           # passive, kind of attack
    "A series of malware attacks on banks in Kenya caused outages.",                         # noun with its kind
    "A news portal in Malta was hit by hackers last week.",                                   # passive, hackers
    "A group of hackers linked to Iran targeted the servers of the Albanian tax office.",    # active, a group of them
    "Unknown intruders hit the email servers of the Latvian foreign ministry.",              # what only a hack hits
])
def test_an_intrusion_is_cyber_coercion_not_an_armed_assault(text: str) -> None:
    events = extract(text)
    cyber = _of(events, "COERCE")
    assert cyber.mode == "cyber"
    assert "ASSAULT" not in _types(events)


def test_a_missile_that_hits_a_network_stays_an_assault() -> None:
    events = extract("Russian missiles hit the rail network and a power plant near Lviv on Tuesday.")
    assert "COERCE" not in _types(events)


# --- services an authority shuts down: censorship, or a withheld public service -----------------------------------

@pytest.mark.parametrize(("text", "mode"), [
    ("Police in Oslo temporarily closed a messaging platform to stop the spread of rumours.", "censor"),
    ("Ghana said it was temporarily suspending all social media platforms for three days.", "censor"),
    ("The junta shut down two independent news websites on Thursday.", "censor"),
    ("Uganda shut off the internet in several districts before the vote.", "withhold"),
    ("The army shut off water to the besieged camp.", "withhold"),
])
def test_shutting_an_online_service_or_a_utility_is_coercion(text: str, mode: str) -> None:
    coerce = _of(extract(text), "COERCE")
    assert coerce.mode == mode


def test_a_shop_closed_by_its_owner_is_no_censorship() -> None:
    assert "COERCE" not in _types(extract("The owner closed his bakery in Lyon after twenty years."))


# --- forces and arms put in place, on guard ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mode", "source"), [
    ("Laos stationed a missile defence battery on its northern border.", "weapons", "LAO"),
    ("Peru has stationed an air defence system near the Ecuadorian border.", "weapons", "PER"),
    ("Bolivia stationed 2,000 soldiers along the Chilean border.", "troops", "BOL"),
])
def test_stationing_troops_or_arms_is_mobilisation(text: str, mode: str, source: str) -> None:
    mobilize = _of(extract(text), "MOBILIZE")
    assert mobilize.mode == mode
    assert codes(mobilize.source) == {source}


def test_troops_ordered_to_stand_guard_are_mobilised() -> None:
    mobilize = _of(extract("The Tunisian president ordered troops to stand guard at the parliament."), "MOBILIZE")
    assert mobilize.mode == "troops"


# --- the courts: a verdict ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A jury in Nairobi found three activists guilty of trespassing.",
    "A court in Almaty found the former mayor guilty of bribery.",
])
def test_found_guilty_is_a_conviction(text: str) -> None:
    assert _of(extract(text), "SANCTION").mode == "convict"


# --- calling off one's own protests, or agreeing to a concession, is conceding (PLOVER CONCEDE) ------------------

@pytest.mark.parametrize("text", [
    "The teachers' union cancelled its planned rallies in Lusaka.",
    "The opposition alliance has cancelled Friday's march on parliament.",
])
def test_cancelling_ones_own_protests_is_a_concession(text: str) -> None:
    assert "CONCEDE" in _types(extract(text))


def test_a_cancelled_meeting_stays_a_refusal() -> None:
    events = extract("Slovakia cancelled a meeting with the Hungarian foreign minister.")
    assert "REJECT" in _types(events)
    assert "CONCEDE" not in _types(events)


@pytest.mark.parametrize("text", [
    "The militia in Ituri agreed to put down its weapons in return for an amnesty.",
    "Nepal agreed to lift the ban on Indian trucks at the border.",
])
def test_a_concession_agreed_to_is_conceded(text: str) -> None:
    events = extract(text)
    concede = _of(events, "CONCEDE")
    assert concede.content is None or concede.content.status == "planned"
    assert "AGREE" not in _types(events)


def test_agreeing_to_a_truce_proposal_stays_an_agreement() -> None:
    events = extract("Both armies accepted a Kenyan proposal for a three-day truce.")
    assert "CONCEDE" not in _types(events)


# --- backing renewed or expressed, trade begun, relief granted, a pullout, a resignation --------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Norway renewed its commitment to the African Union on Tuesday.", "NOR"),
    ("Denmark expressed its commitment to the Qatari mediation efforts.", "DNK"),
])
def test_a_renewed_or_expressed_commitment_is_support(text: str, source: str) -> None:
    support = _of(extract(text), "SUPPORT")
    assert codes(support.source) == {source}


def test_a_renewed_curfew_is_no_support() -> None:
    assert "SUPPORT" not in _types(extract("The governor renewed the curfew in Jos for another week."))


def test_exports_begun_to_another_country_are_cooperation() -> None:
    cooperate = _of(extract("Cape Verde began exporting tuna to Thailand on Monday."), "COOPERATE")   # verb begun
    assert codes(cooperate.source) == {"CPV"}
    assert codes(cooperate.target) == {"THA"}


def test_a_trade_that_has_long_run_is_no_act() -> None:
    assert "COOPERATE" not in _types(extract("Azerbaijan has been exporting gas to Italy since 2020."))


def test_debt_relief_granted_is_aid() -> None:
    assert "AID" in _types(extract("Japan granted Malawi debt relief worth $200 million."))


@pytest.mark.parametrize("text", [
    "Romanian troops moved out of the disputed village on Saturday.",
    "Ethiopian soldiers pulled out of the border town overnight.",
])
def test_forces_moving_out_withdraw(text: str) -> None:
    assert _of(extract(text), "RETREAT").mode == "withdraw"


def test_residents_moving_out_is_no_withdrawal() -> None:
    assert "RETREAT" not in _types(extract("Many residents moved out of the flooded district in Dhaka."))


def test_a_leader_who_has_quit_resigned() -> None:
    retreat = _of(extract("The Honduran president has quit after weeks of protests."), "RETREAT")
    assert retreat.mode == "resign"


def test_quitting_a_habit_is_no_resignation() -> None:
    assert "RETREAT" not in _types(extract("The Malian minister quit smoking last year."))


# --- an aid body or a mission that leaves a country withdraws its help (PLOVER SANCTION withdraw) ----------------

@pytest.mark.parametrize(("text", "source"), [
    ("Doctors Without Borders has withdrawn from the Central African Republic, citing insecurity.", "MSF"),
    ("The United Nations withdrew its observers from Kidal on Sunday.", "UN"),
])
def test_an_agency_that_pulls_out_withdraws_its_help(text: str, source: str) -> None:
    events = extract(text)
    sanction = _of(events, "SANCTION")
    assert sanction.mode == "withdraw"
    assert codes(sanction.source) == {source}
    assert "RETREAT" not in _types(events)


def test_an_army_that_pulls_out_still_retreats() -> None:
    events = extract("Russian troops withdrew from the village of Robotyne on Monday.")
    assert _of(events, "RETREAT").mode == "withdraw"
    assert "SANCTION" not in _types(events)
