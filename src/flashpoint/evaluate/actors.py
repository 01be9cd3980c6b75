"""Score actor resolution against a hand-coded set of mentions in news sentences.

The set is YAML (see tests/data/actors/mentions.yaml): items with `text`, optional `date` and
`mentions` as [mention text, country, sector, org?]. Each mention is resolved through the head token
of its span, the way the event extractor asks, and compared on exact country+sector (and org where given).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from flashpoint.actors import ActorIndex, KnowledgeBase, load_kb
from flashpoint.data import parse_yaml
from flashpoint.nlp import annotate_many

DEFAULT_DATE = dt.date(2024, 6, 1)


@dataclass
class ActorScore:
    total: int = 0
    exact: int = 0  # country and sector both right
    country: int = 0
    sector: int = 0
    org_total: int = 0
    org: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.exact / self.total if self.total else 0.0

    def summary(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.3f}" if b else "n/a"

        return (f"actor mentions: {self.total}; exact country+sector {pct(self.exact, self.total)}; "
                f"country {pct(self.country, self.total)}; sector {pct(self.sector, self.total)}; "
                f"org {pct(self.org, self.org_total)}")  # fmt: skip


def load_items(path: Path) -> list[dict[str, Any]]:
    return list(parse_yaml(path.read_text(encoding="utf-8"))["items"])


def head_of(span: Span) -> Any:
    """The token of `span` whose syntactic head lies outside it (the phrase head)."""
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span.root


def _find(doc: Doc, text: str) -> Span | None:
    """The first whole-word occurrence ("Israel" is not the start of "Israeli")."""
    found = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", doc.text)
    return doc.char_span(found.start(), found.end(), alignment_mode="expand") if found else None


def score(items: list[dict[str, Any]], kb: KnowledgeBase | None = None) -> ActorScore:
    """Resolve every mention of `items` and count exact country+sector agreement."""
    kb = kb or load_kb()
    result = ActorScore()
    docs = annotate_many(item["text"] for item in items)
    for item, doc in zip(items, docs, strict=True):
        when = item.get("date") or DEFAULT_DATE
        index = ActorIndex(doc, kb, when if isinstance(when, dt.date) else dt.date.fromisoformat(str(when)))
        for mention in item["mentions"]:
            _score_one(result, index, doc, mention)
    return result


def _score_one(result: ActorScore, index: ActorIndex, doc: Doc, mention: list[Any]) -> None:
    text, country, sector = mention[0], mention[1], mention[2]
    org = mention[3] if len(mention) > 3 else None
    span = _find(doc, text)
    actor = index.actor_for_token(head_of(span)) if span is not None else None
    got = (actor.country, actor.sector, actor.org) if actor else (None, None, None)
    result.total += 1
    result.country += got[0] == country
    result.sector += got[1] == sector
    if got[0] == country and got[1] == sector:
        result.exact += 1
    else:
        result.errors.append({"text": doc.text, "mention": text, "want": [country, sector], "got": list(got[:2])})
    if org is not None:
        result.org_total += 1
        result.org += got[2] == org
