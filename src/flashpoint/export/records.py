"""Records for the writers: events and acts from the store, or straight from extraction, to a file or
standard output."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flashpoint.export.output import open_output
from flashpoint.export.writers import EVENT, writer
from flashpoint.model import DATASET_STATUSES, Article, Event

if TYPE_CHECKING:
    from flashpoint.store import Store


def event_record(article: Article, event: Event) -> dict[str, Any]:
    """An extracted event as the stored records are: the contract plus `cluster` (none yet) and `report`."""
    report = {"url": article.url, "source": article.source, "title": article.title,
              "published": article.published.isoformat() if article.published else None}  # fmt: skip
    return {**event.to_dict(), "cluster": None, "report": report}


def as_act(record: dict[str, Any]) -> dict[str, Any]:
    """An event that no other report has been merged with, as a cluster of one."""
    from flashpoint.store.dedup import summarize  # the store (SQLAlchemy): not loaded by `extract` to JSONL

    return summarize("c" + record["id"], [record])


def extracted_records(pairs: Iterable[tuple[Article, list[Event]]], unit: str) -> Iterator[dict[str, Any]]:
    """Every event as a record; as acts (the dataset formats: ACLED, GDELT, GeoJSON) only those that happened."""
    for article, events in pairs:
        for event in events:
            record = event_record(article, event)
            if unit == EVENT:
                yield record
            elif event.status in DATASET_STATUSES:
                yield as_act(record)


def stored_records(store: Store, unit: str, *, limit: int | None = None, order: str = "newest",
                   **filters: Any) -> list[dict[str, Any]]:  # fmt: skip
    from flashpoint.store.query import dataset_filters

    filters = dataset_filters(filters)  # what happened, unless `status` asks for more
    if unit == EVENT:
        return store.events(limit=limit, order=order, **filters)
    return store.clusters(limit=limit, order=order, **filters)


# -- writing ---------------------------------------------------------------------------------------
def write_extracted(pairs: Iterable[tuple[Article, list[Event]]], fmt: str, path: str | Path | None) -> int:
    """Events straight from extraction, in `fmt`, to `path` (None or "-": standard output), as they come."""
    w = writer(fmt)
    with open_output(path, w.binary) as out:
        return w.write(extracted_records(pairs, w.unit), out)


def write_stored(store: Store, fmt: str, path: str | Path | None, *, limit: int | None = None,
                 order: str = "newest", **filters: Any) -> int:  # fmt: skip
    """The store's events (or acts, for cluster formats) matching `filters`, in `fmt`, to `path`."""
    w = writer(fmt)
    records = stored_records(store, w.unit, limit=limit, order=order, **filters)
    with open_output(path, w.binary) as out:
        return w.write(records, out)


def export(store: Store, fmt: str, path: str | Path, **filters: Any) -> int:
    """Write the filtered dataset to `path` in `fmt`; returns the number of records written."""
    return write_stored(store, fmt, path, **filters)
