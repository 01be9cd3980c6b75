"""Two acts in one sentence: what the text tells as two stays two, one act told twice still folds.

A second act in a sentence that already has one is a frequent first-run miss: folded into the first ("declared a
state of emergency and ordered a curfew"), or merged with an act of a relative clause ("Qatar, which mediated the
talks, said it was in contact with both parties"). A wrong merge is worse than a duplicate, but a duplicate is a
false event too, so the negatives below must still fold.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from flashpoint.model import Event
from test_events import codes
from test_events import extract as extract_on

PUBLISHED = date(2025, 1, 10)


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def of_type(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# ------------------------------------------------------------------ two acts the sentence tells as two


def test_a_noun_act_ordered_by_a_conjoined_verb_is_an_act_of_its_own() -> None:
    """ "declared a state of emergency ... and ordered a curfew": the curfew is the object of its own verb,
    conjoined to the declaration, so it is a second coercive act and not the declaration told again."""
    events = extract("The Transitional Presidential Council declared a state of emergency in the West department "
                     "and ordered a curfew in Kenscoff.")
    assert sorted(e.trigger.text for e in of_type(events, "COERCE") if e.trigger) == ["curfew", "declared"]


def test_two_conjoined_demands_each_with_a_clause_of_their_own_are_two_requests() -> None:
    """ "called on the parties to agree ... and demanded that foreign fighters withdraw": two demands; the
    withdrawal stays the second demand's content (issue 13 item 5), not an event of its own."""
    events = extract("The Security Council called on Libyan parties to agree on a unified government and demanded "
                     "that all foreign fighters withdraw from the country.")
    requests = of_type(events, "REQUEST")
    assert len(requests) == 2
    assert {e.content.type for e in requests if e.content} == {"AGREE", "RETREAT"}
    assert not of_type(events, "RETREAT")
    assert all(codes(e.source) == {"UNSC"} for e in requests)


def test_an_act_told_in_a_relative_clause_of_the_speaker_is_not_the_act_the_speaker_tells() -> None:
    """ "Qatar, which mediated the talks, said it was in contact with both parties": the mediation is what Qatar
    did before; the contact it speaks of is another consultation."""
    events = extract("Qatar, which mediated the talks between Kinshasa and the M23, said it was in contact with "
                     "both parties.")
    consults = of_type(events, "CONSULT")
    assert sorted(e.trigger.text for e in consults if e.trigger) == ["contact", "mediated"]
    assert all(codes(e.source) == {"QAT"} for e in consults)


def test_an_arrest_and_a_curfew_are_two_coercive_acts() -> None:
    events = extract("Police arrested the opposition leaders in Dhaka and imposed a curfew.")
    assert len(of_type(events, "COERCE")) == 2


# ------------------------------------------------------------------ one act told twice still folds


def test_summoning_an_envoy_and_condemning_what_it_called_a_violation_is_one_protest() -> None:
    """The condemnation has no clause or object of its own to set it apart ("what it called ..."): one ACCUSE."""
    events = extract("Iraq's foreign ministry summoned the Turkish charge d'affaires and condemned what it called a "
                     "violation of Iraqi sovereignty.")
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1 and codes(accusations[0].target) == {"TUR"}


def test_attacking_a_post_and_setting_it_on_fire_is_one_attack() -> None:
    assert len(of_type(extract("Gunmen attacked a police post in Kidal and set it on fire."), "ASSAULT")) == 1


def test_clashes_and_the_fighting_of_one_sentence_are_one_fight() -> None:
    events = extract("Clashes broke out in Tripoli on Monday and the fighting left five dead.")
    assert len(of_type(events, "ASSAULT")) == 1


def test_an_abduction_told_in_a_raid_is_one_act_even_when_the_parser_hangs_the_verb_on_its_subject() -> None:
    """The parse makes "abducted" a participle of "bandits" (a reduced relative): with an object of its own it is
    no relative clause, and the raid it happened in folds into it."""
    events = extract("Armed bandits abducted at least 43 villagers, most of them women and children, in a night raid "
                     "on Kwanar Dutse in Zamfara State, police said.")
    assert len(of_type(events, "ASSAULT")) == 1


def test_two_verbs_sharing_one_demand_are_one_request() -> None:
    events = extract("The UN urged and pressed both sides to stop fighting.")
    assert len(of_type(events, "REQUEST")) == 1 and not of_type(events, "ASSAULT")
