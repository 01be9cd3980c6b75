"""The event extractor: a parsed report in, coded PLOVER events out.

Steps, per sentence: find triggers; decide each one's status and claim owner from the
clauses above it; fill its roles from the parse and resolve them to actors; attach toll,
date and place; then fold mentions of one act into one event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from flashpoint.actors import ActorIndex, load_kb
from flashpoint.events.arguments import Roles, roles_for
from flashpoint.events.casualties import count_of, toll_in
from flashpoint.events.codes import acled_for, context_for
from flashpoint.events.lexicon import Lexicon, load_lexicon
from flashpoint.events.merge import fold_mentions
from flashpoint.events.readable import skip_unreadable
from flashpoint.events.status import Frame, frame_for
from flashpoint.events.triggers import Trigger, find_triggers
from flashpoint.geo import find_places, get_gazetteer
from flashpoint.geo.attach import event_location
from flashpoint.model import Actor, Article, Event, Place, Span, TimeSpan, Timex
from flashpoint.nlp import annotate_many, get_nlp, sent_of, text_of
from flashpoint.timex import find_timexes, timex_to_span
from flashpoint.timex.attach import event_date

_DEFINITE = {"the", "this", "that", "these", "those", "its", "their"}
_FIRST_PERSON = {"we", "i", "us", "our", "my"}
_VERBAL = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONSULT"}


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
    timexes: list[Timex]
    places: list[Place]
    main_country: str | None = None
    tx_roots: dict[tuple[int, int], Token | None] = field(default_factory=dict)


_GROUP_NOUNS = {"group", "rebels", "militia", "militias", "militants", "fighters", "insurgents", "movement",
                "faction", "jihadists", "guerrillas", "paramilitaries", "organisation", "outfit"}
_GROUP_SECTORS = {"REB", "UAF", "PTY"}
_WEAPONS = {"artillery", "missile", "rocket", "shell", "mortar", "drone", "bomb", "grenade", "gas", "bullet",
            "weapon", "barrage", "salvo", "projectile", "fire", "gunfire", "shot", "round", "munition", "cannon"}


def _actor(ctx: DocContext, tok: Token, speaker: Actor | None) -> list[Actor]:
    if tok.lower_ in _FIRST_PERSON and speaker is not None:
        return [Actor(**{**speaker.__dict__, "text": tok.text, "start": tok.idx, "end": tok.idx + len(tok)})]
    found = [a for a in ctx.actors.actors_for_token(tok) if a is not None]
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not found and owners and tok.pos_ == "NOUN":  # "praised Kenya's decision": the decision's owner
        found = [a for a in ctx.actors.actors_for_token(owners[0]) if a is not None]
    if not found and tok.lemma_.lower() in _GROUP_NOUNS and any(c.lower_ in _DEFINITE for c in tok.children):
        found = _group_antecedent(ctx, tok)
    return found


def _group_antecedent(ctx: DocContext, tok: Token) -> list[Actor]:
    """ "The paramilitary group", "the rebels": the armed group the report named last."""
    earlier = [a for a in ctx.actors.mentions if a.start is not None and a.start < tok.idx]
    for actor in reversed(earlier):
        if actor.sector in _GROUP_SECTORS and (actor.org or actor.name):
            return [replace(actor, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
    return []


def _actors(ctx: DocContext, toks: Iterable[Token], speaker: Actor | None) -> list[Actor]:
    seen: set[tuple[str | None, ...]] = set()
    out: list[Actor] = []
    for tok in toks:
        for actor in _actor(ctx, tok, speaker):
            key = actor.key()
            if key not in seen and (actor.country or actor.org or actor.name or actor.sector):
                seen.add(key)
                out.append(actor)
    return out


def _is_disaster(trig: Trigger, roles: Roles, lex: Lexicon) -> bool:
    """Deaths from an earthquake, a crash or a disease are no act of violence."""
    tok = trig.token
    near = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}]
    for c in tok.children:
        if c.dep_ in {"prep", "agent"}:
            near.extend(g for g in c.children if g.dep_ == "pobj")
    if trig.is_noun and tok.dep_ == "pobj":
        near.append(tok.head)
    # "died when a bus crashed", "were killed as the building collapsed"
    causes = [c for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in lex.disaster_verbs]
    lemmas = {n.lemma_.lower() for n in near}
    return bool(causes) or (bool(lemmas & lex.disaster_nouns) and not lemmas & set(lex.nouns))


def _subsumed(trig: Trigger, frame: Frame, others: dict[int, Trigger]) -> bool:
    """Content of a request, refusal or threat is not an event of its own."""
    if frame.subsumed_by is not None:
        return True
    cur = trig.light_verb or trig.token
    while cur.head.i != cur.i:
        gov = cur.head
        parent = others.get(gov.i)
        embeds = parent is not None and parent.sense.embed in {"subsume", "negate"}
        if embeds and cur.dep_ in {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}:
            assert parent is not None
            return parent.type not in {"SUPPORT"} or cur.dep_ in {"xcomp", "ccomp"}
        if cur.dep_ in {"relcl", "nsubj", "nsubjpass"}:
            return False
        cur = gov
    return False


def _claimant_trigger(trig: Trigger, others: dict[int, Trigger]) -> Trigger | None:
    """An accusation above the trigger ("accused X of shelling") owns it as a claim; a noun that
    is only the object of the accused act ("of violating the truce") is told as given."""
    cur = trig.token
    while cur.head.i != cur.i and cur.dep_ in {"pcomp", "prep", "pobj", "ccomp", "xcomp", "conj", "dobj"}:
        parent = others.get(cur.head.i)
        if parent is not None and parent.sense.embed == "claim" and parent.token.i != trig.token.i:
            return parent
        cur = cur.head
        if trig.is_noun and cur.pos_ == "VERB" and cur.i != (trig.light_verb.i if trig.light_verb else -1):
            return None
    return None


def _evidence(doc_text: str, trig: Trigger) -> Span:
    sent = sent_of(trig.token)
    start = sent.start_char
    end = sent.end_char
    text = doc_text[start:end]
    stripped = text.rstrip()
    return Span(text=stripped, start=start, end=start + len(stripped))


def _status_and_claim(ctx: DocContext, trig: Trigger, frame: Frame, others: dict[int, Trigger]) -> tuple[
    str, Actor | None
]:
    status = frame.status
    claimant: Actor | None = None
    if frame.speaker is not None:
        found = _actors(ctx, [frame.speaker], None)
        claimant = found[0] if found else None
    owner = _claimant_trigger(trig, others)
    if owner is not None and status in {"occurred", "claimed"}:
        src = _actors(ctx, roles_for(owner).source, claimant)
        # in a mutual accusation each side claims the other's act: no single owner
        status, claimant = "claimed", (None if owner.sense.mutual else src[0] if src else claimant)
    elif _presupposed(trig, others) and status == "claimed":
        status, claimant = "occurred", None
    return status, claimant


def _presupposed(trig: Trigger, others: dict[int, Trigger]) -> bool:
    """A noun that is the topic of another act ("will discuss the recent clashes") is told as given,
    not as part of what the speaker claims."""
    if not trig.is_noun or trig.light_verb is not None:
        return False
    if trig.token.dep_ in {"nsubj", "attr"} and trig.token.head.lemma_ in {"be", "remain", "become", "seem"}:
        return True  # "the clashes were the worst this year": a judgement about a known act
    cur = trig.token
    while cur.head.i != cur.i:
        cur = cur.head
        parent = others.get(cur.i)
        if parent is not None and not parent.sense.casualty:
            return parent.type != trig.type or parent.is_noun
        if cur.pos_ == "VERB" and cur.dep_ in {"ccomp", "ROOT"}:
            return False
    return False


def _casualties(trig: Trigger, roles: Roles) -> tuple[int | None, int | None]:
    kind = trig.sense.casualty
    killed = injured = None
    for tok in roles.victims:
        value = count_of(tok)
        if value is not None:
            killed, injured = (value, None) if kind == "killed" else (None, value)
            break
    if trig.type == "ASSAULT" and not trig.sense.casualty:
        clause = trig.light_verb or trig.token
        tolls = toll_in(sent_of(trig.token), {t.i for t in clause.subtree})
        killed = killed if killed is not None else tolls.get("killed")
        injured = injured if injured is not None else tolls.get("injured")
    return killed, injured


_BOUNDING = {"after", "before", "prior", "until", "till", "since", "following"}
_CORE = {"nsubj", "nsubjpass", "dobj", "attr", "conj"}


def _tx_root(ctx: DocContext, tx: Timex) -> Token | None:
    """The head token of a time expression (looked up once per expression and report)."""
    key = (tx.start, tx.end)
    if key not in ctx.tx_roots:
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        ctx.tx_roots[key] = span.root if span is not None and len(span) else None
    return ctx.tx_roots[key]


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose date a noun trigger shares: it is that verb's subject or object, or sits
    in "in/during/amid" under it; "after the clashes" or "since the war" share nothing."""
    cur = tok
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ in _CORE and cur.head.pos_ in {"VERB", "AUX"}:
        return cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ in {"in", "during", "amid", "on", "at"}:
        verb = cur.head.head
        return verb if verb.pos_ in {"VERB", "AUX"} else None
    return None


def _owning_noun(ctx: DocContext, tx: Timex, others: dict[int, Trigger]) -> int | None:
    """The noun trigger an expression belongs to, as in "the 2020 war" or "the war in 1994"."""
    root = _tx_root(ctx, tx)
    cur = root
    for _ in range(4):
        if cur is None or cur.head.i == cur.i or cur.head.pos_ in {"VERB", "AUX"}:
            return None
        cur = cur.head
        trig = others.get(cur.i)
        if trig is not None and trig.is_noun:
            return cur.i
    return None


def _path_clear(root: Token, trig: Token, others: dict[int, Trigger]) -> bool:
    """The expression reaches the trigger without passing another act or a bounding word
    ("the confrontations ... since the war in 2020": 2020 dates the war, not the confrontations)."""
    cur = root
    while cur.i != trig.i and cur.head.i != cur.i:
        cur = cur.head
        if cur.i != trig.i and (cur.i in others or cur.lower_ in _BOUNDING):
            return False
    return cur.i == trig.i


def _usable_timexes(ctx: DocContext, trig: Trigger, presupposed: bool, others: dict[int, Trigger]) -> list[Timex]:
    """Expressions that may date this act. "After the 2020 war" bounds it rather than dates it;
    a noun takes its own expressions, or those of the verb it is an argument of."""
    usable = []
    for tx in ctx.timexes:
        before = text_of(ctx.doc)[max(0, tx.start - 12) : tx.start].lower().split()
        if before and before[-1] in _BOUNDING - {"since"}:
            continue
        owner = _owning_noun(ctx, tx, others)
        if owner is None or owner == trig.token.i:
            usable.append(tx)
    if not trig.is_noun or trig.light_verb is not None:
        return usable
    mine = [tx for tx in usable if (root := _tx_root(ctx, tx)) is not None and _path_clear(root, trig.token, others)]
    verb = None if presupposed else _governing_verb(trig.token)
    if mine or verb is None:
        return mine
    return [
        tx for tx in usable
        if (root := _tx_root(ctx, tx)) is not None and _first_verb(root) == verb.i and _path_clear(root, verb, others)
    ]


def _first_verb(tok: Token) -> int | None:
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return cur.i if cur.pos_ in {"VERB", "AUX"} else None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.i
    return None


def _perfect(tok: Token) -> bool:
    """ "has called", "had captured": a perfect tells that it happened, not when."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def _date(ctx: DocContext, trig: Trigger, status: str, others: dict[int, Trigger]) -> TimeSpan | None:
    anchor_tok = trig.light_verb or trig.token
    timexes = _usable_timexes(ctx, trig, _presupposed(trig, others), others)
    if _perfect(anchor_tok):  # "said on Tuesday it had captured the town": Tuesday dates the saying
        timexes = [tx for tx in timexes if (rt := _tx_root(ctx, tx)) is not None and _first_verb(rt) == anchor_tok.i]
    span = event_date(ctx.doc, anchor_tok, timexes, ctx.article.published)
    if span is None and trig.light_verb is not None:
        span = event_date(ctx.doc, trig.token, timexes, ctx.article.published)
    if span is not None or ctx.article.published is None:
        return span
    if status in {"planned", "hypothetical", "negated"} or trig.is_noun or trig.sense.background:
        return None
    finite = anchor_tok.tag_ in {"VBD", "VBZ", "VBP"} or (anchor_tok.tag_ == "VBN" and not _perfect(anchor_tok) and any(
        c.dep_ == "auxpass" for c in anchor_tok.children
    ))
    if _in_background(ctx, trig.token) or not finite:
        return None
    return _narrative_date(ctx, trig.token) or TimeSpan(
        start=ctx.article.published.isoformat(), end=ctx.article.published.isoformat(), precision="day", text=None
    )


def _narrative_date(ctx: DocContext, tok: Token) -> TimeSpan | None:
    """An undated act told in the simple past after a dated one in the same paragraph happened on
    that day ("Protesters clashed with police on Tuesday. Police detained 11 people.")."""
    sent = sent_of(tok)
    para_start = text_of(ctx.doc).rfind("\n", 0, sent.start_char) + 1
    earlier = [tx for tx in ctx.timexes if para_start <= tx.start < sent.start_char and tx.type == "DATE"]
    for tx in reversed(earlier):
        span = timex_to_span(tx)
        if span is None or span.precision != "day" or span.start is None or ctx.article.published is None:
            continue
        if 0 <= (ctx.article.published - date.fromisoformat(span.start[:10])).days <= 7:
            return TimeSpan(start=span.start, end=span.end, precision="day", text=tx.text, value=tx.value,
                            char_start=tx.start, char_end=tx.end)
        return None
    return None


def _in_background(ctx: DocContext, tok: Token) -> bool:
    """A sentence that names an earlier year is history, not news of the day."""
    sent = sent_of(tok)
    year = ctx.article.published.year if ctx.article.published else None
    for tx in ctx.timexes:
        inside = sent.start_char <= tx.start < sent.end_char
        if inside and year is not None and tx.value and tx.value[:4].isdigit() and int(tx.value[:4]) < year:
            return True
    return False


def _place(ctx: DocContext, trig: Trigger) -> Place | None:
    return event_location(ctx.doc, trig.light_verb or trig.token, ctx.places)


def _adopted(trig: Trigger, others: dict[int, Trigger]) -> bool:
    """ "agreed to withdraw", "agreed to a ceasefire": the agreed act stands for the agreement."""
    if trig.sense.embed != "adopt":
        return False
    for c in trig.token.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.i in others:
            return True
        if c.dep_ == "prep" and c.lower_ in {"to", "on"} and any(g.i in others for g in c.children):
            return True
    return False


def _build(ctx: DocContext, trig: Trigger, others: dict[int, Trigger]) -> Event | None:
    if _adopted(trig, others):
        return None
    frame = frame_for(trig.token, ctx.lex, trig.light_verb)
    if _subsumed(trig, frame, others):
        return None
    roles = roles_for(trig)
    if trig.type == "ASSAULT" and _is_disaster(trig, roles, ctx.lex):
        return None
    status, claimant = _status_and_claim(ctx, trig, frame, others)
    place = _place(ctx, trig)
    if claimant is not None:
        claimant = _localised(claimant, place, ctx.main_country)
    source = [_localised(a, place, ctx.main_country) for a in _actors(ctx, roles.source, claimant)]
    # "fired artillery at the camp": the weapon fired is no party ("Ukrainian drones hit" keeps its source)
    targets = [t for t in roles.target if t.lemma_.lower() not in _WEAPONS and not _is_place(ctx, t)]
    target = [_localised(a, place, ctx.main_country) for a in _actors(ctx, targets, claimant)]
    killed, injured = _casualties(trig, roles)
    if trig.sense.weak and not (source or target or killed or injured):
        return None
    etype, mode, cameo = trig.type, trig.sense.mode, trig.sense.cameo
    notes: dict[str, str] = {}
    if etype == "AGREE" and status == "negated" and not trig.is_noun:
        # "cannot be accepted", "does not accept the proposal": a refusal, made by the speaker if passive
        etype, mode, cameo, status = "REJECT", None, "120", "occurred"
        if not source and claimant is not None:
            source = [claimant]
    if etype in {"CONSULT", "AID", "COOPERATE"} and status == "negated" and (frame.future or not trig.is_noun and
                                                                           trig.token.tag_ in {"VB", "VBP", "VBZ"}):
        # "will not negotiate", "would not join any talks": a refusal, not a meeting that failed to happen
        etype, mode = "REJECT", {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist"}[etype]
        cameo, status = "120", "claimed" if claimant is not None else "occurred"
    if etype in _VERBAL and claimant is not None and status == "claimed" and any(
        a.key() == claimant.key() or a.country == claimant.country for a in source
    ):
        status = "occurred"  # "we urge both sides ...", said the spokesman: the speech is the act
    if etype == "PROTEST":  # people who demonstrate are protesters, whoever they are otherwise
        source = [replace(a, sector="PRO") if a.sector in {"CVL", None} and not a.org else a for a in source]
    if trig.sense.mutual:
        both = source + [a for a in target if a.key() not in {s.key() for s in source}]
        source, target = both, list(both)
        notes["mutual"] = "both sides act"
    event = Event(
        article=ctx.article.id,
        type=etype,
        mode=mode,
        cameo=cameo,
        evidence=_evidence(text_of(ctx.doc), trig),
        trigger=Span(trig.token.text, trig.token.idx, trig.token.idx + len(trig.token)),
        source=source,
        target=target,
        fatalities=killed,
        injured=injured,
        status=status,
        claimed_by=claimant,
        notes=notes,
    )
    event.date = _date(ctx, trig, status, others)
    if event.date is None:
        event.notes["date"] = "no time expression governs this act"
    event.location = place
    event.acled = acled_for(ctx.lex, event)
    event.context = context_for(ctx.lex, event)
    event.confidence = _confidence(trig, event)
    event.notes["casualty_trigger"] = "yes" if trig.sense.casualty else ""
    if trig.sense.casualty and _has_cause(trig.token):
        event.notes["casualty_cause"] = "yes"
    if trig.sense.background:
        event.notes["background_noun"] = "yes"
    if trig.is_noun and any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in trig.token.children):
        event.notes["anaphoric"] = "yes"
    return event


def _is_place(ctx: DocContext, tok: Token) -> bool:
    """ "shelled Kharkiv": a town named as the object is where the act happened, not a party
    (a capital used for its government, "attacked Baku's positions", resolves as an actor first)."""
    if any(a.country or a.org for a in ctx.actors.actors_for_token(tok)):
        return False
    return any(p.start is not None and p.start <= tok.idx < (p.end or 0) and p.precision in {"place", "admin1"}
               for p in ctx.places)


def _has_cause(tok: Token) -> bool:
    """ "killed when a shell hit a market", "killed in an air strike": the toll names its own act."""
    return any(
        c.dep_ in {"advcl", "agent"} or (c.dep_ == "prep" and c.lower_ in {"in", "by", "during", "from", "after"})
        for c in tok.children
    )


def _confidence(trig: Trigger, event: Event) -> float:
    score = 0.45
    score += 0.15 if event.source else 0
    score += 0.1 if event.target else 0
    score += 0.1 if not trig.is_noun else 0.05
    score += 0.05 if event.date and event.date.text else 0
    score -= 0.15 if trig.sense.weak else 0
    return max(0.05, min(0.95, score))


def extract_doc(doc: Doc, article: Article) -> Events:
    """Events of one parsed report; none, with a warning, for a report not in English."""
    if skip_unreadable(article):
        return Events()
    lex = load_lexicon()
    places = find_places(doc, article.id)
    ctx = DocContext(
        doc=doc,
        article=article,
        lex=lex,
        actors=ActorIndex(doc, load_kb(), when=article.published),
        timexes=find_timexes(doc, article.published, article.id),
        places=places,
        main_country=_main_country(places),
    )
    triggers = find_triggers(doc, lex)
    by_token = {t.token.i: t for t in triggers}
    raw = [ev for trig in triggers if (ev := _build(ctx, trig, by_token)) is not None]
    events = fold_mentions(raw, doc, article.published)
    for ev in events:
        _localise_people(ev, ctx.main_country)
        if ev.location is None:
            ev.location = _implied_country(ev)
    return Events(events, learned=ctx.actors.learned())


_LOCAL_SECTORS = {"CVL", "PRO", "REF", "COP", "EDU", "JRN", "MED", "HLH", "BUS", "REL", "LEG", "JUD", "UAF", "REB"}
# "the army", "the government" with no nationality: the report's own country, never merely the place's
# (foreign troops fight abroad; foreign civilians rarely are the victims on someone else's soil)
_STATE_SECTORS = {"MIL", "GOV"}


# Acts a state does at home by their nature; other acts imply a country only when done to its own people.
_DOMESTIC = {"PROTEST", "CONCEDE", "COERCE/curfew", "COERCE/arrest", "COERCE/ban", "COERCE/censor", "COERCE/deport"}
_DOMESTIC_WITH_TARGET = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}


def _implied_country(ev: Event) -> Place | None:
    """A government acting on its own people ("Bangladesh imposed a nationwide curfew") acts in its
    own country: country precision, and only when every actor belongs to that one country."""
    kinds = {ev.type, f"{ev.type}/{ev.mode}"}
    domestic = bool(kinds & _DOMESTIC) or (ev.type in _DOMESTIC_WITH_TARGET and bool(ev.target))
    if not domestic or not ev.source:
        return None
    actors = ev.source + ev.target
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries or any(a.org for a in actors):
        return None
    (code,) = countries
    assert code is not None
    found = get_gazetteer().country(code)
    if found is None:
        return None
    ev.notes["location"] = "country implied: every actor belongs to it"
    return Place(text=ev.source[0].text, name=found.name, country=code, lat=found.lat, lon=found.lon,
                 precision="country", feature="country")


def _main_country(places: list[Place]) -> str | None:
    """The country a report is about: named by most of its place mentions, and by a clear margin."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _localised(actor: Actor, place: Place | None, main_country: str | None) -> Actor:
    """Civilians, protesters, police and the like with no stated nationality are people of the place
    where the act happened, or of the country the report is about (a coder's rule: "14 civilians were
    killed in El Fasher" are Sudanese); "the army" or "the government" with none is the report's own."""
    if actor.country is not None or actor.org is not None:
        return actor
    local = (place.country if place is not None and place.precision != "water" else None) or main_country
    country = local if actor.sector in _LOCAL_SECTORS else None
    if actor.sector in _STATE_SECTORS:
        country = main_country
    return replace(actor, country=country) if country is not None else actor


def _localise_people(ev: Event, main_country: str | None) -> None:
    """After folding, the event's place may be known where a mention's was not."""
    for group in (ev.source, ev.target):
        for i, actor in enumerate(group):
            group[i] = _localised(actor, ev.location, main_country)
    if ev.claimed_by is not None:
        ev.claimed_by = _localised(ev.claimed_by, ev.location, main_country)


def extract_article(article: Article) -> list[Event]:
    """Parse one report and extract its events."""
    return extract_doc(get_nlp()(article.text), article)


def _run(batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
    for article, doc in zip(batch, annotate_many([a.text for a in batch]), strict=True):
        yield article, extract_doc(doc, article)


def extract_batch(articles: list[Article]) -> list[list[Event]]:
    """The picklable core every runner (process pool, Dask) calls: events per article."""
    return [events for _, events in _run(list(articles))]
