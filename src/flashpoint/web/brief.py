"""GET /brief: the situation brief (flashpoint.brief) over the same filters as the dashboard."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from flashpoint.store import Filters
from flashpoint.web.params import bad_request, event_filters

router = APIRouter()

# The brief is one page with no script: its own style and the charts' inline SVG styles are all it needs.
BRIEF_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


@router.get("/brief", summary="A situation brief (HTML, or Markdown with format=md)", response_class=HTMLResponse)
def brief_page(
    request: Request,
    f: Annotated[Filters, Depends(event_filters)],
    fmt: Annotated[Literal["html", "md"], Query(alias="format", description="html or md")] = "html",
) -> Response:
    """What happened, who says so, where the claims conflict and what is coming, for the countries
    (acts in them or with a participant from them), actor and days asked for."""
    if f.type or f.status or f.bbox or f.text:
        raise bad_request("a brief selects by country, actor, since and until only")
    from flashpoint.brief import build_brief, render_html, render_markdown

    brief = build_brief(request.app.state.store, country=f.country, actor=f.actor, since=f.since, until=f.until)
    if fmt == "md":
        return PlainTextResponse(render_markdown(brief), media_type="text/markdown; charset=utf-8")
    return HTMLResponse(render_html(brief), headers={"Content-Security-Policy": BRIEF_CSP})
