"""Find event triggers in a parsed report: verbs, nouns, light-verb phrases and dependency patterns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from flashpoint.events.lexicon import Lexicon, Pattern, Sense, Words
from flashpoint.nlp import sent_of, text_of

_OBJ_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_JUDGED = "oprd"  # the object predicate of "called the vote illegal"
_MOD_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # "the wounded were evacuated": people, no act


@dataclass
class Trigger:
    """A word that names an act, with the reading of it that applies here."""

    token: Token
    sense: Sense
    is_noun: bool
    light_verb: Token | None = None  # "held" in "held talks": lends subject, tense and modality
    roles: dict[str, list[Token]] = field(default_factory=dict)  # roles a dependency pattern fixed

    @property
    def type(self) -> str:
        assert self.sense.type is not None
        return self.sense.type

    @property
    def anchor(self) -> Token:
        """The verb that carries the act's tense and clause: the light verb of a noun, else the trigger."""
        return self.light_verb or self.token


def _objects(tok: Token, lex: Lexicon) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in _OBJ_DEPS] + _seeming_object(tok, lex)
    # "Recovered from the site were two rifles": in an inverted passive the parser hangs the object on the auxiliary
    objs.extend(g for c in tok.children if c.dep_ == "auxpass" and c.i > tok.i for g in c.children if g.dep_ == "attr")
    # "hand over the bodies" / "call for a truce": objects can hang off a particle or a preposition
    via_prep = tok.lemma_.lower() in lex.words.object_prep_verbs
    for c in tok.children:
        if c.dep_ == "prt":
            objs.extend(g for g in c.children if g.dep_ in _OBJ_DEPS)
        if c.dep_ == "prep" and via_prep and c.lower_ in lex.words.object_preps:
            objs.extend(g for g in c.children if g.dep_ == "pobj")
    if reduced_relative(tok):  # "the truce brokered by Russia": the noun is the object
        objs.append(tok.head)
    elif (noun := misparsed_relative(tok)) is not None:
        objs.append(noun)
    if _object_gap(tok, objs, lex):  # "the agreement (that) the two countries signed": the noun is the object
        objs = [o for o in objs if o.lower_ not in lex.words.relative_pronouns] + [tok.head]
    # "allowed inspectors to visit", parsed as a clause with its own subject: the subject is who is allowed
    if tok.lemma_.lower() in lex.words.object_control_verbs:
        objs.extend(g for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj")
    # "sheltered hundreds of civilians": a number's "of" phrase is what is acted on
    objs.extend(g for o in list(objs) if o.lemma_.lower() in lex.words.quantity_nouns
                for p in o.children if p.dep_ == "prep" and p.lower_ in lex.words.partitive_preps
                for g in p.children if g.dep_ == "pobj")
    # "suspended $95 million in aid": a sum's "in" phrase is what the sum is of
    objs.extend(g for o in list(objs) if o.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in o.children)
                for p in o.children if p.dep_ == "prep" and p.lower_ in lex.words.amount_preps
                for g in p.children if g.dep_ == "pobj")
    if not objs and bare_passive_conjunct(tok):
        objs = shared_passive_subject(tok.head, lex)  # "protesters were dragged away and beaten"
    # "blocked the Makurdi–Otukpo highway": the parser takes the first town for the object, the road for its
    # apposition (a proper name is what it names: the common noun says what kind of thing it is)
    objs.extend(g for o in list(objs) if o.pos_ == "PROPN"
                for g in o.children if g.dep_ == "appos" and g.pos_ == "NOUN")  # fmt: skip
    return objs + _counted(objs, lex) + _partitive_of(objs, lex)


def _partitive_of(objs: list[Token], lex: Lexicon) -> list[Token]:
    """ "hosted a fresh round of negotiations", "fired a series of missiles": what a partitive is of is an object a
    sense's condition reads too (a sense on "round" itself then holds only for "a new round" with no "of")."""
    return [g for o in objs if o.lemma_.lower() in lex.words.partitives
            for c in o.children if c.dep_ == "prep" and c.lower_ in lex.words.partitive_preps
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _counted(objs: list[Token], lex: Lexicon) -> list[Token]:
    """ "sheltered hundreds of civilians", "expelled some of the peacekeepers": what a quantity counts is
    the object a sense's condition reads."""
    return [g for o in objs if o.lemma_.lower() in lex.words.quantity_heads
            for c in o.children if c.dep_ == "prep" and c.lower_ in lex.words.partitive_preps
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _object_gap(tok: Token, objs: list[Token], lex: Lexicon) -> bool:
    """ "the deal the two sides signed in May", "the sanctions that Washington imposed": a relative clause with a
    subject of its own whose object is the noun it describes (none, or a relative pronoun, in its place)."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ not in lex.words.relative_pronouns
                                      for c in tok.children):
        return False
    return not objs or all(o.dep_ == "dobj" and o.lower_ in lex.words.relative_pronouns for o in objs)


def reduced_relative(tok: Token) -> bool:
    """ "the truce brokered by Russia": a past participle that modifies a noun, which is its object. Not a
    content clause the parser hangs on a noun the same way ("reports that the junta had expelled Chinese
    executives"): that one has a subject of its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "mark"} for c in tok.children)


def misparsed_relative(tok: Token) -> Token | None:
    """ "a breach of the ceasefire agreed in November": the parser may hang the participle on the main verb; a
    bare past form right after a noun, with no subject, auxiliary or marker of its own, still describes that noun."""
    if tok.dep_ not in {"advcl", "conj"} or tok.tag_ not in {"VBD", "VBN"} or tok.i == 0:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj"} for c in tok.children):
        return None
    before = tok.doc[tok.i - 1]
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def speech_makers(noun: Token, w: Words) -> list[Token]:
    """Who made a speech act named by a noun: "an offer of talks FROM the minister", "the appeal BY the UN", "an
    offer of talks MADE BY religious leaders" (the parser often hangs the maker on what is offered)."""
    offered = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in w.offer_preps
               for g in c.children if g.dep_ == "pobj"]
    makers: list[Token] = []
    if noun.dep_ == "pobj" and noun.head.lower_ in w.aim_preps:  # "at the request of the president": hers
        makers += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in w.partitive_preps
                   for g in c.children if g.dep_ == "pobj"]
    for c in [*noun.children, *(c for g in offered for c in g.children)]:
        if c.dep_ == "prep" and c.lower_ in w.speech_owner_preps:
            makers += [g for g in c.children if g.dep_ == "pobj"]
        elif reduced_relative(c):
            makers += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return makers


def noun_senses(noun: Token, lex: Lexicon) -> tuple[Sense, ...]:
    """The senses of the act a noun names ("talks", "a deal"); none for a noun that names no act."""
    return lex.nouns.get(noun.lemma_.lower(), ())


def names_act(noun: Token, etype: str, lex: Lexicon) -> bool:
    """The noun names an act of this type ("a deal" under "agreed to" names an AGREE)."""
    return any(s.type == etype for s in noun_senses(noun, lex))


_TENSED = {"VBD", "VBZ"}  # a verb with a tense of its own is no bare infinitive


def coordinate_head(tok: Token) -> Token:
    """The verb a conjunct is joined to. The parser hangs a tensed verb after an infinitive on that
    infinitive ("urged the prosecutor to open an inquiry and called on the EU to ..."): it is joined to the
    verb above the infinitive, and told of the same subject, not urged on the prosecutor."""
    head = tok.head
    if tok.dep_ == "conj" and tok.tag_ in _TENSED and head.tag_ == "VB" and head.dep_ == "xcomp":
        return head.head
    return head


def noun_coordinate(tok: Token) -> Token | None:
    """ "marched demanding justice and the arrest of the officials": the parser may join a noun to the verb above the
    noun it is coordinated with; the object just before the "and" is its true coordinate (None when there is none)."""
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "conj" or head.pos_ != "VERB" or head.i > tok.i:
        return None
    ccs = [c for c in head.children if c.dep_ == "cc" and c.i < tok.i]
    if not ccs or ccs[-1].i == 0:
        return None
    before, cc = tok.doc[ccs[-1].i - 1], ccs[-1].i
    while before.dep_ in {"pobj", "prep", "compound", "amod"} and before.head.i < cc and before.head.i != before.i:
        before = before.head  # up to the head of the phrase before the "and" ("the release of all detainees")
    return before if before.pos_ == "NOUN" and before.dep_ in {"dobj", "pobj"} and before.head.i > head.i else None


def speakers_conjunct(tok: Token, w: Words) -> Token | None:
    """ "denied that its members were involved and urged the police to ...", "denied that any group was behind
    the attack and demanded an inquiry": a tensed verb of saying or asking, with no subject of its own, that
    the parser joins to a reported clause of state is the speaker's next act. Returns that verb of saying."""
    head = tok.head
    if tok.dep_ != "conj" or not _told_past(tok) or head.dep_ != "ccomp" or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    said = head.head
    # ("said none of its fighters had been killed and accused Turkey of bombing": an accusation is the speaker's too)
    own_act = tok.lemma_.lower() in w.speech_verbs | w.subsume_verbs | w.accusation_verbs
    of_state = head.pos_ == "AUX" or any(c.dep_ == "auxpass" for c in head.children)  # a copula, a passive
    # "said the strike had targeted extremists and denied that civilians were hit": a denial joined to a reported
    # act is the speaker's own next act, whatever that act was
    denial = tok.lemma_.lower() in w.denial_verbs
    # "denied that its troops had opened fire and accused the other side of ...": a denial tells no speech act of the
    # denied side's; the verb of saying or accusing joined to what is denied is the denier's own
    denier = said.lemma_.lower() in w.denial_verbs
    return said if own_act and (of_state or denial or denier) and said.lemma_.lower() in w.speech_verbs else None


def _told_past(tok: Token) -> bool:
    """A verb in the past tense; also a past the tagger took for a participle after a passive ("had not been authorised
    and accused the opposition of ..."): a participle with an object of its own and no auxiliary is no passive."""
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.dep_ == "dobj" for c in tok.children)
                                 and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children))


def bare_passive_conjunct(tok: Token) -> bool:
    """ "were dragged and beaten": a participle joined to a passive verb, with no subject or object of its own."""
    return (tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN"
            and not any(c.dep_ in _OBJ_DEPS | {"nsubj", "auxpass"} for c in tok.children))


def shared_passive_subject(verb: Token, lex: Lexicon) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl":  # "a leader who was dragged and beaten": the pronoun stands for the noun
        subjects = [verb.head if s.lower_ in lex.words.relative_pronouns else s for s in subjects]
    return subjects


def _seeming_object(tok: Token, lex: Lexicon) -> list[Token]:
    """ "fired what appeared to be a ballistic missile": the predicate of a free relative's seeming verb, which
    the parser hangs as a clause below the verb, is its object."""
    return [attr for clause in tok.children if clause.dep_ == "ccomp"
            and clause.lemma_.lower() in lex.words.seeming_verbs
            and any(c.dep_ == "nsubj" and c.lower_ in lex.words.free_relatives for c in clause.children)
            for be in clause.children if be.dep_ == "xcomp" for attr in be.children if attr.dep_ == "attr"]


def phrase_forms(tok: Token) -> set[str]:
    """The lemma of a head word and its modifier+head forms ("martial law", "state of emergency")."""
    forms = {tok.lemma_.lower(), tok.lower_}
    mods = [c for c in tok.lefts if c.dep_ in _MOD_DEPS]
    if mods:
        forms.add(" ".join([m.lower_ for m in mods] + [tok.lemma_.lower()]))
        forms.add(" ".join([m.lower_ for m in mods] + [tok.lower_]))
    forms |= {f"{tok.lower_} {right}" for right in _text_right(tok)}
    # "broke up a sit-in": the tokenizer splits a hyphenated noun, whose last part heads it
    if tok.i >= 2 and tok.doc[tok.i - 1].tag_ == "HYPH":
        first = tok.doc[tok.i - 2].lower_
        forms |= {f"{first}-{tok.lower_}", f"{first}-{tok.lemma_.lower()}"}
    return forms


def _next_modifier_form(tok: Token) -> set[str]:
    """The head with only the modifier right before it ("a political show trial": "show trial")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.head.i != tok.i or before.dep_ not in _MOD_DEPS:
        return set()
    return {f"{before.lower_} {tok.lemma_.lower()}", f"{before.lower_} {tok.lower_}"}


def _text_right(tok: Token) -> list[str]:
    """The one to three words after a head inside its own phrase ("state of emergency in Lima": "of",
    "of emergency", "of emergency in")."""
    inside = {t.i for t in tok.subtree}
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4] if t.i in inside]
    return [" ".join(words[:n]) for n in range(1, len(words) + 1)]


def _modal_complement(tok: Token, lex: Lexicon) -> bool:
    """ "warned that it would respond": a warning that carries a threat ("warned that it could be forced to cut
    rations", "may have to suspend aid": what would be forced on the speaker is a consequence it warns of, aimed
    at no one; "would be forced to respond" still threatens reprisal)."""
    # a noun's clause hangs on it as acl ("issued a warning that it would not tolerate ...")
    deps = {"ccomp", "acl"} if tok.pos_ in {"NOUN", "PROPN"} else {"ccomp"}
    comps = [c for c in tok.children if c.dep_ in deps and not _compelled(c, lex.words)]
    return any(g.dep_ == "aux" and g.tag_ == "MD" for c in comps for v in _clause_chain(c) for g in v.children)


def _clause_chain(verb: Token, depth: int = 3) -> list[Token]:
    """A verb and the verbs it completes below ("warned that anyone found to have financed the violence would be
    prosecuted": the parser may hang the clause's modal verb under a subject's own clause)."""
    below = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}] if depth else []
    return [verb, *(v for c in below for v in _clause_chain(c, depth - 1))]


def _compelled(verb: Token, w: Words) -> bool:
    """ "could be forced to cut rations", "may have to suspend aid": an act the speaker says would be forced on it,
    unless it is a reprisal ("would be forced to respond"); "it would have consequences" is no compulsion."""
    forced = [c for c in verb.children if c.dep_ == "xcomp"]
    return verb.lemma_.lower() in w.compelled_verbs and bool(forced) and not any(
        c.lemma_.lower() in w.reprisal_verbs for c in forced)


_NAMED = frozenset({"GPE", "LOC", "PERSON", "ORG", "NORP", "FAC"})
_TIMES = frozenset({"DATE", "TIME"})


def _verb_matches(tok: Token, sense: Sense, lex: Lexicon) -> bool:
    if sense.comp_modal and not _modal_complement(tok, lex):
        return False
    if sense.mod and not {c.lower_ for c in tok.children if c.dep_ == "advmod"} & sense.mod:
        return False  # "sexually abused"
    participle = tok.tag_ == "VBG" and tok.dep_ in {"acl", "advcl"}
    if sense.obj_named and participle and not any(o.ent_type_ in _NAMED for o in _objects(tok, lex)):
        return False
    if sense.with_obj and not _objects(tok, lex):
        return False
    # (a name is no judgement: the parser may take "called President Erdogan" for "called X nasty")
    if sense.judged and not any(c.dep_ == _JUDGED and c.pos_ != "PROPN" for c in tok.children) \
            and not _judgements(tok, lex):
        return False
    if sense.obj_entity and not any(o.ent_type_ in sense.obj_entity or _named_place(o, sense.obj_entity, lex)
                                    for o in _objects(tok, lex)):
        return False
    if sense.prep:
        # "called Putin on Tuesday": a preposition of time is no particle of the verb ("called on Putin")
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "agent", "advmod"}
                     and not any(g.dep_ == "pobj" and g.ent_type_ in _TIMES for g in c.children)}
        # "calls for Israeli troops to withdraw": the preposition is the infinitive clause's marker
        particles |= {g.lower_ for c in tok.children if c.dep_ in {"advcl", "xcomp", "ccomp"}
                      for g in c.children if g.dep_ == "mark"}
        # "ordered ten battalions, including tank units, to the border": after the examples that close its object,
        # the parser hangs the verb's preposition on the object
        particles |= {p.lower_ for o in tok.children if o.dep_ == "dobj"
                      and any(e.dep_ == "prep" and e.lower_ in lex.words.example_preps for e in o.children)
                      for p in o.children if p.dep_ == "prep" and p.lower_ not in lex.words.example_preps}
        if not particles & sense.prep:
            return False
    if sense.obj:
        forms: set[str] = set()
        objects = _direct_objects(tok) if sense.direct else _objects(tok, lex)
        for obj in objects:
            forms |= phrase_forms(obj)
        judged = _judgements(tok, lex)
        forms |= {j.lemma_.lower() for j in judged} | {j.lower_ for j in judged}
        forms |= _epithet_modifiers(tok, lex)
        if not forms & sense.obj:
            return False
    return True


def _direct_objects(tok: Token) -> list[Token]:
    """What a verb acts on with no preposition between: "called a strike", "a strike called by the union" (not
    "called for a strike")."""
    return [c for c in tok.children if c.dep_ in _OBJ_DEPS] + ([tok.head] if reduced_relative(tok) else [])


def _judgements(tok: Token, lex: Lexicon) -> list[Token]:
    """ "called the Chinese actions "dangerous and destabilising"", "described the move illegal": the object
    predicate of a naming verb, which the parser hangs after the object as its modifier (a modifier before it,
    "called the illegal settlers", describes the object)."""
    if tok.lemma_.lower() not in lex.words.naming_verbs:
        return []
    found = [c for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "amod" and c.i > o.i]
    # ("called the attack cowardly": the parser may take a judging adjective in -ly for the verb's adverb)
    found += [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in lex.words.judging_predicates
              and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)]
    return found + [g for c in found for g in c.children if g.dep_ == "conj"]


def _epithet_modifiers(tok: Token, lex: Lexicon) -> set[str]:
    """ "called the closures "an unfriendly act"", "called the attack an extrajudicial execution": the words
    that qualify the name a naming verb gives (its object predicate, or the second of two objects the parser
    makes of it); "an unfriendly act" judges as "unfriendly" does."""
    if tok.lemma_.lower() not in lex.words.naming_verbs:
        return set()
    objs = [c for c in tok.children if c.dep_ in {"dobj", "oprd"}]
    epithets = [o for o in objs if o.dep_ == "oprd"] or objs[1:]
    epithets += [g for o in objs for g in o.children if g.dep_ in {"dobj", "oprd", "appos"} and o.dep_ == "dobj"]
    # the name given, too ("called the verdict a political show trial": "show trial"; "a mockery of justice")
    named = {f for e in epithets if e.dep_ == "oprd" for f in phrase_forms(e) | _next_modifier_form(e)}
    return {m.lower_ for e in epithets for m in e.children if m.dep_ == "amod"} | named


def _named_place(tok: Token, kinds: frozenset[str], lex: Lexicon) -> bool:
    """ "captured El Obeid", "seized Goma": a town the place stage found, whatever kind of name the parser took
    it for (a small model tags many African and Asian towns as persons or organisations)."""
    if not kinds & _PLACE_KINDS:
        return False
    try:
        places = tok.doc._.places or []
    except AttributeError:  # a Doc parsed without the places stage
        return False
    return any(p.kind in lex.words.named_place_kinds and p.start is not None and p.end is not None
               and p.start <= tok.idx < p.end for p in places)


def _noun_mods(tok: Token, lex: Lexicon) -> set[str]:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in _MOD_DEPS | {"poss"}}
    mods |= {c.lower_ for c in tok.children if c.dep_ in _MOD_DEPS | {"poss"}}
    # a hyphenated compound ("cease-fire", "air-strike") is split by the tokenizer
    if tok.i >= 2 and tok.doc[tok.i - 1].text in lex.words.hyphens:
        mods.add(tok.doc[tok.i - 2].lower_)
    return mods


def _noun_matches(tok: Token, sense: Sense, lex: Lexicon) -> bool:
    mods = _noun_mods(tok, lex)
    if sense.mod and not mods & sense.mod:
        return False
    if sense.not_mod and mods & sense.not_mod:
        return False
    return not (sense.prep and not _noun_preps(tok, lex) & sense.prep)


def _noun_preps(tok: Token, lex: Lexicon) -> set[str]:
    """A noun's prepositions, with those of `light_verb_preps` the parser hangs on its light verb."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    verb = light_verb(tok, lex) if tok.dep_ in {"dobj", _JUDGED} else None
    if verb is not None:  # ("issued a warning to Israel": "to" is the light verb's dative)
        preps |= {c.lower_ for c in verb.children if c.dep_ in {"prep", "dative"}} & lex.words.light_verb_preps
    return preps


def _first_sense(senses: tuple[Sense, ...], tok: Token, noun: bool, lex: Lexicon) -> Sense | None:
    for sense in senses:
        if _noun_matches(tok, sense, lex) if noun else _verb_matches(tok, sense, lex):
            return sense if sense.type is not None else None
    return None


def light_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that lends a noun trigger its subject ("Armenia announced a ceasefire")."""
    head = tok.head
    if tok.dep_ == "conj":  # "talks and a meeting": the second noun shares the first one's verb
        return light_verb(head, lex)
    # "the foreign ministers ended two days of talks": who ends a meeting held it
    obj = head.head if tok.dep_ == "pobj" and head.lower_ in lex.words.partitive_preps else tok
    if obj.dep_ == "dobj" and obj.head.lemma_.lower() in lex.words.meeting_light_verbs and (
        tok.lemma_.lower() in lex.words.meetings
    ):
        return obj.head
    # "hosted a new round of talks": the round's verb is the talks'
    if tok.dep_ == "pobj" and head.lower_ in lex.words.partitive_preps and head.head.lemma_.lower() in (
        lex.words.partitives
    ):
        return light_verb(head.head, lex)
    # "called the drills a stern warning to Taipei": the namer makes the warning it names
    if tok.dep_ == _JUDGED and head.lemma_.lower() in lex.words.naming_verbs and (
            tok.lemma_.lower() in lex.words.named_speech_acts):
        return head
    # "called the detentions arbitrary": a verb with an object predicate judges its object, it does not do it
    if tok.dep_ in {"dobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"} and (
        head.lemma_.lower() in lex.words.light_verbs
    ) and not any(c.dep_ == _JUDGED for c in head.children) and not _judgements(head, lex) \
            and not _cancelling(head, lex):
        return head
    # "received a phone call from Paris": the receiver is acted on (arguments.py `_received`); with no sender
    # named ("organisations that receive foreign grants") nothing tells who acted
    if tok.dep_ == "dobj" and head.lemma_.lower() in lex.words.receiving_verbs and any(
            c.dep_ == "prep" and c.lower_ in lex.words.receiving_preps for c in (*tok.children, *head.children)):
        return head
    # "the swap took place in Sanaa", "fighting broke out on Monday": the verb tells when and where
    if tok.dep_ == "nsubj" and head.lemma_.lower() in lex.words.occurrence_verbs:
        return head
    # "arrived in Baku for a state visit", "is on a visit to Cairo": the traveller makes the visit
    if tok.dep_ == "pobj" and head.lower_ in lex.words.travel_preps and (
        head.head.lemma_.lower() in lex.words.travel_verbs
    ):
        return head.head
    # "engaged in talks", "agreed to a truce"
    if tok.dep_ == "pobj" and head.lower_ in lex.words.noun_light_preps and head.head.pos_ == "VERB" and (
        head.head.lemma_.lower() in lex.words.light_verbs
    ):
        return head.head
    # "a ban on gatherings imposed by the police", "a ban that the police chief announced on Tuesday": a verb that
    # imposes, in a relative clause whose object is the noun, makes the measure it names (words `imposing_verbs`;
    # "a ceasefire brokered by Angola" is the broker's own act, no light verb of the ceasefire)
    # (the parser may hang the clause on the noun's own phrase, "a ban on gatherings that ...", when that names no act;
    # a visit or talks "announced" are not held: only a measure is put in force so, types `imposed`)
    if not any(s.type in lex.types.imposed for s in lex.nouns.get(tok.lemma_.lower(), ())):
        return None
    # (on the noun itself, a verb that names the act, "the sanctions Washington imposed", is the act: no light verb)
    own = [c for c in tok.children if c.lemma_.lower() not in lex.verbs]
    held = [c for p in tok.children if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pobj" and _first_sense(lex.nouns.get(g.lemma_.lower(), ()), g, True, lex) is None
            for c in g.children]
    return next((c for c in own + held if c.lemma_.lower() in lex.words.imposing_verbs and _relative_on(c, lex)),
                None)


def _relative_on(verb: Token, lex: Lexicon) -> bool:
    """The verb is a relative clause whose object is the noun it hangs on: a passive participle ("imposed by the
    police"), or a clause with a subject of its own and the relative pronoun, or nothing, as its object."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    if verb.dep_ != "relcl":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subjects) and all(s.lower_ not in lex.words.relative_pronouns for s in subjects) and all(
        o.lower_ in lex.words.relative_pronouns for o in objects)


def _cancelling(verb: Token, lex: Lexicon) -> bool:
    """ "called off the meeting": the phrasal verb undoes what its object names."""
    return any(f"{verb.lemma_.lower()} {c.lower_}" in lex.words.cancelling_phrasals
               for c in verb.children if c.dep_ in {"prt", "prep", "advmod"})


def _embeds(tok: Token, sense: Sense, lex: Lexicon) -> bool:
    """ "vowed to retaliate": a vow is a threat only when what is vowed is a forceful act: one of the verb's
    senses fits as told, or the verb's object is a party ("vowed to drive the militants out"), not a condition
    ("vowed to reduce poverty", "vowed to end corruption")."""
    for c in tok.children:
        if c.dep_ in {"xcomp", "ccomp"} or _dated_infinitive(tok, c):
            senses = lex.verbs.get(c.lemma_.lower(), ())
            if not any(s.type in sense.requires_embedded for s in senses):
                continue
            fits = _first_sense(senses, c, False, lex)
            if (fits is not None and fits.type in sense.requires_embedded) or _party_object(c, lex):
                return True
    return False


def _dated_infinitive(verb: Token, clause: Token) -> bool:
    """ "declined on Thursday to release", "vowed on Monday to strike": a date between the verb and its
    infinitive makes the parser hang the complement as an adverbial clause; an infinitive clause with no
    subordinator of its own ("in order to", "so as to") right after the verb's date is still its complement."""
    if clause.dep_ != "advcl" or clause.i < verb.i or not any(c.tag_ == "TO" for c in clause.children):
        return False
    if any(c.dep_ in {"mark", "nsubj", "advmod"} and c.i < clause.i for c in clause.children):
        return False
    between = [t for t in verb.doc[verb.i + 1:clause.i] if t.tag_ != "TO"]
    return bool(between) and any(t.ent_type_ in {"DATE", "TIME"} for t in between) and all(
        t.ent_type_ in {"DATE", "TIME"} or t.dep_ in {"prep", "punct", "npadvmod"} for t in between)


_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _party_object(verb: Token, lex: Lexicon) -> bool:
    """The verb's object names a party: a name, or a word for an armed foe or armed men."""
    foes = lex.words.vowed_against
    return any(c.dep_ in {"dobj", "nsubjpass"} and (c.ent_type_ in _PARTY_ENTITIES or c.lemma_.lower() in foes)
               for c in verb.children)


def _nominal_use(tok: Token, lex: Lexicon) -> bool:
    """A verb form the parser tags as a verb where the text uses it as a noun or an adjective: "the wounded
    were evacuated" (people), "at agreed upon meeting points" (a participle after a preposition), "asked
    if the army would move in" (a question, not a request)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.lower_ in lex.words.articles and tok.dep_ in _NOMINAL_DEPS:
        return True
    if before is not None and before.pos_ == "ADP" and tok.tag_ == "VBN":
        return True
    if tok.lemma_.lower() not in lex.words.question_verbs:
        return False
    return any(c.dep_ in {"ccomp", "advcl"} and any(m.dep_ == "mark" and m.lower_ in lex.words.question_complementisers
                                                     for m in c.children) for c in tok.children) or (
        _asks_quoted_question(tok, lex.words))


def _asks_quoted_question(verb: Token, w: Words) -> bool:
    """ '"Why should we fire first?" a commander asked reporters', 'Asked on television "Will troops shoot?", he
    said ...': a verb of asking beside a quoted question (its sentence, or the one before, ends on it) asks the
    question, nothing of anyone; one with an infinitive or a "for" asks for an act ("asked Kenya to send troops")."""
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in w.call_preps) for c in verb.children):
        return False
    doc, sent = verb.doc, sent_of(verb)
    before = sent_of(doc[sent.start - 1]) if sent.start > 0 else sent
    return any(t.text in w.question_marks and (t.i + 1 < len(doc) and doc[t.i + 1].is_quote)
               for t in doc[before.start : sent.end])  # fmt: skip


_TITLED = frozenset({"ORG", "LAW", "WORK_OF_ART"})


def _inside_title(tok: Token) -> bool:
    """ "the Philippine Plan of Action to End Violence Against Children", "the Committee Against Torture": a
    capitalised word inside a long name of a body, law or work names no act (short names may be a headline's
    words the tagger took for a name)."""
    if not tok.is_title:
        return False
    if tok.ent_type_ not in _TITLED:
        return _inside_unmarked_name(tok)
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) >= 4 and tok.i > ent.start


def _inside_unmarked_name(tok: Token) -> bool:
    """ "the Coordination Headquarters for the Treatment of Prisoners of War": a capitalised noun that hangs, through
    a preposition, on a capitalised name, itself hanging on another, is a word of a body's long name the tagger did
    not mark as one ("War" there is no war)."""
    depth, cur = 0, tok
    while cur.pos_ == "PROPN" and cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        owner = cur.head.head
        if owner.pos_ != "PROPN" or not owner.is_title:
            break
        depth, cur = depth + 1, owner
    return depth >= _NAME_LINKS


_NAME_LINKS = 2  # "Prisoners of War" alone may be a headline's capitals; a name that runs on through two is a body's


_HEADING_WORDS = 4  # a section heading of a situation report or monitor is a few words ("1. Air strikes.")


def _section_heading(tok: Token) -> bool:
    """ "1. Air strikes.", "Ground fighting.", "HUMANITARIAN RESPONSE": a short verbless line (or numbered item
    title) heads a section; its nouns name the topic of the sentences below, no act of their own."""
    sent = tok.sent
    words = [t for t in sent if t.is_alpha]
    # a gerund with no auxiliary is a heading's noun ("Ground fighting.")
    verbs = [t for t in sent if t.pos_ in {"VERB", "AUX"}
             and not (t.tag_ == "VBG" and not any(c.dep_.startswith("aux") for c in t.children))]
    if not words or len(words) > _HEADING_WORDS or verbs or any(t.pos_ == "ADP" for t in sent):  # "Clashes in Tripoli."
        return False
    text = tok.doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return not any(ch.isalpha() for ch in text[line_start:words[0].idx])  # only a number or bullet before it


def _ends_sentence(line: str, w: Words) -> bool:
    line = line.rstrip()
    while line and line[-1] in w.closing_marks:
        line = line[:-1].rstrip()
    return bool(line) and line[-1] in w.sentence_end_marks


def title_lines(doc: Doc, w: Words) -> list[tuple[int, int]]:
    """Character spans of the lines that head a report or its sections ("Live: Israeli strikes in south Lebanon
    (times local)", "Reaction from Islamabad", "Culiacán live: army operation after overnight cartel gunfight"):
    a line that ends without a full stop, in a report whose other lines end with one. Such a line names what the
    entries below it tell; the act is told there, with its parties, place and toll. A report of one unpunctuated
    line (a headline, a note, a coded sentence) keeps its acts."""
    spans, start = [], 0
    for line in text_of(doc).split("\n"):
        spans.append((start, start + len(line), _ends_sentence(line, w) or not line.strip()))
        start += len(line) + 1
    if not any(ends and text_end > text_start for text_start, text_end, ends in spans):
        return []
    return [(a, b) for a, b, ends in spans if not ends]


def headline_line(doc: Doc, w: Words) -> tuple[int, int] | None:
    """Character span of the report's first line when it is a news headline that tells an act in a clause of its
    own ("Gunmen kill five in raid on village", "Two traders abducted near Sukkur"): a title line (above) with a
    verb and no colon (a live blog's or round-up's title, "Syria live: clashes in Sweida", or a lead-in names
    topics). Its acts are found, to lead the body's telling of them (merge.lead_with_headline)."""
    text = text_of(doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or (start, end) not in title_lines(doc, w) or ":" in text[start:end]:
        return None
    return (start, end) if any(t.pos_ == "VERB" for t in doc if start <= t.idx < end) else None


def _lexical(tok: Token, lex: Lexicon) -> Trigger | None:
    lemma = tok.lemma_.lower()
    # "the outlawed PKK", "the banned party": a participle that describes a noun tells no act
    if tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.tag_ == "VBN":
        return None
    # "a group called Ansar al-Sunna": a participle after a noun that names it (not "the envoy called on all
    # parties", a sentence the parser hangs on its subject)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma in lex.words.naming_verbs and any(
            c.dep_ in {"dobj", "oprd", "attr"} and c.pos_ == "PROPN" for c in tok.children):
        return None
    if tok.pos_ == "VERB" and _nominal_use(tok, lex):
        return None
    if tok.pos_ == "VERB" and lemma in lex.verbs:
        sense = _first_sense(lex.verbs[lemma], tok, False, lex)
        if sense and (not sense.requires_embedded or _embeds(tok, sense, lex)):
            return Trigger(tok, sense, is_noun=False)
    elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "compound":
        senses = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
        if not senses or (tok.pos_ == "PROPN" and tok.ent_type_ in {"ORG", "PERSON", "GPE", "WORK_OF_ART"}):
            return None
        if _inside_title(tok):
            return None
        sense = _first_sense(senses, tok, True, lex)
        light = light_verb(tok, lex)
        if sense and (light is not None or not sense.needs_verb):
            return Trigger(tok, sense, is_noun=True, light_verb=light)
    return None


def _literals(attrs: dict[str, Any], name: str) -> frozenset[str] | None:
    value = attrs.get(name)
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return frozenset(value["IN"])
    return None


def _anchors(pattern: Pattern) -> list[tuple[str, frozenset[str]]]:
    """The words the pattern cannot match without: for each node that names a LEMMA or LOWER ("declare",
    "grata"), the set of words it accepts. A match lies in one sentence (a dependency tree), so a sentence
    lacking one node's words cannot hold it."""
    return [(attr, words) for node in pattern.pattern for attr in ("LOWER", "LEMMA")
            if (words := _literals(node.get("RIGHT_ATTRS", {}), attr))]


_MAX_SPANS = 4  # past this many sentences one pass over the whole document is cheaper (and linear)


class _Gated:
    """One pattern with the word it needs: it runs only over the sentences that hold that word."""

    def __init__(self, vocab: Vocab, pattern: Pattern) -> None:
        self.pattern = pattern
        self.matcher = DependencyMatcher(vocab)
        self.matcher.add(pattern.id, [pattern.pattern])
        self.anchors = [(attr, frozenset(vocab.strings.add(w) for w in words)) for attr, words in _anchors(pattern)]

    def spans(self, doc: Doc, where: dict[str, dict[int, list[int]]], words: dict[str, frozenset[int]]
              ) -> list[Doc | Span]:
        """What to match over: the sentences holding a word of every node that names one (none: the pattern
        cannot match), or the whole document once they are more than a few. The matcher copies the whole
        document for every span it is given (`Span.as_doc`), so one span per sentence would make a long report
        cost the square of its length. The rarest node's words find the sentences; the others only filter them."""
        if not self.anchors:
            return [doc]
        # set intersections run in C over the smaller side: most nodes' words are absent from most reports
        present = [hashes & words[attr] for attr, hashes in self.anchors]
        if not all(present):
            return []
        counts = [sum(len(where[attr][h]) for h in found)
                  for (attr, _), found in zip(self.anchors, present, strict=True)]
        rarest = counts.index(min(counts))
        attr = self.anchors[rarest][0]
        others = [a for n, a in enumerate(self.anchors) if n != rarest]
        spans: dict[int, Span] = {}
        seen: set[int] = set()
        for i in sorted(i for h in present[rarest] for i in where[attr][h]):
            sent = sent_of(doc[i])
            if sent.start in seen:
                continue
            seen.add(sent.start)
            if not all(_holds_word(sent, a) for a in others):
                continue
            spans[sent.start] = sent
            if len(spans) > _MAX_SPANS:
                return [doc]
        return list(spans.values())


def _holds_word(sent: Span, anchor: tuple[str, frozenset[int]]) -> bool:
    attr, hashes = anchor
    return any((tok.lemma if attr == "LEMMA" else tok.lower) in hashes for tok in sent)


class PatternMatcher:
    """The dependency patterns of a lexicon, compiled once for a vocabulary.

    Each pattern runs only over the sentences that hold a word it names: the matcher tests every token
    of what it is given, and most reports hold none of the rarer phrasings."""

    def __init__(self, vocab: Vocab, patterns: tuple[Pattern, ...]) -> None:
        self.vocab = vocab
        self.gated = [_Gated(vocab, p) for p in patterns]
        self._joint: dict[tuple[int, ...], DependencyMatcher] = {}

    def __call__(self, doc: Doc) -> dict[int, Trigger]:
        found: dict[int, Trigger] = {}
        if not self.gated:
            return found
        # where each lemma and each lower-case form occurs, read once for all the patterns
        where: dict[str, dict[int, list[int]]] = {"LEMMA": {}, "LOWER": {}}
        for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
            where["LEMMA"].setdefault(lemma, []).append(i)
            where["LOWER"].setdefault(lower, []).append(i)
        words = {attr: frozenset(found) for attr, found in where.items()}
        plans = [gated.spans(doc, where, words) for gated in self.gated]
        whole = tuple(n for n, spans in enumerate(plans) if len(spans) == 1 and spans[0] is doc)
        # patterns that must each read the whole document read it in one pass: the matcher maps every token of what
        # it is given once per call, which in a long report costs more than the matching itself
        joint = self._joint_matches(doc, whole) if len(whole) > 1 else {}
        for n, (gated, spans) in enumerate(zip(self.gated, plans, strict=True)):
            if n in joint:
                hits: list[tuple[int, list[int]]] = [(0, ids) for ids in joint[n]]
            else:
                hits = [(span.start if isinstance(span, Span) else 0, ids)
                        for span in spans for _, ids in gated.matcher(span)]
            for offset, token_ids in hits:
                self._add(found, doc, gated.pattern, offset, token_ids)
        return found

    def _joint_matches(self, doc: Doc, whole: tuple[int, ...]) -> dict[int, list[list[int]]]:
        matcher = self._joint.get(whole)
        if matcher is None:
            matcher = DependencyMatcher(self.vocab)
            for n in whole:
                matcher.add(str(n), [self.gated[n].pattern.pattern])
            if len(self._joint) > 64:  # the sets of whole-document patterns a corpus meets are few
                self._joint.clear()
            self._joint[whole] = matcher
        out: dict[int, list[list[int]]] = {n: [] for n in whole}
        for key, token_ids in matcher(doc):
            out[int(self.vocab.strings[key])].append(token_ids)
        return out

    @staticmethod
    def _add(found: dict[int, Trigger], doc: Doc, pattern: Pattern, offset: int, token_ids: list[int]) -> None:
        nodes = {n["RIGHT_ID"]: doc[offset + i] for n, i in zip(pattern.pattern, token_ids, strict=True)}
        tok = nodes[pattern.trigger]
        roles = {role: [nodes[n] for n in names] for role, names in pattern.roles.items()}
        found.setdefault(tok.i, Trigger(tok, pattern.sense, is_noun=tok.pos_ in {"NOUN", "PROPN"}, roles=roles))


def find_triggers(doc: Doc, lex: Lexicon, patterns: PatternMatcher | None = None) -> list[Trigger]:
    """Every trigger of `doc` in token order; a dependency pattern wins over a lemma on the same token."""
    fixed = patterns(doc) if patterns is not None else {}
    headline = headline_line(doc, lex.words)
    titles = [span for span in title_lines(doc, lex.words) if span != headline]
    found: list[Trigger] = []
    for tok in doc:
        trig = fixed.get(tok.i) or _lexical(tok, lex)
        if trig is not None and trig.is_noun and trig.light_verb is None and tok.i in fixed:
            # a noun a pattern found lends its verb tense and doer as a lemma's does ("announced the recall of")
            trig.light_verb = light_verb(tok, lex)
        if trig is not None and (_section_heading(tok) or any(a <= tok.idx < b for a, b in titles)):
            continue
        if trig is not None and trig.sense.type is not None:  # a pattern may say a word names no act
            found.append(trig)
    return found
