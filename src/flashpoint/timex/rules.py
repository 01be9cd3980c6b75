"""The time-expression rules: one compiled regex per kind of expression, and its normaliser.

Every rule scans the whole text once (regexes run in C, which keeps the normaliser far
cheaper than the parse). Overlaps are settled later, longest match first. A normaliser
gets the match and a `Context` (anchor date, clause tense, previously resolved date) and
returns hits `(start, end, type, value, flags)`, or None to reject the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from flashpoint.textutil import NUMBER_WORDS, TENS, UNITS
from flashpoint.timex import calendar as cal
from flashpoint.timex.lexicon import (
    alternation,
    lexicon,
    month_number,
    number_value,
    ordinal_value,
    weekday_number,
)

Hit = tuple[int, int, str, "str | None", list[str]]


class Context(Protocol):
    anchor: date | None
    text: str

    def tense(self, start: int, end: int) -> cal.Tense: ...

    def reference(self, start: int, granularity: int = 3) -> date | None: ...


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], Context], list[Hit] | None]


_LEX = lexicon()
_TENS = "|".join(TENS)
_DIGIT_WORDS = "|".join(UNITS)
NUM = (
    rf"(?:(?:{_TENS})[\s-](?:{_DIGIT_WORDS})|{alternation(_LEX['vague_numbers'])}"
    rf"|{alternation(_LEX['numbers'])}|\d+(?:\.\d+)?)"
)
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
MONTH_FULL = alternation(_LEX["months"])
MONTH_ABBR = alternation(_LEX["month_abbreviations"])
MONTH_ANY = rf"(?:(?:{MONTH_FULL})|(?:{MONTH_ABBR})\.?)(?![a-z])"
MONTH_BARE = rf"(?:(?:{MONTH_FULL})(?![a-z])|(?:{MONTH_ABBR})\.)"
WD_FULL = alternation(_LEX["weekdays"])
WD = rf"(?:(?:{WD_FULL})(?![a-z])|(?:{alternation(_LEX['weekday_abbreviations'])})\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?<![\d$€£.,/])(?:1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d)"
POD = alternation(_LEX["parts_of_day"])
SEASON = alternation(_LEX["seasons"])
REL = r"this\s+past|last|this|next|coming|past|previous"
APPROX = (
    r"(?:(?P<approx>almost|nearly|about|around|approximately|roughly|more\s+than|less\s+than|at\s+least"
    r"|up\s+to)\s+)?"
)
MOD = (
    r"(?:(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of(?:\s+the)?"
    r"|early|earlier|late|later|mid|middle)(?:\s+(?:in|on))?(?:\s+|-))?"
)
MONTH_PREPOSITION = re.compile(
    r"\b(?:in|since|until|till|by|of|from|through|during|before|after|between|to|and)\s+$", re.IGNORECASE
)
SEASON_PREPOSITION = re.compile(r"\b(?:in|during|since|until|by|over|through|throughout)\s+$", re.IGNORECASE)
TIME_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|before|after|during|between|and|to|through|throughout|"
    r"year|years|early|late|mid|fiscal|spring|summer|autumn|fall|winter|around|circa|"
    r"last|next|this|on|early|end)|[-–,(])\s*$",
    re.IGNORECASE,
)


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])" + pattern + r"(?!\w)", re.IGNORECASE)


class _Span(Protocol):
    """Where a match lies: a regex match, or one whose groups were renamed (`_DictMatch`)."""

    def start(self) -> int: ...
    def end(self) -> int: ...


class _Groups(_Span, Protocol):
    def groupdict(self) -> dict[str, str | None]: ...


def _hit(m: _Span, typ: str, value: str | None, flags: list[str] | None = None) -> list[Hit]:
    return [(m.start(), m.end(), typ, value, flags or [])]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _before(ctx: Context, start: int, width: int = 30) -> str:
    return ctx.text[max(0, start - width) : start]


PREV_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
NEXT_CAPITALISED = re.compile(r"^\s+([A-Z][a-z]+)")
TIME_WORDS = frozenset({
    "On", "In", "Since", "Until", "Till", "By", "From", "Last", "Next", "This", "Early", "Late", "Mid", "Before",
    "After", "During", "Through", "Between", "And", "Or", "To", "Of", "Around", "Recently", "Today",
})  # fmt: skip


def _part_of_a_name(m: re.Match[str], ctx: Context) -> bool:
    """"Good Friday", "Black September", "the Sunday Times": a month or weekday inside a proper name."""
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    prev = PREV_CAPITALISED.search(before)
    if prev and prev.group(1) not in TIME_WORDS and not (month_number(prev.group(1)) or weekday_number(prev.group(1))):
        return True
    # "the Monday Club": only after "the", since "said Tuesday Ukraine had..." is ordinary wire style
    after = ctx.text[m.end() : m.end() + 20]
    return bool(re.search(r"\bthe\s+$", before, re.IGNORECASE) and NEXT_CAPITALISED.match(after))


# --- calendar dates --------------------------------------------------------------------------


def _weekday_flags(wd_word: str | None, resolved: date | None) -> list[str]:
    """"today, Thursday" when today is not Thursday: say so rather than silently pick one."""
    if not wd_word or resolved is None:
        return []
    named = weekday_number(wd_word)
    return ["weekday-mismatch"] if named and named != resolved.isoweekday() else []


def _year_for(m: re.Match[str], ctx: Context, month: int, day: int) -> int | None:
    """The stated year, else the occurrence of day/month the clause's tense points to; None unanchored."""
    if m["y"]:
        return int(m["y"])
    if ctx.anchor is not None:
        return cal.day_month_year(ctx.anchor, month, day, ctx.tense(m.start(), m.end()))
    return None


def _full_date(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    month = month_number(m["mon"])
    day = int(re.sub(r"\D", "", m["d"]))
    if month is None or not _capitalised(m["mon"]):
        return None
    year = _year_for(m, ctx, month, day)
    if year is None:
        return _hit(m, "DATE", None)
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    return _hit(m, "DATE", resolved.isoformat(), _weekday_flags(m["wd"], resolved))


# "the 22nd Division", "the 3rd round", "the 2nd of the month": an ordinal that names something else
_NOT_A_DAY_AFTER = re.compile(
    r"\s*(?:[A-Z0-9]|(?i:of|floor|anniversar\w*|round|time|century|session|meeting|summit|congress|edition|"
    r"amendment|article|reading|term|attempt|wave|phase|stage|batch|place|year|month|week|day|birthday|"
    r"consecutive|straight|largest|biggest|annual|brigade|division|battalion|regiment|corps|fleet|squadron)\b)"
)
_ORDINAL_DAY_PREPOSITION = re.compile(r"\b(?:on|since|until|till|from|by|before|after)\s+$", re.IGNORECASE)


def _ordinal_day(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"on the 15th", "Tuesday the 17th" (state-media style): a day of the publication month, the last such
    day for a past act, the next for a future one; a bare "the 2nd" must follow "on", "since" ... or a weekday."""
    if _NOT_A_DAY_AFTER.match(ctx.text[m.end() :]):
        return None
    if not m["wd"] and not _ORDINAL_DAY_PREPOSITION.search(_before(ctx, m.start())):
        return None
    if m["wd"] and not _capitalised(m["wd"]):
        return None
    if ctx.anchor is None:
        return _hit(m, "DATE", None)
    resolved = cal.day_of_month(ctx.anchor, int(re.sub(r"\D", "", m["d"])), ctx.tense(m.start(), m.end()))
    if resolved is None:
        return None
    return _hit(m, "DATE", resolved.isoformat(), _weekday_flags(m["wd"], resolved))


def _day_range(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"10-12 September", "September 10 to 12": two dates, the first sharing the month of the second."""
    month = month_number(m["mon"])
    if month is None or not _capitalised(m["mon"]):
        return None
    d1, d2 = (int(re.sub(r"\D", "", m[g])) for g in ("d1", "d2"))
    if d1 >= d2:
        return None
    year = _year_for(m, ctx, month, d1)
    if year is None:
        return [(m.start("d1"), m.end("d1"), "DATE", None, []), (m.start("d2"), m.end(), "DATE", None, [])]
    try:
        first, second = date(year, month, d1), date(year, month, d2)
    except ValueError:
        return None
    if m.start("mon") < m.start("d1"):  # "September 10-12": the month goes with the first day
        return [(m.start(), m.end("d1"), "DATE", first.isoformat(), []),
                (m.start("d2"), m.end(), "DATE", second.isoformat(), [])]
    return [(m.start("d1"), m.end("d1"), "DATE", first.isoformat(), []),
            (m.start("d2"), m.end(), "DATE", second.isoformat(), [])]


def _iso(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        return _hit(m, "TIME", f"{day.isoformat()}T{m['h']}:{m['mi']}")
    return _hit(m, "DATE", day.isoformat())


def _numeric(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """14/9/2022 or 9/14/2022: resolved only when one number cannot be a month."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        return _hit(m, "DATE", None, ["ambiguous-day-month"])
    try:
        return _hit(m, "DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


def _month_year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    month = month_number(m["mon"])
    if month is None or not _capitalised(m["mon"]):
        return None
    return _hit(m, "DATE", f"{int(m['y']):04d}-{month:02d}")


def _bare_month(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = m["mon"]
    month = month_number(word)
    if month is None or not _capitalised(word):
        return None
    # "May" the modal, "March" the verb: bare, they need "in May", "since March"...
    if word.lower() in _LEX["ambiguous_months"] and not (m["mod"] or m["rel"]) and not MONTH_PREPOSITION.search(
        _before(ctx, m.start())
    ):
        return None
    if not (m["mod"] or m["rel"]) and _part_of_a_name(m, ctx):
        return None
    if ctx.anchor is None:
        return _hit(m, "DATE", None)
    rel = _relation(m["rel"]) or None
    year = cal.month_year(ctx.anchor, month, ctx.tense(m.start(), m.end()), rel)
    return _hit(m, "DATE", f"{year:04d}-{month:02d}")


def _night_between(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """ "in the night of Monday to Tuesday" (French "dans la nuit de lundi a mardi", Arabic and Russian wire copy
    alike): a night runs into the morning of its second day, the day such a report dates the act."""
    if not (_capitalised(m["wd1"]) and _capitalised(m["wd"])):
        return None
    first, second = weekday_number(m["wd1"]), weekday_number(m["wd"])
    if first is None or second is None or second != first % 7 + 1:
        return None
    if ctx.anchor is None:
        return _hit(m, "DATE", None)
    tense = ctx.tense(m.start(), m.end())
    direction = "ahead" if tense in ("future", "present") else "past"
    day = cal.weekday_date(ctx.anchor, first, direction) + timedelta(days=1)
    return _hit(m, "DATE", day.isoformat())


def _weekday(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if not _capitalised(m["wd"]):
        return None
    if not (m["mod"] or m["rel"] or m["pod"]) and _part_of_a_name(m, ctx):
        return None
    weekday = weekday_number(m["wd"])
    pod = _part_of_day(m["pod"])
    typ = "TIME" if pod else "DATE"
    if ctx.anchor is None or weekday is None:
        return _hit(m, typ, None)
    rel = _relation(m["rel"])
    if rel in ("last", "past", "previous"):
        direction = "before"
    elif rel in ("next", "coming"):
        direction = "future"
    elif rel == "this":
        direction = "this"
    else:
        # "Putin will meet Aliyev on Thursday", written on a Thursday, is that day, as "said on Thursday" is
        tense = ctx.tense(m.start(), m.end())
        direction = "ahead" if tense in ("future", "present") else "past"
    day = cal.weekday_date(ctx.anchor, weekday, direction)
    return _hit(m, typ, day.isoformat() + (f"T{pod}" if pod else ""))


def _relation(word: str | None) -> str:
    """"this past Sunday" means last Sunday."""
    rel = " ".join((word or "").lower().split())
    return "last" if rel == "this past" else rel


def _part_of_day(word: str | None) -> str | None:
    if not word:
        return None
    return _LEX["parts_of_day"].get(" ".join(word.lower().split()))


_DEICTIC_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}


def _deictic(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = " ".join(m["deic"].lower().split())
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, _DEICTIC_OFFSET.get(word, 0))
    pod = _part_of_day(m["pod"]) or ("NI" if word in ("tonight", "last night") else None)
    typ = "TIME" if pod else "DATE"
    if ctx.anchor is None:
        return _hit(m, typ, None)
    day = ctx.anchor + timedelta(days=offset)
    return _hit(m, typ, day.isoformat() + (f"T{pod}" if pod else ""), _weekday_flags(m["wd"], day))


def _this_part_of_day(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    pod = _part_of_day(m["pod"])
    rel = " ".join(m["rel"].lower().split())
    day = ctx.anchor if rel.endswith("this") else ctx.reference(m.start())
    return _hit(m, "TIME", f"{day.isoformat()}T{pod}" if day and pod else None)


def _holiday(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    key = " ".join(m["hol"].lower().replace("’", "'").split())
    month, day = _LEX["holidays"][key]
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor is None:
        return _hit(m, "DATE", None)
    else:
        rel = (m["rel"] or "").lower()
        stated: dict[str, cal.Tense] = {"last": "past", "next": "future"}
        tense = stated.get(rel) or ctx.tense(m.start(), m.end())
        year = ctx.anchor.year if rel == "this" else cal.day_month_year(ctx.anchor, month, day, tense)
    return _hit(m, "DATE", f"{year:04d}-{month:02d}-{day:02d}")


# --- weeks, months, years relative to the report ---------------------------------------------

_UNIT_CODE = {"week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "day": "D"}


def _unit_relative(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    unit = m["unit"].lower()
    if " ".join(m["rel"].lower().split()) == "this past" and unit not in ("weekend", "day", "quarter"):
        return _hit(m, "DURATION", "P1" + _UNIT_CODE.get(unit, unit[0].upper()))  # "this past week": a length
    rel = _relation(m["rel"])
    bare = rel.removeprefix("the ").strip()
    if rel == "the" and not m["mod"] and unit != "weekend":
        return None  # "the month" alone names nothing
    if rel in ("the past", "the last") and unit not in ("weekend", "day", "quarter"):
        return _hit(m, "DURATION", "P1" + _UNIT_CODE.get(unit, unit[0].upper()))
    if unit == "day":
        return _relative_day(m, ctx, bare)
    if ctx.anchor is None:
        return _hit(m, "DATE", None)
    if unit == "weekend":
        value = cal.weekend_value(ctx.anchor, bare if bare in ("last", "past", "previous", "next", "coming") else
                                  ("this" if bare == "this" else None), ctx.tense(m.start(), m.end()))
        return _hit(m, "DATE", value)
    if unit == "season":
        year, season = cal.current_season(ctx.anchor)
        return _hit(m, "DATE", f"{year}-{season}") if bare in ("this", "current") else None
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(bare, 0)
    base = ctx.anchor
    if bare in ("previous", "following", "same", "that"):
        granularity = {"week": 3, "month": 2}.get(unit, 1)
        base = ctx.reference(m.start(), granularity) or ctx.anchor
    return _hit(m, "DATE", cal.unit_value(base, _UNIT_CODE[unit], offset))


def _relative_day(m: re.Match[str], ctx: Context, rel: str) -> list[Hit] | None:
    """"the next day", "that day", "earlier in the day": days count from the last date mentioned."""
    offset = {"next": 1, "following": 1, "previous": -1, "same": 0, "that": 0, "": 0}.get(rel)
    if offset is None or (rel == "" and not m["mod"]):
        return None
    base = ctx.reference(m.start())
    if base is None and rel == "" and ctx.anchor is not None:
        base = ctx.anchor  # "earlier in the day" with no date yet: the news day
    return _hit(m, "DATE", (base + timedelta(days=offset)).isoformat() if base else None)


def _earlier_in(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    unit = m["unit"].lower()
    if unit == "day":
        base = ctx.reference(m.start()) or ctx.anchor
        return _hit(m, "DATE", base.isoformat() if base else None)
    return _hit(m, "DATE", cal.unit_value(ctx.anchor, _UNIT_CODE[unit]) if ctx.anchor else None)


def _season(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    season = _LEX["seasons"][m["season"].lower()]
    rel = _relation(m["rel"])
    if rel == "the" and not m["y"] and re.match(r"\s+of\b", ctx.text[m.end() :]):
        return None  # "the fall of Kabul"
    if not (rel or m["y"] or m["mod"] or SEASON_PREPOSITION.search(_before(ctx, m.start()))):
        return None
    if m["y"]:
        return _hit(m, "DATE", f"{m['y']}-{season}")
    if ctx.anchor is None:
        return _hit(m, "DATE", None)
    relation = rel if rel in ("last", "this", "next", "coming", "past", "previous") else None
    tense = ctx.tense(m.start(), m.end())
    return _hit(m, "DATE", cal.season_value(ctx.anchor, season, relation, tense))


def _year(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if (
        not m["mod"]
        and not TIME_PREPOSITION.search(_before(ctx, m.start(), 25))
        and not ctx.is_date_entity(m.start(), m.end())  # type: ignore[attr-defined]
    ):
        return None
    return _hit(m, "DATE", m["y"])


def _year_range(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"2009-10": two years, the second written short."""
    first = int(m["y"])
    second = first // 100 * 100 + int(m["y2"])
    if second <= first:
        return None
    y_end = m.start("y") + len(m["y"])
    return [(m.start(), y_end, "DATE", str(first), []), (m.start("y2"), m.end(), "DATE", str(second), [])]


def _decade(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if m["c"]:
        return _hit(m, "DATE", f"{m['c']}{m['d']}")
    century = "19" if int(m["d2"]) >= 3 else "20"  # "the '90s", "the '20s" read as this century
    return _hit(m, "DATE", f"{century}{m['d2']}")


def _century(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    n = ordinal_value(m["ord"])
    return _hit(m, "DATE", f"{n - 1:02d}") if n and 1 <= n <= 21 else None


def _quarter(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    ordw = m["ord"].lower()
    unit = m["unit"].lower()
    letter, count = ("Q", 4) if unit == "quarter" else ("H", 2)
    n = count if ordw == "final" else ordinal_value(ordw)
    if ordw == "last" and not (m["y"] or m["rel"]):
        return _hit(m, "DATE", cal.unit_value(ctx.anchor, letter, -1) if ctx.anchor else None)
    if ordw == "last":
        n = count
    if not n or n > count:
        return None
    if m["y"]:
        return _hit(m, "DATE", f"{m['y']}-{letter}{n}")
    if ctx.anchor is None:
        return _hit(m, "DATE", None)
    rel = (m["rel"] or "").lower()
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel:
        current = cal.quarter_of(ctx.anchor) if letter == "Q" else (ctx.anchor.month - 1) // 6 + 1
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and n > current:
            year -= 1
    return _hit(m, "DATE", f"{year}-{letter}{n}")


def _q_code(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    year = m["y"] or (str(ctx.anchor.year) if ctx.anchor else None)
    return _hit(m, "DATE", f"{year}-{m['l'].upper()}{m['q']}" if year else None)


def _year_end(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    return _hit(m, "DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else None)


def _year_ago(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    """"the year-earlier period": business news compares with the same period a year before the report."""
    return _hit(m, "DATE", f"{ctx.anchor.year - 1:04d}" if ctx.anchor else None)


def _fiscal(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
    return _hit(m, "DATE", f"FY{year}")


# --- durations, sets, vague references ------------------------------------------------------


def _unit_code(word: str) -> tuple[str, bool, int]:
    """(TIMEX3 letter, needs T, multiplier) for a unit word; fortnight is two weeks."""
    key = word.lower().rstrip("s").replace("centurie", "century")
    if key == "fortnight":
        return "W", False, 2
    letter, is_time = _LEX["units"][key]
    return letter, bool(is_time), 1


def _duration_value(n: float | None, unit_word: str) -> str:
    letter, is_time, mult = _unit_code(unit_word)
    amount = "X" if n is None else f"{n * mult:g}"
    return f"P{'T' if is_time else ''}{amount}{letter}"


PLURAL_CONTEXT = re.compile(
    r"\b(?:for|over|within|in|after|lasting|lasted|last|took|take|takes|spent|spend|waited|wait)\s+$", re.IGNORECASE
)
ARTICLE_NUMBERS = ("few", "couple of", "number of")  # "a few days": the article belongs to the number


def _duration(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if m["unit"][:1].isupper():
        return None  # "the Six-Day War"
    unit = m["unit"].lower()
    plural = unit.endswith("s") or unit == "centuries"
    n_word, det = m["n"], (m["det"] or "").lower()
    rel = (m["rel"] or "").lower()
    start = m.start()
    if rel and not det:
        if not n_word:
            return None  # "last week" is a date, "will last hours" a verb
        start = m.start("n")
    if n_word is None and not rel:
        if det in ("a", "an") and not plural:
            n_word = det
        elif not (plural and PLURAL_CONTEXT.search(_before(ctx, m.start()))):
            return None
    if (rel in ("first", "final") and not m["n"]) or (
        not n_word and (unit == "day" or rel in ("next", "coming", "following"))
    ):
        return None  # "the first day", "the last day": an ordinal day, not a length
    if unit.startswith("second") and not plural and (n_word or "").lower() in ("a", "an", "one"):
        return None  # "a second attack"
    hyphenated = bool(m["n"]) and ctx.text[m.end("n") : m.end("n") + 1] == "-"
    if m["n"] and (hyphenated and not rel or det in ("a", "an")) and (
        " ".join(m["n"].lower().split()) not in ARTICLE_NUMBERS
    ):
        start = m.start("n")  # "a 23-year-old", "the three-month truce": the article is not part of it
    if m["approx"]:
        start = m.start()  # "almost two years": TimeML keeps the modifier inside the expression
    n = number_value(n_word) if n_word else (1 if not plural else None)
    return [(start, m.end(), "DURATION", _duration_value(n, unit), [])]


# A fraction of a unit is written in the next finer unit: "half a century" -> P50Y, "half an hour" -> PT30M.
_FINER = {"century": (100, "Y", False), "decade": (10, "Y", False), "year": (12, "M", False),
          "month": (30, "D", False), "week": (7, "D", False), "day": (24, "H", True), "hour": (60, "M", True)}
_FRACTION = {"quarter": 0.25, "half": 0.5, "third": 1 / 3}


def _fraction(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    size, letter, is_time = _FINER[m["unit"].lower()]
    amount = size * _FRACTION[m["frac"].lower()]
    if m["whole"]:
        whole = number_value(m["whole"])
        if whole is None:
            return None
        amount += whole * size
    if amount != int(amount):
        return None
    return _hit(m, "DURATION", f"P{'T' if is_time else ''}{int(amount)}{letter}")


def _ago(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    if m["n"] is None:
        if not m["unit"].lower().endswith("s"):
            return None
        direction = m["dir"].lower()
        if direction == "ago":
            return _hit(m, "DATE", "PAST_REF")
        return _hit(m, "DATE", None) if direction in ("earlier", "later") else None
    n = number_value(m["n"])
    direction = " ".join(m["dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier") else 1
    if n is None:
        return _hit(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    letter, is_time, mult = _unit_code(m["unit"])
    granularity = {"D": 3, "W": 3, "M": 2}.get(letter, 1)
    relative = direction not in ("ago", "from now", "hence")
    base = (ctx.reference(m.start(), granularity) if relative else None) or ctx.anchor
    if relative and sign > 0 and ctx.reference(m.start(), granularity) is None:
        # "seized in January; they were freed two weeks later": "later" counts from a narrated day, never from the
        # publication day (that would date a past act in the future); with no such day the text gives no date
        return _hit(m, "DATE", None)
    amount = sign * n * mult
    if is_time or base is None or amount != int(amount):  # "1.5 years ago" names no calendar unit
        return _hit(m, "TIME" if is_time else "DATE", None)
    return _hit(m, "DATE", cal.shift(base, int(amount), letter))


_SET_UNIT = {"D": "P1D", "W": "P1W", "M": "P1M", "Y": "P1Y", "H": "PT1H", "DE": "P10Y", "CE": "P100Y"}


def _set(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    x = m["x"].lower()
    n_word = (m["n"] or "").lower()
    if weekday_number(x):
        return _hit(m, "SET", f"XXXX-WXX-{weekday_number(x)}")
    if month_number(x):
        return _hit(m, "SET", f"XXXX-{month_number(x):02d}")
    if x in _LEX["seasons"]:
        return _hit(m, "SET", f"XXXX-{_LEX['seasons'][x]}")
    if x in _LEX["parts_of_day"]:
        return _hit(m, "SET", f"XXXX-XX-XXT{_LEX['parts_of_day'][x]}")
    if x in ("season", "quarter"):
        return _hit(m, "SET", "P3M")
    n = 2 if n_word == "other" else (number_value(n_word) if n_word else 1)
    return _hit(m, "SET", _duration_value(n, x))


def _frequency(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    return _hit(m, "SET", _duration_value(1, m["unit"]))


def _frequency_adverb(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    word = m.group(0)
    if not word.islower():
        return None  # "the Daily Telegraph"
    return _hit(m, "SET", _LEX["frequency_adverbs"][word])


def _plural_weekday(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    return _hit(m, "SET", f"XXXX-WXX-{weekday_number(m['wds'][:-1])}") if _capitalised(m["wds"]) else None


_REFERENCE_VALUE = {
    " ".join(phrase.split()): value for value, phrases in _LEX["references"].items() for phrase in phrases
}


def _reference(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    phrase = " ".join(m.group(0).lower().split())
    after = ctx.text[m.end() : m.end() + 12]
    if phrase in ("the future", "the past") and re.match(r"\s+of\b", after):
        return None  # "the future of the talks"
    if phrase in ("shortly", "soon") and re.match(r"\s+(?:after|before|afterwards)\b", after):
        return None
    return _hit(m, "DATE", _REFERENCE_VALUE[phrase])


# --- clock times ----------------------------------------------------------------------------

_HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 12}


def _clock(m: _Groups, ctx: Context) -> list[Hit] | None:
    """Only the time of day here; the finder attaches it to its day afterwards."""
    d = m.groupdict()
    if noon := d.get("noon"):
        hhmm = "12:00" if noon.lower() in ("noon", "midday") else "24:00"
        return _hit(m, "TIME", f"T{hhmm}")
    if word := d.get("hw"):
        hour = _HOUR_WORDS[word.lower()]
        pod = (d.get("pod") or "").lower()
        if pod in ("afternoon", "evening", "night") and hour < 12 and not (pod == "night" and hour < 5):
            hour += 12
        return _hit(m, "TIME", f"T{hour:02d}:00")
    hour, minute = int(d["h"] or 0), int(d.get("mi") or 0)  # every other branch of CLOCK has an hour
    ampm = (d.get("ap") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return _hit(m, "TIME", f"T{hour:02d}:{minute:02d}")


TZ = r"(?:\s+(?:local\s+time|\(?(?-i:GMT|UTC)(?:\s*[+-]\s*\d{1,2})?\)?|\(?(?-i:[ECMP][SD]T|[A-Z]{2,3}T)\)?))"
CLOCK = (
    rf"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)"
    rf"|(?<=\bat\s)(?P<h24>[01]?\d|2[0-3])[:.h](?P<mi24>[0-5]\d)(?:\s*(?:hours|hrs|h)\b)?"
    rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s*(?:hours\b|hrs\b|GMT|UTC|local\s+time))(?:\s*(?:hours|hrs))?"
    rf"|(?P<h_tz>[01]?\d|2[0-3])[:.](?P<mi_tz>[0-5]\d)(?={TZ})"
    rf"|(?P<hw>{'|'.join(_HOUR_WORDS)})(?:\s+o['’]clock)?\s+(?:in\s+the|at)\s+(?P<pod>morning|afternoon|evening|night)"
    rf"|(?P<hw2>{'|'.join(_HOUR_WORDS)})\s+o['’]clock"
    rf"|(?P<noon>noon|midnight))"
    rf"{TZ}?"
)


def _clock_normalise(m: re.Match[str], ctx: Context) -> list[Hit] | None:
    d = m.groupdict()
    if d.get("h24"):
        d["h"], d["mi"] = d["h24"], d["mi24"]
    elif d.get("h4"):
        d["h"], d["mi"] = d["h4"], d["mi4"]
    elif d.get("h_tz"):
        d["h"], d["mi"] = d["h_tz"], d["mi_tz"]
    elif d.get("hw2"):
        d["hw"] = d["hw2"]
    return _clock(_DictMatch(m, d), ctx)


class _DictMatch:
    """A match whose groups were renamed, so `_clock` reads one set of names."""

    def __init__(self, m: re.Match[str], groups: dict[str, str | None]) -> None:
        self._m, self._groups = m, groups

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


# --- the rule table --------------------------------------------------------------------------

HOLIDAY = alternation(_LEX["holidays"])
ORD_WORDS = alternation(_LEX["ordinals"])

RULES: tuple[Rule, ...] = (
    Rule("iso", _c(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                   r"(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?"), _iso),
    Rule("numeric", _c(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)"), _numeric),
    Rule("dmy", _c(rf"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH_ANY})"
                   rf"(?:,?\s+(?P<y>{YEAR}))?"), _full_date),
    Rule("mdy", _c(rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?"),
         _full_date),
    Rule("ordinal_day", _c(rf"(?:(?P<wd>{WD}),?\s+)?the\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"),
         _ordinal_day),
    Rule("day_range", _c(rf"(?P<d1>{DAYNUM})\s*(?:-|–|to|and)\s*(?P<d2>{DAYNUM})\s+(?P<mon>{MONTH_ANY})"
                         rf"(?:,?\s+(?P<y>{YEAR}))?"), _day_range),
    Rule("day_range_mdy", _c(rf"(?P<mon>{MONTH_ANY})\s+(?P<d1>{DAYNUM})\s*(?:-|–|to|and)\s*(?P<d2>{DAYNUM})"
                             rf"(?:,?\s+(?P<y>{YEAR}))?"), _day_range),
    Rule("month_year", _c(rf"{MOD}(?P<mon>{MONTH_ANY})(?:\s+of)?,?\s+(?P<y>{YEAR})"), _month_year),
    Rule("deictic", _c(rf"{MOD}(?P<deic>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|"
                       rf"today|tomorrow|tonight|last\s+night)(?:\s+(?:in\s+the\s+)?(?P<pod>{POD}))?"
                       rf"(?:,?\s+\(?(?P<wd>{WD})\)?)?"), _deictic),
    Rule("this_pod", _c(r"(?P<rel>(?:(?:early|late|earlier|later)\s+)?this|that|the\s+same)\s+"
                        r"(?P<pod>morning|afternoon|evening|night)"), _this_part_of_day),
    Rule("night_between", _c(rf"(?:the\s+)?night\s+(?:of|from|between)\s+(?P<wd1>{WD})\s+(?:to|and|into)\s+"
                             rf"(?P<wd>{WD})"), _night_between),
    Rule("weekday", _c(rf"{MOD}(?:(?P<rel>{REL})\s+)?(?P<wd>{WD})(?:\s+(?P<pod>{POD}))?"), _weekday),
    Rule("month", _c(rf"{MOD}(?:(?P<rel>{REL})\s+)?(?P<mon>{MONTH_BARE})"), _bare_month),
    Rule("holiday", _c(rf"(?:(?P<rel>last|this|next)\s+)?(?P<hol>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?"), _holiday),
    Rule("unit_rel", _c(rf"{MOD}(?P<rel>the\s+(?:past|last|next|coming|previous|following|same|current)|"
                        rf"{REL}|current|following|same|that|the)\s+"
                        r"(?P<unit>week|weekend|month|year|quarter|season|decade|century|day)"), _unit_relative),
    Rule("earlier_in", _c(r"(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year)"),
         _earlier_in),
    Rule("season", _c(rf"{MOD}(?:(?P<rel>{REL}|the)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"),
         _season),
    Rule("year_range", _c(rf"(?P<y>{YEAR})\s*[-–/]\s*(?P<y2>\d\d)"), _year_range),
    Rule("year", _c(rf"{MOD}(?P<y>{YEAR})"), _year),
    Rule("decade", _c(rf"(?:the\s+)?{MOD}(?:(?P<c>1[6-9]|20)(?P<d>\d)0|['’](?P<d2>\d)0)['’]?s"), _decade),
    Rule("century", _c(rf"(?:the\s+)?{MOD}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORD_WORDS})[\s-]+century"), _century),
    Rule("quarter", _c(rf"(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
                       rf"(?:fiscal\s+)?(?P<unit>quarter|half)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})|"
                       r"(?P<rel>this|last|next|the)\s+year))?"), _quarter),
    Rule("q_code", re.compile(rf"(?<![\w-])(?P<l>[QH])(?P<q>[1-4])(?:\s+(?P<y>{YEAR}))?(?![\w-])"), _q_code),
    Rule("year_ago", _c(r"year[\s-](?:earlier|ago)(?=\s+(?:period|quarter|level|month|week|figure|result)s?\b)"),
         _year_ago),
    Rule("year_end", _c(r"(?:the\s+)?year[\s-]end"), _year_end),
    Rule("fiscal", _c(rf"(?:fiscal(?:\s+year)?\s+|FY\s*['’]?)(?P<y>{YEAR}|\d\d)"), _fiscal),
    Rule("ago", _c(rf"{APPROX}(?:(?P<n>{NUM})[\s-]+)?(?P<unit>{UNIT})\s+"
                   r"(?P<dir>ago|earlier|later|from\s+now|hence)"), _ago),
    Rule("set", _c(rf"(?P<q>every|each)\s+(?:(?P<n>other|{NUM})\s+)?(?P<x>{UNIT}|{WD_FULL}|{POD}|{SEASON}|"
                   rf"{MONTH_FULL}|season|quarter)"), _set),
    Rule("frequency", _c(rf"(?:once|twice|thrice|{NUM}\s+times)\s+(?:a|an|per|each|every)\s+"
                         rf"(?P<unit>second|minute|hour|day|week|month|year)"), _frequency),
    Rule("frequency_adverb", _c(alternation(_LEX["frequency_adverbs"])), _frequency_adverb),
    Rule("plural_weekday", _c(rf"(?P<wds>(?:{WD_FULL})s)"), _plural_weekday),
    Rule("fraction", _c(rf"{APPROX}(?:(?:a|an|one)\s+)?(?P<frac>quarter|half|third)\s+(?:of\s+)?(?:a|an)\s+"
                        r"(?P<unit>century|decade|year|month|week|day|hour)(?P<whole>)"), _fraction),
    Rule("and_a_half", _c(rf"{APPROX}(?P<whole>{NUM})\s+(?P<unit>century|decade|year|month|week|day|hour)s?\s+and\s+"
                          r"a\s+(?P<frac>half|quarter)"), _fraction),
    Rule("reference", _c(alternation(list(_REFERENCE_VALUE))), _reference),
    Rule("duration", _c(rf"{APPROX}(?:(?P<det>the|a|an)\s+)?(?:(?P<rel>past|last|next|coming|previous|following|first|"
                        rf"final)\s+)?(?:(?P<n>{NUM})[\s-]+)?(?P<unit>{UNIT})(?:-long|-old)?"), _duration),
    Rule("clock", _c(CLOCK), _clock_normalise),
)
PRIORITY = {rule.name: i for i, rule in enumerate(RULES)}
