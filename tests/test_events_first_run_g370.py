"""Phrasing families found on development reports g370-g381 (the English services of state and non-Western news
agencies, and stiff translations of Arabic, French and Spanish copy: "the two sides exchanged views", credentials
received, regret at another government's decision, terrorist cells dismantled, forces named as their own agencies
name them, drills called a rehearsal for an attack), which were coded before flashpoint ran on them. Each rule
covers a family of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 3, 12)  # a Wednesday
FACTUAL = {"occurred", "claimed"}

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ meetings and their courtesies


def test_the_two_sides_exchanging_views_is_the_meeting_told_again() -> None:
    """Agency copy tells a meeting, then what was said at it: one meeting, who hosted whom kept."""
    events = extract("Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Turkmen counterpart Rashid Meredov "
                     "in Ashgabat on Monday. The two sides exchanged views on regional transport projects and water "
                     "sharing.")
    talks = only(events, "CONSULT")
    assert codes(talks.source) == {"UZB"} and codes(talks.target) == {"TKM"}
    assert talks.location is not None and talks.location.country == "TKM"


def test_a_meeting_with_someone_new_is_a_meeting_of_its_own() -> None:
    events = extract("Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Turkmen counterpart Rashid Meredov "
                     "in Ashgabat on Monday. Saidov then met Iranian Foreign Minister Abbas Araghchi.")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert len(meetings) == 2
    assert {c for e in meetings for c in codes(e.target)} >= {"TKM", "IRN"}


def test_the_situation_in_a_country_discussed_is_no_venue() -> None:
    """ "discussed the situation in Myanmar" names a topic: the meeting did not happen in Myanmar."""
    talks = only(extract("Thai and Cambodian officials discussed the situation in Myanmar at a meeting on Tuesday."),
                 "CONSULT")
    assert talks.location is None or talks.location.country != "MMR"


def test_receiving_or_presenting_credentials_is_a_meeting() -> None:
    received = only(extract("King Abdullah received the credentials of the new ambassadors of Chile and Kenya in "
                            "Amman on Sunday."), "CONSULT")
    assert codes(received.source) == {"JOR"} and {"CHL", "KEN"} <= codes(received.target)
    presented = only(extract("The new Ambassador of Peru presented her letters of credence to President Tokayev in "
                             "Astana on Monday."), "CONSULT")
    assert "PER" in codes(presented.source) and "KAZ" in codes(presented.target)


def test_a_meeting_at_a_checkpoint_keeps_nobody_out() -> None:
    events = extract("Armenian and Azerbaijani border commanders held a meeting at the Margara checkpoint on "
                     "Thursday.")
    assert not [e for e in events if e.type == "COERCE"]


# ------------------------------------------------------------------ disapproval in diplomatic words


def test_regret_at_another_governments_decision_is_disapproval() -> None:
    regret = only(extract("Nouakchott expressed its deep regret at the decision of Bamako to close the border "
                          "crossing at Gogui."), "ACCUSE")
    assert regret.mode == "disapprove"
    assert codes(regret.source) == {"MRT"} and codes(regret.target) == {"MLI"}
    # regret over what one's own side did is still an apology
    events = extract("The Indonesian navy expressed regret over the incident off Natuna on Sunday.")
    assert not [e for e in events if e.type == "ACCUSE"]


# ------------------------------------------------------------------ forces and what they do


def test_a_cell_or_ring_dismantled_is_an_arrest() -> None:
    for text, country in (("Moroccan security services dismantled a terrorist cell of five members in Tetouan on "
                           "Wednesday.", "MAR"),
                          ("Kenyan police busted a human trafficking ring in Mombasa on Friday.", "KEN")):
        arrest = only(extract(text), "COERCE")
        assert arrest.mode == "arrest" and codes(arrest.source) == {country}, text


def test_an_intercepted_boat_is_seized_not_shot_at() -> None:
    events = extract("The Sri Lankan navy intercepted an Indian fishing trawler off Jaffna on Friday.")
    seized = only(events, "COERCE")
    assert seized.mode == "seize" and codes(seized.source) == {"LKA"}
    assert not [e for e in events if e.type == "ASSAULT"]


def test_what_a_relative_clause_says_an_actor_plots_is_not_done() -> None:
    events = extract("Police in Dhaka arrested four men who were plotting to bomb a Hindu temple.")
    assert only(events, "COERCE").mode == "arrest"
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_plot_told_after_what_the_plotters_did_is_not_done() -> None:
    """ "who were hiding in the forest and were preparing to attack": the second verb of the relative clause too."""
    events = extract("Gendarmes in Niamey arrested six men, who were hiding in a warehouse and were preparing to "
                     "attack a police station.")
    assert only(events, "COERCE").mode == "arrest"
    assert not [e for e in events if e.type == "ASSAULT"]


def test_allegiance_sworn_in_a_relative_clause_says_who_they_are() -> None:
    events = extract("The suspects, who pledged allegiance to al-Shabaab, were handed over to prosecutors in Garissa.")
    assert not [e for e in events if e.type == "AGREE"]
    sworn = extract("Fighters in Cabo Delgado pledged allegiance to a new leader of the Islamic State on Friday.")
    assert "AGREE" in {e.type for e in sworn}


def test_an_attack_drills_rehearse_has_not_happened() -> None:
    events = extract("Tehran said the naval drills were a rehearsal for strikes on Iranian nuclear sites.")
    assert not [e for e in events if e.type == "ASSAULT" and e.status in FACTUAL]


def test_a_years_tally_is_not_the_days_act() -> None:
    """A forces' running total for the year is not the act of one day told before it (whose toll it is not)."""
    events = extract("Nigerian troops killed a notorious bandit leader in Zamfara on Tuesday, the army said. The army "
                     "has killed 300 bandits in the state so far this year.")
    day = [e for e in events if e.type == "ASSAULT" and e.date is not None and e.date.start == "2025-03-11"]
    assert len(day) == 1 and day[0].fatalities != 300


# ------------------------------------------------------------------ who is named, and where


def test_forces_and_unions_named_as_their_own_agencies_name_them() -> None:
    strike = only(extract("The FANB destroyed three drug laboratories in Apure state on Monday, the defence ministry "
                          "said."), "ASSAULT")
    assert {(a.country, a.sector) for a in strike.source} == {("VEN", "MIL")}
    walkout = only(extract("The UGTT held a general strike in the public sector on Thursday."), "PROTEST")
    assert codes(walkout.source) == {"TUN"}


def test_a_military_region_and_a_twin_border_town_are_placed_right() -> None:
    downing = only(extract("Air defence units shot down a drone near Tin Zaouatine, in the 6th Military Region, on "
                           "Sunday, the defence ministry said."), "ASSAULT")
    assert downing.location is not None and downing.location.country == "DZA"


# ------------------------------------------------------------------ decisions, refusals and conditions


def test_a_measure_its_doer_has_decided_is_taken() -> None:
    """ "decided to close its airspace", "decided to recall its ambassador": the measure is taken, not planned."""
    for text in ("Morocco decided on Monday to close its airspace to all flights from Algeria.",
                 "Chad has decided to recall its ambassador from Khartoum."):
        measure = only(extract(text), "SANCTION")
        assert measure.status == "occurred", text
    # a decision still to come is no measure taken
    later = only(extract("The European Union will decide next month whether to impose sanctions on Belarus."),
                 "SANCTION")
    assert later.status not in FACTUAL


def test_a_further_decision_is_a_further_act() -> None:
    events = extract("Niger decided to expel the French ambassador. Niger also decided to close its airspace to "
                     "French aircraft.")
    assert len([e for e in events if e.type == "SANCTION"]) == 2


def test_never_sitting_at_the_negotiating_table_is_refusing_talks() -> None:
    refusal = only(extract("Tehran will never sit at the negotiating table with Washington under pressure, the "
                           "spokesman said."), "REJECT")
    assert codes(refusal.source) == {"IRN"} and codes(refusal.target) == {"USA"}
    assert not [e for e in extract("Khartoum and the RSF returned to the negotiating table in Jeddah on Monday.")
                if e.type == "CONSULT" and e.status not in FACTUAL]


def test_a_strike_kept_unless_demands_are_met_is_a_threat() -> None:
    """A union that decides or says it will strike if its demands go unmet threatens; the strike is not held."""
    for text in ("The Moroccan teachers' federation decided on Monday to maintain the general strike set for March 20 "
                 "if the ministry does not respond to its demands.",
                 "The UGTT said it would hold a general strike next week if the government did not raise wages."):
        events = extract(text)
        assert "THREATEN" in {e.type for e in events}, text
        assert not [e for e in events if e.type == "PROTEST" and e.status in FACTUAL], text


def test_ties_ratified_in_a_translation_are_no_accord() -> None:
    """Spanish "ratificar" is to reaffirm: "ratified the excellent state of relations" ratifies no accord."""
    assert not [e for e in extract("During the talks, both presidents ratified the excellent state of the historic "
                                   "bonds of friendship between Bolivia and Nicaragua.") if e.type == "AGREE"]
    assert only(extract("The Senate of Uruguay ratified the extradition treaty with Argentina on Tuesday."),
                "AGREE").status == "occurred"


def test_a_courtesy_call_is_paid_in_person() -> None:
    visit = only(extract("Prime Minister Hun Manet received a courtesy call from the Lao Foreign Minister "
                         "in Phnom Penh on Monday."), "CONSULT")
    assert visit.mode == "visit" and {"KHM", "LAO"} <= codes(visit.source) | codes(visit.target)
