"""Pairwise scoring of deduplication against a labelled set of reports.

Every pair of events is a decision: merged or apart. Precision is the share of merged pairs
that the gold labels also join; recall the share of gold pairs that were merged.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from flashpoint.data import parse_yaml
from flashpoint.model import Actor, Article, Event, Place, Span, TimeSpan


def _pairs(assignment: Mapping[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for item, group in assignment.items():
        groups.setdefault(group, []).append(item)
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def score(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float | int]:
    """Pairwise precision, recall and F1 of `predicted` (event -> cluster) against `gold` (event -> act)."""
    missing = set(gold) - set(predicted)
    if missing:
        raise ValueError(f"{len(missing)} gold events have no predicted cluster, e.g. {sorted(missing)[0]}")
    got, want = _pairs({k: predicted[k] for k in gold}), _pairs(gold)
    right = len(got & want)
    precision = right / len(got) if got else 1.0
    recall = right / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted_pairs": len(got),
            "gold_pairs": len(want), "correct_pairs": right}  # fmt: skip


def _span(text: str, part: str | None) -> Span:
    start = text.index(part) if part else 0
    return Span(part or text, start, start + len(part or text))


def _event(art: Article, spec: dict[str, Any], places: dict, actors: dict) -> Event:
    """`evidence` (the sentence) and `trigger` are quoted from the report; the whole text by default."""
    day, precision, text = spec["date"] if spec.get("date") else (None, None, None)
    return Event(
        article=art.id, type=spec["type"], status=spec.get("status", "occurred"), mode=spec.get("mode"),
        evidence=_span(art.text, spec.get("evidence")), trigger=_span(art.text, spec.get("trigger")),
        source=[Actor(**actors[a]) for a in spec.get("source", [])],
        target=[Actor(**actors[a]) for a in spec.get("target", [])],
        date=TimeSpan(str(day), str(spec.get("date_end", day)), precision, text) if day else None,
        location=Place(text=places[spec["place"]]["name"], **places[spec["place"]]) if spec.get("place") else None,
        fatalities=spec.get("fatalities"),
        claimed_by=Actor(**actors[spec["claimed_by"]]) if spec.get("claimed_by") else None,
    )  # fmt: skip


def load_cases(path: str | Path) -> tuple[list[tuple[Article, list[Event]]], dict[str, str]]:
    """Reports with their events, and the gold act of every event id."""
    data = parse_yaml(Path(path).read_text(encoding="utf-8"))
    reports, gold = [], {}
    for rep in data["reports"]:
        published = rep["published"]
        art = Article(id=rep["id"], text=rep["text"], source=rep["source"], url=f"https://example.org/{rep['id']}",
                      published=published if isinstance(published, date) else date.fromisoformat(published))
        events = [_event(art, spec, data["places"], data["actors"]) for spec in rep["events"]]
        gold.update({ev.id: spec["gold"] for ev, spec in zip(events, rep["events"], strict=True)})
        reports.append((art, events))
    return reports, gold


def cluster_cases(path: str | Path, url: str | None = None, incremental: bool = True,
                  order: list[int] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Store the labelled reports (in a scratch SQLite file unless `url` is given) and dedup:
    the predicted cluster and the gold act of every event.

    `incremental` runs dedup after every report, as repeated ingests would; `order` stores the
    reports in another order (a permutation of their indices)."""
    from flashpoint.store import open_store

    reports, gold = load_cases(path)
    if order is not None:
        reports = [reports[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp, open_store(url or f"sqlite:///{Path(tmp) / 'dedup.db'}") as store:
        for art, events in reports:
            store.add_report(art, events)
            if incremental:
                store.dedup()
        store.dedup()
        predicted = {e["id"]: e["cluster"] for e in store.events()}
    return predicted, gold


def evaluate(path: str | Path, url: str | None = None, incremental: bool = True) -> dict[str, float | int]:
    """Pairwise scores of deduplicating the labelled reports (see `cluster_cases`)."""
    return score(*cluster_cases(path, url, incremental))
