"""Which time expression dates an event: the one that modifies its clause, by the parse.

The extractor asks once per event. Preference, strongest first:
  1. an expression attached to the trigger itself ("the attack on Monday", "attacked on Monday");
  2. one attached to the trigger's clause verb;
  3. one attached to a verb that governs that clause ("said on Tuesday that ... attacked");
  4. another in the same sentence, unless it belongs to a background clause of its own
     ("the war that ended in 1994" does not date the attack reported beside it).
None when nothing fits; the extractor then decides about the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from flashpoint.model import TimeSpan, Timex
from flashpoint.nlp import sent_of, text_of
from flashpoint.timex.span import timex_to_span

RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.IGNORECASE)
RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
START_PREPS = frozenset({"since", "from"})
START_VERBS = frozenset({"begin", "start", "launch", "erupt", "break", "open", "commence"})
BACKGROUND_DEPS = frozenset({"relcl", "acl", "advcl"})
DURATION_DAYS = re.compile(r"^P(\d+)([DW])$")
OFFSET = re.compile(r"^P(\d+)([DWMY])$")
# "after NATO bombed": a clause of its own time, not its governor's.
TEMPORAL_MARKS = frozenset({"after", "before", "until", "till", "since"})
# Verbs about the course of an event named by their subject ("clashes that erupted on Monday continued").
ASPECTUAL = frozenset({"continue", "last", "resume", "persist", "rage", "go", "intensify", "escalate", "spread",
                       "subside", "end", "stop", "ease", "enter"})


def _root(doc: Doc, tx: Timex) -> Token | None:
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _clause_verb(trigger: Token) -> Token:
    """The verb whose clause a (possibly nominal) trigger belongs to."""
    tok = trigger
    while not _is_verb(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok if _is_verb(tok) else trigger


def _attach_point(root: Token, trigger: Token) -> Token:
    """The first verb (or the trigger itself) above an expression's head word."""
    tok = root
    for _ in range(12):
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
        if tok.i == trigger.i or _is_verb(tok):
            return tok
    return tok


def _ancestors(tok: Token) -> list[Token]:
    return list(tok.ancestors)


def _temporal_clause(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in tok.children)


def _governors(clause: Token) -> list[Token]:
    """Verbs above the clause whose time it shares: up to a clause of its own time ("after ...")."""
    out: list[Token] = []
    tok = clause
    while tok.head.i != tok.i and not _temporal_clause(tok):
        tok = tok.head
        out.append(tok)
    return out


def _before_reported_subject(root: Token, clause: Token) -> bool:
    """An expression written between a verb of saying and the subject of the clause it reports ("The army said
    on Wednesday it had arrested"), which the parser may hang on the reported verb: it dates the saying."""
    if clause.dep_ != "ccomp" or not clause.head.i < root.i:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and root.i < c.i < clause.i for c in clause.children)


def _rank(root: Token, trigger: Token, clause: Token) -> tuple[int, int] | None:
    """(preference level, distance) of one expression for this trigger; None if it must not date it."""
    point = _attach_point(root, trigger)
    if _in_reported_clause(point, trigger):
        return None  # "denied that its jets had struck the town on Wednesday": the time of what is said
    if point.i in (trigger.i, clause.i) and _before_reported_subject(root, clause):
        return 2, 0  # "said on Wednesday it had arrested ... on Tuesday": the saying's day, hung on the clause
    if point.i == trigger.i:
        return 0, 0
    if point.i == clause.i:
        return 1, 0
    governors = _governors(clause)
    if point in governors:
        return 2, governors.index(point)
    if _is_verb(point) and _in_background(point, trigger, clause, governors):
        return None
    return 3, abs(root.i - trigger.i)


def _in_reported_clause(point: Token, trigger: Token) -> bool:
    """The expression hangs in a complement clause of the trigger with a subject of its own ("the ministry denied
    that its aircraft had flown any missions on Wednesday", "warned that the army would attack on Friday"): that
    clause's time, never the time of the denial or the warning itself."""
    for tok in [point, *_ancestors(point)]:
        if tok.i == trigger.i:
            return False
        if tok.head.i == trigger.i:  # (a "ccomp" before the verb is a misparsed clause of its own, "In 2021 gunmen
            # seized 279 girls; they were freed days later", not what the verb reports)
            return tok.dep_ == "ccomp" and tok.i > trigger.i and any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                      for c in tok.children)
    return False


def _in_background(point: Token, trigger: Token, clause: Token, governors: list[Token]) -> bool:
    """A relative or adverbial clause of its own, unless it describes the event's own subject or trigger
    ("clashes that erupted on Monday continued...")."""
    for tok in [point, *_ancestors(point)]:
        if tok.i == clause.i or tok in governors:
            return False
        if tok.dep_ in BACKGROUND_DEPS:
            return not _same_time_clause(tok, trigger, clause)
        # "Egypt called for a ceasefire, and the AU said it would send an envoy next week": a coordinated
        # clause with a subject of its own is another act's
        if tok.dep_ == "conj" and _is_verb(tok) and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return True
    return False


def _same_time_clause(tok: Token, trigger: Token, clause: Token) -> bool:
    """Subordinate clauses that share the event's time: "killing four soldiers on Monday" (a bare participle
    of the trigger), "the attack, which happened on Monday" (on a nominal trigger), "clashes that erupted on
    Monday continued" (on the subject of an aspectual verb)."""
    if tok.dep_ == "advcl":
        return tok.head.i == trigger.i and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _in_object(tok.head, trigger):
        return True  # "attacked a convoy of trucks carrying food aid near Bulobarde on Monday": what the trucks did
    if tok.head.i == trigger.i:
        return not _is_verb(trigger)
    return tok.head.head.i == clause.i and tok.head.dep_.startswith("nsubj") and clause.lemma_ in ASPECTUAL


_OBJECT_PATH = {"dobj", "pobj", "prep", "nsubjpass", "appos", "conj"}


def _in_object(noun: Token, trigger: Token) -> bool:
    """`noun` is the trigger's object, or hangs on it through prepositions ("a convoy OF eight trucks")."""
    cur = noun
    for _ in range(6):
        if cur.dep_ not in _OBJECT_PATH or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == trigger.i:
            return True
    return False


def _in_sentence(tx: Timex, trigger: Token) -> bool:
    sent = sent_of(trigger)
    return sent.start_char <= tx.start < sent.end_char


def event_date(doc: Doc, trigger: Token, timexes: list[Timex], anchor: date | None = None) -> TimeSpan | None:
    """The calendar span of the act `trigger` names, from the expressions `find_timexes` found."""
    clause = _clause_verb(trigger)
    best: tuple[tuple[int, int], Timex] | None = None
    for tx in timexes:
        if tx.type not in ("DATE", "TIME") or not _in_sentence(tx, trigger) or timex_to_span(tx) is None:
            continue
        root = _root(doc, tx)
        rank = _rank(root, trigger, clause) if root is not None else None
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, tx)
    if best is None or (best[0][0] == 3 and _temporal_clause(clause)):
        return _offset_from_governor(doc, clause, timexes, anchor)
    chosen = best[1]
    span = _range(doc, chosen, timexes) or timex_to_span(chosen)
    if span is None:
        return None
    return _with_duration(doc, span, chosen, trigger, clause, timexes)


def _offset_from_governor(doc: Doc, clause: Token, timexes: list[Timex], anchor: date | None) -> TimeSpan | None:
    """"in 2008, nine years after NATO bombed": the governor's date shifted by the stated offset."""
    if not _temporal_clause(clause):
        return None
    mark = next(c.lower_ for c in clause.children if c.dep_ == "mark")
    if mark not in ("after", "before"):
        return None
    for tx in timexes:
        m = OFFSET.match(tx.value or "") if tx.type == "DURATION" else None
        root = _root(doc, tx) if m else None
        if m is None or root is None or root.head.i not in (clause.i, *(c.i for c in clause.children)):
            continue
        base = event_date(doc, clause.head, timexes, anchor)
        if base is None or not base.start or base.start != base.end:
            return None
        n = int(m.group(1)) * (-1 if mark == "after" else 1)
        shifted = _shift(base.start, base.precision, n, m.group(2))
        if shifted is None:
            return None
        # text is the offset that dated it ("nine years"); None would claim the publication date was used
        return TimeSpan(start=shifted, end=shifted, precision=base.precision, text=tx.text, value=None,
                        char_start=tx.start, char_end=tx.end)
    return None


def _shift(value: str, precision: str | None, n: int, unit: str) -> str | None:
    if precision == "year" and unit == "Y":
        return f"{int(value) + n:04d}"
    if precision == "day" and unit in ("D", "W"):
        return (date.fromisoformat(value) + timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    if precision == "month" and unit in ("M", "Y"):
        y, mo = map(int, value.split("-"))
        total = y * 12 + mo - 1 + n * (12 if unit == "Y" else 1)
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return None


def _range(doc: Doc, tx: Timex, timexes: list[Timex]) -> TimeSpan | None:
    """"from Monday to Wednesday", "2009-2010", "between May and July": one span over both ends."""
    dated = sorted((t for t in timexes if t.type in ("DATE", "TIME") and timex_to_span(t)), key=lambda t: t.start)
    i = next((k for k, t in enumerate(dated) if t is tx), None)
    if i is None:
        return None
    for first, second in ((dated[i - 1] if i > 0 else None, tx), (tx, dated[i + 1] if i + 1 < len(dated) else None)):
        if first is None or second is None:
            continue
        if not RANGE_JOIN.match(text_of(doc)[first.end : second.start]):
            continue
        joiner = text_of(doc)[first.end : second.start].strip().lower()
        if joiner == "and" and not RANGE_OPEN.search(text_of(doc)[max(0, first.start - 12) : first.start]):
            continue  # "on Monday and on Wednesday" are two dates, "between Monday and Wednesday" one range
        a, b = timex_to_span(first), timex_to_span(second)
        if a and b and a.start and b.end:
            return TimeSpan(start=a.start, end=b.end, precision=a.precision,
                            text=text_of(doc)[first.start : second.end], value=f"{first.value}/{second.value}",
                            char_start=first.start, char_end=second.end)
    return None


def _with_duration(doc: Doc, span: TimeSpan, chosen: Timex, trigger: Token, clause: Token,
                   timexes: list[Timex]) -> TimeSpan:
    """"continued for two days" with a known day: stretch the span back (or forward) over the duration."""
    if span.precision != "day" or span.start != span.end or not span.start:
        return span
    for tx in timexes:
        m = DURATION_DAYS.match(tx.value or "") if tx.type == "DURATION" and _in_sentence(tx, trigger) else None
        root = _root(doc, tx) if m else None
        if m is None or root is None or _attach_point(root, trigger).i not in (trigger.i, clause.i):
            continue
        if root.dep_ in {"amod", "compound", "nmod"} and root.head.pos_ == "NOUN":
            continue  # "declared a 60-day state of emergency", "a 30-day curfew": how long the thing lasts
        days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
        if days < 2:
            return span
        known = date.fromisoformat(span.start)
        chosen_root = _root(doc, chosen)
        prep = chosen_root.head.lower_ if chosen_root is not None else ""
        verbs = {trigger.lemma_, clause.lemma_}
        if chosen_root is not None:
            verbs.add(_attach_point(chosen_root, trigger).lemma_)
        if prep in START_PREPS or verbs & START_VERBS:
            start, end = known, known + timedelta(days=days - 1)
        else:
            start, end = known - timedelta(days=days - 1), known
        return TimeSpan(start=start.isoformat(), end=end.isoformat(), precision="day", text=span.text,
                        value=span.value, char_start=span.char_start, char_end=span.char_end)
    return span
