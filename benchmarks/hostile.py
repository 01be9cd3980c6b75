"""The `robustness-hostile` bar of issue 17, measured: hostile inputs, a hostile folder, a flood.

    python benchmarks/hostile.py                 # all three parts; JSON to benchmarks/results/hostile.json
    python benchmarks/hostile.py inputs          # one 80 KB token, 40,000 short lines, a 200k-character
                                                 # report: each against its budget (flashpoint.scale.budget)
    python benchmarks/hostile.py folder          # 200 good reports and one 5,000-digit number, ingested
    python benchmarks/hostile.py flood [N]       # N half-open requests (default 21,000) against `serve`
                                                 # limited to 1,024 file descriptors

Every figure in docs/robustness.md's "Measured runs" comes from here.
"""

from __future__ import annotations

import json
import os
import resource
import select
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from flashpoint.scale.budget import HOSTILE, check_budget, write_input
from flashpoint.scale.corpus import build_corpus

RESULTS = Path(__file__).parent / "results" / "hostile.json"
CLI = [sys.executable, "-m", "flashpoint.cli"]


def inputs() -> dict[str, Any]:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in HOSTILE:
            verdict = check_budget(write_input(name, Path(tmp)), name)
            print(verdict.summary(), flush=True)
            out[name] = verdict.to_dict()
    return out


def folder(good: int = 200, bad_at: int = 113) -> dict[str, Any]:
    """The issue's case: before, the bad line stopped the run with 112 of 200 reports stored."""
    with tempfile.TemporaryDirectory() as tmp:
        reports = Path(tmp) / "reports"
        reports.mkdir()
        lines = [json.dumps({"id": a.id, "text": a.text, "published": str(a.published), "url": f"https://x.example/{i}"})
                 for i, a in enumerate(build_corpus(good, seed=17))]  # fmt: skip
        lines.insert(bad_at - 1, '{"id": "bad", "text": "Troops advanced.", "published": ' + "9" * 5000 + "}")
        (reports / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        db = Path(tmp) / "events.db"
        start = time.monotonic()
        proc = subprocess.run([*CLI, "ingest", str(reports), "--db", str(db)], capture_output=True, text=True)
        seconds = time.monotonic() - start
        stats = json.loads(subprocess.run([*CLI, "stats", "--db", str(db), "--format", "json"], capture_output=True,
                                          text=True, check=True).stdout)  # fmt: skip
    failed = [line.strip() for line in proc.stderr.splitlines() if line.startswith("  failed: ")]
    result = {"good": good, "stored": stats["reports"], "unclustered": stats["unclustered"], "failed": failed,
              "exit": proc.returncode, "seconds": round(seconds, 1)}  # fmt: skip
    print(f"folder: {result['stored']} of {good} good reports stored, {stats['unclustered']} events unclustered, "
          f"exit {proc.returncode}, {seconds:.0f} s; named: {failed}")  # fmt: skip
    return result


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))  # the usual default


def flood(n: int = 21_000) -> dict[str, Any]:
    """`n` connections that send half a request each, then one legitimate request."""
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([*CLI, "serve", "--db", str(Path(tmp) / "e.db"), "--port", str(port)],
                                  stderr=subprocess.DEVNULL, preexec_fn=_limit)  # fmt: skip
        try:
            _wait_for(port)
            result = _flood(server.pid, port, n)
        finally:
            server.terminate()
            server.wait(30)
    print(f"flood: {n:,} half-open requests in {result['seconds']:.0f} s; server peak {result['peak_fds']} of 1,024 "
          f"file descriptors; a legitimate request then: {result['legit']} in {result['legit_seconds']:.2f} s; "
          f"{result['fds_after']} descriptors once the timeouts passed")  # fmt: skip
    return result


def _flood(pid: int, port: int, n: int) -> dict[str, Any]:
    held: list[socket.socket] = []
    peak, start = 0, time.monotonic()
    for i in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        held.append(s)
        if i % 100 == 99:
            peak = max(peak, len(os.listdir(f"/proc/{pid}/fd")))
            poll = select.poll()
            for sock in held:
                poll.register(sock, select.POLLIN)
            closed = {fd for fd, _ in poll.poll(0)}
            for sock in [s for s in held if s.fileno() in closed]:
                sock.close()
            held = [s for s in held if s.fileno() != -1]
    seconds = time.monotonic() - start
    t0 = time.monotonic()
    try:
        legit: Any = _get(port).split(b"\r\n")[0].decode()
    except OSError as exc:
        legit = f"failed ({type(exc).__name__})"
    legit_seconds = time.monotonic() - t0
    time.sleep(12)
    for s in held:
        s.close()
    return {"n": n, "seconds": round(seconds, 1), "peak_fds": peak, "legit": legit,
            "legit_seconds": round(legit_seconds, 2), "fds_after": len(os.listdir(f"/proc/{pid}/fd"))}  # fmt: skip


def _get(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=15) as s:
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return s.recv(4096)


def _wait_for(port: int) -> None:
    for _ in range(300):
        try:
            _get(port)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("serve did not start")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main(argv: list[str]) -> int:
    parts = argv[:1] or ["inputs", "folder", "flood"]
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if "inputs" in parts:
        results["inputs"] = inputs()
    if "folder" in parts:
        results["folder"] = folder()
    if "flood" in parts:
        results["flood"] = flood(int(argv[1]) if len(argv) > 1 else 21_000)
    results["load_average"] = list(os.getloadavg())
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
