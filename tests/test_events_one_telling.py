"""One act, one event (issue 13, precision on unseen reports): what a protest says as it happens, an exchange told
in its steps, a legal appeal and the talks an offer names are no acts of their own; acts that only look alike
stay apart.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 3)  # a Thursday

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


# ------------------------------------------------------------------ what a protest says


@pytest.mark.parametrize("sentence", [
    "Dozens of market traders marched through the centre of Accra on Monday, demanding that the police step up "
    "patrols.",
    "Truck drivers staged a sit-in at the Chaman crossing demanding its reopening.",
    "Residents of the town blocked the main highway for hours to protest the kidnappings, burning tyres and "
    "demanding the removal of the district police chief.",
    "Thousands of students protested outside the French embassy in Bamako on Friday, accusing Paris of "
    "arrogance.",
])
def test_what_a_crowd_demands_as_it_protests_is_the_protest_purpose(sentence: str) -> None:
    assert types(extract(sentence)) == ["PROTEST"]


def test_a_delegation_that_walks_out_still_makes_its_accusation() -> None:
    events = extract("Pakistan's delegation walked out of the talks in Istanbul on Saturday, accusing Kabul of "
                     "sheltering militants.")
    accusation = only(events, "ACCUSE")
    assert codes(accusation.target) == {"AFG"}


def test_a_demand_made_by_one_speaker_beside_a_protest_is_a_demand() -> None:
    events = extract("Thousands protested in Nairobi on Tuesday, and the opposition leader demanded that the "
                     "government resign.")
    assert "REQUEST" in types(events) and "PROTEST" in types(events)


# ------------------------------------------------------------------ an exchange told in its steps


@pytest.mark.parametrize("delivered", ["lodged a strong protest", "handed him a note of protest"])
def test_a_protest_delivered_at_a_summons_is_the_summons(delivered: str) -> None:
    events = extract(f"Vietnam's foreign ministry summoned the Chinese ambassador on Tuesday and {delivered} over "
                     "the ramming of a fishing boat.")
    protest = only(events, "ACCUSE")
    assert codes(protest.target) == {"CHN"}


def test_a_protest_lodged_before_a_summons_is_told_as_two_acts() -> None:
    events = extract("Manila lodged a diplomatic protest with Beijing and summoned China's deputy ambassador.")
    assert types(events) == ["ACCUSE", "ACCUSE"]


def test_condemning_an_act_and_summoning_an_envoy_are_two_acts() -> None:
    events = extract("Iraq's government condemned the American strikes and summoned the US charge d'affaires.")
    assert types(events).count("ACCUSE") == 2


def test_receiving_an_envoy_and_discussing_the_crisis_is_one_meeting() -> None:
    events = extract("Sudan's army chief Abdel Fattah al-Burhan received the Egyptian foreign minister in Port "
                     "Sudan on Monday and discussed with him the humanitarian situation.")
    meeting = only(events, "CONSULT")
    assert "EGY" in codes(meeting.source) | codes(meeting.target)


# ------------------------------------------------------------------ appeals and offers


@pytest.mark.parametrize("sentence", [
    "The opposition called the verdict a political settling of scores and said it would appeal.",
    "The Supreme Court will hear the government's appeal against the quota ruling on Sunday.",
])
def test_a_legal_appeal_asks_nobody_for_anything(sentence: str) -> None:
    assert "REQUEST" not in types(extract(sentence))


@pytest.mark.parametrize(("sentence", "target"), [
    ("Human Rights Watch appealed to Egypt to release the detained activists.", "EGY"),
    ("The Kenyan government appealed to the United Nations for food aid.", "UN"),
])
def test_an_appeal_to_someone_is_a_request(sentence: str, target: str) -> None:
    request = only(extract(sentence), "REQUEST")
    assert target in codes(request.target)


def test_talks_a_party_is_open_to_are_the_offer_not_a_meeting() -> None:
    events = extract("Moscow is open to dialogue with Chisinau on the basis of mutual respect, the Russian "
                     "foreign ministry said.")
    offer = only(events, "AGREE")
    assert codes(offer.target) == {"MDA"}
    assert "CONSULT" not in types(events)


# ------------------------------------------------------------------ records and consequences


@pytest.mark.parametrize("sentence", [
    "Islamic State Sahel Province is active in the area and has carried out similar attacks on army convoys "
    "since 2023.",
    "Iran has held similar exercises with Russia and China every year since 2019.",
])
def test_acts_of_a_kind_since_a_date_are_a_record_not_an_act(sentence: str) -> None:
    assert extract(sentence) == []


def test_a_similar_act_on_a_date_of_its_own_is_an_act() -> None:
    events = extract("Tripoli saw similar fighting between rival militias in May 2025.")
    assert types(events) == ["ASSAULT"]


def test_victims_counted_since_a_date_keep_the_act() -> None:
    events = extract("The transitional authorities in Ouagadougou have expelled several French diplomats since 2022.")
    assert types(events) == ["SANCTION"]


def test_what_a_strike_halted_is_its_consequence() -> None:
    events = extract("Nigerian unions began a general strike on Monday. The stoppage halted flights at Lagos and Abuja "
                     "airports, the aviation authority said.")
    assert "SANCTION" not in types(events)


def test_power_cut_by_an_attack_is_its_consequence() -> None:
    events = extract("Russian drones and missiles struck energy facilities in the Kharkiv region overnight, cutting "
                     "power to about 400,000 households, Ukraine's energy ministry said.")
    assert types(events) == ["ASSAULT"]


def test_a_government_that_cuts_a_service_acts() -> None:
    events = extract("The Ethiopian government cut mobile data in the Amhara region on Monday.")
    assert types(events) == ["COERCE"]


def test_a_summit_acts_through_its_members() -> None:
    events = extract("The African Union summit in Addis Ababa lifted the suspension of Gabon on Sunday.")
    assert "CONCEDE" in types(events)


def test_a_judgement_of_charges_is_a_statement() -> None:
    events = extract("Caracas says it has detained three American citizens. The charges are baseless, the State "
                     "Department spokesperson said.")
    assert "REJECT" in types(events)


# ------------------------------------------------------------------ headings


def test_an_act_a_heading_names_is_told_by_the_body() -> None:
    events = extract("Statement attributable to the Spokesperson on the attack on an aid convoy in Gaza\n"
                     "Israeli troops fired on a convoy of the World Food Programme near Rafah on Tuesday, killing "
                     "the driver of the lead truck.")
    assert [e.type for e in events].count("ASSAULT") == 1


def test_a_lead_in_names_no_act_of_its_own() -> None:
    events = extract("Here are the main developments in the Russia-Ukraine war on Saturday:\n"
                     "A Russian glide bomb hit a residential building in Zaporizhzhia, killing two people.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].fatalities == 2


def test_a_one_line_headline_is_coded() -> None:
    events = extract("Saudi envoy in Tehran for talks on Yemen truce")
    assert "CONSULT" in types(events)


# ------------------------------------------------------------------ reactions to acts told before


def test_a_condemned_attack_told_before_is_that_attack() -> None:
    events = extract("A drone struck the Saudi hospital in El Fasher on Tuesday, killing nine patients, the health "
                     "ministry said. The RSF denied carrying out the strike.\n"
                     "The World Health Organization condemned the attack on the hospital on Wednesday.")
    assert [e.type for e in events].count("ASSAULT") == 1
    condemnation = only(events, "ACCUSE")
    assert codes(condemnation.source) == {"WHO"}


def test_an_incursion_condemned_by_a_neighbour_is_the_raid_told_before() -> None:
    events = extract("Israeli forces killed four Palestinians during a raid on Jenin on Tuesday, the Palestinian "
                     "health ministry said.\n"
                     "Jordan's foreign ministry condemned the Israeli incursion into Jenin.")
    assert [e.type for e in events].count("ASSAULT") == 1


def test_a_condemned_act_no_earlier_sentence_told_stays() -> None:
    events = extract("Protests continued in Ouagadougou on Saturday.\n"
                     "The UN human rights chief condemned the killing of at least 56 villagers by soldiers in Yatenga "
                     "province on Sunday.")
    assert "ASSAULT" in types(events)


def test_a_condemned_act_of_another_doer_stays_its_own() -> None:
    events = extract("Russian missiles struck Kharkiv on Tuesday, killing four people, Ukrainian officials said.\n"
                     "Moscow condemned the Ukrainian drone attack on Belgorod on Tuesday.")
    assert [e.type for e in events].count("ASSAULT") == 2


# ------------------------------------------------------------------ what an exchange of fire left behind


def test_the_dead_and_wounded_an_exchange_of_fire_left_are_its_toll() -> None:
    events = extract("Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Kyrgyzstan's "
                     "Batken region on Wednesday, leaving two Kyrgyz servicemen dead and five people wounded, "
                     "Kyrgyzstan's State Committee for National Security said.")
    fight = only(events, "ASSAULT")
    assert (fight.fatalities, fight.injured) == (2, 5)


def test_a_toll_with_a_doer_of_its_own_is_another_act() -> None:
    events = extract("Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on Wednesday, and Tajik drones "
                     "killed two shepherds in Batken.")
    assert [e.type for e in events].count("ASSAULT") == 2
