"""Country codes and names other datasets use: ISO numeric, FIPS 10-4 (GDELT), ACLED's country name and
region, from data/country_codes.tsv. The ACLED coding of events names actors by ACLED's country names
("Democratic Republic of Congo", "Russia"), the exports fill their country columns from the same table."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso3: str
    iso_numeric: int
    fips: str | None
    acled_name: str
    acled_region: str


@lru_cache(maxsize=1)
def _table() -> dict[str, Country]:
    text = (resources.files("flashpoint.geo") / "data" / "country_codes.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    table = {}
    for iso3, numeric, fips, name, region in csv.reader(lines, delimiter="\t"):
        table[iso3] = Country(iso3, int(numeric), fips or None, name, region)
    return table


def country(iso3: str | None) -> Country | None:
    """The facts of an ISO alpha-3 code, or None for no code or one not in the table."""
    return _table().get(iso3) if iso3 else None


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    text = (resources.files("flashpoint.geo") / "data" / "borders.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            iso3, _, rest = line.partition("\t")
            table[iso3] = frozenset(n for n in rest.split(",") if n)
    return table


def neighbours(iso3: str) -> frozenset[str]:
    """The countries `iso3` shares a land border with (data/borders.tsv)."""
    return _borders().get(iso3, frozenset())
