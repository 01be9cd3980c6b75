"""How the acts of one sentence bear on each other: content, claims, presuppositions and adoptions.

Each trigger above another may change what the lower one is: the content of a request, threat, refusal
or agreement is no event but that speech act's content ("urged them to stop fighting", "agreed to
withdraw"), an accusation owns the act it accuses ("accused X of shelling"), an act that is the topic of
another is told as given ("will discuss the recent clashes"), and an act agreed to by name stands for
the agreement ("agreed to a ceasefire"). What each trigger does is its sense's `embed` in triggers.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.events.lexicon import Lexicon, Words
from flashpoint.events.status import Frame, across_break, counterfactual, told_occasion
from flashpoint.events.triggers import Trigger, coordinate_head, misparsed_relative, noun_coordinate, speech_makers

Others = dict[int, Trigger]  # every trigger of the report by token index

_CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}
_CLAUSE_DEPS = {"xcomp", "ccomp"}
_CLAIM_PATH = {"pcomp", "prep", "pobj", "ccomp", "xcomp", "conj", "dobj"}
_PARTICIPLES = {"VBN", "VBD"}  # the small model tags some reduced relatives' participles as past tense
_OWN_SUBJECTS = {"nsubj", "nsubjpass"}
_SIDE_ENTS = {"NORP", "GPE", "ORG"}  # "Russian artillery fire": a side named
_CROWD_TAGS = {"NNS", "NNPS", "CD"}  # "Residents", "Thousands": many people, not one body
_SPECIFIC_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}
def embedding_parent(trig: Trigger, others: Others, lex: Lexicon, made_too: bool = False) -> Trigger | None:
    """The request, refusal, threat or agreement whose content this trigger is ("urged them to stop
    fighting", "agreed to withdraw"), or None. `made_too`: also above a speech act whose maker is named."""
    if trig.is_noun and trig.light_verb is None and told_done(trig.token, lex):
        return None  # "rejected a Swiss peace summit held last weekend": the summit happened
    if not made_too and trig.is_noun and trig.light_verb is None and trig.sense.embed in {"subsume", "adopt"} \
            and speech_makers(trig.token, lex.words):
        # "rejected an offer of talks from the minister", "an offer made by religious leaders last week": a maker
        # named by a preposition tells the offer as made, an act of its own ("rejected the bloc's demand to
        # reinstate him" only names what is refused: tests/data/gold g029, g053)
        return None
    cur = noun_coordinate(trig.anchor) or trig.anchor  # "demanding justice and the arrest of ...", misjoined
    while cur.head.i != cur.i:
        if (joined := coordinate_head(cur)).i != cur.head.i:
            cur = joined  # a conjunct of the verb above: content only if that verb is
            continue
        if told_occasion(cur, lex.words) or (cur.dep_ == "prep" and cur.lower_ in lex.words.content_occasion_preps):
            return None  # "urged calm after a gunfight left two dead": the gunfight is told, not asked for
        parent = others.get(cur.head.i)
        if parent is not None and cur.dep_ == "prep" and cur.lower_ in lex.words.speech_frame_preps:
            return None  # "urged firms to invest during a visit to Beijing": the visit is where it was said
        embeds = parent is not None and parent.sense.embed in {"subsume", "negate", "adopt"}
        # "offered on Wednesday to hand over the bodies": a to-infinitive the parser hangs as an adverbial
        # "a threat to cut gas supplies", "a demand to release them": a noun's infinitive is what it is about
        infinitive = cur.dep_ in {"advcl", "acl"} and any(c.dep_ == "aux" and c.lower_ in lex.words.infinitive_marks
                                                          for c in cur.children)  # fmt: skip
        if embeds and (cur.dep_ in _CONTENT_DEPS or infinitive):
            assert parent is not None
            # "agreed to a truce" adopts a noun as the agreement itself (adopted); only a clause is content
            clause_only = parent.type in lex.types.clause_only_embedders or parent.sense.embed == "adopt"
            # "backed the call for talks" keeps the call: SUPPORT embeds only a clause
            return parent if not clause_only or cur.dep_ in _CLAUSE_DEPS or infinitive else None
        if cur.dep_ in {"relcl", "nsubj", "nsubjpass"} or (reduced_relative(cur) and _specific(cur)):
            return None  # "rejected the peace deal signed in Pretoria": the signing is no content of the refusal
        cur = cur.head
    return None


def reduced_relative(tok: Token) -> bool:
    """ "the peace deal signed in Pretoria", "drones launched by Russia": a past participle after a noun."""
    return tok.dep_ == "acl" and tok.tag_ in _PARTICIPLES


def _specific(participle: Token) -> bool:
    """The participle names who did it, when or where ("signed in Pretoria in 2022", "launched by Russia"): one
    act, not a kind of people ("free all those detained for peaceful criticism")."""
    return any(c.dep_ == "agent" for c in participle.children) or any(
        t.ent_type_ in _SPECIFIC_ENTS for t in participle.subtree if t.i != participle.i)


def told_done(tok: Token, lex: Lexicon) -> bool:
    """ "a summit held last weekend", "the deal signed in 2022": a noun act whose reduced relative tells it as
    done ("a summit planned for next year", "the deal proposed by Egypt" do not)."""
    w = lex.words
    return any(reduced_relative(c) and _specific(c) and c.lemma_.lower() not in w.governing_verbs()
               and not any(g.dep_ in {"aux", "auxpass"} and g.lower_ in w.infinitive_marks for g in c.children)
               for c in tok.children)  # fmt: skip


def purpose_only(trig: Trigger, lex: Lexicon, others: Others) -> bool:
    """ "marched to demand the president's resignation", "began a hunger strike to protest their detention",
    "deployed troops to secure the border", "met in Doha to discuss a truce": an act named as what another act
    was for is not told as done and is no event of its own (PLOVER: the topic of a protest is not coded
    separately; docs/gold-format.md); the act it is for may take its target from it."""
    w = lex.words
    verb = trig.anchor
    # "to lift the siege and allow aid convoys in" (a tensed verb the parse joins to an infinitive, "acted to stop
    # the mission and accused Manila", is joined to the verb above it: coordinate_head)
    while verb.dep_ == "conj" and verb.tag_ == "VB" and not any(c.dep_ in _OWN_SUBJECTS for c in verb.children):
        verb = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or not any(
            c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in w.result_marks for c in verb.children):
        return False  # "advanced on Goma, only to be repelled": what came of it
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() in w.governing_verbs():
        return False
    # "gathered outside parliament to protest", "took to the streets to demand": where the verb above names no
    # act, what it was for is the act told
    if head.i not in others and not any(t.light_verb is not None and t.light_verb.i == head.i
                                        for t in others.values()):
        return False
    if head.lemma_.lower() in w.travel_verbs and trig.type in lex.types.visits:
        return False  # "travelled to Moscow to meet Putin": the trip is the visit
    # after an object the infinitive is what the act was for ("used tear gas to disperse them"); without one an
    # xcomp may be one verb group with its head, but never with a protest ("protested to demand the release of")
    above = others.get(head.i)
    marched = above is not None and above.type in lex.types.protest
    return verb.dep_ == "advcl" or marched or any(c.dep_ == "dobj" for c in head.children)


def protest_cry(trig: Trigger, lex: Lexicon, others: Others) -> bool:
    """ "marched through the city, demanding that the authorities step up searches", "staged a sit-in demanding
    the reopening of the crossing", "protested outside the embassies, accusing them of silence": what a crowd
    says as it protests, a participle beside the protest's verb, is the protest's purpose (PLOVER: the topic of a
    protest is not coded separately), not a statement of its own. A delegation that walks out of talks, "accusing
    Kabul of ...", still makes its accusation."""
    if trig.is_noun or trig.type not in lex.types.protest_cries or trig.anchor.tag_ != "VBG":
        return False
    verb = trig.anchor
    if any(c.dep_ in _OWN_SUBJECTS for c in verb.children):
        return False
    # "to protest the abductions, burning tyres and demanding the removal of ...": a participle joined to another
    while verb.dep_ == "conj" and not any(c.dep_ in _OWN_SUBJECTS for c in verb.children):
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        # "hundreds of students protested outside ..., accusing ...", parsed with both participles on "hundreds"
        return any(_crowd_protest(c, lex, others) for c in verb.head.children if c.dep_ == "acl" and c.i < verb.i)
    if verb.dep_ not in {"advcl", "xcomp"}:
        return False
    # the protest is the verb above, or the one a purpose infinitive hangs on ("blocked the road to protest ...")
    return any(_crowd_protest(head, lex, others) for head in (verb.head, verb.head.head))


def _crowd_protest(verb: Token, lex: Lexicon, others: Others) -> bool:
    """A protest told by this verb (or by the noun it governs, "staged a sit-in") whose doers are a crowd: a
    plural or a number ("Traders and transporters", "Thousands of residents")."""
    protest = others.get(verb.i) or next((t for t in others.values() if t.light_verb is not None
                                          and t.light_verb.i == verb.i), None)
    if protest is not None and protest.type in lex.types.crowd_violence and not protest.is_noun:
        return _crowd_subject(verb, lex)  # a crowd's stoning or storming is its riot (rewrites.yaml protesters-riot)
    if protest is None or protest.type not in lex.types.protest:
        return False
    if protest.is_noun and protest.token.tag_ in _CROWD_TAGS:
        return True  # "led weeks of street protests ..., demanding": many protests are a crowd's, whoever led them
    subjects = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.tag_ in _CROWD_TAGS for c in subjects)


def _crowd_subject(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject is a crowd of people ("Angry crowds", "Hundreds of students"; not "Dozens of gunmen")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in _CROWD_TAGS):
        members = [g for p in subject.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if subject.lemma_.lower() in lex.words.crowd_heads and all(
                m.lemma_.lower() in lex.words.crowd_heads for m in members):
            return True
    return False


def consequence(trig: Trigger, lex: Lexicon, others: Others) -> bool:
    """What an act did is no act of its own: "The stoppage halted flights at Lagos airport" (a deed whose subject
    names an act of another type), "drones struck energy facilities, cutting power to 400,000 households" (a
    participle of an attack that cuts a service; "the government cut mobile data" is an act)."""
    if trig.is_noun:
        return False
    verb, w = trig.anchor, lex.words
    # (a judgement of an act is a speaker's statement: "the charges are baseless")
    deed = trig.type not in lex.types.verbal
    for subject in (c for c in verb.children if deed and c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        senses = lex.nouns.get(subject.lemma_.lower(), ())
        if senses and all(sense.type not in (None, trig.type) for sense in senses) and not _acts_for_doer(subject, w):
            return True
    above = others.get(verb.head.i)
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or above is None or above.type not in lex.types.violent:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in w.utilities for c in verb.children)


def _acts_for_doer(noun: Token, w: Words) -> bool:
    """A noun that stands for who acts through it: a gathering ("the summit lifted the suspension"), a weapon or
    fire of a named side ("Russian artillery fire hit a district")."""
    if noun.ent_type_ or noun.lemma_.lower() in w.meetings or noun.lemma_.lower() in w.weapons:
        return True
    return any(c.ent_type_ in _SIDE_ENTS for c in noun.subtree if c.i != noun.i)


def subsumed(trig: Trigger, frame: Frame, others: Others, lex: Lexicon) -> bool:
    """Content of a request, refusal, threat or agreement is not an event of its own, nor is a known act
    that another one ends ("lifted the curfew", "eased the blockade")."""
    by = frame.subsumed_by
    commanded = by is not None and by.lemma_.lower() in lex.words.command_verbs and trig.type in lex.types.commanded
    return (by is not None and not commanded) or embedding_parent(trig, others, lex) is not None \
        or _ended(trig, others)


def _ended(trig: Trigger, others: Others) -> bool:
    tok = trig.token
    parent = others.get(tok.head.i)
    return trig.is_noun and tok.dep_ in {"dobj", "nsubjpass"} and parent is not None and parent.sense.embed == "end"


def claimant_trigger(trig: Trigger, others: Others, w: Words) -> Trigger | None:
    """An accusation above the trigger ("accused X of shelling") owns it as a claim; a noun that
    is only the object of the accused act ("of violating the truce") is told as given. A denial beyond a
    semicolon ("Pakistan says it shot down a drone; India denies ...") owns nothing of the other half."""
    cur = trig.token
    while cur.head.i != cur.i and cur.dep_ in _CLAIM_PATH and not across_break(cur, cur.head, w):
        parent = others.get(cur.head.i)
        if parent is not None and parent.sense.embed == "claim" and parent.token.i != trig.token.i:
            return parent
        cur = cur.head
        if trig.is_noun and cur.pos_ == "VERB" and cur.i != (trig.light_verb.i if trig.light_verb else -1):
            return None
    return None


def presupposed(trig: Trigger, others: Others, lex: Lexicon) -> bool:
    """A noun that is the topic of another act ("will discuss the recent clashes") is told as given,
    not as part of what the speaker claims."""
    if not trig.is_noun or trig.light_verb is not None:
        return False
    tok = trig.token
    if tok.dep_ in {"nsubj", "attr"} and tok.head.lemma_ in lex.words.copulas:
        return True  # "the clashes were the worst this year": a judgement about a known act
    cur: Token = tok
    while cur.head.i != cur.i:
        cur = cur.head
        parent = others.get(cur.i)
        if parent is not None and not parent.sense.casualty:
            return parent.type != trig.type or parent.is_noun
        if cur.pos_ == "VERB" and cur.dep_ in {"ccomp", "ROOT"}:
            return False
    return False


def adopted(trig: Trigger, others: Others, lex: Lexicon) -> bool:
    """ "agreed to a ceasefire": the agreed act, named by a noun, stands for the agreement (what is agreed
    to in a clause, "agreed to withdraw", is the agreement's content instead)."""
    if _told_by_participle(trig, others):
        return True
    if trig.sense.embed != "adopt":
        return False
    return any(c.dep_ == "prep" and c.lower_ in lex.words.adopt_preps and any(g.i in others for g in c.children)
               for c in trig.token.children)  # fmt: skip


def _told_by_participle(trig: Trigger, others: Others) -> bool:
    """ "a ceasefire agreed in May", "the truce signed in Doha": the participle that tells the noun's act as
    agreed carries it (with the participle's date); the noun is not a second act."""
    if not trig.is_noun:
        return False
    tok = trig.token
    participles = [c for c in tok.children if c.dep_ == "acl" and c.tag_ in _PARTICIPLES]
    if tok.i + 1 < len(tok.doc) and misparsed_relative(tok.doc[tok.i + 1]) is tok:
        participles.append(tok.doc[tok.i + 1])  # hung by the parser on the verb above
    return any((other := others.get(p.i)) is not None and other.type == trig.type and other.token.i != tok.i
               for p in participles)


def only_named(trig: Trigger, lex: Lexicon) -> bool:
    """ "an end to hostilities", "the cessation of fighting", "any attempt to take power by force": the act is
    named as what should end or what anyone might attempt, not told as an act."""
    tok = trig.token
    head = tok.head
    words = lex.words
    if tok.dep_ == "pobj" and head.lower_ in words.ending_preps and (
            head.head.lemma_.lower() in words.ending_nouns or _ending_object_before(head, words)):
        return True
    if trig.is_noun and _breached(tok, words):
        return True  # "accused each other of violating a ceasefire": the truce is known, not told anew
    if trig.is_noun and tok.dep_ == "nsubj" and head.lemma_.lower() in words.trend_verbs \
            and tok.lemma_.lower() not in words.toll_nouns:  # ("the death toll rose to 12": a toll told again)
        return True  # "murders fell by 15 percent last year": a statistic, not an act

    anchor = trig.anchor
    intent = anchor.head if anchor.dep_ in {"acl", "xcomp"} else None
    return intent is not None and intent.lemma_.lower() in lex.words.intent_nouns and any(
        c.dep_ == "det" and c.lower_ in lex.words.generic_determiners for c in intent.children)


def tallied(trig: Trigger, lex: Lexicon) -> bool:
    """ "More than 1,200 people have been killed in the state since then", "hundreds of security personnel killed
    in attacks last year alone": an estimated count of victims over a stretch of time, with no doer named, is a
    statistic, not an act. A doer makes it the doer's act ("the ADF has killed thousands of civilians over the past
    decade", "were arrested by the navy last year"), and so does a determiner ("killed in an attack last year")."""
    tok, w = trig.token, lex.words
    if trig.is_noun and any(c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ in w.maker_preps)
                            for c in tok.children):
        return False  # "killed in an attack last year", "died in attacks by the militants since January"
    while trig.is_noun and tok.dep_ == "conj" and tok.head.pos_ == "NOUN":  # "in Israeli raids and settler attacks"
        tok = tok.head
    verb = tok.head.head if trig.is_noun and tok.dep_ == "pobj" and tok.head.dep_ == "prep" else trig.anchor
    doers = (verb, coordinate_head(verb)) if verb.dep_ == "conj" else (verb,)  # "imposed a curfew and detained"
    # "460 inmates have died in massacres", "with 500 people killed in attacks": the subject of a verb of dying
    # or being killed, with no object of its own, is a victim counted, no doer ("have killed 500 people": a doer);
    # "The war has killed more than 1,800 people since 2024": a war named as the killer is no doer
    victims = verb.lemma_.lower() in w.victim_verbs and not any(c.dep_ == "dobj" for c in verb.children)
    if not victims and any(c.dep_ in {"nsubj", "agent"} and not _a_war(c, lex) for v in doers for c in v.children):
        return False
    counted = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} or (victims and c.dep_ == "nsubj")]
    counted += [verb.head] if verb.dep_ == "acl" else []  # "hundreds of personnel killed in attacks"
    counted += [c.head.head for c in counted if c.dep_ == "pobj" and c.head.lower_ in w.of_preps]
    return any(_estimated(c, w) for c in counted) and (_over_a_stretch(verb, w) or _stretch_above(verb, w))


_NONFINITE = frozenset({"VBN", "VBG"})


def _stretch_above(verb: Token, w: Words) -> bool:
    """ "has seen a surge in violence this year, with more than 500 people killed in attacks": a participle's
    stretch of time may hang on the clause it trails, or on that clause's object."""
    if verb.tag_ not in _NONFINITE or verb.dep_ not in {"pcomp", "acl", "advcl"}:
        return False
    head = verb.head.head if verb.head.dep_ == "prep" else verb.head
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    return _over_a_stretch(head, w) or any(_over_a_stretch(o, w) for o in head.children if o.dep_ == "dobj")


def _a_war(tok: Token, lex: Lexicon) -> bool:
    return tok.dep_ == "nsubj" and any(s.background for s in lex.nouns.get(tok.lemma_.lower(), ()))


def repeated(trig: Trigger, lex: Lexicon, dated: bool) -> bool:
    """Acts told as a habit or as a class, not as one act: "the militants usually strike at shift changes" (a
    frequency word on a verb in the simple present with no date of its own), "such strikes have destroyed
    vessels", "have overrun at least five such outposts" (a class of deeds, in the plural). A perfect is a fact
    however often it happened ("has repeatedly denied targeting civilians", "have detained more than 1,000
    people since"), and a statement about such acts is made today ("Vietnam opposes such acts")."""
    w = lex.words
    tok = trig.token
    if trig.type in lex.types.verbal:
        return False
    if trig.is_noun:
        if _a_class(tok, w):
            return True
        return tok.dep_ in {"dobj", "nsubjpass"} and tok.head.pos_ == "VERB" and _habit(tok.head, w, dated)
    verb = trig.anchor
    args = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return _habit(verb, w, dated) or any(_a_class(a, w) for a in args) or _recurring_record(verb, w)


def _recurring_record(verb: Token, w: Words) -> bool:
    """ "relatives, who have gathered outside the court every month since 2019", "the union, which strikes every
    spring": a relative clause in the present or the perfect whose act recurs "every" so often says what an actor
    does, no act of the report (a past "who attacked the town every night last week" tells acts done)."""
    if verb.dep_ != "relcl" or not _relative_subject(verb, w):
        return False
    present = verb.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "aux" and c.lemma_.lower() in w.perfect_aux
                                                 and c.tag_ in {"VBP", "VBZ"} for c in verb.children)
    return present and any(c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in w.recurrence_marks
                                                         for d in c.children) for c in verb.children)


def _a_class(noun: Token, w: Words) -> bool:
    """ "such strikes", "five such outposts": a plural of a kind ("the third such attack" is the act told again)."""
    return noun.tag_ == "NNS" and any(
        c.dep_ in {"amod", "det", "predet"} and c.lower_ in w.class_determiners for c in noun.children)


def _habit(verb: Token, w: Words, dated: bool) -> bool:
    present = verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return present and not dated and any(c.dep_ == "advmod" and c.lower_ in w.frequency_adverbs
                                         for c in verb.children)


def a_record(trig: Trigger, lex: Lexicon) -> bool:
    """ "has carried out similar attacks on army convoys since 2023", "has held similar exercises every year since
    2019": acts named as many of a kind since a date are the doer's record, not an act of the day ("the capital saw
    similar fighting in May 2025" is dated and stays; "have expelled several foreign diplomats since 2022" and
    "have detained more than 1,000 people since the vote" count the victims of an act told: `tallied`)."""
    w = lex.words
    verb = trig.light_verb
    if not trig.is_noun or verb is None or trig.token.tag_ != "NNS":
        return False
    # "since 2019", "every year since 2019" (the preposition may hang on the frequency)
    spans = [verb] + [c for c in verb.children if c.dep_ == "npadvmod"]
    if not any(c.dep_ == "prep" and c.lower_ in w.stretch_preps for t in spans for c in t.children):
        return False
    return any(m.dep_ in {"amod", "det"} and m.lower_ in w.repetition_marks for m in trig.token.children)


def _estimated(noun: Token, w: Words) -> bool:
    """ "more than 1,200 people", "at least 60 refugees", "hundreds of ...": a count that is an estimate."""
    if noun.lower_ in w.multitudes:
        return True
    return any(n.dep_ == "nummod" and any(b.lower_ in w.count_bounds for b in n.subtree) for n in noun.children)


def _over_a_stretch(verb: Token, w: Words) -> bool:
    """ "since January", "over the same period", "this year", "in recent years", "in 2024": a stretch of time
    rather than a day."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in w.stretch_preps:
            return True
        spans = [c] + [g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj"]
        for n in spans:
            if n.lower_ in w.stretch_nouns and any(m.lower_ in w.stretch_marks for m in n.children):
                return True
            if n.dep_ == "pobj" and n.like_num and len(n.text) == 4 and not list(n.children):
                return True  # "in 2024"
    return False


def _breached(tok: Token, words: Words) -> bool:
    """ "violating a ceasefire", "violations of the truce", "broke the siege": what is violated or broken is an
    act told before, named here as what was breached ("violates the ceasefire signed in Doha in July" still
    tells the signing)."""
    head = tok.head
    if any(c.dep_ in {"acl", "relcl"} for c in tok.children):
        return False
    if tok.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in words.breaching_words:
        return True
    return tok.dep_ == "pobj" and head.lower_ in words.of_preps and head.head.lemma_.lower() in words.breaching_words


def _ending_object_before(prep: Token, words: Words) -> bool:
    """ "announced a halt to cross-border firing" parsed with "to" on the verb: the ending noun is the verb's
    object just before the preposition."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.head.i == prep.head.i and before.dep_ == "dobj" \
        and before.lemma_.lower() in words.ending_nouns


def in_condition(trig: Trigger, lex: Lexicon) -> bool:
    """ "could reimpose sanctions if Iran fails to cooperate", "would not resume until the soldiers were
    freed": an act named as the condition of another is no act told, whatever the main clause says (a
    relative clause inside it, "unless it eases tensions in the north, where it cut aid", tells a fact)."""
    w = lex.words
    if trig.is_noun and trig.light_verb is None and _premise(trig.token, w):
        return True
    cur = trig.anchor
    # (a reduced relative, "unless the government lists the fighters captured by Saudi forces", tells one too)
    while cur.head.i != cur.i and cur.dep_ != "relcl" and not (cur.dep_ == "acl" and cur.tag_ == "VBN"):
        if cur.dep_ == "advcl":
            marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
            if marks & w.conditional_marks:
                return True
            head = cur.head
            if marks & w.condition_limits and any(
                    c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children):
                return True
        cur = cur.head
    return False


def _premise(noun: Token, w: Words) -> bool:
    """ "warned Bogota that a similar raid would be a cause for war", "an armed attack on its ships would invoke the
    treaty", "attacks on civilians may amount to war crimes": an act named as the subject of what it would bring is
    a premise spoken of, no act told ("talks could resume next week" tells the talks; "a strike may have killed 20"
    tells the strike)."""
    # (told in a speaker's clause: "Any attack on NATO territory would trigger a response" alone stays the act, to come)
    if noun.dep_ != "nsubj" or noun.head.dep_ != "ccomp" or noun.head.lemma_.lower() in w.occurrence_verbs:
        return False
    auxes = [c for c in noun.head.children if c.dep_ == "aux"]
    return any(c.lower_ in w.premise_modals for c in auxes) and not any(
        c.lemma_.lower() in w.perfect_aux for c in auxes)


def topic_only(trig: Trigger, others: Others, lex: Lexicon) -> bool:
    """ "held talks on a truce and the release of hostages", "sanctioned two commanders over attacks on
    civilians", "suspended the broadcaster over its coverage of an attack": a noun act that is what another
    act is about, or what it punishes, is no act told (words.yaml `topic_preps`, types `topic_holders`)."""
    if not trig.is_noun or trig.light_verb is not None:
        return False
    w = lex.words
    cur = trig.token
    while cur.dep_ == "conj" and cur.head.i != cur.i:  # "a truce and the release of hostages"
        cur = cur.head
    while cur.dep_ == "pobj" and cur.head.lower_ in w.of_preps and cur.head.head.pos_ == "NOUN":
        cur = cur.head.head  # "its coverage of an attack": the attack is the coverage's topic
    if cur.dep_ != "pobj" or cur.head.lower_ not in w.topic_preps:
        return False
    parent = others.get(cur.head.head.i) or _act_above_nouns(cur.head.head, others)
    return parent is not None and parent.type != trig.type and parent.type in lex.types.topic_holders


def _act_above_nouns(noun: Token, others: Others) -> Trigger | None:
    """ "sanctions on two commanders and a brigade commander over attacks on civilians": the parser hangs the
    topic on a noun the act names; the act is the nearest act above it in the same noun phrase."""
    for above in noun.ancestors:
        if above.i in others:
            return others[above.i]
        if above.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _habitual(verb: Token) -> bool:
    """ "militants who attack Pakistani forces from Afghan soil", "the group, which controls the border": a
    relative clause in the simple present, with no date of its own, says what an actor does, not what it did
    (a statement in the present, "a charge he denies", is made today and stays)."""
    return verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def actor_record(trig: Trigger, lex: Lexicon, dated: bool = False) -> bool:
    """ "The ADF, which has pledged allegiance to Islamic State, ...", "Oman, which has long mediated between
    ...": a present perfect in a relative clause set off by a comma says who an actor is, not what happened
    (a dated past, "Niger's junta, which ousted Bazoum on July 26", an ongoing "has been fighting" and a
    perfect with a date of its own, `dated`: "which has fought the army since 2023", stay)."""
    verb = trig.anchor
    if dated or trig.is_noun:
        return False
    if _intent_in_relative(verb, lex.words) or _allegiance(verb, lex.words):
        return True
    if _habitual(verb) and _relative_subject(verb, lex.words):  # "the FDLR, which Kigali says threatens its border"
        return True
    if verb.dep_ != "relcl":
        return False
    if _habitual(verb) and trig.type not in lex.types.verbal:  # "a charge he denies" is said today
        return True
    if counterfactual(verb, lex.words) or _standing_passive(verb):
        return True
    if verb.tag_ != "VBN" or verb.left_edge.i == 0:
        return False
    aside = verb.doc[verb.left_edge.i - 1].is_punct
    perfect = [c for c in verb.children if c.dep_ == "aux"]
    return aside and len(perfect) == 1 and perfect[0].lemma_.lower() in lex.words.perfect_aux


def _intent_in_relative(verb: Token, w: Words) -> bool:
    """ "a cell of four, who were planning to target security patrols", "militants who plotted to bomb the fair": what
    a relative clause says an actor means to do is who the actor is, and not done; no act told (a promise so told,
    "the minister, who pledged to free them", a decision, "a jirga, which decided to send a delegation", or an attempt
    are acts of their own)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in w.relative_intent_verbs:
        return False
    clause = coordinate_head(head) if head.dep_ == "conj" else head  # "who were active ... and were planning to"
    return clause.dep_ == "relcl" and _relative_subject(clause, w)


def _allegiance(verb: Token, w: Words) -> bool:
    """ "the cell's members, who pledged allegiance to Daesh": whom a relative clause says an actor swore loyalty to
    says who it is, whatever the tense (docs/gold-format.md: "which has pledged allegiance to")."""
    return verb.dep_ == "relcl" and _relative_subject(verb, w) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.allegiances for c in verb.children)


def _relative_subject(verb: Token, w: Words) -> bool:
    """The verb's subject is a relative pronoun: the clause says what the noun it hangs on is or does."""
    return any(c.dep_ == "nsubj" and c.lower_ in w.relative_pronouns for c in verb.children)


def _standing_passive(verb: Token) -> bool:
    """ "Burundi, whose troops are deployed near Uvira", "prisoners who are held in Evin": a passive in the simple
    present says where an actor stands, not what was done ("villages that are being shelled" is going on)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in {"VBP", "VBZ"}


def ongoing(trig: Trigger, lex: Lexicon) -> bool:
    """Deeds told as going on, a state of the report's time rather than an act done in it: "police continue to
    shoot at protesters", "while drones are still killing our people", "its troops were still fighting",
    "militias, which are fighting the army" (words.yaml `persistence_verbs`, `persistence_adverbs`). A statement
    ("Baku continues to insist") is made today and stays; so do a past "continued to shell" and a promise "would
    keep targeting ships" (the tense tells them apart)."""
    if trig.is_noun or trig.type in lex.types.verbal:
        return False
    w = lex.words
    verb = trig.anchor
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.persistence_verbs and _in_present(verb.head, w):
        return True
    if verb.tag_ != "VBG" or not _progressive(verb, w):
        return False
    still = any(c.dep_ == "advmod" and c.lower_ in w.persistence_adverbs for c in verb.children)
    return still or (verb.dep_ == "relcl" and _in_present(verb, w))


def _progressive(verb: Token, w: Words) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() in w.progressive_aux for c in verb.children)


def _in_present(verb: Token, w: Words) -> bool:
    """A verb group in the present: "continue", "continues", "is continuing" (no modal, no past auxiliary)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes:
        return verb.tag_ in {"VBP", "VBZ"}
    return all(a.tag_ in {"VBP", "VBZ"} for a in auxes)


def named_by_years(trig: Trigger, lex: Lexicon) -> bool:
    """ "the 2020-2022 war in Tigray", "people killed in the 2022 fighting": a noun act named by its year or years
    is a past war the report recalls, not an act it tells; nor is a death "in" it (words.yaml `victim_preps`)."""
    if trig.is_noun:
        nouns = [trig.token]
    elif trig.sense.casualty:  # (a common noun: "in September 2022" dates the act)
        preps = [c for c in trig.anchor.children if c.dep_ == "prep" and c.lower_ in lex.words.victim_preps]
        nouns = [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    else:
        return False
    return any(c.dep_ in {"nummod", "amod", "compound"} and _a_year(c) for n in nouns for c in n.children)


def _a_year(tok: Token) -> bool:
    text = tok.text
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100
