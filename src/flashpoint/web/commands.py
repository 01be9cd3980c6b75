"""`flashpoint serve`: the dashboard and API on a local port."""

from __future__ import annotations

import argparse
import os
import secrets
import sys

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="serve the event store as a web dashboard and JSON API")
    p.add_argument("--db", metavar="URL", help="events.db, sqlite:///path or postgresql://... "
                   "(default: $FLASHPOINT_DB or flashpoint.db)")  # fmt: skip
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def server_token() -> tuple[str, bool]:
    """The write token: $FLASHPOINT_TOKEN, or a fresh random one (second value True when generated)."""
    given = os.environ.get("FLASHPOINT_TOKEN", "").strip()
    return (given, False) if given else (secrets.token_urlsafe(24), True)


def cmd_serve(args: argparse.Namespace) -> int:
    # Deferred: the web stack is an optional extra, and `flashpoint --help` must work without it.
    try:
        import uvicorn

        from flashpoint.web.app import create_app
    except ModuleNotFoundError as exc:
        hint = "pip install 'flashpoint[web]'"
        raise RuntimeError(f"serving needs the web extra ({exc.name} is missing): {hint}") from None
    token, generated = server_token()
    hosts = [*LOOPBACK, f"{args.host}"] if args.host in LOOPBACK else None
    url = args.db or os.environ.get("FLASHPOINT_DB") or "flashpoint.db"
    app = create_app(url, token, allowed_hosts=hosts, warm=True)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"flashpoint: serving on http://{shown}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    if hosts is None:
        print(f"flashpoint: warning: bound to {args.host}: anyone who can reach it can read the store "
              "and run extractions", file=sys.stderr)  # fmt: skip
    if generated:
        print(f"flashpoint: write token (Authorization: Bearer ...): {token}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
