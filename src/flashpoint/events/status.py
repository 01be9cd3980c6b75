"""Status of an event from the clause around its trigger: occurred, claimed, planned,
hypothetical or negated, and who makes the claim.

The rules walk up the dependency tree from the trigger. Modality (will, might, not,
"intend to", "if") travels only along the verb chain (xcomp, ccomp, conjuncts without their
own subject, a light verb's object); a claim travels up to the nearest verb of saying
wherever the trigger sits below it. The words are word classes of words.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from flashpoint.events.lexicon import Lexicon, Words
from flashpoint.events.triggers import speakers_conjunct
from flashpoint.model import Event
from flashpoint.nlp import sent_of

_CHAIN = {"xcomp", "ccomp", "advcl", "conj", "acomp", "pcomp", "csubj", "parataxis"}
_RANK = {"occurred": 0, "claimed": 1, "planned": 2, "hypothetical": 3, "negated": 4}


@dataclass
class Frame:
    """What the clauses above a trigger say about it."""

    status: str = "occurred"
    speaker: Token | None = None  # the subject of the verb of saying that carries the event
    subsumed_by: Token | None = None  # a request/refusal/threat whose content this is
    planned_by: Token | None = None
    planned_as_object: bool = False  # the act's noun is what `planned_by` plans ("preparing an offensive")
    future: bool = False  # a future or intention marker was seen, even if negation won
    conditional: bool = False  # an "if"/"unless" clause holds the act

    def raise_to(self, status: str, future: bool = True) -> None:
        if status == "planned" and future:
            self.future = True
        if _RANK[status] > _RANK[self.status]:
            self.status = status


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)


def _marker(c: Token, head: Token, speech_context: bool, w: Words) -> str | None:
    """The status one child word gives its head: "not", "will", "might", "if", "planned"."""
    low, dep = c.lower_, c.dep_
    # "would no longer cooperate": an adverb that is itself negated negates the verb
    lapsed = dep == "advmod" and low in w.lapsed and any(g.dep_ == "neg" for g in c.children)
    if dep == "neg" or (dep == "advmod" and low in w.never) or lapsed:
        # ("have not yet deployed" is not done either, as "has yet to deploy": docs/gold-format.md; told as still to
        # come it read as a promise, and a retreat not yet made came out as a concession made)
        return "negated"
    if dep == "det" and low in w.no and head.pos_ in {"NOUN", "PROPN"}:
        return "negated"
    if dep == "advmod" and low in w.near_miss and head.pos_ == "VERB" and head.lemma_.lower() not in w.victim_verbs:
        return "negated"  # "the soldiers nearly opened fire on the crowd": they did not
    if _at_no_time(c, w) or (dep == "aux" and any(_at_no_time(g, w) for g in c.children)):
        return "negated"  # "at no time did its soldiers attack", "in no way took part" (perhaps hung on "did")
    if dep == "det" and low in w.generic_determiners and head.pos_ == "NOUN":
        return "hypothetical"  # "any attack on NATO territory": no act in particular
    if dep == "aux" and (low in w.planned_aux or low in w.going):
        return "planned"
    if dep in {"aux", "auxpass"} and c.tag_ == "MD":
        if low in w.reported_future and speech_context:  # "said it would send troops": reported future
            return "planned"
        return "hypothetical" if low in w.hypothetical_aux else None
    if dep == "amod" and low in w.planned_modifiers:
        return "planned"
    if dep == "amod" and low in w.hypothetical_modifiers:
        return "hypothetical"
    if dep in {"nmod", "compound", "amod"} and _phrase_text(c) in w.hypothetical_modifiers:
        return "hypothetical"  # "a would-be coup" (the parser splits the word)
    if dep == "mark" and low in w.conditional_marks:
        return "hypothetical"
    if dep in {"mark", "prep"} and ends_phrase(c, w.condition_phrases):
        return "hypothetical"  # "in the event that the truce collapses"
    if dep == "prep" and any(g.dep_ == "pobj" and not list(g.children) and ends_phrase(g, w.condition_phrases)
                             for g in c.children):
        return "hypothetical"  # "in case they refuse to leave" (the parser hangs "in case" on the verb)
    if dep in {"mark", "prep"} and c.i > head.i - 3 and ends_phrase(c, w.alternative_phrases):
        return "negated"  # "rather than withdraw, the rebels dug in": the act not chosen
    if dep == "cc" and low in w.nor and _inverted(head):
        return "negated"  # "Nor did the rebels free any hostages"
    if dep == "preconj" and low in w.no and head.pos_ in {"VERB", "AUX"}:
        return "negated"  # "had neither accepted nor rejected the plan": the first of two acts denied
    if dep == "mark" and low in w.irrealis_marks and any(g.dep_ == "aux" and g.lower_ in w.infinitive_marks
                                                          for g in head.children):
        return "hypothetical"  # "for Israeli troops to withdraw": wanted, not done
    if dep == "advmod" and low in w.hedges:
        return "claimed"
    if dep == "aux" and c.tag_ == "TO" and (_headline_infinitive(head, w) or (
            head.dep_ == "xcomp" and head.head.lemma_.lower() in w.copulas)):
        return "planned"  # a headline's infinitive ("Russia to withdraw troops"), "the president is to visit"
    if dep == "aux" and c.tag_ == "TO" and head.dep_ in {"acl", "relcl", "ccomp"} and any(
            g.dep_ == "auxpass" for g in head.children):
        # "the new accord, to be negotiated in the spring": a passive infinitive that is no verb's complement (the
        # parser may give it the noun as subject) is still to come
        return "planned"
    return None


def _at_no_time(prep: Token, w: Words) -> bool:
    """ "at no time", "in no way", "under no circumstances": a phrase that negates the verb it stands on."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in w.never_nouns and any(
        d.dep_ == "det" and d.lower_ in w.no for d in o.children) for o in prep.children)


def _phrase_text(tok: Token) -> str:
    """The words a token heads, as written ("would-be")."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text.lower()


def ends_phrase(tok: Token, phrases: frozenset[str]) -> bool:
    """The words ending on `tok` make one of `phrases` ("rather than", "in the event of")."""
    doc = tok.doc
    for phrase in phrases:
        start = tok.i + 1 - len(phrase.split())
        if start >= 0 and " ".join(t.lower_ for t in doc[start : tok.i + 1]) == phrase:
            return True
    return False


def _inverted(verb: Token) -> bool:
    """ "did the rebels free": an auxiliary stands before the verb's subject."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and any(c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) for c in verb.children)


def _not_any(noun: Token, w: Words) -> bool:
    """ "not a single prisoner", "not one soldier": the "not" hangs on the noun or on its "one"."""
    words = [g for g in noun.children if g.lower_ in w.not_any]
    return bool(words) and any(n.dep_ == "neg" for g in [noun, *words] for n in g.children)


def _deliberated(cur: Token, prep: Token, w: Words, own: bool = False) -> bool:
    """ "will vote on sanctions", "a debate on expelling the envoy", "talks on disarming the militias", "voted
    against sending troops": the topic of a deliberation or of talks, or the act a vote is for or against, is not
    done by it (an act named with "the" is one told)."""
    head = prep.head
    if points_back(cur, w) or prep.lower_ not in w.topic_preps | w.stance_preps:
        return False
    # talks are about the act itself only ("talks on disarming the militias"), not about an act whose clause the
    # walk came up through ("talks on implementing the agreement initialled last year": that accord was made)
    talks = w.deliberation_nouns | w.meetings if own else w.deliberation_nouns
    if head.pos_ == "VERB":
        # "began talks in Nairobi on disarming the fighters": the parser may hang the topic on the verb that
        # holds the talks
        return head.lemma_.lower() in w.deliberation_verbs or (own and prep.lower_ in w.topic_preps and any(
            c.dep_ == "dobj" and c.lemma_.lower() in talks for c in head.children))
    return head.pos_ == "NOUN" and head.lemma_.lower() in talks and prep.lower_ in w.topic_preps


def _detached(cur: Token, dep: str, gov: Token, w: Words) -> bool:
    """What a noun of talk or pressure is about, hung by the parser on the noun's verb: "speculation grew about a
    withdrawal", "pressure mounted on the prime minister to resign"."""
    verb = gov.head if dep in {"pobj", "pcomp"} else gov
    subjects = [c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"]
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.supposition_preps:
        return any(s in w.supposition_nouns for s in subjects)
    infinitive = any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children)
    if dep != "advcl" or not infinitive:
        return False
    # "a proposal was made to expel the envoys": the passive subject of the verb the infinitive hangs on is the noun
    # it tells, as an active one is ("pressure mounted on him to resign")
    subjects += [c.lemma_.lower() for c in verb.children if c.dep_ == "nsubjpass"]
    # "ignored calls to release the president", "missed the deadline to release the hostages", "were in no position to
    # release them": the object (or the object of a preposition) just before the infinitive is the noun it tells
    noun = _noun_before(cur, verb)
    objects = [] if noun is None else [noun.lemma_.lower()]
    return any(s in w.pressures or _asking_noun(s, w) for s in subjects) or any(_asking_noun(o, w) for o in objects) \
        or _schemed(cur, verb, w)


def _noun_before(cur: Token, verb: Token) -> Token | None:
    """The noun that stands just before an infinitive the parser hangs on `verb`: the verb's object ("missed the
    deadline to release") or the object of one of its prepositions ("were in no position to release")."""
    if cur.left_edge.i == 0:
        return None
    noun = cur.doc[cur.left_edge.i - 1]
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i:
        return noun
    return None


def _unrealised(cur: Token, dep: str, gov: Token, close: bool, w: Words) -> str | None:
    """Words around an act (or around the verb that carries it) by which it is not told as done: "no history of
    rioting" (negated); "in no hurry to release the hostages", "the need for sending troops", "could be settled
    through talks", "are against imposing a ban", "a possibility of convoys being stopped and looted" (not done).
    `close`: `cur` is the act itself, the verb that carries it or a verb it is joined to."""
    if not close:
        return None
    head = _prep_head(gov)
    # (a word of talk or account has rules of its own: "made no mention of sanctions" tells of no sanctions either way)
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.of_preps and head.pos_ == "NOUN" and _says_no(head, w) \
            and head.lemma_.lower() not in w.supposition_nouns | w.report_nouns:
        return "negated"  # "the city has no history of rioting", "there was no repeat of the clashes"
    if dep in {"acl", "advcl", "relcl"} and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks
                                                for c in cur.children):
        noun = gov if dep != "advcl" else _noun_before(cur, gov)
        # the noun stands right before the infinitive ("no choice but to fire" tells a shot fired)
        # (not done, and no refusal: "is under no obligation to invite him" refuses nothing)
        if noun is not None and noun.pos_ == "NOUN" and noun.i == cur.left_edge.i - 1 and _says_no(noun, w):
            return "hypothetical"  # "the rebels were in no hurry to release the hostages"
        if noun is not None and noun.lemma_.lower() in w.duty_nouns | w.timing_nouns:
            return "hypothetical"  # "it was the government's responsibility to arrest them", "not the time to act"
    if dep == "xcomp" and gov.pos_ == "ADJ" and gov.lemma_.lower() in w.licence_adjectives:
        return "hypothetical"  # "if anyone objects, he is free to arrest us": leave, no act
    if dep == "xcomp" and gov.lemma_.lower() in w.obligation_verbs and gov.tag_ in {"VBP", "VBZ"} and any(
            c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children):
        return "hypothetical"  # "we have to arrest the culprits" (not "he had to fire the tear gas": he did)
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.warrant_preps and head.lemma_.lower() in w.warrant_nouns \
            and not points_back(cur, w):
        return "negated" if _says_no(head, w) else "hypothetical"  # "stressed the need for sending troops"
    # (nouns only: "tear gas was used in dispersing the crowd" is a use, not "no use in")
    if dep in {"pobj", "pcomp"} and (gov.lower_ in w.futility_preps and head.lemma_.lower() in w.futility_nouns
                                     and head.pos_ == "NOUN" or (gov.lower_ in w.warrant_preps
                                                                 and head.lemma_.lower() in w.availability_words)):
        return "hypothetical"  # "there is no point in organising rallies", "no units available for deployment"
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.warrant_preps and _says_no(head, w) \
            and head.lemma_.lower() in w.force_units | w.combatant_nouns:
        return "hypothetical"  # "there were no army columns for immediate deployment"
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.manner_preps | w.means_preps and head.pos_ in {"VERB", "AUX"} \
            and any(c.dep_ == "aux" and c.lower_ in w.hypothetical_aux for c in _modal_bearers(head, w)):
        return "hypothetical"  # "could be resolved through talks", "would be settled by holding talks"
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.stance_preps - w.call_preps and head.lemma_.lower() in w.copulas:
        return "hypothetical"  # "some activists are against imposing a ban": a stance, no act
    if dep == "xcomp" and gov.lemma_.lower() in w.copulas and any(
            ends_phrase(g, w.choice_phrases) for c in gov.children if c.dep_ == "prep" for g in (c, *c.children)):
        return "hypothetical"  # "it is up to the court to free or convict them": theirs to choose
    if dep == "acl" and gov.dep_ == "pobj" and ends_phrase(gov.head, w.choice_phrases):
        return "hypothetical"  # (the infinitive hung on the chooser: "up to the court | to free them")
    if dep == "pcomp" and gov.lower_ in w.task_preps and head.pos_ == "NOUN" and (
            head.lemma_.lower() in w.hindrance_nouns or (head.dep_ == "dobj" and head.head.lemma_.lower()
                                                         in w.subsume_verbs | w.asking_object_verbs)):
        return "hypothetical"  # "wants your cooperation in fighting the smugglers", "had difficulty in visiting"
    # (a lie that something was not done tells it done: left to the clause's own negation)
    if dep == "ccomp" and gov.lemma_.lower() in w.lying_verbs and not any(c.dep_ == "neg" for c in cur.children):
        return "negated"  # "lied that he had held talks with the army": not held, as the teller tells it
    if dep == "pcomp" and gov.lower_ in w.task_preps and (
            head.pos_ == "VERB" and head.lemma_.lower() in w.negated_verbs or head.lemma_.lower() in w.negated_nouns):
        return "negated"  # "the government failed in negotiating loans", "its failure in negotiating": not done
    if dep == "pcomp" and head.lemma_.lower() in w.hesitating_verbs:
        return "hypothetical"  # "will not hesitate in arresting the ringleaders": a threat, no arrest
    if dep in {"xcomp", "ccomp", "advcl", "conj"} and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks
                                                          for c in cur.children) \
            and any(c.lower_ in w.question_words and c.i < cur.i for c in cur.children):
        return "hypothetical"  # "teach them how to defuse bombs", "decide when to strike": a way or a time, no act
    # (the parser may hang the preposition on the verb whose object the noun is: "made preparations | for an offensive")
    readying = [head, *(c for c in head.children if c.dep_ == "dobj" and c.i == gov.i - 1)]
    if dep in {"pobj", "pcomp"} and gov.lower_ in w.preparation_preps and any(
            n.lemma_.lower() in w.preparation_nouns for n in readying):
        return "planned"  # "made preparations for an offensive", "take steps for direct talks": still to come
    return None


def _prep_head(gov: Token) -> Token:
    """What a preposition hangs on, through the first of two joined ones ("solved either through the verdict or
    through talks": the second "through" hangs on the first)."""
    while gov.dep_ == "conj" and gov.head.dep_ == "prep" and gov.head.i != gov.i:
        gov = gov.head
    return gov.head


def _modal_bearers(verb: Token, w: Words) -> list[Token]:
    """The children that may carry a verb's modal: its own, and, for an infinitive, those of the verb it hangs on
    ("efforts should be made to resolve the dispute through talks": the means of what should be done)."""
    own = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in own) and verb.dep_ in {"advcl", "xcomp"}:
        return own + list(verb.head.children)
    return own


def _joined_without_subject(verb: Token, cur: Token) -> bool:
    """ "a possibility of convoys being stopped and looted": `verb` is a conjunct (of a conjunct) of `cur` with no
    subject of its own, and shares what `cur` hangs on."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not _has_subject(verb):
        verb = verb.head
        if verb.i == cur.i:
            return True
    return False


def _says_no(noun: Token, w: Words) -> bool:
    """ "no history", "no hurry": a noun "no" determines."""
    return any(c.dep_ == "det" and c.lower_ in w.no for c in noun.children)


def _schemed(cur: Token, verb: Token, w: Words) -> bool:
    """ "uncovered a plot to blow up a bridge", "took part in an attempt to storm the parliament": the parser may hang
    the infinitive of a scheme on the verb whose object (or object's object) the scheme is; the noun just before the
    infinitive tells it as schemed, not done."""
    if cur.left_edge.i == 0:
        return False
    noun = cur.doc[cur.left_edge.i - 1]
    inside = noun.i in {t.i for t in verb.subtree} and not noun.is_ancestor(cur)
    return inside and noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "pobj"} and noun.lemma_.lower() in w.scheme_nouns


def _asking_noun(lemma: str, w: Words) -> bool:
    """A noun whose infinitive is an act asked for, pressed, offered or allowed, not one done: "calls to release",
    "pressure to expel", "an invitation to attend", "permission to visit"."""
    return lemma in w.subsume_verbs or lemma in w.pressures or lemma in w.offer_nouns or lemma in w.pending_nouns


def _may_bring(verb: Token, w: Words) -> bool:
    """ "could lead to", "may result in": a verb of consequence under a modal of possibility."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in w.consequence_verbs and any(
        c.dep_ == "aux" and c.lower_ in w.hypothetical_aux for c in verb.children)


def _weighed_or_asked(cur: Token, dep: str, gov: Token, w: Words) -> bool:
    """What a noun of fear or chance names through its preposition ("raised the possibility of suspending talks",
    "fear of the plant closing"), what one is open or ready to ("open to cooperating"), and what a demand asks in a
    clause of the bare verb ("its demand that Peru lift the sanctions") are not done."""
    if dep in {"pobj", "pcomp"}:
        head, prep = gov.head, gov.lower_
        if prep in w.supposition_preps and head.pos_ == "NOUN" and head.lemma_.lower() in w.hypothetical_nouns:
            return True
        return prep in w.offer_preps and head.pos_ == "ADJ" and head.lemma_.lower() in w.offer_words
    return dep in {"acl", "ccomp"} and gov.pos_ == "NOUN" and _asking_noun(gov.lemma_.lower(), w) \
        and _subjunctive(cur, present=True)


def _called_for(verb: Token, w: Words) -> bool:
    """ "called for justice and for charges to be filed": the parser may hang the infinitive of what is called for on
    its own subject, the object of the call's "for" (before that noun is read as an account: "charges that")."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ in w.call_preps \
        and noun.head.head.lemma_.lower() in w.subsume_verbs \
        and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in verb.children)


def _subjunctive(verb: Token, present: bool = False) -> bool:
    """ "that Peru lift the sanctions", "that the prisoners be freed": a clause opened by its mark whose verb group
    is in the bare form. With `present`, a present tense too: after a word of asking, "its demand that Somalia
    release the fishermen" is what is asked, whatever the tagger calls the bare form."""
    if not any(c.dep_ == "mark" for c in verb.children) or any(c.dep_ == "aux" for c in verb.children):
        return False
    tags = {"VB", "VBP", "VBZ"} if present else {"VB"}
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    return all(c.tag_ in tags for c in passive) if passive else verb.tag_ in tags


def _asked_of_object(verb: Token, w: Words) -> bool:
    """ "rallied to demand the police investigate the beating", "marched in demand of the state admit more doctors",
    "voiced fear of the port authority halting aid": the parser may tear a bare verb (or a gerund) from the word of
    asking (or of fear) whose object stands just before it; such a verb with no subject, no "to", no auxiliary and no
    mark of its own is what was asked or feared (the tagger may take the bare form for a present: a present with no
    subject is none)."""
    bare = verb.tag_ in {"VB", "VBP"}
    if verb.pos_ != "VERB" or not (bare or verb.tag_ == "VBG") or verb.left_edge.i == 0 or any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    tok = verb.doc[verb.left_edge.i - 1]
    for _ in range(4):  # up from the word before the verb through its phrase ("the state's health ministry")
        if bare and tok.dep_ in {"dobj", "pobj"}:
            asker = tok.head if tok.dep_ == "dobj" else tok.head.head
            if asker.lemma_.lower() in w.bare_asking_words:
                return True
        if not bare and tok.dep_ == "pobj" and tok.head.lower_ in w.supposition_preps and \
                tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in w.hypothetical_nouns:
            return True
        if tok.head.i in {tok.i, verb.i}:
            return False
        tok = tok.head
    return False


def _pending(clause: Token, verb: Token, w: Words) -> bool:
    """A clause of time in the present ("after Hamas frees", "once the hostages are released") under a verb still
    to come ("will begin", "would withdraw"): what must happen first (a past tense, "after Ukraine struck", tells
    a fact)."""
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in w.sequence_marks for c in clause.children):
        return False
    present = clause.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"}
                                                   for c in clause.children)  # fmt: skip
    if present and any(c.dep_ == "mark" and c.lower_ in w.pending_marks for c in clause.children):
        return True  # "stay away from the talks until the president agrees": not yet, whatever the verb above
    return present and any(c.dep_ == "aux" and (c.lower_ in w.planned_aux or c.lower_ in w.hypothetical_aux)
                           for c in verb.children)  # fmt: skip


def _ultimatum(cur: Token, verb: Token, w: Words) -> bool:
    """ "gave the army 48 hours to withdraw", "gave the government until Monday to raise wages": an infinitive
    under a verb of giving whose object or "until" is a span of time."""
    if verb.lemma_.lower() not in w.ultimatum_verbs or not any(
            c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children):
        return False
    timed = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} or (c.dep_ == "prep" and c.lower_ in
                                                                           w.condition_limits)]
    return any(t.ent_type_ in {"DATE", "TIME"} for c in timed for t in c.subtree)


def _verb_of_prep(prep: Token) -> Token:
    """The verb a preposition belongs to, also when the parser hangs it on the verb's particle ("stayed away from")."""
    head = prep.head
    return head.head if head.dep_ in {"advmod", "prt"} and head.head.pos_ in {"VERB", "AUX"} else head


def _abstains(verb: Token, w: Words) -> bool:
    """ "refrained from", "held off on": the subject kept itself from what the preposition names."""
    return _phrasal_in(verb, w.abstaining_verbs)


def _killed_text(tok: Token, w: Words) -> bool:
    """ "the resolution calling for a withdrawal failed to pass", "a bill imposing sanctions was vetoed", "a draft
    condemning the coup was not adopted": a text that describes the act and was not adopted does not do it."""
    # ("the operation to retake the port was aborted": an infinitive likewise)
    infinitive = any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in tok.children)
    if tok.dep_ != "acl" or not (tok.tag_ == "VBG" or infinitive) or tok.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head.head
    if _phrasal_in(verb, w.vetoing_verbs | w.negated_verbs) or (
            tok.head.dep_ == "nsubjpass" and _phrasal_in(verb, w.object_cancelled_verbs | w.cancelling_phrasals)):
        return True  # (and "the operation to retake the port was aborted", "... to rescue the hostages was called off")
    return verb.lemma_.lower() in w.enacting_verbs and any(c.dep_ == "neg" for c in verb.children)


def _particle_missing(verb: Token, w: Words) -> bool:
    """ "the court ruled that he be jailed": a verb that negates only with its particle ("ruled out") has none."""
    return verb.lemma_.lower() in {p.split()[0] for p in w.particle_negated} and not _phrasal_in(
        verb, w.particle_negated)


def _phrasal_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma, or its lemma and particle ("hold off", "vote down"), is one of `words`."""
    lemma = verb.lemma_.lower()
    # (the parser may take the particle for an adverb: "held back from striking", "stayed away from the summit")
    return lemma in words or any(c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in words for c in verb.children)


def _taken_back(verb: Token, w: Words) -> bool:
    """ "had called a rally for Thursday, but the organisers postponed it", "set talks for May, but they were
    cancelled": the next clause takes the act back, naming it by a pronoun (words.yaml `taken_back_verbs`)."""
    return any(c.dep_ == "conj" and c.i > verb.i and _phrasal_in(c, w.taken_back_verbs)
               and any(g.dep_ in {"dobj", "nsubjpass"} and g.tag_ == "PRP" for g in c.children)
               for c in verb.children)  # fmt: skip


def _none_before(verb: Token, w: Words) -> bool:
    """ "the talks collapsed before any prisoners were freed": what had not come about by then."""
    return any(c.dep_ == "mark" and c.lower_ in w.prior_marks for c in verb.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(g.dep_ == "det" and g.lower_ in w.generic_determiners
                                                 for g in c.children) for c in verb.children)  # fmt: skip


def _headline_infinitive(verb: Token, w: Words) -> bool:
    """ "Russia to withdraw troops from Kherson": an infinitive heads a sentence with no finite verb (a
    sentence whose parse merely hangs on an infinitive, "doctors staged a protest ... to express", has one)."""
    # "EU to impose new sanctions on Belarus": the parse may hang the infinitive on the headline's subject
    # ("International body to open inquiry": a title-case headline may be parsed as a noun with an infinitival relative)
    on_root = verb.dep_ == "ROOT" or (verb.dep_ in {"acl", "relcl"} and verb.head.dep_ == "ROOT"
                                      and verb.head.pos_ in {"PROPN", "NOUN"})
    # ("China to hold drills around Taiwan, state media say": the infinitive hung on the trailing verb of saying)
    on_root = on_root or (verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.i and verb.head.dep_ == "ROOT"
                          and verb.head.lemma_.lower() in w.speech_verbs)
    # ("China to hold drills around Taiwan, state media say": a trailing verb of saying is the headline's source)
    return on_root and not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not (t.i > verb.i and t.lemma_.lower() in
                                                                            w.speech_verbs) for t in sent_of(verb))


def _no_subject(verb: Token, w: Words) -> bool:
    """ "no ceasefire has been agreed", "neither country has deployed troops" (not "No Vax activists", a name)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:  # "No casualties but all the stores were set on fire": the parse hangs a fragment's noun as
        subjects = [min(subjects, key=lambda c: abs(c.i - verb.i))]  # a second subject; the nearest is the verb's
    # (not the speaker's own next act: "said none of its fighters had been killed and accused Turkey of ...")
    if not subjects and verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" \
            and speakers_conjunct(verb, w) is None:
        return _no_subject(verb.head, w)  # "no suspects were identified or arrested": the subject is shared
    if verb.pos_ == "VERB" and any(c.lower_ in w.nobody for c in subjects):
        return True  # "nobody was arrested", "none of the hostages has been released"
    if verb.pos_ == "VERB" and any(_not_any(c, w) for c in subjects):
        return True  # "not a single prisoner was released", "not one soldier has been withdrawn"
    # "Neither Russia nor Ukraine has deployed troops": the conjunction's first word negates the subject
    return verb.pos_ == "VERB" and any(
        g.dep_ in {"det", "preconj"} and g.lower_ in w.no and (g.is_lower or bool(g.is_sent_start))
        for c in subjects for g in c.children)  # fmt: skip


def _sought_by_directive(tok: Token, w: Words) -> bool:
    """ "a petition seeking a direction for lifting the curfew", "sought contempt action and an order for deployment of
    troops": an act under the "for" or "of" of a ruling or pledge that is sought is sought with it (an act named with
    "the" is one told: "sought an order for the release of the funds seized")."""
    if points_back(tok, w) or tok.dep_ not in {"pobj", "pcomp"}:
        return False
    prep = tok.head
    noun = _first_listed(prep.head)
    return prep.lower_ in w.directive_preps and prep.head.lemma_.lower() in w.directive_nouns \
        and noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.asking_object_verbs


def _nor_joined(verb: Token, first: Token, w: Words) -> bool:
    """ "was neither reinstated nor were his wages paid", "nor a single person killed": a verb joined to the one
    before it by "nor" (which the parser hangs on that first verb) is denied."""
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "cc" and c.lower_ in w.nor and first.i < c.i < verb.i
                                                for c in first.children)


def _own_markers(tok: Token, frame: Frame, speech_context: bool, w: Words, negation: bool = True) -> None:
    """Negation and modality attached to one verb (or noun); without `negation`, its modality only."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in w.reported_future:  # "would not join": a refusal of what is to come
            frame.future = True
        if (c.dep_ == "mark" and c.lower_ in w.conditional_marks) or (
                c.dep_ == "prep" and _marker(c, tok, False, w) == "hypothetical"):
            frame.conditional = True  # (also "in case they refuse": no refusal made, one that may come)
        status = _marker(c, tok, speech_context, w)
        if status is not None and (negation or status != "negated"):
            # "a planned visit ... was cancelled": a plan others made, no refusal of what is to come
            frame.raise_to(status, future=c.dep_ != "amod")
    if counterfactual(tok, w):
        frame.raise_to("hypothetical")  # "it would not have agreed to the talks": what did not come about, no refusal
        frame.conditional = True


def counterfactual(verb: Token, w: Words) -> bool:
    """ "vetoed a draft that would have demanded a halt", "a deal that could have ended the war", "we would have
    thanked him": what a text or a party would have done is no act told."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(aux & w.perfect_aux) and bool(aux & w.counterfactual_modals)


def speaker_of(gov: Token, lex: Lexicon, shared: bool = False) -> Token:
    """Who speaks in a verb of saying: its subject ("the correspondent quoted sources": the sources); with
    `shared`, a conjoined verb's subject ("The RSF denied ... and said 40 soldiers had been killed"), or the
    subject of the verb a participle of saying trails ("the minister told a channel, adding that ...")."""
    if gov.lemma_.lower() in lex.words.quote_verbs:
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        if objs:
            return objs[0]
    subjects = [c for c in gov.children if c.dep_ == "nsubj"]
    head = gov
    while shared and not subjects and _shares_subject(head) and head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    # two subjects come from a dateline the parser hangs on the verb ("BAKU, Sept 15 - Azerbaijan said"):
    # the one nearest the verb speaks
    return min(subjects, key=lambda c: abs(c.i - head.i)) if subjects else gov


def _shares_subject(verb: Token) -> bool:
    """A conjoined verb, or a participle trailing its verb ("told a channel, adding that"), has the subject of
    the verb it hangs on."""
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")


def _according_to(verb: Token, w: Words) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in w.according:
            for to in c.children:
                objs = [g for g in to.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def _governor_effect(gov: Token, dep: str, lex: Lexicon, frame: Frame, participle: bool = False,
                     infinitive: bool = False) -> None:
    """Apply what a governing verb does to the clause below it. A participle of result is no plan of its verb
    ("set fire to homes, injuring four" is no "set to"), though a refusal still governs one ("ruled out
    sending troops"). `infinitive`: the clause below is a to-infinitive."""
    lemma = gov.lemma_.lower()
    if lemma in lex.words.subsume_verbs and dep in {"xcomp", "ccomp"} and frame.subsumed_by is None:
        frame.subsumed_by = gov
    # ("had been tasked by its handlers to carry out an attack": the parser may take the instruction for a purpose)
    if (dep == "xcomp" or (dep == "advcl" and infinitive)) and lemma in lex.words.instructing_verbs:
        frame.raise_to("hypothetical")  # "soldiers were told to shoot": an order, not a shot
    set_to = next((c for c in gov.children if c.dep_ == "acomp" and c.lemma_.lower() in lex.words.expectation_verbs),
                  None)
    if dep == "xcomp" and set_to is not None:
        frame.raise_to("planned")  # "Israel looks set to launch an offensive", "appears poised to": expected, not done
        frame.planned_by = frame.planned_by or set_to
    if dep == "ccomp" and lemma in lex.words.fearing_verbs:
        frame.raise_to("hypothetical")  # "residents fear the army will shell the town": feared, not threatened or done
    if lemma in lex.words.achievement_words and _achieved(gov, lex.words):
        return  # "were able to arrest 31 people": they did
    for status, verbs in lex.words.status_verbs().items():
        if participle and status == "planned":
            continue
        if status == "negated" and _particle_missing(gov, lex.words):
            continue
        # "the army was going to shell the village": the parser makes "going" the verb, its lemma "go"
        if lemma in verbs or (status == "planned" and gov.lower_ in lex.words.going):
            frame.raise_to(status)
            frame.planned_by = gov
            return


def _achieved(gov: Token, w: Words) -> bool:
    """ "were able to", "had been able to": an ability told in the past of one act, by a copula with no
    negation and no modal, is the act done (words.yaml `achievement_words`)."""
    cop = gov.head
    if gov.dep_ != "acomp" or cop.lemma_.lower() not in w.copulas:
        return False
    helpers = [c for c in cop.children if c.dep_ in {"aux", "neg"}]
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in [*helpers, *gov.children]):
        return False
    return cop.tag_ == "VBD" or (cop.tag_ == "VBN" and any(c.tag_ == "VBD" for c in helpers))


def _aside(cur: Token, dep: str) -> bool:
    """ "rejected the statement, warning that Iran would respond": a participle set off by a comma tells what
    the subject did besides, no act the verb refuses, plans or asks for."""
    return dep == "advcl" and cur.tag_ == "VBG" and cur.i > 0 and cur.doc[cur.i - 1].lower_ == ","


def told_occasion(tok: Token, w: Words) -> bool:
    """ "after a gunfight left two dead", "following Russian strikes": a clause or phrase telling what an act
    came after (words.yaml `occasion_marks`)."""
    marks = w.occasion_marks
    if tok.dep_ == "prep":  # not "threatened to retaliate after any attack": no act in particular
        return tok.lower_ in marks and not any(g.dep_ == "det" and g.lower_ in w.generic_determiners
                                               for o in tok.children for g in o.children)  # fmt: skip
    return tok.dep_ == "advcl" and tok.tag_ in {"VBD", "VBN"} and any(c.dep_ == "mark" and c.lower_ in marks
                                                                      for c in tok.children)  # fmt: skip


def _past_relative(verb: Token, w: Words) -> bool:
    """A relative clause in the past tense ("who was arrested last year", "which shelled the town"), or a reduced one
    whose participle is dated or describes a named person ("an aid worker imprisoned in Minsk")."""
    if verb.dep_ == "relcl" and verb.pos_ == "VERB":
        return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                                                  for c in verb.children))
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubj", "mark"}
                                                        for c in verb.children):
        return False
    noun = verb.head
    named = noun.dep_ == "appos" and noun.head.pos_ == "PROPN"
    return named or any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def _as_told(verb: Token, w: Words) -> bool:
    """ "will go ahead as requested by the commission": a participle clause of comparison tells the act compared with
    as done (words.yaml `comparison_marks`)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _has_subject(verb) and any(
        c.dep_ == "mark" and c.lower_ in w.comparison_marks for c in verb.children)


def _fact_occasion(tok: Token, w: Words) -> bool:
    """A phrase telling what an act came after as a fact of its own: "following the bombings", "amid renewed
    offensives", "after negotiations stalled" (a clause in the past; "after a ceasefire is agreed" is still to come,
    and "after a ceasefire" may be: an act named anew with "a" needs its maker, "following an appeal by two groups")."""
    if not told_occasion(tok, w):
        return False
    if tok.dep_ == "advcl":
        return tok.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in tok.children)
    acts = [o for o in tok.children if o.dep_ in {"pobj", "dobj"}]
    return bool(acts) and all(not any(d.dep_ == "det" and d.lower_ in w.indefinite for d in o.children) or any(
        p.dep_ == "prep" and p.lower_ in w.speech_owner_preps for p in o.children) for o in acts)


def _said(gov: Token, lex: Lexicon) -> str:
    # ("posts falsely claimed that Chinese troops had landed": the writer calls the claim untrue)
    untrue = any(c.dep_ == "advmod" and c.lower_ in lex.words.false_claim_adverbs for c in gov.children)
    return "negated" if gov.lemma_.lower() in lex.words.denial_verbs or _withdrawn_report(gov, lex.words) \
        or _quoted_denial(gov, lex.words) or untrue else "claimed"


def _withdrawn_report(gov: Token, w: Words) -> bool:
    """ "Earlier we reported that the rebels had entered Uvira", "an earlier entry said ...", "we earlier quoted
    officials as saying ...": the writer tells its own earlier report again only to correct it, so what it reported
    is withdrawn (words.yaml `earlier_marks`, `blog_entries`, `first_person`)."""
    cur = gov
    for _ in range(3):  # the verb of saying, or the one it hangs below ("quoted officials as saying")
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        earlier = any(c.dep_ == "advmod" and c.lower_ in w.earlier_marks for c in cur.children)
        if earlier and any(s.lower_ in w.first_person for s in subjects):
            return True
        if any(s.lemma_.lower() in w.blog_entries and any(m.dep_ == "amod" and m.lower_ in w.earlier_marks
                                                          for m in s.children) for s in subjects):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False



def _ended_before_onset(gov: Token, w: Words) -> bool:
    """ "was lifted before it began", "was called off before it could start": the verb said of an act is done before
    the act's own onset, told by a pronoun for it (words.yaml `onset_verbs`, `prior_marks`)."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in w.onset_verbs
               and any(m.dep_ == "mark" and m.lower_ in w.prior_marks for m in c.children)
               and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children) for c in gov.children)


def _quoted_denial(gov: Token, w: Words) -> bool:
    """'The police "categorically rejects" reports that ...', "had denied in October reports that ...": in quotes
    or after a phrase the parser may take the account ("reports", "claims") for the verb that tells the clause,
    with the denial its subject noun or its head (a verb, or a noun taking the account for its object)."""
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in w.told_nouns:
        return False
    head = gov.head
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in w.rejecting_verbs for c in gov.children) \
        or (gov.dep_ in {"dobj", "dep"} and head.lemma_.lower() in w.rejecting_verbs)


def _claim(gov: Token, dep: str, lex: Lexicon, frame: Frame) -> None:
    """A verb of saying above the trigger makes it the speaker's claim."""
    if frame.speaker is None and dep == "xcomp" and gov.lemma_.lower() in lex.words.claim_verbs:
        frame.speaker = speaker_of(gov, lex)  # "the rebels claimed to have shot down a helicopter"
        # "dismissed as fake a video that purported to show its troops shelling villages": a dismissed account
        denied = gov.dep_ == "relcl" and _account_denied(gov.head, lex.words)
        frame.raise_to("negated" if denied else "claimed")
        return
    if frame.speaker is not None or dep not in {"ccomp", "parataxis", "advcl"}:
        return
    if gov.lemma_.lower() in lex.words.speech_verbs and (dep != "advcl" or gov.i > 0):
        # the reported clause hangs below the verb of saying, so its subject is the speaker's, whichever verb
        # it stands on; a trailing "and declared" (below) shares its subject with the act itself
        frame.speaker = speaker_of(gov, lex, shared=True)
        frame.raise_to(_said(gov, lex))


def _trailing_speech(tok: Token, lex: Lexicon) -> Token | None:
    """ "X attacked Y on Monday, police said": the verb of saying hangs below the reported clause."""
    root = sent_of(tok).root
    for c in root.children:
        after = c.i > tok.i and c.dep_ in {"parataxis", "ccomp", "advcl", "conj"}
        # a verb of saying with its own complement says something else; one joined by a conjunction with no subject
        # of its own is the same subject's next act ("Hamas calls the strike a massacre and denies using the school";
        # not "..., reported the prosecutor's office", its teller after it)
        joined = c.dep_ == "conj" and not _has_subject(c) and any(g.dep_ == "cc" and g.i < c.i for g in root.children)
        if after and c.lemma_.lower() in lex.words.speech_verbs and not any(
            g.dep_ in {"ccomp", "xcomp"} for g in c.children
        ) and not (joined and c.doc[c.i - 1].dep_ == "cc"):
            return c
    return None


def _intention(gov: Token, lex: Lexicon) -> bool:
    lemma = gov.lemma_.lower()
    return lemma in lex.words.planned_verbs or lemma in lex.words.intent_nouns


def points_back(tok: Token, w: Words) -> bool:
    """ "the attack", "its offensive": a phrase whose determiner points back to something already known."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in w.definite or _dated_possessor(c) for c in tok.children)


def _dated_possessor(c: Token) -> bool:
    """ "Monday's attack", "last week's clashes": a day that owns an act names one already told."""
    return c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} and any(g.dep_ == "case" for g in c.children)


def _subject_of(tok: Token, frame: Frame, w: Words) -> None:
    """A noun act that is the subject of another verb takes that verb's negation and modality: "talks
    failed to take place", "the summit was cancelled", "any attack would trigger a response". ("Talks
    failed" alone tells talks that happened and went nowhere.)"""
    gov = tok.head
    if gov.pos_ not in {"VERB", "AUX"} or _answered(tok, gov, w):
        return
    for c in gov.children:
        status = _marker(c, gov, False, w)
        if status is not None and c.dep_ != "det":
            frame.raise_to(status)
    if any(c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() in w.hypothetical_verbs for c in gov.children):
        frame.raise_to("hypothetical")  # "talks are possible next week", "a clash seems inevitable"
    if any(c.dep_ == "attr" and c.lemma_.lower() in w.supposition_nouns | w.hypothetical_nouns for c in gov.children):
        frame.raise_to("hypothetical")  # "the Pope's visit to Moscow remains a distant prospect"
    lemma = gov.lemma_.lower()
    # "talks were due to resume on Sunday but did not take place": a conjunct of the verb, with no subject of its own,
    # denies that the act came about
    if any(c.dep_ == "conj" and not _has_subject(c) and c.lemma_.lower() in w.happen_verbs
           and any(_marker(g, c, False, w) == "negated" for g in c.children) for c in gov.children):
        frame.raise_to("negated")
    if tok.dep_ == "nsubj" and lemma in w.leave_awaiting_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in w.leave_nouns for c in gov.children):
        frame.raise_to("planned")  # "the deployment still needs the president's signature": leave not yet given
    happening = any(c.dep_ == "xcomp" and c.lemma_.lower() in w.happen_verbs for c in gov.children)
    if lemma in w.negated_verbs and (tok.dep_ == "nsubjpass" or happening) and not _attempted(tok, w) and (
            not _particle_missing(gov, w)):
        frame.raise_to("negated")  # (an attempted coup that was foiled was attempted)
    phrasal = {f"{lemma} {c.lower_}" for c in gov.children if c.dep_ == "prt"}
    if tok.dep_ == "nsubjpass" and (lemma in w.object_cancelled_verbs or phrasal & w.cancelling_phrasals):
        frame.raise_to("negated")  # "the talks were scrapped", "the visit was called off"
    if tok.dep_ in {"nsubj", "nsubjpass"} and _ended_before_onset(gov, w):
        frame.raise_to("negated")  # "the blockade was lifted before it began": it never happened
    if tok.dep_ == "nsubjpass" and lemma in w.object_hypothetical_verbs and not points_back(tok, w) \
            and not _attempted(tok, w):
        frame.raise_to("hypothetical")  # "an attack on the convoy was foiled", "sanctions were discussed"
    if any(" ".join(t.lower_ for t in c.subtree) in w.dropped_phrases for c in gov.children):
        frame.raise_to("negated")  # "sanctions against Israel are off the table", "talks are a long way off"
    if any(" ".join(t.lower_ for t in c.subtree) in w.weighed_phrases for c in gov.children):
        frame.raise_to("hypothetical")  # "a prisoner swap is under consideration"
    if tok.dep_ == "nsubjpass" and (lemma in w.expectation_verbs | w.object_planned_verbs and not points_back(tok, w)
                                    or lemma in w.approving_verbs):  # "the deployment was approved on Friday"
        frame.raise_to("planned")  # "protests were expected after Friday prayers"
    # "sanctions are set to be imposed": the light verb of the noun act, still to come
    happening = happening or any(c.dep_ == "xcomp" and c.lemma_.lower() in w.light_verbs for c in gov.children)
    if happening and (lemma in w.planned_verbs or any(c.dep_ == "acomp" and c.lemma_.lower() in w.planned_verbs
                                                      for c in gov.children)):
        frame.raise_to("planned")  # "talks are expected to resume", "the summit is set to take place"


def _predicate_of(tok: Token, frame: Frame, w: Words) -> None:
    """ "the killing would be the first Israeli strike on Beirut since 2006": a noun act said of something under a
    modal is only supposed (a negation is not its own: "this was not the first strike on the base" tells others); "asked
    if there was a meeting with the premier": one said to be there under "if" or "whether" is asked about."""
    for c in tok.head.children:
        status = _marker(c, tok.head, False, w)
        if status in {"planned", "hypothetical"} and c.dep_ in {"aux", "auxpass", "mark"}:
            frame.raise_to(status)


def _pressed_on(tok: Token, w: Words) -> bool:
    """ "did not give in to pressure from Beijing", "may bow to the demands": pressure a side yields to, or not, was
    put on it all the same; what the yielding verb says bears on the yielding only."""
    prep = tok.head
    return tok.dep_ == "pobj" and tok.lemma_.lower() in w.pressings and prep.dep_ == "prep" \
        and prep.head.lemma_.lower() in w.yielding_verbs


def _answered(tok: Token, gov: Token, w: Words) -> bool:
    """ "Russia's request that Turkey close the straits was never granted", "the offer was not taken up": a request or
    an offer that is the subject of a verb answering it was made; what that verb's negation denies is the answer."""
    return tok.lemma_.lower() in w.subsume_verbs | w.offer_nouns and _phrasal_in(gov, w.answering_verbs)


def _inverted_condition(verb: Token) -> bool:
    """ "Had Washington backed the plan, the war could have ended": a clause below another that opens on an
    auxiliary standing before its subject is a condition, not a fact ("No sooner had the truce begun": the clause
    opens on other words; "Did the army bomb the camp?", a sentence's root, asks)."""
    if verb.dep_ == "ROOT" or not _inverted(verb):
        return False
    first = next((t for t in verb.subtree if not t.is_punct), None)
    return first is not None and first.head.i == verb.i and first.dep_ in {"aux", "auxpass"}


def _partitive_of(prep: Token, w: Words) -> bool:
    """The "of" of a noun that stands for the act it names ("the process of withdrawing"), itself a verb's object or
    subject."""
    noun = prep.head
    return prep.lower_ in w.partitive_preps and noun.lemma_.lower() in w.partitives \
        and noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}


def _first_listed(tok: Token) -> Token:
    """ "called for the withdrawal of the police, the resignation of the dean and an inquiry": a noun listed after
    another stands where the first one does, and the same words tell whether it was done."""
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _partitive_holder(tok: Token, w: Words) -> Token:
    """ "a new round of peace talks ... has been postponed", "cancelled a series of meetings": the noun through
    whose "of" an act is named stands for it in its clause (its verb tells whether the act happened)."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in w.partitive_preps and prep.head.lemma_.lower() in w.partitives:
        return prep.head
    return tok


def across_break(cur: Token, gov: Token, w: Words) -> bool:
    """A clause the parser hangs on a verb beyond a semicolon (a headline's two halves, two sides' versions) is a
    sentence of its own: it takes none of that verb's negation, speaker or modality."""
    low, high = (cur.right_edge.i, gov.i) if cur.i < gov.i else (gov.i, cur.left_edge.i)
    if cur.i < gov.i and cur.right_edge.text in w.elaboration_marks and cur.right_edge.head.i == cur.i:
        return True  # "has issued an ultimatum to Turkey: if it buys the missiles, sanctions will be imposed"
    return any(c.dep_ == "punct" and c.text in w.clause_breaks and low < c.i < high for c in gov.children)


def _approved(tok: Token, verb: Token, w: Words) -> bool:
    """ "approved the deployment of a brigade", "the extradition was approved": an act its light verb gives leave for
    is not done by the leave (an agreement approved is made: "the cabinet approved the truce"; so is a request or an
    offer: "approved a request from the force to extend its mandate")."""
    return tok.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in w.approving_verbs \
        and tok.lemma_.lower() not in w.agreements and not _made_speech(tok, w)


def _drafted(verb: Token, w: Words) -> bool:
    """ "a bill that would legalise the seizure of drug assets": a text's relative clause tells what it would do, even
    to an act named with "the" (words.yaml `instrument_nouns`)."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in w.instrument_nouns


def _made_speech(noun: Token, w: Words) -> bool:
    """A noun of a speech act asking or offering something ("a request", "an appeal", "a proposal"), which was made
    whatever becomes of what it asks or offers."""
    return _asking_noun(noun.lemma_.lower(), w) or noun.lemma_.lower() in _speech_nouns(w, noun)


def _committed_to(tok: Token, verb: Token, w: Words) -> bool:
    """ "agreed to a withdrawal", "agreed on the release of the hostages": an act a side commits to by its prepositional
    object is still to come (an agreement, "agreed to a truce", is made by agreeing)."""
    return tok.dep_ == "pobj" and tok.head.head.i == verb.i and verb.lemma_.lower() in w.commitment_verbs \
        and tok.head.lower_ in w.commitment_preps and tok.lemma_.lower() not in w.agreements


def _attempted(tok: Token, w: Words) -> bool:
    """ "an attempted coup": the attempt was made, whatever stopped it."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in w.attempt_verbs for c in tok.children)


def _provided(tok: Token, w: Words) -> bool:
    """ "the plan envisages the deployment of troops", "the draft provides for sanctions": what a deal, bill or
    plan says it would bring is not done by its saying so."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in {"dobj", "pobj"} and _provision(verb, w)


def _provision(verb: Token, w: Words) -> bool:
    """A verb by which a deal, bill or plan says what it would bring ("envisages", "requires")."""
    if verb.lemma_.lower() not in w.providing_verbs:
        return False
    holders = w.instrument_nouns | w.intent_nouns
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":  # "a deal that envisages the withdrawal"
        subjects.append(verb.head)
    # ("their demands include the resignation of the minister": what a demand holds is asked)
    return any(c.lemma_.lower() in holders or c.lower_ in holders or _asking_noun(c.lemma_.lower(), w)
               for c in subjects)


def _noun_context(tok: Token, frame: Frame, w: Words) -> None:
    """A noun act's status from the words it hangs on: "preparing an offensive", "planning an attack"
    (planned, by its planner: no announcement of the act's own actor), "cancelled the talks" (negated),
    "fears of an attack", "an imminent assault" (hypothetical)."""
    gov = tok.head
    lemma = gov.lemma_.lower()
    # "raised three demands: the release of its leaders and the withdrawal of troops", "calls including the release of
    # the hostages": an act listed as what is asked
    if (tok.dep_ == "appos" and _asking_noun(lemma, w)) or (
            tok.dep_ == "pobj" and gov.lower_ in w.example_preps and _asking_noun(gov.head.lemma_.lower(), w)):
        frame.raise_to("hypothetical")
    if tok.dep_ == "pobj" and gov.lower_ in w.example_preps and gov.head.dep_ in {"nsubj", "nsubjpass"}:
        _subject_of(gov.head, frame, w)  # "tougher measures, including arrests, can be considered": as its list goes
    if tok.dep_ == "dobj" and gov.pos_ == "VERB":
        # "approved the deployment of a brigade": leave given for an act (named with "the" all the same) not yet done
        if lemma in w.object_planned_verbs and not points_back(tok, w) or (lemma in w.approving_verbs
                                                                            and not _made_speech(tok, w)):
            frame.raise_to("planned")
            frame.planned_by = gov
            frame.planned_as_object = True
        elif _phrasal_in(gov, w.object_cancelled_verbs | w.cancelling_phrasals):
            frame.raise_to("negated")  # "cancelled the talks", "called off the offensive"
        elif lemma in w.asking_object_verbs:
            frame.raise_to("hypothetical")  # "a petition seeking the deployment of troops": asked for, even with "the"
        elif lemma in w.object_hypothetical_verbs and not points_back(tok, w) and not _attempted(tok, w):
            frame.raise_to("hypothetical")
        elif _torn_from_call(tok, gov, w):
            frame.raise_to("hypothetical")  # "called for the withdrawal of the police, the resignation of the dean"
        elif lemma in w.exposure_verbs and tok.lemma_.lower() in w.liability_nouns and not points_back(tok, w):
            frame.raise_to("hypothetical")  # "faces deportation", "escaped arrest"
        elif (not points_back(tok, w) or _drafted(gov, w)) and any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                   for c in gov.children):
            frame.raise_to("hypothetical")  # "would not support new EU sanctions", "could back a ceasefire"
    if tok.dep_ == "pobj" and gov.lower_ in w.intent_preps and gov.head.lemma_.lower() in w.hypothetical_nouns:
        frame.raise_to("hypothetical")
    if tok.dep_ == "oprd" and gov.pos_ == "VERB" and _torn_from_call(tok, gov, w):
        frame.raise_to("hypothetical")  # (or as the call's object predicate)
    if _provided(tok, w):
        frame.raise_to("hypothetical")
    # "a key meeting about Syria to be held in Moscow", "talks to take place next week": still to come ("a request
    # by the court to open the archives": what is asked, the asking made all the same)
    if any(c.dep_ == "acl" and any(g.dep_ in {"aux", "auxpass"} and g.lower_ in w.infinitive_marks
                                   for g in c.children) for c in tok.children) \
            and tok.lemma_.lower() not in w.subsume_verbs | w.pressings | _speech_nouns(w, tok):
        frame.raise_to("planned")
    # "saw no grounds for a ceasefire", "the need for talks": argued for, not done (refused with "no"); "the
    # arrest", an act told before, is only judged
    if tok.dep_ == "pobj" and gov.lower_ in w.warrant_preps and gov.head.lemma_.lower() in w.warrant_nouns \
            and not points_back(tok, w):
        refused = any(c.dep_ == "det" and c.lower_ in w.no for c in gov.head.children)
        frame.raise_to("negated" if refused else "hypothetical")
    # "braced for an assault", "hopes for a ceasefire": awaited or wished, not done
    if tok.dep_ == "pobj" and gov.lower_ in w.call_preps and gov.head.pos_ == "VERB" \
            and gov.head.lemma_.lower() in w.awaiting_verbs:
        frame.raise_to("hypothetical")
    # "a pledge of military support", "the promise of aid": promised, not yet given
    if tok.dep_ == "pobj" and gov.lower_ in w.intent_preps and gov.head.pos_ == "NOUN" \
            and gov.head.lemma_.lower() in w.promise_nouns:
        frame.raise_to("planned")
    # "calls for a ceasefire", "an appeal for talks": what is asked for has not happened (unless the call was heeded:
    # "responded to the union's call for nationwide strikes")
    # ("an ultimatum for a ceasefire": pressed for likewise)
    if (tok.dep_ == "pobj" and gov.lower_ in w.call_preps and (call := _call_of(gov, w)).pos_ == "NOUN"
            and call.lemma_.lower() in w.subsume_verbs | w.pressures and not _heeded(call, w)):
        frame.raise_to("hypothetical")
    # "rejected an offer of talks", "spurned offers for peace talks": offered, not held
    # ("open to dialogue", "ready for talks": offered likewise)
    if tok.dep_ == "pobj" and gov.lower_ in w.offer_preps and gov.head.lemma_.lower() in w.offer_nouns | w.offer_words:
        frame.raise_to("hypothetical")
    _occasion(tok, frame, w)


def _speech_nouns(w: Words, noun: Token) -> frozenset[str]:
    """Nouns of a speech act whose infinitive is what it is about, not when it happens: "the refusal to allow relief
    flights", "an offer to mediate", "the pledge to withdraw", "an ultimatum to surrender" were made (a noun the parse
    makes the root, with no verb to tell it, is left as it was: the sentence's modal may hang below it)."""
    if noun.dep_ == "ROOT":
        return frozenset()
    return w.negated_nouns | w.offer_nouns | w.promise_nouns | w.named_speech_acts


def _torn_from_call(noun: Token, verb: Token, w: Words) -> bool:
    """ "called for the withdrawal of the police, the resignation of the dean and an inquiry": the parser may hang a
    later member of the list a call asks for on the calling verb as its object, after the call's own "for"."""
    return verb.lemma_.lower() in w.subsume_verbs and any(
        c.dep_ == "prep" and c.lower_ in w.call_preps and c.i < noun.i for c in verb.children)


def _call_of(prep: Token, w: Words) -> Token:
    """The noun whose "for" names what is called for, also where the parser hangs the "for" on the caller ("the call by
    the union for a strike") or on the verb whose object the call is ("did not heed the call by the union for a
    strike"); else the word the "for" hangs on."""
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ in w.speech_owner_preps:
        return head.head.head
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i
                     and c.lemma_.lower() in w.subsume_verbs | w.pressures), head)
    return head


def _heeded(call: Token, w: Words) -> bool:
    """ "heeded the call", "responded to the call by the union": a call answered in the past, with no negation, modal or
    infinitive on the answering verb ("did not heed the call", "failed to answer it": not answered)."""
    verb = call.head if call.dep_ == "dobj" else call.head.head if call.dep_ == "pobj" else call
    if verb is call or not _phrasal_in(verb, w.answering_verbs) or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in w.infinitive_marks))
                   or (c.dep_ == "advmod" and c.lower_ in w.never) for c in verb.children)


def _occasion(tok: Token, frame: Frame, w: Words) -> None:
    """ "will join Trump for three-way talks", "during the visit, Obama will hold talks": a noun act in a phrase
    of a verb still to come is still to come. Only the future travels: "did not hold talks during the visit"
    tells a visit that happened."""
    prep = tok.head
    # ("will lead a delegation on a two-day visit": an act a coming trip is made on, unless it points back)
    venture = prep.lower_ in w.venture_preps and not points_back(tok, w)
    if tok.dep_ != "pobj" or not (prep.lower_ in w.occasion_preps or venture):
        return
    verb = prep.head
    if verb.dep_ == "dobj":  # the parser may hang the phrase on the object: "join the prime minister for talks"
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return
    if any(c.dep_ == "aux" and (c.lower_ in w.planned_aux or c.lower_ in w.going) for c in verb.children):
        frame.raise_to("planned")


def _kept_from(cur: Token, dep: str, gov: Token, w: Words) -> bool:
    """ "prevented the access of people to the capital to participate in the rally": an infinitive under a verb of
    keeping from that has its own object is what the object was kept from ("blocked the road to protest", "stopped
    work to demand": the protest's purpose, told as done)."""
    return dep in {"advcl", "xcomp"} and gov.lemma_.lower() in w.keeping_verbs \
        and any(c.dep_ == "dobj" for c in gov.children) \
        and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children)


def _still_to_come_verb(tok: Token, w: Words) -> bool:
    """A verb with "will" or "is going to" above a phrase ("will issue orders allowing the army to sweep the region
    by deploying the police": the parser may hang the phrase on any of the verbs and nouns below "will")."""
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "aux" and (c.lower_ in w.planned_aux or c.lower_ in w.going) for c in tok.children):
            return True
        if tok.head.i == tok.i or tok.dep_ not in {"xcomp", "acl", "dobj", "advcl", "ccomp", "conj"}:
            return False
        tok = tok.head
    return False


def _own_nouns(tok: Token, light_verb: Token | None) -> set[int]:
    """The words that stand for the act in a phrase of an account ("reports of clashes and looting", "reports of
    soldiers looting shops": the act, the first of its list, the noun its participle describes)."""
    own = {tok.i, _first_listed(tok).i}
    if light_verb is not None:
        own.add(light_verb.i)
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        own |= {tok.head.i, _first_listed(tok.head).i}
    return own


def _report_clause(cur: Token, frame: Frame, lex: Lexicon, own: bool = True) -> bool:
    """ "reports that troops had been deployed", "reports of clashes": somebody's account (claimed), denied
    when the reports are ("officials denied reports that ...", "no reports of clashes"). True when `cur`
    hangs on such a noun (by a preposition only when `own`, the act itself: "no reports on the motive for the
    attack" deny no attack)."""
    gov = cur.head
    if own and cur.dep_ == "pobj" and gov.lower_ in lex.words.intent_preps | lex.words.topic_preps \
            and gov.head.pos_ == "NOUN" and gov.head.lemma_.lower() in lex.words.report_nouns:
        gov = gov.head  # "no reports of clashes in the capital", "no information about an attack"
    elif not (_content_clause(cur) or _told_in_report(cur)) or not _nominal(gov) \
            or gov.lemma_.lower() not in lex.words.report_nouns:
        told = _noun_before_mark(cur, lex)
        if told is None:
            return False
        gov = told
    frame.raise_to("negated" if _account_denied(gov, lex.words) or _denied_next(gov, lex.words) else "claimed")
    return True


def _nominal(tok: Token) -> bool:
    """A noun, or a word the tagger took for a verb where it stands as a subject or object ("reports that it had
    shelled the village were false": "reports" tagged as a verb)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"})


def involvement_denier(cur: Token, w: Words) -> Token | None:
    """ "denied any involvement in the attack", "denies a role in the killings": the verb that denies a share in
    the act (`cur` the share, or the act when the parser hangs its phrase on the verb)."""
    share = cur
    if cur.dep_ == "pobj" and cur.head.head.lemma_.lower() in w.denial_verbs:
        share = next((c for c in cur.head.head.children if c.dep_ == "dobj"), cur)
    denied = share.dep_ == "dobj" and share.head.lemma_.lower() in w.denial_verbs
    return share.head if denied and share.lemma_.lower() in w.involvement_nouns else None


def _denied_next(account: Token, w: Words) -> bool:
    """ "Rumours of a coup spread on Tuesday. Officials said they were false.", "There were reports of clashes. The
    army denied the reports.": the next sentence denies the account, or calls it false, by a pronoun or by its noun."""
    sent = sent_of(account)
    if sent.end >= len(account.doc):
        return False
    following = sent_of(account.doc[sent.end])

    def names_it(t: Token) -> bool:
        return t.tag_ == "PRP" or (t.lemma_.lower() in w.report_nouns and any(
            c.dep_ == "det" and c.lower_ in w.definite for c in t.children))

    for t in following:
        if t.lemma_.lower() in w.denial_verbs | w.debunking_verbs and any(
                c.dep_ == "dobj" and names_it(c) for c in t.children):
            return True
        if t.dep_ in {"acomp", "attr", "oprd"} and t.lower_ in w.baseless and any(
                c.dep_ in {"nsubj", "nsubjpass"} and names_it(c) for c in t.head.children):
            return True
    return False


def _account_denied(gov: Token, w: Words) -> bool:
    """An account (a report, claim, video) that is denied, dismissed, called false or said not to exist."""
    refusing = w.denial_verbs | w.negated_verbs
    denied = gov.dep_ == "dobj" and gov.head.lemma_.lower() in refusing | w.debunking_verbs
    # "dismissed as baseless claims that ...": the account is the object of the dismissal's "as"
    denied = denied or (gov.dep_ == "pobj" and gov.head.dep_ == "prep"
                        and gov.head.head.lemma_.lower() in w.denial_verbs | w.debunking_verbs)
    denied = denied or any(c.dep_ == "det" and c.lower_ in w.no for c in gov.children)
    # "has in the past rejected accusations that ...": the parser may take the participle for the noun's adjective
    denied = denied or any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in refusing for c in gov.children)
    # "little sign of a withdrawal", "scant evidence that troops crossed"
    denied = denied or any(c.dep_ in {"amod", "det"} and c.lower_ in w.scant_words for c in gov.children)
    # "calling reports of fighting near Gondar baseless" (the parser may hang the word anywhere after the noun)
    denied = denied or (gov.dep_ == "dobj" and gov.head.lemma_.lower() in w.labelling_verbs
                        and any(t.i > gov.i and t.lower_ in w.baseless for t in gov.head.subtree))
    denied = denied or _quoted_denial(gov, w)
    return denied or any(c.dep_ == "amod" and c.lower_ in w.baseless for c in gov.children) or _called_false(gov, w)


def _called_false(noun: Token, w: Words) -> bool:
    """ "earlier reports of an airstrike were wrong", "claims that troops had crossed proved false": the account is
    the subject of a verb that calls it false."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    own = {t.i for t in noun.subtree}
    return any(t.i not in own and t.dep_ in {"acomp", "oprd", "attr"} and t.lower_ in w.baseless
               for t in noun.head.subtree)  # fmt: skip


def _noun_before_mark(cur: Token, lex: Lexicon) -> Token | None:
    """ "rejected accusations that its forces target civilians", parsed with the clause torn from its noun (even
    as the sentence's root): the account noun standing just before the clause's "that" is the one it tells, or
    the one whose phrase ends there ("dismissing rumours on social media that he had been abducted")."""
    for c in cur.children:
        if c.dep_ == "mark" and c.i < cur.i and c.i > c.sent.start:
            before = c.doc[c.i - 1]
            for _ in range(2):  # (the noun of the account's own phrase: "reports in the local press", "claims by X")
                if before.pos_ == "NOUN" and before.lemma_.lower() in lex.words.report_nouns:
                    return before
                if before.dep_ != "pobj" or before.head.dep_ != "prep" or before.head.head.pos_ != "NOUN":
                    break
                before = before.head.head
    return None


def _content_clause(cur: Token) -> bool:
    """The clause that tells what a noun says: "charges that it tortured a priest" (the parser may take one with
    a "that" of its own for a relative clause: a relative "that" is its clause's subject or object, not its mark)."""
    return cur.dep_ in {"acl", "ccomp"} or (cur.dep_ == "relcl" and any(c.dep_ == "mark" for c in cur.children))


def _told_in_report(cur: Token) -> bool:
    """ "denied reports on social media that soldiers had fired on inmates": the parser may hang the "that" of what a
    report tells on the clause as its object; a relative word (WDT, or IN) before a subject of the clause's own is
    that "that" (a report is not what soldiers fire, kill or detain)."""
    kids = list(cur.children)
    subject = next((c.i for c in kids if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP", "IN"}), None)
    return cur.dep_ == "relcl" and subject is not None and any(
        c.dep_ == "dobj" and c.tag_ in {"WDT", "IN"} and c.i < subject for c in kids)


def _object_clause(tok: Token) -> Token | None:
    """ "passed a resolution condemning the coup": the verb whose object the act's noun describes; what
    happens to the resolution (not passed, rejected) happens to the condemnation."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None


def _infinitive_carrier(tok: Token, w: Words) -> Token | None:
    """ "trying to secure a ceasefire", "hopes to reach a deal": the infinitive whose object (or means: "planning
    to seize power through riots") the act's noun is carries it, so the verbs above the infinitive bear on the act."""
    verb = tok.head
    # "planning to seize power through mass riots": the means of the infinitive's act is carried by it too
    if tok.dep_ == "pobj" and verb.lower_ in w.means_preps and verb.head.pos_ == "VERB":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return None
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in verb.children):
        return verb
    return None


def _wh_clause(cur: Token, dep: str, w: Words) -> bool:
    """ "it was not clear who carried out the attack": a clause asking who, where or when tells the act as done;
    what is unclear or not said is the asked word, not the act ("whether" asks about the act: a condition mark)."""
    return dep == "ccomp" and any(c.lower_ in w.question_words and c.tag_ in {"WP", "WDT", "WRB", "WP$"}
                                  and c.i < cur.i for c in cur.children)  # fmt: skip


def _told_as_past(cur: Token, dep: str, w: Words) -> bool:
    """ "cancelled a visit after Hollande accused Syria": an adverbial clause with its own subject and its own
    past tense tells a fact of its own; the verb it hangs on neither denies nor plans it (a condition, "would
    strike if Russia attacked", still holds it)."""
    # ("though it did attack two homes": the past may stand on an auxiliary)
    past = cur.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in cur.children)
    if dep != "advcl" or not past or not _has_subject(cur):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in w.conditional_marks for c in cur.children)


def asked(tok: Token, w: Words) -> bool:
    """ "Is a ceasefire in Sudan within reach?", "QUESTION: Are new sanctions coming?": a question that opens on
    its verb (after a transcript's speaker label) asks, it does not tell; so does a quoted one the act stands in
    ("'Why can't the army arrest them?' the senator asked")."""
    quoted = _quoted_question(tok, w)
    # ("'Why did they shell our village?' she asked": a quoted question about a past deed takes the deed as known)
    if quoted and quoted[0].lower_ in w.question_words and any(t.tag_ == "VBD" for t in quoted[1:3]):
        return False
    words = quoted or [t for t in sent_of(tok) if not t.is_space]
    if len(words) > 2 and words[1].text in w.label_marks and words[0].text.isupper():
        words = words[2:]
    # "Who has been detained?", "What has Manila done since?": an explainer's question heads the answer below it
    if not words or words[-1].text not in w.question_marks:
        return False
    if words[0].tag_ in {"VBZ", "VBP", "VBD", "MD"} or words[0].lower_ in w.question_words:
        return True
    # "If they took our money, why should we not take their aid?": the main clause asks, after a clause of condition
    # or time before it ("Canada has expelled a diplomat; how will India respond?" tells the expulsion all the same)
    inside = {t.i for t in words}
    clause = tok  # the clause of the act that hangs on the question's top verb
    while clause.head.i != clause.i and clause.head.i in inside and clause.head.head.i != clause.head.i \
            and clause.head.head.i in inside:
        clause = clause.head
    root = clause.head if clause.head.i in inside else clause
    if not (_inverted(root) and any(c.lower_ in w.question_words and c.i < root.i for c in root.children)):
        return False
    return clause.i >= root.i or (clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children))


def _quoted_question(tok: Token, w: Words) -> list[Token]:
    """The words of a quoted question the act stands in, from the quote mark that opens it to its question mark
    (empty when there is none)."""
    words = [t for t in sent_of(tok) if not t.is_space]
    # (the sentence may end on the question mark, its closing quote opening the next one: 'Asked "Will they strike?",
    # he said ...')
    ends = [k for k, t in enumerate(words) if t.text in w.question_marks and t.i > tok.i and (
        words[k + 1].is_quote if k + 1 < len(words) else t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_quote)]
    if not ends:
        return []
    opens = [k for k, t in enumerate(words[: ends[0]]) if t.is_quote and t.i < tok.i]
    return words[opens[-1] + 1 : ends[0] + 1] if opens else []


def _not_yet(tok: Token, w: Words) -> bool:
    """What the clause holding the act says it has not done: "any Western troops deployed to Ukraine would be
    targets", "talks aimed at securing the release of hostages", "a bill to expel foreign NGOs"."""
    head = tok.head
    # ("any formula with the government brokered by the church": the parser may hang the participle on the noun of
    # the generic noun's preposition)
    outer = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
    if tok.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ in w.generic_determiners
                                 for n in (head, outer) for c in n.children):
        return True
    if tok.dep_ in {"acl", "relcl"} and head.lower_ in w.generic_pronouns:
        return True  # "anyone who attacked the police would be arrested": no one in particular, nothing done
    if tok.dep_ == "dobj" and head.dep_ == "pcomp" and head.head.head.lemma_.lower() in w.planned_verbs:
        return True
    # "it would be a mistake to send troops": an infinitive judged under a modal is not done
    if tok.dep_ == "acl" and head.dep_ == "attr" and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks
                                                         for c in tok.children) \
            and any(c.dep_ == "aux" and c.lower_ in w.hypothetical_aux for c in head.head.children):
        return True
    return tok.dep_ in {"acl", "relcl"} and head.lemma_.lower() in w.instrument_nouns and any(
        c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in tok.children)


def _reported_future(verb: Token, w: Words) -> bool:
    """ "said it would send troops", "said the group would keep targeting ships": "would" on the act's verb or on
    the verbs it continues ("keep", "continue to"), whose subject is the act's own ("would have thanked him" is no
    future: what did not come about)."""
    while not counterfactual(verb, w):
        if any(c.dep_ == "aux" and c.lower_ in w.reported_future for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def conditioned(verb: Token, w: Words) -> bool:
    """ "would strike if attacked", "will impose sanctions unless Iran cooperates": a clause of condition hangs on
    the act's verb (the act is what is held over the one who must meet the condition), or on the verb that decides
    or plans it ("decided to maintain the strike if the government does not respond")."""
    verbs = (verb, verb.head) if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.planned_verbs else (verb,)
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in w.conditional_marks for m in c.children)
               for v in verbs for c in v.children)


def frame_for(tok: Token, lex: Lexicon, light_verb: Token | None = None) -> Frame:
    """Walk from a trigger to the sentence root, collecting status and claim owner."""
    w = lex.words
    frame = Frame()
    if _pressed_on(tok, w):
        light_verb = None  # (the verb a side yields by tells the yielding, not the pressure)
    _own_markers(tok, frame, False, w)
    if _no_subject(tok, w) or _none_before(tok, w):
        frame.raise_to("negated")
    told_by = light_verb or (tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None)
    if told_by is not None and _taken_back(told_by, w):
        frame.raise_to("negated")  # "had called a rally for Thursday, but postponed it": it did not take place
    doer = light_verb or tok.head  # "none of the rebel groups signed the agreement" (not "no group claimed the attack")
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and doer.lemma_.lower() in w.light_verbs and _no_subject(doer, w):
        frame.raise_to("negated")
    if tok.pos_ in {"NOUN", "PROPN"} and light_verb is None:
        held = _partitive_holder(_first_listed(tok), w)
        if held.dep_ in {"nsubj", "nsubjpass"}:
            _subject_of(held, frame, w)
        if held.dep_ == "attr":
            _predicate_of(held, frame, w)
        _noun_context(held, frame, w)
    carrier = (_object_clause(tok) or _infinitive_carrier(tok, w)) if light_verb is None else None
    if carrier is not None and carrier is not tok.head and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in w.draft_modifiers for c in tok.head.children):
        frame.raise_to("hypothetical")  # "a draft resolution imposing sanctions": not adopted
    if carrier is not None and carrier == _object_clause(tok) and _phrasal_in(carrier, w.vetoing_verbs):
        frame.raise_to("negated")  # "vetoed a bill imposing sanctions": nothing was imposed
    if light_verb is None and _killed_text(tok, w):
        frame.raise_to("negated")  # "the resolution calling for a withdrawal failed to pass"
    if carrier is not None:
        light_verb = carrier  # the rest of the walk starts from the verb that carries the noun
    # "Egypt proposed a ceasefire", "offered talks": offered, not in force ("willing to open talks": the
    # commitment above makes the offer, an AGREE, below)
    if light_verb is not None and light_verb.lemma_.lower() in w.proposal_verbs | w.offer_words and not (
            light_verb.dep_ == "xcomp" and light_verb.head.lemma_.lower() in w.commitment_verbs):
        frame.raise_to("hypothetical")
    if asked(tok, w) or _sought_by_directive(tok, w):
        frame.raise_to("hypothetical")
    if tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ in w.topic_preps and not points_back(tok, w):
        deal = tok.head.head
        if deal.lemma_.lower() in w.instrument_nouns and deal.dep_ in {"nsubj", "nsubjpass"}:
            _subject_of(deal, frame, w)  # "hoped a deal on settling the dispute would be reached": as the deal goes
    if tok.pos_ == "VERB" and _provision(tok, w):
        frame.raise_to("hypothetical")  # "the resolution provides aid to the refugees": what it would bring
    cur = light_verb if light_verb is not None else tok
    if light_verb is not None and light_verb.dep_ in {"acl", "relcl"} and light_verb.head.i != tok.i \
            and light_verb.head.i > tok.i:
        cur = tok  # "a ban on gatherings imposed by the police": the clause tells the ban, not the gatherings banned
    start = cur
    if light_verb is not None:
        _own_markers(light_verb, frame, False, w)
        if _approved(tok, light_verb, w):
            frame.raise_to("planned")  # "approved the deployment of a brigade": leave given, the act still to come
            frame.planned_by = light_verb
            frame.planned_as_object = True
        elif _committed_to(tok, light_verb, w):
            frame.raise_to("planned")  # "agreed to a withdrawal of troops": promised, as "agreed to withdraw" is
            frame.planned_by = light_verb
        first = _first_listed(tok)
        if first.dep_ == "dobj" and first.head.i == light_verb.i and _torn_from_call(first, light_verb, w):
            frame.raise_to("hypothetical")  # "called for the withdrawal of the police, the resignation of the dean"
        if _no_subject(light_verb, w):
            frame.raise_to("negated")  # "neither Khartoum nor the RSF has agreed to a truce"
    if _not_yet(tok, w):
        frame.raise_to("hypothetical")
    modality_open = not (tok.pos_ in {"NOUN", "PROPN"} and light_verb is None)
    own_would = _reported_future(light_verb or tok, w)
    occasion: str | None = None  # the status when the walk left the phrase telling what a later act came after
    relative: str | None = None  # the status when it left a relative clause telling a past act of its own
    while True:
        if relative is None and (_past_relative(cur, w) or _as_told(cur, w)):
            relative = frame.status
        # (from the phrase's object on: "stay away from the squares after several protests" keeps nobody away from them)
        if occasion is None and (_fact_occasion(cur, w) or (cur.dep_ in {"pobj", "dobj"} and cur.head.i != cur.i
                                                             and _fact_occasion(cur.head, w))):
            occasion = frame.status
        if _asked_of_object(cur, w) or _called_for(cur, w):
            frame.raise_to("hypothetical")  # "rallied to demand the police investigate the beating"
        if modality_open and _inverted_condition(cur):
            frame.raise_to("hypothetical")  # "Had Cuba conceded defeat, the embargo would have eased"
            frame.conditional = True
        source = _according_to(cur, w)
        if source is not None and frame.speaker is None:
            frame.speaker = source
            frame.raise_to("claimed")
        denier = involvement_denier(cur, w) if cur.i != tok.i or cur.dep_ == "pobj" else None
        if denier is not None:
            frame.speaker = frame.speaker or speaker_of(denier, lex)
            frame.raise_to("negated")  # "denied any involvement in the attack": the act as the denier tells it
            break
        if cur.i != tok.i and cur.lemma_.lower() in w.responsibility_nouns:
            break  # "no claim of responsibility for the bombing": the bombing is told as done
        if cur.dep_ == "pobj" and ends_phrase(cur.head, w.unrelated_phrases):
            frame.raise_to("negated")  # "said it had nothing to do with the bombing": disowned, as the speaker tells it
        own = cur.i in _own_nouns(tok, light_verb)
        if _report_clause(cur, frame, lex, own=own) or cur.head.i == cur.i or (cur.i == tok.i and _pressed_on(tok, w)):
            break
        dep, gov = cur.dep_, cur.head
        if across_break(cur, gov, w):
            break  # "Pakistan says it shot down a drone; India denies losing aircraft": two tellings
        if dep == "conj" and _nor_joined(cur, gov, w):
            frame.raise_to("negated")  # "not a single shop was looted, nor a single person killed"
        chain = dep in _CHAIN and not (dep == "conj" and _has_subject(cur)) and dep != "relcl" \
            and not _told_as_past(cur, dep, w) and not told_occasion(cur, w) and not _wh_clause(cur, dep, w)
        # "no plans to withdraw", "no intention of sending troops": an intention noun governs the act
        # (the parser may take "an initiative to halt the fighting" for a relative clause)
        infinitive = dep == "relcl" and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children)
        if (dep == "acl" or infinitive) and _intention(gov, lex):
            chain = True
        if _no_subject(gov, w) and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in w.intent_nouns
                                       for c in gov.children):  # fmt: skip
            frame.raise_to("negated")  # "no decision had been taken on expelling the ambassador"
        if dep == "pcomp" and _partitive_of(gov, w):
            # "will begin the process of withdrawing its troops": the verb of the process tells whether it is done
            _own_markers(gov.head.head, frame, frame.speaker is not None, w)
        if dep in {"pobj", "pcomp"} and gov.lower_ in w.absent_preps:
            frame.raise_to("negated")  # "ended the talks without signing a treaty"
        if dep == "pcomp" and gov.lower_ in w.from_preps and gov.head.lemma_.lower() in w.preventing_verbs:
            frame.raise_to("negated")  # "prevented aid agencies from providing assistance"
        if modality_open and _kept_from(cur, dep, gov, w):
            # "prevented the access of hundreds of people to the capital to join the rally": not done ("negated" would
            # read the base-form verb as its doer's refusal, rewrites.yaml)
            frame.raise_to("hypothetical")
        if dep == "acl" and gov.lemma_.lower() in w.negated_nouns and any(
                c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children):
            frame.raise_to("negated")  # "the refusal of the U.S. to recognize his re-election"
        if dep in {"pobj", "pcomp"} and (gov.head.lower_ in w.shortfall_words
                                         or (gov.i > 0 and gov.doc[gov.i - 1].lower_ in w.shortfall_words)):
            frame.raise_to("negated")  # "stopped short of attacking the city" ("short" may hang on "stopped")
        if dep in {"pobj", "pcomp", "amod", "acomp"} and ends_phrase(gov, w.alternative_phrases):
            frame.raise_to("negated")  # "rather than imposing sanctions", "instead of withdrawing", "far from ready"
        if dep == "advcl" and _pending(cur, gov, w):
            frame.raise_to("hypothetical")  # "the truce will begin after Hamas frees the hostages": a condition
            frame.conditional = True  # (nor refused: "will halt its strikes when Ukraine withdraws")
        if (dep == "acl" or infinitive) and gov.lemma_.lower() in w.allowance_nouns \
                and gov.head.lemma_.lower() in w.ultimatum_verbs:
            frame.raise_to("hypothetical")  # "granted the police more time to arrest him": room to act, no act
        if dep == "advcl" and gov.lemma_.lower() in w.instructing_verbs and _noun_before(cur, gov) is not None and any(
                c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children):
            frame.raise_to("hypothetical")  # "petitioned the court | to lift the curfew" (parsed as a purpose)
        if dep in {"advcl", "xcomp"} and _ultimatum(cur, gov, w):
            frame.raise_to("hypothetical")  # "gave the army 48 hours to withdraw": demanded by a deadline
        # (not "approved by the assembly at the request of the president": a request made, not an aim)
        # (only the act itself or its object: "a vigil aimed at raising awareness about the recent violence" tells that
        # violence as done)
        aimed = cur.i == tok.i or (tok.dep_ == "dobj" and tok.head.i == cur.i)
        asking = dep == "pobj" and _asking_noun(cur.lemma_.lower(), w)
        if aimed and not asking and dep in {"pobj", "pcomp"} and gov.lower_ in w.aim_preps \
                and gov.head.lemma_.lower() in w.planned_verbs:
            frame.raise_to("hypothetical")  # "an operation aimed at freeing the hostages"
        if dep == "pobj" and ends_phrase(gov, w.ahead_phrases) and not points_back(cur, w):
            frame.raise_to("planned")  # "ahead of an offensive", "on the eve of a summit": still to come
        if dep == "pcomp" and gov.lower_ in w.manner_preps and _still_to_come_verb(gov.head, w):
            frame.raise_to("planned")  # "will issue orders by deploying the police": how a coming act is done
        if dep in {"pobj", "pcomp"} and ends_phrase(gov, w.condition_phrases):
            frame.raise_to("hypothetical")  # "in the event of a coup", "in case of an invasion"
        if dep in {"pobj", "pcomp"} and gov.lower_ in w.supposition_preps and gov.head.pos_ == "NOUN" \
                and gov.head.lemma_.lower() in w.supposition_nouns | w.pending_nouns:
            frame.raise_to("hypothetical")  # "talk of a ceasefire", "the idea of deploying troops": not done
        if _detached(cur, dep, gov, w):
            frame.raise_to("hypothetical")  # "speculation grew about a withdrawal", "pressure mounted on him to resign"
        if dep in {"pobj", "pcomp"} and _deliberated(cur, gov, w, own=cur.i == tok.i):
            frame.raise_to("hypothetical")  # "will vote on sanctions", "voted against sending troops"
        if dep in {"xcomp", "ccomp"} and _provision(gov, w):
            frame.raise_to("hypothetical")  # "the deal requires Israel to withdraw"
        if dep == "xcomp" and gov.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ in w.excess_adverbs
                                                        for c in gov.children):
            frame.raise_to("hypothetical")  # "it was too dangerous to deliver aid": not done, and no refusal
        if dep in {"pobj", "pcomp"} and _abstains(_verb_of_prep(gov), w):
            frame.raise_to("negated")  # "refrained from criticising Beijing", "held off on sending aid"
        if dep in {"pobj", "pcomp"} and gov.lower_ in w.proximity_preps and gov.head.lower_ in w.proximity_words:
            frame.raise_to("hypothetical")  # "Israel and Hamas are close to a deal on a ceasefire"
        if dep in {"pobj", "pcomp"} and gov.lower_ in w.brink_preps and gov.head.lower_ in w.brink_words:
            frame.raise_to("hypothetical")  # "on the verge of signing a peace deal"
        if dep in {"acl", "relcl", "advcl"} and gov.pos_ == "NOUN" and _asking_noun(gov.lemma_.lower(), w) and any(
                c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children):
            frame.raise_to("hypothetical")  # "rejected calls to lay down their arms": asked, not done
        # (only the act itself, or the noun its participle tells of: "fears of a spillover of the war" fear no war)
        near = cur.i == tok.i or (tok.dep_ == "acl" and tok.head.i == cur.i)
        close = near or cur.i == start.i or _joined_without_subject(start, cur)
        unrealised = _unrealised(cur, dep, gov, close, w)
        if unrealised is not None:
            frame.raise_to(unrealised)
        if near and dep in {"pobj", "pcomp"} and _may_bring(gov.head, w):
            frame.raise_to("hypothetical")  # "could lead to doctors resigning", "may result in fresh clashes"
        if dep == "csubj" and cur.i == tok.i:
            _subject_of(cur, frame, w)  # "sending troops is out of the question", "lifting the ban would be a mistake"
        if (close or dep not in {"pobj", "pcomp"}) and _weighed_or_asked(cur, dep, gov, w):
            frame.raise_to("hypothetical")  # "the possibility of suspending talks", "its demand that Peru lift"
        if dep == "xcomp" and any(c.lower_ in w.still_to_come for c in gov.children) \
                and gov.lemma_.lower() in w.auxiliary_haves:
            frame.raise_to("negated")  # "the army has yet to retake the town"
        if dep in {"pobj", "pcomp"} and gov.lower_ in w.intent_preps and gov.head.lemma_.lower() in w.intent_nouns | (
                w.intent_adjectives):  # ("is not interested in negotiating")
            cur = gov
            dep, gov, chain = "acl", gov.head, True
            frame.future = True  # "no interest in talks": what is intended lies ahead
            modality_open = True  # and the intent noun's own "no" bears on it
        # "would not sign the bill and invited ...": a conjunct in another tense is a clause of its own
        shares_markers = dep != "conj" or cur.tag_ in {"VB", gov.tag_}
        if dep == "conj" and speakers_conjunct(cur, w) is not None:
            break  # "denied that its members were involved and urged ...": the speaker's own next act, unreported
        if _aside(cur, dep) and cur.lemma_.lower() in w.labelling_verbs | w.speech_verbs and gov.dep_ == "ccomp" \
                and gov.head.lemma_.lower() in w.speech_verbs:
            break  # "denied that its officials had ties to cartels, calling the accusations a lie": the speaker's own
        _claim(gov, dep, lex, frame)
        if chain and modality_open and shares_markers:
            aside = _aside(cur, dep)
            if dep != "conj" and not aside:
                _governor_effect(gov, dep, lex, frame, participle=dep == "advcl" and cur.tag_ == "VBG",
                                 infinitive=any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks
                                                for c in cur.children))
            # "did not confirm the loss of the town, saying only that its troops had repelled 47 assaults": what the
            # subject did besides is not denied with the verb it trails ("will visit Kyiv, meeting ...": still to come)
            _own_markers(gov, frame, frame.speaker is not None, w, negation=not aside)
            # (not a speaker: "no group has said it carried out the attack" tells an attack nobody claimed; only an
            # infinitive: "nothing was communicated, as a decision is expected when he meets the premier" meets him)
            if not aside and _no_subject(gov, w) and gov.lemma_.lower() not in w.speech_verbs and any(
                    c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in cur.children):
                frame.raise_to("negated")  # "neither the president nor his premier saw fit to order a crackdown"
        else:
            modality_open = False
        cur = gov
    if occasion is not None and frame.status not in {"occurred", "claimed"}:
        # "refused a demand to resign following the bombings", "warned people to stay away after several protests":
        # what is asked, refused or planned is the later act, not the one it came after (a teller's claim stays)
        frame.status = "claimed" if frame.speaker is not None and occasion == "occurred" else occasion
    if relative is not None and frame.status in {"planned", "hypothetical"}:
        # "rejected appeals to release Maria Lopez, an aid worker imprisoned in Minsk in May", "lifted a travel ban on
        # the reporter, who was arrested last year": a relative clause in the past tells its act as done, whatever is
        # asked or planned about the one it describes (a denied account keeps its negation)
        frame.status = "claimed" if frame.speaker is not None and relative == "occurred" else relative
    if own_would and frame.speaker is not None and frame.status == "hypothetical" \
            and frame.speaker.head.lemma_.lower() not in w.fearing_verbs:
        frame.status = "planned"  # "said it would send troops": the reported future, not a condition (nor a fear)
    if frame.conditional and frame.status == "negated":
        frame.status = "hypothetical"  # "if Iran fails to cooperate": nothing was refused, it may be
    if frame.speaker is None:
        speech = _trailing_speech(tok, lex)
        if speech is not None:
            frame.speaker = speaker_of(speech, lex)
            frame.raise_to(_said(speech, lex))
    return frame


def ordered(verb: Token, frame: Frame, w: Words) -> None:
    """ "the premier directed the authorities to provide urgent relief": an act a command asks of its subordinates,
    other than the deployment or coercion the command itself enacts (words.yaml types `commanded`), is still to be
    carried out; an act that names an order ("shoot-at-sight orders") is only allowed by it."""
    by = verb.head
    if verb.dep_ == "xcomp" and by.lemma_.lower() in w.command_verbs and frame.status in {"occurred", "claimed"}:
        frame.raise_to("planned")
        frame.planned_by = by
    if verb.dep_ in {"nmod", "compound", "amod"} and by.lemma_.lower() in w.order_nouns:
        frame.raise_to("hypothetical")  # "shoot-at-sight orders given to the police": what they allow, no shot fired


def still_to_come(ev: Event, published: date | None, lex: Lexicon, trigger: Token | None = None) -> bool:
    """An act told as done but dated after the report was published has not happened yet: "the foreign
    ministers meet in Geneva next Tuesday", "called a general strike for next week" (planned). An act whose own
    verb is in the past tense was done all the same ("died in hospital on 22 February", "were released the next
    day", in a note whose given date is that of an earlier act)."""
    if published is None or ev.date is None or not ev.date.start or ev.status not in {"occurred", "claimed"}:
        return False
    if trigger is not None and _past_tense(trigger) and not _names_act_object(trigger, lex):
        return False
    if ev.type not in lex.types.scheduled:
        return False
    start = ev.date.start
    return start > published.isoformat()[: len(start)]


def _past_tense(verb: Token) -> bool:
    """A verb in the simple past, or a participle whose auxiliary is in the past ("were released", "had fled")."""
    if verb.pos_ != "VERB":
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                                             for c in verb.children))


def _names_act_object(verb: Token, lex: Lexicon) -> bool:
    """ "called a general strike for next Monday": the verb's object names an act, whose date that is."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lex.nouns for c in verb.children)
