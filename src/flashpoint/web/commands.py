"""`flashpoint serve`: the dashboard and API on a local port."""

from __future__ import annotations

import argparse
import os
import secrets
import sys

from flashpoint.web.limits import ConnectionLimits

LOOPBACK = ("127.0.0.1", "localhost", "::1")
ACCEPT_BATCH = 32  # connections asyncio accepts in one go (and the kernel queues): two batches stay well under a cap


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="serve the event store as a web dashboard and JSON API")
    p.add_argument("--db", metavar="URL", help="events.db, sqlite:///path or postgresql://... "
                   "(default: $FLASHPOINT_DB or flashpoint.db)")  # fmt: skip
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    defaults = ConnectionLimits()
    p.add_argument("--max-connections", type=int, default=defaults.max_connections, metavar="N",
                   help="open connections at most; at the limit the oldest connection still sending its "
                        "request makes room (default %(default)s)")  # fmt: skip
    p.add_argument("--header-timeout", type=float, default=defaults.header_timeout, metavar="SECONDS",
                   help="time a client has to send a request's headers (default %(default)s)")
    p.add_argument("--body-timeout", type=float, default=defaults.body_timeout, metavar="SECONDS",
                   help="time a client then has to send the request's body (default %(default)s)")
    p.set_defaults(func=cmd_serve)


def allowed_hosts(host: str) -> list[str] | None:
    """Host header values a server bound to `host` answers: None (any) beyond loopback.

    A client writes an IPv6 address in brackets ("Host: [::1]:8000"); Starlette compares the host with
    its brackets, older releases without them, so both forms are allowed.
    """
    if host not in LOOPBACK:
        return None
    names = dict.fromkeys([*LOOPBACK, host])
    return [*names, *(f"[{h}]" for h in names if ":" in h)]


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
    hosts = allowed_hosts(args.host)
    url = args.db or os.environ.get("FLASHPOINT_DB") or "flashpoint.db"
    app = create_app(url, token, allowed_hosts=hosts, warm=True)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"flashpoint: serving on http://{shown}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    if hosts is None:
        print(f"flashpoint: warning: bound to {args.host}: anyone who can reach it can read the store "
              "and run extractions", file=sys.stderr)  # fmt: skip
    if generated:
        print(f"flashpoint: write token (Authorization: Bearer ...): {token}", file=sys.stderr)
    from flashpoint.web.server import guarded_protocol

    limits = ConnectionLimits(args.max_connections, args.header_timeout, args.body_timeout)
    # asyncio accepts up to `backlog` connections in one go before any is looked at: keep the batch small so
    # that a flood cannot take every file descriptor before the connection limit is applied.
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", http=guarded_protocol(limits),
                backlog=ACCEPT_BATCH)  # fmt: skip
    return 0
