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


# --- talks held through a mediator, named by a participle: the holders are the parties ---------------------------

def test_talks_held_and_mediated_by_a_third_party_are_aimed_at_those_who_held_them() -> None:
    talks = _of(extract("Kenya and Somalia held talks in Djibouti on Monday, mediated by the African Union."),
                "CONSULT")
    assert codes(talks.source) == {"AU"}
    assert codes(talks.target) == {"KEN", "SOM"}


# --- fire sent toward a country -----------------------------------------------------------------------------------

def test_a_missile_fired_toward_a_country_is_aimed_at_it() -> None:
    attack = _of(extract("Hezbollah fired a barrage of rockets toward Israel on Sunday."), "ASSAULT")
    assert codes(attack.target) == {"ISR"}


# --- an accord agreed to by name, with its partner ------------------------------------------------------------------

def test_agreeing_to_a_deal_with_a_partner_is_aimed_at_the_partner() -> None:
    deal = _of(extract("Sudan agreed to a border deal with South Sudan on Tuesday."), "AGREE")
    assert codes(deal.source) == {"SDN"}
    assert codes(deal.target) == {"SSD"}


# --- "both countries" after coordinated demonyms --------------------------------------------------------------------

def test_both_countries_after_two_coordinated_demonyms_are_those_two() -> None:
    request = _of(extract("Sudanese and Chadian troops massed along the border on Monday. "
                          "The African Union urged both countries to pull back."), "REQUEST")
    assert codes(request.source) == {"AU"}
    assert codes(request.target) == {"SDN", "TCD"}


# --- those who come under fire are its target, "from" names who fired ----------------------------------------------

def test_troops_that_came_under_shelling_from_a_foe_are_its_target() -> None:
    attack = _of(extract("Armenian border posts came under mortar fire from Azerbaijani forces on Tuesday."),
                 "ASSAULT")
    assert codes(attack.source) == {"AZE"}
    assert codes(attack.target) == {"ARM"}


def test_a_convoy_that_came_under_attack_from_gunmen() -> None:
    attack = _of(extract("A Malian army convoy came under attack from jihadists near Gao on Sunday."), "ASSAULT")
    assert "MLI" in codes(attack.target)


def test_a_minister_who_came_under_fire_from_critics_is_not_attacked() -> None:
    events = extract("The Kenyan interior minister came under fire from rights groups over the new law.")
    assert not [e for e in events if e.type == "ASSAULT"]


# --- penalties borne: "were hit with sanctions" -----------------------------------------------------------------------

def test_officials_hit_with_sanctions_bear_them_and_no_blow_is_struck() -> None:
    events = extract("Nicaraguan judges were hit with new sanctions by the United States on Monday.")
    sanction = _of(events, "SANCTION")
    assert codes(sanction.source) == {"USA"}
    assert codes(sanction.target) == {"NIC"}
    assert not [e for e in events if e.type == "ASSAULT"]


# --- the partner of an act refused, the parties of an act mediated, the party a complaint is against -----------------

def test_refusing_dialogue_with_a_body_is_aimed_at_it() -> None:
    refusal = _of(extract("Niger refused any dialogue with ECOWAS."), "REJECT")
    assert codes(refusal.target) == {"ECOWAS"}


def test_mediating_an_exchange_between_two_sides_is_aimed_at_both() -> None:
    talks = _of(extract("The United Arab Emirates mediated a prisoner exchange between Russia and Ukraine."),
                "CONSULT")
    assert codes(talks.source) == {"ARE"}
    assert codes(talks.target) == {"RUS", "UKR"}


def test_a_complaint_lodged_with_a_body_against_a_state_is_aimed_at_the_state() -> None:
    complaint = _of(extract("Guyana filed a complaint with the United Nations against Venezuela over the incursion."),
                    "ACCUSE")
    assert codes(complaint.target) == {"VEN"}


def test_a_protest_lodged_with_a_state_alone_is_aimed_at_it() -> None:
    complaint = _of(extract("Vietnam lodged a protest with China over the survey ship."), "ACCUSE")
    assert codes(complaint.target) == {"CHN"}


# --- whose a ship is: its owner, not its flag -------------------------------------------------------------------

def test_a_ship_owned_by_a_country_is_its_target() -> None:
    attack = _of(extract("Houthi missiles struck a Greek-owned bulk carrier in the Red Sea on Monday."), "ASSAULT")
    assert codes(attack.target) == {"GRC"}


def test_a_flag_of_convenience_is_no_target() -> None:
    attack = _of(extract("Houthi missiles struck a Liberian-flagged bulk carrier in the Red Sea on Monday."), "ASSAULT")
    assert "LBR" not in codes(attack.target)


# --- a threat's clause: the partner of what it acts on; a comitative "with" is no target ------------------------------

def test_a_threat_to_scrap_a_pact_with_a_partner_is_aimed_at_the_partner() -> None:
    threat = _of(extract("Minsk warned that it would scrap the transit deal with Lithuania."), "THREATEN")
    assert codes(threat.source) == {"BLR"}
    assert codes(threat.target) == {"LTU"}


def test_those_who_fight_together_with_the_source_are_not_its_target() -> None:
    threat = _of(extract("Moscow warned it would strike targets in Kyiv together with Belarusian forces."),
                 "THREATEN")
    assert "BLR" not in codes(threat.target)
    assert "BLR" not in codes(threat.content.target if threat.content else [])


def test_a_protest_lodged_with_a_state_against_a_thing_is_aimed_at_the_state() -> None:
    """ "against the release of treated water" names no party: the state the protest is lodged with stays its target."""
    complaint = _of(extract("China lodged a protest with Japan against the release of treated water."), "ACCUSE")
    assert codes(complaint.target) == {"JPN"}
