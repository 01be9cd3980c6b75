"""From expressions to event dates: calendar spans, and which expression dates which act."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flashpoint.model import Timex
from flashpoint.nlp import get_nlp
from flashpoint.timex import find_timexes, timex_to_span
from flashpoint.timex.attach import event_date
from flashpoint.timex.lexicon import lexicon

THU = date(2022, 9, 15)
SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / "seed-article.txt"


def span_of(value: str, typ: str = "DATE") -> tuple[str | None, str | None, str | None] | None:
    ts = timex_to_span(Timex(text="x", start=3, end=4, type=typ, value=value))
    return (ts.start, ts.end, ts.precision) if ts else None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-14TEV", ("2022-09-14", "2022-09-14", "day")),
        ("2022-09-14T20:00", ("2022-09-14", "2022-09-14", "day")),
        ("2022-W37", ("2022-09-12", "2022-09-18", "week")),
        ("2022-W36-WE", ("2022-09-10", "2022-09-11", "week")),
        ("2022-05", ("2022-05", "2022-05", "month")),
        ("2022-Q3", ("2022-07", "2022-09", "month")),
        ("2022-WI", ("2022-12", "2023-02", "month")),
        ("2020", ("2020", "2020", "year")),
        ("FY2023", ("2023", "2023", "year")),
        ("199", ("1990", "1999", "decade")),
    ],
)
def test_values_become_calendar_spans(value, expected):
    assert span_of(value) == expected


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "XXXX-WXX-1", "P2D"])
def test_references_sets_and_durations_have_no_span(value):
    assert span_of(value) is None
    assert span_of(value, "DURATION") is None


def test_span_keeps_text_value_and_offsets():
    ts = timex_to_span(Timex(text="last May", start=10, end=18, type="DATE", value="2022-05"))
    assert (ts.text, ts.value, ts.char_start, ts.char_end) == ("last May", "2022-05", 10, 18)


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def date_of(nlp, text: str, trigger: str) -> tuple[str | None, str | None, str | None] | None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    ts = event_date(doc, tok, find_timexes(doc, THU), THU)
    return (ts.start, ts.end, ts.text) if ts else None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebels attacked an army post on Monday, killing four soldiers.", "attacked",
         ("2022-09-12", "2022-09-12", "Monday")),
        ("The attack on Monday killed four soldiers.", "attack", ("2022-09-12", "2022-09-12", "Monday")),
        # The act's own date beats the date of the report about it.
        ("The minister said on Tuesday that rebels had shelled the town on Sunday.", "shelled",
         ("2022-09-11", "2022-09-11", "Sunday")),
        # No date of its own: the governing clause's.
        ("The minister said on Tuesday that rebels had shelled the town.", "shelled",
         ("2022-09-13", "2022-09-13", "Tuesday")),
        ("The war ended in 1994 with a ceasefire.", "ended", ("1994", "1994", "1994")),
        ("Protesters marched from Monday to Wednesday.", "marched",
         ("2022-09-12", "2022-09-14", "Monday to Wednesday")),
        ("Talks were held between 2009 and 2010 in Geneva.", "held", ("2009", "2010", "2009 and 2010")),
        ("Rebels besieged the town from 1 to 3 August.", "besieged", ("2022-08-01", "2022-08-03", "1 to 3 August")),
        ("Fighting continued for two days until Wednesday.", "continued", ("2022-09-13", "2022-09-14", "Wednesday")),
        ("Clashes that erupted on Monday continued for three days.", "continued",
         ("2022-09-12", "2022-09-14", "Monday")),
    ],
)
def test_event_takes_the_date_of_its_clause(nlp, text, trigger, expected):
    assert date_of(nlp, text, trigger) == expected


def test_background_clause_date_does_not_leak_into_the_main_event(nlp):
    assert date_of(nlp, "Azerbaijan shelled Armenian towns, reviving a war that ended in 1994.", "shelled") is None


def test_a_coordinated_clause_with_its_own_subject_does_not_date_the_first(nlp):
    text = ("Egypt and Saudi Arabia called for an immediate ceasefire, and the African Union said it would send "
            "an envoy to Port Sudan next week.")
    assert date_of(nlp, text, "called") is None
    assert date_of(nlp, text, "send") == ("2022-09-19", "2022-09-25", "next week")


def test_relative_clause_on_a_person_does_not_date_the_main_act(nlp):
    text = "The general, who seized power in a coup in September 2021, has asked Russia for instructors."
    assert date_of(nlp, text, "asked") is None


def test_after_clause_is_dated_by_its_offset_from_the_main_clause(nlp):
    text = "Kosovo declared independence in 2008, nine years after NATO bombed Yugoslavia."
    assert date_of(nlp, text, "bombed") == ("1999", "1999", "nine years")
    assert date_of(nlp, "Troops withdrew on Friday, two days after rebels shelled the base.", "shelled") == (
        "2022-09-07", "2022-09-07", "two days")
    # No offset: "after" gives no date of its own, and the main clause's would be wrong.
    assert date_of(nlp, "Troops withdrew on Friday after rebels shelled the base.", "shelled") is None


def test_participle_shares_the_time_but_a_background_clause_does_not(nlp):
    assert date_of(nlp, "Rebels attacked the post, killing four soldiers on Monday.", "attacked") == (
        "2022-09-12", "2022-09-12", "Monday")
    text = "Police had detained 1,000 people under the state of emergency declared on August 4."
    assert date_of(nlp, text, "detained") is None


def test_no_expression_no_date(nlp):
    assert date_of(nlp, "Police arrested ten people.", "arrested") is None


def test_lexicon_is_complete_and_consistent():
    lex = lexicon()
    assert sorted(lex["months"].values()) == list(range(1, 13))
    assert sorted(lex["weekdays"].values()) == list(range(1, 8))
    assert set(lex["month_abbreviations"].values()) <= set(range(1, 13))
    assert set(lex["weekday_abbreviations"].values()) <= set(range(1, 8))
    assert set(lex["parts_of_day"].values()) <= {"MO", "MI", "AF", "EV", "NI", "DT"}
    assert set(lex["seasons"].values()) == {"SP", "SU", "FA", "WI"}
    assert all(letter in ("S", "M", "H", "D", "W", "Y", "DE", "CE") for letter, _ in lex["units"].values())
    assert set(lex["references"]) == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    for month, day in lex["holidays"].values():
        date(2024, month, day)  # raises on an impossible day
    assert all(k == k.lower() for section in ("months", "weekdays", "numbers", "holidays") for k in lex[section])


@pytest.mark.skipif(not SEED.exists(), reason="reference article ../shared/examples/seed-article.txt is absent")
def test_reference_article(nlp):
    text = SEED.read_text(encoding="utf-8")
    txs = find_timexes(nlp(text), date(2022, 9, 15))
    values = {(t.text.lower(), t.value) for t in txs}
    assert ("yesterday evening, wednesday", "2022-09-14TEV") in values
    assert ("last may", "2022-05") in values
    assert ("last monday evening", "2022-09-12TEV") in values
    assert ("two days", "P2D") in values
    assert ("1994", "1994") in values
    assert ("eight in the evening local time", "2022-09-14T20:00") in values
    assert not any(t.flags for t in txs)
