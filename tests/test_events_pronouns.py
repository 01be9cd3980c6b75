"""Acts whose parties are named by a pronoun, a possessive or a clause they share with another act: found where
the text leaves one reading, left unresolved where two parties could be meant (a wrong actor is worse than none).

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from flashpoint.model import Event
from test_events import codes
from test_events_parties import extract, sides


def by_trigger(events: list[Event], word: str) -> Event | None:
    return next((e for e in events if e.trigger is not None and e.trigger.text == word), None)


# ------------------------------------------------------------------ "they"


def test_they_is_the_coordinated_subject_of_the_clause_it_is_joined_to() -> None:
    """ "X and Y signed a deal, but they did not agree on a treaty": both did not agree."""
    events = extract("Armenia and Azerbaijan signed a border deal on Friday, but they did not agree on a peace treaty.")
    refusal = by_trigger(events, "treaty")
    assert refusal is not None and refusal.status == "negated"
    assert codes(refusal.source) == {"ARM", "AZE"}


def test_they_is_a_group_named_as_the_subject_of_the_governing_clause() -> None:
    """ "The Taliban ... since they seized Kabul": a group may be "they"; the country it rules is singular."""
    seizure = by_trigger(extract("The Taliban have ruled the country since they seized Kabul in August 2021."),
                         "seized")
    assert seizure is not None and codes(seizure.source) == {"AFG"}


def test_they_stays_unresolved_when_the_governing_clause_names_two_plural_parties() -> None:
    """Police or protesters may have stormed the building: neither is guessed."""
    events = extract("Police arrested dozens of protesters after they stormed the parliament building.")
    storming = by_trigger(events, "stormed")
    assert storming is None or not any(a.sector == "COP" for a in storming.source)
    arrest = by_trigger(events, "arrested")
    assert arrest is not None and sides(arrest.source) == {(None, "COP")}


def test_they_after_a_semicolon_is_not_the_subject_of_the_clause_before() -> None:
    """The gunmen were not freed: a "they" with no governing clause is not the subject of the clause before.
    (Who freed the girls is the captor of the abduction told before, arguments.yaml RETREAT/release agent_from.)"""
    events = extract("Gunmen seized 279 schoolgirls from a boarding school in Zamfara; they were freed days later.")
    freed = by_trigger(events, "freed")
    assert freed is None or not any(a.sector == "UAF" for a in freed.target)


def test_a_single_country_is_not_they() -> None:
    events = extract("Kenya sent a police mission to Haiti in June after they asked for help.")
    assert not any(a.text == "they" and a.country == "KEN" for e in events for a in e.source + e.target)


# ------------------------------------------------------------------ possessives


def test_its_people_belong_to_the_speaker_even_of_no_stated_country() -> None:
    """ "The army said its air defences had downed ...": the army (localised by the place) downed them."""
    downing = by_trigger(extract("The army said its air defences had downed eleven drones over Port Sudan."), "downed")
    assert downing is not None and sides(downing.source) == {("SDN", "MIL")}


def test_a_protest_against_the_governments_decision_is_aimed_at_the_government() -> None:
    """A mention beside another act is kept when its target is the owner of what it is against."""
    events = extract("Riot police dispersed demonstrators in Tbilisi overnight, the fifth night of protests against "
                     "the government's decision.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert sides(protest.target) == {("GEO", "GOV")}


# ------------------------------------------------------------------ shared clauses


def test_a_verb_joined_to_a_relative_clause_acts_for_the_noun_it_describes() -> None:
    """ "troops, who killed forty attackers and recovered weapons": the troops recovered them."""
    events = extract("Nigerien troops, who killed some forty attackers and recovered a large quantity of weapons, "
                     "lost two soldiers.")
    recovery = by_trigger(events, "recovered")
    assert recovery is not None and sides(recovery.source) == {("NER", "MIL")}


def test_by_telephone_is_the_means_of_talks_not_their_party() -> None:
    """With a light verb that has a subject, "by" on the act's noun is how it was held."""
    talks = by_trigger(extract("The foreign ministers of Armenia and Azerbaijan held talks by telephone on Thursday."),
                       "talks")
    assert talks is not None and codes(talks.source) == {"ARM", "AZE"}
