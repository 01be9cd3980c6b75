"""ACLED's category for each folded event, decided by what ACLED's coders decide by.

Who acted on whom (the sectors of source and target, and whether the source is a crowd of people), with
what (the weapons, takeovers and other cues the act's clause names), and what the paragraph tells around
it (a protest, the state acting on it, violence by its demonstrators). The violence a protest is about is
not the protest: an act inside a protest's clause ("marched to mark the anniversary of the massacre") gets
no category of its own. The rules are data (data/acled.yaml, read by lexicon.py); this module computes the
facts they test and fills the `acled` field: event and sub-event type, disorder type, civilian targeting,
ACLED-style actors with their `inter` codes, and geo_precision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from flashpoint.events.lexicon import AcledCondition, AcledRules, Lexicon
from flashpoint.events.locate import REPORT_TOWN
from flashpoint.events.merge import ACLED_ACT, ACLED_CUES, ACLED_DOER, MUTUAL
from flashpoint.model import Actor, Event
from flashpoint.nlp import sent_of, text_of

# Marks each mention leaves in `notes` (united when mentions fold, removed once the category is set).
CUES, ACT, DOER = ACLED_CUES, ACLED_ACT, ACLED_DOER
_NGRAM = 4
_CLAUSE_DEPS = {"conj", "ccomp", "parataxis"}  # children that start another clause (not the act's own)
_TARGET_PREPS = {"on", "against", "at", "upon", "towards", "toward", "of", "with"}
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


def _act(trigger: Token) -> list[Token]:
    """The trigger with its particle, its object and the objects of its target prepositions."""
    out = [trigger]
    for c in trigger.children:
        if c.dep_ == "prt":
            out.append(c)
        elif c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "prep" and (c.lower_ in _TARGET_PREPS or any(
                g.lemma_.lower() == "direction" for g in c.children)):  # "opened fire in the direction of"
            out.extend(c.subtree)
    return out


def mention_cues(trigger: Token, light_verb: Token | None, protest: bool, rules: AcledRules) -> dict[str, str]:
    """The cues of a mention's clause and of the act itself, as marks for `notes`. A protest reads its
    whole sentence ("burnt tyres to demonstrate")."""
    clause = list(sent_of(trigger)) if protest else _clause(light_verb or trigger)
    doer = _doer(light_verb or _clause_head(trigger))
    return {CUES: ",".join(sorted(_named(_grams(clause), rules.cue_index))),
            ACT: ",".join(sorted(_named(_grams(_act(trigger)), rules.cue_index))),
            DOER: ",".join(sorted(_named(_grams(doer), rules.doer_index)))}  # fmt: skip


# ---------------------------------------------------------------- per report: the facts ACLED decides by


@dataclass(frozen=True)
class _Facts:
    cues: frozenset[str]
    act: frozenset[str]
    doer: frozenset[str]
    sources: tuple[frozenset[str], ...]  # the labels of each source: its sector, "mob", "demonstrators"
    targets: tuple[frozenset[str], ...]
    topic: bool
    intervenes: bool
    lethal: bool
    government: bool
    context: frozenset[str]


class _Report:
    """A report's events with the tokens and paragraphs the facts are read from."""

    def __init__(self, doc: Doc, events: list[Event], lex: Lexicon, main_country: str | None) -> None:
        self.doc, self.lex, self.rules, self.main_country = doc, lex, lex.acled, main_country
        self.events = [ev for ev in events if ev.status in self.rules.statuses]
        # an attempt counts as the state acting on a protest ("police tried to disperse them")
        self.attempts = [ev for ev in events if ev.status == "planned"]
        every = self.events + self.attempts
        self.tokens = {id(ev): _trigger_token(doc, ev) for ev in every}
        self.paragraph = {id(ev): _paragraph(doc, ev) for ev in every}
        self.labels = {id(a): self._labels(a) for ev in every for a in ev.source + ev.target}

    def _labels(self, actor: Actor) -> frozenset[str]:
        labels = {actor.sector} if actor.sector else set()
        head = _phrase_head(self.doc, actor)
        if head in self.lex.words.classes["mob_nouns"] and actor.sector not in self._in("armed", "state"):
            labels.add("mob")
        if head in self.lex.words.classes["demonstrator_nouns"]:
            labels.add("demonstrators")
        return frozenset(labels)

    def _in(self, *groups: str) -> frozenset[str]:
        return frozenset().union(*(self.rules.labels[g] for g in groups))

    def _any(self, actors: list[Actor], *groups: str) -> bool:
        members = self._in(*groups)
        return any(self.labels[id(a)] & members for a in actors)

    def cues(self, ev: Event, key: str = CUES) -> frozenset[str]:
        return frozenset(filter(None, ev.notes.get(key, "").split(",")))

    def lethal(self, ev: Event) -> bool:
        return bool(ev.fatalities) or "lethal" in self.cues(ev) or ev.mode in {"beat", "firearms"}

    def acts_on_protest(self, ev: Event) -> bool:
        """The state dispersing protesters, or anyone but protesters acting on them."""
        if ev.type not in {"ASSAULT", "COERCE"} or MUTUAL in ev.notes:
            return False
        on_protesters = self._any(ev.target, "protesters") and not self._any(ev.source, "protesters")
        return ev.mode == "crowd-control" or on_protesters

    def is_topic(self, ev: Event) -> bool:
        """What a protest is about, or what a funeral or an anniversary remembers: no act of the day.
        The act sits inside the protest's clause (not beside it: "marched and clashed with police")."""
        tok = self.tokens[id(ev)]
        if tok is None or self.acts_on_protest(ev):
            return False
        anchors = {a.i for p in self.events if p.type in self.lex.types.protest and p is not ev
                   for a in _anchors(self.tokens[id(p)])} - {a.i for a in _anchors(tok)}  # fmt: skip
        remembrance = self.lex.words.classes["remembrance_nouns"]
        cur = tok
        while cur.head.i != cur.i and cur.dep_ != "parataxis" and not _concurrent(cur):
            if cur.dep_ == "conj" and cur.head.i in anchors:  # "marched and clashed with police"
                return False
            cur = cur.head
            if cur.i in anchors or cur.lemma_.lower() in remembrance:
                return True
        return False

    def government(self, ev: Event) -> bool:
        """A source is the state of the country where the act happened (a foreign army is not)."""
        where = ev.location.country if ev.location is not None and ev.location.country else self.main_country
        state = self._in("state")
        return any(a.sector in state and a.country is not None and a.country == where for a in ev.source)

    def facts(self) -> dict[int, _Facts]:
        topic = {id(ev): self.is_topic(ev) for ev in self.events}
        live = [ev for ev in self.events if not topic[id(ev)]]
        protests = {self.paragraph[id(p)] for p in live if p.type in self.lex.types.protest}
        self.protest_sentences = {p.evidence.start for p in live if p.type in self.lex.types.protest}
        intervenes = {id(ev): self.acts_on_protest(ev) or (ev.type == "COERCE" and ev.mode == "arrest"
                                                          and self.paragraph[id(ev)] in protests)
                      for ev in live + self.attempts}  # fmt: skip
        context = self._contexts(live, protests, intervenes)
        return {
            id(ev): _Facts(
                cues=self.cues(ev), act=self.cues(ev, ACT), doer=self.cues(ev, DOER),
                sources=tuple(self.labels[id(a)] for a in ev.source),
                targets=tuple(self.labels[id(a)] for a in ev.target), topic=topic[id(ev)],
                intervenes=intervenes.get(id(ev), False), lethal=self.lethal(ev), government=self.government(ev),
                context=frozenset(context.get(self.paragraph[id(ev)], ())),
            )  # fmt: skip
            for ev in self.events
        }

    def _contexts(self, live: list[Event], protests: set[int], intervenes: dict[int, bool]) -> dict[int, set[str]]:
        """Per paragraph: a protest is told, the state acted on it (lethally), its demonstrators used violence."""
        out: dict[int, set[str]] = {para: {"protest"} for para in protests}
        for ev in live + self.attempts:
            para = self.paragraph[id(ev)]
            if intervenes[id(ev)]:
                out.setdefault(para, set()).add("intervention")
                if self.lethal(ev) and ev in live:
                    out[para].add("lethal_intervention")
            if ev in live and (self._rioting(ev, para in protests) or self._riot_protest(ev)):
                out.setdefault(para, set()).add("violent_protest")
        return out

    def _rioting(self, ev: Event, protest_told: bool) -> bool:
        """Demonstrators using violence, or a fight among people where a protest is told."""
        if ev.type != "ASSAULT":
            return False
        if self._any(ev.source, "demonstrators"):
            return True
        if not protest_told:
            return False
        if self._any(ev.source, "protesters", "mob"):
            return True
        # a fight among people in the very sentence that tells the protest ("clashes broke out at the march")
        return MUTUAL in ev.notes and not self._any(ev.source, "rebels") and ev.evidence.start in self.protest_sentences

    def _riot_protest(self, ev: Event) -> bool:
        return ev.type in self.lex.types.protest and (ev.mode == "riot" or "riot" in self.cues(ev))


def _concurrent(tok: Token) -> bool:
    """ "demonstrated while some were detained": what happens during a protest is not what it is about."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "as"} for c in tok.children)


def _trigger_token(doc: Doc, ev: Event) -> Token | None:
    if ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
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
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and len(span):
            return span.root.lemma_.lower()
    return actor.text.split()[-1].lower() if actor.text else ""


# ---------------------------------------------------------------- the rules


def _holds(c: AcledCondition, ev: Event, f: _Facts, rules: AcledRules) -> bool:
    if c.types is not None and not ({ev.type, f"{ev.type}/{ev.mode}"} & c.types):
        return False
    flags = {"no_target": not ev.target, "mutual": MUTUAL in ev.notes, "lethal": f.lethal, "topic": f.topic,
             "intervenes": f.intervenes, "government": f.government}  # fmt: skip
    if any(getattr(c, name) is not None and getattr(c, name) != value for name, value in flags.items()):
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
        ev.acled = _field(ev, sub, f, lex.acled, report) if sub is not None and f is not None else None
        if f is not None and f.topic:
            ev.notes["acled"] = "what a protest is about or an anniversary remembers, not an act of its own"
        for mark in (CUES, ACT, DOER):
            ev.notes.pop(mark, None)


def _field(ev: Event, sub: str, f: _Facts, rules: AcledRules, report: _Report) -> dict[str, object]:
    event_type, _, disorder = rules.categories[sub]
    where = ev.location.country if ev.location is not None else report.main_country
    actor1 = [_acled_actor(a, sub, "source", rules, where) for a in ev.source]
    actor2 = [_acled_actor(a, sub, "target", rules, where) for a in ev.target if a.key() not in
              {s.key() for s in ev.source}] if MUTUAL not in ev.notes else []  # fmt: skip
    if MUTUAL in ev.notes and len(actor1) > 1:
        actor1, actor2 = actor1[:1], actor1[1:]
    civilians = rules.labels["civilians"]
    targeting = event_type == "Violence against civilians" or ("Political violence" in disorder and bool(ev.target)
                                                              and all(a.sector in civilians for a in ev.target))
    return {
        "event_type": event_type,
        "sub_event_type": sub,
        "disorder_type": disorder,
        "civilian_targeting": "Civilian targeting" if targeting else None,
        "actor1": actor1[0][0] if actor1 else None,
        "assoc_actor_1": "; ".join(name for name, _ in actor1[1:]) or None,
        "inter1": actor1[0][1] if actor1 else None,
        "actor2": actor2[0][0] if actor2 else None,
        "assoc_actor_2": "; ".join(name for name, _ in actor2[1:]) or None,
        "inter2": actor2[0][1] if actor2 else 0,
        "geo_precision": _geo_precision(ev, rules),
    }


def _acled_actor(actor: Actor, sub: str, role: str, rules: AcledRules, where: str | None) -> tuple[str, int | None]:
    """ACLED's name for an actor and its `inter` code, given the category of the act."""
    event_type = rules.categories[sub][0]
    sector = actor.sector or ""
    country = _country_name(actor.country)
    inter = rules.inter.get("sectors", {}).get(sector)
    names = rules.actor_names
    if sector in rules.labels["state"] and actor.country and where and actor.country != where:
        inter = rules.inter["foreign_state"]
    if event_type == "Riots" and role == "source" and sector not in rules.labels["armed"]:
        return names["rioters"].format(country=country), rules.inter["rioters"]
    if event_type == "Protests" and sector not in rules.labels["state"] | rules.labels["armed"]:
        return names["PRO"].format(country=country), rules.inter["sectors"]["PRO"]
    civilian = sector in rules.labels["civilians"] | {"PRO"} or event_type == "Violence against civilians"
    if role == "target" and civilian and event_type != "Protests":
        return names["civilians"].format(country=country), rules.inter["civilians"]
    named = actor.org or (actor.name if sector not in rules.labels["state"] else None)
    if named:
        return named, inter
    template = names.get(sector) or (names["civilians"] if sector in rules.labels["civilians"] else None)
    if template and country:
        return template.format(country=country), inter
    return actor.name or actor.text, inter


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    from flashpoint.geo import get_gazetteer  # loaded already by the places stage

    found = get_gazetteer().country(code)
    return found.name if found is not None else code


def _geo_precision(ev: Event, rules: AcledRules) -> int | None:
    if ev.location is None:
        return None
    kind = "report_town" if ev.notes.get("location_from") == REPORT_TOWN else (ev.location.precision or "")
    return rules.geo_precision.get(kind)

