"""What changed since an earlier brief: new acts, revised tolls, claims no longer made.

Both briefs are compared through their JSON records (`Brief.record()`), so an old brief can be
read back from a file. An act is known by its key (its cluster); a claim by the event that
carries it. A claim that is gone was withdrawn from the store: its report was replaced by a
version that no longer says it, or removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flashpoint.brief.errors import BriefError
from flashpoint.brief.model import RECORD_VERSION, Change

if TYPE_CHECKING:
    from flashpoint.brief.model import Brief


def check_record(record: Any) -> dict[str, Any]:
    """The record of a previous brief, or a BriefError that says what is wrong with it."""
    if not isinstance(record, dict) or "flashpoint_brief" not in record:
        raise BriefError("not a flashpoint brief record (write one with `flashpoint brief --format json`)")
    if record["flashpoint_brief"] != RECORD_VERSION:
        raise BriefError(f"brief record version {record['flashpoint_brief']!r} is not {RECORD_VERSION}")
    for key in ("acts", "coming"):
        if not isinstance(record.get(key), dict):
            raise BriefError(f"brief record has no '{key}' table")
    return record


def diff(previous: dict[str, Any], brief: Brief) -> list[Change]:
    old = check_record(previous)
    new = brief.record()
    changes: list[Change] = []
    for key, act in new["acts"].items():
        before = old["acts"].get(key) or old["coming"].get(key)
        if before is None:
            changes.append(Change("new", _act_text(act), key))
            continue
        changes += _claim_changes(key, act, before)
    for key, act in old["acts"].items():
        if key not in new["acts"]:
            changes.append(Change("gone", _act_text(act), key))
    for key, act in new["coming"].items():
        if key not in old["coming"]:
            changes.append(Change("new-coming", _act_text(act), key))
    for key, act in old["coming"].items():
        if key not in new["coming"] and key not in new["acts"]:
            changes.append(Change("gone-coming", _act_text(act), key))
    return changes


def _claim_changes(key: str, act: dict[str, Any], before: dict[str, Any]) -> list[Change]:
    changes = []
    if act["fatalities"] != before.get("fatalities"):
        was, now = _toll(before.get("fatalities")), _toll(act["fatalities"])
        changes.append(Change("revised", f"{_act_text(act)}: toll {was} before, {now} now", key))
    new_claims = {c["event"]: c for c in act["claims"]}
    old_claims = {c["event"]: c for c in before.get("claims") or []}
    for event, c in new_claims.items():
        if event not in old_claims:
            changes.append(Change("new-claim", f"{_act_text(act)}: {c['value']} killed, says {c['claimant']}", key))
    for event, c in old_claims.items():
        if event not in new_claims:
            text = f"{_act_text(act)}: {c['value']} killed, said {c['claimant']}, is no longer stated"
            changes.append(Change("withdrawn", text, key))
    return changes


def _toll(value: list[int] | None) -> str:
    if not value:
        return "not stated"
    low, high = value
    return str(low) if low == high else f"{low} to {high}"


def _act_text(act: dict[str, Any]) -> str:
    where = f" in {act['place']}" if act.get("place") else ""
    return f"{act['type']} ({act['status']}){where}, {act['when']}"
