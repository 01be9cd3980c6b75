"""Every actor mention of one parsed report, resolved with the knowledge base and rules on the parse.

Built once per doc: one left-to-right scan finds knowledge-base names and role words; then every noun
phrase head is resolved in document order, so that a pronoun or "the minister" can look back at what
came before (there is no coreference model offline: the rules below stand in for one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from flashpoint.actors.compose import PLACE_KINDS, Parts, combine
from flashpoint.actors.kb import Entry, Key, KnowledgeBase, load_kb
from flashpoint.actors.localise import item_of, item_starts
from flashpoint.actors.names import name_matcher
from flashpoint.actors.text import norm, norm_words
from flashpoint.model import Actor
from flashpoint.nlp import sent_of

HEAD_POS = {"NOUN", "PROPN", "PRON"}
MODIFIER_DEPS = {"compound", "amod", "flat", "det", "nummod", "case", "punct", "cc", "prep"}
LEFT_DEPS = {"det", "amod", "compound", "nmod", "nummod", "flat", "quantmod", "predet", "npadvmod", "nn"}
RIGHT_DEPS = {"compound", "flat", "nummod"}
OF_WORDS = {"of", "from"}
# People of these sectors named "in" a place are its own ("people in Somalia"); forces there may be foreign
RESIDENT_SECTORS = {"CVL", "PRO"}
RESIDENT_PREPS = {"in"}
# People of these sectors are also of the place they come from, where the parser hangs "from" on the verb that acts on
# them ("will not accept refugees FROM Afghanistan")
ORIGIN_SECTORS = {"CVL", "PRO", "REF"}
ORIGIN_PREPS = {"from"}
PLACE_ENTS = {"GPE", "LOC"}
QUANTITY = {"dozen", "hundred", "thousand", "million", "score", "number", "group", "some", "many", "most",
            "all", "several", "handful", "lot"}
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they"}
# clause links through which a subject "they" looks up to the clause it belongs to
GOVERNING_DEPS = {"advcl", "conj", "ccomp", "xcomp"}
PLURAL_TAGS = {"NNS", "NNPS"}
PLURAL_KINDS = {"group", "org"}  # "the Taliban", "Hamas": a group may be "they"
NOT_PEOPLE_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
PROPER = ("NNP", "NNPS")  # tags of a capitalised noun read as a name
ORG_NOUNS = {"organization", "organisation", "alliance", "bloc", "body"}
STATE_NOUNS = {"state"}  # "called on the State to protect": a country's state, capitalised
# what names a whole government ("urged the authorities"), not one of its bodies ("the embassies")
STATE_ROLES = {"authorities", "authority", "government", "regime", "junta", "administration", "leadership"}
COUNTRY_NOUNS = {"country", "nation", "state", "republic", "kingdom"}
# the doers of an attack named by what they did: they are the one armed group the report has named ("Al-Shabaab
# stormed a hotel ... the attackers detonated a car bomb")
DOER_NOUNS = {"attacker", "assailant", "gunman", "gunmen", "kidnapper", "abductor", "captor"}
COMPASS_NAMES = {"north", "south"}  # "the North" for North Korea (or North Macedonia) once the report has named it
PAIR_WORDS = {"sides", "parties", "countries", "nations", "neighbours", "neighbors", "rivals", "states", "governments",
              "militaries", "armies", "republics", "leaders", "presidents", "delegations", "capitals"}
DEFINITE = {"the", "this", "that"}
NAME_MODIFIERS = {"compound", "nmod", "conj", "amod"}  # a country's name modifying a noun: "US and British warships"
ARMED_SECTORS = {"MIL", "REB", "UAF"}
DASHES = {"-", "--", "–", "—"}
NAME_ENTS = {"PERSON", "ORG", "NORP", ""}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "pobj"}
PLACE_PREPS = {"in", "at", "near", "to", "into", "from", "across", "inside", "outside", "around", "over"}
LEARNED_KEY = "flashpoint.actors.learned"


@dataclass
class _Apart:
    """Parties coordinated with a phrase that the parser hung inside it (`ActorIndex._apart`)."""

    parties: list[Token] = field(default_factory=list)  # their heads
    kept: set[int] = field(default_factory=set)  # tokens under them that still belong to the phrase itself
    inside: set[int] = field(default_factory=set)  # the tokens of the phrase's own name
    cut: set[int] = field(default_factory=set)  # tokens under the phrase's apposition that are another party's
    owners: dict[int, list[Token]] = field(default_factory=dict)  # a party's head -> the phrase's true possessors


class ActorIndex:
    """All actor mentions of `doc`; `actor_for_token` answers for the phrase headed by a token."""

    def __init__(self, doc: Doc, kb: KnowledgeBase | None = None, when: dt.date | None = None) -> None:
        self.doc = doc
        self.kb = kb or load_kb()
        self.when = when
        self.mentions: list[Actor] = []
        self._heads: list[Token] = []  # the head token of each mention, same order
        self._by_lemma: dict[str, list[int]] = {}  # head lemma -> positions in mentions, while they are resolved
        self._cache: dict[int, Actor | None] = {}
        self._match_at: dict[int, tuple[int, Key]] = {}  # first token -> (last token, key)
        self._match_of: dict[int, int] = {}  # every token of a match -> the match's first token
        self._covered: set[int] = set()
        self._taught: dict[str, Actor] = {}  # names this report coded ("Ned Price", "Price")
        self._aparts: dict[int, _Apart] = {}
        self._learned: list[dict[str, Any]] = []
        self._items: list[int] | None = None  # where each item of a round-up begins, once asked
        self._scan()
        for tok in doc:
            if self._is_head(tok):
                self._note(tok, self._resolve(tok))
        self.mentions.sort(key=lambda a: (a.start or 0, a.end or 0))
        # Whoever parsed the doc can ask what it taught without the extractor handing it over.
        doc.user_data[LEARNED_KEY] = self._learned

    # -- public ---------------------------------------------------------------------------------
    def actor_for_token(self, tok: Token) -> Actor | None:
        """The actor of the noun phrase headed by `tok` (None when it names none)."""
        return self._resolve(tok)

    def actors_for_token(self, tok: Token) -> list[Actor]:
        """Every actor of a coordinated phrase ("Armenia and Azerbaijan", "the two sides")."""
        pair = self._pair(tok) or self._plural_antecedent(tok) or self._previous_plural_subject(tok)
        if pair:
            return pair
        listed = self._serial(tok)  # "A, B, and C met": a serial list the parser reads as appositions
        out = [a for a in (self._resolve(t) for t in [tok, *tok.conjuncts, *listed]) if a is not None]
        # parties the parser hung inside the phrase count only when the text names who they are, or, for a body
        # named whole ("police"), what they are (their country comes with localisation)
        out += [a for t in self._coordinated_inside(tok) if t not in tok.conjuncts and t not in listed
                if (a := self._resolve(t)) is not None and (a.country or a.org or a.sector and self._body(t))]
        return self._split_owners(tok, self._split_demonyms(tok, out))

    def learned(self) -> list[dict[str, Any]]:
        """What this report taught: names coded by a title or demonym next to them, with evidence."""
        return [dict(rec) for rec in self._learned]

    # -- scanning -------------------------------------------------------------------------------
    def _scan(self) -> None:
        for found in name_matcher(self.kb, self.doc.vocab)(self.doc, self.kb):
            self._match_at[found.first] = (found.last, found.key)
            self._covered.update(range(found.first, found.last + 1))
            self._match_of.update(dict.fromkeys(range(found.first, found.last + 1), found.first))

    # -- phrases --------------------------------------------------------------------------------
    def _is_head(self, tok: Token) -> bool:
        if tok.pos_ not in HEAD_POS or tok.dep_ in MODIFIER_DEPS:
            return False
        if tok.dep_ == "poss" and tok.pos_ == "PRON":
            return False
        if tok.dep_ == "appos" and tok in self._apart(tok.head).parties:
            return True  # "The UK, Norway, and Iceland": a list member, not another name of the UK
        return not (tok.dep_ == "appos" and self._cache.get(tok.head.i) is not None)

    def _phrase(self, tok: Token) -> tuple[list[Token], list[Token], list[Token]]:
        """(own tokens, possessors, of-phrase heads) of the phrase headed by `tok`.

        "for" counts as "of" after a title that speaks for a body ("a spokesman for the army"). A party the
        parser put inside the phrase but coordinated with it (`_apart`) is not part of it."""
        own: list[Token] = [tok]
        poss: list[Token] = []
        ofs: list[Token] = []
        apart = self._apart(tok)
        for child in tok.lefts:
            if child in apart.parties:
                # "Hakan Fidan and [Annalena Baerbock]": only the head's own name
                own.extend(t for t in child.subtree if t.i in apart.kept)
                poss.extend(apart.owners.get(child.i, []))
            elif child.dep_ == "poss":
                poss.append(child)
            elif child.dep_ in LEFT_DEPS:
                own.extend(child.subtree)
        for child in tok.rights:
            if child in apart.parties:
                continue
            if child.dep_ in RIGHT_DEPS or child.dep_ == "appos" and self._is_name_appos(child):
                own.extend(t for t in child.subtree if t.i not in apart.cut)
            elif child.dep_ == "prep" and (child.lower_ in OF_WORDS or child.lower_ == "for" and self._speaks(tok)):
                ofs.extend(o for c in child.children if c.dep_ == "pobj" for o in self._past_own_name(tok, c))
            elif child.dep_ == "prep" and child.lower_ in RESIDENT_PREPS and self._residents(tok):
                # "people in Somalia", "civilians in Gaza": people of a place are its own (not "troops in Syria")
                ofs.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_ENTS)
        if not ofs and not poss and self._residents(tok, ORIGIN_SECTORS):
            ofs.extend(self._origin(tok))
        own.sort(key=lambda t: t.i)
        return own, poss, ofs

    def _origin(self, tok: Token) -> list[Token]:
        """Where people of no stated nationality are from, told outside their own phrase: the place the verb acting
        on them takes them "from" ("will not accept refugees from Afghanistan"), or the place of what befell them
        ("populations affected by floods in Malawi")."""
        preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS] \
            if tok.dep_ == "dobj" else []
        for part in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            preps += [c for c in part.children if c.dep_ == "prep" and c.lower_ in RESIDENT_PREPS]
            preps += [p for a in part.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                      for p in o.children if p.dep_ == "prep" and p.lower_ in RESIDENT_PREPS]
        # (a country's name the tagger missed as a place, "floods in Malawi", still names a country)
        return [o for p in preps for o in p.children if o.dep_ == "pobj" and (o.ent_type_ in PLACE_ENTS or (
            o.pos_ == "PROPN" and (found := self._resolve(o)) is not None and found.kind == "country"))][:1]

    def _coordinated_inside(self, tok: Token) -> list[Token]:
        """The heads of parties the parser hung inside the phrase of `tok` though the text coordinates them with
        it (see `_apart`), and their own conjuncts."""
        apart = self._apart(tok)
        skip = apart.kept | apart.inside | {o.i for owners in apart.owners.values() for o in owners}
        return [t for p in apart.parties for t in [p, *p.conjuncts] if t.i not in skip]

    def _apart(self, tok: Token) -> _Apart:
        """Parties coordinated with the phrase of `tok` that the parser made part of it:
        - a list member taken for an apposition: "The UK, Norway, and Iceland", "Brazil, Argentina, and Chile" (a
          name of another party set off by commas, in a list that goes on with "and");
        - a name whose own tokens carry the coordination: "Barack [IN] Obama and Vladimir Putin" (Putin hangs on
          "Obama", a token of the name headed by "Barack"), "Anwar Ibrahim and Ferdinand Marcos Jr.";
        - a name before the head whose conjunct begins the head's own name: "[Hakan Fidan] and Annalena Baerbock",
          or set off from it by a comma: "[Ruto], Museveni, and Kagame";
          a body named whole before the head's own words: "[Police] and opposition supporters";
        - a person taken for the possessor of the next name: "[President Sisi] and Jordan's King Abdullah" (a person
          owns no king: the second name's owner is Jordan);
        - a party hung on the name in apposition to a title: "Kenya's president, William Ruto, and [Ethiopia's prime
          minister]"."""
        found = self._aparts.get(tok.i)
        if found is None:
            found = self._aparts[tok.i] = self._find_apart(tok)
        return found

    def _find_apart(self, tok: Token) -> _Apart:
        apart = _Apart()
        first = self._match_of.get(tok.i)
        name = range(first, self._match_at[first][0] + 1) if first is not None else range(tok.i, tok.i + 1)
        for child in tok.rights:
            if child.dep_ == "appos" and self._listed(tok, child):
                apart.parties.append(child)
            elif child.dep_ == "appos" and self._is_name_appos(child):  # (not a list member: tested first)
                # "Kenya's president, William Ruto, and Ethiopia's prime minister": the parser hangs the next
                # party on the name that says who the first is
                others = [c for c in child.children if c.dep_ == "conj"]
                apart.parties += others
                apart.cut.update(t.i for c in others for t in c.subtree)
        apart.inside.update(name)
        for t in (self.doc[k] for k in name if k != tok.i):
            apart.parties += [c for c in t.children if c.dep_ == "conj" and c.i not in name]
        named = self._named(tok)
        for child in tok.lefts:
            if child.dep_ not in LEFT_DEPS | {"poss"} or child.i in name:
                continue
            if named and self._named(child) and any(c.dep_ == "conj" and c.i in name for c in child.children):
                apart.parties.append(child)
                apart.kept.update(name)
            elif named and self._named(child) and self._match_entry(child) is not self._match_entry(tok) and any(
                    self.doc[k].text == "," for k in range(child.right_edge.i + 1, min(name))):
                # "Ruto, Museveni, and Kagame met": a name set off by a comma before the head's own is a list member
                apart.parties.append(child)
                apart.kept.update(name)
            elif child.dep_ in {"nmod", "compound"} and self._body(child) and (
                    conj := next((c for c in child.children if c.dep_ == "conj"), None)) is not None:
                # "[Police] and opposition supporters clashed": a body named whole, then the head's own words
                apart.parties.append(child)
                apart.kept.update(t.i for t in conj.subtree)
            elif child.dep_ in {"poss", "nmod"} and self._person_name(child):  # ("Brazil's Lula and Argentina's")
                owners = [c for c in child.children if c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children)]
                if owners:
                    apart.parties.append(child)
                    apart.owners[child.i] = owners
        return apart

    def _serial(self, tok: Token) -> list[Token]:
        """The further items of a list the parser hung on `tok` as appositions (see `_listed`), with their
        conjuncts."""
        return [m for p in self._apart(tok).parties if p.dep_ == "appos" and p.head.i == tok.i
                for m in [p, *p.conjuncts]]  # fmt: skip

    def _listed(self, tok: Token, appos: Token) -> bool:
        """An apposition that is one more member of a list: another party's name, followed by a comma, in a list
        that goes on with "and"/"or" after it; an apposition that itself goes on with "and"/"or" and an item of its
        own ("members of the gangs Los Lobos and Los Choneros"); a state's name set between two names joined after
        it ("the UK, France, and Germany")."""
        if any(c.dep_ == "cc" for c in appos.children) and any(c.dep_ == "conj" for c in appos.children):
            return True
        later = [c.dep_ for c in tok.children if c.i > appos.i]
        # (states and bodies only: "the Prime Minister, Mohammed al-Sudani, received ..." renames a person)
        if appos.pos_ == "PROPN" and tok.pos_ == "PROPN" and appos.ent_type_ in {"GPE", "ORG"} and "cc" in later:
            return True
        # "The UK, Norway, and Iceland"; "Mali, Burkina Faso and Niger" (the list goes on under the apposition)
        comma = appos.i + 1 < len(self.doc) and self.doc[appos.i + 1].text == ","
        goes_on = any(c.dep_ in {"cc", "conj"} and c.i > appos.i for c in [*tok.children, *appos.children])
        if not comma and not any(c.dep_ == "conj" for c in appos.children):
            return False
        mine, its = self._match_entry(tok), self._match_entry(appos)
        # ("the Prime Minister, Mohammed Shia al-Sudani, ... and": a title's apposition names the same person)
        return goes_on and its is not None and mine is not None and mine is not its

    def _residents(self, tok: Token, sectors: set[str] = RESIDENT_SECTORS) -> bool:
        """The token is a word for people who live where they are (civilians, protesters), not a force."""
        first = self._match_of.get(tok.i)
        role = self._match_at[first][1].role if first is not None else None
        return role is not None and role.sector in sectors

    def _match_entry(self, tok: Token) -> Entry | None:
        first = self._match_of.get(tok.i)
        return self._match_at[first][1].entry if first is not None else None

    def _named(self, tok: Token) -> bool:
        """The token is part of the name of someone (a person, a body, a group, a country), not of a word for a
        kind of people ("Korean", "fighter jets")."""
        entry = self._match_entry(tok)
        return entry is not None and entry.kind != "demonym"

    def _body(self, tok: Token) -> bool:
        """The token alone is a word for a whole body of people ("police", "the army"), not a modifier."""
        first = self._match_of.get(tok.i)
        if first is None:
            return False
        last, key = self._match_at[first]
        return key.role is not None and key.role.kind == "institution" and last == tok.i

    def _person_name(self, tok: Token) -> bool:
        entry = self._match_entry(tok)
        return entry is not None and entry.kind == "person"

    def _past_own_name(self, tok: Token, obj: Token) -> list[Token]:
        """ "the Ministry of Foreign Affairs of Tajikistan": an of-phrase inside the role's own name ("of Foreign
        Affairs") is no owner; the owner is the of-phrase after it."""
        first = self._match_of.get(tok.i)
        if first is None or self._match_of.get(obj.i) != first:
            return [obj]
        return [g for p in obj.children if p.dep_ == "prep" and p.lower_ in OF_WORDS
                for g in p.children if g.dep_ == "pobj"]  # fmt: skip

    def _speaks(self, tok: Token) -> bool:
        found = self._match_at.get(tok.i)
        return found is not None and found[1].role is not None and found[1].role.kind == "inheriting"

    def _is_name_appos(self, tok: Token) -> bool:
        """Another name of the phrase's party (callers leave out list members first, see `_listed`)."""
        return tok.pos_ == "PROPN" or tok.i in self._covered

    def _span(self, tok: Token) -> Span:
        own, poss, ofs = self._phrase(tok)
        toks = own + [t for p in poss for t in p.subtree] + [t for o in ofs for t in o.subtree]
        lo = min(t.i for t in toks)
        hi = max(t.i for t in toks)
        while hi > lo and self.doc[hi].is_punct:
            hi -= 1
        if hi + 1 < len(self.doc) and self.doc[hi + 1].text == ")" and _unclosed(self.doc[lo : hi + 1]):
            hi += 1  # "the National Liberation Army (ELN)": the bracket the phrase opened
        return self.doc[self._phrase_start(lo, tok.i) : hi + 1]

    def _phrase_start(self, lo: int, head: int) -> int:
        """A phrase starts after a spaced dash before its head ("BAKU, Sept 15 - Azerbaijan": a dateline the
        parser hangs on the name) and never on punctuation; "Al-Shabaab" has no spaces round its hyphen."""
        doc = self.doc
        for k in range(head - 1, lo, -1):
            if doc[k].text in DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
                lo = k + 1
                break
        while lo < head and doc[lo].is_punct:
            lo += 1
        return lo

    def _without_dateline(self, own: list[Token], head: int) -> list[Token]:
        """"CAIRO - A delegation from Hamas", "Benghazi - The Libyan House of Representatives": a dateline the parser
        hangs on a report's first phrase names none of it. Only a place opening a line, a spaced dash and a capital
        after it ("the Saudi - led coalition", "al - Sarraj" in pre-tokenised text are names)."""
        doc, lo = self.doc, own[0].i
        if lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
            return own
        for k in range(lo + 1, min(head, lo + 8)):
            if doc[k].text in DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
                before, after = doc[k - 1], doc[k + 1]
                place = before.ent_type_ in {"GPE", "LOC"} or before.is_upper
                if place and (after.is_title or after.is_upper):
                    return [t for t in own if t.i > k]
                return own
        return own

    def _heading(self, tok: Token) -> bool:
        """ "SERBIA - Thousands of students marched", "TURKEY: Police detained 41 people": the heading in capitals
        that opens a round-up item says what country the item is about; the parser may take it for the subject,
        but it names no one who acts."""
        doc = self.doc
        if not tok.is_upper or len(tok) < 2:
            return False
        lo = tok.i
        while lo > 0 and "\n" not in doc[lo - 1].text_with_ws and (doc[lo - 1].is_upper or doc[lo - 1].text in DASHES):
            lo -= 1
        if lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
            return False  # not at the start of a line
        hi = tok.i + 1
        while hi < len(doc) and (doc[hi].is_upper or (doc[hi].text in DASHES and not doc[hi].whitespace_)):
            hi += 1
        marked = hi < len(doc) and (doc[hi].text == ":" or (doc[hi].text in DASHES and bool(doc[hi - 1].whitespace_)))
        # ("NAIROBI - Kenya's National Assembly adopted": a phrase the parser heads with the dateline runs on past
        # the dash and names who acts, `_without_dateline`)
        return marked and tok.right_edge.i < hi

    # -- resolving ------------------------------------------------------------------------------
    def _resolve(self, tok: Token) -> Actor | None:
        if tok.i in self._cache:
            return self._cache[tok.i]
        self._cache[tok.i] = None  # guards against a cycle in a bad parse
        actor = self._compute(tok)
        if actor is not None:
            span = self._span(tok) if tok.pos_ != "PRON" else self.doc[tok.i : tok.i + 1]
            actor = replace(actor, text=span.text, start=span.start_char, end=span.end_char)
        self._cache[tok.i] = actor
        return actor

    def _compute(self, tok: Token) -> Actor | None:
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        compass = self._compass_reference(tok)
        if compass is not None:
            return compass
        if self._heading(tok):
            return None
        own, poss, ofs = self._phrase(tok)
        own = self._without_dateline(own, tok.i)
        if tok.lemma_.lower() in QUANTITY and ofs and tok.i not in self._covered:
            return self._resolve(ofs[0])  # "dozens of protesters" are protesters
        parts = Parts(text=tok.text)
        own_ids = {t.i for t in own}
        for p in list(poss):  # a name that runs through the possessive: "The People's Liberation Army"
            inside = [t for t in p.subtree if t.i in self._match_at and self._match_at[t.i][0] >= tok.i]
            if inside:
                poss.remove(p)
                own = sorted([*own, *inside], key=lambda t: t.i)
        if self._inside_longer_name(tok, own_ids):
            return None
        for t in own:
            if t.i in self._match_at:
                found = self._match_at[t.i][1]
                parts.add(found.entry, found.role)
        first = self._match_of.get(tok.i)
        if first is not None and first not in own_ids and self._match_at[first][0] == tok.i:
            # "Barack Obama and ...", the first name parsed as a preposition: the name still ends on its head
            found = self._match_at[first][1]
            parts.add(found.entry, found.role)
        parts.name = self._unknown_name(own, own_ids)
        remembered = parts.person if parts.person is not None and parts.person.source == "learned" else None
        if remembered is not None:
            taught = self._report_first(parts, own, own_ids, remembered)
            if taught is not None:
                return taught
        counterpart = any(r.phrase.startswith("counterpart") for r in parts.roles)
        if not counterpart:  # "his counterpart" is from the other side: the possessor says nothing
            parts.subs.extend(a for a in (self._resolve(p) for p in poss) if a is not None)
        parts.subs.extend(a for a in (self._resolve(o) for o in ofs) if a is not None)
        if parts.name is not None and tok.lemma_.lower() in STATE_NOUNS and [t.lower_ for t in own] == ["the", "state"]:
            parts.name = None  # "the State": no name, a reference to a country's state
        if parts.person is None and not parts.named and not parts.place and parts.name is None:
            back = self._definite(tok, parts, poss) or self._same_head(tok, own, poss, ofs)
            if back is not None:
                return back
        collective = tok.lemma_.lower() in self.kb.collectives and tok.i not in self._covered
        if tok.lemma_.lower() in self.kb.named_collectives and tok.i not in self._covered and parts.named:
            collective = True  # "the Hamas movement": what Hamas is
        # "the gangs' coalition": what its members are ("the Saudi-led coalition" says whose it is)
        if collective and not (parts.named or parts.roles or parts.demonyms or parts.place):
            return next((a for a in parts.subs if a.sector), None)
        # "Assistant to the President of Azerbaijan, Mr. Hikmet Hajiyev, said": a title the knowledge base does not
        # know, named by a known person in apposition, is that person
        appos_person = parts.person is not None and any(c.dep_ == "appos" for c in tok.rights)
        if tok.i not in self._covered and (parts.name is None or tok.pos_ != "PROPN") and not collective \
                and not appos_person:
            return None  # the head is a common noun the knowledge base does not know: "the border"
        if appos_person:
            parts.name = None  # the unknown title word is no name of its own
        if parts.name and not (parts.roles or parts.named or parts.place or parts.demonyms or parts.subs):
            return self._bare_name(tok, parts.name)
        if parts.name is None and norm(tok.text) in self.kb.not_actors:
            return None
        actor = combine(parts, self.when)
        if actor is not None and actor.kind == "role" and actor.country is None and actor.org is None:
            actor = self._regional_body(tok, own, parts) or actor
        if actor is not None and actor.country is None and actor.org is None:
            actor = self._seated(tok, actor) or actor
        if actor is not None and actor.kind == "person" and actor.country is None and actor.org is None:
            actor = self._body_head(own, parts) or actor  # "The Secretary-General" of a UN statement
        if actor is not None and remembered is not None and parts.person is None and actor.country is None:
            country, _sector, org = remembered.coding(self.when)  # the report's words leave the country open
            actor = replace(actor, country=country, org=actor.org or org)
        if actor is not None and parts.name and parts.person is None:
            self._teach(actor, own)
        return actor

    def _regional_body(self, tok: Token, own: list[Token], parts: Parts) -> Actor | None:
        """ "African leaders meeting in Addis Ababa ... a communiqué issued at the end of the African Union's summit":
        a region's leaders or ministers (plural titles of government after a regional demonym, roles.yaml
        `region_bodies`) are that region's body when the body is named in this sentence or the one before or
        after; else they stay uncoded (never the host country's)."""
        if tok.tag_ != "NNS" or not parts.roles or any(r.kind not in ("title", "inheriting") or r.sector != "GOV"
                                                       for r in parts.roles):
            return None
        before = " ".join(t.text for t in own if t.i < tok.i and t.pos_ in ("ADJ", "PROPN", "NOUN"))
        code = next((c for w, c in sorted(self.kb.region_bodies.items(), key=lambda x: -len(x[0]))
                     if before == w or before.endswith(" " + w) or before.startswith(w + " ")), None)
        entry = self.kb.orgs.get(code) if code else None
        if entry is None or not self._named_near(tok, code):
            return None
        return Actor(text=tok.text, name=entry.name, country=entry.country, sector=entry.sector, org=code, kind="org")

    def _seated(self, tok: Token, actor: Actor) -> Actor | None:
        """ "the military government in Niamey", "the authorities in Kabul": a governing body (roles.yaml
        `seated_heads`) of no stated country is the country of the capital or country it sits in."""
        if tok.lemma_.lower() not in self.kb.seated_heads:
            return None
        # the parser often hangs the "in" on the verb the phrase is the object of: the preposition right after it
        after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
        hung = [after] if after is not None and after.head.i == tok.head.i and tok.dep_ == "dobj" else []
        for prep in (c for c in [*tok.children, *hung] if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                seat = self._resolve(obj)
                if seat is not None and seat.country and seat.org is None and seat.kind in {"country", "capital"}:
                    return replace(actor, country=seat.country)
        return None

    def _body_head(self, own: list[Token], parts: Parts) -> Actor | None:
        """ "The Secretary-General strongly condemns ...": a capitalised title standing alone that names the head of
        one body (roles.yaml `body_heads`) is that office when the organisation named nearest before it in the
        report (with none before, the first after) is of its family; else it stays unowned."""
        if len(parts.roles) != 1 or parts.named or parts.place or parts.demonyms or parts.name:
            return None
        code = self.kb.body_heads.get(norm(parts.roles[0].phrase))
        title = [t for t in own if t.is_title and t.pos_ in ("PROPN", "NOUN")]
        entry = self.kb.orgs.get(code) if code else None
        if entry is None or not title:
            return None
        named = self._nearest_org(title[0].i)
        if named is None or self._family(named) != self._family(code):
            return None
        return Actor(text=" ".join(t.text for t in own), name=entry.name, country=entry.country,
                     sector=entry.sector, org=code, kind="org")

    def _nearest_org(self, i: int) -> str | None:
        """The organisation named nearest before token `i` in the report, else the first one after it."""
        orgs = sorted((first, key.entry.org) for first, (_last, key) in self._match_at.items()
                      if key.entry is not None and key.entry.kind == "org" and key.entry.org)
        before = [org for first, org in orgs if first < i]
        after = [org for first, org in orgs if first > i]
        return before[-1] if before else (after[0] if after else None)

    def _family(self, code: str | None) -> str | None:
        return self.kb.parents.get(code, code) if code else None

    def _named_near(self, tok: Token, code: str | None) -> bool:
        """Whether the organisation `code` is named in the sentence of `tok` or the one before or after it."""
        sent = sent_of(tok)
        lo = _previous_sentence_start(tok)
        hi = sent_of(self.doc[sent.end]).end if sent.end < len(self.doc) else sent.end
        return any(lo <= first < hi and key.entry is not None and key.entry.org == code
                   for first, (_last, key) in self._match_at.items())

    def _inside_longer_name(self, tok: Token, own_ids: set[int]) -> bool:
        """A capital or country name that ends a longer proper name names another place: "Mocimboa da Praia" is a
        Mozambican town, not Cape Verde's government; "East Jerusalem" is no seat of power."""
        first = self._match_of.get(tok.i)  # (an index: a scan of every match per token was quadratic)
        entry = self._match_at[first][1].entry if first is not None else None
        if first is None or entry is None or entry.kind not in PLACE_KINDS:
            return False
        before = self.doc[first - 1] if first > 0 else None
        return (before is not None and before.i in own_ids and before.pos_ == "PROPN" and before.dep_ == "compound"
                and before.i not in self._covered and not before.is_sent_start)

    def _report_first(self, parts: Parts, own: list[Token], own_ids: set[int], entry: Entry) -> Actor | None:
        """A name known only from earlier reports: what this report says about it wins.

        With a title or a country next to it, the phrase is coded (and taught) as if the name were
        unknown; bare, it takes what this report taught earlier, else (None) the remembered coding."""
        first = next(t.i for t in own if t.i in self._match_at and self._match_at[t.i][1].entry is entry)
        lo, hi = first, self._match_at[first][0]
        while lo - 1 in own_ids and self.doc[lo - 1].pos_ == "PROPN" and lo - 1 not in self._covered:
            lo -= 1
        while hi + 1 in own_ids and self.doc[hi + 1].pos_ == "PROPN" and hi + 1 not in self._covered:
            hi += 1
        name = self.doc[lo : hi + 1].text
        if parts.roles or parts.named or parts.place or parts.demonyms:
            parts.person, parts.name = None, name
            return None
        taught = self._taught.get(norm(name)) or self._taught.get(norm(name.split()[-1]))
        return replace(taught, text=name) if taught is not None else None

    def _unknown_name(self, own: list[Token], own_ids: set[int]) -> str | None:
        """A run of proper nouns the knowledge base does not cover ("Ned Price"), if the phrase has one."""
        run: list[Token] = []
        for t in own:
            if not run and norm(t.text) in self.kb.honorifics:
                continue  # "Mr. Ahmed Attaf": the honorific is no part of the name
            # NER mislabels names; after a title ("Governor Hyacinth Alia", tagged an EVENT) a name is a person's
            known = t.ent_type_ in NAME_ENTS or norm(t.text) in self._taught or self._after_title(t, run)
            fits = t.pos_ == "PROPN" and t.i not in self._covered and known
            if fits and (not run or t.i == run[-1].i + 1):
                run.append(t)
            elif run and not fits:
                break
        if not run:
            return None
        text = self.doc[run[0].i : run[-1].i + 1].text
        return None if norm(text) in self.kb.not_actors else text

    def _after_title(self, tok: Token, run: list[Token]) -> bool:
        """A proper noun that continues a run begun right after a person's title ("Governor", "Senator")."""
        first = run[0].i if run else tok.i
        start = self._match_of.get(first - 1)
        if start is None or first - 1 != self._match_at[start][0]:
            return False
        role = self._match_at[start][1].role
        return role is not None and role.kind in ("title", "inheriting")

    def _bare_name(self, tok: Token, name: str) -> Actor | None:
        """A name alone: what this report taught about it, else an unknown actor (country null)."""
        taught = self._taught.get(norm(name)) or self._taught.get(norm(name.split()[-1]))
        if taught is not None:
            return replace(taught, text=name)
        short = self._short_name(tok, name)
        if short is not None:
            return short
        if tok.ent_type_ not in ("PERSON", "ORG"):
            return None
        kind = "person" if tok.ent_type_ == "PERSON" else "org"
        # "the National Action Party": the head word of the name says what it is (roles.yaml `name_heads`)
        sector = self.kb.name_heads.get(tok.text) if kind == "org" else None
        return Actor(text=name, name=name, country=None, sector=sector, kind=kind)

    def _short_name(self, tok: Token, name: str) -> Actor | None:
        """ "The UN High Commissioner for Human Rights ... The High Commissioner urged": "the" and a shorter form
        of a name told before stands for it, when every coded mention so far with that head word is one actor
        (two different High Commissioners leave it unknown)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        earlier = [a for a, h in zip(self.mentions, self._heads, strict=True)
                   if h.i < tok.i and h.lower_ == tok.lower_ and (a.org or a.country)]  # fmt: skip
        if len({(a.org, a.country, a.sector) for a in earlier}) != 1:
            return None
        return earlier[-1] if set(norm_words(name)) <= set(norm_words(earlier[-1].text)) else None

    def _teach(self, actor: Actor, own: list[Token]) -> None:
        if actor.country is None and actor.sector is None:
            return
        name = actor.name or ""
        self._taught.setdefault(norm(name), actor)
        surname = name.split()[-1] if name.split() else ""
        if surname and surname != name:
            self._taught.setdefault(norm(surname), actor)
        lo, hi = own[0], own[-1]
        self._learned.append({
            "name": name, "kind": actor.kind, "country": actor.country, "sector": actor.sector, "org": actor.org,
            "evidence": {"text": self.doc[lo.i : hi.i + 1].text, "start": lo.idx, "end": hi.idx + len(hi.text)},
            "date": self.when.isoformat() if self.when else None,
        })  # fmt: skip

    # -- looking back ---------------------------------------------------------------------------
    def _note(self, tok: Token, actor: Actor | None) -> None:
        if actor is not None:
            self._by_lemma.setdefault(tok.lemma_.lower(), []).append(len(self.mentions))
            self.mentions.append(actor)
            self._heads.append(tok)

    def _antecedent(
        self, tok: Token, want: str, country: str | None = None, sector: str | None = None
    ) -> Actor | None:
        """The most recent compatible mention before `tok`, subjects of recent sentences first.

        A co-argument of the same verb is never the antecedent ("Kiir sacked the army chief"), nor is the
        subject of the clause an object pronoun belongs to ("the junta suspended the station, accusing it of")."""
        busy = {t.i for t in _clause_parties(tok)} if tok.pos_ == "PRON" and tok.dep_ in OBJECT_DEPS else set()
        # nor the same party named before ("Niger's military government ... The junta suspended ..., accusing it")
        taken = [a for i in busy if (a := self._cache.get(i)) is not None and (a.country or a.org or a.sector)]
        # ("In Brussels, NATO's chief said the alliance ...": a seat named as the place says where, not who)
        pool = [(a, h) for a, h in zip(self.mentions, self._heads, strict=True)
                if h.i < tok.i and _compatible(a, want, country) and (sector is None or a.sector == sector)
                and not (want == "org" and _place(h))
                and h.i not in busy and not any(_may_be(a, t) for t in taken)
                and not (want == "person" and h.head.i == tok.head.i and tok.pos_ != "PRON")]  # fmt: skip
        if not pool:
            return None
        # Subjects of this or the previous sentence are the most salient referents.
        since = _previous_sentence_start(tok)
        subjects = [a for a, h in pool if h.dep_ in SUBJECT_DEPS and h.i >= since]
        return subjects[-1] if subjects else pool[-1][0]

    def _pronoun(self, tok: Token) -> Actor | None:
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            return self._antecedent(tok, "person") or self._teller(tok)
        if low in THING_PRONOUNS:
            if _expletive(tok):
                return None
            if tok.dep_ == "poss":  # "Azerbaijan and its people": the nearest thing in the sentence
                near = [a for a, h in zip(self.mentions, self._heads, strict=True)
                        if sent_of(tok).start <= h.i < tok.i and _compatible(a, "thing", None)]  # fmt: skip
                if near:
                    return near[-1]
            return self._antecedent(tok, "thing")
        return None  # "they", "we": too loose to resolve by rule

    def _teller(self, tok: Token) -> Actor | None:
        """ "Kenya's president said he might declare martial law": the subject of a clause a person of no name
        tells is that person (a named one is found as any antecedent)."""
        clause = tok.head
        if tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return None
        tellers = {c.i for c in clause.head.children if c.dep_ == "nsubj"}
        found = [a for a, h in zip(self.mentions, self._heads, strict=True) if h.i in tellers and a.kind == "person"]
        return found[-1] if found else None

    def _definite(self, tok: Token, parts: Parts, poss: list[Token]) -> Actor | None:
        """ "the minister", "the Armenian official", "the organization", "his country" -> antecedent."""
        lemma = tok.lemma_.lower()
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        country = parts.demonyms[0].country if parts.demonyms else None
        if lemma in COUNTRY_NOUNS and tok.tag_ == "NN" and (poss or dets & DEFINITE) and not parts.demonyms:
            owner = next((a for a in parts.subs if a.country), None) if poss else None
            if owner is not None and owner.country in self.kb.countries:
                return self.kb.country_actor(owner.country, tok.text)
            if poss:
                return None
            back = self._antecedent(tok, "country") or self._antecedent(tok, "any-country")
            return self.kb.country_actor(back.country, tok.text) if back and back.country else None
        if lemma in ORG_NOUNS and dets & DEFINITE and tok.tag_ == "NN":
            body = self._antecedent(tok, "org")
            # "NATO Secretary-General X said the alliance would ...": the body a named official speaks for
            return replace(body, kind="org", name=None) if body is not None and body.kind == "person" else body
        if lemma in STATE_NOUNS and "the" in dets and tok.tag_ == "NNP" and tok.dep_ in OBJECT_DEPS \
                and not parts.demonyms and not poss:
            state = self._state_antecedent(tok)
            # with no state named just before, the report's own state (localisation gives its country)
            return self.kb.country_actor(state, tok.text) if state else Actor(text=tok.text, sector="GOV",
                                                                              kind="institution")
        if dets & DEFINITE and not (poss or parts.subs or parts.demonyms) and tok.pos_ == "NOUN":
            return self._armed_reference(tok, parts) or (
                self._state_reference(tok, parts) if tok.dep_ in OBJECT_DEPS else None)
        titles = [r for r in parts.roles if r.kind in ("title", "inheriting")]
        only_titles = titles and len(titles) == len(parts.roles) and not titles[-1].plural
        if only_titles and dets & DEFINITE and not parts.subs and tok.tag_ == "NN":
            sector = titles[-1].sector if titles[-1].kind == "title" else None
            back = self._antecedent(tok, "person", country, sector)
            return replace(back, kind="person") if back is not None else None
        return None

    def _compass_reference(self, tok: Token) -> Actor | None:
        """ "North Korea said it carried out a test ... where the North staged its first test": "the North" ("the
        South") stands for the country named before whose name begins with that word (none named: no one)."""
        if tok.pos_ != "PROPN" or tok.lower_ not in COMPASS_NAMES or tok.i in self._covered \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        prefix = f"{tok.lower_} "
        for actor, head in zip(reversed(self.mentions), reversed(self._heads), strict=True):
            entry = self.kb.countries.get(actor.country or "")
            if head.i < tok.i and actor.country and entry is not None and entry.name.lower().startswith(prefix):
                return self.kb.country_actor(actor.country, tok.text)
        return None

    def _armed_reference(self, tok: Token, parts: Parts) -> Actor | None:
        """ "Al-Shabaab claimed the attack ... recaptured villages from the militants": "the rebels", "the
        militants" stand for the one armed group the report has named so far (two named groups: neither). So do
        "the attackers", "the gunmen" (`DOER_NOUNS`), unless unnamed gunmen were told of before: they are those."""
        if not parts.roles or any(r.kind != "institution" for r in parts.roles):
            return None
        doers = tok.lemma_.lower() in DOER_NOUNS or tok.lower_ in DOER_NOUNS
        if any(r.sector != ("UAF" if doers else "REB") for r in parts.roles):
            return None
        before = [(a, h) for a, h in zip(self.mentions, self._heads, strict=True) if h.i < tok.i]
        if doers and any(a.sector == "UAF" for a, _ in before):
            return None
        armed = {(a.org or a.country, a.name): a for a, _ in before if a.sector == "REB" and a.kind != "person"}
        only = next(iter(armed.values())) if len(armed) == 1 else None
        return only if only is not None and only.kind == "group" else None

    def _state_reference(self, tok: Token, parts: Parts) -> Actor | None:
        """ "Turkey and Qatar urged the authorities to reverse the ban": a government named by its role alone, as
        the object of another party's act, is that of the state named last before it (see `_state_antecedent`).
        As a subject ("the junta said") it is the report's own government, which localisation gives."""
        if tok.lemma_.lower() not in STATE_ROLES or len(parts.roles) != 1:
            return None
        back = self._state_antecedent(tok)
        actor = combine(parts, self.when) if back else None
        return replace(actor, country=back) if actor is not None and actor.country is None else None

    def _state_antecedent(self, tok: Token) -> str | None:
        """The country of the nearest state mention (a country, a capital, its government or forces) in this or
        the previous sentence, leaving out the parties of the clause that speaks of `tok` ("Turkey and Qatar
        urged the authorities": not Turkey); None when the nearest names several countries together."""
        since = _previous_sentence_start(tok)
        busy = {t.i for t in _clause_parties(tok)}
        pool = [(a, h) for a, h in zip(self.mentions, self._heads, strict=True)
                if since <= h.i < tok.i and a.country and not a.org and h.i not in busy and not _place(h)
                and (a.kind in ("country", "capital") or a.sector in {"GOV", "MIL"})]  # fmt: skip
        if not pool:
            return None
        actor, head = pool[-1]
        together = {a.country for a, h in pool if h.i in {c.i for c in [head, *head.conjuncts]}}
        return actor.country if len(together) == 1 else None

    def _same_head(self, tok: Token, own: list[Token], poss: list[Token], ofs: list[Token]) -> Actor | None:
        """ "The UN mission in Abyei ... The mission will send patrols": a bare "the X" repeats the earlier
        phrase with the same head noun ("FARC dissidents ... the dissidents"), when every such phrase so far names
        the same organisation or armed group (countries are left to localisation: "the embassies of Rwanda and
        France ... the embassies" are not Rwanda's)."""
        if poss or ofs or len(own) != 2 or own[0].lower_ not in DEFINITE or tok.tag_ not in ("NN", "NNS", *PROPER):
            return None
        lemma = tok.lemma_.lower()
        # (only phrases with this head noun: scanning every mention made long reports quadratic)
        same = [(self.mentions[j], self._heads[j]) for j in self._by_lemma.get(lemma, [])]
        earlier = [a for a, h in same if h.i < tok.i and _number(h) == _number(tok) and (a.org or a.country)]
        if len({(a.org, a.country, a.sector) for a in earlier}) != 1:
            return None  # none, or several ("Houthi rebels ... ELN rebels ... the rebels")
        # a capitalised head is the short form of a name told before ("the Revolutionary Guards ... the Guards")
        named = tok.tag_ in PROPER and earlier[-1].kind == "institution"
        return earlier[-1] if earlier[-1].org or earlier[-1].kind == "group" or named else None

    def _pair(self, tok: Token) -> list[Actor]:
        """ "the two sides", "both countries": the two countries the report has named most so far
        (a third party named once in passing, "a truce brokered by Russia", is not a side). "All parties", "all
        sides" are those of a war: the two named "between", or the two armed sides of one country's war (among
        states in a crisis they may be any number, and stay unnamed)."""
        if tok.lower_ not in PAIR_WORDS:
            return []
        mods = {c.lower_ for c in tok.children}
        every = tok.lower_ in {"parties", "sides"} and "all" in mods
        if not mods & {"two", "both"} and not (tok.lower_ == "parties" and "the" in mods) and not every:
            return []
        between = self._last_between(tok)
        if between:
            return between
        # a round-up's item is a report of its own: its sides are not those of the items before it
        # ("ARMENIA - ... Baku denied it. / ETHIOPIA - ... a week after the two sides signed a peace agreement")
        since = self._item_start(tok)
        # the one who speaks about "the parties" is not one of them
        # ("The United States and Britain called on both sides": neither of them)
        speakers = {s.i for a in tok.ancestors for c in a.children if c.dep_ == "nsubj" for s in [c, *c.conjuncts]}
        if every:
            return self._armed_sides(tok, speakers, since)
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for actor, head in zip(self.mentions, self._heads, strict=True):
            if head.i in speakers or head.idx < since:
                continue
            if since and actor.kind == "capital" and _place(head):
                continue  # within an item, the city talks were held in ("began talks in Nairobi") is no side
            # a leader stands for the country ("Xi welcomed Putin ... The two countries agreed")
            if head.i < tok.i and actor.country and (actor.kind != "person" or actor.sector in {"GOV", "MIL"}):
                # "Ethiopian and Eritrean forces massed": each coordinated demonym is a side
                for each in self._split_demonyms(head, [actor]):
                    if each.country:
                        counts[each.country] = counts.get(each.country, 0) + 1
                        last[each.country] = head.i
        if len(counts) < 2:
            return self._armed_sides(tok, speakers, since)
        ranked = sorted(counts, key=lambda c: (counts[c], last[c]), reverse=True)[:2]
        ranked.sort(key=lambda c: last[c])
        return [self.kb.country_actor(c, tok.text) for c in ranked]

    def _plural_antecedent(self, tok: Token) -> list[Actor]:
        """ "Sudan's army and the RSF signed a declaration, but they did not agree to a ceasefire": a subject
        "they" is the subject of the clause its own clause hangs on, when nothing else in those clauses could be
        "they" (a plural object: "gunmen seized 279 schoolgirls; they were freed" stays unresolved)."""
        if tok.lower_ not in PLURAL_PRONOUNS or tok.dep_ not in SUBJECT_DEPS:
            return []
        verb, rivals = tok.head, []
        while verb.dep_ in GOVERNING_DEPS and verb.head.i != verb.i:
            rivals += _plural_parties(verb, tok)
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i and c.pos_ != "PRON"]
            if subjects:
                rivals += _plural_parties(verb, tok, subjects)
                break
        else:
            return []
        found = [a for s in subjects for a in self.actors_for_token(s) if a.country or a.org or a.sector]
        if rivals or len(subjects) != 1 or not found or not _may_be_plural(subjects[0], found):
            return []
        return [replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for a in found]

    def _previous_plural_subject(self, tok: Token) -> list[Actor]:
        """ "The members of the Security Council condemned the attack. They urged all States to ...": a "they" that
        opens its sentence as the subject of its main verb is the subject of the sentence before, when that is one
        plural party and the sentence names no other plural people ("Police arrested 20 protesters. They ..."
        stays unresolved)."""
        sent = sent_of(tok)
        if tok.lower_ not in PLURAL_PRONOUNS or tok.dep_ != "nsubj" or tok.i != sent.start or tok.head.dep_ != "ROOT" \
                or sent.start == 0:
            return []
        root = sent_of(tok.doc[sent.start - 1]).root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if len(subjects) != 1 or _plural_arguments(root, subjects[0]):
            return []
        found = [a for a in self.actors_for_token(subjects[0]) if a.country or a.org or a.sector]
        if not found or not _may_be_plural(subjects[0], found):
            return []
        return [replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for a in found]

    def _armed_sides(self, tok: Token, speakers: set[int], since: int = 0) -> list[Actor]:
        """ "Both sides" of one country's war: the two armed actors (army, rebels, militias) named most so far
        (from the character offset `since`), told apart by their groups."""
        counts: dict[tuple[str | None, ...], int] = {}
        first: dict[tuple[str | None, ...], Actor] = {}
        for actor, head in zip(self.mentions, self._heads, strict=True):
            if head.i >= tok.i or head.idx < since or head.i in speakers:
                continue
            if actor.sector not in ARMED_SECTORS or actor.kind == "person":
                continue
            # one country's war has one army ("the army" is localised later); groups are told apart by name
            key = ("MIL",) if actor.sector == "MIL" else (actor.org or actor.country, actor.sector, actor.name)
            if key[0] is None:
                continue
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, actor)
        ranked = sorted(counts, key=lambda k: counts[k], reverse=True)
        if len(ranked) < 2 or len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]:
            return []  # no two sides stand out
        return [replace(first[k], text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for k in ranked[:2]]

    def _item_start(self, tok: Token) -> int:
        """Where the round-up item `tok` is told in begins: the paragraph that opens with its country heading
        ("NIGER - The junta ...", `localise.item_starts`), when the report's items are of two or more
        countries; 0 in any other report."""
        return max((at for at in self._item_starts() if at <= tok.idx), default=0)

    def _item_starts(self) -> list[int]:
        if self._items is None:
            places = self.doc._.places if Doc.has_extension("places") else None
            self._items = item_starts(self.doc.text, places) if places else []
        return self._items

    def item_of(self, offset: int) -> int:
        """The number of the round-up item (`localise.item_starts`) the character `offset` is told in; 0 in a
        report that is no round-up of several countries."""
        return item_of(self._item_starts(), offset)

    def _last_between(self, tok: Token) -> list[Actor]:
        """The two sides named last as "between X and Y" before `tok` ("talks between Sudan's army and the
        RSF ... the parties agreed", "fighting between the army and the rebels ... urged both sides"):
        sides of one country's war are told apart by their groups."""
        since = self._item_start(tok)
        for prep in reversed(self.doc[: tok.i]):
            if prep.idx < since:
                break
            if prep.lower_ != "between" or prep.dep_ != "prep":
                continue
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            sides = [a for o in objs[:1] for a in (self._resolve(t) for t in [o, *o.conjuncts]) if a is not None]
            coded = {(a.org or a.country, a.sector, a.name): a for a in sides if a.org or a.country}
            if len(coded) == 2:
                start, end = tok.idx, tok.idx + len(tok)
                return [replace(a, text=tok.text, start=start, end=end) for a in coded.values()]
        return []

    def _split_owners(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """ "The presidents of Venezuela and Guyana", "the foreign ministers of Armenia and Azerbaijan", "Armenia and
        Azerbaijan's foreign ministers": people of several coordinated countries are one actor per country, same
        sector."""
        if len(actors) != 1 or tok.tag_ not in {"NNS", "NNPS"}:
            return actors
        _own, poss, ofs = self._phrase(tok)
        # "the presidents of Venezuela and Guyana"; "Armenia and Azerbaijan's foreign ministers"
        owners = [a for o in (ofs or poss)[:1] for a in (self._resolve(t) for t in [o, *o.conjuncts]) if a is not None]
        keys = list(dict.fromkeys(a.org or a.country for a in owners if a.org or a.country))
        if len(keys) < 2:
            return actors
        base = actors[0]
        return [replace(base, country=a.country, org=a.org, name=None) for a in owners if a.org or a.country]

    def _split_demonyms(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """ "Russian and Turkish forces", "US and British warships": one actor per coordinated demonym or country
        name, same sector."""
        if len(actors) != 1 or not any(c.dep_ == "cc" or c.dep_ == "conj" for c in tok.subtree):
            return actors
        countries: list[str] = []
        head = self._match_entry(tok)
        place_head = head is not None and head.kind in PLACE_KINDS  # a country's own name is no modifier
        for t in self._phrase(tok)[0]:
            found = self._match_at.get(t.i)
            entry = found[1].entry if found else None
            # "US and British warships", "Armenia and Azerbaijan's ministers": a country's name as a modifier too
            named = entry is not None and entry.kind in PLACE_KINDS and t.i != tok.i and t.dep_ in NAME_MODIFIERS \
                and not place_head
            if entry is not None and (entry.kind == "demonym" or named) and entry.country not in countries:
                countries.append(entry.country or "")
        if len(countries) < 2:
            return actors
        base = actors[0]
        return [replace(base, country=c, name=None) for c in countries if c]


def _number(tok: Token) -> str:
    """Singular or plural, whether the noun is written as a name ("the UN Mission") or not ("the mission")."""
    return "plural" if tok.tag_ in PLURAL_TAGS else "singular"


def _unclosed(span: Span) -> bool:
    return span.text.count("(") > span.text.count(")")


def _expletive(tok: Token) -> bool:
    """ "It is noteworthy that ...": an "it" that points at no one."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_ != "be":
        return False
    deps = {c.dep_ for c in head.children}
    return bool(deps & {"acomp", "attr"}) and bool(deps & {"ccomp", "xcomp", "advcl"})


def _clause_parties(tok: Token) -> list[Token]:
    """The subjects and objects of the verb `tok` is an argument of, and of the verbs that verb's clause hangs
    on when it has no subject of its own ("suspended the broadcasts, accusing it of ...")."""
    verb = tok.head
    while (verb.dep_ == "prep" or verb.pos_ == "ADP") and verb.head.i != verb.i:
        verb = verb.head  # (a sentence the parser roots on a preposition has no verb above it)
    out: list[Token] = []
    for _ in range(3):
        own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and c.i != tok.i]
        out += [t for c in own for t in [c, *c.conjuncts]]
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.dep_ not in {"advcl", "xcomp", "conj"}:
            break
        verb = verb.head
    return out


def _may_be(actor: Actor, other: Actor) -> bool:
    """Whether `other` may name the same party as `actor`: same organisation and sector, and the same country
    unless `other` names none yet ("the junta", localised later)."""
    return actor.org == other.org and actor.sector == other.sector and other.country in (None, actor.country)


def _place(tok: Token) -> bool:
    """ "met in Berlin", "troops sent to Mali": a name that says where, not who."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _plural_parties(verb: Token, pronoun: Token, skip: list[Token] | None = None) -> list[Token]:
    """The plural nouns before `pronoun` a verb takes as its parties (objects, prepositional objects, other
    subjects), which could be what a "they" below it stands for."""
    skip_ids = {t.i for t in skip or []}
    direct = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "attr"}]
    direct += [g for c in verb.children if c.dep_ in {"prep", "agent"} for g in c.children if g.dep_ == "pobj"]
    # the whole phrase: "arrested dozens OF PROTESTERS after they stormed ..."
    return [t for c in direct if c.i not in skip_ids and c.i != pronoun.i for t in c.subtree
            if t.i < pronoun.i and t.tag_ in PLURAL_TAGS and t.ent_type_ not in NOT_PEOPLE_ENTS]


def _plural_arguments(verb: Token, subject: Token) -> list[Token]:
    """The plural nouns a verb takes as its own parties besides its subject ("arrested 20 protesters", "dozens of
    protesters"); not those inside an act it names ("condemned the attack on peacekeepers")."""
    direct = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "dative", "attr"} and c.i != subject.i]
    direct += [g for c in verb.children if c.dep_ in {"prep", "agent"} for g in c.children if g.dep_ == "pobj"]
    direct += [g for c in direct for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return [t for t in direct if t.tag_ in PLURAL_TAGS and t.ent_type_ not in NOT_PEOPLE_ENTS]


def _may_be_plural(head: Token, actors: list[Actor]) -> bool:
    """Whether a phrase may be called "they": plural ("the rebels"), coordinated ("Armenia and Azerbaijan"), or a
    group named as one ("the Taliban")."""
    return head.tag_ in PLURAL_TAGS or len(actors) > 1 or all(a.kind in PLURAL_KINDS for a in actors)


def _previous_sentence_start(tok: Token) -> int:
    start = sent_of(tok).start
    return sent_of(tok.doc[start - 1]).start if start > 0 else 0


def _compatible(actor: Actor, want: str, country: str | None) -> bool:
    if country and actor.country != country:
        return False
    if want == "person":
        return actor.kind == "person" and actor.name is not None
    if want == "org":  # "NATO foreign ministers met in Brussels ... The alliance": the body's people name it too
        return actor.org is not None and actor.kind in ("org", "role", "person")
    if want == "country":
        return actor.kind in ("country", "capital")
    if want == "any-country":
        return actor.country is not None
    return actor.kind in ("country", "capital", "org", "group", "institution")
