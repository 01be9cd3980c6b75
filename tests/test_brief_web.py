"""GET /brief through the real app (FastAPI test client) on a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from flashpoint.store import open_store  # noqa: E402
from flashpoint.web.app import create_app  # noqa: E402
from test_brief import fill  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('brief-web') / 'events.db'}"
    with open_store(url) as store:
        fill(store)
    with TestClient(create_app(url, "token")) as c:
        yield c


def test_the_brief_page_is_html_under_its_own_policy_without_scripts(client: TestClient) -> None:
    r = client.get("/brief", params={"country": "ARM,AZE", "since": "2022-09-12", "until": "2022-09-14"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.count("<svg") == 3 and "ARM, AZE · 2022-09-12 to 2022-09-14" in r.text
    policy = r.headers.get_list("content-security-policy")
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                      "form-action 'none'; frame-ancestors 'none'"]  # fmt: skip
    assert r.headers["x-content-type-options"] == "nosniff"  # the other guards still apply


def test_the_brief_as_markdown(client: TestClient) -> None:
    r = client.get("/brief", params={"format": "md", "since": "2022-09-12", "until": "2022-09-14"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert r.text.startswith("# Situation brief: 2022-09-12 to 2022-09-14")
    assert "## What is coming" in r.text and "Samarkand (UZB)" in r.text


def test_the_dashboard_keeps_its_own_policy(client: TestClient) -> None:
    policy = client.get("/").headers.get_list("content-security-policy")
    assert len(policy) == 1 and "script-src 'self'" in policy[0]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "2022-13"}, "since '2022-13' is not a date"),
        ({"country": "Armenja"}, "country 'Armenja' is not one flashpoint knows"),
        ({"type": "ASSAULT"}, "a brief selects by country, actor, since and until only"),
        ({"format": "pdf"}, "query parameter 'format'"),
    ],
)
def test_bad_parameters_get_a_reason(client: TestClient, params: dict, message: str) -> None:
    r = client.get("/brief", params=params)
    assert r.status_code in (400, 422) and message in r.json()["detail"]


def test_the_dashboard_links_to_the_brief(client: TestClient) -> None:
    assert '<a href="/brief" id="brief-link">Brief</a>' in client.get("/").text
