"""A side's word that it will not yield is a refusal: "said it would not withdraw its troops", "will not release
the prisoners", "would not lift the curfew" are REJECT by the side that refuses, the retreat or concession refused
its content, negated (docs/gold-format.md, "The speech act is the event"). A report that the act did not happen
("did not withdraw"), a denial of a past act and another side's forecast stay the act, negated.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event

PUBLISHED = date(2026, 11, 24)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


def _codes(actors: list) -> set[str]:
    return {a.org or a.country for a in actors if a.org or a.country}


@pytest.mark.parametrize(
    ("text", "refused", "mode", "speaker"),
    [
        ("Hamas said it would not free the remaining captives without a lasting truce.", "RETREAT", "release",
         "PSE"),
        ("Burundi said it would not pull its battalions out of South Kivu while the rebels held Uvira.",
         "RETREAT", "withdraw", "BDI"),
        ("The Houthis said they would not stop their operations until the blockade ends.", "RETREAT", "ceasefire",
         "YEM"),
        ("The interior minister told reporters the government will not free the detained journalists.", "RETREAT",
         "release", None),
        ("Georgia's ruling party said it would not withdraw the bill.", "CONCEDE", None, None),
    ],
)
def test_a_sides_word_that_it_will_not_yield_is_its_refusal(text: str, refused: str, mode: str | None,
                                                            speaker: str | None) -> None:
    events = extract(text)
    assert refused not in {e.type for e in events}, text  # no retreat or concession of its own
    (refusal,) = [e for e in events if e.type == "REJECT"]
    assert refusal.status == "occurred" and refusal.claimed_by is None
    assert refusal.content is not None
    assert (refusal.content.type, refusal.content.status) == (refused, "negated")
    assert mode is None or refusal.content.mode == mode
    assert speaker is None or speaker in _codes(refusal.source)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # the act reported as not done
        ("The rebels did not release the hostages on Friday, the mediators said.", "RETREAT"),
        # a denial of a past act: the denial is the REJECT, the act it denies stays negated
        ("Kenya's defence ministry denied that its troops had withdrawn from the town.", "RETREAT"),
        # another side's forecast is no refusal by the side that would act
        ("Ukraine's foreign minister said Russia would not withdraw from the occupied regions.", "RETREAT"),
        # the writer's own word of a past act, with no speaker of the side that would yield ("Hanoi will not give in"
        # is Hanoi's refusal, a REJECT: docs/gold-format.md, tests/test_events_first_run_g298.py)
        ("Hanoi did not give in to pressure from Beijing.", "CONCEDE"),
    ],
)
def test_an_act_not_done_denied_or_forecast_stays_the_act_negated(text: str, type_: str) -> None:
    (act,) = [e for e in extract(text) if e.type == type_]
    assert act.status == "negated"
    assert not any(e.type == "REJECT" and e.content is not None and e.content.type == type_ for e in extract(text))


def test_a_denial_by_a_speaker_told_anew_is_no_refusal_told_again() -> None:
    """ "A government negotiator denied the charge" after the rebels' refusal: a speaker introduced by an
    indefinite article is someone not told of before, so the denial is a REJECT of its own, not the refusal
    said again."""
    text = ("A rebel official accused the government side of holding back the names of 30 detainees and said the "
            "movement would \"not hand over one more prisoner\" until they were freed.\n"
            "A government negotiator denied the charge.")
    rejects = [e for e in extract(text) if e.type == "REJECT"]
    assert len(rejects) == 2
    assert any(text[e.trigger.start:e.trigger.end] == "denied" for e in rejects if e.trigger)
