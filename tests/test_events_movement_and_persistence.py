"""Families of phrasings that had no trigger at all (issue 13, session 8): acts told by where a force, a convoy
or a crowd goes, demands kept up in the subjunctive, commitments kept, offers made by readiness, light verbs of
force, and envoys on their way. Each rule covers the family, not one report's sentence.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 2)  # a Wednesday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# ------------------------------------------------------------------ movement and position


@pytest.mark.parametrize("text", [
    "Three Chinese coast guard vessels entered Philippine territorial waters near Scarborough Shoal on Monday.",
    "Two Chinese warships sailed into Philippine waters near Scarborough Shoal on Monday.",
])  # fmt: skip
def test_ships_entering_another_states_waters_are_a_show_of_force_against_it(text: str) -> None:
    incursion = only(extract(text), "MOBILIZE")
    assert codes(incursion.source) == {"CHN"} and codes(incursion.target) == {"PHL"}


def test_aircraft_entering_another_states_airspace_are_a_show_of_force_against_it() -> None:
    incursion = only(extract("Russian fighter jets entered Estonian airspace over the Gulf of Finland on Friday."),
                     "MOBILIZE")  # fmt: skip
    assert codes(incursion.source) == {"RUS"} and codes(incursion.target) == {"EST"}


def test_a_boat_that_had_entered_the_waters_in_a_relative_clause_is_no_incursion_of_its_own() -> None:
    events = extract("Vietnam detained a Chinese fishing boat that had entered Vietnamese territorial waters.")
    assert "MOBILIZE" not in types(events)


@pytest.mark.parametrize("text", [
    "Houthi fighters entered Marib on Sunday after weeks of fighting.",
    "Islamist militants swept into the town of Djibo at dawn.",
    "Russian tanks rolled into the city of Kupiansk on Thursday.",
])  # fmt: skip
def test_armed_forces_entering_or_sweeping_into_a_town_take_it(text: str) -> None:
    assert "ASSAULT" in types(extract(text))


def test_peacekeepers_arriving_in_a_town_do_not_attack_it() -> None:
    assert "ASSAULT" not in types(extract("UN peacekeepers arrived in Bunia on Tuesday."))


@pytest.mark.parametrize("text", [
    "The army took back the airport of Kidal from the rebels on Monday.",
    "Ukrainian troops retook the village of Robotyne on Tuesday.",
])  # fmt: skip
def test_taking_ground_back_is_taking_ground(text: str) -> None:
    assert "ASSAULT" in types(extract(text))


def test_an_aid_convoy_arriving_is_aid_from_whoever_sent_it() -> None:
    aid = only(extract("A WFP convoy carrying 800 tonnes of food reached the besieged town of Kadugli on Sunday."),
               "AID")  # fmt: skip
    assert aid.mode == "humanitarian" and codes(aid.source) == {"WFP"}


def test_a_national_red_crescent_is_its_countrys_society_not_the_federation() -> None:
    aid = only(extract("A Turkish Red Crescent convoy carrying blankets and tents crossed into Syria on Sunday."),
               "AID")  # fmt: skip
    assert codes(aid.source) == {"TUR"}


def test_military_columns_moving_toward_a_city_are_a_mobilisation() -> None:
    moved = only(extract("Sudanese army convoys moved toward the city of El Obeid on Saturday."), "MOBILIZE")
    assert codes(moved.source) == {"SDN"}


def test_police_pushing_a_crowd_back_use_force_on_it() -> None:
    push = only(extract("Riot police pushed the demonstrators back with shields outside parliament in Tbilisi."),
                "ASSAULT")  # fmt: skip
    assert push.mode == "crowd-control"


def test_pushing_back_a_vote_is_no_act_of_force() -> None:
    assert not extract("The Georgian parliament pushed back the vote on the budget to March.")


def test_soldiers_turning_migrants_back_at_a_border_send_them_back() -> None:
    turned = only(extract("Polish soldiers turned back 200 migrants at the Belarusian border on Sunday."), "COERCE")
    assert turned.mode == "deport"


# ------------------------------------------------------------------ crowds


@pytest.mark.parametrize("text", [
    "Tens of thousands of protesters filled the streets of Tbilisi on Sunday.",
    "Thousands of students poured into the streets of Dhaka on Monday.",
])  # fmt: skip
def test_crowds_filling_the_streets_are_a_demonstration(text: str) -> None:
    assert only(extract(text), "PROTEST").mode == "demo"


def test_floodwater_filling_the_streets_is_no_demonstration() -> None:
    assert "PROTEST" not in types(extract("Floodwaters filled the streets of Lagos on Sunday."))


@pytest.mark.parametrize("text", [
    "Hundreds of opposition supporters gathered outside the electoral commission in Maputo on Friday.",
    "Hundreds of relatives of the detainees massed outside the prison in Tunis on Monday.",
    "A small group of protesters gathered in central Lima on Friday.",
])  # fmt: skip
def test_a_crowd_gathering_outside_a_seat_of_power_is_a_demonstration(text: str) -> None:
    assert "PROTEST" in types(extract(text))


# ------------------------------------------------------------------ demands kept up, commitments kept, offers


@pytest.mark.parametrize("text", [
    "Ankara continues to insist that Athens demilitarise the Aegean islands.",
    "Ankara again insisted that Athens withdraw its troops from the islands.",
])  # fmt: skip
def test_insisting_that_another_party_do_something_is_a_demand_on_it(text: str) -> None:
    demand = only(extract(text), "REQUEST")
    assert codes(demand.source) == {"TUR"} and codes(demand.target) == {"GRC"}


def test_insisting_that_something_is_so_is_no_demand() -> None:
    assert "REQUEST" not in types(extract("Iran insisted that its nuclear programme is peaceful."))


def test_remaining_committed_to_a_truce_is_an_agreement_kept() -> None:
    kept = only(extract("Thailand's prime minister said his government remained committed to the ceasefire."),
                "AGREE")  # fmt: skip
    assert codes(kept.source) == {"THA"}


def test_being_prepared_to_host_talks_is_an_offer_of_them() -> None:
    offer = only(extract("Qatar is prepared to host talks between Kinshasa and the M23."), "AGREE")
    assert offer.content is not None and offer.content.type == "CONSULT"
    assert offer.content.status == "hypothetical"


# ------------------------------------------------------------------ light verbs of force


def test_strikes_carried_out_against_positions_are_air_strikes() -> None:
    strike = only(extract("The air force carried out strikes against RSF positions near Bara on Monday."), "ASSAULT")
    assert strike.mode == "aerial"


def test_eliminating_operatives_is_killing_them() -> None:
    killing = only(extract("The Israeli army said it had eliminated three Hamas operatives in Khan Younis."),
                   "ASSAULT")  # fmt: skip
    assert codes(killing.source) == {"ISR"}


def test_an_operation_to_eliminate_fighters_is_no_killing_told() -> None:
    assert "ASSAULT" not in types(extract("An operation to eliminate the remaining militants was under way."))


def test_troops_capturing_a_fighter_arrest_him() -> None:
    capture = only(extract("Colombian troops captured a wounded ELN fighter near Saravena on Tuesday."), "COERCE")
    assert capture.mode == "arrest"


# ------------------------------------------------------------------ envoys on their way, mandates


def test_an_envoy_who_will_travel_to_two_capitals_plans_a_visit_to_both() -> None:
    visit = only(extract("The EU special representative will travel to Baku and Yerevan next week."), "CONSULT")
    assert visit.mode == "visit" and visit.status == "planned"
    assert codes(visit.target) == {"AZE", "ARM"}


def test_a_journey_for_consultations_is_told_by_the_consultations() -> None:
    talks = only(extract("The UN envoy travelled to Muscat for consultations with Houthi officials."), "CONSULT")
    assert talks.trigger.text == "consultations"


def test_extending_a_missions_mandate_is_an_agreement() -> None:
    extended = only(extract("The Security Council extended the mandate of the UN mission in South Sudan."),
                    "AGREE")  # fmt: skip
    assert codes(extended.source) == {"UNSC"}
