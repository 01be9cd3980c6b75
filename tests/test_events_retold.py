"""Acts a report tells more than once, and acts told with what they were for: a toll retold sentences later, "the
raid" or "Monday's attack" pointing back, a protest whose demand has an addressee of its own.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ protests and what they demand


def test_a_protest_to_demand_a_release_is_one_protest_by_the_crowd_at_the_government() -> None:
    """PLOVER: the demand a protest makes is its topic, not a second act, even when the demand names someone."""
    events = extract("In Beirut, thousands demonstrated to demand the release of Lebanese prisoners held in Israel.")
    protest = only(events, "PROTEST")
    assert [e.type for e in events] == ["PROTEST"]
    assert protest.source[0].sector == "PRO" and codes(protest.source) == {"LBN"}
    assert codes(protest.target) == {"LBN"} and protest.target[0].sector == "GOV"


def test_a_crowd_the_parser_takes_for_the_head_of_the_sentence_still_marched() -> None:
    """ "Tens of thousands protested across Serbia" parsed as a noun with a participle: the crowd is the source."""
    events = extract("Tens of thousands protested across Serbia to demand the release of students arrested by police.")
    protest = only(events, "PROTEST")
    assert protest.source[0].text == "Tens of thousands" and protest.source[0].sector == "PRO"
    assert codes(only(events, "COERCE").source) == {"SRB"}  # the arrest the demand names is an act of its own
