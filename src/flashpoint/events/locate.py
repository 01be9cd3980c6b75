"""Where an act happened: the place its clause names, or the country its actors imply."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from flashpoint.actors import ActorIndex
from flashpoint.events.lexicon import TypeClasses
from flashpoint.geo import get_gazetteer
from flashpoint.geo.attach import event_location
from flashpoint.model import Event, Place
from flashpoint.nlp import sent_of

# A place of these precisions, named as the object of an act, is where it happened, not a party.
_TOWN_LIKE = {"place", "admin1"}


class Places:
    """A report's place mentions, looked up by sentence (so that a long report stays linear)."""

    def __init__(self, doc: Doc, places: list[Place]) -> None:
        self.doc = doc
        self.places = sorted((p for p in places if p.start is not None), key=lambda p: p.start or 0)
        self._starts = [p.start or 0 for p in self.places]

    def in_sentence(self, tok: Token) -> list[Place]:
        sent = sent_of(tok)
        return self.places[bisect_left(self._starts, sent.start_char) : bisect_left(self._starts, sent.end_char)]

    def of_act(self, anchor: Token) -> Place | None:
        """The place the text gives for the act whose clause verb (or trigger) is `anchor`."""
        return event_location(self.doc, anchor, self.in_sentence(anchor))

    def names_place(self, tok: Token, actors: ActorIndex) -> bool:
        """ "shelled Kharkiv": a town named as the object is where the act happened, not a party
        (a capital used for its government, "attacked Baku's positions", resolves as an actor first)."""
        if any(a.country or a.org for a in actors.actors_for_token(tok)):
            return False
        return any(p.start is not None and p.start <= tok.idx < (p.end or 0) and p.precision in _TOWN_LIKE
                   for p in self.in_sentence(tok))  # fmt: skip


def implied_country(ev: Event, types: TypeClasses) -> Place | None:
    """A government acting on its own people ("Bangladesh imposed a nationwide curfew") acts in its
    own country: country precision, and only when every actor belongs to that one country."""
    kinds = {ev.type, f"{ev.type}/{ev.mode}"}
    domestic = bool(kinds & types.domestic) or (ev.type in types.domestic_with_target and bool(ev.target))
    if not domestic or not ev.source:
        return None
    actors = ev.source + ev.target
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries or any(a.org for a in actors):
        return None
    (code,) = countries
    assert code is not None
    found = get_gazetteer().country(code)
    if found is None:
        return None
    ev.notes["location"] = "country implied: every actor belongs to it"
    return Place(text=ev.source[0].text, name=found.name, country=code, lat=found.lat, lon=found.lon,
                 precision="country", feature="country")
