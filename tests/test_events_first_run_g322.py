"""Phrasing families found on development reports g322-g333 (official and institutional texts: armed-forces
communiques, police press releases, verdicts, indictments, NGO reports, resolutions, sanctions notices, accords,
briefings, observer statements, agency updates), which were coded before flashpoint ran on them. Each rule
covers a family of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 18)  # a Wednesday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ words, not acts


def test_a_document_released_is_no_one_set_free() -> None:
    for text in ("A summary of the accord was released by the facilitator's office on Tuesday.",
                 "The ministry released the transcript of the briefing on Tuesday."):
        assert "RETREAT" not in kinds(extract(text)), text


def test_a_caution_that_names_no_act_to_come_is_no_reproach() -> None:
    """A statistician's caution is no reproach; a caution about what a bill would do, or against an act, is."""
    assert not extract("Stats NZ cautioned on Monday that provisional estimates are subject to revision.")
    for text in ("The US State Department cautioned that the bill would violate press freedom.",
                 "The US State Department cautioned against any escalation in the strait."):
        caution = only(extract(text), "ACCUSE")
        assert codes(caution.source) == {"USA"}, text


def test_words_said_by_no_one_are_no_event_but_a_party_flashpoint_cannot_code_still_speaks() -> None:
    """An act in words with no one to say it (no subject, an unresolved pronoun, the words themselves as subject)
    tells a dataset nothing; a named or plain-noun subject is a party a reader can see."""
    assert not extract("The charges are baseless.")
    assert "REJECT" in kinds(extract("Former Soviet republics refuse to lift sanctions on Abkhazia."))


# ------------------------------------------------------------------ bans and threats in official wording


def test_contenders_barred_from_the_ballot_are_banned() -> None:
    ban = only(extract("The opposition coalition was barred from the ballot by a Supreme Court ruling in "
                       "September."), "COERCE")
    assert ban.mode == "ban"


def test_a_reply_in_measures_or_by_force_announced_is_a_threat() -> None:
    for text in ("The Belarusian foreign ministry said Minsk would respond with mirror measures.",
                 "Iran's army said it would retaliate with force against any aggression."):
        assert "THREATEN" in kinds(extract(text)), text
    # a reply already made is no threat
    assert "THREATEN" not in kinds(extract("The government responded with new measures on Monday."))


# ------------------------------------------------------------------ abuses retold in NGO reports


def test_people_forcibly_disappeared_were_abducted_by_whoever_made_them_vanish() -> None:
    abduction = only(extract("Pakistani security forces have forcibly disappeared at least 47 Baloch students "
                             "since January."), "ASSAULT")
    assert abduction.mode == "abduct"
    assert codes(abduction.source) == {"PAK"}
    assert not extract("The ministry said the files had disappeared from the archive.")


def test_a_rally_broken_up_is_a_crowd_dispersed() -> None:
    dispersal = only(extract("Police in Quetta broke up a rally by relatives of the missing in July."), "ASSAULT")
    assert dispersal.mode == "crowd-control"
    assert "ASSAULT" not in kinds(extract("Police broke up a drug ring in Quetta in July."))


# ------------------------------------------------------------------ a verdict called a sham


def test_a_verdict_called_a_sham_trial_is_a_reproach() -> None:
    """The name given is judged by its head and the modifier right before it ("a political show trial")."""
    for text in ("Serbia called the verdict a political show trial.",
                 "Serbia called the verdict a mockery of justice."):
        reproach = only(extract(text), "ACCUSE")
        assert reproach.mode == "disapprove"
    assert "ACCUSE" not in kinds(extract("Serbia called the verdict a landmark ruling."))


def test_a_pronoun_in_what_a_speaker_says_is_the_speaker() -> None:
    """ "it" in a reported clause is whoever said it, coded or not; "It" opening a sentence of its own, unresolved,
    is no one."""
    assert "REJECT" in kinds(extract("Jubaland said it would not attend next week's council in Mogadishu."))
    assert not extract("It offered no evidence.")
