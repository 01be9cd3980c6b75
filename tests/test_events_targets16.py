"""Targets on sentences written by others (session 16 target work, issue 13 item 1): a target that is in the
sentence but not linked, because the act is aimed at whoever made the measure, proposal or rule it names.

Coding convention (docs/gold-format.md): rejecting, condemning or protesting a measure targets whoever made it; a
wrong target is worse than none.

All sentences were written for this test; each runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events_targets12 import coded
from test_events_targets12 import event_of as event_on
from test_events_targets12 import events_of as events_on

PUBLISHED = date(2025, 3, 14)

# targets12's helpers, on this file's publication date
events_of = partial(events_on, published=PUBLISHED)
event_of = partial(event_on, published=PUBLISHED)


# ------------------------------------------------------------------ a measure stands for whoever imposed it


def test_a_proposal_laid_out_by_a_government_is_rejected_toward_it() -> None:
    e = event_of("Lawmakers in Lima rejected a proposal laid out by the Chilean government.", "REJECT")
    assert coded(e.target) == {"CHL-GOV"}


def test_a_protest_against_rules_imposed_by_a_body_is_aimed_at_that_body() -> None:
    e = event_of("Farmers in Warsaw protested against new import rules imposed by the European Commission.",
                 "PROTEST")
    assert coded(e.target) == {"EU"}


def test_a_strike_against_fees_introduced_by_a_union_of_states_is_aimed_at_it() -> None:
    # (not at the government of the country where the dockers strike)
    e = event_of("Dockers in Rotterdam went on strike against port fees introduced by the European Union.", "PROTEST")
    assert coded(e.target) == {"EU"}


def test_a_participle_that_makes_no_measure_names_no_owner() -> None:
    # "seen by" says who watched, not who made the thing: the rejection keeps the target it had (none named)
    e = event_of("The Zambian court rejected the footage seen by the Malawian reporters.", "REJECT")
    assert "MWI" not in {a.country for a in e.target}


# ------------------------------------------------------------------ emergency rule over the people of a place


def test_a_state_of_emergency_in_a_province_is_aimed_at_those_who_live_there() -> None:
    e = event_of("The Ecuadorian government declared a state of emergency in the province of Manabi on Friday.",
                 "COERCE")
    assert e.mode == "martial-law"
    assert coded(e.target) == {"ECU-CVL"}
    assert "Manabi" in e.target[0].text  # the place's words, not the government's


def test_a_state_of_siege_with_no_country_known_names_no_target() -> None:
    e = event_of("The government declared a state of siege on Tuesday.", "COERCE")
    assert not e.target


def test_a_curfew_in_a_disputed_region_is_told_by_the_region_not_by_the_doer() -> None:
    e = event_of("Pakistani authorities imposed a curfew in parts of Kashmir on Sunday.", "COERCE")
    assert coded(e.target) == {"PAK-CVL"}
    assert e.target[0].text == "Kashmir"


# ------------------------------------------------------------------ people of no nationality: where they come from


def test_refugees_a_state_turns_away_are_of_the_country_they_come_from_not_of_the_state() -> None:
    e = event_of("Uzbekistan says it will not accept refugees from Afghanistan.", "REJECT")
    assert coded(e.target) == {"AFG-REF"}


def test_those_hit_by_a_disaster_abroad_are_of_the_country_it_struck() -> None:
    e = event_of("The Canadian government announced $20 million in assistance to populations affected by floods in "
                 "Malawi.", "AID")
    assert coded(e.target) == {"MWI-CVL"}
    assert all(a.country != "CAN" for a in e.target)  # never the giver's own people


def test_troops_from_a_country_keep_their_own_nationality_rule() -> None:
    # forces are no residents: "from" on the verb says where they were moved from, not whose they are
    e = event_of("Russia withdrew 300 soldiers from Armenia on Monday.", "RETREAT")
    assert all(a.country != "ARM" or a.sector is None for a in e.source)


# ------------------------------------------------------------------ a people of one state


def test_refugees_named_by_a_people_of_one_state_are_that_states() -> None:
    e = event_of("Bangladesh says it will not accept any more Rohingya refugees.", "REJECT")
    assert coded(e.target) == {"MMR-REF"}


def test_activists_named_by_a_people_of_one_state_are_that_states() -> None:
    e = event_of("Police detained three Uyghur activists in Almaty on Sunday.", "COERCE")
    assert "CHN" in {a.country for a in e.target}
    assert "KAZ" not in {a.country for a in e.target}  # not the country where they were held



# ------------------------------------------------------------------ emergency rule lifted


def test_a_curfew_lifted_is_eased_for_the_people_under_it() -> None:
    e = event_of("Authorities in Senegal lifted the night-time curfew in Ziguinchor on Friday.", "CONCEDE")
    assert coded(e.target) == {"SEN-CVL"}


def test_a_state_of_emergency_ended_is_no_government_acted_on() -> None:
    # "the state of emergency" is the rule lifted, never the state: no target of the lifter's own government
    e = event_of("The Bolivian government ended the state of emergency on Monday.", "CONCEDE")
    assert "BOL-GOV" not in coded(e.target)
    assert coded(e.target) == {"BOL-CVL"}


def test_sanctions_lifted_keep_the_party_they_were_on() -> None:
    e = event_of("Canada lifted its sanctions against Belarus on Thursday.", "CONCEDE")
    assert coded(e.target) == {"BLR-GOV"}


# ------------------------------------------------------------------ an envoy received is met by the host


def test_an_ambassador_received_is_met_by_the_host() -> None:
    e = event_of("The Somali president received the ambassador of Egypt in Mogadishu on Monday.", "CONSULT")
    assert coded(e.source) == {"SOM-GOV"}
    assert coded(e.target) == {"EGY-GOV"}


def test_a_delegation_received_in_audience_is_met_by_the_host() -> None:
    e = event_of("The Nigerien prime minister received a delegation of the Chinese government on Tuesday.", "CONSULT")
    assert coded(e.source) == {"NER-GOV"}
    assert coded(e.target) == {"CHN-GOV"}


def test_a_visiting_leader_received_still_pays_the_visit() -> None:
    e = event_of("The Kenyan president received the visiting Ethiopian prime minister in Nairobi.", "CONSULT")
    assert e.mode == "visit"
    assert coded(e.source) == {"ETH-GOV"}
    assert coded(e.target) == {"KEN-GOV"}
