"""Mentions that tell no new act (issue 13, point 6): deeds told as going on or recalled as a past war are a
state or background, not an act of the report's time; the start of a fight told before and the doer's own
account of an act told before are that act again, folded into it. A wrong merge is worse than a duplicate, so a
version with another target or place, or a statement that persists, stays an act of its own.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from test_events_retellings import assault_triggers as assaults
from test_events_retellings import extract


def test_a_deed_that_continues_or_is_still_going_on_is_a_state_not_an_act() -> None:
    assert assaults("Opposition leaders refused to meet the minister while soldiers continue to fire on "
                    "marchers.") == []
    assert assaults("The rebels said they would not lay down their arms while government jets are still bombing "
                    "their villages.") == []
    assert assaults("The ministry said its units were still fighting near the bridge.") == []


def test_a_deed_that_went_on_in_the_past_and_a_statement_that_persists_stay_acts() -> None:
    assert assaults("Russian forces continued to shell Kherson on Monday, killing two people.") != []
    (request,) = [e for e in extract("Baku continues to insist that Armenia amend its constitution.")
                  if e.type == "REQUEST"]
    assert request.status == "occurred"


def test_a_relative_clause_in_the_present_progressive_tells_who_an_actor_is() -> None:
    text = "The militia, which is fighting two rival clans in the hills, said it had captured the town of Belet."
    assert assaults(text) == ["captured"]


def test_a_war_named_by_its_years_and_deaths_in_it_are_background() -> None:
    assert assaults("The 2018-2020 war in the north ended with an accord signed in Lome.") == []
    assert assaults("Dozens of widows of soldiers killed in the 2021 fighting marched to parliament on "
                    "Monday.") == []


def test_how_a_fight_told_before_began_is_that_fight() -> None:
    text = ("Fighting between the army and militiamen of the Nuer White Army killed at least 30 people in Akobo "
            "over the weekend, officials said.\n"
            "The clashes erupted on Saturday when the militiamen raided an army base outside the town, the "
            "officials said.")
    (fight,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert fight.fatalities == 30


def test_a_fight_that_began_after_an_act_keeps_that_act() -> None:
    text = ("Indian and Pakistani troops exchanged fire overnight along the Line of Control, the army said.\n"
            "The exchange began after Indian soldiers fired on a group of infiltrators near the fence.")
    assert len(assaults(text)) == 2


def test_the_doers_own_account_of_an_act_told_before_is_that_act() -> None:
    text = ("Israeli warplanes struck several villages near Marjayoun at dawn, Lebanon's state news agency "
            "reported.\n"
            "The Israeli military said it had hit Hezbollah rocket launchers in the area.")
    (strike,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert {a.country for a in strike.source} == {"ISR"}


def test_the_doers_account_of_an_act_elsewhere_stays_its_own() -> None:
    text = ("Israeli warplanes struck several villages near Marjayoun at dawn, Lebanon's state news agency "
            "reported.\n"
            "The Israeli military said it had hit a weapons depot near Damascus.")
    assert len(assaults(text)) == 2
