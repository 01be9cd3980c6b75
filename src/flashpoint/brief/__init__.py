"""Situation briefs: what happened, who says so, where the claims conflict, and what is coming.

    brief = build_brief(open_store("events.db"), country="ARM,AZE", since="2022-09-12", until="2022-09-15")
    html = render_html(brief)        # self-contained page, charts inline
    text = render_markdown(brief)    # the same content as Markdown
    record = brief.record()          # JSON-ready; pass as `previous=` to the next brief

Rendering imports Jinja2 and matplotlib only when called; the names below are imported on first use, so
that listing the commands (`flashpoint --version`, `--help`) loads no database driver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.brief.changes import check_record
from flashpoint.brief.errors import BriefError
from flashpoint.brief.model import Brief
from flashpoint.brief.render import FORMATS, render, render_html, render_json, render_markdown
from flashpoint.lazy import lazy

if TYPE_CHECKING:
    from flashpoint.brief.build import build_brief

__getattr__ = lazy(__name__, {"build_brief": "flashpoint.brief.build"})  # it reads the store: SQLAlchemy

__all__ = [
    "FORMATS",
    "Brief",
    "BriefError",
    "build_brief",
    "check_record",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
]
