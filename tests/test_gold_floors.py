"""CI's floor under extraction quality: both gold sets are scored and every figure must stay within a
named tolerance of today's (tests/data/gold-floors.yaml, the one place the figures live).

A change that halves recall, breaks dating or loses claim owners fails here, on the set it hurts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flashpoint.data import parse_yaml
from flashpoint.evaluate import EventScores, format_scores, run

DATA = Path(__file__).parent / "data"
FLOORS: dict[str, Any] = parse_yaml((DATA / "gold-floors.yaml").read_text(encoding="utf-8"))


def below_floor(scores: EventScores, floors: dict[str, Any], tolerance: dict[str, float]) -> list[str]:
    """Every figure under its floor minus the tolerance, as "name: got < floor"."""
    low = []
    for kind in ("strict", "type_only"):
        counts = getattr(scores, kind)
        for name, floor in floors[kind].items():
            got = getattr(counts, name)
            if got < floor - tolerance["scores"]:
                low.append(f"{kind} {name}: {got:.3f} < {floor}")
    for name, floor in floors["fields"].items():
        got = scores.fields[name].value
        if got is None or got < floor - tolerance["fields"]:
            low.append(f"field {name}: {got} < {floor}")
    allowed = floors.get("forbidden", 0)
    if scores.forbidden > allowed:
        low.append(f"negated or hypothetical acts coded as having happened: {scores.forbidden} > {allowed}")
    return low + _below_acled_floor(scores, floors.get("acled"), tolerance)


def _below_acled_floor(scores: EventScores, floor: dict[str, Any] | None, tolerance: dict[str, float]) -> list[str]:
    """The per-report ACLED category (weighted F1) and the reports coded although ACLED would not code them."""
    if floor is None:
        return []
    low = []
    f1 = scores.acled_f1()
    if f1 is None or f1 < floor["weighted_f1"] - tolerance["scores"]:
        low.append(f"acled weighted F1: {f1} < {floor['weighted_f1']}")
    alarms = scores.acled_false_alarms()[0]
    if alarms > floor["false_alarms"]:
        low.append(f"acled false alarms: {alarms} > {floor['false_alarms']}")
    return low


@pytest.mark.parametrize("gold_set", list(FLOORS["sets"]))
def test_the_extractor_stays_above_the_floors(gold_set: str) -> None:
    floors = FLOORS["sets"][gold_set]
    scores = run(DATA / gold_set)
    print(format_scores(scores))
    assert scores.reports == floors["reports"]
    low = below_floor(scores, floors, FLOORS["tolerance"])
    assert not low, f"{gold_set} fell below its floors: {'; '.join(low)}\n{format_scores(scores)}"


def test_a_halved_recall_would_fail() -> None:
    scores = EventScores()
    scores.strict.tp, scores.strict.fp, scores.strict.fn = 41, 20, 135  # the held-out set with half its recall
    floors = FLOORS["sets"]["gold-heldout"]
    assert any(line.startswith("strict recall") for line in below_floor(scores, floors, FLOORS["tolerance"]))
