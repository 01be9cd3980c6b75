"""Clause structure and what it says about an act (docs/gold-format.md, coding conventions): a purpose clause
tells what an act was for, not a second act (PLOVER: the topic of a protest is not coded separately); an act
told in a relative clause or a reduced relative is an act of its own, with its own date.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2024, 9, 10)  # a Tuesday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


# ------------------------------------------------------------------ purpose clauses


@pytest.mark.parametrize(("text", "act"), [
    ("Thousands marched through Tbilisi on Sunday to demand the president's resignation.", "PROTEST"),
    ("Protesters gathered outside parliament in Nairobi to denounce the finance bill.", "PROTEST"),
    ("Relatives of missing people blocked a highway in Guadalajara to demand that authorities search for them.",
     "PROTEST"),
    ("India deployed troops on Tuesday to secure the border with Pakistan.", "MOBILIZE"),
    ("France sent its foreign minister to Beirut to urge restraint.", "CONSULT"),
])
def test_a_purpose_clause_is_no_act_of_its_own(text: str, act: str) -> None:
    events = extract(text)
    assert types(events) == [act], [(e.type, e.trigger.text if e.trigger else None) for e in events]


def test_a_protest_takes_its_target_from_what_it_demands() -> None:
    protest = only(extract("Thousands marched through Tbilisi on Sunday to demand the president's resignation."),
                   "PROTEST")
    assert codes(protest.target) == {"GEO"}


def test_a_purpose_of_the_same_kind_lends_its_act_whom_it_is_done_to() -> None:
    assault = only(extract("Police fired tear gas to disperse the crowd in Nairobi."), "ASSAULT")
    assert codes(assault.source) == codes(assault.target) == {"KEN"} and assault.status == "occurred"


def test_a_hunger_strike_is_one_protest_and_the_detention_it_protests_stays_an_act() -> None:
    events = extract("Detained activists in Cairo began a hunger strike on Monday to protest their detention.")
    assert types(events) == ["COERCE", "PROTEST"]


def test_a_trip_made_to_meet_someone_is_the_meeting() -> None:
    only(extract("The Indian foreign minister travelled to Moscow on Monday to meet Vladimir Putin."), "CONSULT")


@pytest.mark.parametrize("text", [
    "Russian forces continued to shell Kharkiv on Monday.",          # an aspect verb and its infinitive: one act
    "The rebels advanced on Goma, only to be repelled by the army on Monday.",   # what came of an act
])
def test_an_infinitive_that_is_no_purpose_keeps_its_act(text: str) -> None:
    assert only(extract(text), "ASSAULT").status == "occurred"


def test_a_tensed_verb_the_parse_joins_to_a_purpose_is_an_act_of_its_own() -> None:
    events = extract("Beijing said its coast guard had acted lawfully to stop an illegal resupply mission and"
                     " accused Manila of provocation.")
    assert codes(only(events, "ACCUSE").target) == {"PHL"}


# ------------------------------------------------------------------ relative clauses and reduced relatives


def test_an_act_in_a_relative_clause_of_an_actor_is_an_act_with_its_own_date() -> None:
    events = [e for e in extract("The M23 rebels, who seized the town of Bunagana in May, attacked Goma on Monday.")
              if e.date is not None]
    assert sorted(e.date.start for e in events if e.date) == ["2024-05", "2024-09-09"]


def test_a_deal_signed_in_a_reduced_relative_is_no_content_of_its_rejection() -> None:
    events = extract("Sudan's army rejected the peace deal signed in Pretoria in 2022.")
    agree = only(events, "AGREE")
    assert agree.status == "occurred" and agree.date is not None and agree.date.start == "2022"
    only(events, "REJECT")


def test_a_summit_held_last_weekend_happened_whoever_rejects_it() -> None:
    events = extract("The Kremlin rejected a Swiss peace summit held last weekend.")
    consult = only(events, "CONSULT")
    assert consult.status == "occurred" and consult.date is not None and consult.date.start == "2024-09-07"


def test_a_dated_perfect_in_a_relative_clause_is_an_act_and_an_undated_one_says_who_an_actor_is() -> None:
    dated = extract("A spokesperson for the Fano militia, which has fought the federal army in Amhara since 2023,"
                    " blamed the military for the attack.")
    assert [e.date.start for e in dated if e.type == "ASSAULT" and e.date] == ["2023"]
    undated = extract("The ADF, which has pledged allegiance to Islamic State, attacked a village in Ituri on Monday.")
    assert not [e for e in undated if e.type == "SUPPORT"]


def test_an_act_a_relative_clause_gives_no_date_is_not_news_of_the_day() -> None:
    consult = only(extract("Qatar and Egypt, which mediated the agreement, urged both sides to stick to its terms."),
                   "CONSULT")
    assert consult.date is None


def test_a_weapon_launched_and_intercepted_is_one_act_aimed_at_its_launcher() -> None:
    assault = only(extract("Ukraine's air force said it had shot down 31 of 45 drones launched by Russia during"
                           " the night."), "ASSAULT")
    assert "RUS" in codes(assault.target)


def test_people_a_request_is_about_are_no_act_told() -> None:
    events = extract("Amnesty International urged the authorities to free all those detained for peaceful criticism.")
    assert types(events) == ["REQUEST"]


def test_what_people_gathered_for_is_the_act_when_gathering_is_none() -> None:
    # "took to the streets" and "gathered" name no act: the protest they were for is the one told
    events = extract("Thousands of people took to the streets in Freiburg on Saturday, marching along the ring road"
                     " and slowing traffic, to protest against coronavirus measures.")
    assert [e.type for e in events] == ["PROTEST"]
