"""Who acts and who is acted on: the source and target phrases of a trigger."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from flashpoint.events.triggers import Trigger

# Prepositions that introduce the one acted upon, by trigger type.
_TARGET_PREPS: dict[str, set[str]] = {
    "ASSAULT": {"on", "against", "at", "upon", "targeting", "with"},
    "COERCE": {"against", "on", "from"},
    "SANCTION": {"on", "against", "from"},
    "MOBILIZE": {"to", "into", "against", "near", "along"},
    "CONSULT": {"with", "to"},
    "REQUEST": {"on", "upon", "from", "of"},
    "AID": {"to", "for"},
    "RETREAT": {"to", "from"},
    "ACCUSE": {"against", "over"},
    "REJECT": {"from", "by"},
    "THREATEN": {"against", "with"},
    "SUPPORT": {"for", "with", "to"},
    "AGREE": {"with"},
    "COOPERATE": {"with"},
    "CONCEDE": {"to", "on"},
    "PROTEST": {"against", "outside", "over"},
}
_SUBJ = {"nsubj", "csubj"}
_OBJ = {"dobj", "dative", "attr"}


@dataclass
class Roles:
    """Token heads of the phrases that fill an event's roles."""

    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    victims: list[Token] = field(default_factory=list)


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: set[str]) -> list[Token]:
    found: list[Token] = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            found.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "prt":  # "hand over ... to Armenia" hangs the preposition off the verb
            continue
    return found


def _inherited_subject(tok: Token) -> list[Token]:
    """The subject of a verb with none of its own: "intends to send", "accusing X of occupying"."""
    cur = tok
    while cur.head.i != cur.i:
        dep, gov = cur.dep_, cur.head
        if dep == "pcomp" and gov.head.lemma_.lower() in {"accuse", "blame", "suspect", "charge"}:
            objs = _children(gov.head, {"dobj"})
            if objs:
                return objs
        if dep in {"relcl", "acl"}:  # "forces that attacked", "demonstrators protesting against ..."
            return [gov] if gov.pos_ in {"NOUN", "PROPN", "PRON"} and cur.tag_ != "VBN" else []
        if dep not in {"xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "acomp"}:
            return []
        subj = _children(gov, _SUBJ)
        if subj:
            # the object-controlled verbs: "urged the sides to stop", "forced Armenia to make"
            objs = _children(gov, {"dobj"})
            if dep == "xcomp" and objs:
                return objs
            return subj
        if dep == "ccomp":
            return []
        cur = gov
    return []


def _relative_head(tok: Token) -> list[Token]:
    """ "100 soldiers it said were killed": the victims are the noun the clause hangs from."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "relcl":
            return [cur.head] if cur.head.pos_ in {"NOUN", "PROPN", "NUM"} else []
        if cur.dep_ not in {"ccomp", "xcomp"}:
            return []
        cur = cur.head
    return []


def verb_roles(trig: Trigger) -> Roles:
    tok = trig.token
    roles = Roles()
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    passive = passive or (tok.dep_ == "acl" and tok.tag_ == "VBN")  # "a truce brokered by Russia"
    roles.source = _children(tok, _SUBJ) or _inherited_subject(tok)
    roles.source = [t for t in roles.source if t.lower_ not in {"that", "which", "who"}]
    if passive:
        roles.target = _children(tok, {"nsubjpass"})
        roles.source = _pobjs(tok, {"by"})
    elif tok.tag_ == "VBG" and not roles.source:  # "shelling by the RSF killed ...": a gerund's agent
        roles.source = _pobjs(tok, {"by"})
    elif trig.type not in {"MOBILIZE", "AID"}:  # "sent troops to X": what is sent is no target
        roles.target = _children(tok, _OBJ)
    preps = _TARGET_PREPS.get(trig.type, set())
    roles.target += _pobjs(tok, preps)
    if not passive:  # "requested assistance from X", "imposed sanctions on X"
        obj_preps = preps - {"with", "to"} | {"from"} if trig.type == "REQUEST" else preps - {"with"}
        for obj in _children(tok, {"dobj"}):
            roles.target += _pobjs(obj, obj_preps)
    if trig.sense.casualty:
        roles.victims = list(roles.target) if roles.target else _children(tok, {"nsubj"})
        roles.victims = roles.victims or _relative_head(tok)
        if tok.lemma_.lower() in {"die"}:
            roles.victims, roles.source = roles.source, []
    return roles


def noun_roles(trig: Trigger) -> Roles:
    tok = trig.token
    roles = Roles()
    roles.source = _children(tok, {"poss"}) + _pobjs(tok, {"by"})
    roles.source += [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.pos_ in {"PROPN", "ADJ"}
                     and c.ent_type_ in {"NORP", "GPE", "ORG"}]
    roles.target = _pobjs(tok, _TARGET_PREPS.get(trig.type, set()) - {"with"})
    between = _pobjs(tok, {"between", "among"})
    partners = _pobjs(tok, {"with"})
    if between:
        roles.source += between
        roles.target += between
    if partners:
        roles.target += partners
    if trig.light_verb is not None and not roles.source:
        lv = trig.light_verb
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in lv.children)
        roles.source = _pobjs(lv, {"by"}) if passive else (_children(lv, _SUBJ) or _inherited_subject(lv))
        if not roles.target:
            roles.target = _pobjs(lv, _TARGET_PREPS.get(trig.type, set()))
    if tok.dep_ in {"nsubj"} and tok.head.pos_ == "VERB" and not roles.target:
        roles.target = [c for c in tok.head.children if c.dep_ == "dobj"]
    return roles


def roles_for(trig: Trigger) -> Roles:
    return noun_roles(trig) if trig.is_noun else verb_roles(trig)
