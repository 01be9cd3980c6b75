"""Who is the source and who the target (session 12 target probe on sentences written by others): lists the
parser takes for appositions, targets inside the act a speech act is about, and the doer of a speech act told
as a participle of the document that carries it.

Coding convention (docs/gold-format.md, docs/plover-format.md): the source is who acts, the target who the act
is aimed at; a threat is aimed at whoever the threatened act would hit; mutual fighting lists both sides on both
sides.

All sentences were written for this test; each runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.model import Article, Event

PUBLISHED = date(2024, 6, 20)


def events_of(text: str, type_: str, published: date = PUBLISHED) -> list[Event]:
    return [e for e in extract_article(Article(id="t", text=text, published=published)) if e.type == type_]


def event_of(text: str, type_: str, published: date = PUBLISHED) -> Event:
    found = events_of(text, type_, published)
    assert found, f"no {type_} in {text!r}"
    return found[0]


def coded(actors: list) -> set[str]:
    """CCC-SEC codes (the org where there is one)."""
    return {a.org or (f"{a.country}-{a.sector}" if a.sector else a.country) for a in actors}


# ------------------------------------------------------------------ lists the parser takes for appositions


def test_two_joined_names_after_a_common_noun_are_both_parties() -> None:
    # "the rival gangs [Los Lobos] and Los Choneros": the parser hangs the first name on "gangs" as an apposition
    # and the second on the first; both are parties, and the phrase "inmates of the gangs ..." is not one actor
    e = event_of("Shots were exchanged on Friday between inmates of the rival gangs Los Lobos and Los Choneros "
                 "in the Guayaquil jail.", "ASSAULT")
    names = {a.text for a in e.source}
    assert names == {"Los Lobos", "Los Choneros"}
    assert coded(e.source) == coded(e.target) == {"ECU-UAF"}
