"""The HTML brief in real headless Chromium: opened from disk and served, on screen and in print.

A4 is 210 mm wide: 794 CSS pixels; with the brief's 15 mm print margins 680 pixels are left for
the text. No element may be wider than that, and the page must load without a console error
or a request to anywhere else. Screenshots and a printed PDF go to artifacts/brief/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need playwright for Python")
pytest.importorskip("uvicorn", reason="browser tests need the web extra (uvicorn)")

from playwright.sync_api import Browser, Page  # noqa: E402

from browser_support import chromium, live_server  # noqa: E402
from conftest_store import JERMUK, article, event  # noqa: E402
from flashpoint.brief import build_brief, render_html  # noqa: E402
from flashpoint.store import Store, open_store  # noqa: E402
from flashpoint.web.app import create_app  # noqa: E402
from test_brief import ARM_MOD, fill  # noqa: E402

ARTIFACTS = Path(__file__).parents[1] / "artifacts" / "brief"
A4 = 794  # CSS pixels across 210 mm
A4_TEXT = 680  # 180 mm: the page less its 15 mm print margins
PERIOD = {"since": "2022-09-12", "until": "2022-09-14"}
LONG_URL = "https://news.example/" + "a-very-long-path-segment-without-any-break-" * 6 + "end"


def fill_with_long_words(store: Store) -> None:
    """The usual reports and one whose URL and words are longer than a printed line."""
    fill(store)
    text = ("Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Tuesday with "
            "Supercalifragilisticexpialidocious-Pneumonoultramicroscopicsilicovolcanoconiosis-artillery.")  # fmt: skip
    art = article("long", text, url=LONG_URL, source="A Source With A Rather Long Name Indeed")
    store.add_report(art, [event(art, place=JERMUK, claimed_by=ARM_MOD, status="claimed", fatalities=3)])
    store.dedup()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser-brief') / 'events.db'}"
    with open_store(url) as store:
        fill_with_long_words(store)
    return url


@pytest.fixture(scope="module")
def brief_file(db: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with open_store(db) as store:
        html = render_html(build_brief(store, **PERIOD))
    path = tmp_path_factory.mktemp("brief-file") / "brief.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def server(db: str) -> Iterator[str]:
    with live_server(create_app(db, None)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


class Watched:
    """A page with every console error, script error and request recorded."""

    def __init__(self, browser: Browser, width: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 1100})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("request", lambda req: self.requests.append(req.url))


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    w = Watched(browser, A4)
    yield w
    w.context.close()


def too_wide(page: Page, limit: int) -> list[str]:
    """Elements (SVG parts included) that reach past `limit` pixels or are wider than it."""
    return page.evaluate(
        """limit => [...document.querySelectorAll('body *')]
            .map(el => [el, el.getBoundingClientRect()])
            .filter(([el, r]) => r.width > 0 && (r.right > limit + 0.5 || r.width > limit + 0.5))
            .map(([el, r]) => `${el.tagName}#${el.id} right=${Math.round(r.right)} width=${Math.round(r.width)}`)""",
        limit,
    )


def test_the_brief_opened_from_disk_renders_without_errors_or_outside_requests(
    watched: Watched, brief_file: Path
) -> None:
    watched.page.goto(brief_file.as_uri())
    assert watched.page.locator("figure svg").count() == 3
    assert watched.page.locator("#conflicts .claim").count() >= 2
    assert not watched.errors, watched.errors
    assert watched.requests == [brief_file.as_uri()]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    watched.page.screenshot(path=str(ARTIFACTS / "brief.png"), full_page=True)


def test_no_element_is_wider_than_an_a4_page_on_screen_or_in_print(watched: Watched, brief_file: Path) -> None:
    page = watched.page
    page.goto(brief_file.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= A4
    assert too_wide(page, A4) == []
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_TEXT, "height": 1100})
    assert too_wide(page, A4_TEXT) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_TEXT
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-print.png"), full_page=True)
    pdf = page.pdf(path=str(ARTIFACTS / "brief.pdf"), prefer_css_page_size=True, print_background=True)
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 2


def test_the_served_brief_obeys_its_policy_and_is_reached_from_the_dashboard(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(f"{server}/#/")
    page.click("#brief-link")
    page.wait_for_url(f"{server}/brief")
    assert page.locator("h1").inner_text() == "Situation brief"
    watched.errors.clear()
    page.goto(f"{server}/brief?country=ARM,AZE&since=2022-09-12&until=2022-09-14")
    assert page.locator("figure svg").count() == 3
    assert not watched.errors, watched.errors  # a style the policy blocked would be a console error
    assert all(url.startswith(server) for url in watched.requests)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-served.png"), full_page=True)
