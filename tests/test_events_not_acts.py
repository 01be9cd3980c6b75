"""Things a report says that are no acts of the day (issue 13, item 6): running counts of victims over months or
years, which researchers take from the report's own events, not as one more event.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 3, 12)  # a Wednesday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ counts over a stretch of time


def test_a_count_of_victims_since_a_date_with_no_doer_is_a_statistic() -> None:
    events = extract("More than 3,000 people have been killed in the province since January, according to official"
                     " figures.")
    assert not events


def test_victims_of_unnamed_attacks_counted_over_a_year_are_a_statistic() -> None:
    """ "in attacks", "in camp violence", with an estimate and "this year", "last year alone", "in 2024": no act."""
    for text in ("Aid groups say at least 80 refugees have been killed in camp violence this year.",
                 "Hundreds of police officers were killed in attacks last year alone.",
                 "The UN says more than 4,000 people were killed in gang violence in 2024."):
        assert not [e for e in extract(text) if e.type == "ASSAULT"], text


def test_a_doers_count_over_a_stretch_of_time_is_the_doers_act() -> None:
    """Gold convention: "security forces have detained more than 1,000 people since the election" is coded, with its
    doer (a doer makes the count an act of someone's)."""
    events = extract("Security forces in Caracas have detained more than 1,000 people since the disputed election.")
    assert codes(only(events, "COERCE").source) == {"VEN"}


def test_one_attack_named_with_its_year_is_an_act_told() -> None:
    """ "killed in an attack last year": one act, dated with its year, not a running count."""
    events = extract("More than 30 worshippers were killed in an attack on a church in Owo last year.")
    attack = only(events, "ASSAULT")
    assert attack.date is not None and attack.date.start == "2024"
