"""The benchmark harness runs end to end on a tiny corpus and reports every measure (speed is not tested)."""

from __future__ import annotations

import json
from pathlib import Path

from flashpoint.cli import build_parser
from flashpoint.scale.bench import GOALS, main


def test_flashpoint_bench_is_a_command() -> None:
    args = build_parser().parse_args(["bench", "--reports", "10", "--no-dask"])
    assert args.reports == 10 and args.no_dask and callable(args.func)


def test_a_tiny_run_writes_json_and_a_table_with_every_measure(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "latest.json"
    assert main(["--reports", "4", "--workers", "1", "--batch-size", "2", "--repeats", "1", "--no-dask",
                 "--out", str(out)]) == 0  # fmt: skip
    results = json.loads(out.read_text())
    assert results["machine"]["cores"] >= 1 and results["words"] > 0
    assert [run["workers"] for run in results["scaling"]] == [1]
    assert results["scaling"][0]["events"] > 0  # the corpus reads like news: events come out
    summary = results["summary"]
    assert 0 < summary["own_share"] < 1 and summary["extract_vs_spacy"] > 0
    table = capsys.readouterr().out
    for row in ("bare spaCy", "extract, 1 worker", "into SQLite", "flashpoint ingest", *(g.replace("_", " ")
                for g in GOALS if not g.startswith("speedup"))):  # fmt: skip
        assert row in table, row
