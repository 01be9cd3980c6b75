"""Score sentence-level PLOVER coding: the type of each act, who did it and to whom.

Input is a file of coded sentences (`read_sentences` reads flashpoint's JSONL format, documented in
docs/plover-format.md, and several public formats). Each sentence is extracted as a report of its own,
or predictions are read from a JSONL file of events keyed by the sentence id. For every gold event:

- **type**: some predicted event of the sentence has the gold type;
- **source** / **target** (on sentences whose type was found, where the gold names one): the predicted
  event of that type shares an actor with the gold list (`*_exact`: the same set of actors);
- **mode**: a predicted event of the type carries the gold mode (where the gold gives one).

Beside these, the share of predicted events with a coded source, a coded target and both, and how many
sentences with nothing to code got an event anyway.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from flashpoint.evaluate.events import Accuracy, gold_keys, load_predictions, pred_key
from flashpoint.evaluate.plover_readers import GoldAct, PloverSentence, read_sentences
from flashpoint.model import EVENT_TYPES, Event

__all__ = ["GoldAct", "PloverScores", "PloverSentence", "format_plover", "read_sentences", "run_plover",
           "score_plover"]  # fmt: skip


@dataclass
class TypeRow:
    """Figures for the gold events of one type."""

    total: int = 0
    found: int = 0
    source: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    instead: Counter[str] = field(default_factory=Counter)  # types predicted when this one was missed


@dataclass
class PloverMiss:
    """One gold event coded wrongly, kept for error analysis."""

    sentence: str
    text: str
    kind: str  # "type", "source", "target"
    gold: GoldAct
    predicted: list[dict[str, Any]]


@dataclass
class PloverScores:
    sentences: int = 0
    gold_events: int = 0
    type: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)
    source_exact: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    target_exact: Accuracy = field(default_factory=Accuracy)
    mode: Accuracy = field(default_factory=Accuracy)
    predicted: int = 0
    with_source: int = 0
    with_target: int = 0
    with_both: int = 0
    empty_sentences: int = 0  # gold says nothing to code
    empty_with_events: int = 0
    per_type: dict[str, TypeRow] = field(default_factory=dict)
    misses: list[PloverMiss] = field(default_factory=list)


# ---------------------------------------------------------------- actors


def _coded(actor: dict[str, Any]) -> bool:
    return bool(pred_key(actor))


def _span_hit(actor: dict[str, Any], text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """A predicted actor whose words fall inside (or around) a gold span of the sentence."""
    words = (actor.get("text") or "").strip()
    if not words:
        return False
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        if any(start < s_end and s_start < end for s_start, s_end in spans):
            return True
        start = text.find(words, start + 1)
    return False


def actors_right(codes: tuple[str, ...], spans: tuple[tuple[int, int], ...], predicted: list[dict[str, Any]],
                 text: str, exact: bool = False) -> bool:
    """Whether predicted actors agree with a gold list: one shared actor, or (`exact`) the same set.

    Gold codes compare by country or organisation (`SDN-MIL` is met by any Sudanese actor); gold spans
    by position in the sentence."""
    if spans:
        hits = [a for a in predicted if _span_hit(a, text, spans)]
        return bool(hits) and (not exact or len(hits) == len(predicted))
    keys = {k for k in (pred_key(a) for a in predicted) if k}
    wanted = [gold_keys(c, {}) for c in codes]
    if not exact:
        return any(keys & w for w in wanted)
    return all(keys & w for w in wanted) and all(any(k in w for w in wanted) for k in keys)


# ---------------------------------------------------------------- scoring


def score_plover(sentences: list[PloverSentence], predicted: dict[str, list[dict[str, Any]]]) -> PloverScores:
    """Compare predicted events (sentence id -> event dicts) with the coded sentences."""
    scores = PloverScores(sentences=len(sentences))
    for sent in sentences:
        preds = predicted.get(sent.id, [])
        _count_coverage(scores, preds)
        if not sent.acts:
            scores.empty_sentences += 1
            scores.empty_with_events += bool(preds)
        for act in sent.acts:
            _score_act(scores, sent, act, preds)
    return scores


def _count_coverage(scores: PloverScores, preds: list[dict[str, Any]]) -> None:
    for p in preds:
        src = any(_coded(a) for a in p.get("source") or [])
        tgt = any(_coded(a) for a in p.get("target") or [])
        scores.predicted += 1
        scores.with_source += src
        scores.with_target += tgt
        scores.with_both += src and tgt


def _score_act(scores: PloverScores, sent: PloverSentence, act: GoldAct, preds: list[dict[str, Any]]) -> None:
    scores.gold_events += 1
    row = scores.per_type.setdefault(act.label, TypeRow())
    row.total += 1
    same = [p for p in preds if p.get("type") in act.types]
    scores.type.total += 1
    if not same:
        row.instead.update(str(p.get("type")) for p in preds)
        scores.misses.append(PloverMiss(sent.id, sent.text, "type", act, preds))
        return
    scores.type.correct += 1
    row.found += 1
    if act.mode is not None:
        scores.mode.total += 1
        scores.mode.correct += any(p.get("mode") == act.mode for p in same)
    for role, acc, exact_acc, row_acc in (("source", scores.source, scores.source_exact, row.source),
                                          ("target", scores.target, scores.target_exact, row.target)):
        codes, spans = act.codes(role), act.spans(role)
        if not codes and not spans:
            continue
        hit = any(actors_right(codes, spans, list(p.get(role) or []), sent.text) for p in same)
        exact = any(actors_right(codes, spans, list(p.get(role) or []), sent.text, exact=True) for p in same)
        for a, ok in ((acc, hit), (exact_acc, exact), (row_acc, hit)):
            a.total += 1
            a.correct += ok
        if not hit:
            scores.misses.append(PloverMiss(sent.id, sent.text, role, act, same))


# ---------------------------------------------------------------- output


def _pct(acc: Accuracy) -> str:
    return "-" if acc.value is None else f"{acc.value:.3f}"


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "-"


def format_plover(s: PloverScores, errors: bool = False) -> str:
    """The summary table; with `errors`, every miss with its sentence and what was predicted."""
    lines = [
        f"{s.sentences} sentences, {s.gold_events} gold events",
        f"  type accuracy        {_pct(s.type):>6}  ({s.type.correct}/{s.type.total})",
        f"  source accuracy      {_pct(s.source):>6}  ({s.source.correct}/{s.source.total}; same set "
        f"{_pct(s.source_exact)})",
        f"  target accuracy      {_pct(s.target):>6}  ({s.target.correct}/{s.target.total}; same set "
        f"{_pct(s.target_exact)})",
        f"  mode accuracy        {_pct(s.mode):>6}  ({s.mode.correct}/{s.mode.total})",
        f"  predicted events {s.predicted}: with a coded source {_share(s.with_source, s.predicted)}, "
        f"target {_share(s.with_target, s.predicted)}, both {_share(s.with_both, s.predicted)}",
    ]
    if s.empty_sentences:
        lines.append(f"  sentences with nothing to code that got an event: "
                     f"{_share(s.empty_with_events, s.empty_sentences)}")
    lines += ["", f"  {'type':14}{'n':>5}{'type':>7}{'source':>8}{'target':>8}  predicted instead"]
    order = {t: i for i, t in enumerate(EVENT_TYPES)}
    for name in sorted(s.per_type, key=lambda t: (order.get(t, 99), t)):
        row = s.per_type[name]
        instead = ", ".join(f"{t} {n}" for t, n in row.instead.most_common(3))
        lines.append(f"  {name:14}{row.total:>5}{row.found / row.total:>7.2f}{_pct(row.source):>8}"
                     f"{_pct(row.target):>8}  {instead}")
    if errors:
        lines += ["", *(_miss_line(m) for m in s.misses)]
    return "\n".join(lines)


def _miss_line(m: PloverMiss) -> str:
    got = "; ".join(
        f"{p.get('type')}({','.join(str(pred_key(a)) for a in p.get('source') or [])}"
        f"->{','.join(str(pred_key(a)) for a in p.get('target') or [])})"
        for p in m.predicted
    ) or "nothing"
    gold = f"{m.gold.label}({','.join(m.gold.source)}->{','.join(m.gold.target)})"
    flat = " ".join(m.text.split())
    return f"[{m.sentence}] {m.kind:7} gold {gold} got {got} | {flat[:160]}"


# ---------------------------------------------------------------- running


def extract_sentences(sentences: list[PloverSentence], batch: int = 32) -> dict[str, list[dict[str, Any]]]:
    """Run the extractor on each sentence as a report of its own, or on its whole report when the set
    gives one (events then belong to the sentence their evidence overlaps)."""
    from flashpoint.model import Article
    from flashpoint.scale.batch import extract_batch

    reports: dict[str, list[PloverSentence]] = {}
    for sent in sentences:
        reports.setdefault(sent.report if sent.report is not None else sent.text, []).append(sent)
    texts = list(reports)
    out: dict[str, list[dict[str, Any]]] = {s.id: [] for s in sentences}
    for i in range(0, len(texts), batch):
        chunk = texts[i : i + batch]
        articles = [Article(id=f"r{i + j}", text=t, published=reports[t][0].published) for j, t in enumerate(chunk)]
        for text, events in zip(chunk, extract_batch(articles), strict=True):
            for sent in reports[text]:
                out[sent.id] += [e.to_dict() for e in events if _told_in(e, sent)]
    return out


def _told_in(event: Event, sent: PloverSentence) -> bool:
    """The event's evidence or one of its further mentions overlaps the sentence."""
    if sent.report is None:
        return True
    end = sent.offset + len(sent.text)
    return any(span.start < end and sent.offset < span.end for span in [event.evidence, *event.mentions])


def run_plover(path: Path, pred_path: Path | None = None, published: date | None = None) -> PloverScores:
    """Score PRED.jsonl (events whose `article` is the sentence id) or a fresh extraction."""
    sentences = read_sentences(Path(path), published=published)
    predicted = load_predictions(pred_path) if pred_path else extract_sentences(sentences)
    return score_plover(sentences, predicted)


def types_of(sentences: Iterable[PloverSentence]) -> Counter[str]:
    """How many gold events of each type a set holds (for describing a set)."""
    return Counter(a.label for s in sentences for a in s.acts)
