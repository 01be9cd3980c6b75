"""Situation briefs (flashpoint.brief) on hand-built reports, on SQLite and on PostgreSQL.

Each report here is a sentence with the events a careful coder would take from it, stored
through the real store and clustered by the real deduplicator; the brief is built and rendered
from what the store gives back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest_store import AZE_MIL, JERMUK, article, event
from flashpoint.brief import Brief, BriefError, build_brief, check_record, render_html, render_markdown
from flashpoint.cli import main
from flashpoint.store import Store, open_store

pytest_plugins = ["conftest_store"]  # the `store` and `db_url` fixtures, on both backends

ARM_MOD = dict(text="Armenia's defence ministry", country="ARM", sector="MIL")
AZE_MOD = dict(text="Azerbaijan's defence ministry", country="AZE", sector="MIL")
PUTIN = dict(text="Vladimir Putin", name="Vladimir Putin", country="RUS", sector="GOV")
ALIYEV = dict(text="Ilham Aliyev", name="Ilham Aliyev", country="AZE", sector="GOV")
PASHINYAN = dict(text="Nikol Pashinyan", name="Nikol Pashinyan", country="ARM", sector="GOV")
GEO_COP = dict(text="Georgian police", country="GEO", sector="COP")
SAMARKAND = dict(name="Samarkand", country="UZB", admin1="Samarqand", lat=39.65, lon=66.96, precision="place")
TBILISI = dict(name="Tbilisi", country="GEO", admin1="Tbilisi", lat=41.69, lon=44.83, precision="place")

ARMENIA_SAYS = "Azerbaijani forces shelled Jermuk on Tuesday, killing 49 soldiers, Armenia's defence ministry said."
AZERBAIJAN_SAYS = "Azerbaijan's defence ministry said 50 Armenian soldiers died in Tuesday's fighting near Jermuk."
MEETING = "Vladimir Putin will meet Ilham Aliyev in Samarkand on Thursday."
MARTIAL_LAW = "Nikol Pashinyan said he might declare martial law if the situation deteriorated."
HISTORY = "The two countries fought a war in 2020."
TBILISI_PROTEST = "Georgian police dispersed protesters in Tbilisi on Tuesday."


def fill(store: Store) -> None:
    """Two reports of one shelling with different tolls, an announced meeting, a threat, history."""
    a = article("armenia", ARMENIA_SAYS, source="Example Wire")
    b = article("azerbaijan", AZERBAIJAN_SAYS, source="Other Agency")
    store.add_report(a, [event(a, place=JERMUK, fatalities=49, claimed_by=ARM_MOD, status="claimed")])
    store.add_report(b, [event(b, place=JERMUK, fatalities=50, claimed_by=AZE_MOD, status="claimed")])
    c = article("outlook", f"{MEETING} {MARTIAL_LAW} {HISTORY}", source="Example Wire")
    store.add_report(c, [
        event(c, "CONSULT", sentence=MEETING, day="2022-09-15", date_text="on Thursday", place=SAMARKAND,
              source=[PUTIN], target=[ALIYEV], status="planned", mode=None),
        event(c, "COERCE", sentence=MARTIAL_LAW, day=None, source=[PASHINYAN], target=[], status="hypothetical",
              mode="curfew", claimed_by=PASHINYAN),
        event(c, "ASSAULT", sentence=HISTORY, day="2020", precision="year", date_text="in 2020"),
    ])  # fmt: skip
    d = article("tbilisi", TBILISI_PROTEST, source="Example Wire")
    store.add_report(d, [event(d, "COERCE", place=TBILISI, source=[GEO_COP], target=[], mode=None)])
    store.dedup()


PERIOD = {"since": "2022-09-12", "until": "2022-09-14"}


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store)
    return store


def test_tolls_that_may_be_one_act_form_one_range_and_each_claimant_is_named(filled: Store) -> None:
    brief = build_brief(filled, **PERIOD)
    assert (brief.figures.toll_min, brief.figures.toll_max) == (49, 50)
    assert dict(brief.figures.claimants) == {"Armenia's defence ministry (ARM)": [49],
                                             "Azerbaijan's defence ministry (AZE)": [50]}  # fmt: skip
    [conflict] = [c for c in brief.conflicts if c.kind == "toll"]
    assert [(c.value, c.claimant) for c in conflict.claims] == [
        (50, "Azerbaijan's defence ministry (AZE)"), (49, "Armenia's defence ministry (ARM)")]  # fmt: skip
    assert [c.evidence for c in conflict.claims] == [AZERBAIJAN_SAYS, ARMENIA_SAYS]
    assert conflict.place == "Jermuk (ARM)"


def test_one_act_told_by_two_reports_is_one_line_citing_both(filled: Store) -> None:
    brief = build_brief(filled, **PERIOD)
    [shelling] = [a for a in brief.happened if a.type == "ASSAULT"]
    cited = {brief.report(n).article for n in brief.numbers(shelling.articles)}
    assert cited == {"armenia", "azerbaijan"}
    assert shelling.when == "2022-09-13" and shelling.place == "Jermuk (ARM)"
    assert brief.figures.reports == 4 and brief.figures.sources == 2  # every report of the period


def test_what_is_coming_keeps_announced_and_threatened_acts_and_history_stays_out(filled: Store) -> None:
    brief = build_brief(filled, **PERIOD)
    coming = {(a.type, a.status, a.when) for a in brief.coming}
    # The meeting is dated after the period but was announced in it; the threat has no date.
    assert coming == {("CONSULT", "planned", "2022-09-15"), ("COERCE", "hypothetical", "undated (reported 2022-09-14)")}
    assert all(a.when != "2020" for a in brief.acts + brief.coming)


def test_a_country_selects_acts_in_it_or_with_a_participant_from_it(filled: Store) -> None:
    brief = build_brief(filled, country="AZE", **PERIOD)
    assert {a.type for a in brief.coming} == {"CONSULT"}  # in Samarkand, with Aliyev
    assert {a.type for a in brief.acts} == {"ASSAULT"}  # in Armenia, by Azerbaijani forces
    assert all(a.place != "Tbilisi (GEO)" for a in brief.acts)
    assert brief.matrix.actors == ["ARM", "AZE"] and brief.matrix.counts == [[0, 0], [1, 0]]


def test_an_empty_selection_says_so_in_every_format(filled: Store) -> None:
    brief = build_brief(filled, country="NZL", **PERIOD)
    assert brief.empty and not brief.reports
    html, md = render_html(brief), render_markdown(brief)
    assert "No stored event matches this selection (NZL · 2022-09-12 to 2022-09-14)" in html
    assert "<svg" not in html
    assert "No stored event matches this selection (NZL · 2022\\-09\\-12" not in md  # dates are not escaped
    assert "No stored event matches this selection (NZL · 2022-09-12 to 2022-09-14)" in md


def test_the_html_brief_is_one_page_with_charts_and_nothing_from_elsewhere(filled: Store) -> None:
    html = render_html(build_brief(filled, **PERIOD))
    assert html.count("<svg") == 3  # per day, tolls by claimant, map
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        'xmlns:xlink="http://www.w3.org/1999/xlink"', "")  # fmt: skip
    assert "<script" not in html and "<link" not in html
    assert 'href="#report-1"' in html and 'id="report-1"' in html


def test_report_text_cannot_inject_markup_into_either_format(store: Store) -> None:
    text = "Gunmen attacked <script>alert(1)</script> *the* [camp](http://evil.example) | here on Tuesday."
    art = article("hostile", text)
    store.add_report(art, [event(art, source=[AZE_MIL], place=JERMUK)])
    brief = build_brief(store)
    html, md = render_html(brief), render_markdown(brief)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "\\[camp\\](http://evil.example)" in md and "\\*the\\*" in md and "\\| here" in md


def test_changes_since_the_last_brief_new_acts_revised_tolls_withdrawn_claims(filled: Store) -> None:
    before = build_brief(filled, **PERIOD).record()
    # Azerbaijan's outlet replaces its report with a version that no longer gives a toll ...
    b = article("azerbaijan", "Azerbaijan's defence ministry said fighting near Jermuk ended on Tuesday.",
                source="Other Agency")  # fmt: skip
    filled.add_report(b, [event(b, place=JERMUK, claimed_by=AZE_MOD, status="claimed")])
    # ... and a new report tells a new act.
    e = article("goris", "Azerbaijani forces shelled Goris on Wednesday, Armenia's defence ministry said.")
    filled.add_report(e, [event(e, day="2022-09-14", date_text="on Wednesday", claimed_by=ARM_MOD,
                                status="claimed", place=dict(JERMUK, name="Goris", lat=39.51, lon=46.34))])  # fmt: skip
    filled.dedup()
    after = build_brief(filled, previous=before, **PERIOD)
    kinds = {c.kind: c.text for c in after.changes or []}
    assert kinds["revised"] == "ASSAULT (claimed) in Jermuk (ARM), 2022-09-13: toll 49 to 50 before, 49 now"
    assert kinds["withdrawn"].endswith(": 50 killed, said Azerbaijan's defence ministry (AZE), is no longer stated")
    assert kinds["new"] == "ASSAULT (claimed) in Goris (ARM), 2022-09-14"
    assert "Toll revised" in render_html(after) and "Claim withdrawn" in render_markdown(after)


def test_a_brief_compared_with_itself_has_nothing_new(filled: Store) -> None:
    first = build_brief(filled, **PERIOD)
    again = build_brief(filled, previous=json.loads(json.dumps(first.record())), **PERIOD)
    assert again.changes == []
    assert "Nothing changed." in render_markdown(again)


def test_a_record_that_is_not_a_brief_is_refused_with_a_reason() -> None:
    with pytest.raises(BriefError, match="not a flashpoint brief record"):
        check_record({"acts": {}})
    with pytest.raises(BriefError, match="version 99"):
        check_record({"flashpoint_brief": 99, "acts": {}, "coming": {}})


# -- the command -------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with open_store(url) as s:
        fill(s)
    return url


def test_the_command_writes_the_page_and_its_record_and_the_next_brief_diffs_against_it(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "brief.html"
    assert main(["brief", "--db", db, "--since", "2022-09-12", "--until", "2022-09-14", "-o", str(page)]) == 0
    record = tmp_path / "brief.json"
    assert page.read_text().startswith("<!doctype html>") and record.exists()
    assert "written to" in capsys.readouterr().err
    assert main(["brief", "--db", db, "--since", "2022-09-12", "--until", "2022-09-14", "--format", "md",
                 "--since-brief", str(record)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert out.startswith("# Situation brief: 2022-09-12 to 2022-09-14") and "Nothing changed." in out


def test_the_command_names_a_bad_previous_brief_and_writes_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "old.json"
    bad.write_text("{not json")
    page = tmp_path / "brief.html"
    assert main(["brief", "--db", db, "--since-brief", str(bad), "-o", str(page)]) == 2
    assert f"{bad}: not JSON" in capsys.readouterr().err
    assert not page.exists()


def test_the_command_refuses_a_date_that_is_not_one(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", "--db", db, "--since", "2022-13"]) == 2
    assert "not a date: '2022-13'" in capsys.readouterr().err


def test_other_commands_do_not_load_the_charting_library() -> None:
    code = "import sys; from flashpoint.cli import build_parser; build_parser(); print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_brief_data_object_carries_every_section(filled: Store) -> None:
    brief = build_brief(filled, **PERIOD)
    assert isinstance(brief, Brief)
    assert set(brief.to_dict()) >= {"figures", "acts", "happened", "conflicts", "coming", "matrix", "reports"}
