"""The event extractor: a parsed report with its time expressions, places and actors in, coded PLOVER
events out.

Steps, per trigger: decide its status and claim owner from the clauses above it (status.py) and what
the acts around it make of it (relations.py); fill its roles from the parse (arguments.py) and resolve
them to actors (parties.py); rewrite what a negated or reported act really is (rewrite.py); attach its
toll, date and place. Then fold mentions of one act into one event (merge.py). The rules themselves are
data (data/*.yaml, read by lexicon.py); this module only puts the steps in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Token

from flashpoint.actors import ActorIndex
from flashpoint.actors.localise import (
    ParagraphCountries,
    dateline,
    foreigners,
    local_rules,
    localise_by_paragraph,
    localise_event,
    localised,
    note_unplaced,
    report_country,
    section_headings,
)
from flashpoint.events import merge
from flashpoint.events.acled import code_acled, mention_cues
from flashpoint.events.arguments import addressees, clause_parties, roles_for
from flashpoint.events.casualties import is_disaster, names_its_cause, tolls_for
from flashpoint.events.codes import context_for
from flashpoint.events.lexicon import Lexicon, Words
from flashpoint.events.locate import Places, implied_country, place_by_report
from flashpoint.events.parties import role_actors
from flashpoint.events.references import implied_parties, people_protest, point_back, subjects_of, told
from flashpoint.events.relations import (
    Others,
    a_record,
    actor_record,
    adopted,
    claimant_trigger,
    consequence,
    embedding_parent,
    in_condition,
    named_by_years,
    ongoing,
    only_named,
    presupposed,
    protest_cry,
    purpose_only,
    repeated,
    subsumed,
    tallied,
    topic_only,
)
from flashpoint.events.rewrite import Coding, rewrite
from flashpoint.events.speech import (
    aimed_at,
    committed,
    compelled,
    contents_of,
    enacted,
    expected,
    mode_from_content,
    offered,
    statement_verb,
)
from flashpoint.events.status import (
    Frame,
    asked,
    conditioned,
    ends_phrase,
    frame_for,
    involvement_denier,
    ordered,
    points_back,
    still_to_come,
)
from flashpoint.events.triggers import PatternMatcher, Trigger, coordinate_head, find_triggers, phrase_forms
from flashpoint.geo.attach import literal_places, named_places
from flashpoint.model import Actor, Article, Content, Event, Place, Span, Timex
from flashpoint.nlp import sent_of, text_of
from flashpoint.nlp.paragraphs import dateline_end
from flashpoint.timex.acts import Act, ActDater

_OWNER_ENTS = {"NORP", "GPE", "ORG"}  # "Ukrainian drones", "Russian missiles", "Houthi drones"


class Events(list[Event]):
    """A report's events, plus what the report taught about actors (for the store's memory).

    A list, so every caller that wants events alone is unaffected; the attribute pickles with it,
    so worker processes can hand it back."""

    learned: list[dict[str, Any]]

    def __init__(self, events: Iterable[Event] = (), learned: list[dict[str, Any]] | None = None) -> None:
        super().__init__(events)
        self.learned = learned or []


@dataclass
class DocContext:
    """Everything resolved once per report that every event of it needs."""

    doc: Doc
    article: Article
    lex: Lexicon
    actors: ActorIndex
    places: Places
    dater: ActDater
    main_country: str | None
    others: Others
    contents: dict[int, Trigger]  # a speech act's token index -> the trigger of the act it is about
    dateline: Place | None = None  # where the report was filed: no party to any act
    issuer: Actor | None = None  # the body a press release or statement speaks for ("we" outside any quote)


_LABEL_CHARS = 40  # a speaker's label before its colon: a name or a title and a name


def _actors(ctx: DocContext, toks: Iterable[Token], speaker: Actor | None) -> list[Actor]:
    filed = ctx.dateline  # no party to any act, whether its own token or the phrase it opens is asked for
    # ("PORT-AU-PRINCE — Gunmen of the Viv Ansanm coalition attacked", parsed as one phrase: its apposition acts)
    toks = [a for t in toks for a in ([c for c in t.children if c.dep_ == "appos"] if _in_dateline(t, filed) else [t])]
    toks = [t for t in toks if filed is None or t.idx != filed.start]
    own = [t for t in toks if t.lower_ in ctx.lex.words.first_person] if speaker is None else []
    # "we" outside any quote: the speaker a transcript's line names ("Jaiswal: We reject ..."), else the body a
    # release speaks for
    if own and (voice := _line_speaker(ctx, own[0]) or ctx.issuer) is not None:
        return role_actors(ctx.actors, own, voice, ctx.lex.words) + _actors(
            ctx, [t for t in toks if t not in own], None)
    found = role_actors(ctx.actors, toks, speaker, ctx.lex.words)
    return [a for a in found if filed is None or a.start is None or filed.start != a.start]


def _line_speaker(ctx: DocContext, tok: Token) -> Actor | None:
    """The coded party a transcript's line opens with, a name and a colon ("Jaiswal: We reject these
    allegations"): the line is that speaker's word ("Q:" names nobody)."""
    text = text_of(ctx.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    colon = text.find(":", start, tok.idx)
    if colon < 0 or colon - start > _LABEL_CHARS:
        return None
    span = ctx.doc.char_span(start, colon, alignment_mode="expand")
    label = list(span) if span is not None else []
    if not label or not all(t.pos_ == "PROPN" for t in label if not t.is_punct):
        return None
    # the label is often the surname of a speaker introduced in full above ("spokesperson Randhir Jaiswal")
    named = [t for t in ctx.doc[: label[0].i] if t.lower_ == label[-1].lower_] + label
    found = [a for t in named for a in ctx.actors.actors_for_token(t)
             if a is not None and (a.country or a.org or a.sector)]
    return found[-1] if found else None


def _in_dateline(tok: Token, filed: Place | None) -> bool:
    return filed is not None and filed.start is not None and filed.end is not None and (
        filed.start <= tok.idx < filed.end)


def _evidence(ctx: DocContext, trig: Trigger) -> Span:
    sent = sent_of(trig.token)
    text = text_of(ctx.doc)[sent.start_char : sent.end_char].rstrip()
    return Span(text=text, start=sent.start_char, end=sent.start_char + len(text))


def _status_and_claim(ctx: DocContext, trig: Trigger, frame: Frame) -> tuple[str, Actor | None]:
    status = frame.status
    # the speaker, else its apposition past a dateline ("BAKU, June 19 - Azerbaijan said", parsed as one phrase)
    speakers = [frame.speaker, *(c for c in frame.speaker.children if c.dep_ == "appos")] \
        if frame.speaker is not None else []
    found = _actors(ctx, speakers, None)
    claimant = found[0] if found else None
    owner = claimant_trigger(trig, ctx.others, ctx.lex.words)
    if owner is not None and status in {"occurred", "claimed"}:
        src = _actors(ctx, roles_for(owner, ctx.lex).source, claimant)
        # ("falsely accused police of beating protesters": the writer calls the accusation untrue)
        untrue = any(c.dep_ == "advmod" and c.lower_ in ctx.lex.words.false_claim_adverbs for c in owner.token.children)
        # in a mutual accusation each side claims the other's act: no single owner
        return "negated" if untrue else "claimed", (None if owner.sense.mutual else src[0] if src else claimant)
    if status == "claimed" and presupposed(trig, ctx.others, ctx.lex):
        return "occurred", None
    return status, claimant


def _span(tok: Token) -> Span:
    return Span(tok.text, tok.idx, tok.idx + len(tok))


def _weapon_owners(trig: Trigger, targets: list[Token], lex: Lexicon) -> list[Token]:
    """An intercepted weapon stands for whoever sent it: "destroyed 12 Ukrainian drones" (Ukraine), "shot down
    31 of 45 drones launched by Russia" (Russia). Other weapons named as objects are no party."""
    if trig.token.lemma_.lower() not in lex.words.interception_verbs and not any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in lex.words.interception_verbs for c in trig.token.children):
        return targets
    out = []
    for t in targets:
        weapon = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in lex.words.partitive_preps
                       for g in c.children if g.dep_ == "pobj"), t) if t.pos_ == "NUM" else t  # fmt: skip
        if weapon.lemma_.lower() not in lex.words.weapons:
            out.append(t)
            continue
        out += [c for c in weapon.children if c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in _OWNER_ENTS]
        out += [g for c in weapon.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                for g in a.children if g.dep_ == "pobj"]  # fmt: skip
    return out


def _parties(ctx: DocContext, trig: Trigger, place: Place | None, claimant: Actor | None
             ) -> tuple[list[Actor], list[Actor]]:
    """Source and target actors of a trigger (the weapon fired and the town shelled are no party)."""
    lex = ctx.lex
    roles = roles_for(trig, lex)
    source = [localised(a, place, ctx.main_country, claimant) for a in _actors(ctx, roles.source, claimant)]
    # ("ended the state of emergency": the rule lifted is no state acted on)
    targets = [t for t in _weapon_owners(trig, roles.target, lex)
               if t.lemma_.lower() not in lex.words.weapons and not ctx.places.names_place(t, ctx.actors)
               and not phrase_forms(t) & lex.words.emergency_rule]
    own = {(a.country, a.sector, a.org) for a in source}
    # "France sent its foreign minister to Beirut": the source's own people are no target of its act
    targets = [t for t in targets if not (_owned_by_pronoun(t) and _all_in(
        {(a.country, a.sector, a.org) for a in _localised(ctx, [t], place, claimant)}, own))]
    unplaced = _actors(ctx, targets, claimant)  # (read once: localised below, and kept for those expelled)
    found = [localised(a, place, ctx.main_country, claimant) for a in unplaced]
    return source, foreigners(trig.sense.mode, unplaced, found, source)


def _localised(ctx: DocContext, toks: list[Token], place: Place | None, claimant: Actor | None) -> list[Actor]:
    return [localised(a, place, ctx.main_country, claimant) for a in _actors(ctx, toks, claimant)]


def _all_in(keys: set[tuple[str | None, str | None, str | None]],
            own: set[tuple[str | None, str | None, str | None]]) -> bool:
    return bool(keys) and keys <= own


def _owned_by_pronoun(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _clause_target(ctx: DocContext, trig: Trigger, place: Place | None, claimant: Actor | None,
                   source: list[Actor]) -> list[Actor]:
    """The first party of the clause a statement governs that is not the speaker's side (arguments.yaml
    `clause_target`)."""
    own = {a.org or a.country for a in source if a.org or a.country}
    for tok in clause_parties(trig, ctx.lex):
        found = [localised(a, place, ctx.main_country, claimant) for a in _actors(ctx, [tok], claimant)]
        found = [a for a in found if (a.org or a.country) and (a.org or a.country) not in own]
        if found:
            return found
    return []


def _embedded(ctx: DocContext, trig: Trigger, place: Place | None, claimant: Actor | None) -> Content | None:
    """The act a speech act is about, as it stands in the clause below it (its status comes later)."""
    inner = ctx.contents.get(trig.token.i)
    if inner is None:
        return None
    source, target = _parties(ctx, inner, place, claimant)
    if not target:
        target = _content_place(ctx, inner)
    status = "negated" if frame_for(inner.token, ctx.lex, inner.light_verb).status == "negated" else ""
    return Content(type=inner.type, status=status, mode=inner.sense.mode, cameo=inner.sense.cameo,
                   source=source, target=target, trigger=_span(inner.token))


def _addressed(ctx: DocContext, trig: Trigger, place: Place | None, claimant: Actor | None, etype: str,
               source: list[Actor]) -> list[Actor]:
    """The addressees of the document a speech act is told through, outside the speaker's side."""
    if etype not in ctx.lex.types.verbal:
        return []
    own = {a.org or a.country for a in source if a.org or a.country}
    found = _localised(ctx, addressees(trig.token, ctx.lex), place, claimant)
    return [a for a in found if (a.org or a.country) and (a.org or a.country) not in own]


def _answerers(ctx: DocContext, trig: Trigger, place: Place | None, claimant: Actor | None, source: list[Actor]
               ) -> list[Actor]:
    """Those who answered a speech act named by a noun ("students rejected an offer of talks from the minister"):
    the offer was made to them. Only for a noun with a maker of its own, outside the maker's side."""
    if not trig.is_noun or not source:
        return []
    above = embedding_parent(trig, ctx.others, ctx.lex, made_too=True)
    if above is None or above.token.i == trig.token.i:
        return []
    answerers, _ = _parties(ctx, above, place, claimant)
    sides = {(a.country, a.sector, a.org) for a in source}
    return [a for a in answerers if (a.country, a.sector, a.org) not in sides]


def _content_place(ctx: DocContext, inner: Trigger) -> list[Actor]:
    """The country of the place an act spoken of is aimed at, where its type is aimed at the country it is done in
    (arguments.yaml `place_target`): "threatened to shell Haifa" is aimed at Israel. Only a place in the act's own
    clause: where the threat was made is not where it is aimed (`aimed_at` leaves out the speaker's own country)."""
    if not ctx.lex.arguments_for(inner.type, inner.sense.mode).place_target:
        return []
    where = ctx.places.of_act(inner.anchor)
    clause = inner.anchor
    if where is None or not where.country or where.start is None or not (
            clause.left_edge.idx <= where.start < clause.right_edge.idx + len(clause.right_edge)):
        return []
    return [Actor(text=where.text, country=where.country, start=where.start, end=where.end)]


def _left_place(ctx: DocContext, trig: Trigger, etype: str, mode: str | None, source: list[Actor]) -> list[Actor]:
    """The country of a place a foreign actor leaves (arguments.yaml `place_preps`): "Israeli forces withdrew
    from the town of Jenin" is aimed at the Palestinian territories, "pulled out of Kherson" at Ukraine."""
    preps = ctx.lex.arguments_for(etype, mode).place_preps
    own = {a.country for a in source if a.country}
    if not preps or not own:
        return []
    verb = trig.light_verb or trig.anchor
    # "pulled out of Kherson": the preposition may hang below a particle-like "out"
    below = [c for c in verb.children if c.dep_ in {"prep", "prt"}]
    below += [g for c in below for g in c.children if g.dep_ == "prep"]
    for prep in (c for c in below if c.dep_ == "prep" and c.lower_ in preps):
        span = prep.right_edge.idx + len(prep.right_edge)
        for where in ctx.places.in_span(prep.idx, span):
            if where.country and where.country not in own:
                return [Actor(text=where.text, country=where.country, start=where.start, end=where.end)]
    return []


def _implied_target(ctx: DocContext, trig: Trigger, etype: str, mode: str | None, place: Place | None,
                    source: list[Actor]) -> list[Actor]:
    """The sector an act on one of its type's `implied_objects` is aimed at, of the doer's own country (else of
    the place's or the report's): "cut mobile internet across the country" at the country's civilians, "seized
    power in a coup" at its government. Of no known country: none."""
    rules = ctx.lex.arguments_for(etype, mode)
    verb = trig.light_verb or trig.anchor
    used = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and phrase_forms(c) & rules.implied_objects]
    own = {a.country for a in source if a.country}
    found = []
    for span in [c.doc[c.left_edge.i : c.i + 1] for c in used[:1]]:
        implied = Actor(text=span.text, sector=rules.implied_target_sector, kind="role", start=span.start_char,
                        end=span.end_char, country=own.pop() if len(own) == 1 else None)
        found.append(localised(implied, place, ctx.main_country))
    return [a for a in found if a.country]


def _in_clause(ctx: DocContext, trig: Trigger) -> bool:
    inner = ctx.contents.get(trig.token.i)
    return inner is not None and not inner.is_noun


def _source_sectors(ctx: DocContext, etype: str, mode: str | None, source: list[Actor]) -> list[Actor]:
    """ "Protesters" or "residents" who demonstrate are protesters (arguments.yaml `source_sectors`)."""
    rule = ctx.lex.arguments_for(etype, mode).source_sectors
    if rule is None:
        return source
    old, new = rule
    return [replace(a, sector=new) if a.sector in old and not a.org else a for a in source]


def _mutual(lex: Lexicon, trig: Trigger, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """Both sides of a fight or an exchange act: those it was aimed at join those who did it, except what the sides
    exchanged ("Israel and Hamas exchanged prisoners", "a swap of detainees": the prisoners are no side)."""
    keys = {s.key() for s in source}
    # only a sense that names what is exchanged ("swap" + captives, "trade" + fire) has such an object; the object
    # of "repelled an attack by JNIM" names the other side
    themes = lex.arguments_for(trig.type, trig.sense.mode).theme_preps if trig.is_noun and source else frozenset()
    objects = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in trig.token.children
               if (o.dep_ == "dobj" and trig.sense.obj) or (o.dep_ == "prep" and o.lower_ in themes)]
    return source + [a for a in target if a.key() not in keys
                     and not any(a.start is not None and lo <= a.start < hi for lo, hi in objects)]


def _crowd(ctx: DocContext, trig: Trigger, place: Place | None) -> list[Actor]:
    """ "Thousands marched in Tbilisi": a crowd named only by its size is the people of where it marched
    (protesters, by the protest's `source_sectors`), when nothing else names who marched."""
    if not people_protest(trig, ctx.lex):
        return []
    rule = ctx.lex.arguments_for(trig.type, trig.sense.mode).source_sectors
    crowd = [c for c in subjects_of(trig.anchor) if c.lower_ in ctx.lex.words.multitudes]
    # the crowd's words, up to the verb when the parser hung the verb on the crowd ("Thousands <- protested ...")
    spans = [c.doc[c.left_edge.i : (c.right_edge.i if c.i != trig.anchor.head.i else trig.anchor.left_edge.i - 1) + 1]
             for c in crowd[:1]]
    return [localised(Actor(text=span.text, sector=rule[1] if rule else None, kind="role", start=span.start_char,
                            end=span.end_char), place, ctx.main_country) for span in spans]  # fmt: skip


def _confidence(trig: Trigger, event: Event) -> float:
    score = 0.45 + (0.15 if event.source else 0) + (0.1 if event.target else 0)
    score += 0.1 if not trig.is_noun else 0.05
    score += 0.05 if event.date and event.date.text else 0
    score -= 0.15 if trig.sense.weak else 0
    return max(0.05, min(0.95, score))


def _owning_verb(trig: Trigger, lex: Lexicon) -> Token | None:
    """The verb by which a group owns an act told before: "claimed the attack", "said it carried out the
    bombing", "claimed responsibility for the raid"."""
    tok, w = trig.token, lex.words
    if not trig.is_noun:
        return None
    light = trig.light_verb
    if light is not None and light.lemma_.lower() in w.responsibility_verbs:
        return light
    head = tok.head
    # "JNIM claimed the attack", "the attack was claimed on Sunday by JNIM"
    if tok.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in w.responsibility_verbs:
        return head
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in w.responsibility_nouns and head.head.dep_ == "dobj":
        return head.head.head
    # "an attack claimed by JNIM", "the bombing, claimed by al-Shabaab": a participle of owning with its agent
    return next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in w.responsibility_verbs
                 and any(g.dep_ == "agent" for g in c.children)), None)


def _owners(owning: Token) -> list[Token]:
    """Who owns an act by a verb of responsibility: its subject, or the agent of its passive."""
    return [c for c in owning.children if c.dep_ == "nsubj"] or [
        g for c in owning.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _disowners(tok: Token, w: Words) -> list[Token]:
    """Who disowns an act: the subject of "denied any involvement in the attack", "said it had nothing to do with
    the bombing" (the denied act as the denier tells it is the denier's, negated; docs/gold-format.md)."""
    if tok.dep_ != "pobj":
        return []
    prep = tok.head
    denier = involvement_denier(tok, w) or involvement_denier(prep.head, w)
    if denier is not None:
        return [c for c in denier.children if c.dep_ == "nsubj"]
    if not ends_phrase(prep, w.unrelated_phrases):
        return []
    # "it had nothing to do with": the verb that has the "nothing", above the phrase's own "do"
    for verb in prep.ancestors:
        if verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in verb.children):
            return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _dated_by_claim(event: Event, trig: Trigger) -> bool:
    """The date an owned act carries is told outside the words that name the act (on the verb of owning)."""
    when = event.date
    if when is None or when.char_start is None:
        return False
    words = list(trig.token.subtree)
    return not words[0].idx <= when.char_start < words[-1].idx + len(words[-1])


def _claim_made(tok: Token, lex: Lexicon) -> bool:
    """ "claimed responsibility", "claimed the attack", "the attack was claimed by": a verb by which a group owns
    an act."""
    w = lex.words
    return tok.lemma_.lower() in w.responsibility_verbs and any(
        c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in w.responsibility_nouns or points_back(c, w))
        for c in tok.children)


def _claimant_tells(trig: Trigger, lex: Lexicon) -> bool:
    """ "JNIM claimed the attack and said its fighters had killed 27 soldiers", "Al-Shabaab claimed responsibility,
    saying it had killed 50 soldiers", "was claimed by JNIM, which affirms having killed ...": the claimed act
    told again in the claimant's own words, with its own figure. The verb of saying has no subject of its own but
    the claimant ("while the army said it killed ten" is another speaker's act)."""
    if trig.is_noun:
        return False
    w = lex.words
    speech = next((t for t in trig.anchor.ancestors if t.lemma_.lower() in w.speech_verbs), None)
    if speech is None:
        return False
    subjects = [c.lower_ for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(c not in w.relative_pronouns and c not in w.speaker_pronouns for c in subjects):
        return False
    if any(c in w.relative_pronouns for c in subjects):  # "..., which affirms": a relative clause below the claim
        return speech.dep_ == "relcl" and any(_claim_made(t, lex) for t in speech.head.ancestors)
    return speech.dep_ in {"conj", "advcl"} and _claim_made(speech.head, lex)


def _document_authors(trig: Trigger, lex: Lexicon) -> list[Token]:
    """Who adopts the text an act is told by: "deputies passed a bill that would ban", "the OAS failed to pass
    a resolution demanding"; the subject of the verb that adopts it, through the verbs it is the complement of."""
    tok, w = trig.anchor, lex.words
    if tok.dep_ not in {"acl", "relcl"} or tok.head.lemma_.lower() not in w.documents:
        return []
    verb = tok.head.head
    if verb.lemma_.lower() not in w.enacting_verbs and verb.dep_ in {"advcl", "xcomp"}:
        verb = verb.head  # "passed in first reading a bill", the bill parsed as the object of "reading"
    if tok.head.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in w.enacting_verbs:
        return []
    for _ in range(3):  # "failed to pass", "voted to adopt": the subject is the governing verb's
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
        if subjects:
            return [g for s in subjects for g in ([s] if s.dep_ == "nsubj" else s.children) if g.dep_ != "punct"]
        if verb.dep_ not in {"xcomp", "conj"}:
            return []
        verb = verb.head
    return []


def _blamed(trig: Trigger, lex: Lexicon) -> bool:
    """ "The army blamed the RSF for the attack": an act told before, with the one blamed for it."""
    tok = trig.token
    return trig.is_noun and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lex.words.accusation_verbs


def _reaction_object(trig: Trigger, ctx: DocContext) -> bool:
    """ "condemned the attack", "denounced the Israeli incursion into Jenin": the noun is what a reaction is about
    (arguments.yaml `reaction`), as its object or behind one of its object prepositions."""
    tok = trig.token
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in {"dobj", "pobj"} or verb.i not in ctx.others:
        return False
    above = ctx.others[verb.i]
    rules = ctx.lex.arguments_for(above.type, above.sense.mode)
    return rules.reaction and (tok.dep_ == "dobj" or tok.head.lower_ in rules.object_preps)


def _told_by_its_head(tok: Token) -> bool:
    """ "a missile hit an industrial facility, injuring seven workers": a toll participle on a clause with a
    subject of its own is the toll of the act that clause tells, even where that act is no trigger."""
    head = tok.head
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in head.children)


def _flags(ctx: DocContext, trig: Trigger, owning: Token | None) -> dict[str, str]:
    """Marks for folding (merge.py), removed before the events leave the extractor."""
    flags = {merge.CASUALTY_TRIGGER: "yes" if trig.sense.casualty else ""}
    if trig.is_noun and trig.token.lemma_.lower() in ctx.lex.words.toll_nouns:
        flags[merge.TOLL_ONLY] = "yes"
    if trig.sense.casualty and (names_its_cause(trig.token, ctx.lex.words) or _told_by_its_head(trig.token)):
        flags[merge.CASUALTY_CAUSE] = "yes"
    if trig.sense.background:
        flags[merge.BACKGROUND_NOUN] = "yes"
    if trig.is_noun and points_back(trig.token, ctx.lex.words):
        flags[merge.ANAPHORIC] = "yes"
        if _reaction_object(trig, ctx):
            flags[merge.REACTED] = "yes"
        if owning is not None or _blamed(trig, ctx.lex):
            flags[merge.RESPONSIBILITY] = "yes"
    if _claimant_tells(trig, ctx.lex):
        flags[merge.CLAIMANT_TELLS] = "yes"
    if trig.is_noun and _so_called(trig.token, ctx.lex.words):
        flags[merge.ANAPHORIC] = "yes"
    if _subject_points_back(trig, ctx.lex) and not _tells_more(trig, ctx):
        # "the strikes targeted Hamas positions": the strikes told before (what the verb says they did is no mode)
        flags[merge.ANAPHORIC] = merge.BY_SUBJECT
    if trig.sense.casualty and _cause_points_back(trig.token, ctx.lex.words):
        flags[merge.ANAPHORIC] = "yes"  # "seven were killed in the overnight strikes": the strikes told before
    return flags


def _so_called(tok: Token, w: Words) -> bool:
    """ "condemned what it called a massacre", "what he described as an invasion": an act named in a speaker's
    words is one the report has told (references: the reaction is aimed at whoever did it)."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "oprd" else None
    return head is not None and head.lemma_.lower() in w.naming_verbs and any(
        c.dep_ == "dobj" and c.lower_ in w.free_relatives for c in head.children)


def _tells_more(trig: Trigger, ctx: DocContext) -> bool:
    """ "The assailants besieged the town before proceeding to the burning of the market": a verb that points back
    by its subject but has another act below it tells that act anew."""
    return any(t.i != trig.token.i and t.i in ctx.others and ctx.others[t.i].type == trig.type
               for t in trig.token.subtree)


def _subject_points_back(trig: Trigger, lex: Lexicon) -> bool:
    """ "The strikes targeted Hamas positions", "the deal was signed in Manila": a verb whose subject is a definite
    noun naming an act of its own type (or those who did it) tells that act again."""
    if trig.is_noun:
        return False
    tok = trig.token
    # "the attackers entered the village and fired on people": a conjoined verb shares its subject
    verbs = [tok, coordinate_head(tok)] if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) \
        else [tok]
    for c in (c for v in verbs for c in v.children):
        lemma = c.lemma_.lower()
        # "the attackers fired on a patrol": those who did the act told before
        doers = c.dep_ == "nsubj" and lemma in lex.words.act_doers and trig.sense.mode not in lex.words.new_deed_modes
        # "the deal was signed in Manila": the act told before, named again as what the verb tells
        named = c.dep_ in {"nsubj", "nsubjpass"} and (
            trig.type in lex.references.get(lemma, frozenset())
            or any(sense.type == trig.type for sense in lex.nouns.get(lemma, ())))
        if (doers or named) and points_back(c, lex.words):
            return True
    return False


def _cause_points_back(tok: Token, w: Words) -> bool:
    """ "killed in the exchange", "wounded in the overnight strikes": the toll names an act already known."""
    return any(c.dep_ == "prep" and c.lower_ in w.cause_preps and any(
        g.dep_ == "pobj" and points_back(g, w) for g in c.children) for c in tok.children)


def _finite_tag(tok: Token) -> str:
    """The tense of the verb group: a bare verb takes its auxiliary's ("did not meet" is past, VBD;
    "does not negotiate" present, VBZ)."""
    if tok.tag_ == "VB":
        for c in tok.children:
            if c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP"}:
                return str(c.tag_)
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return "MD"  # "cannot be accepted": a stance ("has not been agreed" is a fact, VBN)
    return str(tok.tag_)


def _own_modal(trig: Trigger) -> bool:
    """ "will not send troops", "would never deploy": a modal on the act's own verb (a stance on what its doer will
    do), not on a verb above it ("does not intend to send": the intention is negated, the act stays the act)."""
    return not trig.is_noun and any(c.dep_ == "aux" and c.tag_ == "MD" for c in trig.token.children)


def _staged(trig: Trigger, lex: Lexicon) -> bool:
    """ "will hold joint naval exercises": a noun act staged by its light verb is an act on a day of its own."""
    light = trig.light_verb
    return trig.is_noun and light is not None and light.lemma_.lower() in lex.words.staging_verbs


def _build(ctx: DocContext, trig: Trigger) -> Event | None:
    lex = ctx.lex
    if adopted(trig, ctx.others, lex):
        return None
    frame = frame_for(trig.token, lex, trig.light_verb)
    if trig.type not in lex.types.commanded:
        ordered(trig.anchor, frame, lex.words)
    if subsumed(trig, frame, ctx.others, lex) or only_named(trig, lex) or in_condition(trig, lex) \
            or tallied(trig, lex) or topic_only(trig, ctx.others, lex) or a_record(trig, lex) \
            or consequence(trig, lex, ctx.others) or ongoing(trig, lex) or named_by_years(trig, lex) \
            or actor_record(trig, lex, ctx.dater.dates_own_clause(trig.anchor)) \
            or repeated(trig, lex, ctx.dater.dates_own_clause(trig.anchor)):
        return None
    roles = roles_for(trig, lex)
    if trig.type in lex.types.disaster_lookalikes and is_disaster(trig, lex):
        return None
    status, claimant = _status_and_claim(ctx, trig, frame)
    place = ctx.places.of_act(trig.anchor)
    # "the army held talks in Geneva": an act done abroad as readily as at home gives its doer no country
    home = None if trig.type in lex.types.travelling else place
    if claimant is not None:
        claimant = localised(claimant, home, ctx.main_country)
    source, target = _parties(ctx, trig, home, claimant)
    killed, injured = tolls_for(trig, roles, lex)
    if trig.sense.casualty and 0 in (killed, injured):
        status = "negated"  # "no civilians were killed": nobody was; the attack it names keeps its own status
    owning = _owning_verb(trig, lex)
    claimed_by_doer = owning is not None and bool(_owners(owning))
    if trig.sense.weak and not (source or target or killed or injured or people_protest(trig, lex)
                                or claimed_by_doer):  # "the Taliban claimed responsibility for the blast"
        return None
    content = _embedded(ctx, trig, place, claimant)
    mode = lex.arguments_for(trig.type, trig.sense.mode).mediated_mode if roles.mediated else trig.sense.mode
    coding = rewrite(Coding(type=trig.type, mode=mode, cameo=trig.sense.cameo, status=status,
                            is_noun=trig.is_noun, tag=_finite_tag(trig.token), future=frame.future, claimant=claimant,
                            source=source, target=target, content_type=content.type if content else None,
                            content_negated=content is not None and content.status == "negated",
                            content_clause=_in_clause(ctx, trig), conditional=conditioned(trig.anchor, lex.words),
                            staged=_staged(trig, lex), compelled=compelled(trig, lex),
                            committed=committed(frame, lex), enacted=enacted(frame, trig, lex),
                            expected=expected(frame, lex),
                            offered=offered(frame, trig, lex), modal=_own_modal(trig),
                            lemma=trig.token.lemma_.lower()), lex)  # fmt: skip
    if content is not None and coding.type != trig.type and coding.type in lex.content_status:
        content.status = lex.content_status[coding.type]  # "has not ruled out strikes": a threat, strikes may come
    promised = coding.content
    offer = offered(frame, trig, lex)  # what is offered may happen, whatever the speech act
    if promised is not None:  # "said it would deliver aid": the promise is the event, the aid its content
        # what is threatened may happen; what is promised is planned
        status = "hypothetical" if offer or lex.content_status.get(coding.type) == "hypothetical" else promised.status
        content = Content(type=promised.type, status=status, mode=promised.mode, cameo=promised.cameo,
                          source=list(coding.source), target=list(target), trigger=_span(trig.token))
        place = None  # the place of the promised act is not where the promise was made
    if content is not None and not content.status:
        content.status = "hypothetical" if offer else lex.content_status.get(coding.type, "hypothetical")
    if content is not None and not target:
        target = aimed_at(lex, coding.type, coding.mode, coding.source, content)
    if not target:  # "sent a letter TO Ankara urging restraint": whom the document that carries it went to
        target = _addressed(ctx, trig, home, claimant, coding.type, coding.source)
    if not target:  # "rejected an offer of talks from the minister": the offer was made to those who rejected it
        target = _answerers(ctx, trig, home, claimant, coding.source)
    if not target:  # "warned that the rebels would bear the consequences"
        target = _clause_target(ctx, trig, home, claimant, coding.source)
    if not target:  # "Israeli forces withdrew from Jenin"
        target = _left_place(ctx, trig, coding.type, coding.mode, coding.source)
    if not target:  # "the government cut mobile internet"
        target = _implied_target(ctx, trig, coding.type, coding.mode, place, coding.source)
    source = _source_sectors(ctx, coding.type, coding.mode, coding.source or _crowd(ctx, trig, place))
    notes: dict[str, str] = {}
    if trig.sense.mutual:
        source = _mutual(ctx.lex, trig, source, target)
        target = list(source)
        notes[merge.MUTUAL] = "both sides act"
    event = Event(article=ctx.article.id, type=coding.type, mode=coding.mode, cameo=coding.cameo,
                  evidence=_evidence(ctx, trig), trigger=_span(trig.token), source=source, target=target,
                  fatalities=killed, injured=injured, status=coding.status, claimed_by=coding.claim_owner(),
                  notes=notes, location=place, content=content)  # fmt: skip
    if event.mode is None and content is not None:  # "threatened to expel the ambassador": THREATEN/expel
        event.mode = mode_from_content(lex, event.type, content)
    act = Act(trig.token, trig.light_verb, trig.is_noun, trig.sense.background, presupposed(trig, ctx.others, lex))
    event.date = ctx.dater.statement_date(statement_verb(frame)) if promised else ctx.dater.date(act, coding.status)
    if event.date is None:
        event.notes["date"] = ctx.dater.undated_reason(act)
    event.context = context_for(lex, event)
    event.confidence = _confidence(trig, event)
    event.notes.update(_flags(ctx, trig, owning))
    if purpose_only(trig, lex, ctx.others) or protest_cry(trig, lex, ctx.others):
        event.notes[merge.PURPOSE] = "yes"
    if owning is not None and not event.source:  # "JNIM claimed the attack", "was claimed by JNIM": JNIM owns it
        event.source = _actors(ctx, _owners(owning), claimant)
    if not event.source and event.status == "negated":  # "the ELN denied any involvement in the attack"
        event.source = _actors(ctx, _disowners(trig.token, lex.words), claimant)
    # ("carried out an operation on Tuesday": a light verb's date is the act's own)
    if owning is not None and owning is not trig.light_verb and _dated_by_claim(event, trig):
        event.notes[merge.CLAIM_DATED] = "yes"  # "the attack was claimed on Sunday": the day of the claim
    if not event.source:  # "deputies passed a bill that would ban ...": the bill's adopters act through it
        event.source = _actors(ctx, _document_authors(trig, lex), claimant)
    event.notes.update(mention_cues(trig.token, trig.light_verb, trig.type in lex.types.protest, lex))
    return event


def _issuer(doc: Doc, actors: ActorIndex, lex: Lexicon, filed: Place | None) -> Actor | None:
    """The body a report speaks for when its first sentence names it a release or statement of that body
    ("CHISINAU - Press release of the Ministry of Foreign Affairs of Moldova"): the first coded party there."""
    opening = list(islice(doc.sents, 2))  # the dateline may stand as a sentence of its own
    if not opening:
        return None
    newline = text_of(doc).find("\n")
    end = min(opening[-1].end_char, newline if newline > 0 else len(text_of(doc)))
    if not any(t.lemma_.lower() in lex.words.release_nouns for s in opening for t in s if t.idx < end):
        return None
    return next((a for a in actors.mentions if a.start is not None and a.start < end
                 and (a.country or a.org) and (filed is None or a.start != filed.start)), None)


def _context(doc: Doc, article: Article, lex: Lexicon, actors: ActorIndex, timexes: list[Timex],
             places: list[Place], triggers: list[Trigger]) -> DocContext:
    others = {t.token.i: t for t in triggers}
    named = named_places(places)
    filed = dateline(text_of(doc), named)
    # acts happen where places are named literally; a government named by its capital still names its country
    ctx = DocContext(doc=doc, article=article, lex=lex, actors=actors,
                     places=Places(doc, literal_places(places), lex.words.speech_verbs, lex.words.qualifier_opens),
                     dater=ActDater(doc, timexes, article.published, {i: t.is_noun for i, t in others.items()}),
                     main_country=None, others=others, dateline=filed, contents=contents_of(triggers, others, lex),
                     issuer=_issuer(doc, actors, lex, filed))  # fmt: skip
    lede = dateline_end(doc)
    acts = [p for t in triggers if (p := ctx.places.of_act(t.anchor)) is not None]
    ctx.main_country = report_country(text_of(doc), named, filed, lede, actors.mentions, acts)
    homes = _homes(ctx, named, triggers)
    if ctx.main_country is not None and not any(p.country == ctx.main_country for p in homes if p is not filed):
        # named only where talks were held ("the army held talks in Geneva"): no report about Switzerland
        ctx.main_country = report_country(text_of(doc), homes, filed, lede, actors.mentions, acts)
    return ctx


def _homes(ctx: DocContext, places: list[Place], triggers: list[Trigger]) -> list[Place]:
    """The places that may tell which country a report is about: not where talks were held or an accord signed
    ("the army held talks in Geneva" is no report about Switzerland)."""
    venues = _venues(ctx, triggers, places)
    return [p for p in places if p.start not in venues or p is ctx.dateline]


def _venues(ctx: DocContext, triggers: list[Trigger], places: list[Place], held: Iterable[Place] = ()
            ) -> set[int | None]:
    """Where the acts done abroad as readily as at home happened (words.yaml `travelling`, less the statements,
    whose sentence's place is that of the act they are about); `held`: the places of such events once coded
    ("signed an agreement in Doha"). Such a place is a venue abroad in a city that hosts others' talks
    (localise.yaml `host_cities`) or where the report names a place of another country; "talks between the
    government and the rebels resumed in Bangui" is told of the Central African Republic."""
    kinds = ctx.lex.types.travelling - ctx.lex.types.placeless
    found = [p for t in triggers if t.type in kinds and (p := ctx.places.of_act(t.anchor)) is not None]
    found = [p for p in [*found, *held] if _after_preposition(ctx.doc, p)]
    starts = {p.start for p in found}
    elsewhere = {p.country for p in literal_places(places) if p.start not in starts and p is not ctx.dateline}
    return {p.start for p in found if (p.name or p.text) in local_rules().host_cities or elsewhere - {p.country}}


def _after_preposition(doc: Doc, place: Place) -> bool:
    """ "talks IN Geneva": a venue; "sat down with MYANMAR officials" names whose officials they are."""
    span = doc.char_span(place.start or 0, place.end or 0, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "pobj"


def _trigger_token(doc: Doc, ev: Event) -> Token | None:
    """The head word of an event's trigger."""
    if ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end)
    return span.root if span is not None and len(span) else None


def extract_events(doc: Doc, article: Article, lex: Lexicon, actors: ActorIndex, timexes: list[Timex],
                   places: list[Place], patterns: PatternMatcher | None = None) -> Events:
    """Events of one parsed report whose time expressions, places and actors are known."""
    triggers = find_triggers(doc, lex, patterns)
    ctx = _context(doc, article, lex, actors, timexes, places, triggers)
    # a question asks, it tells no act (gold-format.md: nothing in "Could this turn into a blockade?" is coded)
    built = [(trig, ev) for trig in triggers
             if not asked(trig.anchor, lex.words) and (ev := _build(ctx, trig)) is not None]
    point_back(built, lex)
    events = merge.fold_mentions([ev for _, ev in built], doc, lex, article.published)
    # a report of no one country: each paragraph may have one (a round-up item's heading may be parsed as part
    # of a name, so every place is looked at for headings)
    venues = _venues(ctx, triggers, named_places(places), [ev.location for ev in events if ev.location is not None
                                                           and ev.type in lex.types.travelling - lex.types.placeless])
    paragraphs = ParagraphCountries(text_of(doc), [p for p in named_places(places) if p.start not in venues],
                                    [a for a in actors.mentions if a.start not in venues],
                                    section_headings(text_of(doc), places)) if ctx.main_country is None else None
    for ev in events:
        if still_to_come(ev, article.published, lex, _trigger_token(doc, ev)):
            ev.status = "planned"
            ev.notes["status"] = "dated after the report was published"
        abroad = ev.type in lex.types.travelling  # its place gives its parties no country
        localise_event(ev, ctx.main_country, abroad)
        if paragraphs is not None:
            localise_by_paragraph(ev, paragraphs, abroad)
            note_unplaced(ev)
        if ev.type in lex.types.placeless and ev.location is not None:
            ev.location = None
            ev.notes["location"] = "a statement: its sentence's place is that of the act it is about"
        if ev.location is None:
            ev.location = implied_country(ev, lex.types)
    implied_parties(events, lex)
    events = told(events, built, lex)
    for ev in events:  # after `told`: a place borrowed from the report does not make an empty mention an act
        place_by_report(ev, lex, ctx.places, article.published, ctx.main_country)
    code_acled(doc, events, lex, ctx.main_country)
    merge.lead_with_headline(events, text_of(doc))
    return Events(events, learned=actors.learned())
