"""The brief as data: what `build_brief` returns and the renderers and the JSON record read.

Every value here is copied or counted from stored events; nothing is written that an event
does not say. Reports are numbered once per brief and acts point at them by number.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

RECORD_VERSION = 1


@dataclass
class ReportRef:
    """One report the brief cites, numbered in order of first citation."""

    number: int
    article: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass
class Claim:
    """What one claimant says about an act: a toll, or who attacked; with its evidence."""

    claimant: str  # label of the claimant, or of the report when the report itself states it
    attributed: bool  # False: the report states it without naming who says so
    evidence: str
    event: str
    articles: list[str]  # the reports that carry the claim
    when: str  # the act's date as this claim gives it
    value: int | None = None  # the toll, for toll claims
    attacker: list[str] = field(default_factory=list)  # for claims about who attacked


@dataclass
class Act:
    """One act (a cluster of mentions, or a single unclustered event) with its best date and place."""

    key: str
    type: str
    status: str
    mode: str | None
    acled: str | None  # ACLED event type
    when: str  # the highest-precision date, as a label
    day_start: str | None
    day_end: str | None
    precision: str | None
    place: str | None
    place_precision: str | None
    country: str | None
    lat: float | None
    lon: float | None
    source: list[str]
    target: list[str]
    mutual: bool  # both sides act on each other (fighting)
    claimed_by: list[str]
    fatalities_min: int | None
    fatalities_max: int | None
    claims: list[Claim]  # toll claims
    quote: str
    articles: list[str]  # every report that tells the act, first published first
    sources: int
    reported: str | None  # first publication date of its reports


@dataclass
class Conflict:
    """Claims that disagree about what may be one act, to be read side by side."""

    kind: str  # "toll" or "attacker"
    type: str
    when: str
    place: str | None
    claims: list[Claim]


@dataclass
class Figures:
    acts: int
    by_type: list[tuple[str, int]]
    by_acled: list[tuple[str, int]]
    reports: int
    sources: int
    mentions: int
    toll_min: int | None
    toll_max: int | None
    toll_groups: int  # acts with a stated toll, counting what may be one act once
    claimants: list[tuple[str, list[int]]]  # who claims which tolls


@dataclass
class Matrix:
    """Acts from each source (row) on each target (column)."""

    actors: list[str]
    counts: list[list[int]]
    left_out: int  # acts between actors beyond the table's size


@dataclass
class Change:
    kind: str  # new, revised, new-claim, withdrawn, gone, new-coming, gone-coming
    text: str  # what changed, built from the two records' values
    act: str | None = None


@dataclass
class Brief:
    filters: dict[str, Any]
    generated: str
    figures: Figures
    acts: list[Act]  # every act that happened, in date order
    happened: list[Act]  # the key acts, in date order
    conflicts: list[Conflict]
    coming: list[Act]
    matrix: Matrix
    reports: list[ReportRef]  # the reports the brief cites, numbered by publication
    more_coming: int = 0  # announced acts beyond the listed ones
    changes: list[Change] | None = None  # None: no previous brief given
    previous: dict[str, Any] | None = None  # filters and time of the previous brief

    @property
    def empty(self) -> bool:
        return not self.acts and not self.coming

    @property
    def title(self) -> str:
        return "Situation brief: " + describe_filters(self.filters)

    def report(self, number: int) -> ReportRef:
        return self.reports[number - 1]

    def numbers(self, articles: list[str]) -> list[int]:
        """The reference numbers of these reports (those the brief cites)."""
        index = {r.article: r.number for r in self.reports}
        return sorted({index[a] for a in articles if a in index})

    def record(self) -> dict[str, Any]:
        """The JSON record a later brief diffs against (`--since-brief`)."""
        return {
            "flashpoint_brief": RECORD_VERSION,
            "filters": self.filters,
            "generated": self.generated,
            "acts": {a.key: _act_record(a) for a in self.acts},
            "coming": {a.key: _act_record(a) for a in self.coming},
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _act_record(act: Act) -> dict[str, Any]:
    return {
        "type": act.type,
        "status": act.status,
        "when": act.when,
        "place": act.place,
        "fatalities": [act.fatalities_min, act.fatalities_max] if act.fatalities_min is not None else None,
        "claims": [{"event": c.event, "value": c.value, "claimant": c.claimant} for c in act.claims],
        "quote": act.quote,
    }


def describe_filters(filters: dict[str, Any]) -> str:
    """The selection in words: 'ARM, AZE · CSTO · 2022-09-12 to 2022-09-15'."""
    parts = []
    if filters.get("country"):
        parts.append(", ".join(filters["country"]))
    if filters.get("actor"):
        parts.append(filters["actor"])
    since, until = filters.get("since"), filters.get("until")
    if since and until:
        parts.append(f"{since} to {until}")
    elif since:
        parts.append(f"from {since}")
    elif until:
        parts.append(f"until {until}")
    return " · ".join(parts) or "all stored events"
