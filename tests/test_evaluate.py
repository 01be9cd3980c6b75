"""The gold set validates, and the scorer counts what it should on hand-made predictions."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from flashpoint.evaluate import format_scores, load_gold, load_predictions, score
from flashpoint.evaluate.acled import categories
from flashpoint.evaluate.events import (
    GoldEvent,
    GoldReport,
    actors_agree,
    date_correct,
    format_errors,
    gold_keys,
    load_codes,
    location_correct,
    split_sentences,
)
from flashpoint.model import EVENT_TYPES
from gold_checks import check_anchors, check_short_wire_copy

GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture(scope="module")
def gold() -> list[GoldReport]:
    return load_gold(GOLD)


# ------------------------------------------------------------------ the gold set itself


def test_gold_set_is_large_and_varied(gold: list[GoldReport]) -> None:
    events = [e for r in gold for e in r.events]
    assert len(gold) >= 45
    assert 250 <= len(events) <= 5000  # a few hundred reports of wire copy, not a corpus
    # a type or status may be exercised by an event or by the act a speech act is about (its content)
    per_type = Counter(e.type for e in events) + Counter(e.content["type"] for e in events if e.content)
    assert all(per_type[t] >= 3 for t in EVENT_TYPES), per_type
    per_status = Counter(e.status for e in events) + Counter(e.content.get("status") for e in events if e.content)
    assert all(per_status[s] >= 10 for s in ("claimed", "planned", "negated", "hypothetical")), per_status


def test_gold_has_reports_without_events(gold: list[GoldReport]) -> None:
    # Disaster and economy reports exist only to catch false positives.
    assert sum(1 for r in gold if not r.events) >= 3


def test_gold_reports_are_short_wire_copy(gold: list[GoldReport]) -> None:
    check_short_wire_copy(gold)


def test_gold_events_are_well_formed(gold: list[GoldReport]) -> None:
    check_anchors(gold)
    for r in gold:
        for e in r.events:
            assert e.fatalities is None or e.fatalities >= 0, f"{r.path.name}: {e.type} {e.anchor!r}"


def test_gold_dates_never_run_far_past_publication(gold: list[GoldReport]) -> None:
    # Only planned events may lie after the report was written.
    for r in gold:
        for e in r.events:
            if e.date and e.status != "planned" and r.published:
                assert e.date <= r.published.isoformat()[: len(e.date)], f"{r.path.name}: {e.anchor}"


def test_every_declared_code_is_used_or_harmless() -> None:
    codes = load_codes(GOLD / "_codes.yaml")
    assert {"UN", "UNSC", "RSF", "HAMAS"} <= set(codes)
    assert all(info.get("kind") for info in codes.values())


# ------------------------------------------------------------------ malformed gold is refused

REPORT = """\
id: t1
published: 2024-03-14
title: test
text: |
  Troops shelled the village of Alpha on Monday, killing four people, officials said. The ministers held talks
  in Geneva. The army did not attack Beta.
  Police arrested 12 protesters in the capital.
events:
  - type: ASSAULT
    anchor: "shelled the village"
    source: [ARM-MIL]
    target: [AZE-CVL]
    date: 2024-03-11
    location: {name: Alpha, country: AZE}
    fatalities: 4
    status: claimed
    claimed_by: AZE-GOV
  - type: CONSULT
    anchor: "held talks"
    source: [ARM-GOV]
    target: [AZE-GOV]
    date: 2024-03
    location: {name: Geneva, country: CHE}
  - type: ASSAULT
    anchor: "did not attack"
    source: [AZE-MIL]
    status: negated
  - type: COERCE
    anchor: "arrested 12 protesters"
    source: [UN]
    target: [ARM-PRO]
"""


def _write(tmp_path: Path, text: str, codes: str = "UN: {name: United Nations, kind: IGO}\n") -> Path:
    (tmp_path / "_codes.yaml").write_text(codes)
    path = tmp_path / "t1.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("type: CONSULT", "type: MEET", "not a PLOVER type"),
        ('anchor: "held talks"', 'anchor: "peace talks"', "occurs 0 times"),
        ('anchor: "did not attack"', 'anchor: "the"', "occurs"),
        ("status: negated", "status: denied", "status"),
        ("[ARM-GOV]", "[ARMENIA]", "actor code"),
        ("[ARM-GOV]", "[XXX-GOV]", "not an ISO"),
        ("[ARM-GOV]", "[ARM-ARMY]", "actor code"),
        ("date: 2024-03\n", "date: March 2024\n", "not ISO"),
        ("fatalities: 4", "fatalities: four", "fatalities"),
        ("    claimed_by: AZE-GOV\n", "", "needs claimed_by"),
        ("location: {name: Geneva, country: CHE}", "location: {name: Geneva, country: CH}", "ISO"),
    ],
)
def test_malformed_gold_is_refused_with_file_and_reason(
    tmp_path: Path, old: str, new: str, reason: str
) -> None:
    assert old in REPORT
    path = _write(tmp_path, REPORT.replace(old, new, 1))
    with pytest.raises(ValueError, match=reason) as err:
        load_gold(path)
    assert "t1.yaml" in str(err.value)


def test_undeclared_org_code_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, REPORT, codes="EU: {name: European Union, kind: IGO}\n")
    with pytest.raises(ValueError, match="'UN'"):
        load_gold(tmp_path)
    assert path.exists()


def test_yaml_dates_and_months_load_as_iso_strings(tmp_path: Path) -> None:
    (report,) = load_gold(_write(tmp_path, REPORT))
    assert [e.date for e in report.events] == ["2024-03-11", "2024-03", None, None]
    assert report.published.isoformat() == "2024-03-14"


# ------------------------------------------------------------------ sentences and keys


def test_sentences_split_on_punctuation_and_line_breaks_not_abbreviations() -> None:
    text = "Gen. Hassan met U.S. envoys on Monday. The talks ended.\nHeading\n12 people died."
    parts = [text[s:e] for s, e in split_sentences(text)]
    expected = ["Gen. Hassan met U.S. envoys on Monday.", "The talks ended.", "Heading", "12 people died."]
    assert parts == expected


def test_gold_keys_accept_a_groups_home_country() -> None:
    homes = {"RSF": "SDN"}
    assert gold_keys("SDN-MIL", homes) == {"SDN"}
    assert gold_keys("RSF", homes) == {"RSF", "SDN"}
    assert gold_keys("UNSC", homes) == {"UNSC"}


def test_an_organ_of_a_body_counts_as_the_body_but_not_the_other_way() -> None:
    # the gold sets code the Secretary-General's and the agencies' acts as the UN's, as PLOVER does
    un = GoldEvent(type="ACCUSE", anchor="condemns", sentence=(0, 9), source=("UN",))
    wfp = GoldEvent(type="SANCTION", anchor="paused", sentence=(0, 6), source=("WFP",))
    assert actors_agree(un, {"source": [{"org": "UNSG"}], "target": []}, {})
    assert actors_agree(un, {"source": [{"org": "WFP"}], "target": []}, {})
    assert not actors_agree(wfp, {"source": [{"org": "UN"}], "target": []}, {})
    assert not actors_agree(un, {"source": [{"org": "NATO"}], "target": []}, {})


def test_date_is_compared_at_the_gold_precision() -> None:
    assert date_correct("2024-03-11", {"start": "2024-03-11"})
    assert date_correct("2024-03", {"start": "2024-03-11"})
    assert date_correct("1994", {"start": "1994-05"})
    assert not date_correct("2024-03", {"start": "2024"})
    assert not date_correct("1994", {"start": "2022-09-15"})
    assert date_correct(None, None) and date_correct(None, {"start": None})
    assert not date_correct(None, {"start": "2024-03-14"})


def test_location_matches_by_name_or_distance_within_the_country() -> None:
    gold = {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52}
    assert location_correct(gold, {"name": "KYIV", "country": "UKR"})
    assert location_correct(gold, {"name": "Kiev", "country": "UKR", "lat": 50.40, "lon": 30.60})
    assert not location_correct(gold, {"name": "Lviv", "country": "UKR", "lat": 49.84, "lon": 24.03})
    assert not location_correct(gold, {"name": "Kyiv", "country": "RUS"})
    assert location_correct({"country": "UKR"}, {"name": "Kharkiv", "country": "UKR"})
    assert location_correct(None, None) and not location_correct(None, {"name": "Kyiv", "country": "UKR"})


# ------------------------------------------------------------------ scoring hand-made predictions


def _actor(code: str) -> dict[str, Any]:
    country, _, sector = code.partition("-")
    if len(country) == 3 and sector:
        return {"text": code, "name": None, "country": country, "sector": sector, "org": None}
    return {"text": code, "name": None, "country": None, "sector": None, "org": code}


def perfect_predictions(report: GoldReport) -> list[dict[str, Any]]:
    """What a flawless extractor would output for a gold report, in the extract contract."""
    out = []
    for g in report.events:
        start = report.text.index(g.anchor)
        loc = g.location
        out.append({
            "article": report.id,
            "type": g.type,
            "mode": g.mode,
            "source": [_actor(c) for c in g.source],
            "target": [_actor(c) for c in g.target],
            "date": {"start": g.date, "end": g.date, "precision": "day", "text": None} if g.date else None,
            "location": {"name": loc.get("name"), "country": loc.get("country")} if loc else None,
            "fatalities": g.fatalities,
            "injured": g.injured,
            "status": g.status,
            "claimed_by": _actor(g.claimed_by) if g.claimed_by else None,
            "content": dict(g.content) if g.content else None,
            "evidence": {"text": g.anchor, "start": start, "end": start + len(g.anchor)},
            "acled": {"event_type": categories()[g.acled][0], "sub_event_type": g.acled}
            if g.acled in categories() else None,
        })  # fmt: skip
    return out


@pytest.fixture
def toy(tmp_path: Path) -> GoldReport:
    (report,) = load_gold(_write(tmp_path, REPORT))
    return report


def test_perfect_predictions_score_one(toy: GoldReport) -> None:
    s = score([toy], {toy.id: perfect_predictions(toy)})
    assert (s.strict.precision, s.strict.recall, s.strict.f1) == (1.0, 1.0, 1.0)
    assert all(acc.value == 1.0 for acc in s.fields.values() if acc.total)


def test_perfect_predictions_on_the_whole_gold_set_score_one(gold: list[GoldReport]) -> None:
    s = score(gold, {r.id: perfect_predictions(r) for r in gold})
    assert s.strict.f1 == 1.0 and s.type_only.f1 == 1.0
    assert all(acc.value == 1.0 for acc in s.fields.values() if acc.total), format_scores(s)


def test_a_wrong_type_is_a_miss_and_a_false_positive(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    preds[1]["type"] = "AGREE"
    s = score([toy], {toy.id: preds})
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (3, 1, 1)
    assert s.per_type["CONSULT"].fn == 1 and s.per_type["AGREE"].fp == 1
    assert "[t1] miss" in format_errors(s) and "false-positive" in format_errors(s)


def test_negated_coded_as_occurred_lowers_status_accuracy(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    preds[2]["status"] = "occurred"
    s = score([toy], {toy.id: preds})
    assert s.strict.f1 == 1.0
    assert s.fields["status"].value == pytest.approx(3 / 4)
    assert s.forbidden == 1  # the error a dataset must never carry is counted apart
    assert "negated or hypothetical acts coded as having happened: 1" in format_scores(s)
    assert "forbidden" in format_errors(s)


def test_a_negated_act_coded_as_such_beside_one_that_happened_is_not_forbidden(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    assert score([toy], {toy.id: preds}).forbidden == 0
    preds.append({**preds[2], "status": "occurred"})  # the same sentence also tells an act that happened
    assert score([toy], {toy.id: preds}).forbidden == 0


def test_actors_from_another_country_break_the_strict_match_only(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    preds[0]["source"] = [_actor("TUR-MIL")]
    preds[0]["target"] = [_actor("GEO-CVL")]
    s = score([toy], {toy.id: preds})
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (3, 1, 1)
    assert s.type_only.f1 == 1.0


def test_one_shared_actor_is_enough_to_match_but_not_for_exact_source(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    preds[1]["source"] = [_actor("ARM-GOV"), _actor("FRA-GOV")]
    s = score([toy], {toy.id: preds})
    assert s.strict.f1 == 1.0
    assert s.fields["source_exact"].value == pytest.approx(3 / 4)


def test_evidence_in_another_sentence_does_not_match(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    other = toy.text.index("Police arrested")
    preds[0]["evidence"] = {"text": "Police", "start": other, "end": other + 6}
    s = score([toy], {toy.id: preds})
    assert s.strict.fn == 1 and s.per_type["ASSAULT"].fp == 1


def test_repeated_events_count_as_false_positives(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    s = score([toy], {toy.id: preds + [copy.deepcopy(preds[0])]})
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (4, 1, 0)


def test_field_errors_are_counted_on_matched_events_only(toy: GoldReport) -> None:
    preds = perfect_predictions(toy)
    preds[0].update(fatalities=40, date={"start": "2024-03-14"}, claimed_by=None)
    preds[1]["location"] = None
    s = score([toy], {toy.id: preds[:2]})
    assert s.fields["fatalities"].value == 0.5
    assert s.fields["date"].value == 0.5
    assert s.fields["claimed_by"].value == 0.5
    assert s.fields["location"].value == 0.5
    assert s.strict.fn == 2


def test_no_predictions_means_zero_recall_and_all_misses(toy: GoldReport) -> None:
    s = score([toy], {})
    assert s.strict.recall == 0.0 and s.strict.fn == len(toy.events)
    assert "events (strict)" in format_scores(s)


def test_predictions_round_trip_through_jsonl(tmp_path: Path, toy: GoldReport) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in perfect_predictions(toy)) + "\n")
    assert score([toy], load_predictions(path)).strict.f1 == 1.0


# ------------------------------------------------------------------ bundled examples

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_bundled_examples_are_well_formed() -> None:
    import xml.etree.ElementTree as ET

    lines = (EXAMPLES / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    assert all({"id", "text", "published", "title", "url", "source"} <= set(r) for r in records)
    items = ET.parse(EXAMPLES / "feed.xml").findall("./channel/item")
    assert len(items) == 3 and all(i.findtext("pubDate") for i in items)
    page = (EXAMPLES / "page.html").read_text(encoding="utf-8")
    assert 'property="article:published_time"' in page and "<article>" in page and "<footer>" in page
    assert len(split_sentences((EXAMPLES / "report.txt").read_text(encoding="utf-8"))) >= 10


THREAT = """\
id: t2
published: 2024-03-14
text: |
  Armenia warned on Thursday that it would cut ties with Azerbaijan. The ministers met in Geneva.
events:
  - type: THREATEN
    mode: relations
    anchor: "warned on Thursday"
    source: [ARM-GOV]
    target: [AZE-GOV]
    content: {type: SANCTION, status: hypothetical}
  - type: CONSULT
    anchor: "ministers met"
"""


def test_the_act_a_threat_is_about_is_scored_where_the_gold_gives_it(tmp_path: Path) -> None:
    path = tmp_path / "t2.yaml"
    path.write_text(THREAT)
    (report,) = load_gold(path)
    assert report.events[0].content == {"type": "SANCTION", "status": "hypothetical"}
    preds = perfect_predictions(report)
    assert score([report], {"t2": preds}).fields["content"].value == 1.0
    preds[0]["content"] = {"type": "SANCTION", "status": "planned"}
    s = score([report], {"t2": preds})
    assert (s.fields["content"].correct, s.fields["content"].total) == (0, 1)  # CONSULT has none to score
    path.write_text(THREAT.replace("type: SANCTION,", "type: SANCTIONS,"))
    with pytest.raises(ValueError, match="content type 'SANCTIONS'"):
        load_gold(path)


def test_the_prediction_whose_trigger_is_in_the_anchor_is_the_one_paired(toy: GoldReport) -> None:
    """Two predicted acts of one type in a sentence: the gold act is the one its anchor names, even when the
    other agrees on more fields (a curfew and an arrest told together are two acts)."""
    preds = perfect_predictions(toy)
    arrest = preds[3]
    start = toy.text.index("arrested")
    arrest["trigger"] = {"text": "arrested", "start": start, "end": start + len("arrested")}
    arrest["claimed_by"] = _actor("AZE-GOV")  # the act the anchor names, with one field wrong
    other = dict(perfect_predictions(toy)[3])
    capital = toy.text.index("capital")
    other["trigger"] = {"text": "capital", "start": capital, "end": capital + len("capital")}
    s = score([toy], {toy.id: [*preds[:3], other, arrest]})
    assert (s.strict.tp, s.strict.fp) == (4, 1)
    assert s.fields["claimed_by"].value == pytest.approx(3 / 4)
