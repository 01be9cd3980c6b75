"""Phrasing families found on development reports g454-g465 (agency wire copy of 2005-2012: datelines, long
sentences with the attribution at their end, several acts by several sides, officials quoted at length), which were
coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written for
it (other countries, other words than the reports).

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ a call to the press is an interview


def test_a_telephone_call_to_a_broadcaster_is_no_consultation() -> None:
    """ "said in a telephone call to an Arab television channel that ...": an interview, as "told reporters" is."""
    events = extract("The rebel spokesman said in a telephone call to a Kenyan radio station that his fighters "
                     "would attack the port again.")
    assert "CONSULT" not in kinds(events)
    assert "THREATEN" in kinds(events)
    events = extract("The minister said in a phone call to reporters that the crossing would reopen on Monday.")
    assert "CONSULT" not in kinds(events)


def test_a_telephone_call_to_a_leader_is_still_a_consultation() -> None:
    call = only(extract("Scholz said in a phone call to Erdogan on Tuesday that Germany backed the grain corridor."),
                "CONSULT")
    assert call.mode == "phone"


# ------------------------------------------------------------------ a crowd's violence and what it cries


def test_a_crowd_stoning_a_peacekeeping_mission_riots() -> None:
    """A crowd that stones the compound of a UN or AU mission riots against it (PROTEST riot), as against the state."""
    riot = only(extract("Hundreds of protesters stoned the offices of the African Union mission in Mogadishu on "
                        "Tuesday."), "PROTEST")
    assert riot.mode == "riot"
    assert "AU" in codes(riot.target)
    assert "ASSAULT" not in kinds(extract("Hundreds of protesters stoned the offices of the African Union mission "
                                          "in Mogadishu on Tuesday."))


def test_what_a_rioting_crowd_cries_is_the_riots_purpose() -> None:
    """ "Angry crowds threw stones at ..., accusing X of ...": the accusation is the riot's, no act of its own."""
    events = extract("Angry demonstrators threw stones at police in Bujumbura on Monday, accusing officers of "
                     "shielding the killers of a student.")
    assert kinds(events) == {"PROTEST"}
    events = extract("Students hurled rocks at riot police in Dhaka on Sunday, demanding the release of three "
                     "classmates.")
    assert "REQUEST" not in kinds(events)


def test_armed_men_and_forces_still_make_their_own_demands_and_accusations() -> None:
    events = extract("Dozens of gunmen attacked the village on Monday, demanding a ransom for the hostages.")
    assert "REQUEST" in kinds(events)
    events = extract("The army shelled the town on Monday, accusing the rebels of hiding among civilians.")
    assert {"ASSAULT", "ACCUSE"} <= kinds(events)


# ------------------------------------------------------------------ censure an act draws


def test_condemnation_drawn_from_others_is_their_accusation() -> None:
    """ "..., drawing swift condemnation from Washington and Tokyo": the critics condemn (ACCUSE by them)."""
    events = extract("Iran test-fired a ballistic missile on Monday, prompting condemnation from Israel and Germany.")
    censure = only(events, "ACCUSE")
    assert codes(censure.source) == {"ISR", "DEU"}
    assert censure.mode == "disapprove"
    censure = only(extract("The verdict against the journalists drew sharp criticism from Britain and Canada."),
                   "ACCUSE")
    assert codes(censure.source) == {"GBR", "CAN"}


def test_support_drawn_from_others_is_no_censure() -> None:
    assert "ACCUSE" not in kinds(extract("The peace plan drew support from Brazil and India."))


# ------------------------------------------------------------------ a border closed to another side's carriers


def test_a_border_closed_to_another_sides_convoys_is_a_sanction_against_it() -> None:
    """ "shut its border crossings to NATO supply convoys": a sanction against NATO, not a movement restriction."""
    closure = only(extract("Uzbekistan closed the Termez crossing to Afghan trucks on Monday."), "SANCTION")
    assert codes(closure.source) == {"UZB"} and codes(closure.target) == {"AFG"}
    closure = only(extract("Georgia shut its border crossings to Russian supply convoys on Tuesday."), "SANCTION")
    assert codes(closure.target) == {"RUS"}


def test_a_border_closed_to_all_traffic_stays_a_restriction() -> None:
    events = extract("The authorities closed the border to all traffic on Monday.")
    assert "SANCTION" not in kinds(events)
    assert only(events, "COERCE").mode == "restrict"


# ------------------------------------------------------------------ a foreign force ordered out of a base


def test_a_foreign_force_ordered_to_vacate_a_base_is_expelled() -> None:
    expulsion = only(extract("Kyrgyzstan ordered the United States to vacate the Manas air base within 180 days."),
                     "SANCTION")
    assert expulsion.mode == "expel"
    assert codes(expulsion.source) == {"KGZ"} and codes(expulsion.target) == {"USA"}
    expulsion = only(extract("Uzbekistan told U.S. forces to leave the Karshi-Khanabad base."), "SANCTION")
    assert codes(expulsion.target) == {"USA"}


def test_a_commander_ordering_his_own_men_out_of_a_base_expels_no_one() -> None:
    assert "SANCTION" not in kinds(extract("The commander ordered his men to leave the base before dawn."))


# ------------------------------------------------------------------ a limit or a condition is no cause of death


def test_a_threat_until_a_regime_falls_is_no_disaster() -> None:
    """ "would strike the capital again until the regime falls": "falls" after "until" is a limit, no collapse."""
    threat = only(extract("The rebel commander said his fighters would attack Mogadishu until the government "
                          "falls."), "THREATEN")
    assert threat.content is not None and threat.content.type == "ASSAULT"
    assert extract("Fourteen people were killed when the bridge collapsed in Kinshasa on Monday.") == []


# ------------------------------------------------------------------ a measure made in a relative clause


def test_a_ban_imposed_in_a_relative_clause_is_the_imposers_act() -> None:
    """ "defied a ban on public gatherings that the police chief announced on Tuesday": the ban is done, by the police
    (the clause hangs on "gatherings" in the parse; what the ban forbids is not what the clause tells)."""
    ban = only(extract("The marchers defied a ban on public gatherings that the police chief announced on "
                       "Tuesday."), "COERCE")
    assert ban.mode == "ban" and ban.status == "occurred"
    assert {a.sector for a in ban.source} == {"COP"}
    ban = only(extract("Traders defied a ban on motorcycle taxis imposed by the interior ministry on Monday."),
               "COERCE")
    assert ban.status == "occurred"


def test_a_ban_that_may_come_stays_to_come() -> None:
    ban = only(extract("A ban on gatherings that the governor may announce next week worries traders."), "COERCE")
    assert ban.status != "occurred"


# ------------------------------------------------------------------ bail granted


def test_bail_granted_by_a_court_is_a_release() -> None:
    release = only(extract("A magistrate in Lusaka granted bail on Monday to the opposition leader."), "RETREAT")
    assert release.mode == "release"
    assert {a.sector for a in release.source} == {"JUD"}
    release = only(extract("The activist was granted bail by a court in Dhaka on Sunday."), "RETREAT")
    assert release.mode == "release"
    refusal = extract("The judge refused to grant bail to the activist.")
    assert all(e.status != "occurred" for e in refusal if e.type == "RETREAT")


# ------------------------------------------------------------------ a forced entry, and a crowd's storming


def test_breaking_into_a_building_is_an_attack_and_a_crowds_is_a_riot() -> None:
    raid = only(extract("Gunmen broke into a church in Kaduna on Sunday."), "ASSAULT")
    assert codes(raid.source) == {"NGA"}
    riot = only(extract("Demonstrators broke into the French embassy in Ouagadougou on Friday."), "PROTEST")
    assert riot.mode == "riot" and codes(riot.target) == {"FRA"}
    riot = only(extract("Protesters stormed the parliament in Bishkek on Tuesday."), "PROTEST")
    assert riot.mode == "riot"


def test_breaking_into_accounts_is_no_attack() -> None:
    assert "ASSAULT" not in kinds(extract("Hackers tried to break into email accounts at the defence ministry."))


# ------------------------------------------------------------------ an act spoken of as a premise


def test_an_act_named_as_what_would_bring_war_is_no_act() -> None:
    """ "warning Uribe that a similar raid on Venezuelan soil would be a cause for war": the threat is the event;
    the raid is its premise, not an act of its own (docs/gold-format.md: threats)."""
    events = extract("Bolivia warned Chile that a similar incursion into Bolivian territory would be an act of war.")
    assert "ASSAULT" not in kinds(events)
    events = extract("The UN mission said that attacks on aid convoys may amount to war crimes.")
    assert "ASSAULT" not in kinds(events)


def test_an_act_told_as_a_possibility_of_its_own_stays() -> None:
    strike = only(extract("An air strike may have killed 20 civilians in Marib, officials said."), "ASSAULT")
    assert strike.fatalities == 20


# ------------------------------------------------------------------ protesters who hold a place


def test_protesters_occupying_a_place_protest() -> None:
    """ "the protesters had occupied the shopping district since April 3": a sit-in (PROTEST obstruct), no seizure."""
    events = extract("Thousands of protesters occupied the central square of Yerevan on Monday, demanding the "
                     "resignation of the prime minister.")
    sit_in = only(events, "PROTEST")
    assert sit_in.mode == "obstruct"
    assert "ASSAULT" not in kinds(events) and "REQUEST" not in kinds(events)
    seizure = only(extract("Rebel fighters occupied the town of Kidal on Monday."), "ASSAULT")
    assert codes(seizure.source) == {"MLI"}


# ------------------------------------------------------------------ the body an official speaks for


def test_the_alliance_is_the_body_its_named_chief_speaks_for() -> None:
    """ "In Brussels, NATO Secretary-General X said the alliance would investigate": NATO, not the EU whose seat
    names only where he spoke."""
    events = extract("In Brussels, NATO Secretary-General Anders Fogh Rasmussen said on Friday that the alliance "
                     "would investigate the strike.", published=date(2011, 11, 26))
    probe = only(events, "ACCUSE")
    assert codes(probe.source) == {"NATO"}


# ------------------------------------------------------------------ opposing a test; action announced against a side


def test_opposing_a_weapons_test_disapproves_of_it() -> None:
    censure = only(extract("Russia said it firmly opposes the missile test carried out by Iran on Sunday."), "ACCUSE")
    assert censure.mode == "disapprove" and codes(censure.source) == {"RUS"}
    assert "REJECT" in kinds(extract("Turkey opposes the plan to expand the buffer zone."))


def test_action_announced_against_a_side_is_a_threat() -> None:
    """ "said Washington would work with its allies to take action against Pyongyang": a threat (THREATEN)."""
    threat = only(extract("Tokyo would work with its partners to take action against Pyongyang, the prime minister "
                          "said."), "THREATEN")
    assert codes(threat.source) == {"JPN"} and codes(threat.target) == {"PRK"}
    assert threat.status in {"occurred", "claimed"}  # the threat is made, not merely possible
    threat = only(extract("Kenya will take action against Somalia, the foreign minister said."), "THREATEN")
    assert codes(threat.target) == {"SOM"}


def test_action_taken_in_the_past_is_no_threat() -> None:
    assert "THREATEN" not in kinds(extract("Police took action against the squatters in Nairobi on Monday."))


# ------------------------------------------------------------ forces backing an operation; a promise of protection


def test_forces_backing_another_sides_operation_cooperate_with_it() -> None:
    """ "the helicopters had been supporting a joint operation of Afghan and NATO troops": military cooperation."""
    events = extract("French jets supported an offensive by Malian troops against jihadists near Gao on Monday.")
    help_ = only(events, "COOPERATE")
    assert codes(help_.source) == {"FRA"} and codes(help_.target) == {"MLI"}
    assert "SUPPORT" not in kinds(events)
    assert "COOPERATE" not in kinds(extract("The European Union supported the operation."))


def test_a_government_that_will_guarantee_rights_promises_them() -> None:
    promise = only(extract("Kenya's president said his government would guarantee the safety of returning "
                           "refugees."), "AGREE")
    assert codes(promise.source) == {"KEN"}
    assert extract("The constitution guarantees freedom of assembly.") == []


# ------------------------------------------------------------------ "the North" after North Korea


def test_the_north_after_north_korea_is_north_korea() -> None:
    """ "North Korea said it carried out a test ... Hours later the North also test-fired a missile": "the North"
    is the country named before whose name begins with it."""
    events = extract("North Korea said on Tuesday it had launched a reconnaissance satellite. Hours later the North "
                     "also test-fired two cruise missiles off its west coast.")
    launches = [e for e in events if e.type == "MOBILIZE" and "cruise" in e.evidence.text]
    assert launches and all(codes(e.source) == {"PRK"} for e in launches)


def test_the_north_with_no_such_country_named_is_no_one() -> None:
    events = extract("Gunmen attacked a village in the North on Tuesday, killing six people.")
    assert all("PRK" not in codes(e.source) | codes(e.target) for e in events)


# ------------------------------------------------------------------ units ordered to a border; a vote quit


def test_units_ordered_to_a_border_with_examples_are_deployed() -> None:
    """ "ordered ten army battalions, including tank units, to the Colombian border": the parser hangs "to" on the
    object after its examples; still a deployment toward the border."""
    move = only(extract("Kagame ordered ten army battalions, including tank units, to the Burundian border."),
                "MOBILIZE")
    assert codes(move.source) == {"RWA"} and move.mode == "troops"


def test_a_candidate_who_quits_a_vote_boycotts_it() -> None:
    quit_ = only(extract("The opposition candidate withdrew from the presidential runoff in Harare on Monday, citing "
                         "violence against his supporters."), "PROTEST")
    assert quit_.mode == "boycott"
    assert only(extract("Russian troops pulled out of the town on Monday."), "RETREAT").mode == "withdraw"
