"""The HTTP server around the app: uvicorn's h11 protocol with request timeouts and a connection limit.

uvicorn times out only idle kept-alive connections: a client that opens a connection and sends half
a request (or nothing) holds a file descriptor for as long as it likes, so about a thousand such
connections take the server's last descriptor and legitimate requests time out. Here every request
must arrive in time (its headers within `header_timeout` seconds of its first byte or of the
connection, its body within `body_timeout` seconds after that), and the number of open connections
is capped: at the cap a new connection takes the place of the oldest one that has not yet sent a
whole request, or is turned away when every connection is busy with a request.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any
from weakref import WeakKeyDictionary

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from flashpoint.web.limits import ConnectionLimits

_TIMED_OUT = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
_FULL = b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\nretry-after: 5\r\n\r\n"
_WAITING = (h11.IDLE, h11.SEND_BODY)  # the client's side of a request that has not fully arrived


# One queue per running server (its ServerState), forgotten with the server.
_WAITING_BY_SERVER: WeakKeyDictionary[ServerState, OrderedDict[_GuardedH11, None]] = WeakKeyDictionary()


def guarded_protocol(limits: ConnectionLimits) -> type[H11Protocol]:
    """An h11 protocol class for `uvicorn.Config(http=...)` that enforces `limits`."""

    class Guarded(_GuardedH11):
        pass

    Guarded.limits = limits
    return Guarded


class _GuardedH11(H11Protocol):
    limits = ConnectionLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._phase: Any = None

    def _waiting(self) -> OrderedDict[_GuardedH11, None]:
        # Connections still receiving a request, oldest first; shared by one server's connections.
        return _WAITING_BY_SERVER.setdefault(self.server_state, OrderedDict())

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections and not self._make_room():
            transport.write(_FULL)
            transport.close()
            return
        self._track()

    def _make_room(self) -> bool:
        waiting = self._waiting()
        if not waiting:
            return False
        oldest = next(iter(waiting))
        oldest._expire()
        return True

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._track()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._track()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop()
        super().connection_lost(exc)

    def _track(self) -> None:
        """Arm the deadline that fits where the client's request stands."""
        phase = self.conn.their_state
        if self.transport is None or self.transport.is_closing() or phase not in _WAITING:
            self._stop()  # closed, or the whole request is in and the app is answering it
            return
        self._waiting().setdefault(self, None)  # evictable at the cap, oldest first
        if phase is h11.IDLE and self.timeout_keep_alive_task is not None:
            self._disarm()  # an idle kept-alive connection: uvicorn's keep-alive timer closes it
            return
        if phase is not self._phase or self._deadline is None:
            self._disarm()
            self._phase = phase
            timeout = self.limits.header_timeout if phase is h11.IDLE else self.limits.body_timeout
            self._deadline = self.loop.call_later(timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._phase = None

    def _stop(self) -> None:
        self._disarm()
        self._waiting().pop(self, None)

    def _expire(self) -> None:
        self._stop()
        if self.transport.is_closing():
            return
        if self.cycle is None or not self.cycle.response_started:
            self.transport.write(_TIMED_OUT)
        self.transport.close()
