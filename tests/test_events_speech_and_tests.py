"""Phrasing families still missed on first runs of development reports: warnings as nouns, formal protests
filed with a party, strategic missile tests, and an aid agency halting its work. Each rule covers a family
of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 1)

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date



# ------------------------------------------------------------------ a warning named as a noun is a threat


def test_a_warning_issued_to_a_party_threatens_that_party() -> None:
    """ "issued a warning to Ankara": the parser hangs "to" on the light verb; the warned party is the target."""
    warning = only(extract("Athens issued a warning to Ankara on Monday."), "THREATEN")
    assert codes(warning.source) == {"GRC"}
    assert codes(warning.target) == {"TUR"}


def test_a_deed_its_doer_calls_a_warning_is_the_doers_threat() -> None:
    """ "in what it called a warning to Damascus": whoever names its deed a warning to a party warns it."""
    events = extract("The Israeli air force struck a convoy near Sweida, in what it called a warning to Damascus.")
    warning = only(events, "THREATEN")
    assert codes(warning.source) == {"ISR"}
    assert codes(warning.target) == {"SYR"}
    assert "ASSAULT" in {e.type for e in events}


def test_a_deed_called_an_attack_is_no_threat() -> None:
    """Naming a deed an attack judges it (ACCUSE); only a speech act named so is made by the namer."""
    assert "THREATEN" not in kinds(extract("Moscow called the raid a terrorist attack."))


# ------------------------------------------------------------------ formal protests filed with a party


def test_a_diplomatic_protest_filed_with_a_government_accuses_it() -> None:
    protest = only(extract("Manila filed a diplomatic protest with Beijing over the incident."), "ACCUSE")
    assert protest.mode == "disapprove"
    assert codes(protest.source) == {"PHL"}
    assert codes(protest.target) == {"CHN"}


# ------------------------------------------------------------------ strategic missiles are fired in tests


def test_an_icbm_tested_or_launched_is_a_show_of_force() -> None:
    """ "tested an ICBM", "launched an ICBM": a strategic missile is fired in a test (MOBILIZE weapons)."""
    for text in ("Pyongyang last tested an ICBM in October.", "North Korea launched an ICBM on Friday."):
        test = only(extract(text), "MOBILIZE")
        assert test.mode == "weapons"
        assert codes(test.source) == {"PRK"}
        assert "ASSAULT" not in kinds(extract(text))


def test_what_appeared_to_be_a_missile_is_the_missile_fired() -> None:
    """ "fired what appeared to be an intercontinental ballistic missile": the free relative's predicate."""
    text = "North Korea fired what appeared to be an intercontinental ballistic missile towards the East Sea."
    assert only(extract(text), "MOBILIZE").mode == "weapons"


def test_ballistic_missiles_fired_at_a_country_are_still_an_attack() -> None:
    assault = only(extract("Iran fired ballistic missiles at Israel on Tuesday."), "ASSAULT")
    assert codes(assault.target) == {"ISR"}


# ------------------------------------------------------------------ an aid agency that halts its work halts aid


def test_an_aid_agency_suspending_its_operations_halts_aid_and_is_no_ceasefire() -> None:
    halt = only(extract("The World Food Programme suspended its operations in northern Yemen."), "SANCTION")
    assert halt.mode == "discontinue"
    assert codes(halt.source) == {"WFP"}
    assert "RETREAT" not in kinds(extract("The World Food Programme suspended its operations in northern Yemen."))


def test_an_army_suspending_its_operations_still_holds_its_fire() -> None:
    assert "RETREAT" in kinds(extract("The army suspended its operations in the north on Monday."))


def test_a_deed_called_a_threat_is_judged_not_threatened() -> None:
    """ "called the move a direct threat": the namer judges a deed dangerous; it threatens no one."""
    assert "THREATEN" not in kinds(extract('Caracas called the manoeuvre "a direct threat" and recalled its envoy.'))
