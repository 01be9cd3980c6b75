"""The dashboard in real headless Chromium, against a live server on a real store.

Each view is saved as a screenshot under artifacts/screenshots/ for people to look at.
Needs Debian's Chromium at /usr/bin/chromium and Playwright for Python (no browser download).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need playwright for Python")
pytest.importorskip("uvicorn", reason="browser tests need the web extra (uvicorn)")

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

from flashpoint.web.app import create_app  # noqa: E402
from test_web_api import PASTED, fill_store  # noqa: E402

SHOTS = Path(__file__).parents[1] / "artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live uvicorn server in a thread, on a free localhost port."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'events.db'}"
    fill_store(url)
    port = free_port()
    app = create_app(url, "browser-token", allowed_hosts=["127.0.0.1"])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


def _page(browser: Browser, server: str, bypass_csp: bool) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=bypass_csp)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # The page must never reach beyond its own server.
    outside: list[str] = []
    pg.on("request", lambda req: None if req.url.startswith(server) else outside.append(req.url))
    yield pg
    context.close()
    assert not errors, f"script errors in the page: {errors}"
    assert not outside, f"the page requested outside resources: {outside}"


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """The page as served, under its Content-Security-Policy."""
    yield from _page(browser, server, bypass_csp=False)


@pytest.fixture
def bare_page(browser: Browser, server: str) -> Iterator[Page]:
    """The page with its Content-Security-Policy switched off: escaping must hold on its own."""
    yield from _page(browser, server, bypass_csp=True)


def api(server: str, path: str, **params: Any) -> Any:
    return httpx.get(f"{server}/api/{path}", params=params).json()


def open_dashboard(page: Page, server: str) -> None:
    page.goto(f"{server}/#/")
    page.wait_for_selector("body[data-ready='1']")


def shot(page: Page, name: str) -> None:
    # Every view is checked for values that reached the page as objects instead of text.
    assert "[object " not in page.locator("body").inner_text(), f"{name}: an object was rendered as text"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_the_map_draws_one_point_per_bin_and_follows_the_filter(page: Page, server: str) -> None:
    open_dashboard(page, server)
    assert page.locator("#map path.country").count() > 150
    expected = api(server, "points", status="occurred,claimed", cell=1)["points"]
    assert expected and page.locator("#map circle.point").count() == len(expected)
    assert page.locator("#rows tr").count() == api(server, "events", status="occurred,claimed")["total"]
    shot(page, "dashboard")

    page.select_option("#f-type", "ASSAULT")
    page.click("#apply")
    assaults = api(server, "points", status="occurred,claimed", type="ASSAULT", cell=1)["points"]
    expect(page.locator("#map circle.point")).to_have_count(len(assaults))
    assert 0 < len(assaults) < len(expected)
    drawn = page.locator("#map circle.point").evaluate_all("ns => ns.map(n => n.dataset.type)")
    assert set(drawn) == {"ASSAULT"}
    assert set(page.locator("#rows .type").all_inner_texts()) == {"ASSAULT"}
    shot(page, "dashboard-filtered")


def test_clicking_a_point_narrows_the_table_to_its_area(page: Page, server: str) -> None:
    open_dashboard(page, server)
    point = next(
        p
        for p in api(server, "points", status="occurred,claimed", cell=1)["points"]
        if p["type"] == "ASSAULT"
    )
    bbox = ",".join(f"{v:g}" for v in point["bbox"])  # as JavaScript prints numbers
    inside = api(server, "events", status="occurred,claimed", bbox=bbox)["items"]
    circle = page.locator(f"#map circle.point[data-type='ASSAULT'][data-bbox='{bbox}']")
    circle.dispatch_event("click")
    page.wait_for_selector("#chips .chip")
    expect(page.locator("#rows tr")).to_have_count(len(inside))
    shown = page.locator("#rows tr").evaluate_all("rows => rows.map(r => r.dataset.event)")
    assert shown == [e["id"] for e in inside]


def test_zooming_in_asks_for_finer_points_in_view(page: Page, server: str) -> None:
    open_dashboard(page, server)
    box = page.locator("svg.map").bounding_box()
    assert box is not None
    # Over the Caucasus (lon 44, lat 41) in the equirectangular picture.
    x, y = box["x"] + box["width"] * (44 + 180) / 360, box["y"] + box["height"] * (90 - 41) / 180
    with page.expect_response(lambda r: "/api/points" in r.url and "bbox=" in r.url) as answer:
        page.mouse.move(x, y)
        for _ in range(4):
            page.mouse.wheel(0, -200)
    assert "cell=0.2" in answer.value.url  # 1 degree at 5x zoom
    points = answer.value.json()["points"]
    expect(page.locator("#map circle.point")).to_have_count(len(points))
    w, s, e, n = (float(v) for v in parse_qs(urlparse(answer.value.url).query)["bbox"][0].split(","))
    assert w < 44 < e and s < 41 < n and e - w < 80, "the view is a zoomed window around the pointer"
    assert points and all(w <= p["lon"] <= e and s <= p["lat"] <= n for p in points)
    shot(page, "map-zoomed")


def test_brushing_the_timeline_narrows_map_and_table(page: Page, server: str) -> None:
    open_dashboard(page, server)
    rows = api(server, "timeline", status="occurred,claimed")["days"]
    days = sorted({d["day"] for d in rows})
    assert len(days) >= 3, "the test reports span several days"
    assert page.locator("svg.timeline rect.bar").count() == len(rows)
    assert page.locator("svg.timeline circle.fatality-dot").count() == len(
        {d["day"] for d in rows if d["fatalities"]}
    )
    box = page.locator("svg.timeline").bounding_box()
    assert box is not None
    # Drag over the left half only: the last report's day falls outside the selection.
    page.mouse.move(box["x"] + box["width"] * 0.01, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_selector("#chips .chip")
    since, until = page.locator("#chips .chip").inner_text().split("days ")[1].rstrip(" ×").split(" – ")
    assert since <= days[0] and until < days[-1]
    expected = api(server, "points", status="occurred,claimed", since=since, until=until, cell=1)["points"]
    expect(page.locator("#map circle.point")).to_have_count(len(expected))
    dates = page.locator("#rows td:first-child").all_inner_texts()
    assert dates and all(since <= d[:10] <= until for d in dates)
    shot(page, "timeline-brushed")


def test_a_report_shows_its_evidence_highlighted_and_linked(page: Page, server: str) -> None:
    report = api(server, "reports/khartoum")
    page.goto(f"{server}/#/report/khartoum")
    page.wait_for_selector(".report-text mark.hl")
    assert page.locator(".report-text").inner_text().replace("\n", "").startswith(report["text"][:40])
    marked = "".join(page.locator(".report-text mark.hl").all_inner_texts())
    for e in report["events"]:
        assert e["evidence"]["text"] in marked
    links = page.locator(".report-text a.evlink")
    assert links.count() == len(report["events"])
    shot(page, "report")
    links.first.click()
    page.wait_for_selector("#view-detail article.event blockquote.evidence")
    assert page.locator("blockquote.evidence").inner_text() == report["events"][0]["evidence"]["text"]
    shot(page, "event")


def test_report_text_with_markup_never_runs(bare_page: Page, server: str) -> None:
    page = bare_page
    page.goto(f"{server}/#/report/hostile")
    page.wait_for_selector(".report-text mark.hl")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator(".report-text").inner_text()
    assert page.locator("#view-detail img, #view-detail script, #view-detail b").count() == 0
    # The javascript: URL is shown, not linked.
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator(".meta .url").inner_text().startswith("javascript:")
    page.locator(".report-title").hover()
    page.goto(f"{server}/#/reports")
    page.wait_for_selector("#view-detail table.grid")
    page.locator("#view-detail a", has_text="Rally").hover()
    assert page.evaluate("window.__pwned") is None
    shot(page, "report-hostile")


def test_pasting_a_report_shows_its_events_and_spans(page: Page, server: str) -> None:
    page.goto(f"{server}/#/paste")
    page.fill("#paste-text", PASTED)
    page.fill("#paste-date", "2024-01-10")
    page.click("#paste-run")
    page.wait_for_selector("#paste-events article.event")
    found = httpx.post(f"{server}/api/extract", json={"text": PASTED, "published": "2024-01-10"}).json()
    assert page.locator("#paste-events article.event").count() == found["count"] >= 1
    marked = "".join(page.locator("#paste-out mark.hl").all_inner_texts())
    assert all(e["evidence"]["text"] in marked for e in found["events"])
    assert page.locator("#paste-events article.event dl.fields dt", has_text="Type").count() == found["count"]
    shot(page, "paste")


def test_pasted_markup_stays_text(bare_page: Page, server: str) -> None:
    page = bare_page
    page.goto(f"{server}/#/paste")
    hostile = 'Rebels attacked a convoy near Goma <img src=x onerror="window.__pwned=1"> on Monday.'
    page.fill("#paste-text", hostile)
    page.click("#paste-run")
    page.wait_for_selector("#paste-out .report-text")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert "<img src=x" in page.locator("#paste-out .report-text").inner_text()


def test_the_actor_view_shows_who_acts_on_whom(page: Page, server: str) -> None:
    open_dashboard(page, server)
    page.click("nav a[data-route='actors']")
    page.wait_for_selector("table.matrix")
    m = api(server, "actors/matrix", status="occurred,claimed")
    headers = page.locator("table.matrix thead th").all_inner_texts()[1:]
    assert headers == m["countries"]
    total = sum(int(t) for t in page.locator("table.matrix td.cell").all_inner_texts() if t)
    assert total == sum(map(sum, m["counts"]))
    shot(page, "actors")


def test_the_api_docs_page_lists_endpoints_offline(page: Page, server: str) -> None:
    page.goto(f"{server}/docs")
    page.wait_for_selector(".endpoint")
    assert page.locator(".endpoint h3", has_text="GET /api/events").count() >= 1
    shot(page, "docs")
