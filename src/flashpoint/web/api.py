"""The JSON API: events, clusters, reports, actors, timelines, map points; extract and store."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, field_validator

from flashpoint.model import Article
from flashpoint.store import Filters, Store
from flashpoint.store.ingest import Problem, Stored, extract_remembering, ingest
from flashpoint.web import queries
from flashpoint.web.cache import AggregateCache, filter_key
from flashpoint.web.guard import require_token
from flashpoint.web.params import Limit, Offset, Order, event_filters
from flashpoint.web.world import world_json

router = APIRouter(prefix="/api")
MAX_TEXT = 500_000  # characters; a report longer than a book chapter is not a news report

FilterDep = Annotated[Filters, Depends(event_filters)]
LONG_TIMELINE = 400  # days; beyond this a daily bar would be thinner than a pixel


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def get_cache(request: Request) -> AggregateCache:
    return request.app.state.cache


CacheDep = Annotated[AggregateCache, Depends(get_cache)]


def model_loaded(request: Request) -> None:
    """Extraction waits for the start-up warm-up rather than loading the model a second time beside it."""
    request.app.state.model_ready.wait()


class ReportIn(BaseModel):
    """A report to extract (and, for POST /api/reports, to store)."""

    text: str = Field(max_length=MAX_TEXT, description="the report text (not empty)")
    published: date | None = Field(None, description="publication date; relative dates resolve against it")
    id: str | None = Field(None, max_length=200, description="report id; default: derived from the text")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)

    @field_validator("text", "id", "title", "url", "source")
    @classmethod
    def storable(cls, value: str | None) -> str | None:
        # JSON escapes can smuggle in text no database stores: say so instead of failing later.
        if value is None:
            return value
        if "\x00" in value:
            raise ValueError("contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("contains characters that are not valid Unicode (lone surrogates)") from None
        return value

    @field_validator("text")
    @classmethod
    def has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty: give the text of a news report")
        return value

    def article(self) -> Article:
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
        return Article(id=self.id or f"r-{digest}", text=self.text, published=self.published,
                       title=self.title, url=self.url, source=self.source)  # fmt: skip


def _page(items: list[Any], total: int | None, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/events", summary="List events")
def list_events(
    store: StoreDep, cache: CacheDep, f: FilterDep, limit: Limit = 100, offset: Offset = 0, order: Order = "newest"
) -> dict[str, Any]:
    """Events matching the filters, newest first (undated last), with their `cluster` and `report`."""
    items = store.events(limit=limit, offset=offset, order=order, **vars(f))
    total = cache.get(store.engine, ("count", filter_key(f)), lambda: queries.count_events(store.engine, f))
    return _page(items, total, limit, offset)


@router.get("/events/{event_id}", summary="One event with its evidence and report")
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    event = store.event(event_id)
    if event is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    event["report"]["id"] = event["article"]
    return event


@router.get("/clusters", summary="List clusters (one act, many reports)")
def list_clusters(
    store: StoreDep, cache: CacheDep, f: FilterDep, limit: Limit = 100, offset: Offset = 0, order: Order = "newest"
) -> dict[str, Any]:
    """Clusters with at least one event matching the filters, newest first (undated last); `total` counts them."""
    total = cache.get(store.engine, ("clusters", filter_key(f)), lambda: queries.count_clusters(store.engine, f))
    return _page(store.clusters(limit=limit, offset=offset, order=order, **vars(f)), total, limit, offset)


@router.get("/clusters/{cluster_id}", summary="One cluster")
def get_cluster(cluster_id: str, store: StoreDep) -> dict[str, Any]:
    cluster = store.cluster(cluster_id)
    if cluster is None:
        raise HTTPException(status_code=404, detail=f"no cluster {cluster_id!r}")
    return cluster


@router.get("/reports", summary="List reports, newest first")
def list_reports(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    total = queries.count_reports(store.engine)
    return _page(queries.list_reports(store.engine, limit, offset), total, limit, offset)


# `:path`: report ids are often feed guids, which are URLs with slashes in them.
@router.get("/reports/{report_id:path}", summary="One report: its text and its events")
def get_report(report_id: str, store: StoreDep) -> dict[str, Any]:
    report = store.report(report_id)
    if report is None:
        raise HTTPException(status_code=404, detail=f"no report {report_id!r}")
    report.pop("content_hash", None)
    report["events"] = queries.report_events(store.engine, report_id)
    return report


@router.get("/actors", summary="Resolved actors, most active first")
def list_actors(
    store: StoreDep,
    cache: CacheDep,
    f: FilterDep,
    name: Annotated[str | None, Query(max_length=200, description="part of the name")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors the coder identified (a name, an organisation or a country, with a sector), each with a
    readable `label` and one phrase a report used; phrases it could not identify are at /api/actors/phrases."""
    key = ("actors", filter_key(f), name, limit, offset)
    found = cache.get(store.engine, key, lambda: queries.actor_list(store.engine, f, name, limit, offset))
    return _page(found, None, limit, offset)


@router.get("/actors/phrases", summary="Actor phrases the coder could not identify, most frequent first")
def unresolved_actors(
    store: StoreDep, cache: CacheDep, f: FilterDep, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """Phrases such as "30 militants" that carry at most a sector: no name, organisation or country."""
    key = ("phrases", filter_key(f), limit, offset)
    found = cache.get(store.engine, key, lambda: queries.unresolved_phrases(store.engine, f, limit, offset))
    return _page(found, None, limit, offset)


@router.get("/actors/matrix", summary="Who acts on whom: source country to target country")
def actor_matrix(
    store: StoreDep, cache: CacheDep, f: FilterDep, size: Annotated[int, Query(ge=1, le=50)] = 12
) -> dict[str, Any]:
    key = ("matrix", filter_key(f), size)
    return cache.get(store.engine, key, lambda: queries.actor_matrix(store.engine, f, size))


@router.get("/timeline", summary="Daily (or weekly) events and fatalities by type")
def timeline(
    store: StoreDep,
    cache: CacheDep,
    f: FilterDep,
    step: Annotated[
        Literal["auto", "day", "week"], Query(alias="bin", description="auto: weeks beyond 400 days")
    ] = "auto",
) -> dict[str, Any]:
    days = cache.get(store.engine, ("timeline", filter_key(f)), lambda: queries.timeline(store, f))
    span = (date.fromisoformat(days[-1]["day"]) - date.fromisoformat(days[0]["day"])).days if days else 0
    weekly = step == "week" or (step == "auto" and span > LONG_TIMELINE)
    return {"bin": "week" if weekly else "day", "days": queries.by_week(days) if weekly else days}


@router.get("/points", summary="Map points: events binned by place and type")
def points(
    store: StoreDep,
    cache: CacheDep,
    f: FilterDep,
    cell: Annotated[float, Query(ge=0.01, le=10, description="bin size in degrees")] = 0.5,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 3000,
) -> dict[str, Any]:
    key = ("points", filter_key(f), cell, limit)
    found = cache.get(store.engine, key, lambda: queries.map_points(store.engine, f, cell, limit))
    return {"cell": cell, "points": found}


@router.get("/stats", summary="Totals and counts by day, country and type")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()


@router.get("/world", summary="Country outlines (GeoJSON) for the map")
def world() -> Response:
    return Response(world_json(), media_type="application/geo+json",
                    headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip


NO_DATE = "no publication date: relative dates ('on Tuesday', 'last week') stay unresolved"


@router.post("/extract", dependencies=[Depends(model_loaded)],
             summary="Extract events from a text; nothing is stored")  # fmt: skip
def extract(body: ReportIn, store: StoreDep) -> dict[str, Any]:
    """The events storing the text would give (with the store's actor memory), nothing stored. `skipped`
    says why a text is not coded (not English); `warnings` what is missing for a full coding (the date)."""
    from flashpoint.events.readable import not_english_reason

    article = body.article()
    warnings = [] if article.published else [NO_DATE]
    if reason := not_english_reason(article):
        return {"count": 0, "events": [], "skipped": reason, "warnings": warnings}
    events = extract_remembering(store, article)
    return {"count": len(events), "events": [e.to_dict() for e in events], "skipped": None, "warnings": warnings}


@router.post("/reports", status_code=201, dependencies=[Depends(require_token), Depends(model_loaded)],
             summary="Store a report and its events (needs the token)")  # fmt: skip
def add_report(body: ReportIn, store: StoreDep, response: Response) -> dict[str, Any]:
    """Stored as `flashpoint ingest` stores it (the same function): same language check, same actor
    memory (which the report then extends), retried while another writer holds the database, clustered."""
    article = body.article()
    stored: list[Stored] = []
    problems: list[Problem] = []
    ingest(store, [article], workers=1, on_problem=problems.append, on_stored=stored.append)
    if not stored:
        skipped = [p for p in problems if p.severity == "warning" and p.where != "database"]
        if skipped:
            response.status_code = 200
            return {"id": article.id, "status": "skipped", "reason": skipped[0].message, "count": 0, "events": []}
        raise HTTPException(status_code=500, detail="; ".join(map(str, problems)) or "the report was not stored")
    if stored[0].status == "unchanged":
        response.status_code = 200
    found = [e.to_dict() for e in stored[0].events]
    return {"id": article.id, "status": stored[0].status, "count": len(found), "events": found}
