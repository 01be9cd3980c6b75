"""`flashpoint serve` as a user runs it, and the world outlines the map draws."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="the web extra (uvicorn) is not installed")

import httpx  # noqa: E402

from flashpoint.cli import build_parser  # noqa: E402
from flashpoint.web.commands import server_token  # noqa: E402
from flashpoint.web.world import simplify_geometry, simplify_ring  # noqa: E402


def test_serve_binds_localhost_port_8000_by_default() -> None:
    args = build_parser().parse_args(["serve", "--db", "events.db"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "events.db")


def test_the_token_comes_from_the_environment_or_is_generated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHPOINT_TOKEN", "from-env")
    assert server_token() == ("from-env", False)
    monkeypatch.delenv("FLASHPOINT_TOKEN")
    first, generated = server_token()
    assert generated and len(first) >= 24 and first != server_token()[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_prints_its_token_and_answers(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_TOKEN"}
    cmd = [
        sys.executable,
        "-m",
        "flashpoint.cli",
        "serve",
        "--db",
        str(tmp_path / "e.db"),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = [proc.stderr.readline() for _ in range(2)] if proc.stderr else []
        assert f"http://127.0.0.1:{port}/" in lines[0]
        token = lines[1].rsplit(" ", 1)[1].strip()
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats")
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["events"] == 0
        denied = httpx.post(
            f"http://127.0.0.1:{port}/api/reports", json={"text": "x"}, headers={"Authorization": "Bearer no"}
        )
        assert denied.status_code == 403
        ok = httpx.post(f"http://127.0.0.1:{port}/api/reports", json={"text": "Nothing happened today."},
                        headers={"Authorization": f"Bearer {token}"}, timeout=120)  # fmt: skip
        assert ok.status_code == 201, ok.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_rings_are_rounded_deduplicated_and_closed() -> None:
    ring = [[44.501, 40.201], [44.52, 40.19], [45.0, 40.2], [45.0, 41.0], [44.5, 40.2]]
    assert simplify_ring(ring) == [[44.5, 40.2], [45.0, 40.2], [45.0, 41.0], [44.5, 40.2]]


def test_specks_too_small_to_draw_are_dropped() -> None:
    speck = [[10.01, 10.01], [10.02, 10.02], [10.03, 10.01], [10.01, 10.01]]
    assert simplify_ring(speck) is None
    polygon = {"type": "Polygon", "coordinates": [speck]}
    assert simplify_geometry(polygon) == []
    multi = {"type": "MultiPolygon", "coordinates": [[speck], [[[0, 0], [1, 0], [1, 1], [0, 0]]]]}
    assert simplify_geometry(multi) == [[[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]]
    assert simplify_geometry({"type": "Point", "coordinates": [1, 2]}) == []


WARMING = """
import sys
from fastapi.testclient import TestClient
from flashpoint.nlp.pipeline import MODEL_NAME
from flashpoint.web.app import create_app

for warm in (False, True):
    app = create_app(sys.argv[1], None, warm=warm)
    with TestClient(app):
        if warm:
            assert app.state.model_ready.wait(300), "the warm-up did not finish"
        print(warm, MODEL_NAME in sys.modules)
"""


def test_serve_loads_the_model_at_start_not_on_the_first_extraction(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", WARMING, str(tmp_path / "e.db")], capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    # Without the warm-up (tests, library use) nothing loads the model until asked; `serve` warms it.
    assert done.stdout.split() == ["False", "False", "True", "True"]
