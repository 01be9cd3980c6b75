"""Both sides of a fight or an exchange, and nobody else (found probing issue 13's examples, session 15)."""

from __future__ import annotations

import pytest

from test_events import extract, only


def _sides(text: str, type_: str) -> set[tuple[str | None, str | None]]:
    ev = only(extract(text), type_)
    assert {(a.country, a.sector) for a in ev.source} == {(a.country, a.sector) for a in ev.target}
    return {(a.country, a.sector) for a in ev.source}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israel and Hamas exchanged prisoners on Friday.", {("ISR", "GOV"), ("PSE", "REB")}),
        ("Russia and Ukraine swapped 90 prisoners of war on Friday.", {("RUS", "GOV"), ("UKR", "GOV")}),
        ("India and Pakistan exchanged fire across the Line of Control on Sunday.", {("IND", "GOV"), ("PAK", "GOV")}),
    ],
)
def test_what_the_sides_exchange_is_no_side(text: str, sides: set[tuple[str, str]]) -> None:
    """The captives two sides swap are what they exchange, not a third party to the swap."""
    assert _sides(text, "RETREAT" if "prisoner" in text else "ASSAULT") == sides


def test_the_other_side_named_in_the_object_of_a_mutual_verb_is_still_a_side() -> None:
    # "repelled an attack by X": the object names the other side of the fight
    sides = _sides("Malian troops repelled an attack by JNIM fighters on their base near Boni on Monday.", "ASSAULT")
    assert ("MLI", "MIL") in sides and len(sides) == 2


def test_civilians_a_fight_between_two_named_sides_killed_are_its_dead_not_a_third_side() -> None:
    text = "Heavy fighting between the Sudanese army and the RSF killed 40 civilians in Omdurman on Sunday."
    ev = only(extract(text), "ASSAULT")
    assert {(a.country, a.sector) for a in ev.source} == {("SDN", "MIL"), ("SDN", "REB")}
    assert ev.fatalities == 40


def test_residents_who_clash_with_police_are_a_side() -> None:
    assert _sides("Residents clashed with police in Lagos on Tuesday.", "ASSAULT") == {("NGA", "CVL"), ("NGA", "COP")}


def test_a_swap_named_by_a_noun_is_between_its_sides_not_its_captives() -> None:
    assert _sides("Ukraine and Russia carried out a swap of detainees on Friday.", "RETREAT") == {
        ("UKR", "GOV"), ("RUS", "GOV")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("North Korea fired a ballistic missile over Japan on Tuesday.", "JPN"),
        ("The Houthis fired a rocket over Saudi Arabia on Sunday.", "SAU"),
    ],
)
def test_a_missile_fired_over_a_country_is_aimed_at_it(text: str, target: str) -> None:
    ev = only(extract(text), "ASSAULT")
    assert {a.country for a in ev.target} == {target}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Israel holds Tehran responsible for the attack on the tanker.", "occurred"),
        ("Kyiv said it holds Moscow fully accountable for the strike on the dam.", "occurred"),
        ("Seoul does not hold Pyongyang responsible for the fire.", "negated"),
    ],
)
def test_holding_a_side_responsible_in_the_present_is_an_accusation(text: str, status: str) -> None:
    """The parser may read "holds Tehran responsible" as a small clause ("Tehran responsible") under "holds"."""
    ev = only(extract(text), "ACCUSE")
    assert ev.status == status and len(ev.target) == 1 and ev.target[0].country in {"IRN", "RUS", "PRK"}


def test_holding_a_record_accuses_nobody() -> None:
    assert "ACCUSE" not in {e.type for e in extract("Ethiopia holds the record for coffee exports in Africa.")}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Addis Ababa condemned the incursion into its territory by Sudanese troops.", "SDN"),
        ("Nairobi denounced the raid on a border post near Mandera by Somali militants on Sunday.", "SOM"),
    ],
)
def test_an_agent_hung_on_the_verb_past_another_phrase_is_the_condemned_acts(text: str, doer: str) -> None:
    """The parser may hang "by X" on the condemning verb after a phrase of its own; an active verb with a subject
    has no agent, so X did the act its object names, and the condemnation is aimed at X."""
    ev = only(extract(text), "ACCUSE")
    assert {a.country for a in ev.target} == {doer}


def test_a_means_after_the_object_is_no_agent() -> None:
    ev = only(extract("Kenya condemned the killings in a statement by its foreign ministry on Monday."), "ACCUSE")
    assert "KEN" not in {a.country for a in ev.target}


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("The Ethiopian army was accused of raping women in villages near Axum.", "ASSAULT", ("ETH", "MIL")),
        ("Eritrea has been accused of shelling border towns in Tigray.", "ASSAULT", ("ERI", "GOV")),
    ],
)
def test_the_subject_of_a_passive_accusation_is_the_accused_doer(text: str, type_: str, doer: tuple[str, str]
                                                                 ) -> None:
    """ "X was accused of doing": X did the act, as its unnamed accusers claim."""
    ev = only(extract(text), type_)
    assert ev.status == "claimed" and {(a.country, a.sector) for a in ev.source} == {doer}


def test_a_passive_accusation_of_a_person_the_actors_stage_cannot_place_names_no_doer() -> None:
    events = extract("The second man is accused of organising the kidnapping of two aid workers near Gao in 2023.")
    assert all(not e.source for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("JNIM militants attacked an army base near Boni on Monday.", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Houthi fighters fired two missiles at a tanker in the Red Sea on Monday.", "Houthis"),
    ],
)
def test_a_groups_fighters_keep_its_name(text: str, name: str) -> None:
    ev = only(extract(text), "ASSAULT")
    assert [a.name for a in ev.source] == [name]


def test_the_attackers_are_the_one_armed_group_the_report_named() -> None:
    events = extract("Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing 12 people. "
                     "The attackers detonated a car bomb at the gate. The government condemned the attack.")
    bomb = next(e for e in events if e.mode == "explosives")
    assert [a.name for a in bomb.source] == ["al-Shabaab"]


def test_the_gunmen_after_unnamed_gunmen_are_those_gunmen() -> None:
    events = extract("Al-Shabaab militants stormed a hotel in Mogadishu on Friday. "
                     "Unidentified gunmen shot dead a judge in Baidoa on Saturday. The gunmen fled on motorbikes.")
    judge = next(e for e in events if "judge" in e.evidence.text)
    assert [a.sector for a in judge.source] == ["UAF"] and judge.source[0].name is None


@pytest.mark.parametrize(
    "text",
    [
        "Puntland repeated its demand that Somalia release the fishermen.",
        "Kenya renewed its demand that the rebels free the hostages.",
        "The council restated its request that Addis Ababa withdraw its troops from the border.",
    ],
)
def test_what_a_demand_noun_asks_in_a_that_clause_is_not_done(text: str) -> None:
    """The tagger may call the bare verb of "its demand that Somalia release" a present tense; after a word of
    asking it is what is asked all the same (a forbidden act if coded as done)."""
    assert all(e.status not in {"occurred", "claimed"} for e in extract(text) if e.type == "RETREAT")


def test_what_news_tells_in_a_that_clause_is_done() -> None:
    ev = only(extract("Kenya welcomed the news that the rebels freed the hostages in Lamu on Sunday."), "RETREAT")
    assert ev.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas in dispersing the protesters in Nairobi on Tuesday.",
        "The army used helicopters in attacking the rebel camp near Beni on Monday.",
    ],
)
def test_an_act_a_means_was_used_in_is_done(text: str) -> None:
    """ "no use in negotiating" is futile, a verb "used in" is not: the futility words are nouns."""
    assert any(e.status == "occurred" for e in extract(text) if e.type == "ASSAULT")
