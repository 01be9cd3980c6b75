"""Speech acts and the acts they are about (PLOVER: the threat, demand, promise or refusal is the event).

A request, threat, refusal or agreement governs the act it is about in a clause below it ("urged them to
free the hostages", "warned it would cut ties"); that act becomes the speech act's `content` instead of an
event of its own, and when the speech act names nobody it is aimed at, it is aimed at the parties of that act.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.events.lexicon import Lexicon
from flashpoint.events.relations import Others, embedding_parent
from flashpoint.events.status import Frame
from flashpoint.events.triggers import Trigger
from flashpoint.model import Actor, Content

_DONE_TAGS = frozenset({"VBD", "VBN"})  # "decided", "has decided": a decision taken


def contents_of(triggers: list[Trigger], others: Others, lex: Lexicon) -> dict[int, Trigger]:
    """Each speech act's token index -> the trigger of the act it is about (the first one below it; for an offer
    or pledge named by a noun, what is offered: "rejected an offer of talks" refuses the talks)."""
    contents: dict[int, Trigger] = {}
    for trig in triggers:
        parent = embedding_parent(trig, others, lex)
        if parent is not None:
            contents.setdefault(parent.token.i, _offered(trig, others, lex) or trig)
        elif (parent := embedding_parent(trig, others, lex, made_too=True)) is not None \
                and (offered := _offered(trig, others, lex)) is not None:
            # "rejected an offer of talks from the minister": the minister's offer is an act of its own, of talks,
            # and the refusal refuses the talks
            contents.setdefault(parent.token.i, offered)
            contents.setdefault(trig.token.i, offered)
    return contents


def _offered(trig: Trigger, others: Others, lex: Lexicon) -> Trigger | None:
    """What an offer, pledge or promise named by a noun is of: "an offer of talks", "an offer of French military
    assistance" (a noun that names an act only under a verb of its own names one here too)."""
    if not trig.is_noun or trig.sense.embed != "adopt":
        return None
    for c in trig.token.children:
        for g in (g for g in c.children if c.dep_ == "prep" and c.lower_ in lex.words.of_preps and g.dep_ == "pobj"):
            if g.i in others:
                return others[g.i]
            sense = next((s for s in lex.nouns.get(g.lemma_.lower(), ()) if s.type is not None), None)
            if sense is not None:
                return Trigger(g, sense, is_noun=True)
    return None


def aimed_at(lex: Lexicon, etype: str, mode: str | None, source: list[Actor], content: Content) -> list[Actor]:
    """Whom a speech act with no target of its own is aimed at: the parties of its content, leaving out the
    speaker ("threatened to strike US bases": the US; "urged that the militia free them": the militia), in the
    order of arguments.yaml `content_roles`."""
    rules = lex.arguments_for(etype, mode)
    # a state's side owns its country's people; an armed group of no state threatening people of its own country
    # aims at them ("gunmen threatened to kill villagers in Menaka"; arguments.yaml `state_sectors`)
    by_state = not rules.state_sectors or any(a.sector in rules.state_sectors for a in source)
    own = {a.key() for a in source} | ({a.country for a in source if a.country} if by_state else set())
    for role in rules.content_roles:
        # an actor of no known country ("troops would occupy ...") may well be the speaker's own
        found = [a for a in getattr(content, role)
                 if (a.country or a.org) and a.key() not in own and (a.country or a.org) not in own]
        if found:
            return found
    return []


def mode_from_content(lex: Lexicon, etype: str, content: Content) -> str | None:
    """The mode a speech act takes from what it is about (PLOVER: a threat's mode is its content; a demand for a
    release yields, one for aid asks for help): rewrites.yaml `content_modes`, TYPE/mode before TYPE."""
    table = lex.content_modes.get(etype, {})
    return table.get(f"{content.type}/{content.mode}") or table.get(content.type or "")


def committed(frame: Frame, lex: Lexicon) -> bool:
    """A commitment word made the act planned: "offered to mediate", "is ready to talk"."""
    by = frame.planned_by
    return frame.status == "planned" and by is not None and by.lemma_.lower() in lex.words.commitment_verbs


def enacted(frame: Frame, trig: Trigger, lex: Lexicon) -> bool:
    """A past decision of the doer made the act planned: "decided to close its airspace", "has decided to impose
    sanctions" (a decision still to come, "will decide to", is no act taken; nor is what a decided act is for:
    "decided to appoint a judge to investigate the massacre" opens no inquiry yet)."""
    by = frame.planned_by
    return frame.status == "planned" and by is not None and by.lemma_.lower() in lex.words.deciding_verbs \
        and by.tag_ in _DONE_TAGS and not _purpose_below(trig.anchor, by)


def _purpose_below(verb: Token, decision: Token) -> bool:
    """`verb` hangs, below `decision`, on another verb as a clause of purpose ("decided to appoint a judge | to
    investigate")."""
    cur = verb
    while cur.i != decision.i and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and cur.head.i != decision.i:
            return True
        cur = cur.head
    return False


def offered(frame: Frame, trig: Trigger, lex: Lexicon) -> bool:
    """An offer, not a promise: "offered to mediate", "is ready to talk", "made an offer of talks": what is offered
    may happen (hypothetical); what is promised is planned (docs/gold-format.md)."""
    by = frame.planned_by
    return trig.token.lemma_.lower() in lex.words.offer_words or (
        by is not None and by.lemma_.lower() in lex.words.offer_words)


def expected(frame: Frame, lex: Lexicon) -> bool:
    """Planned only in others' expectation or schedule: "Hamas is expected to release 33 hostages" is no
    announcement of Hamas's, nor is an act named as what somebody prepares ("preparing an aid convoy"); "plans
    to donate", "intends to withdraw" announce the subject's own intent (announced retreats and promised help
    are coded as concessions and promises)."""
    by = frame.planned_by
    if frame.status != "planned" or by is None:
        return False
    lemma = by.lemma_.lower()
    # "tried to blow up a market": an attempt is no one's announcement either
    # ("voted to send troops", "approved the deployment": leave given, no word of the act's doer)
    return lemma in lex.words.expectation_verbs or lemma in lex.words.attempt_verbs or \
        lemma in lex.words.approving_verbs or lemma in lex.words.command_verbs or (
            frame.planned_as_object and lemma in lex.words.object_planned_verbs)  # ("directed them to provide aid")


def compelled(trig: Trigger, lex: Lexicon) -> bool:
    """ "may have to suspend aid to refugees", "could be forced to cut rations": an act its doer says would be forced
    on it is a consequence it warns of, no measure it holds out against anyone."""
    verb = trig.light_verb or trig.anchor
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.words.compelled_verbs


def statement_verb(frame: Frame) -> Token | None:
    """The verb of saying or committing that carries a promise, whose date is when the promise was made."""
    if frame.speaker is not None and frame.speaker.head.pos_ in {"VERB", "AUX"}:
        return frame.speaker.head
    return frame.planned_by if frame.planned_by is not None and frame.planned_by.pos_ in {"VERB", "AUX"} else None
