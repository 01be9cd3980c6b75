"""The data model every stage of flashpoint speaks.

Offsets (`start`, `end`) are always character offsets into `Article.text`, the report text as
the user gave it, so that `article.text[start:end] == text` holds for every span the pipeline
emits. The parser reads `Article.parse_text`, a copy of the same length (line breaks, tabs and
odd spaces evened out one character for one), and `anchor_spans` takes every span's text from
the text as given once extraction is done.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STATUSES: tuple[str, ...] = ("occurred", "claimed", "planned", "hypothetical", "negated")
# What datasets (exports, `events`, the dashboard) hold unless asked: acts that happened, not plans,
# hypotheticals or denials.
DATASET_STATUSES: tuple[str, ...] = ("occurred", "claimed")
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "UAF", "SPY", "CVL", "PRO", "REF",
    "BUS", "JRN", "MED", "EDU", "HLH", "NGO", "IGO", "REL",
)  # fmt: skip

Status = Literal["occurred", "claimed", "planned", "hypothetical", "negated"]
Precision = Literal["day", "week", "month", "year", "decade"]


@dataclass
class Article:
    """One news report as it enters the pipeline."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None

    @property
    def parse_text(self) -> str:
        """The copy of `text` the parser reads: the same length, so its offsets index `text` too."""
        from flashpoint.ingest.text import for_parsing  # the cleaning rules live with the readers

        return for_parsing(self.text)

    @property
    def content_hash(self) -> str:
        """The same report with other line breaks, controls or outer blank lines hashes the same."""
        from flashpoint.ingest.text import normalise

        return hashlib.sha256(normalise(self.text).encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Span:
    """A piece of the article text: the evidence behind a field."""

    text: str
    start: int
    end: int


@dataclass
class Actor:
    """A coded participant: who, from which country, in which sector."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    org: str | None = None  # IGO/NGO code such as UN, CSTO
    start: int | None = None
    end: int | None = None
    kind: str | None = None  # person, country, capital, institution, org, group, demonym, role

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "org": self.org,
        }

    def key(self) -> tuple[str | None, str | None, str | None, str | None]:
        return (self.name, self.country, self.sector, self.org)


@dataclass
class TimeSpan:
    """A calendar interval an event is placed in."""

    start: str | None  # ISO YYYY-MM-DD, YYYY-MM or YYYY
    end: str | None
    precision: str | None  # day / week / month / year / decade
    text: str | None = None  # the expression, or None when the publication date was used
    value: str | None = None  # TIMEX3 value it came from
    char_start: int | None = None
    char_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": self.precision, "text": self.text}


@dataclass
class Timex:
    """A time expression found in a report, normalised to TIMEX3."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    anchor: str | None = None  # the ISO date it was resolved against
    article: str | None = None
    flags: list[str] = field(default_factory=list)  # e.g. "weekday-mismatch"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "article": self.article,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "anchor": self.anchor,
        }
        if self.flags:
            d["flags"] = list(self.flags)
        return d


@dataclass
class Place:
    """A resolved place mention."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # place, admin1, country, region, border, water
    geonames_id: int | None = None
    feature: str | None = None
    start: int | None = None
    end: int | None = None
    article: str | None = None
    admin2: str | None = None  # second-level area (county, district), where known
    # how the text names the place: literal ("in Kyiv"), adjectival ("Syrian", "Armenian positions"),
    # metonymic ("Washington said"), embedded (inside a longer name: "Kenya Red Cross")
    kind: str = "literal"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "admin2": self.admin2,
            "kind": self.kind,
        }

    def mention_dict(self) -> dict[str, Any]:
        """The `flashpoint places` output record."""
        d = self.to_dict()
        d.update(
            article=self.article,
            start=self.start,
            end=self.end,
            geonames_id=self.geonames_id,
            feature=self.feature,
        )
        return d


@dataclass
class Content:
    """The act a speech act is about: what is threatened, demanded, promised, offered or refused.

    It is not an event of its own (it has not happened); its status says how it stands: planned
    (promised, agreed), hypothetical (threatened, demanded, offered) or negated (refused)."""

    type: str
    status: str
    mode: str | None = None
    cameo: str | None = None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    trigger: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "status": self.status,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "trigger": asdict(self.trigger) if self.trigger else None,
        }


@dataclass
class Event:
    """One coded act, with the evidence for it."""

    article: str
    type: str
    evidence: Span
    mode: str | None = None
    cameo: str | None = None
    acled: dict[str, Any] | None = None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: TimeSpan | None = None
    location: Place | None = None
    fatalities: int | None = None
    injured: int | None = None
    status: str = "occurred"
    claimed_by: Actor | None = None
    confidence: float = 0.5
    trigger: Span | None = None
    context: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # why a field is null, when useful
    mentions: list[Span] = field(default_factory=list)  # further sentences that tell the same act
    content: Content | None = None  # for a speech act: the act it is about

    @property
    def id(self) -> str:
        """Stable: the same article id, type and trigger offsets give the same id."""
        anchor = self.trigger or self.evidence
        raw = f"{self.article}|{self.type}|{anchor.start}|{anchor.end}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "acled": self.acled,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "status": self.status,
            "claimed_by": self.claimed_by.to_dict() if self.claimed_by else None,
            "evidence": asdict(self.evidence),
            "trigger": asdict(self.trigger) if self.trigger else None,
            "confidence": round(self.confidence, 3),
            "context": list(self.context),
            "notes": dict(self.notes),
            "mentions": [asdict(m) for m in self.mentions],
            "content": self.content.to_dict() if self.content else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def anchor_spans(events: Iterable[Event], text: str, parsed: str) -> None:
    """Give every span of `events` the characters of `text` (the input as given) at its offsets.

    The stages read `parsed`, a same-length copy of `text`; a span whose text is the slice of
    `parsed` at its offsets takes the slice of `text` instead. Spans that are not slices (a name
    filled in from elsewhere) are left alone.
    """
    if parsed == text:
        return
    for ev in events:
        for span in (ev.evidence, ev.trigger, *ev.mentions):
            if span is not None:
                span.text = _reslice(span.text, span.start, span.end, text, parsed)
        for actor in (*ev.source, *ev.target, ev.claimed_by):
            if actor is not None:
                actor.text = _reslice(actor.text, actor.start, actor.end, text, parsed)
        if ev.location is not None:
            ev.location.text = _reslice(ev.location.text, ev.location.start, ev.location.end, text, parsed)
        if ev.date is not None and ev.date.text is not None:
            ev.date.text = _reslice(ev.date.text, ev.date.char_start, ev.date.char_end, text, parsed)


def anchor_mentions(items: Iterable[Timex | Place | Actor], text: str, parsed: str) -> None:
    """`anchor_spans` for time expressions, places and actor mentions (`text`, `start`, `end`)."""
    if parsed == text:
        return
    for item in items:
        item.text = _reslice(item.text, item.start, item.end, text, parsed)


def _reslice(value: Any, start: int | None, end: int | None, text: str, parsed: str) -> Any:
    if start is None or end is None or value != parsed[start:end]:
        return value
    return text[start:end]


def parse_published(value: str | date | None) -> date | None:
    """An ISO date or datetime string (or a date) to a date; raises ValueError if malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromisoformat(text[:10])
