"""Parties the parse hides: unnamed "sources" that tell an act (the people of the place, medics, a security
force or a government: not the government by default when the phrase says otherwise), and the crowd of a
gathering that was dispersed."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article


def teller_sector(text: str) -> str | None:
    events = extract_article(Article(id="t", text=text, published=date(2025, 3, 6)))
    tellers = {e.claimed_by.sector for e in events if e.claimed_by is not None}
    assert len(tellers) == 1, [(e.type, e.claimed_by) for e in events]
    return tellers.pop()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Gunmen shot dead three traders near Maiduguri on Tuesday, local sources said.", "CVL"),
        ("Armed men abducted a village chief in Kayes region, according to local sources.", "CVL"),
        ("Somali medical sources said shelling had killed four people in Baidoa.", "MED"),
        ("Two rockets hit a market in Idlib, killing five people, hospital sources said.", "MED"),
        ("Insurgents ambushed a convoy near Mopti, killing seven soldiers, security sources said.", "COP"),
        ("Rebels overran an outpost near Beni on Friday, according to military sources.", "MIL"),
        ("Egyptian diplomatic sources said Qatar had hosted talks between Hamas and Israel.", "GOV"),
    ],
)
def test_unnamed_sources_tell_as_what_they_are(text: str, sector: str) -> None:
    assert teller_sector(text) == sector


def _events(text: str) -> list:
    return extract_article(Article(id="t", text=text, published=date(2025, 3, 6)))


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("Riot police dispersed a rally by opposition supporters in Harare with tear gas.", "ZWE"),
        ("Police in Karachi broke up a sit-in by traders on Monday.", "PAK"),
    ],
)
def test_a_dispersed_gathering_names_whom_it_was_done_to(text: str, crowd: str) -> None:
    """The parser hangs "by opposition supporters" on the verb, and splits "sit-in" at its hyphen: the crowd is
    still the target of the dispersal."""
    dispersals = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(dispersals) == 1
    assert {a.country for a in dispersals[0].target} == {crowd}
    assert all(a.sector not in {"COP", "MIL"} for a in dispersals[0].target)


def test_a_gathering_hit_by_police_is_held_by_who_gathered() -> None:
    protests = [e for e in _events("Riot police dispersed a rally by opposition supporters in Harare.")
                if e.type == "PROTEST"]
    assert [(a.country, a.sector) for p in protests for a in p.source] == [("ZWE", "PTY")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Tunisian presidency announced the recall of its ambassador from Rome for consultations.", "TUN", "ITA"),
        ("Niger ordered the immediate recall of its envoys from Abuja on Friday.", "NER", "NGA"),
    ],
)
def test_the_recall_of_an_envoy_is_a_sanction_by_whoever_orders_it(text: str, source: str, target: str) -> None:
    """The noun of `recall` (a dependency pattern) takes its doer and tense from the verb it is the object of."""
    recalls = [e for e in _events(text) if e.type == "SANCTION"]
    assert len(recalls) == 1
    assert {a.country for a in recalls[0].source} == {source}
    assert {a.country for a in recalls[0].target} == {target}
    assert recalls[0].status == "occurred"


def test_a_force_telling_of_an_unnamed_force_tells_of_its_own() -> None:
    """The place is another country's; the teller says whose force it is."""
    events = _events("Israeli military sources said troops had shot dead two gunmen near Tulkarm on Monday.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert {(a.country, a.sector) for a in assault.source} == {("ISR", "MIL")}


def test_a_government_telling_of_an_unnamed_army_does_not_make_it_its_own() -> None:
    """A foreign government may speak of another country's army."""
    events = _events("French officials said the army had seized power in Niamey on Wednesday.")
    assert all(a.country != "FRA" for e in events for a in e.source)


@pytest.mark.parametrize("text", ["Turkey shelled Kurdish militants in northern Syria on Sunday.",
                                  "Turkey struck PKK positions in the Qandil mountains on Friday."])
def test_a_country_named_like_an_animal_is_no_animal(text: str) -> None:
    """Animals that attack are no parties ("a crocodile attack"); Turkey, the country, is one."""
    assaults = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and {a.country for a in assaults[0].source} == {"TUR"}


def test_an_animal_that_attacks_is_still_no_party() -> None:
    assert not [e for e in _events("A crocodile attack killed a fisherman on the Zambezi on Monday.")
                if e.type == "ASSAULT"]
