"""The command line as a user meets it: real processes, real files, the bundled examples."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flashpoint.cli", *args],
        capture_output=True, text=True, input=stdin, cwd=ROOT, timeout=300,
    )


def events_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_version_and_help_explain_the_contract() -> None:
    assert run("--version").stdout.startswith("flashpoint ")
    help_text = run("extract", "--help").stdout
    for field in ("claimed_by", "evidence", "status", "PLOVER", "--published"):
        assert field in help_text


def test_the_help_names_every_field_extract_writes() -> None:
    """The contract in `extract --help` lists each field of the JSON Lines output, and the keys of `acled` and
    `location`, as they are written."""
    from flashpoint.cli import CONTRACT

    result = run("extract", "examples/", "--published", "2024-03-14", "--workers", "1")
    events = events_of(result.stdout)
    assert events, result.stderr
    written = {key for ev in events for key in ev} - {"notes"}
    nested = {key for ev in events for part in ("acled", "location") for key in (ev[part] or {})}
    named = set(re.findall(r"[a-z_0-9]+", CONTRACT))
    for key in written | nested:
        assert key in named, f"{key!r} is written but `extract --help` does not name it"


def test_extract_a_text_report_as_json_lines() -> None:
    result = run("extract", "examples/report.txt", "--published", "2024-03-14", "--workers", "1")
    assert result.returncode == 0, result.stderr
    events = events_of(result.stdout)
    assert events
    text = (EXAMPLES / "report.txt").read_text(encoding="utf-8")
    for ev in events:
        assert ev["article"] == "report"
        assert text[ev["evidence"]["start"] : ev["evidence"]["end"]] == ev["evidence"]["text"]
    assert any(ev["type"] == "ASSAULT" and ev["date"] and ev["date"]["start"] == "2024-03-12" for ev in events)


def test_without_a_date_the_command_says_so_once_and_guesses_nothing() -> None:
    result = run("extract", "examples/report.txt", "--workers", "1")
    assert result.returncode == 0
    assert result.stderr.count("no publication date") == 1
    for ev in events_of(result.stdout):
        assert ev["date"] is None or ev["date"]["text"] is not None


def test_many_reports_from_jsonl_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run("extract", "examples/reports.jsonl", "-o", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    events = events_of(out.read_text(encoding="utf-8"))
    ids = [json.loads(line)["id"] for line in (EXAMPLES / "reports.jsonl").read_text().splitlines() if line.strip()]
    assert {ev["article"] for ev in events} <= set(ids)
    assert len({ev["article"] for ev in events}) >= 3


def test_html_page_and_folder() -> None:
    page = run("extract", "examples/page.html", "--workers", "1")
    assert page.returncode == 0, page.stderr
    assert events_of(page.stdout)
    folder = run("extract", "examples/", "--workers", "1")
    assert folder.returncode == 0, folder.stderr
    assert len({ev["article"] for ev in events_of(folder.stdout)}) >= 5


def test_table_for_a_person() -> None:
    result = run("extract", "examples/report.txt", "--published", "2024-03-14", "--format", "table", "--workers", "1")
    assert result.returncode == 0
    header = result.stdout.splitlines()[0]
    assert header.split()[:4] == ["DATE", "TYPE", "STATUS", "SOURCE"]


def test_bad_input_is_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Police arrested 12 protesters in Lagos on Monday.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run("extract", str(good), str(empty), str(tmp_path / "missing.txt"), "--published", "2024-03-14")
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "missing.txt" in result.stderr
    assert any(ev["article"] == "good" for ev in events_of(result.stdout))


def test_stdin_report() -> None:
    result = run("extract", "-", "--published", "2024-03-14", stdin="Rebels attacked an army post in Mali on Tuesday.")
    assert result.returncode == 0, result.stderr
    assert any(ev["type"] == "ASSAULT" for ev in events_of(result.stdout))


def test_times_and_places_commands() -> None:
    times = run("times", "examples/report.txt", "--published", "2024-03-14")
    assert times.returncode == 0, times.stderr
    records = events_of(times.stdout)
    assert {"article", "text", "start", "end", "type", "value", "anchor"} <= set(records[0])
    places = run("places", "examples/report.txt")
    assert places.returncode == 0, places.stderr
    assert any(p["country"] in {"TJK", "KGZ"} for p in events_of(places.stdout))


@pytest.mark.slow
def test_evaluate_prints_scores() -> None:
    result = run("evaluate", "tests/data/gold")
    assert result.returncode == 0, result.stderr
    assert "events (strict)" in result.stdout
