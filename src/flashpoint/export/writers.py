"""Every output format, in one registry that `extract`, `events` and `export` all read.

A writer takes records and an open stream and returns how many it wrote. Its `unit` says what one
record is: an *event* (one mention of an act in one report: the extract contract, with `cluster` and
`report`) or a *cluster* (one act, merged over every report that tells it). Stored data has both; for
freshly extracted events each event is an act of its own (`ingest` is what merges across reports).

Adding a format is a module with a `write_...(records, out) -> int` function and one entry below
(the function is named, not imported, so that listing the formats for `--help` loads none of them).
Writing records from the store or from extraction is `flashpoint.export.records`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from flashpoint.export.errors import UnknownFormat

EVENT, CLUSTER = "event", "cluster"
WriteFn = Callable[[Iterable[dict[str, Any]], IO[Any]], int]


@dataclass(frozen=True)
class Writer:
    """One output format."""

    name: str
    unit: str  # EVENT or CLUSTER: what one record is
    function: str  # "module:function", the function that writes records to an open stream
    help: str
    binary: bool = False

    @property
    def write(self) -> WriteFn:
        module, _, name = self.function.partition(":")
        fn: WriteFn = getattr(importlib.import_module(module), name)
        return fn


_HERE = "flashpoint.export"
WRITERS: dict[str, Writer] = {
    w.name: w
    for w in (
        Writer("jsonl", EVENT, f"{_HERE}.tabular:write_jsonl",
               "JSON Lines: one event a line, every field (the extract contract)"),
        Writer("table", EVENT, f"{_HERE}.table:write_table", "a readable table, one line per event"),
        Writer("csv", EVENT, f"{_HERE}.tabular:write_events_csv", "CSV: one event a row, actors and places flattened"),
        Writer("parquet", EVENT, f"{_HERE}.tabular:write_parquet",
               "Parquet: the CSV table with typed numbers ([parquet] extra)", binary=True),
        Writer("acled", CLUSTER, f"{_HERE}.acled:write_acled", "ACLED-style CSV: one row per act ACLED would code"),
        Writer("gdelt", CLUSTER, f"{_HERE}.gdelt:write_gdelt", "GDELT 2.0 event table, tab-separated: one row per act"),
        Writer("geojson", CLUSTER, f"{_HERE}.geojson:write_geojson", "GeoJSON: one point per located act"),
    )
}  # fmt: skip
FORMATS = tuple(WRITERS)


def writer(fmt: str) -> Writer:
    if fmt not in WRITERS:
        raise UnknownFormat(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt]


def formats_help() -> str:
    """One line per format, for `--help`."""
    return "; ".join(f"{w.name}: {w.help}" for w in WRITERS.values())
