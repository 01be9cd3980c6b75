"""Where an act happened: the place its clause names (or the clause of the verb that governs it), a town
the report names when the act names none, or the country its actors imply."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from spacy.tokens import Doc, Token

from flashpoint.actors import ActorIndex
from flashpoint.actors.localise import item_starts
from flashpoint.events.lexicon import STATE, Lexicon, TypeClasses
from flashpoint.events.merge import of_the_day
from flashpoint.geo import get_gazetteer
from flashpoint.geo.attach import event_location
from flashpoint.model import Event, Place
from flashpoint.nlp import sent_of, text_of

# A place of these precisions, named as the object of an act, is where it happened, not a party.
_TOWN_LIKE = {"place", "admin1"}
# Clauses that share the place of the verb above them ("gathered in Nakuru to protest", "attacked the
# village and killed three"); a speech verb never lends its place ("said in Ankara that ...").
_SHARING_DEPS = {"xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass"}
EXPAND = "expand"  # spaCy's alignment mode: the tokens that overlap a character span
LOCATION_FROM = "location_from"  # the note that says where an act's place came from
REPORT_TOWN = "report"  # its value when the act names no place and the report's town stands in


class Places:
    """A report's place mentions, looked up by sentence (so that a long report stays linear)."""

    def __init__(self, doc: Doc, places: list[Place], speech_verbs: frozenset[str] = frozenset(),
                 openers: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.speech_verbs = speech_verbs
        self.openers = openers  # what opens a town's qualifying region: "Tarime (Mara)"
        self.places = sorted((p for p in places if p.start is not None), key=lambda p: p.start or 0)
        self._starts = [p.start or 0 for p in self.places]
        # a round-up whose items are headed by two or more countries ("KOSOVO - ... SERBIA - ...")
        self.round_up = bool(item_starts(text_of(doc), self.places))

    def in_sentence(self, tok: Token) -> list[Place]:
        sent = sent_of(tok)
        return self.places[bisect_left(self._starts, sent.start_char) : bisect_left(self._starts, sent.end_char)]

    def of_act(self, anchor: Token) -> Place | None:
        """The place the text gives for the act whose clause verb (or trigger) is `anchor`, or else for
        a verb that governs it ("On 3 March, in Tarime, gunmen stormed a bar and shot ...")."""
        places = self.in_sentence(anchor)
        found = event_location(self.doc, anchor, places)
        cur = anchor
        while found is None and cur.dep_ in _SHARING_DEPS and cur.head.i != cur.i:
            cur = cur.head
            if cur.lemma_.lower() in self.speech_verbs:
                break
            if cur.pos_ in {"VERB", "AUX"}:
                found = event_location(self.doc, cur, places)
        return self._town_of(found, places)

    def _town_of(self, found: Place | None, places: list[Place]) -> Place | None:
        """ "in Tarime (Mara)": the region in parentheses says which town is meant; the town is the place."""
        if found is None or found.precision == "place" or found.start is None:
            return found
        text = text_of(self.doc)
        for town in places:
            between = text[town.end or 0 : found.start] if town.end is not None else ""
            if town.precision == "place" and (town.end or 0) <= found.start and between.strip() in self.openers:
                return town
        return found

    def _speaks(self, place: Place) -> bool:
        """ "Moscow said", "Kyiv's air defences": a capital named for its government is no place of an act."""
        span = self.doc.char_span(place.start or 0, place.end or 0, alignment_mode=EXPAND)
        return span is not None and len(span) > 0 and span.root.dep_ in {"nsubj", "nsubjpass", "poss"}

    def report_town(self, ev: Event, country: str) -> Place | None:
        """Where an act that names no place happened: a town (else a region) of `country` its sentence
        names, else the first town of that country in its paragraph, else in the report unless the report is a
        round-up of several countries (never a country centroid over a named town)."""
        start, end = ev.evidence.start, ev.evidence.end
        text = text_of(self.doc)
        para = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        usable = [p for p in self.places if p.lat is not None and not self._speaks(p) and p.country == country]
        in_sentence = [p for p in usable if start <= (p.start or 0) < end]
        for pool in ([p for p in in_sentence if p.precision == "place"],
                     [p for p in in_sentence if p.precision in _TOWN_LIKE]):  # fmt: skip
            if pool:
                return pool[0]
        if any(p.precision in _TOWN_LIKE for p in self.in_span(start, end)):
            return None  # the sentence names a place that could not be used: no guess from elsewhere
        towns = [p for p in usable if p.precision == "place"]
        # the paragraph's first town (never one of a later paragraph's), else the report's first; a round-up's
        # item is a report of its own, whose acts did not happen in another item's town
        in_para = [p for p in towns if para <= (p.start or 0) < para_end]
        for pool in ([in_para] if self.round_up else [in_para, towns]):
            if pool:
                return pool[0]
        return None

    def names_place(self, tok: Token, actors: ActorIndex) -> bool:
        """ "shelled Kharkiv": a town named as the object is where the act happened, not a party
        (a capital used for its government, "attacked Baku's positions", resolves as an actor first)."""
        if any(a.country or a.org for a in actors.actors_for_token(tok)):
            return False
        return any(p.start is not None and p.start <= tok.idx < (p.end or 0) and p.precision in _TOWN_LIKE
                   for p in self.in_sentence(tok))  # fmt: skip

    def in_span(self, start: int, end: int) -> list[Place]:
        return self.places[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


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


def place_by_report(ev: Event, lex: Lexicon, places: Places, published: date | None, main_country: str | None
                    ) -> None:
    """An act of the day of a kind that happens somewhere (a fight, a protest, an arrest) that names no
    town of its own happened in the report's town of its country (words.yaml `placed_by_report`). Only
    when that country is known: the act's own, the one its actors share, or the report's."""
    kinds = {ev.type, f"{ev.type}/{ev.mode}"}
    if not kinds & lex.types.placed_by_report or (ev.location is not None and ev.location.precision != "country"):
        return
    if not of_the_day(ev, published):
        return  # a war of 1994 told as background happened nowhere this report names
    country = (ev.location.country if ev.location is not None else None) or _actors_country(ev, main_country,
                                                                                   lex.acled.labels[STATE])
    town = places.report_town(ev, country) if country else None
    if town is not None:
        ev.location = town
        ev.notes["location"] = "the report's town: the act names no place of its own"
        if town.start is None or not ev.evidence.start <= town.start < ev.evidence.end:
            ev.notes[LOCATION_FROM] = REPORT_TOWN


def _actors_country(ev: Event, main: str | None, abroad: frozenset[str]) -> str | None:
    """The country an act happened in, by its actors: the one they share, leaving out armies and governments
    or a country named as such (which act abroad too), or the report's when it is among theirs (or they have none)."""
    countries = {a.country for a in ev.source + ev.target if a.country}
    at_home = {a.country for a in ev.source + ev.target if a.country and a.sector and a.sector not in abroad}
    if len(at_home) == 1:
        return next(iter(at_home))
    return main if not countries or main in countries else None
