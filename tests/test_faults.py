"""Faults: `flashpoint ingest` killed at any moment, run twice at once, read while it writes.

Every test runs the real command in a subprocess on a real SQLite file. Kill points are random
but seeded (FLASHPOINT_FAULT_SEED, FLASHPOINT_FAULT_ROUNDS widen the search), and the seed is in
every assertion message so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flashpoint.store import open_store

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("FLASHPOINT_FAULT_SEED", "20220915"))
ROUNDS = int(os.environ.get("FLASHPOINT_FAULT_ROUNDS", "3"))

# Ten acts, each told by three outlets in different words: thirty reports whose events
# should fold into about ten clusters.
ACTS = [
    ("Azerbaijani forces", "the Armenian town of Jermuk", "two soldiers", "Tuesday", "2022-09-14"),
    ("Russian troops", "the Ukrainian city of Kharkiv", "five civilians", "Monday", "2022-09-13"),
    ("Al-Shabaab fighters", "a military base near Mogadishu", "seven soldiers", "Sunday", "2022-09-12"),
    ("Israeli aircraft", "a house in Rafah", "three people", "Wednesday", "2022-09-15"),
    ("Government troops", "the village of Tangail", "four villagers", "Thursday", "2022-09-16"),
    ("Houthi rebels", "the port of Mokha", "six fishermen", "Friday", "2022-09-17"),
    ("M23 rebels", "the town of Rutshuru", "nine civilians", "Saturday", "2022-09-18"),
    ("Syrian government forces", "the city of Idlib", "eight civilians", "Tuesday", "2022-09-14"),
    ("Myanmar's army", "a village in Rakhine state", "eleven villagers", "Monday", "2022-09-13"),
    ("Pakistani security forces", "a compound in North Waziristan", "five militants", "Sunday", "2022-09-12"),
]
WORDINGS = [
    "{who} shelled {where} on {day}, killing {toll}, officials said.",
    "{toll_cap} were killed on {day} when {who} attacked {where}, local authorities said.",
    "Witnesses said {who} fired rockets at {where} on {day}. The attack killed {toll}.",
]


def write_reports(folder: Path) -> int:
    """Thirty short JSONL-free text reports, one file each, dated the day after the act."""
    folder.mkdir()
    n = 0
    for i, (who, where, toll, day, published) in enumerate(ACTS):
        for j, wording in enumerate(WORDINGS):
            text = wording.format(who=who, where=where, toll=toll, toll_cap=toll.capitalize(), day=day)
            body = f'{{"id": "r{i:02d}-{j}", "published": "{published}", "text": "{text}", '
            body += f'"url": "https://news{j}.example/{i}", "source": "Outlet {j}"}}\n'
            (folder / f"r{i:02d}-{j}.jsonl").write_text(body, encoding="utf-8")
            n += 1
    return n


def ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    code = "import sys; from flashpoint.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return err


def stored_reports(db: Path) -> int:
    """How far an ingest has got, read the way a second process would (no flashpoint code)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # created but not yet migrated
        return 0


def snapshot(db: Path) -> dict[str, object]:
    """What must come out the same: reports, event ids and payloads, the partition into clusters."""
    with open_store(f"sqlite:///{db}") as store:
        events = store.events()
        stats = store.stats()
    groups: dict[str, set[str]] = {}
    for e in events:
        groups.setdefault(e["cluster"] or "-", set()).add(e["id"])
    return {
        "reports": stats["reports"],
        "unclustered": stats["unclustered"],
        "clusters": stats["clusters"],
        # every field of every event, not only its id (the cluster id is compared as the partition below)
        "events": sorted(({k: v for k, v in e.items() if k != "cluster"} for e in events), key=lambda e: e["id"]),
        "partition": sorted(sorted(g) for g in groups.values()),
        "by_day": stats["by_day"],
    }


def kill_when(proc: subprocess.Popen[str], db: Path, reports: int, extra_delay: float) -> int:
    """SIGKILL `proc` once `reports` reports are stored and `extra_delay` seconds more have passed."""
    while proc.poll() is None and stored_reports(db) < reports:
        time.sleep(0.02)
    time.sleep(extra_delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return stored_reports(db)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The thirty reports and the database one clean run makes of them."""
    root = tmp_path_factory.mktemp("faults")
    folder = root / "reports"
    assert write_reports(folder) == 30
    clean = root / "clean.db"
    finish(ingest(folder, clean))
    expected = snapshot(clean)
    assert expected["reports"] == 30 and expected["unclustered"] == 0
    assert 0 < expected["clusters"] < len(expected["events"])  # the three tellings really fold
    return folder, expected


def test_ingest_killed_at_random_points_then_rerun_equals_one_clean_run(corpus, tmp_path: Path) -> None:
    folder, expected = corpus
    rng = random.Random(SEED)
    db = tmp_path / "faulty.db"
    seen: list[int] = []
    for _ in range(ROUNDS):
        # A target count kills mid-batch; a delay after the last report kills during dedup.
        target = rng.randint(0, 30)
        delay = rng.uniform(0, 0.6) if target in (0, 30) else rng.uniform(0, 0.05)
        seen.append(kill_when(ingest(folder, db), db, target, delay))
    err = finish(ingest(folder, db))
    assert ", 0 failed" in err, err
    assert snapshot(db) == expected, f"seed {SEED}: stored reports at each kill {seen}"


def test_two_ingests_at_once_both_succeed_and_store_everything_once(corpus, tmp_path: Path) -> None:
    folder, expected = corpus
    db = tmp_path / "twice.db"
    first, second = ingest(folder, db), ingest(folder, db)
    errors = [finish(first), finish(second)]
    assert all(", 0 failed" in e for e in errors), errors
    result = snapshot(db)
    assert result["reports"] == 30 and result["events"] == expected["events"]
    assert result["unclustered"] == 0 and result["clusters"] == expected["clusters"]


def test_reads_during_an_ingest_see_whole_reports_only(corpus, tmp_path: Path) -> None:
    folder, expected = corpus
    db = tmp_path / "read-while-write.db"
    proc = ingest(folder, db)
    counts: list[int] = []
    while proc.poll() is None:
        if db.exists() and stored_reports(db) > 0:
            with open_store(f"sqlite:///{db}") as store:
                per_report = {e["article"] for e in store.events()}
                stats = store.stats()  # read second: it can only have grown
            counts.append(stats["reports"])
            assert len(per_report) <= stats["reports"]  # no event without its stored report
        time.sleep(0.05)
    finish(proc)
    assert counts, "the ingest finished before a single read: nothing was tested"
    assert counts == sorted(counts)
    assert snapshot(db)["events"] == expected["events"]
