"""A third party's report of an abuse is an accusation.

PLOVER codes "Human Rights Watch said security forces had tortured detainees" twice: the torture, claimed by the
rights group, and the group's ACCUSE aimed at whoever it says did it. A party's own account ("the army said it
had killed 20 militants") is no accusation, and neither is a report that names no doer ("the UN said 40 people
were killed") nor one only quoted ("according to Amnesty") or named after the act as its source ("soldiers
raped a girl, the UN mission said"): the statement is the news only when the report leads with it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from flashpoint.events.lexicon import Lexicon
from flashpoint.model import Actor, Event, Span
from flashpoint.timex.acts import ActDater

_UNKNOWN = frozenset({"UAF"})  # "unidentified gunmen fired on aid workers": no one is accused


def third_party_accusations(events: list[Event], doc: Doc, lex: Lexicon, dater: ActDater) -> list[Event]:
    """The events, with an ACCUSE for every abuse a rights group or international body says someone did."""
    added: list[Event] = []
    sense = lex.verbs[next(iter(lex.words.witness_sense))][0]
    for ev in events:
        witness = _witness(ev, lex)
        if witness is None:
            continue
        doers = [a for a in ev.source if (a.org or a.country) and _named_in(a, ev) and a.sector not in _UNKNOWN]
        verb = _verb_of_saying(doc, witness, lex)
        if not doers or verb is None or _accused_already(witness, ev, [*events, *added], lex):
            continue
        if ev.trigger is None or verb.idx > ev.trigger.start:
            continue  # "soldiers raped a girl, the UN mission said": a source named for the act, no statement
        added.append(Event(article=ev.article, type=str(sense.type), mode=sense.mode, cameo=sense.cameo,
                           evidence=ev.evidence,
                           source=[witness], target=doers, date=dater.statement_date(verb), status="occurred",
                           confidence=0.6, trigger=Span(text=verb.text, start=verb.idx, end=verb.idx + len(verb)),
                           context=list(ev.context),
                           notes={"source": "a third party that reports an abuse accuses whoever it says did it"}))
    return sorted([*events, *added], key=lambda e: e.evidence.start)


def _witness(ev: Event, lex: Lexicon) -> Actor | None:
    """The rights group or international body whose word alone carries the abuse, if it is no party to it."""
    who = ev.claimed_by
    if ev.status != "claimed" or who is None or ev.type not in lex.types.reported_abuses:
        return None
    if (who.sector or "").lower() not in lex.words.witness_sectors:
        return None
    if any(_same(who, a) for a in [*ev.source, *ev.target]):
        return None
    return who


def _named_in(doer: Actor, ev: Event) -> bool:
    """The witness names the doer in its own words: a phrase of the act's sentence, not one inferred from
    another sentence ("a drone strike killed 22, a medical charity said" names no one)."""
    return doer.start is not None and ev.evidence.start <= doer.start < ev.evidence.end


def _same(a: Actor, b: Actor) -> bool:
    return (a.org or a.country, a.sector) == (b.org or b.country, b.sector)


def _verb_of_saying(doc: Doc, who: Actor, lex: Lexicon) -> Token | None:
    """The verb the witness says it with ("HRW said", "the UN reported"); none for "according to HRW"."""
    if who.start is None or who.end is None:
        return None
    span = doc.char_span(who.start, who.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while tok.dep_ not in {"nsubj", "nsubjpass", "agent"} and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head if tok.dep_ != "agent" else tok.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in lex.words.speech_verbs else None


def _accused_already(who: Actor, ev: Event, events: list[Event], lex: Lexicon) -> bool:
    """ "HRW accused the army of torturing detainees": the accusation is told already."""
    return any(e.type in lex.types.accusing and e.evidence.start < ev.evidence.end
               and ev.evidence.start < e.evidence.end and any(_same(who, a) for a in e.source) for e in events)
