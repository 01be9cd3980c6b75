"""Who acts and who is acted on: the source and target phrases of a trigger, by the rules of arguments.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from flashpoint.events.lexicon import ArgumentRules, Lexicon, Words
from flashpoint.events.triggers import (
    Trigger,
    bare_passive_conjunct,
    coordinate_head,
    names_act,
    noun_senses,
    reduced_relative,
    shared_passive_subject,
    speakers_conjunct,
    speech_makers,
)

_NOMINAL = {"NOUN", "PROPN"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # a verb that takes a subject of its own
# Clause links through which a verb with no subject of its own takes its governor's.
_INHERITING = {"xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "acomp"}


@dataclass
class Roles:
    """Token heads of the phrases that fill an event's roles."""

    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    victims: list[Token] = field(default_factory=list)
    mediated: bool = False  # talks held by a third party: the source is the mediator


def _children(tok: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _onset_sides(tok: Token, rules: ArgumentRules) -> list[Token]:
    """ "Fighting erupted between the army and Fano militiamen", "clashes broke out between police and protesters":
    the sides of an act named as the subject of the verb that tells it began or went on, hung on that verb."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return _pobjs(verb, rules.shared_preps)


_PREP_DEPS = {"prep", "agent", "dative"}


def _pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    # "sent its minister TO Beirut": the parser may call the preposition of a ditransitive verb its dative
    found = [g for c in tok.children if c.dep_ in _PREP_DEPS and c.lower_ in preps for g in _prep_objects(c)]
    # "handed four villages over TO Azerbaijan": a preposition hung on a particle the parser took for a preposition
    return found + [g for c in tok.children if c.dep_ == "prep" and c.lower_ not in preps and not _prep_objects(c)
                    for d in c.children if d.dep_ == "prep" and d.lower_ in preps for g in _prep_objects(d)]


def _prep_objects(prep: Token) -> list[Token]:
    """The object of a preposition; "fired AT thousands of students marching in Colombo": the parser may make the
    object the subject of the participle after it, hung on the preposition."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return objs or [s for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    for s in g.children if s.dep_ == "nsubj" and s.pos_ in _NOMINAL]


def _verb_hung_agent(noun: Token, rules: ArgumentRules) -> list[Token]:
    """ "police dispersed a rally BY opposition supporters": the parser may hang a noun's agent on the active verb
    whose object the noun is. A verb with a subject of its own has no agent, so a "by" right after its object is
    the object's."""
    verb = noun.head
    if noun.dep_ != "dobj" or _passive(verb) or not _children(verb, {"nsubj"}):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in rules.agent_preps
            and c.i == noun.right_edge.i + 1 for g in _prep_objects(c)]


def _speaks_of(verb: Token, trig: Trigger, lex: Lexicon) -> bool:
    """ "The killing of the aid worker was condemned by Paris": the agent of a verb that is a speech act of its own
    (condemning, rejecting, welcoming) is that act's doer, not the doer of the non-verbal act its subject names."""
    verbal = lex.types.verbal
    return trig.sense.type not in verbal and any(
        s.type in verbal for s in lex.verbs.get(verb.lemma_.lower(), ()))


def _stranded_agent(verb: Token, rules: ArgumentRules) -> list[Token]:
    """The agent of a passive that the parser hung on a phrase below the verb: "were granted access to the plant
    BY Russian officials", "was found guilty of plotting a coup BY Brazil's supreme court" (the object, or a
    phrase of its own preposition, not another clause's)."""
    frontier = [c for c in verb.children if c.dep_ in {"dobj", "prep", "oprd"}]
    for _ in range(3):
        below: list[Token] = []
        for t in frontier:
            found = [g for c in t.children if c.dep_ == "prep" and c.lower_ in rules.agent_preps
                     for g in c.children if g.dep_ == "pobj" and g.pos_ in _NOMINAL]
            if found and t.dep_ != "prep":
                return found
            below += [c for c in t.children if c.dep_ in {"pobj", "pcomp", "dobj", "prep"}
                      and c.lower_ not in rules.agent_preps]
        frontier = below
    return []


def _order_nouns(tok: Token, lex: Lexicon) -> list[Token]:
    """ "suspended ... on the orders of X": the order nouns in the verb's own clause (the parser may hang the
    phrase on a noun of the clause: "suspended in two districts on the orders of")."""
    found = []
    for t in tok.subtree:
        if t.dep_ != "pobj" or t.head.lower_ not in lex.words.order_preps:
            continue
        if t.lemma_.lower() not in lex.words.order_nouns:
            continue
        path = list(t.head.ancestors)
        if tok in path and not any(a.pos_ in {"VERB", "AUX"} for a in path[: path.index(tok)]):
            found.append(t)
    return found


def _ordered_by(tok: Token, lex: Lexicon) -> list[Token]:
    """ "were suspended on the orders of the home department": who ordered a passive act is its source."""
    return [g for o in _order_nouns(tok, lex) for g in _pobjs(o, lex.words.of_preps)]


def _accused(prep: Token, lex: Lexicon) -> list[Token]:
    """Whom an accusation names as the doer of the act under its preposition: "accused X of shelling",
    "blamed X for the attack", and "accused X of ..." where the parser hangs "of" on X; "accused X of violating
    the truce and of killing 40 people": a second preposition joined to the first names an act of the same X."""
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    head = prep.head
    if head.lemma_.lower() in lex.words.accusation_verbs:
        return _children(head, {"dobj"})
    if head.dep_ == "dobj" and head.head.lemma_.lower() in lex.words.accusation_verbs:
        return [head]
    return []


def _apposed_to_teller(t: Token, verb: Token, w: Words) -> bool:
    """ "According to the Centre for Democracy, a local rights group, three protesters were shot": the parser may
    take the apposition of the "according to" phrase for a second subject of the verb; it is the teller's."""
    if not any(c.dep_ == t.dep_ and c.i > t.i for c in verb.children):
        return False
    comma = t.left_edge.i - 1
    return comma > 0 and t.doc[comma].is_punct and any(
        c.lower_ in w.according and c.right_edge.i == comma - 1 for c in verb.children)


def _convicted(prep: Token, lex: Lexicon) -> list[Token]:
    """Whom a sentence or a conviction names as the doer of the act it is for: "sentenced four officers for the
    disappearance of two students", "sentences handed down against five officers for the killing of ...",
    "condemned the police for the killing of protesters" (words.yaml `conviction_words`, `punished_preps`)."""
    w = lex.words
    if prep.lower_ not in w.punished_preps:
        return []
    head = prep.head
    if head.lemma_.lower() in w.conviction_words:
        return _children(head, {"dobj", "nsubjpass"})
    if head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in w.conviction_words:
        return [head]
    if head.dep_ == "pobj" and _sentenced_by(head.head.head, w):  # "sentences handed down against five officers for"
        return [head]
    return []


def _sentenced_by(verb: Token, w: Words) -> bool:
    """The verb is a conviction, or names the sentence it hangs on ("the sentences of 30 years handed down")."""
    if verb.lemma_.lower() in w.conviction_words:
        return True
    if verb.dep_ != "acl":
        return False
    for above in verb.ancestors:
        if above.lemma_.lower() in w.conviction_words:
            return True
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _inherited_subject(tok: Token, rules: ArgumentRules, lex: Lexicon, preps: frozenset[str] = frozenset()
                       ) -> list[Token]:
    """The subject of a verb with none of its own: "intends to send", "accusing X of occupying"."""
    cur = tok
    said = speakers_conjunct(tok, lex.words)
    if said is not None:  # "denied that its members were involved and urged ...": the speaker urges
        return _children(said, rules.subject_deps)
    while cur.head.i != cur.i:
        dep, gov = cur.dep_, coordinate_head(cur)  # "urged X to open ... and called on Y": the group calls
        if dep == "pcomp":
            accused = _accused(gov, lex)
            if accused:
                return accused
        if dep == "acl" and gov.lemma_.lower() in lex.words.intent_nouns and gov.dep_ == "dobj":
            # "Putin had no plans to meet Zelensky"; the intent's named owner wins over the one who tells it:
            # "the envoy expressed the readiness of the UN to support", "affirmed Algeria's readiness to host"
            return _intent_owner(gov, lex) or _children(gov.head, rules.subject_deps)
        if dep == "acl" and (issuer := document_verb(cur, lex)) is not None:
            return _children(issuer, rules.subject_deps)  # "signed a joint statement promising to deepen ties"
        if dep in {"relcl", "acl"}:  # "forces that attacked", "demonstrators protesting against ..."
            active = cur.tag_ != "VBN" or _root_noun_clause(cur, preps if cur.i == tok.i else frozenset())
            return [gov] if gov.pos_ in {"NOUN", "PROPN", "PRON"} and active else []
        # "replied by holding exercises", "retaliated after shelling the town": the verb's own subject acts
        adjunct = dep == "prep" and cur.lower_ in lex.words.adjunct_preps
        if dep == "pobj" and cur.tag_ == "VBG" and gov.lower_ in lex.words.adjunct_preps:
            cur = gov  # "seized the town before withdrawing": the gerund hangs off the preposition as its object
            continue
        if dep not in _INHERITING and not adjunct:
            return []
        subj = _children(gov, rules.subject_deps)
        # "Hamas is expected to release", "troops were ordered to withdraw" (an infinitive: "were found killed"
        # names victims)
        if not subj and dep == "xcomp" and cur.tag_ == "VB":
            subj = _children(gov, {"nsubjpass"})
        if subj:
            # the object-controlled verbs: "urged the sides to stop", "forced Armenia to make"
            objs = _children(gov, {"dobj"})
            return objs if dep == "xcomp" and objs else subj
        if dep == "ccomp":
            return []
        cur = gov
    return []


def _intent_owner(noun: Token, lex: Lexicon) -> list[Token]:
    """Whose intent an intent noun names, when it names one: "Algeria's readiness", "the readiness of Moscow" (a
    pronoun, "its readiness", is the teller's own)."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + _pobjs(noun, lex.words.of_preps)
    return [o for o in owners if o.pos_ in {"PROPN", "NOUN"}][:1]


def _unrelative(found: list[Token], tok: Token, lex: Lexicon) -> list[Token]:
    """A relative pronoun stands for the noun its clause hangs from: "Traore, who seized power in a coup",
    "the army, which has been fighting the militia", "a convoy that was ambushed", "an Omani team that
    travelled to Sanaa to mediate"."""
    out = []
    for t in found:
        # the clause the pronoun opens: the trigger's own, or the one whose verb it completes ("supporters who
        # tried to hold a rally"; not "which denied carrying out the attack": a denial is no act of the doer's)
        denied = t.head.lemma_.lower() in lex.words.denial_verbs
        completes = tok.dep_ == "xcomp" and tok.head.i == t.head.i and not denied
        # "troops who neutralised forty fighters AND recovered weapons": a verb joined to the pronoun's own
        joined = tok.dep_ == "conj" and tok.head.i == t.head.i
        clause = tok if tok.dep_ == "relcl" or not (completes or joined) else t.head
        if t.lower_ not in lex.words.relative_pronouns:
            out.append(t)
        elif clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
            out.append(clause.head)
    return out


def _subjects(tok: Token, rules: ArgumentRules, lex: Lexicon, preps: frozenset[str] = frozenset()) -> list[Token]:
    found = _children(tok, rules.subject_deps) or _aux_subject(tok, rules) \
        or _inherited_subject(tok, rules, lex, preps) or _opening_name(tok)
    return _unrelative(found, tok, lex)


def _aux_subject(tok: Token, rules: ArgumentRules) -> list[Token]:
    """ "Britain and France however have opposed ...": the parser may hang the subject on the auxiliary."""
    return [s for a in _children(tok, {"aux", "auxpass"}) for s in _children(a, rules.subject_deps)]


def _opening_name(tok: Token) -> list[Token]:
    """ "Nauru recalled its ambassador", "Windhoek accused ...": a name that opens the sentence, right before a
    verb with no subject, which the parser took for an adverb (or an interjection) of it; a word that is no name
    ("Meanwhile") resolves to no actor and so names no one."""
    if tok.tag_ not in _FINITE_TAGS and not (tok.dep_ == "ROOT" and tok.tag_ == "VBN"):
        return []
    return [c for c in tok.children if c.dep_ in {"advmod", "npadvmod", "intj"} and c.i + 1 == tok.i
            and c.text[:1].isupper() and c.ent_type_ not in _WHEN and c.pos_ in {"PROPN", "ADV", "INTJ"}
            and all(t.dep_ == "compound" and t.text[:1].isupper() for t in tok.doc[c.sent.start:c.i])]


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


def _root_noun_clause(tok: Token, preps: frozenset[str] = frozenset()) -> bool:
    """ "Islamist militants killed at least 17 soldiers": parsed as a noun ("militants", the root) with a
    participle hanging off it ("killed", acl). A participle with an object of its own is no passive: the
    noun is its subject and the sentence has no other verb. Nor is a prepositional verb whose preposition
    (`preps`, the trigger's own: "called ON") keeps its object: a passive would strand it ("ASEAN's envoy
    called on all parties to ...", not "the parties were called on"). With the source of the report after it
    ("Armed bandits abducted 43 villagers ..., police said") the parser may make the noun a second subject of
    the reporting verb instead."""
    if tok.dep_ != "acl" or (tok.head.dep_ != "ROOT" and not _second_subject(tok.head)):
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in preps and _children(c, {"pobj"}))
               for c in tok.children)


def _second_subject(noun: Token) -> bool:
    """ "bandits [abducted ...], police said": a noun the parser made one of two subjects of one verb, neither
    joined to the other."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != noun.i for c in noun.head.children)


def _passive(tok: Token, preps: frozenset[str] = frozenset()) -> bool:
    # "a truce brokered by Russia": a past participle modifying a noun is passive too
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or (
        reduced_relative(tok) and not _root_noun_clause(tok, preps)) or _agented_participle(tok)


def _agented_participle(tok: Token) -> bool:
    """ "held talks on Monday, mediated by the African Union": a past participle set off as a clause, with an agent
    and no subject of its own, is passive (not done by the subject of the verb it hangs on)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)


def _people(obj: Token, rules: ArgumentRules, lex: Lexicon) -> list[Token]:
    """The people an object names: itself ("12 hostages"), or the whole a number is part of ("15 of the captives")."""
    if obj.lemma_.lower() in rules.people_objects:
        return [obj]
    whole = _pobjs(obj, lex.words.partitive_preps) if obj.pos_ == "NUM" else []
    return [g for g in whole if g.lemma_.lower() in rules.people_objects]


def _helped(verb: Token, rules: ArgumentRules) -> list[Token]:
    """Whom a purpose clause of `rules.purpose_verbs` says an act is for: "sent aid to help Haiti", "to help Haiti
    cope with the quake" (the parser makes Haiti the subject of "cope")."""
    purposes = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in rules.purpose_verbs]
    return [o for c in purposes for o in _children(c, {"dobj"})] or [
        s for c in purposes for k in _children(c, {"ccomp", "xcomp"}) for s in _children(k, {"nsubj"})]


def _inverted_speaker(verb: Token, lex: Lexicon) -> list[Token]:
    """ '"Venezuela will defend its waters," warned the chancellor': a verb of saying after the quote it closes,
    with no subject of its own, has its speaker after it (the parser takes it for the object)."""
    w = lex.words
    if verb.lemma_.lower() not in w.speech_verbs or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    if not any(c.dep_ == "punct" and c.i < verb.i and c.text in w.closing_marks for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in _NOMINAL]


def _demonym_like(tok: Token) -> bool:
    """A nationality or a name modifying a noun: tagged so, or capitalised inside its sentence (the tagger misses
    "a Turkish F-16")."""
    return tok.ent_type_ in {"NORP", "GPE"} or (tok.text[:1].isupper() and not tok.is_sent_start)


def _armed_modifier(verb: Token, lex: Lexicon) -> list[Token]:
    """ "were killed in Israeli tank shelling": the parser may take the weapon or force before a gerund for the
    object of the preposition and the gerund for a clause of its own; the weapon's demonym or name is the doer."""
    if verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    if before.pos_ != "NOUN" or before.lemma_.lower() not in lex.words.weapons | lex.words.troops:
        return []
    return [g for g in before.children if g.dep_ in {"amod", "compound"} and g.pos_ in {"PROPN", "ADJ"}
            and g.ent_type_ in {"NORP", "GPE", "ORG"}]  # fmt: skip


def _comitative(tok: Token, lex: Lexicon) -> bool:
    """ "together with", "along with": the object of a preposition so marked acts beside the subject."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and any(c.lower_ in lex.words.comitative_marks for c in prep.children if c.dep_ == "advmod")


def _companions(tok: Token, lex: Lexicon) -> list[Token]:
    """Who acts beside the phrase or verb `tok`: "Kenya ALONG WITH Uganda sent troops", "France, TOGETHER WITH
    Germany, met", "Rwanda, ALONGSIDE Uganda, deployed" (words.yaml `comitative_marks`, `comitative_preps`,
    `companion_preps`; not "ALONG the border")."""
    w = lex.words
    out: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ in w.companion_preps:  # "alongside X"
            out += _prep_objects(prep)
        elif prep.lower_ in w.comitative_marks:  # "along with X"
            out += [g for d in prep.children if d.dep_ == "prep" and d.lower_ in w.comitative_preps
                    for g in _prep_objects(d)]  # fmt: skip
        elif prep.lower_ in w.comitative_preps and any(
                a.dep_ == "advmod" and a.lower_ in w.comitative_marks for a in prep.children):
            out += _prep_objects(prep)  # "together with X"
    return [t for t in out if t.pos_ in _NOMINAL]


def _partnered_act(noun: Token, lex: Lexicon) -> bool:
    """ "dialogue", "talks", "cooperation": a noun naming an act two sides do together."""
    return any(s.type is not None and lex.arguments_for(s.type, s.mode).reciprocal for s in noun_senses(noun, lex))


def _attributed(tok: Token, lex: Lexicon) -> bool:
    """The object of the "to" of "according to"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.head.lower_ in lex.words.according and prep.head.i != prep.i


def _owned(noun: Token) -> bool:
    """ "Morocco's plan", "the Saudi initiative": a noun that names whose it is (a name, not a pronoun)."""
    return any((c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"})
               or (c.dep_ in {"amod", "compound"} and c.pos_ in {"PROPN", "ADJ"} and c.ent_type_ in {"NORP", "GPE"})
               for c in noun.children)


def verb_roles(trig: Trigger, lex: Lexicon) -> Roles:
    tok = trig.token
    rules = lex.arguments_for(trig.type, trig.sense.mode)
    roles = Roles(source=_subjects(tok, rules, lex, trig.sense.prep))
    # "were killed in Israeli tank shelling, medics said": the side the weapon's modifier names fires, never a subject
    # found higher up (the speaker's)
    armed = _armed_modifier(tok, lex) if tok.tag_ == "VBG" and not _children(tok, rules.subject_deps) else []
    roles.source = armed or roles.source
    passive = _passive(tok, trig.sense.prep)
    # "displaced by fighting between the army and the AA, a UN spokesperson said": a gerund used as a noun names its
    # sides, never the subject of the clause above it
    between = _pobjs(tok, rules.shared_preps) if tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "pobj"} else []
    if between:
        roles.source, roles.target = list(between), list(between)
        return roles
    if bare_passive_conjunct(tok):  # "were dragged away and beaten (by police)": the first verb's subject is hit
        passive = True
        roles.target = shared_passive_subject(tok.head, lex)
        roles.source = _pobjs(tok, rules.agent_preps) or _pobjs(tok.head, rules.agent_preps)
    elif passive:
        roles.target = [t for t in _unrelative(_children(tok, {"nsubjpass"}), tok, lex)
                        if not _apposed_to_teller(t, tok, lex.words)]
        if not roles.target and tok.dep_ == "acl" and rules.objects_are_targets and tok.head.pos_ in _NOMINAL:
            roles.target = [tok.head]  # "pardoned 12 soldiers convicted over a coup plot": the soldiers
        # "Ethiopia and Somalia held talks in Ankara, mediated by Turkey": the act the participle is said of, held by
        # its light verb's subjects, who are the parties
        # (or, parsed as a clause of the light verb, "held talks on Monday, mediated by Turkey")
        held = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else tok.head if tok.dep_ == "advcl" \
            else None
        if held is not None and any(names_act(o, trig.type, lex) for o in _children(held, {"dobj"})):
            roles.target = _subjects(held, rules, lex) or roles.target
        roles.source = _pobjs(tok, rules.agent_preps) or _ordered_by(tok, lex) or _stranded_agent(tok, rules) \
            or [g for g in _pobjs(tok, rules.expeller_preps) if g.ent_type_ == "GPE"]
        if not roles.source and not rules.objects_are_targets:
            # "a Turkish F-16 was scrambled": where what is acted on is no party, the passive subject is what is
            # moved, and one whose nationality or name it gives is the side that moves it
            moved = [t for t in roles.target if t.lemma_.lower() not in rules.people_objects
                     and any(g.dep_ in {"amod", "compound"} and g.pos_ in {"PROPN", "ADJ"} and _demonym_like(g)
                             for g in t.children)]
            roles.source = moved
            roles.target = [t for t in roles.target if t not in moved]
        between = [] if roles.source else _pobjs(tok, rules.shared_preps)
        # "a deal BETWEEN Serbia and Kosovo was signed": the sides named on the act's own noun, its subject
        between = between or ([] if roles.source else [g for o in _children(tok, {"nsubjpass"})
                                                        if names_act(o, trig.type, lex)
                                                        or o.lemma_.lower() in trig.sense.obj
                                                        for g in _pobjs(o, rules.shared_preps)])
        if between:  # "a memorandum signed last week between Ethiopia and Somaliland": both sides act
            roles.source, roles.target = list(between), list(between)
    elif tok.tag_ == "VBG" and not roles.source:  # "shelling by the RSF killed ...": a gerund's agent
        roles.source = _pobjs(tok, rules.agent_preps)
        between = [] if roles.source else _pobjs(tok, rules.shared_preps) + _onset_sides(tok, rules)
        if between:  # "fighting between the army and the RSF continued": a gerund used as a noun, both sides act
            roles.source, roles.target = list(between), list(between)
            return roles
    elif not roles.source and (speaker := _inverted_speaker(tok, lex)):
        roles.source = speaker  # '"We will defend every centimetre," warned the chancellor': no target in it
    elif rules.objects_are_targets:  # "the PKK, which Baghdad banned": the noun the relative pronoun stands for
        roles.target = _unrelative(_children(tok, rules.object_deps), tok, lex)
        if rules.moves_own:  # "withdrew its troops": the doer's own
            roles.target = [t for t in roles.target if not _children(t, {"poss"})
                            or any(p.lower_ not in lex.words.possessive_pronouns for p in _children(t, {"poss"}))]
    elif _pobjs(tok, lex.words.supplying_preps):  # "provided Egypt WITH $50 billion": Egypt is supplied
        roles.target = _children(tok, {"dobj", "dative"})
    else:  # "rescued 12 hostages", "rescued 15 of the captives": the people helped
        roles.target = [p for o in _children(tok, {"dobj"}) for p in _people(o, rules, lex)]
        # "granted Zimbabwe new loans", "gave Kabul $50 million": the first of two objects receives (a dative
        # "to" is a preposition, read with `target_preps`)
        roles.target += [d for d in _children(tok, {"dative"}) if d.pos_ in _NOMINAL and _children(tok, {"dobj"})]
    roles.target += [g for g in _pobjs(tok, rules.target_preps) if g not in roles.source]
    # "spoke by telephone WITH Zelensky": the partner hangs on the means the verb's sense is picked by (not on an
    # act asked for: "called for the release OF two activists" names who is to be freed)
    roles.target += [g for o in _pobjs(tok, trig.sense.prep) if not noun_senses(o, lex)
                     for g in _pobjs(o, rules.partner_preps) if g not in roles.source and g not in roles.target]
    if not rules.reciprocal:  # "would strike Kyiv together WITH Belarusian forces": whoever acts along with the source
        roles.target = [t for t in roles.target if not _comitative(t, lex)]
    # "agreed TO a deal WITH Hamas": an act of the verb's own type named under its preposition names the party
    roles.target += [g for o in _pobjs(tok, rules.target_preps) if names_act(o, trig.type, lex)
                     for g in _pobjs(o, rules.object_preps) if g not in roles.target]
    # "refused any dialogue WITH ECOWAS": the parser hangs on the verb the partner of an act done with a partner (one
    # whose own rules are `reciprocal`) that the object names
    if any(_partnered_act(o, lex) for o in _children(tok, {"dobj"})):
        roles.target += [g for g in _pobjs(tok, rules.partner_preps) if g not in roles.target]
    # "mediated a prisoner exchange BETWEEN Russia and Ukraine": the mediator acts toward the two sides
    if rules.mediated_mode is not None and trig.sense.mode == rules.mediated_mode:
        roles.target += [g for o in _children(tok, {"dobj"}) for g in _pobjs(o, rules.shared_preps)
                         if g not in roles.target]
    # "closed its borders WITH Togo": the parser hangs the shared noun's preposition on the verb
    if any(o.lemma_.lower() in lex.words.shared_nouns for o in _children(tok, {"dobj"})):
        roles.target += _pobjs(tok, lex.words.shared_noun_preps)
    if not roles.target and not passive:  # "sent aid to help Haiti"
        roles.target = _helped(tok, rules)
    # "dispersed a rally BY opposition supporters": an object that names an act has its doer hung on the verb
    roles.target += [g for o in _children(tok, {"dobj"}) if noun_senses(o, lex)
                     for g in _verb_hung_agent(o, rules) if g not in roles.target]  # fmt: skip
    if not roles.target:  # "fired tear gas to disperse the crowd"
        roles.target = [o for c in tok.children if c.dep_ in {"xcomp", "advcl"}
                        and c.lemma_.lower() in lex.words.crowd_verbs for o in _children(c, {"dobj"})]  # fmt: skip
    if not passive:  # "requested assistance from X", "imposed sanctions on X"
        for obj in _children(tok, {"dobj"}):
            # "endorsed the Saudi plan FOR Yemen", "backed Morocco's autonomy plan FOR Western Sahara": an object
            # that names its owner is the party acted toward; what it is meant for is none
            owned = rules.objects_are_targets and _owned(obj)
            roles.target += _pobjs(obj, rules.object_preps - lex.words.purpose_preps if owned else rules.object_preps)
            # "provided 3 million euros in funding TO Lebanon", "sent a shipment of tents TO Turkey"
            roles.target += [g for o in _pobjs(obj, lex.words.amount_preps) for g in _pobjs(o, rules.object_preps)]
            # "forgave $200 million of Zambia's debt", "wrote off Iraqi debt": whoever owes it
            roles.target += [g for o in [obj, *_pobjs(obj, lex.words.amount_preps)]
                             if o.lemma_.lower() in lex.words.owed_nouns for g in _debtors(o)]
    if passive:  # "Evidence AGAINST Russia was presented by the US": the passive subject's own preposition
        roles.target += [g for o in _children(tok, {"nsubjpass"}) for g in _pobjs(o, rules.object_preps)
                         if g not in roles.target]
    if passive:  # "arrested on the orders of the governor": who ordered it is no target
        orders = _order_nouns(tok, lex)
        roles.target = [t for t in roles.target if t not in orders]
    # "gave in to the union's demands", "bowed to opposition demands": a demand stands for whoever made it
    roles.target = [g for t in roles.target
                    for g in (_demand_makers(t) or [t] if t.lemma_.lower() in lex.words.demand_nouns else [t])]
    # "released the hostages, according TO Red Cross officials": whoever a claim is attributed to is no target (the
    # parser hangs "to" under "according", a preposition with no object of its own)
    roles.target = [t for t in roles.target if not _attributed(t, lex)]
    if trig.sense.reverse and not passive:  # "received the visiting minister": the visitor is the source
        roles.source, roles.target = roles.target, roles.source
    if trig.sense.casualty:
        roles.victims = list(roles.target) if roles.target else _children(tok, {"nsubj"})
        roles.victims = roles.victims or _relative_head(tok)
        if trig.sense.victim_subject:
            roles.victims, roles.source = roles.source, []
    return roles


def document_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that issues, sends or signs the document a participle speaks through ("signed a joint statement
    PROMISING to deepen ties", "published a report ACCUSING the army"), also where the parser hangs the participle
    on the document's addressee ("sent a letter to the head of the agency THREATENING to cut its funding") or on
    the verb ("sent a letter to Ankara URGING restraint")."""
    # (a participle that says what the document does; "received a report that a ship had been boarded" tells what
    # the report says, and who receives a document did not write it)
    gov = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in {"acl", "advcl"}:
        return None
    if tok.dep_ == "acl" and gov.lemma_.lower() in lex.words.document_nouns and gov.dep_ == "dobj":
        gov = gov.head
    elif tok.dep_ == "acl":
        addressed = False
        while gov.dep_ in {"pobj", "prep", "dative"} and gov.head.i != gov.i:
            addressed = addressed or (gov.dep_ in _PREP_DEPS and gov.lower_ in lex.words.addressed_preps)
            gov = gov.head
        if not addressed:
            return None
    sent = [o for o in _children(gov, {"dobj"}) if o.lemma_.lower() in lex.words.document_nouns and o.i < tok.i]
    issued = gov.pos_ == "VERB" and gov.lemma_.lower() not in lex.words.receiving_verbs
    return gov if sent and issued else None


def addressees(tok: Token, lex: Lexicon) -> list[Token]:
    """Whom the document a participle speaks through was sent to: "sent a letter TO Ankara urging restraint" (only
    where the participle hangs on the document itself: one the parser hangs on the addressee is part of its
    phrase)."""
    issuer = document_verb(tok, lex)
    if issuer is None or tok.dep_ == "acl" and tok.head.lemma_.lower() not in lex.words.document_nouns:
        return []
    return _pobjs(issuer, lex.words.addressed_preps)


def _mediator(trig: Trigger, lv: Token | None, rules: ArgumentRules, lex: Lexicon) -> list[Token]:
    """Who holds talks between others: the subject of "hosted/brokered talks", the agent of "talks brokered
    by the Church", the subject of "launched a mediation effort" (a noun that names the mediation itself)."""
    if rules.mediated_mode is None:
        return []
    tok = trig.token
    mediation = trig.sense.mode is not None and trig.sense.mode == rules.mediated_mode
    if lv is not None and (mediation or lv.lemma_.lower() in lex.words.mediation_verbs):
        return _pobjs(lv, rules.agent_preps) if _passive(lv) else _subjects(lv, rules, lex)
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in lex.words.mediation_verbs:
            return _pobjs(c, rules.agent_preps)
    # "held talks on Monday, mediated by the African Union": the participle parsed as a clause of the light verb
    for c in lv.children if lv is not None and tok.dep_ == "dobj" else []:
        if _agented_participle(c) and c.lemma_.lower() in lex.words.mediation_verbs:
            return _pobjs(c, rules.agent_preps)
    # "held the third round of talks in Kunming under the mediation of the Chinese side" (the parser may hang the
    # "under" on a date of the clause: "on the 11th under the mediation of"; not on a verb of another clause)
    return [g for h in ([tok, lv] if lv is not None else [tok]) for c in h.subtree
            if c.dep_ == "prep" and c.lower_ in lex.words.auspice_preps and (c.head == h or c.head.pos_ != "VERB")
            for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in lex.words.auspice_nouns
            for g in _pobjs(n, lex.words.of_preps)]


def _infinitive(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lex.words.infinitive_marks for c in verb.children)


def noun_roles(trig: Trigger, lex: Lexicon) -> Roles:
    tok = trig.token
    rules = lex.arguments_for(trig.type, trig.sense.mode)
    mediator = _mediator(trig, trig.light_verb, rules, lex)
    if mediator:  # "Qatar hosted talks between Hamas and Israel": Qatar to both parties
        between = _pobjs(tok, rules.shared_preps) + [g for c in tok.children if c.dep_ == "acl"
                                                     for g in _pobjs(c, rules.shared_preps)]  # fmt: skip
        # "Ethiopia and Somalia held talks in Ankara, mediated by Turkey": who held them are the parties
        held = [] if trig.light_verb is None or _passive(trig.light_verb) else \
            [t for t in _subjects(trig.light_verb, rules, lex) if t not in mediator]
        return Roles(source=mediator, target=between + _pobjs(tok, rules.partner_preps) + held, mediated=True)
    roles = Roles()
    lv = trig.light_verb
    # "the heads of the border services held negotiations BY telephone": with a light verb that has a subject of
    # its own, a "by" on the noun is the means, not the doer
    speaking = lv is not None and not _passive(lv) and bool(_children(lv, rules.subject_deps))
    roles.source = _children(tok, {"poss"}) + ([] if speaking else _pobjs(tok, rules.agent_preps))
    if not roles.source and lv is None:
        roles.source = _verb_hung_agent(tok, rules)
    # "a ceasefire announced by Armenia" (but "a truce brokered by Russia" names the mediator)
    roles.source += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() not in lex.words.mediation_verbs | lex.words.judging_verbs
                     for g in _pobjs(c, rules.agent_preps)]  # fmt: skip
    roles.source += [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.pos_ in {"PROPN", "ADJ"}
                     and c.ent_type_ in {"NORP", "GPE", "ORG"}]  # fmt: skip
    if not roles.source and trig.sense.embed in {"subsume", "adopt"}:  # "an offer of talks from the minister"
        roles.source = speech_makers(tok, lex.words)
    theme = _pobjs(tok, rules.theme_preps)
    if not roles.source and not speaking:  # "the abduction of three teachers BY al-Shabaab": an agent on the theme
        roles.source = [g for t in theme for g in _pobjs(t, rules.agent_preps)]
    # "Russian missile strikes", "Israeli drone attacks": the parser may hang the doer on the weapon
    roles.source += [g for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" for g in c.children
                     if g.dep_ in {"amod", "compound"} and g.pos_ in {"PROPN", "ADJ"}
                     and g.ent_type_ in {"NORP", "GPE", "ORG"}]  # fmt: skip
    # ("demands FROM the union": whoever made the speech act is not also whom it is aimed at)
    roles.target = [t for t in _pobjs(tok, rules.object_preps) if t not in roles.source]
    # "talks between X and Y", "a swap of detainees between X and Y", "a memorandum signed between X and Y"
    between = _pobjs(tok, rules.shared_preps) + [g for o in _pobjs(tok, lex.words.owner_preps)
                                                 for g in _pobjs(o, rules.shared_preps)]  # fmt: skip
    # ("an offer to mediate between X and Y": an infinitive is what the noun is about, its parties the content's)
    between += [g for c in tok.children if c.dep_ == "acl" and not _infinitive(c, lex)
                for g in _pobjs(c, rules.shared_preps)]  # fmt: skip
    between += _onset_sides(tok, rules)
    if between:
        roles.source += between
        roles.target += between
    roles.target += _pobjs(tok, rules.partner_preps)
    if lv is not None and lv.lemma_.lower() in lex.words.receiving_verbs:
        return _received(tok, lv, roles, rules, lex)
    # "the Syrian Armed Forces began their assault": the possessive points to the light verb's subject
    if lv is not None and roles.source and all(t.pos_ == "PRON" for t in roles.source) and not _passive(lv):
        roles.source = _subjects(lv, rules, lex) or roles.source
    if lv is not None and not roles.target and tok.dep_ == "pobj" and tok.head.head.i == lv.i:
        # "Syrian rebels engaged Filipino peacekeepers IN a firefight": the light verb's object is fought
        roles.target = _children(lv, {"dobj"})
    if lv is not None and not roles.source and _passive(lv) and not _pobjs(lv, rules.agent_preps):
        # "talks were held BETWEEN the army and the RSF": with no agent, both sides named on the light verb act
        sides = [g for g in _pobjs(lv, rules.shared_preps) if g not in roles.source]
        roles.source += sides
        roles.target += [g for g in sides if g not in roles.target]
    if lv is not None and not roles.source:
        roles.source = (_pobjs(lv, rules.agent_preps) or _stranded_agent(lv, rules)) if _passive(lv) else \
            _subjects(lv, rules, lex)
        if not roles.target:
            roles.target = _pobjs(lv, rules.target_preps)
    if lv is not None and not roles.target and not _passive(lv):  # "announced assistance to help people in Chad"
        roles.target = _helped(lv, rules)
    # (a wrong doer is worse than none: "the attack was condemned by the UN" names who condemned, not who attacked)
    if lv is None and not roles.source and tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB" and not (
            _speaks_of(tok.head, trig, lex)):
        # "Sanctions were slapped on Iranian tankers by the EU": the act named as the subject of a passive
        roles.source = _pobjs(tok.head, rules.agent_preps)
        roles.target = roles.target or _pobjs(tok.head, rules.target_preps | rules.object_preps)
    if not roles.source:  # "the visit of Japan's foreign minister to Manila", "the withdrawal of French troops"
        roles.source = _pobjs(tok, rules.doer_preps)
    if not roles.source and tok.dep_ == "pobj":  # "blamed Hezbollah for the rocket attack"
        roles.source = _accused(tok.head, lex) or _held_responsible(tok.head, lex) or _convicted(tok.head, lex)
    if not roles.source:  # "a military air strike", "a police raid": the force the act's noun names
        roles.source = [c for c in tok.children if c.dep_ in {"amod", "compound"}
                        and c.lemma_.lower() in lex.words.force_modifiers]  # fmt: skip
    if not roles.source and _speech_occasion(trig, lex):
        # "told his counterpart in a telephone call", "urged firms to invest during a visit to Beijing": the one
        # who spoke had the meeting, with whom he spoke
        speaker = _speaking_verb(tok.head.head)
        roles.source = _children(speaker, {"nsubj"})
        if not roles.target and speaker.i == tok.head.head.i:
            roles.target = _children(speaker, {"dobj"})
    # "Spain's recognition of Palestine", "the bombardment of Gaza City by Israeli artillery": once the noun has a
    # doer, what its "of" names is what it is done to
    if roles.source and not roles.mediated:
        roles.target += [t for t in theme if t not in roles.target and t not in roles.source]
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and not roles.target:  # "the attack hit the convoy"
        roles.target = _children(tok.head, {"dobj"})
    # "dozens of civilians lost their lives in an attack (on Saturday)": the day is no target
    # ("civilians were killed in the clashes": the dead of a fight are none of its sides)
    if tok.dep_ == "pobj" and all(t.ent_type_ in _WHEN for t in roles.target) and not trig.sense.mutual:
        roles.target = _victims_in(tok.head, lex) or roles.target
    if not roles.target:  # "the attack carried out overnight against the police station": its reduced relative
        # names whom it hit (its light verb: "a wave of killings blamed on gangs" names who did them)
        roles.target = [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i
                        and c.lemma_.lower() in lex.words.light_verbs for g in _pobjs(c, rules.object_preps)]
    return roles


_WHEN = {"DATE", "TIME"}
_CLAUSE_UP = {"xcomp", "ccomp", "advcl", "conj"}


def _demand_makers(demand: Token) -> list[Token]:
    """Who made a demand: its possessor or the body it is named by ("the union's demands", "opposition demands")."""
    return [c for c in demand.children if c.dep_ in {"poss", "compound"}]


def _debtors(debt: Token) -> list[Token]:
    """Who owes a debt: its possessor or the nationality it is named by ("Zambia's debt", "Iraqi debt")."""
    return [c for c in debt.children if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and _demonym_like(c))]


def _speech_occasion(trig: Trigger, lex: Lexicon) -> bool:
    """A meeting named in a phrase of the verb a speaker speaks with ("in a telephone call", "during a visit")."""
    tok = trig.token
    # ("affirmed during the meeting": a meeting pointing back was told before, with its own parties)
    return trig.light_verb is None and tok.dep_ == "pobj" and trig.type in lex.types.speech_occasions \
        and tok.head.lower_ in lex.words.speech_frame_preps | lex.words.content_occasion_preps \
        and tok.head.head.pos_ in {"VERB", "AUX"} \
        and not any(c.dep_ == "det" and c.lower_ in lex.words.definite for c in tok.children)


def _speaking_verb(verb: Token) -> Token:
    """The verb itself, or the clause above it that names who speaks ("called on firms to invest ...": called)."""
    cur = verb
    for _ in range(3):
        if any(c.dep_ == "nsubj" for c in cur.children) or cur.dep_ not in _CLAUSE_UP:
            return cur
        cur = cur.head
    return cur


def _received(tok: Token, verb: Token, roles: Roles, rules: ArgumentRules, lex: Lexicon) -> Roles:
    """ "Salam received a phone call from Barrot", "the ministry received a letter from the UN": the act comes
    from whoever it is received from, and is aimed at the receiver."""
    sender = _pobjs(tok, lex.words.receiving_preps) + _pobjs(verb, lex.words.receiving_preps)
    receiver = _subjects(verb, rules, lex)
    return Roles(source=sender or roles.source, target=receiver + [t for t in roles.target if t not in sender])


def _held_responsible(prep: Token, lex: Lexicon) -> list[Token]:
    """ "Security forces and armed settlers were responsible for 23 killings": the copula's subject did it."""
    adj = prep.head
    if adj.dep_ != "acomp" or adj.lemma_.lower() not in lex.words.blame_adjectives:
        return []
    return _children(adj.head, {"nsubj"})


def _victims_in(prep: Token, lex: Lexicon) -> list[Token]:
    """Who died, or was killed or hurt, "in" or "during" an act: its victims."""
    verb, w = prep.head, lex.words
    if prep.lower_ not in w.victim_preps:
        return []
    lost_lives = verb.lemma_.lower() in w.losing_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.lives for c in verb.children)
    if not lost_lives and verb.lemma_.lower() not in w.victim_verbs:
        return []
    return _children(verb, {"nsubjpass"} if _passive(verb) else {"nsubj"})


def _reciprocal(tok: Token, lex: Lexicon) -> bool:
    words = sorted([tok, *(c for c in tok.children if c.dep_ == "det")], key=lambda t: t.i)
    return " ".join(t.lower_ for t in words) in lex.words.reciprocal_pronouns


def roles_for(trig: Trigger, lex: Lexicon) -> Roles:
    """The roles of a trigger; a dependency pattern's own nodes win for the roles it names."""
    roles = noun_roles(trig, lex) if trig.is_noun else verb_roles(trig, lex)
    roles.source, roles.target = [_past_day(t) for t in roles.source], [_past_day(t) for t in roles.target]
    rules = lex.arguments_for(trig.type, trig.sense.mode)
    if not trig.is_noun and not roles.target and rules.objects_are_targets:
        # ("met Kenyan President William Ruto Monday": the parser may take the whole object for the day's modifier)
        roles.target = [n for c in trig.token.children if c.dep_ == "npadvmod" and (n := _past_day(c)) is not c]
    if "source" in trig.roles:
        roles.source = list(trig.roles["source"])
    if "target" in trig.roles:
        roles.target = list(trig.roles["target"])
    # "Kenya along with Uganda sent troops": whoever acts beside a source is one too; "would strike Kyiv together
    # with Belarusian forces" (not "met together with", a partner: the rules of a `reciprocal` act keep it a target)
    beside = [c for t in roles.source for c in _companions(t, lex)]
    if not trig.is_noun and not rules.reciprocal and roles.source and not _passive(trig.token):
        beside += _companions(trig.token, lex)  # ("troops deployed alongside M23 fighters": no doer told)
    roles.source += [c for c in beside if c not in roles.source and c not in roles.target]
    if any(_reciprocal(t, lex) for t in roles.target):  # "X and Y accused each other": both act on both
        roles.target = [t for t in roles.target if not _reciprocal(t, lex)] + roles.source
    # "filed a complaint WITH the African Union AGAINST Sudan": beside whom the act is against, whom it is lodged with
    # is only where it was lodged
    # (the parser may hang the "against" on the body: "with [the United Nations against Venezuela]")
    against = [g for t in roles.target if _under(t, rules.addressee_preps) for g in _pobjs(t, rules.against_preps)
               if _names_party(g)]
    if against or any(_under(t, rules.against_preps) and _names_party(t) for t in roles.target):
        roles.target = [t for t in roles.target if not _under(t, rules.addressee_preps)] + against
    return roles


def _past_day(tok: Token) -> Token:
    """ "met with Syrian President Bashar Assad Tuesday": a bare day after a name, which the parser makes the head of
    the name's phrase, is no party; the name before it is."""
    if tok.ent_type_ not in {"DATE", "TIME"}:
        return tok
    names = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ not in {"DATE", "TIME"}]
    return names[-1] if names else tok


def _names_party(tok: Token) -> bool:
    """ "Sudan", "Sudan's army", "Russian forces": a phrase that names a state, people or body by name (not "the
    release of treated water")."""
    named = {"GPE", "NORP", "ORG"}
    return tok.pos_ == "PROPN" or tok.ent_type_ in named or any(
        c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in named for c in tok.children)


def _under(tok: Token, preps: frozenset[str]) -> bool:
    """The phrase is the object of one of these prepositions (or a conjunct of one)."""
    head = tok.head if tok.dep_ == "conj" else tok
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in preps


def _xcomp_chain(verb: Token) -> list[Token]:
    """The verbs an infinitive chain hangs below a verb: "hesitate to use", "decide to try to strike"."""
    out: list[Token] = []
    cur = verb
    while (nxt := next((c for c in cur.children if c.dep_ == "xcomp"), None)) is not None and len(out) < 4:
        out.append(nxt)
        cur = nxt
    return out


def clause_parties(trig: Trigger, lex: Lexicon) -> list[Token]:
    """The phrases of the clause a statement governs, in the order they may be its target: the clause's subject,
    its objects, the subject of its condition ("warned that troops would occupy the region if Guyana granted
    new concessions")."""
    rules = lex.arguments_for(trig.type, trig.sense.mode)
    if trig.is_noun or not (rules.clause_target or rules.clause_doer):
        return []
    out: list[Token] = []
    if not rules.clause_target:  # "alleged that Uganda had armed the militia": who is said to have done it (a
        # passive's agent may be no wrongdoer: "alleged that the rifles were recovered by the army")
        for clause in _children(trig.anchor, {"ccomp"}):
            verbs = [clause, *clause.conjuncts]
            out += [t for v in verbs for t in _children(v, {"nsubj"})]
        return [t for t in out if t.pos_ != "PRON"]
    for clause in _children(trig.anchor, {"ccomp"}):
        verbs = [clause, *clause.conjuncts]
        out += [t for v in verbs for t in _children(v, {"nsubj", "nsubjpass"})]
        out += [t for v in verbs for t in _children(v, {"dobj"})]
        # "warned it would suspend the military pact WITH Pyongyang": the partner of what the clause acts on
        out += [g for v in verbs for o in _children(v, {"dobj"}) for g in _pobjs(o, rules.partner_preps)]
        out += [t for v in verbs for t in _pobjs(v, lex.words.clause_target_preps)]
        # the condition may hang on a verb below ("would not hesitate to use nuclear weapons if the South ...")
        deep = verbs + [x for v in verbs for x in _xcomp_chain(v)]
        out += [t for v in deep for a in _children(v, {"advcl"})
                if any(m.dep_ == "mark" and m.lower_ in lex.words.conditional_marks for m in a.children)
                for t in _children(a, {"nsubj"})]  # fmt: skip
    return [t for t in out if t.pos_ != "PRON"]  # "warned that it would have consequences": "it" may be anything
