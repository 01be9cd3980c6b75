"""Fold mentions of one act into one event.

News reports tell the same act several times ("the clashes", "the fighting that erupted on
Monday", "the confrontations"). Inside a sentence, a toll verb ("were killed in clashes")
belongs to the attack it names, and a trigger below another of the same type ("discussed ...
in a phone call") is the same act. Across sentences, mentions with the same type, status,
claimant and compatible actors, dates and tolls are one act.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from flashpoint.events.lexicon import Lexicon
from flashpoint.events.status import across_break
from flashpoint.events.triggers import coordinate_head, headline_line, names_act, speakers_conjunct
from flashpoint.model import Actor, Event, Span, TimeSpan
from flashpoint.nlp import sent_of, text_of
from flashpoint.nlp.paragraphs import dateline_end, stamped_line

# Marks the extractor leaves in `notes` for folding; removed before events leave the extractor.
CASUALTY_TRIGGER = "casualty_trigger"  # the trigger is a toll verb ("were killed")
CASUALTY_CAUSE = "casualty_cause"  # the toll names its own act ("killed in an air strike")
BACKGROUND_NOUN = "background_noun"  # a noun that often names past wars
ANAPHORIC = "anaphoric"  # "the attack": a definite noun that may point back
BY_SUBJECT = "by_subject"  # ANAPHORIC's value for a verb whose subject points back ("the raids destroyed ...")
BY_OBJECT = "by_object"  # ANAPHORIC's value for a fight verb whose object points back ("repulsed the attack")
MUTUAL = "mutual"  # both sides act (kept in the output: "both sides act")
ACLED_CUES = "acled_cues"  # what the act's clause names (acled.py), a comma list
ACLED_ACT = "acled_act"  # what the act itself names ("took control"), a comma list
ACLED_DOER = "acled_doer"  # what the phrase of who did it names ("a mob", "armed men"), a comma list
RESPONSIBILITY = "responsibility"  # "claimed the attack", "said it carried out the attack": who did a told act
CLAIMANT_TELLS = "claimant_tells"  # "claimed the attack and said its fighters had killed 27": the act told again
DISTINCT = "distinct_acts"  # trigger offsets of acts told beside this one as acts of their own, a comma list
PURPOSE = "purpose"  # an act named as what another was for ("marched to demand ..."): no event of its own
REACTED = "reacted"  # "condemned the attack": the act a reaction is about, named by a noun that points back
CLAIM_DATED = "claim_dated"  # "the attack was claimed on Sunday": the date is the claim's, not the act's
TOLL_ONLY = "toll_only"  # "the death toll rose to 12": the toll of an act told elsewhere, no event of its own
# the offsets "start,end,trigger start,trigger end" of the report's headline that first told the act, which the body
# tells again with its day, place and speaker (lead_with_headline makes the headline its evidence at the very end)
HEADLINE = "headline_first"
# the `source` note of an agentless passive whose doer was taken from the act told before it (references.py)
AGENT_TOLD_BEFORE = "an agentless passive: whoever did the act told before it"
_UNITED = (ACLED_CUES, ACLED_ACT, ACLED_DOER)  # marks an event of record takes from every mention folded into it
_INTERNAL = (CASUALTY_TRIGGER, BACKGROUND_NOUN, ANAPHORIC, CASUALTY_CAUSE, DISTINCT, RESPONSIBILITY, PURPOSE,
             TOLL_ONLY, CLAIMANT_TELLS, REACTED, CLAIM_DATED)
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTENT_CLAUSES = frozenset({"xcomp", "ccomp"})  # what a statement says or asks
_LEFT_PARTS = frozenset({"conj", "ccomp", "xcomp", "oprd"})  # how a toll hangs on "leaving ..."
_FACTUAL = frozenset({"occurred", "claimed"})
_ISO_DAY, _ISO_YEAR = 10, 4  # the lengths of an ISO day (YYYY-MM-DD) and an ISO year (YYYY)
_PARTICIPLES = frozenset({"VBN", "VBD"})  # a reduced relative's participle ("drones launched by Russia")
_CIVILIAN = frozenset({"CVL", "REF", "PRO", "JRN", "EDU", "HLH", "REL"})
_ARMED = frozenset({"MIL", "COP", "REB", "UAF"})


_LEMMAS_KEY = "lemma_sets"  # Doc.user_data: a sentence's start -> the lemmas in it
_ROOTS_KEY = "trigger_roots"  # Doc.user_data: (start, end) of a trigger -> its root token's index


def _token(doc: Doc, ev: Event) -> Token | None:
    if ev.trigger is None:
        return None
    # merging compares every act with those told before it: each trigger's root is looked up once per doc (a
    # 200,000-character report asks about 200,000 times)
    roots: dict[tuple[int, int], int] = doc.user_data.setdefault(_ROOTS_KEY, {})
    key = (ev.trigger.start, ev.trigger.end)
    i = roots.get(key)
    if i is None:
        span = doc.char_span(*key)
        i = roots[key] = span.root.i if span is not None else -1
    return doc[i] if i >= 0 else None


def _codes(actors: list[Actor]) -> set[str]:
    return {code for a in actors if (code := a.org or a.country)}


def _nested(x: set[str], y: set[str]) -> bool:
    return not x or not y or x <= y or y <= x


def _compatible_actors(a: Event, b: Event, anaphoric: bool = True) -> bool:
    """Sources agree and targets agree (one set inside the other); an actorless mention
    ("the ceasefire") agrees with anything only when `anaphoric` allows it to point back."""
    if (MUTUAL in a.notes) != (MUTUAL in b.notes):
        return False
    sa, sb = _codes(a.source) | _codes(a.target), _codes(b.source) | _codes(b.target)
    if not sa or not sb:
        return anaphoric
    if MUTUAL in a.notes:
        return _nested(sa, sb)
    return _nested(_codes(a.source), _codes(b.source)) and _nested(_codes(a.target), _codes(b.target)) and bool(
        sa & sb
    )


def _explicit(ev: Event) -> bool:
    return ev.date is not None and ev.date.text is not None


def _compatible_dates(a: Event, b: Event, published: date | None) -> bool:
    if not _explicit(a) and not _explicit(b):
        return True
    if not (_explicit(a) and _explicit(b)):
        # an undated mention is news of the day; it is not the same act as one dated years back (and without
        # a publication date nobody can tell whether "September 2022" is this week or history)
        dated = a if _explicit(a) else b
        return published is not None and _recent(dated, published)
    assert a.date is not None and b.date is not None
    # "neutralised an aircraft on the 27th ... has neutralised 41 aircraft so far this year": an act of one day and
    # a whole year's run of such acts are not one act, though the year holds the day
    if {len(a.date.start or ""), len(b.date.start or "")} == {_ISO_DAY, _ISO_YEAR}:
        return False
    a0, a1 = a.date.start or "", a.date.end or a.date.start or ""
    b0, b1 = b.date.start or "", b.date.end or b.date.start or ""
    # ISO strings of mixed precision compare by their common prefix
    return not (a1 < b0[: len(a1)] or b1 < a0[: len(b1)])


def _same_act(a: Event, b: Event, published: date | None) -> bool:
    if a.type != b.type or a.status != b.status:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        return False
    ca, cb = a.claimed_by, b.claimed_by
    if a.status == "claimed" and ca and cb and (ca.country, ca.org) != (cb.country, cb.org):
        return False
    # a toll keeps its owner: "105 killed, Pashinyan told parliament" is not folded into the attack the
    # defence ministry told of
    tolls = (a.fatalities, a.injured) != (None, None) or (b.fatalities, b.injured) != (None, None)
    if tolls and a.status == "claimed" and ca and cb and (ca.name or ca.text) != (cb.name or cb.text):
        return False
    # told as happening in two countries or two towns: two acts ("strikes hit Kharkiv ... drones hit a depot in
    # Russia"; "students stoned officers in Bandung ... protesters burned a parliament building in Makassar")
    if _elsewhere(a, b):
        return False
    if _other_victims(a, b) or _swapped_sides(a, b):
        return False
    return _compatible_actors(a, b) and _compatible_dates(a, b, published)


def _swapped_sides(a: Event, b: Event) -> bool:
    """ "JNIM fighters attacked an army post ... The army said its troops had killed 40 militants": each side's act
    on the other (one country's army and rebels share a country code) are two acts, the second party's own act
    among them (gold-format.md); a fight, whose sides are both source and target, is not told so."""
    if MUTUAL in a.notes or MUTUAL in b.notes:
        return False
    sa, ta, sb, tb = (_side_keys(x) for x in (a.source, a.target, b.source, b.target))
    return bool(sa & tb) and bool(ta & sb) and not sa & sb


def _other_victims(a: Event, b: Event) -> bool:
    """ "the killing of 56 villagers" and "an attack on an army post, killing several soldiers": one act's
    victims all civilians, the other's all armed men, are two acts even in one country."""
    sectors = [{t.sector for t in ev.target} for ev in (a, b)]
    if not all(sectors) or any(None in s for s in sectors):
        return False
    civil = [ss <= _CIVILIAN for ss in sectors]
    armed = [ss <= _ARMED for ss in sectors]
    return (civil[0] and armed[1]) or (armed[0] and civil[1])


def _union(first: list[Actor], second: list[Actor]) -> list[Actor]:
    keys = {(a.country, a.org, a.sector) for a in first}
    return first + [a for a in second if (a.country, a.org, a.sector) not in keys]


def _better_date(a: TimeSpan | None, b: TimeSpan | None) -> TimeSpan | None:
    if a is None or (a.text is None and b is not None and b.text is not None):
        return b
    if b is None or b.text is None or a.text is None:
        return a
    start = min(a.start or "", b.start or "") or None
    end = max(a.end or "", b.end or "") or None
    first = a if (a.start or "") <= (b.start or "") else b
    # the text, value and offsets of one expression, so that text == input[char_start:char_end]
    return TimeSpan(start=start, end=end, precision=first.precision, text=first.text, value=first.value,
                    char_start=first.char_start, char_end=first.char_end)


def absorb(keep: Event, other: Event, union_actors: bool = True) -> None:
    """Move what `other` knows into `keep`, which stays the event of record."""
    if union_actors:
        keep.source = _union(keep.source, other.source)
        keep.target = _union(keep.target, other.target)
    else:  # a subordinate mention ("at the summit") only fills roles the main one left empty
        keep.source = keep.source or other.source
        keep.target = keep.target or other.target
    keep.mode = keep.mode or other.mode
    keep.date = _better_date(keep.date, other.date)
    if keep.location is None or (other.location and other.location.precision == "place"
                                 and keep.location.precision != "place"):
        keep.location = other.location or keep.location
    keep.fatalities = keep.fatalities if keep.fatalities is not None else other.fatalities
    keep.injured = keep.injured if keep.injured is not None else other.injured
    keep.claimed_by = keep.claimed_by or other.claimed_by
    for key in _UNITED:
        names = set(filter(None, keep.notes.get(key, "").split(","))) | set(
            filter(None, other.notes.get(key, "").split(",")))
        keep.notes[key] = ",".join(sorted(names))
    keep.confidence = min(0.95, max(keep.confidence, other.confidence) + 0.05)
    if not other.notes.get(PURPOSE):  # an act told as done, folded into a purpose mention, makes it told
        keep.notes.pop(PURPOSE, None)
    if not other.notes.get(REACTED):  # "lynched three men ..., which condemned the killings": told, not only named
        keep.notes.pop(REACTED, None)
    for told in [other.evidence, *other.mentions]:  # each sentence that tells the act once
        if told.start != keep.evidence.start and all(m.start != told.start for m in keep.mentions):
            keep.mentions.append(told)
    if keep.date is not None:
        keep.notes.pop("date", None)


def _ancestor_of(upper: Token, lower: Token) -> bool:
    return upper.i != lower.i and upper.is_ancestor(lower)


def _result_of_content(act: Token, part: Token, lex: Lexicon) -> bool:
    """ "accused soldiers of firing on farmers, wounding two", "accused Azerbaijan of shelling a village, damaging
    a house": the parser hangs the participle that tells what the act did on the accusation whose content the act
    is (words.yaml accusation_verbs); it is that act's result, as it would be hung below the act itself."""
    head = part.head
    return part.dep_ == "advcl" and part.tag_ == "VBG" and head.lemma_.lower() in lex.words.accusation_verbs \
        and act.i < part.i and _ancestor_of(head, act)


def _own_clause(upper: Token, lower: Token) -> bool:
    """Between the two triggers stands a clause with a subject of its own, which tells another act: a
    subordinate one with a mark ("Hezbollah fired rockets after Israel killed a commander") or a coordinated
    one ("Seoul called the launch a provocation, and Japan lodged a protest")."""
    cur = lower
    while cur.i != upper.i and cur.head.i != cur.i:
        deps = {c.dep_ for c in cur.children}
        if (cur.dep_ == "advcl" and {"mark", "nsubj"} <= deps) or (cur.dep_ == "conj" and "nsubj" in deps):
            return True
        cur = cur.head
    return False


def _through_another(upper: Token, lower: Token, etype: str, statements: dict[int, str]) -> bool:
    """ "said none of its fighters had been killed and accused Turkey of bombing villages": an act below a
    statement of another type ("accused") is that statement's content, not the upper act told again nor the
    act a denied toll names (asked only of a negated act: "said seven were killed and accused X of shelling"
    is the shelling's toll)."""
    cur = lower.head
    while cur.i != upper.i and cur.head.i != cur.i:
        if statements.get(cur.i, etype) != etype:
            return True
        cur = cur.head
    return False


def _kinds(ev: Event) -> set[str]:
    return {ev.type, f"{ev.type}/{ev.mode}"}


def _conjoined_acts(upper: Event, tok: Token, lower: Event, otok: Token, lex: Lexicon) -> bool:
    """ "Gunmen killed 11 villagers and abducted 40 others", "Hamas freed three hostages and Israel released 90
    prisoners", "cut mobile data and imposed a curfew": a verb conjoined to another, with a subject of its own
    or each with its own object, tells an act of its own; "shelled and bombed the town" (shared object),
    "attacked a post and set it on fire" (the same object) and "attacked the village and killed 11" (a toll)
    tell one."""
    if otok.dep_ != "conj" or coordinate_head(otok).i != tok.i or otok.pos_ != "VERB" or tok.pos_ != "VERB":
        return False
    harms = (_kinds(upper) | _kinds(lower)) & lex.types.harms_of_their_own
    if _done_and_not(upper, lower):
        return True  # "did not harm civilians and fought only the police": an act not done and one done are two
    if (upper.notes.get(CASUALTY_TRIGGER) or lower.notes.get(CASUALTY_TRIGGER)) and not harms:
        return False  # "attacked a village but no one was killed": the toll of that attack
    if any(c.dep_ in _OWN_SUBJECTS for c in otok.children):
        return True
    if _riot_part(upper, lower, lex) or _riot_part(lower, upper, lex):
        return False  # "threw stones at officers and set fire to barricades": one riot
    if upper.type in lex.types.verbal and (_says_its_own(tok, otok) or _asks_anew(tok, otok)):
        return True
    if lower.type == upper.type and _no_new_party(upper, lower) and (
            _kinds(upper) & lex.types.told_in_steps or _protest_delivered(tok, otok, lex)):
        return False  # "received the envoy and discussed the crisis", "summoned the envoy and lodged a protest"
    objects = [_objects(t, ev, lex) for t, ev in ((tok, upper), (otok, lower))]
    # "attacked a police station and set it on fire": the same thing twice is one act
    if not all(objects) or any(o.pos_ == "PRON" for o in objects[1]):
        return False
    # one attack told in its parts ("blew up the track and stormed the train") is one act, but an abduction
    # or a rape beside a killing is an act of its own
    if _kinds(upper) & lex.types.one_act_in_parts:
        return upper.mode != lower.mode and bool(harms)
    return True


def _done_and_not(upper: Event, lower: Event) -> bool:
    """Of two conjoined acts one is told as done and the other as not done, and the one not done gives no toll of
    zero ("attacked a village but no one was killed" is that attack's toll)."""
    if (upper.status in _FACTUAL) == (lower.status in _FACTUAL):
        return False
    undone = lower if upper.status in _FACTUAL else upper
    return 0 not in (undone.fatalities, undone.injured)


def _protest_delivered(tok: Token, otok: Token, lex: Lexicon) -> bool:
    """ "summoned the ambassador and handed him a note of protest": the protest delivered at a summons is the
    summons' protest, one act (the other way round, "lodged a protest and summoned the envoy", tells two; and a
    protest counted in a series, "filed its fifteenth protest of the year", is a filing of its own)."""
    w = lex.words
    return tok.lemma_.lower() in w.summoning_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.delivered_protests and not _counted(c) for c in otok.children)


def _counted(noun: Token) -> bool:
    """ "its fifteenth diplomatic protest", "a third note this month": a noun numbered in a series."""
    return any(c.ent_type_ == "ORDINAL" or (c.dep_ == "amod" and c.like_num) for c in noun.children)


def _no_new_party(upper: Event, lower: Event) -> bool:
    """The later verb is aimed at no party the first one is not aimed at: the same exchange told in its steps."""
    return _codes(lower.target) <= _codes(upper.target)


def _objects(tok: Token, ev: Event, lex: Lexicon) -> list[Token]:
    """What a verb acts on: its direct objects, and for a statement also whom it addresses through a
    preposition ("urged the prosecutor to open an inquiry and called on the EU to suspend aid": two demands
    on two addressees; "called for calm" addresses no one) and the clause it tells ("called on all parties to
    respect the agreement and demanded that foreign fighters withdraw": two demands, each with a clause of its own;
    "summoned the envoy and condemned what it called a violation" is one protest)."""
    found = [c for c in tok.children if c.dep_ == "dobj"]
    if ev.type in lex.types.verbal:
        found += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  and any(a.start is not None and a.end is not None and a.start <= o.idx < a.end for a in ev.target)]
    return found


def _says_its_own(tok: Token, otok: Token) -> bool:
    """Two conjoined statements that each govern a clause of their own ("called on the parties to agree on a
    government and demanded that foreign fighters withdraw") say two things."""
    return all(any(c.dep_ in _CONTENT_CLAUSES for c in t.children) for t in (tok, otok))


def _asks_anew(tok: Token, otok: Token) -> bool:
    """ "called for respect of the residents' rights and requested that the prosecutor investigate": the later
    statement governs a clause with a subject of its own that the first does not share, so it says another
    thing (to another party); "called on the parties to talk and urged restraint" shares one addressee."""
    return _has_own_clause(otok) and not _has_own_clause(tok)


def _has_own_clause(verb: Token) -> bool:
    return any(c.dep_ in _CONTENT_CLAUSES and any(g.dep_ in _OWN_SUBJECTS for g in c.children)
               and any(g.dep_ == "mark" for g in c.children) for c in verb.children)


def _clause_of_its_own(upper: Event, lower: Event, otok: Token, lex: Lexicon) -> bool:
    """ "has arrested 20,000 people since it ousted the government", "exchanged fire, with the group saying it hit
    a post": a verb below another in a clause with a subject of its own tells another act of the same type (a toll
    verb still joins the attack it names, and "the strike, which hit a market" is the strike)."""
    if otok.pos_ != "VERB" or otok.dep_ not in lex.words.own_clause_deps or upper.type in lex.types.verbal:
        return False  # "rejected the offer, saying they would not negotiate" is one statement
    if upper.notes.get(CASUALTY_TRIGGER) or lower.notes.get(CASUALTY_TRIGGER):
        return False
    subjects = [c for c in otok.children if c.dep_ in _OWN_SUBJECTS]
    return bool(subjects) and all(c.lower_ not in lex.words.relative_pronouns for c in subjects)


def _participant_relative(upper: Event, tok: Token, lower: Event, otok: Token, lex: Lexicon) -> bool:
    """ "The M23 rebels, who seized the town in May, attacked Goma", "shot down 31 drones launched by Russia": an
    act told in a relative clause or reduced relative of a participant is an act of its own, with its own date;
    one of the act itself ("the strike, which hit a market", "the war that killed 1,200") tells that act again."""
    if upper.notes.get(CASUALTY_TRIGGER) or lower.notes.get(CASUALTY_TRIGGER):
        return False  # "a sailor who lost his thumb": the toll of the act
    cur = otok
    while cur.i != tok.i and cur.head.i != cur.i:
        relative = cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ in _PARTICIPLES)
        # "shot down 31 drones launched by Russia": a weapon is no party, and its launch is the act intercepted
        if relative and cur.head.i != tok.i and not names_act(cur.head, upper.type, lex) \
                and cur.head.lemma_.lower() not in lex.words.weapons and not _ordered_done(cur, tok, lex):
            return True
        cur = cur.head
    return False


def _ordered_done(participle: Token, order: Token, lex: Lexicon) -> bool:
    """ "ordered the radio station suspended": a participle on the object of a command says what was ordered done
    to it, the order's own act, not an act of a participant."""
    obj = participle.head
    return participle.dep_ == "acl" and obj.dep_ == "dobj" and obj.head.i == order.i \
        and order.lemma_.lower() in lex.words.command_verbs


def _act_verb(tok: Token) -> Token | None:
    """The verb that tells an act: the trigger itself, or the verb a noun trigger is the object of ("ordered a
    curfew", "announced sanctions")."""
    if tok.pos_ == "VERB":
        return tok
    return tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None


def _coordinated_verbs(a: Event, tok: Token, b: Event, otok: Token, lex: Lexicon) -> bool:
    """ "declared a state of emergency and ordered a curfew", "announced sanctions on nine firms and froze their
    assets": acts told by conjoined verbs, a noun act by the verb it is the object of, are weighed as conjoined
    acts (_conjoined_acts) wherever the parser hung them."""
    first, second = _act_verb(tok), _act_verb(otok)
    if first is None or second is None or first.i == second.i:
        return False
    return _conjoined_acts(a, first, b, second, lex) or _conjoined_acts(b, second, a, first, lex)


def _path_up(lower: Token, upper: Token) -> list[Token]:
    """The tokens from `lower` up to, not including, the lowest one that `upper` hangs below or is."""
    above = {upper.i, *(t.i for t in upper.ancestors)}
    path = []
    cur = lower
    while cur.i not in above and cur.head.i != cur.i:
        path.append(cur)
        cur = cur.head
    return path


def _relative_beside(a: Event, tok: Token, b: Event, otok: Token, lex: Lexicon) -> bool:
    """ "Qatar, which mediated the talks, said it was in contact with both parties": an act told in a relative
    clause of a party, where neither trigger hangs below the other, is an act of its own (_participant_relative
    weighs one below the other)."""
    if _ancestor_of(tok, otok) or _ancestor_of(otok, tok):
        return False
    if a.notes.get(CASUALTY_TRIGGER) or b.notes.get(CASUALTY_TRIGGER):
        return False
    for lower, ev in ((otok, a), (tok, b)):
        for cur in _path_up(lower, tok if lower is otok else otok):
            # a participle with an object of its own is a verb the parser hung on its subject, no relative
            relative = cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ in _PARTICIPLES
                                               and not any(c.dep_ == "dobj" for c in cur.children))
            if relative and not names_act(cur.head, ev.type, lex) \
                    and cur.head.lemma_.lower() not in lex.words.weapons:
                return True
    return False


def _told_beside(a: Event, tok: Token, b: Event, otok: Token, lex: Lexicon) -> bool:
    """Two acts of one type that the sentence tells as two, whether or not one trigger hangs below the other."""
    return _coordinated_verbs(a, tok, b, otok, lex) or _relative_beside(a, tok, b, otok, lex)


def _left_toll(toll: Event, tok: Token, act: Token) -> bool:
    """ "exchanged fire ..., leaving two servicemen dead and five people wounded": a toll verb joined to the
    participle that says what the act left behind is the act's toll, whatever subject the parser gave it."""
    if not toll.notes.get(CASUALTY_TRIGGER) or any(c.dep_ in {"dobj", "agent"} for c in tok.children):
        return False
    cur = tok  # ("leaving one soldier martyred and four civilians injured": a clause of the participle)
    while cur.dep_ in _LEFT_PARTS and cur.head.i != cur.i and not (cur.tag_ == "VBG" and cur.dep_ == "advcl"):
        cur = cur.head
    return cur.tag_ == "VBG" and cur.dep_ == "advcl" and cur.head.i == act.i


def _counter_killing(fight: Event, tok: Token, toll: Event, otok: Token, lex: Lexicon) -> bool:
    """ "repelled an attack by JNIM fighters on a post, killing 12 militants", "repelled an attempt by the RSF to
    infiltrate the city and killed dozens of its members": where the repelled act names its own doer, the killing
    beside the repulse, with an object of its own, is the defenders' act on the attackers, not that attack's toll
    ("repelled the assault and killed 20 of the fighters" stays one fight with its toll)."""
    if MUTUAL not in fight.notes or not toll.notes.get(CASUALTY_TRIGGER) or otok.head.i != tok.i:
        return False
    if otok.dep_ not in {"conj", "advcl"} or not any(c.dep_ == "dobj" for c in otok.children):
        return False
    marks = lex.words.agent_marks
    return any(c.dep_ == "dobj" and any(p.dep_ in {"prep", "agent"} and p.lower_ in marks for p in c.children)
               for c in tok.children)


def _keep_apart(a: Event, b: Event) -> None:
    for x, y in ((a, b), (b, a)):
        if y.trigger is not None:
            x.notes[DISTINCT] = ",".join(filter(None, [x.notes.get(DISTINCT, ""), str(y.trigger.start)]))


def _kept_apart(a: Event, b: Event) -> bool:
    """Two acts told side by side in one clause are never folded later as mentions of one act."""
    starts = set(a.notes.get(DISTINCT, "").split(","))
    return b.trigger is not None and str(b.trigger.start) in starts


def _toll_of(toll: Event, act: Event, lex: Lexicon) -> bool:
    """A toll verb ("were injured") and an act of another type that carries tolls (a riot)."""
    return bool(toll.notes.get(CASUALTY_TRIGGER)) and not act.notes.get(CASUALTY_TRIGGER) and bool(
        _kinds(act) & lex.types.toll_carriers) and toll.type in lex.types.toll_carriers


def _riot_part(part: Event, riot: Event, lex: Lexicon) -> bool:
    """Damage a rioting crowd does ("setting fire to the mission") and the riot it belongs to."""
    return bool(_kinds(part) & lex.types.riot_parts) and bool(_kinds(riot) & lex.types.riot_acts)


def _fought_back(fight: Event, tok: Token, act: Event, otok: Token) -> bool:
    """ "An army spokesman said troops had repulsed the attack": the defenders' side of a fight whose object
    points back to an act told before tells that act again, unless it gives a toll of its own (a second
    party's own figure is its own claim, gold-format.md: _pointed_candidates); "repelled a second assault"
    tells a new one."""
    return MUTUAL in fight.notes and bool(act.notes.get(ANAPHORIC)) and otok.dep_ == "dobj" and otok.head.i == tok.i


def _fold_sentence(events: list[Event], doc: Doc, lex: Lexicon) -> list[Event]:
    """Toll verbs join the attack they name; a same-type trigger below another is the same act (unless it
    is a conjoined act of its own)."""
    toks = {id(ev): _token(doc, ev) for ev in events}
    # statements by trigger token: an act below one is that statement's content ("accused X of bombing")
    statements = {t.i: ev.type for ev in events if ev.type in lex.types.verbal and (t := toks[id(ev)]) is not None}
    below = [(ev, tok, other, otok) for ev in events if (tok := toks[id(ev)]) is not None
             for other in events if (otok := toks[id(other)]) is not None and other is not ev
             and (other.type == ev.type or _toll_of(ev, other, lex) or _toll_of(other, ev, lex)
                  or _riot_part(ev, other, lex) or _riot_part(other, ev, lex))
             and sent_of(otok).start == sent_of(tok).start
             and (_ancestor_of(tok, otok) or _result_of_content(tok, otok, lex))]
    for ev, tok, other, otok in below:
        # "X blamed the gangs, while Y accused the governor": a statement in a clause with a subject of its own is
        # another speaker's, which later folding must not merge back either (an act of force in such a clause,
        # "fired rockets after Israel killed a commander", may be one told elsewhere and still folds)
        own_statement = ev.type in lex.types.verbal and _own_clause(tok, otok)
        if (_conjoined_acts(ev, tok, other, otok, lex) or _clause_of_its_own(ev, other, otok, lex)
                or _participant_relative(ev, tok, other, otok, lex)
                or own_statement or (ev.status == "negated" and _through_another(tok, otok, ev.type, statements))
                or _counter_killing(ev, tok, other, otok, lex)):
            _keep_apart(ev, other)
    for i, ev in enumerate(events):
        for other in events[i + 1 :]:
            tok, otok = toks[id(ev)], toks[id(other)]
            if tok is not None and otok is not None and other.type == ev.type and tok.i != otok.i \
                    and _told_beside(ev, tok, other, otok, lex):
                _keep_apart(ev, other)
    dropped: set[int] = set()
    for ev, tok, other, otok in below:
        if id(other) in dropped or id(ev) in dropped or _kept_apart(ev, other):
            continue
        if _own_clause(tok, otok) and not _left_toll(other, otok, tok):
            continue
        # what hangs below an act kept apart from this one is that act's ("abducted 40 others in a raid")
        if any(_kept_apart(ev, x) and (t := toks[id(x)]) is not None and (t.i == otok.i or t.is_ancestor(otok))
               for x in events):
            continue
        if _riot_part(ev, other, lex):  # "set fire to barricades, rioting": the riot stays the act
            absorb(other, ev, union_actors=False)
            dropped.add(id(ev))
        elif ev.notes.get(CASUALTY_TRIGGER) and not other.notes.get(CASUALTY_TRIGGER):
            # "no one was killed in the attack": the attack happened, with a toll of zero
            nobody = ev.status == "negated" and 0 in (ev.fatalities, ev.injured)
            other.status = ev.status if ev.status != "occurred" and not nobody else other.status
            other.claimed_by = other.claimed_by or ev.claimed_by
            sides = (other.source, other.target)
            absorb(other, ev)
            if _dead_of_fight(other, ev):  # "fighting between X and Y killed 40 civilians": no third side
                other.source, other.target = sides
            dropped.add(id(ev))
        else:
            if other.notes.get(ANAPHORIC) and otok.dep_ in _OWN_SUBJECTS and otok.head.i == tok.i:
                ev.notes[ANAPHORIC] = BY_SUBJECT  # "the strikes targeted Hamas positions": the verb tells the known act
            elif _fought_back(ev, tok, other, otok):
                ev.notes[ANAPHORIC] = BY_OBJECT
            absorb(ev, other, union_actors=False)
            dropped.add(id(other))
    return [ev for ev in events if id(ev) not in dropped]


def of_the_day(ev: Event, published: date | None) -> bool:
    """Undated, or dated within two weeks of publication: news of the day rather than background."""
    return ev.date is None or ev.date.start is None or published is None or _recent(ev, published)


def _recent(ev: Event, published: date | None) -> bool:
    """Dated within two weeks of publication (a month-precise date in the same month counts)."""
    if published is None or ev.date is None or ev.date.start is None:
        return False
    start = ev.date.start
    if len(start) == 7:
        return start == published.isoformat()[:7]
    if len(start) < 10:
        return False
    return abs((date.fromisoformat(start[:10]) - published).days) <= 14


def _share_dates(events: list[Event], published: date | None, doc: Doc, lex: Lexicon) -> None:
    """An undated mention of a recent act takes the date another mention of it states (not another
    statement of the same speaker: _said_again), told in the same item of a round-up of several countries
    (the same kind of act in two countries is two acts)."""
    item_of = doc._.actors.item_of
    for ev in events:
        if _explicit(ev) or ev.status not in {"occurred", "claimed"} or ev.notes.get(BACKGROUND_NOUN):
            continue
        item = item_of(ev.evidence.start)
        entry = stamped_line(doc, ev.evidence.start)
        donors = [o for o in events if o is not ev and o.type == ev.type and _explicit(o)
                  and item_of(o.evidence.start) == item
                  and (entry is None or entry == stamped_line(doc, o.evidence.start))
                  and _compatible_actors(ev, o) and _recent(o, published)
                  and not _said_again(o, ev, doc, lex) and not _said_again(ev, o, doc, lex)]
        if donors:
            ev.date = donors[0].date
            ev.notes["date"] = "from another mention of the same act in this report"


def _refers_back(ev: Event) -> bool:
    """ "the attack", "the raid" with no actors or date of their own: a pointer to an act told before."""
    return bool(ev.notes.get(ANAPHORIC)) and not (_codes(ev.source) | _codes(ev.target)) and not _explicit(ev)


def _claims_responsibility(ev: Event) -> bool:
    """ "Al-Shabaab said it carried out the attack", "JNIM claimed the attack": a group owning an act told
    before, no act of its own."""
    # ("the RSF denied any role in the attack": a denial names no doer; it is the denier's negated version)
    return bool(ev.notes.get(RESPONSIBILITY)) and ev.status != "negated" and (
        not _explicit(ev) or bool(ev.notes.get(CLAIM_DATED)))


def _name_the_doer(act: Event, claim: Event, lex: Lexicon) -> None:
    """The group that claims an act of unnamed attackers is named as its source, on its own word (ACLED
    codes claimed attacks to the claimant). Named attackers are never replaced."""
    unnamed = all(a.org is None and a.sector in (None, "UAF") for a in act.source)
    # "Al-Shabaab said it carried out the attack": the speaker is the "it" ("the army blamed the RSF for the
    # attack": the one blamed)
    spoken = claim.claimed_by is not None and any(a.text.lower() in lex.words.speaker_pronouns for a in claim.source)
    owner = claim.claimed_by if spoken else None
    doers = [replace(owner)] if owner is not None else [replace(a) for a in claim.source]
    if unnamed and doers:
        act.source = doers
        act.notes["source"] = "named by a claim of responsibility" if owner is not None or claim.claimed_by is None \
            else f"blamed for it by {claim.claimed_by.text}"


def _things_hit(ev: Event, doc: Doc, lex: Lexicon) -> list[Token]:
    """What a singular mention says it hit ("the attack ON THE SABARMATI EXPRESS"), to tell it from an act told
    before that never named that thing (_hit_elsewhere). A group claiming "the attack on its channel" says where
    it claimed it; "numerous attacks on the security forces", plural, may tell a run of acts the report's own is
    part of."""
    tok = _token(doc, ev)
    if tok is None or tok.tag_ not in {"NN", "NNP"} or ev.notes.get(RESPONSIBILITY):
        return []
    rules = lex.arguments_for(ev.type, ev.mode)
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in rules.object_preps | rules.target_preps
            for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]


def _hit_elsewhere(hit: list[Token], act: Event, doc: Doc) -> bool:
    """ "police opened fire on a mob ... the attack on the Sabarmati Express": a mention that names what it hit tells
    another act when the sentence of the act it would point back to never names that thing."""
    told = _token(doc, act) if hit else None
    if told is None:
        return False
    words = _sentence_lemmas(doc, told)
    return not any(g.lemma_.lower() in words for g in hit)


def _sentence_lemmas(doc: Doc, tok: Token) -> frozenset[str]:
    """The lemmas of a token's sentence, read once per sentence and doc (every mention is compared with every act
    told before it)."""
    cache: dict[int, frozenset[str]] = doc.user_data.setdefault(_LEMMAS_KEY, {})
    sent = sent_of(tok)
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = frozenset(t.lemma_.lower() for t in sent)
    return found


def _told_again(ev: Event, result: list[Event], published: date | None) -> Event | None:
    """ "One soldier was also killed in the exchange", "the raids destroyed several vehicles": a definite
    noun that names an act of the report again is that act, even when another speaker tells it (the first
    figure stays on the event; gold-format.md). It must point at one act: the only one of its kind told so far
    that has an actor of it, none against it and the same kind of victims (or the only one at all when it names
    no actor)."""
    known = _pointed_candidates(ev, result, published)
    return known[0] if len(known) == 1 else None


def _pointed_candidates(ev: Event, result: list[Event], published: date | None) -> list[Event]:
    """The acts told so far that a mention pointing back may mean (_told_again)."""
    if not ev.notes.get(ANAPHORIC) or ev.status not in _FACTUAL:
        return []
    if ev.notes.get(ANAPHORIC) == BY_OBJECT and (ev.fatalities, ev.injured) != (None, None):
        return []  # "repelled the assault and killed more than 400 attackers": the defenders' own claim
    # a toll verb's mode is no description of the act, nor what a verb says the act did ("the raids destroyed")
    toll = bool(ev.notes.get(CASUALTY_TRIGGER)) or ev.notes.get(ANAPHORIC) in {BY_SUBJECT, BY_OBJECT}
    known = [k for k in result if k.type == ev.type and k.status in _FACTUAL and not _kept_apart(k, ev)
             and (toll or not (k.mode and ev.mode and k.mode != ev.mode)) and _compatible_dates(k, ev, published)
             and not _elsewhere(k, ev)
             # ("its troops had killed 40 militants in the area": the other side's own act, with its own toll)
             and not (_swapped_sides(k, ev) and (ev.fatalities, ev.injured) != (None, None))]
    if _codes(ev.source) | _codes(ev.target):
        known = [k for k in known if (_same_side(k, ev) or _victims_only(k, ev) or _defended(k, ev))
                 and (_caught_in_fight(k, ev) or not _other_victims(k, ev))]
    return known


def _named_alike(ev: Event, result: list[Event], doc: Doc, published: date | None) -> Event | None:
    """ "Israeli warplanes struck villages ... Hezbollah fired rockets ... seven were killed in the overnight
    strikes": of several acts a mention may point back to, the one told with its word, when no other act of that
    doer was told (after "warplanes struck" and "artillery shelled", "the strikes" may be either)."""
    word = _pointing_word(ev, doc)
    known = _pointed_candidates(ev, result, published) if word is not None else []
    alike = [k for k in known if (t := _token(doc, k)) is not None and t.lemma_.lower() == word]
    # (the defenders who "repulsed the attack" name whom it hit, which tells it from the others as well)
    if len(known) < 2 or len(alike) != 1 or not (_codes(alike[0].source) or _defended(alike[0], ev)):
        return None
    return None if any(_codes(k.source) & _codes(alike[0].source) for k in known if k is not alike[0]) else alike[0]


def _pointing_word(ev: Event, doc: Doc) -> str | None:
    """The lemma of the noun by which a mention points back: the noun itself, the subject of its verb ("the
    raids destroyed"), or the act its toll names ("killed in the overnight strikes")."""
    tok = _token(doc, ev)
    if tok is None:
        return None
    if tok.pos_ in {"NOUN", "PROPN"}:
        return str(tok.lemma_.lower())
    if ev.notes.get(CASUALTY_TRIGGER):
        nouns = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    else:
        pointing = {BY_SUBJECT: _OWN_SUBJECTS, BY_OBJECT: frozenset({"dobj"})}.get(str(ev.notes.get(ANAPHORIC)))
        nouns = [c for c in tok.children if pointing and c.dep_ in pointing]
    return str(nouns[0].lemma_.lower()) if nouns else None


def _claimed_act(ev: Event, result: list[Event]) -> Event | None:
    """The act a group claims where the claim names none ("Al-Shabaab claimed responsibility, saying it had killed
    50 soldiers"): the first act of the claimed kind told as done that hit the same side, or the only one."""
    known = [k for k in result if k.type == ev.type and k.status in _FACTUAL and not _kept_apart(k, ev)
             and not _other_victims(k, ev) and not _elsewhere(k, ev) and not _swapped_sides(k, ev)]
    hit = [k for k in known if _codes(k.target) & _codes(ev.target)]
    return hit[0] if hit else known[0] if len(known) == 1 else None


def _riot_told_again(ev: Event, result: list[Event], doc: Doc, lex: Lexicon, published: date | None) -> Event | None:
    """ "Protesters attacked the embassies ... The US condemned the attacks on the embassies": the word of a riot
    told as a verb, said again as a noun that points back, with no doer of its own, is that riot."""
    tok = _token(doc, ev)
    if tok is None or not ev.notes.get(ANAPHORIC) or ev.source or ev.status not in _FACTUAL:
        return None
    riots = [k for k in result if _kinds(k) & lex.types.riot_acts and (t := _token(doc, k)) is not None
             and t.lemma_.lower() == tok.lemma_.lower() and _compatible_dates(k, ev, published)]
    return riots[0] if len(riots) == 1 else None


def _reacted_to_told(ev: Event, result: list[Event], published: date | None) -> bool:
    """ "The WHO condemned the attack on the hospital", "Jordan condemned the Israeli incursion into Jenin": the act a
    reaction names by a noun that points back, when earlier sentences told acts of its type, of the day, in the
    same country and by the doers it names: it is one of them (the reaction is aimed at their doers:
    references.point_back), not an act of its own."""
    # ("opened an investigation into the killings": an act under inquiry, told as alleged, is one told before too)
    if not ev.notes.get(REACTED) or ev.status not in _FACTUAL | {"hypothetical"}:
        return False
    told = [k for k in result if k.type == ev.type and k.status in _FACTUAL and not _kept_apart(k, ev)
            and k.evidence.start != ev.evidence.start  # (in its own sentence: sentence folding weighs it)
            and not _elsewhere(k, ev) and _compatible_dates(k, ev, published)]
    doers = _codes(ev.source)
    return any(not doers or doers & _codes(k.source) for k in told)


def _began_it(ev: Event, result: list[Event], doc: Doc, lex: Lexicon, published: date | None) -> Event | None:
    """ "Indian and Pakistani troops exchanged fire ... Pakistan said Indian troops had opened fire first": who
    began a fight told before is one side's version of it, when the version tells nothing more (no toll, no other
    deed joined to it: "had opened fire first and wounded three civilians" is a claim of its own). It folds into
    the only fight of the day that has its doer among its sides, and adds no party."""
    tok = _token(doc, ev)
    if tok is None or tok.pos_ != "VERB" or ev.status not in _FACTUAL or (ev.fatalities, ev.injured) != (None, None):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in lex.words.initiative_adverbs for c in tok.children):
        return None
    # (a joined verb with a subject of its own is another clause: "and that its retaliation destroyed three posts")
    joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in _OWN_SUBJECTS for g in c.children)]
    if joined or not _codes(ev.source):
        return None
    fights = [k for k in result if k.type == ev.type and MUTUAL in k.notes and k.status in _FACTUAL
              and _codes(ev.source) <= _codes(k.source) and not _elsewhere(k, ev)
              and _compatible_dates(k, ev, published)]
    if len(fights) != 1:
        return None
    ev.source, ev.target = [], []  # both sides are the fight's already
    return fights[0]


def _side_keys(actors: list[Actor]) -> set[tuple[str, str | None]]:
    """Actors by country or organisation and sector: the army and the rebels of one country are two sides."""
    return {(code, a.sector) for a in actors if (code := a.org or a.country)}


def _doers_telling(ev: Event, result: list[Event], published: date | None, lex: Lexicon) -> Event | None:
    """The doer's own telling of an act another side told before is that act told again, not a second act ("JNIM
    fighters ambushed a patrol, killing 12 soldiers, the army said ... JNIM said it had killed more than 40
    soldiers"; "Israeli jets struck several villages, the NNA reported ... The Israeli military said it had hit
    Hezbollah depots"; denied: "the army denied that any civilian was killed in Ayorou").

    The teller is the claimant of a violent act told as done, who is among those the telling says did it ("it",
    "its fighters"), or who denies it (naming no doer, the denier is the one who would have done it). The act
    told before is of its type, told as done, not by the teller's camp, by doers of the same camp among whom are
    all the telling's doers, and the only such act of the report. A wrong merge is worse than a duplicate, so
    the two stay apart when told in another country or place, on another date, as another kind of act, against
    another target (the telling names whom it hit: the same parties and sides as the act, or any when the act
    named none and the telling its doer), against victims of another kind, as each side's act on the other (a
    second party's own act: "the army said it had killed 400 attackers"), as a fight (whose sides each tell
    their own act), or when the telling gives a toll and the act none: a toll keeps its owner, and of two sides'
    figures the first stays on the event (gold-format.md)."""
    teller = ev.claimed_by
    # a denial that names its own side as the doer may leave out whom the act hit ("the army denied that its
    # troops had opened fire": the firing the residents told)
    own_denial = ev.status == "negated" and bool(ev.source) and teller is not None \
        and bool(_side_keys([teller]) & _side_keys(ev.source))
    if teller is None or ev.type not in lex.types.violent or MUTUAL in ev.notes or not (ev.target or own_denial):
        return None
    if ev.status == "claimed" and ev.source:
        if not _side_keys([teller]) & _side_keys(ev.source):
            return None
    elif ev.status != "negated" or (ev.source and not own_denial):
        return None
    doers = ev.source or [teller]
    told = [k for k in result if k.type == ev.type and k.status in _FACTUAL and MUTUAL not in k.notes
            and not _kept_apart(k, ev) and _same_camp(k.source, doers) and _codes(ev.source) <= _codes(k.source)
            and not (k.claimed_by is not None and _same_camp([k.claimed_by], [teller]))
            and not (k.mode and ev.mode and k.mode != ev.mode) and _same_target(k, ev) and _same_place(k, ev)
            and _compatible_dates(k, ev, published) and not _other_victims(k, ev) and not _swapped_sides(k, ev)
            and (k.fatalities is not None or ev.fatalities is None) and (k.injured is not None or ev.injured is None)]
    return told[0] if len(told) == 1 else None


def _same_target(act: Event, telling: Event) -> bool:
    """The telling hits what the act hit: the same parties, and a side in common; any, when the act named no target
    and the telling names its doer (a denial, whose doer is only the denier, must name what the act hit)."""
    if not _codes(act.target):
        return bool(telling.source)
    if not telling.target and telling.status == "negated" and telling.source:
        return True  # the doer's side denies doing it, naming no one hit (_doers_telling)
    return _codes(act.target) == _codes(telling.target) and bool(_side_keys(act.target) & _side_keys(telling.target))


def _same_place(a: Event, b: Event) -> bool:
    """Told in one place, or one of them in none (stricter than _elsewhere: a town and its region are apart)."""
    here, there = a.location, b.location
    return here is None or there is None or ((here.name, here.country) == (there.name, there.country)
                                             and not _elsewhere(a, b))


def _how_it_began(ev: Event, result: list[Event], doc: Doc, lex: Lexicon, published: date | None) -> Event | None:
    """ "Fighting between the army and Fano killed 19 ... The clashes began when Fano fighters attacked a military
    camp": the act a fight told before began with, in a clause of "when" under a verb of beginning whose subject
    names that fight (words.yaml `onset_verbs`, `onset_marks`), is that fight told again. It folds into the only
    fight of its type told so far, when its doers and targets are among the fight's sides or uncoded."""
    tok = _token(doc, ev)
    if tok is None or tok.dep_ != "advcl" or ev.status not in _FACTUAL or MUTUAL in ev.notes:
        return None
    began = tok.head
    if began.lemma_.lower() not in lex.words.onset_verbs or not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in lex.words.onset_marks for c in tok.children):
        return None
    if not any(c.dep_ in _OWN_SUBJECTS and c.pos_ == "NOUN" for c in began.children):
        return None
    fights = [k for k in result if k.type == ev.type and MUTUAL in k.notes and k.status in _FACTUAL
              and not _elsewhere(k, ev) and _compatible_dates(k, ev, published)]
    if len(fights) != 1:
        return None
    sides = _codes(fights[0].source) | _codes(fights[0].target)
    if not (_codes(ev.source) | _codes(ev.target)) <= sides:
        return None
    ev.source, ev.target = [], []  # the fight's sides are the fight's already
    return fights[0]


def _caught_in_fight(k: Event, ev: Event) -> bool:
    """ "Several civilians were killed in the clashes": people killed in a fight told again are its dead, not a
    side of it (their act folds in without adding them: fold_mentions)."""
    return MUTUAL in k.notes and MUTUAL in ev.notes and _civilians_hit(ev)


def _dead_of_fight(fight: Event, toll: Event) -> bool:
    """Civilians a fight between two named sides killed, told with no doer of their own, are its dead, not a third
    side ("fighting between the army and the RSF killed 40 civilians"). A fight whose sides go unnamed keeps them
    as the only people the text gives it ("fighting between rival clans killed four people")."""
    return MUTUAL in fight.notes and _civilians_hit(toll) and len(_side_keys(fight.source)) > 1


def _civilians_hit(ev: Event) -> bool:
    """An act told with no doer whose victims are all civilians."""
    victims = {a.sector for a in ev.target}
    return not ev.source and bool(victims) and victims <= _CIVILIAN


def _victims_only(k: Event, ev: Event) -> bool:
    """ "Israeli forces raided the camp. Three men were killed during the raid": a mention that names only whom the
    act hit fills the act's empty target, unless they are of the act's own side."""
    return not ev.source and not _codes(k.target) and not _codes(ev.target) & _codes(k.source)


def _defended(k: Event, ev: Event) -> bool:
    """ "M23 fighters overran army positions. ... The army said its troops had repelled the assault": those who
    fought the act back are whom it was aimed at."""
    return ev.notes.get(ANAPHORIC) == BY_OBJECT and bool(_codes(ev.source)) and _codes(ev.source) <= _codes(k.target)


def _same_side(k: Event, ev: Event) -> bool:
    """An actor in common, and none that contradicts (a fight's sides are in either role)."""
    shared = (_codes(k.source) | _codes(k.target)) & (_codes(ev.source) | _codes(ev.target))
    return bool(shared) and (MUTUAL in k.notes or _compatible_actors(k, ev))


def _bare_toll(ev: Event) -> bool:
    """ "Two soldiers were wounded." after an attack: the toll of that attack, not an act of its own (a doer
    lent by the act told before it, references.point_back, is that act's and makes it no less bare)."""
    lent = ev.notes.get("source") == AGENT_TOLD_BEFORE
    return bool(ev.notes.get(CASUALTY_TRIGGER)) and not ev.notes.get(CASUALTY_CAUSE) and (
        lent or not _codes(ev.source))


def _sole_carrier(toll: Event, result: list[Event], lex: Lexicon, published: date | None) -> Event | None:
    """ "Gunmen attacked a market on Monday. ... The death toll rose to 12, officials said.": a bare toll told further
    on belongs to the report's one act of the day that carries tolls and has none yet, in the same country."""
    carriers = [k for k in result if _kinds(k) & lex.types.toll_carriers and k.status in _FACTUAL
                and of_the_day(k, published) and not k.notes.get(BACKGROUND_NOUN)]
    if len(carriers) != 1:
        return None
    act = carriers[0]
    if (act.fatalities, act.injured) != (None, None) or _other_victims(act, toll) or not _same_claimant(act, toll):
        return None
    # "RSF fighters attacked a market in Tawila on Monday. On Tuesday, three civilians were killed in Kutum."
    if _elsewhere(act, toll) or (_explicit(act) and _explicit(toll) and not _compatible_dates(act, toll, published)):
        return None
    return act


def _latest_carrier(toll: Event, result: list[Event], doc: Doc, lex: Lexicon, published: date | None) -> Event | None:
    """ "14:05 - Drones struck a market in Kassala. ... 15:20 - The state health ministry says nine people were
    killed.": in rolling coverage a bare toll told entries later, after other acts, belongs to the latest act of the
    day that carries tolls, has none yet, hit the kind of victims the toll names, was told in the same place (or in
    none) and by a speaker of the toll's camp (the army's figure is no toll of the rebels' act)."""
    if stamped_line(doc, toll.evidence.start) is None:
        return None  # (rolling coverage only: in a report a later toll is its teller's claim, "105 killed, said X")
    act = next((k for k in reversed(result) if _kinds(k) & lex.types.toll_carriers and k.status in _FACTUAL
                and of_the_day(k, published) and not k.notes.get(BACKGROUND_NOUN)), None)
    if act is None or _other_victims(act, toll) or _near_telling(act, toll, doc):
        return None  # (a toll told right after its act: the nearer rule, with its stricter speaker, decides)
    # an act with a toll already takes no other, save the rest of the sentence that gave it ("nine were killed
    # and 30 wounded": two toll verbs)
    same_sentence = any(m.start == toll.evidence.start for m in act.mentions)
    if (act.fatalities, act.injured) != (None, None) and not (
            same_sentence and (act.fatalities is None or toll.fatalities is None)
            and (act.injured is None or toll.injured is None)):
        return None
    if not (toll.fatalities or toll.injured):
        return None  # ("a bomb exploded; no one was hurt": an act of its own with its toll of none)
    # a toll with a day or a place of its own is told as another act unless the act has the same
    if _explicit(toll) and not (_explicit(act) and _compatible_dates(act, toll, published)):
        return None
    here = toll.location
    if here is not None and here.start is not None and toll.evidence.start <= here.start < toll.evidence.end \
            and (act.location is None or _elsewhere(act, toll)):
        return None  # (a place the toll's own sentence names; one lent by the report's opening says nothing)
    return act if _toll_speaker_fits(act, toll) else None


def _toll_speaker_fits(act: Event, toll: Event) -> bool:
    """The toll's speaker may give the toll of an act told by another: the same speaker or camp, or neither of the
    two is the act's doer (residents tell the strike, the army counts its dead). The doer's own telling and the
    other side's toll stay apart ("The RSF said 40 soldiers had been killed" is no toll of the army's recapture)."""
    told, counted = act.claimed_by, toll.claimed_by
    if told is None or counted is None or _same_speaker(told, counted) or _same_camp([told], [counted]):
        return True
    return not _same_camp([told], act.source) and not _same_camp([counted], act.source)


def _elsewhere(a: Event, b: Event) -> bool:
    """Told as happening in two countries, or in two named towns or villages: another act (a toll of another act;
    "students threw firecrackers at officers in Bandung ... protesters set fire to a parliament building in
    Makassar": two riots)."""
    here, there = a.location, b.location
    if not (here and there):
        return False
    if here.country and there.country and here.country != there.country:
        return True
    return here.precision == there.precision == "place" and (here.geonames_id or here.name) != (
        there.geonames_id or there.name)


def _same_speaker(a: Actor, b: Actor) -> bool:
    """One speaker named twice: the same name, or the same body of one country ("the Palestinian Health Ministry"
    and then "the ministry"; "the Haitian National Police" and "a police spokeswoman")."""
    if (a.name or a.text, a.country, a.org) == (b.name or b.text, b.country, b.org):
        return True
    same_body = (a.country, a.org, a.sector) == (b.country, b.org, b.sector)
    return same_body and a.sector is not None and a.country is not None


def _same_claimant(carrier: Event, toll: Event) -> bool:
    """A toll someone else states keeps its owner ("The RSF ... said 40 soldiers had been killed" is not the
    army's toll of the recapture the army told of)."""
    a, b = carrier.claimed_by, toll.claimed_by
    return a is None or b is None or _same_speaker(a, b)


def _near_telling(act: Event, later: Event, doc: Doc) -> bool:
    """ `later` comes right after a sentence that tells `act`: its first telling, or one folded into it
    ("Hours after, a jet bombed two villages. Seven people were killed in Nyaung Pin Thar")."""
    return _near(act, later, doc) or any(
        m.end <= later.evidence.start and _near(replace(act, evidence=m, trigger=None), later, doc)
        for m in act.mentions)


def _near(earlier: Event, later: Event, doc: Doc) -> bool:
    """The next sentence of the same paragraph, or of the next one when the earlier paragraph is a single
    sentence (wire copy), and no other date (the dateline's date is when the report was filed, not a date
    of the act)."""
    text = text_of(doc)
    gap = text[earlier.evidence.end : later.evidence.start]
    if gap.count(". ") or gap.count("\n") > 1 or ("\n" in gap and not _lone_sentence(earlier, doc)):
        return False
    filed = dateline_end(doc)
    dated = _explicit(earlier) and _explicit(later) and not _dateline_date(earlier, filed) \
        and not _dateline_date(later, filed)
    return not dated or _compatible_dates(earlier, later, None)


def _lone_sentence(ev: Event, doc: Doc) -> bool:
    """The event's paragraph (a line) is its sentence and no other."""
    tok = _token(doc, ev)
    if tok is None:
        return False
    sent, text = sent_of(tok), text_of(doc)
    end = sent.start_char + len(sent.text.rstrip())
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", end)
    # (what the parser reads: a blanked slug or live-blog timestamp before the sentence is no other sentence)
    before = text_of(doc)[line_start : sent.start_char].strip()
    # the dateline that opens the report is no sentence of the paragraph
    dateline = sent.start_char == dateline_end(doc)
    return (not before or dateline) and not text[end : line_end if line_end >= 0 else len(text)].strip()


def _dateline_date(ev: Event, filed: int | None) -> bool:
    """ "DHAKA, July 19 - Police fired ...": a date inside the report's opening dateline (where the report
    was filed, not a date of the act)."""
    return ev.date is not None and ev.date.char_start is not None and filed is not None and (
        0 <= ev.date.char_start < filed)


def _said_again(earlier: Event, later: Event, doc: Doc, lex: Lexicon) -> bool:
    """ "X urged A to ...", then "X also called on B to ...": a statement told with a verb of its own in another
    sentence is another statement (a speaker rarely tells the same demand twice); only a noun that points back
    ("the accusation", "the call") or a speaker not named again names one told before. A speaker named by a name
    flashpoint cannot code ("Dar again demanded ...", "Muttaqi rejected ... and called on ...") is named again all
    the same."""
    if later.type not in lex.types.verbal or later.notes.get(ANAPHORIC):
        return False
    if _kinds(later) & lex.types.told_in_steps and _same_parties(earlier, later):
        return False  # "X held talks with Y in Beijing. The two sides exchanged views on ...": those talks
    tok, first = _token(doc, later), _token(doc, earlier)
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "would not hold talks with the opposition": the verb that tells the noun's act
    if tok is None or first is None or not (_codes(later.source) or _named_speaker(tok, lex)):
        return False
    # a verb, or a copula that carries a pattern's statement ("they were concerned about ...")
    return tok.pos_ in {"VERB", "AUX"} and sent_of(tok).start != sent_of(first).start


def _same_parties(earlier: Event, later: Event) -> bool:
    """The later telling names only parties of the earlier one, and all of them: an exchange told again in its
    steps ("the two sides", "both leaders"), not a meeting with someone new nor one of its parties alone."""
    told, again = _codes(earlier.source) | _codes(earlier.target), _codes(later.source) | _codes(later.target)
    return len(told) > 1 and again == told  # (one side known: two meetings of it may be told)


def _named_speaker(tok: Token, lex: Lexicon) -> bool:
    """The verb has a subject that is a name or a noun told anew ("a spokesman"), not a pronoun, or shares one with
    the verb it is joined to ("Muttaqi
    rejected the accusation, saying Afghan soil was not used ..., and called on Pakistan to ...")."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or _indefinite(c, lex)) for c in cur.children):
            return True
        said = speakers_conjunct(cur, lex.words)
        if said is not None:
            cur = said
        elif cur.dep_ == "conj":
            cur = coordinate_head(cur)
        elif cur.dep_ == "advcl" and cur.tag_ == "VBG":  # "..., saying ...": the participle's subject is the verb's
            cur = cur.head
        else:
            return False
    return False


def _indefinite(noun: Token, lex: Lexicon) -> bool:
    """ "A government negotiator denied the charge": a noun with an indefinite article names someone not told of
    before, never a speaker named again."""
    return any(c.dep_ == "det" and c.lower_ in lex.words.indefinite for c in noun.children)


def _other_speaker(earlier: Event, later: Event, lex: Lexicon) -> bool:
    """A later statement with a speaker of its own is not the earlier one when the two speakers cannot be
    compared (the earlier has none, or one of them no code) and are not named by the same words ("he criticised
    the verdict" ... "France and Germany said they were concerned"): two acts, since a wrong merge is worse than
    a duplicate."""
    if earlier.type not in lex.types.verbal or not later.source:
        return False
    if _codes(earlier.source) and _codes(later.source):
        return False  # _compatible_actors compares them
    said = {(a.text or "").lower() for a in earlier.source}
    return not said & {(a.text or "").lower() for a in later.source}


def _told_anew(earlier: Event, later: Event, doc: Doc) -> bool:
    """ "jihadists ambushed a convoy on Saturday", "JNIM fighters had attacked an army post": a verb in another
    sentence whose own subject names who did it tells an act of its own, unless the act told before names that
    doer too (a wrong merge is worse than a duplicate; only a noun such as "the attack" points back)."""
    doers = _codes(later.source)
    if not doers or later.notes.get(ANAPHORIC):  # (asked first: it spares most pairs the parse look-ups)
        return False
    tok, first = _token(doc, later), _token(doc, earlier)
    if tok is None or first is None or tok.pos_ != "VERB":
        return False
    if sent_of(tok).start == sent_of(first).start or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return not (doers & _codes(earlier.source) and _same_camp(earlier.source, later.source))


_STATE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_IRREGULAR = frozenset({"REB", "UAF"})


def _camp(actor: Actor) -> tuple[str | None, frozenset[str] | None]:
    """An actor's code and the camp of its country it is in: the state's forces and offices are one camp,
    rebels and unidentified gunmen of no name another, each other sector its own; no sector: any camp."""
    sector = actor.sector
    if sector is None:
        return (actor.org or actor.country, None)
    if sector in _STATE:
        return (actor.org or actor.country, _STATE)
    if sector in _IRREGULAR and actor.org is None:
        return (actor.country, _IRREGULAR)
    return (actor.org or actor.country, frozenset({sector}))


def _same_camp(earlier: list[Actor], later: list[Actor]) -> bool:
    """ "the air force had struck ..." and then "Fano fighters attacked a military camp": doers of one
    country but of two camps (the state and the rebels fighting it) are two doers, two acts."""
    first = [_camp(a) for a in earlier if a.org or a.country]
    second = [_camp(a) for a in later if a.org or a.country]
    return any(c1 == c2 and (s1 == s2 or s1 is None or s2 is None) for c1, s1 in first for c2, s2 in second)


def _denied_version(ev: Event, result: list[Event]) -> bool:
    """ "The army said ELN fighters attacked a base ... The ELN denied carrying out the attack": a party's denial of
    an act told before as done is its own event, negated (gold-format.md), never folded into the act, whose status
    it would lose or (folded the other way) take. A toll of none ("no one was hurt") still belongs to its act."""
    if ev.status != "negated" or ev.notes.get(CASUALTY_TRIGGER) or 0 in (ev.fatalities, ev.injured):
        return False  # ("no one was hurt": the toll of the act told before)
    return any(k.type == ev.type and k.status in _FACTUAL for k in result)


def _lend_denied_sides(ev: Event, result: list[Event]) -> None:
    """ "The army said it had repelled an attack on Quiterajo, but residents said no fighting had taken place there",
    "no exchange of fire was reported": fighting denied without naming its sides is fighting between the sides of
    the latest act of its type told as done."""
    if ev.status != "negated" or MUTUAL not in ev.notes or _codes(ev.source) or _codes(ev.target):
        return
    denied = next((k for k in reversed(result) if k.type == ev.type and k.status in _FACTUAL), None)
    if denied is not None:
        ev.source = [replace(a) for a in _union(denied.source, denied.target)]
        ev.notes["source"] = "the sides of the act told before that it denies"


def _told_apart(ev: Event, doc: Doc, lex: Lexicon) -> bool:
    """ "In a separate incident, gunmen shot at a worker": the writer says the sentence tells another act than
    those told before, so it folds into none of them (a wrong merge is worse than a duplicate)."""
    tok = _token(doc, ev)
    if tok is None:
        return False
    text = sent_of(tok).text.lower()
    opening = text[next((i for i, ch in enumerate(text) if ch.isalnum()), len(text)) :]
    return any(opening.startswith(o) and not opening[len(o) : len(o) + 1].isalpha()
               for o in lex.words.separate_openers) or _further_act(ev, tok, lex)


def _further_act(ev: Event, tok: Token, lex: Lexicon) -> bool:
    """ "The court also banned the party's executives", "three other officers were jailed for life": a verb told as a
    further act of its kind (words.yaml `further_marks` on the verb, or on its subject or object) is not the act
    told before; acts of force are left out, whose tolls are told so ("the strike also killed two children")."""
    if ev.type in lex.types.violent or tok.pos_ != "VERB":
        return False
    marks = lex.words.further_marks
    # ("Algeria also decided to close its airspace": the mark may hang on the verb that decides or plans the act)
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    if any(c.dep_ == "advmod" and c.lower_ in marks for v in verbs for c in v.children):
        return True
    parties = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(g.dep_ == "amod" and g.lower_ in marks for p in parties for g in p.children)


def _heading_line(ev: Event, text: str, sentence_ends: frozenset[str]) -> bool:
    """The act is named on a line of its own that ends with no sentence mark and has lines below it: a heading
    ("Statement attributable to the Spokesperson ... on the attack on a humanitarian convoy in Gaza") or a lead-in
    ("Here are the main developments in the Russia-Ukraine war on Saturday:")."""
    start = text.rfind("\n", 0, ev.evidence.start) + 1
    end = text.find("\n", ev.evidence.start)
    if end < 0 or not text[end:].strip():
        return False  # a text of one line, or the last line: no body below it
    line = text[start:end].strip()
    return bool(line) and (line[-1] not in sentence_ends or line.endswith(":"))


def _body_tells(events: list[Event], doc: Doc, lex: Lexicon, published: date | None) -> list[Event]:
    """An act a heading names is told by the body below it, when the body tells an act of its type: the heading
    adds no event of its own. A news headline's act is still first told there: the body's event, which knows its
    day, place and speaker, keeps the headline to lead with (one event, where it was first told); a headline's act
    the body does not tell is no event, as for any title line. A body act dated apart from the headline's (history
    told below an undated headline, or any dated act when there is no publication date) tells another act."""
    text = text_of(doc)
    headline = headline_line(doc, lex.words)
    heads = {id(ev) for ev in events if _heading_line(ev, text, lex.words.sentence_ends)}
    kept: list[Event] = []
    for ev in events:
        if id(ev) not in heads:  # (most acts: no need to look for the body's telling of them)
            kept.append(ev)
            continue
        body = sorted((o for o in events if o.type == ev.type and id(o) not in heads
                       and o.evidence.start > ev.evidence.start), key=lambda o: o.evidence.start)
        in_headline = headline is not None and headline[0] <= ev.evidence.start < headline[1]
        if not body and not in_headline:
            kept.append(ev)
            continue
        told = _first_telling(ev, [o for o in body if _headline_agrees(ev, o) and HEADLINE not in o.notes
                                   and _compatible_dates(ev, o, published)])
        if in_headline and told is not None and ev.trigger is not None and not _embedded(ev, events, doc, lex):
            told.notes[HEADLINE] = ",".join(str(i) for i in (ev.evidence.start, ev.evidence.end,
                                                             ev.trigger.start, ev.trigger.end))
            if not _codes(told.source) | _codes(told.target):  # "Two communities clash ..." names who the body
                absorb(told, ev, union_actors=False)          # leaves unnamed ("... when youths fought")
    return kept


def _first_telling(head: Event, body: list[Event]) -> Event | None:
    """The body's first sentence that tells an act of the headline's type tells the headline's act; of two acts of
    that type there ("nine were killed and houses set ablaze when youths fought"), the one of the headline's mode."""
    if not body:
        return None
    first = [o for o in body if o.evidence.start == body[0].evidence.start]
    return next((o for o in first if o.mode == head.mode), first[0])


def _embedded(ev: Event, events: list[Event], doc: Doc, lex: Lexicon) -> bool:
    """ "Mayoral bet accuses rival of plotting ambush": an act told inside another act of its sentence is what
    that act is about, not a telling of its own ("Pakistan says it shot down a drone; India denies losing
    aircraft": the denial beyond the semicolon, on which the parser may hang the claim, holds none of it)."""
    tok = _token(doc, ev)
    return tok is not None and any(
        (up := _token(doc, o)) is not None and _ancestor_of(up, tok) and not _beyond_break(tok, up, lex)
        for o in events if o is not ev)


def _beyond_break(tok: Token, up: Token, lex: Lexicon) -> bool:
    """The path from a token up to its ancestor crosses a clause break (words.yaml `clause_breaks`)."""
    cur = tok
    while cur.i != up.i and cur.head.i != cur.i:
        if across_break(cur, cur.head, lex.words):
            return True
        cur = cur.head
    return False


def _headline_agrees(head: Event, body: Event) -> bool:
    """A headline's parties, when both name any, are among the body's: headlinese drops articles and auxiliaries
    ("Two villagers detained near the line"), so its roles are not compared, only who is named."""
    named, told = _codes(head.source) | _codes(head.target), _codes(body.source) | _codes(body.target)
    return not named or not told or bool(named & told)


def lead_with_headline(events: list[Event], text: str) -> None:
    """An act first told by the report's headline has the headline as its evidence and trigger; the body's
    sentence, which gave its fields, becomes its first further mention."""
    for ev in events:
        if not (marked := ev.notes.pop(HEADLINE, None)):
            continue
        start, end, t_start, t_end = (int(i) for i in marked.split(","))
        ev.mentions = [ev.evidence, *(m for m in ev.mentions if m.start != start)]
        ev.evidence = Span(text[start:end], start, end)
        ev.trigger = Span(text[t_start:t_end], t_start, t_end)


def fold_mentions(events: list[Event], doc: Doc, lex: Lexicon, published: date | None = None) -> list[Event]:
    folded: list[Event] = []
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        tok = _token(doc, ev)
        by_sentence.setdefault(sent_of(tok).start if tok is not None else -1, []).append(ev)
    for group in by_sentence.values():
        folded.extend(_fold_sentence(group, doc, lex))
    # a purpose lends the act it is for what it knows ("fired tear gas to disperse the crowd": whom) and goes
    folded = [ev for ev in folded if not ev.notes.get(PURPOSE)]
    folded = _body_tells(folded, doc, lex, published)
    result: list[Event] = []
    claimed: dict[int, Event] = {}  # sentence -> the act a claim of responsibility in it owns
    # each item of a round-up of several countries is a report of its own: its acts are not those of the others
    items: dict[int, list[Event]] = {}
    for ev in sorted(folded, key=lambda e: e.evidence.start):
        pool = items.setdefault(doc._.actors.item_of(ev.evidence.start), [])
        if _told_apart(ev, doc, lex) or _denied_version(ev, pool):
            _lend_denied_sides(ev, pool)
            result.append(ev)
            pool.append(ev)
            continue
        hit = _things_hit(ev, doc, lex)
        same_type = [k for k in pool if k.type == ev.type and not _kept_apart(k, ev)
                     and not _said_again(k, ev, doc, lex) and not _told_anew(k, ev, doc)
                     and not _other_speaker(k, ev, lex) and not _hit_elsewhere(hit, k, doc)]
        # an actorless mention ("the ceasefire") can only point back to the latest one of its kind
        match = _named_alike(ev, pool, doc, published) or next(
            (k for k in same_type if _same_act(k, ev, published) and _compatible_actors(k, ev, False)), None
        )
        if match is None:
            match = next((k for k in reversed(same_type) if _same_act(k, ev, published)), None)
        if match is None and same_type and _refers_back(ev):
            match = same_type[-1]
            ev.status, ev.claimed_by = match.status, match.claimed_by  # a reference adds no claim of its own
        if _claims_responsibility(ev) and same_type:
            match = match or same_type[-1]
            if ev.notes.get(CLAIM_DATED):
                ev.date = None  # the act keeps its own day
            _name_the_doer(match, ev, lex)
            ev.status, ev.claimed_by = match.status, match.claimed_by
            claimed[ev.evidence.start] = match
        if ev.notes.get(CLAIMANT_TELLS) and (owned := _claimed_act(ev, pool) or claimed.get(ev.evidence.start)):
            # the claimant's own telling of the act it owns: its figure stays its own word, the act keeps the first
            _name_the_doer(owned, ev, lex)
            absorb(owned, ev, union_actors=False)
            continue
        if match is None:
            # the riot's own word said again is surer than an act of the mention's type that shares a party
            match = _riot_told_again(ev, pool, doc, lex, published) or _told_again(
                ev, [k for k in pool if not _hit_elsewhere(hit, k, doc)], published)
        if match is None and (version := _doers_telling(ev, pool, published, lex)) is not None:
            if ev.status != "negated":  # (a denial of the act adds nothing to it: the denier's REJECT says it)
                teller = version.claimed_by  # the act keeps its teller (none when the writer tells it)
                absorb(version, ev, union_actors=False)  # whom the doer says it hit is its word, not the act's target
                version.claimed_by = teller
            continue
        if match is None:
            match = _began_it(ev, pool, doc, lex, published) or _how_it_began(ev, pool, doc, lex, published)
        if match is None and _bare_toll(ev):
            match = next((k for k in reversed(pool) if _kinds(k) & lex.types.toll_carriers
                          and _near_telling(k, ev, doc) and _same_claimant(k, ev)
                          and not _elsewhere(k, ev)), None) \
                or _sole_carrier(ev, pool, lex, published) or _latest_carrier(ev, pool, doc, lex, published)
        if match is None and ev.notes.get(TOLL_ONLY):
            continue  # a toll with no act of the report to belong to tells no act
        if match is None and _reacted_to_told(ev, pool, published):
            continue  # one of the acts told before, which one unsure: no merge, and no act of its own either
        if match is not None:
            # a toll someone gives adds no claimant to an act the writer tells in its own voice
            # (nor does a speaker who merely tells the act again: "Survivors said Monday's attack lasted hours")
            voiced = match.status == "occurred" and match.claimed_by is None and (
                _bare_toll(ev) or (ev.fatalities, ev.injured) == (None, None))
            # a claim of responsibility names only doers the act had none of (_name_the_doer)
            if _defended(match, ev) and not _same_side(match, ev):
                ev.source, ev.target = [], []  # the defenders are the act's target already, never its doers
            # (an exchange told again in its steps, "the two sides exchanged views", keeps who hosted whom)
            absorb(match, ev, union_actors=not _claims_responsibility(ev) and not _caught_in_fight(match, ev)
                   and not (_kinds(ev) & lex.types.told_in_steps and _same_parties(match, ev)))
            match.claimed_by = None if voiced else match.claimed_by
        else:
            result.append(ev)
            pool.append(ev)
    _share_dates(result, published, doc, lex)
    for ev in result:
        for flag in _INTERNAL:
            ev.notes.pop(flag, None)
        if MUTUAL in ev.notes:  # fighting: every side is both source and target
            ev.source = _union(ev.source, ev.target)
            # "its soldiers were fighting in Goma": one side named, the other unknown (not itself)
            ev.target = list(ev.source) if len({a.key() for a in ev.source}) > 1 else []
    return result
