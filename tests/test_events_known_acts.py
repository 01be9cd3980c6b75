"""Acts a report names as already known: an agreement or a ceasefire told by the participle that dates it ("the
ceasefire agreed in November 2024", "the truce signed in Doha in July"). The gold convention (tests/data/gold,
e.g. g116, g121, g131) codes such a background act once, on its own date; a ceasefire agreed is the ceasefire
(RETREAT), not an agreement beside it.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from flashpoint.model import Event
from test_events import extract as extract_on

PUBLISHED = date(2026, 3, 11)


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> list[str]:
    return [e.type for e in events]


# ------------------------------------------------------------------ a ceasefire agreed is one RETREAT


def test_a_ceasefire_agreed_in_a_past_month_is_one_retreat_on_that_month() -> None:
    events = extract("The army accused the rebels of violating a ceasefire agreed in May 2023.")
    (truce,) = [e for e in events if e.type == "RETREAT"]
    assert "AGREE" not in types(events)
    assert truce.mode == "ceasefire" and truce.date is not None and truce.date.value == "2023-05"


def test_a_participle_the_parser_hangs_on_the_main_verb_still_tells_the_ceasefire() -> None:
    """ "condemned ... a breach of the ceasefire agreed in November 2024": "agreed" is parsed as a clause of
    "condemned", yet it describes the ceasefire before it."""
    events = extract('Prime Minister Nawaf Salam condemned the strikes as a "flagrant breach" of the ceasefire'
                     " agreed in November 2024.")
    assert types(events).count("RETREAT") == 1 and "AGREE" not in types(events)


def test_agreeing_a_truce_is_the_truce() -> None:
    events = extract("The army and the rebels agreed a truce in Doha on Monday.")
    assert types(events) == ["RETREAT"]


def test_a_peace_deal_signed_stays_an_agreement() -> None:
    """Only a ceasefire becomes a RETREAT: a peace deal signed is an AGREE, as before."""
    events = extract("Ethiopia and Eritrea signed a peace deal in Algiers in December 2000.")
    assert types(events) == ["AGREE"]


def test_a_reported_verb_after_a_noun_is_no_participle_of_that_noun() -> None:
    """ "said the raids destroyed several vehicles": "destroyed" has an object and a subject of its own, so the
    raids stay an act of their own."""
    events = extract("The army said the raids destroyed several armed vehicles but did not give a toll.")
    assert "ASSAULT" in types(events)


# ------------------------------------------------------------------ a speech act named by a noun with its maker


def test_an_offer_from_a_named_maker_is_the_makers_agreement_aimed_at_those_who_refuse_it() -> None:
    """ "rejected an offer of talks from the law minister": the offer was made (AGREE, the talks its content) as
    well as refused (REJECT); the parser hangs "from the law minister" on "talks", yet it names the maker."""
    events = extract("Students on Friday rejected an offer of talks from the law minister.")
    (refusal,) = [e for e in events if e.type == "REJECT"]
    (offer,) = [e for e in events if e.type == "AGREE"]
    assert offer.source[0].sector == "GOV" and offer.target[0].sector == "EDU"
    assert offer.content is not None and offer.content.type == "CONSULT"
    assert refusal.content is not None and refusal.content.type == "CONSULT"


def test_an_offer_made_by_a_country_is_that_countrys_agreement() -> None:
    events = extract("Niger refused an offer of military assistance from France.")
    (offer,) = [e for e in events if e.type == "AGREE"]
    assert [a.country for a in offer.source] == ["FRA"] and [a.country for a in offer.target] == ["NER"]
    assert offer.content is not None and offer.content.type == "AID"


def test_a_demand_by_a_named_bloc_is_its_request() -> None:
    events = extract("The junta dismissed the demand by ECOWAS for a return to civilian rule.")
    (demand,) = [e for e in events if e.type == "REQUEST"]
    assert [a.org for a in demand.source] == ["ECOWAS"]


def test_an_offer_named_only_by_its_owners_possessive_is_what_is_refused_not_an_act() -> None:
    """ "rejected the bloc's demand to reinstate him" names the demand refused (tests/data/gold g029); with no
    maker, "rejected the offer of talks" is one REJECT of the talks."""
    assert [e.type for e in extract("Niger's junta rejected the bloc's demand to reinstate him.")] == ["REJECT"]
    (refusal,) = extract("The junta rejected the offer of talks.")
    assert refusal.type == "REJECT" and refusal.content is not None and refusal.content.type == "CONSULT"


# ------------------------------------------------------------------ an accord that names no party


def test_an_accord_naming_no_party_binds_the_two_sides_of_the_act_told_before_it() -> None:
    """ "A peace deal signed in Algiers": the report told the war between the two neighbours just before (the gold
    codes such a background accord with both sides, tests/data/gold g128, g134, g146)."""
    events = extract("Ethiopian troops fought Eritrean forces along the border from 1998 to 2000.\n"
                     "A peace deal signed in Algiers in December 2000 left the frontier to a commission.")
    (deal,) = [e for e in events if e.type == "AGREE"]
    assert {a.country for a in deal.source} == {a.country for a in deal.target} == {"ETH", "ERI"}


def test_an_accord_only_named_takes_no_parties() -> None:
    """ "saw no grounds for a ceasefire": a ceasefire named, not told as agreed, is given no sides (and, naming no
    one, is no event)."""
    events = extract("Russian missiles struck Odesa overnight, Ukraine said.\n"
                     "The Kremlin said it saw no grounds for a ceasefire.")
    assert "RETREAT" not in types(events)


def test_an_offer_is_one_sides_and_takes_no_sides_from_the_act_before() -> None:
    events = extract("Thai and Cambodian soldiers exchanged fire near the temple overnight.\n"
                     "A regional envoy offered to host talks.")
    assert all({a.country for a in e.source} != {"THA", "KHM"} for e in events if e.type == "AGREE")
