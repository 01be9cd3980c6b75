"""ACLED's category for each folded event, decided by what ACLED's coders decide by.

Who acted on whom (the sectors of source and target, and whether the source is a crowd of people), with
what (the weapons, takeovers and other cues the act's clause names), and what the paragraph tells around
it (a protest, the state acting on it, violence by its demonstrators). The violence a protest is about is
not the protest: an act inside a protest's clause ("marched to mark the anniversary of the massacre") gets
no category of its own. The rules are data (data/acled.yaml, read by lexicon.py); this module computes the
facts they test and fills the `acled` field: event and sub-event type, disorder type, civilian targeting,
ACLED-style actors with their `inter` codes (acled_actors.py), and geo_precision. The field is the one
source of these ACLED columns: the store's merged record and the ACLED export take them from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from flashpoint.events.acled_actors import Named, acled_actor, sides
from flashpoint.events.lexicon import (
    ACLED_FLAGS,
    ARMED,
    CIVILIANS,
    DEMONSTRATORS,
    INTERVENTION,
    LETHAL_INTERVENTION,
    MOB,
    POLITICAL_VIOLENCE,
    PROTEST,
    PROTESTERS,
    REBELS,
    REPORT_TOWN_PRECISION,
    STATE,
    VIOLENT_PROTEST,
    AcledCondition,
    AcledRules,
    Lexicon,
    Words,
)  # fmt: skip
from flashpoint.events.locate import EXPAND, LOCATION_FROM, REPORT_TOWN
from flashpoint.events.merge import ACLED_ACT, ACLED_CUES, ACLED_DOER, MUTUAL
from flashpoint.model import Actor, Event
from flashpoint.nlp import sent_of, text_of
from flashpoint.store.rows import middle_day

# Marks each mention leaves in `notes` (united when mentions fold, removed once the category is set).
CUES, ACT, DOER = ACLED_CUES, ACLED_ACT, ACLED_DOER
NOTE = "acled"  # the note that says why an act has no category of its own
_NGRAM = 4
_CLAUSE_DEPS = {"conj", "ccomp", "parataxis"}  # children that start another clause (not the act's own)
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "agent", "compound", "amod", "appos"}


# ---------------------------------------------------------------- per mention: the cues of its clause


def _clause_head(tok: Token) -> Token:
    """The verb whose clause is the act's: the trigger verb, or the verb a noun trigger is an argument of
    ("an air raid on the market killed 18", "killed in an air strike"), or the verb a participle takes
    its subject from ("a bomb went off beside a minibus, killing six")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    cur = tok
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i or cur.dep_ not in _ARGUMENT_DEPS:
            return cur
        cur = cur.head
    return cur


def _clause(tok: Token) -> list[Token]:
    head = _clause_head(tok)
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(t.children)
    return out


def _grams(tokens: Iterable[Token]) -> set[tuple[str, ...]]:
    """Every run of up to four lemmas (and of lower-case forms) of the tokens, in text order."""
    ordered = sorted(tokens, key=lambda t: t.i)
    grams: set[tuple[str, ...]] = set()
    for forms in ([t.lemma_.lower() for t in ordered], [t.lower_ for t in ordered]):
        for n in range(1, _NGRAM + 1):
            grams.update(tuple(forms[i : i + n]) for i in range(len(forms) - n + 1))
    return grams


def _named(grams: set[tuple[str, ...]], index: dict[tuple[str, ...], frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*(index.get(g, ()) for g in grams))


def _doer(anchor: Token) -> list[Token]:
    """The phrase of who did it: the subject of an active verb, the agent of a passive ("by a mob")."""
    out: list[Token] = []
    for c in anchor.children:
        if c.dep_ == "nsubj" or (c.dep_ == "agent"):
            out.extend(c.subtree)
    return out


def _act(trigger: Token, w: Words) -> list[Token]:
    """The trigger with its particle, its object and the objects of its target prepositions ("fired AT the
    post", "opened fire in the direction of the positions")."""
    out = [trigger]
    for c in trigger.children:
        if c.dep_ == "prt":
            out.append(c)
        elif c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "prep" and (c.lower_ in w.acled_target_preps or any(
                g.lemma_.lower() in w.direction_nouns for g in c.children)):
            out.extend(c.subtree)
    return out


def mention_cues(trigger: Token, light_verb: Token | None, protest: bool, lex: Lexicon) -> dict[str, str]:
    """The cues of a mention's clause and of the act itself, as marks for `notes`. A protest reads its
    whole sentence ("burnt tyres to demonstrate")."""
    clause = list(sent_of(trigger)) if protest else _clause(light_verb or trigger)
    doer = _doer(light_verb or _clause_head(trigger))
    rules = lex.acled
    return {CUES: ",".join(sorted(_named(_grams(clause), rules.cue_index))),
            ACT: ",".join(sorted(_named(_grams(_act(trigger, lex.words)), rules.cue_index))),
            DOER: ",".join(sorted(_named(_grams(doer), rules.doer_index)))}  # fmt: skip


# ---------------------------------------------------------------- per report: the facts ACLED decides by


@dataclass(frozen=True)
class _Facts:
    """What ACLED decides by; the flags are named as the conditions of acled.yaml that test them."""

    cues: frozenset[str]
    act: frozenset[str]
    doer: frozenset[str]
    sources: tuple[frozenset[str], ...]  # the labels of each source: its sector, "mob", "demonstrators"
    targets: tuple[frozenset[str], ...]
    context: frozenset[str]
    no_target: bool
    mutual: bool
    lethal: bool
    topic: bool
    intervenes: bool
    government: bool


class _Report:
    """A report's events with the tokens and paragraphs the facts are read from."""

    def __init__(self, doc: Doc, events: list[Event], lex: Lexicon, main_country: str | None) -> None:
        self._unions: dict[tuple[str, ...], frozenset[str]] = {}
        self.doc, self.lex, self.rules, self.main_country = doc, lex, lex.acled, main_country
        self.events = [ev for ev in events if ev.status in self.rules.statuses]
        # an attempt counts as the state acting on a protest ("police tried to disperse them")
        self.attempts = [ev for ev in events if ev.status in lex.acled.attempt_statuses]
        every = self.events + self.attempts
        self.tokens = {id(ev): _trigger_token(doc, ev) for ev in every}
        self.paragraph = {id(ev): _paragraph(doc, ev) for ev in every}
        self.labels = {id(a): self._labels(a) for ev in every for a in ev.source + ev.target}

    def _labels(self, actor: Actor) -> frozenset[str]:
        labels = {actor.sector} if actor.sector else set()
        head = _phrase_head(self.doc, actor)
        if head in self.lex.words.mob_nouns and actor.sector not in self._in(ARMED, STATE):
            labels.add(MOB)
        if head in self.lex.words.demonstrator_nouns:
            labels.add(DEMONSTRATORS)
        return frozenset(labels)

    def _in(self, *groups: str) -> frozenset[str]:
        found = self._unions.get(groups)
        if found is None:  # asked for every actor of every event: made once per report
            found = self._unions[groups] = frozenset().union(*(self.rules.labels[g] for g in groups))
        return found

    def _any(self, actors: list[Actor], *groups: str) -> bool:
        members = self._in(*groups)
        return any(self.labels[id(a)] & members for a in actors)

    def cues(self, ev: Event, key: str = CUES) -> frozenset[str]:
        return frozenset(filter(None, ev.notes.get(key, "").split(",")))

    def lethal(self, ev: Event) -> bool:
        lethal_cue = bool(self.rules.lethal_cues & self.cues(ev))
        return bool(ev.fatalities) or lethal_cue or _is(ev, self.lex.types.lethal_acts)

    def acts_on_protest(self, ev: Event) -> bool:
        """The state dispersing protesters, or anyone but protesters acting on them."""
        if not _is(ev, self.lex.types.acts_on_protest) or MUTUAL in ev.notes:
            return False
        on_protesters = self._any(ev.target, PROTESTERS) and not self._any(ev.source, PROTESTERS)
        return _is(ev, self.lex.types.crowd_control_acts) or on_protesters

    def is_topic(self, ev: Event) -> bool:
        """What a protest is about, or what a funeral or an anniversary remembers: no act of the day.
        The act sits inside the protest's clause (not beside it: "marched and clashed with police"); police acting
        on protesters are the day's act, unless an anniversary remembers them ("the massacre of 19 protesters")."""
        tok = self.tokens[id(ev)]
        if tok is None:
            return False
        anchors = {a.i for p in self.events if p.type in self.lex.types.protest and p is not ev
                   for a in _anchors(self.tokens[id(p)])} - {a.i for a in _anchors(tok)}  # fmt: skip
        remembrance = self.lex.words.remembrance_nouns
        cur = tok
        while cur.head.i != cur.i and cur.dep_ != "parataxis" and not _concurrent(cur, self.lex.words):
            if cur.dep_ == "conj" and cur.head.i in anchors:  # "marched and clashed with police"
                return False
            cur = cur.head
            if cur.lemma_.lower() in remembrance:
                return True
            if cur.i in anchors:
                return not self.acts_on_protest(ev)
        return False

    def government(self, ev: Event) -> bool:
        """A source is the state of the country where the act happened (a foreign army is not)."""
        where = ev.location.country if ev.location is not None and ev.location.country else self.main_country
        state = self._in(STATE)
        return any(a.sector in state and a.country is not None and a.country == where for a in ev.source)

    def facts(self) -> dict[int, _Facts]:
        topic = {id(ev): self.is_topic(ev) for ev in self.events}
        live = [ev for ev in self.events if not topic[id(ev)]]
        protests = {self.paragraph[id(p)] for p in live if p.type in self.lex.types.protest}
        self.protest_sentences = {p.evidence.start for p in live if p.type in self.lex.types.protest}
        intervenes = {id(ev): self.acts_on_protest(ev) or (_is(ev, self.lex.types.arrest_acts)
                                                          and self.paragraph[id(ev)] in protests)
                      for ev in live + self.attempts}  # fmt: skip
        context = self._contexts(live, protests, intervenes)
        return {
            id(ev): _Facts(
                cues=self.cues(ev), act=self.cues(ev, ACT), doer=self.cues(ev, DOER),
                sources=tuple(self.labels[id(a)] for a in ev.source),
                targets=tuple(self.labels[id(a)] for a in ev.target),
                context=frozenset(context.get(self.paragraph[id(ev)], ())), no_target=not ev.target,
                mutual=MUTUAL in ev.notes, lethal=self.lethal(ev), topic=topic[id(ev)],
                intervenes=intervenes.get(id(ev), False), government=self.government(ev),
            )  # fmt: skip
            for ev in self.events
        }

    def _contexts(self, live: list[Event], protests: set[int], intervenes: dict[int, bool]) -> dict[int, set[str]]:
        """Per paragraph: a protest is told, the state acted on it (lethally), its demonstrators used violence."""
        out: dict[int, set[str]] = {para: {PROTEST} for para in protests}
        for ev in live + self.attempts:
            para = self.paragraph[id(ev)]
            if intervenes[id(ev)]:
                out.setdefault(para, set()).add(INTERVENTION)
                if self.lethal(ev) and ev in live:
                    out[para].add(LETHAL_INTERVENTION)
            if ev in live and (self._rioting(ev, para in protests) or self._riot_protest(ev)):
                out.setdefault(para, set()).add(VIOLENT_PROTEST)
        return out

    def _rioting(self, ev: Event, protest_told: bool) -> bool:
        """Demonstrators using violence, or a fight among people where a protest is told."""
        if not _is(ev, self.lex.types.violent):
            return False
        if self._any(ev.source, DEMONSTRATORS):
            return True
        if not protest_told:
            return False
        if self._any(ev.source, PROTESTERS, MOB):
            return True
        # a fight among people in the very sentence that tells the protest ("clashes broke out at the march")
        return MUTUAL in ev.notes and not self._any(ev.source, REBELS) and ev.evidence.start in self.protest_sentences

    def _riot_protest(self, ev: Event) -> bool:
        riot = _is(ev, self.lex.types.riot_acts) or bool(self.rules.riot_cues & self.cues(ev))
        return ev.type in self.lex.types.protest and riot


def _is(ev: Event, kinds: frozenset[str]) -> bool:
    """The event's type or TYPE/mode is one of a type class of words.yaml."""
    return bool({ev.type, f"{ev.type}/{ev.mode}"} & kinds)


def _concurrent(tok: Token, w: Words) -> bool:
    """ "demonstrated while some were detained": what happens during a protest is not what it is about."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in w.concurrent_marks for c in tok.children)


def _trigger_token(doc: Doc, ev: Event) -> Token | None:
    if ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode=EXPAND)
    return span.root if span is not None else None


def _anchors(tok: Token | None) -> list[Token]:
    """A protest's trigger and the verb that carries a noun trigger ("staged a protest")."""
    if tok is None:
        return []
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "pobj", "nsubj"} and tok.head.pos_ in {"VERB", "AUX"}:
        return [tok, tok.head]
    return [tok]


def _paragraph(doc: Doc, ev: Event) -> int:
    """The character offset where the event's paragraph (a line of the report) starts."""
    return text_of(doc).rfind("\n", 0, ev.evidence.start) + 1


def _phrase_head(doc: Doc, actor: Actor) -> str:
    if actor.start is not None and actor.end is not None:
        span = doc.char_span(actor.start, actor.end, alignment_mode=EXPAND)
        if span is not None and len(span):
            return span.root.lemma_.lower()
    return actor.text.split()[-1].lower() if actor.text else ""


# ---------------------------------------------------------------- the rules


def _holds(c: AcledCondition, ev: Event, f: _Facts, rules: AcledRules) -> bool:
    if c.types is not None and not _is(ev, c.types):
        return False
    if any(getattr(c, name) is not None and getattr(c, name) != getattr(f, name) for name in ACLED_FLAGS):
        return False
    if not c.cues <= f.cues or c.no_cues & f.cues or (c.act and not c.act & f.act):
        return False
    if (c.doer and not c.doer & f.doer) or c.no_doer & f.doer:
        return False
    if c.context and not c.context & f.context:
        return False
    return _actors_hold(c, f, rules)


def _actors_hold(c: AcledCondition, f: _Facts, rules: AcledRules) -> bool:
    def some(groups: frozenset[str], actors: tuple[frozenset[str], ...]) -> bool:
        members = frozenset().union(*(rules.labels[g] for g in groups)) if groups else frozenset()
        return any(labels & members for labels in actors)

    if c.source and not some(c.source, f.sources):
        return False
    if c.no_source and some(c.no_source, f.sources):
        return False
    if c.target and not some(c.target, f.targets):
        return False
    if c.targets_only:
        members = frozenset().union(*(rules.labels[g] for g in c.targets_only))
        return bool(f.targets) and all(labels & members for labels in f.targets)
    return True


def _sub_event(ev: Event, f: _Facts, rules: AcledRules) -> str | None:
    for rule in rules.rules:
        if _holds(rule.when, ev, f, rules):
            return rule.sub_event_type
    return None


# ---------------------------------------------------------------- the acled field


def code_acled(doc: Doc, events: list[Event], lex: Lexicon, main_country: str | None) -> None:
    """Fill `acled` on each folded event of a report (null for acts ACLED would not code)."""
    report = _Report(doc, events, lex, main_country)
    facts = report.facts()
    for ev in events:
        f = facts.get(id(ev))
        sub = _sub_event(ev, f, lex.acled) if f is not None else None
        ev.acled = acled_field(ev, sub, lex.acled, main_country) if sub is not None else None
        if f is not None and f.topic:
            ev.notes[NOTE] = "what a protest is about or an anniversary remembers, not an act of its own"
        for mark in (CUES, ACT, DOER):
            ev.notes.pop(mark, None)


def acled_field(ev: Event, sub: str, rules: AcledRules, main_country: str | None = None) -> dict[str, object]:
    """The `acled` field of a folded event whose sub-event type is `sub`: the ACLED columns it decides, in
    the act's country (else the report's, `main_country`) on the act's day."""
    event_type, _, disorder = rules.categories[sub]
    where = ev.location.country if ev.location is not None else main_country
    day = middle_day(ev.date.start, ev.date.end) if ev.date is not None else None

    def named(actors: list[Actor], source: bool) -> list[tuple[Actor, Named | None]]:
        return [(a, acled_actor(a, event_type, source, where, day, rules)) for a in actors]

    actor1, actor2 = sides(named(ev.source, True), named(ev.target, False), MUTUAL in ev.notes, rules.labels[STATE])
    civilians = rules.labels[CIVILIANS]
    targeting = event_type in rules.civilians_in or (POLITICAL_VIOLENCE in disorder and bool(ev.target)
                                                    and all(a.sector in civilians for a in ev.target))
    return {
        "event_type": event_type,
        "sub_event_type": sub,
        "disorder_type": disorder,
        "civilian_targeting": rules.civilian_targeting if targeting else None,
        "actor1": actor1[0][0] if actor1 else None,
        "assoc_actor_1": rules.joiner.join(name for name, _ in actor1[1:]) or None,
        "inter1": actor1[0][1] if actor1 else None,
        "actor2": actor2[0][0] if actor2 else None,
        "assoc_actor_2": rules.joiner.join(name for name, _ in actor2[1:]) or None,
        "inter2": actor2[0][1] if actor2 else 0,
        "geo_precision": _geo_precision(ev, rules),
    }


def _geo_precision(ev: Event, rules: AcledRules) -> int | None:
    if ev.location is None:
        return None
    kind = REPORT_TOWN_PRECISION if ev.notes.get(LOCATION_FROM) == REPORT_TOWN else (ev.location.precision or "")
    return rules.geo_precision.get(kind)

