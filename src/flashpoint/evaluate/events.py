"""Score extracted events against a hand-coded gold set.

The gold format is documented in docs/gold-format.md. In short: one YAML file per report,
each gold event points at its sentence through a short `anchor` substring, and actors are
written as codes (`SDN-MIL`, `UKR`, `UNSC`, `RSF`).

A predicted event (a dict in the `flashpoint extract` output contract) matches a gold event
of the same article when the types are equal, its evidence overlaps the anchor's sentence,
and - when the gold event names actors - the two share at least one country/org code.
Matching is one-to-one and maximises the number of matched pairs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from flashpoint.data import parse_yaml
from flashpoint.evaluate.acled import NONE, categories, main_event
from flashpoint.geometry import haversine_km
from flashpoint.model import EVENT_TYPES, SECTORS, STATUSES
from flashpoint.textutil import strip_accents

CODES_FILE = "_codes.yaml"
FIELDS: tuple[str, ...] = (
    "date", "location", "fatalities", "injured", "status", "claimed_by", "source_exact", "target", "mode", "content",
    "acled",
)  # fmt: skip
# Fields a gold event leaves open unless its coder wrote them.
_OPTIONAL_FIELDS = frozenset({"mode", "content", "acled"})

COUNTRY_CODE = re.compile(r"^[A-Z]{3}(-[A-Z]{3})?$")
_ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MODE = re.compile(r"^[a-z][a-z-]*$")
# Tokens that end with a period without ending the sentence; wire copy uses few of them.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "gov", "sen", "rep", "st",
     "jr", "sr", "vs", "u.s", "u.n", "u.k", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip


# ---------------------------------------------------------------- gold data


@dataclass(frozen=True)
class GoldEvent:
    """One event a careful human coder would code, as written in a gold file."""

    type: str
    anchor: str
    sentence: tuple[int, int]  # character span of the sentence holding the anchor
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    mode: str | None = None
    date: str | None = None
    location: dict[str, Any] | None = None
    fatalities: int | None = None
    injured: int | None = None
    status: str = "occurred"
    claimed_by: str | None = None
    content: dict[str, Any] | None = None  # the act a speech act is about: {type, mode?, status?}
    acled: str | None = None  # ACLED sub-event type, "none" for an act ACLED would not code, None: open

    @property
    def actors(self) -> tuple[str, ...]:
        return self.source + self.target


@dataclass
class GoldReport:
    """One hand-written news report with the events coded from it."""

    id: str
    text: str
    events: list[GoldEvent]
    published: date | None = None
    title: str | None = None
    path: Path | None = None
    org_homes: dict[str, str] = field(default_factory=dict)  # org code -> home country, for lenient keys


def load_gold(path: Path) -> list[GoldReport]:
    """Read a gold directory (every *.yaml not starting with `_`) or a single gold file.

    A file holds one report, or several under `reports:`. Non-country actor codes must be
    declared in `_codes.yaml` next to the files; a file that breaks the format raises
    ValueError naming the file and the reason.
    """
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    if path.is_dir():
        files = sorted(p for p in path.glob("*.yaml") if not p.name.startswith("_"))
    elif path.is_file():
        files = [path]
    else:
        raise ValueError(f"{path}: no such gold file or directory")
    orgs = load_codes(folder / CODES_FILE)
    reports = [report for p in files for report in _load_file(p, orgs)]
    seen: set[str] = set()
    for report in reports:
        if report.id in seen:
            raise ValueError(f"{report.path}: duplicate report id {report.id!r}")
        seen.add(report.id)
    return reports


def load_codes(path: Path) -> dict[str, dict[str, Any]]:
    """The declared organisation/group codes: code -> {name, kind, country}. Empty when absent."""
    if not path.is_file():
        return {}
    data = parse_yaml(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of code -> description")
    for code, info in data.items():
        if not _ORG_CODE.match(str(code)) or not isinstance(info, dict) or not info.get("name"):
            raise ValueError(f"{path}: malformed entry for {code!r} (needs a name)")
        home = info.get("country")
        if home is not None and not re.match(r"^[A-Z]{3}$", str(home)):
            raise ValueError(f"{path}: {code}: country must be ISO alpha-3, got {home!r}")
    return {str(k): v for k, v in data.items()}


def _load_file(path: Path, orgs: dict[str, dict[str, Any]]) -> list[GoldReport]:
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    if "reports" not in data:
        return [_load_report(path, data, orgs)]
    if set(data) != {"reports"} or not isinstance(data["reports"], list):
        raise ValueError(f"{path}: `reports` must be a list of reports and the file's only key")
    return [_load_report(path, raw, orgs) for raw in data["reports"]]


def _load_report(path: Path, data: Any, orgs: dict[str, dict[str, Any]]) -> GoldReport:
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a report must be a mapping")
    for key in ("id", "text", "events"):
        if key not in data:
            raise ValueError(f"{path}: missing required key {key!r}")
    text = data["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{path}: `text` must be a non-empty string")
    if not isinstance(data["events"], list):
        raise ValueError(f"{path}: `events` must be a list (use [] for a report with no events)")
    sentences = split_sentences(text)
    events = []
    for i, raw in enumerate(data["events"]):
        try:
            events.append(_parse_event(raw, text, sentences, orgs))
        except ValueError as err:
            raise ValueError(f"{path}: event {i + 1}: {err}") from err
    homes = {code: info["country"] for code, info in orgs.items() if info.get("country")}
    return GoldReport(
        id=str(data["id"]),
        text=text,
        events=events,
        published=_parse_day(data.get("published"), path),
        title=data.get("title"),
        path=path,
        org_homes=homes,
    )


def _parse_day(value: Any, path: Path) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise ValueError(f"{path}: `published` is not an ISO date: {value!r}") from err


def _parse_event(raw: Any, text: str, sentences: list[tuple[int, int]], orgs: dict) -> GoldEvent:
    if not isinstance(raw, dict):
        raise ValueError("an event must be a mapping")
    unknown = set(raw) - {"type", "mode", "anchor", "source", "target", "date", "location",
                          "fatalities", "injured", "status", "claimed_by", "content", "acled", "note"}  # fmt: skip
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    if raw.get("type") not in EVENT_TYPES:
        raise ValueError(f"type {raw.get('type')!r} is not a PLOVER type")
    status = raw.get("status", "occurred")
    if status not in STATUSES:
        raise ValueError(f"status {status!r} is not one of {STATUSES}")
    anchor = raw.get("anchor")
    if not isinstance(anchor, str) or not anchor:
        raise ValueError("missing anchor")
    count = text.count(anchor)
    if count != 1:
        raise ValueError(f"anchor {anchor!r} occurs {count} times in the text (needs exactly 1)")
    mode = raw.get("mode")
    if mode is not None and not _MODE.match(str(mode)):
        raise ValueError(f"mode {mode!r} must be a lowercase word")
    claimed_by = raw.get("claimed_by")
    if status == "claimed" and not claimed_by:
        raise ValueError("a claimed event needs claimed_by")
    return GoldEvent(
        type=raw["type"],
        anchor=anchor,
        sentence=sentence_of(text.index(anchor), sentences),
        source=_codes(raw.get("source", []), orgs, "source"),
        target=_codes(raw.get("target", []), orgs, "target"),
        mode=mode,
        date=_gold_date(raw.get("date")),
        location=_gold_location(raw.get("location")),
        fatalities=_count(raw.get("fatalities"), "fatalities"),
        injured=_count(raw.get("injured"), "injured"),
        status=status,
        claimed_by=_codes([claimed_by], orgs, "claimed_by")[0] if claimed_by else None,
        content=_gold_content(raw.get("content")),
        acled=_gold_acled(raw),
    )


def _gold_content(value: Any) -> dict[str, Any] | None:
    """The act a threat, demand, promise, offer or refusal is about: a type, a mode, a status."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"type", "mode", "status"}:
        raise ValueError("content must be a mapping with type, mode and status")
    if value.get("type") not in EVENT_TYPES:
        raise ValueError(f"content type {value.get('type')!r} is not a PLOVER type")
    if value.get("status", "hypothetical") not in STATUSES:
        raise ValueError(f"content status {value.get('status')!r} is not one of {STATUSES}")
    return dict(value)


def _gold_acled(raw: dict[str, Any]) -> str | None:
    """`acled: Armed clash` (a sub-event type), `acled: null` (ACLED would not code it), or absent (open)."""
    if "acled" not in raw:
        return None
    value = raw["acled"]
    if value is None:
        return NONE
    if value not in categories():
        raise ValueError(f"acled {value!r} is not one of ACLED's 25 sub-event types")
    return str(value)


def _codes(value: Any, orgs: dict, what: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{what} must be a list of actor codes")
    for code in value:
        check_code(str(code), orgs)
    return tuple(str(c) for c in value)


def check_code(code: str, orgs: dict) -> None:
    """Raise ValueError unless `code` is COUNTRY, COUNTRY-SECTOR or a declared org code."""
    if code in orgs:
        return
    if not COUNTRY_CODE.match(code):
        raise ValueError(f"actor code {code!r} is neither CCC, CCC-SECTOR nor a declared org code")
    if not is_country(code[:3]):
        raise ValueError(f"actor code {code!r}: {code[:3]} is not an ISO 3166-1 alpha-3 code")
    if "-" in code and code[4:] not in SECTORS:
        raise ValueError(f"actor code {code!r}: unknown sector {code[4:]}")


# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU, IMF and GeoNames use.
_EXTRA_COUNTRIES = frozenset({"XKX"})


def is_country(code: str) -> bool:
    import pycountry  # a declared dependency; imported here to keep module import light

    return code in _EXTRA_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None


def _gold_date(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    if not _ISO_DATE.match(text):
        raise ValueError(f"date {value!r} is not ISO YYYY-MM-DD, YYYY-MM or YYYY")
    return text


def _gold_location(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"name", "country", "lat", "lon"}:
        raise ValueError("location must be null or a mapping with name/country/lat/lon")
    country = value.get("country")
    if country is not None and not is_country(str(country)):
        raise ValueError(f"location country {country!r} is not ISO alpha-3")
    return dict(value)


def _count(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a non-negative integer or null")
    return value


# ---------------------------------------------------------------- sentences


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences, by punctuation and line breaks (no NLP model needed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?][\"'”’)]*\s+|\n\s*", text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        nxt = text[end : end + 1]
        if m.group()[0] in ".!?" and nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘("):
            continue
        _add_span(spans, text, start, m.start() + len(m.group().rstrip()))
        start = end
    _add_span(spans, text, start, len(text))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    found = re.search(r"[\w.]*$", text[:dot])
    word = found.group().lower() if found else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_of(offset: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for start, end in sentences:
        if start <= offset < end:
            return (start, end)
    return sentences[-1]


# ---------------------------------------------------------------- actor codes


def pred_key(actor: dict[str, Any] | None) -> str | None:
    """A predicted actor's code for comparison: its org when set, else its country."""
    if not actor:
        return None
    return actor.get("org") or actor.get("country")


def gold_keys(code: str, homes: dict[str, str]) -> frozenset[str]:
    """The predicted keys that satisfy one gold actor code.

    `SDN-MIL` is satisfied by SDN; a group like `RSF` by RSF or, since extractors often
    know a group's country but not its name code, by the group's home country.
    """
    base = code.split("-")[0] if COUNTRY_CODE.match(code) else code
    return frozenset({base, homes[code]}) if code in homes else frozenset({base})


def _pred_keys(actors: Iterable[dict[str, Any]]) -> set[str]:
    return {k for k in (pred_key(a) for a in actors) if k}


def _with_bodies(keys: set[str]) -> set[str]:
    """The keys and, for a body's office or organ, its body's: a shared party for matching ("UNSG" is also
    "UN": the gold sets, like PLOVER, code the Secretary-General's acts as the UN's)."""
    parents = _org_parents()
    return keys | {parents[k] for k in keys if k in parents}


@lru_cache(maxsize=1)
def _org_parents() -> dict[str, str]:
    from flashpoint.actors.kb import load_kb  # the actor stage's data: the evaluator reads no other copy

    return dict(load_kb().parents)


def actors_agree(gold: GoldEvent, pred: dict[str, Any], homes: dict[str, str]) -> bool:
    if not gold.actors:
        return True
    keys = _with_bodies(_pred_keys(list(pred.get("source") or []) + list(pred.get("target") or [])))
    return any(keys & gold_keys(code, homes) for code in gold.actors)


def same_actor_set(gold_codes: tuple[str, ...], pred_actors: list[dict], homes: dict[str, str]) -> bool:
    keys = _pred_keys(pred_actors)
    wanted = [gold_keys(c, homes) for c in gold_codes]
    every_gold_found = all(keys & w for w in wanted)
    every_pred_wanted = all(any(k in w for w in wanted) for k in keys)
    return every_gold_found and every_pred_wanted


# ---------------------------------------------------------------- matching


@dataclass
class Counts:
    """True positives, false positives and misses, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class Mismatch:
    """One disagreement kept for debugging: a false positive, a miss or a wrong field."""

    article: str
    kind: str  # "false-positive", "miss" or the field name
    type: str
    sentence: str
    gold: Any = None
    predicted: Any = None


@dataclass
class EventScores:
    strict: Counts = field(default_factory=Counts)
    type_only: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    fields: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in FIELDS})
    errors: list[Mismatch] = field(default_factory=list)
    reports: int = 0
    coverage: Counter[str] = field(default_factory=Counter)  # predicted events with coded source/target/both
    # Acts the gold calls negated or hypothetical that were coded as having happened (occurred or claimed):
    # the errors a dataset must never carry. Counted on type-only matches, whatever the actors.
    forbidden: int = 0
    # Per report, when the gold set gives ACLED categories: (report id, gold label, predicted label, and
    # whether any event was coded for ACLED in a report that has none).
    acled_labels: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def acled_f1(self) -> float | None:
        """Weighted F1 of the per-report ACLED sub-event type, as CASE 2021 task 2 scores it."""
        return weighted_f1([(g, p) for _, g, p, _ in self.acled_labels]) if self.acled_labels else None

    def acled_false_alarms(self) -> tuple[int, int]:
        """Reports with nothing ACLED would code that got an ACLED category anyway, of all such reports."""
        quiet = [alarm for _, g, _, alarm in self.acled_labels if g == NONE]
        return sum(quiet), len(quiet)


def score(gold: list[GoldReport], predicted: dict[str, list[dict[str, Any]]]) -> EventScores:
    """Compare predicted events (article id -> event dicts) with the gold reports.

    Predictions for articles that are not in the gold set are ignored.
    """
    scores = EventScores(reports=len(gold))
    for report in gold:
        preds = list(predicted.get(report.id, []))
        pairs = match(report, preds, check_actors=True)
        loose = match(report, preds, check_actors=False)
        _count_coverage(scores.coverage, preds)
        _count_pairs(scores.strict, pairs, len(report.events), len(preds))
        _count_pairs(scores.type_only, loose, len(report.events), len(preds))
        _count_per_type(scores.per_type, report, preds, pairs)
        _record_errors(scores, report, preds, pairs)
        for gi, pi in loose.items():
            if _forbidden(report.events[gi], preds[pi], preds):
                scores.forbidden += 1
                g = report.events[gi]
                scores.errors.append(Mismatch(report.id, "forbidden", g.type, _text(report, g.sentence),
                                              gold=g.status, predicted=preds[pi].get("status")))
        for gi, pi in pairs.items():
            _check_fields(scores, report, report.events[gi], preds[pi])
    if any(e.acled is not None for r in gold for e in r.events):
        scores.acled_labels = [_acled_label(r, predicted.get(r.id, [])) for r in gold if report_label(r)]
    return scores


def _forbidden(g: GoldEvent, p: dict[str, Any], preds: list[dict[str, Any]]) -> bool:
    """The act is coded as having happened, and no event of its type in its sentence says it did not (a
    negated act beside one that happened, "did not attend a summit where leaders discussed", may be
    paired the other way round)."""
    if g.status not in {"negated", "hypothetical"} or p.get("status") not in {"occurred", "claimed"}:
        return False
    return not any(q.get("type") == g.type and q.get("status") == g.status and _overlaps(q.get("evidence"), g.sentence)
                   for q in preds)  # fmt: skip


def report_label(report: GoldReport) -> str | None:
    """The ACLED sub-event type a report is about: that of its first gold event (in reading order)
    with one; "none" for a report with nothing ACLED would code; None when its events leave it open."""
    if report.events and all(e.acled is None for e in report.events):
        return None
    coded = [e for e in report.events if e.acled not in (None, NONE)]
    first = min(coded, key=lambda e: report.text.index(e.anchor), default=None)
    return first.acled if first is not None else NONE


def _acled_label(report: GoldReport, preds: list[dict[str, Any]]) -> tuple[str, str, str, bool]:
    gold = report_label(report) or NONE
    main = main_event(preds)
    predicted = _pred_acled(main) if main is not None else NONE
    return report.id, gold, predicted, gold == NONE and main is not None


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    """F1 per gold label, averaged with each label weighted by its number of gold items."""
    total = 0.0
    for label in {g for g, _ in pairs}:
        support = sum(1 for g, _ in pairs if g == label)
        guessed = sum(1 for _, p in pairs if p == label)
        hits = sum(1 for g, p in pairs if g == p == label)
        f1 = 2 * hits / (support + guessed) if hits else 0.0
        total += f1 * support
    return total / len(pairs) if pairs else 0.0


def match(report: GoldReport, preds: list[dict[str, Any]], check_actors: bool = True) -> dict[int, int]:
    """A maximum one-to-one matching: gold event index -> predicted event index."""
    options: dict[int, list[int]] = {}
    for gi, g in enumerate(report.events):
        cands = [pi for pi, p in enumerate(preds) if _compatible(report, g, p, check_actors)]
        # Try first the predictions whose trigger lies in the gold anchor (the same act, not another act of its
        # type in the sentence), then those that agree on most fields, so ties resolve sensibly.
        rank = {pi: (_on_anchor(report, g, preds[pi]), _agreement(report, g, preds[pi])) for pi in cands}
        cands.sort(key=rank.__getitem__, reverse=True)  # stable: ties keep prediction order
        options[gi] = cands
    owner: dict[int, int] = {}  # pred index -> gold index
    for gi in options:
        _augment(gi, options, owner, set())
    return {gi: pi for pi, gi in owner.items()}


def _augment(gi: int, options: dict[int, list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    for pi in options[gi]:
        if pi in seen:
            continue
        seen.add(pi)
        if pi not in owner or _augment(owner[pi], options, owner, seen):
            owner[pi] = gi
            return True
    return False


def _compatible(report: GoldReport, g: GoldEvent, p: dict[str, Any], check_actors: bool) -> bool:
    if p.get("type") != g.type or not _overlaps(p.get("evidence"), g.sentence):
        return False
    return actors_agree(g, p, report.org_homes) if check_actors else True


def _overlaps(evidence: dict[str, Any] | None, span: tuple[int, int]) -> bool:
    if not evidence or evidence.get("start") is None or evidence.get("end") is None:
        return False
    start, end = int(evidence["start"]), int(evidence["end"])
    return start < span[1] and span[0] < max(end, start + 1)


def _on_anchor(report: GoldReport, g: GoldEvent, p: dict[str, Any]) -> bool:
    """The predicted trigger lies inside the gold anchor's text."""
    trigger = p.get("trigger") or {}
    start = report.text.find(g.anchor, g.sentence[0]) if g.anchor else -1
    if start < 0 or trigger.get("start") is None:
        return False
    return start <= int(trigger["start"]) < start + len(g.anchor)


def _agreement(report: GoldReport, g: GoldEvent, p: dict[str, Any]) -> int:
    return sum(1 for f in FIELDS if field_correct(f, report, g, p))


def _count_pairs(counts: Counts, pairs: dict[int, int], n_gold: int, n_pred: int) -> None:
    counts.tp += len(pairs)
    counts.fn += n_gold - len(pairs)
    counts.fp += n_pred - len(pairs)


def _count_per_type(per_type: dict[str, Counts], report: GoldReport, preds: list[dict], pairs) -> None:
    matched_preds = set(pairs.values())
    for gi, g in enumerate(report.events):
        c = per_type.setdefault(g.type, Counts())
        if gi in pairs:
            c.tp += 1
        else:
            c.fn += 1
    for pi, p in enumerate(preds):
        if pi not in matched_preds:
            per_type.setdefault(str(p.get("type")), Counts()).fp += 1


def _record_errors(scores: EventScores, report: GoldReport, preds: list[dict], pairs) -> None:
    matched_preds = set(pairs.values())
    for gi, g in enumerate(report.events):
        if gi not in pairs:
            gold = {"anchor": g.anchor, "source": list(g.source), "target": list(g.target)}
            scores.errors.append(Mismatch(report.id, "miss", g.type, _text(report, g.sentence), gold=gold))
    for pi, p in enumerate(preds):
        if pi not in matched_preds:
            ev = p.get("evidence") or {}
            scores.errors.append(
                Mismatch(report.id, "false-positive", str(p.get("type")), str(ev.get("text", "")),
                         predicted=_actor_summary(p))  # fmt: skip
            )


def _text(report: GoldReport, span: tuple[int, int]) -> str:
    return report.text[span[0] : span[1]]


def _actor_summary(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "source": [pred_key(a) for a in p.get("source") or []],
        "target": [pred_key(a) for a in p.get("target") or []],
        "status": p.get("status"),
    }


# ---------------------------------------------------------------- fields


def _check_fields(scores: EventScores, report: GoldReport, g: GoldEvent, p: dict[str, Any]) -> None:
    for name in FIELDS:
        if name in _OPTIONAL_FIELDS and getattr(g, name) is None or name == "target" and not g.target:
            continue  # gold leaves mode, content, ACLED category and target open unless the coder wrote one
        acc = scores.fields[name]
        acc.total += 1
        if field_correct(name, report, g, p):
            acc.correct += 1
        else:
            scores.errors.append(
                Mismatch(report.id, name, g.type, _text(report, g.sentence),
                         gold=_gold_value(name, g), predicted=_pred_value(name, p))  # fmt: skip
            )


def field_correct(name: str, report: GoldReport, g: GoldEvent, p: dict[str, Any]) -> bool:
    """Whether the predicted event gets one field of the gold event right."""
    if name == "date":
        return date_correct(g.date, p.get("date"))
    if name == "location":
        return location_correct(g.location, p.get("location"))
    if name in ("fatalities", "injured", "status"):
        return getattr(g, name) == p.get(name, None if name != "status" else "occurred")
    if name == "claimed_by":
        predicted = pred_key(p.get("claimed_by"))
        if g.claimed_by is None or predicted is None:
            return g.claimed_by is None and predicted is None
        return predicted in gold_keys(g.claimed_by, report.org_homes)
    if name == "source_exact":
        return same_actor_set(g.source, list(p.get("source") or []), report.org_homes)
    if name == "target":  # one of the gold's targets is among the predicted ones
        keys = {pred_key(a) for a in p.get("target") or []}
        return not g.target or any(keys & gold_keys(c, report.org_homes) for c in g.target)
    if name == "mode":
        return g.mode is None or g.mode == p.get("mode")
    if name == "content":
        return content_correct(g.content, p.get("content"))
    if name == "acled":
        return g.acled is None or g.acled == _pred_acled(p)
    raise KeyError(name)


def content_correct(gold: dict[str, Any] | None, predicted: dict[str, Any] | None) -> bool:
    """The same type, and the mode and status where the gold gives them."""
    if gold is None:
        return True
    if not predicted or predicted.get("type") != gold["type"]:
        return False
    return all(gold.get(k) is None or gold[k] == predicted.get(k) for k in ("mode", "status"))


def _pred_acled(p: dict[str, Any]) -> str:
    return (p.get("acled") or {}).get("sub_event_type") or NONE


def date_correct(gold: str | None, predicted: dict[str, Any] | None) -> bool:
    """Gold day/month/year against the predicted start, compared at the gold's precision."""
    start = (predicted or {}).get("start")
    if gold is None or not start:
        return gold is None and not start
    return len(str(start)) >= len(gold) and str(start)[: len(gold)] == gold


def location_correct(gold: dict[str, Any] | None, predicted: dict[str, Any] | None) -> bool:
    """Same country, and the same name (accents and case aside) or within 50 km."""
    if gold is None or not predicted:
        return gold is None and not predicted
    if gold.get("country") and gold["country"] != predicted.get("country"):
        return False
    if not gold.get("name"):
        return True
    if _fold(gold["name"]) == _fold(predicted.get("name") or predicted.get("text") or ""):
        return True
    return _within_km(gold, predicted, 50.0)


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", strip_accents(name).lower()).strip()


def _within_km(a: dict[str, Any], b: dict[str, Any], km: float) -> bool:
    coords = (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon"))
    if any(c is None for c in coords):
        return False
    lat1, lon1, lat2, lon2 = (float(c) for c in coords if c is not None)
    return haversine_km(lat1, lon1, lat2, lon2) <= km


def _gold_value(name: str, g: GoldEvent) -> Any:
    return {"source_exact": list(g.source)}.get(name, getattr(g, name, None))


def _pred_value(name: str, p: dict[str, Any]) -> Any:
    if name in ("source_exact", "target"):
        return [pred_key(a) for a in p.get(name.removesuffix("_exact")) or []]
    if name == "claimed_by":
        return pred_key(p.get("claimed_by"))
    if name == "acled":
        return _pred_acled(p)
    if name == "date":
        return (p.get("date") or {}).get("start")
    if name == "location":
        loc = p.get("location") or {}
        return {"name": loc.get("name"), "country": loc.get("country")} if loc else None
    if name == "content":
        content = p.get("content") or {}
        return {k: content.get(k) for k in ("type", "mode", "status")} if content else None
    return p.get(name)


# ---------------------------------------------------------------- output


def format_scores(s: EventScores) -> str:
    """A readable table: overall P/R/F1, per-type figures and field accuracy on matches."""
    lines = [f"{s.reports} reports", "", f"{'':18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    lines.append(_row("events (strict)", s.strict))
    lines.append(_row("events (type)", s.type_only))
    lines += ["", "per type (strict)"]
    for name in sorted(s.per_type, key=lambda t: (t not in EVENT_TYPES, t)):
        lines.append(_row(f"  {name}", s.per_type[name]))
    lines += ["", f"field accuracy on {s.strict.tp} matched events"]
    for name, acc in s.fields.items():
        value = "-" if acc.value is None else f"{acc.value:.3f}"
        lines.append(f"  {name:16}{value:>7}  ({acc.correct}/{acc.total})")
    c = s.coverage
    if c["events"]:
        shares = ", ".join(f"{k} {c[k] / c['events']:.3f}" for k in ("source", "target", "both"))
        lines += ["", f"coded parties of {c['events']} predicted events: {shares}"]
    lines.append(f"negated or hypothetical acts coded as having happened: {s.forbidden}")
    if s.acled_labels:
        right = sum(1 for _, g, p, _ in s.acled_labels if g == p)
        alarms, quiet = s.acled_false_alarms()
        lines += ["", f"ACLED sub-event type per report ({len(s.acled_labels)} reports)",
                  f"  weighted F1     {s.acled_f1():7.3f}", f"  accuracy        {right / len(s.acled_labels):7.3f}",
                  f"  coded although ACLED would not: {alarms} of {quiet} reports"]  # fmt: skip
    return "\n".join(lines)


def _count_coverage(coverage: Counter[str], preds: list[dict[str, Any]]) -> None:
    """How many predicted events name a coded source, a coded target, and both."""
    for p in preds:
        src = any(pred_key(a) for a in p.get("source") or [])
        tgt = any(pred_key(a) for a in p.get("target") or [])
        coverage.update(events=1, source=src, target=tgt, both=src and tgt)


def _row(label: str, c: Counts) -> str:
    return f"{label:18}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6}{c.fp:6}{c.fn:6}"


def format_errors(s: EventScores, kinds: Iterable[str] | None = None) -> str:
    """False positives, misses and field errors, one per line, for debugging an extractor."""
    wanted = set(kinds) if kinds else None
    lines = []
    for e in s.errors:
        if wanted and e.kind not in wanted:
            continue
        detail = f" gold={e.gold!r}" if e.gold is not None else ""
        detail += f" pred={e.predicted!r}" if e.predicted is not None else ""
        lines.append(f"[{e.article}] {e.kind:14} {e.type:9}{detail} | {_short(e.sentence)}")
    return "\n".join(lines)


def _short(text: str, width: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


# ---------------------------------------------------------------- running


def load_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Events in the extract output contract, one JSON object a line, grouped by article id."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{n}: not JSON: {err}") from err
        grouped.setdefault(str(event.get("article")), []).append(event)
    return grouped


def extract_predictions(gold: list[GoldReport]) -> dict[str, list[dict[str, Any]]]:
    """Run the extractor on the gold texts (imported lazily: it is a separate stage)."""
    from flashpoint.events import extract_article
    from flashpoint.model import Article

    out: dict[str, list[dict[str, Any]]] = {}
    for r in gold:
        article = Article(id=r.id, text=r.text, published=r.published, title=r.title)
        out[r.id] = [e.to_dict() for e in extract_article(article)]
    return out


def run(gold_path: Path, pred_path: Path | None = None) -> EventScores:
    """Score PRED.jsonl against the gold set, or run the extractor itself when PRED is None."""
    gold = load_gold(Path(gold_path))
    predicted = load_predictions(pred_path) if pred_path else extract_predictions(gold)
    return score(gold, predicted)
