"""A Brief as a self-contained HTML page (charts inline as SVG) or as Markdown, through Jinja2 templates.

Every sentence is in the templates (brief/templates/); the values come from the Brief.
The HTML page loads nothing: its style is inline and its links point inside the page.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from flashpoint import __version__
from flashpoint.brief.errors import BriefError
from flashpoint.brief.model import Brief, describe_filters

FORMATS = ("html", "md", "json")
CHANGE_LABELS = {
    "new": "New act",
    "gone": "No longer in the selection",
    "revised": "Toll revised",
    "new-claim": "New claim",
    "withdrawn": "Claim withdrawn",
    "new-coming": "Newly announced",
    "gone-coming": "No longer announced",
}
_MISSING = "briefs need the brief extra ({} is missing): pip install 'flashpoint[brief]'"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(value: Any) -> str:
    """Text from a report, made inert in Markdown (no emphasis, links or tables it did not mean)."""
    return _MD_SPECIAL.sub(r"\\\1", str(value))


def _oneline(value: Any) -> str:
    return " ".join(str(value).split())


def _cell(value: Any) -> str:
    return str(value).replace("\n", " ")


@lru_cache(maxsize=1)
def _environment() -> Any:
    try:
        import jinja2
    except ModuleNotFoundError as exc:
        raise BriefError(_MISSING.format(exc.name)) from None
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("flashpoint.brief", "templates"),
        autoescape=lambda name: not str(name or "").endswith(".md.j2"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=_md, oneline=_oneline, cell=_cell)
    return env


def _context(brief: Brief) -> dict[str, Any]:
    previous = (brief.previous or {}).get("filters") or {}
    return {
        "brief": brief,
        "f": brief.figures,
        "selection": describe_filters(brief.filters),
        "previous_selection": describe_filters(previous),
        "more_acts": len(brief.acts) - len(brief.happened),
        "change_labels": CHANGE_LABELS,
        "version": __version__,
    }


def render_html(brief: Brief) -> str:
    """The brief as one HTML page that works offline and prints on A4."""
    from flashpoint.brief.charts import charts

    try:
        drawn = {c.name: c for c in charts(brief)} if not brief.empty else {}
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("matplotlib"):
            raise
        raise BriefError(_MISSING.format(exc.name)) from None
    return str(_environment().get_template("brief.html.j2").render(**_context(brief), charts=drawn))


def render_markdown(brief: Brief) -> str:
    """The same brief as Markdown, without the charts."""
    text = str(_environment().get_template("brief.md.j2").render(**_context(brief)))
    return _spaced(text)


def _spaced(markdown: str) -> str:
    """One blank line around headings and between blocks, however the template's conditionals fell."""
    out: list[str] = []
    for line in markdown.split("\n"):
        block_start = line.startswith("#") or line.startswith("**No stored event")
        if block_start and out and out[-1]:
            out.append("")
        if line or (out and out[-1]):
            out.append(line)
        if block_start:
            out.append("")
    return "\n".join(out).strip("\n") + "\n"


def render_json(brief: Brief) -> str:
    """The brief's record: what a later brief compares itself with (`--since-brief`)."""
    return json.dumps(brief.record(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def render(brief: Brief, fmt: str) -> str:
    if fmt == "html":
        return render_html(brief)
    if fmt == "md":
        return render_markdown(brief)
    if fmt == "json":
        return render_json(brief)
    raise BriefError(f"unknown brief format {fmt!r}: use one of {', '.join(FORMATS)}")
