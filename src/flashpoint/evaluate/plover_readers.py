"""Read coded sentences for PLOVER scoring: flashpoint's JSONL format and public formats.

Formats (chosen by `read_sentences` from the file name and first line):

- flashpoint JSONL (docs/plover-format.md): `{"id", "text", "published"?, "type", "mode"?, "source",
  "target", "source_text"?, "target_text"?}` or `"events": [...]` for several acts in one sentence;
- PETRARCH validation records (`.xml`): `<Sentence>` with `<EventCoding eventcode sourcecode targetcode>`
  and `<Text>`; CAMEO event codes become PLOVER types, CAMEO actor codes countries and organisations;
- NGEC synthetic stories (`.csv` with `text`, `label`, `mode`): the story's first paragraph, its type;
- IndiaPoliceEvents sentences (`.jsonl` with `sent_labels`): KILL and FORCE are ASSAULT by Indian police,
  ARREST is COERCE by Indian police;
- CoNLL source/target spans (`.txt`/`.conll`, a token and a B-/I- tag of S, T or R a line, as in
  ConfliBERT's `cameo_ner`): any event type, actors judged by position (R, reciprocal, as source);
- quad-class sentences (`.tsv`, text and a class 1-4, as in ConfliBERT's `cameo_class`): any type of
  the quad class counts (class 0, neutral statements, has no PLOVER type and is left out).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from flashpoint.evaluate.events import COUNTRY_CODE, is_country
from flashpoint.model import EVENT_TYPES, SECTORS

_DATA = Path(__file__).parent / "data"
QUADS: dict[str, tuple[str, ...]] = {
    "verbal-cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material-cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal-conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material-conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
_CONFLIBERT_QUADS = {"1": "verbal-cooperation", "2": "material-cooperation", "3": "verbal-conflict",
                     "4": "material-conflict"}  # fmt: skip
_IPE_LABELS = {"KILL": "ASSAULT", "FORCE": "ASSAULT", "ARREST": "COERCE"}
# NGEC mode names that differ from the PLOVER manual's
_NGEC_MODES = {"primative": "primitive", "sieze": "seize", "assassinate": "targeted", "execute": "targeted"}


@dataclass(frozen=True)
class GoldAct:
    """One coded act of a sentence: its type (or acceptable types), mode and actors."""

    types: tuple[str, ...]
    mode: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()

    @property
    def label(self) -> str:
        """The type, or the name of the class of types the gold accepts."""
        if len(self.types) == 1:
            return self.types[0]
        quad = [name for name, types in QUADS.items() if types == self.types]
        return quad[0] if quad else "any"

    def codes(self, role: str) -> tuple[str, ...]:
        return self.source if role == "source" else self.target

    def spans(self, role: str) -> tuple[tuple[int, int], ...]:
        return self.source_spans if role == "source" else self.target_spans


@dataclass(frozen=True)
class PloverSentence:
    """A sentence and the acts a coder found in it (none: nothing to code)."""

    id: str
    text: str
    acts: tuple[GoldAct, ...]
    published: date | None = None
    report: str | None = None  # the whole report the sentence comes from, when the format gives it
    offset: int = 0  # where the sentence starts in `report`


def read_sentences(path: Path, published: date | None = None) -> list[PloverSentence]:
    """Coded sentences from any supported format; ValueError names the file, line and reason."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".xml":
        found = read_petrarch(path)
    elif suffix == ".csv":
        found = read_ngec(path)
    elif suffix == ".tsv":
        found = read_quad_tsv(path)
    elif suffix in {".txt", ".conll"}:
        found = read_conll(path)
    elif suffix in {".jsonl", ".json"}:
        found = read_ipe(path) if _first_record(path).get("sent_labels") is not None else read_jsonl(path)
    else:
        raise ValueError(f"{path}: unknown format (expected .jsonl, .xml, .csv, .tsv or .txt)")
    return [s if s.published or not published else replace(s, published=published) for s in found]


def _first_record(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:1: not JSON: {err}") from err
                return record if isinstance(record, dict) else {}
    return {}


# ---------------------------------------------------------------- flashpoint JSONL


def read_jsonl(path: Path) -> list[PloverSentence]:
    out: list[PloverSentence] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            sent = parse_record(json.loads(line), n)
        except (json.JSONDecodeError, ValueError, TypeError) as err:
            raise ValueError(f"{path}:{n}: {err}") from err
        if sent.id in seen:
            raise ValueError(f"{path}:{n}: duplicate id {sent.id!r}")
        seen.add(sent.id)
        out.append(sent)
    return out


def parse_record(record: Any, n: int = 0) -> PloverSentence:
    """One line of the JSONL format as a coded sentence."""
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("`text` must be a non-empty string")
    if "events" in record:
        raw = record["events"]
        if not isinstance(raw, list):
            raise ValueError("`events` must be a list")
    else:
        raw = [] if record.get("type") is None else [record]
    acts = tuple(_parse_act(a, text) for a in raw)
    published = date.fromisoformat(str(record["published"])[:10]) if record.get("published") else None
    return PloverSentence(str(record.get("id", n)), text, acts, published)


def _parse_act(raw: Any, text: str) -> GoldAct:
    if not isinstance(raw, dict):
        raise ValueError("an event must be a JSON object")
    types = raw.get("type")
    types = tuple(types) if isinstance(types, list) else (types,)
    bad = [t for t in types if t not in EVENT_TYPES]
    if bad or not types:
        raise ValueError(f"type {raw.get('type')!r} is not a PLOVER type (or a list of them)")
    mode = raw.get("mode")
    return GoldAct(
        types=types,
        mode=str(mode).lower() if mode else None,
        source=_checked_codes(raw.get("source", [])),
        target=_checked_codes(raw.get("target", [])),
        source_spans=_spans(raw.get("source_text", []), text),
        target_spans=_spans(raw.get("target_text", []), text),
    )


def _checked_codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError("source and target must be lists of actor codes")
    for code in value:
        code = str(code)
        if "-" in code:
            if not COUNTRY_CODE.match(code) or not is_country(code[:3]) or code[4:] not in SECTORS:
                raise ValueError(f"actor code {code!r} is not CCC-SECTOR")
        elif not re.match(r"^[A-Z][A-Z0-9]{1,11}$", code):  # a country (USA) or an organisation (GCC)
            raise ValueError(f"actor code {code!r} is neither a country code nor an organisation code")
    return tuple(str(c) for c in value)


def _spans(value: Any, text: str) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, list):
        raise ValueError("source_text and target_text must be lists of strings")
    spans = []
    for words in value:
        start = text.find(str(words))
        if start < 0:
            raise ValueError(f"{words!r} is not in the text")
        spans.append((start, start + len(str(words))))
    return tuple(spans)


# ---------------------------------------------------------------- PETRARCH validation records


@cache
def _cameo_events() -> dict[str, tuple[str | None, str | None]]:
    table: dict[str, tuple[str | None, str | None]] = {}
    for line in (_DATA / "cameo_plover.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t") + [""]
            table[cols[0]] = (None if cols[1] == "-" else cols[1], cols[2] or None)
    return table


@cache
def _cameo_orgs() -> dict[str, str]:
    rows = (line.split("\t") for line in (_DATA / "cameo_actors.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {seg: org for seg, org in rows}


def cameo_to_plover(code: str) -> tuple[str | None, str | None]:
    """A CAMEO event code's PLOVER type and mode (type None: codes PLOVER drops, and unknown codes)."""
    table = _cameo_events()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return (None, None)  # not a CAMEO code (test records invent some): nothing PLOVER codes


def cameo_actor(code: str) -> str | None:
    """A CAMEO actor code as a flashpoint code: `USAGOV` -> USA-GOV, `IGOUNOMIL` -> UN; None when
    the code names no country or known organisation (`---REB`, fictional test countries)."""
    code = code.strip().upper()
    if code[:3] in {"IGO", "NGO"}:
        segments = [code[i : i + 3] for i in range(3, len(code), 3)]
        return next((_cameo_orgs()[s] for s in segments if s in _cameo_orgs()), None)
    if len(code) < 3 or not is_country(code[:3]):
        return None
    sector = code[3:6]
    return f"{code[:3]}-{sector}" if sector in SECTORS else code[:3]


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_petrarch(path: Path) -> list[PloverSentence]:
    """PETRARCH validation files are XML-like but not always well formed: read them by pattern."""
    out: list[PloverSentence] = []
    for m in _SENTENCE.finditer(path.read_text(encoding="utf-8")):
        attrs = dict(_ATTR.findall(m.group(1)))
        body = m.group(2)
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not text or not text.group(1).strip():
            continue
        codings = [dict(_ATTR.findall(c)) for c in re.findall(r"<EventCoding\b([^>]*)>", body)]
        acts = _petrarch_acts(codings)
        if acts is None:
            continue  # only CAMEO codes that PLOVER drops: neither an event nor nothing
        day = attrs.get("date", "")
        published = date(int(day[:4]), int(day[4:6]), int(day[6:8])) if re.fullmatch(r"\d{8}", day) else None
        out.append(PloverSentence(attrs.get("id", str(len(out))), " ".join(text.group(1).split()), acts, published))
    return out


def _petrarch_acts(codings: list[dict[str, str]]) -> tuple[GoldAct, ...] | None:
    """CAMEO codes one dyad a record ("USA RUS 040" and "RUS USA 040"); PLOVER one act with lists of
    actors: records of one type merge into one act."""
    if any(c.get("noevents") for c in codings):
        return ()
    merged: dict[str, GoldAct] = {}
    for c in codings:
        etype, mode = cameo_to_plover(c.get("eventcode", ""))
        if etype is None:
            continue
        src, tgt = cameo_actor(c.get("sourcecode", "")), cameo_actor(c.get("targetcode", ""))
        old = merged.get(etype, GoldAct((etype,), mode))
        merged[etype] = GoldAct(
            (etype,), old.mode or mode,
            old.source + ((src,) if src and src not in old.source else ()),
            old.target + ((tgt,) if tgt and tgt not in old.target else ()),
        )
    return tuple(merged.values()) if merged else None


# ---------------------------------------------------------------- NGEC synthetic stories


def read_ngec(path: Path) -> list[PloverSentence]:
    out: list[PloverSentence] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            label = (row.get("label") or "").strip().upper()
            lead = _lead_paragraph(row.get("text") or "")
            if label not in EVENT_TYPES or not lead:
                continue
            raw_mode = (row.get("mode") or "").strip().lower()
            mode = _NGEC_MODES.get(raw_mode, raw_mode) or None
            out.append(PloverSentence(f"ngec-{i}", lead, (GoldAct((label,), mode),)))
    return out


def _lead_paragraph(text: str) -> str:
    """The first paragraph after the "(Reuters) --" style dateline line."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    for p in paragraphs:
        if not re.fullmatch(r"\(?[^()]{0,40}\)?\s*[-—–]+", p):
            return " ".join(p.split())
    return ""


# ---------------------------------------------------------------- IndiaPoliceEvents


def read_ipe(path: Path) -> list[PloverSentence]:
    """Sentences with a police act: KILL/FORCE -> ASSAULT, ARREST -> COERCE, by Indian police.

    With `docs.jsonl` beside the file, each sentence is scored inside its whole report (the dateline
    and earlier sentences tell whose police act)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = _ipe_docs(path.with_name("docs.jsonl"))
    cursor: dict[Any, int] = {}
    out: list[PloverSentence] = []
    for n, rec in enumerate(records, 1):
        raw = _unmangle(str(rec.get("sent_text", "")))
        report = docs.get(rec.get("doc_id"))
        offset = report.find(raw.strip(), cursor.get(rec.get("doc_id"), 0)) if report else -1
        if offset >= 0:
            cursor[rec.get("doc_id")] = offset + len(raw.strip())
        types = sorted({_IPE_LABELS[label] for label in rec.get("sent_labels") or [] if label in _IPE_LABELS})
        if not types or not raw.strip():
            continue
        acts = tuple(GoldAct((t,), source=("IND-COP",)) for t in types)
        sid = f"ipe-{rec.get('doc_id')}-{rec.get('sent_id', n)}"
        if offset >= 0 and report is not None:
            out.append(PloverSentence(sid, raw.strip(), acts, report=report, offset=offset))
        else:
            out.append(PloverSentence(sid, " ".join(raw.split()), acts))
    return out


def _ipe_docs(path: Path) -> dict[Any, str]:
    if not path.is_file():
        return {}
    docs = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {d.get("doc_id"): _unmangle(str(d.get("doc_text", ""))) for d in docs}


# UTF-8 quotes and dashes read as Windows-1252 in the source files
_MANGLED = {"â€œ": "“", "â€\ufffd": "”", "â€˜": "‘", "â€™": "’", "â€“": "–", "â€”": "—", "â€¦": "…"}


def _unmangle(text: str) -> str:
    for bad, good in _MANGLED.items():
        text = text.replace(bad, good)
    return text


# ---------------------------------------------------------------- ConfliBERT


def read_quad_tsv(path: Path) -> list[PloverSentence]:
    out: list[PloverSentence] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or cols[-1].strip() not in _CONFLIBERT_QUADS:
            continue
        types = QUADS[_CONFLIBERT_QUADS[cols[-1].strip()]]
        out.append(PloverSentence(f"{path.stem}-{n}", cols[0].strip(), (GoldAct(types),)))
    return out


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "’s", "%", ")", "'", "n't"}


def read_conll(path: Path) -> list[PloverSentence]:
    """Token-per-line spans: S source, T target, R reciprocal (scored as source)."""
    out: list[PloverSentence] = []
    block: list[tuple[str, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines() + [""]
    for line in lines:
        parts = line.split()
        if len(parts) >= 2:
            block.append((parts[0], parts[-1]))
            continue
        if block:
            out.append(_conll_sentence(f"{path.stem}-{len(out) + 1}", block))
            block = []
    return [s for s in out if s.acts]


def _conll_sentence(sid: str, tokens: list[tuple[str, str]]) -> PloverSentence:
    text = ""
    spans: dict[str, list[list[int]]] = {"S": [], "T": [], "R": []}
    for word, tag in tokens:
        if text and word not in _NO_SPACE_BEFORE and not text.endswith(("(", "$")):
            text += " "
        start = len(text)
        text += word
        kind = tag[2:] if tag[:2] in {"B-", "I-"} else ""
        if kind in spans:
            if tag.startswith("B-") or not spans[kind]:
                spans[kind].append([start, len(text)])
            else:
                spans[kind][-1][1] = len(text)
    # reciprocal parties ("X and Y agreed") are all actors, as in PLOVER; no recipient is required
    src = tuple((a, b) for a, b in spans["S"] + spans["R"])
    tgt = tuple((a, b) for a, b in spans["T"])
    acts = (GoldAct(EVENT_TYPES, source_spans=src, target_spans=tgt),) if src or tgt else ()
    return PloverSentence(sid, text, acts)
