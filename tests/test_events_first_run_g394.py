"""Families of phrasings that the first run on development reports g394-g405 missed or coded wrong (analysis and
explainer pieces: anniversaries, Q&A explainers, timelines, scenario paragraphs), coded before flashpoint ran on
them (first run strict F1 0.732). Each rule covers a family of phrasings, not the one sentence of a report.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 9, 18)  # a Thursday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# ------------------------------------------------------------------ a side's word that it will not deploy


@pytest.mark.parametrize("sentence", [
    "Hungarian Prime Minister Viktor Orban has said Budapest will not send troops into Ukraine in any case.",
    "The Kenyan president said on Monday that Nairobi would not deploy soldiers to Haiti this year.",
])
def test_saying_it_will_not_send_troops_is_a_refusal_with_the_deployment_as_content(sentence: str) -> None:
    events = extract(sentence)
    refusal = only(events, "REJECT")
    assert refusal.status == "occurred"
    assert refusal.content is not None and refusal.content.type == "MOBILIZE"
    assert refusal.content.status == "negated"
    assert "MOBILIZE" not in types(events)


def test_troops_that_were_not_deployed_stay_a_negated_deployment() -> None:
    events = extract("Chadian troops were not deployed to the border on Tuesday.")
    assert "REJECT" not in types(events)


def test_no_intention_to_deploy_stays_the_deployment_negated() -> None:
    # the modal of "will not send" is on the act's own verb; "does not intend to" negates the intention
    events = extract("The Turkish defence ministry said it does not intend to deploy troops to Libya.")
    assert "REJECT" not in types(events)
    assert only(events, "MOBILIZE").status == "negated"


# ------------------------------------------------------------------ what a protest demands is its purpose


@pytest.mark.parametrize("sentence", [
    "The cleric led weeks of rallies in Tunis in 2023 against the new constitution, demanding the resignation of "
    "President Kais Saied.",
    "The Zambian opposition leader staged protests in Lusaka on Monday, demanding early elections.",
])
def test_a_demand_voiced_by_protests_someone_led_is_the_protests_purpose(sentence: str) -> None:
    events = extract(sentence)
    assert "REQUEST" not in types(events)
    protest = only(events, "PROTEST")
    assert protest.status == "occurred"


def test_a_delegation_walking_out_still_makes_its_accusation() -> None:
    events = extract("The Afghan delegation walked out of the talks in Doha, accusing Pakistan of bad faith.")
    assert "ACCUSE" in types(events)


# ------------------------------------------------------------------ students' blockades are protests


def test_students_blockading_their_campuses_protest() -> None:
    events = extract("Students in Dhaka began blockading their campuses in August.")
    blockade = only(events, "PROTEST")
    assert blockade.mode == "obstruct"
    assert blockade.status == "occurred"
    assert codes(blockade.source) == {"BGD"}
    assert "COERCE" not in types(events)


def test_troops_blockading_a_town_still_restrict() -> None:
    events = extract("Sudanese troops blockaded the town of Kadugli in August.")
    assert "PROTEST" not in types(events)


# ------------------------------------------------------------------ metaphors of force


@pytest.mark.parametrize("sentence", [
    "The Kenyan opposition accuses the ruling party of holding the country hostage.",
    "The Peruvian senator said the governor was keeping the budget hostage.",
])
def test_a_country_or_a_budget_held_hostage_is_no_abduction(sentence: str) -> None:
    assert "ASSAULT" not in types(extract(sentence))


def test_people_held_hostage_are_still_abducted() -> None:
    events = extract("Gunmen held 30 bus passengers hostage near Zamfara for two days.")
    abduction = only(events, "ASSAULT")
    assert abduction.mode == "abduct"


@pytest.mark.parametrize("sentence", [
    "Brussels could raise tariffs on Chinese cars, a step that would hit European buyers.",
    "Nairobi said the new levy would hit small traders hardest.",
])
def test_what_a_measure_hits_takes_no_blow(sentence: str) -> None:
    assert "ASSAULT" not in types(extract(sentence))


def test_a_drone_that_hits_a_market_still_attacks() -> None:
    events = extract("A Sudanese army drone hit a school in Nyala on Monday.")
    assert "ASSAULT" in types(events)


# ------------------------------------------------------------------ lawsuits


@pytest.mark.parametrize(("sentence", "status"), [
    ("In 2019 Gambia took Myanmar to the International Court of Justice.", "occurred"),
    ("Ukraine could take Russia to an international court over the dam.", "hypothetical"),
])
def test_taking_another_side_to_court_is_a_lawsuit(sentence: str, status: str) -> None:
    events = extract(sentence)
    suit = only(events, "ACCUSE")
    assert suit.status == status
    assert codes(suit.target) in ({"MMR"}, {"RUS"})


# ------------------------------------------------------------------ what one is forced to do is done


@pytest.mark.parametrize(("sentence", "mode"), [
    ("The Malawian finance minister was forced to resign in March 2021.", "resign"),
    ("Tuareg rebels were forced to withdraw from the town of Ber on Monday.", "withdraw"),
])
def test_an_act_one_was_forced_into_happened(sentence: str, mode: str) -> None:
    retreat = only(extract(sentence), "RETREAT")
    assert retreat.mode == mode
    assert retreat.status == "occurred"


def test_an_act_one_may_have_to_do_has_not_happened() -> None:
    events = extract("The Malian army may have to withdraw from the town of Ber.")
    assert all(e.status != "occurred" for e in events if e.type == "RETREAT")


# ------------------------------------------------------------------ refusals told as dismissal or defiance


@pytest.mark.parametrize("obj", ["warning", "ultimatum", "appeal"])
def test_dismissing_a_warning_is_a_rejection(obj: str) -> None:
    events = extract(f"The Zambian government has dismissed the {obj}, saying Zambia will not trade its sovereignty.")
    refusal = only(events, "REJECT")
    assert codes(refusal.source) == {"ZMB"}


def test_dismissing_a_minister_is_no_rejection() -> None:
    assert "REJECT" not in types(extract("The Zambian president dismissed the finance minister on Monday."))


def test_saying_it_will_never_bow_to_a_side_is_a_refusal() -> None:
    events = extract("The Zambian president said his government would never bow to foreign-funded agitators.")
    refusal = only(events, "REJECT")
    assert refusal.content is not None and refusal.content.type == "CONCEDE"
    assert refusal.content.status == "negated"


def test_bowing_to_protesters_is_a_concession_to_them() -> None:
    events = extract("The Malian junta bowed to protesters in Bamako on Monday and released the activist.")
    concession = only(events, "CONCEDE")
    assert concession.status == "occurred"
    assert codes(concession.target) == {"MLI"}


# ------------------------------------------------------------------ grounds for a claim, and who funds protests


@pytest.mark.parametrize("sentence", [
    "The Zambian president made the claim on Monday without offering evidence.",
    "Zambia offered no proof for the accusation.",
])
def test_offering_evidence_is_no_offer_of_an_act(sentence: str) -> None:
    assert "AGREE" not in types(extract(sentence))


def test_offering_to_host_talks_is_still_an_offer() -> None:
    offer = only(extract("Qatar offered to host talks between the two sides."), "AGREE")
    assert offer.content is not None and offer.content.type == "CONSULT"


def test_funding_protests_is_aid_the_accuser_claims() -> None:
    events = extract("The Zambian president accused Western embassies of funding the protests.")
    funding = only(events, "AID")
    assert funding.status == "claimed"
    assert funding.claimed_by is not None and funding.claimed_by.country == "ZMB"


# ------------------------------------------------------------------ an attack on an order or a value


@pytest.mark.parametrize("sentence", [
    "Prosecutors summoned the Kenyan senator for questioning over an alleged attack on the constitutional order.",
    "The Kenyan opposition called the bill an assault on democracy.",
])
def test_an_attack_on_an_order_or_a_value_is_no_violence(sentence: str) -> None:
    assert "ASSAULT" not in types(extract(sentence))


def test_an_attack_on_a_police_station_is_violence() -> None:
    attack = only(extract("An attack on a police station in Mandera killed three officers on Monday."), "ASSAULT")
    assert attack.fatalities == 3


# ------------------------------------------------------------------ harm with no doer beside a calamity


def test_homes_destroyed_in_a_sentence_about_a_landslide_are_no_attack() -> None:
    events = extract("The civil defence agency said 1,200 homes were damaged and 300 destroyed, most of them built of "
                     "mud, and a landslide blocked the road near Cusco for hours.")
    assert "ASSAULT" not in types(events)


@pytest.mark.parametrize("sentence", [
    "Rebels burned 30 houses in the village of Ber and a flood later cut the road.",
    "Houses in Ber were torched by Malian militiamen and a landslide blocked the road.",
])
def test_a_named_doer_keeps_the_attack_beside_a_calamity(sentence: str) -> None:
    assert only(extract(sentence), "ASSAULT").mode == "destroy"
