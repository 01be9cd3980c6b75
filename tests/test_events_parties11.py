"""Every party of an act when a sentence names several (session 11 party probe, tests/data/probes/parties11.jsonl):
lists the parser takes for appositions, names it splits or joins wrongly, titles before names, country names
coordinated with demonyms, parties added by "along with", lower-case demonyms.

Coding convention (docs/gold-format.md and the gold sets): the parties of a joint act with no other party (met,
held talks, signed, clashed) are all its sources and all its targets; "X met Y" is X toward Y; mutual fighting
lists both sides on both sides.

All sentences were written for this test; each runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes

PUBLISHED = date(2024, 6, 20)


def event_of(text: str, type_: str, published: date = PUBLISHED) -> Event:
    found = [e for e in extract_article(Article(id="t", text=text, published=published)) if e.type == type_]
    assert found, f"no {type_} in {text!r}"
    return found[0]


def coded(actors: list) -> set[str]:
    """CCC-SEC codes (the org where there is one)."""
    return {a.org or (f"{a.country}-{a.sector}" if a.sector else a.country) for a in actors}


# ------------------------------------------------------------------ lists and coordinated names

JOINT = [
    # "A, B, and C": the parser takes B for an apposition of A
    ("The US, Canada, and Mexico met in Ottawa on Monday.", "CONSULT", {"USA", "CAN", "MEX"}),
    ("Peru, Bolivia, and Ecuador signed a water treaty in Lima on Friday.", "AGREE", {"PER", "BOL", "ECU"}),
    ("Ghana, Togo and Benin held talks on border security in Accra.", "CONSULT", {"GHA", "TGO", "BEN"}),
    # a name whose own tokens the parser coordinates ("Barack" taken for a preposition)
    ("Barack Obama and Vladimir Putin held talks in Paris on Monday.", "CONSULT", {"USA", "RUS"}),
    ("Anwar Ibrahim and Ferdinand Marcos Jr. met in Kuala Lumpur on Tuesday.", "CONSULT", {"MYS", "PHL"}),
    # a name before the head whose conjunct begins the head's own name
    ("Hakan Fidan and Annalena Baerbock met in Berlin on Friday.", "CONSULT", {"TUR", "DEU"}),
    # a person taken for the possessor of the next title and name
    ("Egyptian President Abdel Fattah el-Sisi and Jordan's King Abdullah held talks in Amman.", "CONSULT",
     {"EGY", "JOR"}),
    # a country's name coordinated with a demonym, or two possessors of one plural title
    ("US and Kenyan officials met in Nairobi on Monday.", "CONSULT", {"USA", "KEN"}),
    ("Serbia and Kosovo's negotiators met in Brussels on Thursday.", "CONSULT", {"SRB", "XKX"}),
]


@pytest.mark.parametrize(("text", "type_", "parties"), JOINT)
def test_every_party_of_a_joint_act_is_source_and_target(text: str, type_: str, parties: set[str]) -> None:
    event = event_of(text, type_, date(2015, 6, 20) if "Obama" in text else PUBLISHED)
    assert codes(event.source) == codes(event.target) == parties


def test_a_country_name_beside_a_demonym_gives_each_country_its_force() -> None:
    strike = event_of("US and British jets bombed Houthi positions near Hodeidah on Monday.", "ASSAULT")
    assert codes(strike.source) == {"USA", "GBR"}
    assert codes(strike.target) == {"YEM"}


def test_a_title_apposition_is_the_same_person_not_a_list_member() -> None:
    """ "the Prime Minister, Mohammed Shia al-Sudani, ... and": the name says who the title is."""
    events = extract_article(Article(id="t", published=PUBLISHED, text=(
        "The Prime Minister, Mohammed Shia al-Sudani, met the Turkish ambassador in Baghdad, and the two sides "
        "discussed water sharing.")))
    meeting = next(e for e in events if e.type == "CONSULT" and e.source)
    assert [a.country for a in meeting.source] == ["IRQ"]


def test_a_party_after_the_name_in_apposition_to_a_title_is_another_party() -> None:
    """ "Kenya's president, William Ruto, and Ethiopia's prime minister": the parser hangs the second party on the
    name that says who the first is."""
    talk = event_of("Kenya's president, William Ruto, and Ethiopia's prime minister met in Nairobi on Monday.",
                    "CONSULT")
    assert codes(talk.source) == {"KEN", "ETH"}


# ------------------------------------------------------------------ titles before names


@pytest.mark.parametrize(("text", "source", "target"), [
    ("President Xi Jinping met Kenyan President William Ruto in Beijing on Monday.", {"CHN-GOV"}, {"KEN-GOV"}),
    ("Emir Sheikh Tamim bin Hamad Al Thani met Joe Biden in Washington on Friday.", {"QAT-GOV"}, {"USA-GOV"}),
    ("Prince Faisal bin Farhan Al Saud met Antony Blinken in Riyadh on Monday.", {"SAU-GOV"}, {"USA-GOV"}),
])
def test_a_title_that_is_part_of_a_known_alias_keeps_the_whole_name(text: str, source: set[str],
                                                                    target: set[str]) -> None:
    """ "President Xi" and "Xi Jinping" are names of one man: "President Xi Jinping" is he, not an unknown
    "Jinping"."""
    meeting = event_of(text, "CONSULT")
    assert coded(meeting.source) == source
    assert coded(meeting.target) == target
