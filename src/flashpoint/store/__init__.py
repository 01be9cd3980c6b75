"""Storage: one growing, queryable event dataset (SQLite by default, PostgreSQL by URL)."""

from flashpoint.store.query import Filters
from flashpoint.store.store import Store, open_store

__all__ = ["Filters", "Store", "open_store"]
