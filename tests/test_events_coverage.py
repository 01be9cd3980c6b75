"""Word families of the PLOVER types: an act told by its verb, its noun under a light verb, a phrasal verb or a
report of who was responsible, and the look-alikes that name no such act.

Each sentence was written for this file (the coverage sets tests/data/plover/coverage-*.jsonl hold others);
the vocabulary lives in src/flashpoint/events/data/. The tests run the real spaCy model.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from test_events import extract as extract_on
from test_events_vocabulary import test_news_phrasings_name_an_act as names_the_act

PUBLISHED = date(2025, 3, 10)


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    # nouns of acts under a light verb ("completed", "cast", "announced")
    ("Armenia and Azerbaijan completed a swap of 32 detainees on Thursday.", "RETREAT", "release", "ARM", "AZE"),
    ("The extradition of two Serbian suspects to Croatia was completed on Monday.", "COOPERATE", None, None, None),
    ("China cast a veto against the draft resolution on Myanmar.", "REJECT", None, "CHN", None),
    ("Hamas announced its acceptance of the Qatari proposal.", "AGREE", None, "PSE", None),
    ("The pardon of 120 prisoners by Myanmar's junta was announced on Friday.", "CONCEDE", None, "MMR", None),
    ("Britain's delivery of 14 tanks to Ukraine was completed in March.", "AID", None, "GBR", "UKR"),
    ("Syrian government forces carried out executions of captured rebels.", "ASSAULT", "targeted", "SYR", None),
    ("Guinea's junta imposed a ban on street protests.", "COERCE", "ban", "GIN", None),
    ("North Korea's latest ballistic missile launch drew a rebuke from Seoul.", "MOBILIZE", "weapons", "PRK", None),
    # verbal support, cooperation and aid by verb and particle
    ("Senegal lent its support to Mauritania's bid for a seat on the council.", "SUPPORT", None, "SEN", "MRT"),
    ("Ankara said it stood firmly with Baku.", "SUPPORT", None, "TUR", None),
    ("Uzbekistan and Tajikistan reopened trade across their border.", "COOPERATE", None, "UZB", None),
    ("Spanish police handed over a suspected human trafficker to Moroccan authorities.", "COOPERATE", None,
     "ESP", "MAR"),
    ("Kuwait wrote off 200 million dollars of Sudan's debt.", "AID", "economic", "KWT", None),
    # refusals, suspensions, accusations
    ("The Serbian government called off the talks with Kosovo's prime minister.", "REJECT", "meet", "SRB", None),
    ("The African Union suspended Mali from the bloc after the coup.", "SANCTION", "expel", "AU", "MLI"),
    ("Prosecutors in Lima pressed charges against the former president.", "ACCUSE", "allege", "PER", None),
    ("Moscow levelled accusations of sabotage against Kyiv.", "ACCUSE", "allege", "RUS", "UKR"),
    ("Pakistan's interior minister said the TTP was responsible for the attack on the convoy.", "ACCUSE", "allege",
     "PAK", "PAK"),
    # force and repression
    ("Iran's foreign minister vowed to crush the militants.", "THREATEN", "violence", "IRN", None),
    ("Sexual abuse of detainees by Ethiopian soldiers was documented in the report.", "ASSAULT", "sexual",
     "ETH", None),
    ("Taliban fighters flogged three men in Kandahar.", "ASSAULT", "beat", None, None),
    ("Belarusian police locked up dozens of opposition activists.", "COERCE", "arrest", "BLR", None),
    # who acts decides the type: rioters riot, hackers hack, militiamen massing mobilise
    ("Rioters torched police vehicles in Nouakchott on Sunday.", "PROTEST", "riot", "MRT", None),
    ("Hackers attacked the website of the Estonian parliament.", "COERCE", "cyber", None, "EST"),
    ("Houthi fighters massed near the front line in Marib.", "MOBILIZE", "troops", "YEM", None),
])
def test_a_family_covers_verbs_nouns_and_phrasals(text: str, type_: str, mode: str | None, source: str | None,
                                                    target: str | None) -> None:
    names_the_act(text, type_, mode, source, target)


def test_a_called_off_meeting_is_a_refusal_not_a_meeting() -> None:
    events = extract("The Serbian government called off the talks with Kosovo's prime minister.")
    assert [e.type for e in events if e.status == "occurred"] == ["REJECT"]


@pytest.mark.parametrize(("text", "not_type"), [
    ("The defeat crushed the hopes of the Argentine team.", "ASSAULT"),            # no act of force
    ("Police said the driver was responsible for the crash.", "ACCUSE"),          # an accident, no act blamed
    ("The group said it was responsible for the bombing.", "ACCUSE"),             # owning up, not accusing
    ("Gazprom resumed gas deliveries to Hungary.", "AID"),                         # trade, not aid
    ("The two delegations kicked off talks in Riyadh.", "REJECT"),                 # starting, not cancelling
    ("Soldiers gathered at the funeral of their commander.", "MOBILIZE"),           # mourners, not a build-up
    ("The president stood behind the podium in the hall.", "SUPPORT"),               # a place, not a side
    ("Three people were crushed to death in a stampede at the stadium.", "ASSAULT"),  # an accident
])
def test_look_alikes_of_the_families(text: str, not_type: str) -> None:
    assert not [e for e in extract(text) if e.type == not_type], text
