"""`flashpoint ingest` end to end: real reader, real extractor, real database."""

from __future__ import annotations

import argparse

import pytest

from flashpoint.store import open_store
from flashpoint.store.commands import add_commands

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends


def _pipeline_ready() -> str | None:
    try:
        from flashpoint.events import extract_article  # noqa: F401
        from flashpoint.ingest import read_inputs  # noqa: F401
    except ImportError as exc:
        return f"the reader or the extractor is not importable yet: {exc}"
    return None


pytestmark = pytest.mark.skipif(_pipeline_ready() is not None, reason=str(_pipeline_ready()))

REPORT = (
    "Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday, killing two soldiers, "
    "Armenia's defence ministry said.\n"
)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="flashpoint")
    add_commands(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


def test_ingest_stores_each_report_once_and_says_which_failed(db_url: str, tmp_path, capsys) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "jermuk.txt").write_text(REPORT, encoding="utf-8")
    assert run(["ingest", str(reports), "--published", "2022-09-14", "--db", db_url]) == 0
    with open_store(db_url) as store:
        first = store.stats()
    assert first["reports"] == 1 and first["unclustered"] == 0
    assert run(["ingest", str(reports), "--published", "2022-09-14", "--db", db_url]) == 0
    assert "1 unchanged" in capsys.readouterr().err
    (reports / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    assert run(["ingest", str(reports), "--published", "2022-09-14", "--db", db_url]) == 1
    assert "broken.jsonl" in capsys.readouterr().err
    with open_store(db_url) as store:
        assert store.stats()["events"] == first["events"]
