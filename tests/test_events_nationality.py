"""Wrong nationalities (issue 13, nationality of unnamed actors): a wrong country is worse than none.

A foreign bureau's dateline does not give its country to a report about elsewhere; the place of talks or of an
accord does not give its country to whoever took part; a statement or communiqué speaks for whoever issued it.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Actor, Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 3)  # a Thursday

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def countries(actors: list[Actor]) -> set[str | None]:
    return {a.country for a in actors}


def parties(ev: Event) -> list[Actor]:
    return [*ev.source, *ev.target]


# ------------------------------------------------------------------ a foreign bureau's dateline


@pytest.mark.parametrize("text", [
    "DUBAI, Jan 5 (Reuters) - Protesters clashed with police in the city of Mashhad on Friday, state media "
    "reported.",
    "BEIRUT, March 3 (Reuters) - Security forces arrested dozens of people in Aleppo after protests over bread "
    "prices, a monitor said.",
])
def test_a_hub_bureau_gives_its_country_to_nobody_in_a_report_about_elsewhere(text: str) -> None:
    bureau = {"ARE", "LBN"}
    for ev in extract(text):
        assert not countries(parties(ev)) & bureau
        assert ev.claimed_by is None or ev.claimed_by.country not in bureau


def test_state_media_of_a_report_filed_from_a_hub_are_those_of_the_country_it_is_about() -> None:
    ev = only(extract("DUBAI, Jan 5 (Reuters) - Protesters clashed with police in the city of Mashhad on Friday, "
                      "state media reported."), "ASSAULT")
    assert countries(parties(ev)) == {"IRN"}
    assert ev.claimed_by is not None and ev.claimed_by.country == "IRN"


def test_an_army_told_of_from_a_foreign_bureau_is_that_of_the_country_where_the_war_is() -> None:
    events = extract("JEDDAH, May 14 (Reuters) - The army said it had repelled an attack by the paramilitary force "
                     "on its headquarters. Fighting continued in Khartoum.")
    armies = [a for ev in events for a in parties(ev) if a.sector == "MIL"]
    assert armies and countries(armies) == {"SDN"}


def test_a_bureau_in_the_country_of_the_report_still_gives_it_its_country() -> None:
    ev = only(extract("TUNIS, April 20 - Police arrested a defence lawyer at the courthouse on Saturday. France "
                      "and Germany said they were concerned."), "COERCE")
    assert countries(ev.source) == {"TUN"}


def test_a_bureau_whose_own_government_speaks_in_the_report_keeps_its_country() -> None:
    # "the State Department" names the bureau's country again: the report is about what Washington says
    events = extract("WASHINGTON, April 1 - The State Department said officials would meet in Vienna next week. "
                     "The spokesperson said police in Tbilisi had beaten demonstrators.")
    assert any("USA" in codes(ev.source) for ev in events)


# ------------------------------------------------------------------ where talks are held


@pytest.mark.parametrize("text", [
    "The army held talks in Geneva with the rebels on Monday.",
    "The opposition held talks in Geneva on Monday with government officials.",
    "The rebels signed a ceasefire agreement with the army in Doha on Sunday.",
])
def test_the_place_of_talks_or_an_accord_gives_no_country_to_those_who_took_part(text: str) -> None:
    for ev in extract(text):
        assert not countries(parties(ev)) & {"CHE", "QAT"}


def test_the_place_of_an_arrest_still_gives_the_police_their_country() -> None:
    ev = only(extract("Police arrested three opposition leaders in Nairobi on Monday."), "COERCE")
    assert countries(ev.source) == {"KEN"}


def test_a_report_about_talks_abroad_keeps_the_country_its_other_places_name() -> None:
    events = extract("The army and the rebels held talks in Geneva on Monday.\nFighting continued in Khartoum and "
                     "Omdurman, where the army shelled rebel positions.")
    armies = [a for ev in events for a in parties(ev) if a.sector == "MIL"]
    assert armies and countries(armies) == {"SDN"}


# ------------------------------------------------------------------ who issued a statement


@pytest.mark.parametrize(("text", "issuers"), [
    ("The statement, signed by Qatar and Egypt, urged Israel and Hamas to return to talks.", {"QAT", "EGY"}),
    ("A joint statement from the foreign ministers of Saudi Arabia and the UAE condemned the Houthi attack on the "
     "tanker.", {"SAU", "ARE"}),
    ("A statement from the Kenyan presidency accused the opposition of inciting violence.", {"KEN"}),
    ("A communiqué issued after the summit of SADC leaders demanded that Rwanda withdraw its troops.", {"SADC"}),
])
def test_a_statement_speaks_for_whoever_issued_or_signed_it(text: str, issuers: set[str]) -> None:
    speech = [ev for ev in extract(text) if ev.type in {"REQUEST", "ACCUSE"}]
    assert len(speech) == 1
    assert codes(speech[0].source) == issuers
