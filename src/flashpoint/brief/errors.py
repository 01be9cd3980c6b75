"""The errors a brief can raise, each with a message a user can act on."""

from __future__ import annotations


class BriefError(ValueError):
    """A brief could not be made: a bad previous record, a missing optional dependency, bad settings."""
