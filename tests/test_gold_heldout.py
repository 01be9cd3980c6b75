"""The held-out gold sets: well-formed, distinct from the development set and from each other, never tuned on.

`tests/data/gold-heldout/` and `tests/data/gold-heldout-3/` to `tests/data/gold-heldout-10/` follow
docs/gold-format.md like the development set, but nobody adjusts the extractor to them, so their figures are the
honest ones. gold-heldout-3 to gold-heldout-10 were written by coders who never read the rule data or the event
code, and committed before flashpoint ran on them. Their scores are held to floors in test_gold_floors.py once
the lead has scored them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from flashpoint.evaluate import load_gold
from flashpoint.evaluate.events import GoldReport, load_codes, split_sentences
from flashpoint.model import EVENT_TYPES, STATUSES
from gold_checks import check_anchors, check_short_wire_copy

DATA = Path(__file__).parent / "data"
DEVELOPMENT = DATA / "gold"
# Each held-out set checked here, with the number of reports it must hold at least.
HELDOUT_SETS = {"gold-heldout": 25, "gold-heldout-3": 20, "gold-heldout-4": 20, "gold-heldout-5": 20,
                "gold-heldout-6": 20, "gold-heldout-7": 20, "gold-heldout-8": 20, "gold-heldout-9": 12,
                "gold-heldout-10": 14}


@pytest.fixture(scope="module", params=sorted(HELDOUT_SETS))
def heldout_dir(request: pytest.FixtureRequest) -> Path:
    return DATA / request.param


@pytest.fixture(scope="module")
def heldout(heldout_dir: Path) -> list[GoldReport]:
    return load_gold(heldout_dir)


def test_heldout_set_is_large_and_covers_every_type_and_status(heldout_dir: Path, heldout: list[GoldReport]) -> None:
    events = [e for r in heldout for e in r.events]
    assert len(heldout) >= HELDOUT_SETS[heldout_dir.name]
    assert 120 <= len(events) <= 260
    # a type or status may be exercised by an event or by the act a speech act is about (its content)
    per_type = Counter(e.type for e in events) + Counter(e.content["type"] for e in events if e.content)
    assert all(per_type[t] >= 3 for t in EVENT_TYPES), per_type
    per_status = Counter(e.status for e in events) + Counter(e.content.get("status") for e in events if e.content)
    assert all(per_status[s] >= 5 for s in STATUSES), per_status


def test_heldout_has_reports_without_events(heldout: list[GoldReport]) -> None:
    # Reports with nothing to code (a disaster, an economy or sports report) exist only to catch false positives.
    assert sum(1 for r in heldout if not r.events) >= 2


def test_heldout_reports_are_short_wire_copy(heldout: list[GoldReport]) -> None:
    check_short_wire_copy(heldout)


def test_heldout_anchors_sit_once_in_their_sentence(heldout: list[GoldReport]) -> None:
    check_anchors(heldout)
    for r in heldout:
        for e in r.events:
            if e.status == "claimed":
                assert e.claimed_by, f"{r.path.name}: {e.type} {e.anchor!r}"


def test_heldout_dates_never_run_past_publication_unless_planned(heldout: list[GoldReport]) -> None:
    for r in heldout:
        for e in r.events:
            if e.date and e.status != "planned" and r.published:
                assert e.date <= r.published.isoformat()[: len(e.date)], f"{r.path.name}: {e.anchor}"


def test_heldout_declares_every_group_with_a_kind(heldout_dir: Path) -> None:
    codes = load_codes(heldout_dir / "_codes.yaml")
    assert {"UN", "AU", "EU", "HOUTHI"} <= set(codes)
    assert all(info.get("kind") for info in codes.values())


def _sentences(reports: list[GoldReport]) -> set[str]:
    return {r.text[s:e] for r in reports for s, e in split_sentences(r.text)}


def test_heldout_shares_no_report_or_sentence_with_the_development_set(heldout: list[GoldReport]) -> None:
    if not DEVELOPMENT.is_dir():
        pytest.skip("the development gold set tests/data/gold is absent")
    development = load_gold(DEVELOPMENT)
    dev_sentences = _sentences(development)
    assert not {r.id for r in heldout} & {r.id for r in development}
    for r in heldout:
        shared = _sentences([r]) & dev_sentences
        assert not shared, f"{r.path.name} repeats development sentences: {shared}"


def test_heldout_shares_no_report_or_sentence_with_the_other_heldout_sets(
    heldout_dir: Path, heldout: list[GoldReport]
) -> None:
    # Every held-out set on disk counts, also those checked elsewhere (gold-heldout-2), so that each set is an
    # independent sample. Only a count is reported: nobody reads another held-out set's text.
    others = [p for p in sorted(DATA.glob("gold-heldout*")) if p.is_dir() and p != heldout_dir]
    assert others, "expected more than one held-out set"
    for other_dir in others:
        other = load_gold(other_dir)
        assert not {r.id for r in heldout} & {r.id for r in other}, other_dir.name
        shared = _sentences(heldout) & _sentences(other)
        assert not shared, f"{heldout_dir.name} shares {len(shared)} sentences with {other_dir.name}"
