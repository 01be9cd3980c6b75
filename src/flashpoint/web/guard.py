"""What stands between the network and the store: body size, content type and the write token."""

from __future__ import annotations

import hmac
import json

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 2 * 1024 * 1024  # a long report is ~100 kB; 2 MB leaves room without inviting abuse
_WRITES = {"POST", "PUT", "PATCH", "DELETE"}


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
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
