"""Deduplication quality on the labelled set in tests/data/dedup, and the scorer itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.evaluate.dedup import evaluate, load_cases, score
from flashpoint.store.dedup import actors_match, same_act

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends

CASES = Path(__file__).parent / "data" / "dedup" / "cases.yaml"


def test_pairwise_scores_count_merged_and_missed_pairs() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    assert score({"a": 1, "b": 1, "c": 1, "d": 2}, gold)["f1"] == 1.0
    split = score({"a": 1, "b": 1, "c": 2, "d": 3}, gold)
    assert (split["precision"], round(split["recall"], 3)) == (1.0, 0.333)
    lumped = score({"a": 1, "b": 1, "c": 1, "d": 1}, gold)
    assert (lumped["precision"], lumped["recall"]) == (0.5, 1.0)
    with pytest.raises(ValueError, match="no predicted cluster"):
        score({"a": 1}, gold)


def test_the_labelled_set_is_consistent() -> None:
    reports, gold = load_cases(CASES)
    assert len(gold) == sum(len(evs) for _, evs in reports)  # event ids are unique
    acts = set(gold.values())
    assert len(acts) >= 10 and len(gold) - len(acts) >= 10  # several acts, told several times


@pytest.mark.parametrize("incremental", [True, False], ids=["report-by-report", "all-at-once"])
def test_dedup_merges_retellings_and_keeps_near_misses_apart(db_url: str, incremental: bool) -> None:
    result = evaluate(CASES, url=db_url, incremental=incremental)
    print(f"\ndedup pairwise precision {result['precision']:.3f} recall {result['recall']:.3f} "
          f"({result['correct_pairs']}/{result['predicted_pairs']} merged pairs right, "
          f"{result['gold_pairs']} gold pairs)")  # fmt: skip
    assert result["precision"] >= 0.9
    assert result["recall"] >= 0.9


def mention(**kw) -> dict:
    base = {"id": "e1", "article": "a1", "type": "ASSAULT", "status": "occurred", "source": [], "target": [],
            "date": {"start": "2022-09-13", "end": "2022-09-13", "precision": "day", "text": "on Tuesday"},
            "location": None, "report": {"published": "2022-09-13"}}  # fmt: skip
    return {**base, **kw}


def test_an_unidentified_group_may_be_the_one_another_outlet_names() -> None:
    gunmen = {"text": "gunmen", "sector": "UAF"}
    named = {"text": "IS fighters", "name": "Islamic State Sahel Province", "sector": "REB"}
    assert actors_match(gunmen, named)
    assert not actors_match(named, {"text": "JNIM", "name": "JNIM", "sector": "REB"})
    assert not actors_match({"country": "AZE"}, {"country": "ARM"})


def test_mentions_from_one_report_or_of_different_factuality_never_merge() -> None:
    a = mention()
    assert same_act(a, mention(id="e2", article="a2"))
    assert not same_act(a, mention(id="e2"))  # the same report: two acts it tells apart
    assert not same_act(a, mention(id="e2", article="a2", status="negated"))
    assert same_act(a, mention(id="e2", article="a2", status="claimed"))
    assert not same_act(a, mention(id="e2", article="a2", type="PROTEST"))
