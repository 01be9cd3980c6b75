"""Wire sentences of the kind CAMEO gold-standard records hold (found on UniversalPetrarch's public GSR sample)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event


def _events(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=date(2025, 3, 6)))


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tibetan exiles staged a sit-in outside the venue in London on Monday, days before the Olympics open.",
        "Hundreds of fans of the opposition marched in Doha on Friday during the World Cup championship.",
        "Students protested in Paris on Tuesday near the stadium where the tournament will start next week.",
    ],
)
def test_a_protest_beside_a_sports_event_is_a_protest(text: str) -> None:
    """A protest at the Olympics or a tournament is no play: only acts of force read as play in a sentence
    about a game."""
    assert "PROTEST" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana shot down Mali in the semi-final of the tournament on Sunday.",
        "Brazil's striker attacked the Argentine defence throughout the final.",
    ],
)
def test_play_in_a_match_is_still_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)



@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan interior minister called the attack cowardly and vowed to find those responsible.",
        "Kenya's interior minister called the bombing cowardly.",
    ],
)
def test_who_calls_an_attack_cowardly_judges_it(text: str) -> None:
    """ "called the attack cowardly" (the parser takes "cowardly" for an adverb of "called"): a condemnation by
    the minister, who is no attacker."""
    events = _events(text)
    assert "ACCUSE" in [e.type for e in events]
    assert not [e for e in events if e.type == "ASSAULT" and any(a.sector == "GOV" for a in e.source)]
