"""Phrasings found missing on development reports g106-g117 (Sahel wire briefs, South Asian district reports, EU
Council releases, domestic wars told from both camps), which were coded before flashpoint ran on them. Each rule
covers a family of phrasings; the sentences here are written for the tests, not taken from the reports.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2025, 6, 3)  # a Tuesday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ shutting off how people talk to each other


@pytest.mark.parametrize(
    "text",
    [
        "The authorities suspended mobile internet services in Imphal on Monday.",
        "Mobile internet was suspended across Manipur on Monday.",
        "The junta switched off mobile internet in 12 townships of Sagaing on Sunday.",
        "Soldiers disrupted phone lines in the border villages on Sunday.",
        "The government restricted internet access in Tigray on Sunday.",
        "Police blocked mobile data in the capital ahead of the rally.",
    ],
)
def test_cutting_off_the_internet_or_phone_lines_is_censorship(text: str) -> None:
    shutdown = only(extract(text), "COERCE")
    assert shutdown.mode == "censor"


def test_who_ordered_a_passive_act_is_its_source() -> None:
    """ "were suspended on the orders of the interior ministry": the one who orders is the doer, and no target."""
    events = extract("Mobile internet was suspended in Quetta and two nearby districts on Monday on the orders"
                     " of Pakistan's interior ministry.")
    shutdown = only(events, "COERCE")
    assert codes(shutdown.source) == {"PAK"} and shutdown.source[0].sector == "GOV"
    events = extract("Fifteen students were arrested in Dhaka on Monday at the behest of the home ministry of"
                     " Bangladesh.")
    arrest = only(events, "COERCE")
    assert codes(arrest.source) == {"BGD"}
    assert all(a.sector != "GOV" for a in arrest.target)


# ------------------------------------------------------------------ other phrasings no rule covered


def test_prohibitory_orders_are_a_curfew() -> None:
    """South Asian reports: "prohibitory orders" ban gatherings, as a curfew does."""
    events = extract("The district administration in Bahraich imposed prohibitory orders on Monday.")
    assert only(events, "COERCE").mode == "curfew"


def test_adopting_restrictive_measures_is_a_sanction() -> None:
    """The EU Council's words for a sanction."""
    events = extract("The European Union adopted restrictive measures against six Belarusian officials on Monday.")
    sanction = only(events, "SANCTION")
    assert codes(sanction.source) == {"EU"}
    assert not [e for e in extract("The committee adopted a resolution on Monday.") if e.type == "SANCTION"]


def test_troops_rushed_to_an_area_are_mobilised() -> None:
    events = extract("The army rushed reinforcements to the border town of Kurram on Monday.")
    assert only(events, "MOBILIZE").mode == "troops"
    assert not [e for e in extract("Residents rushed to the hospital on Monday.") if e.type == "MOBILIZE"]


# ------------------------------------------------------------------ one country, two camps


def test_an_attack_by_rebels_is_not_the_air_strike_the_government_told_of() -> None:
    """In a domestic war every party has the same country code: the state's forces and the rebels fighting them
    are still two doers, so their attacks told in two sentences are two acts (a wrong merge is worse than a
    duplicate)."""
    events = extract(
        "The defence ministry said in a statement that the air force had struck \"a gathering of extremist"
        " forces\" near Gondar and denied that any civilians were harmed.\n"
        "Fano fighters attacked an army base near the town of Dessie on Monday, the spokesman said, claiming to"
        " have killed dozens of soldiers."
    )
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 2
    assert {a.sector for e in attacks for a in e.source} >= {"MIL", "REB"}


def test_the_same_camp_told_again_is_still_one_act() -> None:
    """Soldiers and the army are one camp: the second sentence tells the first act again."""
    events = extract(
        "Soldiers attacked a rebel camp near Gondar on Monday, the army said.\n"
        "Ethiopian troops attacked the camp with drones, the statement said."
    )
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


# ------------------------------------------------------------------ who the actors are


def test_resistance_groups_are_rebels_and_communities_civilians() -> None:
    events = extract("Resistance fighters attacked a junta outpost in Sagaing Region on Sunday.")
    attack = only(events, "ASSAULT")
    assert [(a.country, a.sector) for a in attack.source] == [("MMR", "REB")]
    events = extract("Clashes between two communities during a festival in Bahraich left two people dead on Sunday.")
    clash = only(events, "ASSAULT")
    assert {(a.country, a.sector) for a in clash.source} == {("IND", "CVL")}


# ------------------------------------------------------------------ a judgement on an act told before


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The EU sanctioned six Rwandan officers on Monday. Rwanda's foreign ministry said the listings were"
         " \"unjust and counterproductive\".", "EU"),
        ("Police arrested 40 students in Dhaka on Monday. Amnesty International said the arrests were arbitrary.",
         "BGD"),
    ],
)
def test_saying_an_act_was_wrong_accuses_whoever_did_it(text: str, doer: str) -> None:
    judgement = only(extract(text), "ACCUSE")
    assert codes(judgement.target) == {doer}


def test_saying_an_act_went_well_is_no_accusation() -> None:
    assert not [e for e in extract("The army said the operation was a success.") if e.type == "ACCUSE"]
