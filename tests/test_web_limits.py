"""What one client can take from the server (issue 17, items 2 and 7).

Half-open connections cannot exhaust file descriptors (request timeouts and a connection limit in
flashpoint.web.server), `--host ::1` answers, and `POST /api/extract` has a concurrency cap and a
per-client rate limit (flashpoint.web.guard.ExtractLimiter).
"""

from __future__ import annotations

import os
import resource
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="the web extra (uvicorn) is not installed")

import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from flashpoint.scale.budget import long_report  # noqa: E402
from flashpoint.web.app import create_app  # noqa: E402
from flashpoint.web.commands import allowed_hosts  # noqa: E402
from flashpoint.web.limits import ExtractLimits  # noqa: E402

REPORT = "Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday, killing two soldiers, officials said."
FD_LIMIT = 256


def _free_port(family: int = socket.AF_INET, host: str = "127.0.0.1") -> int:
    with socket.socket(family) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _limit_descriptors() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))


def serve(db: Path, host: str, port: int, *extra: str) -> subprocess.Popen[bytes]:
    """`flashpoint serve` in a child process with few file descriptors, once it answers."""
    cmd = [sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(db), "--host", host, "--port", str(port),
           *extra]  # fmt: skip
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, preexec_fn=_limit_descriptors)
    shown = f"[{host}]" if ":" in host else host
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://{shown}:{port}/api/stats", timeout=5)
            return proc
        except httpx.TransportError:
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)


@pytest.fixture
def stop() -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=20)


def test_loopback_servers_accept_the_host_header_of_each_loopback_name() -> None:
    assert set(allowed_hosts("::1")) >= {"[::1]", "::1", "127.0.0.1", "localhost"}
    assert allowed_hosts("0.0.0.0") is None  # bound beyond this machine: the warning says so instead


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 on this machine")
def test_a_server_on_ipv6_loopback_answers_requests(tmp_path: Path, stop: list[subprocess.Popen[bytes]]) -> None:
    try:
        port = _free_port(socket.AF_INET6, "::1")
    except OSError as exc:
        pytest.skip(f"cannot bind ::1 here: {exc}")
    stop.append(serve(tmp_path / "e.db", "::1", port))
    r = httpx.get(f"http://[::1]:{port}/api/stats", timeout=10)
    assert r.status_code == 200 and r.json()["reports"] == 0  # was 400 "Invalid host header"
    assert httpx.get(f"http://[::1]:{port}/api/stats", headers={"Host": "evil.example"}).status_code == 400


def _half_open(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line that ends it
    return s


def _descriptors(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


@pytest.mark.slow
def test_a_flood_of_half_open_requests_cannot_take_the_servers_file_descriptors(
    tmp_path: Path, stop: list[subprocess.Popen[bytes]]
) -> None:
    port = _free_port()
    proc = serve(tmp_path / "e.db", "127.0.0.1", port, "--max-connections", "50", "--header-timeout", "3")
    stop.append(proc)
    peak, held = 0, []
    for i in range(4 * FD_LIMIT):  # four times what the server may open: without limits it would run out
        held.append(_half_open(port))
        if i % 64 == 63:  # the attacker keeps what is still open (it has descriptors of its own to mind)
            peak = max(peak, _descriptors(proc.pid))
            closed = set(select.select(held, [], [], 0)[0])
            for s in closed:
                s.close()
            held = [s for s in held if s not in closed]
    assert peak < FD_LIMIT
    ok = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=10)
    assert ok.status_code == 200  # a legitimate request still gets in
    # Every connection still waiting for its headers is closed with 408 once its time is up.
    time.sleep(3.5)
    answers = set()
    for s in held:
        s.settimeout(5)
        answers.add(s.recv(64).split(b"\r\n")[0])
        s.close()
    assert answers <= {b"HTTP/1.1 408 Request Timeout", b""}
    assert _descriptors(proc.pid) < 30


def test_a_body_that_never_arrives_times_out(tmp_path: Path, stop: list[subprocess.Popen[bytes]]) -> None:
    port = _free_port()
    stop.append(serve(tmp_path / "e.db", "127.0.0.1", port, "--body-timeout", "1", "--header-timeout", "1"))
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n{\"text\": \"Troops")  # fmt: skip
        started = time.monotonic()
        assert s.recv(64).startswith(b"HTTP/1.1 408 Request Timeout")
        assert time.monotonic() - started < 10


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'events.db'}"


def test_each_client_may_start_a_burst_of_extractions_then_waits(db_url: str) -> None:
    limits = ExtractLimits(per_minute=6, burst=2)
    app = create_app(db_url, None, extract_limits=limits)
    with TestClient(app, client=("10.0.0.1", 5000)) as greedy, TestClient(app, client=("10.0.0.2", 5000)) as other:
        assert greedy.post("/api/extract", json={"text": "   "}).status_code == 422  # refused: costs no token
        for _ in range(2):
            assert greedy.post("/api/extract", json={"text": REPORT}).status_code == 200
        refused = greedy.post("/api/extract", json={"text": REPORT})
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["retry-after"]) <= 10  # a token every 10 s
        assert "at most 6 a minute" in refused.json()["detail"]
        assert other.post("/api/extract", json={"text": REPORT}).status_code == 200  # budgets are per client


@pytest.mark.slow
def test_extractions_beyond_the_concurrency_cap_are_refused_while_others_run(db_url: str) -> None:
    app = create_app(db_url, None, extract_limits=ExtractLimits(concurrent=1, queue=0))
    long_text = long_report(60_000)  # seconds of parsing
    results: list[int] = []
    with TestClient(app) as client:
        first = threading.Thread(target=lambda: results.append(
            client.post("/api/extract", json={"text": long_text}).status_code))  # fmt: skip
        first.start()
        time.sleep(0.5)
        busy = client.post("/api/extract", json={"text": REPORT})
        first.join()
    assert busy.status_code == 503 and "retry-after" in busy.headers
    assert "extractions are running" in busy.json()["detail"]
    assert results == [200]
