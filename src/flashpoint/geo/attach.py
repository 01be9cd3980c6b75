"""Which of a sentence's places is the place of an act.

"Erdogan said in Ankara that Armenia's attacks near Jermuk ..." has two places: Ankara belongs to
"said", Jermuk to "attacks". A place belongs to an event when the preposition that introduces it
("in", "near", "at", "on the border", "outside", "across") hangs from the event's trigger, or from a
noun or verb that the trigger governs without passing through another clause's verb; a speech verb
above the trigger never lends its place to it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from flashpoint.geo.spot import words
from flashpoint.model import Place
from flashpoint.nlp import sent_of

# "between A and B", "by X", "from X", "over X" name parties and topics far more often than places.
LOCATIVE = frozenset(
    {"in", "near", "at", "on", "outside", "across", "inside", "around", "along", "into", "within", "off",
     "throughout", "to"}
)  # fmt: skip
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
# Arguments of a light verb whose place is the trigger noun's place ("launched attacks in X").
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj"})


def _tokens_of(doc: Doc, place: Place) -> list[Token]:
    if place.start is None or place.end is None:
        return []
    cache = doc.user_data.setdefault("flashpoint_place_tokens", {})
    key = (place.start, place.end)
    if key not in cache:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        cache[key] = list(span) if span is not None else []
    return cache[key]


def _place_head(tokens: list[Token]) -> Token:
    """The token of the place span whose head lies outside it."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]


# Nouns that name a kind of place: "the town of Sake", "the village of Tegh", "east of El Fasher".
PLACE_NOUNS = frozenset(
    {"town", "village", "city", "suburb", "outskirts", "district", "region", "province", "state", "area", "camp",
     "neighbourhood", "neighborhood", "port", "capital", "county", "commune", "municipality", "settlement",
     "island", "islands", "mountains", "hills", "valley", "countryside", "border", "frontier", "coast", "shores"}
)  # fmt: skip
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
     "northwestern", "southeastern", "southwestern", "outside", "near"}
)  # fmt: skip
# Verbs whose object is a place when it names one ("shelled Kharkiv", "captured Bakhmut").
PLACE_VERBS = frozenset(
    {"shell", "bomb", "attack", "strike", "hit", "pound", "bombard", "raid", "storm", "capture", "seize", "occupy",
     "recapture", "regain", "besiege", "target", "invade", "overrun", "encircle", "surround", "enter", "liberate",
     "visit", "retake", "take", "control"}
)  # fmt: skip
# "an attack on Kyiv" is a place; "a summit on Sudan", "sanctions on Russia" are topics and targets.
_ON_ACTS = frozenset({"attack", "strike", "raid", "assault", "offensive", "shelling", "bombardment", "bombing",
                      "airstrike", "advance", "push", "fire", "attacks", "strikes", "raids", "march", "landing"})


def _on_is_locative(pobj: Token) -> bool:
    """ "on the border", "on the outskirts" name places; "on <Name>" only after an act of force."""
    if pobj.lemma_.lower() in PLACE_NOUNS or pobj.lower_ in {"outskirts", "frontline", "front", "road", "highway"}:
        return True
    return pobj.head.head.lemma_.lower() in _ON_ACTS or pobj.head.head.lower_ in _ON_ACTS


def _attachment(head: Token) -> tuple[Token, int] | None:
    """The word a place hangs from, and how direct the link is (0: by a locative preposition)."""
    tok = head
    # climb through "the Azerbaijani side of the border", "outskirts of Goris", "25 km east of Goma"
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.pos_ in {"NOUN", "PROPN"} or tok.head.head.lower_ in DIRECTIONS
    ):
        tok = tok.head.head
    if tok.lower_ in DIRECTIONS and tok.dep_ in {"advmod", "npadvmod", "amod", "prep"}:
        return tok.head, 0
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and not _on_is_locative(tok):
        return None
    # "exchanged views on the situation in Gaza": the place says what was talked about, not where
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _topic_nouns():
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
        return tok.head, 0
    # "shelled the town of Sake", "captured the village of X", "shelled Kharkiv", "visited Ouagadougou":
    # the place is what the act is done to
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.lemma_.lower() in PLACE_NOUNS and tok.i != head.i:
        return tok.head, 0
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in PLACE_VERBS:
        return tok.head, 0
    # "the Kharkiv offensive": a town as a modifier; a demonym or country modifier ("his Azerbaijani
    # counterpart", "Russian strikes") names a party, not a place
    if tok.dep_ in {"compound", "nmod"} and tok.pos_ == "PROPN" and tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return tok.head, 1
    if tok.dep_ == "npadvmod":
        return tok.head, 1
    return None


@lru_cache(maxsize=1)
def _topic_nouns() -> frozenset[str]:
    return frozenset(words()["topic_nouns"])


def _reaches(start: Token, trigger: Token) -> bool:
    """Walk up from `start`; reach the trigger without crossing into another clause."""
    tok = start
    for _ in range(12):
        if tok.i == trigger.i:
            return True
        if tok.dep_ in CLAUSE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    # "launched attacks in X": the place hangs from the verb whose argument the trigger is
    return trigger.dep_ in ARGUMENT_DEPS and trigger.head.i == start.i and start.pos_ in {"VERB", "AUX"}


def literal_places(places: list[Place]) -> list[Place]:
    """The places the text names literally ("in Kyiv"): where an act can happen; not "Syrian",
    "Washington said" or "Kenya Red Cross"."""
    return [p for p in places if p.kind == "literal"]


def named_places(places: list[Place]) -> list[Place]:
    """The places the report names as places or as their governments ("in Kyiv", "Moscow warned"): what
    tells which country a report is about; not demonyms nor names inside other names."""
    return [p for p in places if p.kind in {"literal", "metonymic"}]


def event_location(doc: Doc, trigger_token: Token, places: list[Place]) -> Place | None:
    """The place the text gives for the act of `trigger_token`, or None when its clause names none."""
    best: tuple[int, int, Place] | None = None
    sent = sent_of(trigger_token)
    for place in literal_places(places):
        tokens = _tokens_of(doc, place)
        if not tokens or sent_of(tokens[0]).start != sent.start:
            continue
        link = _attachment(_place_head(tokens))
        if link is None:
            continue
        anchor, rank = link
        if not _reaches(anchor, trigger_token):
            continue
        key = (rank, abs(tokens[0].i - trigger_token.i))
        if best is None or key < best[:2]:
            best = (*key, place)
    return best[2] if best else None
