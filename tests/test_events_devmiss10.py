"""Phrasing families found by classifying every miss and false positive of the development set (session 10).

Each rule covers a family of phrasings (verb, noun, light verb, passive); each test uses sentences written for it,
with other countries and words than the development reports.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 5, 15)  # a Friday


extract = partial(extract_on, published=PUBLISHED)


# ------------------------------------------------------------------ a force's posture: operations stepped up, searches


def test_operations_stepped_up_or_intensified_are_a_mobilisation() -> None:
    """ "ordered the army to step up operations against X", "intensified operations in the region", "ramped up
    security operations": a force's posture raised (PLOVER MOBILIZE), aimed at whoever the operations are against."""
    step = only(extract("President Tinubu ordered the army to step up operations against Boko Haram in Borno."),
                "MOBILIZE")
    assert codes(step.source) == {"NGA"} and step.status == "occurred"
    assert "NGA" in codes(step.target) or "BOKOHARAM" in codes(step.target)
    more = only(extract("Peruvian troops intensified operations against Shining Path remnants in the VRAEM valley."),
                "MOBILIZE")
    assert codes(more.source) == {"PER"} and more.status == "occurred"
    ramp = only(extract("The Malian army ramped up security operations around Gao on Thursday."), "MOBILIZE")
    assert codes(ramp.source) == {"MLI"}


def test_joint_operations_stepped_up_stay_cooperation() -> None:
    """ "pledged to step up joint operations along their border": joint operations are cooperation (PLOVER), promised
    here (AGREE with the cooperation as content), no mobilisation."""
    events = extract("Chad and Cameroon pledged on Monday to step up joint operations along their shared border.")
    assert "MOBILIZE" not in {e.type for e in events}
    pledge = only(events, "AGREE")
    assert codes(pledge.source) == {"TCD", "CMR"}


def test_combing_and_sanitisation_operations_are_searches_not_assaults() -> None:
    """ "launched a combing operation", "conducted a sanitisation operation": forces sweep an area for attackers, a
    deployment (as a cordon-and-search operation is) until they fight."""
    comb = extract("Indian Army troops launched a combing operation in the forests of Rajouri on Wednesday.")
    assert [e.type for e in comb] == ["MOBILIZE"]
    assert codes(comb[0].source) == {"IND"}
    clean = extract("Pakistani troops conducted a sanitisation operation in North Waziristan after the ambush.")
    assert "MOBILIZE" in {e.type for e in clean} and "ASSAULT" not in {e.type for e in clean if e.trigger.text == "operation"}
