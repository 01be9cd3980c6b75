"""The lookup tables in `data/`: CAMEO Goldstein scores and the sector/precision maps."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from typing import Any

from flashpoint.data import parse_yaml

DATA = files("flashpoint.export") / "data"


@lru_cache(maxsize=1)
def codes() -> dict[str, dict[str, Any]]:
    return parse_yaml((DATA / "codes.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    lines = [ln for ln in (DATA / "goldstein.tsv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return {row["code"]: float(row["score"]) for row in csv.DictReader(lines, delimiter="\t")}


def goldstein(cameo: str | None) -> float | None:
    """The score of a CAMEO code, falling back to its base code, then its root."""
    if not cameo:
        return None
    table = goldstein_table()
    for key in (cameo, cameo[:3], cameo[:2]):
        if key in table:
            return table[key]
    return None


def quad_class(cameo: str | None) -> int | None:
    """GDELT's quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if not 1 <= root <= 20:
        return None
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
