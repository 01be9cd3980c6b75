"""The storage subcommands: ingest, events, export, stats, dedup. Each is a thin call into the library.

Reading commands (events, export, stats, dedup) never create a database: a mistyped --db is an error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from functools import partial
from typing import Any, TextIO

from flashpoint.model import Article, parse_published

FILTER_KEYS = ("country", "type", "status", "actor", "since", "until", "bbox", "text")
MAX_EXIT = 100  # exit codes above 125 mean "killed by a signal" to shells


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="events.db, sqlite:///path or postgresql://... "
                   "(default: $FLASHPOINT_DB or flashpoint.db)")  # fmt: skip


def _filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (as the API's; an unknown value is an error naming the valid ones)")
    g.add_argument("--country", help="countries of the place, comma-separated: ISO alpha-3 or alpha-2 codes or "
                                     "names (ARM,AZ,Burkina Faso)")  # fmt: skip
    g.add_argument("--type", help="PLOVER type(s), comma-separated (ASSAULT,PROTEST)")
    g.add_argument("--status", help="occurred, claimed, planned, hypothetical, negated (comma-separated), or all "
                                     "(default: occurred,claimed: what happened)")
    g.add_argument("--actor", help="a participant: country or organisation code, name or alias (RSF)")
    g.add_argument("--since", help="first day (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--until", help="last day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--bbox", metavar="W,S,E,N", help="min_lon,min_lat,max_lon,max_lat (-6,10,4,16)")
    g.add_argument("--text", help="words in the evidence sentence")
    g.add_argument("--order", choices=("newest", "oldest"), default="newest",
                   help="by the day each act starts; undated acts come last either way (default: newest)")


def _filter_args(args: argparse.Namespace) -> dict[str, Any]:
    """The filters as the store takes them, checked as the API checks them (FilterError if unknown)."""
    from flashpoint.store.filters import parse_filters

    given = parse_filters(**{k: getattr(args, k, None) for k in FILTER_KEYS})
    return {k: v for k, v in vars(given).items() if v is not None}


def _output_args(p: argparse.ArgumentParser, default: str | None) -> None:
    from flashpoint.export.writers import FORMATS, formats_help

    said = f" (default: {default})" if default else ""
    p.add_argument("--format", choices=FORMATS, default=default, required=default is None,
                   help=formats_help() + said)
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default, or -: standard output)")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ingest", help="extract reports into the event database, then deduplicate")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="report files, feeds (RSS/Atom) or folders")
    p.add_argument("--published", metavar="DATE", help="publication date for reports that carry none")
    p.add_argument("--no-dedup", action="store_true", help="store only; cluster later with `flashpoint dedup`")
    p.add_argument("--workers", type=int, default=None,
                   help="parallel worker processes (default: all cores; 1 runs in this process); every report is "
                        "coded with the actor memory as it stood when the run began, so any number gives the "
                        "same result")  # fmt: skip
    p.add_argument("--dask", metavar="ADDRESS", help="extract on a Dask cluster (tcp://host:8786, or local)")
    _db(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="query stored events (a table, or any export format)")
    _output_args(p, default="table")
    p.add_argument("--limit", type=int, default=None)
    _filters(p)
    _db(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="write the event dataset as ACLED, GDELT, JSONL, CSV, GeoJSON, Parquet, ...")
    _output_args(p, default=None)
    _filters(p)
    _db(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="counts by day, country and type; fatalities by claimant")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("dedup", help="cluster stored events not yet clustered")
    _db(p)
    p.set_defaults(func=cmd_dedup)


# -- ingest ------------------------------------------------------------------------------


def _articles(inputs: list[str], published: Any, failures: list[str]) -> Iterator[Article]:
    from flashpoint.cli import NO_DATE
    from flashpoint.ingest import InputProblem, read_inputs

    warned = False
    for item in read_inputs(inputs, published=published):
        if isinstance(item, InputProblem):
            if item.severity == "error":
                failures.append(str(item))
            print(f"flashpoint: {item}", file=sys.stderr)
            continue
        if item.published is None and not warned:  # said once, as `extract` does
            warned = True
            print(f"flashpoint: {NO_DATE}", file=sys.stderr)
        yield item


def cmd_ingest(args: argparse.Namespace) -> int:
    """Store every report; the exit code is the number that failed (at most MAX_EXIT)."""
    from flashpoint.scale.progress import count_reports
    from flashpoint.store.errors import DatabaseUnusable
    from flashpoint.store.ingest import ingest
    from flashpoint.store.retry import Retrier
    from flashpoint.store.store import open_store

    unreadable: list[str] = []  # input files or lines the readers could not make a report of
    stored: Counter[str] = Counter()
    with Retrier().run("opening the database", lambda: open_store(args.db)) as store:
        articles = _articles(args.inputs, parse_published(args.published), unreadable)
        try:
            summary = ingest(store, articles, workers=args.workers, dask=args.dask, dedup=not args.no_dedup,
                             progress=True, total=partial(count_reports, args.inputs),
                             on_stored=lambda done: stored.update([done.status]))  # fmt: skip
        except DatabaseUnusable:  # a full disk, a read-only file: every later report would fail the same way
            counts = ", ".join(f"{stored[k]} {k}" for k in ("added", "unchanged", "replaced"))
            print(f"flashpoint: ingest stopped: {counts} before the database failed; every stored report is "
                  "complete", file=sys.stderr)  # fmt: skip
            raise
    print(f"flashpoint: {summary.line(failed_before=len(unreadable))}", file=sys.stderr)
    failures = [*unreadable, *map(str, summary.failed)]
    for failure in failures:
        print(f"  failed: {failure}", file=sys.stderr)
    return min(len(failures), MAX_EXIT)


# -- queries -----------------------------------------------------------------------------


def _reading(args: argparse.Namespace, read_only: bool = True) -> Any:
    """The store for a command that needs it to exist: opened read-only (a read-only file or file
    system can be queried) unless the command writes (`dedup`)."""
    from flashpoint.store.store import open_store

    return open_store(args.db, create=False, read_only=read_only)


def cmd_events(args: argparse.Namespace) -> int:
    from flashpoint.export.records import write_stored

    filters = _filter_args(args)
    with _reading(args) as store:
        write_stored(store, args.format, args.output, limit=args.limit, order=args.order, **filters)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from flashpoint.export.output import to_stdout
    from flashpoint.export.records import write_stored

    filters = _filter_args(args)
    with _reading(args) as store:
        n = write_stored(store, args.format, args.output, order=args.order, **filters)
    where = "" if to_stdout(args.output) else f" to {args.output}"
    note = getattr(n, "note", None)  # what a format left out and why
    print(f"flashpoint: wrote {n} records{where}{f'; {note}' if note else ''}", file=sys.stderr)
    return 0


def _print_stats(stats: dict[str, Any], out: TextIO) -> None:
    from flashpoint.export.table import write_rows

    out.write(f"{stats['reports']} reports, {stats['events']} events in {stats['clusters']} clusters "
              f"({stats['unclustered']} not yet clustered)\n")  # fmt: skip
    for title, key in (("by country", "by_country"), ("by type", "by_type"), ("by day", "by_day")):
        rows = stats[key]
        if rows:
            out.write(f"\n{title} (acts that occurred or were claimed, dated to the day)\n")
            col = next(iter(rows[0]))
            write_rows([[col, "events", "mentions", "fatalities"],
                        *([str(r[col] or "-"), str(r["events"]), str(r["mentions"]), str(r["fatalities"] or 0)]
                          for r in rows)], out)  # fmt: skip
    if stats["fatalities_by_claimant"]:
        out.write("\nfatality claims by claimant\n")
        write_rows([["claimant", "claims", "min", "max"],
                    *([r["claimant"] or "(the report itself)", str(r["claims"]), str(r["min"]), str(r["max"])]
                      for r in stats["fatalities_by_claimant"])], out)  # fmt: skip


def cmd_stats(args: argparse.Namespace) -> int:
    with _reading(args) as store:
        stats = store.stats()
    if args.format == "json":
        json.dump(stats, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        _print_stats(stats, sys.stdout)
    return 0


def cmd_dedup(args: argparse.Namespace) -> int:
    with _reading(args, read_only=False) as store:
        n = store.dedup()
    print(f"flashpoint: {n} clusters created or updated", file=sys.stderr)
    return 0


__all__ = ["add_commands"]
