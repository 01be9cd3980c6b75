"""Scoring time-expression finding and normalisation against hand-made cases.

A case is one news sentence, its publication date and the expressions a careful coder marks
in it. Detection is scored strictly (same span) and relaxed (overlapping spans, TempEval
style); values are scored on the relaxed matches, as accuracy and as TempEval-3 value F1.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from flashpoint.data import parse_yaml
from flashpoint.model import Timex, parse_published


@dataclass
class GoldTimex:
    text: str
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimexCase:
    sentence: str
    published: date | None
    gold: list[GoldTimex] = field(default_factory=list)
    source: str = ""


def _gold(sentence: str, item: list[Any], where: str) -> GoldTimex:
    text, typ, value = str(item[0]), str(item[1]), None if item[2] is None else str(item[2])
    nth = int(item[3]) if len(item) > 3 else 0
    start = -1
    for _ in range(nth + 1):
        start = sentence.find(text, start + 1)
    if start < 0:
        raise ValueError(f"{where}: {text!r} is not in the sentence {sentence!r}")
    return GoldTimex(text, start, start + len(text), typ, value)


def load_cases(path: str | Path) -> list[TimexCase]:
    """Cases from a YAML file, or from every *.yaml file of a directory.

    Each case: `{published, sentence, expect: [[text, type, value, (occurrence)], ...]}`.
    """
    path = Path(path)
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    cases: list[TimexCase] = []
    for file in files:
        for i, raw in enumerate(parse_yaml(file.read_text(encoding="utf-8")) or []):
            where = f"{file.name}#{i}"
            sentence = str(raw["sentence"])
            gold = [_gold(sentence, item, where) for item in raw.get("expect") or []]
            cases.append(TimexCase(sentence, parse_published(raw.get("published")), gold, where))
    return cases


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _match(gold: list[GoldTimex], pred: list[Timex]) -> tuple[int, list[tuple[GoldTimex, Timex]]]:
    """(exact span matches, one-to-one overlap matches), exact pairs chosen first."""
    exact = {(g.start, g.end) for g in gold} & {(p.start, p.end) for p in pred}
    pairs: list[tuple[GoldTimex, Timex]] = []
    used: set[int] = set()
    for g in sorted(gold, key=lambda g: (g.start, g.end) not in exact):
        for j, p in enumerate(pred):
            if j not in used and p.start < g.end and g.start < p.end:
                if (g.start, g.end) in exact and (p.start, p.end) != (g.start, g.end):
                    continue
                used.add(j)
                pairs.append((g, p))
                break
    return len(exact), pairs


def score(cases: Iterable[TimexCase], batch_size: int = 64) -> dict[str, Any]:
    """Detection P/R/F1 (strict and relaxed), value and type accuracy on matches, value F1, errors."""
    from flashpoint.nlp import annotate_many
    from flashpoint.timex import find_timexes

    cases = list(cases)
    n_gold = n_pred = n_exact = n_relaxed = n_value = n_type = 0
    errors: list[dict[str, Any]] = []
    docs = annotate_many((c.sentence for c in cases), batch_size=batch_size)
    for case, doc in zip(cases, docs, strict=True):
        pred = find_timexes(doc, case.published)
        exact, pairs = _match(case.gold, pred)
        n_gold, n_pred, n_exact, n_relaxed = n_gold + len(case.gold), n_pred + len(pred), n_exact + exact, \
            n_relaxed + len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        for g, p in pairs:
            n_value += g.value == p.value
            n_type += g.type == p.type
            if g.value != p.value or (g.start, g.end) != (p.start, p.end):
                errors.append({"case": case.source, "gold": [g.text, g.type, g.value],
                               "found": [p.text, p.type, p.value]})
        errors += [{"case": case.source, "missed": [g.text, g.type, g.value]}
                   for g in case.gold if id(g) not in matched_gold]
        errors += [{"case": case.source, "spurious": [p.text, p.type, p.value]}
                   for p in pred if id(p) not in matched_pred]
    return _figures(n_gold, n_pred, n_exact, n_relaxed, n_value, n_type) | {"errors": errors}


def _figures(n_gold: int, n_pred: int, n_exact: int, n_relaxed: int, n_value: int, n_type: int) -> dict[str, Any]:
    def prf(hits: int) -> tuple[float, float, float]:
        p = hits / n_pred if n_pred else 0.0
        r = hits / n_gold if n_gold else 0.0
        return round(p, 4), round(r, 4), round(_f1(p, r), 4)

    strict, relaxed, value = prf(n_exact), prf(n_relaxed), prf(n_value)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "strict": dict(zip(("precision", "recall", "f1"), strict, strict=True)),
        "relaxed": dict(zip(("precision", "recall", "f1"), relaxed, strict=True)),
        "value_accuracy": round(n_value / n_relaxed, 4) if n_relaxed else 0.0,
        "type_accuracy": round(n_type / n_relaxed, 4) if n_relaxed else 0.0,
        "value_f1": value[2],
    }
