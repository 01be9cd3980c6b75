"""Nationality for actors the text leaves without one, from where the act happened.

"14 civilians were killed in El Fasher" are Sudanese; "police" in a report about Kenya, or datelined
"NAIROBI, May 3 -", are Kenyan; "the army" with no nationality is the army of the country the report is
about, never merely of the place (foreign troops fight abroad); people a state body acts on are its own.
Which sectors follow which rule is data (data/localise.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from flashpoint.model import Actor, Event, Place

_DATA = Path(__file__).parent / "data" / "localise.yaml"


@dataclass(frozen=True)
class LocalRules:
    local_sectors: frozenset[str]
    state_sectors: frozenset[str]
    foreign_precisions: frozenset[str]
    fellow_sectors: frozenset[str]
    dateline_marks: frozenset[str]
    dateline_patterns: tuple[re.Pattern[str], ...]
    dateline_reach: int
    occupation_words: frozenset[str]
    occupiers: dict[str, str]
    host_cities: frozenset[str]
    telling_forces: frozenset[str]
    foreign_modes: frozenset[str] = frozenset()
    seat_patterns: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=1)
def local_rules() -> LocalRules:
    raw = yaml.load(_DATA.read_text("utf-8"), Loader=yaml.CSafeLoader)
    dateline = raw["dateline"]
    return LocalRules(
        local_sectors=frozenset(raw["local_sectors"]),
        state_sectors=frozenset(raw["state_sectors"]),
        foreign_precisions=frozenset(raw["foreign_precisions"]),
        fellow_sectors=frozenset(raw["fellow_sectors"]),
        dateline_marks=frozenset(dateline["caps_marks"]),
        dateline_patterns=tuple(re.compile(p) for p in dateline["patterns"]),
        dateline_reach=int(dateline["reach"]),
        occupation_words=frozenset(raw["occupation_words"]),
        telling_forces=frozenset(raw["telling_forces"]),
        foreign_modes=frozenset(raw.get("foreign_modes", [])),
        seat_patterns=tuple(re.compile(p) for p in raw.get("seat_patterns", [])),
        occupiers=dict(raw["occupiers"]),
        host_cities=frozenset(raw["host_cities"]),
    )


def dateline(text: str, places: list[Place]) -> Place | None:
    """A report's dateline ("BAMAKO, March 6 (Reuters) -", "DHAKA, July 19 -", "Yerevan:"): a place that opens
    one of the report's first lines and is followed by a comma, a colon, a dash or a parenthesis
    (data/localise.yaml `dateline`). It says where the report was filed, and is no party to any act.
    A round-up whose paragraphs each open with a country in capitals ("MALI - ...", "NIGER - ...") has none:
    each heading is its own paragraph's (`section_headings`)."""
    if len(section_headings(text, places)) > 1:
        return None
    rules = local_rules()
    for place in places:
        if place.start is None or place.end is None or place.start > rules.dateline_reach or not place.country:
            continue
        if _opens_line(text, place) and (_caps_heading(text, place) or any(
                p.match(_rest_of_line(text, place)) for p in rules.dateline_patterns)):
            return place
    return None


def _opens_line(text: str, place: Place) -> bool:
    assert place.start is not None
    line_start = text.rfind("\n", 0, place.start) + 1
    return not text[line_start : place.start].strip()


def _rest_of_line(text: str, place: Place) -> str:
    assert place.end is not None
    line_end = text.find("\n", place.end)
    return text[place.end : line_end if line_end >= 0 else len(text)]


def _caps_heading(text: str, place: Place) -> bool:
    """ "BAMAKO, March 6 -", "NIGER - The junta ...": a place in capitals followed by a dateline mark."""
    return place.text.isupper() and _rest_of_line(text, place).lstrip(" ")[:1] in local_rules().dateline_marks


def section_headings(text: str, places: list[Place]) -> dict[int, str]:
    """Paragraph number -> country, for every paragraph that opens with a place in capitals and a dash mark
    anywhere in the report: the country heading of a round-up item ("BURKINA FASO - The transitional
    government suspended ..."), which gives the item's government, army and police their country."""
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    found: dict[int, str] = {}
    for place in places:
        if place.start is None or place.end is None or not place.country:
            continue
        if _opens_line(text, place) and _caps_heading(text, place):
            found.setdefault(bisect_right(breaks, place.start), place.country)
    return found


def item_starts(text: str, places: list[Place]) -> list[int]:
    """Where each item of a round-up of several countries begins (the offset of the paragraph its country heading
    opens, `section_headings`), in order; [] for any other report (one country's round-up by region, "SAGAING -
    ... MAGWAY - ...", is one report about one war). Each item is a report of its own: its acts, sides, places
    and dates are not those of the items around it."""
    headed = section_headings(text, places)
    if len(set(headed.values())) < 2:
        return []
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    return sorted(breaks[n - 1] + 1 if n else 0 for n in headed)  # paragraph n starts after the n-th break


def item_of(starts: list[int], offset: int) -> int:
    """The number of the round-up item (by `item_starts`) the character `offset` is told in; 0 before the first
    item or in a report that is no round-up."""
    return bisect_right(starts, offset)


def report_country(text: str, places: list[Place], filed: Place | None, lede: int | None,
                   actors: list[Actor] | None = None, acts: list[Place] | None = None) -> str | None:
    """The country a report is about: its dateline's (`filed`, from `dateline`), else the one most of its places
    are in. `lede` is where the text after the dateline begins (`flashpoint.nlp.paragraphs.dateline_end`).

    A report filed from a foreign bureau ("BANGKOK, Nov 20 (Reuters) - A Myanmar military jet bombed a village
    in Sagaing ...") is about the country its other places clearly name, at least twice, not the bureau's; one
    whose acts happen in other countries (`acts`: the places of its acts), and that names neither place nor party
    (`actors`) of the bureau's country again, is not the bureau's ("DUBAI - Protesters clashed with police in
    Mashhad"); a foreign capital that only speaks ("Vilnius will propose sanctions") is no such act."""
    # "a Britain-based monitor", "a London-based group": where a body has its seat is no place of the report's acts
    places = [p for p in places if p.end is None or not any(r.match(text, p.end) for r in local_rules().seat_patterns)]
    if len(section_headings(text, places)) > 1:
        return None  # a round-up of several countries is about none of them
    if filed is None:
        return main_country(places)
    # "JEDDAH, Saudi Arabia, May 14 -": the country that names the bureau is part of the dateline, no place of it
    opens = filed.start or 0
    header = lede if lede is not None and lede > opens else (filed.end or opens)
    rest = [p for p in places if p.start is not None and not opens <= p.start < header]
    # "MOGADISHU - ... Somalia's information ministry ...": the bureau's own country, named by another place than
    # the bureau's town ("JEDDAH - ... talks in Jeddah ... fighting in Khartoum ... Omdurman": a foreign bureau)
    if any(p.country == filed.country and (p.name or p.text) != (filed.name or filed.text) for p in rest):
        return filed.country
    about = main_country(rest)
    # ... at least twice as a place where things happen ("fighting in Khartoum ... Omdurman"), not as a government
    # that speaks ("Lithuania's foreign minister says Vilnius will propose sanctions" in a Tbilisi live blog)
    if about is not None and about != filed.country and sum(
            p.country == about and p.kind == "literal" for p in rest) >= 2:
        return about
    # "DUBAI (Reuters) - Protesters clashed with police in Mashhad": a bureau whose country the report never names
    # again, while it names another's, says where the copy was filed, not what it is about (a wrong country is
    # worse than none: the report's other places decide, if they agree)
    if any(p.country and p.country != filed.country and p is not filed for p in acts or []) and not any(
            p.country == filed.country for p in rest) and not any(
            a.country == filed.country and (a.start or 0) >= header for a in actors or []):
        return about
    return filed.country


def main_country(places: list[Place]) -> str | None:
    """The country a report is about: named by two in five of its place mentions at least, and twice as
    often as any other. A roundup of seven countries is about none of them, even if one is named twice."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    if ranked[0][1] * 5 < sum(counts.values()) * 2:
        return None
    return ranked[0][0]


def localised(actor: Actor, place: Place | None, report_country: str | None, teller: Actor | None = None) -> Actor:
    """`actor` with the country of the act's place or of the report, where its sector calls for it; a force
    told of by a force of a known country is that country's (localise.yaml `telling_forces`)."""
    if actor.country is not None or actor.org is not None:
        return actor
    rules = local_rules()
    if teller is not None and teller.country and teller.org is None and \
            {teller.sector, actor.sector} <= rules.telling_forces:
        return replace(actor, country=teller.country)
    here = place.country if place is not None and place.precision not in rules.foreign_precisions else None
    if _occupying(actor, rules):  # "the occupation army": the power holding the land, never the land's own
        held = here or report_country
        occupier = rules.occupiers.get(held) if held else None
        return replace(actor, country=occupier) if occupier else actor
    country = (here or report_country) if actor.sector in rules.local_sectors else None
    if actor.sector in rules.state_sectors:
        country = report_country
    return replace(actor, country=country) if country is not None else actor


def _occupying(actor: Actor, rules: LocalRules) -> bool:
    """Forces or authorities named by the occupation they hold ("the occupation forces", "occupying troops")."""
    words = set(re.findall(r"[a-z]+", (actor.text or "").lower()))
    return actor.sector in rules.state_sectors and bool(words & rules.occupation_words)


def _fellow(actor: Actor, doers: list[Actor]) -> Actor:
    """People of no stated nationality whom a state body acts on are its own people ("Sri Lanka's president
    pardoned 34 prisoners", "the Peruvian government apologised to the families")."""
    if actor.country is not None or actor.org is not None or actor.sector not in local_rules().local_sectors:
        return actor
    countries = {a.country for a in doers if a.country and a.sector in local_rules().fellow_sectors}
    return replace(actor, country=countries.pop()) if len(countries) == 1 else actor


def foreigners(mode: str | None, unplaced: list[Actor], placed: list[Actor], doers: list[Actor]) -> list[Actor]:
    """Those expelled or deported are foreigners to whoever expels them (localise.yaml `foreign_modes`): a
    target that got its country only from the place or the report (`placed`, from `unplaced` one for one) loses
    it again when that is the doer's own ("Poland expelled two diplomats")."""
    if mode not in local_rules().foreign_modes or len(unplaced) != len(placed):
        return placed
    own = {a.country for a in doers if a.country}
    return [old if new.country in own and old.country is None and old.org is None else new
            for old, new in zip(unplaced, placed, strict=True)]


def _of_country(actor: Actor, country: str) -> Actor:
    return actor if actor.country is not None or actor.org is not None else replace(actor, country=country)


def localise_event(ev: Event, report_country: str | None, abroad: bool = False) -> None:
    """Every party and the claimant of `ev`, after folding (the event's place may now be known). The place of an
    act done `abroad` as readily as at home ("held talks in Geneva") gives them no country."""
    place = None if abroad else ev.location
    if ev.claimed_by is not None:
        ev.claimed_by = localised(ev.claimed_by, place, report_country)
    before = list(ev.target)
    for group in (ev.source, ev.target):
        for i, actor in enumerate(group):
            group[i] = localised(actor, place, report_country, ev.claimed_by)
    ev.target = foreigners(ev.mode, before, [_fellow(a, ev.source) for a in ev.target], ev.source)


class ParagraphCountries:
    """The one country each paragraph names, by its places and coded actors (none when it names two or none).

    A report that names two countries about equally ("Armenia handed four villages over to Azerbaijan ...
    Police detained 150 protesters") has no country of its own; the paragraph an act is told in may still have
    one ("Thousands of demonstrators demanded the resignation of Prime Minister Nikol Pashinyan. Police ...")."""

    def __init__(self, text: str, places: list[Place], actors: list[Actor],
                 headings: dict[int, str] | None = None) -> None:
        self._breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        named: dict[int, set[str]] = {}
        for start, country in [(p.start, p.country) for p in places] + [(a.start, a.country) for a in actors
                                                                         if a.org is None]:  # fmt: skip
            if start is not None and country:
                named.setdefault(self._paragraph(start), set()).add(country)
        self._country = {i: next(iter(c)) for i, c in named.items() if len(c) == 1}
        self._headed = section_headings(text, places) if headings is None else headings
        self._country.update(self._headed)  # a round-up item's heading names its country, whatever else it names

    def _paragraph(self, offset: int) -> int:
        return bisect_right(self._breaks, offset)

    def of(self, offset: int) -> str | None:
        return self._country.get(self._paragraph(offset))

    def headed(self, offset: int) -> bool:
        """Whether the paragraph at `offset` opens with a country heading ("NIGER - ...")."""
        return self._paragraph(offset) in self._headed


def localise_by_paragraph(ev: Event, paragraphs: ParagraphCountries, abroad: bool = False) -> None:
    """People local by nature (police, protesters, civilians) still of no nationality take that of the
    paragraph the act is told in, if it names one; the army or the government of no stated country do not
    (a roundup line "Ghana's president pardoned 12 soldiers" does not make them Ghana's), unless the act
    happened in that same country ("jihadists attacked the army base ... in the northern town of Djibo": the
    paragraph and the act's place both say Burkina Faso) or the paragraph is a round-up item's heading. The place
    of an act done `abroad` as readily as at home says nothing."""
    local = local_rules().local_sectors
    country = paragraphs.of(ev.evidence.start)
    place = None if abroad else ev.location
    here = place.country if place is not None else None
    if paragraphs.headed(ev.evidence.start) or (country is not None and here == country):
        local = local | local_rules().state_sectors
    if not any(a.country is None and a.org is None and a.sector in local for a in [*ev.source, *ev.target]):
        return
    if country is None:
        return
    before = list(ev.target)
    for group in (ev.source, ev.target):
        for i, actor in enumerate(group):
            if actor.sector in local:
                group[i] = localised(actor, place, country) if actor.sector not in local_rules(
                    ).state_sectors else _of_country(actor, country)
    if ev.claimed_by is not None and ev.claimed_by.sector in local:
        ev.claimed_by = localised(ev.claimed_by, place, country)
    ev.target = foreigners(ev.mode, before, ev.target, ev.source)


def note_unplaced(ev: Event) -> None:
    """Say why an unnamed domestic actor (police, the army, protesters, officials) kept no country: the report
    has no dateline and its places, and those of the act's paragraph, are in more than one country (a wrong
    country is worse than none)."""
    rules = local_rules()
    unplaced = [a for a in [*ev.source, *ev.target] if a.country is None and a.org is None
                and a.sector in rules.local_sectors | rules.state_sectors and a.kind != "person"]
    if unplaced and "nationality" not in ev.notes:
        ev.notes["nationality"] = (f"{unplaced[0].text!s}: no country; the act's place gives none and the "
                                   "report's places are in several countries")
