"""The HTTP API, exercised with FastAPI's test client on a real SQLite store.

The store holds events the real extractor found in a handful of short reports written for
these tests, so every expectation is derived from what was actually stored.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from flashpoint.events import extract_article  # noqa: E402
from flashpoint.model import Article  # noqa: E402
from flashpoint.store import open_store  # noqa: E402
from flashpoint.web.app import create_app  # noqa: E402

TOKEN = "test-token-1234"

# (id, published, title, text): short reports in the style of wire copy, written for these tests.
REPORTS = [
    ("kharkiv", "2023-03-10", "Shelling in Kharkiv",
     "Russian artillery shelled Kharkiv on Thursday, killing three civilians, the regional governor said. "
     "Ukraine's foreign ministry accused Moscow of deliberately targeting apartment blocks."),
    ("tbilisi", "2023-05-02", "Protest in Tbilisi",
     "Thousands of protesters marched in Tbilisi on Monday against a proposed foreign agents law. "
     "Georgian police fired water cannon at demonstrators outside parliament."),
    # "army positions" of no stated country, told by a spokesman of none: a phrase left unresolved, which the
    # actor views list apart
    ("goma", "2023-08-21", "Fighting near Goma",
     "M23 rebels attacked army positions near Goma on Sunday, killing at least 12 soldiers, "
     "a spokesman said. Rwanda denied supporting the rebels."),
    ("brussels", "2023-07-16", "Talks in Brussels",
     "The leaders of Armenia and Azerbaijan met in Brussels on Saturday for talks hosted by the "
     "European Union. "
     "Germany pledged 5 million euros in humanitarian aid for displaced families in Armenia."),
    ("khartoum", "2023-06-05", "Air strikes in Khartoum",
     "Sudanese army warplanes bombed positions of the Rapid Support Forces in Khartoum on Sunday, "
     "killing 17 people, medics said."),
]  # fmt: skip

# A report whose text and URL try to run script in the page; it must show as text.
HOSTILE = Article(
    id="hostile",
    text='Protesters chanting "<script>window.__pwned = 1</script>" rallied outside the parliament in '
    'Tbilisi on Friday. Police detained <img src=x onerror="window.__pwned = 2"> two organisers, '
    "witnesses said. The caption read <img src=y onerror=\"window.__pwned = 6\"> and nothing more.",
    published=date(2023, 5, 6),
    title='<b onmouseover="window.__pwned = 3">Rally</b>',
    url="javascript:window.__pwned = 4",
    source="<script>window.__pwned = 5</script>",
)

# The Khartoum strikes again, from another outlet, under a feed guid: an id that is a URL, slashes included.
RETOLD = Article(
    id="https://wire.example/2023/06/khartoum-strikes",
    text="Military aircraft struck Rapid Support Forces positions in Khartoum on Sunday, killing 17 people, "
    "local medics said.",
    published=date(2023, 6, 5),
    title="Khartoum strikes",
    source="Other Wire",
    url="https://wire.example/2023/06/khartoum-strikes",
)

PASTED = (
    "Israeli aircraft struck targets in the southern Lebanese town of Nabatieh on Tuesday, "
    "killing two people, Lebanon's health ministry said."
)


def report_articles() -> list[Article]:
    arts = [Article(id=i, text=t, published=date.fromisoformat(d), title=title, source="Test Wire",
                    url=f"https://news.example/{i}") for i, d, title, t in REPORTS]  # fmt: skip
    return [*arts, HOSTILE, RETOLD]


def fill_store(url: str) -> None:
    """Extract every test report with the real pipeline and store it, then cluster."""
    store = open_store(url)
    for art in report_articles():
        store.add_report(art, extract_article(art))
    store.dedup()
    store.close()


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'events.db'}"
    fill_store(url)
    return url


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url, TOKEN)) as c:
        yield c


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()["items"]


# -- reading -----------------------------------------------------------------------------------


def test_events_are_paginated_without_gaps_or_repeats(client: TestClient) -> None:
    everything = all_events(client)
    assert len(everything) >= 8
    pages = [
        client.get("/api/events", params={"limit": 3, "offset": o}).json()
        for o in range(0, len(everything), 3)
    ]
    assert all(p["total"] == len(everything) for p in pages)
    assert [e["id"] for p in pages for e in p["items"]] == [e["id"] for e in everything]
    # Newest first; undated events last.
    days = [e["date"]["start"] if e["date"] else "" for e in everything]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "PROTEST"}, lambda e: e["type"] == "PROTEST"),
        ({"type": "protest,consult"}, lambda e: e["type"] in {"PROTEST", "CONSULT"}),
        ({"status": "claimed"}, lambda e: e["status"] == "claimed"),
        ({"country": "SDN"}, lambda e: e["location"]["country"] == "SDN"),
        ({"country": "Sudan"}, lambda e: e["location"]["country"] == "SDN"),
        ({"country": "sd"}, lambda e: e["location"]["country"] == "SDN"),
        ({"text": "water cannon"}, lambda e: "water cannon" in e["evidence"]["text"]),
        (
            {"since": "2023-06", "until": "2023-07-31"},
            lambda e: "2023-06-01" <= e["date"]["start"] <= "2023-07-31",
        ),
        (
            {"bbox": "30,10,35,20"},
            lambda e: 30 <= e["location"]["lon"] <= 35 and 10 <= e["location"]["lat"] <= 20,
        ),
        ({"actor": "RUS"}, lambda e: "RUS" in {a["country"] for a in e["source"] + e["target"]}),
    ],
)
def test_filters_keep_only_matching_events(client: TestClient, params: dict[str, str], check: Any) -> None:
    kept = all_events(client, **params)
    assert kept, f"no event matched {params}: the test reports should cover it"
    assert all(check(e) for e in kept)
    dropped = [e for e in all_events(client) if e["id"] not in {k["id"] for k in kept}]
    assert dropped, "a filter that keeps everything proves nothing"


def test_one_event_carries_its_evidence_and_report(client: TestClient) -> None:
    first = all_events(client, type="ASSAULT", country="SDN")[0]
    event = client.get(f"/api/events/{first['id']}").json()
    report = client.get(f"/api/reports/{event['report']['id']}").json()
    ev = event["evidence"]
    assert report["text"][ev["start"] : ev["end"]] == ev["text"]
    assert event["report"]["url"] == "https://news.example/khartoum"
    assert "Khartoum" in ev["text"] and event["fatalities"] == 17


def test_a_report_lists_its_events_in_text_order(client: TestClient) -> None:
    report = client.get("/api/reports/tbilisi").json()
    starts = [e["evidence"]["start"] for e in report["events"]]
    assert report["title"] == "Protest in Tbilisi" and len(starts) >= 1
    assert starts == sorted(starts)
    assert "content_hash" not in report


def test_reports_list_counts_events(client: TestClient) -> None:
    page = client.get("/api/reports").json()
    assert page["total"] == len(report_articles())
    by_id = {r["id"]: r for r in page["items"]}
    assert by_id["khartoum"]["events"] == len(client.get("/api/reports/khartoum").json()["events"])
    assert all("text" not in r for r in page["items"])


def test_unknown_ids_are_404_with_a_message(client: TestClient) -> None:
    for path in ("/api/events/nope", "/api/reports/nope", "/api/clusters/nope", "/api/nothing-here"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["detail"]


def test_map_points_aggregate_located_events(client: TestClient) -> None:
    located = [e for e in all_events(client) if e["location"] and e["location"]["lat"] is not None]
    points = client.get("/api/points", params={"cell": 1}).json()["points"]
    assert sum(p["events"] for p in points) == len({(e["type"], e["cluster"] or e["id"]) for e in located})
    sudan = [
        p for p in points if p["bbox"][0] <= 32.5 <= p["bbox"][2] and p["bbox"][1] <= 15.5 <= p["bbox"][3]
    ]
    assert sudan and sudan[0]["type"] == "ASSAULT" and sudan[0]["fatalities"] == 17
    only = client.get("/api/points", params={"type": "PROTEST"}).json()["points"]
    assert only and {p["type"] for p in only} == {"PROTEST"}


def test_timeline_counts_single_day_events_by_type(client: TestClient) -> None:
    days = client.get("/api/timeline").json()["days"]
    dated = [e for e in all_events(client) if e["date"] and e["date"]["precision"] == "day"]
    assert sum(d["events"] for d in days) == len({e["cluster"] or e["id"] for e in dated})
    khartoum = [d for d in days if d["type"] == "ASSAULT" and d["day"] == "2023-06-04"]
    assert khartoum and khartoum[0]["fatalities"] == 17
    weekly = client.get("/api/timeline", params={"bin": "week"}).json()
    assert weekly["bin"] == "week" and sum(d["events"] for d in weekly["days"]) == sum(
        d["events"] for d in days
    )
    first = date.fromisoformat(weekly["days"][0]["day"])
    assert all((date.fromisoformat(d["day"]) - first).days % 7 == 0 for d in weekly["days"])
    # Filters the daily rollup cannot answer are aggregated from the events themselves.
    by_words = client.get("/api/timeline", params={"text": "Khartoum"}).json()["days"]
    assert {(d["day"], d["type"]) for d in by_words} == {("2023-06-04", "ASSAULT")}


def test_one_act_with_mixed_statuses_is_counted_once_on_the_timeline(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mixed.db'}"
    store = open_store(url)
    stated = Article(id="stated", text="Military aircraft struck Rapid Support Forces positions in Khartoum on "
                     "Sunday, killing 17 people.", published=date(2023, 6, 5), source="A")  # fmt: skip
    for art in (report_articles()[4], stated):  # the Khartoum report attributes the toll to medics
        store.add_report(art, extract_article(art))
    store.dedup()
    store.close()
    with TestClient(create_app(url, None)) as c:
        day = [d for d in c.get("/api/timeline").json()["days"] if d["day"] == "2023-06-04"]
        assert [(d["events"], d["fatalities"]) for d in day] == [(1, 17)]


def test_actor_matrix_counts_source_to_target_countries(client: TestClient) -> None:
    m = client.get("/api/actors/matrix").json()
    expected: dict[tuple[str, str], set[str]] = {}
    for e in all_events(client):
        for s in e["source"]:
            for t in e["target"]:
                if s["country"] and t["country"]:
                    expected.setdefault((s["country"], t["country"]), set()).add(e["id"])
    assert expected, "the test reports should have events with two coded countries"
    idx = {c: i for i, c in enumerate(m["countries"])}
    for (src, tgt), ids in expected.items():
        assert m["counts"][idx[src]][idx[tgt]] == len(ids)


def test_actors_are_listed_most_active_first(client: TestClient) -> None:
    items = client.get("/api/actors").json()["items"]
    assert items and [a["events"] for a in items] == sorted((a["events"] for a in items), reverse=True)
    named = client.get("/api/actors", params={"name": "m23"}).json()["items"]
    assert [a["name"] for a in named] == ["M23"]
    # Unnamed actors are found by their country code or the words the report used.
    coded = client.get("/api/actors", params={"name": "sdn"}).json()["items"]
    assert coded and {a["country"] for a in coded} == {"SDN"}
    assert all(a["text"] for a in coded)


def test_clusters_and_stats(client: TestClient) -> None:
    clusters = client.get("/api/clusters", params={"type": "ASSAULT"}).json()["items"]
    assert clusters and all(c["type"] == "ASSAULT" for c in clusters)
    stats = client.get("/api/stats").json()
    assert stats["reports"] == len(report_articles()) and stats["events"] == len(all_events(client))


def test_clusters_are_counted_like_events(client: TestClient) -> None:
    for params in ({}, {"type": "ASSAULT"}, {"country": "SDN"}, {"type": "AGREE"}):
        page = client.get("/api/clusters", params={**params, "limit": 2}).json()
        everything = client.get("/api/clusters", params={**params, "limit": 1000}).json()["items"]
        assert page["total"] == len(everything), params
        assert len(page["items"]) == min(2, len(everything))


def test_one_act_told_by_two_reports_is_one_cluster_listing_both(client: TestClient) -> None:
    strikes = all_events(client, type="ASSAULT", country="SDN", since="2023-06-04", until="2023-06-04")
    retold = next(e for e in strikes if e["article"] == RETOLD.id and e["fatalities"] == 17)
    cluster = client.get(f"/api/clusters/{retold['cluster']}").json()
    assert {m["article"] for m in cluster["events"]} == {"khartoum", RETOLD.id}
    assert cluster["reports"] == 2 and cluster["acled"] == retold["acled"] and retold["acled"]


def test_report_ids_with_slashes_are_found(client: TestClient) -> None:
    # A feed guid is a URL; the id is sent as one encoded path segment or with its slashes raw.
    encoded = client.get(f"/api/reports/{quote(RETOLD.id, safe='')}")
    raw = client.get(f"/api/reports/{RETOLD.id}")
    for r in (encoded, raw):
        assert r.status_code == 200, r.text
        assert r.json()["id"] == RETOLD.id and r.json()["events"]
    assert client.get("/api/reports/https://wire.example/nothing").status_code == 404


def test_actors_are_resolved_and_unresolved_phrases_listed_apart(client: TestClient) -> None:
    resolved = client.get("/api/actors", params={"limit": 1000}).json()["items"]
    assert resolved and all(a["name"] or a["org"] or a["country"] for a in resolved)
    labels = {(a["country"], a["sector"]): a["label"] for a in resolved if not a["name"]}
    assert labels[("GEO", "COP")] == "Georgia police" and labels[("SDN", "MIL")] == "Sudan armed forces"
    assert "M23" in {a["label"] for a in resolved}
    phrases = client.get("/api/actors/phrases", params={"limit": 1000}).json()["items"]
    stored = {
        a["text"]
        for e in all_events(client)
        for a in [*e["source"], *e["target"], e["claimed_by"]]
        if a and not (a["name"] or a["org"] or a["country"])
    }
    assert stored and {p["text"] for p in phrases} == stored
    assert not {p["text"] for p in phrases} & {a["text"] for a in resolved}
    # Both follow the event filters.
    protest = client.get("/api/actors", params={"type": "PROTEST"}).json()["items"]
    assert protest and {a["country"] for a in protest} == {"GEO"}


def test_every_sector_has_words_for_labels() -> None:
    from flashpoint.model import SECTORS
    from flashpoint.web.labels import sector_names

    names = sector_names()
    assert set(names) == set(SECTORS) and all(isinstance(v, str) and v for v in names.values())


def test_world_outlines_are_geojson_countries(client: TestClient) -> None:
    pytest.importorskip("countryinfo", reason="countryinfo (the web extra) is not installed")
    world = client.get("/api/world").json()
    ids = {f["id"] for f in world["features"]}
    assert len(ids) > 150 and {"ARM", "SDN", "UKR", "BRA"} <= ids
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in world["features"])


# -- extracting and storing -------------------------------------------------------------------


def test_extract_returns_events_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()["events"]
    r = client.post("/api/extract", json={"text": PASTED, "published": "2024-01-10"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["count"] == len(body["events"]) >= 1
    for e in body["events"]:
        assert PASTED[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]
    assert client.get("/api/stats").json()["events"] == before


def test_extract_says_why_a_text_gives_no_events(client: TestClient) -> None:
    french = (
        "Des rebelles ont attaqué lundi des positions de l'armée près de Goma, tuant au moins douze soldats, "
        "a indiqué un porte-parole de l'armée congolaise."
    )
    body = client.post("/api/extract", json={"text": french, "published": "2024-01-10"}).json()
    assert body["count"] == 0 and "not English" in body["skipped"] and "'fr'" in body["skipped"]
    dated = client.post("/api/extract", json={"text": PASTED, "published": "2024-01-10"}).json()
    assert dated["skipped"] is None and dated["warnings"] == []
    undated = client.post("/api/extract", json={"text": PASTED}).json()
    assert undated["count"] >= 1 and "relative dates" in undated["warnings"][0]
    assert all(e["date"] is None or e["date"]["text"] is not None for e in undated["events"])


def test_an_empty_text_gets_a_sentence_a_person_understands(client: TestClient) -> None:
    for text in ("", "  \n "):
        r = client.post("/api/extract", json={"text": text})
        assert r.status_code == 422
        assert r.json()["detail"] == "body field 'text': is empty: give the text of a news report"


def test_storing_a_report_needs_the_token(db_url: str) -> None:
    body = {
        "text": PASTED,
        "published": "2024-01-10",
        "url": "https://news.example/nabatieh",
        "title": "Nabatieh",
    }
    with TestClient(create_app(db_url, TOKEN)) as c:
        before = c.get("/api/events").json()["total"]
        assert c.post("/api/reports", json=body).status_code == 401
        assert c.post("/api/reports", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
        ok = c.post("/api/reports", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201, ok.text
        stored = c.get(f"/api/reports/{ok.json()['id']}").json()
        assert stored["title"] == "Nabatieh" and len(stored["events"]) == ok.json()["count"]
        # Cached aggregates notice the new events at once.
        assert c.get("/api/events").json()["total"] == before + ok.json()["count"]
        again = c.post("/api/reports", json=body, headers={"X-Flashpoint-Token": TOKEN})
        assert again.status_code == 200 and again.json()["status"] == "unchanged"
    with TestClient(create_app(db_url, None)) as c:
        r = c.post("/api/reports", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403 and "disabled" in r.json()["detail"]


# -- hostile and malformed input --------------------------------------------------------------

BAD_GETS = [
    "/api/events?limit=0", "/api/events?limit=100000", "/api/events?offset=-1", "/api/events?limit=abc",
    "/api/events?since=2023-13-01", "/api/events?until=yesterday", "/api/events?since=2023-02-30",
    "/api/events?bbox=1,2,3", "/api/events?bbox=a,b,c,d", "/api/events?bbox=10,0,5,1",
    "/api/events?bbox=nan,0,1,1",
    "/api/events?bbox=0,0,1,inf", "/api/events?type=BOMBING", "/api/events?status=rumoured",
    "/api/events?country=Ukrainia", "/api/events?country=U%27KR", "/api/events?country=Congo",
    "/api/events?text=" + "x" * 5000,
    "/api/points?cell=0", "/api/points?cell=1e9", "/api/points?limit=-5", "/api/actors/matrix?size=999",
    "/api/timeline?since=%00", "/api/clusters?offset=99999999999999999999", "/api/events?order=random",
]  # fmt: skip

BAD_POSTS: list[tuple[str, bytes, str]] = [
    ("not json", b"{text: 'x'", "application/json"),
    ("a list", b"[1, 2]", "application/json"),
    ("no text", b'{"published": "2023-01-01"}', "application/json"),
    ("empty text", b'{"text": ""}', "application/json"),
    ("blank text", b'{"text": "   \\n "}', "application/json"),
    ("text is a number", b'{"text": 42}', "application/json"),
    ("bad date", b'{"text": "Troops advanced.", "published": "2023-02-30"}', "application/json"),
    ("lone surrogate", b'{"text": "Troops \\ud800 advanced."}', "application/json"),
    ("NUL byte", b'{"text": "Troops \\u0000 advanced."}', "application/json"),
    ("form post", b"text=Troops+advanced", "application/x-www-form-urlencoded"),
    ("plain text", b'{"text": "Troops advanced."}', "text/plain"),
    ("invalid utf-8", b'{"text": "\xff\xfe"}', "application/json"),
]


@pytest.mark.parametrize("url", BAD_GETS)
def test_malformed_queries_get_a_clear_4xx(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code, r.text)
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


@pytest.mark.parametrize(("why", "body", "ctype"), BAD_POSTS, ids=[b[0] for b in BAD_POSTS])
@pytest.mark.parametrize("path", ["/api/extract", "/api/reports"])
def test_malformed_bodies_get_a_clear_4xx(
    client: TestClient, path: str, why: str, body: bytes, ctype: str
) -> None:
    headers = {"Content-Type": ctype, "Authorization": f"Bearer {TOKEN}"}
    r = client.post(path, content=body, headers=headers)
    assert 400 <= r.status_code < 500, (why, r.status_code, r.text)
    assert r.json()["detail"]


def test_oversized_bodies_are_refused_before_parsing(client: TestClient) -> None:
    huge = json.dumps({"text": "Troops advanced. " * 200_000})  # ~3.4 MB
    r = client.post("/api/extract", content=huge, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_hostile_text_is_stored_and_served_verbatim(client: TestClient) -> None:
    report = client.get("/api/reports/hostile").json()
    assert report["text"] == HOSTILE.text and report["url"] == HOSTILE.url
    assert client.get("/api/events", params={"text": "<script>"}).json()["total"] >= 1


# -- the page, docs and headers ---------------------------------------------------------------


def test_the_page_and_its_files_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'src="/static/app.js"' in page.text
    static = Path(__file__).parents[1] / "src" / "flashpoint" / "web" / "static"
    for f in sorted(static.iterdir()):
        text = client.get(f"/static/{f.name}").text
        # Nothing the page loads may come from elsewhere: no CDN, no remote font.
        assert "//cdn" not in text and "https://" not in text.replace("http://www.w3.org/2000/svg", ""), (
            f.name
        )


def test_docs_list_the_api_offline(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text and "cdn" not in docs.text
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/clusters", "/api/extract", "/api/reports", "/api/timeline"} <= set(paths)


def test_responses_carry_a_strict_content_policy(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert (
        "access-control-allow-origin"
        not in client.get("/api/events", headers={"Origin": "https://evil.example"}).headers
    )


def test_warming_fills_what_the_first_page_load_asks_for(db_url: str) -> None:
    app = create_app(db_url, TOKEN, warm=True)
    with TestClient(app) as c:
        deadline = time.monotonic() + 30
        while len(app.state.cache) < 3:
            assert time.monotonic() < deadline, "the cache was not warmed"
            time.sleep(0.05)
        # The page's own requests (status occurred,claimed; 1-degree points) are all cache hits.
        for path in ("/api/events", "/api/points?cell=1", "/api/timeline"):
            sep = "&" if "?" in path else "?"
            assert c.get(f"{path}{sep}status=occurred,claimed").status_code == 200
        assert len(app.state.cache) == 3


def test_allowed_hosts_stop_dns_rebinding(db_url: str) -> None:
    with TestClient(create_app(db_url, TOKEN, allowed_hosts=["127.0.0.1", "localhost"])) as c:
        assert c.get("/api/stats", headers={"Host": "127.0.0.1:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"Host": "attacker.example"}).status_code == 400
