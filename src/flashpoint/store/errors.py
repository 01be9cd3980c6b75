"""What the store refuses, and why, in words a user can act on."""

from __future__ import annotations


class FilterError(ValueError):
    """A filter value that names nothing (an unknown type, status or country, a bad date or box)."""


class StoreNotFound(FileNotFoundError):
    """A read was asked of a database file that does not exist (reading never creates one)."""

    def __str__(self) -> str:
        return f"no database at {self.filename}: check --db or $FLASHPOINT_DB (`flashpoint ingest` creates one)"


class DatabaseUnusable(RuntimeError):
    """The database cannot be used as asked, and trying again will not change that.

    Raised for a file that is not a flashpoint database (empty, another format, damaged, another
    program's tables), one written by a newer flashpoint, a full disk, a read-only file and tables
    that do not match. The message names the database, says what is wrong and what to do; the
    command line prints it as one line and stops instead of retrying or going on report by report.
    """

    def __init__(self, where: str, problem: str, advice: str) -> None:
        self.where = where
        self.problem = problem
        self.advice = advice
        super().__init__(f"{where}: {problem}; {advice}")


class DatabaseOutdated(DatabaseUnusable):
    """A database of an older schema, opened where it cannot be upgraded (read-only)."""
