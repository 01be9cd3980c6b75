"""Find and normalise every time expression of a parsed report."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from flashpoint.model import Timex
from flashpoint.nlp import text_of
from flashpoint.timex.calendar import Tense
from flashpoint.timex.rules import PRIORITY, RULES, Hit, Rule

FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca"})
PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'ve", "’ve", "'d", "’d"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
# "plans to meet on Friday": the infinitive under these verbs is still to come.
FUTURE_GOVERNORS = frozenset({
    "go", "plan", "expect", "schedule", "due", "set", "intend", "hope", "aim", "want", "agree", "promise",
    "vow", "pledge", "prepare", "decide", "threaten", "propose", "hold", "be",
})  # fmt: skip
# "called a general strike for Monday", "a vote set for Friday": a date after "for" on these is a schedule.
SCHEDULING_VERBS = frozenset({
    "call", "schedule", "set", "plan", "slate", "announce", "postpone", "delay", "fix", "convene", "summon",
    "move", "push", "reschedule",
})  # fmt: skip
# Expressions counted from another date never serve as the reference for the next one, so
# "a year earlier ... a year earlier" does not drift back a year at each step.
CHAINED_RULES = frozenset({"ago", "year_ago", "unit_rel", "earlier_in", "this_pod"})
DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_VALUE = re.compile(r"^(\d{4})$")


def _span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def clause_tense(doc: Doc, start: int, end: int) -> Tense:
    """Tense of the clause an expression sits in, read off the verb that governs it."""
    span = _span(doc, start, end)
    if span is None:
        return None
    if span.start > 0 and doc[span.start - 1].lower_ == "since":
        return "past"
    if span.start > 0 and _scheduled_for(doc[span.start - 1]):
        return "future"
    tok, via_noun = span.root, False
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            break
        if tok.head.i == tok.i:
            break
        if tok.pos_ in ("NOUN", "PROPN") and not (span.start <= tok.i < span.end):
            via_noun = True  # "the attack on Monday kills...": the noun's time is not the verb's
        tok = tok.head
    return verb_tense(tok, via_noun)


def _scheduled_for(prep: Token) -> bool:
    """ "called a general strike for Monday", "the vote was set for Friday": "for" hung on a scheduling verb
    or on that verb's object."""
    if prep.lower_ != "for":
        return False
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head
    return head.lemma_.lower() in SCHEDULING_VERBS


def verb_tense(verb: Token, via_noun: bool = False, depth: int = 0) -> Tense:
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not auxes and verb.dep_ == "conj" and verb.tag_ == "VB" and depth < 3:
        return verb_tense(verb.head, via_noun, depth + 1)  # "will debate ... and vote on Thursday"
    if auxes & FUTURE_AUX:
        return "future"
    if "to" in auxes and depth < 3 and verb.head.i != verb.i:
        if verb.head.lemma_ in FUTURE_GOVERNORS:
            return "future"
        return verb_tense(verb.head, via_noun, depth + 1)
    if auxes & MODALS and verb.tag_ == "VB" and "have" not in auxes:
        return "future"
    if verb.tag_ == "VBN" and auxes & PRESENT_BE and not auxes & PAST_AUX:
        return "present"  # "are scheduled for November", "is expected by Christmas"
    if verb.tag_ in ("VBD", "VBN") or auxes & PAST_AUX:
        return "past"
    if verb.tag_ == "VBP" and verb.pos_ == "VERB" and not auxes and verb.lower_ != verb.lemma_.lower():
        # a present plural has its lemma's own form: another form tagged so is a past the tagger took for a present
        # ("troops retook the base on Thursday", its lemma "retake" set right by the lemma table)
        return "past"
    if verb.tag_ == "VBG" and auxes & PRESENT_BE:
        return "future"  # "are meeting on Friday": a scheduled act
    if verb.tag_ in ("VBZ", "VBP"):
        return None if via_noun else "present"
    return None


def value_date(value: str | None) -> tuple[date, int] | None:
    """(first day, granularity 3=day 2=month 1=year) of a value: the reference for "the next day"."""
    if not value:
        return None
    for pattern, parts in ((DAY_VALUE, 3), (MONTH_VALUE, 2), (YEAR_VALUE, 1)):
        m = pattern.match(value)
        if m:
            nums = [int(g) for g in m.groups()] + [1] * (3 - parts)
            try:
                return date(nums[0], nums[1], nums[2]), parts
            except ValueError:
                return None
    return None


class _Context:
    """What a rule may ask about the text around its match."""

    def __init__(self, doc: Doc, anchor: date | None) -> None:
        self.doc, self.text, self.anchor = doc, text_of(doc), anchor
        self.resolved: list[tuple[int, date, int]] = []
        self._tenses: dict[tuple[int, int], Tense] = {}

    def tense(self, start: int, end: int) -> Tense:
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = clause_tense(self.doc, start, end)
        return self._tenses[key]

    def reference(self, start: int, granularity: int = 3) -> date | None:
        """The last date mentioned before `start` that is at least as fine as `granularity` (3 = day)."""
        for s, d, g in reversed(self.resolved[: bisect_left(self.resolved, (start,), key=lambda r: r[:1])]):
            if s < start and g >= granularity:
                return d
        return None

    def is_date_entity(self, start: int, end: int) -> bool:
        span = _span(self.doc, start, end)
        return span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span)


# A run of this many non-space characters (a URL, a hash, a hostile separator run) holds no time expression.
_OPAQUE_RUN = re.compile(r"\S{64,}")


def _searchable(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` between opaque runs: every rule scans each character of what it is given,
    so an 80 KB token would cost the rules far more than it costs the parser."""
    stretches, start = [], 0
    for m in _OPAQUE_RUN.finditer(text):
        stretches.append((start, m.start()))
        start = m.end()
    stretches.append((start, len(text)))
    return [(a, b) for a, b in stretches if b > a]


def _candidates(text: str) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    stretches = _searchable(text)
    for rule in RULES:
        for pos, endpos in stretches:
            for m in rule.pattern.finditer(text, pos, endpos):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), PRIORITY[rule.name], rule, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    return found


def _select(text: str, ctx: _Context) -> list[tuple[Rule, re.Match[str]]]:
    """Longest valid matches first; a rejected match leaves room for a shorter one."""
    taken: list[tuple[int, int]] = []  # chosen spans, sorted and never overlapping
    chosen: list[tuple[Rule, re.Match[str]]] = []
    for start, end, _, rule, m in _candidates(text):
        i = bisect_left(taken, (start, start))
        if (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start):
            continue
        if rule.normalise(m, ctx):
            taken.insert(i, (start, end))
            chosen.append((rule, m))
    chosen.sort(key=lambda c: c[1].start())
    return chosen


def _attach_clock(hits: list[Hit], doc: Doc, anchor: date | None) -> list[Hit]:
    """Give a bare clock time ("at 20:00 GMT") the day its sentence talks about."""
    out: list[Hit] = []
    for i, (start, end, typ, value, flags) in enumerate(hits):
        if typ == "TIME" and value and value.startswith("T"):
            day = _day_for_clock(hits, i, doc, anchor)
            value = day + value if day else None
        out.append((start, end, typ, value, flags))
    return out


CLOCK_TO_DAY = re.compile(r"^\s*(?:,\s*)?(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


def _day_for_clock(hits: list[Hit], i: int, doc: Doc, anchor: date | None) -> str | None:
    """The day-precise expression nearest to the clock time in its sentence ("noon on Monday",
    "Tuesday at 8 p.m."), else the publication day."""
    start, end = hits[i][0], hits[i][1]
    span = _span(doc, start, end)
    sent = span.sent if span is not None else None
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (0, len(text_of(doc)))
    best: tuple[int, str] | None = None
    for j, (s, e, _, value, _) in enumerate(hits):
        if j == i or not (lo <= s < hi) or not value or not DAY_VALUE.match(value):
            continue
        gap = text_of(doc)[end:s] if s >= end else text_of(doc)[e:start]
        distance = 0 if CLOCK_TO_DAY.match(gap) or gap.strip().lower() in ("at", "at about", "around") else len(gap)
        if best is None or distance < best[0]:
            best = (distance, value[:10])
    if best is not None:
        return best[1]
    return anchor.isoformat() if anchor else None


PART_OF_DAY_OF = re.compile(r"(?:\bthe\s+)?(?:(?:early|late)\s+)?\b(morning|afternoon|evening|night)\s+of\s+$",
                            re.IGNORECASE)
POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _absorb_part_of_day(hits: list[Hit], text: str) -> list[Hit]:
    """"the morning of 14 September" is one TIME expression: 2022-09-14TMO."""
    out: list[Hit] = []
    for start, end, typ, value, flags in hits:
        m = PART_OF_DAY_OF.search(text, max(0, start - 30), start)
        free = not out or out[-1][1] <= (m.start() if m else start)
        if m and free and typ == "DATE" and value and DAY_VALUE.match(value) and len(value) == 10:
            out.append((m.start(), end, "TIME", f"{value}T{POD_CODE[m.group(1).lower()]}", flags))
        else:
            out.append((start, end, typ, value, flags))
    return out


def find_timexes(doc: Doc, anchor: date | None, article_id: str | None = None) -> list[Timex]:
    """Every time expression in `doc`, in text order, non-overlapping, normalised to TIMEX3.

    `anchor` is the publication date; without it, expressions that need it get value None.
    """
    if isinstance(anchor, datetime):  # a publication timestamp: only its calendar day matters
        anchor = anchor.date()
    ctx = _Context(doc, anchor)
    hits: list[Hit] = []
    for rule, m in _select(text_of(doc), ctx):
        for hit in rule.normalise(m, ctx) or []:
            hits.append(hit)
            known = value_date(hit[3]) if hit[2] in ("DATE", "TIME") and rule.name not in CHAINED_RULES else None
            if known is not None:
                ctx.resolved.append((hit[0], *known))
    hits = _attach_clock(_absorb_part_of_day(hits, text_of(doc)), doc, anchor)
    anchor_iso = anchor.isoformat() if anchor else None
    return [
        Timex(text=text_of(doc)[s:e], start=s, end=e, type=t, value=v, anchor=anchor_iso, article=article_id,
              flags=list(f))
        for s, e, t, v, f in hits
    ]
