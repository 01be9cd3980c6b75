"""One rule at a time: how the normaliser reads each kind of time expression."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.nlp import get_nlp
from flashpoint.timex import find_timexes, normalize_text

THU = date(2022, 9, 15)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def found(text: str, anchor: date | None = THU) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in normalize_text(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the town on Sunday.", "2022-09-11"),
        ("Rebels will shell the town on Sunday.", "2022-09-18"),
        ("Rebels are going to attack on Sunday.", "2022-09-18"),
        ("The army said it had withdrawn on Thursday.", "2022-09-15"),
        # written on a Thursday: news names the weekday for the same day too ("will meet on Thursday")
        ("Talks resume on Thursday.", "2022-09-15"),
        ("Talks resume on Friday.", "2022-09-16"),
        ("The foreign minister plans to visit on Monday.", "2022-09-19"),
        ("Last Wednesday, police raided the office.", "2022-09-14"),
        ("This Monday the army struck again.", "2022-09-12"),
        ("The coming Friday will be decisive.", "2022-09-16"),
    ],
)
def test_weekday_follows_the_tense_of_its_clause(nlp, text, expected):
    assert found(text)[0][2] == expected


def test_today_with_wrong_weekday_is_flagged_not_guessed():
    (tx,) = normalize_text("Today, Friday, the talks ended.", THU)
    assert (tx.text, tx.value) == ("Today, Friday", "2022-09-15")
    assert tx.flags == ["weekday-mismatch"]
    (ok,) = normalize_text("Yesterday, Wednesday, the talks ended.", THU)
    assert ok.flags == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened yesterday morning.", "2022-09-14TMO"),
        ("It happened yesterday afternoon.", "2022-09-14TAF"),
        ("It will happen tomorrow evening.", "2022-09-16TEV"),
        ("It happened last night.", "2022-09-14TNI"),
        ("It will happen tonight.", "2022-09-15TNI"),
        ("It happened on Tuesday night.", "2022-09-13TNI"),
    ],
)
def test_parts_of_the_day(text, value):
    ((_, typ, got),) = found(text)
    assert (typ, got) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The town fell in March.", "2022-03"),
        ("The town will be evacuated in March.", "2023-03"),
        ("It fell on 20 December.", "2021-12-20"),
        ("It will be handed back on 20 December.", "2022-12-20"),
        ("It fell last October.", "2021-10"),
        ("It will fall next January.", "2023-01"),
        ("It was signed in September.", "2022-09"),
    ],
)
def test_month_names_without_a_year(text, value):
    assert found(text)[0][2] == value


def test_modal_may_and_verb_march_are_not_months():
    assert found("The rebels may march on the capital.") == []
    assert found("The border has been closed since May.") == [("May", "DATE", "2022-05")]


@pytest.mark.parametrize(
    ("text", "typ", "value"),
    [
        ("The siege lasted two days.", "DURATION", "P2D"),
        ("A three-month truce was agreed.", "DURATION", "P3M"),
        ("He was held for several weeks.", "DURATION", "PXW"),
        ("The strike lasted a decade.", "DURATION", "P1DE"),
        ("The curfew lasts 12 hours.", "DURATION", "PT12H"),
        ("It has ruled for half a century.", "DURATION", "P50Y"),
        ("Aid arrives every Monday.", "SET", "XXXX-WXX-1"),
        ("The council meets each year.", "SET", "P1Y"),
        ("Figures are published weekly.", "SET", "P1W"),
        ("The group is now stronger.", "DATE", "PRESENT_REF"),
        ("Attacks have recently increased.", "DATE", "PAST_REF"),
        ("Talks will resume soon.", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_and_references_are_not_dates(text, typ, value):
    ((_, got_type, got_value),) = found(text)
    assert (got_type, got_value) == (typ, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened in the third quarter.", "2022-Q3"),
        ("It happened in the 1990s.", "199"),
        ("It happened two years ago.", "2020"),
        ("It happened a month ago.", "2022-08"),
        ("It happened in mid-2019.", "2019"),
        ("It happened in the 19th century.", "18"),
        ("It happened earlier this week.", "2022-W37"),
        ("It happened late last July.", "2022-07"),
        ("It happened this past Sunday.", "2022-09-11"),
        ("It happened this past weekend.", "2022-W36-WE"),
        ("The deal should close by year-end.", "2022"),
    ],
)
def test_vaguer_calendar_expressions(text, value):
    assert found(text)[0][2] == value


def test_relative_expressions_count_from_the_last_absolute_date_without_drifting():
    got = found("The bridge was hit on 8 October 2021 and repaired the next day; a week later it was hit again.")
    assert [v for _, _, v in got] == ["2021-10-08", "2021-10-09", "2021-W41"]
    got = found("Profit fell from the year-earlier period. A year earlier it had risen.", date(1989, 10, 26))
    assert [v for _, _, v in got] == ["1988", "1988"]


def test_day_ranges_share_their_month():
    assert found("Fighting raged between 10 and 12 September.") == [
        ("10", "DATE", "2022-09-10"), ("12 September", "DATE", "2022-09-12")]
    assert found("The fair ran on September 5-7, 2021.") == [
        ("September 5", "DATE", "2021-09-05"), ("7, 2021", "DATE", "2021-09-07")]
    assert found("The council voted 13 to 2 in favour.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # translated state media name the day of the month alone: the last such day, or the next for what is to come
        ("In a statement issued on the 13th the ministry rejected the claims.", [("the 13th", "DATE", "2022-09-13")]),
        ("The envoy arrived in Taipei on the 27th.", [("the 27th", "DATE", "2022-08-27")]),
        ("Terrorists were neutralised on Tuesday the 13th.", [("Tuesday the 13th", "DATE", "2022-09-13")]),
        ("The exercise will begin on the 2nd.", [("the 2nd", "DATE", "2022-10-02")]),
        ("On the 31st the ministry gave him 72 hours to leave.", [("the 31st", "DATE", "2022-08-31"),
                                                                   ("72 hours", "DURATION", "PT72H")]),
        # an ordinal that names a unit, a round or a rank is no day
        ("Troops of the 22nd Infantry Division advanced.", []),
        ("It was the 3rd round of talks.", []),
        ("The bill passed on the 2nd reading.", []),
    ],
)
def test_a_bare_ordinal_day_is_a_day_of_the_publication_month(text, expected):
    assert found(text) == expected


def test_clock_time_goes_with_the_day_it_is_written_against():
    got = found("The party sacked him on Sunday and gave him until noon on Monday to resign.")
    assert ("noon", "TIME", "2022-09-12T12:00") in got


def test_adjectival_durations_leave_out_the_article():
    assert found("The 93-year-old leader spoke.") == [("93-year-old", "DURATION", "P93Y")]


def test_part_of_day_of_a_date_is_one_time_expression():
    assert found("It began on the morning of 14 September.") == [
        ("the morning of 14 September", "TIME", "2022-09-14TMO")]


def test_clock_time_takes_the_day_of_its_sentence():
    got = found("The ceasefire began at 8 p.m. on Monday, and the shelling stopped at 21:30 GMT.")
    assert got == [
        ("8 p.m.", "TIME", "2022-09-12T20:00"),
        ("Monday", "DATE", "2022-09-12"),
        ("21:30 GMT", "TIME", "2022-09-12T21:30"),
    ]


def test_without_anchor_relative_values_stay_null_and_absolute_ones_resolve():
    got = found("Troops left on Monday, returned on April 7, 2021, and fought in 2020.", anchor=None)
    assert got == [("Monday", "DATE", None), ("April 7, 2021", "DATE", "2021-04-07"), ("2020", "DATE", "2020")]


def test_a_publication_timestamp_anchors_on_its_day(nlp):
    from datetime import datetime

    (tx,) = find_timexes(nlp("It happened yesterday."), datetime(2022, 9, 15, 23, 30))
    assert (tx.value, tx.anchor) == ("2022-09-14", "2022-09-15")


def test_ambiguous_numeric_date_has_no_value():
    (tx,) = normalize_text("The memo is dated 5/6/2022.", THU)
    assert tx.value is None and "ambiguous-day-month" in tx.flags


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators revived the Good Friday Agreement.",
        "Black September was founded in 1970.",
        "He writes for the Sunday Times.",
        "Historians still study the Six-Day War.",
    ],
)
def test_months_and_weekdays_inside_names_are_not_dates(text):
    assert all(t[0] not in ("Friday", "September", "Sunday", "Six-Day") for t in found(text))


def test_said_weekday_before_a_name_is_still_a_date():
    assert found("Russia said Tuesday Ukraine had attacked.") == [("Tuesday", "DATE", "2022-09-13")]


def test_counts_that_look_like_years_are_ignored():
    assert found("The army has 2022 tanks.") == []
    assert found("Police detained 1,994 people.") == []


def test_offsets_point_into_the_text_and_do_not_overlap(nlp):
    text = "Since Saturday, and for two days before that, shelling hit the city every night; in May 2021 it was quiet."
    doc = nlp(text)
    txs = find_timexes(doc, THU, article_id="a1")
    assert [t.text for t in txs] == ["Saturday", "two days", "every night", "May 2021"]
    for a, b in zip(txs, txs[1:], strict=False):
        assert a.end <= b.start
    assert all(text[t.start : t.end] == t.text and t.article == "a1" and t.anchor == "2022-09-15" for t in txs)


def test_month_and_year_boundaries():
    assert found("It happened yesterday.", date(2023, 1, 1))[0][2] == "2022-12-31"
    assert found("It happened yesterday.", date(2024, 3, 1))[0][2] == "2024-02-29"
    assert found("It will happen next week.", date(2024, 12, 30))[0][2] == "2025-W02"
    assert found("It happened last month.", date(2024, 1, 10))[0][2] == "2023-12"
