"""Find event triggers in a parsed report: verbs, nouns, light-verb phrases and dependency patterns."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LEMMA
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from flashpoint.events.lexicon import Lexicon, Pattern, Sense
from flashpoint.nlp import sent_of

_OBJ_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_MOD_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}


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
    objs = [c for c in tok.children if c.dep_ in _OBJ_DEPS]
    # "hand over the bodies" / "call for a truce": objects can hang off a particle or a preposition
    via_prep = tok.lemma_.lower() in lex.words.object_prep_verbs
    for c in tok.children:
        if c.dep_ == "prt":
            objs.extend(g for g in c.children if g.dep_ in _OBJ_DEPS)
        if c.dep_ == "prep" and via_prep and c.lower_ in lex.words.object_preps:
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
    forms |= {f"{tok.lower_} {right}" for right in _text_right(tok)}
    return forms


def _text_right(tok: Token) -> list[str]:
    """The one to three words after a head inside its own phrase ("state of emergency in Lima": "of",
    "of emergency", "of emergency in")."""
    inside = {t.i for t in tok.subtree}
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4] if t.i in inside]
    return [" ".join(words[:n]) for n in range(1, len(words) + 1)]


def _modal_complement(tok: Token) -> bool:
    """ "warned that it would respond": a warning that carries a threat."""
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    return any(g.dep_ == "aux" and g.tag_ == "MD" for c in comps for g in c.children)


def _verb_matches(tok: Token, sense: Sense, lex: Lexicon) -> bool:
    if sense.comp_modal and not _modal_complement(tok):
        return False
    if sense.prep:
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "agent", "advmod"}}
        if not particles & sense.prep:
            return False
    if sense.obj:
        forms: set[str] = set()
        for obj in _objects(tok, lex):
            forms |= _phrase_forms(obj)
        if not forms & sense.obj:
            return False
    return True


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
    return not (sense.prep and not {c.lower_ for c in tok.children if c.dep_ == "prep"} & sense.prep)


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
    # "hosted a new round of talks": the round's verb is the talks'
    if tok.dep_ == "pobj" and head.lower_ in lex.words.partitive_preps and head.head.lemma_.lower() in (
        lex.words.partitives
    ):
        return light_verb(head.head, lex)
    if tok.dep_ in {"dobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"} and (
        head.lemma_.lower() in lex.words.light_verbs
    ):
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
    return None


def _embeds(tok: Token, sense: Sense, lex: Lexicon) -> bool:
    """ "vowed to retaliate": a vow is a threat only when what is vowed is a forceful act."""
    for c in tok.children:
        if c.dep_ in {"xcomp", "ccomp"}:
            senses = lex.verbs.get(c.lemma_.lower(), ())
            if any(s.type in sense.requires_embedded for s in senses):
                return True
    return False


def _lexical(tok: Token, lex: Lexicon) -> Trigger | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex.verbs:
        sense = _first_sense(lex.verbs[lemma], tok, False, lex)
        if sense and (not sense.requires_embedded or _embeds(tok, sense, lex)):
            return Trigger(tok, sense, is_noun=False)
    elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "compound":
        senses = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
        if not senses or (tok.pos_ == "PROPN" and tok.ent_type_ in {"ORG", "PERSON", "GPE", "WORK_OF_ART"}):
            return None
        sense = _first_sense(senses, tok, True, lex)
        light = light_verb(tok, lex)
        if sense and (light is not None or not sense.needs_verb):
            return Trigger(tok, sense, is_noun=True, light_verb=light)
    return None


def _anchor_lemmas(pattern: Pattern) -> frozenset[str] | None:
    """The lemmas the first node of a pattern must have, or None when it names none."""
    lemma = pattern.pattern[0].get("RIGHT_ATTRS", {}).get("LEMMA")
    if isinstance(lemma, str):
        return frozenset({lemma})
    if isinstance(lemma, dict) and isinstance(lemma.get("IN"), list):
        return frozenset(lemma["IN"])
    return None


class PatternMatcher:
    """The dependency patterns of a lexicon, compiled once for a vocabulary.

    A pattern runs only over the sentences that hold its first node's lemma: the matcher tests every
    token of what it is given, and most reports hold none of the rarer phrasings."""

    def __init__(self, vocab: Vocab, patterns: tuple[Pattern, ...]) -> None:
        self.matcher = DependencyMatcher(vocab)
        self.patterns = {p.id: p for p in patterns}
        anchors = [_anchor_lemmas(p) for p in patterns]
        self.anchors: frozenset[str] | None = (
            None if any(a is None for a in anchors) else frozenset(w for a in anchors if a for w in a)
        )
        for p in patterns:
            self.matcher.add(p.id, [p.pattern])

    def _spans(self, doc: Doc) -> list[Span]:
        if self.anchors is None:
            return [doc[:]]
        hashes = {doc.vocab.strings.add(w) for w in self.anchors}
        lemmas = doc.to_array([LEMMA])
        hits = [i for i, h in enumerate(lemmas.tolist()) if h in hashes]
        spans: dict[int, Span] = {}
        for i in hits:
            sent = sent_of(doc[i])
            spans.setdefault(sent.start, sent)
        return list(spans.values())

    def __call__(self, doc: Doc) -> dict[int, Trigger]:
        found: dict[int, Trigger] = {}
        if not self.patterns:
            return found
        for span in self._spans(doc):
            for match_id, token_ids in self.matcher(span):
                pattern = self.patterns[doc.vocab.strings[match_id]]
                nodes = {n["RIGHT_ID"]: doc[span.start + i] for n, i in zip(pattern.pattern, token_ids, strict=True)}
                tok = nodes[pattern.trigger]
                roles = {role: [nodes[n] for n in names] for role, names in pattern.roles.items()}
                found.setdefault(tok.i, Trigger(tok, pattern.sense, is_noun=tok.pos_ in {"NOUN", "PROPN"},
                                                roles=roles))  # fmt: skip
        return found


def find_triggers(doc: Doc, lex: Lexicon, patterns: PatternMatcher | None = None) -> list[Trigger]:
    """Every trigger of `doc` in token order; a dependency pattern wins over a lemma on the same token."""
    fixed = patterns(doc) if patterns is not None else {}
    found: list[Trigger] = []
    for tok in doc:
        trig = fixed.get(tok.i) or _lexical(tok, lex)
        if trig is not None and trig.sense.type is not None:  # a pattern may say a word names no act
            found.append(trig)
    return found
