"""Phrasing families found on development reports g442-g453 (translated regional press: Arabic, French, Russian,
Spanish, Persian, Turkish and Chinese outlets in English, with stiff word order, full titles and the names one
side gives the other), which were coded before flashpoint ran on them. Each rule covers a family of phrasings;
each test uses sentences written for it (other countries, other words than the reports).

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ a translated "rejected" of an attack condemns it


def test_rejecting_a_past_act_of_force_is_condemning_it() -> None:
    """A translated "rechazó el atentado" / "a rejeté l'attaque" condemns the attack (ACCUSE), as "condemned" does."""
    events = extract("The interior minister of Ecuador rejected the bombing of the police post in Machala through a "
                     "message on his social networks.")
    condemned = only(events, "ACCUSE")
    assert codes(condemned.source) == {"ECU"}
    assert "REJECT" not in kinds(events)
    events = extract("The government of Peru repudiated the massacre of eight miners in Pataz.")
    assert "ACCUSE" in kinds(events) and "REJECT" not in kinds(events)


def test_rejecting_a_proposal_or_a_charge_is_still_a_refusal() -> None:
    assert only(extract("Ukraine rejected the Russian proposal for talks."), "REJECT").status == "occurred"
    events = extract("Hamas rejected the accusation that it carried out the attack.")
    assert "REJECT" in kinds(events) and "ACCUSE" not in {e.type for e in events if codes(e.source) == {"PSE"}}


# ------------------------------------------------------------------ the names translated reports use


def test_the_french_name_of_jnim_and_tripolis_deterrence_force_are_known() -> None:
    ambush = only(extract("The GSIM ambushed a gendarmerie convoy near Dori on Tuesday, killing six gendarmes."),
                  "ASSAULT")
    assert codes(ambush.source) == {"MLI"}
    clash = only(extract("Fighters of the Special Deterrence Force clashed with a rival brigade near the airport of "
                         "Tripoli on Monday."), "ASSAULT")
    assert "LBY" in codes(clash.source)


def test_the_armed_formations_of_a_regime_are_its_military() -> None:
    """The Russian press's "armed formations of the Kyiv regime" are Ukraine's forces."""
    shelling = only(extract("The armed formations of the Kyiv regime shelled the village of Kozinka on Sunday, "
                            "wounding two residents."), "ASSAULT")
    assert codes(shelling.source) == {"UKR"}
    assert {a.sector for a in shelling.source} == {"MIL"}


def test_an_attack_claimed_by_a_group_is_that_groups_act() -> None:
    """ "..., an attack claimed by the GSIM": the participle of owning names the doer."""
    events = extract("On 12 October, an ambush against a supply convoy near Djibo had killed nine soldiers, an attack "
                     "claimed by the Islamic State Sahel Province.")
    assert any(codes(e.source) for e in events if e.type == "ASSAULT")


# ------------------------------------------------------------------ francophone and hispanophone nouns of action


def test_the_neutralisation_of_fighters_is_their_killing() -> None:
    attack = only(extract("The army announced the neutralization of 20 terrorists near Mopti on Monday."), "ASSAULT")
    assert attack.fatalities == 20
    assert codes(attack.source) == {"MLI"}


def test_a_force_reporting_the_capture_of_a_wanted_man_arrested_him() -> None:
    """A translated "captura" of a person by the police is an arrest, the police its doer."""
    arrest = only(extract("Police in Medellín reported the capture of alias El Flaco, ringleader of an extortion "
                          "cell, on Tuesday."), "COERCE")
    assert arrest.mode == "arrest"
    assert codes(arrest.source) == {"COL"}
    # the capture of a town is no arrest
    assert "COERCE" not in kinds(extract("Russian forces announced the capture of the town of Vuhledar."))


def test_the_sending_of_troops_is_their_deployment() -> None:
    """A translated "envío" of forces, alone or as "a group of the Army"."""
    sent = only(extract("The army announced the sending of 300 soldiers to the border town of Tumaco."), "MOBILIZE")
    assert codes(sent.source) == {"COL"}
    assert "MOBILIZE" in kinds(extract("The Minister of Defence of Peru announced the sending of a special group of "
                                       "the Army and the Police to the province of Pataz."))
    assert "MOBILIZE" not in kinds(extract("The ministry announced the sending of a letter to the embassy."))


# ------------------------------------------------------------------ what is no act


def test_a_tally_of_acts_is_no_act() -> None:
    """ "so far this year 23 massacres have been registered": a count over a span, not an act."""
    assert "ASSAULT" not in kinds(extract("So far this year 23 massacres have been registered in the department of "
                                          "Antioquia, according to Indepaz."))
    assert "ASSAULT" not in kinds(extract("Since January, 140 kidnappings were recorded in the state of Zamfara."))
    # a bombing on a day stays an act
    assert "ASSAULT" in kinds(extract("A car bomb killed four soldiers near Cali on Monday."))


def test_touring_the_stricken_is_no_meeting() -> None:
    assert "CONSULT" not in kinds(extract("The president visited on Tuesday the affected neighbourhoods of Mosul "
                                          "accompanied by the interior minister."))
    assert "CONSULT" not in kinds(extract("The prime minister visited the wounded at the main hospital of Kharkiv."))
    visit = only(extract("The French president visited Kyiv on Tuesday."), "CONSULT")
    assert codes(visit.target) == {"UKR"}


# ------------------------------------------------------------------ speech acts in diplomatic translation


def test_saying_it_had_no_part_in_an_act_is_a_denial() -> None:
    """ "said it had no connection with the bombing": the speaker's REJECT, the bombing negated as it tells it."""
    events = extract("The Islamic State said in a statement that it had no connection with the bombing of the "
                     "mosque in Herat.")
    denial = only(events, "REJECT")
    assert codes(denial.source) == {"AFG"}
    bombing = only(events, "ASSAULT")
    assert bombing.status == "negated"
    events = extract("The Baloch Liberation Army said it had nothing to do with the attack on the bus in Quetta.")
    assert only(events, "REJECT").status == "occurred"
    assert only(events, "ASSAULT").status == "negated"


def test_hoping_the_sides_will_act_is_an_appeal_to_them() -> None:
    """The Chinese foreign ministry's "hopes the relevant parties will exercise restraint" is a REQUEST; what they
    are to do is no act of its own."""
    appeal = only(extract("Beijing hopes that all sides will return to the negotiating table."), "REQUEST")
    assert codes(appeal.source) == {"CHN"}
    assert "CONSULT" not in kinds(extract("Beijing hopes that all sides will return to the negotiating table."))
    assert only(extract("Egypt hopes the parties in Libya will exercise maximum restraint."), "REQUEST").status \
        == "occurred"
    assert not extract("The farmers hope the weather will improve.")


def test_being_ready_for_a_truce_is_an_announced_retreat() -> None:
    """ "is ready only for a full ceasefire of 30 days": a CONCEDE, the ceasefire its content (docs/gold-format.md)."""
    concede = only(extract("Armenia is ready for a full ceasefire along the border."), "CONCEDE")
    assert codes(concede.source) == {"ARM"}
    assert concede.content is not None and concede.content.type == "RETREAT"
    assert "RETREAT" not in kinds(extract("Armenia is ready for a full ceasefire along the border."))


def test_harm_told_beside_what_only_water_does_is_the_floods() -> None:
    """A ministry's flood toll in the sentence after the flood ("houses were destroyed, farmland was washed away") names
    no act of force; a doer named, or a shelling, keeps it."""
    assert "ASSAULT" not in kinds(extract(
        "Heavy rains caused flash floods in Sindh on Friday.\nAccording to the ministry, about 800 houses were "
        "completely destroyed, hundreds of acres of farmland were washed away and 500 head of livestock perished."))
    assert "ASSAULT" in kinds(extract("Rebels burned 40 houses in the village and the floods washed away the bridge."))


def test_talks_held_under_a_mediation_are_the_mediators_act_toward_the_parties() -> None:
    """ "held a new round of talks under the mediation of Saudi Arabia": one meeting, by the mediator toward the
    parties (docs/gold-format.md), not a second meeting for the mediation."""
    events = extract("The Sudanese army and the RSF held a new round of talks in Jeddah on Tuesday under the "
                     "mediation of Saudi Arabia.")
    talks = only(events, "CONSULT")
    assert codes(talks.source) == {"SAU"}
    assert codes(talks.target) == {"SDN"}
    # a deal signed "under Qatari mediation" keeps the mediation as Qatar's act
    signed = extract("The M23 rebels and the Kinshasa government signed a prisoner exchange protocol in Doha on "
                     "Wednesday under Qatari mediation.")
    assert codes(only(signed, "CONSULT").source) == {"QAT"}


def test_a_suspension_that_goes_on_is_no_new_act() -> None:
    """ "flights remain suspended since Monday": a state, told again; the suspension itself stays an act."""
    assert "SANCTION" not in kinds(extract("Flights to and from the international airport of Juba remain suspended "
                                           "since Monday."))
    assert "SANCTION" not in kinds(extract("Air Serbia flights to Moscow remained suspended on Friday."))
    assert "SANCTION" in kinds(extract("Russia suspended flights to Georgia on Monday."))
