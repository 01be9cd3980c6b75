"""Death and injury tolls stated in the text: numbers only, never estimates."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from flashpoint.events.arguments import Roles
from flashpoint.events.lexicon import Lexicon, Words
from flashpoint.events.triggers import Trigger
from flashpoint.nlp import sent_of
from flashpoint.timex.lexicon import number_value as word_number
from flashpoint.timex.lexicon import scale_value


def number_value(tok: Token) -> int | None:
    """The integer a numeral token (with its scale word) states, or None."""
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        value: int | None = int(text)
    elif tok.like_num or tok.pos_ == "NUM":
        found = word_number(text)
        value = found if isinstance(found, int) else None
    else:
        value = None
    if value is None:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    scale = scale_value(nxt.lower_) if nxt is not None else None
    if nxt is not None and scale is not None and nxt.head == tok.head:
        value *= scale
    return value


def _approximate(num: Token, w: Words) -> bool:
    """ "about 100", "nearly 50", "an estimated 300": an estimate, which flashpoint never reports."""
    words = {c.lower_ for c in num.children if c.dep_ in {"advmod", "quantmod", "amod", "det"}}
    prev = num.doc[num.i - 1].lower_ if num.i > 0 else ""
    return bool(words & w.approximate) or prev in w.approximate


def count_of(head: Token, w: Words) -> int | None:
    """The number attached to a noun phrase: "105 soldiers", "at least 12 people", "100 Armenian soldiers";
    none at all for "no one", "no civilians", "nobody", "none of the hostages"."""
    if head.lower_ in w.nobody or any(c.dep_ == "det" and c.lower_ in w.no for c in head.children):
        return 0
    if head.like_num:
        return None if _approximate(head, w) else number_value(head)
    for c in head.children:
        if c.dep_ == "nummod":
            if _approximate(c, w):
                return None
            value = number_value(c)
            # "the 1994 war" names a war, it counts nothing
            if value is not None and not (1900 <= value <= 2100 and c.i + 1 == head.i and head.lower_ in w.year_named):
                return value
    # "the bodies of 100 soldiers", "dozens of civilians" (no number: None)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in w.count_preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return count_of(g, w)
    return None


def victim_count(head: Token, w: Words) -> int | None:
    """How many victims a phrase names: its number, or one for one person ("a local councillor",
    "the mayor", "a man", a named person); a group or a plural without a number stays unknown."""
    value = count_of(head, w)
    if value is not None:
        return value
    if head.tag_ == "NNP" and head.ent_type_ == "PERSON":
        return 1
    one = {c.lower_ for c in head.children if c.dep_ in {"det", "poss", "nummod"}} & w.one_person_marks
    person = head.lemma_.lower() in w.civilian_nouns | w.combatant_nouns | w.person_nouns
    return 1 if head.tag_ == "NN" and person and one and not _counted_as_group(head) else None


def _counted_as_group(head: Token) -> bool:
    """ "a man and his son", "a group of ...": more than one person."""
    return any(c.dep_ == "conj" for c in head.children)


def _kind(tok: Token, w: Words) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in w.killed:
        return "killed"
    if lemma in w.injured:
        return "injured"
    if lemma in w.toll_nouns and any(c.lemma_.lower() in w.death for c in tok.children):
        return "killed"
    return None


def toll_in(sent: Span, w: Words, within: set[int] | None = None) -> dict[str, int]:
    """Tolls written as "N dead", "a death toll of N", "N wounded" (verbs such as "killed" are
    triggers of their own and join the attack they name); `within` limits the search to a clause."""
    tolls: dict[str, int] = {}
    for tok in sent:
        if (within is not None and tok.i not in within) or (tok.pos_ == "VERB" and tok.dep_ not in {"amod", "acl"}):
            continue
        kind = _kind(tok, w)
        if kind is None or kind in tolls:
            continue
        value = _toll_value(tok, w)
        if value is not None:
            tolls[kind] = value
    return tolls


def _toll_value(tok: Token, w: Words) -> int | None:
    for c in tok.children:
        if c.dep_ in {"nsubjpass", "dobj", "nsubj", "nummod"}:
            value = victim_count(c, w) if c.dep_ != "nummod" else count_of(c, w)
            if value is not None:
                return value
    if tok.dep_ in {"amod", "acomp", "oprd"} and tok.head.pos_ in {"NOUN", "NUM"}:
        return count_of(tok.head, w)
    if tok.dep_ in {"oprd", "acomp", "xcomp", "advmod"} and tok.head.pos_ == "VERB":  # "five were shot dead"
        for c in tok.head.children:
            if c.dep_ in {"nsubjpass", "dobj"} and (value := victim_count(c, w)) is not None:
                return value
    if tok.dep_ in {"amod", "acl"}:
        return count_of(tok.head, w)
    # "the death toll rose to 30" / "a death toll of 30"
    for c in list(tok.children) + list(tok.head.children):
        if c.dep_ == "prep" and c.lower_ in w.toll_preps:
            for g in c.children:
                if g.dep_ == "pobj" and g.like_num:
                    return number_value(g)
    return None


def tolls_for(trig: Trigger, roles: Roles, lex: Lexicon) -> tuple[int | None, int | None]:
    """(killed, injured) the text states for this act: its victims' count, or a toll in its clause."""
    w = lex.words
    kind = trig.sense.casualty
    killed = injured = None
    counts = [value for tok in roles.victims if (value := victim_count(tok, w)) is not None]
    if kind and not counts and trig.is_noun:  # "1 fatality", "two deaths", "the death toll rose to 12"
        value = count_of(trig.token, w)
        value = _toll_value(trig.token, w) if value is None and trig.token.lemma_.lower() in w.toll_nouns else value
        counts = [value] if value is not None else []
    if kind and counts:
        killed, injured = (counts[0], None) if kind == "killed" else (None, counts[0])
    if trig.type in lex.types.toll_carriers and not kind:
        clause = trig.anchor
        tolls = toll_in(sent_of(trig.token), w, {t.i for t in clause.subtree})
        killed = killed if killed is not None else tolls.get("killed")
        injured = injured if injured is not None else tolls.get("injured")
    return killed, injured


def is_disaster(trig: Trigger, lex: Lexicon) -> bool:
    """Deaths from an earthquake, a crash, a disease or a civil blast are no act of violence."""
    tok, w = trig.token, lex.words
    near = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}]
    for c in tok.children:
        if c.dep_ in {"prep", "agent"}:
            near.extend(g for g in c.children if g.dep_ == "pobj")
    if trig.is_noun and tok.dep_ == "pobj":
        near.append(tok.head)
    # "the earthquake that struck northwest Syria": the relative's subject is its head; so is a tensed verb the
    # parser hangs on a noun ("An outbreak of cholera killed over 60 people": acl)
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBD"):
        near.append(tok.head)
        # "the collapse of a station canopy that killed 15": the parser hangs the relative on what collapsed
        if tok.head.dep_ == "pobj" and tok.head.head.lower_ in w.of_preps and tok.head.head.head.pos_ == "NOUN":
            near.append(tok.head.head.head)
    # "an earthquake struck ..., killing 128 and injuring ...": a participle's subject is its head's
    for head in _heads(tok):
        if head.lemma_.lower() in w.disaster_verbs and not _munition_fell(head, w):
            return True
        near.extend(c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"})
        if head.dep_ == "relcl":  # "an earthquake which hit the country and has killed 15,000"
            near.append(head.head)
    if _animals_or_illness(trig, near, lex):
        return True
    # "died when a bus crashed", "were killed as the building collapsed", "died after a tsunami hit Java"
    # ("14 were killed and 31 injured when a bus plunged into a ravine": the parser hangs the clause on the last
    # verb of the pair, and it tells the cause of both)
    # ("would attack the capital until the regime falls", "if the dam collapses": a limit or a condition, no cause)
    told = [*tok.children, *(c for k in tok.conjuncts for c in k.children)]
    causes = [c for c in told if c.dep_ == "advcl" and not _limit_or_condition(c, w) and (
        c.lemma_.lower() in w.disaster_verbs or any(s.dep_ == "nsubj" and s.lemma_.lower() in w.disaster_nouns
                                                    for s in c.children))]
    if _beside_a_calamity(tok, w):
        return True
    lemmas = {n.lemma_.lower() for n in near} | {n.lower_ for n in near}
    if causes or (lemmas & w.disaster_nouns and not lemmas & set(lex.nouns)):
        return True
    # "a fire at a wedding hall killed 14" (a blaze); "Israeli fire killed three", "sniper fire" (shooting)
    if any(n.lemma_.lower() in w.disaster_nouns and _articled(n, w) for n in near):
        return True
    # force is play in any sentence about a game; other acts only in a match report or beside a score line (a
    # protest at the Olympics is a protest; "booked for protesting a penalty decision" is play)
    return _civil_blast(tok, near, w, trig.sense.victim_subject) or _game(tok, w, trig.type in lex.types.violent)


def _limit_or_condition(clause: Token, w: Words) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in w.pending_marks | w.conditional_marks for c in clause.children)


def _beside_a_calamity(tok: Token, w: Words) -> bool:
    """ "2,300 homes were damaged and 400 destroyed, and a landslide blocked the highway": harm told with no doer
    in a sentence with a clause whose subject is a calamity, or a verb only water does ("farmland was washed away"),
    is the calamity's (a doer named, "rebels burned homes and a flood cut the road", keeps the act)."""
    # ("400 destroyed": a participle's number is what was harmed, no doer)
    if any(c.dep_ == "agent" or (c.dep_ == "nsubj" and tok.tag_ != "VBN" and c.tag_ != "CD") for c in tok.children):
        return False
    return any((s.dep_ in {"nsubj", "nsubjpass"} and s.lemma_.lower() in w.calamity_nouns and s.head.pos_ == "VERB")
               or (s.pos_ == "VERB" and s.lemma_.lower() in w.calamity_verbs) for s in sent_of(tok))


def _munition_fell(verb: Token, w: Words) -> bool:
    """ "a bomb fell on the camp, killing three": a munition that falls is an attack, no accident."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in w.munitions for c in verb.children)


def _animal(tok: Token, w: Words) -> bool:
    """An animal, or an act named after one ("a shark attack"); never a name ("Turkey shelled the town")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in w.animals or tok.lower_ in w.animals:
        return True
    kinds = [c for c in tok.children if c.dep_ == "compound"]
    return bool(kinds) and all(c.lemma_.lower() in w.animals or c.lower_ in w.animals for c in kinds)


def _animals_or_illness(trig: Trigger, near: list[Token], lex: Lexicon) -> bool:
    """ "160,000 birds were killed", "2,600 birds have died": animals are no victims; "died of the H5N1 strain",
    "the virus killed 93", "earthquakes struck, leaving 180 dead and 1,300 injured": in a sentence about an
    illness or a calamity, deaths and injuries with no killer but it are its own."""
    tok, w = trig.token, lex.words
    victims = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}] + (
        [c for c in tok.children if c.dep_ == "nsubj"] if trig.sense.victim_subject else [])
    if victims and all(v.pos_ == "NOUN" and v.lemma_.lower() in w.animals for v in victims):
        return True
    # "a locust attack", "locusts attacked the crops", "a crocodile attack killed a fisherman": the doer is an
    # animal or a pest
    doers = [c for c in tok.children if c.dep_ == "nsubj" or (trig.is_noun and c.dep_ == "compound")]
    if doers and not trig.sense.victim_subject and all(_animal(d, w) for d in doers):
        return True
    agentless = not any(c.dep_ in {"nsubj", "agent"} for c in tok.children)
    if trig.type not in lex.types.violent:
        # "protested against coronavirus measures" is a protest all the same; "the highway was blocked at several
        # places" with no one blocking it, in a report about landslides, was blocked by them
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        return passive and agentless and not trig.is_noun and _about_nature(tok.doc, lex)
    natural = w.illness_words | w.calamity_nouns
    if (trig.sense.victim_subject or agentless) and not names_its_cause(tok, w) and _about_nature(tok.doc, lex):
        return True  # "The boy died in Tulungagung", "Six villages were destroyed" in a report on bird flu, a quake
    words = {t.lower_ for t in sent_of(tok)} | {t.lemma_.lower() for t in sent_of(tok)}
    if not words & natural:
        return False
    if trig.sense.victim_subject:
        return True
    # "180 people dead and more than 1,300 injured": the subject of a bare participle is a victim
    bare = tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ in w.perfect_aux for c in tok.children)
    killers = [n for n in near if (n.dep_ == "nsubj" and not bare) or n.head.dep_ == "agent" or n.i == tok.head.i]
    if not killers and names_its_cause(tok, w):  # "health workers were killed in an attack"
        killers = [n for n in near if n.dep_ == "pobj" and n.ent_type_ not in {"DATE", "TIME"}]
    if not killers:
        return bool(trig.sense.casualty)  # "leaving at least 180 people dead and more than 1,300 injured"
    return all(any(t.lower_ in natural or t.lemma_.lower() in natural for t in _phrase(k)) for k in killers)


def _about_nature(doc: Doc, lex: Lexicon) -> bool:
    """A report that names an illness or a calamity three times or more, and no act of violence, is about it:
    its deaths and destruction with no cause are the illness's or the calamity's (a war report that names
    famine or cholera three times is still about the war)."""
    if _NATURE_KEY not in doc.user_data:
        w = lex.words
        natural = w.illness_words | w.calamity_nouns
        named = sum(t.lower_ in natural or t.lemma_.lower() in natural for t in doc)
        # "earthquakes struck": violence words in a sentence that names the calamity are its own,
        # and ones with no doer ("six villages were destroyed", "sustained damage") are what is in question
        calm = {t.sent.start for t in doc if t.lower_ in natural or t.lemma_.lower() in natural}
        violence = sum(t.lemma_.lower() in lex.violence_lemmas and t.sent.start not in calm and _has_doer(t, w)
                       for t in doc)
        doc.user_data[_NATURE_KEY] = named >= 3 and violence == 0
    return bool(doc.user_data[_NATURE_KEY])


_NATURE_KEY = "report_nature"  # Doc.user_data: whether the report is about an illness or a calamity


def _has_doer(tok: Token, w: Words) -> bool:
    """ "gunmen attacked", "shelled by the army", "Russia's attack", "an Israeli strike", "attacks by the RSF"."""
    return any(c.dep_ in {"nsubj", "agent", "poss"} or (c.dep_ in {"amod", "compound"} and c.ent_type_ in _DOERS)
               or (c.dep_ == "prep" and c.lower_ in w.maker_preps) for c in tok.children)


_DOERS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
def _phrase(noun: Token) -> list[Token]:
    """The words of a noun phrase without its clauses ("soldiers", not "soldiers who killed ... in the outbreak")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ not in {"relcl", "acl", "advcl", "ccomp"}:
            out.extend(_phrase(c))
    return out


def _articled(noun: Token, w: Words) -> bool:
    """A noun with an article and nothing that names who made it: "a fire", "the blaze" (not "the Israeli
    fire", "the fire from the tanks", "the fire of the occupation army")."""
    if not any(c.dep_ == "det" and c.lower_ in w.articles for c in noun.children):
        return False
    return not any(c.dep_ in {"amod", "compound", "poss"} or (c.dep_ == "prep" and c.lower_ in w.maker_preps)
                   or _fire_of_forces(c, w) for c in noun.children)  # fmt: skip


def _fire_of_forces(prep: Token, w: Words) -> bool:
    """ "the fire of the occupation army", "the fire of snipers": an "of" naming armed men names who fired."""
    forces = w.arresting_forces | w.combatant_nouns
    # ("of the occupation army east of Khan Younis": the parser may hang the army on the next noun)
    heads = [h for g in prep.children if g.dep_ == "pobj"
             for h in (g, *(c for c in g.children if c.dep_ == "compound"))]
    return prep.dep_ == "prep" and prep.lower_ in w.owner_preps and any(h.lemma_.lower() in forces for h in heads)


def _game(tok: Token, w: Words, force: bool) -> bool:
    """ "Senegal shot down Cameroon 3-1 in the semi-final": a match, not a fight (unless fans or police
    are in it, or someone was hurt). Acts other than `force` are play only in a match report or beside a score."""
    sent = sent_of(tok)
    words = {t.lemma_.lower() for t in sent}
    joined = set()  # hyphenated words as written ("semi-final") and score lines ("3-1") split by the tokenizer
    for t in sent[:-2]:
        if t.nbor(1).text in w.hyphens:
            joined.add(f"{t.lower_}{t.nbor(1).text}{t.nbor(2).lower_}")
    score = any(_is_score(word, w) for word in joined | {t.text for t in sent})
    words |= joined
    if words & w.sports_violence:
        return False
    return score or (force and bool(words & w.sports_words)) or _about_a_game(tok.doc, w)


def _about_a_game(doc: Doc, w: Words) -> bool:
    """A report that names sports words three times or more is a match report: "Sri Lanka's openers attacked
    the new ball ... before the spinner struck twice" is play, in a sentence that names no sport itself."""
    if _GAME_KEY not in doc.user_data:
        doc.user_data[_GAME_KEY] = sum(t.lemma_.lower() in w.sports_words for t in doc) >= 3
    return bool(doc.user_data[_GAME_KEY])


_GAME_KEY = "report_game"  # Doc.user_data: whether the report is about a game


def _is_score(word: str, w: Words) -> bool:
    """ "3-1", "12-11": two small numbers joined by a hyphen."""
    for hyphen in w.hyphens:
        parts = word.split(hyphen)
        if len(parts) == 2 and all(p.isdigit() and len(p) <= 2 for p in parts):
            return True
    return False


def _heads(tok: Token) -> list[Token]:
    """The verbs a participle or a conjoined verb takes its subject from ("overturned and caught fire,
    killing four")."""
    out: list[Token] = []
    cur = tok
    while cur.dep_ in {"advcl", "xcomp", "conj"} and cur.head.pos_ in {"VERB", "AUX"} and len(out) < 4:
        cur = cur.head
        out.append(cur)
    return out


def _civil_blast(tok: Token, near: list[Token], w: Words, victim_subject: bool = False) -> bool:
    """ "an explosion at a fireworks warehouse", "a gas cylinder blast": an accident, not a bombing. Deaths
    told with no cause of their own take the sentence's blast ("two people died and 55 others were injured in
    a gas explosion")."""
    doers = [c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "nsubj" and not victim_subject)]
    around = list(sent_of(tok)) if not doers and not names_its_cause(tok, w) else []
    blasts = [t for t in [tok, *near, *around] if t.pos_ == "NOUN" and t.lemma_.lower() in w.blast_nouns]
    # "an explosion at a fireworks warehouse"; "an explosion tore through a fireworks factory" (its verb's place)
    places = [p for b in blasts if b.dep_ == "nsubj" for p in b.head.children if p.dep_ == "prep"]
    words = {t.lemma_.lower() for b in [*blasts, *places] for t in b.subtree}
    causes = {t.lemma_.lower() for t in sent_of(tok)} & w.accident_causes
    return bool(words & w.civil_blasts) or bool(blasts and causes)


def names_its_cause(tok: Token, w: Words) -> bool:
    """ "killed when a shell hit a market", "killed in an air strike": the toll names its own act ("killed in
    Kfar Roummane", "wounded on Monday" name where and when, not what did it)."""
    return any(
        c.dep_ in {"advcl", "agent"} or (c.dep_ == "prep" and c.lower_ in w.cause_preps and not _where_or_when(c))
        for c in tok.children
    )


_WHERE_OR_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _where_or_when(prep: Token) -> bool:
    """A preposition whose every object is a name or a time ("in Nyaung Pin Thar", "in April")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in _WHERE_OR_WHEN or g.pos_ == "PROPN" for g in objects)
