"""A readable table for a person at a terminal: one line per event, the fields an analyst scans first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

COLUMNS = ["DATE", "TYPE", "STATUS", "SOURCE", "TARGET", "PLACE", "COUNTRY", "KILLED", "CLUSTER", "EVIDENCE"]
EVIDENCE_WIDTH = 60


def _who(actors: list[dict[str, Any]]) -> str:
    return ",".join(a.get("org") or a.get("country") or a.get("name") or "?" for a in actors) or "-"


def table_row(e: dict[str, Any]) -> list[str]:
    """One event (the extract contract, with `cluster` when stored) as table cells."""
    loc = e.get("location") or {}
    toll = e.get("fatalities")
    return [(e.get("date") or {}).get("start") or "-", e["type"], e["status"], _who(e["source"]), _who(e["target"]),
            loc.get("name") or "-", loc.get("country") or "-", "-" if toll is None else str(toll),
            (e.get("cluster") or "-")[:9], e["evidence"]["text"].replace("\n", " ")[:EVIDENCE_WIDTH]]  # fmt: skip


def write_rows(rows: list[list[str]], out: IO[str]) -> None:
    """Left-aligned columns as wide as their widest cell."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def write_table(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """The header and one line per event (nothing at all when there are none)."""
    rows = [table_row(e) for e in events]
    if rows:
        write_rows([COLUMNS, *rows], out)
    return len(rows)
