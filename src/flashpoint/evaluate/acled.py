"""Score flashpoint against an ACLED export: ACLED's own event notes in, ACLED's coding as gold.

Each row of the export is one gold event. Its `notes` are the input report, published three
days after `event_date` (so that "on Tuesday" resolves as it would in the news of that week).
flashpoint's events for a note are reduced to one prediction, the note's *main event*
(`main_event`), and compared with the row on:

- `event_type`, `sub_event_type`: ACLED's category names; a note with no main event predicts "none";
- `fatalities`: the main event's toll, no figure counting as 0 (ACLED records 0 when none is known);
- `date`: the main event's start day; exact for ACLED time precision 1, within 7 days for 2, the same
  month for 3;
- `place`: the main event's coordinates within 25 km of ACLED's, over the notes whose place ACLED
  knows precisely (`geo_precision` 1), and over every note with coordinates.

Every figure counts every note: a note with no prediction is wrong on every field (except a gold
toll of 0, which a missing event does predict). The confusion table has ACLED's sub-event type as
rows and the predicted one as columns.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from flashpoint.geometry import haversine_km
from flashpoint.model import Article

NONE = "none"  # the prediction of a note flashpoint codes no ACLED event in
PLACE_KM = 25.0
PUBLISHED_AFTER = timedelta(days=3)
REQUIRED_COLUMNS = ("event_date", "event_type", "sub_event_type", "notes")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")


@cache
def categories() -> dict[str, tuple[str, str]]:
    """ACLED's 25 sub-event types in codebook order: sub-event type -> (event type, short code), as the
    extractor's rules declare them (flashpoint/events/data/acled.yaml)."""
    from flashpoint.events.lexicon import default_folder, read_acled_categories, read_yaml

    raw = read_yaml(default_folder() / "acled.yaml").get("categories") or {}
    return {sub: (etype, code) for sub, (etype, code, _) in read_acled_categories(raw).items()}


# ---------------------------------------------------------------- the export


@dataclass(frozen=True)
class AcledRow:
    """The fields of one ACLED event that the scorer compares."""

    id: str
    event_date: date
    event_type: str
    sub_event_type: str
    notes: str
    fatalities: int | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    time_precision: int | None = None
    location: str | None = None
    country: str | None = None

    def article(self) -> Article:
        return Article(id=self.id, text=self.notes, published=self.event_date + PUBLISHED_AFTER)


def read_acled_csv(path: Path) -> list[AcledRow]:
    """The rows of an ACLED CSV export (ACLED's column names; comma, semicolon or tab separated).

    Rows without notes are skipped (there is nothing to read); a missing column or a bad date
    raises ValueError naming the file and line."""
    text = Path(path).read_text(encoding="utf-8-sig")
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{path}: not an ACLED export: missing column(s) {', '.join(missing)}")
    rows = []
    for n, raw in enumerate(reader, 2):
        if not (raw.get("notes") or "").strip():
            continue
        try:
            rows.append(_row(raw, n))
        except ValueError as err:
            raise ValueError(f"{path}:{n}: {err}") from err
    return rows


def _row(raw: dict[str, str], line: int) -> AcledRow:
    return AcledRow(
        id=(raw.get("event_id_cnty") or "").strip() or f"row{line}",
        event_date=_date(raw["event_date"]),
        event_type=raw["event_type"].strip(),
        sub_event_type=raw["sub_event_type"].strip(),
        notes=raw["notes"],
        fatalities=_number(raw.get("fatalities"), int),
        lat=_number(raw.get("latitude"), float),
        lon=_number(raw.get("longitude"), float),
        geo_precision=_number(raw.get("geo_precision"), int),
        time_precision=_number(raw.get("time_precision"), int),
        location=(raw.get("location") or "").strip() or None,
        country=(raw.get("country") or "").strip() or None,
    )


def _date(value: str) -> date:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"event_date {value!r} is not a date ACLED writes (2022-02-23 or 23 February 2022)")


def _number(value: str | None, kind: type[int] | type[float]) -> Any:
    if value is None or not value.strip() or value.strip().upper() == "NA":
        return None
    number = float(value)
    return int(number) if kind is int else number


# ---------------------------------------------------------------- the prediction


def main_event(events: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The one event of a note that stands for ACLED's row: the first act, in reading order, that
    flashpoint gives an ACLED category (which it does only for acts that occurred or are claimed).

    ACLED notes open with the act they code ("On 3 March 2022, unidentified gunmen shot dead ...");
    what follows is toll, context and background."""
    coded = [e for e in events if e.get("acled")]
    return min(coded, key=_position, default=None)


def _position(event: dict[str, Any]) -> tuple[int, int]:
    trigger = event.get("trigger") or {}
    evidence = event.get("evidence") or {}
    return (int(evidence.get("start") or 0), int(trigger.get("start") or 0))


# ---------------------------------------------------------------- scoring


@dataclass
class NoteResult:
    """One note: ACLED's row, flashpoint's main event (or None) and how they compare."""

    row: AcledRow
    predicted: dict[str, Any] | None
    events: list[dict[str, Any]]

    @property
    def event_type(self) -> str:
        return (self.predicted or {}).get("acled", {}).get("event_type") or NONE

    @property
    def sub_event_type(self) -> str:
        return (self.predicted or {}).get("acled", {}).get("sub_event_type") or NONE

    @property
    def fatalities(self) -> int:
        return int((self.predicted or {}).get("fatalities") or 0)

    def date_correct(self) -> bool:
        start = ((self.predicted or {}).get("date") or {}).get("start")
        gold, precision = self.row.event_date, self.row.time_precision or 1
        if not start:
            return False
        if precision >= 3:  # a month-precision prediction is enough for a month-precision row
            return str(start)[:7] == gold.isoformat()[:7]
        try:
            day = date.fromisoformat(str(start)[:10])
        except ValueError:
            return False
        return abs((day - gold).days) <= (7 if precision == 2 else 0)

    def distance_km(self) -> float | None:
        """Distance from ACLED's point to the predicted place; None when either is missing."""
        loc = (self.predicted or {}).get("location") or {}
        if self.row.lat is None or self.row.lon is None or loc.get("lat") is None or loc.get("lon") is None:
            return None
        return haversine_km(self.row.lat, self.row.lon, float(loc["lat"]), float(loc["lon"]))

    def place_correct(self) -> bool:
        km = self.distance_km()
        return km is not None and km <= PLACE_KM


@dataclass
class Rate:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class AcledScores:
    notes: int = 0
    rates: dict[str, Rate] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    results: list[NoteResult] = field(default_factory=list)

    def rate(self, name: str) -> Rate:
        return self.rates.setdefault(name, Rate())


def score(rows: list[AcledRow], predicted: dict[str, list[dict[str, Any]]]) -> AcledScores:
    """Compare flashpoint's events (note id -> event dicts) with the ACLED rows."""
    scores = AcledScores(notes=len(rows))
    for row in rows:
        events = predicted.get(row.id, [])
        result = NoteResult(row, main_event(events), events)
        scores.results.append(result)
        scores.rate("event_type").add(result.event_type == row.event_type)
        scores.rate("sub_event_type").add(result.sub_event_type == row.sub_event_type)
        if row.fatalities is not None:
            scores.rate("fatalities").add(result.fatalities == row.fatalities)
        scores.rate("date").add(result.date_correct())
        if row.lat is not None and row.lon is not None:
            if row.geo_precision == 1:
                scores.rate("place_25km_precise").add(result.place_correct())
            scores.rate("place_25km").add(result.place_correct())
        scores.confusion[(row.sub_event_type, result.sub_event_type)] += 1
    return scores


def extract_predictions(rows: list[AcledRow], workers: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """Run flashpoint on the notes (every core by default)."""
    from flashpoint.scale import extract_stream

    articles = (row.article() for row in rows)
    return {a.id: [e.to_dict() for e in events] for a, events in extract_stream(articles, workers=workers)}


def run(path: Path, workers: int | None = None) -> AcledScores:
    rows = read_acled_csv(path)
    ids = Counter(r.id for r in rows)
    duplicated = [i for i, n in ids.items() if n > 1]
    if duplicated:
        raise ValueError(f"{path}: event_id_cnty repeats ({', '.join(duplicated[:3])}): one row per event")
    return score(rows, extract_predictions(rows, workers))


# ---------------------------------------------------------------- output

_FIELDS = (
    ("event_type", "event type"),
    ("sub_event_type", "sub-event type"),
    ("fatalities", "fatalities"),
    ("date", "date"),
    ("place_25km_precise", "place <= 25 km (geo_precision 1)"),
    ("place_25km", "place <= 25 km (all)"),
)


def format_scores(s: AcledScores) -> str:
    """Accuracies, then the confusion table: ACLED's sub-event types as rows, the predicted as columns."""
    lines = [f"{s.notes} ACLED notes", ""]
    for key, label in _FIELDS:
        rate = s.rates.get(key)
        if rate and rate.total:
            lines.append(f"  {label:34}{rate.value:7.3f}  ({rate.correct}/{rate.total})")
    return "\n".join(lines + ["", format_confusion(s.confusion)])


def _code(sub: str) -> str:
    return categories()[sub][1] if sub in categories() else ("-" if sub == NONE else sub[:4])


def _ordered(subs: Iterable[str]) -> list[str]:
    order = list(categories())
    return sorted(set(subs), key=lambda x: (x not in order, order.index(x) if x in order else 0, x))


def format_confusion(confusion: Counter[tuple[str, str]]) -> str:
    rows = _ordered(g for g, _ in confusion)
    cols = [*_ordered(p for _, p in confusion if p != NONE), NONE]
    width = max(4, *(len(_code(c)) + 1 for c in cols))
    header = f"{'ACLED sub-event type':36}{'n':>5}{'recall':>7} " + "".join(f"{_code(c):>{width}}" for c in cols)
    lines = [header]
    for g in rows:
        n = sum(confusion[(g, c)] for c in cols)
        cells = "".join(f"{confusion[(g, c)] or '.':>{width}}" for c in cols)
        lines.append(f"{g[:35]:36}{n:5}{confusion[(g, g)] / n:7.2f} {cells}")
    legend = ", ".join(f"{_code(c)} {c}" for c in cols if c != NONE)
    return "\n".join([*lines, "", f"columns: {legend}; - no ACLED event"])


def weakest_rows(confusion: Counter[tuple[str, str]], min_n: int = 5, k: int = 5) -> list[tuple[str, int, float]]:
    """The sub-event types (with at least `min_n` notes) flashpoint recovers least often."""
    totals: Counter[str] = Counter()
    for (g, _), n in confusion.items():
        totals[g] += n
    rows = [(g, n, confusion[(g, g)] / n) for g, n in totals.items() if n >= min_n]
    return sorted(rows, key=lambda r: r[2])[:k]


def format_errors(s: AcledScores) -> str:
    """Every note whose sub-event type is wrong, with the prediction and the note."""
    out = []
    for r in _wrong(s.results):
        flat = " ".join(r.row.notes.split())
        out.append(f"[{r.row.id}] gold={r.row.sub_event_type!r} pred={r.sub_event_type!r} | {flat[:160]}")
    return "\n".join(out)


def _wrong(results: list[NoteResult]) -> Iterator[NoteResult]:
    return (r for r in results if r.sub_event_type != r.row.sub_event_type)
