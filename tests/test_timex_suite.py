"""The hand-made time-expression suite (tests/data/timex/*.yaml), scored like TempEval."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.evaluate.timex import load_cases, score

DATA = Path(__file__).parent / "data" / "timex"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@pytest.fixture(scope="module")
def cases():
    return load_cases(DATA)


def test_suite_is_large_and_well_formed(cases):
    gold = [g for c in cases for g in c.gold]
    assert len(gold) >= 300
    assert {g.type for g in gold} == TYPES
    assert len({str(c.published) for c in cases}) >= 8, "vary the publication dates"
    for case in cases:
        for g in case.gold:
            assert case.sentence[g.start : g.end] == g.text


def test_suite_scores(cases):
    figures = score(cases)
    errors = figures.pop("errors")
    print("\ntimex suite:", figures)
    for err in errors:
        print("  ", err)
    assert figures["value_accuracy"] >= 0.9
    assert figures["strict"]["f1"] >= 0.85
    assert figures["relaxed"]["f1"] >= 0.9


def test_score_counts_misses_and_spurious_matches():
    cases = load_cases(DATA / "months_dates.yaml")[:3]
    perfect = score(cases)
    assert perfect["gold"] == 4
    # Drop one expected expression: the finder's hit becomes spurious, precision falls.
    cases[1].gold.pop()
    worse = score(cases)
    assert worse["relaxed"]["precision"] < perfect["relaxed"]["precision"]
    assert any("spurious" in e for e in worse["errors"])


def test_load_cases_rejects_text_not_in_sentence(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('- published: 2022-09-15\n  sentence: "Talks ended."\n  expect: [["Monday", DATE, "x"]]\n')
    with pytest.raises(ValueError, match="not in the sentence"):
        load_cases(bad)
