"""Phrasing families found on development reports g298-g309 (diplomacy: Security Council and General Assembly
votes, a foreign-ministry briefing, summonses and expulsions, sanctions packages, mediation, a treaty ratification,
a summit), which were coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses
sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ threats of a reply


def test_a_reply_announced_in_kind_or_in_measure_is_a_threat() -> None:
    """A side that says it "would respond in kind", "firmly and symmetrically" or "proportionately" to another's
    act threatens a reprisal (PLOVER THREATEN), whatever the verb of saying ("said" as well as "warned")."""
    for text in ("Serbia's foreign ministry said it would respond in kind.",
                 "Hungary said Budapest would reply \"firmly and symmetrically\".",
                 "Romania said the government would respond proportionately to the expulsions."):
        threat = only(extract(text), "THREATEN")
        assert threat.status == "occurred", text


def test_a_reply_with_no_measure_is_no_threat() -> None:
    """ "would respond to the letter next week" answers a letter: no reprisal is named."""
    assert "THREATEN" not in kinds(extract("Chile said it would respond to the letter next week."))


def test_those_who_will_be_held_to_account_are_threatened() -> None:
    """ "\"Those responsible will be held to account,\" the minister said": a threat of punishment by the speaker."""
    threat = only(extract("\"Those who attacked the embassy will be held to account,\" Norway's foreign minister "
                          "said on Thursday."), "THREATEN")
    assert codes(threat.source) == {"NOR"}
    assert "THREATEN" in kinds(extract("Canada said the officers would be held accountable."))


# ------------------------------------------------------------------ one statement per speaker


def test_a_demand_by_a_newly_named_speaker_is_not_folded_into_an_earlier_appeal() -> None:
    """ "X urged both sides ... Dar demanded ... Muttaqi rejected ..., and called on Pakistan to ...": a statement
    verb whose subject is a name, even one flashpoint cannot code, is a new statement of that speaker, not the
    earlier speaker's appeal told again (a wrong merge is worse than a duplicate); so is a verb joined to the
    reported clause of a named speaker."""
    events = extract("Chinese Foreign Minister Wang Yi urged Kabul and Islamabad to exercise restraint. "
                     "Dar demanded that the Taliban act against the militants. "
                     "Muttaqi rejected the claim, saying Afghan soil was not used against anyone, and called on "
                     "Pakistan to stop the deportations.")
    appeals = [e for e in events if e.type == "REQUEST"]
    assert len(appeals) == 3, [(e.evidence.text, [m.text for m in e.mentions]) for e in appeals]
    assert all(not e.mentions for e in appeals)


# ------------------------------------------------------------------ sanctions told by what they list or withdraw


def test_a_listing_told_as_a_noun_is_a_sanction_on_the_listed() -> None:
    """ "the re-inclusion of Cuba on the U.S. list of state sponsors of terrorism", "the designation of the group
    on the terror list": the listing, with the listed as its target."""
    listing = only(extract("Havana said the inclusion of Cuba on the U.S. list of state sponsors of terrorism had "
                           "hurt its banks."), "SANCTION")
    assert codes(listing.target) == {"CUB"}
    put = only(extract("Washington put Cuba back on the list of state sponsors of terrorism in January."), "SANCTION")
    assert codes(put.target) == {"CUB"}
    assert "SANCTION" not in kinds(extract("Canada published the list of banned goods."))


def test_visa_privileges_withdrawn_are_a_sanction() -> None:
    """ "suspended visa-free travel for Georgian diplomats", "scrapped the visa waiver for": a punitive step."""
    for text in ("The European Union suspended visa-free travel for Georgian diplomatic passport holders.",
                 "Japan scrapped the visa waiver for Russian officials."):
        assert only(extract(text), "SANCTION").status == "occurred", text


def test_what_sanctions_punish_is_no_act_even_hung_on_the_last_name_listed() -> None:
    """ "announced sanctions on two commanders and a brigade commander over attacks on civilians": the parser hangs
    "over attacks" on the last commander; the attacks are what the sanctions punish, no act told."""
    assert kinds(extract("Canada announced sanctions on two RSF commanders and a Sudanese army brigade commander "
                         "over attacks on civilians.")) == {"SANCTION"}


def test_sanctions_that_target_people_strike_no_one() -> None:
    """ "adopted sanctions against Iran, targeting eight individuals and six entities": whom a listing names."""
    assert kinds(extract("EU ministers adopted sanctions against Iran, targeting eight individuals and six "
                         "entities.")) == {"SANCTION"}


# ------------------------------------------------------------------ treaties and what is promised


def test_a_treaty_approved_by_its_form_and_instruments_exchanged_are_agreements() -> None:
    """ "approved the document", "approved the convention"; "will exchange instruments of ratification"."""
    approved = only(extract("Uzbekistan's senate approved the document on Tuesday."), "AGREE")
    assert codes(approved.source) == {"UZB"}
    exchanged = only(extract("Kazakhstan and Kyrgyzstan will exchange instruments of ratification in Astana next "
                             "month."), "AGREE")
    assert exchanged.status == "planned"


def test_craft_promised_to_another_states_forces_is_aid_announced() -> None:
    """ "would provide five patrol vessels to the coast guard": aid for the future, an AGREE with AID content."""
    promise = only(extract("Australia announced that it would provide four patrol vessels to the Fijian navy."),
                   "AGREE")
    assert promise.content is not None and promise.content.type == "AID"


# ------------------------------------------------------------------ clauses that tell no act


def test_what_a_vetoed_text_would_have_demanded_is_no_act() -> None:
    """ "vetoed a draft that would have demanded a halt to the fighting": a counterfactual in a relative clause."""
    assert kinds(extract("Russia vetoed a draft resolution that would have demanded that the army halt its "
                         "attacks.")) == {"REJECT"}


def test_where_an_actors_forces_stand_is_no_deployment() -> None:
    """ "Burundi, whose troops are deployed near Uvira, said ...": a passive in the simple present says where
    they stand; a deployment told as done stays."""
    assert "MOBILIZE" not in kinds(extract("Burundi, whose troops are deployed near Uvira, said it would stay."))
    assert "MOBILIZE" in kinds(extract("Burundi, whose troops were deployed near Uvira on Monday, said it would stay."))


def test_what_a_group_is_said_to_do_habitually_is_no_threat() -> None:
    """ "the FDLR militia, which Kigali says threatens its border": the clause says what the group is."""
    assert "THREATEN" not in kinds(extract("Rwanda accused Kinshasa of arming the FDLR militia, which Kigali says "
                                           "threatens its border."))


# ------------------------------------------------------------------ refusals and reproaches


def test_a_measure_said_to_be_useless_is_turned_down() -> None:
    """ "said sanctions would not help", "argued the plan would not work": the proposal is rejected."""
    for text in ("Russia and China said sanctions would not help.",
                 "Brazil argued that the deployment would not work."):
        assert "REJECT" in kinds(extract(text)), text
    assert "REJECT" not in kinds(extract("Doctors said the rain would not help the harvest."))


def test_bowing_to_pressure_is_a_concession_and_refusing_to_bow_its_negation() -> None:
    """ "bowed to pressure", "gave in to the demands": a side yields; "will not give in to pressure" and "said
    Georgia would not bow to blackmail" are refusals (REJECT)
    with the concession negated as content, as the development set codes it (g307; the parser may read "to
    blackmail" as an infinitive)."""
    refusal = only(extract("Kobakhidze said Georgia would not bow to \"blackmail\"."), "REJECT")
    assert refusal.content is not None and (refusal.content.type, refusal.content.status) == ("CONCEDE", "negated")
    # told in the writer's voice, the side's "will not" is its refusal too (petr12, session 12): never a concession done
    hanoi = extract("Hanoi will not give in to pressure from Beijing.")
    assert not [e for e in hanoi if e.type == "CONCEDE" and e.status in {"occurred", "claimed"}]
    told = only(hanoi, "REJECT")
    assert told.content is not None and (told.content.type, told.content.status) == ("CONCEDE", "negated")
    assert only(extract("The Kenyan government bowed to pressure from the unions."), "CONCEDE").status == "occurred"


def test_a_breach_of_sovereignty_said_is_a_reproach() -> None:
    """ "said any project through Kashmir violated its sovereignty": disapproval by the speaker."""
    reproach = only(extract("India's foreign ministry said the corridor violated its sovereignty."), "ACCUSE")
    assert codes(reproach.source) == {"IND"}
    assert "ACCUSE" not in kinds(extract("Analysts said any attempt to seize the port would violate the charter."))


def test_money_for_a_side_is_aid() -> None:
    """ "accused London of financing radical opposition groups", "funded the separatists": money for a side (told
    inside an accusation, the accuser's claim)."""
    funded = only(extract("Georgia accused Britain of financing radical opposition groups."), "AID")
    assert funded.status == "claimed"
    assert "AID" not in kinds(extract("The ministry will finance new roads."))


def test_a_sides_expectation_of_another_is_a_demand() -> None:
    """ "Washington expects Moscow to withdraw its troops": a demand; "they expect" and predictions are not."""
    demand = only(extract("Washington expects Moscow to withdraw its troops from the border."), "REQUEST")
    assert codes(demand.target) == {"RUS"}
    assert "REQUEST" not in kinds(extract("Analysts expect the central bank to raise rates."))


# ------------------------------------------------------------------ mediation, calls, detention


def test_talks_under_the_auspices_of_a_body_are_mediated_by_it() -> None:
    """ "opened talks in Muscat, under the auspices of the United Nations": the UN mediates."""
    events = extract("Delegations of Sudan's army and the RSF opened talks in Jeddah on Monday, under the auspices "
                     "of the African Union.")
    mediation = next(e for e in events if e.type == "CONSULT" and e.mode == "third-party")
    assert codes(mediation.source) == {"AU"}


def test_what_is_said_by_telephone_is_also_a_call() -> None:
    """ "congratulated both leaders by telephone": praise and a phone call."""
    events = extract("Kazakhstan's president congratulated Emmanuel Macron by telephone.")
    assert kinds(events) == {"SUPPORT", "CONSULT"}
    assert only(events, "CONSULT").mode == "phone"
    assert "CONSULT" not in kinds(extract("A rebel spokesman told reporters by telephone that the town had fallen."))


def test_people_held_by_a_side_are_detained_even_inside_a_condition() -> None:
    """ "four journalists held by the Houthis since 2015"; "unless the government lists the fighters captured by
    Saudi forces": a reduced relative inside a condition still tells a fact."""
    held = only(extract("The list includes four journalists held by the Houthis since 2015."), "COERCE")
    assert held.date is not None and held.date.start == "2015"
    events = extract("The Houthis said they would not sign unless the government listed the fighters captured by "
                     "Saudi forces.")
    assert only(events, "COERCE").status == "claimed"


# ------------------------------------------------------------------ transcripts


def test_we_in_a_transcript_line_is_the_speaker_the_line_names() -> None:
    """A briefing transcript gives each answer a label, a name and a colon ("Jaiswal: We reject ..."): "we" in that
    line, in any of its sentences, is the side of the speaker named above ("spokesperson Randhir Jaiswal" of the
    dateline's ministry); a question line ("Q:") names nobody."""
    events = extract("NEW DELHI — Excerpts from the briefing by foreign ministry spokesperson Randhir Jaiswal:\n"
                     "Q: Nepal says Indian police detained two of its citizens; what is your response?\n"
                     "Jaiswal: We reject these claims. We reserve the right to take reciprocal measures.")
    assert codes(only(events, "REJECT").source) == {"IND"}
    assert codes(only(events, "THREATEN").source) == {"IND"}
