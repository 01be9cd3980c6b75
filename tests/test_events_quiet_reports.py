"""Reports with nothing to code give nothing (issue 13): users run flashpoint on whole feeds, where match reports,
market reports, disasters and accidents speak the words of war ("attacked", "shot down", "destroyed", "killed it",
"slammed into"). A real act beside them (a bombing at a stadium, a shooting at an aid queue) is still coded.

Each test runs the real spaCy model and resolvers on reports written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 5)

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(text: str) -> list[str]:
    return [e.type for e in extract(text)]


def test_a_football_match_report_in_war_words_has_no_event() -> None:
    text = ("Arsenal laid siege to the Chelsea goal after the break and a header from Saka struck the crossbar. "
            "Chelsea hit back on the counter-attack, and their winger fired home a shot after a goalmouth scramble. "
            "\"The lads battled until the final whistle,\" the Arsenal coach said.")
    assert types(text) == []


def test_a_boxing_report_has_no_assault() -> None:
    text = ("The Mexican heavyweight attacked the body from the opening bell and hit his rival with a left hook. "
            "The referee stopped the bout in the fifth round. "
            "\"He hit me hard, but I came here to fight,\" the winner said.")
    assert "ASSAULT" not in types(text)


def test_war_verbs_on_markets_budgets_and_points_are_no_acts() -> None:
    assert types("Bears attacked technology shares and the index was hammered.") == []
    assert types("Carmaker shares were shot down 8% after the profit warning.") == []
    assert types("Opposition candidates attacked the government's budget during the campaign.") == []
    assert "AID" not in types("The home side rescued a point in stoppage time.")


def test_killed_it_is_an_idiom_but_killing_people_is_an_act() -> None:
    assert "ASSAULT" not in types("\"The boys killed it in the second half,\" the manager said.")
    assert "ASSAULT" in types("Gunmen killed two traders in Kano on Tuesday.")


def test_a_storm_that_slammed_into_a_coast_accuses_nobody() -> None:
    assert "ACCUSE" not in types("A typhoon slammed into the coast of Luzon on Monday.")
    assert "ACCUSE" in types("Turkey slammed the decision as a violation of international law.")


def test_deaths_under_falling_trees_and_walls_are_the_storm_s() -> None:
    text = ("A cyclone hit the coast on Monday. Six people were crushed by falling trees and walls. "
            "The storm weakened inland.")
    assert "ASSAULT" not in types(text)


def test_an_explosion_tearing_through_a_factory_is_an_accident_but_a_bomb_in_a_market_is_not() -> None:
    assert "ASSAULT" not in types("An explosion tore through a chemical plant in Tianjin on Monday, "
                                  "killing nine workers.")
    assert "ASSAULT" in types("A bomb blast tore through a crowded market in Quetta on Monday, killing nine people.")


def test_a_bombing_at_a_stadium_is_coded_in_a_match_report() -> None:
    text = ("The striker scored twice and the goalkeeper saved a penalty before the final whistle. "
            "A suicide bomber blew himself up at the stadium gate as fans left, killing six people. "
            "The referee had added four minutes of stoppage time.")
    assert types(text).count("ASSAULT") == 1
