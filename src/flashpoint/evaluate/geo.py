"""Scoring place resolution the way geoparsing papers do: accuracy within 161 km and mean error.

A gold mention is a span of a report with its true coordinates. A predicted place answers it when
their spans overlap; a gold mention nobody answers counts as wrong for accuracy (so accuracy mixes
recognition and resolution, as in the mordecai and Edinburgh Geoparser evaluations) and is left out
of the error distances.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.data import parse_yaml
from flashpoint.geo.gazetteer import haversine_km
from flashpoint.model import Place

ACCURACY_KM = 161.0  # 100 miles, the customary threshold


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    text: str
    start: int
    end: int
    lat: float
    lon: float
    country: str | None


@dataclass
class GeoScore:
    mentions: int
    found: int
    correct: int
    errors_km: list[float] = field(default_factory=list)
    misses: list[tuple[GoldMention, Place | None, float | None]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.mentions if self.mentions else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.mentions if self.mentions else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    def summary(self) -> str:
        return (
            f"mentions={self.mentions} found={self.found} acc@161km={self.accuracy:.3f} "
            f"mean_error_km={self.mean_km:.1f} median_error_km={self.median_km:.1f}"
        )


def load_corpus(path: Path) -> list[tuple[str, str, list[GoldMention]]]:
    """A corpus YAML (see tests/data/geo/corpus.yaml) as (id, text, gold mentions) per report.

    Every whole-word occurrence of a gold surface text is one mention (spaces match any whitespace).
    """
    docs = []
    for d in parse_yaml(Path(path).read_text(encoding="utf-8")):
        gold = []
        for surface, lat, lon, country in d["gold"]:
            pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, surface.split())) + r"(?!\w)"
            for m in re.finditer(pattern, d["text"]):
                gold.append(GoldMention(d["id"], surface, m.start(), m.end(), lat, lon, country))
        # "Rafah" inside "Rafah crossing" belongs to the longer mention only
        gold = [g for g in gold if not any(_inside(g, o) for o in gold)]
        docs.append((d["id"], d["text"], gold))
    return docs


def _inside(g: GoldMention, other: GoldMention) -> bool:
    return other.start <= g.start and g.end <= other.end and (other.end - other.start) > (g.end - g.start)


def _answer(g: GoldMention, predicted: list[Place]) -> Place | None:
    for p in predicted:
        overlaps = p.start is not None and p.end is not None and p.start < g.end and g.start < p.end
        if overlaps and p.lat is not None and p.lon is not None:
            return p
    return None


def score(predicted: dict[str, list[Place]], gold: list[GoldMention]) -> GeoScore:
    """Score predicted places (by report id) against gold mentions."""
    result = GeoScore(mentions=len(gold), found=0, correct=0)
    for g in gold:
        p = _answer(g, predicted.get(g.doc_id, []))
        if p is None:
            result.misses.append((g, None, None))
            continue
        km = haversine_km(g.lat, g.lon, p.lat or 0.0, p.lon or 0.0)
        result.found += 1
        result.errors_km.append(km)
        if km <= ACCURACY_KM:
            result.correct += 1
        else:
            result.misses.append((g, p, km))
    return result
