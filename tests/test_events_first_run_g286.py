"""Phrasing families found on development reports g286-g297 (wire copy from Africa's wars: two camps of one
country, drones and IEDs, kidnappings, massacres, aid blocked, local truces, each side's tolls), which were
coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written
for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ each side tells the same act


def test_the_doers_own_toll_of_an_act_told_first_by_its_victims_side_is_that_act() -> None:
    """The army tells the ambush, then the group that did it claims a bigger toll: one act, and the first
    figure stays on it (docs/gold-format.md)."""
    events = extract("BAMAKO - JNIM fighters ambushed an army patrol near Tessit on Thursday, killing 12 soldiers, "
                     "the army said.\nJNIM said on Telegram that it had killed more than 40 soldiers.")
    ambush = only(events, "ASSAULT")
    assert ambush.fatalities == 12


def test_the_doers_telling_adds_no_claimant_to_an_act_the_writer_tells() -> None:
    """The writer tells the ambush in its own voice; the group's bigger toll is the same act told again, and the
    act stays the writer's (claimed_by null, the first figure on it)."""
    events = extract("Islamic State fighters ambushed an army convoy near Menaka on Tuesday, killing nine soldiers.\n"
                     "The Islamic State group said it had killed 35 soldiers.")
    ambush = only(events, "ASSAULT")
    assert (ambush.status, ambush.claimed_by, ambush.fatalities) == ("occurred", None, 9)


def test_the_doers_toll_of_an_act_told_without_one_stays_its_own_claim() -> None:
    """A toll keeps its owner: the group's figure never becomes the figure of an act told without one, so its
    telling stays a claim of its own (a duplicate rather than a figure on the wrong teller's word)."""
    events = extract("Islamic State fighters attacked a gendarmerie post near Menaka on Tuesday.\n"
                     "The Islamic State group said it had killed 35 gendarmes.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert [e.fatalities for e in assaults] == [None, 35]


def test_a_second_partys_own_act_stays_an_act_of_its_own() -> None:
    """The defenders' claim to have killed the attackers is not the attackers' act told again."""
    events = extract("BAMAKO - JNIM fighters attacked an army post near Tessit on Monday, killing 11 soldiers, "
                     "residents said.\nThe army said its troops had killed 40 militants in the area on Monday.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 2


def test_the_doers_denial_of_the_act_is_no_second_act() -> None:
    """ "The army denied that any civilian was killed": the denier's REJECT, and the killing the residents told
    stays one act (claimed by them), not a second, negated one."""
    events = extract("NIAMEY - A herders' association said soldiers killed 15 herders near Ayorou last week.\n"
                     "The army denied that any civilian was killed in Ayorou.")
    assert only(events, "ASSAULT").status == "claimed"
    assert "REJECT" in kinds(events)


# ------------------------------------------------------------------ what a denial calls a charge


@pytest.mark.parametrize("word", ["pure propaganda", "lies", "a fabrication"])
def test_calling_an_accusation_propaganda_or_lies_is_a_denial(word: str) -> None:
    events = extract(f"BANGUI - Government spokesman Maxime Balalou called the accusation \"{word}\".")
    assert codes(only(events, "REJECT").source) == {"CAF"}


# ------------------------------------------------------------------ aid kept out, aid workers expelled


def test_a_convoy_turned_back_at_a_checkpoint_is_kept_out_by_whoever_holds_it() -> None:
    restrict = only(extract("OUAGADOUGOU - One of the charity's food convoys had been turned back at an army "
                            "checkpoint on Monday."), "COERCE")
    assert restrict.mode == "restrict" and {a.sector for a in restrict.source} == {"MIL"}


def test_a_convoy_turned_back_after_an_attack_is_that_attacks_effect() -> None:
    events = extract("A WFP convoy carrying 40 tonnes of food was turned back near Mirebalais on Monday after "
                     "gunmen fired at the lead truck.")
    assert "COERCE" not in kinds(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "JUBA - Authorities in Malakal have barred U.N. boats from carrying fuel upriver since mid-November.",
        "JUBA - The governor barred aid trucks from entering the town on Monday.",
    ],
)
def test_barring_aid_carriers_is_a_restriction_not_a_refusal(sentence: str) -> None:
    assert only(extract(sentence), "COERCE").mode == "restrict"
    assert "REJECT" not in kinds(extract(sentence))


def test_suspending_the_work_of_aid_agencies_is_a_restriction() -> None:
    restrict = only(extract("PEMBA - The provincial government suspended the work of aid agencies in Macomia on "
                            "Tuesday."), "COERCE")
    assert restrict.mode == "restrict" and codes(restrict.source) == {"MOZ"}


def test_ordering_an_aid_director_to_leave_the_country_is_an_expulsion() -> None:
    expel = only(extract("OUAGADOUGOU - The government ordered the charity's country director to leave Burkina Faso "
                         "within 48 hours."), "SANCTION")
    assert expel.mode == "expel" and codes(expel.source) == {"BFA"}


def test_telling_a_player_to_leave_the_pitch_expels_nobody() -> None:
    assert "SANCTION" not in kinds(extract("The coach told his striker to leave the pitch."))


def test_breaking_ties_without_off_is_cutting_them() -> None:
    events = extract("OUAGADOUGOU - The ECOWAS Commission, with which the junta broke ties last year, condemned "
                     "the massacre.")
    assert only(events, "SANCTION").mode == "discontinue"
    assert only(events, "ACCUSE")


# ------------------------------------------------------------------ threats of annihilation


@pytest.mark.parametrize("verb", ["annihilate", "exterminate"])
def test_a_vow_to_annihilate_is_a_threat_of_force(verb: str) -> None:
    threat = only(extract(f"ADDIS ABABA - Prime Minister Abiy Ahmed said the army would \"{verb}\" the rebels who "
                          "refuse to disarm."), "THREATEN")
    assert threat.content is not None and threat.content.type == "ASSAULT"
