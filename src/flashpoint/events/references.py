"""Parties an act takes from other acts of the report (event coreference, by rule).

- A reaction is aimed at whoever did the act it is about: after "Pyongyang tested a rocket", "Seoul called
  the launch reckless" targets North Korea; "ECOWAS condemned the arrests" targets whoever made them
  (arguments.yaml `reaction`, and `references` for the nouns that point back to an act).
- An agentless passive is done by the one who did the act before it: "Riot police moved in. Hundreds were
  detained." (arguments.yaml `agent_from`); with no such act in its paragraph, by the one party that did such
  acts in the paragraph before or in the report's lead, if there is exactly one.
- Several sources with no target act on each other ("X and Y met", `reciprocal`); a protest with no stated
  target is aimed at the government of the country where it happens (`implied_target_sector`); foreign forces
  acting in a country's territory act on that country (`place_target`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from flashpoint.events.arguments import roles_for
from flashpoint.events.lexicon import ArgumentRules, Lexicon
from flashpoint.events.merge import AGENT_TOLD_BEFORE
from flashpoint.events.status import points_back
from flashpoint.events.triggers import Trigger, phrase_forms, reduced_relative
from flashpoint.model import DATASET_STATUSES, Actor, Event
from flashpoint.nlp import text_of

AGENT_SPEAKER = "an agentless passive a force tells of: its own act"

Built = list[tuple[Trigger, Event]]

_PARAGRAPHS_BACK = 2  # how far back an act may be pointed at


def _coded(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.country or a.org]


def _keys(actors: list[Actor]) -> set[str]:
    return {a.org or a.country or "" for a in _coded(actors)}


def _so_called(anchor: Token, lex: Lexicon) -> list[Token]:
    """ "condemned what it called a violation", "denounced what he described as a massacre": the act named in
    the speaker's words, which the report has told before."""
    w = lex.words
    found = []
    for c in anchor.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() in w.naming_verbs and any(
                g.dep_ == "dobj" and g.lower_ in w.free_relatives for g in c.children):
            found += [g for g in c.children if g.dep_ == "oprd"]
            found += [o for g in c.children if g.dep_ == "prep" for o in g.children if g.dep_ == "pobj"]
    return found


def _objects(trig: Trigger, lex: Lexicon) -> list[Token]:
    """What a reaction is about: its object, or what its object prepositions name ("an inquiry into")."""
    rules = lex.arguments_for(trig.type, trig.sense.mode)
    anchor = trig.token if trig.is_noun else trig.anchor
    found = [c for c in anchor.children if c.dep_ in {"dobj", "nsubjpass"} and not trig.is_noun]
    found += _so_called(anchor, lex) if not trig.is_noun else []
    # "called the test reckless", "declared the vote illegal": the object of a judgement, which the parser
    # may hang on the predicate
    found += [g for c in anchor.children if c.dep_ in {"oprd", "ccomp"} and not trig.is_noun
              for g in c.children if g.dep_ in {"compound", "nsubj"} and g.pos_ == "NOUN"]
    for c in anchor.children:
        if c.dep_ == "prep" and (c.lower_ in rules.object_preps or c.lower_ in lex.words.call_preps):
            found += [g for g in c.children if g.dep_ == "pobj"]
    # "called for an end TO the fighting": what is to end
    w = lex.words
    found += [g for t in found if t.lemma_.lower() in w.ending_nouns for c in t.children
              if c.dep_ == "prep" and c.lower_ in w.ending_preps for g in c.children if g.dep_ == "pobj"]
    return found


def _topics(trig: Trigger, objects: list[Token], lex: Lexicon, depth: int = 3) -> list[Token]:
    """What the objects are about, down a chain of prepositions (nearest first): "expressed concern over the
    violence", "called for an investigation into the killings"; a verb's own prepositions too, or a noun's light
    verb's: "opened a case UNDER the article on a terrorist act over the attack", "ordered an inquiry INTO the
    violence"."""
    preps = lex.words.reaction_topic_preps
    nouns = objects + list({trig.token if trig.is_noun else trig.anchor, trig.anchor})
    found: list[Token] = []
    frontier = nouns
    for _ in range(depth):
        frontier = [g for t in frontier for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj" and g not in nouns and g not in found]
        found += frontier
    return found


def _window_start(text: str, start: int, back: int = _PARAGRAPHS_BACK) -> int:
    """Where the paragraphs an act may point back into begin."""
    at = start
    for _ in range(back + 1):
        at = text.rfind("\n", 0, max(at - 1, 0))
        if at < 0:
            return 0
    return at + 1


def _same_side(actor: Actor, others: list[Actor]) -> bool:
    """Whether `actor` is one of `others`: the same organisation, or the same country and sector (a governor
    condemning gunmen of his own country reacts to someone else's act)."""
    key = actor.org or actor.country
    return any((o.org or o.country) == key and (actor.org or not (actor.sector and o.sector)
                                                 or actor.sector == o.sector) for o in _coded(others))


def _of_kinds(ev: Event, kinds: frozenset[str]) -> bool:
    """The event's type or TYPE/mode is one of `kinds`."""
    return bool({ev.type, f"{ev.type}/{ev.mode}"} & kinds)


def _told_before(built: Built, i: int, types: frozenset[str], exclude: list[Actor], since: int,
                 lead: int = 0, parties: bool = False) -> list[Actor]:
    """The source of the nearest act before the i-th that may be meant (by type, and not the reactor's own):
    in the paragraphs since `since`, or in the report's lead (its first `lead` characters), which the rest of
    a news report refers back to ("Gunmen killed 11 villagers ... The governor condemned the killings")."""
    ev = built[i][1]
    for _, earlier in reversed(built[:i]):
        if (earlier.evidence.start < since and earlier.evidence.start >= lead) \
                or earlier.evidence.start > ev.evidence.start:
            continue
        if types and not _of_kinds(earlier, types):
            continue
        if not types and earlier.type == ev.type:
            continue  # "Ban condemned what he called a senseless act": not the White House's condemnation
        found = [a for a in _coded(earlier.source + (earlier.target if parties else [])) if not _same_side(a, exclude)]
        if found:
            return found
    return []


def _named_alike(built: Built, i: int, noun: Token, types: frozenset[str], exclude: list[Actor],
                 by_token: dict[int, Event], since: int, lead: int, parties: bool = False) -> list[Actor]:
    """ "condemned the raid", "the strike": the act the report named by the same noun before (in the paragraphs
    since `since` or in the lead), nearest first, rather than the nearest act of its type ("Israeli forces killed
    three gunmen in a raid on Jenin ... Settlers set fire to cars ... The Palestinian Authority condemned the
    raid"). Its doer is its own source, else the source of the act whose clause names it ("killed ... in a raid").
    (None known: the nearest act of its type is looked for, as before; leaving such reactions aimed at nobody lost
    nine right targets of the development set for one wrong side.)"""
    lemma = noun.lemma_.lower()
    start = built[i][1].evidence.start
    for trig, earlier in reversed(built[:i]):
        at = earlier.evidence.start
        if not trig.is_noun or trig.token.i == noun.i or trig.token.lemma_.lower() != lemma or at > start \
                or lead <= at < since or (types and earlier.type not in types):
            continue
        found = [a for a in _coded(earlier.source + (earlier.target if parties else [])) if not _same_side(a, exclude)]
        if found:
            return found
        doing = next((by_token[t.i] for t in trig.token.ancestors if t.i in by_token
                      and by_token[t.i].type == earlier.type), None)
        found = [a for a in _coded(doing.source) if not _same_side(a, exclude)] if doing is not None else []
        if found:
            return found
    return []


def _asks_release(trig: Trigger, lex: Lexicon) -> bool:
    """ "called for the release of the abducted children", "demanded the immediate release of our citizens"."""
    w = lex.words
    objects = _objects(trig, lex)
    return any(t.lemma_.lower() in w.freeing_nouns and any(c.dep_ == "prep" for c in t.children)
               for t in objects + _topics(trig, objects, lex))


def _captor(built: Built, i: int, kinds: frozenset[str], exclude: list[Actor], text: str) -> list[Actor]:
    """Whoever holds the people a call asks to be released: the doer of the nearest detention or abduction told
    before it in its paragraph or the lead, else the one party that did such acts in the report; two: nobody. (Not
    the paragraphs before: a round-up's items are paragraphs, "GHANA - Police arrested 40 ... GUINEA - ... called
    for the release of two activists missing since July".)"""
    start = built[i][1].evidence.start
    return _told_before(built, i, kinds, exclude, _paragraph_start(text, start), _lead_end(text))


def _accord_told(trig: Trigger, ev: Event, lex: Lexicon) -> bool:
    """An accord told as made or in force ("the deal signed in Pretoria", "the truce took effect"), not one only
    named ("a breach of the ceasefire", "no grounds for a ceasefire") nor an offer, which is one side's."""
    if ev.status not in DATASET_STATUSES or trig.token.lemma_.lower() in lex.words.offer_words:
        return False
    tok = trig.token
    return not trig.is_noun or trig.light_verb is not None or tok.dep_ in {"nsubj", "nsubjpass"} \
        or any(reduced_relative(c) for c in tok.children)


def _two_sides(built: Built, i: int, types: frozenset[str], since: int, lead: int) -> list[Actor]:
    """The two sides (one actor each) of the nearest act of `types` told before the i-th, in the paragraphs since
    `since` or in the lead: "The two neighbours fought a border war ... A peace deal signed in Algiers"."""
    ev = built[i][1]
    for _, earlier in reversed(built[:i]):
        start = earlier.evidence.start
        if start > ev.evidence.start or (lead <= start < since) or earlier.type not in types:
            continue
        sides: dict[str, Actor] = {}
        for a in _coded(earlier.source) + _coded(earlier.target):
            sides.setdefault(a.org or a.country or "", a)
        if len(sides) == 2:
            return list(sides.values())
    return []


def _fought_by(built: Built, i: int, types: frozenset[str], since: int) -> list[Actor]:
    """Whom the i-th act's source acted on in its nearest act of `types` told before it, since `since`, leaving
    out its own side: "its fighters killed 27 soldiers and seized four armoured vehicles" (the soldiers')."""
    ev = built[i][1]
    for _, earlier in reversed(built[:i]):
        if not since <= earlier.evidence.start <= ev.evidence.start or earlier.type not in types:
            continue
        if not any(_same_side(a, earlier.source) for a in _coded(ev.source)):
            continue
        # (people, not a country named as a place: "clashed with armed men in the town of Costa Rica")
        found = [a for a in _coded(earlier.target) if not _same_side(a, ev.source) and (a.org or a.sector)]
        if found:
            return found
    return []


def _sole_doer(built: Built, i: int, rules: ArgumentRules, exclude: list[Actor], since: int, lead: int
               ) -> list[Actor]:
    """The one party (of `rules.agent_sectors`) that did acts of `rules.agent_from` types in the paragraph
    before the i-th act's or in the report's lead: "Sri Lankan police fired tear gas at students ... / The
    students were detained in August" were detained by the police. Two such parties (or none): nobody, which
    is never guessed."""
    return _one_party(built, i, rules.agent_from, rules.agent_sectors, exclude, since, lead)


def _one_party(built: Built, i: int, types: frozenset[str], sectors: frozenset[str], exclude: list[Actor],
               since: int, lead: int) -> list[Actor]:
    """The one party (of `sectors`, if any) that did acts of `types` since `since` or in the lead, before the
    i-th act; two such parties (or none, or one of `exclude`'s side): nobody."""
    start = built[i][1].evidence.start
    doers: dict[tuple[str | None, str | None], Actor] = {}
    for _, earlier in built[:i]:
        if _of_kinds(earlier, types) and (since <= earlier.evidence.start < start or earlier.evidence.start < lead):
            doers.update({(a.org or a.country, a.sector): a for a in _coded(earlier.source)
                          if not sectors or a.sector in sectors})
    found = [a for a in doers.values() if not _same_side(a, exclude)]
    return [found[0]] if len(doers) == 1 and found else []


def _foe(built: Built, i: int, rules: ArgumentRules) -> list[Actor]:
    """ "Fano fighters captured Bichena ... the defence ministry announced the deployment of two more divisions":
    a state's deployment aimed at no one named is aimed at the one armed group (`foe_sectors`) that did acts of
    `foe_from` types before it in the report, in the deployer's own country; two such groups, or a deployer of no
    state: nobody."""
    ev = built[i][1]
    if not _coded(ev.source) or any(a.sector in rules.foe_sectors or a.sector is None for a in _coded(ev.source)):
        return []
    # a state fights its own insurgents; whom it sends troops abroad for the report must say ("Rwanda sent
    # troops to support the M23")
    homes = {a.country for a in ev.source}
    return [a for a in _one_party(built, i, rules.foe_from, rules.foe_sectors, ev.source, 0, 0) if a.country in homes]


def _named_kinds(obj: Token, rules: ArgumentRules, lex: Lexicon, topic: bool = False) -> frozenset[str] | None:
    """The types of act a noun may point back to: those `references` lists for it, else those it names as a
    trigger ("condemned the strikes", "called the offensive a declaration of war": a trigger noun the reaction
    took as its topic, so no act of its own). A `topic` (what the object is about: "called for an investigation
    into the strike") names an act told, even where the object itself would be one asked for. None: the noun
    names no act."""
    lemma = obj.lemma_.lower()
    if lemma in lex.references:
        return lex.references[lemma]
    if not rules.reaction_to_triggers and not topic:
        return None
    senses = lex.nouns.get(lemma) or lex.nouns.get(obj.lower_) or ()
    return frozenset(s.type for s in senses if s.type is not None) or None


def _described_by(obj: Token, by_token: dict[int, Event], ev: Event, exclude: list[Actor], lex: Lexicon
                  ) -> list[Actor]:
    """ "hailed the border deal signed with Tajikistan": the object is the act a clause on it tells, and the
    reaction is aimed at that act's other party (its doer, else, for an act done together, its partner). Whom a
    one-sided act hit is no party of the reaction: "condemned the attack on a convoy, in which a driver was
    killed" is aimed at whoever attacked, not at the driver."""
    for c in obj.children:
        told = by_token.get(c.i) if c.dep_ in {"acl", "relcl"} else None
        if told is None or told is ev:
            continue
        mutual = lex.arguments_for(told.type, told.mode).reciprocal or lex.arguments_for(ev.type, ev.mode).mediator
        for side in (told.source, told.target) if mutual else (told.source,):
            found = [a for a in _coded(side) if not _same_side(a, exclude)]
            if found:
                return found
    return []


def _pronoun_object(trig: Trigger, lex: Lexicon) -> bool:
    """ "Seoul condemned it", "Paris called this a provocation": a verb reaction whose object is a bare pronoun."""
    if trig.is_noun:
        return False
    pronouns = lex.words.act_pronouns
    anchor = trig.anchor
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    # ("called it reckless", "called this a provocation": the parser may hang the object on the predicate)
    # (a predicate, not a clause with a verb of its own: "said that it had not attacked the school")
    objects += [g for c in anchor.children if c.dep_ in {"oprd", "ccomp"} and c.pos_ not in {"VERB", "AUX"}
                for g in c.children if g.dep_ == "nsubj"]
    return any(o.lower_ in pronouns and not list(o.children) for o in objects)


def _act_before(built: Built, i: int, trig: Trigger, exclude: list[Actor]) -> list[Actor]:
    """The doer of the act the sentence right before the i-th act's tells, when all the acts told there that are
    not the reactor's own were done by one party ("Pyongyang tested a rocket on Monday. Seoul condemned it."); acts
    of two parties there, or none: nobody ("it" may be either)."""
    sent = trig.anchor.sent
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    doers: list[Actor] = []
    parties: set[str] = set()
    for other, earlier in built:
        if before.start <= other.token.i < before.end and earlier is not built[i][1]:
            found = [a for a in _coded(earlier.source) if not _same_side(a, exclude)]
            parties |= _keys(found)
            doers = found or doers
    return doers if len(parties) == 1 else []


def _doer(built: Built, i: int, lex: Lexicon, by_token: dict[int, Event], text: str) -> list[Actor]:
    trig, ev = built[i]
    rules = lex.arguments_for(ev.type, ev.mode)
    exclude = ev.source
    anchor = trig.token if trig.is_noun else trig.anchor
    so_called = {t.i for t in _so_called(anchor, lex)} if not trig.is_noun else set()
    # "Pakistan accused Kabul of ..., a charge the Taliban rejected", "swapped 246 prisoners in an exchange
    # brokered by the UAE": the act the noun its clause describes renames, in its sentence
    renamed = [anchor.head] if (anchor.dep_ == "relcl" or reduced_relative(anchor)) and not trig.is_noun else []
    objects = _objects(trig, lex)
    topics = [t for t in _topics(trig, objects, lex) if t not in objects]
    for obj in objects + topics + renamed:
        named = by_token.get(obj.i)
        if named is not None and named is not ev:
            # (a mediator acts toward every party of what it mediated: "mediated the exchange" between two sides)
            parties = named.source + named.target if rules.mediator else named.source
            found = [a for a in _coded(parties) if not _same_side(a, exclude)]
            if found:
                return found
        described = _described_by(obj, by_token, ev, exclude, lex)
        if described:
            return described
        kinds = _named_kinds(obj, rules, lex, obj in topics)
        if named is None and kinds is None:
            continue
        phrase = obj.head if obj.dep_ == "compound" else obj  # "the test" parsed as "the [test] reckless"
        if not points_back(phrase, lex.words) and obj.i not in so_called and obj not in renamed:
            continue  # "condemned an attack" need not be the one told before
        types = frozenset({named.type}) if named is not None else kinds or frozenset()
        since, lead = (ev.evidence.start, 0) if obj in renamed else (_window_start(text, ev.evidence.start),
                                                                     _lead_end(text))
        found = _named_alike(built, i, obj, types, exclude, by_token, since, lead, rules.mediator) \
            if obj not in renamed else []
        found = found or _told_before(built, i, types, exclude, since, lead, rules.mediator)
        # the act meant may be told with its doer unnamed or beyond the paragraphs looked at ("Gunmen suspected to
        # be armed herders killed 19 ... The attackers set fire to 40 houses ... condemned the killings"): the one
        # party that did such acts before it in the report, if only one did
        if not found and types and obj not in renamed:
            found = _one_party(built, i, types, frozenset(), exclude, 0, 0)
        if found:
            return found
    return []


def _accuser(built: Built, i: int, text: str, accusations: frozenset[str], sufferer: bool = False) -> list[Actor]:
    """Whoever accused the denier, told before the denial: "Congo accused Rwanda of sending troops. Rwanda
    denied that its soldiers were fighting" is aimed at Congo; "The UN said RSF fighters had raped 25 women.
    The RSF denied the accusation" at the UN, who told the denier's act. Rejecting what was told (`sufferer`),
    `accusations` names every statement the claim may have come with: "Pakistan said the attackers had been
    directed from Afghanistan and urged Kabul to act ... Kabul rejected the claim"."""
    ev = built[i][1]
    denier = _keys(ev.source) | {a.country for a in ev.source if a.country}
    since = _window_start(text, ev.evidence.start)
    for _, earlier in reversed(built[:i]):
        if not since <= earlier.evidence.start <= ev.evidence.start:
            continue
        if earlier.type in accusations:
            accused = _keys(earlier.target) | {a.country for a in earlier.target if a.country}
            if denier & accused:
                return [a for a in _coded(earlier.source) if (a.org or a.country) not in denier]
        teller = earlier.claimed_by
        # the denier did the act told, or, rejecting what was told, suffered it ("the group said its fighters
        # killed 27 soldiers ... the government rejected the claim")
        parties = earlier.source + (earlier.target if sufferer else [])
        if earlier.status == "claimed" and teller is not None and not _same_side(teller, ev.source) \
                and denier & (_keys(parties) | {a.country for a in parties if a.country}):
            return _coded([teller])
    return []


def _denial(trig: Trigger, lex: Lexicon) -> bool:
    return trig.token.lemma_.lower() in lex.words.denial_verbs  # "Rwanda denied that its soldiers ..."


def _rejects_told(trig: Trigger, lex: Lexicon) -> bool:
    """ "the ministry rejected the claim", "dismissed the report as fabricated": a rejection of what was told."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.words.told_nouns for c in trig.anchor.children)


def _lead_end(text: str) -> int:
    """Where the report's first paragraph (its lead) ends."""
    end = text.find("\n", len(text) - len(text.lstrip()))
    return len(text) if end < 0 else end


def _crowd_target(trig: Trigger, lex: Lexicon) -> bool:
    """ "Police fired tear gas to disperse them", "several were arrested": the act's target is people named only
    by a pronoun or a bare number."""
    return any(t.lower_ in lex.words.crowd_pronouns and not any(c.dep_ == "prep" for c in t.children)
               for t in roles_for(trig, lex).target)


def _weapon_told_before(trig: Trigger, lex: Lexicon) -> bool:
    """ "Warships shot down 21 of them", "the missile was intercepted": an intercepted weapon the report told of."""
    w = lex.words
    tok = trig.token
    if tok.lemma_.lower() not in w.interception_verbs and not any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in w.interception_verbs for c in tok.children):
        return False
    for t in roles_for(trig, lex).target:
        whole = [g for c in t.children if c.dep_ == "prep" and c.lower_ in w.partitive_preps
                 for g in c.children if g.dep_ == "pobj"] if t.pos_ == "NUM" else [t]  # fmt: skip
        if any(g.pos_ == "PRON" or g.lemma_.lower() in w.weapons and points_back(g, w) for g in whole):
            return True
    return False


def _framed(trig: Trigger, frames: frozenset[str]) -> bool:
    """ "arrested IN RAIDS", "detained DURING A SEARCH OPERATION": the act is told as part of such an operation."""
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in frames or phrase_forms(g) & frames)
               for c in trig.anchor.children if c.dep_ == "prep" for g in c.children)


def _reprisals(trig: Trigger, lex: Lexicon) -> list[Token]:
    """ "vowed to retaliate", "vowed revenge", "promised a harsh response", "vowed to avenge his death": the words of
    a threat (the trigger, what it governs, and what that governs) that name a reprisal."""
    words = lex.words.paying_back
    head = trig.token if trig.is_noun else trig.anchor
    near = [head, *(c for c in head.children if c.dep_ in _REPRISAL_DEPS)]
    near += [g for c in near[1:] for g in c.children if g.dep_ in _REPRISAL_DEPS]
    return [t for t in near if t.lemma_.lower() in words or t.lower_ in words]


def _answered(trig: Trigger, lex: Lexicon, by_token: dict[int, Event], rules: ArgumentRules, ev: Event
              ) -> list[Actor]:
    """ "warned of a crushing response TO any American attack": the doer of the act its reprisal answers, named in
    its own sentence (whatever that act's status)."""
    for word in _reprisals(trig, lex):
        for c in word.children:
            if c.dep_ != "prep" or c.lower_ not in lex.words.answered_preps:
                continue
            for g in c.children:
                answered = by_token.get(g.i)
                if answered is not None and answered is not ev and _of_kinds(answered, rules.reprisal_from):
                    found = [a for a in _coded(answered.source) if not _one_side(a, ev.source, rules)]
                    if found:
                        return found
    return []


_REPRISAL_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "amod", "compound"})


def _avenged(built: Built, i: int, rules: ArgumentRules, text: str) -> list[Actor]:
    """Whoever did the act a reprisal pays back: the source of the nearest act of `reprisal_from` types told before
    the i-th (in its paragraphs or the lead), done as told (not denied or only threatened), that the speaker's side
    suffered ("Israeli jets struck Damascus. Syria vowed to retaliate"; "US aircraft bombed Kataib Hezbollah
    facilities ... Kataib Hezbollah vowed to avenge its fighters"). A fight both sides waged is nobody's to pay back,
    and the speaker's own acts never are. None such: nobody."""
    ev = built[i][1]
    speaker = _coded(ev.source)
    if not speaker:
        return []
    since, lead = _window_start(text, ev.evidence.start), _lead_end(text)
    for _, earlier in reversed(built[:i]):
        at = earlier.evidence.start
        if at > ev.evidence.start or (lead <= at < since) or not _of_kinds(earlier, rules.reprisal_from) \
                or earlier.status not in DATASET_STATUSES:
            continue
        doers = _coded(earlier.source)
        if not doers or any(_one_side(a, speaker, rules) for a in doers) \
                or any(_one_side(a, doers, rules) for a in _coded(earlier.target)):
            continue
        place = earlier.location.country if earlier.location is not None else None
        home = [Actor(text="", country=place)] if place and not any(a.country == place for a in doers) else []
        if any(_one_side(a, speaker, rules) for a in _coded(earlier.target) + home):
            return doers
    return []


def _one_side(actor: Actor, others: list[Actor], rules: ArgumentRules) -> bool:
    """Whether `actor` is of the side of one of `others`: the same organisation; or of the same country, both of the
    state (`state_sectors`: its government, forces and people, or the country itself); or the same group of it."""
    for o in _coded(others):
        if actor.org or o.org:
            if actor.org == o.org:
                return True
            continue
        if actor.country != o.country:
            continue
        if actor.sector in rules.state_sectors and o.sector in rules.state_sectors:
            return True
        named_alike = actor.name == o.name or not (actor.name and o.name)
        if actor.sector == o.sector and actor.sector is not None and named_alike:
            return True
    return False


def _agentless(trig: Trigger) -> bool:
    tok = trig.anchor
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    return passive and not any(c.dep_ == "agent" for c in tok.children)


def _paragraph_start(text: str, start: int) -> int:
    return text.rfind("\n", 0, start) + 1


def _not_the_mediator(ev: Event) -> list[Actor]:
    """The targets of a mediation that are not its mediator named again ("the Doha talks mediated by Qatar"); the
    sides between whom the talks were held, named once as both source and target, stay ("talks brokered between the
    government and the rebels")."""
    named = {a.start for a in ev.source if a.start is not None}
    return [a for a in ev.target if a.start in named or not _same_side(a, ev.source)]


def _as_target(actors: list[Actor], note: str, ev: Event) -> list[Actor]:
    ev.notes["target"] = note
    seen: set[tuple[str | None, ...]] = set()
    out = []
    for a in actors:  # (a mediated act's parties may be both its source and its target)
        if a.key() not in seen:
            seen.add(a.key())
            out.append(replace(a))
    return out


def _joined_statement(trig: Trigger, ev: Event, by_token: dict[int, Event], lex: Lexicon) -> Event | None:
    """ "Seoul called the launch reckless, and Japan lodged a protest", "the AU called for an end to the fighting
    and offered to mediate": a statement (a verbal act) joined to another one aimed at someone, and naming no one
    itself, is aimed at the same party (unless that is its own source)."""
    verbal = lex.types.verbal
    if ev.type not in verbal:
        return None
    tok = trig.token if trig.is_noun else trig.anchor
    # "condemned the attack and ordered an inquiry": the noun's light verb is the conjunct, and the act it is joined
    # to must be of its own kind ("condemned the Israeli attacks ... and renewed its solidarity with Bahrain")
    light = tok.dep_ != "conj" and trig.anchor.dep_ == "conj"
    tok = trig.anchor if light else tok
    head = tok.head if tok.dep_ == "conj" else None
    while head is not None and head.i not in by_token and head.dep_ == "conj":
        head = head.head
    other = by_token.get(head.i) if head is not None else None
    # a noun trigger hangs off its light verb: find the event whose trigger is an object of the joined verb
    if other is None and head is not None:
        other = next((by_token[c.i] for c in head.children if c.i in by_token and c.dep_ == "dobj"), None)
    if other is None or other is ev or other.type not in verbal or not _coded(other.target) \
            or (light and other.type != ev.type):
        return None
    # (sides, not countries, must differ: a governor's inquiry after condemning gunmen of his own country is aimed at
    # them, a prime minister's promise after meeting police chiefs at the police)
    return None if any(_same_side(a, ev.source) for a in _coded(other.target)) else other


def point_back(built: Built, lex: Lexicon) -> None:
    """Fill the parties an act takes from the acts told before it (see the module docstring)."""
    if not built:
        return
    text = text_of(built[0][0].token.doc)
    by_token = {trig.token.i: ev for trig, ev in built}
    for i, (trig, ev) in enumerate(built):
        rules = lex.arguments_for(ev.type, ev.mode)
        if rules.mediator:  # ("the Doha talks mediated by Qatar": the place of the talks names the mediator again)
            ev.target = _not_the_mediator(ev)
        if rules.reaction and not _coded(ev.target):
            doer = _doer(built, i, lex, by_token, text)
            if doer:
                ev.target = _as_target(doer, "whoever did the act it is about", ev)
            elif _pronoun_object(trig, lex) and (doer := _act_before(built, i, trig, ev.source)):
                ev.target = _as_target(doer, "whoever did the act the sentence before tells", ev)
        if ev.type in lex.types.denying and not trig.is_noun and (_denial(trig, lex) or _rejects_told(trig, lex)) \
                and not _keys(ev.target) - _keys(ev.source):
            told = _rejects_told(trig, lex)
            said = lex.types.verbal - lex.types.denying if told else lex.types.accusing
            accuser = _accuser(built, i, text, said, told)
            if accuser:
                ev.target = _as_target(accuser, "whoever made the accusation it denies", ev)
        if not _coded(ev.target) and (joined := _joined_statement(trig, ev, by_token, lex)) is not None:
            ev.target = _as_target(joined.target, "aimed where the statement it is joined to is", ev)
        if rules.captor_from and not _coded(ev.target) and _asks_release(trig, lex):
            captor = _captor(built, i, rules.captor_from, ev.source, text)
            if captor:
                ev.target = _as_target(captor, "whoever holds the people it asks to be released", ev)
        if rules.crowd_from and not _coded(ev.target) and _crowd_target(trig, lex):
            crowd = _told_before(built, i, rules.crowd_from, ev.source, _window_start(text, ev.evidence.start, 1))
            if crowd:
                ev.target = _as_target(crowd, "the crowd of the act told before it", ev)
        if rules.parties_from and not _coded(ev.source) and not _coded(ev.target) and _accord_told(trig, ev, lex):
            sides = _two_sides(built, i, rules.parties_from, _window_start(text, ev.evidence.start, 1),
                               _lead_end(text))
            if sides:
                ev.source, ev.target = [replace(a) for a in sides], [replace(a) for a in sides]
                ev.notes["source"] = "an accord naming no party: the two sides of the act told before it"
        if rules.owner_from and not _coded(ev.target) and _coded(ev.source):
            owner = _fought_by(built, i, rules.owner_from, _window_start(text, ev.evidence.start, 1))
            if owner:
                ev.target = _as_target(owner, "whoever the seizer fought in the act told before it", ev)
        if rules.weapon_from and not _coded(ev.target) and _weapon_told_before(trig, lex):
            sender = _told_before(built, i, rules.weapon_from, ev.source, _window_start(text, ev.evidence.start, 1))
            if sender:
                ev.target = _as_target(sender, "whoever sent the weapon it intercepted", ev)
        if rules.foe_from and not _coded(ev.target) and ev.status in DATASET_STATUSES:
            foe = _foe(built, i, rules)
            if foe:
                ev.target = _as_target(foe, "the one armed group whose acts the report told before", ev)
        if rules.reprisal_from and not _coded(ev.target) and _reprisals(trig, lex):
            doer = _answered(trig, lex, by_token, rules, ev) or _avenged(built, i, rules, text)
            if doer:
                ev.target = _as_target(doer, "whoever did the act to its side that it vows to pay back", ev)
        if rules.agent_from and not _coded(ev.source) and _agentless(trig):
            since = _paragraph_start(text, ev.evidence.start)
            # wire copy writes a paragraph a sentence: a passive that opens one may point into the one before (a
            # bare toll there, "30 militants were killed in the fighting", is left to join the act it counts)
            if not text[since : ev.evidence.start].strip() and not trig.sense.casualty:
                since = _window_start(text, since, 0)
            # "Two soldiers were wounded" after a clash tells that clash's toll (merge folds it): no side of
            # the victims' country is its agent
            victims = ev.target if not trig.sense.casualty else [Actor(text="", country=k) for k in _keys(ev.target)]
            agent = _told_before(built, i, rules.agent_from, victims, since)
            # outside its paragraph only where the type limits who may do it (a detention is a state's; anyone
            # may shoot); a toll told apart is folded into its act, not given one
            if not agent and rules.agent_sectors and not trig.sense.casualty:
                agent = _sole_doer(built, i, rules, victims, _window_start(text, ev.evidence.start, 1),
                                   _lead_end(text))
            if agent and rules.agent_sectors and not any(a.sector in rules.agent_sectors for a in agent) \
                    and _speaking_force(ev, rules) is not None:
                agent = []  # "Assailants threw a grenade ... Three suspects were detained, a police spokesman said"
            if agent:
                ev.source = [replace(a) for a in agent]
                ev.notes["source"] = AGENT_TOLD_BEFORE
            elif (speaker := _speaking_force(ev, rules)) is not None:
                ev.source = [replace(speaker)]
                ev.notes["source"] = AGENT_SPEAKER
            elif rules.implied_source_sector and not trig.sense.casualty and ev.location is not None \
                    and ev.location.country and _framed(trig, rules.implied_source_frames):
                # "seven suspects were arrested in raids in Jammu": with no doer told, an arrest made in an operation
                # only the state runs is done by that sector (the police) of the country where it happens ("hundreds
                # were detained in Nairobi" does not say who)
                where = ev.location
                ev.source = [Actor(text=where.text, country=where.country, sector=rules.implied_source_sector,
                                   kind="role", start=where.start, end=where.end)]
                ev.notes["source"] = "implied: the state's own of the country where it happens"


def _speaking_force(ev: Event, rules: ArgumentRules) -> Actor | None:
    """ "14 suspects had been arrested, the police spokesperson said": a force that tells an agentless act of its
    kind, done to others than its own side, tells its own act (not "two of its soldiers were captured")."""
    speaker = ev.claimed_by
    if speaker is None or speaker.sector not in rules.speaker_agents or not speaker.country:
        return None
    if any((a.org or a.country, a.sector) == (speaker.org or speaker.country, speaker.sector) for a in ev.target):
        return None
    return speaker


def _sides(actors: list[Actor]) -> set[tuple[str | None, str | None]]:
    """Distinct sides: "Sudan's army and the RSF" are two, though of one country."""
    return {(a.org or a.country, a.sector) for a in _coded(actors)}


def implied_parties(events: list[Event], lex: Lexicon) -> None:
    """Targets the act implies: the parties of a reciprocal act, the government of a protest's country."""
    for ev in events:
        rules = lex.arguments_for(ev.type, ev.mode)
        if rules.mediator:  # (a mention folded in may name the mediator's own side again)
            ev.target = _not_the_mediator(ev)
        if _coded(ev.target):
            continue
        sources = _coded(ev.source)
        if rules.reciprocal and len(_sides(sources)) >= 2:
            ev.target = list(ev.source)
            continue
        where = ev.location if ev.location is not None and ev.location.country else None
        if rules.place_target and where is not None and sources and where.country not in _keys(sources):
            ev.target = [Actor(text=where.text, country=where.country, start=where.start, end=where.end)]
            ev.notes["target"] = "the country where a foreign actor acted"
            continue
        sector = rules.implied_target_sector
        country = where.country if where is not None else next((a.country for a in sources if a.country), None)
        if sector is None or country is None or rules.implied_objects:  # (those acts are given it when built)
            continue
        # the words that name the people or the government aimed at: the place where it happens, also one of no
        # country of its own ("a curfew in parts of Kashmir"), rather than the doer's own words
        named = where or (ev.location if ev.location is not None and ev.location.start is not None else None)
        text = named.text if named is not None else sources[0].text
        start = named.start if named is not None else sources[0].start
        end = named.end if named is not None else sources[0].end
        ev.target = [Actor(text=text, country=country, sector=sector, start=start, end=end)]
        ev.notes["target"] = "implied: the government of the country where it happens"


def people_protest(trig: Trigger, lex: Lexicon) -> bool:
    """ "About 50 drivers marched": people who march or rally are protesters even when nobody knows who
    they are (troops who march are not)."""
    if trig.type not in lex.types.protest:
        return False
    subjects = [c for c in subjects_of(trig.anchor) if c.pos_ in {"NOUN", "NUM"}]
    return any(c.lemma_.lower() not in lex.words.troops for c in subjects)


def subjects_of(verb: Token) -> list[Token]:
    """Who does what a verb tells: its subjects, or the noun it hangs on when the parser took the subject for the
    head of the sentence ("Thousands protested outside the embassy", parsed "Thousands" <- acl "protested")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # (a noun at the root of a sentence has no verb of its own: its participle is the sentence's verb, unless a
    # passive's agent makes it a reduced relative, "students arrested by police")
    rooted = verb.head.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in verb.children)
    if not subjects and verb.dep_ == "acl" and rooted and verb.head.pos_ in {"NOUN", "NUM"}:
        subjects = [verb.head]
    return subjects


def _said_by_no_one(tok: Token, lex: Lexicon) -> bool:
    """Words with no one to say them: no subject or agent ("a declaration ... was hailed as a breakthrough"),
    a pronoun nothing resolved ("It offered no evidence") or what was said itself ("the charges are baseless").
    A subject that is a name or a noun ("the United Kingdom and France", "former Soviet republics") is a party
    a reader can see, though flashpoint may not code it."""
    # "expressed concern", "cooperation between X and Y": said by the light verb's subject; "a visiting official",
    # "a resolution demanding", "submitted petitions for recognizing": done by the noun or the clause it hangs on
    if tok.pos_ == "NOUN" or tok.dep_ in {"amod", "acl", "relcl", "pcomp", "advcl", "xcomp"}:
        return False
    # (the parser sometimes hangs the subject on the auxiliary: "the UK and France however have opposed")
    heads = [tok, *(c for c in tok.children if c.dep_ in {"aux", "auxpass"})]
    subjects = [c for h in heads for c in h.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
    # ("I", "we" speak for whoever is quoted; "Jubaland said it would not attend": a pronoun in what is said is the
    # speaker)
    return all((s.pos_ == "PRON" and s.lower_ not in lex.words.first_person and tok.dep_ == "ROOT")
               or s.lemma_.lower() in lex.words.told_nouns for s in subjects)


def told(events: list[Event], built: list[tuple[Trigger, Event]], lex: Lexicon) -> list[Event]:
    """Leave out acts with no party, no toll and no place, which tell nothing a dataset can use (issue 13),
    where they are only mentioned: beside another act of their sentence ("a resolution demanding an end to the
    attacks", "students protesting against quotas", "accused of supporting armed groups") or by a noun that
    refers back or names background ("the attacks", "the war"). The one act a sentence tells stays: its
    parties or place may be named in words flashpoint cannot code ("relatives of the dead man protested in San
    Estanislao"), and the report may still give it a place. An unnamed party ("unknown gunmen", "more than 100
    employees protested") is a party."""
    triggers = {trig.token.idx: trig for trig, _ in built}
    # an act of another sentence told again here is told beside it too ("claimed the attack, alleging that it had
    # killed five": the allegation is the claim's)
    sentences = Counter(ev.evidence.start for ev in events) + Counter(
        m.start for ev in events for m in ev.mentions if m.start != ev.evidence.start)
    kept = []
    for ev in events:
        trig = triggers.get(ev.trigger.start) if ev.trigger is not None else None
        empty = not (ev.source or ev.target or ev.fatalities is not None or ev.injured is not None or ev.location
                     or (trig is not None and people_protest(trig, lex)))
        mentioned = trig is not None and (sentences[ev.evidence.start] > 1 or (trig.is_noun and (
            trig.sense.weak or trig.sense.background or points_back(trig.token, lex.words))))
        # an act that did not happen and names nobody tells nothing at all ("Could this turn into a blockade?"), nor
        # does an act in words said by no one named ("It offered no evidence", "the charges are baseless")
        speech = ev.type in lex.types.verbal and ev.claimed_by is None and trig is not None \
            and _said_by_no_one(trig.token, lex)
        if not (empty and (mentioned or speech or ev.status not in DATASET_STATUSES)):
            kept.append(ev)
    return kept
