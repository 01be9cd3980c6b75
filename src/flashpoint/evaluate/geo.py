"""Scoring place resolution the way geoparsing papers do, on flashpoint's corpus or the public ones.

A gold toponym is a span of a report, with its true coordinates where the corpus gives them. A
predicted place answers it when their spans overlap. The figures:

- recall: the share of gold toponyms (with coordinates) some predicted place answers;
- acc@161: the share of *all* gold toponyms with coordinates answered within 161 km (a toponym nobody
  answers counts as wrong, so accuracy mixes recognition and resolution, as in the mordecai and
  Edinburgh Geoparser evaluations);
- false-place share: the share of predicted places that overlap no gold toponym at all (spotting more
  must not drown users in false places);
- mean and median error over the answered toponyms.

Readers (`load_places_corpus` picks one by the file's shape): flashpoint's own YAML corpus
(tests/data/geo/*.yaml), the LGL XML format (also TR-News), the GeoWebNews XML format, GeoVirus and
WikToR. Corpora are never shipped with flashpoint; point the reader at your own copy.
"""

from __future__ import annotations

import json
import re
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flashpoint.data import parse_yaml
from flashpoint.geo.gazetteer import haversine_km
from flashpoint.model import Place

ACCURACY_KM = 161.0  # 100 miles, the customary threshold
# a corpus offset may be off its phrase (GeoVirus' are all one late; TR-News drifts in some reports)
ALIGN_WINDOW = 100


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    text: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    country: str | None = None
    type: str | None = None  # the corpus' own toponym type, where it has one (GeoWebNews)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GoldDoc:
    id: str
    text: str
    gold: list[GoldMention]


@dataclass
class GeoScore:
    mentions: int  # gold toponyms with coordinates
    found: int
    correct: int
    predicted: int = 0
    false_places: int = 0
    errors_km: list[float] = field(default_factory=list)
    misses: list[tuple[GoldMention, Place | None, float | None]] = field(default_factory=list)
    false: list[Place] = field(default_factory=list)
    predicted_by_kind: Counter[str] = field(default_factory=Counter)
    false_by_kind: Counter[str] = field(default_factory=Counter)
    spans: int = 0  # every gold toponym, with coordinates or not
    spans_found: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.mentions if self.mentions else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.mentions if self.mentions else 0.0

    @property
    def accuracy_found(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def false_share(self) -> float:
        return self.false_places / self.predicted if self.predicted else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    def summary(self) -> str:
        return (
            f"mentions={self.mentions} found={self.found} recall={self.recall:.3f} acc@161km={self.accuracy:.3f} "
            f"acc@161km_found={self.accuracy_found:.3f} predicted={self.predicted} "
            f"false_place_share={self.false_share:.3f} mean_error_km={self.mean_km:.1f} "
            f"median_error_km={self.median_km:.1f}"
        )

    def by_kind(self) -> str:
        return "  ".join(
            f"{kind}: {n} predicted, {self.false_by_kind[kind]} false"
            for kind, n in sorted(self.predicted_by_kind.items())
        )


# ---------------------------------------------------------------- readers


def _inside(g: GoldMention, other: GoldMention) -> bool:
    return other.start <= g.start and g.end <= other.end and (other.end - other.start) > (g.end - g.start)


def read_yaml_corpus(path: Path) -> list[GoldDoc]:
    """flashpoint's own corpus (see tests/data/geo/corpus.yaml): every whole-word occurrence of a gold
    surface text is one mention (spaces match any whitespace)."""
    docs = []
    for d in parse_yaml(Path(path).read_text(encoding="utf-8")):
        gold = []
        for surface, lat, lon, country in d["gold"]:
            pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, surface.split())) + r"(?!\w)"
            for m in re.finditer(pattern, d["text"]):
                gold.append(GoldMention(d["id"], surface, m.start(), m.end(), lat, lon, country))
        # "Rafah" inside "Rafah crossing" belongs to the longer mention only
        gold = [g for g in gold if not any(_inside(g, o) for o in gold)]
        docs.append(GoldDoc(d["id"], d["text"], gold))
    return docs


def load_corpus(path: Path) -> list[tuple[str, str, list[GoldMention]]]:
    """flashpoint's own YAML corpus as (id, text, gold mentions) per report."""
    return [(d.id, d.text, d.gold) for d in read_yaml_corpus(path)]


def _align(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the occurrence of `phrase` nearest to the corpus' own (which may be off)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - ALIGN_WINDOW)
    found = [m.start() for m in re.finditer(re.escape(phrase), text[lo : start + len(phrase) + ALIGN_WINDOW])]
    if not found:
        return start, end
    s = lo + min(found, key=lambda i: abs(lo + i - start))
    return s, s + len(phrase)


def _float(node: ET.Element, *paths: str) -> float | None:
    for p in paths:
        value = node.findtext(p)
        if value is not None and value.strip():
            return float(value)
    return None


def _mention(doc_id: str, text: str, phrase: str, start: int, end: int, lat: float | None, lon: float | None,
             type_: str | None = None) -> GoldMention:
    s, e = _align(text, phrase, start, end)
    return GoldMention(doc_id, text[s:e], s, e, lat, lon, None, type_)


def read_toponym_xml(path: Path) -> list[GoldDoc]:
    """The LGL XML format (LGL, TR-News: <toponym> with <phrase> and <gaztag><lat/><lon/>) and the
    GeoWebNews one (<toponym> with <extractedName>, <type>, <latitude>, <longitude>)."""
    docs = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or art.get("file") or str(i)
        gold = []
        for t in art.iter("toponym"):
            phrase = t.findtext("phrase") or t.findtext("extractedName") or ""
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            lat = _float(t, "gaztag/lat", "latitude")
            lon = _float(t, "gaztag/lon", "longitude")
            gold.append(_mention(doc_id, text, phrase.strip(), start, end, lat, lon, t.findtext("type")))
        docs.append(GoldDoc(doc_id, text, gold))
    return docs


def read_geovirus(path: Path) -> list[GoldDoc]:
    """GeoVirus: <article><source/><text/><locations><location> with name, start, end, lat, lon."""
    docs = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.findtext("source") or str(i)
        gold = [
            _mention(doc_id, text, loc.findtext("name") or "", int(loc.findtext("start") or 0),
                     int(loc.findtext("end") or 0), _float(loc, "lat"), _float(loc, "lon"))
            for loc in art.iter("location")
        ]  # fmt: skip
        docs.append(GoldDoc(doc_id, text, gold))
    return docs


def read_wiktor(path: Path) -> list[GoldDoc]:
    """WikToR: <page> with <pageTitle>, <toponymName>, <text>, <toponymIndices><toponym> start/end, <lat>, <lon>:
    every indexed mention of the page's toponym is the page's place."""
    docs = []
    for i, page in enumerate(ET.parse(path).getroot().iter("page")):
        text = page.findtext("text") or ""
        doc_id = page.findtext("pageTitle") or page.get("number") or str(i)
        name = page.findtext("toponymName") or ""
        lat, lon = _float(page, "lat"), _float(page, "lon")
        gold = [
            _mention(doc_id, text, name, int(t.findtext("start") or 0), int(t.findtext("end") or 0), lat, lon)
            for t in page.iter("toponym")
        ]
        docs.append(GoldDoc(doc_id, text, gold))
    return docs


def read_event_location(path: Path) -> list[GoldDoc]:
    """ahalterman/event_location (a JSON list or JSON Lines of Prodigy records): the LOCATION spans, which
    carry no coordinates, so only how many are found can be scored."""
    raw = Path(path).read_text(encoding="utf-8")
    records = json.loads(raw) if raw.lstrip().startswith("[") else [json.loads(x) for x in raw.splitlines() if x]
    docs = []
    for i, r in enumerate(records):
        doc_id = str(r.get("_id", i))
        gold = []
        for s in r.get("spans") or []:
            if s.get("label") != "LOCATION":
                continue
            start, end = _span_chars(r, s)
            gold.append(GoldMention(doc_id, r["text"][start:end], start, end, None, None))
        docs.append(GoldDoc(doc_id, r["text"], gold))
    return docs  # records without spans say the sentence names no event place


def _span_chars(record: dict[str, Any], span: dict[str, Any]) -> tuple[int, int]:
    """A span's character offsets, from its tokens where the record has them (some records' own
    character offsets count tokens)."""
    tokens = record.get("tokens") or []
    i, j = span.get("token_start"), span.get("token_end")
    if tokens and i is not None and j is not None and j < len(tokens):
        return tokens[i]["start"], tokens[j]["end"]
    return span["start"], span["end"]


def _xml_root_tag(path: Path) -> tuple[str, set[str]]:
    """The root element and the child tags of its first record, read without parsing the whole file."""
    tags: list[str] = []
    for _, elem in ET.iterparse(path, events=("start",)):
        tags.append(elem.tag)
        if len(tags) > 40:
            break
    return (tags[0] if tags else ""), set(tags[1:])


def load_places_corpus(path: Path | str) -> list[GoldDoc]:
    """Any supported corpus, by the shape of the file."""
    path = Path(path)
    if path.suffix in {".yaml", ".yml"}:
        return read_yaml_corpus(path)
    if path.suffix in {".json", ".jsonl"}:
        return read_event_location(path)
    root, tags = _xml_root_tag(path)
    reader: Callable[[Path], list[GoldDoc]]
    if "toponymIndices" in tags or root in {"wikiPages", "pages"}:
        reader = read_wiktor
    elif "locations" in tags or "location" in tags:
        reader = read_geovirus
    elif "toponyms" in tags or "toponym" in tags:
        reader = read_toponym_xml
    else:
        raise ValueError(f"{path}: not a places corpus flashpoint reads (LGL/TR-News, GeoWebNews, GeoVirus, "
                         "WikToR XML, event_location JSON or flashpoint YAML)")
    return reader(path)


# ---------------------------------------------------------------- scoring


def _overlaps(p: Place, start: int, end: int) -> bool:
    return p.start is not None and p.end is not None and p.start < end and start < p.end


def _answer(g: GoldMention, predicted: list[Place]) -> Place | None:
    for p in predicted:
        if _overlaps(p, g.start, g.end) and p.lat is not None and p.lon is not None:
            return p
    return None


def score(predicted: dict[str, list[Place]], gold: Iterable[GoldMention]) -> GeoScore:
    """Score predicted places (by report id) against gold toponyms."""
    gold = list(gold)
    located = [g for g in gold if g.located]
    result = GeoScore(mentions=len(located), found=0, correct=0)
    for g in located:
        p = _answer(g, predicted.get(g.doc_id, []))
        if p is None:
            result.misses.append((g, None, None))
            continue
        km = haversine_km(g.lat or 0.0, g.lon or 0.0, p.lat or 0.0, p.lon or 0.0)
        result.found += 1
        result.errors_km.append(km)
        if km <= ACCURACY_KM:
            result.correct += 1
        else:
            result.misses.append((g, p, km))
    by_doc: dict[str, list[GoldMention]] = {}
    for g in gold:
        by_doc.setdefault(g.doc_id, []).append(g)
        result.spans += 1
        result.spans_found += any(_overlaps(p, g.start, g.end) for p in predicted.get(g.doc_id, []))
    for doc_id, places in predicted.items():
        spans = by_doc.get(doc_id, [])
        for p in places:
            kind = p.kind or "literal"
            result.predicted += 1
            result.predicted_by_kind[kind] += 1
            if not any(_overlaps(p, g.start, g.end) for g in spans):
                result.false_places += 1
                result.false_by_kind[kind] += 1
                result.false.append(p)
    return result


def run(path: Path | str, kinds: set[str] | None = None, limit: int | None = None) -> tuple[GeoScore, list[GoldDoc]]:
    """Parse and geoparse every report of a corpus, then score it; `kinds` keeps only those place kinds."""
    from flashpoint.geo import find_places
    from flashpoint.nlp import annotate_many

    docs = load_places_corpus(path)[:limit]
    predicted = {}
    for d, doc in zip(docs, annotate_many(d.text for d in docs), strict=True):
        predicted[d.id] = [p for p in find_places(doc, d.id) if kinds is None or (p.kind or "literal") in kinds]
    return score(predicted, [g for d in docs for g in d.gold]), docs


def format_misses(result: GeoScore, limit: int = 200) -> str:
    """Wrong and missed toponyms, then false places, one a line."""
    lines = []
    for g, p, km in result.misses[:limit]:
        got = f"{p.name} ({p.country}, {p.kind}) {km:.0f} km off" if p is not None and km is not None else "not found"
        lines.append(f"MISS  {g.doc_id[:40]}  {g.text!r}: {got}")
    for p in result.false[:limit]:
        lines.append(f"FALSE {(p.article or '')[:40]}  {p.text!r} -> {p.name} ({p.country}, {p.kind})")
    return "\n".join(lines)


def format_places_report(path: Path, kinds: set[str] | None = None, limit: int | None = None,
                         errors: bool = False) -> str:
    """The `flashpoint evaluate --places` report: the figures, the figures by place kind, then the errors."""
    result, docs = run(path, kinds=kinds, limit=limit)
    lines = [
        f"{Path(path).name}: {len(docs)} reports, {result.spans} gold toponyms, {result.mentions} with coordinates",
        f"  gold toponyms spotted           {result.spans_found / (result.spans or 1):.3f}",
        f"  recall (gold toponyms found)   {result.recall:.3f}",
        f"  acc@161km over all gold         {result.accuracy:.3f}",
        f"  acc@161km over found            {result.accuracy_found:.3f}",
        f"  false-place share               {result.false_share:.3f}  ({result.false_places} of {result.predicted})",
        f"  error km: mean {result.mean_km:.1f}, median {result.median_km:.1f}",
        f"  by kind: {result.by_kind()}",
    ]
    if errors:
        lines.append(format_misses(result))
    return "\n".join(lines)
