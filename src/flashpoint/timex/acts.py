"""When an act happened: the calendar span of an event trigger, from the report's time expressions.

`event_date` (attach.py) picks the expression that modifies a clause. This module adds what an event
needs on top, once per report (`ActDater`): which expressions may date a noun ("after the 2020 war"
bounds an act rather than dates it; "the war in 1994" dates only the war), perfects ("said on Tuesday
it had captured the town": Tuesday dates the saying), the paragraph's day for undated simple-past acts,
and the publication date for news of the day, never for history, plans or nouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from flashpoint.model import TimeSpan, Timex
from flashpoint.nlp import sent_of, text_of
from flashpoint.nlp.paragraphs import stamped_line
from flashpoint.timex.attach import event_date
from flashpoint.timex.lexicon import lexicon
from flashpoint.timex.span import timex_to_span

_CORE = {"nsubj", "nsubjpass", "dobj", "attr", "conj"}
_UNDATED_STATUSES = {"planned", "hypothetical", "negated"}


@dataclass(frozen=True)
class Act:
    """What the dating rules need to know of one event trigger."""

    token: Token  # the trigger word
    light_verb: Token | None  # "held" of "held talks": the verb that carries tense and clause
    is_noun: bool
    background: bool = False  # a noun that often names past wars: never the publication date
    presupposed: bool = False  # a noun told as given ("will discuss the recent clashes")

    @property
    def anchor(self) -> Token:
        return self.light_verb or self.token


class ActDater:
    """Dates the acts of one report. `acts` maps the token index of every trigger to whether it is a noun."""

    def __init__(self, doc: Doc, timexes: list[Timex], published: date | None, acts: dict[int, bool]) -> None:
        words = lexicon()["act_dating"]
        self.bounding = frozenset(words["bounding"])
        self.open_bounds = frozenset(words["open_bounds"])
        self.date_preps = frozenset(words["date_preps"])
        self.perfect_aux = frozenset(words["perfect_aux"])
        self.doc = doc
        self.published = published
        self.acts = acts
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self._starts = [t.start for t in self.timexes]
        self._roots: dict[tuple[int, int], Token | None] = {}
        self._line_breaks: list[int] | None = None

    # -- lookups -----------------------------------------------------------------------------------
    def _breaks(self) -> list[int]:
        """Offsets of the line breaks, with -1 first: a paragraph starts after each."""
        if self._line_breaks is None:
            text = text_of(self.doc)
            self._line_breaks = [-1, *(m.start() for m in re.finditer("\n", text))]
        return self._line_breaks

    def _between(self, start: int, end: int) -> list[Timex]:
        """Expressions that start in [start, end): found by bisection, so a long report stays linear."""
        return self.timexes[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def _sentence(self, tok: Token) -> list[Timex]:
        sent = sent_of(tok)
        return self._between(sent.start_char, sent.end_char)

    def _root(self, tx: Timex) -> Token | None:
        """The head token of a time expression (looked up once per expression and report)."""
        key = (tx.start, tx.end)
        if key not in self._roots:
            span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            self._roots[key] = span.root if span is not None and len(span) else None
        return self._roots[key]

    # -- which expressions may date an act ----------------------------------------------------------
    def _governing_verb(self, tok: Token) -> Token | None:
        """The verb whose date a noun trigger shares: it is that verb's subject or object, or sits
        in "in/during/amid" under it; "after the clashes" or "since the war" share nothing."""
        cur = tok
        while cur.dep_ == "conj":
            cur = cur.head
        if cur.dep_ in _CORE and cur.head.pos_ in {"VERB", "AUX"}:
            return cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ in self.date_preps:
            verb = cur.head.head
            return verb if verb.pos_ in {"VERB", "AUX"} else None
        return None

    def _owning_noun(self, tx: Timex) -> int | None:
        """The noun trigger an expression belongs to, as in "the 2020 war" or "the war in 1994"."""
        cur = self._root(tx)
        for _ in range(4):
            if cur is None or cur.head.i == cur.i or cur.head.pos_ in {"VERB", "AUX"}:
                return None
            cur = cur.head
            if self.acts.get(cur.i):
                return cur.i
        return None

    def _path_clear(self, root: Token, trig: Token) -> bool:
        """The expression reaches the trigger without passing another act or a bounding word
        ("the confrontations ... since the war in 2020": 2020 dates the war, not the confrontations)."""
        cur = root
        while cur.i != trig.i and cur.head.i != cur.i:
            cur = cur.head
            if cur.i != trig.i and (cur.i in self.acts or cur.lower_ in self.bounding):
                return False
        return cur.i == trig.i

    def _usable(self, act: Act) -> list[Timex]:
        usable = []
        text = text_of(self.doc)
        for tx in self._sentence(act.token):
            before = text[max(0, tx.start - 12) : tx.start].lower().split()
            if before and before[-1] in self.bounding - self.open_bounds:
                continue
            owner = self._owning_noun(tx)
            if owner is None or owner == act.token.i:
                usable.append(tx)
        if not act.is_noun or act.light_verb is not None:
            return usable
        mine = [tx for tx in usable if (r := self._root(tx)) is not None and self._path_clear(r, act.token)]
        verb = None if act.presupposed else self._governing_verb(act.token)
        if mine or verb is None:
            return mine
        return [tx for tx in usable
                if (r := self._root(tx)) is not None and _first_verb(r) == verb.i and self._path_clear(r, verb)]

    def _perfect(self, tok: Token) -> bool:
        """ "has called", "had captured": a perfect tells that it happened, not when."""
        return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ in self.perfect_aux for c in tok.children)

    # -- the date ----------------------------------------------------------------------------------
    def date(self, act: Act, status: str) -> TimeSpan | None:
        """The act's span; the publication date only for finite news of the day; None when nothing dates it."""
        anchor = act.anchor
        timexes = self._usable(act)
        if self._perfect(anchor):  # "said on Tuesday it had captured the town": Tuesday dates the saying
            timexes = [tx for tx in timexes if (r := self._root(tx)) is not None and _first_verb(r) == anchor.i]
        span = event_date(self.doc, anchor, timexes, self.published)
        if span is None and act.light_verb is not None:
            span = event_date(self.doc, act.token, timexes, self.published)
        if span is not None or self.published is None:
            return span
        if status in _UNDATED_STATUSES or act.background:
            return None
        day = self.published.isoformat()
        if stamped_line(self.doc, anchor.idx) is not None and not self._in_background(act.token):
            # a live-blog entry's own hour dates what it tells ("14:05 GMT - Explosions in Kyiv"), as the
            # timestamp the parser no longer reads did
            return TimeSpan(start=day, end=day, precision="day", text=None)
        if act.is_noun:
            return None
        finite = anchor.tag_ in {"VBD", "VBZ", "VBP"} or (anchor.tag_ == "VBN" and not self._perfect(anchor) and any(
            c.dep_ == "auxpass" for c in anchor.children
        ))
        if self._in_background(act.token) or not finite or _relative(anchor):
            return None  # "Qatar and Egypt, which mediated the agreement": told as known, not as news of the day
        return self._narrative_date(act.token) or TimeSpan(start=day, end=day, precision="day", text=None)

    def undated_reason(self, act: Act) -> str:
        """Why `date` found nothing: a relative expression ("on Tuesday", "Sept 15") governs the act but
        cannot be placed on the calendar without the publication date, or no expression governs it."""
        if self.published is None and any(tx.type in ("DATE", "TIME") and timex_to_span(tx) is None
                                          for tx in self._usable(act)):
            return "its date is relative and cannot be resolved without a publication date"
        return "no time expression governs this act"

    def dates_own_clause(self, verb: Token) -> bool:
        """A time expression hangs on the verb itself ("which has fought the army since 2023")."""
        return any((r := self._root(tx)) is not None and _first_verb(r) == verb.i for tx in self._sentence(verb))

    def statement_date(self, verb: Token | None) -> TimeSpan | None:
        """When something was said: an expression of the verb of saying's own clause ("said on Tuesday it
        would send troops next week": Tuesday), else the publication day; never the date of what is said."""
        if verb is not None and self._perfect(verb):  # "has pledged": when is not told
            return None
        if verb is not None:
            own = [tx for tx in self._sentence(verb) if (r := self._root(tx)) is not None and _first_verb(r) == verb.i]
            span = event_date(self.doc, verb, own, self.published) if own else None
            if span is not None:
                return span
        if self.published is None:
            return None
        day = self.published.isoformat()
        return TimeSpan(start=day, end=day, precision="day", text=None)

    def _narrative_date(self, tok: Token) -> TimeSpan | None:
        """An undated act told in the simple past after a dated one in the same paragraph happened on
        that day ("Protesters clashed with police on Tuesday. Police detained 11 people.")."""
        sent = sent_of(tok)
        breaks = self._breaks()
        para_start = breaks[bisect_left(breaks, sent.start_char) - 1] + 1 if breaks else 0
        for tx in reversed(self._between(para_start, sent.start_char)):
            if tx.type != "DATE":
                continue
            span = timex_to_span(tx)
            if span is None or span.precision != "day" or span.start is None or self.published is None:
                continue
            if 0 <= (self.published - date.fromisoformat(span.start[:10])).days <= 7:
                return TimeSpan(start=span.start, end=span.end, precision="day", text=tx.text, value=tx.value,
                                char_start=tx.start, char_end=tx.end)
            return None
        return None

    def _in_background(self, tok: Token) -> bool:
        """A sentence that names an earlier year is history, not news of the day."""
        year = self.published.year if self.published else None
        return year is not None and any(
            tx.value and tx.value[:4].isdigit() and int(tx.value[:4]) < year for tx in self._sentence(tok)
        )


def _relative(verb: Token) -> bool:
    """A verb of a relative clause or a reduced relative ("the rebels, who seized the town", "drones launched by")."""
    return verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"})


def _first_verb(tok: Token) -> int | None:
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return cur.i if cur.pos_ in {"VERB", "AUX"} else None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.i
    return None
