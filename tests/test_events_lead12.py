"""Whom an act is done to: those expelled or deported are foreigners to whoever expels them, and working
people named by their trade are people of the place."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event


def _events(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=date(2025, 3, 6)))


def _one(text: str, type_: str) -> Event:
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.source, e.target) for e in _events(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("Lithuania expelled three diplomats on Thursday over espionage.", "SANCTION", "LTU"),
        ("Chad declared two diplomats persona non grata.", "SANCTION", "TCD"),
        ("Algeria deported 60 migrants across the desert border.", "COERCE", "DZA"),
    ],
)
def test_those_expelled_never_take_the_expellers_country(text: str, type_: str, doer: str) -> None:
    """The report's country is the expeller's: "two diplomats" of no stated nationality are someone else's,
    and a wrong country is worse than none."""
    event = _one(text, type_)
    assert [a.country for a in event.source] == [doer]
    assert event.target and all(a.country is None for a in event.target)


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("Estonia expelled two Belarusian diplomats.", "SANCTION", "BLR"),
        ("Mali expelled the French ambassador in Bamako.", "SANCTION", "FRA"),
        ("Police in Kano arrested 40 migrants on Monday.", "COERCE", "NGA"),
    ],
)
def test_a_stated_nationality_or_another_act_keeps_its_country(text: str, type_: str, target: str) -> None:
    assert [a.country for a in _one(text, type_).target] == [target]


@pytest.mark.parametrize(
    ("text", "type_", "side", "country"),
    [
        ("Soldiers broke up a demonstration by miners in Oruro.", "ASSAULT", "target", "BOL"),
        ("Gunmen seized five labourers at a quarry near Gusau.", "ASSAULT", "target", "NGA"),
        ("Hundreds of pensioners marched in Montevideo on Monday.", "PROTEST", "source", "URY"),
    ],
)
def test_working_people_named_by_trade_are_parties(text: str, type_: str, side: str, country: str) -> None:
    event = _one(text, type_)
    assert [a.country for a in getattr(event, side)] == [country]


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("Nauru recalled its ambassador from Taipei on Monday.", "SANCTION", "NRU"),
        ("Nauru expelled a Chinese diplomat.", "SANCTION", "NRU"),
        ("Windhoek accused Pretoria of meddling in the election.", "ACCUSE", "NAM"),
        ("Sana'a accused Riyadh of meddling in the talks.", "ACCUSE", "YEM"),
    ],
)
def test_a_name_the_parser_took_for_an_adverb_still_acts(text: str, type_: str, doer: str) -> None:
    """The small model parses some short country names that open a sentence as an adverb of the verb."""
    assert [a.country for a in _one(text, type_).source] == [doer]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Argentinean troops shelled a village.", "ARG"),
        ("Guinea-Bissauan soldiers shelled a village.", "GNB"),
        ("Comoran police shelled a village.", "COM"),
    ],
)
def test_demonym_variants_name_their_country(text: str, doer: str) -> None:
    """"Guinea-Bissauan" was read as Guinea's: a wrong country, worse than none."""
    assert [a.country for a in _one(text, "ASSAULT").source] == [doer]


@pytest.mark.parametrize("opening", ["Separately", "Overnight", "Meanwhile"])
def test_an_opening_adverb_names_no_one(opening: str) -> None:
    event = _one(f"{opening} troops shelled the town of Kassala.", "ASSAULT")
    assert [a.sector for a in event.source] == ["MIL"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels announced a suspension of attacks on government forces.",
        "The militia declared a pause in attacks on oil installations.",
    ],
)
def test_attacks_suspended_are_no_attacks(text: str) -> None:
    """What a suspension or a pause stops is named, not told as done: the attacks must not come out as occurred."""
    events = _events(text)
    assert not [e for e in events if e.type == "ASSAULT" and e.status in {"occurred", "claimed"}], events
    assert [e.type for e in events] == ["RETREAT"]


def test_the_gulf_is_the_sea_not_a_province_of_papua_new_guinea() -> None:
    """The spotter drops "the", and "Gulf" is the main name of a Papua New Guinean province: a wrong country."""
    event = _one("Tankers were attacked in the Gulf on Monday.", "ASSAULT")
    assert event.location is not None and event.location.country is None
    assert event.location.precision == "water"


def test_sanctions_not_excluded_are_a_threat_not_sanctions_imposed() -> None:
    """ "has not excluded sanctions" keeps them open: a THREATEN with the sanctions as content, no SANCTION done."""
    events = _events("The EU has not excluded sanctions against Belgrade.")
    assert not [e for e in events if e.type == "SANCTION" and e.status in {"occurred", "claimed"}]
    threat = _one("The EU has not excluded sanctions against Belgrade.", "THREATEN")
    assert threat.content is not None and threat.content.type == "SANCTION"
