"""Find event triggers in a parsed sentence: verbs, nouns and light-verb phrases."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from flashpoint.events.lexicon import Lexicon, Sense

_OBJ_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_MOD_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}


@dataclass
class Trigger:
    """A word that names an act, with the reading of it that applies here."""

    token: Token
    sense: Sense
    is_noun: bool
    light_verb: Token | None = None  # "held" in "held talks": lends subject, tense and modality

    @property
    def type(self) -> str:
        assert self.sense.type is not None
        return self.sense.type


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in _OBJ_DEPS]
    # "hand over the bodies" / "send troops to X": objects can hang off a particle or the verb
    for c in tok.children:
        if c.dep_ == "prt":
            objs.extend(g for g in c.children if g.dep_ in _OBJ_DEPS)
        if c.dep_ == "prep" and c.lower_ in {"for", "to"} and tok.lemma_.lower() in {"pledge", "call", "press", "take"}:
            objs.extend(g for g in c.children if g.dep_ == "pobj")
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "the truce brokered by Russia": the noun is the object
        objs.append(tok.head)
    return objs


def _phrase_forms(tok: Token) -> set[str]:
    """The lemma of a head word and its modifier+head forms ("martial law", "state of emergency")."""
    forms = {tok.lemma_.lower(), tok.lower_}
    mods = [c for c in tok.lefts if c.dep_ in _MOD_DEPS]
    if mods:
        forms.add(" ".join([m.lower_ for m in mods] + [tok.lemma_.lower()]))
        forms.add(" ".join([m.lower_ for m in mods] + [tok.lower_]))
    right = doc_text_right(tok)
    if right:
        forms.add(f"{tok.lower_} {right}")
    return forms


def doc_text_right(tok: Token) -> str:
    """Up to three words after a head inside its own phrase ("state of emergency")."""
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4] if t in set(tok.subtree)]
    return " ".join(words)


def _modal_complement(tok: Token) -> bool:
    """ "warned that it would respond", "warned of consequences": a warning that carries a threat."""
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    return any(g.dep_ == "aux" and g.tag_ == "MD" for c in comps for g in c.children)


def _verb_matches(tok: Token, sense: Sense) -> bool:
    if sense.comp_modal and not _modal_complement(tok):
        return False
    if sense.prep:
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "agent"}}
        if not particles & sense.prep:
            return False
    if sense.obj:
        forms: set[str] = set()
        for obj in _objects(tok):
            forms |= _phrase_forms(obj)
        if not any(o in forms for o in sense.obj):
            return False
    return True


def _noun_mods(tok: Token) -> set[str]:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in _MOD_DEPS | {"poss"}}
    mods |= {c.lower_ for c in tok.children if c.dep_ in _MOD_DEPS | {"poss"}}
    # a hyphenated compound ("cease-fire", "air-strike") is split by the tokenizer
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        mods.add(tok.doc[tok.i - 2].lower_)
    return mods


def _noun_matches(tok: Token, sense: Sense) -> bool:
    mods = _noun_mods(tok)
    if sense.mod and not mods & sense.mod:
        return False
    if sense.not_mod and mods & sense.not_mod:
        return False
    return not (sense.prep and not {c.lower_ for c in tok.children if c.dep_ == "prep"} & sense.prep)


def _first_sense(senses: tuple[Sense, ...], tok: Token, noun: bool) -> Sense | None:
    match = _noun_matches if noun else _verb_matches
    for sense in senses:
        if match(tok, sense):
            return sense if sense.type is not None else None
    return None


def _light_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that lends a noun trigger its subject ("Armenia announced a ceasefire")."""
    head = tok.head
    if tok.dep_ == "conj":  # "talks and a meeting": the second noun shares the first one's verb
        return _light_verb(head, lex)
    if tok.dep_ in {"dobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"} and (
        head.lemma_.lower() in lex.light_verbs
    ):
        return head
    # "engaged in talks", "agreed to a truce"
    if tok.dep_ == "pobj" and head.lower_ in {"in", "into", "to"} and head.head.pos_ == "VERB" and (
        head.head.lemma_.lower() in lex.light_verbs
    ):
        return head.head
    return None


def _embeds(tok: Token, sense: Sense, lex: Lexicon) -> bool:
    """ "vowed to retaliate": a vow is a threat only when what is vowed is a forceful act."""
    for c in tok.children:
        if c.dep_ in {"xcomp", "ccomp"}:
            senses = lex.verbs.get(c.lemma_.lower(), ())
            if any(s.type in sense.requires_embedded for s in senses):
                return True
    return False


def find_triggers(doc: Doc, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex.verbs:
            sense = _first_sense(lex.verbs[lemma], tok, noun=False)
            if sense and (not sense.requires_embedded or _embeds(tok, sense, lex)):
                found.append(Trigger(tok, sense, is_noun=False))
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "compound":
            senses = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
            if not senses or (tok.pos_ == "PROPN" and tok.ent_type_ in {"ORG", "PERSON", "GPE", "WORK_OF_ART"}):
                continue
            sense = _first_sense(senses, tok, noun=True)
            light = _light_verb(tok, lex)
            if sense and (light is not None or not sense.needs_verb):
                found.append(Trigger(tok, sense, is_noun=True, light_verb=light))
    return found
