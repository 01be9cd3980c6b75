"""Police acts sentence by sentence on IndiaPoliceEvents (slanglab/IndiaPoliceEvents, `data/final/`).

    python benchmarks/india_police_events.py DIR        # DIR holds sents.jsonl, docs.jsonl and metadata.jsonl

Each report is extracted whole (published on its date); a sentence counts as answering "did police arrest / kill /
use force?" when an act that occurred or was claimed, with police as a coded source, is told in it, as the act's
first telling or a later one (`mentions`). The corpus states no licence: it is read for evaluation only and
nothing of it is kept here (fetch it from its project).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from flashpoint.events import extract_article
from flashpoint.model import Article, Event

QUESTIONS = ("ARREST", "KILL", "FORCE")
DONE = frozenset({"occurred", "claimed"})


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentence_spans(text: str, sentences: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where each labelled sentence lies in its report (found in order; an unfound one spans nothing)."""
    spans, pos = [], 0
    for s in sentences:
        piece = s["sent_text"].strip()
        at = text.find(piece, pos) if piece else -1
        spans.append((at, at + len(piece)) if at >= 0 else (pos, pos))
        pos = at + len(piece) if at >= 0 else pos
    return spans


def answers(ev: Event) -> set[str]:
    """The questions an act answers yes to."""
    if ev.status not in DONE or not any(a.sector == "COP" for a in ev.source):
        return set()
    found = set()
    if ev.type == "COERCE" and ev.mode == "arrest":
        found.add("ARREST")
    if ev.type == "ASSAULT":
        found.add("FORCE")
        if ev.fatalities:
            found.add("KILL")
    return found


def score(folder: Path) -> dict[str, tuple[float, float, float]]:
    docs = {d["doc_id"]: d["doc_text"] for d in _lines(folder / "docs.jsonl")}
    published = {d["doc_id"]: date.fromisoformat(d["date"]) for d in _lines(folder / "metadata.jsonl")}
    by_doc: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in _lines(folder / "sents.jsonl"):
        by_doc[s["doc_id"]].append(s)
    counts = {q: [0, 0, 0] for q in QUESTIONS}  # tp, fp, fn
    for doc_id, text in docs.items():
        spans = _sentence_spans(text, by_doc[doc_id])
        said: dict[int, set[str]] = defaultdict(set)
        for ev in extract_article(Article(id=str(doc_id), text=text, published=published[doc_id])):
            for told in [ev.trigger or ev.evidence, *ev.mentions]:
                k = next((i for i, (a, b) in enumerate(spans) if a <= told.start < b), None)
                if k is not None:
                    said[k] |= answers(ev)
        for k, s in enumerate(by_doc[doc_id]):
            for q in QUESTIONS:
                gold, got = q in s["sent_labels"], q in said[k]
                counts[q][0] += gold and got
                counts[q][1] += got and not gold
                counts[q][2] += gold and not got
    out = {}
    for q, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[q] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


if __name__ == "__main__":
    for question, (p, r, f1) in score(Path(sys.argv[1])).items():
        print(f"{question:7s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
