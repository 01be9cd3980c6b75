"""Hostile files in a batch (issue 17, item 3): each costs one named line, and the run goes on.

A JSON number past Python's 4,300-digit limit, two files linked to each other, a named pipe on the
command line and a reader that fails in an unforeseen way each used to stop a whole `ingest`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from flashpoint.ingest import READERS, InputProblem, read_inputs
from flashpoint.model import Article
from flashpoint.scale.progress import count_reports
from flashpoint.store import open_store

HUGE_NUMBER = "1" * 5000
GOOD = [
    "Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday, killing two soldiers, officials said.",
    "Rebels attacked a military base near Mogadishu on Sunday, killing seven soldiers.",
    "Police fired tear gas at protesters in Tbilisi on Thursday, witnesses said.",
    "Houthi rebels fired a missile at a cargo ship in the Red Sea on Friday.",
    "Government troops clashed with militants in North Waziristan on Monday, the army said.",
]


def good_line(i: int) -> str:
    text = f"{GOOD[i % len(GOOD)]} It was the {i + 1}th such report this month."  # every text distinct
    return json.dumps({"id": f"good-{i}", "published": "2022-09-15", "text": text,
                       "url": f"https://news.example/{i}"})  # fmt: skip


def read(*paths: Path) -> list[Article | InputProblem]:
    return list(read_inputs(list(paths), published=date(2022, 9, 15)))


def errors(items: list[Article | InputProblem]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputProblem) and i.severity == "error"]


def ids(items: list[Article | InputProblem]) -> list[str]:
    return [i.id for i in items if isinstance(i, Article)]


def test_a_number_past_the_digit_limit_costs_its_line_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    bad = f'{{"id": {HUGE_NUMBER}, "text": "Troops advanced."}}'
    path.write_text("\n".join([good_line(0), bad, good_line(1)]) + "\n", encoding="utf-8")
    items = read(path)
    assert ids(items) == ["good-0", "good-1"]
    [error] = errors(items)
    assert error.startswith(f"{path}:2: not valid JSON for a report") and "4300 digits" in error


def test_a_number_past_the_digit_limit_in_a_json_list_is_named_by_its_position(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(f'[{good_line(0)}, {{"text": "x", "fatalities": {HUGE_NUMBER}}}]', encoding="utf-8")
    items = read(path)
    assert ids(items) == ["good-0"]
    [error] = errors(items)
    assert error.startswith(f"{path}#2: not valid JSON for a report") and "rest of file skipped" in error


def test_two_files_linked_to_each_other_are_named_and_the_folder_is_still_read(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "c.txt").write_text(GOOD[0], encoding="utf-8")
    items = read(folder)
    assert ids(items) == ["c"]
    assert errors(items) == [f"{folder / 'a.txt'}: cannot read (Too many levels of symbolic links)",
                             f"{folder / 'b.txt'}: cannot read (Too many levels of symbolic links)"]  # fmt: skip


def test_a_link_loop_named_on_the_command_line_says_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert errors(read(tmp_path / "a.txt")) == [
        f"{tmp_path / 'a.txt'}: symbolic link that leads nowhere (broken, or a loop of links)"
    ]


def test_a_named_pipe_on_the_command_line_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(GOOD[0], encoding="utf-8")
    # In a child process with a deadline: the old reader blocked in open() for ever.
    proc = subprocess.run([sys.executable, "-m", "flashpoint.cli", "extract", str(fifo), str(good), "--workers", "1"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert f"flashpoint: {fifo}: not a regular file (named pipe); not read" in proc.stderr
    assert '"article": "good"' in proc.stdout  # the file after it was still read


def test_counting_reports_for_the_progress_bar_does_not_wait_on_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    good = tmp_path / "good.jsonl"
    good.write_text(good_line(0) + "\n" + good_line(1) + "\n", encoding="utf-8")
    counted: list[int | None] = []
    worker = threading.Thread(target=lambda: counted.append(count_reports([fifo, good])), daemon=True)
    worker.start()
    worker.join(30)
    assert counted == [2]


def test_a_reader_that_fails_unexpectedly_costs_its_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def exploding(path: Path, published: date | None) -> Iterator[object]:
        yield path.as_posix(), Article(id="first", text=GOOD[0])
        raise KeyError("a parser's surprise")

    monkeypatch.setitem(READERS, ".boom", exploding)
    (tmp_path / "a.boom").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD[1], encoding="utf-8")
    items = read(tmp_path)
    assert ids(items) == ["first", "b"]  # what the reader gave before failing is kept; the next file is read
    assert errors(items) == [f"{tmp_path / 'a.boom'}: could not be read (KeyError: \"a parser's surprise\"); "
                             "rest of this input skipped"]  # fmt: skip


def hostile_folder(root: Path) -> tuple[Path, int]:
    """A folder of good reports with a 5,000-digit number in the middle of one file, and a link loop."""
    folder = root / "reports"
    folder.mkdir()
    lines = [good_line(i) for i in range(6)]
    lines.insert(3, f'{{"id": "bad", "text": "Troops advanced.", "published": {HUGE_NUMBER}}}')
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(6, 9):
        (folder / f"single-{i}.jsonl").write_text(good_line(i) + "\n", encoding="utf-8")
    (folder / "x.txt").symlink_to(folder / "y.txt")
    (folder / "y.txt").symlink_to(folder / "x.txt")
    return folder, 9


@pytest.mark.slow
def test_ingest_stores_every_good_report_and_names_each_bad_input(tmp_path: Path) -> None:
    folder, good = hostile_folder(tmp_path)
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    db = tmp_path / "events.db"
    proc = subprocess.run([sys.executable, "-m", "flashpoint.cli", "ingest", str(folder), str(fifo), "--db", str(db)],
                          capture_output=True, text=True, timeout=600)  # fmt: skip
    failed = [line for line in proc.stderr.splitlines() if line.startswith("  failed: ")]
    assert failed == [
        f"  failed: {folder / 'x.txt'}: cannot read (Too many levels of symbolic links)",
        f"  failed: {folder / 'y.txt'}: cannot read (Too many levels of symbolic links)",
        f"  failed: {folder / 'batch.jsonl'}:4: not valid JSON for a report (exceeds the limit (4300 digits) "
        "for integer string conversion)",
        f"  failed: {fifo}: not a regular file (named pipe); not read (send its content to standard input "
        "with '-' instead)",
    ], proc.stderr
    assert proc.returncode == len(failed)  # ingest exits with the number of inputs that failed
    assert f"{good} added, 0 unchanged, 0 replaced, 4 failed" in proc.stderr
    with open_store(str(db), read_only=True) as store:
        stats = store.stats()
        stored = sorted(r["id"] for r in store.reports(limit=None))
    assert stored == sorted(f"good-{i}" for i in range(good))
    assert stats["unclustered"] == 0  # the run went on to deduplicate
