"""The place of an act, not of the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from flashpoint.geo import find_places
from flashpoint.geo.attach import event_location
from flashpoint.nlp import get_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp()


def where(nlp: Language, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    place = event_location(doc, token, find_places(doc))
    return place.text if place else None


def test_speech_verb_keeps_its_own_place(nlp: Language) -> None:
    text = "Erdogan said in Ankara that Armenia's attacks near Jermuk were provocations."
    assert where(nlp, text, "said") == "Ankara"
    assert where(nlp, text, "attacks") == "Jermuk"


def test_meeting_place_on_the_sidelines(nlp: Language) -> None:
    text = "Putin will discuss the crisis with Aliyev on the sidelines of the summit in Samarkand."
    assert where(nlp, text, "discuss") == "Samarkand"


def test_locative_preposition_beats_a_demonym(nlp: Language) -> None:
    assert where(nlp, "Azerbaijani forces shelled Armenian positions near Goris.", "shelled") == "Goris"


def test_trigger_noun_of_a_light_verb(nlp: Language) -> None:
    assert where(nlp, "Azerbaijan launched attacks in Jermuk overnight.", "attacks") == "Jermuk"


def test_no_place_in_the_clause_gives_none(nlp: Language) -> None:
    assert where(nlp, "The minister condemned the violence, officials in Baku said.", "condemned") is None
