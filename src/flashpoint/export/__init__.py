"""Exports: the stored dataset in the formats analysts' tools read (every column: docs/exports.md).

Cluster formats (acled, gdelt, geojson) count each act once; mention formats (jsonl, csv,
parquet) keep every event row with its report. Only what happened (occurred or claimed) is
exported unless `status` says otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flashpoint.export.acled import write_acled
from flashpoint.export.gdelt import write_gdelt
from flashpoint.export.geojson import feature_collection
from flashpoint.export.tabular import flat, write_csv, write_jsonl, write_parquet
from flashpoint.store import Store
from flashpoint.store.query import dataset_filters

FORMATS = ("acled", "gdelt", "jsonl", "csv", "geojson", "parquet")


def export(store: Store, fmt: str, path: str | Path, **filters: Any) -> int:
    """Write the filtered dataset to `path` in `fmt`; returns the number of records written (a `Written`,
    whose `note` says what a format left out and why)."""
    path = Path(path)
    filters = dataset_filters(filters)
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
            return write_acled(clusters, out)
        return write_gdelt(clusters, out)


__all__ = ["FORMATS", "export"]
