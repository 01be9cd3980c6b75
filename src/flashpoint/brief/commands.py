"""`flashpoint brief`: a situation brief over the stored events (a thin call into flashpoint.brief)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flashpoint.brief.render import FORMATS


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "brief",
        help="a situation brief: what happened, who says so, conflicting claims, what is coming",
        description="Write a situation brief (HTML with charts, Markdown, or its JSON record) over the stored "
        "events. With -o FILE.html or FILE.md the JSON record is written beside it as FILE.json, for the "
        "next brief's --since-brief.",
    )
    p.add_argument("--country", help="ISO alpha-3 code(s), comma-separated: acts in them or with a participant "
                   "from them (ARM,AZE)")  # fmt: skip
    p.add_argument("--actor", help="a participant: country code, organisation or name (CSTO)")
    p.add_argument("--since", help="first day (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", help="last day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="html (default, or from the -o suffix), md, or json (the brief's record)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--since-brief", metavar="PREVIOUS.json", help="the record of an earlier brief: list what "
                   "changed since")  # fmt: skip
    p.add_argument("--no-record", action="store_true", help="do not write FILE.json beside -o FILE")
    p.add_argument("--db", metavar="URL", help="events.db, sqlite:///path or postgresql://... "
                   "(default: $FLASHPOINT_DB or flashpoint.db)")  # fmt: skip
    p.set_defaults(func=cmd_brief)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower() if args.output else ""
    return {".md": "md", ".markdown": "md", ".json": "json"}.get(suffix, "html")


def _previous(path: str | None) -> dict | None:
    from flashpoint.brief import check_record

    if not path:
        return None
    try:
        return check_record(json.loads(Path(path).read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def cmd_brief(args: argparse.Namespace) -> int:
    from flashpoint.brief import build_brief, render, render_json
    from flashpoint.store import open_store

    fmt = _format(args)
    previous = _previous(args.since_brief)
    with open_store(args.db, create=False, read_only=True) as store:  # a mistyped --db is an error, not a new file
        brief = build_brief(store, country=args.country, actor=args.actor, since=args.since, until=args.until,
                            previous=previous)  # fmt: skip
    text = render(brief, fmt)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    out.write_text(text, encoding="utf-8")
    written = [str(out)]
    if fmt != "json" and not args.no_record:
        record = out.with_suffix(".json")
        record.write_text(render_json(brief), encoding="utf-8")
        written.append(str(record))
    acts = len(brief.acts) + len(brief.coming)
    print(f"flashpoint: brief of {acts} acts from {brief.figures.reports} reports written to "
          f"{' and '.join(written)}", file=sys.stderr)  # fmt: skip
    return 0
