"""What an export refuses, said so that a user can act on it."""

from __future__ import annotations


class OutputError(ValueError):
    """The output cannot be written where it was asked (a missing folder, a folder, no permission)."""


class UnknownFormat(ValueError):
    """A format name no writer has."""
