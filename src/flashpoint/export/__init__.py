"""Exports: the stored dataset in the formats analysts' tools read.

Cluster formats (acled, gdelt, geojson) count each act once; mention formats (jsonl, csv,
parquet) keep every event row with its report.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from flashpoint.export.acled import ACLED_COLUMNS, acled_row
from flashpoint.export.gdelt import GDELT_COLUMNS, gdelt_row
from flashpoint.export.geojson import feature_collection
from flashpoint.export.tabular import flat, write_csv, write_jsonl, write_parquet
from flashpoint.store import Store

FORMATS = ("acled", "gdelt", "jsonl", "csv", "geojson", "parquet")


def export(store: Store, fmt: str, path: str | Path, **filters: Any) -> int:
    """Write the filtered dataset to `path` in `fmt`; returns the number of records written."""
    path = Path(path)
    if fmt == "parquet":
        return write_parquet(store.events(**filters), path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "jsonl":
            return write_jsonl(store.events(**filters), out)
        if fmt == "csv":
            return write_csv([flat(e) for e in store.events(**filters)], out)
        clusters = store.clusters(**filters)
        if fmt == "geojson":
            collection = feature_collection(clusters)
            json.dump(collection, out, ensure_ascii=False, indent=1)
            return len(collection["features"])
        if fmt == "acled":
            return write_csv([r for c in clusters if (r := acled_row(c))], out, ACLED_COLUMNS)
        return _write_tsv([gdelt_row(c) for c in clusters], out)


def _write_tsv(rows: list[dict[str, Any]], out: Any) -> int:
    writer = csv.DictWriter(out, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


__all__ = ["FORMATS", "export"]
