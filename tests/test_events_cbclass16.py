"""cbclass16: families of CAMEO-coded wire sentences the rules coded with another PLOVER type, or not at all.

Sentences written for these tests (other countries and other words than any corpus); each runs the real spaCy model.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, kinds, only

PUBLISHED = date(2024, 6, 12)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ troops given to a peacekeeping mission (AID 074)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Ghana is sending 400 soldiers to the UN peacekeeping mission in Lebanon.", "GHA"),
        ("Uruguayan peacekeepers arrived in Goma on Monday to join the UN peacekeeping mission.", "URY"),
        ("Senegal announced the deployment of 150 police officers to Haiti on a peacekeeping mission.", "SEN"),
        ("About 800 Fijian troops were deployed as peacekeepers in the Golan Heights.", "FJI"),
        ("Some 600 Egyptian soldiers were deployed as peacekeeping forces along the border.", "EGY"),
        ("Some 200 Chadian soldiers landed in Bangui on Friday for a peacekeeping operation.", "TCD"),
    ],
)
def test_troops_sent_to_serve_in_a_peacekeeping_mission_are_help_given(text: str, giver: str) -> None:
    aid = only(extract(text), "AID")
    assert aid.cameo == "074" and giver in codes(aid.source)
    assert "MOBILIZE" not in kinds(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent more peacekeepers to the border on Tuesday.",   # a mission moving its own peacekeepers
        "The UN mission said it had sent peacekeepers to Ayod to protect civilians.",
        "The Security Council on Sunday approved the deployment of a peacekeeping force in Cyprus.",
        "The peacekeeping force sent two battalions to the border town.",
        "About 800 Fijian troops were deployed to the operation.",
    ],
)
def test_peacekeepers_moved_about_or_a_force_deployed_stay_a_deployment(text: str) -> None:
    events = extract(text)
    assert "MOBILIZE" in kinds(events) and "AID" not in kinds(events)


# ------------------------------------------------------------------ forces sent for disaster relief (PLOVER: AID)


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Canada deployed two medical teams to Turkey after the earthquake.", "CAN", "TUR"),
        ("Indian army units arrived in Sri Lanka to help deliver relief after the cyclone.", "IND", "LKA"),
        ("Spain dispatched three search-and-rescue teams to Morocco on Saturday.", "ESP", "MAR"),
    ],
)
def test_teams_and_forces_sent_for_relief_give_aid(text: str, giver: str, helped: str) -> None:
    aid = only(extract(text), "AID")
    assert codes(aid.source) == {giver} and helped in codes(aid.target)


@pytest.mark.parametrize(
    "text",
    ["Police deployed riot units to the square.", "Troops were sent to the border to help stop the smugglers."],
)
def test_forces_sent_for_other_ends_stay_a_deployment(text: str) -> None:
    assert "AID" not in kinds(extract(text))
