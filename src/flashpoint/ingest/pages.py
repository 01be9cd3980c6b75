"""HTML pages: the article text via trafilatura, title/date/url/site from the page's own markup.

Dates come only from markup that states a publication date (meta tags, JSON-LD, <time>),
never from dates mentioned in the text, which would be a guess.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from flashpoint.ingest.common import MARKUP_FILE_LIMIT, Found, article, read_file
from flashpoint.ingest.problems import WARNING, InputProblem
from flashpoint.ingest.text import Decoded, decode, normalise
from flashpoint.model import parse_published

_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_DATE_METAS = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
    "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
    "sailthru.date", "parsely-pub-date",
)  # fmt: skip
MIN_WORDS = 3  # what trafilatura keeps from a page with no article is a stray menu label


def read_html(path: Path, published: date | None) -> Iterator[Found]:
    where = str(path)
    decoded = decode_html(read_file(path, MARKUP_FILE_LIMIT))
    if decoded.note:
        yield InputProblem(where, decoded.note, WARNING)
    yield from html_to_article(where, path.stem, decoded.text, published)


def decode_html(data: bytes) -> Decoded:
    """Honour a declared charset when the bytes agree with it; otherwise decode like text."""
    match = _DECLARED.search(data[:4096])
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = match.group(1).decode("ascii").lower()
        try:
            return Decoded(data.decode(_html_codec(name)))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def _html_codec(name: str) -> str:
    # Browsers read pages labelled latin-1/ascii as Windows-1252 (WHATWG), and so do we.
    return "cp1252" if codecs.lookup(name).name in ("latin-1", "iso8859-1", "ascii") else name


def html_to_article(where: str, report_id: str, markup: str, published: date | None) -> Iterator[Found]:
    tree = _parse(_XML_DECL.sub("", normalise(markup), count=1))
    if tree is None:
        yield InputProblem(where, "no article text found in HTML (page could not be parsed)")
        return
    text = _main_text(tree)
    if len(text.split()) < MIN_WORDS:
        yield InputProblem(where, "no article text found in HTML")
        return
    day, problems = _published(where, tree, published)
    yield from problems
    yield from article(
        where,
        text,
        id=report_id,
        published=day,
        title=_title(tree),
        url=_url(tree),
        source=_meta(tree, "og:site_name"),
    )


def _parse(markup: str) -> Any:
    if not markup.strip():
        return None
    try:
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _main_text(tree: Any) -> str:
    import trafilatura  # imported lazily: it pulls in a large dependency tree

    # favor_precision: on pages without an article, recall mode returns menus and cookie banners.
    try:
        doc = trafilatura.bare_extraction(
            tree, favor_precision=True, include_comments=False, include_tables=True, with_metadata=False
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError):  # trafilatura trips on some trees
        return ""
    text = getattr(doc, "text", None) if doc is not None else None
    return text or ""


def _meta(tree: Any, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = " ".join((node.get("content") or "").split())
        if key in wanted and content:
            return content
    return None


def _title(tree: Any) -> str | None:
    if title := _meta(tree, "og:title", "twitter:title"):
        return title
    node = tree.find(".//title")
    text = " ".join(node.text_content().split()) if node is not None else ""
    return text or None


def _url(tree: Any) -> str | None:
    if url := _meta(tree, "og:url"):
        return url
    for node in tree.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and node.get("href"):
            return str(node.get("href")).strip()
    return None


def _published(where: str, tree: Any, default: date | None) -> tuple[date | None, list[InputProblem]]:
    """The page's own publication date; `default` when the page states none."""
    problems: list[InputProblem] = []
    for value in _date_candidates(tree):
        try:
            day = parse_published(value.strip())
        except (ValueError, OverflowError):
            shown = value if len(value) <= 60 else value[:57] + "..."
            problems.append(
                InputProblem(where, f"unreadable date {shown!r} in page markup; ignored", WARNING)
            )
            continue
        if day is not None:
            return day, problems
    return default, problems


def _date_candidates(tree: Any) -> Iterator[str]:
    """Publication-date strings in the order of how explicitly the markup labels them."""
    for name in _DATE_METAS:
        if value := _meta(tree, name):
            yield value
    for node in tree.xpath("//*[@itemprop='datePublished']"):
        if value := node.get("content") or node.get("datetime"):
            yield value
    yield from _json_ld_dates(tree)
    for node in tree.iter("time"):
        if value := node.get("datetime"):
            yield value
            return  # only the first <time>: later ones belong to related stories and comments


def _json_ld_dates(tree: Any) -> Iterator[str]:
    for node in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        yield from _find_key(data, "datePublished", depth=0)


def _find_key(data: Any, key: str, depth: int) -> Iterator[str]:
    if depth > 6:
        return
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            yield data[key]
        for value in data.values():
            yield from _find_key(value, key, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _find_key(value, key, depth + 1)
