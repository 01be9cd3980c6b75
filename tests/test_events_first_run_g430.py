"""Phrasing families found on development reports g430-g441 (official texts: press releases of ministries,
armies and police, UN and NGO statements, court rulings), which were coded before flashpoint ran on them. Each
rule covers a family of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 5, 14)  # a Wednesday

extract = partial(extract_on, published=PUBLISHED)


# ------------------------------------------------------------------ a share in an act, denied


def test_a_denied_share_in_an_act_is_that_act_negated_by_the_denier() -> None:
    """ "denied any involvement in the bombing": the denier's REJECT, and the bombing as the denier tells it,
    negated and its own (never claimed, which would say the denier told it as done)."""
    for text in ("A spokesman for the ELN denied any involvement in the bombing of the pipeline near Saravena.",
                 "Hamas denied any role in the shooting of two settlers near Hebron on Monday.",
                 "Al-Shabaab denied responsibility for the bombing of the hotel in Kismayo."):
        events = extract(text)
        assert "REJECT" in {e.type for e in events}, text
        act = only(events, "ASSAULT")
        assert act.status == "negated", text
        assert codes(act.source) & {"ELN", "HAMAS", "ALSHABAAB", "COL", "PSE", "SOM"}, (text, act.source)


def test_an_act_told_before_and_disowned_keeps_a_negated_version_of_its_own() -> None:
    """The attack told as done stays; the group's denial adds its own version, negated, with the group as doer."""
    text = ("Rockets were fired at a military base near Kirkuk on Monday night. Kataib Hezbollah denied any "
            "involvement in the attack.")
    attacks = [e for e in extract(text) if e.type == "ASSAULT"]
    assert sorted(e.status for e in attacks) == ["negated", "occurred"], [(e.status, e.evidence.text) for e in attacks]
    denied = next(e for e in attacks if e.status == "negated")
    assert codes(denied.source) & {"KH", "IRQ"}
    text = "The Interior Ministry said Belgrade had nothing to do with the ambush on the border patrol near Jarinje."
    ambush = only(extract(text), "ASSAULT")
    assert ambush.status == "negated"


# ------------------------------------------------------------------ a quoted denial of an account


def test_a_quoted_denial_of_reports_negates_what_they_tell() -> None:
    """'The army "categorically rejects" claims that ...': in quotes the parser may read the verb as a noun;
    the account is still denied, and the denial is the speaker's REJECT."""
    for text in ('The Nigerian Army "firmly rejects" claims that its troops burned houses in the village of Zike.',
                 'The Ghana Police Service "strongly rejects" reports that its officers beat journalists in Accra.'):
        events = extract(text)
        reject = only(events, "REJECT")
        assert codes(reject.source) & {"NGA", "GHA"}, text
        act = only(events, "ASSAULT")
        assert act.status == "negated", text
    # a report that is not denied stays a claim
    told = only(extract("Residents reported that soldiers burned houses in the village of Zike."), "ASSAULT")
    assert told.status == "claimed"


# ------------------------------------------------------------------ force not ruled out


def test_force_not_ruled_out_is_a_threat_not_a_negated_refusal() -> None:
    """ "has not ruled out air strikes": keeping force open is a THREATEN whose content may happen."""
    for text in ("The Pentagon has not ruled out air strikes on cartel camps in the Sierra Madre.",
                 "Moscow did not rule out strikes on the bridges over the Dnipro."):
        threat = only(extract(text), "THREATEN")
        assert threat.status == "occurred", text
        assert threat.content is not None and threat.content.type == "ASSAULT", text
        assert threat.content.status == "hypothetical", text
        assert codes(threat.source) & {"USA", "RUS"}, text
    told = extract("Moscow did not rule out strikes on the bridges over the Dnipro, the Kremlin spokesman said.")
    assert only(told, "THREATEN").status == "occurred"
    assert "REJECT" not in {e.type for e in told}
    # talks not ruled out are no threat
    talks = extract("The minister did not rule out talks with the rebels next month.")
    assert "THREATEN" not in {e.type for e in talks}


# ------------------------------------------------------------------ army release phrasings


def test_troops_figured_in_a_firefight_with_a_named_group() -> None:
    """ "figured in a firefight with" (Philippine army releases): a clash between both sides; Dawlah Islamiyah is
    a Philippine group."""
    text = ("COTABATO CITY, May 14 — Troops of the 6th Infantry Division figured in a firefight with about 20 members "
            "of the Dawlah Islamiyah near Datu Hoffer on Tuesday, the army said.")
    clash = only(extract(text), "ASSAULT")
    assert codes(clash.source) == {"PHL"} and codes(clash.target) == {"PHL"}
    assert {a.sector for a in clash.source} == {"MIL", "REB"}


def test_weapons_recovered_in_an_inverted_passive_are_a_seizure() -> None:
    """ "Recovered from the site were two rifles": the parser hangs the weapons on the auxiliary."""
    for text in ("Recovered from the hideout were two M14 rifles and a grenade launcher.",
                 "Confiscated from the suspects were three pistols and a hand grenade."):
        seizure = only(extract(text), "COERCE")
        assert seizure.mode == "seize", text
    assert "COERCE" not in {e.type for e in extract("Recovered from the flood site were the bodies of two boys.")}


# ------------------------------------------------------------------ what an actor does, not an act of the report


def test_a_relative_clause_that_recurs_every_so_often_is_a_record() -> None:
    """ "who have marched ... every Friday since 2021": what an actor does, no act told; a march on a day stays."""
    text = ("Mothers of the disappeared, who have marched to the prosecutor's office every Friday since 2021, said "
            "they would not give up.")
    assert "PROTEST" not in {e.type for e in extract(text)}
    march = only(extract("Mothers of the disappeared marched to the prosecutor's office on Friday."), "PROTEST")
    assert march.status == "occurred"


def test_what_threatens_stability_is_a_danger_not_a_threat() -> None:
    """ "groups that threaten the stability of the region": a danger described; threatening a party stays."""
    text = "The minister said armed networks that threaten the security of border towns would be dismantled."
    assert "THREATEN" not in {e.type for e in extract(text)}
    threat = only(extract("The junta threatened the protesters with arrest on Tuesday."), "THREATEN")
    assert threat.content is not None and threat.content.type == "COERCE"


# ------------------------------------------------------------------ who acts in an official text


def test_a_they_that_opens_a_statement_is_the_plural_body_named_before() -> None:
    """Council press statements: "The members of the Security Council condemned ... They urged ..."."""
    text = ("The members of the Security Council condemned the attack on peacekeepers near Beni. They urged all "
            "States to cooperate with the Congolese authorities.")
    ask = only(extract(text), "REQUEST")
    assert codes(ask.source) == {"UNSC"}
    # a "they" the sentence before could give two ways stays unresolved
    text = "Police arrested 20 protesters in Lagos on Monday. They demanded the release of their leaders."
    assert not any(codes(e.source) == {"NGA"} and e.type in {"REQUEST", "PROTEST"} and e.source[0].sector == "COP"
                   for e in extract(text))


def test_an_agentless_arrest_a_police_spokesman_tells_is_the_polices_own() -> None:
    """After an attack by gunmen, "three suspects were detained, a police spokesperson said": the police arrested
    them, not the gunmen told of before."""
    text = ("Unknown assailants threw a grenade at the police station in Mitrovica overnight. Three suspects were "
            "detained later on Wednesday, a police spokesperson said.")
    arrest = only(extract(text), "COERCE")
    assert {a.sector for a in arrest.source} == {"COP"}


# ------------------------------------------------------------------ rulings, judgements and agencies


def test_whom_a_court_sentences_for_an_act_did_it() -> None:
    """ "sentenced four officers for the forced disappearance of two students": the officers did it, to the
    students; so does a sentence handed down against them, and a party condemned for it."""
    text = ("A court in Guadalajara sentenced four former police officers to 40 years in prison for the forced "
            "disappearance of two students in 2019.")
    act = only(extract(text), "ASSAULT")
    assert {a.sector for a in act.source} == {"COP"} and codes(act.source) == {"MEX"}
    assert {a.sector for a in act.target} == {"EDU"}
    text = ("The court upheld the sentences of 30 years handed down in 2022 against three soldiers for the killing "
            "of a farmer in Tame.")
    act = only(extract(text), "ASSAULT")
    assert {a.sector for a in act.source} == {"MIL"} and codes(act.source) == {"COL"}
    # whom a report blames stays the accused of an ACCUSE, and one merely named beside the act is no doer
    act = only(extract("The court heard four witnesses in the trial over the killing of a farmer in Tame."), "ASSAULT")
    assert not act.source


def test_an_act_named_by_a_gerund_and_called_a_crime_is_no_act_but_a_disapproval() -> None:
    """ '"Deliberately attacking civilians is a war crime," the director said': a kind of act judged."""
    text = ('Human Rights Watch said the army shelled a market in Gao on Monday. "Deliberately attacking civilians '
            'is a war crime," the organisation\'s director said.')
    events = extract(text)
    assert len([e for e in events if e.type == "ASSAULT"]) == 1
    judged = only(events, "ACCUSE")
    assert codes(judged.source) == {"HRW"}
    assert not extract("Bombing hospitals is a crime under international law.")


def test_an_aid_body_that_halts_its_operations_cuts_its_help() -> None:
    """ "The World Food Programme suspended its operations in the province": no ceasefire (it fights no one)."""
    for text in ("The World Food Programme has decided to suspend its operations in Kassala province.",
                 "Doctors Without Borders suspended its activities in the camp after the attack."):
        cut = only(extract(text), "SANCTION")
        assert cut.mode == "discontinue", text
        assert "RETREAT" not in {e.type for e in extract(text)}, text
    truce = only(extract("The army suspended its operations against the rebels for three days."), "RETREAT")
    assert truce.mode == "ceasefire"


def test_the_target_of_an_act_named_with_a_reduced_relative() -> None:
    """ "condemned the attack carried out overnight against the police station": the station's police were hit;
    "a wave of killings blamed on gangs" names who did them, not whom they hit."""
    text = "The ministry condemned the attack carried out overnight against the police station in Gjilan."
    attack = only(extract(text), "ASSAULT")
    assert {a.sector for a in attack.target} == {"COP"}
    text = "The president declared a state of emergency in three provinces after a wave of killings blamed on gangs."
    assert not any(a.sector == "UAF" for e in extract(text) if e.type == "ASSAULT" for a in e.target)


def test_a_search_for_the_missing_after_a_disaster_is_no_deployment() -> None:
    """ "search operations for 20 missing people": a rescue; a search operation for gunmen sets a force to work."""
    assert not extract("Search operations for at least 20 missing people are continuing after the landslide in Racha.")
    hunt = only(extract("The army launched a search operation for the gunmen in the forest near Kaduna."), "MOBILIZE")
    assert hunt.status == "occurred"


def test_a_place_inside_a_branch_name_is_no_place_of_the_act() -> None:
    """ "fighters of the Islamic State West Africa Province were killed near Mafa": the act is at Mafa, never in
    "Africa" (a place name that goes on "Islamic State" names a branch)."""
    text = ("MAIDUGURI, May 14 (Reuters) - Troops killed 12 fighters of the Islamic State West Africa Province in "
            "an ambush on Tuesday, the army said.")
    act = only(extract(text), "ASSAULT")
    assert act.location is None or act.location.country == "NGA", act.location


def test_the_apposition_of_an_according_to_teller_is_no_victim() -> None:
    """ "According to the Centre for Human Rights, a local rights group, three protesters were shot": the parser
    may take "a local rights group" for a second subject; only the protesters were shot."""
    text = ("According to the Centre for Democracy and Human Rights, a local civil society organisation, at least "
            "three demonstrators were shot dead by police in Matola.")
    shot = only(extract(text), "ASSAULT")
    assert [a.sector for a in shot.target] == ["PRO"]
    assert shot.fatalities == 3


def test_a_forces_press_office_named_without_its_country_speaks_for_it() -> None:
    """ "The Security Media Cell said ...": Iraq's forces' press office, no journalists."""
    text = ("Gunmen fired two rockets at a base near Baghdad airport late on Monday, the Security Media Cell said on "
            "Tuesday.")
    attack = only(extract(text), "ASSAULT")
    assert attack.claimed_by is not None and (attack.claimed_by.country, attack.claimed_by.sector) == ("IRQ", "MIL")


def test_a_count_of_people_is_of_the_people_its_of_names() -> None:
    """ "arrested 12 of the protesters", "killed 9 of the attackers": the target is whom the count is of."""
    arrest = only(extract("Police arrested 12 of the protesters in Lagos on Friday."), "COERCE")
    assert [a.sector for a in arrest.target] == ["PRO"]
    killing = only(extract("Kenyan soldiers killed nine of the attackers near Lamu on Friday."), "ASSAULT")
    assert [a.sector for a in killing.target] == ["UAF"]
