"""Who is the target of an act that refers to another one (session 13 target work, issue 13 item 2): a reaction
is aimed at whoever did the act it is about, never at those the act hit; a pronoun in the sentence after an act
points back to that act only when one party did what that sentence tells.

Coding convention (docs/gold-format.md): condemning, investigating, vetoing or welcoming an act targets whoever
did it; a wrong target is worse than none.

All sentences were written for this test; each runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.model import Article, Event

PUBLISHED = date(2025, 3, 14)


def events_of(text: str, type_: str, published: date = PUBLISHED) -> list[Event]:
    return [e for e in extract_article(Article(id="t", text=text, published=published)) if e.type == type_]


def event_of(text: str, type_: str, published: date = PUBLISHED) -> Event:
    found = events_of(text, type_, published)
    assert found, f"no {type_} in {text!r}"
    return found[0]


def coded(actors: list) -> set[str]:
    """CCC-SEC codes (the org where there is one)."""
    return {a.org or (f"{a.country}-{a.sector}" if a.sector else a.country) for a in actors}


# ------------------------------------------------------------------ the doer, never the victims


def test_a_condemned_attack_whose_clause_tells_a_death_is_not_aimed_at_the_dead() -> None:
    # the clause on "the attack" tells who died in it; with no doer told, the condemnation names no target
    # rather than the victim
    text = ("The UN Secretary-General strongly condemns the attack on a Red Cross convoy near Juba on 3 March, in "
            "which a Kenyan driver was killed.")
    assert all("KEN" not in {a.country for a in e.target} for e in events_of(text, "ACCUSE"))


def test_a_hailed_accord_still_aims_at_the_partner() -> None:
    # an act done together: the reactor's partner in it is the one it reacts toward
    e = event_of("Kyrgyzstan hailed the water-sharing deal signed with Kazakhstan last week.", "SUPPORT")
    assert coded(e.target) == {"KAZ-GOV"}


# ------------------------------------------------------------------ a pronoun in the sentence after the act


def test_this_after_a_one_sided_act_points_to_its_doer() -> None:
    e = event_of("Eritrean troops shelled Ethiopian border villages on Monday. Kenya condemned this and called "
                 "for restraint.", "ACCUSE")
    assert coded(e.target) == {"ERI-MIL"}


def test_this_after_acts_of_two_parties_points_nowhere() -> None:
    # an accusation by one side and the act it tells by the other: "this" may be either
    e = event_of("Serbia accused Kosovo police of raiding a monastery. Hungary condemned this.", "ACCUSE")
    assert not e.target or coded(e.target) <= {"XKX-COP", "SRB-GOV"}
    assert len({a.country for a in e.target}) <= 1



# ------------------------------------------------------------------ pressure: a REQUEST by whoever puts it


def test_pressure_yielded_to_is_a_request_by_the_side_that_put_it() -> None:
    text = "The Nepalese cabinet bowed to pressure from New Delhi and shelved the border survey."
    e = event_of(text, "REQUEST")
    assert coded(e.source) == {"IND-GOV"}
    assert coded(e.target) == {"NPL-GOV"}
    assert e.status == "occurred"
    # the concession is made to whoever pressed
    assert coded(event_of(text, "CONCEDE").target) == {"IND-GOV"}


def test_pressure_not_given_in_to_was_put_all_the_same() -> None:
    text = "Vilnius did not give in to pressure from Minsk over the transit rules."
    e = event_of(text, "REQUEST")
    assert coded(e.source) == {"BLR-GOV"}
    assert coded(e.target) == {"LTU-GOV"}
    assert e.status == "occurred"
    concede = event_of(text, "CONCEDE")
    assert concede.status == "negated"


def test_a_side_under_pressure_is_its_target() -> None:
    e = event_of("Serbia came under pressure from the EU to recognise the vote.", "REQUEST")
    assert coded(e.source) == {"EU"}
    assert coded(e.target) == {"SRB-GOV"}
    assert e.status == "occurred"


def test_who_makes_a_demand_is_never_also_its_target() -> None:
    for e in events_of("The Ghanaian government refused to yield to demands from the teachers' union.", "REQUEST"):
        assert not coded(e.source) & coded(e.target)


# ------------------------------------------------------------------ mediation: aimed at the parties, never the mediator


def test_mediators_of_an_accord_told_before_act_toward_its_parties() -> None:
    e = event_of("Sudan's army and the RSF agreed a truce on Monday. Saudi Arabia and the US, which mediated the "
                 "agreement, welcomed it.", "CONSULT")
    assert e.mode == "third-party"
    assert coded(e.source) == {"SAU-GOV", "USA-GOV"}
    assert {a.country for a in e.target} == {"SDN"}
    assert len(e.target) == len({a.key() for a in e.target})  # each party once


def test_talks_named_by_the_mediators_city_are_not_aimed_at_the_mediator() -> None:
    for e in events_of("The two delegations met in the Doha talks mediated by Qatar.", "CONSULT"):
        if e.mode == "third-party":
            assert "QAT" not in {a.country for a in e.target}


# ------------------------------------------------------------------ a bare day after a name is no party


def test_a_bare_day_after_the_name_of_whom_one_met_leaves_the_name_the_target() -> None:
    e = event_of("Chile's foreign minister met with Argentine President Javier Milei Thursday to discuss trade.",
                 "CONSULT")
    assert coded(e.target) == {"ARG-GOV"}


def test_a_name_the_parser_hangs_on_a_bare_day_is_still_the_object() -> None:
    e = event_of("The minister met Tanzanian President Samia Suluhu Hassan Monday in Dodoma.", "CONSULT")
    assert coded(e.target) == {"TZA-GOV"}


def test_a_concession_to_demands_from_a_side_is_made_to_it() -> None:
    text = "Kenya conceded to demands from Uganda over the fishing island."
    assert coded(event_of(text, "CONCEDE").target) == {"UGA-GOV"}
    request = event_of(text, "REQUEST")
    assert coded(request.source) == {"UGA-GOV"}
    assert coded(request.target) == {"KEN-GOV"}
