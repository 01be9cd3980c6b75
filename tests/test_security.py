"""Hostile values reach SQL only as bound parameters, and input folders cannot lead out of themselves.

Run on both backends (PostgreSQL when FLASHPOINT_TEST_PG is set). A value that was pasted into
the SQL text would either raise a syntax error, drop a table, or match everything.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest_store import ARM_MOD, JERMUK, article, event
from flashpoint.cli import main
from flashpoint.ingest import InputProblem, read_inputs
from flashpoint.store import Store, open_store

pytest_plugins = ["conftest_store"]  # the `store` and `db_url` fixtures, on both backends

HOSTILE = [
    "'; DROP TABLE events; --",
    "\"; DROP TABLE articles; --",
    "ARM' OR '1'='1",
    "ARM) OR (1=1",
    "%",
    "_",
    "%%'--",
    "\\",
    "\\%",
    "Ер'ева́н 🔥 \u202e\u0000",
    "x" * 20_000,
    "ZZZ,' OR 1=1 --,YYY",  # lists are split on commas: every item is hostile
    "$$; SELECT pg_sleep(5); $$",
]
FILTERS = ["country", "type", "status", "actor", "text"]
TABLES = ["articles", "events", "actors", "places", "clusters", "event_actors", "daily_counts"]


@pytest.fixture
def filled(store: Store) -> Store:
    """Two reports; one evidence sentence holds a literal '%' and '_' to test wildcard escaping."""
    plain = article("a1", "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers, Armenia said.")
    odd = article("a2", "Shelling hit 40% of homes in Jermuk_East on Tuesday, Armenia said.")
    store.add_report(plain, [event(plain, place=JERMUK, fatalities=2, claimed_by=ARM_MOD)])
    store.add_report(odd, [event(odd, place=JERMUK)])
    store.dedup()
    return store


def table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


@pytest.mark.parametrize("key", FILTERS)
def test_hostile_filter_values_match_nothing_and_change_nothing(filled: Store, key: str) -> None:
    before = table_counts(filled)
    for value in HOSTILE:
        if value in ("%", "_", "\\%") and key in ("text", "actor"):
            continue  # literal characters, checked below
        value = value.replace("\x00", "") if filled.engine.dialect.name == "postgresql" else value
        assert filled.events(**{key: value}) == [], (key, value)
        assert filled.clusters(**{key: value}) == [], (key, value)
    assert table_counts(filled) == before


def test_like_wildcards_in_a_text_filter_are_literal_characters(filled: Store) -> None:
    assert [e["article"] for e in filled.events(text="%")] == ["a2"]
    assert [e["article"] for e in filled.events(text="h_e")] == []  # '_' is not "any character"
    assert [e["article"] for e in filled.events(text="jermuk_east")] == ["a2"]
    assert filled.events(actor="%") == [] and filled.events(actor="_") == []


@pytest.mark.parametrize("value", ["2022-09-14' OR '1'='1", "'; DROP TABLE events; --", "9" * 400])
def test_hostile_dates_are_refused_as_bad_dates(filled: Store, value: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        filled.events(since=value)
    assert len(filled.events()) == 2


def test_hostile_ids_and_names_find_nothing(filled: Store) -> None:
    before = table_counts(filled)
    for value in HOSTILE:
        value = value.replace("\x00", "") if filled.engine.dialect.name == "postgresql" else value
        assert filled.event(value) is None
        assert filled.cluster(value) is None
        assert filled.report(value) is None
        assert filled.learned_actors(name=value) == []
    assert filled.daily_counts(country="ARM' OR '1'='1") == []
    assert table_counts(filled) == before


def test_the_events_command_passes_hostile_filters_as_data(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "events.db"
    with open_store(f"sqlite:///{db}") as store:
        art = article("a1", "Azerbaijani forces shelled Jermuk on Tuesday, killing two soldiers, Armenia said.")
        store.add_report(art, [event(art, place=JERMUK)])
    hostile = ("'; DROP TABLE events; --", "ARM' OR '1'='1", "%")
    for flag in ("--text", "--actor"):  # free text: searched for as it is, and found nowhere
        for value in hostile:
            assert main(["events", "--db", str(db), "--format", "jsonl", flag, value]) == 0
            assert capsys.readouterr().out == "", (flag, value)
    for flag in ("--country", "--type", "--status"):  # closed lists: refused before any query runs
        for value in hostile:
            assert main(["events", "--db", str(db), "--format", "jsonl", flag, value]) == 2
            captured = capsys.readouterr()
            assert captured.out == "" and f"flashpoint: {flag[2:]} " in captured.err, (flag, value)
    assert main(["events", "--db", str(db), "--since", "2022' OR '1'='1"]) == 2  # refused, not run
    assert "not a date" in capsys.readouterr().err
    with open_store(f"sqlite:///{db}") as store:
        assert len(store.events()) == 1


# -- input folders ------------------------------------------------------------------------

REPORT = "Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday, killing two soldiers.\n"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlinks_out_of_an_input_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Private notes: " + REPORT, encoding="utf-8")
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "real.txt").write_text(REPORT, encoding="utf-8")
    (inbox / "leak.txt").symlink_to(outside / "secret.txt")
    (inbox / "sub" / "up").symlink_to(outside, target_is_directory=True)
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)
    (inbox / "alias.txt").symlink_to(inbox / "real.txt")  # inside the folder: harmless
    items = list(read_inputs([inbox]))
    texts = [i.text for i in items if not isinstance(i, InputProblem)]
    assert all("Private notes" not in t for t in texts)
    assert len(texts) == 2  # real.txt and its alias
    problems = [str(i) for i in items if isinstance(i, InputProblem)]
    assert any("leak.txt" in p and "outside" in p for p in problems), problems


def test_a_named_file_is_read_even_through_a_symlink(tmp_path: Path) -> None:
    """Only folder walks are confined: a path the user typed is the user's choice."""
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "report.txt")
    [item] = list(read_inputs([tmp_path / "link.txt"]))
    assert not isinstance(item, InputProblem)
