"""`flashpoint actors ...` and the actor memory of `flashpoint ingest`, as a user runs them (temp SQLite)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEACHER = ("Kenya's Defence Minister Soipan Tuya visited troops in Garissa on Monday. "
           "Tuya said the army would stay until the border was secure.")  # fmt: skip
LATER = "Tuya met the governor of Mandera in Garissa on Thursday."


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("FLASHPOINT_DB", "FLASHPOINT_ACTORS")}
    return subprocess.run([sys.executable, "-m", "flashpoint.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={**environ, **(env or {})})  # fmt: skip


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store that has read the teaching report, then the one that names him bare."""
    root = tmp_path_factory.mktemp("actors_cli")
    (root / "teacher.txt").write_text(TEACHER, encoding="utf-8")
    (root / "later.txt").write_text(LATER, encoding="utf-8")
    for name, day in (("teacher.txt", "2024-05-06"), ("later.txt", "2024-05-09")):
        done = run("ingest", name, "--published", day, "--db", "events.db", cwd=root)
        assert done.returncode == 0, done.stderr
    return root


def test_ingest_remembers_and_codes_the_later_report(ingested: Path) -> None:
    done = run("events", "--db", "events.db", "--format", "jsonl", "--type", "CONSULT", cwd=ingested)
    later = [e for e in map(json.loads, done.stdout.splitlines()) if e["evidence"]["text"].startswith("Tuya met")]
    assert [(a["name"], a["country"]) for a in later[0]["source"]] == [("Soipan Tuya", "KEN")]


def test_list_learned_shows_the_name_its_coding_and_reports(ingested: Path) -> None:
    done = run("actors", "list", "--learned", "--format", "jsonl", "--db", "events.db", cwd=ingested)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["name"], r["country"], r["sector"], r["status"], r["from"]) for r in rows] == [
        ("Soipan Tuya", "KEN", "GOV", "ok", "2024-05-06")]  # fmt: skip


def test_show_gives_the_evidence_behind_a_learned_name(ingested: Path) -> None:
    done = run("actors", "show", "Tuya", "--date", "2024-06-01", "--db", "events.db", cwd=ingested)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Tuya on 2024-06-01: KEN GOV")
    assert '"Kenya\'s Defence Minister Soipan Tuya"' in done.stdout


def test_edit_then_export_then_read_the_file_back_without_the_store(ingested: Path) -> None:
    bad = run("actors", "edit", "Soipan Tuya", "--country", "Kenya", "--sector", "MIL", "--db", "events.db",
              cwd=ingested)  # fmt: skip
    assert bad.returncode == 2 and "unknown country code" in bad.stderr
    done = run("actors", "edit", "Soipan Tuya", "--country", "KEN", "--sector", "MIL", "--note", "checked",
               "--db", "events.db", cwd=ingested)  # fmt: skip
    assert done.returncode == 0 and "KEN MIL" in done.stderr
    assert run("actors", "export", "--db", "events.db", "-o", "mine.csv", cwd=ingested).returncode == 0
    shown = run("actors", "show", "Tuya", "--date", "2024-06-01", "--format", "json", "--actors", "mine.csv",
                cwd=ingested)  # fmt: skip
    record = json.loads(shown.stdout)
    assert (record["resolves_to"]["country"], record["resolves_to"]["sector"]) == ("KEN", "MIL")
    assert record["knowledge_base"][0]["source"] == "user"


def test_extract_reads_user_files_from_the_environment(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text("actors:\n- {name: Soipan Tuya, aliases: Tuya, country: KEN, sector: GOV}\n",
                                        encoding="utf-8")  # fmt: skip
    (tmp_path / "later.txt").write_text(LATER, encoding="utf-8")
    plain = run("extract", "later.txt", "--published", "2024-05-09", cwd=tmp_path)
    mine = run("extract", "later.txt", "--published", "2024-05-09", cwd=tmp_path,
               env={"FLASHPOINT_ACTORS": str(tmp_path / "mine.yaml")})  # fmt: skip
    sources = [[a["country"] for e in map(json.loads, out.stdout.splitlines()) for a in e["source"]]
               for out in (plain, mine)]  # fmt: skip
    assert sources == [[], ["KEN"]]


def test_list_without_a_database_shows_the_shipped_data_and_creates_no_file(tmp_path: Path) -> None:
    done = run("actors", "list", "--shipped", "--country", "TUR", "--format", "csv", cwd=tmp_path)
    header, *rows = done.stdout.splitlines()
    assert header.startswith("source,kind,name,country")
    assert any(r.startswith("shipped,person,Hulusi Akar,TUR,GOV") for r in rows)
    assert all(",TUR," in r for r in rows)
    assert not (tmp_path / "flashpoint.db").exists()
    missing = run("actors", "show", "Zorigt Batbayar", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stdout.startswith("Zorigt Batbayar on ") and missing.stdout.rstrip().endswith(": unknown")
