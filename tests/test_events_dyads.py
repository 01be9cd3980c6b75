"""Both sides of an act. Nationality of unnamed domestic actors (police, the army, protesters, officials) in reports with no dateline:
the country of the act's place where the report agrees, the report's own country where its places name one,
and none, with a note saying why, where the report's places are in several countries (never invented). Targets the parser hides: behind a relative pronoun, a misparsed
preposition or a particle.

Each test runs the real spaCy model and resolvers on reports written for the purpose.
"""

from __future__ import annotations

from functools import partial

from flashpoint.model import Event
from test_events import PUBLISHED
from test_events import extract as _extract

extract = partial(_extract, published=PUBLISHED)


def _actor(events: list[Event], words: str):  # type: ignore[no-untyped-def]
    return next(a for e in events for a in [*e.source, *e.target] if a.text == words)


def test_an_unnamed_army_takes_the_country_of_the_acts_place_when_its_paragraph_names_no_other() -> None:
    """A report of two countries (Burkina Faso and Russia, no dateline): "the army base" attacked in Djibo is
    Burkina Faso's, the one country both the act's place and its paragraph name."""
    events = extract("Hundreds of jihadists attacked the army base in the northern town of Djibo on Sunday.\n\n"
                     "Russian instructors have trained troops in Ouagadougou since 2023, and Moscow has delivered "
                     "helicopters.")
    assert _actor(events, "the army base").country == "BFA"


def test_an_unnamed_army_takes_no_country_from_a_place_its_paragraph_shares_with_another_country() -> None:
    """ "The army shelled villages near Afrin, Turkish officials said": the act is in Syria, but its paragraph
    also names Turkey, whose army it may well be, and the report is of Syria and Turkey alike: the army keeps
    no country."""
    events = extract("The army shelled villages near Afrin on Tuesday, Turkish officials said.\n\n"
                     "Damascus protested to Ankara, and Turkey's foreign minister defended the operation.")
    assert _actor(events, "The army").country is None


def test_police_of_a_report_whose_places_are_in_one_country_take_that_country() -> None:
    """No dateline, every place in Venezuela: the police who detain people are Venezuela's."""
    events = extract("Thousands marched in Caracas on Saturday.\n\nPolice detained 50 people in Maracaibo.")
    assert _actor(events, "Police").country == "VEN"


def test_police_of_a_report_of_several_countries_stay_without_one_and_the_event_says_why() -> None:
    """Places in Kenya and Somalia about equally, none for the arrest: the police keep no country, with a note."""
    events = extract("Police arrested four suspects on Monday.\n\n"
                     "Kenya and Somalia agreed to joint patrols along the border near Mandera and Beled Hawo.")
    arrest = next(e for e in events if e.type == "COERCE")
    police = _actor(events, "Police")
    assert police.country is None
    assert "several countries" in arrest.notes["nationality"]


# ------------------------------------------------------------------ targets the parse hides


def test_a_relative_pronoun_object_is_the_noun_its_clause_hangs_from() -> None:
    """ "the PKK, which Baghdad banned last month": the PKK is banned."""
    events = extract("The two sides agreed to cooperate against the PKK, which Baghdad banned last month.")
    ban = next(e for e in events if e.type == "COERCE")
    assert [a.text for a in ban.target] == ["the PKK"]


def test_the_object_of_at_parsed_as_the_subject_of_a_participle_is_the_target() -> None:
    """ "fired tear gas at thousands of students marching in Colombo": the students are fired at."""
    events = extract("Sri Lankan police fired tear gas and water cannon at thousands of university students "
                     "marching in Colombo on Tuesday.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert [a.text for a in assault.target] == ["thousands of university students"]


def test_a_preposition_hung_on_a_particle_still_names_the_target() -> None:
    """ "handed four villages over to Azerbaijan": Azerbaijan is handed them."""
    events = extract("Armenia handed four border villages in the Tavush region over to Azerbaijan on Wednesday.")
    handover = next(e for e in events if e.type == "CONCEDE")
    assert codes_of(handover.target) == {"AZE"}


def codes_of(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.org or a.country for a in actors if a.org or a.country}
