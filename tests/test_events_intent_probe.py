"""Statements of future intent: the speech act is the event (PLOVER; docs/gold-format.md "Coding conventions").

A promise of help, cooperation or a meeting is AGREE by whoever makes it; force, legal action or coercion held
over a condition, announced by the side that would use it, is THREATEN; a refusal of what is to come is REJECT;
an announced retreat is CONCEDE; the act announced is the event's content. An act merely scheduled ("will hold
joint drills") stays that act, planned. What a speaker says a third party will do, and forecasts, are no speech
act of the speaker's, and nothing in this file may come out as having happened.

All sentences were written for this test. `HELD_OUT` was written after the rules and never tuned on: its share
is guarded by a floor (the share measured when it was written), not sentence by sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event

SPEECH_ACTS = {"AGREE", "THREATEN", "REJECT", "CONCEDE"}
SAID_TO_HAVE_HAPPENED = {"occurred", "claimed"}

# (text, type, a code among the event's sources, status)
ANNOUNCED = [
    # promised help and cooperation: AGREE
    ("Japan said it would provide $200 million in humanitarian aid to Sudan.", "AGREE", "JPN", "occurred"),
    ("Turkey pledged to send 500 tonnes of food to Gaza.", "AGREE", "TUR", "occurred"),
    ("Qatar promised to fund the reconstruction of schools in Lebanon.", "AGREE", "QAT", "occurred"),
    ("The EU vowed to support Moldova's bid for membership.", "AGREE", "EU", "occurred"),
    ("Canada offered to train Ukrainian pilots.", "AGREE", "CAN", "occurred"),
    ("India announced it will supply wheat to Afghanistan.", "AGREE", "IND", "occurred"),
    ("Norway plans to donate medical equipment to hospitals in Gaza.", "AGREE", "NOR", "occurred"),
    ("Italy said it would send a navy ship carrying aid to Libya.", "AGREE", "ITA", "occurred"),
    ("Japan announced a pledge of $10 million in aid to Sudan.", "AGREE", "JPN", "occurred"),
    ("Turkey made an offer to mediate between Russia and Ukraine.", "AGREE", "TUR", "occurred"),
    # force, legal action, conditional coercion announced by its own side: THREATEN
    ("A Houthi spokesman said the group would keep targeting ships linked to Israel.", "THREATEN", "YEM",
     "occurred"),
    ("President Hassan Sheikh Mohamud said Somalia would defend its territory by all means.", "THREATEN", "SOM",
     "occurred"),
    ("The Taliban said they would continue attacking foreign forces.", "THREATEN", "AFG", "occurred"),
    ("Hezbollah vowed to keep firing rockets at Israel.", "THREATEN", "LBN", "occurred"),
    ("Iran said it would retaliate if Israel struck its nuclear sites.", "THREATEN", "IRN", "occurred"),
    ("Egypt's interior ministry said it would take legal action against those spreading false news.",
     "THREATEN", "EGY", "occurred"),
    ("China said it would impose sanctions on US defence firms if the arms sale went ahead.", "THREATEN", "CHN",
     "occurred"),
    # refusals of what is to come: REJECT
    ("Israel said it would not negotiate with Hamas.", "REJECT", "ISR", "occurred"),
    ("A government spokesman said Bamako would not negotiate with armed groups.", "REJECT", "MLI", "occurred"),
    ("President Gustavo Petro said the talks would not resume until the soldiers were freed.", "REJECT", "COL",
     "occurred"),
    ("The Kremlin said it would not join any talks that require a withdrawal.", "REJECT", "RUS", "occurred"),
    ("The government said it would not hold talks with the strikers.", "REJECT", None, "occurred"),
    ("Serbia will not recognise Kosovo, the president said.", "REJECT", "SRB", "claimed"),
    # a retreat its own side refuses is a refusal too, the retreat its content (negated)
    ("The rebels said they would not lay down their arms.", "REJECT", None, "occurred"),
    ("Ankara said it had no plans to withdraw its troops from Syria.", "REJECT", "TUR", "occurred"),
    # announced retreats: CONCEDE
    ("Hamas is ready to release all hostages, a spokesman said.", "CONCEDE", "PSE", "claimed"),
    ("The president made a promise to withdraw the troops by June.", "CONCEDE", None, "occurred"),
    ("Russia agreed to withdraw its troops from the border area.", "CONCEDE", "RUS", "occurred"),
    ("Russia plans to withdraw its troops from Kherson.", "CONCEDE", "RUS", "occurred"),
    # scheduled acts with no speech frame: the act, planned
    ("The two armies will hold joint drills next month.", "COOPERATE", None, "planned"),
    ("The regional bloc IGAD will convene an emergency summit in Uganda next week.", "CONSULT", "IGAD", "planned"),
    ("France's foreign minister will meet Lebanese Prime Minister Najib Mikati this afternoon.", "CONSULT", "FRA",
     "planned"),
    ("Kenya said the UN would send more peacekeepers to Somalia.", "MOBILIZE", "UN", "planned"),
    ("Australia intends to send a rescue team to Papua New Guinea.", "AGREE", "AUS", "occurred"),
    # modals of others' expectation and of possibility keep the act
    ("Iran is set to retaliate against Israel.", "ASSAULT", "IRN", "planned"),
    ("The army might attack the town, residents fear.", "ASSAULT", None, "hypothetical"),
]

# (text, the speaker): no promise, threat or refusal by the speaker, and no act coded as having happened
NOT_THE_SPEAKERS = [
    ("Analysts said the fighting would continue for months.", "USA"),
    ("Experts warned that the conflict could spread to neighbouring countries.", "USA"),
    ("Kenya said the UN would send more peacekeepers to Somalia.", "KEN"),
    ("The minister said Russia would attack Moldova next.", "MDA"),
    ("Diplomats said Egypt could host the next round of talks.", "EGY"),
    # ("Moscow saw no grounds for a ceasefire" is a refusal of the ceasefire, as the dev gold codes it:
    # test_events_judgements_and_threat_idioms)
]

HELD_OUT_ANNOUNCED: list[tuple[str, str, str | None, str]] = [
    ("Saudi Arabia said it would deposit $3 billion in Pakistan's central bank.", "AGREE", "SAU", "occurred"),
    ("South Korea promised to send emergency relief supplies to Turkey.", "AGREE", "KOR", "occurred"),
    ("The United States will expand security cooperation with the Philippines, the Pentagon said.", "AGREE",
     "USA", "occurred"),
    ("Algeria offered to host talks between the Malian government and the rebels.", "AGREE", "DZA", "occurred"),
    ("Al-Shabaab said it would intensify its attacks on African Union troops.", "THREATEN", "SHABAAB",
     "occurred"),
    ("North Korea said it would launch more missiles if the drills went ahead.", "THREATEN", "PRK", "occurred"),
    ("The Rapid Support Forces vowed to storm the city of El Fasher.", "THREATEN", "RSF", "occurred"),
    ("Venezuela said it would expel the Guyanese ambassador unless Georgetown halted the oil auction.",
     "THREATEN", "VEN", "occurred"),
    ("The Sudanese army said it would not attend the talks in Geneva.", "REJECT", "SDN", "occurred"),
    ("Niger's junta said it would not negotiate with ECOWAS.", "REJECT", "NER", "occurred"),
    ("Armenia said it was ready to withdraw its troops from the border villages.", "CONCEDE", "ARM", "occurred"),
    ("Russian and Chinese warships will conduct joint patrols in the Pacific next month.", "COOPERATE", None,
     "planned"),
    ("NATO defence ministers will meet in Brussels on Thursday.", "CONSULT", None, "planned"),
]
HELD_OUT_NOT_THE_SPEAKERS: list[tuple[str, str]] = [
    ("Observers said the junta would probably postpone the elections.", "MLI"),
    ("Ukraine said Russia would launch a new offensive in the summer.", "UKR"),
    ("Economists said sanctions would hurt ordinary Iranians.", "IRN"),
    ("Israeli media said Hezbollah could fire thousands of rockets a day.", "ISR"),
]
HELD_OUT_FLOOR = 0.8  # 14 of 17 when written (16 counting a group's home country as the group, as the gold set does)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=date(2024, 6, 20)))


def _codes(event: Event) -> set[str]:
    return {a.org or a.country for a in event.source if a.org or a.country}


def announced_as(text: str, type_: str, source: str | None, status: str) -> bool:
    return any(e.type == type_ and e.status == status and (source is None or source in _codes(e))
               for e in extract(text))  # fmt: skip


def not_the_speakers(text: str, speaker: str) -> bool:
    events = extract(text)
    by_speaker = any(e.type in SPEECH_ACTS and speaker in _codes(e) for e in events)
    happened = any(e.status in SAID_TO_HAVE_HAPPENED and e.type not in SPEECH_ACTS | {"ACCUSE", "REQUEST", "SUPPORT"}
                   for e in events)  # fmt: skip
    return not by_speaker and not happened


@pytest.mark.parametrize(("text", "type_", "source", "status"), ANNOUNCED)
def test_a_statement_of_intent_is_coded_by_what_it_announces(text: str, type_: str, source: str | None,
                                                             status: str) -> None:
    assert announced_as(text, type_, source, status), [(e.type, e.status, _codes(e)) for e in extract(text)]


@pytest.mark.parametrize(("text", "speaker"), NOT_THE_SPEAKERS)
def test_a_forecast_or_a_third_partys_act_is_no_speech_act_of_the_speaker(text: str, speaker: str) -> None:
    assert not_the_speakers(text, speaker), [(e.type, e.status, _codes(e)) for e in extract(text)]


def test_the_promised_act_is_the_content_and_is_planned() -> None:
    (promise,) = [e for e in extract("Germany said it would deliver a third Patriot battery to Ukraine.")
                  if e.type == "AGREE"]
    assert promise.content is not None and (promise.content.type, promise.content.status) == ("AID", "planned")
    assert promise.location is None  # made in words, nowhere in particular


def test_what_is_offered_may_happen_what_is_promised_is_planned() -> None:
    (offer,) = [e for e in extract("Turkey offered to host talks between Russia and Ukraine.") if e.type == "AGREE"]
    assert offer.content is not None and (offer.content.type, offer.content.status) == ("CONSULT", "hypothetical")
    (pledge,) = [e for e in extract("Turkey pledged to send 500 tonnes of food to Gaza.") if e.type == "AGREE"]
    assert pledge.content is not None and pledge.content.status == "planned"


def test_a_refused_offer_is_about_what_was_offered() -> None:
    (refusal,) = [e for e in extract("Students rejected an offer of talks from the law minister.")
                  if e.type == "REJECT"]
    assert refusal.content is not None and (refusal.content.type, refusal.content.status) == ("CONSULT", "negated")


def test_a_threatened_act_is_hypothetical_content_never_an_act_of_its_own() -> None:
    events = extract("Iran said it would retaliate if Israel struck its nuclear sites.")
    (threat,) = [e for e in events if e.type == "THREATEN"]
    assert threat.content is not None and threat.content.status == "hypothetical"
    assert not any(e.type == "ASSAULT" and e.status in SAID_TO_HAVE_HAPPENED for e in events)


def test_what_a_speaker_could_do_stays_a_possibility_of_its_own() -> None:
    """ "said it could carry out strikes": a possibility, coded as the act, hypothetical (docs/gold-format.md)."""
    events = extract("Pakistan said it could carry out strikes inside Afghan territory.")
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "hypothetical")]


def test_the_held_out_probes_keep_their_measured_share() -> None:
    results = [announced_as(*probe) for probe in HELD_OUT_ANNOUNCED]
    results += [not_the_speakers(*probe) for probe in HELD_OUT_NOT_THE_SPEAKERS]
    assert results and sum(results) / len(results) >= HELD_OUT_FLOOR
