"""Memory across reports: what stored reports taught about actors, used for later reports that name them bare.

    from flashpoint.actors.memory import Memory, remember
    memory = Memory(store)                       # the store's remembered names, read once
    events = extract_article(article, kb=memory.kb())   # "Akar said ..." resolves from an earlier report
    if store.add_report(article, events) != "unchanged":
        remember(store, article, events.learned, memory)  # stored, and seen by `memory` at once

Precedence, highest first: user corrections kept in the store (`flashpoint actors edit`), user files,
the shipped data, then learned records. Learned records never take a name the knowledge base already
has; records of one name that disagree on the country are a conflict and are not used. A person learned
with different offices on different dates is coded by the latest record on or before the event date.

A `Memory` belongs to whoever runs the extraction (`flashpoint.store.ingest`, a worker process) and is
handed to the pipeline as a knowledge base: nothing is shared through module state.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flashpoint.actors.kb import RANK, Entry, KnowledgeBase, Period, base_kb
from flashpoint.actors.text import norm
from flashpoint.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.store import Store

EDIT_RANK = -1  # above user files: the most recent, most deliberate correction


@dataclass
class Remembered:
    """One name as the store remembers it: merged learned records, or a user's correction."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    org: str | None
    status: str  # ok, conflict (learned records disagree on the country: not used), edited
    records: list[dict[str, Any]] = field(default_factory=list)  # learned rows, evidence decoded
    periods: list[Period] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    _entry: Entry | None = field(default=None, repr=False, compare=False)

    def entry(self) -> Entry:
        """The knowledge-base entry, one per name, shared by every knowledge base the memory extends."""
        if self._entry is None:
            source = "user" if self.status == "edited" else "learned"
            self._entry = Entry(name=self.name, kind=self.kind, country=self.country, sector=self.sector,
                                org=self.org, periods=list(self.periods), source=source,
                                evidence=_latest_evidence(self.records))  # fmt: skip
        return self._entry

    def update(self, newer: Remembered) -> bool:
        """Take a newer merge of the same name in place, when that changes no key (same status, kind
        and country); False when the knowledge bases must be rebuilt instead."""
        if (newer.status, newer.kind, newer.country) != (self.status, self.kind, self.country):
            return False
        self.sector, self.org, self.periods, self.records = newer.sector, newer.org, newer.periods, newer.records
        if self._entry is not None:
            self._entry.sector, self._entry.org = newer.sector, newer.org
            self._entry.periods = list(newer.periods)
            self._entry.evidence = _latest_evidence(newer.records)
        return True

    def surname(self) -> str | None:
        """The last word of a person's name, which later reports often use alone ("Akar said")."""
        words = self.name.split()
        if self.kind != "person" or len(words) < 2 or len(words[-1]) < 3 or not words[-1][:1].isupper():
            return None
        return words[-1]


def _latest_evidence(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not records:
        return None
    rec = max(records, key=lambda r: r.get("date") or "")
    return {"evidence": rec.get("evidence"), "article": rec.get("article"), "date": rec.get("date")}


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    rec = dict(row)
    if isinstance(rec.get("evidence"), str) and rec["evidence"].startswith("{"):
        rec["evidence"] = json.loads(rec["evidence"])
    return rec


def _row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """What makes a learned record the same record again (as the store's de-duplication sees it)."""
    ev = row.get("evidence")
    ev = json.dumps(ev, sort_keys=True) if isinstance(ev, dict) else ev
    return (row.get("name"), row.get("country"), row.get("sector"), row.get("org"), ev, row.get("article"),
            row.get("date"))  # fmt: skip


def _agreed(values: Iterable[str | None]) -> str | None:
    """The one value the records agree on, else None: a disagreement is not resolved by guessing."""
    found = {v for v in values if v}
    return found.pop() if len(found) == 1 else None


def _periods(rows: list[dict[str, Any]], country: str | None) -> list[Period]:
    """One open period per report date: the coding a person had from that date on."""
    by_date: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r.get("date"):
            by_date.setdefault(str(r["date"])[:10], []).append(r)
    return [Period(dt.date.fromisoformat(day), None, country, _agreed(r.get("sector") for r in same),
                   _agreed(r.get("org") for r in same)) for day, same in sorted(by_date.items())]  # fmt: skip


def _from_learned(rows: list[dict[str, Any]]) -> Remembered:
    kinds = Counter(r.get("kind") or "person" for r in rows)
    kind = kinds.most_common(1)[0][0]
    countries = {r["country"] for r in rows if r.get("country")}
    country = _agreed(r.get("country") for r in rows)
    latest = max(rows, key=lambda r: r.get("date") or "")
    name = latest["name"]
    if len(countries) > 1:
        return Remembered(name, kind, None, None, None, "conflict", rows)
    sector = _agreed(r.get("sector") for r in rows)
    org = _agreed(r.get("org") for r in rows)
    periods = _periods(rows, country) if kind == "person" else []
    return Remembered(name, kind, country, sector, org, "ok", rows, periods)


def _from_edit(row: dict[str, Any], learned: list[dict[str, Any]]) -> Remembered:
    aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
    return Remembered(row["name"], row.get("kind") or "person", row.get("country"), row.get("sector"),
                      row.get("org"), "edited", learned, aliases=aliases)  # fmt: skip


def remembered(learned_rows: Iterable[dict[str, Any]], edit_rows: Iterable[dict[str, Any]]) -> list[Remembered]:
    """Every name the store remembers, merged: edits first, then learned names in name order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in learned_rows:
        groups.setdefault(norm(row["name"]), []).append(_decoded(row))
    out = []
    edited = set()
    for row in edit_rows:
        key = norm(row["name"])
        edited.add(key)
        out.append(_from_edit(row, groups.get(key, [])))
    out.extend(_from_learned(rows) for key, rows in sorted(groups.items()) if key not in edited)
    return out


def apply_memory(base: KnowledgeBase, names: list[Remembered]) -> KnowledgeBase:
    """A copy of `base` that also knows the remembered names (conflicts left out)."""
    kb = base.copy()
    usable = [r for r in names if r.status != "conflict"]
    for rec in usable:
        rank = EDIT_RANK if rec.status == "edited" else None
        for alias in [rec.name, *rec.aliases]:
            kb.add_name(alias, rec.entry(), rank)
    surnames: dict[str, list[Remembered]] = {}
    for rec in usable:
        if (surname := rec.surname()) is not None:
            surnames.setdefault(norm(surname), []).append(rec)
    for owners in surnames.values():
        # Two remembered people share the surname: it names neither.
        if len(owners) == 1:
            _add_surname(kb, owners[0])
    return kb


def _add_surname(kb: KnowledgeBase, rec: Remembered) -> None:
    if (surname := rec.surname()) is not None:
        kb.add_name(surname, rec.entry(), RANK["learned"])


def _add_remembered(kb: KnowledgeBase, names: list[Remembered]) -> None:
    """New learned names (no conflict, no shared surname) onto a knowledge base already extended."""
    for rec in names:
        kb.add_name(rec.name, rec.entry())
        _add_surname(kb, rec)


# -- a store's memory --------------------------------------------------------------------------------
class Memory:
    """A store's remembered names, applied to the knowledge bases it is asked to extend (`kb`).

    A report usually teaches a new name or one more office of a known one: those are applied in place
    (a few dictionary writes); a new conflict or a newly shared surname rebuilds the knowledge bases."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.generation = 0
        self.refresh()

    def refresh(self) -> None:
        """Reload everything from the store."""
        self.edits = self.store.actor_edits()
        self.groups: dict[str, list[dict[str, Any]]] = {}
        self.seen: set[tuple[Any, ...]] = set()
        self._add_rows(self.store.learned_actors())
        self._rebuild()

    def _add_rows(self, rows: Iterable[dict[str, Any]]) -> set[str]:
        changed = set()
        for row in map(_decoded, rows):
            if (key := _row_key(row)) not in self.seen:
                self.seen.add(key)
                self.groups.setdefault(norm(row["name"]), []).append(row)
                changed.add(norm(row["name"]))
        return changed

    def _rebuild(self) -> None:
        self.names = {norm(r.name): r for r in remembered((r for g in self.groups.values() for r in g), self.edits)}
        self.surnames = Counter(norm(s) for r in self.names.values() if r.status != "conflict" and (s := r.surname()))
        self.generation += 1
        self.built: dict[int, tuple[KnowledgeBase, KnowledgeBase]] = {}

    def learn(self, rows: Iterable[dict[str, Any]]) -> None:
        """Records just stored by this process."""
        changed = self._add_rows(rows)
        fresh: list[Remembered] = []
        for key in changed:
            if key in self.names and self.names[key].status == "edited":
                self.names[key].records = self.groups[key]  # the edit still decides
                continue
            newer = _from_learned(self.groups[key])
            if key in self.names:
                if not self.names[key].update(newer):
                    return self._rebuild()
            elif newer.status == "conflict" or (newer.surname() and norm(newer.surname() or "") in self.surnames):
                return self._rebuild()
            else:
                fresh.append(newer)
        for rec in fresh:
            self.names[norm(rec.name)] = rec
            if surname := rec.surname():
                self.surnames[norm(surname)] += 1
        if len({norm(s) for r in fresh if (s := r.surname())}) < sum(1 for r in fresh if r.surname()):
            return self._rebuild()  # two new people share a surname
        for _base, kb in self.built.values():
            _add_remembered(kb, fresh)

    def kb(self, base: KnowledgeBase | None = None) -> KnowledgeBase:
        """`base` (default: the shipped data and user files) with the remembered names; the same object
        until a conflict forces a rebuild, and it learns in place what `learn` is told."""
        base = base if base is not None else base_kb()
        found = self.built.get(id(base))
        if found is not None and found[0] is base:
            return found[1]
        kb = apply_memory(base, list(self.names.values()))
        self.built[id(base)] = (base, kb)
        return kb


def learned_from(doc: Doc, when: dt.date | None = None, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """What the actor index built on `doc` (by the pipeline) learned; builds one if none was."""
    from flashpoint.actors.index import LEARNED_KEY, ActorIndex  # spaCy: not needed to list or edit

    if LEARNED_KEY not in doc.user_data:
        ActorIndex(doc, kb or base_kb(), when)
    return [dict(rec) for rec in doc.user_data[LEARNED_KEY]]


def worth_remembering(rec: dict[str, Any]) -> bool:
    """A full name (two or more capitalised words) with a coding. One word is too weak a key to carry into
    other reports: a misparse leaves "Defence" as the name in "Defence Cabinet Secretary ...", and a
    surname alone is anyone's."""
    words = str(rec.get("name") or "").split()
    coded = rec.get("country") is not None or rec.get("sector") is not None
    return coded and len(words) >= 2 and all(w[:1].isupper() for w in words)


def remember(store: Store, article: Article, records: Iterable[dict[str, Any]], memory: Memory | None = None
             ) -> int:
    """Store what a report taught (full names only), with its id and date; `memory` sees it at once."""
    date = article.published.isoformat() if article.published else None
    rows = [{**rec, "article": article.id, "date": rec.get("date") or date} for rec in records
            if worth_remembering(rec)]  # fmt: skip
    added = store.add_learned_actors(rows)
    if added and memory is not None:
        memory.learn(rows)
    return added


__all__ = ["Memory", "Remembered", "apply_memory", "learned_from", "remember", "remembered", "worth_remembering"]
