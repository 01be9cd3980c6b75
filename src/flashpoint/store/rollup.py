"""The daily rollup (`daily_counts`): counts by day, country, type and status for fast timelines.

An act is counted once, under its cluster's merged day, country, type and status (an event not
yet clustered stands for itself): two outlets' reports of one strike, or a headline and the body
telling its act, are one act and one toll, even when one says "claimed" or names no town.
Only acts dated to a single day enter it: spreading a month-precision act over a day of its
month would draw a spike that the reports never stated. `events` counts acts, `mentions` counts
event rows, and `fatalities` adds each act's lowest claim, the conservative rule ACLED follows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

Key = tuple[str, str, str, str]  # day, country ("" when unknown), type, status

_AGGREGATE = """
SELECT day, country, type, status, SUM(n) AS mentions, COUNT(*) AS events, SUM(f) AS fatalities
FROM (
    SELECT day_start AS day, COALESCE(country, '') AS country, type, status, mentions AS n,
           fatalities_min AS f
    FROM clusters
    WHERE day_start IS NOT NULL AND day_start = day_end {where}
    UNION ALL
    SELECT day_start AS day, COALESCE(country, '') AS country, type, status, 1 AS n, fatalities AS f
    FROM events
    WHERE cluster_id IS NULL AND day_start IS NOT NULL AND day_start = day_end {where}
) acts
GROUP BY day, country, type, status
"""


def keys_of(rows: Iterable[Mapping[Any, Any]]) -> set[Key]:
    """The rollup keys a set of event or cluster rows (day_start, day_end, country, type, status) falls under."""
    return {
        (r["day_start"], r["country"] or "", r["type"], r["status"])
        for r in rows
        if r["day_start"] and r["day_start"] == r["day_end"]
    }


def refresh(conn: Connection, keys: set[Key]) -> None:
    """Recompute the given keys from the events table."""
    for day, country, etype, status in sorted(keys):
        params = {"day": day, "country": country, "type": etype, "status": status}
        conn.execute(
            sa.text(
                "DELETE FROM daily_counts WHERE day = :day AND country = :country AND type = :type AND status = :status"
            ),
            params,
        )
        where = "AND day_start = :day AND COALESCE(country, '') = :country AND type = :type AND status = :status"
        _insert(conn, _AGGREGATE.format(where=where), params)


def refresh_all(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM daily_counts")
    _insert(conn, _AGGREGATE.format(where=""), {})


def _insert(conn: Connection, select_sql: str, params: dict) -> None:
    conn.execute(
        sa.text("INSERT INTO daily_counts (day, country, type, status, mentions, events, fatalities) " + select_sql),
        params,
    )
