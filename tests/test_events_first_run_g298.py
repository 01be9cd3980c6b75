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
