"""Phrasing families found on development reports g346-g357 (humanitarian situation reports and NGO field
statements: flash updates, agency press statements, rights groups' releases, a sitrep of figures only), which were
coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written for
it (other places, other words than the reports).

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 8, 14)  # a Thursday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ denials


def test_an_accusation_rejected_in_the_past_is_no_act_told_as_done() -> None:
    """The parser may tear the clause from its noun ("It has in the past rejected accusations that ..."): the
    account noun just before the clause's "that" still tells whose account it is, and rejecting it negates it."""
    for text in ("The interior ministry has not replied. It has in the past rejected accusations that its police "
                 "torture detainees.",
                 "The junta has repeatedly rejected allegations that its soldiers looted villages in Kayah."):
        for ev in extract(text):
            assert ev.status not in {"occurred", "claimed"} or ev.type != "ASSAULT", (text, ev.type, ev.status)


# ------------------------------------------------------------------ who speaks for the UN


def test_the_humanitarian_coordinator_and_air_service_are_the_un() -> None:
    condemned = only(extract("The Deputy Humanitarian Coordinator condemned the looting of a clinic in Kalehe."),
                     "ACCUSE")
    assert codes(condemned.source) == {"UN"}
    flown = only(extract("The UN Humanitarian Air Service flew nine tonnes of vaccines into Bossangoa on "
                         "Tuesday."), "AID")
    assert codes(flown.source) == {"UN"}


def test_a_call_for_a_humanitarian_pause_asks_for_a_ceasefire() -> None:
    call = only(extract("UNICEF called for a humanitarian pause in Kidal so that vaccinators can reach children."),
                "REQUEST")
    assert codes(call.source) == {"UNICEF"}
    assert call.content is not None and (call.content.type, call.content.mode) == ("RETREAT", "ceasefire")
    assert call.content.status == "hypothetical"


# ------------------------------------------------------------------ aid halted, refused, resumed


def test_an_aid_body_halting_its_own_services_cuts_its_aid() -> None:
    for text, org in (("UNICEF said on Monday it was suspending all its activities in Ouallam after two staff "
                       "were abducted.", "UNICEF"),
                      ("The World Food Programme has halted its food distributions in Gao.", "WFP"),
                      ("The ICRC said it had stopped the referral of patients from Beni to Butembo.", "ICRC")):
        halt = only(extract(text), "SANCTION")
        assert halt.mode == "discontinue" and codes(halt.source) == {org}, text


def test_halting_the_transfer_of_prisoners_is_no_aid_cut() -> None:
    assert "SANCTION" not in kinds(extract("The prison service suspended the transfer of inmates to Tripoli."))


def test_aid_refused_until_a_condition_is_a_refusal_and_aid_resumed_is_aid() -> None:
    refusal = only(extract('"We will not resume deliveries in the district until our drivers are freed," the '
                           "UNHCR representative said."), "REJECT")
    assert codes(refusal.source) == {"UNHCR"}
    resumed = only(extract("UNHCR resumed food distributions in Adjumani on Monday."), "AID")
    assert codes(resumed.source) == {"UNHCR"} and resumed.status == "occurred"


def test_relief_a_vehicle_carries_is_no_aid_given() -> None:
    """The cargo of a convoy that is attacked names what it carried, not an act of giving."""
    events = extract("Gunmen ambushed a convoy of trucks carrying food aid near Kaga-Bandoro on Monday.")
    assert "AID" not in kinds(events)
    assert "AID" not in kinds(extract("The town's residents depend on airlifts and river barges for food."))


# ------------------------------------------------------------------ restrictions and blockades


def test_soldiers_blocking_roads_restrict_movement_protesters_protest() -> None:
    blocked = only(extract("Soldiers blocked the roads into Lashio on Sunday."), "COERCE")
    assert blocked.mode == "restrict" and blocked.source[0].sector == "MIL"
    assert "PROTEST" in kinds(extract("Farmers blocked the highway to Cochabamba on Sunday."))


def test_a_road_closed_by_the_state_restricts_and_by_protesters_obstructs() -> None:
    closed = only(extract("The bridge to Hinche has been closed to all traffic by the police since Friday."), "COERCE")
    assert closed.mode == "restrict" and closed.source[0].sector == "COP"
    assert "PROTEST" in kinds(extract("Protesters closed the main highway to Quito on Monday."))
    assert "COERCE" not in kinds(extract("Guards closed the gates of the stadium at noon."))


def test_people_stopped_at_a_checkpoint_are_restricted() -> None:
    held = only(extract("Soldiers held two UNICEF trucks at a checkpoint near Bambari for six hours."), "COERCE")
    assert held.mode == "restrict" and "UNICEF" in codes(held.target)


def test_an_armed_groups_blockade_or_roadblock_obstructs() -> None:
    """As the gold codes it (an armed group's blockade is PROTEST obstruct, a state's a restriction)."""
    for text in ("Kauda has been under blockade by the SPLM-N since 2023.",
                 "Militiamen held two UNICEF trucks at a checkpoint near Bambari for six hours."):
        blockade = only(extract(text), "PROTEST")
        assert blockade.mode == "obstruct" and blockade.source[0].sector == "REB", text
    assert only(extract("The army imposed a blockade on the rebel-held town of Kauda."), "COERCE").mode == "restrict"


# ------------------------------------------------------------------ violence told by what fell or was taken


def test_a_munition_that_falls_on_a_place_is_an_attack_with_its_toll() -> None:
    strike = only(extract("A shell fell on a school in Kadugli on Tuesday, killing four pupils."), "ASSAULT")
    assert strike.fatalities == 4 and strike.status == "occurred"
    assert not extract("Prices fell in the market on Tuesday.")


def test_a_fall_that_is_an_accident_stays_no_attack() -> None:
    assert "ASSAULT" not in kinds(extract("A worker fell from the scaffolding on Tuesday, killing himself."))


def test_looting_takes_goods_and_looting_with_burning_destroys() -> None:
    taken = only(extract("Armed men looted a UNHCR warehouse in Bria on Sunday."), "COERCE")
    assert taken.mode == "seize" and "UNHCR" in codes(taken.target)
    burned = only(extract("Militiamen burned and looted shops in Djugu on Sunday."), "ASSAULT")
    assert burned.mode == "destroy"
    assert "COERCE" not in kinds(extract("Gunmen raided the market in Mora, looting shops and killing two traders."))


# ------------------------------------------------------------------ sides, recruits, leave to pass


def test_a_gerund_between_two_sides_names_them_not_the_speaker() -> None:
    fight = only(extract("GENEVA — Thousands of villagers have been displaced by fighting between the army and the "
                         "KIA around Bhamo over the past month, a spokesperson for UNICEF told a press briefing in "
                         "Geneva on Friday."), "ASSAULT")
    sides = fight.source + fight.target
    assert "UNICEF" not in codes(sides) and {a.sector for a in sides} == {"MIL", "REB"}


def test_children_or_fighters_recruited_are_a_mobilisation() -> None:
    drive = only(extract("The ADF has recruited dozens of teenagers in Beni territory since March, UNICEF said."),
                 "MOBILIZE")
    assert [a.name for a in drive.source] == ["Allied Democratic Forces"] and drive.status == "claimed"
    assert "MOBILIZE" not in kinds(extract("The ruling party recruited 2,000 new members last year."))


def test_leave_to_pass_given_or_withheld_is_access() -> None:
    withheld = only(extract("The junta has not allowed ICRC delegates to visit the prison in Insein."), "RETREAT")
    assert withheld.mode == "access" and withheld.status == "negated"
    given = only(extract("Al-Shabaab gave the convoy permission to pass through Jalalaqsi on Sunday."), "RETREAT")
    assert given.mode == "access" and [a.sector for a in given.source] == ["REB"]
    assert "RETREAT" not in kinds(extract("The port deal would give Ethiopia access to the sea."))


def test_shelter_refused_is_a_refusal() -> None:
    refusal = only(extract("Thailand's foreign ministry said it could not take in more refugees from Karen State."),
                   "REJECT")
    assert codes(refusal.source) == {"THA"}
    sheltered = only(extract("Uganda took in 9,000 Congolese refugees last month."), "AID")
    assert sheltered.mode == "asylum" and sheltered.status == "occurred"


def test_a_broadcaster_taken_off_the_air_is_censored() -> None:
    silenced = only(extract("Radio Ndeke Luka was taken off the air by the authorities in Bangui on Friday."),
                    "COERCE")
    assert silenced.mode == "censor"


def test_weapons_pointed_at_people_are_a_threat_of_force() -> None:
    threat = only(extract("Soldiers pointed their rifles at journalists outside the court in Harare on Monday."),
                  "THREATEN")
    assert threat.mode == "violence" and codes(threat.source) == {"ZWE"}
    assert "THREATEN" not in kinds(extract("The audit pointed at failures in the procurement system."))


def test_a_pause_a_party_keeps_is_a_ceasefire() -> None:
    pause = only(extract("The Arakan Army declared a pause in the fighting around Sittwe on Monday."), "RETREAT")
    assert pause.mode == "ceasefire" and [a.sector for a in pause.source] == ["REB"]


def test_reminding_the_parties_of_their_duties_is_an_appeal() -> None:
    appeal = only(extract("UNICEF reminded all parties that schools must never be used as military positions."),
                  "REQUEST")
    assert codes(appeal.source) == {"UNICEF"}
    assert "REQUEST" not in kinds(extract("The spokesman reminded reporters that the briefing would start late."))


def test_a_day_told_on_the_cargos_participle_dates_the_attack_on_it() -> None:
    """ "attacked a convoy of trucks carrying food near Kaga-Bandoro on Monday": the parser hangs the day on the
    participle that says what the trucks carried; the trucks carried it when they were attacked."""
    attack = only(extract("NAIROBI, Aug 14 - Gunmen attacked a convoy of trucks carrying UNICEF medicine near Kismayo "
                          "on Monday, killing a driver."), "ASSAULT")
    assert attack.date is not None and attack.date.start == "2025-08-11"
