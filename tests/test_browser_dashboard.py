"""The dashboard in real headless Chromium, against a live server on a real store.

Each view is saved as a screenshot under artifacts/screenshots/ for people to look at.
Needs Debian's Chromium at /usr/bin/chromium and Playwright for Python (no browser download).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need playwright for Python")
pytest.importorskip("uvicorn", reason="browser tests need the web extra (uvicorn)")

import httpx  # noqa: E402
from playwright.sync_api import Browser, Page, expect  # noqa: E402

from browser_support import chromium, live_server  # noqa: E402
from flashpoint.web.app import create_app  # noqa: E402
from test_web_api import PASTED, RETOLD, fill_store  # noqa: E402

SHOTS = Path(__file__).parents[1] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on a real store, filled with the API tests' reports."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'events.db'}"
    fill_store(url)
    with live_server(create_app(url, "browser-token", allowed_hosts=["127.0.0.1"])) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


def _page(browser: Browser, server: str, bypass_csp: bool, viewport: dict[str, int] = DESKTOP) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, bypass_csp=bypass_csp)
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
def phone(browser: Browser, server: str) -> Iterator[Page]:
    """The page on a phone-sized screen (390 x 844 CSS pixels)."""
    yield from _page(browser, server, bypass_csp=False, viewport=PHONE)


@pytest.fixture
def bare_page(browser: Browser, server: str) -> Iterator[Page]:
    """The page with its Content-Security-Policy switched off: escaping must hold on its own."""
    yield from _page(browser, server, bypass_csp=True)


def api(server: str, path: str, **params: Any) -> Any:
    return httpx.get(f"{server}/api/{path}", params=params).json()


def open_dashboard(page: Page, server: str) -> None:
    page.goto(f"{server}/#/")
    page.wait_for_selector("body[data-ready='1']")


def texts(page: Page, selector: str) -> list[str]:
    """The text of every match; SVG elements have text content but no rendered "inner text"."""
    return page.locator(selector).evaluate_all("ns => ns.map(n => n.textContent)")


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
    # Zoomed in, places are named on the map.
    labels = texts(page, "#map text.place-label")
    assert "Tbilisi" in labels and set(labels) <= {p["place"] for p in points}
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


# -- filters ------------------------------------------------------------------------------------


def test_reset_clears_a_bad_filter_and_restores_rows(page: Page, server: str) -> None:
    open_dashboard(page, server)
    rows = api(server, "events", status="occurred,claimed")["total"]
    expect(page.locator("#rows tr")).to_have_count(rows)
    page.fill("#f-country", "Burkinaa")
    page.click("#apply")
    # The API's refusal is shown, the field is marked, and no stale rows or points stay under it.
    expect(page.locator("#status.error")).to_contain_text("'Burkinaa'")
    expect(page.locator("#f-country")).to_have_attribute("aria-invalid", "")
    expect(page.locator("#rows tr")).to_have_count(0)
    assert page.locator("#map circle.point").count() == 0
    shot(page, "filter-error")
    page.click("#clear-filters")
    expect(page.locator("#rows tr")).to_have_count(rows)
    expect(page.locator("#status")).to_have_text("")
    assert page.input_value("#f-country") == "" and page.input_value("#f-status") == "occurred,claimed"
    assert page.get_attribute("#f-country", "aria-invalid") is None
    expected = api(server, "points", status="occurred,claimed", cell=1)["points"]
    expect(page.locator("#map circle.point")).to_have_count(len(expected))


# -- legends and labels -------------------------------------------------------------------------


def test_map_and_timeline_have_legends_and_points_name_their_place(page: Page, server: str) -> None:
    open_dashboard(page, server)
    points = api(server, "points", status="occurred,claimed", cell=1)["points"]
    legend = page.locator("#map-legend")
    assert set(legend.locator(".key").all_inner_texts()) >= {p["type"] for p in points}
    expect(legend).to_contain_text("Size: reports")
    page.select_option("#size-by", "fatalities")
    expect(legend).to_contain_text("Size: killed")
    assert str(max(p["fatalities"] or 0 for p in points)) in legend.locator(".key").all_inner_texts()

    # The Khartoum strikes, told by two reports: the point says where, what and how many.
    tips = texts(page, "#map circle.point title")
    assert "Khartoum: ASSAULT, 1 event, 2 reports, 17 killed" in tips
    assert all(":" in t and t.split(":")[0] for t in tips)

    days = api(server, "timeline", status="occurred,claimed")["days"]
    keys = page.locator("#timeline-legend .key").all_inner_texts()
    assert {d["type"] for d in days} <= set(keys) and any("fatalities" in k for k in keys)
    expect(page.locator("#timeline-legend")).to_contain_text("events per day")


def test_the_timeline_labels_months_or_weeks_as_the_range_asks(page: Page, server: str) -> None:
    open_dashboard(page, server)
    # The test reports span March to August 2023: one label per month, the year on the first.
    labels = texts(page, "svg.timeline text.date")
    assert labels == ["Apr 2023", "May", "Jun", "Jul", "Aug"]
    # Narrowed to a month, the axis covers that month and counts its weeks (Mondays).
    page.fill("#f-since", "2023-05")
    page.fill("#f-until", "2023-05")
    page.click("#apply")
    expect(page.locator("svg.timeline text.date").first).to_have_text("1 May 2023")
    assert texts(page, "svg.timeline text.date") == ["1 May 2023", "8 May", "15 May", "22 May", "29 May"]
    shot(page, "timeline-weeks")


# -- event, report and actor views -------------------------------------------------------------


def test_an_event_shows_its_acled_category_and_the_other_reports_of_its_act(page: Page, server: str) -> None:
    retold = next(e for e in api(server, "events", type="ASSAULT", country="SDN")["items"]
                  if e["article"] == RETOLD.id and e["fatalities"] == 17)  # fmt: skip
    page.goto(f"{server}/#/event/{retold['id']}")
    page.wait_for_selector("section.cluster ul.mentions")
    acled = f"{retold['acled']['event_type']} / {retold['acled']['sub_event_type']}"
    expect(page.locator("dl.fields")).to_contain_text(acled)
    expect(page.locator("section.cluster")).to_contain_text("Told by 2 reports from 2 sources")
    shot(page, "event-cluster")
    # The other report of the act is one click away; its id is a URL with slashes.
    page.locator("section.cluster a.report-link").click()
    page.wait_for_selector("#view-detail .report-title")
    expect(page.locator(".report-title")).to_have_text("Air strikes in Khartoum")
    page.goto(f"{server}/#/report/{quote(RETOLD.id, safe='')}")
    expect(page.locator(".report-title")).to_have_text(RETOLD.title or "")
    expect(page.locator(".report-text mark.hl").first).to_be_visible()


def test_an_unknown_report_says_so(page: Page, server: str) -> None:
    page.goto(f"{server}/#/report/no-such-report")
    expect(page.locator("#view-detail h2")).to_have_text("Unknown report")
    expect(page.locator("#view-detail .unknown")).to_contain_text("no-such-report")
    page.goto(f"{server}/#/event/no-such-event")
    expect(page.locator("#view-detail h2")).to_have_text("Unknown event")


def test_the_actor_view_lists_identified_actors_apart_from_raw_phrases(page: Page, server: str) -> None:
    page.goto(f"{server}/#/actors")
    page.wait_for_selector("#actors-resolved li")
    resolved = page.locator("#actors-resolved li strong").all_inner_texts()
    assert "Georgia police" in resolved and "M23" in resolved
    phrases = api(server, "actors/phrases", status="occurred,claimed")["items"]
    shown = page.locator("#actors-unresolved li").all_inner_texts()
    assert phrases and [s.split("”")[0].lstrip("“") for s in shown] == [p["text"] for p in phrases]
    assert not set(resolved) & {p["text"] for p in phrases}


# -- the paste box --------------------------------------------------------------------------------


def test_the_paste_box_asks_for_the_date_and_says_what_happens_without_it(page: Page, server: str) -> None:
    page.goto(f"{server}/#/paste")
    assert page.input_value("#paste-date") == "", "the publication date is never guessed"
    expect(page.locator("#paste-date-help")).to_contain_text("Without it they stay unresolved")
    page.click("#paste-run")
    expect(page.locator("#paste-out .error")).to_have_text("Paste the text of a news report first.")
    page.fill("#paste-text", PASTED)
    page.click("#paste-run")
    page.wait_for_selector("#paste-events article.event")
    expect(page.locator("#paste-out .warning")).to_contain_text("relative dates")
    shot(page, "paste-undated")


def test_a_text_in_another_language_says_why_it_gives_no_events(page: Page, server: str) -> None:
    page.goto(f"{server}/#/paste")
    page.fill("#paste-text", "Des rebelles ont attaqué lundi des positions de l'armée près de Goma, tuant au "
              "moins douze soldats, a indiqué un porte-parole de l'armée congolaise.")  # fmt: skip
    page.fill("#paste-date", "2024-01-10")
    page.click("#paste-run")
    expect(page.locator("#paste-skipped")).to_contain_text("not English")


# -- a phone ----------------------------------------------------------------------------------------


def no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width} px wide on a {PHONE['width']} px screen"


def test_a_phone_screen_shows_every_view_without_sideways_scrolling(phone: Page, server: str) -> None:
    open_dashboard(phone, server)
    no_sideways_scroll(phone)
    # Timeline dates are drawn at their own size, not shrunk with the picture.
    heights = phone.locator("svg.timeline text.date").evaluate_all(
        "ns => ns.map(n => n.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 11
    shot(phone, "phone-dashboard")
    for route, ready, name in (
        ("actors", "table.matrix", "phone-actors"),
        ("report/khartoum", ".report-text mark.hl", "phone-report"),
        (f"report/{quote(RETOLD.id, safe='')}", ".report-text mark.hl", "phone-report-url-id"),
        ("paste", "#paste-text", "phone-paste"),
    ):
        phone.goto(f"{server}/#/{route}")
        phone.wait_for_selector(ready)
        no_sideways_scroll(phone)
        shot(phone, name)


def test_opening_the_dashboard_logs_no_console_error(page: Page, server: str) -> None:
    """Not even the browser's own request for /favicon.ico: the page names its (empty) icon."""
    logged: list[str] = []
    page.on("console", lambda msg: logged.append(msg.text) if msg.type == "error" else None)
    open_dashboard(page, server)
    page.goto(f"{server}/docs")
    page.wait_for_load_state("networkidle")
    assert not logged, f"console errors: {logged}"
