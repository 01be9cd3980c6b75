"""Death and injury tolls stated in the text: numbers only, never estimates."""

from __future__ import annotations

from spacy.tokens import Span, Token

from flashpoint.textutil import NUMBER_WORDS as _WORDS  # the one number-word table

_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
KILLED = {"kill", "die", "dead", "murder", "massacre", "slaughter", "execute", "behead", "assassinate", "perish"}
INJURED = {"wound", "injure", "hurt", "injured", "wounded"}


def number_value(tok: Token) -> int | None:
    """The integer a numeral token (with its scale word) states, or None."""
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        value = int(text)
    elif text in _WORDS:
        value = _WORDS[text]
    else:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _SCALE and nxt.head == tok.head:
        value *= _SCALE[nxt.lower_]
    return value


APPROXIMATE = {"about", "around", "approximately", "nearly", "roughly", "almost", "some", "estimated", "up",
               "an", "perhaps", "possibly", "reportedly", "over", "upwards", "dozens", "hundreds", "thousands"}


def _approximate(num: Token) -> bool:
    """ "about 100", "nearly 50", "an estimated 300": an estimate, which flashpoint never reports."""
    words = {c.lower_ for c in num.children if c.dep_ in {"advmod", "quantmod", "amod", "det"}}
    prev = num.doc[num.i - 1].lower_ if num.i > 0 else ""
    return bool(words & APPROXIMATE) or prev in APPROXIMATE


def count_of(head: Token) -> int | None:
    """The number attached to a noun phrase: "105 soldiers", "at least 12 people", "100 Armenian soldiers"."""
    if head.like_num:
        return None if _approximate(head) else number_value(head)
    for c in head.children:
        if c.dep_ == "nummod":
            if _approximate(c):
                return None
            value = number_value(c)
            if value is not None and not (1900 <= value <= 2100 and c.i + 1 == head.i and head.lower_ in {"war"}):
                return value
    # "the bodies of 100 soldiers", "dozens of civilians" (no number: None)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return count_of(g)
    return None


def toll_in(sent: Span, within: set[int] | None = None) -> dict[str, int]:
    """Tolls written as "N dead", "a death toll of N", "N wounded" (verbs such as "killed" are
    triggers of their own and join the attack they name); `within` limits the search to a clause."""
    tolls: dict[str, int] = {}
    for tok in sent:
        if (within is not None and tok.i not in within) or (tok.pos_ == "VERB" and tok.dep_ not in {"amod", "acl"}):
            continue
        lemma = tok.lemma_.lower()
        kind = "killed" if lemma in KILLED else "injured" if lemma in INJURED else None
        if kind is None and lemma == "toll" and any(c.lemma_.lower() == "death" for c in tok.children):
            kind = "killed"
        if kind is None or kind in tolls:
            continue
        value = _toll_value(tok)
        if value is not None:
            tolls[kind] = value
    return tolls


def _toll_value(tok: Token) -> int | None:
    for c in tok.children:
        if c.dep_ in {"nsubjpass", "dobj", "nsubj"} or (c.dep_ == "nummod"):
            value = count_of(c)
            if value is not None:
                return value
    if tok.dep_ in {"amod", "acomp", "oprd"} and tok.head.pos_ in {"NOUN", "NUM"}:
        return count_of(tok.head)
    if tok.dep_ in {"oprd", "acomp", "xcomp", "advmod"} and tok.head.pos_ == "VERB":  # "five were shot dead"
        for c in tok.head.children:
            if c.dep_ in {"nsubjpass", "dobj"} and (value := count_of(c)) is not None:
                return value
    if tok.dep_ == "amod" or tok.dep_ == "acl":
        return count_of(tok.head)
    # "the death toll rose to 30" / "a death toll of 30"
    for c in list(tok.children) + list(tok.head.children):
        if c.dep_ == "prep" and c.lower_ in {"to", "of", "at"}:
            for g in c.children:
                if g.dep_ == "pobj" and g.like_num:
                    return number_value(g)
    return None
