"""`flashpoint actors list|show|edit|export`: what the knowledge base and a store's memory know."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import yaml

from flashpoint.actors.kb import USER_FILES_ENV, Entry, KnowledgeBase, Period, base_kb
from flashpoint.actors.memory import Remembered, apply_memory, remembered
from flashpoint.actors.text import norm
from flashpoint.model import SECTORS

USER_FILES_HELP = (
    f"a YAML or CSV file of your own actors (repeatable), which take precedence over the shipped ones; "
    f"${USER_FILES_ENV} (paths separated by '{os.pathsep}') does the same for every command, extract and "
    "ingest included. Fields: name, kind, country, sector, org, aliases (';'-separated), from, to"
)
COLUMNS = ["source", "kind", "name", "country", "sector", "org", "from", "to", "aliases", "reports", "status"]
EXPORT_FIELDS = ["name", "kind", "country", "sector", "org", "aliases", "from", "to", "evidence", "reports"]
NONE_WORDS = {"", "none", "null", "-"}


def _common(p: argparse.ArgumentParser, db_help: str) -> None:
    p.add_argument("--db", metavar="URL", help=db_help)
    p.add_argument("--actors", action="append", default=[], metavar="FILE", type=Path, help=USER_FILES_HELP)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actors = sub.add_parser("actors", help="list, show, correct and export known and learned actors",
                            description="The actor knowledge base: shipped data, your files, and what a "
                                        "store has learned from the reports it holds.")  # fmt: skip
    cmds = actors.add_subparsers(dest="actors_command", required=True, metavar="COMMAND")
    optional_db = ("the event database whose learned actors to include (default: $FLASHPOINT_DB, or "
                   "flashpoint.db when it exists)")  # fmt: skip
    needed_db = "the event database (default: $FLASHPOINT_DB or flashpoint.db)"

    p = cmds.add_parser("list", help="one line per actor (offices of a person: one line each)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--learned", action="store_true", help="only what the store learned or was told")
    which.add_argument("--shipped", action="store_true", help="only the shipped data and your files")
    p.add_argument("--country", help="ISO alpha-3 code (TUR)")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    _common(p, optional_db)
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("show", help="every record of a name: shipped, yours, edits, learned with evidence")
    p.add_argument("name")
    p.add_argument("--date", type=dt.date.fromisoformat, help="code the name as of this day (default: today)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _common(p, optional_db)
    p.set_defaults(func=cmd_show)

    p = cmds.add_parser("edit", help="correct an actor; the correction is kept in the store and wins "
                                     "over everything else ('none' clears a field)")  # fmt: skip
    p.add_argument("name")
    p.add_argument("--country", required=True, help="ISO alpha-3 code, or none")
    p.add_argument("--sector", required=True, help=f"one of {', '.join(SECTORS)}, or none")
    p.add_argument("--org", help="organisation code (UN, AU, ...)")
    p.add_argument("--kind", default="person", help="person (default), org, group, institution")
    p.add_argument("--alias", action="append", default=[], help="another name for the same actor (repeatable)")
    p.add_argument("--note", help="why: kept with the correction")
    _common(p, needed_db)
    p.set_defaults(func=cmd_edit)

    p = cmds.add_parser("export", help="write learned and corrected actors as a user file (YAML or CSV) that "
                                       f"--actors / ${USER_FILES_ENV} read back")  # fmt: skip
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv for CSV, otherwise YAML")
    _common(p, needed_db)
    p.set_defaults(func=cmd_export)


# -- the store -------------------------------------------------------------------------------------
@contextmanager
def _store(args: argparse.Namespace, needed: bool, writing: bool = False) -> Iterator[Any]:
    """The store named by --db or $FLASHPOINT_DB; only a command that writes (edit) creates one."""
    from flashpoint.store import open_store

    if not needed and not args.db and not os.environ.get("FLASHPOINT_DB") and not Path("flashpoint.db").exists():
        yield None
        return
    store = open_store(args.db, create=writing)
    try:
        yield store
    finally:
        store.close()


def _memory(store: Any) -> list[Remembered]:
    return remembered(store.learned_actors(), store.actor_edits()) if store is not None else []


# -- list ------------------------------------------------------------------------------------------
def _entry_rows(entry: Entry, keys: list[str]) -> Iterator[dict[str, Any]]:
    base = {"source": "shipped" if entry.source == "builtin" else entry.source, "kind": entry.kind,
            "name": entry.name, "aliases": ";".join(k for k in keys if k != norm(entry.name)) or None,
            "reports": None, "status": None}  # fmt: skip
    if not entry.periods:
        yield {**base, "country": entry.country, "sector": entry.sector, "org": entry.org, "from": None, "to": None}
        return
    for p in sorted(entry.periods, key=lambda p: p.start or dt.date.min):
        start, end = (d.isoformat() if d else None for d in (p.start, p.end))
        yield {**base, "country": p.country, "sector": p.sector, "org": p.org, "from": start, "to": end}


def _remembered_rows(rec: Remembered) -> Iterator[dict[str, Any]]:
    reports = len({r.get("article") for r in rec.records if r.get("article")})
    base = {"source": "edit" if rec.status == "edited" else "learned", "kind": rec.kind, "name": rec.name,
            "aliases": ";".join(rec.aliases) or None, "reports": reports, "status": rec.status}  # fmt: skip
    if not rec.periods:
        yield {**base, "country": rec.country, "sector": rec.sector, "org": rec.org, "from": None, "to": None}
        return
    for p in rec.periods:
        yield {**base, "country": p.country, "sector": p.sector, "org": p.org,
               "from": p.start.isoformat() if p.start else None, "to": None}  # fmt: skip


def list_rows(kb: KnowledgeBase, memory: list[Remembered], which: str = "all",
              country: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The rows of `flashpoint actors list`: shipped and user entries, then the store's memory."""
    rows: list[dict[str, Any]] = []
    if which in ("all", "shipped"):
        for entry, keys in sorted(kb.entries(), key=lambda e: (e[0].kind, norm(e[0].name))):
            rows.extend(_entry_rows(entry, keys))
    if which in ("all", "learned"):
        for rec in memory:
            rows.extend(_remembered_rows(rec))
    if country:
        rows = [r for r in rows if r["country"] == country.upper()]
    return rows


def _write_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    cells = [COLUMNS] + [["-" if r[c] is None else str(r[c])[:40] for c in COLUMNS] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def cmd_list(args: argparse.Namespace) -> int:
    which = "learned" if args.learned else "shipped" if args.shipped else "all"
    with _store(args, needed=args.learned) as store:
        rows = list_rows(base_kb(args.actors), _memory(store), which, args.country)
    if args.format == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif rows:
        _write_table(rows, sys.stdout)
    return 0


# -- show ------------------------------------------------------------------------------------------
def _coded(actor: Any) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "kind": actor.kind, "country": actor.country, "sector": actor.sector,
            "org": actor.org}  # fmt: skip


def show_record(name: str, kb: KnowledgeBase, memory: list[Remembered], store: Any,
                when: dt.date) -> dict[str, Any]:  # fmt: skip
    """Everything known about `name`: how it resolves on `when`, and each record behind that."""
    key = norm(name)
    entry = kb.entry(name)
    mine = [r for r in memory if norm(r.name) == key or norm(r.surname() or "") == key]
    learned = []
    for rec in mine:
        for row in rec.records:
            report = store.report(row["article"]) if store is not None and row.get("article") else None
            learned.append({**{k: row.get(k) for k in ("name", "country", "sector", "org", "date", "article")},
                            "evidence": row.get("evidence"),
                            "url": report.get("url") if report else None})  # fmt: skip
    return {
        "name": name,
        "date": when.isoformat(),
        "resolves_to": _coded(apply_memory(kb, memory).lookup(name, when)),
        "knowledge_base": [r for r in _entry_rows(entry, [])] if entry is not None else [],
        "store": [r for rec in mine for r in _remembered_rows(rec)],
        "learned_records": learned,
    }


def _print_show(record: dict[str, Any], out: TextIO) -> None:
    got = record["resolves_to"]
    coded = (f"{got['country'] or '-'} {got['sector'] or '-'} {got['org'] or ''}".rstrip() if got else "unknown")
    out.write(f"{record['name']} on {record['date']}: {coded}\n")
    for title, key in (("knowledge base (shipped and your files)", "knowledge_base"), ("store", "store")):
        if record[key]:
            out.write(f"\n{title}\n")
            _write_table(record[key], out)
    if record["learned_records"]:
        out.write("\nlearned from reports\n")
        for r in record["learned_records"]:
            ev = r["evidence"]
            text = ev.get("text") if isinstance(ev, dict) else ev
            out.write(f"  {r['date'] or '-'}  {r['country'] or '-'} {r['sector'] or '-'}  \"{text}\"  "
                      f"({r['url'] or r['article']})\n")  # fmt: skip


def cmd_show(args: argparse.Namespace) -> int:
    with _store(args, needed=False) as store:
        record = show_record(args.name, base_kb(args.actors), _memory(store), store, args.date or dt.date.today())
    if args.format == "json":
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        _print_show(record, sys.stdout)
    found = record["resolves_to"] or record["knowledge_base"] or record["store"]
    return 0 if found else 1


# -- edit ------------------------------------------------------------------------------------------
def _value(text: str | None) -> str | None:
    return None if text is None or text.strip().lower() in NONE_WORDS else text.strip()


def edit_record(args: argparse.Namespace, kb: KnowledgeBase) -> dict[str, Any]:
    """The correction `edit` stores, checked: a known country code and a sector of the ontology."""
    country = _value(args.country)
    sector = _value(args.sector)
    if country is not None and country.upper() not in kb.countries:
        raise ValueError(f"unknown country code {country!r} (ISO alpha-3, e.g. TUR)")
    if sector is not None and sector.upper() not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}: one of {', '.join(SECTORS)}")
    org = _value(args.org)
    return {"name": args.name.strip(), "kind": args.kind, "country": country.upper() if country else None,
            "sector": sector.upper() if sector else None, "org": org.upper() if org else None,
            "aliases": [a.strip() for a in args.alias if a.strip()], "note": args.note}  # fmt: skip


def cmd_edit(args: argparse.Namespace) -> int:
    kb = base_kb(args.actors)
    try:
        record = edit_record(args, kb)
    except ValueError as exc:
        print(f"flashpoint: {exc}", file=sys.stderr)
        return 2
    with _store(args, needed=True, writing=True) as store:
        store.edit_actor(record)
        got = apply_memory(kb, _memory(store)).lookup(record["name"], dt.date.today())
    coded = f"{got.country or '-'} {got.sector or '-'}" if got else "unknown"
    print(f"flashpoint: {record['name']} is now {coded}", file=sys.stderr)
    return 0


# -- export ----------------------------------------------------------------------------------------
def export_records(kb: KnowledgeBase, memory: list[Remembered]) -> list[dict[str, Any]]:
    """User-file records for every usable remembered name: one per office for a learned person.

    A surname goes with its person only where it took effect (no one else, shipped or learned, has it)."""
    effective = apply_memory(kb, memory)
    out = []
    for rec in memory:
        if rec.status == "conflict":
            continue
        aliases = list(rec.aliases)
        surname = rec.surname()
        found = effective.keys.get(norm(surname)) if surname else None
        if surname and found is not None and found.entry is not None and found.entry.name == rec.name:
            aliases.append(surname)
        evidence = (_latest(rec) or {}).get("text")
        base = {"name": rec.name, "kind": rec.kind, "aliases": ";".join(aliases) or None, "evidence": evidence,
                "reports": len({r.get("article") for r in rec.records if r.get("article")})}  # fmt: skip
        periods: list[Period | None] = [*rec.periods] or [None]
        for p in periods:
            coding = (p.country, p.sector, p.org) if p else (rec.country, rec.sector, rec.org)
            out.append({**base, "country": coding[0], "sector": coding[1], "org": coding[2],
                        "from": p.start.isoformat() if p and p.start else None, "to": None})  # fmt: skip
    return out


def _latest(rec: Remembered) -> dict[str, Any] | None:
    dated = sorted(rec.records, key=lambda r: r.get("date") or "")
    ev = dated[-1].get("evidence") if dated else None
    return ev if isinstance(ev, dict) else ({"text": ev} if ev else None)


def write_user_file(records: list[dict[str, Any]], path: Path) -> None:
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=EXPORT_FIELDS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(records)
        return
    tidy = [{k: v for k, v in r.items() if v is not None} for r in records]
    header = "# flashpoint actors: read with --actors FILE or $FLASHPOINT_ACTORS; these take precedence.\n"
    path.write_text(header + yaml.safe_dump({"actors": tidy}, allow_unicode=True, sort_keys=False), encoding="utf-8")


def cmd_export(args: argparse.Namespace) -> int:
    with _store(args, needed=True) as store:
        memory = _memory(store)
    records = export_records(base_kb(args.actors), memory)
    write_user_file(records, Path(args.output))
    conflicts = sum(1 for r in memory if r.status == "conflict")
    print(f"flashpoint: wrote {len(records)} actors to {args.output}"
          + (f" ({conflicts} conflicting names left out)" if conflicts else ""), file=sys.stderr)  # fmt: skip
    return 0


__all__ = ["add_commands", "edit_record", "export_records", "list_rows", "show_record", "write_user_file"]
