"""How much the server gives one client: connections, time to send a request, extractions.

Plain settings without the web stack, so `flashpoint serve --help` shows them without the web extra.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConnectionLimits:
    """Open connections and the time a client has to send its request (flashpoint.web.server).

    200 connections stay well below the usual 1,024 file descriptors of a process; 30 s lets a 2 MB
    body arrive at 70 kB/s.
    """

    max_connections: int = 200
    header_timeout: float = 10.0
    body_timeout: float = 30.0


@dataclass(frozen=True)
class ExtractLimits:
    """Extractions through the API (flashpoint.web.guard.ExtractLimiter).

    One extraction keeps a core busy for up to seconds and holds the parse of its report in memory, so
    at most `concurrent` run at once; up to `queue` more wait for a free slot for `wait` seconds, and
    each client may start `per_minute` extractions a minute on average, `burst` in a row.
    """

    concurrent: int = 2
    queue: int = 8
    wait: float = 30.0
    per_minute: float = 30.0
    burst: int = 10
