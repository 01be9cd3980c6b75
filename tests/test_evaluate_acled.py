"""`flashpoint evaluate --acled`: an ACLED export's notes as input, its coding as gold.

tests/data/acled-export-sample.csv is written for flashpoint in ACLED's column layout (no ACLED row
is in the repository)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from flashpoint.evaluate import acled

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "acled-export-sample.csv"


def event(sub: str | None, start: int, **fields: Any) -> dict[str, Any]:
    """A predicted event dict with just what the ACLED scorer reads."""
    category = {"event_type": acled.categories()[sub][0], "sub_event_type": sub} if sub else None
    return {"acled": category, "evidence": {"start": start, "end": start + 10},
            "trigger": {"start": start + 2}, **fields}  # fmt: skip


def row(**fields: Any) -> acled.AcledRow:
    base: dict[str, Any] = dict(id="X1", event_date=date(2022, 3, 14), event_type="Protests",
                                sub_event_type="Peaceful protest", notes="...", fatalities=0,
                                lat=-0.2833, lon=36.0667, geo_precision=1, time_precision=1)  # fmt: skip
    return acled.AcledRow(**{**base, **fields})


def test_the_codebook_has_six_event_types_and_25_sub_event_types() -> None:
    cats = acled.categories()
    assert len(cats) == 25
    assert len({etype for etype, _ in cats.values()}) == 6
    assert len({code for _, code in cats.values()}) == 25


def test_the_export_is_read_with_acled_column_names_and_both_date_styles() -> None:
    rows = acled.read_acled_csv(SAMPLE)
    assert [r.id for r in rows] == ["FPT1", "FPT2", "FPT3"]  # the row without notes has nothing to read
    assert rows[1].event_date == date(2022, 3, 12)  # "12 March 2022", as ACLED's web export writes it
    assert rows[0].article().published == date(2022, 3, 17)  # published three days after the event
    assert (rows[1].fatalities, rows[0].geo_precision, rows[0].lat) == (3, 1, -0.2833)


def test_semicolon_exports_and_a_missing_column(tmp_path: Path) -> None:
    good = tmp_path / "semi.csv"
    good.write_text("event_date;event_type;sub_event_type;notes\n2022-01-05;Protests;Peaceful protest;Hi.\n")
    assert acled.read_acled_csv(good)[0].sub_event_type == "Peaceful protest"
    bad = tmp_path / "bad.csv"
    bad.write_text("event_date,event_type,notes\n2022-01-05,Protests,Hi.\n")
    with pytest.raises(ValueError, match="missing column.*sub_event_type"):
        acled.read_acled_csv(bad)
    wrong_day = tmp_path / "day.csv"
    wrong_day.write_text("event_date,event_type,sub_event_type,notes\nyesterday,Protests,Peaceful protest,Hi.\n")
    with pytest.raises(ValueError, match=r"day.csv:2: event_date"):
        acled.read_acled_csv(wrong_day)


def test_the_main_event_is_the_first_act_with_an_acled_category() -> None:
    statement = event(None, 0)  # a verbal act carries no ACLED category
    protest, arrest = event("Peaceful protest", 40), event("Arrests", 90)
    assert acled.main_event([arrest, statement, protest]) is protest
    assert acled.main_event([statement]) is None


def test_each_field_is_scored_against_the_row() -> None:
    right = event("Peaceful protest", 0, fatalities=None, date={"start": "2022-03-14"},
                  location={"lat": -0.30, "lon": 36.07})  # fmt: skip
    s = acled.score([row()], {"X1": [right]})
    assert all(r.value == 1.0 for r in s.rates.values()), s.rates
    wrong = event("Armed clash", 0, fatalities=2, date={"start": "2022-03-13"}, location={"lat": 0.5, "lon": 36.0})
    s = acled.score([row()], {"X1": [wrong]})
    assert all(r.value == 0.0 for r in s.rates.values()), s.rates
    assert s.confusion == {("Peaceful protest", "Armed clash"): 1}


def test_a_note_without_a_coded_event_predicts_none_and_no_toll() -> None:
    s = acled.score([row(), row(id="X2", fatalities=4)], {})
    assert s.rates["sub_event_type"].value == 0.0
    assert s.rates["fatalities"].correct == 1  # ACLED's 0 is what no event predicts; 4 is missed
    assert s.confusion[("Peaceful protest", acled.NONE)] == 2


def test_dates_are_compared_at_acleds_time_precision() -> None:
    week_off = event("Peaceful protest", 0, date={"start": "2022-03-09"})
    assert not acled.NoteResult(row(), week_off, []).date_correct()
    assert acled.NoteResult(row(time_precision=2), week_off, []).date_correct()
    assert acled.NoteResult(row(time_precision=3), event("Peaceful protest", 0, date={"start": "2022-03"}),
                            []).date_correct()  # fmt: skip


def test_the_confusion_table_names_its_columns_and_the_weakest_rows() -> None:
    confusion = Counter({("Attack", "Armed clash"): 6, ("Attack", "Attack"): 4,
                               ("Peaceful protest", "Peaceful protest"): 9, ("Peaceful protest", "none"): 1})
    table = acled.format_confusion(confusion)
    assert table.splitlines()[0].split()[-3:] == ["ATK", "PP", "-"]
    assert "Attack" in table and "AC Armed clash" in table
    assert acled.weakest_rows(confusion, min_n=5)[0] == ("Attack", 10, 0.4)


@pytest.mark.slow
def test_flashpoint_codes_the_sample_export_end_to_end() -> None:
    s = acled.run(SAMPLE, workers=1)
    by_id = {r.row.id: r for r in s.results}
    assert by_id["FPT1"].sub_event_type == "Peaceful protest"
    assert by_id["FPT1"].place_correct()
    assert by_id["FPT2"].sub_event_type == "Shelling/artillery/missile attack"
    assert by_id["FPT2"].fatalities == 3
    assert (by_id["FPT3"].sub_event_type, by_id["FPT3"].fatalities) == ("Attack", 1)  # a village chief is a civilian
    assert s.rates["sub_event_type"].value == 1.0


@pytest.mark.slow
def test_the_command_prints_accuracies_and_the_confusion_table() -> None:
    result = subprocess.run([sys.executable, "-m", "flashpoint.cli", "evaluate", "--acled", str(SAMPLE),
                             "--workers", "1", "--errors"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "3 ACLED notes" in result.stdout and "sub-event type" in result.stdout
    assert "ACLED sub-event type" in result.stdout  # the confusion table's header
    refused = subprocess.run([sys.executable, "-m", "flashpoint.cli", "evaluate", "tests/data/gold", "--acled",
                              str(SAMPLE)], capture_output=True, text=True, cwd=ROOT, timeout=300)  # fmt: skip
    assert refused.returncode == 2 and "give no gold folder" in refused.stderr
