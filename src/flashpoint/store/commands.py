"""The storage subcommands: ingest, events, export, stats, dedup."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from typing import Any, TextIO

from flashpoint.model import parse_published
from flashpoint.scale import extract_stream
from flashpoint.store.retry import Retrier
from flashpoint.store.retry import short as retry_short
from flashpoint.store.store import Store, open_store

FILTER_KEYS = ("country", "type", "status", "actor", "since", "until", "bbox", "text")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="events.db, sqlite:///path or postgresql://... "
                   "(default: $FLASHPOINT_DB or flashpoint.db)")  # fmt: skip


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a box: {value!r}") from exc
    if len(parts) != 4:
        raise argparse.ArgumentTypeError("a box is min_lon,min_lat,max_lon,max_lat")
    return parts  # type: ignore[return-value]


def _filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--country", help="ISO alpha-3 code(s) of the place, comma-separated (ARM,AZE)")
    g.add_argument("--type", help="PLOVER type(s), comma-separated (ASSAULT,PROTEST)")
    g.add_argument("--status", help="occurred, claimed, planned, hypothetical, negated (comma-separated), or all "
                   "(default for events and export: occurred,claimed)")
    g.add_argument("--actor", help="a participant: country code, organisation or name")
    g.add_argument("--since", help="first day (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--until", help="last day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--bbox", type=_bbox, metavar="W,S,E,N", help="min_lon,min_lat,max_lon,max_lat")
    g.add_argument("--text", help="words in the evidence sentence")


def _filter_args(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in FILTER_KEYS if getattr(args, k, None) is not None}


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("ingest", help="extract reports into the event database, then deduplicate")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="report files, feeds (RSS/Atom) or folders")
    p.add_argument("--published", metavar="DATE", help="publication date for reports that carry none")
    p.add_argument("--no-dedup", action="store_true", help="store only; cluster later with `flashpoint dedup`")
    p.add_argument("--workers", type=int, default=None,
                   help="parallel worker processes (default: all cores); 1 keeps actor memory from one report "
                        "to the next within the run")
    _db(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.add_argument("--limit", type=int, default=None)
    _filters(p)
    _db(p)
    p.set_defaults(func=cmd_events)

    from flashpoint.export import FORMATS

    p = sub.add_parser("export", help="write the event dataset as ACLED, GDELT, JSONL, CSV, GeoJSON or Parquet")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
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


class Progress:
    """A one-line counter on standard error, drawn only when a person is watching."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr  # looked up now: a default bound at import outlives a redirect
        self.live = self.stream.isatty()
        self.started = time.monotonic()
        self.done = 0

    def step(self, label: str) -> None:
        self.done += 1
        if self.live:
            rate = self.done / max(time.monotonic() - self.started, 1e-6)
            self.stream.write(f"\r{self.done} reports ({rate:.1f}/s) {label[:50]:<50}")
            self.stream.flush()

    def close(self) -> None:
        if self.live:
            self.stream.write("\n")


def _articles(inputs: list[str], published: date | None, failures: list[str]) -> Iterator[Any]:
    from flashpoint.cli import NO_DATE
    from flashpoint.ingest import InputProblem, read_inputs

    warned = False
    for item in read_inputs(inputs, published=published):
        if isinstance(item, InputProblem):
            if item.severity == "error":
                failures.append(str(item))
            else:
                print(f"flashpoint: {item}", file=sys.stderr)
            continue
        if item.published is None and not warned:  # said once, as `extract` does
            warned = True
            print(f"flashpoint: {NO_DATE}", file=sys.stderr)
        yield item


def _store_one(store: Store, article: Any, events: list[Any], retry: Retrier) -> str:
    """Store a report's events, then remember what the report taught about actors.

    Storing and remembering are separate transactions, each retried on its own, so a retry of
    the second cannot find the report "unchanged" and skip the remembering.
    """
    from flashpoint.actors import memory

    where = article.url or article.id
    status = retry.run(where, lambda: store.add_report(article, events))
    learned = getattr(events, "learned", [])
    if status != "unchanged" and learned:
        retry.run(where, lambda: memory.remember(store, article, learned))
    return status


def cmd_ingest(args: argparse.Namespace) -> int:
    """Store every report; the exit code is the number that failed (at most MAX_EXIT)."""
    from flashpoint.actors import memory
    from flashpoint.events.readable import not_english_reason

    failures: list[str] = []
    skipped: list[str] = []
    counts = {"added": 0, "unchanged": 0, "replaced": 0}
    progress = Progress()
    retry = Retrier()
    def readable(articles: Any) -> Any:
        for article in articles:
            if reason := not_english_reason(article):
                where = article.url or article.id
                skipped.append(f"{where}: {reason}")
                print(f"flashpoint: {where}: {reason}", file=sys.stderr)
                continue
            yield article

    def extraction_failed(article: Any, failure: Any) -> None:
        failures.append(f"{article.url or article.id}: {failure}")

    with retry.run("opening the database", lambda: open_store(args.db)) as store, memory.using(store):
        articles = readable(_articles(args.inputs, parse_published(args.published), failures))
        # One process keeps actor memory from report to report; more spread the parse over every core,
        # each worker starting from what the store remembers.
        pairs = extract_stream(articles, workers=args.workers, on_error=extraction_failed,
                               memory_url=store.engine.url.render_as_string(hide_password=False))
        for article, events in pairs:
            try:
                counts[_store_one(store, article, events, retry)] += 1
            except Exception as exc:  # one bad report must not stop the batch
                failures.append(f"{article.url or article.id}: {retry_short(exc)}")
            progress.step(article.id)
        progress.close()
        clusters = 0 if args.no_dedup else retry.run("deduplicating", store.dedup)
    _summary(counts, failures, skipped, retry.retries, clusters)
    return min(len(failures), MAX_EXIT)


MAX_EXIT = 100  # exit codes above 125 mean "killed by a signal" to shells


def _summary(counts: dict[str, int], failures: list[str], skipped: list[str], retries: int, clusters: int) -> None:
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    extra = f", {len(skipped)} skipped (not English)" if skipped else ""
    extra += f", {retries} database retries" if retries else ""
    print(f"flashpoint: {summary}, {len(failures)} failed{extra}; {clusters} clusters updated", file=sys.stderr)
    for failure in failures:
        print(f"  failed: {failure}", file=sys.stderr)


# -- queries -----------------------------------------------------------------------------


def _table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _event_line(e: dict[str, Any]) -> list[str]:
    def who(actors: list[dict[str, Any]]) -> str:
        return ",".join(a.get("org") or a.get("country") or a.get("name") or "?" for a in actors) or "-"

    loc = e.get("location") or {}
    toll = e.get("fatalities")
    return [(e.get("date") or {}).get("start") or "-", e["type"], e["status"], who(e["source"]), who(e["target"]),
            loc.get("name") or "-", loc.get("country") or "-", "-" if toll is None else str(toll),
            (e.get("cluster") or "-")[:9], e["evidence"]["text"].replace("\n", " ")[:60]]  # fmt: skip


def cmd_events(args: argparse.Namespace) -> int:
    from flashpoint.export.tabular import flat, write_csv, write_jsonl
    from flashpoint.store.query import dataset_filters

    with open_store(args.db) as store:
        rows = store.events(limit=args.limit, **dataset_filters(_filter_args(args)))
    if args.format == "jsonl":
        write_jsonl(rows, sys.stdout)
    elif args.format == "csv":
        write_csv([flat(e) for e in rows], sys.stdout)
    elif rows:
        head = ["date", "type", "status", "source", "target", "place", "country", "dead", "cluster", "evidence"]
        _table([head, *(_event_line(e) for e in rows)], sys.stdout)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from flashpoint.export import export

    with open_store(args.db) as store:
        n = export(store, args.format, args.output, **_filter_args(args))
    note = getattr(n, "note", None)
    print(f"flashpoint: wrote {n} records to {args.output}{f'; {note}' if note else ''}", file=sys.stderr)
    return 0


def _print_stats(stats: dict[str, Any], out: TextIO) -> None:
    out.write(f"{stats['reports']} reports, {stats['events']} events in {stats['clusters']} clusters "
              f"({stats['unclustered']} not yet clustered)\n")  # fmt: skip
    for title, key in (("by country", "by_country"), ("by type", "by_type"), ("by day", "by_day")):
        rows = stats[key]
        if rows:
            out.write(f"\n{title} (acts that occurred or were claimed, dated to the day)\n")
            col = next(iter(rows[0]))
            _table([[col, "events", "mentions", "fatalities"],
                    *([str(r[col] or "-"), str(r["events"]), str(r["mentions"]), str(r["fatalities"] or 0)]
                      for r in rows)], out)  # fmt: skip
    if stats["fatalities_by_claimant"]:
        out.write("\nfatality claims by claimant\n")
        _table([["claimant", "claims", "min", "max"],
                *([r["claimant"] or "(the report itself)", str(r["claims"]), str(r["min"]), str(r["max"])]
                  for r in stats["fatalities_by_claimant"])], out)  # fmt: skip


def cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        stats = store.stats()
    if args.format == "json":
        json.dump(stats, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        _print_stats(stats, sys.stdout)
    return 0


def cmd_dedup(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        n = store.dedup()
    print(f"flashpoint: {n} clusters created or updated", file=sys.stderr)
    return 0


__all__ = ["Store", "add_commands"]
