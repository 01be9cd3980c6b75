"""Families of phrasings that first runs on unseen reports missed (issue 13): development reports g154-g165
were coded before flashpoint ran on them (first run strict F1 0.667); each rule here covers the family of
phrasings, not the one sentence of the report.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 26)  # a Thursday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# ------------------------------------------------------------------ violence named by its instrument


@pytest.mark.parametrize("verb", ["clubbing", "bludgeoning", "battering", "flogging", "whipping"])
def test_beating_with_a_club_or_a_whip_is_a_beating(verb: str) -> None:
    events = extract(f"Footage showed Sri Lankan police officers {verb} students near the ministry in Colombo.")
    beating = only(events, "ASSAULT")
    assert beating.mode == "beat"
    assert codes(beating.source) == {"LKA"} and codes(beating.target) == {"LKA"}


def test_whipping_up_support_is_no_beating() -> None:
    assert "ASSAULT" not in types(extract("The Kenyan opposition leader whipped up support in Kisumu on Tuesday."))


def test_missile_and_rocket_barrages_are_attacks_on_whom_they_are_aimed_at() -> None:
    events = extract("The Houthis fired missile barrages against Saudi Arabia during the war.")
    barrage = only(events, "ASSAULT")
    assert codes(barrage.target) == {"SAU"}


def test_a_barrage_of_criticism_is_no_attack() -> None:
    assert "ASSAULT" not in types(extract("The Kenyan minister faced a barrage of criticism in parliament."))


# ------------------------------------------------------------------ what speakers say of others


@pytest.mark.parametrize("sentence", [
    'Colombian President Gustavo Petro branded the attackers "narcotraffickers dressed as revolutionaries".',
    "The Georgian prime minister labelled the EU envoy a provocateur.",
    'China called the Taiwanese president "a troublemaker" on Thursday.',
])
def test_name_calling_is_disapproval_of_whoever_is_named(sentence: str) -> None:
    accusation = only(extract(sentence), "ACCUSE")
    assert accusation.mode == "disapprove"
    assert accusation.source and accusation.target


@pytest.mark.parametrize("sentence", [
    "Kataib Hezbollah vowed to avenge its fighters killed by US strikes.",
    "The Houthis swore to avenge the commander.",
])
def test_a_vow_to_avenge_is_a_threat_of_violence(sentence: str) -> None:
    threat = only(extract(sentence), "THREATEN")
    assert threat.content is not None and threat.content.type == "ASSAULT"


@pytest.mark.parametrize(("sentence", "target"), [
    ("NATO said it stood with Poland after the cyberattack.", "POL"),
    ("The Sri Lankan security minister defended the police after the march.", "LKA"),
])
def test_standing_with_or_defending_an_actor_is_support(sentence: str, target: str) -> None:
    support = only(extract(sentence), "SUPPORT")
    assert target in codes(support.target)


def test_defending_a_city_is_no_support() -> None:
    assert "SUPPORT" not in types(extract("Ukrainian troops defended the city of Pokrovsk for months."))


# ------------------------------------------------------------------ bans


def test_a_ban_imposed_on_gatherings_is_coercion() -> None:
    events = extract("On Monday the Sri Lankan government imposed a two-week ban on gatherings near parliament.")
    ban = only(events, "COERCE")
    assert ban.mode == "ban" and codes(ban.source) == {"LKA"}


# ------------------------------------------------------------------ whom an attack on a place is aimed at


@pytest.mark.parametrize(("sentence", "target"), [
    ("A drone attack on Sunday night targeted a base hosting U.S. troops in western Iraq.", "USA"),
    ("Militants fired rockets at a hotel housing Turkish soldiers in Mogadishu.", "TUR"),
    ("A drone struck a base used by Russian forces near Latakia on Monday.", "RUS"),
])
def test_an_attack_on_a_place_is_aimed_at_whoever_the_place_holds(sentence: str, target: str) -> None:
    attack = only(extract(sentence), "ASSAULT")
    assert codes(attack.target) == {target}


# ------------------------------------------------------------------ acts told in a relative clause


def test_an_object_relative_clause_tells_the_act_done_to_the_noun() -> None:
    """ "the sanctions (that) Washington imposed last year": the noun is what the clause's verb acts on."""
    events = extract("Iran condemned the sanctions Washington imposed on its oil sector last year.")
    sanction = only(events, "SANCTION")
    assert codes(sanction.source) == {"USA"}
    assert any(e.type == "AGREE" for e in extract(
        "Armenia said Azerbaijan had violated the peace deal that the two sides signed in Washington in August."))
