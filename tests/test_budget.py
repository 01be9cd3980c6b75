"""The cost of one report is bounded by the bare spaCy parse of it (issue 17, items 1 and 2).

`flashpoint extract` of an input may take at most twice the CPU time and twice the memory that the
stock spaCy model needs to parse the same input (beyond each command's start-up, plus a small
allowance for noise), and never 2 GB. Each side runs in its own process; see
flashpoint.scale.budget for how it is measured. `python benchmarks/hostile.py` prints the same
verdicts as a table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.scale.budget import CEILING_MB, check_budget, long_report, write_input

pytestmark = pytest.mark.slow


def test_ordinary_prose_is_within_budget(tmp_path: Path) -> None:
    """The yardstick itself: a long but ordinary report passes, so a failure below is about the input."""
    path = tmp_path / "prose.txt"
    path.write_text(long_report(30_000), encoding="utf-8")
    verdict = check_budget(path)
    assert verdict.within, verdict.summary()


def test_one_80_kb_token_full_of_separators_is_within_budget(tmp_path: Path) -> None:
    """A URL-like token of 80,000 characters: the actor name scanner once copied it for every piece (3 GB)."""
    verdict = check_budget(write_input("long-token-80k", tmp_path))
    assert verdict.extract.peak_mb < CEILING_MB, verdict.summary()
    assert verdict.within, verdict.summary()


def test_forty_thousand_short_lines_are_within_budget(tmp_path: Path) -> None:
    """One word per line, 400 KB: the line-break sentence rule once re-scanned the doc per line (112 s, 2 GB)."""
    verdict = check_budget(write_input("short-lines-40k", tmp_path))
    assert verdict.extract.peak_mb < CEILING_MB, verdict.summary()
    assert verdict.within, verdict.summary()


def test_a_200k_character_report_is_within_budget(tmp_path: Path) -> None:
    """News prose of 200,000 characters: each trigger once scanned every time expression and place (38 s)."""
    verdict = check_budget(write_input("report-200k", tmp_path))
    assert verdict.extract.peak_mb < CEILING_MB, verdict.summary()
    assert verdict.within, verdict.summary()
