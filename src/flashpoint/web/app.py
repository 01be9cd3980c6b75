"""The application: API routes, the dashboard page and its static files, and the guards around them."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from flashpoint import __version__
from flashpoint.store import Filters, open_store
from flashpoint.store.errors import DatabaseUnusable
from flashpoint.web import queries
from flashpoint.web.api import router
from flashpoint.web.brief import router as brief_router
from flashpoint.web.cache import AggregateCache, filter_key
from flashpoint.web.guard import BodyGuard, ExtractLimiter
from flashpoint.web.limits import ExtractLimits

STATIC = Path(__file__).parent / "static"
DEFAULT_STATUSES = ("occurred", "claimed")  # the page's default status filter (index.html)

# Only the page's own files run: inline scripts and handlers injected through report text are inert
# even if some code path ever put markup into the page.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", _CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # A page that sets its own policy (the brief: inline styles, no script) keeps it.
                own = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in _HEADERS if h[0] not in own)]
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    names = {"query": "query parameter", "path": "path parameter", "body": "body field"}
    where = names.get(parts[0], parts[0])
    return f"{where} '{'.'.join(parts[1:])}'" if len(parts) > 1 else where


def _message(error: dict[str, Any]) -> str:
    # Our own validators' messages are sentences already: drop pydantic's "Value error, " prefix.
    return str(error.get("msg", "invalid")).removeprefix("Value error, ")


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # One readable sentence per problem; the offending input is not echoed back (it may be huge).
    errors = [{"field": _field(e.get("loc", ())), "message": _message(e)} for e in exc.errors()]
    message = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return JSONResponse({"detail": message, "errors": errors}, status_code=422)


async def _value_error(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=400)


async def _database_unusable(_request: Request, exc: Exception) -> JSONResponse:
    # A full disk or a read-only file: say so, without a traceback, and let the client try later.
    return JSONResponse({"detail": str(exc)}, status_code=503)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    if app.state.warm:
        threading.Thread(target=warm_cache, args=(app,), daemon=True, name="flashpoint-warm").start()
        threading.Thread(target=warm_model, args=(app,), daemon=True, name="flashpoint-model").start()
    yield
    app.state.store.close()


def warm_model(app: FastAPI) -> None:
    """Load the model, lexicons, gazetteer and actor lists at start-up, so the first extraction does not
    wait for them; extraction requests that arrive sooner wait for this (see `api.model_loaded`)."""
    from flashpoint.scale.runners import warm

    try:
        warm()
    finally:
        app.state.model_ready.set()


def warm_cache(app: FastAPI) -> None:
    """Compute what the dashboard's first load asks for, so the first visitor does not wait for it."""
    store, cache = app.state.store, app.state.cache
    f = Filters(status=list(DEFAULT_STATUSES))
    key = filter_key(f)
    cache.get(store.engine, ("count", key), lambda: queries.count_events(store.engine, f))
    cell, limit = 1.0, 3000  # as app.js asks at world zoom
    points = ("points", key, cell, limit)
    cache.get(store.engine, points, lambda: queries.map_points(store.engine, f, cell, limit))
    cache.get(store.engine, ("timeline", key), lambda: queries.timeline(store, f))


def create_app(
    store_url: str, token: str | None, *, allowed_hosts: list[str] | None = None, warm: bool = False,
    extract_limits: ExtractLimits | None = None,
) -> FastAPI:
    """The flashpoint web app on the store at `store_url`.

    `token` guards the writing endpoints (None disables writing). `allowed_hosts` limits the
    Host header, which stops DNS-rebinding pages from reading a server bound to localhost.
    `warm` loads the model and computes the dashboard's default aggregates in the background at start-up.
    `extract_limits` caps concurrent extractions and each client's rate on /api/extract.
    """
    app = FastAPI(
        title="flashpoint",
        version=__version__,
        description="Coded, sourced conflict and diplomacy events (PLOVER), served from a flashpoint store.",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = open_store(store_url)
    app.state.token = token
    app.state.cache = AggregateCache()
    app.state.warm = warm
    app.state.model_ready = threading.Event()
    if not warm:
        app.state.model_ready.set()  # loaded on the first extraction instead
    app.include_router(router)
    app.include_router(brief_router)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(ValueError, _value_error)
    _add_pages(app)
    # Inside BodyGuard: a slot is taken once the whole body is in, so a client trickling its body in
    # holds a connection (bounded by flashpoint.web.server's timeouts), never an extraction slot.
    app.add_middleware(ExtractLimiter, limits=extract_limits)
    app.add_middleware(BodyGuard)
    app.add_exception_handler(DatabaseUnusable, _database_unusable)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


def _add_pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        # Swagger UI would load from a CDN; this page lists the endpoints from /openapi.json offline.
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(404)
    async def not_found(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc, HTTPException) and exc.detail != "Not Found" else None
        return JSONResponse({"detail": detail or f"nothing at {request.url.path}"}, status_code=404)
