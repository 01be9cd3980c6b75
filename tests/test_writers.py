"""Every command speaks every format: `extract`, `events` and `export` write each format of the one
registry, and what they write reads back with the libraries analysts use (csv, json, pyarrow)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from conftest_store import ARM_MOD, GORIS, JERMUK, YEREVAN, article, event
from flashpoint.cli import main
from flashpoint.export.acled import COLUMNS as ACLED_COLUMNS
from flashpoint.export.acled import acled_row
from flashpoint.export.gdelt import COLUMNS as GDELT_COLUMNS
from flashpoint.export.gdelt import gdelt_row
from flashpoint.export.records import as_act
from flashpoint.export.table import COLUMNS as TABLE_COLUMNS
from flashpoint.export.tabular import FLAT_COLUMNS
from flashpoint.export.writers import CLUSTER, WRITERS
from flashpoint.model import DATASET_STATUSES
from flashpoint.store import open_store

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "examples" / "report.txt"
COMMANDS = ("extract", "events", "export")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Two reports of one shelling, another shelling, and a protest ACLED would not code as violence."""
    url = f"sqlite:///{tmp_path_factory.mktemp('writers') / 'events.db'}"
    a = article("a", "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers, Armenia's defence "
                     "ministry said.")  # fmt: skip
    b = article("b", "Armenia says four soldiers died when Azerbaijan shelled Jermuk.", published="2022-09-15")
    c = article("c", "Azerbaijani artillery hit Goris on Tuesday.")
    d = article("d", "Hundreds protested in Yerevan on Tuesday against the government.")
    with open_store(url) as store:
        store.add_report(a, [event(a, place=JERMUK, fatalities=2, claimed_by=ARM_MOD)])
        store.add_report(b, [event(b, place=JERMUK, fatalities=4, claimed_by=ARM_MOD)])
        store.add_report(c, [event(c, place=GORIS, day=None)])
        store.add_report(d, [event(d, "PROTEST", place=YEREVAN, source=[{"text": "Hundreds", "sector": "PRO"}],
                                   target=[], mode="demo", acled={})])  # fmt: skip
        store.dedup()
    return url


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """What `extract` gives for the example report, as JSON Lines: the reference for its other formats."""
    out = tmp_path_factory.mktemp("extract") / "events.jsonl"
    assert run("extract", "jsonl", out) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def run(command: str, fmt: str, out: Path | str, db: str | None = None) -> int:
    args = [command, "--format", fmt, "-o", str(out)]
    if command == "extract":
        args[1:1] = [str(REPORT), "--published", "2024-03-14", "--workers", "1"]
    else:
        args += ["--db", str(db)]
    return main(args)


def read_back(fmt: str, data: bytes) -> list[dict[str, Any]]:
    """The records a file holds, read with the reader each format is meant for."""
    if fmt == "parquet":
        return pq.read_table(io.BytesIO(data)).to_pylist()
    text = data.decode("utf-8")
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    if fmt == "geojson":
        collection = json.loads(text)
        assert collection["type"] == "FeatureCollection"
        return [f["properties"] for f in collection["features"]]
    if fmt == "table":
        lines = text.splitlines()
        assert lines[0].split() == TABLE_COLUMNS
        return [{"line": line} for line in lines[1:]]
    if fmt == "gdelt":  # GDELT's files have no header row: its columns are known by position
        rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
        assert all(len(row) == len(GDELT_COLUMNS) for row in rows)
        return [dict(zip(GDELT_COLUMNS, row, strict=True)) for row in rows]
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == {"csv": FLAT_COLUMNS, "acled": ACLED_COLUMNS}[fmt]
    return list(reader)


ID_FIELD = {"jsonl": "id", "csv": "id", "parquet": "id", "acled": "flashpoint_id", "gdelt": "GlobalEventID",
            "geojson": "id"}  # fmt: skip


def expected_ids(fmt: str, events: list[dict[str, Any]], clusters: list[dict[str, Any]]) -> list[str]:
    """The ids a format must hold: every event, or every act it can express (ACLED: those it codes,
    dated to the day or month; GDELT: those dated to a day with a CAMEO code; GeoJSON: located ones)."""
    if WRITERS[fmt].unit != CLUSTER:
        return [e["id"] for e in events]
    if fmt == "acled":
        return [c["id"] for c in clusters if acled_row(c)]
    if fmt == "gdelt":
        return [str(row["GlobalEventID"]) for c in clusters if (row := gdelt_row(c))]
    return [c["id"] for c in clusters if (c.get("location") or {}).get("lat") is not None]


@pytest.mark.parametrize("fmt", list(WRITERS))
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_writes_every_format_and_it_reads_back(command: str, fmt: str, db: str, tmp_path: Path,
                                                             extracted: list[dict[str, Any]]) -> None:  # fmt: skip
    out = tmp_path / f"out.{fmt}"
    assert run(command, fmt, out, db) == 0
    records = read_back(fmt, out.read_bytes())
    if command == "extract":
        events = extracted
        # An extracted event is an act of its own; the act formats hold those that happened.
        clusters = [as_act(e) for e in extracted if e["status"] in DATASET_STATUSES]
    else:
        with open_store(db) as store:
            events, clusters = store.events(), store.clusters()
    want = expected_ids(fmt, events, clusters)
    assert want, "the case must have records to write"
    if fmt == "table":
        assert len(records) == len(want)
    else:
        assert [str(r[ID_FIELD[fmt]]) for r in records] == want


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_export_to_standard_output_with_a_dash(fmt: str, db: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", "export", "--format", fmt, "-o", "-", "--db", db],
                          capture_output=True, cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert read_back(fmt, done.stdout)
    assert not (tmp_path / "-").exists()
    assert b"wrote" in done.stderr


def test_a_missing_output_folder_is_a_clear_message(db: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "no-such-folder" / "out.csv"
    assert run("export", "csv", target, db) == 2
    err = capsys.readouterr().err
    assert f"the folder {target.parent} does not exist" in err and "Errno" not in err
    assert not target.parent.exists()


def test_adding_a_format_is_one_registry_entry() -> None:
    for writer in WRITERS.values():
        assert callable(writer.write), writer.name  # each entry names a function that exists
        assert writer.help and writer.unit in ("event", CLUSTER)


def test_a_flat_row_names_unnamed_actors_by_their_words() -> None:
    """ "Haitian police fought armed gangs": neither side has a name, so the CSV says what the text says, in the
    order of the country and sector columns."""
    from flashpoint.events import extract_article
    from flashpoint.export.tabular import flat
    from flashpoint.model import Article

    (clash,) = extract_article(Article(id="h", text="Haitian police fought armed gangs in Port-au-Prince on "
                                                    "Wednesday.", published=date(2024, 5, 16)))
    row = flat(clash.to_dict())
    assert row["source_actors"] == "Haitian police; armed gangs"
    assert row["source_countries"] == "HTI; HTI" and row["source_sectors"] == "COP; UAF"
