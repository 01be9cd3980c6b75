"""CAMEO roots 03-10 as wire copy tells them (cameo-a-dev.jsonl's first run): phrasings of help, joint work,
verbal backing, leave to enter, disarmament, inquiries and meetings named as where a speaker spoke.

Each test runs the real spaCy model and resolvers on sentences written for the purpose (other words and
other countries than the coded sentences of tests/data/plover/cameo-a-*.jsonl).
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, kinds, only

PUBLISHED = date(2009, 3, 12)  # a Thursday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ AID: kit handed over, help to a named country


def test_vehicles_and_kit_delivered_to_another_sides_forces_are_aid() -> None:
    aid = only(extract("The Italian navy delivered six trucks and two ambulances to Tunisia's army on Monday."), "AID")
    assert codes(aid.source) == {"ITA"}
    aid = only(extract("Germany supplied the Afghan border police with 80 armoured vehicles in January."), "AID")
    assert codes(aid.source) == {"DEU"} and codes(aid.target) == {"AFG"}


def test_supplying_named_in_an_accusation_is_no_aid_of_its_own() -> None:
    events = extract("The Kremlin accused Poland of supplying Georgia with anti-aircraft missiles.")
    assert "AID" not in kinds(events) and only(events, "ACCUSE").status == "occurred"


def test_help_given_to_a_named_country_is_aid_and_promised_it_is_an_agree() -> None:
    aid = only(extract("China helped Zambia rebuild its copper railway after the floods."), "AID")
    assert codes(aid.source) == {"CHN"} and codes(aid.target) == {"ZMB"}
    promise = only(extract("India will help Nepal modernise its police force, the home minister said."), "AGREE")
    assert codes(promise.target) == {"NPL"}
    assert promise.content is not None and promise.content.type == "AID"
    assert not extract("Heavy rain helped firefighters put out the blaze in the hills.")


# ------------------------------------------------------------------ COOPERATE: what two sides build or run together


@pytest.mark.parametrize("text", [
    "Ghana and Togo began building a joint power station on the Mono river on Monday.",
    "Uruguay and Paraguay launched a joint investment fund in Asuncion on Wednesday.",
    "A refinery run jointly by Oman and India opened near Sohar on Friday.",
])
def test_a_joint_undertaking_is_material_cooperation(text: str) -> None:
    assert only(extract(text), "COOPERATE").status == "occurred"


def test_a_joint_undertaking_announced_is_a_promise() -> None:
    events = extract("Peru and Chile will set up a joint company to export copper, the two ministers said.")
    assert only(events, "AGREE").content is not None and "COOPERATE" not in kinds(events)


def test_working_closely_with_a_country_offered_is_an_agree() -> None:
    agree = only(extract("Mongolia is ready to work closely with Kazakhstan in every field, its president said."),
                 "AGREE")
    assert codes(agree.source) == {"MNG"} and codes(agree.target) == {"KAZ"}


def test_a_dispute_settled_is_an_agreement_and_one_committed_to_an_agree() -> None:
    settled = only(extract("Belize and Honduras settled their fishing dispute in Tegucigalpa on Tuesday."), "AGREE")
    assert codes(settled.source) == {"BLZ", "HND"}
    assert "AGREE" in kinds(extract("Laos is committed to settling the river row with Vietnam, its premier said."))


# ------------------------------------------------------------------ SUPPORT: backing and forgiving in words


def test_taking_a_side_in_words_is_support() -> None:
    backing = only(extract("Angola threw its weight behind Namibia's candidate for the post on Monday."), "SUPPORT")
    assert codes(backing.source) == {"AGO"} and codes(backing.target) == {"NAM"}
    siding = only(extract("Ecuador sided with Cuba on Tuesday in its quarrel with the shipping firms."), "SUPPORT")
    assert codes(siding.target) == {"CUB"}
    defence = only(extract("The Nigerian president defended Ghana's leader against criticism from Europe."), "SUPPORT")
    assert codes(defence.target) == {"GHA"}


def test_forgiving_someone_is_support_and_forgiving_a_debt_is_aid() -> None:
    assert "SUPPORT" in kinds(extract("The archbishop said on Sunday he forgave the youths who burned his church."))
    assert only(extract("Norway forgave 80 million dollars of debt owed by Ecuador."), "AID").mode == "economic"


# ------------------------------------------------------------------ RETREAT and CONCEDE: leave to enter, arms, easing


def test_peacekeepers_and_relief_flights_let_in_are_access() -> None:
    access = only(extract("Chad allowed the first battalion of Irish peacekeepers into Abeche on Monday."), "RETREAT")
    assert access.mode == "access" and codes(access.source) == {"TCD"}
    assert only(extract("Niger's government accepted the deployment of 400 Togolese peacekeepers on Friday."),
                "RETREAT").mode == "access"
    flight = only(extract("Eritrea allowed the first Red Cross relief flight to land in Asmara."), "RETREAT")
    assert flight.mode == "access"


def test_agreeing_to_let_inspectors_return_is_a_concession_aimed_at_them() -> None:
    concede = only(extract("Iran has agreed to let IAEA inspectors return to the Arak plant."), "CONCEDE")
    assert codes(concede.target) == {"IAEA"}
    assert concede.content is not None and concede.content.mode == "access"


def test_an_envoy_refused_a_meeting_is_no_access() -> None:
    assert "RETREAT" not in kinds(extract("The junta has not allowed the ASEAN envoy to meet the jailed leader."))


@pytest.mark.parametrize("text", [
    "About 300 Mai-Mai fighters began handing in their weapons to UN troops in Kivu on Tuesday.",
    "Some 250 former militiamen turned in their rifles at a stadium in Bangui on Sunday.",
    "More than 600 LRA fighters handed in their weapons in Nzara.",
    "Some 800 former fighters were demobilised in Liberia's Lofa county on Monday.",
    "The rebel army discharged 135 child soldiers from its camps on Wednesday.",
])
def test_arms_handed_in_and_fighters_let_go_are_disarmament(text: str) -> None:
    assert only(extract(text), "RETREAT").mode == "disarm"


def test_a_hospital_discharging_patients_is_no_act() -> None:
    assert not extract("The hospital discharged 40 patients on Monday.")


def test_easing_curbs_and_reversing_a_rise_are_concessions() -> None:
    assert "CONCEDE" in kinds(extract("Jordan's government lifted curbs on the press on Monday."))
    assert "CONCEDE" in kinds(extract("The Ghanaian government reversed a planned rise in bread prices on Friday."))
    back = only(extract("Kenya's government returned 200 hectares of seized land to Maasai herders."), "RETREAT")
    assert back.mode == "return"


# ------------------------------------------------------------------ ACCUSE investigate: inquiries in other words


@pytest.mark.parametrize("text", [
    "Peru's parliament set up a panel on Friday to review the sale of the state phone company.",
    "The African Union sent a team to Guinea on Tuesday to look into the stadium killings.",
    "Ugandan police are looking into the killing of two journalists in Gulu.",
    "Egyptian prosecutors questioned two police officers about the death of a blogger on Sunday.",
    "A UN commission began gathering evidence of war crimes in Darfur on Wednesday.",
])
def test_inquiries_told_without_investigate_are_accuse_investigate(text: str) -> None:
    assert only(extract(text), "ACCUSE").mode == "investigate"


def test_weighing_an_option_or_quoting_testimony_is_no_inquiry() -> None:
    assert "ACCUSE" not in kinds(extract("Ministers are looking into the possibility of new talks with the unions."))
    assert "ACCUSE" not in kinds(extract("Journalists questioned the legality of the decree on Monday."))


# ------------------------------------------------------------------ CONSULT: the meeting a speaker spoke in


def test_a_telephone_call_a_speaker_spoke_in_is_a_meeting_with_whom_he_spoke() -> None:
    events = extract("Lula told his Chilean counterpart in a telephone call on Tuesday that Brazil would back the bid.")
    call = only(events, "CONSULT")
    assert call.mode == "phone" and codes(call.source) == {"BRA"} and codes(call.target) == {"CHL"}
    assert "AGREE" in kinds(events)


def test_a_visit_during_which_a_request_was_made_is_no_content_of_the_request() -> None:
    events = extract("Tanzania's president urged Indian firms on Monday to invest in its ports, during a visit to "
                     "New Delhi.")
    visit = only(events, "CONSULT")
    assert visit.mode == "visit" and codes(visit.source) == {"TZA"} and codes(visit.target) == {"IND"}
    request = only(events, "REQUEST")
    assert request.content is None or request.content.type != "CONSULT"


def test_a_meeting_pointing_back_gets_no_speaker_as_its_party() -> None:
    events = extract("The minister affirmed during the meeting that Cairo will not accept any such arrangements.")
    assert "CONSULT" not in kinds(events)


# ------------------------------------------------------------------ who gets it, who is handed back, what is fought


def test_the_indirect_object_of_a_gift_is_its_target() -> None:
    aid = only(extract("Kuwait gave Yemen 50 million dollars on Tuesday, the state news agency said."), "AID")
    assert codes(aid.source) == {"KWT"} and codes(aid.target) == {"YEM"}


def test_fishermen_handed_over_at_a_border_are_released() -> None:
    release = only(extract("Indian guards handed over 30 Bangladeshi fishermen to Bangladeshi officials on Monday."),
                   "RETREAT")
    assert release.mode == "release" and codes(release.source) == {"IND"}


def test_fighting_a_scourge_is_no_fight() -> None:
    events = extract("Colombia is ready to cooperate with Mexico in fighting drug smuggling, its minister said.")
    assert "ASSAULT" not in kinds(events) and "AGREE" in kinds(events)
    assert "ASSAULT" not in kinds(extract("The king praised the army's efforts to fight terrorism on Friday."))


# ------------------------------------------------------------------ visits hosted and made, trade pushed, closures


def test_a_leader_received_by_name_is_a_visit_by_him() -> None:
    visit = only(extract("King Abdullah received Palestinian President Mahmoud Abbas in Amman on Monday."), "CONSULT")
    assert visit.mode == "visit" and "PSE" in codes(visit.source)
    assert "CONSULT" not in kinds(extract("The president received a letter from the Nigerien leader on Monday."))


def test_an_official_trip_is_a_visit() -> None:
    trip = only(extract("The Indonesian president arrived in Canberra on Tuesday on his first official trip abroad."),
                "CONSULT")
    assert trip.mode == "visit" and codes(trip.source) == {"IDN"}


def test_trade_pushed_by_both_sides_is_cooperation_promised_an_agree_but_a_figure_none() -> None:
    assert "AGREE" in kinds(extract("Senegal and Mali vowed on Friday to boost bilateral trade to a billion dollars."))
    assert not extract("Senegal and Mali increased their trade by 12 percent last year.")


def test_a_closure_lifted_is_a_concession() -> None:
    assert only(extract("Egypt lifted its closure of the Rafah crossing on Tuesday."), "CONCEDE").status == "occurred"


def test_a_loan_extended_is_economic_aid() -> None:
    aid = only(extract("Kuwait extended 300 million dollars in loans to Morocco on Monday."), "AID")
    assert aid.mode == "economic" and codes(aid.target) == {"MAR"}


def test_a_named_side_pressed_to_act_is_asked() -> None:
    request = only(extract("Britain pressed Nigeria on Tuesday to let the naira float freely."), "REQUEST")
    assert codes(request.source) == {"GBR"} and codes(request.target) == {"NGA"}
    assert not extract("The government pressed ahead with the reforms.")


def test_giving_up_a_demand_is_a_concession_and_giving_up_arms_disarmament() -> None:
    assert "CONCEDE" in kinds(extract("The Tuareg rebels gave up their demand for autonomy on Monday."))
    disarm = only(extract("About 200 Mayi-Mayi fighters gave up their weapons in Beni on Sunday."), "RETREAT")
    assert disarm.mode == "disarm"


def test_a_party_let_work_again_is_a_ban_eased_but_an_armed_group_let_operate_is_not() -> None:
    eased = only(extract("Guinea's junta allowed the main opposition party to resume its activities on Friday."),
                 "CONCEDE")
    assert codes(eased.source) == {"GIN"}
    assert "CONCEDE" not in kinds(extract("India accused Pakistan of allowing the group to operate from its soil."))


def test_agreeing_to_meet_a_demand_is_giving_in() -> None:
    concede = only(extract("The Bolivian government agreed on Friday to meet the miners' main demands."), "CONCEDE")
    assert codes(concede.source) == {"BOL"}
    assert "CONCEDE" not in kinds(extract("The union agreed to meet the minister on Friday."))


def test_a_debt_forgiven_is_aimed_at_whoever_owes_it() -> None:
    aid = only(extract("Germany forgave 150 million euros of Liberia's debt on Monday."), "AID")
    assert codes(aid.source) == {"DEU"} and codes(aid.target) == {"LBR"}
    aid = only(extract("France wrote off 80 million euros of Malian debt on Friday."), "AID")
    assert codes(aid.target) == {"MLI"}


def test_the_partner_of_a_call_hangs_on_its_means() -> None:
    call = only(extract("German Chancellor Angela Merkel spoke by telephone with Ukraine's President Viktor Yushchenko"
                        " on Friday."), "CONSULT")
    assert call.mode == "phone" and codes(call.source) == {"DEU"} and codes(call.target) == {"UKR"}


def test_a_demand_accepted_is_aimed_at_whoever_made_it() -> None:
    concede = only(extract("Malawi's government accepted opposition demands for an independent electoral board."),
                   "CONCEDE")
    assert codes(concede.source) == {"MWI"} and codes(concede.target) == {"MWI"}
