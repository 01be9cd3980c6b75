"""From the pieces of a noun phrase to one coded actor.

A phrase such as "State Department spokesman Ned Price" is seen as parts: named things the knowledge
base knows (a person, an organisation, a group, a named institution, a country, a capital, a
demonym), role words in phrase order ("spokesman"), an unknown name ("Ned Price"), and the actors of
its possessor and of-phrases ("Armenia's army", "soldiers of his country"). `combine` decides;
`KnowledgeBase.lookup` finds the parts of a phrase without a parse, `ActorIndex` with one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flashpoint.actors.entries import Entry, Role
from flashpoint.model import Actor

PLACE_KINDS = ("country", "capital")
NAMED_KINDS = ("org", "group", "institution")


@dataclass
class Parts:
    """What a phrase is made of."""

    text: str
    person: Entry | None = None
    named: Entry | None = None  # org, group or named institution
    org: Entry | None = None
    place: Entry | None = None  # country or capital
    demonyms: list[Entry] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)  # in phrase order, the head's own last
    name: str | None = None  # a proper name the knowledge base does not know
    subs: list[Actor] = field(default_factory=list)  # possessor and of-phrase actors

    def add(self, entry: Entry | None, role: Role | None) -> None:
        if role is not None:
            self.roles.append(role)
        elif entry is None:
            return
        elif entry.kind == "person":
            self.person = self.person or entry
        elif entry.kind == "org":
            self.org = self.org or entry
            self.named = self.named or entry
        elif entry.kind in NAMED_KINDS:
            self.named = self.named or entry
        elif entry.kind in PLACE_KINDS:
            self.place = self.place or entry
        elif entry.kind == "demonym":
            self.demonyms.append(entry)

    @property
    def empty(self) -> bool:
        return not (self.person or self.named or self.place or self.demonyms or self.roles or self.name)


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _title_sector(parts: Parts, role: Role, named: tuple[str | None, str | None, str | None]) -> str | None:
    """The sector a person title gives, yielding to the organisation or group it belongs to."""
    body_sector = named[1]
    if role.kind in ("inheriting", "asset"):
        bodies = [r.sector for r in parts.roles if r.kind == "institution" and r.sector]
        subs = [a.sector for a in parts.subs if a.sector]
        return _first(*(bodies[-1:]), body_sector, *subs, role.sector)
    if role.sector == "GOV" and parts.named is not None and parts.named.kind in ("org", "group"):
        return body_sector  # "UN envoy", "Hamas leader": the body's sector, not an executive's
    return role.sector


def _generic(role: Role, named_kind: str) -> bool:
    """A word that says no more than the name next to it: fighters of a group, an organisation's body; a group's
    "unit" or "forces" are the group's armed men, not a state's army ("a People's Defence Force unit")."""
    return role.sector == "IGO" or named_kind == "group" and role.sector in ("REB", "UAF", "MIL")


def _kind(parts: Parts, head: Role | None) -> str | None:
    if head is not None:
        if head.kind in ("institution", "asset"):
            return "institution"
        return "role" if head.plural else "person"
    if parts.named is not None:
        return parts.named.kind
    if parts.place is not None:
        return parts.place.kind
    if parts.demonyms:
        return "demonym"
    return "person" if parts.name else None


def _office_words(office: str) -> tuple[str, frozenset[str]]:
    """An office title as its head word and its qualifiers ("defence minister": minister, {defence})."""
    words = office.lower().replace("defense", "defence").split()
    return words[-1], frozenset(words[:-1])


def _namesake(parts: Parts) -> bool:
    """ "Defence Minister Pedro Sánchez" in a Colombian report is not Spain's prime minister: a title of the same
    kind as the known person's offices (a minister) but qualified otherwise (defence, not prime) says the name is
    someone else's. A bare or different kind of title ("President", "General") says nothing against the person."""
    assert parts.person is not None
    offices = [_office_words(p.title) for p in parts.person.periods if p.title]
    titles = [_office_words(r.phrase) for r in parts.roles if r.kind == "title"]
    if not offices or not titles:
        return False
    return any(
        qual and all(head == o_head and o_qual and not (qual & o_qual) for o_head, o_qual in offices)
        for head, qual in titles
    )


def combine(parts: Parts, when: dt.date | None) -> Actor | None:
    """One actor for the phrase, or None when nothing in it names one."""
    if parts.person is not None and _namesake(parts):
        parts.name = parts.name or parts.person.name  # the same name, another person
        parts.person = None
    if parts.person is not None:
        return parts.person.actor(parts.text, when)
    if parts.empty and not parts.subs:
        return None
    named = parts.named.coding(when) if parts.named is not None else (None, None, None)
    head = parts.roles[-1] if parts.roles else None
    sub_country = next((a.country for a in parts.subs if a.country), None)
    sub_org = next((a.org for a in parts.subs if a.org), None)
    place_country = parts.place.country if parts.place else None
    demonym_country = parts.demonyms[0].country if parts.demonyms else None
    country = _first(named[0], place_country, demonym_country, sub_country)
    org = _first(named[2], sub_org)
    if head is not None:
        sector = _title_sector(parts, head, named) if head.kind != "institution" else head.sector
        if head.kind == "institution" and parts.named is not None and _generic(head, parts.named.kind):
            sector = named[1]  # "Wagner fighters" are what Wagner is; "the organization" what the org is
    elif parts.named is not None:
        sector = named[1]
    elif parts.place is not None:
        sector = "GOV"  # a country or its capital acting: its government
    elif parts.demonyms or parts.name:
        sector = None  # "the Armenians", an unknown name: nothing says which sector
    else:
        return None  # only possessors or of-phrases: "Armenia's violation" is not an actor
    # a thing of a named body is told by the body's name ("a Fano weapons depot" is Fano's, one side with "Fano")
    owned = head is None or head.kind == "asset"
    # "JNIM militants", "Houthi fighters": the group's own men are the group, under its name
    members = head is not None and head.kind == "institution" and parts.named is not None \
        and parts.named.kind == "group" and _generic(head, parts.named.kind)
    name = parts.name or (parts.named.name if parts.named and (owned or members) else None)
    if name is None and parts.place is not None and head is None:
        name = parts.place.name
    kind = "group" if members else _kind(parts, head)
    return Actor(text=parts.text, name=name, country=country, sector=sector, org=org, kind=kind)
