"""Parties named by a reference to an actor told before: "the group", "the militants", "the authorities",
"the State", "it".

A reference takes the nearest compatible actor the report named before it: an armed group or a non-state
organisation for "the group", the one armed group named so far for "the militants", a state for "the
authorities" and "the State". When two candidates fit, it stays without a country or group: never invented.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from test_events import codes, only
from test_events_parties import extract


def names(actors: list) -> set[str | None]:
    return {a.name for a in actors}


# ------------------------------------------------------------------ groups


def test_the_group_is_the_organisation_told_before() -> None:
    """ "The group urged": Human Rights Watch, which spoke in the sentence before."""
    events = extract("Human Rights Watch said police had tortured 14 detainees in Alexandria.\n"
                     "The group urged the public prosecutor to open an investigation.")
    assert codes(only(events, "REQUEST").source) == {"HRW"}


def test_the_militants_are_the_one_armed_group_the_report_named() -> None:
    events = extract("Al-Shabaab claimed a bomb attack on a market in Mogadishu on Tuesday.\n"
                     "Somali troops attacked the militants near Afgoye on Wednesday.")
    attack = next(e for e in events if codes(e.source) == {"SOM"} and e.source[0].sector == "MIL")
    assert names(attack.target) == {"al-Shabaab"}


def test_the_militants_stay_unnamed_when_two_armed_groups_were_told() -> None:
    events = extract("Al-Shabaab claimed a bomb attack on a market in Mogadishu on Tuesday. "
                     "The Islamic State claimed an attack in Puntland on Monday.\n"
                     "Somali troops attacked the militants near Afgoye on Wednesday.")
    attack = next(e for e in events if e.source and e.source[0].text == "Somali troops")
    assert names(attack.target) == {None}
    assert {(a.country, a.sector) for a in attack.target} == {("SOM", "REB")}  # still the country's rebels


# ------------------------------------------------------------------ states


def test_the_authorities_others_urge_are_those_of_the_state_told_before() -> None:
    """Not the governments that do the urging: the one they have ties with."""
    appeal = only(extract("Turkey and Qatar, which have kept ties with the Taliban, urged the authorities to "
                          "reverse the ban."), "REQUEST")
    assert codes(appeal.target) == {"AFG"}


def test_the_authorities_stay_unplaced_between_two_states_named_together() -> None:
    appeal = only(extract("Ministers of Armenia and Azerbaijan met in Berlin. The EU urged the authorities to "
                          "reopen the border."), "REQUEST")
    assert codes(appeal.target) == set()


def test_the_state_a_report_calls_on_is_the_report_s_own() -> None:
    """ "called on the State": a capitalised reference to a state, here the dateline's country."""
    events = extract("QUITO, June 3 (Reuters) - Police arrested 30 protesters on Monday.\n"
                     "The Ombudsman's Office called on the State to guarantee the detainees' safety.")
    appeal = only(events, "REQUEST")
    assert {(a.country, a.sector) for a in appeal.target} == {("ECU", "GOV")}


def test_a_government_that_acts_is_the_report_s_own_not_the_state_named_last() -> None:
    """As the subject, "the junta" is localised to the report, not to France named the sentence before."""
    events = extract("NIAMEY, March 12 (Reuters) - Niger's military government ended military cooperation with "
                     "France last year.\nThe junta on Tuesday suspended a French radio station.")
    suspension = next(e for e in events if e.type == "COERCE" and e.source[0].text == "The junta")
    assert codes(suspension.source) == {"NER"}


# ------------------------------------------------------------------ pronouns


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause() -> None:
    """ "suspended a French radio station, accusing it of spreading false reports": it is the station, not the
    junta, however the sentence before named the junta."""
    events = extract("Niger's military government ended military cooperation with France last year. "
                     "The junta on Tuesday suspended the broadcasts of a French radio station, accusing it of "
                     "spreading false reports.")
    assert codes(only(events, "ACCUSE").target) == {"FRA"}
    events = extract("Hamas said Israel had attacked it near Rafah.")
    assert codes(only(events, "ASSAULT").target) == {"PSE"}


# ------------------------------------------------------------------ agentless passives


def test_an_agentless_passive_is_done_by_the_one_state_force_acting_before_it() -> None:
    """No act in its own paragraph: the lead's police detained the students (the protesters who threw stones
    in the paragraph before are no candidate for a detention)."""
    events = extract("Sri Lankan police fired tear gas at thousands of students marching in Colombo on Tuesday.\n"
                     "Some students threw stones at officers, witnesses said.\n"
                     "Dozens of students were detained overnight, their lawyers said.")
    detention = only(events, "COERCE")
    assert {(a.country, a.sector) for a in detention.source} == {("LKA", "COP")}
    assert detention.notes["source"] == "an agentless passive: whoever did the act told before it"


def test_an_agentless_passive_stays_without_source_when_two_forces_acted_before() -> None:
    events = extract("Kenyan police fired tear gas at protesters in Nairobi on Tuesday, and Ugandan troops "
                     "shelled a rebel camp near the border.\n"
                     "The government announced new security measures.\n"
                     "Dozens of people were detained overnight, their lawyers said.")
    detention = next(e for e in events if e.type == "COERCE" and "detained" in e.trigger.text)
    assert detention.source == []


def test_a_killing_told_in_another_paragraph_is_not_given_the_lead_s_killers() -> None:
    """Anyone may shoot: outside its paragraph, only an act a type limits to state forces (a detention) takes
    the one force that acted before."""
    events = extract("Gunmen killed 11 villagers in an overnight raid in Kaduna state, residents said.\n"
                     "Police said they had deployed a tactical team to the area.\n"
                     "A local vigilante leader was shot dead outside his home on Wednesday night.")
    shooting = next(e for e in events if e.type == "ASSAULT" and "shot" in e.trigger.text)
    assert shooting.source == []


# ------------------------------------------------------------------ unnamed forces


def test_a_military_strike_is_the_army_of_the_report_s_country() -> None:
    """ "A military air strike" names the army; its country is that of the report (a coder's rule)."""
    events = extract("A military air strike on a monastery in Sagaing region of Myanmar killed 11 civilians on "
                     "Sunday, a local resistance group said.")
    strike = only(events, "ASSAULT")
    assert {(a.country, a.sector) for a in strike.source} == {("MMR", "MIL")}


def test_a_drone_strike_names_no_one() -> None:
    """A weapon is no party: whose drone it was stays unsaid."""
    strike = only(extract("A drone strike on a market in Finote Selam killed 26 people on Sunday."), "ASSAULT")
    assert strike.source == []


def test_a_relative_pronoun_acting_through_a_verb_it_governs_is_the_noun_it_stands_for() -> None:
    """ "supporters of Imran Khan who tried to hold a rally": the rally is theirs."""
    events = extract("In Lahore, police detained dozens of supporters of Imran Khan who tried to hold a rally on "
                     "Wednesday.")
    rally = only(events, "PROTEST")
    assert codes(rally.source) == {"PAK"}


# ------------------------------------------------------------------ fighting


def test_fighting_between_two_sides_has_both_as_source_and_target() -> None:
    """ "Fighting" tagged as a verb (a gerund subject) still names its sides by "between"."""
    events = extract("Fighting between the army and the Arakan Army continued in Rakhine state on Monday.")
    fighting = only(events, "ASSAULT")
    assert {(a.country, a.sector) for a in fighting.source} == {("MMR", "MIL"), ("MMR", "REB")}
    assert {(a.country, a.sector) for a in fighting.target} == {("MMR", "MIL"), ("MMR", "REB")}


# ------------------------------------------------------------------ denials


def test_a_denial_is_aimed_at_whoever_told_the_denied_act() -> None:
    """The UN told what RSF fighters did; the RSF's denial answers the UN."""
    events = extract("The UN said RSF fighters had raped at least 25 women in villages west of El Fasher last week. "
                     "The RSF denied the accusation.")
    denial = only(events, "REJECT")
    assert codes(denial.target) == {"UN"}
    assert denial.notes["target"] == "whoever made the accusation it denies"


def test_a_relative_pronoun_that_denies_an_act_does_not_do_it() -> None:
    """ "the RSF, which denied carrying out the attack": the denial names no doer of the strike."""
    events = extract("A drone strike on a market in Omdurman killed 15 civilians on Monday. Witnesses blamed the "
                     "Rapid Support Forces, which denied carrying out the attack.")
    strike = next(e for e in events if e.type == "ASSAULT" and e.fatalities == 15)
    assert strike.source == []
