"""A toll told in a sentence of its own belongs to the attack it counts (issue 13, precision: the largest loss is
ASSAULT events that only tell again an attack's dead). A doer the toll only borrows from that attack, a place
where the dead fell and a telling folded into the act do not keep the toll apart; a toll whose own sentence
tells what did it stays with that act, and another side's figure stays its own.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flashpoint.model import Event
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("toll, dead", [
    ("Four people were killed in Srifa, including two children.", 4),
    ("Two farmers were killed in Majdal Zoun on Thursday.", 2),
])
def test_a_toll_where_the_dead_fell_joins_the_attack_told_before_it(toll: str, dead: int) -> None:
    # "in Srifa" says where the dead fell, not what killed them, and the jets the passive borrows as its doer
    # are the strike's: one attack, with its toll
    text = (f"Israeli jets struck several villages in south Lebanon at dawn. {toll}\n"
            "Lebanon's president condemned the raids.")
    found = assaults(extract(text))
    assert len(found) == 1, [(e.trigger.text if e.trigger else None, e.fatalities) for e in found]
    assert found[0].fatalities == dead


def test_a_toll_that_names_what_killed_in_its_own_sentence_stays_with_that_act() -> None:
    # "a missile hit a warehouse, injuring five workers" counts the missile's victims, not those of the drones
    # told just before it
    text = ("Russian forces launched 60 drones at Ukraine overnight, the air force said; 45 drones were shot down. "
            "In Zaporizhzhia, a missile hit a warehouse, injuring five workers, the regional governor said.")
    found = assaults(extract(text))
    injuring = [e for e in found if e.injured == 5]
    assert len(injuring) == 1
    assert injuring[0].evidence.text.startswith("In Zaporizhzhia")


def test_a_toll_from_the_other_side_keeps_its_own_figure_apart_from_an_attack_with_a_toll() -> None:
    # the attack already carries the teller's figure: another side's count is a claim of its own, never folded
    text = ("RSF fighters attacked an army base near El Obeid on Monday, killing 30 soldiers, the RSF said. "
            "The army said 12 of its soldiers had been killed.")
    assert [e.fatalities for e in assaults(extract(text))].count(30) == 1
