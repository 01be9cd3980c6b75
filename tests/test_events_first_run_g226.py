"""Phrasing families found on development reports g226-g237: reports translated from state and national media
(TASS, Xinhua, Anadolu, IRNA, SUNA, VTV, AIB, Yonhap, WAFA, ANDINA), coded before flashpoint ran on them. Their
officialese tells threats as what "will not remain unpunished", protests as "solemn representations", visits as
arrivals. Each rule covers a family of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> list[str]:
    return [e.type for e in events]


# ------------------------------------------------------------------ threats told as what the side will do


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zakharova said that such attacks of the Kiev regime will not remain unpunished.", "RUS"),
        ('"The crime against our border guards will not go unanswered," the Iranian foreign ministry said.', "IRN"),
        ("The Chinese side will take resolute measures to safeguard its sovereignty.", "CHN"),
        ("The Turkish president stressed that Turkey will not allow a terror corridor to be established on its "
         "southern border.", "TUR"),
        ("Manila said it would take firm countermeasures against any further incursion.", "PHL"),
    ],
)
def test_officialese_that_says_what_a_side_will_do_is_a_threat_made_now(text: str, source: str) -> None:
    """Saying an act "will not remain unpunished", that the side "will take resolute measures" or "will not allow"
    something is the threat (PLOVER THREATEN, made when said: occurred), by the speaker's side."""
    threat = only(extract(text), "THREATEN")
    assert threat.status == "occurred"
    assert source in codes(threat.source)


def test_a_stern_warning_to_someone_is_a_threat_against_them() -> None:
    threat = only(extract('"This is a stern warning to the Houthi militia," the Saudi-led coalition said.'),
                  "THREATEN")
    assert "YEM" in codes(threat.target) or "HOUTHI" in codes(threat.target)


def test_what_a_side_allows_or_could_do_is_no_threat() -> None:
    """A modal on a threat verb keeps its doubt, and letting aid in is no threat."""
    assert only(extract("The army could threaten the town if the talks fail."), "THREATEN").status == "hypothetical"
    assert "THREATEN" not in types(extract("Israel will not allow aid convoys into Gaza."))
    assert "THREATEN" not in types(extract("The government will take necessary measures to ensure fuel supply."))


# ------------------------------------------------------------------ diplomatic disapproval in officialese


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chinese side has lodged solemn representations with the Czech side.", "CHN", "CZE"),
        ("Beijing made stern representations to Tokyo over the visit.", "CHN", "JPN"),
        ("China's foreign ministry expressed firm opposition to the visit of a Czech delegation to Taiwan.", "CHN",
         "CZE"),
        ("China firmly opposes the erroneous remarks of the US side.", "CHN", "USA"),
    ],
)
def test_representations_and_firm_opposition_are_disapproval(text: str, source: str, target: str) -> None:
    accuse = only(extract(text), "ACCUSE")
    assert accuse.mode == "disapprove"
    assert source in codes(accuse.source) and target in codes(accuse.target)


def test_a_complaint_raised_before_a_body_is_an_accusation() -> None:
    accuse = only(extract("Venezuela will raise a complaint before the United Nations Security Council."), "ACCUSE")
    assert "VEN" in codes(accuse.source)


# ------------------------------------------------------------------ cases opened, emergencies extended


def test_opening_a_criminal_case_is_an_investigation() -> None:
    probe = only(extract("The Russian Investigative Committee opened a criminal case over the drone attack."),
                 "ACCUSE")
    assert probe.mode == "investigate"


@pytest.mark.parametrize("text", [
    "The government extended the state of emergency in 34 districts for 60 days.",
    "Myanmar's junta prolonged martial law in 40 townships on Monday.",
    "The cabinet renewed the state of emergency in the capital.",
])
def test_extending_emergency_rule_is_coercion(text: str) -> None:
    assert only(extract(text), "COERCE").mode in ("martial-law", "curfew")


# ------------------------------------------------------------------ shows of force and guards raised


def test_missiles_fired_into_the_sea_are_a_weapons_test_not_an_attack() -> None:
    test = only(extract("North Korea fired two short-range ballistic missiles into the East Sea on Monday."),
                "MOBILIZE")
    assert test.mode == "weapons" and codes(test.source) == {"PRK"}
    attack = only(extract("Hamas fired rockets into Israel on Monday."), "ASSAULT")
    assert "ISR" in codes(attack.target)


@pytest.mark.parametrize("text", [
    "Our military has strengthened surveillance and vigilance along the border.",
    "The army reinforced security around the airport on Monday.",
])
def test_strengthening_vigilance_or_security_is_mobilisation(text: str) -> None:
    assert "MOBILIZE" in types(extract(text))


def test_war_materiel_recovered_is_a_seizure() -> None:
    seized = only(extract("Important war material, including weapons and munitions, was recovered by the soldiers."),
                  "COERCE")
    assert seized.mode == "seize"


# ------------------------------------------------------------------ visits told by arrivals


def test_a_delegation_that_arrives_in_a_capital_pays_a_visit() -> None:
    visit = only(extract("A Czech parliamentary delegation arrived in Taipei on Monday."), "CONSULT")
    assert visit.mode == "visit"
    assert codes(visit.source) == {"CZE"} and codes(visit.target) == {"TWN"}
    assert "CONSULT" not in types(extract("Ukrainian troops arrived in Kursk on Monday."))


# ------------------------------------------------------------------ blame, names for a state, running counts


def test_holding_a_side_responsible_blames_it_wherever_the_parser_hangs_responsible() -> None:
    blame = only(extract("The spokesman held the Zionist regime and its supporters responsible for supporting "
                         "these groups."), "ACCUSE")
    assert blame.mode == "allege" and "ISR" in codes(blame.target)


def test_the_zionist_regime_is_israel_as_state_media_name_it() -> None:
    strike = only(extract("The Zionist regime attacked southern Lebanon on Monday."), "ASSAULT")
    assert codes(strike.source) == {"ISR"} and codes(strike.target) == {"LBN"}


def test_a_running_count_of_the_year_is_no_act() -> None:
    """The acts were told (or not) when they happened; the count tells none of them."""
    assert extract("The number of terrorists neutralised since the beginning of the year had reached 1,217, "
                   "the ministry said.") == []
    assert "ASSAULT" in types(extract("The army said 40 militants were killed in a raid on their camp in Kidal."))
