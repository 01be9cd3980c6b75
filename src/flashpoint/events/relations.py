"""How the acts of one sentence bear on each other: content, claims, presuppositions and adoptions.

Each trigger above another may change what the lower one is: the content of a request is no event
("urged them to stop fighting"), an accusation owns the act it accuses ("accused X of shelling"), an
act that is the topic of another is told as given ("will discuss the recent clashes"), and what is
agreed to stands for the agreement ("agreed to withdraw"). What each trigger does is its sense's
`embed` in triggers.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.events.lexicon import Lexicon
from flashpoint.events.status import Frame
from flashpoint.events.triggers import Trigger

Others = dict[int, Trigger]  # every trigger of the report by token index

_CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}
_CLAUSE_DEPS = {"xcomp", "ccomp"}
_CLAIM_PATH = {"pcomp", "prep", "pobj", "ccomp", "xcomp", "conj", "dobj"}


def subsumed(trig: Trigger, frame: Frame, others: Others, lex: Lexicon) -> bool:
    """Content of a request, refusal or threat is not an event of its own."""
    if frame.subsumed_by is not None:
        return True
    cur = trig.anchor
    while cur.head.i != cur.i:
        parent = others.get(cur.head.i)
        embeds = parent is not None and parent.sense.embed in {"subsume", "negate"}
        if embeds and cur.dep_ in _CONTENT_DEPS:
            assert parent is not None
            # "backed the call for talks" keeps the call: SUPPORT embeds only a clause
            return parent.type not in lex.types.clause_only_embedders or cur.dep_ in _CLAUSE_DEPS
        if cur.dep_ in {"relcl", "nsubj", "nsubjpass"}:
            return False
        cur = cur.head
    return False


def claimant_trigger(trig: Trigger, others: Others) -> Trigger | None:
    """An accusation above the trigger ("accused X of shelling") owns it as a claim; a noun that
    is only the object of the accused act ("of violating the truce") is told as given."""
    cur = trig.token
    while cur.head.i != cur.i and cur.dep_ in _CLAIM_PATH:
        parent = others.get(cur.head.i)
        if parent is not None and parent.sense.embed == "claim" and parent.token.i != trig.token.i:
            return parent
        cur = cur.head
        if trig.is_noun and cur.pos_ == "VERB" and cur.i != (trig.light_verb.i if trig.light_verb else -1):
            return None
    return None


def presupposed(trig: Trigger, others: Others, lex: Lexicon) -> bool:
    """A noun that is the topic of another act ("will discuss the recent clashes") is told as given,
    not as part of what the speaker claims."""
    if not trig.is_noun or trig.light_verb is not None:
        return False
    tok = trig.token
    if tok.dep_ in {"nsubj", "attr"} and tok.head.lemma_ in lex.words.copulas:
        return True  # "the clashes were the worst this year": a judgement about a known act
    cur: Token = tok
    while cur.head.i != cur.i:
        cur = cur.head
        parent = others.get(cur.i)
        if parent is not None and not parent.sense.casualty:
            return parent.type != trig.type or parent.is_noun
        if cur.pos_ == "VERB" and cur.dep_ in {"ccomp", "ROOT"}:
            return False
    return False


def adopted(trig: Trigger, others: Others, lex: Lexicon) -> bool:
    """ "agreed to withdraw", "agreed to a ceasefire": the agreed act stands for the agreement."""
    if trig.sense.embed != "adopt":
        return False
    for c in trig.token.children:
        if c.dep_ in _CLAUSE_DEPS and c.i in others:
            return True
        if c.dep_ == "prep" and c.lower_ in lex.words.adopt_preps and any(g.i in others for g in c.children):
            return True
    return False
