"""The actor knowledge base: countries, institutions, organisations, armed groups and people.

Everything is read from the readable files in `data/` (and from user files, which take precedence)
into plain dictionaries keyed by the normal form of a name, so that a report is matched with set and
dict look-ups only.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from flashpoint.actors.compose import Parts, combine
from flashpoint.actors.entries import Entry, Key, Period, Role
from flashpoint.actors.text import norm, norm_words, plural
from flashpoint.data import cached, load_yaml, parse_yaml
from flashpoint.model import Actor

DATA = Path(__file__).parent / "data"
MAX_WORDS = 12  # the longest name the scanner tries ("United Nations Relief and Works Agency ...")

# When two entries share a key, the lower rank wins: user files, then people and named bodies, then
# what a report taught (learned), then the generic country words.
RANK = {"user": 0, "person": 1, "org": 2, "group": 2, "institution": 2, "country": 3, "capital": 3,
        "demonym": 3, "learned": 4}  # fmt: skip


def _date(value: Any, end: bool = False) -> dt.date | None:
    """ISO date or bare year; a bare year as an end means its last day."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if len(text) == 4 and text.isdigit():
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    return dt.date.fromisoformat(text)


def _case(alias: str) -> str:
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "upper"
    return "cap"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _rows(path: Path) -> Iterable[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


class KnowledgeBase:
    """Name -> actor look-ups over the shipped data, user files and learned records."""

    def __init__(self) -> None:
        self.keys: dict[str, Key] = {}
        self.prefixes: set[str] = set()
        self.countries: dict[str, Entry] = {}
        self.orgs: dict[str, Entry] = {}
        self.members: dict[str, list[str]] = {}
        self.not_actors: set[str] = set()
        self.collectives: set[str] = set()
        self.named_collectives: set[str] = set()
        self.region_words: set[str] = set()
        self.region_bodies: dict[str, str] = {}  # "African" -> AU: whose leaders, meeting as one, are the body
        self.name_heads: dict[str, str] = {}
        self.body_heads: dict[str, str] = {}  # "secretary-general" -> UNSG: the office a lone capitalised title names
        self.seated_heads: set[str] = set()  # "the military government IN Niamey": a body of the country it sits in
        self.honorifics: set[str] = set()  # "Mr.", "Dr.": before a name, no part of it
        self.parents: dict[str, str] = {}  # org code -> the body it belongs to (UNSG -> UN)

    # -- building -------------------------------------------------------------------------------
    def add_name(self, alias: str, entry: Entry, rank: int | None = None) -> None:
        key = norm(alias)
        if not key:
            return
        rank = RANK[entry.source if entry.source != "builtin" else entry.kind] if rank is None else rank
        old = self.keys.get(key)
        if old is not None and old.entry is not None:
            old_rank = RANK[old.entry.source if old.entry.source != "builtin" else old.entry.kind]
            if old_rank <= rank:
                return
        case = "any" if entry.kind == "demonym" and not alias[:1].isupper() else _case(alias)
        self.keys[key] = Key(entry=entry, role=None, case=case)
        self._add_prefixes(key)

    def add_role(self, role: Role) -> None:
        key = norm(role.phrase)
        if key in self.keys:  # a name always beats a role word ("State Department")
            return
        self.keys[key] = Key(entry=None, role=role, case="any")
        self._add_prefixes(key)

    def _add_prefixes(self, key: str) -> None:
        words = key.split()
        for i in range(1, len(words) + 1):
            self.prefixes.add(" ".join(words[:i]))

    def add_learned(self, records: Iterable[dict[str, Any]]) -> None:
        """Names taught by earlier reports (see `ActorIndex.learned`); they never override shipped data."""
        for rec in records:
            entry = Entry(name=rec["name"], kind="person", country=rec.get("country"),
                          sector=rec.get("sector"), org=rec.get("org"), source="learned",
                          evidence=rec.get("evidence"))  # fmt: skip
            self.add_name(rec["name"], entry)
            for alias in rec.get("aliases", []):
                self.add_name(alias, entry)

    def add_user_records(self, records: Iterable[dict[str, Any]]) -> None:
        """User-written actors (YAML or CSV rows): they take precedence over everything shipped.

        Rows with the same name and dates (`from`/`to`) are one person's offices, coded by the date."""
        dated: dict[str, Entry] = {}
        for rec in records:
            start, end = _date(rec.get("from")), _date(rec.get("to"), end=True)
            entry = Entry(name=str(rec["name"]), kind=str(rec.get("kind") or "person"),
                          country=rec.get("country") or None, sector=rec.get("sector") or None,
                          org=rec.get("org") or None, source="user")  # fmt: skip
            if start or end:
                period = Period(start, end, entry.country, entry.sector, entry.org)
                earlier = dated.get(norm(entry.name))
                if earlier is not None:  # a further office of someone already added
                    earlier.periods.append(period)
                    entry = earlier
                else:
                    entry.periods.append(period)
                    dated[norm(entry.name)] = entry
            aliases = rec.get("aliases") or []
            if isinstance(aliases, str):
                aliases = _split(aliases)
            for alias in [entry.name, *aliases]:
                self.add_name(alias, entry)

    def copy(self) -> KnowledgeBase:
        """A copy whose names can be added to without touching this one (entries are shared)."""
        other = KnowledgeBase()
        other.keys = dict(self.keys)
        other.prefixes = set(self.prefixes)
        other.countries = self.countries
        other.orgs = self.orgs
        other.members = self.members
        other.not_actors = self.not_actors
        other.region_words = self.region_words
        other.region_bodies = self.region_bodies
        other.collectives = self.collectives
        other.named_collectives = self.named_collectives
        other.name_heads = self.name_heads
        other.body_heads = self.body_heads
        other.seated_heads = self.seated_heads
        other.honorifics = self.honorifics
        other.parents = self.parents
        return other

    def entries(self) -> Iterator[tuple[Entry, list[str]]]:
        """Every named actor once, with the normalised names that lead to it."""
        names: dict[int, tuple[Entry, list[str]]] = {}
        for key, found in self.keys.items():
            if found.entry is not None:
                names.setdefault(id(found.entry), (found.entry, []))[1].append(key)
        yield from names.values()

    # -- querying -------------------------------------------------------------------------------
    def key(self, words: Sequence[str], raw: str) -> Key | None:
        """The entry for normalised `words` if the letter case of the original `raw` text allows it."""
        found = self.keys.get(" ".join(words))
        if found is None:
            return None
        if found.case == "upper" and any(c.islower() for c in raw):
            return None
        if found.case == "cap" and not any(c.isupper() for c in raw):
            return None
        return found

    def scan(self, words: Sequence[str], raws: Sequence[str]) -> list[tuple[int, int, Key]]:
        """Longest matches, left to right, over a list of normalised words (raws: original text)."""
        out: list[tuple[int, int, Key]] = []
        i, n = 0, len(words)
        while i < n:
            best: tuple[int, Key] | None = None
            for j in range(i + 1, min(n, i + MAX_WORDS) + 1):
                phrase = " ".join(words[i:j])
                if phrase not in self.prefixes:
                    break
                found = self.key(words[i:j], " ".join(raws[i:j]))
                if found is not None:
                    best = (j, found)
            if best is None:
                i += 1
                continue
            out.append((i, best[0], best[1]))
            i = best[0]
        return out

    def lookup(self, text: str, when: dt.date | None = None) -> Actor | None:
        """The actor a name, alias, demonym, metonym or title phrase stands for, or None."""
        return compose_words(self, text, when)

    def entry(self, text: str) -> Entry | None:
        found = self.key(norm(text).split(), text)
        return found.entry if found else None

    def members_of(self, org: str) -> list[str]:
        return list(self.members.get(org, []))

    def country_actor(self, iso3: str, text: str) -> Actor:
        entry = self.countries[iso3]
        return Actor(text=text, name=entry.name, country=iso3, sector="GOV", kind="country")


def compose_words(kb: KnowledgeBase, text: str, when: dt.date | None) -> Actor | None:
    """`KnowledgeBase.lookup`: a phrase without a parse; what follows "of"/"from" is the of-phrase."""
    raws = text.split()
    words: list[str] = []
    owner: list[int] = []  # which whitespace-separated piece each word came from
    for k, raw in enumerate(raws):
        for w in norm_words(raw):
            words.append(w)
            owner.append(k)
    skip = 1 if words[:1] == ["the"] else 0
    whole = kb.key(words[skip:], text)
    if whole is not None and whole.entry is not None:  # a name with "of" in it: "Republic of the Congo"
        return whole.entry.actor(text, when)
    cut = next((i for i, w in enumerate(words) if w in ("of", "from") and i > skip), len(words))
    own = range(skip, cut)
    parts = Parts(text=text)
    found_all = kb.scan([words[i] for i in own], [raws[owner[i]] for i in own])
    if not found_all or found_all[-1][1] != len(own):
        return None  # the head word is not one the knowledge base knows ("Azerbaijani border")
    for _i, _j, found in found_all:
        parts.add(found.entry, found.role)
    if cut < len(words) - 1:
        sub = compose_words(kb, " ".join(raws[owner[cut + 1] :]), when)
        if sub is not None:
            parts.subs.append(sub)
    return combine(parts, when)


# -- loading the shipped files ------------------------------------------------------------------
def _load_countries(kb: KnowledgeBase) -> None:
    for row in _rows(DATA / "countries.tsv"):
        iso3, name, aliases, demonyms, seats = (row + [""] * 5)[:5]
        country = Entry(name=name, kind="country", country=iso3, sector="GOV")
        kb.countries[iso3] = country
        for alias in [name, *_split(aliases)]:
            kb.add_name(alias, country)
        seat = Entry(name=name, kind="capital", country=iso3, sector="GOV")
        for alias in _split(seats):
            kb.add_name(alias, seat)
        demonym = Entry(name=name, kind="demonym", country=iso3, sector=None)
        for alias in _split(demonyms):
            kb.add_name(alias, demonym)


def country_names() -> dict[str, str]:
    """Every country's name and aliases (normalised) -> ISO alpha-3 code, from countries.tsv alone."""
    names: dict[str, str] = {}
    for row in _rows(DATA / "countries.tsv"):
        iso3, name, aliases = (row + [""] * 3)[:3]
        for alias in [name, *_split(aliases)]:
            names.setdefault(norm(alias), iso3)
    return names


def _load_roles(kb: KnowledgeBase) -> None:
    data = load_yaml(DATA / "roles.yaml")
    for item in data["named"]:
        entry = Entry(name=item["name"], kind="institution", country=item["country"], sector=item["sector"])
        for alias in [item["name"], *item.get("aliases", [])]:
            kb.add_name(alias, entry)
    data["assets"] = {None: data.get("assets", [])}
    for section, kind in (("titles", "title"), ("inheriting", "inheriting"), ("institutions", "institution"),
                          ("assets", "asset")):  # fmt: skip
        for sector, phrases in data[section].items():
            sector = None if sector in (None, "null") else sector
            for phrase in phrases:
                kb.add_role(Role(phrase=phrase, sector=sector, kind=kind))
                many = plural(phrase)
                if norm(many) not in kb.keys:
                    kb.add_role(Role(phrase=many, sector=sector, kind=kind, plural=True))
    kb.not_actors.update(norm(p) for p in data.get("places", []))
    kb.collectives.update(norm(w) for w in data.get("collectives", []))
    kb.named_collectives.update(norm(w) for w in data.get("named_collectives", []))
    kb.region_words.update(data.get("region_words", []))
    kb.region_bodies.update(data.get("region_bodies", {}))
    kb.name_heads.update(data.get("name_heads", {}))
    kb.body_heads.update({norm(k): v for k, v in data.get("body_heads", {}).items()})
    kb.seated_heads.update(norm(w) for w in data.get("seated_heads", []))
    kb.honorifics.update(norm(w) for w in data.get("honorifics", []))


def _load_orgs(kb: KnowledgeBase) -> None:
    for item in load_yaml(DATA / "orgs.yaml")["orgs"]:
        entry = Entry(name=item["name"], kind="org", country=item.get("country"), sector=item["sector"],
                      org=item["code"])  # fmt: skip
        kb.orgs.setdefault(item["code"], entry)
        if item.get("parent"):
            kb.parents[item["code"]] = item["parent"]
        if item.get("members"):
            kb.members[item["code"]] = list(item["members"])
        for alias in [item["name"], *item.get("aliases", [])]:
            kb.add_name(alias, entry)


def _load_groups(kb: KnowledgeBase) -> None:
    for item in load_yaml(DATA / "groups.yaml")["groups"]:
        entry = Entry(name=item["name"], kind="group", country=item.get("country"), sector=item["sector"])
        for p in item.get("periods", []):
            entry.periods.append(Period(_date(p.get("from")), _date(p.get("to"), end=True), entry.country,
                                        p["sector"]))  # fmt: skip
        for alias in [item["name"], *item.get("aliases", [])]:
            kb.add_name(alias, entry)


def _load_people(kb: KnowledgeBase) -> None:
    people: dict[str, Entry] = {}
    aliases: dict[str, list[str]] = {}
    for row in _rows(DATA / "people.tsv"):
        name, alias_text, country, org, office, sector, start, end = (row + [""] * 8)[:8]
        entry = people.setdefault(name, Entry(name=name, kind="person"))
        aliases.setdefault(name, []).extend(_split(alias_text))
        period = Period(_date(start), _date(end, end=True), country or None, sector or None, org or None, office)
        entry.periods.append(period)
    for name, entry in people.items():
        for alias in [name, *aliases[name]]:
            kb.add_name(alias, entry)


def _read_user_file(path: Path) -> list[dict[str, Any]]:
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [dict(row) for row in csv.DictReader(fh)]
    data = parse_yaml(path.read_text(encoding="utf-8")) or []
    return list(data["actors"] if isinstance(data, dict) else data)


_SOURCES = ("countries.tsv", "people.tsv", "orgs.yaml", "groups.yaml", "roles.yaml")


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    """Built once per version of the data, user files and this code, then kept compiled in the cache."""
    sources = [*(Path(p) for p in extra), *(DATA / name for name in _SOURCES), Path(__file__),
               Path(__file__).with_name("entries.py"), Path(__file__).with_name("text.py")]
    return cached("actors-kb", sources, lambda: _build(extra))


def _build(extra: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    for path in extra:  # first, so that their names take every key they claim
        kb.add_user_records(_read_user_file(Path(path)))
    _load_people(kb)
    _load_orgs(kb)
    _load_groups(kb)
    _load_roles(kb)
    _load_countries(kb)
    return kb


USER_FILES_ENV = "FLASHPOINT_ACTORS"


def user_files() -> list[Path]:
    """The user files named by $FLASHPOINT_ACTORS (several: separated like PATH)."""
    value = os.environ.get(USER_FILES_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def base_kb(extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
    """Shipped data and user files (given ones first, then $FLASHPOINT_ACTORS), without a store's memory."""
    return _load(tuple(str(Path(p)) for p in [*extra_paths, *user_files()]))


def load_kb(extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
    """The knowledge base: user files (YAML or CSV, taking precedence) and the shipped data, built once
    per set of user files. A store's memory extends it explicitly: `flashpoint.actors.memory.Memory.kb`."""
    return base_kb(extra_paths)


def with_text(actor: Actor, text: str, start: int | None = None, end: int | None = None) -> Actor:
    return replace(actor, text=text, start=start, end=end)


__all__ = ["Entry", "Key", "KnowledgeBase", "Period", "Role", "base_kb", "country_names", "load_kb", "norm_words",
           "user_files", "with_text"]
