"""Families of missing or wrong event types found by error analysis on public coded sentences (session 12).

Every sentence here is written for flashpoint (other countries, other words than the corpora). Each family is
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
    assert found, f"no {type_} in {[(e.type, e.status) for e in events]}"
    return found[0]


def _types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# --- "X will not free / lift / withdraw", told in the writer's voice: X's refusal (REJECT) ------------------------

@pytest.mark.parametrize(("text", "content", "source"), [
    ("The kidnappers will not free the Korean engineers until their demands are met.", "RETREAT", None),
    ("Pakistan will not lift the curfew in Quetta before the weekend.", "CONCEDE", "PAK"),
    ("The Moldovan government will not withdraw its police from the border villages.", "RETREAT", "MDA"),
])
def test_a_side_that_will_not_yield_refuses(text: str, content: str, source: str | None) -> None:
    events = extract(text)
    refusal = _of(events, "REJECT")
    assert refusal.status == "occurred"
    assert refusal.content is not None and refusal.content.type == content
    assert refusal.content.status == "negated"
    if source:
        assert codes(refusal.source) == {source}
    assert not [e for e in events if e.type == content and e.status in {"occurred", "claimed"}]


def test_captives_who_will_not_be_freed_are_refused_in_the_passive_too() -> None:
    refusal = _of(extract("The hostages held in Gao will not be freed before the talks resume."), "REJECT")
    assert refusal.content is not None and refusal.content.type == "RETREAT"


def test_a_retreat_that_did_not_happen_stays_the_retreat_negated() -> None:
    events = extract("Armenian troops did not withdraw from the village on Monday.")
    assert "REJECT" not in _types(events)
    assert _of(events, "RETREAT").status == "negated"


def test_another_sides_forecast_that_a_party_will_not_withdraw_is_no_refusal() -> None:
    events = extract("The OSCE said Azerbaijan would not withdraw its troops from the pass.")
    assert "REJECT" not in _types(events)
    assert _of(events, "RETREAT").status == "negated"


# --- a deadline given or set is an ultimatum (THREATEN) -----------------------------------------------------------

def test_a_deadline_given_to_a_side_is_a_threat() -> None:
    threat = _of(extract("Sweden gave Belarus a deadline to release the detained pilot."), "THREATEN")
    assert codes(threat.source) == {"SWE"}
    assert codes(threat.target) == {"BLR"}


def test_a_deadline_given_in_the_passive() -> None:
    threat = _of(extract("The Guinean junta was given a deadline by ECOWAS to hand power back to civilians."),
                 "THREATEN")
    assert codes(threat.source) == {"ECOWAS"}


def test_a_deadline_set_for_strikers() -> None:
    threat = _of(extract("The Zimbabwean president set a ten-day deadline for striking nurses to return to work."),
                 "THREATEN")
    assert codes(threat.source) == {"ZWE"}


def test_a_deadline_that_is_only_a_date_is_no_threat() -> None:
    assert "THREATEN" not in _types(extract("The deadline for the Tunisian budget talks passed on Monday."))


# --- "issued a warning that it would ...": a warning carrying a threat --------------------------------------------

def test_a_warning_noun_with_a_modal_clause_is_a_threat() -> None:
    threat = _of(extract("Morocco issued a warning that it would not tolerate foreign warships off its coast."),
                 "THREATEN")
    assert codes(threat.source) == {"MAR"}
    assert threat.status == "occurred"


def test_a_warning_of_a_flood_is_no_threat() -> None:
    events = extract("Forecasters issued a warning that the river could burst its banks near Lyon on Friday.")
    assert "THREATEN" not in _types(events)


# --- refuting and rebutting a claim is a denial (REJECT) ----------------------------------------------------------

def test_refuting_claims_is_a_denial_aimed_at_who_made_them() -> None:
    denial = _of(extract("Ghana strongly refuted Togo's claims about the border shooting."), "REJECT")
    assert codes(denial.source) == {"GHA"}
    assert codes(denial.target) == {"TGO"}


def test_claims_refuted_in_the_passive() -> None:
    denial = _of(extract("Togo's claims about the border shooting were refuted by Benin on Monday."), "REJECT")
    assert codes(denial.source) == {"BEN"}


def test_a_rebuttal_noun_is_a_denial() -> None:
    denial = _of(extract("Benin's rebuttal of Togo's accusations came a day later."), "REJECT")
    assert codes(denial.source) == {"BEN"}


def test_rebutting_reports_of_an_incursion() -> None:
    assert "REJECT" in _types(extract("Caracas rebutted reports that its jets had entered Guyanese airspace."))


# --- defending a side over a dispute is verbal support ------------------------------------------------------------

def test_defending_a_country_over_accusations_is_support() -> None:
    support = _of(extract("Hungary's premier defended Serbia over the accusations of vote rigging."), "SUPPORT")
    assert codes(support.source) == {"HUN"}
    assert codes(support.target) == {"SRB"}


def test_defending_a_city_against_an_assault_is_no_support() -> None:
    events = extract("Sudanese troops defended El Obeid against a dawn assault by the rebels.")
    assert "SUPPORT" not in _types(events)


# --- a meal shared by leaders is a meeting (CONSULT) --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Laotian prime minister had dinner with the Thai king in Bangkok on Tuesday.",
    "The Laotian prime minister dined with the Thai king in Bangkok on Tuesday.",
])
def test_a_meal_with_a_leader_is_a_meeting(text: str) -> None:
    meeting = _of(extract(text), "CONSULT")
    assert {"LAO", "THA"} <= codes(meeting.source) | codes(meeting.target)


def test_a_meal_with_no_one_named_is_no_meeting() -> None:
    assert "CONSULT" not in _types(extract("The soldiers had lunch in the barracks before the parade."))


# --- returning cultural goods or weapons is a RETREAT; announced, a CONCEDE ---------------------------------------

def test_returning_statues_to_their_country_is_a_retreat() -> None:
    retreat = _of(extract("Belgium returned 30 looted statues to Congo on Monday."), "RETREAT")
    assert codes(retreat.source) == {"BEL"}
    assert codes(retreat.target) == {"COD"}


def test_a_statue_returned_in_the_passive() -> None:
    retreat = _of(extract("A bronze statue taken from Benin was returned to the Beninese government by a German "
                          "museum on Friday."), "RETREAT")
    assert codes(retreat.target) == {"BEN"}


def test_weapons_a_militia_says_it_will_return_are_a_concession() -> None:
    concession = _of(extract("Libyan militia leaders said on Sunday they will return the rifles they took from "
                             "the army."), "CONCEDE")
    assert concession.content is not None and concession.content.type == "RETREAT"


# --- allowing aid to be delivered is access granted (RETREAT), announced a CONCEDE --------------------------------

def test_allowing_an_agency_to_deliver_aid_is_access() -> None:
    events = extract("The Sudanese army allowed UNICEF to deliver vaccines to the besieged town.")
    access = _of(events, "RETREAT")
    assert access.mode == "access"
    assert codes(access.source) == {"SDN"}
    assert "AID" not in _types(events)   # the delivery is what is allowed, not an act told as done


def test_aid_a_government_says_it_will_allow_is_a_concession() -> None:
    events = extract("Eritrea said it would allow the Red Cross to deliver food to the displaced families.")
    concession = _of(events, "CONCEDE")
    assert codes(concession.source) == {"ERI"}


# --- pressure pressed on a side to act is a demand (REQUEST); what it is pressed to do is not told as done ----------

@pytest.mark.parametrize("text", [
    "Ecuador faces pressure from Washington to expel the Russian envoy.",
    "Washington stepped up pressure on Ecuador to expel the Russian envoy.",
    "Washington put pressure on Ecuador to expel the Russian envoy.",
])
def test_pressure_to_act_is_a_demand_and_the_act_is_not_told_as_done(text: str) -> None:
    events = extract(text)
    demand = _of(events, "REQUEST")
    assert codes(demand.source) == {"USA"}
    assert codes(demand.target) == {"ECU"}
    assert not [e for e in events if e.type == "SANCTION" and e.status in {"occurred", "claimed"}]


def test_pressure_of_prices_is_no_demand() -> None:
    events = extract("The Zambian kwacha came under pressure from rising import prices and the storm put pressure "
                     "on the grid.")
    assert "REQUEST" not in _types(events)


def test_criticism_a_party_faces_comes_from_its_critics() -> None:
    events = extract("The Serbian government faced sharp criticism from Croatia over the border arrests.")
    criticism = _of(events, "ACCUSE")
    assert codes(criticism.source) == {"HRV"}
    assert codes(criticism.target) == {"SRB"}


# --- aid named as materials and items ------------------------------------------------------------------------------

def test_shelter_materials_provided_are_aid() -> None:
    aid = _of(extract("Canada provided shelter materials and hygiene items to 8,000 families in Haiti."), "AID")
    assert codes(aid.source) == {"CAN"}


def test_construction_materials_are_no_aid() -> None:
    events = extract("China accused Manila of trying to deliver construction materials to the grounded ship.")
    assert "AID" not in _types(events)


# --- horror and shock expressed at an act are disapproval (ACCUSE) ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chadian foreign minister expressed horror at the killing of civilians in Darfur.",
    "Norway voiced shock at the bombing of the hospital in Gaza.",
])
def test_horror_expressed_is_disapproval(text: str) -> None:
    assert _of(extract(text), "ACCUSE").mode == "disapprove"


# --- a fine imposed is a penalty (SANCTION) -----------------------------------------------------------------------

def test_a_court_that_fines_a_company_sanctions_it() -> None:
    fine = _of(extract("A Kenyan court fined the Chinese mining company $2 million for polluting the river."),
               "SANCTION")
    assert codes(fine.source) == {"KEN"}
    assert codes(fine.target) == {"CHN"}


def test_a_fine_in_the_passive_names_who_was_fined() -> None:
    fine = _of(extract("A former Malawian minister has been fined $50,000 for taking bribes."), "SANCTION")
    assert codes(fine.target) == {"MWI"}


def test_fine_weather_is_no_sanction() -> None:
    assert extract("The weather was fine in Lusaka on Monday.") == []


# --- "X wants Y to do Z": Y is asked (REQUEST); "wants to", with no one asked, is an intention ----------------------

@pytest.mark.parametrize(("text", "source", "target"), [
    ("Switzerland wants Azerbaijan to end the sanctions on its banks.", "CHE", "AZE"),
    ("Washington wants Seoul to release the detained activists.", "USA", "KOR"),
])
def test_wanting_another_side_to_act_is_a_request(text: str, source: str, target: str) -> None:
    events = extract(text)
    request = _of(events, "REQUEST")
    assert codes(request.source) == {source}
    assert codes(request.target) == {target}
    assert request.content is not None


@pytest.mark.parametrize("text", [
    "Nepal wants to reopen the border crossings with India.",
    "Nepal wants peace with its neighbours.",
])
def test_wanting_for_oneself_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(extract(text))


# --- aid transferred ------------------------------------------------------------------------------------------------

def test_aid_transferred_to_a_country_is_aid() -> None:
    aid = _of(extract("Qatar transferred 20 tonnes of humanitarian aid to Sudan on Monday."), "AID")
    assert codes(aid.source) == {"QAT"}
    assert codes(aid.target) == {"SDN"}


# --- giving in: "backed down", "accepted the demands" (CONCEDE) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kenyan president backed down on the tax increase after a week of protests.",
    "The Peruvian government accepted the demands of the striking copper miners.",
])
def test_giving_in_is_a_concession(text: str) -> None:
    events = extract(text)
    assert "CONCEDE" in _types(events)
    assert "SUPPORT" not in _types(events) and "AGREE" not in _types(events)


def test_backing_a_leader_is_still_support() -> None:
    assert "SUPPORT" in _types(extract("Ghana's main opposition party backed the Togolese president's plan."))


def test_resources_offered_to_a_country_are_offered_aid() -> None:
    offer = _of(extract("The United Nations is willing to send more resources to Chad to help refugees."), "AGREE")
    assert offer.content is not None and offer.content.type == "AID"


# --- joint war games are joint exercises (COOPERATE; docs/gold-format.md) -----------------------------------------

def test_joint_war_games_are_cooperation() -> None:
    events = extract("The armies of Chile and Peru held joint war games in October.")
    games = _of(events, "COOPERATE")
    assert {"CHL", "PER"} <= codes(games.source) | codes(games.target)
    assert "MOBILIZE" not in _types(events)


def test_one_sides_war_games_still_mobilise() -> None:
    assert "MOBILIZE" in _types(extract("China launched war games near Taiwan on Monday."))


# --- declining aid is a refusal (REJECT/assist) --------------------------------------------------------------------

def test_declining_assistance_is_a_refusal() -> None:
    refusal = _of(extract("The Norwegian government declined humanitarian assistance from Sweden."), "REJECT")
    assert refusal.mode == "assist"
    assert codes(refusal.source) == {"NOR"}
    assert codes(refusal.target) == {"SWE"}
