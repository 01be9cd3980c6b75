"""What the store refuses, and why, in words a user can act on."""

from __future__ import annotations


class FilterError(ValueError):
    """A filter value that names nothing (an unknown type, status or country, a bad date or box)."""


class StoreNotFound(FileNotFoundError):
    """A read was asked of a database file that does not exist (reading never creates one)."""

    def __str__(self) -> str:
        return f"no database at {self.filename}: check --db or $FLASHPOINT_DB (`flashpoint ingest` creates one)"
