"""Event rows as JSON lines, CSV or Parquet: one row per mention, every field kept."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

FLAT_COLUMNS = [
    "id", "cluster", "article", "type", "mode", "cameo", "status", "acled_event_type", "acled_sub_event_type",
    "date_start", "date_end", "date_precision", "date_text", "place", "country", "admin1", "latitude",
    "longitude", "geo_precision", "source_actors", "source_countries", "source_sectors", "target_actors",
    "target_countries", "target_sectors", "fatalities", "injured", "claimed_by", "confidence", "evidence",
    "url", "outlet", "published",
]  # fmt: skip


class Written(int):
    """How many records a writer wrote, with a note for the summary line (what was left out and why)."""

    note: str | None

    def __new__(cls, count: int, note: str | None = None) -> Written:
        obj = super().__new__(cls, count)
        obj.note = note
        return obj


# Spreadsheets run a cell that starts like a formula (=, +, -, @, or a tab or carriage return before one):
# such text cells get a leading apostrophe, as OWASP recommends against CSV injection. Numbers stay numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _join(actors: list[dict[str, Any]], key: str) -> str:
    return "; ".join(a.get(key) or "" for a in actors) if actors else ""


def _names(actors: list[dict[str, Any]]) -> str:
    """Each actor's name, else its words in the text ("Haitian police"): never an empty slot."""
    return "; ".join(a.get("name") or a.get("text") or "" for a in actors)


def flat(e: dict[str, Any]) -> dict[str, Any]:
    """One event dict as a flat row (lists joined with '; ')."""
    date, loc, acled = e.get("date") or {}, e.get("location") or {}, e.get("acled") or {}
    claimant, report = e.get("claimed_by") or {}, e.get("report") or {}
    return {
        "id": e["id"], "cluster": e.get("cluster"), "article": e["article"], "type": e["type"],
        "mode": e.get("mode"), "cameo": e.get("cameo"), "status": e["status"],
        "acled_event_type": acled.get("event_type"), "acled_sub_event_type": acled.get("sub_event_type"),
        "date_start": date.get("start"), "date_end": date.get("end"), "date_precision": date.get("precision"),
        "date_text": date.get("text"), "place": loc.get("name"), "country": loc.get("country"),
        "admin1": loc.get("admin1"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": loc.get("precision"),
        "source_actors": _names(e["source"]), "source_countries": _join(e["source"], "country"),
        "source_sectors": _join(e["source"], "sector"), "target_actors": _names(e["target"]),
        "target_countries": _join(e["target"], "country"), "target_sectors": _join(e["target"], "sector"),
        "fatalities": e.get("fatalities"), "injured": e.get("injured"),
        "claimed_by": claimant.get("name") or claimant.get("text"), "confidence": e.get("confidence"),
        "evidence": (e.get("evidence") or {}).get("text"), "url": report.get("url"),
        "outlet": report.get("source"), "published": report.get("published"),
    }  # fmt: skip


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object a line, written as each record comes (a long extraction streams)."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: list[str] | None = None,
              delimiter: str = ",") -> int:  # fmt: skip
    """A header, then one line per row; columns not named are left out, text cells that a spreadsheet would
    run as formulas neutralised."""
    writer = csv.DictWriter(out, fieldnames=columns or FLAT_COLUMNS, extrasaction="ignore", lineterminator="\n",
                            delimiter=delimiter)  # fmt: skip
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: neutralised(v) for k, v in row.items()})
        n += 1
    return n


def write_events_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    return write_csv((flat(e) for e in events), out)


def write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """The flat table as Parquet, with numbers typed (needs the [parquet] extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("parquet export needs pyarrow: pip install 'flashpoint[parquet]'") from exc
    rows = [flat(e) for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=_arrow_schema(pa)), out)
    return len(rows)


def _arrow_schema(pa: Any) -> Any:
    numeric = {"latitude": pa.float64(), "longitude": pa.float64(), "confidence": pa.float64(),
               "fatalities": pa.int64(), "injured": pa.int64()}  # fmt: skip
    return pa.schema([(c, numeric.get(c, pa.string())) for c in FLAT_COLUMNS])
