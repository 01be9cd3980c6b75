"""Two deeds told by conjoined verbs in one sentence (issue 13): each is an act of its own when it has its own
object or clause and is a different deed (a repulse and the defenders' killing of the attackers, a call and a
request with its own "that" clause, a summons and a protest counted in a series); one act told in its steps
stays one ("attacked the village and killed 12", "summoned the envoy and handed him a note of protest").

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 26)

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def triggers(text: str, type_: str) -> list[str]:
    return [text[e.trigger.start:e.trigger.end] for e in extract(text) if e.type == type_ and e.trigger]


def test_killing_attackers_beside_a_repelled_attack_by_named_attackers_is_the_defenders_act() -> None:
    text = ("The army said it had repelled an attack by JNIM fighters on a military post near Tessit, "
            "killing 12 militants.")
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 2
    killing = next(e for e in assaults if text[e.trigger.start:e.trigger.end] == "killing")
    repulse = next(e for e in assaults if e is not killing)
    assert killing.fatalities == 12 and repulse.fatalities is None  # the toll is the killing's, not the attack's


def test_repelling_the_assault_and_killing_fighters_stays_one_fight_with_its_toll() -> None:
    text = "Soldiers repelled the assault and killed 20 of the fighters."
    (fight,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert fight.fatalities == 20


def test_attacking_a_village_and_killing_villagers_is_one_assault_with_its_toll() -> None:
    (attack,) = [e for e in extract("Rebels attacked the village and killed 12 people.") if e.type == "ASSAULT"]
    assert attack.fatalities == 12


def test_a_request_with_its_own_that_clause_beside_a_call_is_a_second_request() -> None:
    text = ("The Ombudsman's Office called for the respect of the rights of the residents and requested that "
            "the Public Ministry investigate the facts.")
    assert triggers(text, "REQUEST") == ["called", "requested"]


def test_a_protest_counted_in_a_series_beside_a_summons_is_a_filing_of_its_own() -> None:
    text = ("The foreign ministry summoned China's ambassador on Tuesday and filed its fifteenth diplomatic "
            "protest of the year.")
    assert triggers(text, "ACCUSE") == ["summoned", "filed"]


def test_a_note_of_protest_handed_at_a_summons_is_the_summons() -> None:
    assert triggers("The ministry summoned the envoy and handed him a note of protest.", "ACCUSE") == ["summoned"]


def test_a_protest_lodged_at_a_summons_is_the_summons() -> None:
    text = ("The foreign ministry summoned China's deputy ambassador and lodged a diplomatic protest over the "
            "use of force.")
    assert triggers(text, "ACCUSE") == ["summoned"]
