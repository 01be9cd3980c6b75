"""The actors that fill an act's roles: role phrases resolved with the report's actor index.

On top of the index's own resolution, a role knows who speaks ("we", "our" in a quote are the speaker),
whose thing an unresolved noun is ("praised Kenya's decision": Kenya; "a Qatari plan": Qatar; "the killing
of protesters by Iranian forces": Iran), and which armed group a definite group noun points back to ("the
group": the armed group or rights group named last; "the rebels", a role word, are resolved by the actor index
when the report named one armed group).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from flashpoint.actors import ActorIndex
from flashpoint.events.lexicon import Words
from flashpoint.model import Actor
from flashpoint.nlp import sent_of

_GROUP_SECTORS = {"REB", "UAF", "PTY", "NGO"}  # "the group" may be a rights group ("Human Rights Watch")


def _group_antecedent(index: ActorIndex, tok: Token) -> list[Actor]:
    """ "The paramilitary group", "the rebels": the armed group (or the non-state organisation) the report named
    last."""
    earlier = [a for a in index.mentions if a.start is not None and a.start < tok.idx]
    for actor in reversed(earlier):
        if actor.sector in _GROUP_SECTORS and (actor.org or actor.name):
            return [replace(actor, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
    return []


def _coded(index: ActorIndex, tok: Token) -> list[Actor]:
    return [a for a in index.actors_for_token(tok) if a is not None and (a.country or a.org)]


def _owner(index: ActorIndex, tok: Token, w: Words, depth: int = 0) -> list[Actor]:
    """Whose thing a noun that names no actor is: "rejected Egypt's proposal", "the killing of protesters BY
    Iranian forces", "turned down a Qatari plan", "froze the assets OF three commanders"; the far side of a
    shared thing ("its border WITH Ukraine")."""
    if tok.lemma_.lower() in w.shared_nouns:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in w.shared_noun_preps:
                found = [a for g in c.children if g.dep_ == "pobj" for a in _coded(index, g)]
                if found:
                    return found
    for c in tok.children:
        if c.dep_ == "poss" and (found := _coded(index, c)):
            return found
    by = [g for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in w.owner_preps
          for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for g in by:
        if found := _coded(index, g):
            return found
    if found := _participle_owner(index, tok, w):
        return found
    if depth == 0:  # "an offer OF French military assistance": whose the assistance is
        for g in by:
            if g.pos_ == "NOUN" and (found := _owner(index, g, w, 1)):
                return found
    # "a Qatari plan", "the Egyptian ceasefire proposal" (a demonym on the compound)
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
    inner = [g for m in mods if m.dep_ == "compound" for g in m.children if g.dep_ in {"amod", "compound"}]
    for mod in mods + inner:
        if found := _coded(index, mod):
            return found
    return []


def _participle_owner(index: ActorIndex, tok: Token, w: Words) -> list[Actor]:
    """ "rebel-held areas", "a town controlled BY the army", "a proposal submitted BY the World Bank": the one
    who holds or made the thing (words.yaml `owner_participles`); "a base hosting US troops": who is in the place
    (`occupant_participles`)."""
    for part in tok.children:
        if part.dep_ == "acl" and part.tag_ == "VBG" and part.lemma_.lower() in w.occupant_participles:
            owners = [c for c in part.children if c.dep_ == "dobj"]  # "a base hosting US troops": the troops
        elif part.dep_ in {"acl", "amod"} and part.tag_ == "VBN" and part.lemma_.lower() in w.owner_participles:
            owners = [g for c in part.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            owners += [c for c in part.children if c.dep_ in {"npadvmod", "compound", "nmod"}]
        elif part.dep_ == "amod" and part.lower_ in w.flag_participles:
            # "a British-flagged tanker", "a Greek-owned ship": the country named on the participle
            owners = [c for c in part.children if c.dep_ in {"amod", "npadvmod", "compound", "nmod"}]
        else:
            continue
        for g in owners:  # "rebels" of no stated country are localised later, as any party is
            if found := [a for a in index.actors_for_token(g) if a is not None and (a.country or a.org or a.sector)]:
                return found
    return []


def _issuers(index: ActorIndex, tok: Token, w: Words) -> list[Actor]:
    """A statement speaks for whoever issues or signs it: "a joint statement FROM the foreign ministers of Saudi
    Arabia and the UAE", "the statement, signed BY Qatar and Egypt", "a statement from the Kenyan presidency"
    (words.yaml `document_nouns`, `speech_owner_preps`); each of several issuers is a source."""
    heads = [c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in w.speech_owner_preps]
    issued = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    heads += [a for c in issued for a in c.children if a.dep_ == "agent"]
    found: list[Actor] = []
    for g in (g for h in heads for c in h.children if c.dep_ == "pobj" for g in [c, *c.conjuncts]):
        found += _coded(index, g) or (_owner(index, g, w, 1) if g.pos_ == "NOUN" else [])
    # "a communiqué issued after the summit of SADC leaders": the body that met, when nobody else is named
    meetings = [g for c in issued for a in c.children if a.dep_ == "prep" for g in a.children
                if g.dep_ == "pobj" and g.lemma_.lower() in w.meetings]  # fmt: skip
    return found or [a for g in meetings for a in _owner(index, g, w, 1) if a.org]


def _document_antecedent(index: ActorIndex, tok: Token, w: Words) -> list[Actor]:
    """ "The assembly adopted a resolution ... The resolution urges the police to ...", "The army said in a statement
    that ... The statement added that ...": a text named again with a definite determiner speaks for whoever issued it
    when it was first named (the subject of the verb whose object it was, "adopted", "issued", "released", or that
    spoke through it, words.yaml `document_medium_preps`)."""
    if not any(c.dep_ == "det" and c.lower_ in w.definite for c in tok.children):
        return []
    lemma = tok.lemma_.lower()
    for earlier in reversed(tok.doc[: tok.i]):
        medium = earlier.dep_ == "pobj" and earlier.head.dep_ == "prep" and (
            earlier.head.lower_ in w.document_medium_preps)
        if earlier.lemma_.lower() != lemma or (earlier.dep_ not in {"dobj", "nsubjpass"} and not medium):
            continue
        verb = earlier.head.head if medium else earlier.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        found = [a for d in doers for a in _coded(index, d)]
        return [replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for a in found]
    return []


def _uncoded_owner(index: ActorIndex, tok: Token, w: Words) -> list[Actor]:
    """ "the offices OF the main opposition party", "protests against THE GOVERNMENT'S decision": an owner of no
    stated country (localised later)."""
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in w.owner_preps
               for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return [a for g in owners for a in index.actors_for_token(g) if a is not None and a.sector]


def _speaker_reports(tok: Token, speaker: Actor | None, w: Words) -> bool:
    """ "Police said they had deployed a team", "the fighters said they had captured a post": the subject
    pronoun of a clause told by a speaker named earlier in the same sentence is that speaker."""
    if speaker is None or speaker.start is None or tok.lower_ not in w.speaker_pronouns:
        return False
    # sent_of: spaCy's token.sent rebuilds the doc's sentences on every call
    return tok.dep_ in {"nsubj", "nsubjpass"} and sent_of(tok).start_char <= speaker.start < tok.idx


def _speaker_group(tok: Token, speaker: Actor | None, w: Words) -> bool:
    """ "A Houthi spokesman said the group would keep targeting ships": a definite group noun that is the subject
    of a clause an armed group's speaker tells is that group."""
    return (speaker is not None and speaker.sector in _GROUP_SECTORS and tok.lemma_.lower() in w.group_nouns
            and any(c.lower_ in w.definite for c in tok.children) and speaker.start is not None
            and tok.dep_ in {"nsubj", "nsubjpass"} and sent_of(tok).start_char <= speaker.start < tok.idx)


def _pronoun_owner(index: ActorIndex, tok: Token, w: Words) -> list[Actor]:
    """ "Rwanda denied that ITS soldiers were fighting", "Kenya has pledged to lead the mission, but ITS
    officers have not deployed": a possessive pronoun on a clause's subject points to the subject of the clause
    that governs it or that it is joined to, when that clause names no other party as its object
    ("Israel struck Hezbollah, and its fighters fired back" is left alone)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    if tok.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ in w.relative_owners for c in tok.children):
        # "France, whose last troops left Chad in 2025": the noun the relative clause hangs from owns them
        owners = [a for a in index.actors_for_token(tok.head.head) if a is not None and (a.country or a.org)]
        return owners if len(owners) == 1 else []
    if not any(c.dep_ == "poss" and c.lower_ in w.possessive_pronouns for c in tok.children):
        return []
    clause = tok.head
    if clause.dep_ not in {"ccomp", "conj"} or clause.head.pos_ not in {"VERB", "AUX"}:
        return []
    gov = clause.head
    if clause.dep_ == "conj" and any(_coded(index, o) for o in gov.children if o.dep_ in {"dobj", "dative"}):
        return []
    subjects = [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
    # "the army said its air defences had downed ...": an owner of no stated country is localised later
    owners = [a for s in subjects for a in index.actors_for_token(s) if a is not None and (a.country or a.org
                                                                                          or a.sector)]
    return owners if len(owners) == 1 else []


def _belonging(actor: Actor, owner: Actor, tok: Token) -> Actor:
    """People of no stated nationality ("its officers") take their owner's country, or are the owner
    organisation's own."""
    if owner.org or not actor.sector:
        return replace(owner, text=tok.text, start=tok.idx, end=tok.idx + len(tok))
    return replace(actor, country=owner.country)


def _done_by(tok: Token, w: Words) -> bool:
    """ "the abduction of three teachers BY al-Shabaab fighters", parsed with the agent on the people: who did
    something to people is not whose people they are."""
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in w.agent_marks for c in tok.children)


def _named_instances(index: ActorIndex, tok: Token, w: Words) -> list[Actor]:
    """The parties a noun for a kind of party names when it names none itself: its proper-name apposition ("its
    NATO ally Turkey") or its examples ("partners like Saudi Arabia", "countries such as Iran and Syria")."""
    heads: list[Token] = []
    if tok.lemma_.lower() in w.related_parties | w.party_kinds:
        # right after the noun, with nothing but its own name and article ("a nation neighbouring India" says
        # whom the nation borders, not who it is)
        heads += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1
                  and all(t.pos_ in {"DET", "PROPN"} for t in c.doc[c.left_edge.i : c.i])]
    for c in tok.children:
        if c.dep_ == "prep" and " ".join([*(t.lower_ for t in c.lefts), c.lower_]) in w.example_preps:
            heads += [g for g in c.children if g.dep_ == "pobj"]
    return [a for h in heads for a in _coded(index, h)]


def _actor(index: ActorIndex, tok: Token, speaker: Actor | None, w: Words) -> list[Actor]:
    if speaker is not None and (tok.lower_ in w.first_person or _speaker_reports(tok, speaker, w)
                                or _speaker_group(tok, speaker, w)):
        return [replace(speaker, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
    found = [a for a in index.actors_for_token(tok) if a is not None]
    if not found and tok.pos_ == "NOUN" and (instances := _named_instances(index, tok, w)):
        return instances
    if tok.pos_ == "NOUN" and (whose := _pronoun_owner(index, tok, w)):  # over the index's nearest guess
        return [_belonging(f, whose[0], tok) for f in found] if found else \
            [replace(whose[0], text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
    if tok.lemma_.lower() in w.related_parties and any(c.dep_ == "poss" for c in tok.children):
        return found  # "Kenya's donors", "its allies" are others, not the possessor ("the American enemy" is)
    if not found and tok.pos_ == "NOUN":
        found = _owner(index, tok, w) or _uncoded_owner(index, tok, w)
    elif not any(a.country or a.org for a in found) and tok.pos_ == "NOUN" and not _done_by(tok, w):
        # "its officers": people of no stated nationality belong to their owner only when it is named
        owner = _owner(index, tok, w)
        named = all(c.pos_ != "PRON" for c in tok.children if c.dep_ == "poss")
        found = owner if owner and named else found
    if not any(a.country or a.org for a in found) and tok.lemma_.lower() in w.document_nouns:
        found = _issuers(index, tok, w) or _document_antecedent(index, tok, w) or found
    if not found and tok.lemma_.lower() in w.group_nouns and any(c.lower_ in w.definite for c in tok.children):
        found = _group_antecedent(index, tok)
    if not found and tok.pos_ == "NUM":  # "arrested 17 of their suppliers", "killed 9 of the attackers": the count's
        whole = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in w.partitive_preps  # "of" names them
                 for g in c.children if g.dep_ == "pobj"]
        found = [a for g in whole for a in _actor(index, g, speaker, w)]
    return found


def role_actors(index: ActorIndex, toks: Iterable[Token], speaker: Actor | None, w: Words) -> list[Actor]:
    """The coded actors of the phrases headed by `toks`, each once."""
    seen: set[tuple[str | None, ...]] = set()
    out: list[Actor] = []
    for tok in toks:
        for actor in _actor(index, tok, speaker, w):
            key = actor.key()
            if key not in seen and (actor.country or actor.org or actor.name or actor.sector):
                seen.add(key)
                out.append(actor)
    return out
