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
    ("Ruto, Museveni, and Kagame met in Kigali on Friday.", "CONSULT", {"KEN", "UGA", "RWA"}),
    # a name whose own tokens the parser coordinates ("Barack" taken for a preposition)
    ("Barack Obama and Vladimir Putin held talks in Paris on Monday.", "CONSULT", {"USA", "RUS"}),
    ("Anwar Ibrahim and Ferdinand Marcos Jr. met in Kuala Lumpur on Tuesday.", "CONSULT", {"MYS", "PHL"}),
    # a name before the head whose conjunct begins the head's own name
    ("Hakan Fidan and Annalena Baerbock met in Berlin on Friday.", "CONSULT", {"TUR", "DEU"}),
    # a person taken for the possessor of the next title and name
    ("Egyptian President Abdel Fattah el-Sisi and Jordan's King Abdullah held talks in Amman.", "CONSULT",
     {"EGY", "JOR"}),
    ("Kenya's Ruto and Uganda's Museveni signed a pipeline deal on Monday.", "AGREE", {"KEN", "UGA"}),
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


# ------------------------------------------------------------------ "along with", "together with", "alongside"


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Tanzania along with Malawi sent troops to Mozambique in 2021.", "MOBILIZE", {"TZA", "MWI"}, {"MOZ"}),
    ("Spain, together with Portugal, condemned the coup in Guinea-Bissau.", "ACCUSE", {"ESP", "PRT"}, set()),
    ("Burundi, alongside Uganda, deployed troops to eastern Congo.", "MOBILIZE", {"BDI", "UGA"}, {"COD"}),
    ("Russian troops attacked Kharkiv together with Belarusian forces on Monday.", "ASSAULT", {"RUS", "BLR"},
     {"UKR"}),
])
def test_whoever_acts_along_with_the_subject_is_a_source(text: str, type_: str, source: set[str],
                                                         target: set[str]) -> None:
    event = event_of(text, type_)
    assert codes(event.source) == source
    if target:
        assert codes(event.target) == target


def test_along_a_border_is_a_place_not_a_companion() -> None:
    event = event_of("Lithuania's parliament extended the state of emergency along the border with Belarus.",
                     "COERCE")
    assert codes(event.source) == {"LTU"}


def test_a_companion_of_a_deployment_with_no_doer_is_no_doer() -> None:
    """ "troops deployed alongside M23 fighters": the M23 did not deploy the troops."""
    events = extract_article(Article(id="t", published=PUBLISHED, text=(
        "The sanctions list names two officers who commanded troops deployed alongside M23 fighters.")))
    assert not any(e.type == "MOBILIZE" and codes(e.source) == {"COD"} for e in events)


def test_a_meeting_together_with_a_partner_keeps_the_partner_a_target() -> None:
    meeting = event_of("Ruto met with Museveni together with Kagame in Kampala on Monday.", "CONSULT")
    assert codes(meeting.source) == {"KEN"}
    assert codes(meeting.target) == {"UGA", "RWA"}


# ------------------------------------------------------------------ lower-case demonyms


@pytest.mark.parametrize(("text", "type_", "party", "side"), [
    ("Police detained four german tourists in Minsk on Sunday.", "COERCE", ("DEU", None), "target"),
    ("Sudanese soldiers clashed with chadian gunmen in El Geneina on Friday.", "ASSAULT", ("TCD", "UAF"), "target"),
    ("egyptian and qatari mediators met Hamas negotiators in Doha.", "CONSULT", ("QAT", None), "source"),
])
def test_a_demonym_in_lower_case_before_its_noun_is_still_a_nationality(text: str, type_: str,
                                                                        party: tuple[str, str | None],
                                                                        side: str) -> None:
    event = event_of(text, type_)
    actors = event.target if side == "target" else event.source
    assert any(a.country == party[0] and (party[1] is None or a.sector == party[1]) for a in actors)


def test_a_lower_case_word_that_is_no_nationality_is_left_alone() -> None:
    """ "polish" as a verb, "french fries": no demonym without the noun it qualifies being a party."""
    assert extract_article(Article(id="t", published=PUBLISHED, text="Workers will polish the floors.")) == []


# ------------------------------------------------------------------ accords named with their sides


@pytest.mark.parametrize(("text", "parties"), [
    ("A treaty between Chile and Argentina was signed in Santiago on Monday.", {"CHL", "ARG"}),
    ("The pact between Niger and Burkina Faso was signed in Niamey on Friday.", {"NER", "BFA"}),
])
def test_an_accord_signed_in_the_passive_binds_the_sides_named_on_it(text: str, parties: set[str]) -> None:
    deal = event_of(text, "AGREE")
    assert codes(deal.source) == codes(deal.target) == parties


def test_a_joint_statement_signed_by_two_leaders_is_their_agreement() -> None:
    deal = event_of("Narendra Modi and Fumio Kishida signed a joint statement in Tokyo on Saturday.", "AGREE")
    assert codes(deal.source) == codes(deal.target) == {"IND", "JPN"}


# ------------------------------------------------------------------ counterparts and one-sided acts


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("The Ghanaian foreign minister met his Nigerian counterpart in Abuja on Monday.", "CONSULT", {"GHA"}, {"NGA"}),
    ("Cyril Ramaphosa spoke with his Kenyan and Ethiopian counterparts on Sunday.", "CONSULT", {"ZAF"},
     {"KEN", "ETH"}),
    ("Norway and Denmark condemned Iran over the executions.", "ACCUSE", {"NOR", "DNK"}, {"IRN"}),
    ("Japan sanctioned North Korea and Russia on Friday.", "SANCTION", {"JPN"}, {"PRK", "RUS"}),
])
def test_one_sided_acts_keep_each_side(text: str, type_: str, source: set[str], target: set[str]) -> None:
    event = event_of(text, type_)
    assert codes(event.source) == source
    assert codes(event.target) == target


def test_a_protest_lodged_with_a_state_is_a_complaint_aimed_at_it() -> None:
    """ "protested to Beijing" is what "lodged a protest with Beijing" is (ACCUSE), not a demonstration."""
    complaint = event_of("Indonesia and Malaysia protested to China over the seizure of their fishing boats.",
                         "ACCUSE")
    assert codes(complaint.source) == {"IDN", "MYS"}
    assert codes(complaint.target) == {"CHN"}
    march = event_of("Farmers protested in Madrid on Monday.", "PROTEST")
    assert codes(march.source) == {"ESP"}


def test_talks_held_between_two_sides_in_the_passive_are_both_sides() -> None:
    talks = event_of("Negotiations were held between Ethiopia and Egypt in Khartoum on Sunday.", "CONSULT")
    assert codes(talks.source) == codes(talks.target) == {"ETH", "EGY"}


def test_a_body_named_whole_before_the_head_is_a_party_of_its_own() -> None:
    """ "Police and opposition supporters clashed": the parser hangs "police" on "supporters"."""
    fight = event_of("Police and opposition supporters clashed in Lusaka on Saturday.", "ASSAULT")
    assert {a.sector for a in fight.source} == {a.sector for a in fight.target} == {"COP", "PTY"}


def test_a_partnership_signed_by_two_leaders_is_their_agreement() -> None:
    deal = event_of("Australia's prime minister and his Samoan counterpart signed a partnership in Apia.", "AGREE")
    assert codes(deal.source) == codes(deal.target) == {"AUS", "WSM"}
