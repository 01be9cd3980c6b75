"""Storage: one growing, queryable event dataset (SQLite by default, PostgreSQL by URL).

    from flashpoint.store import open_store
    from flashpoint.store.ingest import ingest
    with open_store("events.db") as store:
        ingest(store, articles)                          # extract, store, remember actors, cluster
        store.events(country="ARM", type="ASSAULT")      # newest first, undated last

The names below are imported on first use (SQLAlchemy is not needed to list the commands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.lazy import lazy

if TYPE_CHECKING:
    from flashpoint.store.query import Filters
    from flashpoint.store.store import Store, open_store

__getattr__ = lazy(__name__, {"Filters": "flashpoint.store.query", "Store": "flashpoint.store.store",
                               "open_store": "flashpoint.store.store"})

__all__ = ["Filters", "Store", "open_store"]
