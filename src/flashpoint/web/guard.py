"""What stands between the network and the store: body size, content type, the write token, and how
many extractions run at once and per client."""

from __future__ import annotations

import asyncio
import hmac
import json
import math
import time
from collections import OrderedDict

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from flashpoint.web.limits import ExtractLimits

MAX_BODY = 2 * 1024 * 1024  # a long report is ~100 kB; 2 MB leaves room without inviting abuse
_WRITES = {"POST", "PUT", "PATCH", "DELETE"}


async def _reply(send: Send, status: int, message: str, retry_after: float | None = None) -> None:
    body = json.dumps({"detail": message}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(max(1, math.ceil(retry_after))).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyGuard:
    """Refuse bodies over `limit` bytes (413) and non-JSON bodies (415), before any parsing.

    Requiring `application/json` also keeps other web sites out: a browser sends a
    cross-origin JSON POST only after a CORS preflight, which this server never approves.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WRITES:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:
            await _reply(send, 413, f"request body too large: the limit is {self.limit} bytes")
            return
        ctype = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if ctype != b"application/json":
            await _reply(send, 415, "send the body as JSON (Content-Type: application/json)")
            return
        body = await self._read(receive)
        if body is None:
            await _reply(send, 413, f"request body too large: the limit is {self.limit} bytes")
            return
        await self.app(scope, _replay(body), send)

    async def _read(self, receive: Receive) -> bytes | None:
        # Content-Length can lie (or be absent with chunked encoding): count what arrives.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b""
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)


EXTRACTING = {("POST", "/api/extract"), ("POST", "/api/reports")}  # the requests that run the extractor
RATE_LIMITED = {("POST", "/api/extract")}  # open to anyone; /api/reports needs the token
MAX_CLIENTS = 10_000  # per-client budgets remembered at once; the least recently seen is forgotten


class ExtractLimiter:
    """A concurrency cap on extraction and a per-client rate limit on the open `POST /api/extract`.

    Runs once BodyGuard has the whole (bounded) body, before any parsing: 429 with Retry-After when a
    client has used its budget (a token bucket: `per_minute` on average, `burst` in a row), 503 with
    Retry-After when `concurrent` extractions run and `queue` more already wait, or a waiting one did
    not get its turn within `wait` seconds. A request refused with a 4xx (a malformed body) gives its
    token back: only extractions that ran count.
    """

    def __init__(self, app: ASGIApp, limits: ExtractLimits | None = None) -> None:
        self.app = app
        self.limits = limits or ExtractLimits()
        self._slots = asyncio.Semaphore(self.limits.concurrent)
        self._waiting = 0
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, when)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"]) not in EXTRACTING:
            await self.app(scope, receive, send)
            return
        client = _client(scope) if (scope["method"], scope["path"]) in RATE_LIMITED else None
        if client is not None:
            wait = self._spend(client)
            if wait > 0:
                message = (f"too many extractions from this client: at most {self.limits.per_minute:g} a minute; "
                           f"try again in {math.ceil(wait)} s")  # fmt: skip
                await _reply(send, 429, message, wait)
                return
        if not await self._acquire():
            await _reply(send, 503, f"the server is busy: {self.limits.concurrent} extractions are running and "
                         "others wait; try again shortly", self.limits.wait / 2)  # fmt: skip
            return
        status = 500

        async def noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting_status)
        finally:
            self._slots.release()
            if client is not None and 400 <= status < 500:
                self._refund(client)  # refused before the extractor ran (bad body): costs the server nothing

    async def _acquire(self) -> bool:
        if not self._slots.locked():
            await self._slots.acquire()
            return True
        if self._waiting >= self.limits.queue:
            return False
        self._waiting += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), self.limits.wait)
            return True
        except TimeoutError:
            return False
        finally:
            self._waiting -= 1

    def _spend(self, client: str) -> float:
        """Take one token from `client`'s bucket: 0 when allowed, else the seconds until one is free."""
        now = time.monotonic()
        rate = self.limits.per_minute / 60.0
        tokens, then = self._buckets.pop(client, (float(self.limits.burst), now))
        tokens = min(float(self.limits.burst), tokens + (now - then) * rate)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / rate
        self._buckets[client] = (tokens - 1 if wait == 0 else tokens, now)
        while len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)
        return wait


    def _refund(self, client: str) -> None:
        if client in self._buckets:
            tokens, then = self._buckets[client]
            self._buckets[client] = (min(float(self.limits.burst), tokens + 1), then)


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "-"


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def presented_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-flashpoint-token")


def require_token(request: Request) -> None:
    """Dependency for writing endpoints: the server's token, compared in constant time."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(status_code=403, detail="writing is disabled: start the server with a token")
    given = presented_token(request)
    if given is None:
        raise HTTPException(status_code=401, detail="send the token as 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(status_code=403, detail="wrong token")
