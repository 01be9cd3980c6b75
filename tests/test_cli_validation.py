"""The query commands as an analyst types them (issue 16, `cli-validation`): an unknown filter value is an
error naming the valid ones, exactly as the API says it; countries by name or code; a western box; a
mistyped database is an error and no new file; one order everywhere; `--actor` by alias."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest_store import article, event
from flashpoint.cli import main
from flashpoint.model import EVENT_TYPES
from flashpoint.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DJIBO = dict(name="Djibo", country="BFA", admin1="Sahel", lat=14.1, lon=-1.63, precision="place")
KHARTOUM = dict(name="Khartoum", country="SDN", admin1="Khartoum", lat=15.6, lon=32.5, precision="place")
RSF = dict(text="the paramilitary forces", name="Rapid Support Forces", country="SDN", sector="REB")
SAF = dict(text="the army", name="Sudan", country="SDN", sector="MIL")
JNIM = dict(text="jihadists", name="JNIM", country=None, sector="REB")
BFA_MIL = dict(text="soldiers", name="Burkina Faso", country="BFA", sector="MIL")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Djibo (Burkina Faso, west of Greenwich) in May, Khartoum in April and once undated."""
    path = tmp_path_factory.mktemp("cli") / "events.db"
    a = article("djibo", "Jihadists attacked soldiers in Djibo on Sunday.", published="2023-05-15")
    b = article("khartoum", "The paramilitary forces shelled the army in Khartoum on Monday.", published="2023-04-18")
    c = article("undated", "The paramilitary forces and the army fought in Khartoum.", published="2023-06-01")
    with open_store(str(path)) as store:
        store.add_report(a, [event(a, day="2023-05-14", place=DJIBO, source=[JNIM], target=[BFA_MIL])])
        store.add_report(b, [event(b, day="2023-04-17", place=KHARTOUM, source=[RSF], target=[SAF])])
        store.add_report(c, [event(c, day=None, place=KHARTOUM, source=[RSF, SAF], target=[SAF, RSF])])
        store.dedup()
    return str(path)


def articles_of(capsys: pytest.CaptureFixture, argv: list[str]) -> list[str]:
    """Run `events ... --format jsonl`; the report id of each line, in order."""
    import json

    assert main([*argv, "--format", "jsonl"]) == 0, capsys.readouterr().err
    return [json.loads(line)["article"] for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(("flag", "value", "named"), [
    ("--type", "attack", "ASSAULT"), ("--status", "happened", "occurred"), ("--country", "Burkinaa", "BFA"),
    ("--country", "Congo", "COD"), ("--since", "last week", "YYYY-MM-DD"), ("--bbox", "1,2,3", "min_lon"),
])  # fmt: skip
def test_an_unknown_filter_value_exits_non_zero_naming_the_valid_ones(db: str, flag: str, value: str, named: str,
                                                                      capsys: pytest.CaptureFixture) -> None:
    assert main(["events", "--db", db, flag, value]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and named in captured.err, captured.err


def test_the_command_line_and_the_api_refuse_a_value_with_the_same_words(db: str, capsys: pytest.CaptureFixture
                                                                         ) -> None:  # fmt: skip
    from fastapi.testclient import TestClient

    from flashpoint.web.app import create_app

    assert main(["events", "--db", db, "--type", "attack"]) == 2
    said = capsys.readouterr().err.strip()
    with TestClient(create_app(f"sqlite:///{db}", None)) as client:
        answer = client.get("/api/events", params={"type": "attack"})
    assert answer.status_code == 400 and said == f"flashpoint: {answer.json()['detail']}"
    assert all(t in said for t in EVENT_TYPES)


@pytest.mark.parametrize("value", ["BFA", "BF", "bf", "Burkina Faso", "Burkina", "burkina faso"])
def test_a_country_is_a_code_an_iso2_code_or_a_name(db: str, value: str, capsys: pytest.CaptureFixture) -> None:
    assert articles_of(capsys, ["events", "--db", db, "--country", value]) == ["djibo"]


def test_a_box_reaching_west_of_greenwich_needs_no_equals_sign(db: str, capsys: pytest.CaptureFixture) -> None:
    assert articles_of(capsys, ["events", "--db", db, "--bbox", "-6,10,4,16"]) == ["djibo"]


def test_an_actor_is_found_by_an_alias_the_knowledge_base_gives_it(db: str, capsys: pytest.CaptureFixture) -> None:
    assert articles_of(capsys, ["events", "--db", db, "--actor", "RSF"]) == ["khartoum", "undated"]
    assert articles_of(capsys, ["events", "--db", db, "--actor", "rsf"]) == ["khartoum", "undated"]


def test_newest_first_undated_last_and_the_other_way_round(db: str, capsys: pytest.CaptureFixture) -> None:
    assert articles_of(capsys, ["events", "--db", db]) == ["djibo", "khartoum", "undated"]
    assert articles_of(capsys, ["events", "--db", db, "--order", "oldest"]) == ["khartoum", "djibo", "undated"]
    with open_store(db) as store:  # the library and the API list in the same order
        assert [e["article"] for e in store.events()] == ["djibo", "khartoum", "undated"]


@pytest.mark.parametrize("argv", [["events"], ["stats"], ["export", "--format", "csv", "-o", "-"], ["dedup"],
                                  ["brief", "--format", "md"], ["actors", "list"]])
def test_reading_a_database_that_does_not_exist_is_an_error_and_creates_nothing(tmp_path: Path,
                                                                                argv: list[str]) -> None:
    missing = tmp_path / "mistyped.db"
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", *argv, "--db", str(missing)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode != 0
    assert f"no database at {missing}" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_with_a_dash_writes_csv_to_standard_output(db: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", "export", "--format", "csv", "-o", "-", "--db", db],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.startswith("id,cluster,article,type") and len(rows) == 3
    assert list(tmp_path.iterdir()) == []


def test_users_extras_and_the_dev_extra_are_apart() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    tools = ("pytest", "hypothesis", "ruff", "mypy", "playwright", "atheris", "pip-audit")
    user_extras = " ".join(" ".join(deps) for name, deps in extras.items() if name != "dev")
    assert not [t for t in tools if t in user_extras]
    assert all(any(dep.startswith(t) for dep in extras["dev"]) for t in tools)
    assert "'.[all,dev]'" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
