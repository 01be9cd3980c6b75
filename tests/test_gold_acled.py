"""The ACLED-category reports: news-style snippets for each of ACLED's 25 sub-event types, plus disasters,
accidents, sports and diplomatic protests that ACLED would not code, each event with its expected `acled`
sub-event type (docs/gold-format.md). `tests/data/gold-acled/` is the development part (used to write the
rules); `tests/data/gold-acled-heldout/` was written after the rules and is never tuned on. Their figures are held
by tests/test_gold_floors.py (tests/data/gold-floors.yaml)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from flashpoint.evaluate import load_gold, score
from flashpoint.evaluate.acled import NONE, categories
from flashpoint.evaluate.events import GoldReport, report_label, split_sentences, weighted_f1
from gold_checks import check_anchors

DATA = Path(__file__).parent / "data"
SETS = [DATA / "gold-acled", DATA / "gold-acled-heldout"]


def present(path: Path) -> Path:
    if not path.is_dir():
        pytest.skip(f"{path.name} is not written yet")
    return path


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.name)
def reports(request: pytest.FixtureRequest) -> list[GoldReport]:
    return load_gold(present(request.param))


def test_every_sub_event_type_has_reports_and_quiet_reports_exist(reports: list[GoldReport]) -> None:
    labels = Counter(report_label(r) for r in reports)
    missing = [sub for sub in categories() if labels[sub] < 1]
    assert not missing, missing
    assert labels[NONE] >= 8  # disasters, accidents, sports and diplomatic protests


def test_reports_are_short_news_snippets(reports: list[GoldReport]) -> None:
    check_anchors(reports)
    for r in reports:
        assert 1 <= len(split_sentences(r.text)) <= 4, r.id
        assert r.published is not None, r.id
        assert report_label(r) is not None, f"{r.id}: no event gives its ACLED category"


def test_the_development_reports_cover_each_sub_event_type_several_times() -> None:
    labels = Counter(report_label(r) for r in load_gold(DATA / "gold-acled"))
    assert all(labels[sub] >= 2 for sub in categories()), labels
    assert sum(labels.values()) >= 100


def test_the_heldout_part_is_at_least_30_percent_and_shares_no_sentence() -> None:
    heldout = load_gold(present(DATA / "gold-acled-heldout"))
    development = load_gold(DATA / "gold-acled")
    assert len(heldout) >= 0.3 * (len(heldout) + len(development))
    dev_sentences = {r.text[s:e] for r in development for s, e in split_sentences(r.text)}
    assert not {r.id for r in heldout} & {r.id for r in development}
    for r in heldout:
        assert not {r.text[s:e] for s, e in split_sentences(r.text)} & dev_sentences, r.id


def test_a_report_is_labelled_by_its_first_coded_act() -> None:
    (report,) = [r for r in load_gold(DATA / "gold-acled") if r.id == "pp6-myanmar-anniversary"]
    assert report_label(report) == "Peaceful protest"  # the killing it remembers has no category
    quiet = [r for r in load_gold(DATA / "gold-acled") if r.id == "np15-china-protest-japan"]
    assert report_label(quiet[0]) == NONE  # a diplomatic protest is no street protest


def test_weighted_f1_weighs_each_label_by_its_gold_count() -> None:
    assert weighted_f1([("A", "A"), ("A", "A"), ("B", "B")]) == 1.0
    # A: P=1/1, R=1/2 -> 2/3 (weight 2); B: P=1/2, R=1 -> 2/3 (weight 1)
    assert weighted_f1([("A", "A"), ("A", "B"), ("B", "B")]) == pytest.approx(2 / 3)


def test_perfect_categories_score_one_and_any_category_on_a_quiet_report_is_an_alarm() -> None:
    gold = load_gold(DATA / "gold-acled")
    perfect = {r.id: [_coded(r, e.anchor, e.acled) for e in r.events if e.acled not in (None, NONE)] for r in gold}
    s = score(gold, perfect)
    assert s.acled_f1() == 1.0 and s.acled_false_alarms()[0] == 0
    alarmed = dict(perfect, **{"np01-nepal-earthquake": [{"acled": {"sub_event_type": "Attack"}}]})
    assert score(gold, alarmed).acled_false_alarms()[0] == 1


def _coded(report: GoldReport, anchor: str, sub: str | None) -> dict:
    start = report.text.index(anchor)
    return {"type": "ASSAULT", "evidence": {"start": start, "end": start + len(anchor)},
            "acled": {"event_type": categories()[sub][0], "sub_event_type": sub}}  # fmt: skip
